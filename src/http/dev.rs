//! Dev-mode only routes: the example single-page app (embedded, so it works
//! from any working directory) and where to find the Passage emulator.

use axum::Json;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::json;

use crate::app::AppState;

const SPA_INDEX: &str = include_str!("../../examples/spa/index.html");
const SPA_SCRIPT: &str = include_str!("../../examples/spa/app.js");

pub async fn home() -> Redirect {
    Redirect::temporary("/spa/")
}

pub async fn spa_index() -> Response {
    (
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        SPA_INDEX,
    )
        .into_response()
}

pub async fn spa_script() -> Response {
    (
        [(header::CONTENT_TYPE, "text/javascript; charset=utf-8")],
        SPA_SCRIPT,
    )
        .into_response()
}

/// `{"appId", "authUrl"}` of the emulator, for the example app.
pub async fn passage_settings(State(app): State<AppState>) -> Response {
    match &app.dev {
        Some(dev) => {
            Json(json!({ "appId": dev.app_id, "authUrl": dev.emulator_url })).into_response()
        }
        None => axum::http::StatusCode::NOT_FOUND.into_response(),
    }
}
