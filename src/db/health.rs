//! Whether the database answers, as `/ready` reports it: one trivial query
//! that never queues behind a saturated pool, made at most once a second
//! however many probes arrive.

use std::sync::Mutex;
use std::time::{Duration, Instant};

use prometheus_client::metrics::counter::Counter;

use super::{DbPool, READY_WAIT};

/// Longest `/ready` answers from one database check.
pub const DATABASE_CHECK_EVERY: Duration = Duration::from_secs(1);

/// The database's state as `/ready` last checked it (single-flight: one
/// check at a time, and the probes waiting for it take its answer).
#[derive(Default)]
pub struct DatabaseCheck {
    last: Mutex<Option<(Instant, Health)>>,
    /// Held while a check runs.
    checking: tokio::sync::Mutex<()>,
    /// `ready_database_checks_total`.
    pub(crate) checks: Counter,
}

impl DatabaseCheck {
    /// The state checked less than [`DATABASE_CHECK_EVERY`] ago, else a new
    /// check's (or the one under way's).
    pub async fn health(&self, pool: &DbPool) -> Health {
        if let Some(health) = self.fresh() {
            return health;
        }
        let _checking = self.checking.lock().await;
        // A check that ended while this probe waited answers for it too.
        if let Some(health) = self.fresh() {
            return health;
        }
        let health = ping(pool).await;
        self.checks.inc();
        *self.last.lock().unwrap_or_else(|e| e.into_inner()) = Some((Instant::now(), health));
        health
    }

    fn fresh(&self) -> Option<Health> {
        let last = *self.last.lock().unwrap_or_else(|e| e.into_inner());
        last.filter(|(at, _)| at.elapsed() < DATABASE_CHECK_EVERY)
            .map(|(_, health)| health)
    }

    /// Database checks made for `/ready` so far.
    pub fn checks(&self) -> u64 {
        self.checks.get()
    }
}

/// What `/ready` learns of the database.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Health {
    /// A connection answered a trivial query.
    Ok,
    /// Every connection is open and in use: requests wait their turn, but
    /// the database is there.
    Busy,
    Unavailable,
}

/// Asks the database, without queueing behind a saturated pool; one
/// marked unreachable (see [`DbPool::is_down`]) is not asked: the watcher
/// that probes it clears the mark.
pub async fn ping(pool: &DbPool) -> Health {
    use deadpool::managed::{PoolError, TimeoutType, Timeouts};
    use diesel_async::SimpleAsyncConnection;
    if pool.is_down() {
        return Health::Unavailable;
    }
    let timeouts = Timeouts {
        wait: Some(READY_WAIT),
        ..pool.timeouts()
    };
    let mut conn = match pool.timeout_get(&timeouts).await {
        Ok(conn) => conn,
        Err(PoolError::Timeout(TimeoutType::Wait)) => {
            let status = pool.status();
            return if status.size >= status.max_size {
                Health::Busy
            } else {
                Health::Unavailable
            };
        }
        Err(_) => return Health::Unavailable,
    };
    // The simple protocol: nothing prepared, whatever the statement cache.
    match conn.batch_execute("SELECT 1").await {
        Ok(_) => Health::Ok,
        Err(_) => Health::Unavailable,
    }
}
