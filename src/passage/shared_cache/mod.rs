//! The shared second level of the profile cache: Redis, when `REDIS_URL` is
//! set, so that several replicas make one Passage call per profile between
//! them and see each other's updates at once.
//!
//! Each replica keeps its in-process cache ([`super::cache`]) as the first
//! level. A batch of lookups that misses there asks Redis with one `MGET`;
//! only what Redis lacks goes to Passage, and Passage's answer is stored here
//! for the others, with the same TTL. An update stores its answer here and
//! announces the change on a pub/sub channel, and every other replica drops
//! its local copy (`invalidation`).
//!
//! A read can never put an older profile back here either: every user has a
//! *fence*, a random token that each write replaces (before and after its
//! Passage call). A reader notes the fence with its `MGET` and stores
//! Passage's answer only if the fence is unchanged, checked and set in one
//! Lua script.
//!
//! Redis is never needed to answer: every call is bounded by
//! `REDIS_TIMEOUT_MS`; a failure is counted and logged (`health`) and the
//! lookup goes on with the local cache and Passage. An update whose change
//! could not be written here is retried in the background as an
//! invalidation until Redis answers or the TTL has passed.

mod entries;
mod health;
mod invalidation;
mod writes;

use std::collections::HashMap;
use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use fred::prelude::{
    Builder, Client, ClientLike, Config, EventInterface, KeysInterface, LuaInterface,
    ReconnectPolicy,
};
use serde::{Deserialize, Serialize};

use super::model::PassageUser;
use crate::identity::PassageUserId;
pub use health::RedisCounters;
pub use invalidation::{EntryCopies, ForgetEntry, LocalCopies, NoLocalCopies};
pub use writes::WriteTicket;

/// Default `REDIS_TIMEOUT_MS`.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_millis(100);

/// URL schemes taken: one Redis, maybe found through Sentinel (a cluster
/// would refuse an `MGET` of keys on several nodes).
const SCHEMES: [&str; 6] = [
    "redis",
    "rediss",
    "redis-sentinel",
    "rediss-sentinel",
    "valkey",
    "valkeys",
];

/// Longest a connection attempt may take (then the client tries again).
const CONNECT_TIMEOUT: Duration = Duration::from_secs(2);

/// Commands waiting for a connection at most; more fail at once.
const MAX_QUEUED_COMMANDS: usize = 1024;

/// Stores a profile only if the user's fence is the one the reader saw.
/// KEYS: profile, fence. ARGV: fence seen ('' = none), entry, TTL in ms.
const FILL: &str = r"
if (redis.call('GET', KEYS[2]) or '') == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
  return 1
end
return 0
";

/// Where Redis is and how it is used.
pub struct SharedCacheSettings<'a> {
    /// `redis://` or `rediss://` (TLS) URL.
    pub url: &'a str,
    /// Longest one Redis call may take.
    pub timeout: Duration,
    /// Keeps apps sharing one Redis apart (the Passage app ID).
    pub namespace: &'a str,
    /// How long a profile stays cached (`PASSAGE_CACHE_TTL`).
    pub ttl: Duration,
    /// Longest all Passage work of one lookup takes (`PASSAGE_DEADLINE_MS`).
    pub deadline: Duration,
}

/// A Redis URL that cannot be used. The URL is not repeated: it may hold a
/// password.
#[derive(Debug, thiserror::Error)]
#[error(
    "REDIS_URL is not a usable Redis URL (redis://[[user]:password@]host[:port][/db], \
     or rediss://… for TLS): {0}"
)]
pub struct BadRedisUrl(String);

/// The Redis level; cheap to clone.
#[derive(Clone)]
pub struct SharedCache(Arc<Inner>);

struct Inner {
    client: Client,
    subscriber: Client,
    keys: Keys,
    ttl: Duration,
    /// How long a fence is kept: longer than any reader may hold one.
    fence_ttl: Duration,
    timeout: Duration,
    health: Arc<health::Health>,
    /// This replica's name in announcements, so it skips its own.
    origin: String,
    /// Other providers' profiles kept by this replica.
    entry_copies: Arc<EntryCopies>,
    tasks: Mutex<Vec<tokio::task::AbortHandle>>,
}

impl Drop for Inner {
    fn drop(&mut self) {
        for task in self.tasks.get_mut().unwrap_or_else(|e| e.into_inner()) {
            task.abort();
        }
    }
}

/// Key names, under `passage-graphql:v1:{namespace}:`.
struct Keys {
    prefix: String,
}

impl Keys {
    fn profile(&self, id: &PassageUserId) -> String {
        format!("{}profile:{id}", self.prefix)
    }

    fn fence(&self, id: &PassageUserId) -> String {
        format!("{}fence:{id}", self.prefix)
    }

    fn channel(&self) -> String {
        format!("{}changed", self.prefix)
    }
}

