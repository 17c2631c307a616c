//! Passage profiles through a shared TTL cache.
//!
//! Every lookup of a user's Passage fields goes through here: a hit costs
//! nothing; concurrent misses for one user share a single call
//! (single-flight); failures are not cached. An update through
//! [`PassageUsers::update_user`] replaces the cached entry, so the next read
//! sees it, and a read that was already under way when the update began
//! cannot put its older answer back (see `WriteEpochs`). Staleness is
//! bounded by the TTL (`PASSAGE_CACHE_TTL`, 0 turns the cache off).
//!
//! With `REDIS_URL`, Redis is a second level shared by the replicas
//! ([`super::shared_cache`]): a batch asks it once ([`PassageUsers::prefetch`])
//! before calling Passage, Passage's answers and updates are stored there,
//! and another replica's update drops the local copy. The same rule holds
//! in both levels: a read that began before a write never stores its answer.
//!
//! All Passage work for one lookup ends by its deadline (`PASSAGE_DEADLINE_MS`).

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use moka::future::Cache;

use super::client::{PassageClient, PassageError};
use super::model::{PassageUser, UserUpdate};
use super::shared_cache::{
    BadRedisUrl, Fence, LocalCopies, RedisCounters, SharedCache, SharedCacheSettings,
};
use crate::identity::PassageUserId;

/// Most profiles kept at once.
pub const MAX_CACHED_USERS: u64 = 50_000;

/// Cached access to Passage users; cheap to clone.
#[derive(Clone)]
pub struct PassageUsers {
    client: PassageClient,
    local: LocalLevel,
    /// Redis, shared with the other replicas (`REDIS_URL`).
    shared: Option<SharedCache>,
    ttl: Duration,
    deadline: Duration,
}

/// This process's cache (`None`: `PASSAGE_CACHE_TTL` is 0) and the record
/// of writes that keeps older reads out of it.
#[derive(Clone)]
struct LocalLevel {
    cache: Option<Cache<PassageUserId, Entry>>,
    epochs: Arc<WriteEpochs>,
}

/// A cached profile and how long it may be kept: the whole TTL when it comes
/// from Passage, what is left of it when it comes from Redis.
#[derive(Clone)]
struct Entry {
    user: Arc<PassageUser>,
    ttl: Duration,
}

/// Each entry lives for its own `ttl`, also when it replaces another.
struct EntryLifetime;

impl moka::Expiry<PassageUserId, Entry> for EntryLifetime {
    fn expire_after_create(
        &self,
        _: &PassageUserId,
        entry: &Entry,
        _: Instant,
    ) -> Option<Duration> {
        Some(entry.ttl)
    }

    fn expire_after_update(
        &self,
        _: &PassageUserId,
        entry: &Entry,
        _: Instant,
        _: Option<Duration>,
    ) -> Option<Duration> {
        Some(entry.ttl)
    }
}

/// What a batch has without calling Passage ([`PassageUsers::prefetch`]).
#[derive(Default)]
pub struct Prefetched {
    /// Profiles found in this process's cache or in Redis.
    pub ready: HashMap<PassageUserId, Arc<PassageUser>>,
    /// Redis's fences of the others, for storing Passage's answers there.
    pub fences: HashMap<PassageUserId, Fence>,
}

/// Remembers when each user was last written, as a number from one counter,
/// so that a read can tell whether a write began after it did. moka inserts
/// what a loader returns unconditionally; a read that sees a newer write
/// returns [`Superseded`] instead, which moka does not cache.
struct WriteEpochs {
    clock: AtomicU64,
    /// The last time every user counted as written (announcements missed).
    all_written: AtomicU64,
    /// Kept as long as a cached profile may live: an older read cannot
    /// outlive it by more than its own deadline.
    last_write: moka::sync::Cache<PassageUserId, u64>,
}

impl WriteEpochs {
    fn new(ttl: Duration, deadline: Duration) -> Self {
        Self {
            clock: AtomicU64::new(0),
            all_written: AtomicU64::new(0),
            last_write: moka::sync::Cache::builder()
                .max_capacity(MAX_CACHED_USERS)
                .time_to_live(ttl + deadline)
                .build(),
        }
    }

    fn now(&self) -> u64 {
        self.clock.load(Ordering::SeqCst)
    }

    fn mark_write(&self, id: &PassageUserId) {
        let epoch = self.clock.fetch_add(1, Ordering::SeqCst) + 1;
        self.last_write.insert(id.clone(), epoch);
    }

