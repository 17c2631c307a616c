//! Links in bulk, from an operator's CSV of `passage_id,subject` rows.

use std::path::Path;

use anyhow::Context;

use crate::db::identity_links::{LinkOutcome, LinkRule};
use crate::db::users::UserRepo;
use crate::identity::{IssuerName, PassageUserId, Subject};

/// The rows of a links file, each with its line number (from 1): its
/// Passage ID and subject, or `None` for an invalid row. A first row of
/// `passage_id,subject` is a header, skipped.
pub(crate) fn read_links<R: std::io::Read>(
    input: R,
) -> impl Iterator<Item = (usize, csv::Result<Option<(PassageUserId, Subject)>>)> {
    let reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .from_reader(input);
    reader.into_records().enumerate().filter_map(|(line, row)| {
        let row = match row {
            Ok(row) => row,
            Err(err) => return Some((line + 1, Err(err))),
        };
        let (passage_id, subject) = (
            row.get(0).unwrap_or("").trim(),
            row.get(1).unwrap_or("").trim(),
        );
        if line == 0
            && passage_id.eq_ignore_ascii_case("passage_id")
            && subject.eq_ignore_ascii_case("subject")
        {
            return None;
        }
        let parsed = match (PassageUserId::parse(passage_id), Subject::parse(subject)) {
            (Ok(passage_id), Ok(subject)) => Some((passage_id, subject)),
            _ => None,
        };
        Some((line + 1, Ok(parsed)))
    })
}

/// Links each row's subject at `issuer` to the Passage-era user it names;
/// idempotent.
pub async fn import_links(repo: &UserRepo, issuer: &IssuerName, file: &Path) -> anyhow::Result<()> {
    let input =
        std::fs::File::open(file).with_context(|| format!("cannot read {}", file.display()))?;
    let mut counts = LinkCounts::default();
    for (line, row) in read_links(input) {
        let row = row.with_context(|| format!("{} row {line} is unreadable", file.display()))?;
        let Some((passage_id, subject)) = row else {
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