/// A profile as stored in Redis: when Passage gave it, so a replica that
/// reads it later keeps it only for what is left of the TTL.
#[derive(Serialize, Deserialize)]
struct StoredProfile<U> {
    fetched_at_ms: u64,
    user: U,
}

/// A user's fence as a reader saw it ('' when there was none).
#[derive(Debug, Clone, Default)]
pub struct Fence(String);

/// A profile found in Redis, and how long it may still be used.
#[derive(Debug)]
pub struct Found {
    pub user: PassageUser,
    pub ttl_left: Duration,
}

/// What one `MGET` said about a batch of users.
#[derive(Debug, Default)]
pub struct SharedLookup {
    pub found: HashMap<PassageUserId, Found>,
    /// The users not found, with their fences, for storing Passage's answer.
    pub fences: HashMap<PassageUserId, Fence>,
}

impl SharedCache {
    /// A client for `settings.url` that connects in the background (and
    /// reconnects for ever, with backoff): startup does not wait for Redis.
    /// `local` is told when its copies may be old.
    pub fn connect(
        settings: &SharedCacheSettings<'_>,
        local: impl LocalCopies,
    ) -> Result<Self, BadRedisUrl> {
        let builder = redis_builder(settings.url, settings.timeout)?;
        let client = builder.build().map_err(|e| BadRedisUrl(e.to_string()))?;
        let subscriber = builder.build().map_err(|e| BadRedisUrl(e.to_string()))?;
        let keys = Keys {
            prefix: format!("passage-graphql:v1:{}:", settings.namespace),
        };
        let health = Arc::new(health::Health::default());
        let origin = format!("{:016x}", rand::random::<u64>());
        let reconnected = resume_reads_on_reconnect(&client, health.clone());
        let connection = client.connect();
        let entry_copies = Arc::new(EntryCopies::default());
        let listener = invalidation::listen(
            subscriber.clone(),
            keys.channel(),
            origin.clone(),
            health.clone(),
            local,
            entry_copies.clone(),
        );
        Ok(Self(Arc::new(Inner {
            client,
            subscriber: subscriber.clone(),
            keys,
            ttl: settings.ttl,
            fence_ttl: settings.ttl + settings.deadline + settings.timeout * 4,
            timeout: settings.timeout,
            health,
            origin,
            entry_copies,
            tasks: Mutex::new(vec![
                connection.abort_handle(),
                listener.abort_handle(),
                reconnected.abort_handle(),
            ]),
        })))
    }

    /// Where a provider's cache registers how its copies are dropped when
    /// another replica announces a change.
    pub fn entry_copies(&self) -> &EntryCopies {
        &self.0.entry_copies
    }

    /// `connected` when both connections are up and announcements are
    /// heard, else `disconnected` (for `/ready`, which does not depend on it).
    pub fn status(&self) -> &'static str {
        let inner = &self.0;
        if inner.client.is_connected()
            && inner.subscriber.is_connected()
            && inner.health.listening()
        {
            "connected"
        } else {
            "disconnected"
        }
    }

    /// The `redis_*` counters, for `/metrics`.
    pub fn counters(&self) -> &RedisCounters {
        self.0.health.counters()
    }

    /// One `MGET` for `ids`: the profiles Redis has, and the fences of the
    /// others. `None` when Redis is not asked or does not answer.
    pub async fn lookup(&self, ids: &[PassageUserId]) -> Option<SharedLookup> {
        let inner = &self.0;
        if ids.is_empty() || !inner.health.reads_allowed() {
            return None;
        }
        let keys: Vec<String> = ids
            .iter()
            .map(|id| inner.keys.profile(id))
            .chain(ids.iter().map(|id| inner.keys.fence(id)))
            .collect();
        let values: Vec<Option<String>> = self.call("MGET", inner.client.mget(keys)).await?;
        if values.len() != 2 * ids.len() {
            inner.health.failed("MGET", &"answer of the wrong length");
            return None;
        }
        let (profiles, fences) = values.split_at(ids.len());
        let now = unix_ms();
        let mut lookup = SharedLookup::default();
        for ((id, profile), fence) in ids.iter().zip(profiles).zip(fences) {
            match profile
                .as_deref()
                .and_then(|json| self.decode(id, json, now))
            {
                Some(found) => {
                    lookup.found.insert(id.clone(), found);
                }
                None => {
                    let fence = Fence(fence.clone().unwrap_or_default());
                    lookup.fences.insert(id.clone(), fence);
                }
            }
        }
        inner
            .health
            .count_lookups(lookup.found.len(), lookup.fences.len());
        Some(lookup)
    }

    /// The entry found under `id`'s key, when it is readable, is `id`'s
    /// and is still fresh. Anything else is a miss: Redis answered, so reads
    /// go on, and Passage's answer overwrites the entry ([`Self::fill`]).
    fn decode(&self, id: &PassageUserId, json: &str, now_ms: u64) -> Option<Found> {
        let Ok(stored) = serde_json::from_str::<StoredProfile<PassageUser>>(json) else {
            self.0.health.rejected_entry("unreadable");
            return None;
        };
        if stored.user.id != id.as_str() {
            self.0.health.rejected_entry("another user's profile");
            return None;
        }
        let age = Duration::from_millis(now_ms.saturating_sub(stored.fetched_at_ms));
        let ttl_left = self.0.ttl.checked_sub(age).filter(|left| !left.is_zero())?;
        Some(Found {
            user: stored.user,
            ttl_left,
        })
    }

    /// Stores what Passage answered for `id`, unless a write began since
    /// the reader saw `fence`.
    pub async fn fill(&self, id: &PassageUserId, fence: &Fence, user: &PassageUser) {
        let inner = &self.0;
        if !inner.health.reads_allowed() {
            return;
        }
        let Some(entry) = encode(user) else { return };
        let keys = vec![inner.keys.profile(id), inner.keys.fence(id)];
        let args = vec![fence.0.clone(), entry, millis(inner.ttl)];
        let _: Option<i64> = self.call("EVAL", inner.client.eval(FILL, keys, args)).await;
    }

    /// Runs one Redis command within the timeout; a failure is counted and
    /// logged, and answers `None`.
    async fn call<T>(
        &self,
        command: &str,
        call: impl Future<Output = Result<T, fred::error::Error>>,
    ) -> Option<T> {
        let inner = &self.0;
        if !inner.client.is_connected() {
            inner.health.failed(command, &"not connected");
            return None;
        }
        // fred's own timeout is the same; this one also bounds the wait
        // for a place in its queue.
        match tokio::time::timeout(inner.timeout * 2, call).await {
            Ok(Ok(value)) => {
                inner.health.succeeded();
                Some(value)
            }
            Ok(Err(err)) => {
                inner.health.failed(command, &err);
                None
            }
            Err(_) => {
                inner.health.failed(command, &"timed out");
                None
            }
        }
    }
}

