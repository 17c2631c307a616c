//! Passage profiles through a shared TTL cache.
//!
//! Every lookup of a user's Passage fields goes through here: a hit costs
//! nothing; concurrent misses for one user share a single call
//! (single-flight); failures are not cached. An update through
//! [`PassageUsers::update_user`] replaces the cached entry, so the next read
//! sees it. Staleness is bounded by the TTL (`PASSAGE_CACHE_TTL`, 0 turns the
//! cache off).

use std::sync::Arc;
use std::time::Duration;

use moka::future::Cache;

use super::client::{PassageClient, PassageError};
use super::model::{PassageUser, UserUpdate};
use super::user_id::PassageUserId;

/// Most profiles kept at once.
pub const MAX_CACHED_USERS: u64 = 50_000;

/// Cached access to Passage users; cheap to clone.
#[derive(Clone)]
pub struct PassageUsers {
    client: PassageClient,
    cache: Option<Cache<PassageUserId, Arc<PassageUser>>>,
}

impl PassageUsers {
    pub fn new(client: PassageClient, ttl: Duration) -> Self {
        let cache = (!ttl.is_zero()).then(|| {
            Cache::builder()
                .max_capacity(MAX_CACHED_USERS)
                .time_to_live(ttl)
                .build()
        });
        Self { client, cache }
    }

    /// The cached profile, when there is a fresh one (no call made).
    pub async fn cached(&self, id: &PassageUserId) -> Option<Arc<PassageUser>> {
        self.cache.as_ref()?.get(id).await
    }

    pub async fn get_user(&self, id: &PassageUserId) -> Result<Arc<PassageUser>, PassageError> {
        let fetch = async { self.client.get_user(id).await.map(Arc::new) };
        match &self.cache {
            None => fetch.await,
            Some(cache) => cache
                .try_get_with_by_ref(id, fetch)
                .await
                .map_err(|shared| (*shared).clone()),
        }
    }

    /// Changes the user in Passage and caches the answer.
    pub async fn update_user(
        &self,
        id: &PassageUserId,
        update: &UserUpdate,
    ) -> Result<Arc<PassageUser>, PassageError> {
        let result = self.client.update_user(id, update).await.map(Arc::new);
        if let Some(cache) = &self.cache {
            match &result {
                Ok(user) => cache.insert(id.clone(), user.clone()).await,
                Err(_) => cache.invalidate(id).await,
            }
        }
        result
    }
}
