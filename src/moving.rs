//! Moving off Passage, from the command line:
//! - `passage snapshot`: every local user's Passage email, phone and their
//!   verified flags, read through the Management API (within
//!   `PASSAGE_MAX_CONCURRENCY`), stored in `passage_snapshots`;
//! - `passage import-export FILE.csv`: the same from the dashboard's CSV
//!   export, columns matched by header name;
//! - `identities import --issuer X FILE.csv`: links in bulk;
//! - `identities status`: how far linking got.
//!
//! Each reports counts on stdout and progress on stderr.

use std::io::{IsTerminal, Write};
use std::path::Path;

use anyhow::Context;
use futures::StreamExt;

use crate::config::{Config, IdentitiesAction, Mode, PassageAction};
use crate::db::linking::{LinkOutcome, LinkRule};
use crate::db::snapshots::{Snapshot, SnapshotSource};
use crate::db::users::UserRepo;
use crate::db::{self};
use crate::identity::PassageUserId;
use crate::passage::{self, PassageClient, PassageError, PassageUser, PassageUsers};

/// `passage-graphql passage ...`.
pub async fn passage(config: &Config, action: PassageAction) -> anyhow::Result<()> {
    let (repo, _local) = repository(config).await?;
    match action {
        PassageAction::Snapshot => snapshot(config, &repo).await,
        PassageAction::ImportExport { file } => import_export(&repo, &file).await,
    }
}

/// `passage-graphql identities ...`.
pub async fn identities(config: &Config, action: IdentitiesAction) -> anyhow::Result<()> {
    let (repo, _local) = repository(config).await?;
    match action {
        IdentitiesAction::Import { issuer, file } => {
            let configured = config.issuers()?;
            anyhow::ensure!(
                configured.is_empty() || configured.iter().any(|i| i.issuer == issuer),
                "{issuer:?} is not an issuer of CONFIG_FILE; give it exactly as configured"
            );
            import_links(&repo, &issuer, &file).await
        }
        IdentitiesAction::Status => status(&repo).await,
    }
}

async fn repository(
    config: &Config,
) -> anyhow::Result<(UserRepo, Option<db::local_postgres::LocalPostgres>)> {
    let (url, local) = crate::serve::database_url(config).await?;
    db::run_migrations(&url).await?;
    let pool = db::connect(&url, 2, config.database_session_limits())?;
    Ok((UserRepo::new(pool), local))
}

/// What a snapshot keeps of a Passage user.
pub fn snapshot_of(user: &PassageUser) -> Snapshot {
    Snapshot {
        email: user.email().map(str::to_owned),
        email_verified: Some(user.email_verified),
        phone: user.phone().map(str::to_owned),
        phone_verified: Some(user.phone_verified),
    }
}

async fn snapshot(config: &Config, repo: &UserRepo) -> anyhow::Result<()> {
    let Mode::Production(Some(settings)) = config.mode()? else {
        anyhow::bail!(
            "a snapshot reads Passage's Management API: set PASSAGE_APP_ID and PASSAGE_API_KEY \
             (or use `passage import-export` with the dashboard's CSV export)"
        );
    };
    let concurrency = config.passage_max_concurrency.max(1);
    let client = PassageClient::new(
        passage::http_client(config.passage_timeout()),
        &settings,
        concurrency,
        config.passage_timeout(),
    );
    let users = PassageUsers::new(client, std::time::Duration::ZERO, config.passage_deadline());
    let local = repo.passage_users().await?;
    let mut progress = Progress::new("snapshot", local.len());
    let (mut stored, mut missing, mut failed) = (0, 0, 0);
    let mut lookups = futures::stream::iter(local)
        .map(|(user_id, passage_id)| {
            let users = &users;
            async move {
                let found = users
                    .get_user(&passage_id, users.deadline_from_now(), None)
                    .await;
                (user_id, passage_id, found)
            }
        })
        .buffer_unordered(concurrency);
    while let Some((user_id, passage_id, found)) = lookups.next().await {
        match found {
            Ok(user) => {
                repo.store_snapshot(user_id, &snapshot_of(&user), SnapshotSource::Api)
                    .await?;
                stored += 1;
            }
            Err(PassageError::NotFound) => {
                missing += 1;
                tracing::warn!(user = %passage_id, "Passage has no such user; no snapshot");
            }
            Err(err) => {
                failed += 1;
                tracing::warn!(user = %passage_id, error = %err, "cannot read the user from Passage");
            }
        }
        progress.step();
    }
    progress.finish();
    println!("snapshot: {stored} stored, {missing} not found in Passage, {failed} failed");
    anyhow::ensure!(
        failed == 0,
        "{failed} users could not be read; run `passage snapshot` again (stored ones are replaced)"
    );
    Ok(())
}

