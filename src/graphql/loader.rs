//! Batches the Passage lookups of one request: every `User` whose Passage
//! fields a query selects becomes one key; the batch fans out to concurrent
//! `GET /users/{id}` calls (Passage has no multi-ID lookup), deduplicated by
//! the `DataLoader`, served from the shared cache when fresh, and bounded by
//! the client's server-wide semaphore.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Arc;

use async_graphql::dataloader::Loader;

use crate::passage::{PassageError, PassageUser, PassageUserId, PassageUsers};

/// One user's outcome; a failure for one user never fails the batch.
pub type PassageLookup = Result<Arc<PassageUser>, PassageError>;

pub struct PassageUserLoader {
    users: PassageUsers,
}

impl PassageUserLoader {
    pub fn new(users: PassageUsers) -> Self {
        Self { users }
    }
}

impl Loader<PassageUserId> for PassageUserLoader {
    type Value = PassageLookup;
    type Error = Infallible;

    async fn load(
        &self,
        keys: &[PassageUserId],
    ) -> Result<HashMap<PassageUserId, PassageLookup>, Infallible> {
        let lookups = keys.iter().map(|id| async move {
            let outcome = self.users.get_user(id).await;
            (id.clone(), outcome)
        });
        Ok(futures::future::join_all(lookups)
            .await
            .into_iter()
            .collect())
    }
}
