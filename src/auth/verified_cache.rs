//! The verified-token cache's storage: a bounded map from a token's digest
//! to what verifying it found, each entry kept for at most a fixed time.
//!
//! Plain hash maps in a few shards under read-write locks, rather than a
//! general cache: a hit is one read lock and one clock reading, with no
//! bookkeeping (moka's recency queues and its own clock were a third of a
//! hit's time). Only tokens that passed verification get in, so keys are not
//! attacker-chosen. When a shard is full, entries past their time go first,
//! then an arbitrary one.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Shards (a power of two); a key's first byte picks its shard.
const SHARDS: usize = 16;

/// One shard: digests to entries.
type Shard<V> = RwLock<HashMap<[u8; 32], Entry<V>, foldhash::fast::RandomState>>;

/// Digests (uniformly distributed) to values, at most `capacity` of them,
/// each for at most `ttl_secs` after it was stored.
pub(super) struct VerifiedCache<V> {
    shards: Box<[Shard<V>]>,
    per_shard: usize,
    ttl_secs: f64,
}

struct Entry<V> {
    value: Arc<V>,
    /// Wall-clock seconds after which the entry is not used.
    until: f64,
}

impl<V> VerifiedCache<V> {
    pub fn new(capacity: usize, ttl_secs: f64) -> Self {
        let shards = (0..SHARDS).map(|_| RwLock::default()).collect();
        Self {
            shards,
            per_shard: capacity.div_ceil(SHARDS).max(1),
            ttl_secs,
        }
    }

    fn shard(&self, key: &[u8; 32]) -> &Shard<V> {
        &self.shards[usize::from(key[0]) % SHARDS]
    }

    /// The value stored under `key`, unless its time is up at `now`.
    pub fn get(&self, key: &[u8; 32], now: f64) -> Option<Arc<V>> {
        let shard = self.shard(key).read().unwrap();
        shard
            .get(key)
            .filter(|entry| now <= entry.until)
            .map(|entry| entry.value.clone())
    }

    /// Stores `value` under `key` from `now` on, making room if the shard is
    /// full.
    pub fn insert(&self, key: [u8; 32], value: Arc<V>, now: f64) {
        let mut shard = self.shard(&key).write().unwrap();
        if shard.len() >= self.per_shard && !shard.contains_key(&key) {
            shard.retain(|_, entry| now <= entry.until);
            if shard.len() >= self.per_shard
                && let Some(victim) = shard.keys().next().copied()
            {
                shard.remove(&victim);
            }
        }
        let until = now + self.ttl_secs;
        shard.insert(key, Entry { value, until });
    }

    pub fn invalidate(&self, key: &[u8; 32]) {
        self.shard(key).write().unwrap().remove(key);
    }

    /// Entries stored, including any whose time is up but that are not yet
    /// dropped.
    #[cfg(test)]
    fn len(&self) -> usize {
        self.shards.iter().map(|s| s.read().unwrap().len()).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(first: u8, second: u8) -> [u8; 32] {
        let mut key = [0; 32];
        key[0] = first;
        key[1] = second;
        key
    }

    #[test]
    fn an_entry_is_used_until_its_time_is_up() {
        let cache = VerifiedCache::new(64, 300.0);
        cache.insert(key(1, 0), Arc::new("a"), 1000.0);
        assert_eq!(cache.get(&key(1, 0), 1300.0).as_deref(), Some(&"a"));
        assert_eq!(cache.get(&key(1, 0), 1300.5), None);
        assert_eq!(cache.get(&key(2, 0), 1000.0), None);
        cache.invalidate(&key(1, 0));
        assert_eq!(cache.get(&key(1, 0), 1000.0), None);
    }

    #[test]
    fn a_full_shard_drops_expired_entries_first_and_never_grows_past_capacity() {
        // 2 entries per shard; all these keys share shard 0.
        let cache = VerifiedCache::new(2 * SHARDS, 10.0);
        cache.insert(key(0, 1), Arc::new(1), 0.0);
        cache.insert(key(0, 2), Arc::new(2), 5.0);
        // At 12 the first is past its time: it makes room, the second stays.
        cache.insert(key(0, 3), Arc::new(3), 12.0);
        assert_eq!(cache.get(&key(0, 2), 12.0).as_deref(), Some(&2));
        assert_eq!(cache.get(&key(0, 3), 12.0).as_deref(), Some(&3));
        assert_eq!(cache.len(), 2);
        // Nothing past its time: one of the two makes room.
        cache.insert(key(0, 4), Arc::new(4), 13.0);
        assert_eq!(cache.len(), 2);
        assert_eq!(cache.get(&key(0, 4), 13.0).as_deref(), Some(&4));
        // Replacing a key in a full shard drops nothing else.
        cache.insert(key(0, 4), Arc::new(40), 13.0);
        assert_eq!(cache.len(), 2);
        assert_eq!(cache.get(&key(0, 4), 13.0).as_deref(), Some(&40));
    }
}
