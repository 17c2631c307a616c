//! The dashboard's CSV export, read into snapshots.

use std::path::Path;

use anyhow::Context;

use crate::db::snapshots::{Snapshot, SnapshotSource};
use crate::db::users::UserRepo;
use crate::identity::PassageUserId;

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

/// A dashboard export's rows, read from `input`: each row's Passage ID and
/// snapshot, or `None` for a row without a valid ID. The columns are found
/// by header name first: an error when there is no ID column.
pub(crate) fn read_export<R: std::io::Read>(
    input: R,
) -> anyhow::Result<impl Iterator<Item = csv::Result<Option<(PassageUserId, Snapshot)>>>> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(input);
    let columns = ExportColumns::find(reader.headers()?)?;
    Ok(reader.into_records().map(move |row| {
        let row = row?;
        Ok(row
            .get(columns.id)
            .and_then(|v| PassageUserId::parse(v.trim()).ok())
            .map(|id| (id, columns.snapshot(&row))))
    }))
}

/// Stores a snapshot for every row of `file` that names a local user.
pub async fn import_export(repo: &UserRepo, file: &Path) -> anyhow::Result<()> {
    let input =
        std::fs::File::open(file).with_context(|| format!("cannot read {}", file.display()))?;
    let rows = read_export(input)?;
    let local: std::collections::HashMap<PassageUserId, i64> = repo
        .passage_users()
        .await?
        .into_iter()
        .map(|(user, passage_id)| (passage_id, user))
        .collect();
    let (mut stored, mut unmatched, mut invalid) = (0, Vec::new(), 0);
    for (line, row) in rows.enumerate() {
        let row =
            row.with_context(|| format!("{} row {} is unreadable", file.display(), line + 2))?;
        let Some((id, snapshot)) = row else {
            invalid += 1;
            continue;
        };
        match local.get(&id) {
            Some(user) => {
                repo.store_snapshot(*user, &snapshot, SnapshotSource::Export)
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
