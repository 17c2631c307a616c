//! `identities sync`: catching up with the provider on what its webhooks
//! missed (they are at-least-once, but an endpoint can be down longer than
//! the provider retries). Clerk only, whose Backend API lists every user.
//!
//! A run reads the whole user list, a page at a time ([`clerk_list`]):
//! - a listed user with no local identity gets one the way a `user.updated`
//!   webhook would give it: the issuer's link rules first (a verified email
//!   one Passage snapshot has, under `link_verified_email`), then
//!   [`UserRepo::apply_provider_event`] at the user's `updated_at` (so a
//!   user deleted here stays deleted); the name by the webhook's own rule
//!   ([`crate::webhooks::events`]);
//! - then the issuer's local identities the list did not show, made before
//!   the run started (one made during the run may be past the pages read),
//!   are found by an anti-join, asked about again by ID (only a user Clerk
//!   says it lacks counts as gone), and reported; with `--apply-deletes`,
//!   their deletion is applied as `user.deleted` would (the issuer's
//!   `on_user_deleted`) at the run's start.
//!
//! Each page ends in the database ([`crate::db::identity_sync`]), so memory
//! holds one page whatever the number of users, and a run that stops is
//! resumed from its last completed page by the next one. A dry run changes
//! no user: it keeps its own place and says what it would do (a would-be
//! link is a snapshot match; Passage's live confirmation, when Passage is
//! configured, happens only in a real run).

pub mod clerk_list;

use serde_json::json;

use crate::db::identity_sync::{SyncCounts, SyncOutcome, SyncRun};
use crate::db::provider_users::{Applied, Change, DeletionMode, ProviderEvent};
use crate::db::users::UserRepo;
use crate::identity::{EmailKey, Identity, IssuerName, Subject};
use crate::issuers::{IssuerSettings, WebhookFormat};
use crate::moving::{FirstSight, Progress};
use crate::profile::clerk::CLERK_BATCH;
use crate::webhooks::events::{self, ProviderUser};
pub use clerk_list::{ClerkList, ClerkListError};

/// Local identities taken at once when looking for the gone ones.
const GONE_BATCH: i64 = 500;

/// What a run may do.
#[derive(Debug, Clone, Copy, Default)]
pub struct SyncOptions {
    /// Change no user; say what would be done.
    pub dry_run: bool,
    /// Apply the deletion of the users the provider no longer has.
    pub apply_deletes: bool,
}

/// One issuer's run and what it needs.
pub struct Sync<'a> {
    pub repo: &'a UserRepo,
    /// The issuer's link rules run through it, as at a first sign-in.
    pub first_sight: &'a FirstSight,
    pub clerk: &'a ClerkList,
    pub issuer: &'a IssuerSettings,
    pub options: SyncOptions,
}

/// What a finished run did.
#[derive(Debug, Clone)]
pub struct SyncReport {
    pub options: SyncOptions,
    pub on_deleted: DeletionMode,
    pub counts: SyncCounts,
}

impl SyncReport {
    /// How many subjects were settled as `outcome`.
    pub fn count(&self, outcome: SyncOutcome) -> i64 {
        self.counts
            .iter()
            .filter(|(o, _)| *o == outcome)
            .map(|(_, n)| n)
            .sum()
    }
}

impl std::fmt::Display for SyncReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use SyncOutcome::*;
        let n = |o| self.count(o);
        let seen = [Created, Linked, Present, Skipped, WouldCreate, WouldLink]
            .into_iter()
            .map(n)
            .sum::<i64>();
        if self.options.dry_run {
            writeln!(f, "dry run: nothing was changed")?;
        }
        writeln!(f, "seen at the provider: {seen}")?;
        if self.options.dry_run {
            writeln!(f, "would create: {}", n(WouldCreate))?;
            writeln!(f, "would link: {}", n(WouldLink))?;
        } else {
            writeln!(f, "created: {}", n(Created))?;
            writeln!(f, "linked: {}", n(Linked))?;
        }
        writeln!(f, "already present: {}", n(Present))?;
        if n(Skipped) > 0 {
            writeln!(f, "skipped (deleted here before): {}", n(Skipped))?;
        }
        let gone = n(Gone) + n(Deleted);
        let what = match (self.options, self.on_deleted) {
            (
                SyncOptions {
                    apply_deletes: false,
                    ..
                },
                _,
            ) => "kept; --apply-deletes applies their deletion",
            (SyncOptions { dry_run: true, .. }, DeletionMode::Delete) => "would delete",
            (SyncOptions { dry_run: true, .. }, DeletionMode::Deactivate) => "would deactivate",
            (_, DeletionMode::Delete) => "deleted",
            (_, DeletionMode::Deactivate) => "deactivated",
        };
        writeln!(f, "missing at the provider: {gone} ({what})")
    }
}

