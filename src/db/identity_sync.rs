//! Storage of `identities sync` runs (see [`crate::provider_sync`]): each
//! run's place in the provider's user list (`identity_sync_runs`), and each
//! subject it settled (`identity_sync_seen`), so an interrupted run resumes
//! from its last completed page and the local users the provider no longer
//! lists are found by an anti-join, a batch at a time, with nothing held in
//! memory but a page.

use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel::sql_types::{Array, BigInt, Bool, Nullable, Text, Timestamptz};
use diesel_async::{AsyncConnection, RunQueryDsl};

use super::DbError;
use super::query_counts::Query;
use super::schema::{identity_sync_runs, identity_sync_seen};
use super::users::UserRepo;
use crate::identity::IssuerName;

/// How a run settled one subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SyncOutcome {
    /// Listed by the provider, and a local user was made for it.
    Created,
    /// Listed, and linked to its Passage-era user by the issuer's rules.
    Linked,
    /// Listed (or found by ID), and already local.
    Present,
    /// Listed, but deleted here before (or a newer event won): unchanged.
    Skipped,
    /// Dry run: a local user would be made.
    WouldCreate,
    /// Dry run: a Passage-era user's snapshot has its verified email.
    WouldLink,
    /// Local, and the provider no longer has it: kept.
    Gone,
    /// Local, the provider no longer has it, and its deletion was applied.
    Deleted,
}

impl SyncOutcome {
    const ALL: [SyncOutcome; 8] = [
        Self::Created,
        Self::Linked,
        Self::Present,
        Self::Skipped,
        Self::WouldCreate,
        Self::WouldLink,
        Self::Gone,
        Self::Deleted,
    ];

    /// Its name in `identity_sync_seen.outcome`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Created => "created",
            Self::Linked => "linked",
            Self::Present => "present",
            Self::Skipped => "skipped",
            Self::WouldCreate => "would_create",
            Self::WouldLink => "would_link",
            Self::Gone => "gone",
            Self::Deleted => "deleted",
        }
    }

    fn parse(name: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|o| o.as_str() == name)
    }
}

/// A run, new or resumed.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = identity_sync_runs)]
pub struct SyncRun {
    pub id: i64,
    pub started_at: DateTime<Utc>,
    /// The list's cursor: the last user of the last completed page.
    pub after_user: Option<String>,
    pub pages_done: i32,
    /// When the whole list had been read.
    pub listed_at: Option<DateTime<Utc>>,
}

/// Where one listed subject stands.
#[derive(Debug, QueryableByName)]
pub struct ListedSubject {
    #[diesel(sql_type = Text)]
    pub subject: String,
    /// The issuer's identity has a local user.
    #[diesel(sql_type = Bool)]
    pub local: bool,
    /// This run settled it already (an earlier attempt at the same page).
    #[diesel(sql_type = Nullable<Text>)]
    pub settled: Option<String>,
}

#[derive(QueryableByName)]
struct SubjectRow {
    #[diesel(sql_type = Text)]
    subject: String,
}

#[derive(QueryableByName)]
struct OutcomeCount {
    #[diesel(sql_type = Text)]
    outcome: String,
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// How many subjects a run settled each way.
pub type SyncCounts = Vec<(SyncOutcome, i64)>;

impl UserRepo {
    /// The issuer's unfinished run of this kind (`true`: resumed), else a
    /// new one started now.
    pub async fn open_sync_run(
        &self,
        issuer: &IssuerName,
        dry_run: bool,
    ) -> Result<(SyncRun, bool), DbError> {
        let mut conn = self.conn_for(Query::IdentitySync).await?;
        Ok(conn
            .transaction::<_, diesel::result::Error, _>(async |conn| {
                let open = identity_sync_runs::table
                    .filter(identity_sync_runs::issuer.eq(issuer.as_str()))
                    .filter(identity_sync_runs::dry_run.eq(dry_run))
                    .filter(identity_sync_runs::finished_at.is_null())
                    .select(SyncRun::as_select())
                    .for_update()
                    .first(conn)
                    .await
                    .optional()?;
                if let Some(run) = open {
                    return Ok((run, true));
                }
                let run = diesel::insert_into(identity_sync_runs::table)
                    .values((
                        identity_sync_runs::issuer.eq(issuer.as_str()),
                        identity_sync_runs::dry_run.eq(dry_run),
                    ))
                    .returning(SyncRun::as_returning())
                    .get_result(conn)
                    .await?;
                Ok((run, false))
            })
            .await?)
    }

    /// For each of `subjects` (one page of the provider's list): whether
    /// it is local, and whether `run` settled it already.
    pub async fn listed_subjects(
        &self,
        run: &SyncRun,
        issuer: &IssuerName,
        subjects: &[String],
    ) -> Result<Vec<ListedSubject>, DbError> {
        let mut conn = self.conn_for(Query::IdentitySync).await?;
        Ok(diesel::sql_query(
            "SELECT l.subject, \
               EXISTS (SELECT 1 FROM identities i \
                       WHERE i.issuer = $1 AND i.subject = l.subject) AS local, \
               (SELECT s.outcome FROM identity_sync_seen s \
                WHERE s.run_id = $2 AND s.subject = l.subject) AS settled \
             FROM unnest($3::text[]) AS l(subject)",
        )
        .bind::<Text, _>(issuer.as_str())
        .bind::<BigInt, _>(run.id)
        .bind::<Array<Text>, _>(subjects)
        .load(&mut conn)
        .await?)
    }

