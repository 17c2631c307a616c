//! One user at a time: `GET|PATCH|DELETE /users/{id}`, `POST /users`, and
//! `PATCH /users/{id}/activate|deactivate`. Each answers `{"user": {...}}`
//! (`UserResponse`), the user as [`State::view`] shows them; `DELETE`
//! answers an empty 200.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State as AxumState};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{InFlight, bad_request, gate, has_api_key, injected, user_not_found};
use crate::routes::{plausible_e164, plausible_email};
use crate::{State, auth_api, random_id};
use passage_wire::{PassageStatus, PassageUser, UserUpdate};

type Shared = AxumState<Arc<State>>;

/// `{"user": ...}` with the user's devices.
fn user_response(state: &State, status: StatusCode, user: PassageUser) -> Response {
    (status, Json(json!({ "user": state.view(user) }))).into_response()
}

pub(super) async fn get(
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
    let user = user.map(|u| state.view(u));
    // The answer is read now and delivered later, as a slow network would.
    if !knobs.get_transit_delay.is_zero() {
        tokio::time::sleep(knobs.get_transit_delay).await;
    }
    match user {
        Some(user) => Json(json!({ "user": user })).into_response(),
        None => user_not_found(),
    }
}

pub(super) async fn update(
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
        return bad_request("invalid JSON body");
    };
    if let Err(message) = check_contact(update.email.as_deref(), update.phone.as_deref())
        .and_then(|()| check_metadata(update.user_metadata.as_ref()))
    {
        return bad_request(message);
    }
    let keep_verified = state.knobs().update_keeps_verified;
    let updated = {
        let mut users = state.users.lock().unwrap();
        if let Some(taken) = taken_by_another(&users, &id, &update) {
            return bad_request(taken);
        }
        let Some(user) = users.get_mut(&id) else {
            return user_not_found();
        };
        if let Some(email) = update.email {
            user.email_verified &= keep_verified;
            user.email = email;
        }
        if let Some(phone) = update.phone {
            user.phone_verified &= keep_verified;
            user.phone = phone;
        }
        if let Some(metadata) = update.user_metadata {
            user.user_metadata = Some(metadata);
        }
        user.updated_at = Some(Utc::now());
        user.clone()
    };
    state.save();
    user_response(&state, StatusCode::OK, updated)
}

/// The complaint when another user already has the email or phone number.
fn taken_by_another(
    users: &std::collections::BTreeMap<String, PassageUser>,
    id: &str,
    wanted: &UserUpdate,
) -> Option<&'static str> {
    let others = || users.values().filter(|u| u.id != id);
    if let Some(email) = wanted.email.as_deref().filter(|e| !e.is_empty())
        && others().any(|u| u.email.eq_ignore_ascii_case(email))
    {
        return Some("email: already used by another user");
    }
    if let Some(phone) = wanted.phone.as_deref().filter(|p| !p.is_empty())
        && others().any(|u| u.phone == phone)
    {
        return Some("phone: already used by another user");
    }
    None
}

pub(super) async fn delete(
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
        None => user_not_found(),
    }
}

#[derive(Deserialize)]
struct NewUser {
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    user_metadata: Option<Value>,
}

/// `POST /users {email?, phone?, user_metadata?}`: 201 with an active user
/// who has never signed in (400 when both are missing, malformed or taken).
pub(super) async fn create(
    AxumState(state): Shared,
    Path(app): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if !has_api_key(&state, &headers) && auth_api::is_public_create(&body) {
        return auth_api::create_user_public(&state, &app, &body);
    }
    state.counters.create_user.fetch_add(1, Ordering::SeqCst);
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    let Ok(new) = serde_json::from_slice::<NewUser>(&body) else {
        return bad_request("invalid JSON body");
    };
    let email = new.email.unwrap_or_default().trim().to_lowercase();
    let phone = new.phone.unwrap_or_default().trim().to_owned();
    if email.is_empty() && phone.is_empty() {
        return bad_request("email or phone: one is required");
    }
    if let Err(message) = check_contact(Some(&email), Some(&phone))
        .and_then(|()| check_metadata(new.user_metadata.as_ref()))
    {
        return bad_request(message);
    }
    let now = Utc::now();
    let user = PassageUser {
        id: random_id(24),
        email,
        phone,
        status: PassageStatus::Active,
        created_at: Some(now),
        updated_at: Some(now),
        user_metadata: new.user_metadata.filter(|m| !m.is_null()),
        ..PassageUser::default()
    };
    {
        let mut users = state.users.lock().unwrap();
        let wanted = UserUpdate {
            email: Some(user.email.clone()),
            phone: Some(user.phone.clone()),
            user_metadata: None,
        };
        if let Some(taken) = taken_by_another(&users, &user.id, &wanted) {
            return bad_request(taken);
        }
        users.insert(user.id.clone(), user.clone());
    }
    state.save();
    user_response(&state, StatusCode::CREATED, user)
}

pub(super) async fn activate(
    AxumState(state): Shared,
    Path((app, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    set_status(&state, &app, &id, &headers, PassageStatus::Active).await
}

/// Deactivated users cannot sign in or refresh their session.
pub(super) async fn deactivate(
    AxumState(state): Shared,
    Path((app, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    set_status(&state, &app, &id, &headers, PassageStatus::Inactive).await
}

async fn set_status(
    state: &State,
    app: &str,
    id: &str,
    headers: &HeaderMap,
    status: PassageStatus,
) -> Response {
    if let Some(refusal) = gate(state, app, headers).await {
        return refusal;
    }
    let updated = {
        let mut users = state.users.lock().unwrap();
        let Some(user) = users.get_mut(id) else {
            return user_not_found();
        };
        user.status = status;
        user.updated_at = Some(Utc::now());
        user.clone()
    };
    state.save();
    user_response(state, StatusCode::OK, updated)
}

/// Passage's own checks on an email and a phone number (empty: none).
fn check_contact(email: Option<&str>, phone: Option<&str>) -> Result<(), &'static str> {
    if email.is_some_and(|e| !e.is_empty() && !plausible_email(e)) {
        return Err("email: invalid email address");
    }
    if phone.is_some_and(|p| !p.is_empty() && !plausible_e164(p)) {
        return Err("phone: must be in E.164 format");
    }
    Ok(())
}

/// `user_metadata` is an object of fields (or `null`).
fn check_metadata(metadata: Option<&Value>) -> Result<(), &'static str> {
    match metadata {
        None | Some(Value::Null | Value::Object(_)) => Ok(()),
        Some(_) => Err("user_metadata: must be an object"),
    }
}
