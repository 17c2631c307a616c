//! The `users` table and the `identities` that lead to it: a Passage
//! identity is `users.passage_id`; any other issuer's is a row of
//! `identities`.
//!
//! [`UserRepo::register`] is the heart of `createUser`: a unique key decides
//! (`passage_id`, or an identity's `(issuer, subject)`), so retries and
//! concurrent calls for one identity all end with the same single user.

use diesel::prelude::*;
use diesel_async::RunQueryDsl;

use std::sync::Arc;

use diesel_async::AsyncConnection;

use super::passage_lookups::PassageLookups;
use super::provider_users::{delete_user_in, deleted_at, insert_user_with_identity};
use super::query_conn::{QueryConn, labelled_span, query_span};
use super::query_counts::{Query, QueryCounts};
use super::schema::{identities, users};
use super::user_deletion::DeletionHook;
use super::{DbError, DbPool, conn};
use crate::identity::{Identity, IssuerName, PassageUserId};

pub use super::user::{NAME_MAX_CHARS, Role, User, UserName};
use super::user::{UserRow, into_user};

/// Runs a read (`$body`, with `$conn` a `&mut QueryConn`); when its
/// connection turns out dead, once more on a new one. Writes never go
/// through it: a write whose connection died may or may not have happened.
/// (A macro: an async closure's future is not `Send` for every lifetime.)
macro_rules! read {
    ($repo:expr, $query:expr, |$conn:ident| $body:block) => {{
        let repo = $repo;
        let first: Result<_, DbError> = {
            let mut held = repo.conn_for($query).await?;
            let $conn = &mut held;
            $body.map_err(DbError::from)
        };
        match first {
            Err(err) if err.connection_lost() => {
                repo.before_read_retry(&err);
                let mut held = repo.conn_for($query).await?;
                let $conn = &mut held;
                $body.map_err(DbError::from)
            }
            other => other,
        }
    }};
}

/// What `createUser` found: the user, and whether this call made them.
#[derive(Debug, Clone)]
pub struct Registered {
    pub user: User,
    pub created: bool,
}

impl Registered {
    fn new(row: UserRow, created: bool) -> Result<Self, DbError> {
        Ok(Self {
            user: User::try_from(row)?,
            created,
        })
    }
}

/// Queries on `users`; each takes a pooled connection for its own duration.
#[derive(Clone)]
pub struct UserRepo {
    pool: DbPool,
    counts: Arc<QueryCounts>,
    passage_lookups: Arc<PassageLookups>,
    /// The app's part of deleting a user, run in the deleting transaction.
    deletion_hook: DeletionHook,
}

impl UserRepo {
    pub fn new(pool: DbPool) -> Self {
        // A quarter of the pool for the viewer lookups of all requests: with
        // them gathered into batches, more would only make smaller batches.
        let lookups = PassageLookups::new(pool.status().max_size / 4);
        Self {
            pool,
            counts: Arc::default(),
            passage_lookups: Arc::new(lookups),
            deletion_hook: None,
        }
    }

    /// Runs `hook` in every transaction that deletes a user.
    pub fn with_deletion_hook(mut self, hook: DeletionHook) -> Self {
        self.deletion_hook = hook;
        self
    }

    /// The app's deletion hook, if any.
    pub fn deletion_hook(&self) -> &DeletionHook {
        &self.deletion_hook
    }

    /// The pool this repository's queries use.
    pub fn pool(&self) -> &DbPool {
        &self.pool
    }

    /// How many queries of each kind this repository has sent.
    pub fn counts(&self) -> &Arc<QueryCounts> {
        &self.counts
    }

    /// A connection for `query`, counted, traced while it is held.
    pub(super) async fn conn_for(&self, query: Query) -> Result<QueryConn, DbError> {
        self.counts.record(query);
        self.conn_in(query_span(query)).await
    }

    /// A connection for one of an app's queries, counted under `label`
    /// (`db_queries_total{query="<label>"}`), traced while it is held.
    pub async fn app_conn(&self, label: &'static str) -> Result<QueryConn, DbError> {
        self.counts.record_label(label);
        self.conn_in(labelled_span(label)).await
    }

    /// A pooled connection held under `span` (a pool timeout is counted).
    async fn conn_in(&self, span: tracing::Span) -> Result<QueryConn, DbError> {
        let conn = conn(&self.pool).await.inspect_err(|err| {
            if matches!(err, DbError::Unavailable(_) | DbError::Down) {
                self.counts.record_pool_timeout();
            }
        })?;
        Ok(QueryConn::new(conn, self.pool.transaction_begin(), span))
    }

    /// Before a read runs again: its connection was found dead (Postgres
    /// restarted since it was pooled), so the idle ones, dead too, go.
    pub(super) fn before_read_retry(&self, err: &DbError) {
        tracing::info!(detail = %err, "database connection lost; the read runs again");
        self.counts.record_read_retry();
        super::forget_idle(&self.pool);
    }

