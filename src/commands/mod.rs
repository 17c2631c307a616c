//! One file per subcommand of `passage-graphql` (see [`crate::cli`]); each
//! resolves what it needs from the [`Config`] and runs.

mod admin;
mod config_check;
mod emulator;
mod identities;
mod identities_sync;
mod migrate;
mod passage;

pub use config_check::{ChecksFailed, InvalidConfiguration};

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
        Some(Command::Config { action }) => config_check::config(&config, migrations, action).await,
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

/// A command refused what it was given (a user it cannot name for sure):
/// the program exits with status 2, as for a usage error, and says why.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct Refused(pub String);

/// The database of a command that reads or writes users (and the local
/// cluster serving it, when `DATABASE_URL` is unset). Such a command never
/// migrates a database of `DATABASE_URL` behind the operator's back: with
/// migrations pending it stops and says to run `migrate`. Dev mode's own
/// cluster is migrated, as the dev server does whenever it starts.
async fn repository(
    config: &Config,
    migrations: &db::AppMigrations,
) -> anyhow::Result<(UserRepo, Option<LocalPostgres>)> {
    let (url, local) = startup::database::database_url(config).await?;
    if local.is_some() {
        db::run_migrations_with(&url, migrations).await?;
    } else {
        let pending = db::pending_migrations_with(&url, migrations).await?;
        anyhow::ensure!(
            pending.is_empty(),
            "the database is not migrated: run `passage-graphql migrate` ({} pending, the \
             first {})",
            pending.len(),
            pending.first().map(String::as_str).unwrap_or_default()
        );
    }
    let pool = db::connect(&url, 2, config.database_session_limits())?;
    Ok((UserRepo::new(pool), local))
}

/// Tells the running servers what a command changed (their live-update
/// subscribers hear it); a relay that cannot be reached is logged by the
/// bus and changes nothing here.
async fn tell_servers(
    config: &Config,
    repo: &UserRepo,
    events: Vec<crate::events::Event>,
) -> anyhow::Result<()> {
    let Some(url) = config.database_url() else {
        // Dev mode's own cluster: its server is this machine's, and hears
        // the change at its next request.
        return Ok(());
    };
    match startup::event_bus_for_command(config, url, repo.pool()) {
        Ok(bus) => {
            for event in events {
                bus.publish(event).await;
            }
        }
        Err(err) => eprintln!("warning: the running servers were not told of the change: {err:#}"),
    }
    Ok(())
}
