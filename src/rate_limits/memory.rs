//! Budgets counted in this process: without Redis, and whenever Redis
//! fails.
//!
//! At most [`MAX_KEYS`] budgets are kept, each dropped when its window ends,
//! so a flood of distinct keys (addresses, identities) cannot grow memory
//! without bound. When full, moka's admission (TinyLFU) keeps the keys seen
//! most often, and a new key that loses is counted alone: the cost of the
//! bound falls on rare keys rather than on those that send many requests.

use std::sync::{Arc, Mutex};
use std::time::Instant;

use super::{Hit, RateKey, WINDOW};

/// Most budgets kept at once (each a few hundred bytes at most).
pub const MAX_KEYS: u64 = 100_000;

/// One key's window: when it started and how many requests it has seen.
#[derive(Debug)]
struct Window {
    started: Instant,
    count: u64,
}

pub struct MemoryWindows {
    windows: moka::sync::Cache<RateKey, Arc<Mutex<Window>>>,
}

impl Default for MemoryWindows {
    fn default() -> Self {
        Self::with_capacity(MAX_KEYS)
    }
}

impl MemoryWindows {
    fn with_capacity(max_keys: u64) -> Self {
        Self {
            windows: moka::sync::Cache::builder()
                .max_capacity(max_keys)
                .time_to_live(WINDOW)
                .build(),
        }
    }

    /// Counts one request under `key`.
    pub(super) fn hit(&self, key: &RateKey) -> Hit {
        let now = Instant::now();
        let window = self.windows.get_with_by_ref(key, || {
            Arc::new(Mutex::new(Window {
                started: now,
                count: 0,
            }))
        });
        let mut window = window.lock().unwrap_or_else(|e| e.into_inner());
        // The cache drops a window when it ends; a request that found it
        // just before then starts the next one here.
        if now.duration_since(window.started) >= WINDOW {
            window.started = now;
            window.count = 0;
        }
        window.count += 1;
        Hit {
            count: window.count,
            resets_in: WINDOW.saturating_sub(now.duration_since(window.started)),
        }
    }

    pub(super) fn run_pending_tasks(&self) {
        self.windows.run_pending_tasks();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_key_counts_apart_within_its_window() {
        let windows = MemoryWindows::default();
        let (a, b) = (RateKey::User(1), RateKey::User(2));
        for expected in 1..=3 {
            assert_eq!(windows.hit(&a).count, expected);
        }
        let hit = windows.hit(&b);
        assert_eq!(hit.count, 1);
        assert!(hit.resets_in <= WINDOW && hit.resets_in > WINDOW / 2);
    }

    #[test]
    fn a_flood_of_keys_stays_within_the_bound() {
        let windows = MemoryWindows::with_capacity(1_000);
        for id in 0..5_000 {
            windows.hit(&RateKey::User(id));
        }
        windows.run_pending_tasks();
        assert!(windows.windows.entry_count() <= 1_000);
    }
}
