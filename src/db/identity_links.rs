//! Linking a new issuer's identity to an existing (Passage-era) user, by a
//! rule: a claim holding the Passage user ID, a verified email matching one
//! snapshot, or an operator's import file.
//!
//! A rule that finds a conflict (its user already has another identity from
//! the issuer, two snapshots share the email, the snapshot's email is not
//! verified) links nobody; the conflict is kept in `link_conflicts` for
//! `identities status`.
//!
//! The `identities` keys decide, not a read-then-write: `(issuer, subject)`
//! is linked at most once, and a user gets at most one identity per issuer,
//! so concurrent first sign-ins end with one identity on one user, and an
//! identity that is already linked never moves. The candidate a rule found
//! (its user's row, or the snapshots with the email) is locked and read
//! again in the transaction that inserts the link, so a concurrent change
//! cannot hand the identity to whoever held the address before.

use diesel::prelude::*;
use diesel::sql_types::{BigInt, Text};
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::query_counts::Query;
use super::users::UserRepo;
use super::{DbError, QueryConn};
use crate::identity::{EmailKey, IssuerName, PassageUserId};

/// Why an identity was attached to its user (`identities.linked_by`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkRule {
    /// The issuer's `link_claim` held the user's Passage ID.
    Claim,
    /// The issuer vouched for an email that one snapshot holds.
    VerifiedEmail,
    /// `passage-graphql identities import`.
    Import,
}

impl LinkRule {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Claim => "claim",
            Self::VerifiedEmail => "verified_email",
            Self::Import => "import",
        }
    }
}

/// What a link attempt did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkOutcome {
    /// Attached now.
    Linked(i64),
    /// The identity already belongs to this user (nothing changed).
    AlreadyLinked(i64),
    /// The identity belongs to another user: it is never moved.
    LinkedElsewhere(i64),
    /// No local user matches.
    NoSuchUser,
    /// The user already has an identity from this issuer.
    UserTaken,
    /// More than one local user's snapshot has the email (verified or not,
    /// linked or not): nobody is linked.
    Ambiguous,
    /// The one snapshot with the email does not say it was verified at
    /// Passage: nobody is linked.
    SnapshotUnverified,
    /// Passage, asked live, no longer has that verified email for the
    /// snapshot's user: nobody is linked (the snapshot is brought in step).
    SnapshotStale,
}

/// Why a rule stopped linking an identity (`link_conflicts.reason`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConflictReason {
    /// The user the rule found already has an identity from this issuer.
    UserTaken,
    /// Two or more snapshots hold the email.
    AmbiguousEmail,
    /// The matching snapshot's email was never verified at Passage.
    UnverifiedSnapshotEmail,
    /// The token's email has no normal form (see [`EmailKey`]).
    UnnormalisableEmail,
    /// Passage no longer has the snapshot's verified email for its user.
    SnapshotEmailChanged,
}

impl ConflictReason {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::UserTaken => "user_taken",
            Self::AmbiguousEmail => "ambiguous_email",
            Self::UnverifiedSnapshotEmail => "unverified_snapshot_email",
            Self::UnnormalisableEmail => "unnormalisable_email",
            Self::SnapshotEmailChanged => "snapshot_email_changed",
        }
    }
}

#[derive(QueryableByName)]
struct UserId {
    #[diesel(sql_type = BigInt)]
    id: i64,
}

#[derive(QueryableByName)]
struct Candidate {
    #[diesel(sql_type = BigInt)]
    id: i64,
    #[diesel(sql_type = diesel::sql_types::Nullable<Text>)]
    passage_id: Option<String>,
    #[diesel(sql_type = diesel::sql_types::Bool)]
    verified: bool,
}

/// Which snapshots hold an email (see [`UserRepo::snapshot_email_match`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmailMatch {
    None,
    One {
        user_id: i64,
        passage_id: Option<PassageUserId>,
        verified: bool,
    },
    Several,
}

/// Users linked per issuer and rule, and Passage-era users with no other
/// identity yet.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct IdentityStatus {
    /// `(issuer, rule, count)`, by issuer then rule.
    pub linked: Vec<(String, String, i64)>,
    /// Users with a Passage identity and none from another issuer.
    pub unlinked_passage_users: i64,
    /// Identities a rule refused to link: `(issuer, rule, reason, count)`.
    pub conflicts: Vec<(String, String, String, i64)>,
}

