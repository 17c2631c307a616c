//! Budgets counted in Redis, shared by the replicas: one key per budget,
//! `passage-graphql:v1:{namespace}:ratelimit:{key}`, counted and given its
//! expiry in one script, so the window is Redis's own clock and every
//! replica sees the same count and the same end.
//!
//! A failed or slow call (bounded by `REDIS_TIMEOUT_MS`) answers `None` and
//! the request is counted in this process instead; after a failure Redis is
//! left alone for [`PAUSE`], so a hanging Redis costs one timeout per pause,
//! not one per request. Failures are counted and logged at most once per
//! [`LOG_EVERY`].

use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use fred::prelude::{Client, ClientLike, LuaInterface};
use prometheus_client::metrics::counter::Counter;

use super::{Hit, RateKey, SharedCounts, WINDOW};
use crate::passage::shared_cache::{BadRedisUrl, redis_client};

/// How long counting leaves Redis alone after a failure.
pub const PAUSE: Duration = Duration::from_secs(1);

/// Fewest seconds between two log lines about failures.
pub const LOG_EVERY: Duration = Duration::from_secs(30);

/// Counts one request and says how long the window has left, starting the
/// window on its first request. KEYS: the budget. ARGV: the window, in ms.
/// Answers `{count, ms left}`.
const HIT: &str = r"
local count = redis.call('INCR', KEYS[1])
local left = redis.call('PTTL', KEYS[1])
if left < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  left = tonumber(ARGV[1])
end
return {count, left}
";

pub struct RedisWindows {
    client: Client,
    prefix: String,
    timeout: Duration,
    started: Instant,
    /// Calls skip Redis until this many milliseconds after `started`.
    paused_until_ms: AtomicU64,
    /// Set by a failure, cleared (and logged) by the next success.
    failing: AtomicBool,
    last_log: Mutex<Option<Instant>>,
    errors: Counter,
    connection: tokio::task::AbortHandle,
}

impl Drop for RedisWindows {
    fn drop(&mut self) {
        self.connection.abort();
    }
}

impl RedisWindows {
    /// A client that connects in the background (startup does not wait).
    pub(super) fn connect(shared: &SharedCounts<'_>) -> Result<Self, BadRedisUrl> {
        let client = redis_client(shared.url, shared.timeout)?;
        let connection = client.connect().abort_handle();
        Ok(Self {
            client,
            prefix: format!("passage-graphql:v1:{}:ratelimit:", shared.namespace),
            timeout: shared.timeout,
            started: Instant::now(),
            paused_until_ms: AtomicU64::new(0),
            failing: AtomicBool::new(false),
            last_log: Mutex::new(None),
            errors: Counter::default(),
            connection,
        })
    }

    pub(super) fn is_connected(&self) -> bool {
        self.client.is_connected()
    }

    pub(super) fn errors(&self) -> &Counter {
        &self.errors
    }

    /// Counts one request under `key`; `None` when Redis is not asked or
    /// does not answer in time.
    pub(super) async fn hit(&self, key: &RateKey) -> Option<Hit> {
        if self.now_ms() < self.paused_until_ms.load(Ordering::Relaxed) {
            return None;
        }
        if !self.client.is_connected() {
            self.failed(&"not connected");
            return None;
        }
        let keys = vec![format!("{}{}", self.prefix, key.redis_name())];
        let window_ms = WINDOW.as_millis().to_string();
        let call = self
            .client
            .eval::<Vec<i64>, _, _, _>(HIT, keys, vec![window_ms]);
        // fred's own timeout is the same; this one also bounds the wait for
        // a place in its queue.
        let answer = match tokio::time::timeout(self.timeout * 2, call).await {
            Ok(Ok(answer)) => answer,
            Ok(Err(err)) => {
                self.failed(&err);
                return None;
            }
            Err(_) => {
                self.failed(&"timed out");
                return None;
            }
        };
        let [count, left_ms] = answer[..] else {
            self.failed(&"an answer of the wrong shape");
            return None;
        };
        if self.failing.swap(false, Ordering::Relaxed) {
            tracing::info!("Redis (rate limits) answers again");
        }
        Some(Hit {
            count: u64::try_from(count).unwrap_or(0),
            resets_in: Duration::from_millis(u64::try_from(left_ms).unwrap_or(0)).min(WINDOW),
        })
    }

    fn now_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// A call failed (`why`: the client's error, which names no key).
    fn failed(&self, why: &dyn std::fmt::Display) {
        self.errors.inc();
        let until = self.now_ms() + PAUSE.as_millis() as u64;
        self.paused_until_ms.fetch_max(until, Ordering::Relaxed);
        self.failing.store(true, Ordering::Relaxed);
        let mut last = self.last_log.lock().unwrap_or_else(|e| e.into_inner());
        if last.is_some_and(|at| at.elapsed() < LOG_EVERY) {
            return;
        }
        *last = Some(Instant::now());
        tracing::warn!(
            error = %why,
            "Redis (rate limits) failed; counting requests in this replica until it answers"
        );
    }
}
