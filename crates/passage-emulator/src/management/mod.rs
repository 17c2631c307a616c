//! Passage's Management API (`https://api.passage.id/v1/apps/{app}/...`),
//! as Passage's server SDKs call it. Shapes and error codes follow the
//! models those SDKs were generated from (`UserResponse`,
//! `ListPaginatedUsersResponse`, `ListDevicesResponse`, `MagicLinkResponse`,
//! `Model400Error`...`Model500Error`).
//!
//! Every route checks `Authorization: Bearer {API key}` (401
//! `invalid_access_token`) and the app (404 `app_not_found`), after the
//! latency and failure knobs. Each file is one group of routes:
//! - `users`: `GET|PATCH|DELETE /users/{id}`, `POST /users`,
//!   `PATCH /users/{id}/activate`, `PATCH /users/{id}/deactivate`
//! - `list`: `GET /users?page=&limit=&identifier=&...`
//! - `devices`: `GET /users/{id}/devices`, `DELETE /users/{id}/devices/{device}`
//! - `tokens`: `DELETE /users/{id}/tokens`
//! - `magic_links`: `POST /magic-links`
//!
//! `GET|POST /users` are also the auth API's (`GET users?identifier=`,
//! `POST users {identifier}`): a call with the API key is the Management
//! API's, and one without it that names an `identifier` is the auth API's.

mod devices;
mod list;
mod magic_links;
mod tokens;
mod users;

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::Router;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, patch, post};

use super::routes::error;
use super::{Failure, State};

pub(super) fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/v1/apps/{app}/users", get(list::list).post(users::create))
        .route(
            "/v1/apps/{app}/users/{id}",
            get(users::get).patch(users::update).delete(users::delete),
        )
        .route("/v1/apps/{app}/users/{id}/activate", patch(users::activate))
        .route(
            "/v1/apps/{app}/users/{id}/deactivate",
            patch(users::deactivate),
        )
        .route("/v1/apps/{app}/users/{id}/devices", get(devices::list))
        .route(
            "/v1/apps/{app}/users/{id}/devices/{device_id}",
            delete(devices::revoke),
        )
        .route(
            "/v1/apps/{app}/users/{id}/tokens",
            delete(tokens::revoke_all),
        )
        .route("/v1/apps/{app}/magic-links", post(magic_links::create))
}

/// Whether the request carries the app's API key (a Management API call).
fn has_api_key(state: &State, headers: &HeaderMap) -> bool {
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    given.and_then(|v| v.strip_prefix("Bearer ")) == Some(state.api_key.as_str())
        && !state.api_key.is_empty()
}

/// Latency, failure injection, app and API-key checks shared by the
/// Management API routes. `Some` is the response to send instead.
async fn gate(state: &State, app: &str, headers: &HeaderMap) -> Option<Response> {
    let knobs = state.knobs();
    if !knobs.latency.is_zero() {
        tokio::time::sleep(knobs.latency).await;
    }
    if let Some(response) = injected(knobs.failure).await {
        return Some(response);
    }
    if app != state.app_id {
        return Some(error(
            StatusCode::NOT_FOUND,
            "app_not_found",
            "app not found",
        ));
    }
    if !has_api_key(state, headers) {
        return Some(error(
            StatusCode::UNAUTHORIZED,
            "invalid_access_token",
            "missing or invalid API key",
        ));
    }
    None
}

/// The answer a failure knob gives instead of the real one.
async fn injected(failure: Failure) -> Option<Response> {
    match failure {
        Failure::None => None,
        Failure::Status(code) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
            Some(error(status, "emulated_failure", "emulated failure"))
        }
        Failure::Html(code) => {
            let status = StatusCode::from_u16(code).unwrap_or(StatusCode::BAD_GATEWAY);
            let page = format!("<html><body><h1>{code}</h1>upstream trouble</body></html>");
            Some(
                (
                    status,
                    [
                        (header::CONTENT_TYPE, "text/html"),
                        (header::RETRY_AFTER, "1"),
                    ],
                    page,
                )
                    .into_response(),
            )
        }
        Failure::Hang => std::future::pending().await,
    }
}

/// 400 `invalid_request`, Passage's code for any refused input.
fn bad_request(message: &str) -> Response {
    error(StatusCode::BAD_REQUEST, "invalid_request", message)
}

/// 404 `user_not_found`.
fn user_not_found() -> Response {
    error(StatusCode::NOT_FOUND, "user_not_found", "user not found")
}

/// Counts a call in progress and remembers the peak.
struct InFlight<'a>(&'a AtomicUsize);

impl<'a> InFlight<'a> {
    fn enter(current: &'a AtomicUsize, peak: &AtomicUsize) -> Self {
        let now = current.fetch_add(1, Ordering::SeqCst) + 1;
        peak.fetch_max(now, Ordering::SeqCst);
        Self(current)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}
