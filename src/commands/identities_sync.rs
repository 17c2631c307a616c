//! `passage-graphql identities sync --issuer <iss> [--dry-run]
//! [--apply-deletes]`: the issuer's settings and clients resolved from the
//! configuration, then [`crate::provider_sync`], and its summary on stdout.

use std::sync::Arc;
use std::time::Duration;

use crate::config::{Config, Mode};
use crate::db::users::UserRepo;
use crate::issuers::ProfileSource;
use crate::moving::FirstSight;
use crate::observability::metrics::Telemetry;
use crate::passage::{self, PassageClient, PassageUsers};
use crate::provider_sync::{ClerkList, Sync, SyncOptions};

/// Longest wait for one Backend API answer (a page of 500 users).
const CLERK_TIMEOUT: Duration = Duration::from_secs(30);

/// `identities sync`.
pub async fn sync(
    config: &Config,
    repo: UserRepo,
    issuer: &str,
    options: SyncOptions,
) -> anyhow::Result<()> {
    let configured = config.issuers()?;
    let Some(settings) = configured.iter().find(|i| i.issuer == issuer) else {
        anyhow::bail!("{issuer:?} is not an issuer of CONFIG_FILE; give it exactly as configured");
    };
    anyhow::ensure!(
        settings.profile == ProfileSource::Clerk,
        "sync supports Clerk issuers; {issuer:?} is not one (preset \"clerk\", profile \
         \"clerk\"): other providers' users are kept in step by their webhooks only"
    );
    let Some(secret) = config.clerk_secret_key() else {
        anyhow::bail!(
            "sync reads Clerk's Backend API at {}: set CLERK_SECRET_KEY to the instance's \
             secret key",
            settings.clerk_api_url
        );
    };
    let clerk = ClerkList::new(
        passage::http_client(CLERK_TIMEOUT),
        &settings.clerk_api_url,
        secret,
    );
    let first_sight = FirstSight::new(
        repo.clone(),
        Arc::new(Telemetry::default()),
        passage_users(config)?,
    );
    let report = Sync {
        repo: &repo,
        first_sight: &first_sight,
        clerk: &clerk,
        issuer: settings,
        options,
    }
    .run()
    .await?;
    print!("{report}");
    Ok(())
}

/// Passage, while configured: the email rule confirms a snapshot's email
/// there before it links, as the server does.
fn passage_users(config: &Config) -> anyhow::Result<Option<PassageUsers>> {
    let Mode::Production(Some(settings)) = config.mode()? else {
        return Ok(None);
    };
    let client = PassageClient::new(
        passage::http_client(config.passage_timeout()),
        &settings,
        config.passage_max_concurrency.max(1),
        config.passage_timeout(),
    );
    Ok(Some(PassageUsers::new(
        client,
        Duration::ZERO,
        config.passage_deadline(),
    )))
}
