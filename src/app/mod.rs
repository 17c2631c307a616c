//! The application's shared state: what every handler and resolver reaches
//! through [`AppState`]. Built by [`crate::startup`], served by
//! [`crate::http`].

mod readings;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use crate::auth::{AuthMetrics, TokenVerifier};
use crate::db::{DatabaseCheck, DbPool, query_counts::QueryCounts};
use crate::graphql::persisted::PersistedQueries;
use crate::graphql::trusted::TrustedDocuments;
use crate::graphql::{AppSchema, DocumentCache};
use crate::moving::FirstSight;
use crate::observability::metrics::Telemetry;

use crate::passage::PassageUsers;
use crate::rate_limits::RateLimits;
pub use readings::register_metrics;

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
    /// Automatic persisted queries' texts by hash (`GRAPHQL_APQ`).
    pub persisted: PersistedQueries,
    /// The operations the app ships (`GRAPHQL_TRUSTED_DOCUMENTS`).
    pub trusted: Option<TrustedDocuments>,
    /// Queries sent to Postgres, by kind (reported by `/metrics`).
    pub query_counts: Arc<QueryCounts>,
    /// Links other issuers' identities to Passage-era users.
    pub first_sight: Arc<FirstSight>,
    /// Live updates' events.
    pub events: crate::events::EventBus,
    /// This replica's graphql-ws sockets.
    pub sockets: crate::events::Sockets,
    /// Origins whose pages may open a cookie-signed socket
    /// (`CORS_ALLOWED_ORIGINS`; the server's own origin is always allowed).
    pub socket_origins: Vec<String>,
    /// The per-user and per-address budgets of `/graphql`.
    pub rate_limits: RateLimits,
    /// The metric families of `/metrics`.
    pub telemetry: Arc<Telemetry>,
    /// Most operations in one batched request.
    pub max_batch: usize,
    /// Most `_entities` representations in one request.
    pub max_entities: usize,
    /// Longest a GraphQL request may run.
    pub request_timeout: Duration,
    /// Dev mode only.
    pub dev: Option<DevSettings>,
    /// The database's state as `/ready` reports it.
    pub database_check: DatabaseCheck,
    /// Set at SIGTERM: `/ready` answers 503 so balancers move traffic away
    /// while requests are still served.
    pub(crate) draining: AtomicBool,
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