    fn mark_all(&self) {
        let epoch = self.clock.fetch_add(1, Ordering::SeqCst) + 1;
        self.all_written.fetch_max(epoch, Ordering::SeqCst);
    }

    fn written_since(&self, id: &PassageUserId, epoch: u64) -> bool {
        self.all_written.load(Ordering::SeqCst) > epoch
            || self.last_write.get(id).is_some_and(|at| at > epoch)
    }
}

impl LocalLevel {
    /// Caches `entry` unless `id` was written since `started`; also when the
    /// write lands while it is being stored. True when it was kept.
    async fn keep(&self, id: &PassageUserId, entry: Entry, started: u64) -> bool {
        let Some(cache) = &self.cache else {
            return false;
        };
        if self.epochs.written_since(id, started) {
            return false;
        }
        cache.insert(id.clone(), entry).await;
        // A write that came between the check and the insert has already
        // dropped its entry: drop this one too.
        if self.epochs.written_since(id, started) {
            cache.invalidate(id).await;
            return false;
        }
        true
    }
}

impl LocalCopies for LocalLevel {
    async fn forget(&self, id: &PassageUserId) {
        self.epochs.mark_write(id);
        if let Some(cache) = &self.cache {
            cache.invalidate(id).await;
        }
    }

    async fn forget_all(&self) {
        self.epochs.mark_all();
        if let Some(cache) = &self.cache {
            cache.invalidate_all();
        }
    }
}

/// A read that overlapped a write: its answer may be older than the write's.
#[derive(Debug, Clone)]
enum Load {
    Failed(PassageError),
    Superseded,
}

impl PassageUsers {
    pub fn new(client: PassageClient, ttl: Duration, deadline: Duration) -> Self {
        let cache = (!ttl.is_zero()).then(|| {
            Cache::builder()
                .max_capacity(MAX_CACHED_USERS)
                .expire_after(EntryLifetime)
                .build()
        });
        Self {
            client,
            local: LocalLevel {
                cache,
                epochs: Arc::new(WriteEpochs::new(ttl, deadline)),
            },
            shared: None,
            ttl,
            deadline,
        }
    }

    /// Adds Redis at `url` as the shared second level (connecting in the
    /// background). With the cache off (`PASSAGE_CACHE_TTL=0`) there is
    /// nothing to share: Redis is not used.
    pub fn share_through_redis(
        mut self,
        url: &str,
        timeout: Duration,
        namespace: &str,
    ) -> Result<Self, BadRedisUrl> {
        if self.local.cache.is_none() {
            tracing::warn!("REDIS_URL is not used: PASSAGE_CACHE_TTL is 0, so nothing is cached");
            return Ok(self);
        }
        let settings = SharedCacheSettings {
            url,
            timeout,
            namespace,
            ttl: self.ttl,
            deadline: self.deadline,
        };
        self.shared = Some(SharedCache::connect(&settings, self.local.clone())?);
        Ok(self)
    }

    /// The Redis level, for other providers' profiles beside Passage's.
    pub fn shared_cache(&self) -> Option<&SharedCache> {
        self.shared.as_ref()
    }