/// Why a run stopped; it is kept, and the same command resumes it.
#[derive(Debug, thiserror::Error)]
#[error(
    "{cause}\nthe run is kept ({pages} pages of the list done): run the same command again to resume it"
)]
pub struct SyncStopped {
    pages: i32,
    cause: anyhow::Error,
}

impl Sync<'_> {
    fn issuer_name(&self) -> IssuerName {
        IssuerName::from(self.issuer.issuer.as_str())
    }

    /// Runs (or resumes) the issuer's sync to its end.
    pub async fn run(&self) -> anyhow::Result<SyncReport> {
        let issuer = self.issuer_name();
        let (mut run, resumed) = self
            .repo
            .open_sync_run(&issuer, self.options.dry_run)
            .await?;
        if resumed {
            let from = if run.listed_at.is_some() {
                "the list was read; looking for the users the provider no longer has".to_owned()
            } else {
                format!("continuing from page {}", run.pages_done + 1)
            };
            println!(
                "resumed the run started {} ({from})",
                run.started_at.format("%Y-%m-%d %H:%M:%S UTC")
            );
        }
        let stopped = |run: &SyncRun, cause: anyhow::Error| SyncStopped {
            pages: run.pages_done,
            cause,
        };
        if run.listed_at.is_none() {
            self.read_list(&mut run)
                .await
                .map_err(|e| stopped(&run, e))?;
        }
        self.settle_gone(&run).await.map_err(|e| stopped(&run, e))?;
        let counts = self.repo.sync_counts(&run).await?;
        self.repo
            .finish_sync_run(&run, self.options.dry_run)
            .await?;
        Ok(SyncReport {
            options: self.options,
            on_deleted: self.issuer.on_user_deleted,
            counts,
        })
    }

    /// Every page of the list from the run's cursor, each one ended in the
    /// database before the next is asked for.
    async fn read_list(&self, run: &mut SyncRun) -> anyhow::Result<()> {
        let total = self.clerk.count().await?;
        let done = usize::try_from(run.pages_done).unwrap_or(0) * clerk_list::PAGE_SIZE;
        let mut progress =
            Progress::new("users listed", usize::try_from(total).unwrap_or(0)).resumed_at(done);
        loop {
            let page = self.clerk.page(run.after_user.as_deref()).await?;
            let Some(last) = page.last().and_then(|u| u.get("id")?.as_str()) else {
                break;
            };
            let last = last.to_owned();
            let present = self.settle_page(run, &page).await?;
            self.repo.complete_sync_page(run, &present, &last).await?;
            run.after_user = Some(last);
            run.pages_done += 1;
            progress.advance(page.len());
            if page.len() < clerk_list::PAGE_SIZE {
                break;
            }
        }
        progress.finish();
        self.repo.complete_sync_listing(run).await?;
        Ok(())
    }

    /// Settles each new user of a page; the already-local ones, for the
    /// page's end.
    async fn settle_page(
        &self,
        run: &SyncRun,
        page: &[serde_json::Map<String, serde_json::Value>],
    ) -> anyhow::Result<Vec<String>> {
        let issuer = self.issuer_name();
        let subjects: Vec<String> = page
            .iter()
            .filter_map(|user| Some(user.get("id")?.as_str()?.to_owned()))
            .collect();
        anyhow::ensure!(
            subjects.len() == page.len(),
            "Clerk listed a user without an id"
        );
        let listed = self.repo.listed_subjects(run, &issuer, &subjects).await?;
        let mut states: std::collections::HashMap<String, _> =
            listed.into_iter().map(|l| (l.subject.clone(), l)).collect();
        let mut present = Vec::new();
        for user in page {
            let subject = user["id"].as_str().unwrap_or_default();
            let Some(state) = states.remove(subject) else {
                continue;
            };
            if state.settled.is_some() {
                continue;
            }
            if state.local {
                present.push(state.subject);
                continue;
            }
            let outcome = self.settle_new(run, user).await?;
            self.repo.record_sync_outcome(run, subject, outcome).await?;
        }
        Ok(present)
    }

    /// A listed user with no local identity: linked or created, as its
    /// `user.updated` webhook would have done (dry run: which it would be).
    async fn settle_new(
        &self,
        run: &SyncRun,
        user: &serde_json::Map<String, serde_json::Value>,
    ) -> anyhow::Result<SyncOutcome> {
        // The webhook's reading of a Clerk user, rule for rule.
        let body = json!({
            "type": "user.updated",
            "timestamp": run.started_at.timestamp_millis(),
            "data": user,
        });
        let event = events::read(WebhookFormat::Svix, body.to_string().as_bytes())
            .map_err(|why| anyhow::anyhow!("Clerk listed a user that cannot be read: {why}"))?
            .pop()
            .expect("one Clerk event");
        let provider_user = event.user.as_ref().expect("an updated user has its fields");
        if self.options.dry_run {
            return Ok(if self.would_link(provider_user).await? {
                SyncOutcome::WouldLink
            } else {
                SyncOutcome::WouldCreate
            });
        }
        let issuer = self.issuer_name();
        let linked = self.link(&event.subject, provider_user).await?;
        let applied = self
            .repo
            .apply_provider_event(
                &ProviderEvent {
                    issuer: &issuer,
                    subject: &event.subject,
                    at: event.at,
                    message_id: None,
                    change: Change::Exists {
                        name: provider_user.name.clone(),
                    },
                },
                self.repo.deletion_hook(),
            )
            .await?;
        Ok(match applied {
            _ if linked => SyncOutcome::Linked,
            Applied::Created(_) => SyncOutcome::Created,
            // A `createUser` or webhook came first.
            Applied::Refreshed(_) => SyncOutcome::Present,
            _ => SyncOutcome::Skipped,
        })
    }

    /// The email rule's preconditions: the issuer links by verified email,
    /// the provider verified this one, and the user's connection is not
    /// excluded. The email, if so.
    fn link_email<'u>(&self, user: &'u ProviderUser) -> Option<&'u str> {
        let email = user.verified_email.as_deref()?;
        (self.issuer.link_verified_email
            && !self.issuer.link_email_exclusions.excludes(&user.claims))
        .then_some(email)
    }

    /// Runs the issuer's link rules; true when the identity has a user now.
    async fn link(&self, subject: &str, user: &ProviderUser) -> anyhow::Result<bool> {
        let (Some(email), Ok(subject)) = (self.link_email(user), Subject::parse(subject)) else {
            return Ok(false);
        };
        let issuer = self.issuer_name();
        self.first_sight
            .link_verified_email(&issuer, subject.clone(), email)
            .await;
        let identity = Identity::Issuer { issuer, subject };
        Ok(self.repo.find_by_identity(&identity).await?.is_some())
    }

    /// Dry run: one verified snapshot has the user's verified email.
    async fn would_link(&self, user: &ProviderUser) -> anyhow::Result<bool> {
        let Some(key) = self.link_email(user).and_then(EmailKey::parse) else {
            return Ok(false);
        };
        Ok(matches!(
            self.repo.snapshot_email_match(&key).await?,
            crate::db::identity_links::EmailMatch::One { verified: true, .. }
        ))
    }

    /// The local identities the list did not show: each asked about again
    /// by ID (a user Clerk still has is present after all), the others
    /// reported, and with `--apply-deletes` deleted.
    async fn settle_gone(&self, run: &SyncRun) -> anyhow::Result<()> {
        let issuer = self.issuer_name();
        let delete = self.options.apply_deletes && !self.options.dry_run;
        let mut after = String::new();
        loop {
            let batch = self
                .repo
                .unsettled_identities(run, &issuer, &after, delete, GONE_BATCH)
                .await?;
            let Some(last) = batch.last() else {
                return Ok(());
            };
            after = last.clone();
            for chunk in batch.chunks(CLERK_BATCH) {
                let still_there = self.clerk.existing(chunk).await?;
                for subject in chunk {
                    let outcome = if still_there.contains(subject) {
                        SyncOutcome::Present
                    } else if delete {
                        self.delete(run, &issuer, subject).await?
                    } else {
                        SyncOutcome::Gone
                    };
                    self.repo.record_sync_outcome(run, subject, outcome).await?;
                }
            }
        }
    }

    /// The deletion `user.deleted` would apply, at the run's start.
    async fn delete(
        &self,
        run: &SyncRun,
        issuer: &IssuerName,
        subject: &str,
    ) -> anyhow::Result<SyncOutcome> {
        let applied = self
            .repo
            .apply_provider_event(
                &ProviderEvent {
                    issuer,
                    subject,
                    at: run.started_at,
                    message_id: None,
                    change: Change::Deleted(self.issuer.on_user_deleted),
                },
                self.repo.deletion_hook(),
            )
            .await?;
        Ok(match applied {
            Applied::Deleted(_) | Applied::Deactivated(_) => SyncOutcome::Deleted,
            _ => SyncOutcome::Skipped,
        })
    }
}
