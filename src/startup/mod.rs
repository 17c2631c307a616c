//! Startup: building the application from a checked configuration (the
//! issuers, the pool, Passage, the schema, the state and its router), and
//! serving it (`serve`) with graceful shutdown; the database is resolved
//! first ([`database`]: `DATABASE_URL` or a local cluster).

pub mod database;
mod serve;

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

use axum::Router;

use crate::app::{App, AppState, DevSettings};
use crate::auth::{AuthMetrics, Issuer, TokenVerifier};
use crate::config::{Config, Mode};
use crate::db::{self, DatabaseCheck, users::UserRepo};
use crate::events::{EventBus, Relay, RelaySettings};
use crate::graphql::persisted::PersistedQueries;
use crate::graphql::trusted::TrustedDocuments;
use crate::graphql::{DocumentCache, Graph, PassageIssuer, Services};
use crate::http;
use crate::issuers::ProfileSource;
use crate::moving::FirstSight;
use crate::observability::metrics::Telemetry;
use crate::passage::shared_cache::{NoLocalCopies, SharedCache, SharedCacheSettings};
use crate::passage::{self, PassageClient, PassageUsers};
use crate::profile::{ClerkUsers, ProfileSources, Source, Userinfo};
use crate::rate_limits::{RateLimits, SharedCounts};
use crate::webhooks::Webhooks;

pub use serve::{serve, serve_with, shutdown_signal};

/// What an app built on the crate adds to the server: its schema (its own
/// `Query` and `Mutation` merged with ours), its migrations (run after
/// ours), its routes. [`Default`]: nothing, the server alone.
#[derive(Clone, Default)]
pub struct Additions {
    pub graph: Graph,
    pub migrations: db::AppMigrations,
    /// Merged into the server's router, under its layers (request IDs,
    /// spans, CORS, body limit); `None`: none.
    pub routes: Option<Router>,
    /// The app's part of deleting a user.
    pub on_user_deleted: crate::db::user_deletion::DeletionHook,
}

/// A built application: the router plus the background work it owns.
pub struct BuiltApp {
    pub router: Router,
    /// `/metrics` alone, for `METRICS_LISTEN_ADDR` (`None`: it is a route
    /// of [`Self::router`]).
    pub metrics_router: Option<Router>,
    pub state: AppState,
    background: Vec<tokio::task::JoinHandle<()>>,
}

impl Drop for BuiltApp {
    fn drop(&mut self) {
        for task in &self.background {
            task.abort();
        }
    }
}

/// How often the caches settle their pending work (evictions, counts), so
/// that `/metrics` only reads their counters.
pub const CACHE_MAINTENANCE_EVERY: Duration = Duration::from_secs(1);

/// Runs the caches' maintenance on a timer, whatever the traffic.
fn spawn_cache_maintenance(state: &AppState) -> tokio::task::JoinHandle<()> {
    let state = Arc::downgrade(state);
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(CACHE_MAINTENANCE_EVERY);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            let Some(app) = state.upgrade() else { return };
            app.documents.run_pending_tasks();
            app.rate_limits.run_pending_tasks();
            if let Some(passage) = &app.passage {
                passage.run_pending_tasks().await;
            }
        }
    })
}

/// Builds the application for a checked production-mode configuration
/// (dev mode resolves to one first: see `main.rs`). Does not touch the
/// network: the pool connects lazily and the JWKS loads in the background.
pub fn build_app(config: &Config) -> anyhow::Result<BuiltApp> {
    build_app_with(config, None)
}

/// [`build_app`], with the dev-mode extras when given.
pub fn build_app_with(config: &Config, dev: Option<DevSettings>) -> anyhow::Result<BuiltApp> {
    build_app_for(config, dev, &Additions::default())
}

