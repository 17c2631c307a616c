//! The application: shared state, the router with its layers, and serving
//! with graceful shutdown.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, Method, header};
use axum::routing::get;
use tower::ServiceBuilder;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::map_response_body::MapResponseBodyLayer;
use tower_http::request_id::{
    MakeRequestId, PropagateRequestIdLayer, RequestId, SetRequestIdLayer,
};
use tower_http::trace::TraceLayer;

use crate::auth::{AuthMetrics, Issuer, TokenVerifier};
use crate::config::{Config, Mode};
use crate::db::{self, DbPool, query_counts::QueryCounts, users::UserRepo};
use crate::graphql::{AppSchema, DocumentCache, PassageIssuer, build_schema};
use crate::http;
use crate::linking::FirstSight;
use crate::observability::metrics::Telemetry;
use crate::passage::{self, PassageClient, PassageUsers};

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// What every handler shares.
pub struct App {
    pub schema: AppSchema,
    pub pool: DbPool,
    pub verifier: TokenVerifier,
    pub auth_metrics: AuthMetrics,
    /// Passage's Management API; `None` once Passage is removed.
    pub passage: Option<PassageUsers>,
    /// Parsed documents kept between requests (reported by `/metrics`).
    pub documents: DocumentCache,
    /// Queries sent to Postgres, by kind (reported by `/metrics`).
    pub query_counts: Arc<QueryCounts>,
    /// Links other issuers' identities to Passage-era users.
    pub first_sight: FirstSight,
    /// The metric families of `/metrics`.
    pub telemetry: Arc<Telemetry>,
    /// Most operations in one batched request.
    pub max_batch: usize,
    /// Longest a GraphQL request may run.
    pub request_timeout: Duration,
    /// Dev mode only.
    pub dev: Option<DevSettings>,
    /// The database's state as `/ready` reports it.
    pub database_check: http::probes::DatabaseCheck,
    /// Set at SIGTERM: `/ready` answers 503 so balancers move traffic away
    /// while requests are still served.
    draining: AtomicBool,
}

impl App {
    /// From now on `/ready` answers 503; everything else is served as before.
    pub fn start_draining(&self) {
        self.draining.store(true, Ordering::SeqCst);
    }

    pub fn is_draining(&self) -> bool {
        self.draining.load(Ordering::SeqCst)
    }
}

/// What dev mode adds: GraphiQL signed in, the example app, the emulator's
/// whereabouts.
#[derive(Debug, Clone)]
pub struct DevSettings {
    /// `Authorization` header value GraphiQL opens with.
    pub graphiql_authorization: String,
    pub app_id: String,
    /// Base URL of the emulator (its JWKS and auth API), where the example
    /// app's dev-only script sends passage-js.
    pub emulator_url: String,
}

/// What handlers receive.
pub type AppState = Arc<App>;

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
    let Mode::Production(passage_settings) = config.mode()? else {
        anyhow::bail!(
            "build_app needs PASSAGE_APP_ID or CONFIG_FILE (dev mode starts the emulator first)"
        );
    };
    let database_url = config
        .database_url
        .as_deref()
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
    for other in config.issuers()? {
        if issuers.iter().any(|i| i.iss_values.contains(&other.issuer)) {
            anyhow::bail!(
                "issuer {:?} in the configuration file is Passage's own issuer; Passage is \
                 configured by the PASSAGE_* variables: remove it from the file",
                other.issuer
            );
        }
        issuers.push(Issuer::oidc(http_client.clone(), &other, leeway.as_secs()));
    }
    anyhow::ensure!(
        !issuers.is_empty(),
        "no token issuer: set PASSAGE_APP_ID, or list [[issuers]] in CONFIG_FILE"
    );
    let names: Vec<&str> = issuers.iter().map(|i| &*i.name).collect();
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
    let telemetry = Arc::new(Telemetry::default());
    let verifier = TokenVerifier::new(issuers, leeway).with_telemetry(telemetry.clone());
    let passage = match passage_settings {
        Some(settings) => {
            let client = PassageClient::new(
                http_client,
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
    let documents = DocumentCache::default();
    let repo = UserRepo::new(pool.clone());
    let query_counts = repo.counts().clone();
    let first_sight = FirstSight::new(repo.clone(), telemetry.clone());
    let schema = build_schema(
        repo,
        passage_issuer,
        passage.clone(),
        config.graphql_limits(),
        documents.clone(),
        telemetry.clone(),
    );
    let state = Arc::new(App {
        schema,
        pool,
        verifier,
        auth_metrics: AuthMetrics::default(),
        passage,
        documents,
        query_counts,
        first_sight,
        telemetry,
        max_batch: config.graphql_max_batch,
        request_timeout: config.request_timeout(),
        dev,
        database_check: http::probes::DatabaseCheck::default(),
        draining: AtomicBool::new(false),
    });
    state.telemetry.register_app(&state);
    background.push(spawn_cache_maintenance(&state));
    let separate_metrics = config.metrics_listen_addr.is_some();
    Ok(BuiltApp {
        router: router(
            state.clone(),
            &config.cors_allowed_origins,
            !separate_metrics,
        ),
        metrics_router: separate_metrics.then(|| metrics_router(state.clone())),
        state,
        background,
    })
}

/// `/metrics` alone, for its own listener (no CORS: browsers have no
/// business there).
pub fn metrics_router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(http::probes::metrics))
        .route_layer(http::RecordRequestsLayer::new(state.telemetry.clone()))
        .with_state(state)
}

