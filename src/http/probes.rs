//! `/health` (the process answers) and `/ready` (it can serve: the database
//! answers and the signing keys are loaded, and no SIGTERM has come), and
//! `/metrics`.
//!
//! `/ready` is public and anonymous: it answers the database's state from
//! the last check, made at most once per [`DATABASE_CHECK_EVERY`](crate::db::DATABASE_CHECK_EVERY) and shared
//! by every probe that arrives meanwhile, so a flood of probes costs one
//! pooled connection and one `SELECT 1` a second, not one per probe.
//! `/metrics` writes the app's registry ([`crate::observability::metrics`]):
//! counters and gauges only; the caches' own maintenance runs on its timer
//! ([`crate::app`]), not per scrape.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::json;

use crate::app::AppState;
use crate::db;

pub async fn health() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

pub async fn ready(State(app): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    if app.is_draining() {
        // Shutting down: a balancer should stop sending requests here, even
        // though they are still served until the listener closes.
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "draining" })),
        );
    }
    let database = app.database_check.health(&app.pool).await;
    let issuers: Vec<(String, crate::auth::KeysStatus)> = app
        .verifier
        .issuers()
        .iter()
        .map(|i| (i.name.to_string(), i.jwks.status()))
        .collect();
    let keys = issuers
        .iter()
        .all(|(_, status)| *status == crate::auth::KeysStatus::Loaded);
    // Passage's keys, as the `signing_keys` field has always reported (with
    // Passage removed: the first issuer that is not ready, else loaded).
    let signing_keys = app
        .verifier
        .issuers()
        .iter()
        .find(|i| i.is_passage())
        .map(|i| i.jwks.status())
        .or_else(|| {
            issuers
                .iter()
                .map(|(_, status)| *status)
                .find(|s| *s != crate::auth::KeysStatus::Loaded)
        })
        .unwrap_or(crate::auth::KeysStatus::Loaded);
    let status = if database != db::Health::Unavailable && keys {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let mut body = json!({
        "status": if status == StatusCode::OK { "ready" } else { "not_ready" },
        "database": match database {
            db::Health::Ok => "ok",
            db::Health::Busy => "busy",
            db::Health::Unavailable => "unavailable",
        },
        "signing_keys": signing_keys.label(),
        "issuers": issuers
            .iter()
            .map(|(name, status)| json!({ "issuer": name, "signing_keys": status.label() }))
            .collect::<Vec<_>>(),
    });
    // Informative only: without Redis the server still answers. Connected
    // when every client that uses it (profile cache, rate limits) is.
    let clients = [
        app.passage.as_ref().and_then(|p| p.shared_cache_status()),
        app.rate_limits.redis_status(),
    ];
    if let Some(redis) = clients
        .into_iter()
        .flatten()
        .reduce(|a, b| if a == "connected" { b } else { a })
    {
        body["redis"] = json!(redis);
    }
    (status, Json(body))
}

/// Every metric family of the app, in the Prometheus text format.
pub async fn metrics(State(app): State<AppState>) -> impl axum::response::IntoResponse {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4",
        )],
        app.telemetry.render(),
    )
}
