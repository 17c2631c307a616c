//! Whether the database URL leads to a pooler in transaction mode, and
//! whether that pooler keeps named prepared statements, as far as the
//! server can tell at startup (see [`StatementCache`](super::StatementCache)).
//!
//! Nothing in the protocol names a pooler (PgBouncer passes Postgres's own
//! `server_version` on, and `SHOW pool_mode` exists only on its admin
//! console, which needs an admin user). What does tell: two client
//! connections open at the same time are served by one backend process
//! (`pg_backend_pid()`). Direct, or through a pooler in session mode, that
//! never happens; in transaction mode it happens as soon as one client's
//! transaction ends and the other's begins, because the pooler hands the
//! server connection it just got back (PgBouncer: last in, first out) to
//! the next. While the second client holds that backend in a transaction,
//! the first runs a statement it named and prepared there: it works only if
//! the pooler keeps prepared statements itself (PgBouncer 1.21 and later,
//! with `max_prepared_statements`).

use std::time::Duration;

use tokio_postgres::Client;
use tokio_postgres::error::SqlState;

use super::PgConnector;

/// How long the whole probe may take (a pooler that makes clients queue
/// for its few server connections may keep the last step waiting).
pub const PROBE_TIMEOUT: Duration = Duration::from_secs(3);

/// What the probe found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pooling {
    /// Every client connection had a backend of its own: direct, or a
    /// pooler in session mode (or the pooler happened not to show itself).
    Sessions,
    /// A pooler in transaction mode that brought a named statement to
    /// another backend (PgBouncer's `max_prepared_statements`).
    TransactionKeepingStatements,
    /// A pooler in transaction mode; a named statement prepared in one
    /// transaction was gone in the next.
    TransactionLosingStatements,
    /// A pooler in transaction mode; whether it keeps statements could not
    /// be seen (the reason).
    TransactionUnknown(String),
    /// The probe could not run (the reason: the database is down, ...).
    Unknown(String),
}

/// Probes `connector`'s database with two client connections.
pub async fn probe(connector: &PgConnector) -> Pooling {
    match tokio::time::timeout(PROBE_TIMEOUT, run(connector)).await {
        Ok(Ok(pooling)) => pooling,
        Ok(Err(err)) => Pooling::Unknown(err.to_string()),
        Err(_) => Pooling::Unknown(format!("no answer within {PROBE_TIMEOUT:?}")),
    }
}

async fn run(connector: &PgConnector) -> Result<Pooling, tokio_postgres::Error> {
    let first = connector.connect_client().await?;
    let second = connector.connect_client().await?;
    // A named statement, prepared in a transaction on one backend.
    first.batch_execute("BEGIN").await?;
    let statement = first.prepare("SELECT pg_backend_pid()").await?;
    let first_pid = backend_pid(&first).await?;
    first.batch_execute("COMMIT").await?;
    // The second client, in a transaction: its backend stays its own.
    second.batch_execute("BEGIN").await?;
    let second_pid = backend_pid(&second).await?;
    if second_pid.is_none() || second_pid != first_pid {
        return Ok(Pooling::Sessions);
    }
    // The first client's statement now needs another backend.
    let wait = PROBE_TIMEOUT / 2;
    let found = match tokio::time::timeout(wait, first.query(&statement, &[])).await {
        Ok(Ok(_)) => Pooling::TransactionKeepingStatements,
        Ok(Err(err)) if err.code() == Some(&SqlState::INVALID_SQL_STATEMENT_NAME) => {
            Pooling::TransactionLosingStatements
        }
        Ok(Err(err)) => Pooling::TransactionUnknown(err.to_string()),
        Err(_) => Pooling::TransactionUnknown(format!(
            "a second server connection was not given within {wait:?} (a pool of one?)"
        )),
    };
    let _ = second.batch_execute("ROLLBACK").await;
    Ok(found)
}

/// The backend process serving `client` now (the simple protocol: nothing
/// prepared).
async fn backend_pid(client: &Client) -> Result<Option<String>, tokio_postgres::Error> {
    let messages = client.simple_query("SELECT pg_backend_pid()").await?;
    Ok(messages.iter().find_map(|message| match message {
        tokio_postgres::SimpleQueryMessage::Row(row) => row.get(0).map(str::to_owned),
        _ => None,
    }))
}
