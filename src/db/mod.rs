//! Postgres: the connection pool, embedded migrations, the `users` queries and,
//! for dev and tests, a Postgres started from the machine's own binaries.
//! Every connection (pool, migrations, tools) is made by [`tls::PgConnector`],
//! which speaks TLS on rustls with libpq's `sslmode` and `sslrootcert`.
//!
//! Everything here speaks diesel and knows nothing of GraphQL; failures come
//! out as [`DbError`], which the resolvers turn into client-facing codes.

pub mod conninfo;
mod health;
pub mod identity_links;
pub mod local_postgres;
mod passage_lookups;
mod query_conn;
pub mod query_counts;
pub mod schema;
pub mod snapshots;
pub mod tls;
mod user;
pub mod users;

pub use health::{DATABASE_CHECK_EVERY, DatabaseCheck, Health, ping};
pub use tls::{PgConnector, establish};

use std::sync::Arc;
use std::time::Duration;

use diesel_async::SimpleAsyncConnection;
use futures::FutureExt;

use diesel::ConnectionError;
use diesel_async::AsyncPgConnection;
use diesel_async::async_connection_wrapper::AsyncConnectionWrapper;
use diesel_async::pooled_connection::deadpool::{Object, Pool, PoolError};
use diesel_async::pooled_connection::{
    AsyncDieselConnectionManager, ManagerConfig, RecyclingMethod,
};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness, embed_migrations};

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// How long each step of getting a connection (waiting for a free slot,
/// checking an idle connection, making a new one) may take before the
/// request gives up with `DATABASE_UNAVAILABLE`.
pub const POOL_TIMEOUT: Duration = Duration::from_millis(1500);

pub type DbPool = Pool<AsyncPgConnection>;
pub type DbConn = Object<AsyncPgConnection>;

/// How long `/ready` waits for a pooled connection: a pool whose every
/// connection is busy is saturated, not down.
pub const READY_WAIT: Duration = Duration::from_millis(250);

/// Limits every pooled session runs under, so one slow statement or one held
/// lock cannot keep a connection (and a request) for longer than a request
/// may run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    /// `statement_timeout`: longest one statement may run.
    pub statement_timeout: Duration,
    /// `lock_timeout`: longest a statement may wait for a lock.
    pub lock_timeout: Duration,
}

/// A database failure, split by what the caller can do about it.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// No connection could be had in time: the database is down or saturated.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    #[error(transparent)]
    Query(#[from] diesel::result::Error),
}

impl DbError {
    /// The same failure for another caller (the error types are not Clone):
    /// it maps to the same API error.
    pub fn replicate(&self) -> Self {
        use diesel::result::Error;
        match self {
            DbError::Unavailable(detail) => DbError::Unavailable(detail.clone()),
            DbError::Query(Error::DatabaseError(kind, info)) => DbError::Query(
                Error::DatabaseError(*kind, Box::new(info.message().to_owned())),
            ),
            DbError::Query(other) => {
                DbError::Query(Error::DeserializationError(other.to_string().into()))
            }
        }
    }
}

impl From<PoolError> for DbError {
    fn from(err: PoolError) -> Self {
        DbError::Unavailable(err.to_string())
    }
}

/// Builds the pool; connections are made lazily, so this succeeds even when
/// the database is down (`/ready` tells), but not when `database_url`'s TLS
/// settings cannot work (see [`tls`]). Each new connection gets `limits`
/// for its whole session.
pub fn connect(database_url: &str, size: usize, limits: SessionLimits) -> anyhow::Result<DbPool> {
    let connector = Arc::new(PgConnector::new(database_url)?);
    // Fast: no test query on every checkout (it doubled the round trips of a
    // request); a dead connection fails its first query and is then dropped.
    let mut config = ManagerConfig::default();
    config.recycling_method = RecyclingMethod::Fast;
    let setup = format!(
        "SET statement_timeout = {}; SET lock_timeout = {}",
        limits.statement_timeout.as_millis(),
        limits.lock_timeout.as_millis()
    );
    // The manager's URL is ours: the connector already holds it, parsed.
    config.custom_setup = Box::new(move |_url| {
        let setup = setup.clone();
        let connector = connector.clone();
        async move {
            let mut conn = connector.connect().await?;
            conn.batch_execute(&setup)
                .await
                .map_err(ConnectionError::CouldntSetupConfiguration)?;
            Ok(conn)
        }
        .boxed()
    });
    let manager =
        AsyncDieselConnectionManager::<AsyncPgConnection>::new_with_config(database_url, config);
    let pool = Pool::builder(manager)
        .max_size(size.max(1))
        .wait_timeout(Some(POOL_TIMEOUT))
        .create_timeout(Some(POOL_TIMEOUT))
        .recycle_timeout(Some(Duration::from_millis(500)))
        .runtime(deadpool::Runtime::Tokio1)
        .build()?;
    Ok(pool)
}

/// Takes a connection from the pool, bounded by [`POOL_TIMEOUT`].
pub async fn conn(pool: &DbPool) -> Result<DbConn, DbError> {
    Ok(pool.get().await?)
}

/// Applies pending migrations and returns how many ran.
///
/// diesel's migration harness is synchronous; it runs on a blocking thread
/// through diesel-async's wrapper (its async harness panics on a
/// current-thread runtime), on a connection made like the pool's.
pub async fn run_migrations(database_url: &str) -> anyhow::Result<usize> {
    let conn = establish(database_url)
        .await
        .map_err(|e| anyhow::anyhow!("cannot connect to run migrations: {e}"))?;
    tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::from(conn);
        let applied = conn
            .run_pending_migrations(MIGRATIONS)
            .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
        Ok(applied.len())
    })
    .await?
}