/// [`build_app_with`], serving an app's [`Additions`] too.
pub fn build_app_for(
    config: &Config,
    dev: Option<DevSettings>,
    additions: &Additions,
) -> anyhow::Result<BuiltApp> {
    let Mode::Production(passage_settings) = config.mode()? else {
        anyhow::bail!(
            "build_app needs the issuers configured (dev mode starts the emulator first)"
        );
    };
    let database_url = config
        .database_url()
        .ok_or_else(|| anyhow::anyhow!("DATABASE_URL must be set"))?;
    let pool = db::connect(
        database_url,
        config.database_pool_size,
        config.database_session_limits(),
    )?;
    let http_client = passage::http_client(config.passage_timeout());
    let leeway = config.jwt_leeway();
    let mut issuers: Vec<Issuer> = passage_settings
        .iter()
        .map(|settings| Issuer::passage(http_client.clone(), settings, leeway.as_secs()))
        .collect();
    let file_issuers = config.issuers()?;
    for other in &file_issuers {
        if issuers.iter().any(|i| i.iss_values.contains(&other.issuer)) {
            anyhow::bail!(
                "issuer {:?} in the configuration file is Passage's own issuer; Passage is \
                 configured by the PASSAGE_* variables: remove it from the file",
                other.issuer
            );
        }
        issuers.push(Issuer::oidc(http_client.clone(), other, leeway.as_secs()));
    }
    anyhow::ensure!(
        !issuers.is_empty(),
        "no token issuer: set PASSAGE_APP_ID, or list [[issuers]] in CONFIG_FILE"
    );
    let names: Vec<&str> = issuers.iter().map(|i| i.name.as_str()).collect();
    tracing::info!(issuers = ?names, passage = passage_settings.is_some(), "token issuers active");
    let mut background: Vec<_> = issuers.iter().map(|i| i.jwks.spawn_refresher()).collect();
    // Passage identities are shown under Passage's issuer, or, with Passage
    // removed, under the name `passage`.
    let passage_issuer = PassageIssuer(
        issuers
            .iter()
            .find(|i| i.is_passage())
            .map_or_else(|| "passage".into(), |i| i.name.clone()),
    );
    // Keys in Redis are per deployment, as the profile cache's are.
    let redis_namespace = passage_settings
        .as_ref()
        .map_or_else(|| "providers".to_owned(), |s| s.app_id.clone());
    let telemetry = Arc::new(Telemetry::default());
    let verifier = TokenVerifier::new(issuers, leeway).with_telemetry(telemetry.clone());
    let passage = match passage_settings {
        Some(settings) => {
            let client = PassageClient::new(
                http_client.clone(),
                &settings,
                config.passage_max_concurrency,
                config.passage_timeout(),
            )
            .with_telemetry(telemetry.clone());
            let mut users = PassageUsers::new(
                client,
                config.passage_cache_ttl(),
                config.passage_deadline(),
            );
            if let Some(url) = config.redis_url() {
                users = users.share_through_redis(url, config.redis_timeout(), &settings.app_id)?;
            }
            Some(users)
        }
        None => None,
    };
    // The Redis level, Passage's when it has one, else connected on first
    // need by a provider's profiles or the persisted queries.
    let mut shared = passage.as_ref().and_then(|p| p.shared_cache().cloned());
    let sources = profile_sources(
        config,
        &verifier,
        &http_client,
        &telemetry,
        passage.as_ref(),
        &mut shared,
    )?;
    let documents = DocumentCache::default();
    let persisted = if config.graphql_apq {
        PersistedQueries::on(providers_shared_cache(config, &mut shared)?)
    } else {
        PersistedQueries::off()
    };
    let repo = UserRepo::new(pool.clone()).with_deletion_hook(additions.on_user_deleted.clone());
    let query_counts = repo.counts().clone();
    let first_sight = Arc::new(FirstSight::new(
        repo.clone(),
        telemetry.clone(),
        passage.clone(),
    ));
    let events = EventBus::new(event_relay(config, database_url, &pool, &redis_namespace)?);
    let mut webhook_secrets = std::collections::BTreeMap::new();
    for webhook in file_issuers.iter().filter_map(|i| i.webhook.as_ref()) {
        if let Some(secret) = config.webhook_secret(&webhook.secret_env)? {
            webhook_secrets.insert(webhook.secret_env.clone(), secret);
        }
    }
    let webhooks = Webhooks::configure(
        &file_issuers,
        |name| {
            webhook_secrets
                .get(name)
                .map(|s| crate::config::ExposeSecret::expose_secret(s).to_owned())
        },
        &sources,
        first_sight.clone(),
        telemetry.clone(),
        events.clone(),
    )?;
    let rate_limits = RateLimits::new(
        config.rate_limits(),
        &repo,
        config.redis_url().map(|url| SharedCounts {
            url,
            timeout: config.redis_timeout(),
            namespace: &redis_namespace,
        }),
    )?;
    let schema = additions.graph.build(Services {
        repo,
        passage_issuer,
        passage: passage.clone(),
        sources,
        limits: config.graphql_limits(),
        documents: documents.clone(),
        telemetry: telemetry.clone(),
        events: events.clone(),
    });
    let trusted = match &config.graphql_trusted_documents {
        Some(path) => {
            let mode = config.graphql_trusted_documents_mode.unwrap_or_default();
            // Validation only: nothing here waits on I/O.
            let trusted = futures::executor::block_on(TrustedDocuments::load(path, mode, &schema))?;
            tracing::info!(documents = trusted.len(), ?mode, "trusted documents loaded");
            Some(trusted)
        }
        None => None,
    };
    let state = Arc::new(App {
        schema,
        pool,
        verifier,
        auth_metrics: AuthMetrics::default(),
        passage,
        documents,
        persisted,
        trusted,
        query_counts,
        first_sight: first_sight.clone(),
        events,
        sockets: crate::events::Sockets::new(config.live_max_sockets_per_user),
        socket_origins: config.cors_allowed_origins.clone(),
        rate_limits,
        telemetry,
        max_batch: config.graphql_max_batch,
        max_entities: config.graphql_max_entities,
        request_timeout: config.request_timeout(),
        dev,
        database_check: DatabaseCheck::default(),
        draining: AtomicBool::new(false),
    });
    crate::app::register_metrics(&state);
    background.push(spawn_cache_maintenance(&state));
    let separate_metrics = config.metrics_listen_addr.is_some();
    // `/metrics` names issuers and counts link conflicts and errors: in
    // production the public port serves it only when told to.
    let metrics_on_main_port =
        config.metrics_public || ((state.dev.is_some() || config.is_dev()) && !separate_metrics);
    Ok(BuiltApp {
        router: http::router(
            state.clone(),
            &config.cors_allowed_origins,
            metrics_on_main_port,
            webhooks.router(),
            additions.routes.clone(),
        ),
        metrics_router: separate_metrics.then(|| http::metrics_router(state.clone())),
        state,
        background,
    })
}

