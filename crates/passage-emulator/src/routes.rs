//! The emulator's HTTP routes: the JWKS, the Management API
//! (`management`), the auth API (`auth_api`) and the sign-in shortcuts
//! (`shortcuts`), on one router; and what they share: Passage's error body
//! and its email and phone checks.

use std::sync::Arc;

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde_json::json;

use super::State;

pub(super) fn router(state: Arc<State>) -> Router {
    Router::new()
        .route(
            "/v1/apps/{app}/.well-known/jwks.json",
            get(super::jwks::serve),
        )
        .route(
            "/v1/apps/{app}/emulator/register",
            post(super::shortcuts::register),
        )
        .route(
            "/v1/apps/{app}/emulator/login",
            post(super::shortcuts::login),
        )
        .merge(super::management::routes())
        .merge(super::auth_api::routes())
        .with_state(state.clone())
        // Browsers on the app's origins call the auth API.
        .layer(super::auth_api::cors_layer(state))
}

/// Passage's error body: `{"code": "...", "error": "..."}`.
pub(super) fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({"code": code, "error": message}))).into_response()
}

/// The longest email address taken (RFC 5321's limit on a path): pending
/// users keep what anyone sends.
const MAX_EMAIL_LEN: usize = 254;

pub(super) fn plausible_email(email: &str) -> bool {
    if email.len() > MAX_EMAIL_LEN {
        return false;
    }
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !email.contains(' ')
}

pub(super) fn plausible_e164(phone: &str) -> bool {
    let digits = phone.strip_prefix('+').unwrap_or("");
    (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}
