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
pub mod identity_sync;
pub mod local_postgres;
mod passage_lookups;
pub mod pooler;
pub mod provider_users;
mod query_conn;
pub mod query_counts;
mod reachability;
pub mod schema;
pub mod snapshots;
pub mod tls;
mod user;
pub mod user_deletion;
pub mod users;

pub use health::{DATABASE_CHECK_EVERY, DatabaseCheck, Health, ping};
pub use query_conn::QueryConn;
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

use reachability::{Reachability, Watch};

pub const MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// How long each step of getting a connection (waiting for a free slot,
/// checking an idle connection, making a new one) may take before the
/// request gives up with `DATABASE_UNAVAILABLE`.
pub const POOL_TIMEOUT: Duration = Duration::from_millis(1500);

pub type DbConn = Object<AsyncPgConnection>;

/// The pool, and how its sessions use prepared statements (which every
/// [`QueryConn`](query_conn::QueryConn) taken from it follows).
#[derive(Clone)]
pub struct DbPool {
    pool: Pool<AsyncPgConnection>,
    /// With the statement cache off: the SQL that opens every transaction.
    transaction_begin: Option<Arc<str>>,
    /// Whether Postgres takes connections, shared by every request.
    reachability: Arc<Reachability>,
    /// Makes the connections of the pool and of its reachability probes.
    connector: Arc<PgConnector>,
}

impl DbPool {
    /// With the statement cache off: the SQL that opens every transaction.
    pub(crate) fn transaction_begin(&self) -> Option<Arc<str>> {
        self.transaction_begin.clone()
    }

    /// Whether the database is marked unreachable: a whole reconnect wait
    /// went by without a new connection, and none has been made since.
    /// Requests then fail at once with [`DbError::Down`].
    pub fn is_down(&self) -> bool {
        self.reachability.is_down()
    }
}

impl std::ops::Deref for DbPool {
    type Target = Pool<AsyncPgConnection>;

    fn deref(&self) -> &Pool<AsyncPgConnection> {
        &self.pool
    }
}

/// How long `/ready` waits for a pooled connection: a pool whose every
/// connection is busy is saturated, not down.
pub const READY_WAIT: Duration = Duration::from_millis(250);

/// How every pooled session runs: its limits, so one slow statement or one
/// held lock cannot keep a connection (and a request) for longer than a
/// request may run, and whether it keeps prepared statements.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    /// `statement_timeout`: longest one statement may run.
    pub statement_timeout: Duration,
    /// `lock_timeout`: longest a statement may wait for a lock.
    pub lock_timeout: Duration,
    pub statement_cache: StatementCache,
    /// Longest requests wait for a new connection while Postgres refuses
    /// them (a restart, a failover), before `DATABASE_UNAVAILABLE`: one
    /// window that every request shares, after which they fail at once
    /// until Postgres answers again.
    pub reconnect_wait: Duration,
}

/// Whether a session keeps its prepared statements (`DATABASE_STATEMENT_CACHE`).
///
/// diesel-async prepares every statement as a *named* statement (tokio-postgres
/// names them `s0`, `s1`, ...) in one protocol exchange and runs it in the next.
/// Behind a pooler in transaction mode (PgBouncer before 1.21, or without
/// `max_prepared_statements`) those two exchanges may reach two different
/// server connections, and a cached statement certainly will: "prepared
/// statement \"s7\" does not exist". With the cache [`Off`](Self::Off) no
/// statement outlives the transaction it was prepared in: each statement
/// outside a transaction of the caller's runs in one of its own, the session
/// limits are `SET LOCAL` in each, and statements are closed before the
/// transaction ends, so the pooler may hand the next one any connection.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum StatementCache {
    /// Statements are prepared once per session and reused (fastest; needs
    /// a session of its own: direct, or a pooler in session mode).
    #[default]
    On,
    /// Nothing prepared outlives a transaction (PgBouncer in transaction mode).
    Off,
}

impl SessionLimits {
    /// The `SET` statements of the limits (`SET LOCAL`: for one transaction).
    fn set_sql(&self, local: bool) -> String {
        let scope = if local { "LOCAL " } else { "" };
        format!(
            "SET {scope}statement_timeout = {}; SET {scope}lock_timeout = {}",
            self.statement_timeout.as_millis(),
            self.lock_timeout.as_millis()
        )
    }
}

/// A database failure, split by what the caller can do about it.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// No connection could be had in time: the database is down or saturated.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// Not tried: the database is marked unreachable (a whole reconnect
    /// wait went by without a connection), so the request fails at once.
    #[error("database marked unreachable; not tried")]
    Down,
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
            DbError::Down => DbError::Down,
            DbError::Query(Error::DatabaseError(kind, info)) => DbError::Query(
                Error::DatabaseError(*kind, Box::new(info.message().to_owned())),
            ),
            DbError::Query(other) => {
                DbError::Query(Error::DeserializationError(other.to_string().into()))
            }
        }
    }
}

