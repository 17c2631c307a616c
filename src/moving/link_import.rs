//! Links in bulk, from an operator's CSV of `passage_id,subject` rows.

use std::path::Path;

use anyhow::Context;

use crate::db::identity_links::{LinkOutcome, LinkRule};
use crate::db::users::UserRepo;
use crate::identity::{IssuerName, PassageUserId, Subject};

/// Links each row's subject at `issuer` to the Passage-era user it names;
/// idempotent.
pub async fn import_links(repo: &UserRepo, issuer: &IssuerName, file: &Path) -> anyhow::Result<()> {
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
        let (Ok(passage_id), Ok(subject)) =
            (PassageUserId::parse(passage_id), Subject::parse(subject))
        else {
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
            LinkOutcome::NoSuchUser
            | LinkOutcome::Ambiguous
            | LinkOutcome::SnapshotUnverified
            | LinkOutcome::SnapshotStale => self.no_user += 1,
        }
    }
}
