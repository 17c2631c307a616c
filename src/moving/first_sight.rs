//! Linking at first sight: the first request that carries a token from an
//! issuer with link rules (`link_claim`, `link_verified_email`) attaches the
//! token's identity to the Passage-era user it names, before any resolver
//! looks the viewer up, so `me` answers with that user from the very first
//! request (any operation, not only `createUser`).
//!
//! The rules run in order, claim first; each link goes in with its
//! candidate locked and the database's keys deciding (see
//! [`crate::db::identity_links`]). A rule that finds a conflict stops
//! linking for that token (the next rule is never tried): the conflict is
//! logged, kept in `link_conflicts` (`identities status`) and counted
//! (`identity_link_conflicts_total`). Emails are compared by their
//! [`EmailKey`] and must be verified on both sides: by the token's issuer and
//! in the Passage snapshot. An identity found linked, or just
//! linked, is remembered so later requests cost nothing; one that no rule
//! could link is looked at again after [`RECHECK_AFTER`] (an operator may
//! import links or take a snapshot meanwhile). A database failure here does
//! not fail the request: it is logged, and tried again next time.

use std::sync::Arc;
use std::time::Duration;

use super::snapshot_of;
use crate::auth::{LinkHints, Principal};
use crate::db::identity_links::{ConflictReason, EmailMatch, LinkOutcome, LinkRule};
use crate::db::users::UserRepo;
use crate::identity::{EmailKey, Identity, IssuerName, Subject};
use crate::observability::metrics::{LinkConflictLabels, Telemetry};
use crate::passage::{PassageError, PassageUsers};

/// How long an identity that no rule could link is left alone.
pub const RECHECK_AFTER: Duration = Duration::from_secs(60);
/// Most identities remembered.
const REMEMBERED: u64 = 100_000;

/// Links identities at first sight; cheap to share.
pub struct FirstSight {
    repo: UserRepo,
    telemetry: Arc<Telemetry>,
    /// Passage, while configured: a snapshot's email is confirmed live
    /// before it links.
    passage: Option<PassageUsers>,
    /// Identities with a user.
    linked: moka::sync::Cache<Identity, ()>,
    /// Identities no rule could link, recently.
    unlinked: moka::sync::Cache<Identity, ()>,
}

impl FirstSight {
    pub fn new(repo: UserRepo, telemetry: Arc<Telemetry>, passage: Option<PassageUsers>) -> Self {
        Self {
            repo,
            telemetry,
            passage,
            linked: moka::sync::Cache::new(REMEMBERED),
            unlinked: moka::sync::Cache::builder()
                .max_capacity(REMEMBERED)
                .time_to_live(RECHECK_AFTER)
                .build(),
        }
    }

    /// The repository links are made through.
    pub fn repo(&self) -> &UserRepo {
        &self.repo
    }

