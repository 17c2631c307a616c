//! `passage_snapshots`: the Passage profile fields of each local user, kept
//! in our own database so they outlive Passage.

use diesel::prelude::*;
use diesel::upsert::excluded;
use diesel_async::RunQueryDsl;

use super::DbError;
use super::query_counts::Query;
use super::schema::{passage_snapshots, users};
use super::users::UserRepo;
use crate::identity::{EmailKey, PassageUserId};

/// Where a snapshot came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SnapshotSource {
    /// The Management API (`passage snapshot`).
    Api,
    /// The dashboard's CSV export (`passage import-export`).
    Export,
}

impl SnapshotSource {
    fn as_str(self) -> &'static str {
        match self {
            Self::Api => "api",
            Self::Export => "export",
        }
    }
}

/// Which contact fields a user changed themself (see
/// [`UserRepo::record_own_change`]).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct OwnChange {
    pub email: bool,
    pub phone: bool,
}

/// The profile fields kept for one user; `None` where unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Queryable)]
pub struct Snapshot {
    pub email: Option<String>,
    pub email_verified: Option<bool>,
    pub phone: Option<String>,
    pub phone_verified: Option<bool>,
}

impl UserRepo {
    /// Every local user with a Passage identity: `(user id, Passage ID)`,
    /// by ascending user id.
    pub async fn passage_users(&self) -> Result<Vec<(i64, PassageUserId)>, DbError> {
        let mut conn = self.conn_for(Query::Snapshot).await?;
        let rows: Vec<(i64, Option<String>)> = users::table
            .filter(users::passage_id.is_not_null())
            .order(users::id.asc())
            .select((users::id, users::passage_id))
            .load(&mut conn)
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(id, passage_id)| {
                Some((id, PassageUserId::parse(passage_id.as_deref()?).ok()?))
            })
            .collect())
    }

    /// Stores (or replaces) a user's snapshot, with its email's link key.
    pub async fn store_snapshot(
        &self,
        user_id: i64,
        snapshot: &Snapshot,
        source: SnapshotSource,
    ) -> Result<(), DbError> {
        let mut conn = self.conn_for(Query::Snapshot).await?;
        diesel::insert_into(passage_snapshots::table)
            .values((
                passage_snapshots::user_id.eq(user_id),
                passage_snapshots::email.eq(snapshot.email.as_deref()),
                passage_snapshots::email_verified.eq(snapshot.email_verified),
                passage_snapshots::phone.eq(snapshot.phone.as_deref()),
                passage_snapshots::phone_verified.eq(snapshot.phone_verified),
                passage_snapshots::source.eq(source.as_str()),
                passage_snapshots::email_key.eq(email_key(snapshot)),
            ))
            .on_conflict(passage_snapshots::user_id)
            .do_update()
            .set((
                passage_snapshots::email.eq(excluded(passage_snapshots::email)),
                passage_snapshots::email_verified.eq(excluded(passage_snapshots::email_verified)),
                passage_snapshots::phone.eq(excluded(passage_snapshots::phone)),
                passage_snapshots::phone_verified.eq(excluded(passage_snapshots::phone_verified)),
                passage_snapshots::source.eq(excluded(passage_snapshots::source)),
                passage_snapshots::email_key.eq(excluded(passage_snapshots::email_key)),
                passage_snapshots::taken_at.eq(diesel::dsl::now),
            ))
            .execute(&mut conn)
            .await?;
        Ok(())
    }

    /// Replaces a user's snapshot with what Passage says of them now, when
    /// a snapshot was taken: linking by email must never match an address
    /// the user no longer has. False when there is none.
    pub async fn refresh_snapshot(
        &self,
        user_id: i64,
        snapshot: &Snapshot,
    ) -> Result<bool, DbError> {
        let mut conn = self.conn_for(Query::Snapshot).await?;
        let updated = diesel::update(passage_snapshots::table.find(user_id))
            .set((
                passage_snapshots::email.eq(snapshot.email.as_deref()),
                passage_snapshots::email_verified.eq(snapshot.email_verified),
                passage_snapshots::phone.eq(snapshot.phone.as_deref()),
                passage_snapshots::phone_verified.eq(snapshot.phone_verified),
                passage_snapshots::source.eq(SnapshotSource::Api.as_str()),
                passage_snapshots::email_key.eq(email_key(snapshot)),
                passage_snapshots::taken_at.eq(diesel::dsl::now),
            ))
            .execute(&mut conn)
            .await?;
        Ok(updated == 1)
    }

    /// Replaces a user's snapshot after they changed their own email or
    /// phone (`updateMe`), when a snapshot was taken: the snapshot follows
    /// the change, but an address or number they gave is kept unverified,
    /// whatever Passage answered, unless the snapshot already had that very
    /// one verified (a form that sends the profile back unchanged). A
    /// Passage that kept the flag for a new address would otherwise let a
    /// user claim an address they never proved and be linked later to
    /// whoever proves it at the new issuer. False when there is none.
    pub async fn record_own_change(
        &self,
        user_id: i64,
        answered: &Snapshot,
        changed: OwnChange,
    ) -> Result<bool, DbError> {
        use diesel::sql_types::{BigInt, Bool, Nullable, Text};
        let mut conn = self.conn_for(Query::Snapshot).await?;
        // SET's right-hand sides read the row as it was before the update.
        let updated = diesel::sql_query(
            "UPDATE passage_snapshots SET \
               email = $2, \
               email_verified = $3 AND (NOT $4 OR coalesce(email_key = $5 AND email_verified, false)), \
               email_key = $5, \
               phone = $6, \
               phone_verified = $7 AND (NOT $8 OR coalesce(phone = $6 AND phone_verified, false)), \
               source = 'api', taken_at = now() \
             WHERE user_id = $1",
        )
        .bind::<BigInt, _>(user_id)
        .bind::<Nullable<Text>, _>(answered.email.as_deref())
        .bind::<Nullable<Bool>, _>(answered.email_verified)
        .bind::<Bool, _>(changed.email)
        .bind::<Nullable<Text>, _>(email_key(answered))
        .bind::<Nullable<Text>, _>(answered.phone.as_deref())
        .bind::<Nullable<Bool>, _>(answered.phone_verified)
        .bind::<Bool, _>(changed.phone)
        .execute(&mut conn)
        .await?;
        Ok(updated == 1)
    }

    /// The users whose snapshot email has `key`, with whether Passage had
    /// verified it: `(user id, verified)`, by ascending user id.
    pub async fn users_with_snapshot_email(
        &self,
        key: &EmailKey,
    ) -> Result<Vec<(i64, bool)>, DbError> {
        let mut conn = self.conn_for(Query::Snapshot).await?;
        let rows: Vec<(i64, Option<bool>)> = passage_snapshots::table
            .filter(passage_snapshots::email_key.eq(key.as_str()))
            .order(passage_snapshots::user_id.asc())
            .select((
                passage_snapshots::user_id,
                passage_snapshots::email_verified,
            ))
            .load(&mut conn)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, verified)| (id, verified.unwrap_or(false)))
            .collect())
    }

    /// A user's snapshot, if one was taken.
    pub async fn snapshot(&self, user_id: i64) -> Result<Option<Snapshot>, DbError> {
        let mut conn = self.conn_for(Query::Snapshot).await?;
        Ok(passage_snapshots::table
            .find(user_id)
            .select((
                passage_snapshots::email,
                passage_snapshots::email_verified,
                passage_snapshots::phone,
                passage_snapshots::phone_verified,
            ))
            .first(&mut conn)
            .await
            .optional()?)
    }
}

/// The snapshot email's link key (see [`EmailKey`]); none for no email.
fn email_key(snapshot: &Snapshot) -> Option<String> {
    snapshot
        .email
        .as_deref()
        .and_then(EmailKey::parse)
        .map(|key| key.as_str().to_owned())
}
