//! Profiles of other providers (Clerk's users) in the same Redis, beside
//! Passage's: one `MGET` for a batch's misses, and the provider's answers
//! stored with the same TTL for the other replicas. The server never writes
//! to those providers, so there is no fence: an entry is what the provider
//! answered within the TTL, as in each replica's own cache.

use std::time::Duration;

use fred::prelude::{KeysInterface, LuaInterface};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{SharedCache, millis, unix_ms};

/// Stores every entry with one TTL. KEYS: the entries' keys. ARGV: TTL in
/// ms, then one value per key.
const STORE: &str = r"
for i, key in ipairs(KEYS) do
  redis.call('SET', key, ARGV[i + 1], 'PX', ARGV[1])
end
return #KEYS
";

/// Deletes an entry and announces it. KEYS: the entry. ARGV: the channel,
/// the announcement.
const FORGET: &str = r"
redis.call('DEL', KEYS[1])
redis.call('PUBLISH', ARGV[1], ARGV[2])
return 1
";

/// A provider's profile as stored: whose it is and when it was answered.
#[derive(Serialize, serde::Deserialize)]
struct StoredEntry<T> {
    fetched_at_ms: u64,
    id: String,
    fields: T,
}

impl SharedCache {
    /// The entries of `ids` under `kind` that Redis has and that are still
    /// fresh, with what is left of their TTL, in the order of `ids`. `None`
    /// when Redis is not asked or does not answer.
    pub async fn entries<T: DeserializeOwned>(
        &self,
        kind: &str,
        ids: &[String],
    ) -> Option<Vec<Option<(T, Duration)>>> {
        let inner = &self.0;
        if ids.is_empty() || !inner.health.reads_allowed() {
            return None;
        }
        let keys: Vec<String> = ids.iter().map(|id| self.entry_key(kind, id)).collect();
        let values: Vec<Option<String>> = self.call("MGET", inner.client.mget(keys)).await?;
        if values.len() != ids.len() {
            inner.health.failed("MGET", &"answer of the wrong length");
            return None;
        }
        let now = unix_ms();
        let found: Vec<Option<(T, Duration)>> = ids
            .iter()
            .zip(values)
            .map(|(id, value)| self.decode_entry(id, value.as_deref()?, now))
            .collect();
        let hits = found.iter().filter(|f| f.is_some()).count();
        inner.health.count_lookups(hits, ids.len() - hits);
        Some(found)
    }

    /// Stores what the provider answered for each `(id, fields)` under
    /// `kind`, in one script; a failure is counted and changes nothing.
    pub async fn store_entries<T: Serialize>(&self, kind: &str, entries: &[(&str, &T)]) {
        let inner = &self.0;
        if entries.is_empty() || !inner.health.reads_allowed() {
            return;
        }
        let fetched_at_ms = unix_ms();
        let mut keys = Vec::with_capacity(entries.len());
        let mut args = Vec::with_capacity(entries.len() + 1);
        args.push(millis(inner.ttl));
        for (id, fields) in entries {
            let stored = StoredEntry {
                fetched_at_ms,
                id: (*id).to_owned(),
                fields,
            };
            let Ok(json) = serde_json::to_string(&stored) else {
                continue;
            };
            keys.push(self.entry_key(kind, id));
            args.push(json);
        }
        let _: Option<i64> = self
            .call("EVAL", inner.client.eval(STORE, keys, args))
            .await;
    }

    /// The provider changed `id` (its webhook said so): its entry under
    /// `kind` goes, and every replica drops its own copy (see
    /// [`EntryCopies`](super::EntryCopies)), in one script. False when Redis
    /// did not answer: the other replicas keep their copies for what is
    /// left of the TTL.
    pub async fn forget_entry(&self, kind: &str, id: &str) -> bool {
        let inner = &self.0;
        let keys = vec![self.entry_key(kind, id)];
        let args = vec![
            inner.keys.channel(),
            super::invalidation::entry_announcement(&inner.origin, kind, id),
        ];
        let done: Option<i64> = self
            .call("EVAL", inner.client.eval(FORGET, keys, args))
            .await;
        done.is_some()
    }

    fn entry_key(&self, kind: &str, id: &str) -> String {
        format!("{}{kind}:{id}", self.0.keys.prefix)
    }

    /// The entry under `id`'s key when it is readable, is `id`'s and is
    /// still fresh; anything else is a miss (the provider is asked, and its
    /// answer overwrites the entry).
    fn decode_entry<T: DeserializeOwned>(
        &self,
        id: &str,
        json: &str,
        now_ms: u64,
    ) -> Option<(T, Duration)> {
        let Ok(stored) = serde_json::from_str::<StoredEntry<T>>(json) else {
            self.0.health.rejected_entry("unreadable");
            return None;
        };
        if stored.id != id {
            self.0.health.rejected_entry("another user's profile");
            return None;
        }
        let age = Duration::from_millis(now_ms.saturating_sub(stored.fetched_at_ms));
        let left = self.0.ttl.checked_sub(age).filter(|left| !left.is_zero())?;
        Some((stored.fields, left))
    }
}
