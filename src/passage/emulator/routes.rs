//! The emulator's HTTP routes: the JWKS and the Management API here; the
//! auth API (`auth_api`) and the sign-in shortcuts (`shortcuts`) are merged
//! in. `GET|POST /users` serve both APIs and tell them apart by an
//! `identifier` (query or body), which only the auth API sends.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use axum::body::Bytes;
use axum::extract::{Path, Query, State as AxumState};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use chrono::Utc;
use serde::Deserialize;
use serde_json::json;

use super::{Failure, State};
use crate::passage::model::{UserEnvelope, UserUpdate};

type Shared = AxumState<Arc<State>>;

pub(super) fn router(state: Arc<State>) -> Router {
    Router::new()
        .route(
            "/v1/apps/{app}/.well-known/jwks.json",
            get(super::jwks::serve),
        )
        .route("/v1/apps/{app}/users", get(list_users).post(create_user))
        .route(
            "/v1/apps/{app}/users/{id}",
            get(get_user).patch(patch_user).delete(delete_user),
        )
        .route(
            "/v1/apps/{app}/emulator/register",
            post(super::shortcuts::register),
        )
        .route(
            "/v1/apps/{app}/emulator/login",
            post(super::shortcuts::login),
        )
        .merge(super::auth_api::routes())
        .with_state(state.clone())
        // Browsers on the app's origins call the auth API.
        .layer(super::auth_api::cors_layer(state))
}

pub(super) fn error(status: StatusCode, code: &str, message: &str) -> Response {
    (status, Json(json!({"code": code, "error": message}))).into_response()
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
    let expected = format!("Bearer {}", state.api_key);
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if given != Some(expected.as_str()) {
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

async fn get_user(
    AxumState(state): Shared,
    Path((app, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let c = &state.counters;
    c.get_user.fetch_add(1, Ordering::SeqCst);
    let _in_flight = InFlight::enter(&c.get_in_flight, &c.peak_get_in_flight);
    let knobs = state.knobs();
    if let Some((failing, failure)) = &knobs.user_failure
        && *failing == id
        && let Some(response) = injected(*failure).await
    {
        return response;
    }
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    let user = state.users.lock().unwrap().get(&id).cloned();
    // The answer is read now and delivered later, as a slow network would.
    if !knobs.get_transit_delay.is_zero() {
        tokio::time::sleep(knobs.get_transit_delay).await;
    }
    match user {
        Some(user) => Json(UserEnvelope { user }).into_response(),
        None => error(StatusCode::NOT_FOUND, "user_not_found", "user not found"),
    }
}

async fn patch_user(
    AxumState(state): Shared,
    Path((app, id)): Path<(String, String)>,
    headers: HeaderMap,
    body: Option<Json<UserUpdate>>,
) -> Response {
    state.counters.patch_user.fetch_add(1, Ordering::SeqCst);
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    let Some(Json(update)) = body else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "invalid JSON body",
        );
    };
    if let Err(message) = check_update(&update) {
        return error(StatusCode::BAD_REQUEST, "invalid_request", message);
    }
    let response = apply_update(&state, &id, update);
    state.save();
    response
}

fn apply_update(state: &State, id: &str, update: UserUpdate) -> Response {
    let mut users = state.users.lock().unwrap();
    if let Some(email) = update.email.as_deref().filter(|e| !e.is_empty())
        && users.values().any(|u| u.id != id && u.email == email)
    {
        return error(
            StatusCode::CONFLICT,
            "identifier_already_exists",
            "email: already used by another user",
        );
    }
    let Some(user) = users.get_mut(id) else {
        return error(StatusCode::NOT_FOUND, "user_not_found", "user not found");
    };
    if let Some(email) = update.email {
        user.email_verified = false;
        user.email = email;
    }
    if let Some(phone) = update.phone {
        user.phone_verified = false;
        user.phone = phone;
    }
    if let Some(metadata) = update.user_metadata {
        user.user_metadata = Some(metadata);
    }
    user.updated_at = Some(Utc::now());
    Json(UserEnvelope { user: user.clone() }).into_response()
}

async fn delete_user(
    AxumState(state): Shared,
    Path((app, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    state.counters.delete_user.fetch_add(1, Ordering::SeqCst);
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    let removed = state.users.lock().unwrap().remove(&id);
    match removed {
        Some(_) => {
            state.auth.forget_user(&id);
            state.save();
            StatusCode::OK.into_response()
        }
        None => error(StatusCode::NOT_FOUND, "user_not_found", "user not found"),
    }
}

#[derive(Deserialize)]
struct Page {
    page: Option<usize>,
    limit: Option<usize>,
    /// The auth API's "does this user exist?" (no API key).
    identifier: Option<String>,
}

async fn list_users(
    AxumState(state): Shared,
    Path(app): Path<String>,
    Query(page): Query<Page>,
    headers: HeaderMap,
) -> Response {
    if let Some(identifier) = &page.identifier {
        return super::auth_api::user_exists(&state, &app, identifier);
    }
    state.counters.list_users.fetch_add(1, Ordering::SeqCst);
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    let number = page.page.unwrap_or(1).max(1);
    let limit = page.limit.unwrap_or(20).clamp(1, 500);
    let users = state.users.lock().unwrap();
    let slice: Vec<_> = users
        .values()
        .skip((number - 1) * limit)
        .take(limit)
        .cloned()
        .collect();
    Json(json!({
        "users": slice,
        "page": number,
        "limit": limit,
        "total_users": users.len(),
        "_links": {},
    }))
    .into_response()
}

#[derive(Deserialize)]
struct NewUser {
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
}

async fn create_user(
    AxumState(state): Shared,
    Path(app): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if super::auth_api::is_public_create(&body) {
        return super::auth_api::create_user_public(&state, &app, &body);
    }
    state.counters.create_user.fetch_add(1, Ordering::SeqCst);
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    let Ok(new) = serde_json::from_slice::<NewUser>(&body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "invalid JSON body",
        );
    };
    if new.email.is_empty() && new.phone.is_empty() {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "email or phone required",
        );
    }
    let user = state.insert_user(&new.email, &new.phone);
    (StatusCode::CREATED, Json(UserEnvelope { user })).into_response()
}

/// Passage's own input checks on `PATCH /users/{id}`.
fn check_update(update: &UserUpdate) -> Result<(), &'static str> {
    let set = |v: &Option<String>| v.as_deref().filter(|s| !s.is_empty()).map(str::to_owned);
    if set(&update.email).is_some_and(|e| !plausible_email(&e)) {
        return Err("email: invalid email address");
    }
    if set(&update.phone).is_some_and(|p| !plausible_e164(&p)) {
        return Err("phone: must be in E.164 format");
    }
    Ok(())
}

pub(super) fn plausible_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && !email.contains(' ')
}

pub(super) fn plausible_e164(phone: &str) -> bool {
    let digits = phone.strip_prefix('+').unwrap_or("");
    (8..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}