/// How Postgres (and PgBouncer) say that a session is ending or cannot be
/// had, whatever the statement: the connection, not the query, failed.
/// (diesel passes the message on, not the SQLSTATE: 57P01, 57P02, 57P03,
/// 08*.)
const SESSION_GONE: &[&str] = &[
    "terminating connection",
    "the database system is",
    "server closed the connection",
    "connection to server",
    "server conn crashed",
    "pgbouncer cannot connect to server",
    "no more connections allowed",
];

impl DbError {
    /// The connection went away under the query (lost, or the server is
    /// shutting down or starting): worth a retry on another connection, for
    /// a read; a write's outcome is unknown.
    pub fn connection_lost(&self) -> bool {
        use diesel::result::DatabaseErrorKind::{ClosedConnection, UnableToSendCommand, Unknown};
        use diesel::result::Error::DatabaseError;
        match self {
            DbError::Unavailable(_) | DbError::Down => false,
            DbError::Query(DatabaseError(ClosedConnection | UnableToSendCommand, _)) => true,
            DbError::Query(DatabaseError(Unknown, info)) => {
                let message = info.message();
                SESSION_GONE.iter().any(|gone| message.starts_with(gone))
            }
            DbError::Query(_) => false,
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
    let statement_cache = limits.statement_cache;
    let connector = Arc::new(PgConnector::new(database_url)?.with_statement_cache(statement_cache));
    // Fast: no test query on every checkout (it doubled the round trips of a
    // request); a dead connection fails its first query and is then dropped.
    let mut config = ManagerConfig::default();
    config.recycling_method = RecyclingMethod::Fast;
    let setup = limits.set_sql(false);
    // The manager's URL is ours: the connector already holds it, parsed.
    let pool_connector = connector.clone();
    config.custom_setup = Box::new(move |_url| {
        let setup = setup.clone();
        let connector = pool_connector.clone();
        async move {
            let mut conn = connector.connect().await?;
            // Without the cache a session may be any of the pooler's server
            // connections: the limits are set in every transaction instead.
            if statement_cache == StatementCache::On {
                conn.batch_execute(&setup)
                    .await
                    .map_err(ConnectionError::CouldntSetupConfiguration)?;
            }
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
    let transaction_begin = (statement_cache == StatementCache::Off)
        .then(|| format!("BEGIN; {}", limits.set_sql(true)).into());
    Ok(DbPool {
        pool,
        transaction_begin,
        reachability: Arc::new(Reachability::new(limits.reconnect_wait)),
        connector,
    })
}

/// Longest pause between two attempts to connect while Postgres is away.
const RECONNECT_PAUSE_MAX: Duration = Duration::from_millis(200);

/// Takes a connection from the pool. Waiting for a free one is bounded by
/// [`POOL_TIMEOUT`]; a new one that cannot be made (Postgres restarting, or
/// down) is tried again, with growing pauses, until the reconnect window
/// that the first such failure opened ends (`reconnect_wait`, shared by all
/// requests), so that a restart shorter than that costs latency rather than
/// errors. After a window without a connection, requests fail at once until
/// Postgres answers again (see `db::reachability`).
pub async fn conn(pool: &DbPool) -> Result<DbConn, DbError> {
    use deadpool::managed::TimeoutType;
    if pool.is_down() {
        return Err(DbError::Down);
    }
    let mut pause = Duration::from_millis(10);
    loop {
        match pool.get().await {
            Ok(conn) => {
                // Only a connection made now shows that Postgres is back.
                if Object::metrics(&conn).recycle_count == 0 {
                    pool.reachability.mark_up();
                }
                return Ok(conn);
            }
            Err(err @ (PoolError::Backend(_) | PoolError::Timeout(TimeoutType::Create))) => {
                let watch = Watch {
                    connector: pool.connector.clone(),
                    pool: pool.pool.clone(),
                };
                let Some(until) = pool.reachability.reconnect_until(&watch) else {
                    return Err(err.into());
                };
                tokio::time::sleep_until(until.min(tokio::time::Instant::now() + pause)).await;
                pause = (pause * 2).min(RECONNECT_PAUSE_MAX);
            }
            Err(err) => return Err(err.into()),
        }
    }
}

/// Drops every idle connection (after one was found dead: Postgres
/// restarted, so the others made before are dead too).
pub(crate) fn forget_idle(pool: &Pool<AsyncPgConnection>) {
    let removed = pool.retain(|_, _| false).removed.len();
    tracing::debug!(removed, "idle database connections dropped");
}

/// An app's own migrations (`diesel_migrations::embed_migrations!`), run
/// after ours, in the order given, by the same `migrate` command and at
/// startup. Their versions must differ from ours (checked before anything
/// runs).
#[derive(Clone, Default)]
pub struct AppMigrations(Vec<&'static EmbeddedMigrations>);

impl AppMigrations {
    /// `migrations` after those added before.
    pub fn push(&mut self, migrations: &'static EmbeddedMigrations) {
        self.0.push(migrations);
    }

    /// Refuses an app migration whose version is one of ours (or of another
    /// app source before it): diesel would take it as applied already.
    fn check_versions(&self) -> anyhow::Result<()> {
        use diesel::migration::MigrationSource;
        use diesel::pg::Pg;
        let mut seen: std::collections::BTreeSet<String> =
            MigrationSource::<Pg>::migrations(&MIGRATIONS)
                .map_err(|e| anyhow::anyhow!("cannot read our migrations: {e}"))?
                .iter()
                .map(|m| m.name().version().to_string())
                .collect();
        for source in &self.0 {
            let migrations = MigrationSource::<Pg>::migrations(*source)
                .map_err(|e| anyhow::anyhow!("cannot read the app's migrations: {e}"))?;
            for migration in migrations {
                let version = migration.name().version().to_string();
                anyhow::ensure!(
                    seen.insert(version.clone()),
                    "the app's migration {} has version {version}, which passage-graphql's \
                     migrations (or another of the app's) already use: rename its folder with \
                     a later timestamp",
                    migration.name()
                );
            }
        }
        Ok(())
    }
}

/// An app's embedded migrations, borrowed (diesel takes a source by value).
struct Borrowed<'a>(&'a EmbeddedMigrations);

impl diesel::migration::MigrationSource<diesel::pg::Pg> for Borrowed<'_> {
    fn migrations(
        &self,
    ) -> diesel::migration::Result<Vec<Box<dyn diesel::migration::Migration<diesel::pg::Pg>>>> {
        diesel::migration::MigrationSource::<diesel::pg::Pg>::migrations(self.0)
    }
}

/// The migrations (ours, then the app's) not yet applied to
/// `database_url`, by name: what a command that must not migrate (the
/// `admin` command) checks first.
pub async fn pending_migrations_with(
    database_url: &str,
    app: &AppMigrations,
) -> anyhow::Result<Vec<String>> {
    app.check_versions()?;
    let conn = PgConnector::new(database_url)?
        .with_statement_cache(StatementCache::Off)
        .connect()
        .await
        .map_err(|e| anyhow::anyhow!("cannot connect to the database: {e}"))?;
    let app = app.clone();
    tokio::task::spawn_blocking(move || -> anyhow::Result<Vec<String>> {
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::from(conn);
        let mut pending: Vec<String> = conn
            .pending_migrations(MIGRATIONS)
            .map_err(|e| anyhow::anyhow!("cannot read the applied migrations: {e}"))?
            .iter()
            .map(|m| m.name().to_string())
            .collect();
        for source in &app.0 {
            let theirs = conn
                .pending_migrations(Borrowed(source))
                .map_err(|e| anyhow::anyhow!("cannot read the applied migrations: {e}"))?;
            pending.extend(theirs.iter().map(|m| m.name().to_string()));
        }
        Ok(pending)
    })
    .await?
}

/// Applies pending migrations and returns how many ran: all or none, in
/// one transaction.
///
/// diesel's migration harness is synchronous; it runs on a blocking thread
/// through diesel-async's wrapper (its async harness panics on a
/// current-thread runtime), on a connection made like the pool's. That one
/// transaction and no statement cache make it work through a pooler in
/// transaction mode too, whatever `DATABASE_STATEMENT_CACHE` says.
pub async fn run_migrations(database_url: &str) -> anyhow::Result<usize> {
    run_migrations_with(database_url, &AppMigrations::default()).await
}

/// [`run_migrations`]: ours, then the app's, in the same transaction.
pub async fn run_migrations_with(database_url: &str, app: &AppMigrations) -> anyhow::Result<usize> {
    app.check_versions()?;
    let conn = PgConnector::new(database_url)?
        .with_statement_cache(StatementCache::Off)
        .connect()
        .await
        .map_err(|e| anyhow::anyhow!("cannot connect to run migrations: {e}"))?;
    let app = app.clone();
    tokio::task::spawn_blocking(move || -> anyhow::Result<usize> {
        use diesel::Connection;
        let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::from(conn);
        let applied = conn
            .transaction(|conn| {
                let mut applied = conn.run_pending_migrations(MIGRATIONS)?.len();
                for source in &app.0 {
                    applied += conn.run_pending_migrations(Borrowed(source))?.len();
                }
                Ok::<_, Box<dyn std::error::Error + Send + Sync>>(applied)
            })
            .map_err(|e| anyhow::anyhow!("migration failed: {e}"))?;
        Ok(applied)
    })
    .await?
}
