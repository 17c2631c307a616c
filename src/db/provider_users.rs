//! What the provider says of its users, applied here: `user.created` and
//! `user.updated` (a local user for the identity), `user.deleted` (the user
//! removed, or kept deactivated), each once and in the provider's order.
//!
//! One transaction per event decides everything: the message id goes into
//! `webhook_messages` (a redelivery finds it and changes nothing), the
//! identity's row of `provider_users` is locked and compared (an event older
//! than the newest applied one changes nothing, and a deleted identity stays
//! deleted), then the effect. A failure rolls all of it back, so the
//! provider's retry finds nothing half done.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::query_counts::Query;
use super::schema::{identities, provider_users, users, webhook_messages};
use super::user::UserRow;
use super::user_deletion::DeletionHook;
use super::users::{UserName, UserRepo};
use super::{DbError, QueryConn};
pub use crate::identity::DeletionMode;
use crate::identity::IssuerName;

/// How long a message id is remembered: far longer than any sender retries
/// (Svix: about 28 hours; Auth0: 3 days).
pub const MESSAGES_KEPT_DAYS: i32 = 7;

/// One event about one of an issuer's users.
#[derive(Debug, Clone)]
pub struct ProviderEvent<'a> {
    pub issuer: &'a IssuerName,
    pub subject: &'a str,
    /// The provider's time for it: events apply in this order.
    pub at: DateTime<Utc>,
    /// The delivery's id (`None` from `identities sync`, which has none).
    pub message_id: Option<&'a str>,
    pub change: Change,
}

/// What happened to the user at the provider.
#[derive(Debug, Clone)]
pub enum Change {
    /// Created or updated: the user exists; `name` is theirs if a local
    /// user must be made.
    Exists { name: UserName },
    /// Deleted.
    Deleted(DeletionMode),
}

/// What an event did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Applied {
    /// A local user was made for the identity.
    Created(i64),
    /// The identity already had this local user.
    Refreshed(i64),
    /// The user (if there was a local one) was removed.
    Deleted(Option<i64>),
    /// The user (if there was a local one) was deactivated.
    Deactivated(Option<i64>),
    /// This message was applied before: nothing changed.
    Duplicate,
    /// A newer event about the user was applied already: nothing changed.
    Stale,
    /// The provider deleted the user before: nothing changed.
    AlreadyDeleted,
}

impl Applied {
    /// The metric's `outcome` label.
    pub fn label(self) -> &'static str {
        match self {
            Self::Created(_) => "created",
            Self::Refreshed(_) => "refreshed",
            Self::Deleted(_) => "deleted",
            Self::Deactivated(_) => "deactivated",
            Self::Duplicate => "duplicate",
            Self::Stale => "stale",
            Self::AlreadyDeleted => "already_deleted",
        }
    }
}

/// A row of `provider_users`, as locked.
type ProviderState = (DateTime<Utc>, Option<DateTime<Utc>>);

impl UserRepo {
    /// Applies `event` once, in order, all or nothing (see the module).
    pub async fn apply_provider_event(
        &self,
        event: &ProviderEvent<'_>,
        hook: &DeletionHook,
    ) -> Result<Applied, DbError> {
        let mut conn = self.conn_for(Query::ProviderEvent).await?;
        let applied = conn
            .transaction::<_, diesel::result::Error, _>(async |conn| {
                if let Some(id) = event.message_id {
                    let new = diesel::insert_into(webhook_messages::table)
                        .values((
                            webhook_messages::issuer.eq(event.issuer.as_str()),
                            webhook_messages::message_id.eq(id),
                        ))
                        .on_conflict_do_nothing()
                        .execute(conn)
                        .await?;
                    if new == 0 {
                        return Ok(Applied::Duplicate);
                    }
                }
                let (last, deleted) = lock_state(conn, event).await?;
                if deleted.is_some() {
                    return Ok(Applied::AlreadyDeleted);
                }
                if event.at < last {
                    return Ok(Applied::Stale);
                }
                let applied = match &event.change {
                    Change::Exists { name } => ensure_user(conn, event, name).await?,
                    Change::Deleted(mode) => remove_user(conn, event, *mode, hook).await?,
                };
                let deleted_at = matches!(event.change, Change::Deleted(_)).then_some(event.at);
                diesel::update(provider_users::table.find((event.issuer.as_str(), event.subject)))
                    .set((
                        provider_users::last_event_at.eq(event.at),
                        provider_users::deleted_at.eq(deleted_at),
                    ))
                    .execute(conn)
                    .await?;
                Ok(applied)
            })
            .await?;
        Ok(applied)
    }

    /// True when the provider deleted this identity (its tombstone).
    pub async fn provider_deleted(
        &self,
        issuer: &IssuerName,
        subject: &str,
    ) -> Result<bool, DbError> {
        let mut conn = self.conn_for(Query::ProviderEvent).await?;
        Ok(deleted_at(&mut conn, issuer.as_str(), subject)
            .await?
            .is_some())
    }