    /// The user an identity leads to, if they registered. Lookups by
    /// Passage ID are batched across requests (see [`PassageLookups`]).
    pub async fn find_by_identity(&self, identity: &Identity) -> Result<Option<User>, DbError> {
        let (issuer, subject) = match identity {
            Identity::Passage(id) => {
                self.counts.record_passage_lookup();
                let repo = self.clone();
                let fetch = move |ids: Vec<PassageUserId>| {
                    let repo = repo.clone();
                    async move { repo.find_by_passage_ids(&ids).await }
                };
                return self.passage_lookups.find(id, fetch).await;
            }
            Identity::Issuer { issuer, subject } => (issuer, subject),
        };
        // Boxed: the lookup by Passage ID above, every Passage user's, need
        // not carry this query's future.
        let row = Box::pin(async {
            read!(self, Query::FindByIdentity, |conn| {
                users::table
                    .inner_join(identities::table)
                    .filter(identities::issuer.eq(issuer.as_ref()))
                    .filter(identities::subject.eq(subject.as_str()))
                    .select(UserRow::as_select())
                    .first(conn)
                    .await
                    .optional()
            })
        })
        .await?;
        into_user(row)
    }

    /// The users with these Passage IDs (one query, in no order).
    pub async fn find_by_passage_ids(&self, ids: &[PassageUserId]) -> Result<Vec<User>, DbError> {
        let ids: Vec<&str> = ids.iter().map(PassageUserId::as_str).collect();
        let rows = read!(self, Query::FindByIdentity, |conn| {
            users::table
                .filter(users::passage_id.eq_any(&ids))
                .select(UserRow::as_select())
                .load(conn)
                .await
        })?;
        rows.into_iter().map(User::try_from).collect()
    }

    /// The `(issuer, subject)` identities of a user other than Passage, by
    /// when they were added.
    pub async fn issuer_identities(&self, user_id: i64) -> Result<Vec<(String, String)>, DbError> {
        read!(self, Query::ListIdentities, |conn| {
            identities::table
                .filter(identities::user_id.eq(user_id))
                .order(identities::created_at.asc())
                .select((identities::issuer, identities::subject))
                .load(conn)
                .await
        })
    }

    /// [`UserRepo::issuer_identities`] of several users, in one query.
    pub async fn issuer_identities_of(
        &self,
        user_ids: &[i64],
    ) -> Result<std::collections::HashMap<i64, Vec<(String, String)>>, DbError> {
        let mut conn = self.conn_for(Query::ListIdentities).await?;
        let rows: Vec<(i64, String, String)> = identities::table
            .filter(identities::user_id.eq_any(user_ids))
            .order((identities::user_id, identities::created_at.asc()))
            .select((identities::user_id, identities::issuer, identities::subject))
            .load(&mut conn)
            .await?;
        let mut by_user: std::collections::HashMap<i64, Vec<(String, String)>> =
            user_ids.iter().map(|id| (*id, Vec::new())).collect();
        for (user_id, issuer, subject) in rows {
            by_user.entry(user_id).or_default().push((issuer, subject));
        }
        Ok(by_user)
    }

    pub async fn find_by_id(&self, id: i64) -> Result<Option<User>, DbError> {
        let row = read!(self, Query::FindById, |conn| {
            users::table
                .find(id)
                .select(UserRow::as_select())
                .first(conn)
                .await
                .optional()
        })?;
        into_user(row)
    }

    /// The users with these local IDs (one query, in no order; IDs of no
    /// user are left out).
    pub async fn find_by_ids(&self, ids: &[i64]) -> Result<Vec<User>, DbError> {
        let mut conn = self.conn_for(Query::FindByIds).await?;
        let rows = users::table
            .filter(users::id.eq_any(ids))
            .select(UserRow::as_select())
            .load(&mut conn)
            .await?;
        rows.into_iter().map(User::try_from).collect()
    }

    /// Up to `limit` users with an ID above `after`, by ascending ID (a
    /// stable order for cursor pagination).
    pub async fn list_after(&self, after: Option<i64>, limit: i64) -> Result<Vec<User>, DbError> {
        let rows: Vec<UserRow> = read!(self, Query::ListUsers, |conn| {
            users::table
                .filter(users::id.gt(after.unwrap_or(0)))
                .order(users::id.asc())
                .limit(limit)
                .select(UserRow::as_select())
                .load(conn)
                .await
        })?;
        rows.into_iter().map(User::try_from).collect()
    }

    pub async fn count(&self) -> Result<i64, DbError> {
        read!(self, Query::CountUsers, |conn| {
            users::table.count().get_result(conn).await
        })
    }

    /// Registers the user an identity names, or returns their existing
    /// record unchanged; `None` when the provider deleted the identity (its
    /// webhook said so) and it cannot come back.
    pub async fn register(
        &self,
        identity: &Identity,
        name: &UserName,
    ) -> Result<Option<Registered>, DbError> {
        match identity {
            Identity::Passage(id) => self.register_passage(id, name).await.map(Some),
            Identity::Issuer { issuer, subject } => {
                self.register_issuer(issuer, subject.as_str(), name).await
            }
        }
    }

