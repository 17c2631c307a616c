//! `passage-graphql identities import|status|sync`: link users' identities
//! from other issuers in bulk, see how far linking got, and catch up with a
//! provider's user list (`identities_sync`).

use super::repository;
use crate::cli::IdentitiesAction;
use crate::config::Config;
use crate::db::users::UserRepo;
use crate::identity::IssuerName;
use crate::moving;
use crate::provider_sync::SyncOptions;

/// `passage-graphql identities ...`.
pub async fn identities(
    config: &Config,
    migrations: &crate::db::AppMigrations,
    action: IdentitiesAction,
) -> anyhow::Result<()> {
    let (repo, _local) = repository(config, migrations).await?;
    match action {
        IdentitiesAction::Import { issuer, file } => {
            let configured = config.issuers()?;
            anyhow::ensure!(
                configured.is_empty() || configured.iter().any(|i| i.issuer == issuer),
                "{issuer:?} is not an issuer of CONFIG_FILE; give it exactly as configured"
            );
            moving::import_links(&repo, &IssuerName::from(issuer), &file).await
        }
        IdentitiesAction::Status => status(&repo).await,
        IdentitiesAction::Sync {
            issuer,
            dry_run,
            apply_deletes,
        } => {
            let options = SyncOptions {
                dry_run,
                apply_deletes,
            };
            // Boxed: its future is deep enough to overflow the compiler's
            // layout limit inside `run_with`'s.
            Box::pin(super::identities_sync::sync(config, repo, &issuer, options)).await
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
