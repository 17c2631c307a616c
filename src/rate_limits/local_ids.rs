//! Which local user an identity leads to, for keying the user limit: looked
//! up once and remembered, so a user's requests cost no query here (and
//! concurrent first requests share one).
//!
//! A user found is remembered for [`KNOWN_FOR`] (an identity changes users
//! only by being deleted and registered again); an identity with no user
//! for [`UNKNOWN_FOR`], so one that registers, or is linked to a Passage-era
//! user, soon counts under that user. A lookup that fails or takes over
//! [`LOOKUP_WAIT`] counts the request under the identity and is not
//! remembered: the database being down must not hold up requests that do
//! not need it.

use std::time::{Duration, Instant};

use crate::db::users::UserRepo;
use crate::identity::Identity;

/// How long a found user is remembered.
pub const KNOWN_FOR: Duration = Duration::from_secs(600);

/// How long an identity with no user is remembered as such.
pub const UNKNOWN_FOR: Duration = Duration::from_secs(30);

/// Longest the lookup may hold up a request.
pub const LOOKUP_WAIT: Duration = Duration::from_millis(500);

/// Most identities remembered.
const REMEMBERED: u64 = 100_000;

pub struct LocalIds {
    repo: UserRepo,
    ids: moka::future::Cache<Identity, Option<i64>>,
}

/// Found users for long, identities without one briefly.
struct ByOutcome;

impl moka::Expiry<Identity, Option<i64>> for ByOutcome {
    fn expire_after_create(&self, _: &Identity, id: &Option<i64>, _: Instant) -> Option<Duration> {
        Some(if id.is_some() { KNOWN_FOR } else { UNKNOWN_FOR })
    }
}

impl LocalIds {
    pub fn new(repo: UserRepo) -> Self {
        Self {
            repo,
            ids: moka::future::Cache::builder()
                .max_capacity(REMEMBERED)
                .expire_after(ByOutcome)
                .build(),
        }
    }

    /// The local user ID of `identity`; `None` when it has none, or when
    /// the database does not say in time.
    pub async fn user_id(&self, identity: &Identity) -> Option<i64> {
        let lookup = self.ids.try_get_with_by_ref(identity, async {
            let user = self.repo.find_by_identity(identity).await?;
            Ok::<_, crate::db::DbError>(user.map(|u| u.id))
        });
        match tokio::time::timeout(LOOKUP_WAIT, lookup).await {
            Ok(Ok(id)) => id,
            Ok(Err(err)) => {
                tracing::debug!(error = %err, "cannot look up the local user for the rate limit; counting by identity");
                None
            }
            Err(_) => {
                tracing::debug!(
                    "the local user lookup for the rate limit timed out; counting by identity"
                );
                None
            }
        }
    }
}
