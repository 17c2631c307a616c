//! One file per subcommand of `passage-graphql` (see [`crate::cli`]); each
//! resolves what it needs from the [`Config`] and runs.

mod admin;
mod emulator;
mod identities;
mod identities_sync;
mod migrate;
mod passage;

use crate::cli::Command;
use crate::config::Config;
use crate::db::{self, local_postgres::LocalPostgres, users::UserRepo};
use crate::startup::Additions;
use crate::{dev_mode, startup};

/// Runs `command` (`None`: serve) to its end. `schema` needs no runtime and
/// is answered by `main` before this.
pub async fn run(command: Option<Command>, config: Config) -> anyhow::Result<()> {
    run_with(command, config, &Additions::default()).await
}

/// [`run`] for an app built on the crate: its schema for `serve` and
/// `schema`, its migrations wherever ours run.
pub async fn run_with(
    command: Option<Command>,
    config: Config,
    additions: &Additions,
) -> anyhow::Result<()> {
    let migrations = &additions.migrations;
    match command {
        Some(Command::Migrate) => migrate::migrate(&config, migrations).await,
        Some(Command::Admin { action }) => admin::admin(&config, migrations, action).await,
        Some(Command::Passage { action }) => passage::passage(&config, migrations, action).await,
        Some(Command::Identities { action }) => {
            identities::identities(&config, migrations, action).await
        }
        Some(Command::Emulator(options)) => emulator::run(&config, options).await,
        Some(Command::DevToken { email }) => dev_mode::dev_token(&config, &email)
            .await
            .map(|token| println!("{token}")),
        Some(Command::Schema { federation }) => {
            print!("{}", additions.graph.sdl(federation));
            Ok(())
        }
        Some(Command::Serve) | None => startup::serve_with(config, additions).await,
    }
}

/// The database, migrated, for a command that reads or writes users (and
/// the local cluster serving it, when `DATABASE_URL` is unset).
async fn repository(
    config: &Config,
    migrations: &db::AppMigrations,
) -> anyhow::Result<(UserRepo, Option<LocalPostgres>)> {
    let (url, local) = startup::database::database_url(config).await?;
    db::run_migrations_with(&url, migrations).await?;
    let pool = db::connect(&url, 2, config.database_session_limits())?;
    Ok((UserRepo::new(pool), local))
}
