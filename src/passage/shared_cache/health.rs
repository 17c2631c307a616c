//! How Redis is doing, as the shared cache sees it: counters for `/metrics`
//! ([`RedisCounters`], named in [`crate::observability::metrics`]),
//! failures logged at most once per [`LOG_EVERY`] (with how many were not),
//! and a short pause of reads after a failure, so that a Redis that hangs
//! costs one timeout per [`READ_PAUSE`] rather than one per request (a new
//! connection ends the pause).

use std::fmt::Display;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use prometheus_client::metrics::counter::Counter;
use prometheus_client::registry::Registry;

/// Fewest seconds between two log lines about Redis failures.
pub const LOG_EVERY: Duration = Duration::from_secs(30);

/// How long reads leave Redis alone after a failure (writes still try).
pub const READ_PAUSE: Duration = Duration::from_secs(1);

#[derive(Debug)]
pub struct Health {
    started: Instant,
    /// Reads skip Redis until this many milliseconds after `started`.
    reads_paused_until_ms: AtomicU64,
    /// Set by a failure, cleared (and logged) by the next success.
    failing: AtomicBool,
    /// The listener is subscribed to announcements.
    listening: AtomicBool,
    log: Mutex<LogState>,
    rejected_log: Mutex<LogState>,
    counters: RedisCounters,
}

/// The `redis_*_total` counters of `/metrics`.
#[derive(Debug, Default)]
pub struct RedisCounters {
    /// Calls that failed or timed out.
    pub errors: Counter,
    /// Entries under a user's key that were not that user's profile.
    pub rejected: Counter,
    /// Profiles found after a local miss.
    pub hits: Counter,
    /// Profiles looked up and not found.
    pub misses: Counter,
    /// Changes announced by other replicas.
    pub invalidations: Counter,
}

impl RedisCounters {
    /// Puts the `redis_*` families on `registry`.
    pub fn register(&self, registry: &mut Registry) {
        for (name, help, counter) in [
            (
                "redis_errors",
                "Redis calls of the shared profile cache that failed or timed out",
                &self.errors,
            ),
            (
                "redis_profile_entries_rejected",
                "Entries under a user's key that were unreadable or another user's (misses, overwritten)",
                &self.rejected,
            ),
            (
                "redis_profile_hits",
                "Profiles found in Redis after a local miss",
                &self.hits,
            ),
            (
                "redis_profile_misses",
                "Profiles looked up in Redis and not found there",
                &self.misses,
            ),
            (
                "redis_invalidations_received",
                "Profile changes announced by other replicas",
                &self.invalidations,
            ),
        ] {
            registry.register(name, help, counter.clone());
        }
    }
}

#[derive(Debug, Default)]
struct LogState {
    last: Option<Instant>,
    not_logged: u64,
}

impl LogState {
    /// Whether a line may be logged now (at most one per [`LOG_EVERY`]):
    /// then the count of lines not logged since the last one, else `None`
    /// (and this one is counted).
    fn due(log: &Mutex<LogState>) -> Option<u64> {
        let mut log = log.lock().unwrap_or_else(|e| e.into_inner());
        if log.last.is_some_and(|at| at.elapsed() < LOG_EVERY) {
            log.not_logged += 1;
            return None;
        }
        log.last = Some(Instant::now());
        Some(std::mem::take(&mut log.not_logged))
    }
}

impl Default for Health {
    fn default() -> Self {
        Self {
            started: Instant::now(),
            reads_paused_until_ms: AtomicU64::new(0),
            failing: AtomicBool::new(false),
            listening: AtomicBool::new(false),
            log: Mutex::new(LogState::default()),
            rejected_log: Mutex::new(LogState::default()),
            counters: RedisCounters::default(),
        }
    }
}

impl Health {
    fn now_ms(&self) -> u64 {
        u64::try_from(self.started.elapsed().as_millis()).unwrap_or(u64::MAX)
    }

    /// False for [`READ_PAUSE`] after a failure.
    pub fn reads_allowed(&self) -> bool {
        self.now_ms() >= self.reads_paused_until_ms.load(Ordering::Relaxed)
    }

    /// Ends the pause at once (Redis is reachable again).
    pub fn resume_reads(&self) {
        self.reads_paused_until_ms.store(0, Ordering::Relaxed);
    }

    /// A Redis call failed (`what`: the command; `why`: the client's error,
    /// which names no key, value or credential).
    pub fn failed(&self, what: &str, why: &dyn Display) {
        self.counters.errors.inc();
        let pause_until = self.now_ms() + READ_PAUSE.as_millis() as u64;
        self.reads_paused_until_ms
            .fetch_max(pause_until, Ordering::Relaxed);
        self.failing.store(true, Ordering::Relaxed);
        let Some(not_logged) = LogState::due(&self.log) else {
            return;
        };
        tracing::warn!(
            command = what,
            error = %why,
            earlier_failures_not_logged = not_logged,
            "Redis (shared profile cache) failed; answering from the local cache and Passage"
        );
    }

    /// A Redis call answered.
    pub fn succeeded(&self) {
        if self.failing.swap(false, Ordering::Relaxed) {
            tracing::info!("Redis (shared profile cache) answers again");
        }
    }

    pub fn set_listening(&self, listening: bool) {
        self.listening.store(listening, Ordering::Relaxed);
    }

    pub fn listening(&self) -> bool {
        self.listening.load(Ordering::Relaxed)
    }

    pub fn count_lookups(&self, hits: usize, misses: usize) {
        self.counters.hits.inc_by(hits as u64);
        self.counters.misses.inc_by(misses as u64);
    }

    /// An entry under a user's key that is not a profile of that user
    /// (`why`: unreadable, or another user's): a miss, not a failure of
    /// Redis, so reads are not paused. Logged at most once per
    /// [`LOG_EVERY`], naming no key or value.
    pub fn rejected_entry(&self, why: &'static str) {
        self.counters.rejected.inc();
        let Some(not_logged) = LogState::due(&self.rejected_log) else {
            return;
        };
        tracing::warn!(
            entry = why,
            earlier_rejections_not_logged = not_logged,
            "Redis (shared profile cache) held an entry that is not the user's profile; \
             asking Passage and overwriting it"
        );
    }

    pub fn count_invalidation(&self) {
        self.counters.invalidations.inc();
    }

    pub fn counters(&self) -> &RedisCounters {
        &self.counters
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_failure_pauses_reads_and_counts() {
        let health = Health::default();
        assert!(health.reads_allowed());
        health.failed("MGET", &"timed out");
        health.failed("MGET", &"timed out");
        assert!(!health.reads_allowed());
        assert!(
            crate::observability::metrics::render_with(|r| health.counters().register(r))
                .contains("\nredis_errors_total 2\n")
        );
        health.succeeded();
        assert!(!health.failing.load(Ordering::Relaxed));
    }

    #[test]
    fn a_rejected_entry_is_counted_and_pauses_nothing() {
        let health = Health::default();
        health.rejected_entry("unreadable");
        assert!(health.reads_allowed());
        let text = crate::observability::metrics::render_with(|r| health.counters().register(r));
        assert!(
            text.contains("\nredis_profile_entries_rejected_total 1\n"),
            "{text}"
        );
        assert!(text.contains("\nredis_errors_total 0\n"), "{text}");
    }
}
