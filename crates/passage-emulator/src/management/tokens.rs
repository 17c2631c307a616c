//! `DELETE /users/{id}/tokens`: revokes every refresh token of the user, so
//! the next refresh (passage-js's, when its auth token expires) fails with
//! 401 `invalid_refresh_token` and the user must sign in again. Auth tokens
//! already issued stay valid until they expire, as JWTs do.

use std::sync::Arc;

use axum::extract::{Path, State as AxumState};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{gate, user_not_found};
use crate::State;

pub(super) async fn revoke_all(
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
    state.auth.revoke_refresh_tokens(&id);
    state.save();
    StatusCode::OK.into_response()
}