/// Column indexes of a dashboard export, found by header name.
struct ExportColumns {
    id: usize,
    email: Option<usize>,
    email_verified: Option<usize>,
    phone: Option<usize>,
    phone_verified: Option<usize>,
}

impl ExportColumns {
    fn find(headers: &csv::StringRecord) -> anyhow::Result<Self> {
        let normalised: Vec<String> = headers
            .iter()
            .map(|h| h.trim().to_ascii_lowercase().replace([' ', '-'], "_"))
            .collect();
        let find = |names: &[&str]| normalised.iter().position(|h| names.contains(&h.as_str()));
        let id = find(&["id", "user_id", "passage_id", "passage_user_id", "userid"]).with_context(|| {
            format!(
                "the file has no user ID column (looked for id, user_id, passage_id); its columns are: {}",
                headers.iter().collect::<Vec<_>>().join(", ")
            )
        })?;
        Ok(Self {
            id,
            email: find(&["email", "email_address"]),
            email_verified: find(&["email_verified", "verified_email"]),
            phone: find(&["phone", "phone_number"]),
            phone_verified: find(&["phone_verified", "phone_number_verified", "verified_phone"]),
        })
    }

    fn snapshot(&self, row: &csv::StringRecord) -> Snapshot {
        let text = |i: Option<usize>| {
            i.and_then(|i| row.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let flag = |i: Option<usize>| {
            text(i).and_then(|v| match v.to_ascii_lowercase().as_str() {
                "true" | "yes" | "1" | "t" => Some(true),
                "false" | "no" | "0" | "f" => Some(false),
                _ => None,
            })
        };
        Snapshot {
            email: text(self.email),
            email_verified: flag(self.email_verified),
            phone: text(self.phone),
            phone_verified: flag(self.phone_verified),
        }
    }
}

async fn import_export(repo: &UserRepo, file: &Path) -> anyhow::Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(file)
        .with_context(|| format!("cannot read {}", file.display()))?;
    let columns = ExportColumns::find(reader.headers()?)?;
    let local: std::collections::HashMap<PassageUserId, i64> = repo
        .passage_users()
        .await?
        .into_iter()
        .map(|(user, passage_id)| (passage_id, user))
        .collect();
    let (mut stored, mut unmatched, mut invalid) = (0, Vec::new(), 0);
    for (line, row) in reader.records().enumerate() {
        let row =
            row.with_context(|| format!("{} row {} is unreadable", file.display(), line + 2))?;
        let Some(id) = row
            .get(columns.id)
            .and_then(|v| PassageUserId::parse(v.trim()).ok())
        else {
            invalid += 1;
            continue;
        };
        match local.get(&id) {
            Some(user) => {
                repo.store_snapshot(*user, &columns.snapshot(&row), SnapshotSource::Export)
                    .await?;
                stored += 1;
            }
            None => unmatched.push(id),
        }
    }
    println!(
        "import-export: {stored} stored, {} rows match no local user, {invalid} rows without a valid ID",
        unmatched.len()
    );
    for id in unmatched.iter().take(20) {
        println!("  no local user: {id}");
    }
    if unmatched.len() > 20 {
        println!("  ... and {} more", unmatched.len() - 20);
    }
    Ok(())
}

async fn import_links(repo: &UserRepo, issuer: &str, file: &Path) -> anyhow::Result<()> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_path(file)
        .with_context(|| format!("cannot read {}", file.display()))?;
    let mut counts = LinkCounts::default();
    for (line, row) in reader.records().enumerate() {
        let row =
            row.with_context(|| format!("{} row {} is unreadable", file.display(), line + 1))?;
        let (passage_id, subject) = (
            row.get(0).unwrap_or("").trim(),
            row.get(1).unwrap_or("").trim(),
        );
        if line == 0
            && passage_id.eq_ignore_ascii_case("passage_id")
            && subject.eq_ignore_ascii_case("subject")
        {
            continue;
        }
        let (Ok(passage_id), Ok(subject)) = (
            PassageUserId::parse(passage_id),
            crate::identity::Subject::parse(subject),
        ) else {
            counts.invalid += 1;
            continue;
        };
        let outcome = repo
            .link_to_passage_user(issuer, subject.as_str(), &passage_id, LinkRule::Import)
            .await?;
        counts.add(&outcome);
    }
    println!(
        "identities import ({issuer}): {} linked, {} already linked, {} linked to another user (left as is), \
         {} users already had an identity from this issuer, {} match no local user, {} invalid rows",
        counts.linked,
        counts.already,
        counts.elsewhere,
        counts.user_taken,
        counts.no_user,
        counts.invalid
    );
    Ok(())
}

