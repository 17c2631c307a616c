//! `/health` (the process answers) and `/ready` (it can serve: the database
//! answers and the signing keys are loaded), and `/metrics`.

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
    let database = db::ping(&app.pool).await;
    let signing_keys = app.verifier.jwks().status();
    let keys = signing_keys == crate::auth::KeysStatus::Loaded;
    let status = if database && keys {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = json!({
        "status": if status == StatusCode::OK { "ready" } else { "not_ready" },
        "database": if database { "ok" } else { "unavailable" },
        "signing_keys": signing_keys.label(),
    });
    (status, Json(body))
}

/// Counters in the Prometheus text format.
pub async fn metrics(State(app): State<AppState>) -> impl axum::response::IntoResponse {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4",
        )],
        app.auth_metrics.render(),
    )
}
