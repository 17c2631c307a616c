//! The database a command uses: `DATABASE_URL`, or (unset, dev only) a
//! local cluster from the machine's PostgreSQL binaries, kept under
//! `DATA_DIR/postgres`.

use diesel_async::RunQueryDsl;

use crate::config::Config;
use crate::db::{
    self,
    local_postgres::{Lifetime, LocalPostgres},
};

/// Database the dev-mode cluster serves.
pub const DEV_DATABASE: &str = "passage_graphql";

/// The database to use: `DATABASE_URL`, or a local cluster (returned, to be
/// kept alive while it is used) when that is unset.
pub async fn database_url(config: &Config) -> anyhow::Result<(String, Option<LocalPostgres>)> {
    if let Some(url) = config
        .database_url
        .as_deref()
        .filter(|u| !u.trim().is_empty())
    {
        return Ok((url.to_owned(), None));
    }
    let requested = config.data_dir.join("postgres");
    let cluster = LocalPostgres::start(&requested, Lifetime::Kept).await?;
    tracing::info!(
        data_dir = %cluster.data_dir().display(),
        url = %cluster.url_for(DEV_DATABASE),
        "local Postgres started (DATABASE_URL unset)"
    );
    create_database_if_missing(&cluster.url(), DEV_DATABASE).await?;
    Ok((cluster.url_for(DEV_DATABASE), Some(cluster)))
}

/// Creates `name` (a plain identifier) on the server at `admin_url`.
pub async fn create_database_if_missing(admin_url: &str, name: &str) -> anyhow::Result<()> {
    use diesel::sql_types::Text;
    #[derive(diesel::QueryableByName)]
    struct Exists {
        #[diesel(sql_type = diesel::sql_types::Bool)]
        exists: bool,
    }
    let mut conn = db::establish(admin_url).await?;
    let found: Exists =
        diesel::sql_query("SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1) AS exists")
            .bind::<Text, _>(name)
            .get_result(&mut conn)
            .await?;
    if !found.exists {
        diesel::sql_query(format!("CREATE DATABASE \"{name}\""))
            .execute(&mut conn)
            .await?;
    }
    Ok(())
}