/// How every Redis client of the server is made for `url` (`REDIS_URL`):
/// each command bounded by `timeout` and tried once, a first connection
/// that fails retried like a lost one (startup never waits for Redis), and
/// reconnection for ever, with backoff.
pub fn redis_builder(url: &str, timeout: Duration) -> Result<Builder, BadRedisUrl> {
    let scheme = url.split_once("://").map(|(scheme, _)| scheme);
    if !scheme.is_some_and(|scheme| SCHEMES.contains(&scheme)) {
        return Err(BadRedisUrl(format!(
            "the scheme must be one of {}",
            SCHEMES.join(", ")
        )));
    }
    let mut config = Config::from_url(url).map_err(|e| BadRedisUrl(e.to_string()))?;
    // Also retry a first connection that fails: Redis down at startup is
    // handled like Redis going down later.
    config.fail_fast = false;
    let mut builder = Builder::from_config(config);
    builder
        .with_performance_config(|performance| {
            // fred drops a timed-out command instead of sending it late.
            performance.default_command_timeout = timeout;
            performance.broadcast_channel_capacity = 1024;
        })
        .with_connection_config(|connection| {
            connection.connection_timeout = CONNECT_TIMEOUT;
            connection.internal_command_timeout = CONNECT_TIMEOUT;
            connection.max_command_attempts = 1;
            connection.max_command_buffer_len = MAX_QUEUED_COMMANDS;
        })
        .set_policy(ReconnectPolicy::new_exponential(0, 100, 2_000, 2));
    Ok(builder)
}

/// One client made as [`redis_builder`] says (not connected yet).
pub fn redis_client(url: &str, timeout: Duration) -> Result<Client, BadRedisUrl> {
    redis_builder(url, timeout)?
        .build()
        .map_err(|e| BadRedisUrl(e.to_string()))
}

/// A new connection means Redis answers again: reads need not wait out
/// their pause. (Listening starts before the first connection.)
fn resume_reads_on_reconnect(
    client: &Client,
    health: Arc<health::Health>,
) -> tokio::task::JoinHandle<()> {
    let mut connections = client.reconnect_rx();
    tokio::spawn(async move {
        use tokio::sync::broadcast::error::RecvError;
        loop {
            match connections.recv().await {
                Ok(_) | Err(RecvError::Lagged(_)) => health.resume_reads(),
                Err(RecvError::Closed) => return,
            }
        }
    })
}

fn encode(user: &PassageUser) -> Option<String> {
    serde_json::to_string(&StoredProfile {
        fetched_at_ms: unix_ms(),
        user,
    })
    .ok()
}

fn new_fence() -> String {
    format!("{:032x}", rand::random::<u128>())
}

fn unix_ms() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

fn millis(duration: Duration) -> String {
    millis_i64(duration).to_string()
}

fn millis_i64(duration: Duration) -> i64 {
    i64::try_from(duration.as_millis())
        .unwrap_or(i64::MAX)
        .max(1)
}

#[cfg(test)]
mod tests;
