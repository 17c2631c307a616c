//! A user's WebAuthn devices (their passkeys, registered through the auth
//! API): `GET /users/{id}/devices` -> `{devices: [...]}`
//! (`ListDevicesResponse`), and `DELETE /users/{id}/devices/{device_id}`,
//! after which that passkey signs nobody in.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State as AxumState};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::{gate, user_not_found};
use crate::State;
use crate::routes::error;

pub(super) async fn list(
    AxumState(state): AxumState<Arc<State>>,
    Path((app, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    if !state.users.lock().unwrap().contains_key(&id) {
        return user_not_found();
    }
    Json(json!({ "devices": state.auth.devices(&id) })).into_response()
}

pub(super) async fn revoke(
    AxumState(state): AxumState<Arc<State>>,
    Path((app, id, device_id)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Response {
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    if !state.users.lock().unwrap().contains_key(&id) {
        return user_not_found();
    }
    if !state.auth.remove_device(&id, &device_id) {
        return error(
            StatusCode::NOT_FOUND,
            "device_not_found",
            "device not found",
        );
    }
    state.save();
    StatusCode::OK.into_response()
}