/// Each issuer's profile source, with its client: Clerk's Backend API
/// needs `CLERK_SECRET_KEY`, and `passage` needs Passage configured. With
/// `REDIS_URL`, Clerk's profiles share Passage's Redis level (or, without
/// Passage, a Redis client of their own).
fn profile_sources(
    config: &Config,
    verifier: &TokenVerifier,
    http: &reqwest::Client,
    telemetry: &Arc<Telemetry>,
    passage: Option<&PassageUsers>,
    shared: &mut Option<SharedCache>,
) -> anyhow::Result<ProfileSources> {
    let passage_configured = passage.is_some();
    let mut sources = ProfileSources::default();
    for issuer in verifier.issuers() {
        let Some(settings) = issuer.settings() else {
            let source = if passage_configured {
                Source::Passage
            } else {
                Source::Snapshot
            };
            sources.insert(issuer.name.as_str(), source);
            continue;
        };
        let source = match settings.profile {
            ProfileSource::Claims => Source::Claims,
            ProfileSource::Snapshot => Source::Snapshot,
            ProfileSource::Passage => {
                anyhow::ensure!(
                    passage_configured,
                    "issuer {:?} has `profile = \"passage\"` but Passage is not configured \
                     (PASSAGE_APP_ID, PASSAGE_API_KEY); use `profile = \"snapshot\"` for the \
                     Passage snapshot",
                    settings.issuer
                );
                Source::Passage
            }
            ProfileSource::Userinfo => Source::Userinfo(
                Userinfo::new(
                    http.clone(),
                    &settings.issuer,
                    settings.userinfo_url.as_deref(),
                    config.passage_deadline(),
                )
                .with_telemetry(telemetry.clone()),
            ),
            ProfileSource::Clerk => {
                let Some(secret) = config.clerk_secret_key() else {
                    anyhow::bail!(
                        "issuer {:?} reads its users' fields from Clerk's Backend API \
                         (`profile = \"clerk\"`, the clerk preset's default): set \
                         CLERK_SECRET_KEY, or `profile = \"claims\"` to use the token's claims",
                        settings.issuer
                    );
                };
                let mut users = ClerkUsers::new(
                    http.clone(),
                    &settings.clerk_api_url,
                    secret,
                    config.passage_cache_ttl(),
                    config.passage_deadline(),
                )
                .with_telemetry(telemetry.clone());
                if let Some(shared) = providers_shared_cache(config, shared)? {
                    users = users.share_through(shared, issuer.name.as_str());
                }
                Source::Clerk(users)
            }
        };
        sources.insert(issuer.name.as_str(), source);
    }
    Ok(sources)
}