    /// Whether Redis is reachable (`None` without Redis).
    pub fn shared_cache_status(&self) -> Option<&'static str> {
        self.shared.as_ref().map(SharedCache::status)
    }

    /// The shared cache's counters, for `/metrics` (none without Redis).
    pub fn shared_cache_counters(&self) -> Option<&RedisCounters> {
        self.shared.as_ref().map(SharedCache::counters)
    }

    /// Most Passage calls in flight at once, across the server.
    pub fn max_concurrency(&self) -> usize {
        self.client.max_concurrency()
    }

    /// Profiles in this replica's cache, as last counted (moka counts
    /// lazily: see [`Self::run_pending_tasks`]).
    pub fn cached_profiles(&self) -> u64 {
        self.local.cache.as_ref().map_or(0, Cache::entry_count)
    }

    /// Settles the cache's pending inserts and evictions (and its count).
    pub async fn run_pending_tasks(&self) {
        if let Some(cache) = &self.local.cache {
            cache.run_pending_tasks().await;
        }
    }

    /// The cached profile, when there is a fresh one (no call made).
    pub async fn cached(&self, id: &PassageUserId) -> Option<Arc<PassageUser>> {
        let entry = self.local.cache.as_ref()?.get(id).await?;
        Some(entry.user)
    }

    /// When Passage work starting now must end (`PASSAGE_DEADLINE_MS`).
    pub fn deadline_from_now(&self) -> Instant {
        Instant::now() + self.deadline
    }

    /// The profiles of `ids` that need no Passage call: fresh local copies,
    /// then, with Redis, one `MGET` for the others (kept locally when found).
    pub async fn prefetch(&self, ids: &[PassageUserId]) -> Prefetched {
        let mut prefetched = Prefetched::default();
        let mut missing = Vec::new();
        for id in ids {
            match self.cached(id).await {
                Some(user) => {
                    prefetched.ready.insert(id.clone(), user);
                }
                None => missing.push(id.clone()),
            }
        }
        let Some(shared) = &self.shared else {
            return prefetched;
        };
        let started = self.local.epochs.now();
        let Some(lookup) = shared.lookup(&missing).await else {
            return prefetched;
        };
        for (id, found) in lookup.found {
            let user = Arc::new(found.user);
            let entry = Entry {
                user: user.clone(),
                ttl: found.ttl_left,
            };
            // Changed since the MGET: Passage is asked instead.
            if self.local.keep(&id, entry, started).await {
                prefetched.ready.insert(id, user);
            }
        }
        prefetched.fences = lookup.fences;
        prefetched
    }

    /// The user's profile, from the cache or from Passage by `deadline`.
    /// `fence`, from [`Self::prefetch`], lets Passage's answer be stored in
    /// Redis for the other replicas.
    pub async fn get_user(
        &self,
        id: &PassageUserId,
        deadline: Instant,
        fence: Option<&Fence>,
    ) -> Result<Arc<PassageUser>, PassageError> {
        let Some(cache) = &self.local.cache else {
            return self.client.get_user(id, deadline).await.map(Arc::new);
        };
        let epochs = &self.local.epochs;
        // A read superseded by a write retries once: the write has put its
        // answer in the cache by then, or the second read starts after it.
        for attempt in 0..2 {
            let started = epochs.now();
            // The fence was read before the first attempt only.
            let fence = fence.filter(|_| attempt == 0);
            let load = async {
                let user = self
                    .client
                    .get_user(id, deadline)
                    .await
                    .map_err(Load::Failed)?;
                if epochs.written_since(id, started) {
                    return Err(Load::Superseded);
                }
                if let (Some(shared), Some(fence)) = (&self.shared, fence) {
                    shared.fill(id, fence, &user).await;
                }
                Ok(Entry {
                    user: Arc::new(user),
                    ttl: self.ttl,
                })
            };
            match cache.try_get_with_by_ref(id, load).await {
                Ok(entry) => {
                    // A write (here, or announced by another replica) that
                    // landed while the answer was being stored drops it.
                    if epochs.written_since(id, started) {
                        cache.invalidate(id).await;
                    }
                    return Ok(entry.user);
                }
                Err(shared) => match &*shared {
                    Load::Failed(err) => return Err(err.clone()),
                    Load::Superseded => {}
                },
            }
        }
        Err(PassageError::Unavailable(
            "profile changed while it was read".into(),
        ))
    }

    /// Changes the user in Passage and caches the answer, in Redis too,
    /// where the other replicas hear of it.
    pub async fn update_user(
        &self,
        id: &PassageUserId,
        update: &UserUpdate,
    ) -> Result<Arc<PassageUser>, PassageError> {
        let deadline = self.deadline_from_now();
        let epochs = &self.local.epochs;
        // Marked before and after: a read that overlaps the call in any way
        // sees a write newer than its start (Redis's fence likewise).
        epochs.mark_write(id);
        let ticket = match &self.shared {
            Some(shared) => Some(shared.begin_write(id).await),
            None => None,
        };
        let result = self
            .client
            .update_user(id, update, deadline)
            .await
            .map(Arc::new);
        epochs.mark_write(id);
        if let Some(cache) = &self.local.cache {
            match &result {
                Ok(user) => {
                    let entry = Entry {
                        user: user.clone(),
                        ttl: self.ttl,
                    };
                    cache.insert(id.clone(), entry).await;
                }
                Err(_) => cache.invalidate(id).await,
            }
        }
        if let (Some(shared), Some(ticket)) = (&self.shared, ticket) {
            let user = result.as_ref().ok().map(|user| &**user);
            shared.finish_write(id, ticket, user).await;
        }
        result
    }
}
