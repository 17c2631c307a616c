//! The database a command uses: `DATABASE_URL`, or (unset, dev only) a
//! local cluster from the machine's PostgreSQL binaries, kept under
//! `DATA_DIR/postgres`.

use diesel_async::RunQueryDsl;

use crate::config::Config;
use crate::db::{
    self, PgConnector, StatementCache,
    local_postgres::{Lifetime, LocalPostgres},
    pooler::{self, Pooling},
};

/// Database the dev-mode cluster serves.
pub const DEV_DATABASE: &str = "passage_graphql";

/// The database to use: `DATABASE_URL`, or a local cluster (returned, to be
/// kept alive while it is used) when that is unset.
pub async fn database_url(config: &Config) -> anyhow::Result<(String, Option<LocalPostgres>)> {
    if let Some(url) = config.database_url() {
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

/// Refuses a statement cache that the database's pooler would break (a
/// pooler in transaction mode that loses prepared statements between
/// transactions), and says so when the setting looks wrong either way.
pub async fn check_statement_cache(config: &Config, database_url: &str) -> anyhow::Result<()> {
    let cache = config.database_statement_cache;
    let pooling = pooler::probe(&PgConnector::new(database_url)?).await;
    match (&pooling, cache) {
        (Pooling::TransactionLosingStatements, StatementCache::On) => anyhow::bail!(
            "DATABASE_URL leads to a connection pooler in transaction mode (two client \
             connections were served by one Postgres backend) that does not keep prepared \
             statements between transactions (PgBouncer before 1.21, or its \
             max_prepared_statements = 0): with the statement cache on, most queries would fail \
             with `prepared statement does not exist`. Set DATABASE_STATEMENT_CACHE=off, or \
             connect to Postgres directly or through a pool in session mode"
        ),
        (Pooling::TransactionUnknown(reason), StatementCache::On) => tracing::warn!(
            %reason,
            "DATABASE_URL leads to a connection pooler in transaction mode, and whether it keeps \
             prepared statements between transactions could not be seen: unless it does \
             (PgBouncer 1.21+ with max_prepared_statements), queries will fail; set \
             DATABASE_STATEMENT_CACHE=off"
        ),
        (Pooling::TransactionKeepingStatements, StatementCache::On) => tracing::info!(
            "DATABASE_URL leads to a connection pooler in transaction mode that keeps prepared \
             statements: the statement cache stays on"
        ),
        (Pooling::Sessions, StatementCache::Off) => tracing::info!(
            "DATABASE_STATEMENT_CACHE=off, and each connection seems to have a Postgres session \
             of its own (direct, or a pool in session mode): =on would be faster"
        ),
        (Pooling::Unknown(reason), _) => {
            tracing::warn!(%reason, "could not check how DATABASE_URL pools connections")
        }
        _ => tracing::debug!(?pooling, ?cache, "database pooling checked"),
    }
    Ok(())
}
