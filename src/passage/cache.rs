//! Passage profiles through a shared TTL cache.
//!
//! Every lookup of a user's Passage fields goes through here: a hit costs
//! nothing; concurrent misses for one user share a single call
//! (single-flight); failures are not cached. An update through
//! [`PassageUsers::update_user`] replaces the cached entry, so the next read
//! sees it, and a read that was already under way when the update began
//! cannot put its older answer back (see [`WriteEpochs`]). Staleness is
//! bounded by the TTL (`PASSAGE_CACHE_TTL`, 0 turns the cache off).
//!
//! All Passage work for one lookup ends by its deadline (`PASSAGE_DEADLINE_MS`).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use moka::future::Cache;

use super::client::{PassageClient, PassageError};
use super::model::{PassageUser, UserUpdate};
use crate::identity::PassageUserId;

/// Most profiles kept at once.
pub const MAX_CACHED_USERS: u64 = 50_000;

/// Cached access to Passage users; cheap to clone.
#[derive(Clone)]
pub struct PassageUsers {
    client: PassageClient,
    cache: Option<Cache<PassageUserId, Arc<PassageUser>>>,
    epochs: Arc<WriteEpochs>,
    deadline: Duration,
}

/// Remembers when each user was last written, as a number from one counter,
/// so that a read can tell whether a write began after it did. moka inserts
/// what a loader returns unconditionally; a read that sees a newer write
/// returns [`Superseded`] instead, which moka does not cache.
struct WriteEpochs {
    clock: AtomicU64,
    /// Kept as long as a cached profile may live: an older read cannot
    /// outlive it by more than its own deadline.
    last_write: moka::sync::Cache<PassageUserId, u64>,
}

impl WriteEpochs {
    fn new(ttl: Duration, deadline: Duration) -> Self {
        Self {
            clock: AtomicU64::new(0),
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

    fn written_since(&self, id: &PassageUserId, epoch: u64) -> bool {
        self.last_write.get(id).is_some_and(|at| at > epoch)
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
                .time_to_live(ttl)
                .build()
        });
        Self {
            client,
            cache,
            epochs: Arc::new(WriteEpochs::new(ttl, deadline)),
            deadline,
        }
    }

    /// Most Passage calls in flight at once, across the server.
    pub fn max_concurrency(&self) -> usize {
        self.client.max_concurrency()
    }

    /// The cached profile, when there is a fresh one (no call made).
    pub async fn cached(&self, id: &PassageUserId) -> Option<Arc<PassageUser>> {
        self.cache.as_ref()?.get(id).await
    }

    /// When Passage work starting now must end (`PASSAGE_DEADLINE_MS`).
    pub fn deadline_from_now(&self) -> Instant {
        Instant::now() + self.deadline
    }

    /// The user's profile, from the cache or from Passage by `deadline`.
    pub async fn get_user(
        &self,
        id: &PassageUserId,
        deadline: Instant,
    ) -> Result<Arc<PassageUser>, PassageError> {
        let Some(cache) = &self.cache else {
            return self.client.get_user(id, deadline).await.map(Arc::new);
        };
        // A read superseded by a write retries once: the write has put its
        // answer in the cache by then, or the second read starts after it.
        for _ in 0..2 {
            let started = self.epochs.now();
            let load = async {
                let user = self
                    .client
                    .get_user(id, deadline)
                    .await
                    .map_err(Load::Failed)?;
                if self.epochs.written_since(id, started) {
                    return Err(Load::Superseded);
                }
                Ok(Arc::new(user))
            };
            match cache.try_get_with_by_ref(id, load).await {
                Ok(user) => return Ok(user),
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

    /// Changes the user in Passage and caches the answer.
    pub async fn update_user(
        &self,
        id: &PassageUserId,
        update: &UserUpdate,
    ) -> Result<Arc<PassageUser>, PassageError> {
        let deadline = self.deadline_from_now();
        // Marked before and after: a read that overlaps the call in any way
        // sees a write newer than its start.
        self.epochs.mark_write(id);
        let result = self
            .client
            .update_user(id, update, deadline)
            .await
            .map(Arc::new);
        self.epochs.mark_write(id);
        if let Some(cache) = &self.cache {
            match &result {
                Ok(user) => cache.insert(id.clone(), user.clone()).await,
                Err(_) => cache.invalidate(id).await,
            }
        }
        result
    }
}