    /// The email rule for a user the provider itself vouches for (its user
    /// list, for `identities sync`), as at a first sign-in: `email` is the
    /// provider's verified one.
    pub async fn link_verified_email(&self, issuer: &IssuerName, subject: Subject, email: &str) {
        let principal = Principal {
            identity: Identity::Issuer {
                issuer: issuer.clone(),
                subject,
            },
            issuer: issuer.clone(),
            expires_at: 0,
            profile: Default::default(),
            link: LinkHints {
                passage_id: None,
                verified_email: Some(email.to_owned()),
            },
        };
        self.link(&principal).await;
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
        issuer: &IssuerName,
        subject: &str,
    ) -> anyhow::Result<bool> {
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
            match settle(issuer, LinkRule::Claim, &outcome) {
                Settled::Linked => return Ok(true),
                Settled::Conflict(reason) => {
                    return self
                        .conflict(issuer, subject, LinkRule::Claim, reason)
                        .await;
                }
                Settled::NoMatch => {}
            }
        }
        if let Some(email) = &principal.link.verified_email {
            let rule = LinkRule::VerifiedEmail;
            let Some(key) = EmailKey::parse(email) else {
                let reason = ConflictReason::UnnormalisableEmail;
                return self.conflict(issuer, subject, rule, reason).await;
            };
            let outcome = self.link_by_email(issuer, subject, &key).await?;
            match settle(issuer, rule, &outcome) {
                Settled::Linked => return Ok(true),
                Settled::Conflict(reason) => {
                    return self.conflict(issuer, subject, rule, reason).await;
                }
                Settled::NoMatch => {}
            }
        }
        Ok(false)
    }

    /// The email rule: the one snapshot with this email, verified at
    /// Passage, and (while Passage is configured) still that user's
    /// verified email there, live.
    async fn link_by_email(
        &self,
        issuer: &IssuerName,
        subject: &str,
        key: &EmailKey,
    ) -> anyhow::Result<LinkOutcome> {
        let (user_id, passage_id) = match self.repo.snapshot_email_match(key).await? {
            EmailMatch::None => return Ok(self.repo.existing_link(issuer, subject, None).await?),
            EmailMatch::Several => return Ok(LinkOutcome::Ambiguous),
            EmailMatch::One {
                verified: false, ..
            } => return Ok(LinkOutcome::SnapshotUnverified),
            EmailMatch::One {
                user_id,
                passage_id,
                ..
            } => (user_id, passage_id),
        };
        if let (Some(passage), Some(passage_id)) = (&self.passage, passage_id) {
            let live = match passage
                .get_user(&passage_id, passage.deadline_from_now(), None)
                .await
            {
                Ok(user) => Some(user),
                Err(PassageError::NotFound) => None,
                // Not now: the identity is looked at again at its next request.
                Err(err) => anyhow::bail!("cannot confirm the snapshot's email at Passage: {err}"),
            };
            let still_verified = live.as_ref().is_some_and(|user| {
                user.email_verified && user.email().and_then(EmailKey::parse).as_ref() == Some(key)
            });
            if !still_verified {
                if let Some(user) = &live {
                    self.repo
                        .refresh_snapshot(user_id, &snapshot_of(user))
                        .await?;
                }
                return Ok(LinkOutcome::SnapshotStale);
            }
        }
        Ok(self
            .repo
            .link_by_snapshot_email(issuer, subject, key, user_id)
            .await?)
    }

    /// Records and counts a conflict; the identity stays unlinked.
    async fn conflict(
        &self,
        issuer: &IssuerName,
        subject: &str,
        rule: LinkRule,
        reason: ConflictReason,
    ) -> anyhow::Result<bool> {
        tracing::warn!(
            %issuer,
            rule = rule.as_str(),
            reason = reason.as_str(),
            "an identity was not linked to a Passage-era user: a link rule found a conflict \
             (see `passage-graphql identities status`)"
        );
        self.telemetry
            .link_conflicts
            .get_or_create(&LinkConflictLabels {
                issuer: issuer.to_string(),
                rule: rule.as_str().to_owned(),
                reason: reason.as_str().to_owned(),
            })
            .inc();
        self.repo
            .record_link_conflict(issuer, subject, rule, reason)
            .await?;
        Ok(false)
    }
}

/// What one rule's outcome means for linking.
enum Settled {
    /// The identity has a user.
    Linked,
    /// The rule found a conflict: stop.
    Conflict(ConflictReason),
    /// The rule matched nobody: the next rule may.
    NoMatch,
}

/// Reads a link attempt's outcome, logging a link (never the email or
/// subject).
fn settle(issuer: &IssuerName, rule: LinkRule, outcome: &LinkOutcome) -> Settled {
    match outcome {
        LinkOutcome::Linked(user) => {
            tracing::info!(
                %issuer,
                rule = rule.as_str(),
                user,
                "identity linked to a Passage-era user"
            );
            Settled::Linked
        }
        LinkOutcome::AlreadyLinked(_) | LinkOutcome::LinkedElsewhere(_) => Settled::Linked,
        LinkOutcome::UserTaken => Settled::Conflict(ConflictReason::UserTaken),
        LinkOutcome::Ambiguous => Settled::Conflict(ConflictReason::AmbiguousEmail),
        LinkOutcome::SnapshotStale => Settled::Conflict(ConflictReason::SnapshotEmailChanged),
        LinkOutcome::SnapshotUnverified => {
            Settled::Conflict(ConflictReason::UnverifiedSnapshotEmail)
        }
        LinkOutcome::NoSuchUser => Settled::NoMatch,
    }
}

impl FirstSight {
    /// The local user an identity belongs to, if any (after linking).
    pub async fn local_user_id(
        &self,
        identity: &Identity,
    ) -> Result<Option<i64>, crate::db::DbError> {
        Ok(self
            .repo
            .find_by_identity(identity)
            .await?
            .map(|user| user.id))
    }
}