#[derive(Default)]
struct LinkCounts {
    linked: usize,
    already: usize,
    elsewhere: usize,
    user_taken: usize,
    no_user: usize,
    invalid: usize,
}

impl LinkCounts {
    fn add(&mut self, outcome: &LinkOutcome) {
        match outcome {
            LinkOutcome::Linked(_) => self.linked += 1,
            LinkOutcome::AlreadyLinked(_) => self.already += 1,
            LinkOutcome::LinkedElsewhere(_) => self.elsewhere += 1,
            LinkOutcome::UserTaken => self.user_taken += 1,
            LinkOutcome::NoSuchUser | LinkOutcome::Ambiguous | LinkOutcome::SnapshotUnverified => {
                self.no_user += 1
            }
        }
    }
}

async fn status(repo: &UserRepo) -> anyhow::Result<()> {
    let status = repo.identity_status().await?;
    println!("issuer\trule\tusers");
    for (issuer, rule, n) in &status.linked {
        println!("{issuer}\t{rule}\t{n}");
    }
    println!(
        "unlinked Passage-era users: {}",
        status.unlinked_passage_users
    );
    if !status.conflicts.is_empty() {
        println!("not linked (a rule found a conflict):");
        println!("issuer\trule\treason\tidentities");
        for (issuer, rule, reason, n) in &status.conflicts {
            println!("{issuer}\t{rule}\t{reason}\t{n}");
        }
    }
    Ok(())
}

/// Progress on stderr: a line rewritten in place on a terminal, else a line
/// per tenth.
struct Progress {
    what: &'static str,
    total: usize,
    done: usize,
    terminal: bool,
}

impl Progress {
    fn new(what: &'static str, total: usize) -> Self {
        Self {
            what,
            total,
            done: 0,
            terminal: std::io::stderr().is_terminal(),
        }
    }

    fn step(&mut self) {
        self.done += 1;
        let tenth = (self.total / 10).max(1);
        let mut err = std::io::stderr();
        if self.terminal {
            let _ = write!(err, "\r{}: {}/{}", self.what, self.done, self.total);
        } else if self.done.is_multiple_of(tenth) || self.done == self.total {
            let _ = writeln!(err, "{}: {}/{}", self.what, self.done, self.total);
        }
    }

    fn finish(&self) {
        if self.terminal {
            let _ = writeln!(std::io::stderr());
        }
    }
}