    /// Forgets message ids older than [`MESSAGES_KEPT_DAYS`]; how many.
    pub async fn forget_old_webhook_messages(&self) -> Result<usize, DbError> {
        let mut conn = self.conn_for(Query::ProviderEvent).await?;
        let cutoff = Utc::now() - chrono::Duration::days(i64::from(MESSAGES_KEPT_DAYS));
        Ok(
            diesel::delete(
                webhook_messages::table.filter(webhook_messages::received_at.lt(cutoff)),
            )
            .execute(&mut conn)
            .await?,
        )
    }
}

/// The identity's tombstone time, if the provider deleted it.
pub(super) async fn deleted_at(
    conn: &mut QueryConn,
    issuer: &str,
    subject: &str,
) -> QueryResult<Option<DateTime<Utc>>> {
    Ok(provider_users::table
        .find((issuer, subject))
        .select(provider_users::deleted_at)
        .first::<Option<DateTime<Utc>>>(conn)
        .await
        .optional()?
        .flatten())
}

/// The identity's row of `provider_users`, made if new and locked until
/// the transaction ends: events about one user apply one at a time.
async fn lock_state(conn: &mut QueryConn, event: &ProviderEvent<'_>) -> QueryResult<ProviderState> {
    diesel::insert_into(provider_users::table)
        .values((
            provider_users::issuer.eq(event.issuer.as_str()),
            provider_users::subject.eq(event.subject),
            provider_users::last_event_at.eq(DateTime::<Utc>::UNIX_EPOCH),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    provider_users::table
        .find((event.issuer.as_str(), event.subject))
        .select((provider_users::last_event_at, provider_users::deleted_at))
        .for_update()
        .first(conn)
        .await
}

/// The local user of the event's identity, if any.
async fn user_of(conn: &mut QueryConn, event: &ProviderEvent<'_>) -> QueryResult<Option<i64>> {
    identities::table
        .filter(identities::issuer.eq(event.issuer.as_str()))
        .filter(identities::subject.eq(event.subject))
        .select(identities::user_id)
        .first(conn)
        .await
        .optional()
}

/// The identity's user, made (with the identity) when there is none. A
/// `createUser` racing in for the same identity may win the identity's key:
/// then this transaction's new row goes and that user is the one.
async fn ensure_user(
    conn: &mut QueryConn,
    event: &ProviderEvent<'_>,
    name: &UserName,
) -> QueryResult<Applied> {
    if let Some(id) = user_of(conn, event).await? {
        return Ok(Applied::Refreshed(id));
    }
    let (row, linked) = insert_user_with_identity(conn, event.issuer, event.subject, name).await?;
    if linked {
        return Ok(Applied::Created(row.id));
    }
    diesel::delete(users::table.find(row.id))
        .execute(conn)
        .await?;
    match user_of(conn, event).await? {
        Some(id) => Ok(Applied::Refreshed(id)),
        None => Err(diesel::result::Error::NotFound),
    }
}

/// A new user named `name`, and `(issuer, subject)` pointed at them unless
/// the identity is taken already (then false: the new row is the caller's
/// to drop, or to roll back).
pub(super) async fn insert_user_with_identity(
    conn: &mut QueryConn,
    issuer: &IssuerName,
    subject: &str,
    name: &UserName,
) -> QueryResult<(UserRow, bool)> {
    let row: UserRow = diesel::insert_into(users::table)
        .values(users::name.eq(name.as_str()))
        .returning(UserRow::as_returning())
        .get_result(conn)
        .await?;
    let linked = diesel::insert_into(identities::table)
        .values((
            identities::issuer.eq(issuer.as_str()),
            identities::subject.eq(subject),
            identities::user_id.eq(row.id),
        ))
        .on_conflict_do_nothing()
        .execute(conn)
        .await?;
    Ok((row, linked == 1))
}

/// Removes or deactivates the identity's user, if there is one.
async fn remove_user(
    conn: &mut QueryConn,
    event: &ProviderEvent<'_>,
    mode: DeletionMode,
    hook: &DeletionHook,
) -> QueryResult<Applied> {
    let user = user_of(conn, event).await?;
    let Some(id) = user else {
        return Ok(match mode {
            DeletionMode::Delete => Applied::Deleted(None),
            DeletionMode::Deactivate => Applied::Deactivated(None),
        });
    };
    match mode {
        DeletionMode::Delete => {
            delete_user_in(conn, id, hook).await?;
            Ok(Applied::Deleted(Some(id)))
        }
        DeletionMode::Deactivate => {
            diesel::update(users::table.find(id))
                .set((
                    users::deactivated_at.eq(diesel::dsl::now),
                    users::updated_at.eq(diesel::dsl::now),
                ))
                .execute(conn)
                .await?;
            Ok(Applied::Deactivated(Some(id)))
        }
    }
}

/// The app's hook, then the user's row (identities and snapshot go with it
/// by cascade); false when there was no such user.
pub(super) async fn delete_user_in(
    conn: &mut QueryConn,
    id: i64,
    hook: &DeletionHook,
) -> QueryResult<bool> {
    if let Some(hook) = hook {
        hook.user_deleted(conn, id).await?;
    }
    let deleted = diesel::delete(users::table.find(id)).execute(conn).await?;
    Ok(deleted > 0)
}