/// The HTTP routes and their layers; `/metrics` among them unless it has a
/// listener of its own.
pub fn router(state: AppState, cors_origins: &[String], with_metrics: bool) -> Router {
    let mut routes = Router::new();
    if state.dev.is_some() {
        routes = routes
            .route("/", get(http::dev::home))
            .route("/spa/", get(http::dev::spa_index))
            .route("/spa/app.js", get(http::dev::spa_script))
            .route("/spa/vendor/passage-js.js", get(http::dev::passage_js))
            .route(
                "/spa/vendor/LICENSES.txt",
                get(http::dev::passage_js_licenses),
            )
            .route(
                "/dev/passage-emulator.js",
                get(http::dev::passage_emulator_shim),
            );
    }
    routes = routes
        .route(
            "/graphql",
            get(http::graphql::get).post(http::graphql::post),
        )
        .route(http::graphiql::ASSET_ROUTE, get(http::graphiql::asset))
        .route("/health", get(http::probes::health))
        .route("/ready", get(http::probes::ready));
    if with_metrics {
        routes = routes.route("/metrics", get(http::probes::metrics));
    }
    let routes = routes
        .route_layer(http::RecordRequestsLayer::new(state.telemetry.clone()))
        .with_state(state);
    with_layers(routes, cors_origins)
}

/// The layers every route gets, outermost first: request IDs, request
/// spans, panic -> 500 `INTERNAL`, CORS, body limit.
///
/// One stack given to the router at once: the router boxes each layer it
/// is given, and clones and boxes it again on every request.
pub fn with_layers(routes: Router, cors_origins: &[String]) -> Router {
    let request_id = HeaderName::from_static("x-request-id");
    routes.layer(
        ServiceBuilder::new()
            .layer(SetRequestIdLayer::new(request_id.clone(), RandomRequestId))
            .layer(TraceLayer::new_for_http().make_span_with(http::request_span))
            .layer(PropagateRequestIdLayer::new(request_id))
            .layer(CatchPanicLayer::custom(http::panic_response))
            .layer(cors(cors_origins))
            // CORS answers preflights itself, with a default body of the
            // type below it: axum's `Body`, not the body limit's.
            .layer(MapResponseBodyLayer::new(axum::body::Body::new))
            .layer(RequestBodyLimitLayer::new(MAX_BODY_BYTES)),
    )
}

/// A random UUID (version 4) per request, from the thread's generator:
/// tower-http's `MakeRequestUuid` asks the kernel for randomness on every
/// request.
#[derive(Clone, Copy)]
struct RandomRequestId;

impl MakeRequestId for RandomRequestId {
    fn make_request_id<B>(&mut self, _: &axum::http::Request<B>) -> Option<RequestId> {
        let id = uuid::Builder::from_random_bytes(rand::random()).into_uuid();
        let text = id
            .hyphenated()
            .encode_lower(&mut uuid::Uuid::encode_buffer())
            .to_owned();
        HeaderValue::from_str(&text).ok().map(RequestId::new)
    }
}

fn cors(origins: &[String]) -> CorsLayer {
    let allowed: Arc<[HeaderValue]> = origins
        .iter()
        .map(|o| o.trim().trim_end_matches('/'))
        .filter(|o| !o.is_empty())
        .filter_map(|o| HeaderValue::from_str(o).ok())
        .collect();
    // A predicate rather than `AllowOrigin::list`: the layers are cloned for
    // every request, and a list is cloned with them.
    CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(move |origin, _| {
            allowed.contains(origin)
        }))
        .allow_credentials(true)
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([header::CONTENT_TYPE, header::AUTHORIZATION, header::ACCEPT])
        .max_age(Duration::from_secs(600))
}