    /// `INSERT .. ON CONFLICT DO NOTHING` waits for a concurrent insert of the
    /// same `passage_id` to commit, so when it inserts nothing the row is
    /// there for the following read. A delete racing in between is retried.
    async fn register_passage(
        &self,
        passage_id: &PassageUserId,
        name: &UserName,
    ) -> Result<Registered, DbError> {
        let mut conn = self.conn_for(Query::Register).await?;
        for _ in 0..3 {
            let inserted = diesel::insert_into(users::table)
                .values((
                    users::passage_id.eq(passage_id.as_str()),
                    users::name.eq(name.as_str()),
                ))
                .on_conflict(users::passage_id)
                .do_nothing()
                .returning(UserRow::as_returning())
                .get_result(&mut conn)
                .await
                .optional()?;
            if let Some(row) = inserted {
                return Registered::new(row, true);
            }
            let existing = users::table
                .filter(users::passage_id.eq(passage_id.as_str()))
                .select(UserRow::as_select())
                .first(&mut conn)
                .await
                .optional()?;
            if let Some(row) = existing {
                return Registered::new(row, false);
            }
        }
        Err(DbError::Query(diesel::result::Error::NotFound))
    }

    /// A new user and their identity, in one transaction; when the identity
    /// turns out to be taken (a concurrent call won), the transaction rolls
    /// back and the winner's user is returned. The provider's deletion is
    /// read after the identity's insert, which waits for a deletion under
    /// way to commit: a deleted identity is never registered again.
    async fn register_issuer(
        &self,
        issuer: &IssuerName,
        subject: &str,
        name: &UserName,
    ) -> Result<Option<Registered>, DbError> {
        let mut conn = self.conn_for(Query::Register).await?;
        for _ in 0..3 {
            let attempt = conn
                .transaction::<_, diesel::result::Error, _>(async |conn| {
                    let (row, linked) =
                        insert_user_with_identity(conn, issuer, subject, name).await?;
                    if !linked {
                        return Err(diesel::result::Error::RollbackTransaction);
                    }
                    if deleted_at(conn, issuer.as_str(), subject).await?.is_some() {
                        return Err(diesel::result::Error::NotFound);
                    }
                    Ok(row)
                })
                .await;
            match attempt {
                Ok(row) => return Registered::new(row, true).map(Some),
                Err(diesel::result::Error::RollbackTransaction) => {}
                Err(diesel::result::Error::NotFound) => return Ok(None),
                Err(err) => return Err(err.into()),
            }
            let existing = users::table
                .inner_join(identities::table)
                .filter(identities::issuer.eq(issuer.as_str()))
                .filter(identities::subject.eq(subject))
                .select(UserRow::as_select())
                .first(&mut conn)
                .await
                .optional()?;
            if let Some(row) = existing {
                return Registered::new(row, false).map(Some);
            }
        }
        Err(DbError::Query(diesel::result::Error::NotFound))
    }

    /// Renames a user; `None` when there is no such user.
    pub async fn update_name(&self, id: i64, name: &UserName) -> Result<Option<User>, DbError> {
        let mut conn = self.conn_for(Query::UpdateName).await?;
        let row = diesel::update(users::table.find(id))
            .set((
                users::name.eq(name.as_str()),
                users::updated_at.eq(diesel::dsl::now),
            ))
            .returning(UserRow::as_returning())
            .get_result(&mut conn)
            .await
            .optional()?;
        into_user(row)
    }

    /// Removes a user's local record and identities, with the app's
    /// deletion hook in the same transaction; false when there was none.
    pub async fn delete(&self, id: i64) -> Result<bool, DbError> {
        let mut conn = self.conn_for(Query::Delete).await?;
        let hook = &self.deletion_hook;
        Ok(conn
            .transaction::<_, diesel::result::Error, _>(async |conn| {
                delete_user_in(conn, id, hook).await
            })
            .await?)
    }

    /// Sets the role of the user with local ID `id`, whichever issuer they
    /// signed up with; `None` when there is no such user.
    pub async fn set_role_by_id(&self, id: i64, role: Role) -> Result<Option<User>, DbError> {
        let mut conn = self.conn_for(Query::SetRole).await?;
        let row = diesel::update(users::table.find(id))
            .set((
                users::role.eq(role.as_db()),
                users::updated_at.eq(diesel::dsl::now),
            ))
            .returning(UserRow::as_returning())
            .get_result(&mut conn)
            .await
            .optional()?;
        into_user(row)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(UserName::parse("  Ada ").unwrap().as_str(), "Ada");
        assert!(UserName::parse("   ").is_err());
        assert!(UserName::parse(&"é".repeat(100)).is_ok());
        assert!(UserName::parse(&"é".repeat(101)).is_err());
        assert!(UserName::parse("Ada\u{0}").is_err());
        assert!(UserName::parse("A\nda").is_err());
    }
}
