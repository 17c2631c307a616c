//! The HTTP routes and the layers every route gets.

use std::sync::Arc;
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

use super::cors::CorsUnlessNoOrigin;
use super::{RecordRequestsLayer, dev, graphiql, graphql, panic_response, probes, request_span};
use crate::app::AppState;

/// Largest request body accepted.
pub const MAX_BODY_BYTES: usize = 1024 * 1024;

/// `/metrics` alone, for its own listener (no CORS: browsers have no
/// business there).
pub fn metrics_router(state: AppState) -> Router {
    Router::new()
        .route("/metrics", get(probes::metrics))
        .route_layer(RecordRequestsLayer::new(state.telemetry.clone()))
        .with_state(state)
}

/// The HTTP routes and their layers; `/metrics` among them unless it has a
/// listener of its own.
pub fn router(
    state: AppState,
    cors_origins: &[String],
    with_metrics: bool,
    webhooks: Router,
    app_routes: Option<Router>,
) -> Router {
    let mut routes = Router::new();
    if state.dev.is_some() {
        routes = routes
            .route("/", get(dev::home))
            .route("/spa/", get(dev::spa_index))
            .route("/spa/app.js", get(dev::spa_script))
            .route("/spa/vendor/passage-js.js", get(dev::passage_js))
            .route("/spa/vendor/apollo-client.js", get(dev::apollo_client))
            .route("/spa/vendor/LICENSES.txt", get(dev::vendor_licenses))
            .route("/dev/passage-emulator.js", get(dev::passage_emulator_shim));
    }
    routes = routes
        .route("/graphql", get(graphql::get).post(graphql::post))
        .route(graphiql::ASSET_ROUTE, get(graphiql::asset))
        .route("/health", get(probes::health))
        .route("/ready", get(probes::ready));
    if with_metrics {
        routes = routes.route("/metrics", get(probes::metrics));
    }
    let telemetry = state.telemetry.clone();
    let mut routes = routes
        .with_state(state)
        .merge(webhooks)
        .route_layer(RecordRequestsLayer::new(telemetry));
    if let Some(app_routes) = app_routes {
        routes = routes.merge(app_routes);
    }
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
            .layer(TraceLayer::new_for_http().make_span_with(request_span))
            .layer(PropagateRequestIdLayer::new(request_id))
            .layer(CatchPanicLayer::custom(panic_response))
            .layer(CorsUnlessNoOrigin::new(cors(cors_origins)))
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
        let mut text = uuid::Uuid::encode_buffer();
        let text = id.hyphenated().encode_lower(&mut text);
        HeaderValue::from_str(text).ok().map(RequestId::new)
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
