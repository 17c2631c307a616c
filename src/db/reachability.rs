//! Whether Postgres takes new connections, shared by every request of one
//! pool, so that an outage costs the reconnect wait once rather than once
//! per request.
//!
//! Up, a request that cannot make a connection opens a *reconnect window*
//! of `reconnect_wait`; requests failing meanwhile keep trying until the
//! same deadline (a restart shorter than the wait costs latency, not
//! errors). A window that ends without a connection marks the database
//! *down*: requests then fail at once, and one background watcher tries a
//! connection every [`PROBE_EVERY`] until one answers. A new connection,
//! the watcher's or a request's, ends the window and the mark.

use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use tokio::time::Instant;
use tokio_postgres::error::SqlState;

use super::PgConnector;

/// How often the watcher tries a connection while Postgres is away.
const PROBE_EVERY: Duration = Duration::from_millis(250);

/// Longest one probe may take (a connect that hangs counts as a failure).
const PROBE_TIMEOUT: Duration = Duration::from_millis(1500);

/// The shared state; [`DbPool`](super::DbPool) holds it in an `Arc`.
pub(crate) struct Reachability {
    state: Mutex<State>,
    reconnect_wait: Duration,
}

struct State {
    phase: Phase,
    /// One watcher at a time: set while it runs.
    watching: bool,
}

#[derive(Clone, Copy)]
enum Phase {
    Up,
    /// Some request failed to connect; requests keep trying until `until`.
    Reconnecting {
        until: Instant,
    },
    /// A whole window went by without a connection: requests fail at once.
    Down,
}

/// What the watcher needs besides the state (which it holds weakly: it
/// stops once the pool is gone).
#[derive(Clone)]
pub(crate) struct Watch {
    pub(crate) connector: Arc<PgConnector>,
    pub(crate) pool: super::Pool<diesel_async::AsyncPgConnection>,
}

impl Reachability {
    pub(crate) fn new(reconnect_wait: Duration) -> Self {
        Self {
            state: Mutex::new(State {
                phase: Phase::Up,
                watching: false,
            }),
            reconnect_wait,
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Whether requests fail at once, without trying to connect.
    pub(crate) fn is_down(&self) -> bool {
        matches!(self.state().phase, Phase::Down)
    }

    /// A connection could not be made: until when its request may keep
    /// trying (the window this failure opens, or the one already open), or
    /// `None` when the window is over (the database is then marked down).
    pub(crate) fn reconnect_until(self: &Arc<Self>, watch: &Watch) -> Option<Instant> {
        let now = Instant::now();
        let mut state = self.state();
        match state.phase {
            Phase::Up => {
                let until = now + self.reconnect_wait;
                state.phase = Phase::Reconnecting { until };
                if !state.watching {
                    state.watching = true;
                    tokio::spawn(watch_until_up(Arc::downgrade(self), watch.clone()));
                }
                Some(until)
            }
            Phase::Reconnecting { until } if now < until => Some(until),
            Phase::Reconnecting { .. } => {
                self.mark_down(&mut state);
                None
            }
            Phase::Down => None,
        }
    }

    fn mark_down(&self, state: &mut State) {
        state.phase = Phase::Down;
        tracing::warn!(
            wait_ms = self.reconnect_wait.as_millis() as u64,
            "no database connection could be made for the whole reconnect wait; requests \
             that need the database fail at once until it answers again"
        );
    }

    /// A new connection was made: the database takes connections again.
    pub(crate) fn mark_up(&self) {
        Self::set_up(&mut self.state());
    }

    fn set_up(state: &mut State) {
        if matches!(state.phase, Phase::Down) {
            tracing::info!("the database takes connections again");
        }
        state.phase = Phase::Up;
    }
}

/// The watcher: probes until a connection is made (or the pool is gone),
/// and marks the database down when the window it watches ends first.
async fn watch_until_up(reachability: Weak<Reachability>, watch: Watch) {
    loop {
        tokio::time::sleep(PROBE_EVERY).await;
        let Some(reachability) = reachability.upgrade() else {
            return;
        };
        let was_down = {
            let mut state = reachability.state();
            match state.phase {
                Phase::Up => {
                    state.watching = false;
                    return;
                }
                Phase::Reconnecting { .. } => false,
                Phase::Down => true,
            }
        };
        let reachable = probe(&watch.connector).await;
        let mut state = reachability.state();
        if reachable {
            if was_down {
                // Made before the outage: most likely dead with it.
                super::forget_idle(&watch.pool);
            }
            state.watching = false;
            Reachability::set_up(&mut state);
            return;
        }
        if let Phase::Reconnecting { until } = state.phase
            && Instant::now() >= until
        {
            reachability.mark_down(&mut state);
        }
    }
}

/// Whether a new connection answers a trivial query. A server that refuses
/// for lack of slots is there (the pool's open connections still work): not
/// an outage.
async fn probe(connector: &PgConnector) -> bool {
    let attempt = async {
        let client = connector.connect_client().await?;
        client.simple_query("SELECT 1").await.map(drop)
    };
    match tokio::time::timeout(PROBE_TIMEOUT, attempt).await {
        Ok(Ok(())) => true,
        Ok(Err(err)) if err.code() == Some(&SqlState::TOO_MANY_CONNECTIONS) => true,
        Ok(Err(err)) => {
            tracing::debug!(%err, "database probe failed");
            false
        }
        Err(_) => {
            tracing::debug!("database probe timed out");
            false
        }
    }
}
