//! `passage-graphql migrate`: apply the embedded migrations (ours, then an
//! app's), exit.

use crate::config::Config;
use crate::db;
use crate::startup::database::database_url;

/// `passage-graphql migrate`.
pub async fn migrate(config: &Config, app: &db::AppMigrations) -> anyhow::Result<()> {
    let (url, _local) = database_url(config).await?;
    let applied = db::run_migrations_with(&url, app).await?;
    tracing::info!(applied, "migrations applied");
    Ok(())
}
