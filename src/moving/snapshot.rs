//! Snapshots through the Management API.

use futures::StreamExt;

use super::progress::Progress;
use crate::db::snapshots::{Snapshot, SnapshotSource};
use crate::db::users::UserRepo;
use crate::passage::{PassageError, PassageUser, PassageUsers};

/// What a snapshot keeps of a Passage user.
pub fn snapshot_of(user: &PassageUser) -> Snapshot {
    Snapshot {
        email: user.email().map(str::to_owned),
        email_verified: Some(user.email_verified),
        phone: user.phone().map(str::to_owned),
        phone_verified: Some(user.phone_verified),
    }
}

/// Stores every local Passage user's profile fields, read through `users`
/// at most `concurrency` at a time (`passage-graphql passage snapshot`).
pub async fn take_snapshot(
    repo: &UserRepo,
    users: &PassageUsers,
    concurrency: usize,
) -> anyhow::Result<()> {
    let local = repo.passage_users().await?;
    let mut progress = Progress::new("snapshot", local.len());
    let (mut stored, mut missing, mut failed) = (0, 0, 0);
    let mut lookups = futures::stream::iter(local)
        .map(|(user_id, passage_id)| async move {
            let found = users
                .get_user(&passage_id, users.deadline_from_now(), None)
                .await;
            (user_id, passage_id, found)
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
