//! `passage-graphql passage snapshot|import-export`: keep what only Passage
//! knows in our own database.

use super::repository;
use crate::cli::PassageAction;
use crate::config::{Config, Mode};
use crate::db::users::UserRepo;
use crate::moving;
use crate::passage::{self, PassageClient, PassageUsers};

/// `passage-graphql passage ...`.
pub async fn passage(
    config: &Config,
    migrations: &crate::db::AppMigrations,
    action: PassageAction,
) -> anyhow::Result<()> {
    let (repo, _local) = repository(config, migrations).await?;
    match action {
        PassageAction::Snapshot => snapshot(config, &repo).await,
        PassageAction::ImportExport { file } => moving::import_export(&repo, &file).await,
    }
}

async fn snapshot(config: &Config, repo: &UserRepo) -> anyhow::Result<()> {
    let Mode::Production(Some(settings)) = config.mode()? else {
        anyhow::bail!(
            "a snapshot reads Passage's Management API: set PASSAGE_APP_ID and PASSAGE_API_KEY \
             (or use `passage import-export` with the dashboard's CSV export)"
        );
    };
    let concurrency = config.passage_max_concurrency.max(1);
    let client = PassageClient::new(
        passage::http_client(config.passage_timeout()),
        &settings,
        concurrency,
        config.passage_timeout(),
    );
    let users = PassageUsers::new(client, std::time::Duration::ZERO, config.passage_deadline());
    moving::take_snapshot(repo, &users, concurrency).await
}