/// Live updates' events for a command run beside the servers (`admin
/// grant|revoke`): published through the relay the servers listen on.
pub fn event_bus_for_command(
    config: &Config,
    database_url: &str,
    pool: &db::DbPool,
) -> anyhow::Result<EventBus> {
    let namespace = config
        .passage_app_id
        .as_deref()
        .filter(|id| !id.trim().is_empty())
        .unwrap_or("providers")
        .to_owned();
    Ok(EventBus::new(event_relay(
        config,
        database_url,
        pool,
        &namespace,
    )?))
}

/// How live-update events reach the other replicas: Redis with
/// `REDIS_URL`, else `LISTEN/NOTIFY` on `DATABASE_LISTEN_URL` (else
/// `DATABASE_URL`).
fn event_relay(
    config: &Config,
    database_url: &str,
    pool: &db::DbPool,
    namespace: &str,
) -> anyhow::Result<Relay> {
    let settings = match (config.redis_url(), config.database_listen_url()) {
        (Some(url), _) => RelaySettings::Redis {
            url,
            timeout: config.redis_timeout(),
            namespace,
        },
        (None, listen_url) => {
            if listen_url.is_none() && config.database_statement_cache == db::StatementCache::Off {
                tracing::warn!(
                    "live updates reach other replicas through LISTEN on DATABASE_URL, which \
                     a transaction pooler does not keep: set DATABASE_LISTEN_URL to a direct \
                     or session-mode connection (or REDIS_URL)"
                );
            }
            RelaySettings::Postgres {
                listen_url: listen_url.unwrap_or(database_url),
                pool: pool.clone(),
            }
        }
    };
    Relay::new(settings)
}

/// The Redis level for other providers' profiles: Passage's when it has
/// one, else one connected here on first need (`REDIS_URL`, with
/// `PASSAGE_CACHE_TTL` above 0).
fn providers_shared_cache(
    config: &Config,
    shared: &mut Option<SharedCache>,
) -> anyhow::Result<Option<SharedCache>> {
    if shared.is_none()
        && let Some(url) = config.redis_url()
        && !config.passage_cache_ttl().is_zero()
    {
        let settings = SharedCacheSettings {
            url,
            timeout: config.redis_timeout(),
            namespace: "providers",
            ttl: config.passage_cache_ttl(),
            deadline: config.passage_deadline(),
        };
        *shared = Some(SharedCache::connect(&settings, NoLocalCopies)?);
    }
    Ok(shared.clone())
}