    /// Records how `run` settled `subject` (a later outcome replaces an
    /// earlier one: a kept `gone` becomes `deleted`).
    pub async fn record_sync_outcome(
        &self,
        run: &SyncRun,
        subject: &str,
        outcome: SyncOutcome,
    ) -> Result<(), DbError> {
        let mut conn = self.conn_for(Query::IdentitySync).await?;
        diesel::insert_into(identity_sync_seen::table)
            .values((
                identity_sync_seen::run_id.eq(run.id),
                identity_sync_seen::subject.eq(subject),
                identity_sync_seen::outcome.eq(outcome.as_str()),
            ))
            .on_conflict((identity_sync_seen::run_id, identity_sync_seen::subject))
            .do_update()
            .set(identity_sync_seen::outcome.eq(outcome.as_str()))
            .execute(&mut conn)
            .await?;
        Ok(())
    }

    /// Ends a page of the list in one transaction: its already-local
    /// `present` subjects recorded, and the cursor moved past `last`.
    pub async fn complete_sync_page(
        &self,
        run: &SyncRun,
        present: &[String],
        last: &str,
    ) -> Result<(), DbError> {
        let mut conn = self.conn_for(Query::IdentitySync).await?;
        conn.transaction::<_, diesel::result::Error, _>(async |conn| {
            diesel::sql_query(
                "INSERT INTO identity_sync_seen (run_id, subject, outcome) \
                 SELECT $1, unnest($2::text[]), 'present' ON CONFLICT DO NOTHING",
            )
            .bind::<BigInt, _>(run.id)
            .bind::<Array<Text>, _>(present)
            .execute(conn)
            .await?;
            diesel::update(identity_sync_runs::table.find(run.id))
                .set((
                    identity_sync_runs::after_user.eq(last),
                    identity_sync_runs::pages_done.eq(identity_sync_runs::pages_done + 1),
                ))
                .execute(conn)
                .await?;
            Ok(())
        })
        .await?;
        Ok(())
    }

    /// Marks the whole list read.
    pub async fn complete_sync_listing(&self, run: &SyncRun) -> Result<(), DbError> {
        let mut conn = self.conn_for(Query::IdentitySync).await?;
        diesel::update(identity_sync_runs::table.find(run.id))
            .set(identity_sync_runs::listed_at.eq(diesel::dsl::now))
            .execute(&mut conn)
            .await?;
        Ok(())
    }

    /// Up to `limit` of the issuer's identities, by subject after `after`,
    /// that `run` has not settled (a `gone` one counts as settled unless
    /// `retry_gone`): made before the run started, and not deleted by the
    /// provider already. The anti-join that finds who the provider no
    /// longer lists.
    pub async fn unsettled_identities(
        &self,
        run: &SyncRun,
        issuer: &IssuerName,
        after: &str,
        retry_gone: bool,
        limit: i64,
    ) -> Result<Vec<String>, DbError> {
        let mut conn = self.conn_for(Query::IdentitySync).await?;
        let rows: Vec<SubjectRow> = diesel::sql_query(
            "SELECT i.subject FROM identities i \
             WHERE i.issuer = $1 AND i.subject > $2 AND i.created_at < $3 \
               AND NOT EXISTS (SELECT 1 FROM identity_sync_seen s \
                               WHERE s.run_id = $4 AND s.subject = i.subject \
                                 AND NOT ($5 AND s.outcome = 'gone')) \
               AND NOT EXISTS (SELECT 1 FROM provider_users p \
                               WHERE p.issuer = i.issuer AND p.subject = i.subject \
                                 AND p.deleted_at IS NOT NULL) \
             ORDER BY i.subject LIMIT $6",
        )
        .bind::<Text, _>(issuer.as_str())
        .bind::<Text, _>(after)
        .bind::<Timestamptz, _>(run.started_at)
        .bind::<BigInt, _>(run.id)
        .bind::<Bool, _>(retry_gone)
        .bind::<BigInt, _>(limit)
        .load(&mut conn)
        .await?;
        Ok(rows.into_iter().map(|r| r.subject).collect())
    }

    /// How many subjects `run` settled each way.
    pub async fn sync_counts(&self, run: &SyncRun) -> Result<SyncCounts, DbError> {
        let mut conn = self.conn_for(Query::IdentitySync).await?;
        let rows: Vec<OutcomeCount> = diesel::sql_query(
            "SELECT outcome, count(*) AS n FROM identity_sync_seen \
             WHERE run_id = $1 GROUP BY outcome",
        )
        .bind::<BigInt, _>(run.id)
        .load(&mut conn)
        .await?;
        Ok(rows
            .into_iter()
            .filter_map(|row| Some((SyncOutcome::parse(&row.outcome)?, row.n)))
            .collect())
    }

    /// Ends `run`: its subjects go; a real run's row stays as a record, a
    /// dry run leaves nothing.
    pub async fn finish_sync_run(&self, run: &SyncRun, dry_run: bool) -> Result<(), DbError> {
        let mut conn = self.conn_for(Query::IdentitySync).await?;
        conn.transaction::<_, diesel::result::Error, _>(async |conn| {
            if dry_run {
                diesel::delete(identity_sync_runs::table.find(run.id))
                    .execute(conn)
                    .await?;
                return Ok(());
            }
            diesel::delete(identity_sync_seen::table.filter(identity_sync_seen::run_id.eq(run.id)))
                .execute(conn)
                .await?;
            diesel::update(identity_sync_runs::table.find(run.id))
                .set(identity_sync_runs::finished_at.eq(diesel::dsl::now))
                .execute(conn)
                .await?;
            Ok(())
        })
        .await?;
        Ok(())
    }
}
