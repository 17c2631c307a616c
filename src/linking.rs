//! Linking at first sight: the first request that carries a token from an
//! issuer with link rules (`link_claim`, `link_verified_email`) attaches the
//! token's identity to the Passage-era user it names, before any resolver
//! looks the viewer up, so `me` answers with that user from the very first
//! request (any operation, not only `createUser`).
//!
//! The rules run in order, claim first; the database's keys make each link
//! atomic (see [`crate::db::linking`]). An identity found linked, or just
//! linked, is remembered so later requests cost nothing; one that no rule
//! could link is looked at again after [`RECHECK_AFTER`] (an operator may
//! import links or take a snapshot meanwhile). A database failure here does
//! not fail the request: it is logged, and tried again next time.

use std::time::Duration;

use crate::auth::Principal;
use crate::db::DbError;
use crate::db::linking::{LinkOutcome, LinkRule};
use crate::db::users::UserRepo;
use crate::identity::Identity;

/// How long an identity that no rule could link is left alone.
pub const RECHECK_AFTER: Duration = Duration::from_secs(60);
/// Most identities remembered.
const REMEMBERED: u64 = 100_000;

/// Links identities at first sight; cheap to share.
pub struct FirstSight {
    repo: UserRepo,
    /// Identities with a user.
    linked: moka::sync::Cache<Identity, ()>,
    /// Identities no rule could link, recently.
    unlinked: moka::sync::Cache<Identity, ()>,
}

impl FirstSight {
    pub fn new(repo: UserRepo) -> Self {
        Self {
            repo,
            linked: moka::sync::Cache::new(REMEMBERED),
            unlinked: moka::sync::Cache::builder()
                .max_capacity(REMEMBERED)
                .time_to_live(RECHECK_AFTER)
                .build(),
        }
    }

    /// Applies the principal's issuer's link rules, once per identity.
    pub async fn link(&self, principal: &Principal) {
        let identity = &principal.identity;
        let Identity::Issuer { issuer, subject } = identity else {
            return;
        };
        if principal.link.is_empty()
            || self.linked.contains_key(identity)
            || self.unlinked.contains_key(identity)
        {
            return;
        }
        match self.try_rules(principal, issuer, subject.as_str()).await {
            Ok(true) => self.linked.insert(identity.clone(), ()),
            Ok(false) => self.unlinked.insert(identity.clone(), ()),
            Err(err) => {
                tracing::warn!(error = %err, %issuer, "cannot link an identity at first sight now; will try again")
            }
        }
    }

    /// True when the identity has a user now.
    async fn try_rules(
        &self,
        principal: &Principal,
        issuer: &str,
        subject: &str,
    ) -> Result<bool, DbError> {
        if self
            .repo
            .find_by_identity(&principal.identity)
            .await?
            .is_some()
        {
            return Ok(true);
        }
        if let Some(passage_id) = &principal.link.passage_id {
            let outcome = self
                .repo
                .link_to_passage_user(issuer, subject, passage_id, LinkRule::Claim)
                .await?;
            if report(issuer, LinkRule::Claim, &outcome) {
                return Ok(true);
            }
        }
        if let Some(email) = &principal.link.verified_email {
            let outcome = self
                .repo
                .link_by_snapshot_email(issuer, subject, email)
                .await?;
            if report(issuer, LinkRule::VerifiedEmail, &outcome) {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// Logs a link attempt (never the email or subject); true when the identity
/// has a user afterwards.
fn report(issuer: &str, rule: LinkRule, outcome: &LinkOutcome) -> bool {
    let rule = rule.as_str();
    match outcome {
        LinkOutcome::Linked(user) => {
            tracing::info!(issuer, rule, user, "identity linked to a Passage-era user");
            true
        }
        LinkOutcome::AlreadyLinked(_) | LinkOutcome::LinkedElsewhere(_) => true,
        LinkOutcome::Ambiguous => {
            tracing::warn!(
                issuer,
                rule,
                "more than one Passage-era user has this verified email; nobody is linked"
            );
            false
        }
        LinkOutcome::UserTaken => {
            tracing::info!(
                issuer,
                rule,
                "the matching user already has an identity from this issuer; not linked"
            );
            false
        }
        LinkOutcome::NoSuchUser => false,
    }
}