#[derive(QueryableByName)]
struct ConflictCount {
    #[diesel(sql_type = Text)]
    issuer: String,
    #[diesel(sql_type = Text)]
    rule: String,
    #[diesel(sql_type = Text)]
    reason: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct LinkedCount {
    #[diesel(sql_type = Text)]
    issuer: String,
    #[diesel(sql_type = Text)]
    linked_by: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

impl UserRepo {
    /// Attaches `(issuer, subject)` to the user whose Passage ID is
    /// `passage_id`, if that user has no identity from `issuer` yet. The
    /// user's row is locked while the link goes in.
    pub async fn link_to_passage_user(
        &self,
        issuer: &IssuerName,
        subject: &str,
        passage_id: &PassageUserId,
        rule: LinkRule,
    ) -> Result<LinkOutcome, DbError> {
        let mut conn = self.conn_for(Query::Link).await?;
        Ok(conn
            .transaction::<_, diesel::result::Error, _>(async |conn| {
                let target: Option<UserId> =
                    diesel::sql_query("SELECT id FROM users WHERE passage_id = $1 FOR UPDATE")
                        .bind::<Text, _>(passage_id.as_str())
                        .get_result(conn)
                        .await
                        .optional()?;
                match target {
                    Some(target) => insert_link(conn, issuer, subject, target.id, rule).await,
                    None => link_of(conn, issuer, subject, None).await,
                }
            })
            .await?)
    }

    /// The snapshots whose email has the key `email`: none, exactly one
    /// (its user, their Passage ID and whether Passage had verified it), or
    /// several (counting every user, linked or not). A first look: the link
    /// itself ([`Self::link_by_snapshot_email`]) reads them again, locked.
    pub async fn snapshot_email_match(&self, email: &EmailKey) -> Result<EmailMatch, DbError> {
        let mut conn = self.conn_for(Query::Link).await?;
        let candidates: Vec<Candidate> = diesel::sql_query(SNAPSHOTS_WITH_EMAIL)
            .bind::<Text, _>(email.as_str())
            .load(&mut conn)
            .await?;
        Ok(email_match(&candidates))
    }

    /// The email rule's link: attaches `(issuer, subject)` to `user_id` if
    /// that user's snapshot is still the one snapshot with `email`, verified.
    /// The snapshots are read again and locked in the transaction that
    /// inserts the link, so a snapshot that changes meanwhile (`updateMe`, a
    /// new `passage snapshot`) either waits for the link or is seen
    /// changed: the identity never goes to the address's earlier owner.
    pub async fn link_by_snapshot_email(
        &self,
        issuer: &IssuerName,
        subject: &str,
        email: &EmailKey,
        user_id: i64,
    ) -> Result<LinkOutcome, DbError> {
        let mut conn = self.conn_for(Query::Link).await?;
        let locked = format!("{SNAPSHOTS_WITH_EMAIL} FOR UPDATE OF s");
        Ok(conn
            .transaction::<_, diesel::result::Error, _>(async |conn| {
                let candidates: Vec<Candidate> = diesel::sql_query(&locked)
                    .bind::<Text, _>(email.as_str())
                    .load(conn)
                    .await?;
                match email_match(&candidates) {
                    EmailMatch::None => link_of(conn, issuer, subject, None).await,
                    EmailMatch::Several => Ok(LinkOutcome::Ambiguous),
                    EmailMatch::One {
                        verified: false, ..
                    } => Ok(LinkOutcome::SnapshotUnverified),
                    EmailMatch::One { user_id: now, .. } if now != user_id => {
                        Ok(LinkOutcome::SnapshotStale)
                    }
                    EmailMatch::One { .. } => {
                        insert_link(conn, issuer, subject, user_id, LinkRule::VerifiedEmail).await
                    }
                }
            })
            .await?)
    }

    /// Records (or refreshes) why `(issuer, subject)` was not linked.
    pub async fn record_link_conflict(
        &self,
        issuer: &IssuerName,
        subject: &str,
        rule: LinkRule,
        reason: ConflictReason,
    ) -> Result<(), DbError> {
        let mut conn = self.conn_for(Query::Link).await?;
        diesel::sql_query(
            "INSERT INTO link_conflicts (issuer, subject, rule, reason) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (issuer, subject) DO UPDATE \
             SET rule = excluded.rule, reason = excluded.reason, last_seen = now()",
        )
        .bind::<Text, _>(issuer.as_str())
        .bind::<Text, _>(subject)
        .bind::<Text, _>(rule.as_str())
        .bind::<Text, _>(reason.as_str())
        .execute(&mut conn)
        .await?;
        Ok(())
    }

    /// Where `(issuer, subject)` stands when no link was made.
    pub async fn existing_link(
        &self,
        issuer: &IssuerName,
        subject: &str,
        wanted: Option<i64>,
    ) -> Result<LinkOutcome, DbError> {
        let mut conn = self.conn_for(Query::Link).await?;
        Ok(link_of(&mut conn, issuer, subject, wanted).await?)
    }

    /// Users linked per issuer and rule, and those still unlinked.
    pub async fn identity_status(&self) -> Result<IdentityStatus, DbError> {
        let mut conn = self.conn_for(Query::IdentityStatus).await?;
        let linked: Vec<LinkedCount> = diesel::sql_query(
            "SELECT issuer, linked_by, count(*) AS n FROM identities \
             GROUP BY issuer, linked_by ORDER BY issuer, linked_by",
        )
        .load(&mut conn)
        .await?;
        let unlinked: Count = diesel::sql_query(
            "SELECT count(*) AS n FROM users u WHERE u.passage_id IS NOT NULL \
             AND NOT EXISTS (SELECT 1 FROM identities i WHERE i.user_id = u.id)",
        )
        .get_result(&mut conn)
        .await?;
        // A conflict of an identity linked since (by import) is settled.
        let conflicts: Vec<ConflictCount> = diesel::sql_query(
            "SELECT c.issuer, c.rule, c.reason, count(*) AS n FROM link_conflicts c \
             WHERE NOT EXISTS (SELECT 1 FROM identities i \
                               WHERE i.issuer = c.issuer AND i.subject = c.subject) \
             GROUP BY c.issuer, c.rule, c.reason ORDER BY c.issuer, c.rule, c.reason",
        )
        .load(&mut conn)
        .await?;
        Ok(IdentityStatus {
            linked: linked
                .into_iter()
                .map(|c| (c.issuer, c.linked_by, c.n))
                .collect(),
            unlinked_passage_users: unlinked.n,
            conflicts: conflicts
                .into_iter()
                .map(|c| (c.issuer, c.rule, c.reason, c.n))
                .collect(),
        })
    }
}

/// The snapshots holding an email key (`$1`), with their users; two are
/// enough to know there are several.
const SNAPSHOTS_WITH_EMAIL: &str = "SELECT s.user_id AS id, u.passage_id, \
     coalesce(s.email_verified, false) AS verified \
     FROM passage_snapshots s JOIN users u ON u.id = s.user_id \
     WHERE s.email_key = $1 ORDER BY s.user_id LIMIT 2";

fn email_match(candidates: &[Candidate]) -> EmailMatch {
    match candidates {
        [] => EmailMatch::None,
        [one] => EmailMatch::One {
            user_id: one.id,
            passage_id: one
                .passage_id
                .as_deref()
                .and_then(|id| PassageUserId::parse(id).ok()),
            verified: one.verified,
        },
        _ => EmailMatch::Several,
    }
}

/// Inserts the link; the keys decide, then the outcome is read back.
async fn insert_link(
    conn: &mut QueryConn,
    issuer: &IssuerName,
    subject: &str,
    user_id: i64,
    rule: LinkRule,
) -> QueryResult<LinkOutcome> {
    let inserted = diesel::sql_query(
        "INSERT INTO identities (issuer, subject, user_id, linked_by) \
         VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING",
    )
    .bind::<Text, _>(issuer.as_str())
    .bind::<Text, _>(subject)
    .bind::<BigInt, _>(user_id)
    .bind::<Text, _>(rule.as_str())
    .execute(conn)
    .await?;
    if inserted == 1 {
        return Ok(LinkOutcome::Linked(user_id));
    }
    link_of(conn, issuer, subject, Some(user_id)).await
}

/// Where `(issuer, subject)` stands when no link was made (`wanted`: the
/// user a rule found, if any).
async fn link_of(
    conn: &mut QueryConn,
    issuer: &IssuerName,
    subject: &str,
    wanted: Option<i64>,
) -> QueryResult<LinkOutcome> {
    let owner: Option<UserId> = diesel::sql_query(
        "SELECT user_id AS id FROM identities WHERE issuer = $1 AND subject = $2",
    )
    .bind::<Text, _>(issuer.as_str())
    .bind::<Text, _>(subject)
    .get_result(conn)
    .await
    .optional()?;
    Ok(match (owner, wanted) {
        (Some(owner), Some(wanted)) if owner.id == wanted => LinkOutcome::AlreadyLinked(owner.id),
        (Some(owner), _) => LinkOutcome::LinkedElsewhere(owner.id),
        (None, Some(_)) => LinkOutcome::UserTaken,
        (None, None) => LinkOutcome::NoSuchUser,
    })
}
