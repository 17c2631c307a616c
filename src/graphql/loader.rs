//! Batches the Passage lookups of one request: every `User` whose Passage
//! fields a query selects becomes one key; the batch is served from the
//! cache when fresh (with Redis: one `MGET` for the whole batch), and the
//! rest fans out to concurrent `GET /users/{id}` calls (Passage has no
//! multi-ID lookup), deduplicated by the `DataLoader`, and bounded by
//! the client's server-wide semaphore. One request may hold at most half of
//! that semaphore's slots ([`PassageUserLoader::new`]), so a query that
//! lists many users cannot starve everyone else's lookups.
//!
//! [`UserRecordLoader`] does the same for local records by ID or Passage ID
//! (a federation gateway's `_entities` references).

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use tokio::sync::Semaphore;

use crate::db::DbError;
use crate::db::users::{User, UserRepo};
use crate::passage::{PassageError, PassageUser, PassageUserId, PassageUsers};

/// One user's outcome; a failure for one user never fails the batch.
pub type PassageLookup = Result<Arc<PassageUser>, PassageError>;

pub struct PassageUserLoader {
    users: PassageUsers,
    /// This request's share of the server-wide Passage slots.
    share: Semaphore,
}

impl PassageUserLoader {
    /// A loader for one request.
    pub fn new(users: PassageUsers) -> Self {
        let share = (users.max_concurrency() / 2).max(1);
        Self {
            users,
            share: Semaphore::new(share),
        }
    }
}

impl Loader<PassageUserId> for PassageUserLoader {
    type Value = PassageLookup;
    type Error = Infallible;

    async fn load(
        &self,
        keys: &[PassageUserId],
    ) -> Result<HashMap<PassageUserId, PassageLookup>, Infallible> {
        // One deadline for the whole batch: waiting for this request's share
        // counts against it too.
        let deadline = self.users.deadline_from_now();
        let prefetched = self.users.prefetch(keys).await;
        let prefetched = &prefetched;
        let lookups = keys.iter().map(|id| async move {
            if let Some(user) = prefetched.ready.get(id) {
                return (id.clone(), Ok(user.clone()));
            }
            let fence = prefetched.fences.get(id);
            let slot = tokio::time::timeout_at(deadline.into(), self.share.acquire()).await;
            let outcome = match slot {
                Ok(Ok(_slot)) => self.users.get_user(id, deadline, fence).await,
                Ok(Err(_)) => Err(PassageError::Unavailable("request ended".into())),
                Err(_) => Err(PassageError::Unavailable("too busy".into())),
            };
            (id.clone(), outcome)
        });
        Ok(futures::future::join_all(lookups)
            .await
            .into_iter()
            .collect())
    }
}

/// A user's identities at issuers other than Passage, `(issuer, subject)`
/// by when they were added: one query for every user of the request that
/// needs them.
pub struct IdentitiesLoader(pub crate::db::users::UserRepo);

impl Loader<i64> for IdentitiesLoader {
    type Value = Arc<[(String, String)]>;
    type Error = Arc<crate::db::DbError>;

    async fn load(&self, ids: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        let found = self.0.issuer_identities_of(ids).await.map_err(Arc::new)?;
        Ok(found
            .into_iter()
            .map(|(id, identities)| (id, identities.into()))
            .collect())
    }
}

/// A user at a Clerk-backed issuer: the issuer as configured and their
/// Clerk user ID.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ClerkKey {
    pub issuer: Arc<str>,
    pub subject: String,
}

/// Batches the Clerk lookups of one request: every user whose fields a
/// query selects becomes one key, and each issuer's keys go to its Backend
/// API in calls of up to 100 IDs ([`crate::profile::clerk::CLERK_BATCH`]).
pub struct ClerkLoader(pub crate::profile::ProfileSources);

impl Loader<ClerkKey> for ClerkLoader {
    type Value = crate::profile::clerk::ClerkLookup;
    type Error = Infallible;

    async fn load(&self, keys: &[ClerkKey]) -> Result<HashMap<ClerkKey, Self::Value>, Infallible> {
        let mut by_issuer: HashMap<&str, Vec<String>> = HashMap::new();
        for key in keys {
            by_issuer
                .entry(&key.issuer)
                .or_default()
                .push(key.subject.clone());
        }
        let lookups = by_issuer.into_iter().map(|(issuer, subjects)| async move {
            let crate::profile::Source::Clerk(clerk) = self.0.of(issuer) else {
                return Vec::new();
            };
            clerk
                .load(&subjects)
                .await
                .into_iter()
                .map(|(subject, lookup)| {
                    let key = ClerkKey {
                        issuer: issuer.into(),
                        subject,
                    };
                    (key, lookup)
                })
                .collect()
        });
        Ok(futures::future::join_all(lookups)
            .await
            .into_iter()
            .flatten()
            .collect())
    }
}

/// How a reference names a local user: by local ID (`User.id`) or by
/// Passage user ID (`User.passageId`).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserKey {
    Id(i64),
    PassageId(PassageUserId),
}

/// Batches the local-record lookups of one request: every key asked for
/// while a batch gathers goes into one query per kind of key (`id = ANY`,
/// `passage_id = ANY`), so a gateway's `_entities` call for 100 users is
/// one SQL query, not 100.
pub struct UserRecordLoader {
    repo: UserRepo,
}

impl UserRecordLoader {
    pub fn new(repo: UserRepo) -> Self {
        Self { repo }
    }
}

impl Loader<UserKey> for UserRecordLoader {
    type Value = User;
    /// A database failure fails the batch: each key gets the same error.
    type Error = Arc<DbError>;

    async fn load(&self, keys: &[UserKey]) -> Result<HashMap<UserKey, User>, Arc<DbError>> {
        let mut ids = Vec::new();
        let mut passage_ids = Vec::new();
        for key in keys {
            match key {
                UserKey::Id(id) => ids.push(*id),
                UserKey::PassageId(id) => passage_ids.push(id.clone()),
            }
        }
        let mut found = HashMap::with_capacity(keys.len());
        if !ids.is_empty() {
            for user in self.repo.find_by_ids(&ids).await? {
                found.insert(UserKey::Id(user.id), user);
            }
        }
        if !passage_ids.is_empty() {
            for user in self.repo.find_by_passage_ids(&passage_ids).await? {
                if let Some(id) = user.passage_id.clone() {
                    found.insert(UserKey::PassageId(id), user);
                }
            }
        }
        Ok(found)
    }
}
