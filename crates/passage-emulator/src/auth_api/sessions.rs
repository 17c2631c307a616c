//! Sessions: what a successful sign-in returns (`auth_result`), refreshing
//! (`POST tokens {refresh_token}`, which rotates the refresh token) and
//! signing out (`DELETE tokens?refresh_token=`, which revokes it).
//!
//! Refresh tokens are random and kept only as SHA-256 digests, in memory and
//! in the state file, so the file never holds a usable token.

use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use aws_lc_rs::digest::{SHA256, digest};
use axum::Json;
use axum::extract::{Path, Query, State as AxumState};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use rand::RngCore;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::{ApiError, ApiResult, check_app, json_body};
use crate::State;
use passage_wire::PassageStatus;

/// How long a refresh token lives, in seconds (30 days).
pub const REFRESH_TOKEN_TTL_SECS: i64 = 30 * 24 * 3600;

/// A live refresh token as the state file keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SavedRefreshToken {
    /// base64url SHA-256 of the token.
    digest: String,
    user_id: String,
    /// Unix seconds.
    expires_at: i64,
}

#[derive(Debug, Clone)]
struct Session {
    user_id: String,
    expires_at: i64,
}

/// Live refresh tokens by digest.
#[derive(Default)]
pub(super) struct RefreshTokens {
    by_digest: HashMap<String, Session>,
}

impl RefreshTokens {
    pub(super) fn from_saved(saved: Vec<SavedRefreshToken>) -> Self {
        let now = Utc::now().timestamp();
        let by_digest = saved
            .into_iter()
            .filter(|t| t.expires_at > now)
            .map(|t| {
                let session = Session {
                    user_id: t.user_id,
                    expires_at: t.expires_at,
                };
                (t.digest, session)
            })
            .collect();
        Self { by_digest }
    }

    pub(super) fn to_saved(&self) -> Vec<SavedRefreshToken> {
        let mut saved: Vec<SavedRefreshToken> = self
            .by_digest
            .iter()
            .map(|(digest, s)| SavedRefreshToken {
                digest: digest.clone(),
                user_id: s.user_id.clone(),
                expires_at: s.expires_at,
            })
            .collect();
        saved.sort_by(|a, b| a.digest.cmp(&b.digest));
        saved
    }

    /// A new refresh token for `user_id`, and when it expires.
    fn issue(&mut self, user_id: &str) -> (String, i64) {
        let now = Utc::now().timestamp();
        self.by_digest.retain(|_, s| s.expires_at > now);
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let token = URL_SAFE_NO_PAD.encode(bytes);
        let expires_at = now + REFRESH_TOKEN_TTL_SECS;
        let session = Session {
            user_id: user_id.to_owned(),
            expires_at,
        };
        self.by_digest.insert(token_digest(&token), session);
        (token, expires_at)
    }

    /// Takes a live token out (it is used up either way); its user.
    fn take(&mut self, token: &str) -> Option<String> {
        let session = self.by_digest.remove(&token_digest(token))?;
        (session.expires_at > Utc::now().timestamp()).then_some(session.user_id)
    }

    pub(super) fn revoke_user(&mut self, user_id: &str) {
        self.by_digest.retain(|_, s| s.user_id != user_id);
    }
}

fn token_digest(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(digest(&SHA256, token.as_bytes()))
}

/// `{"auth_result": {...}}` for `user_id`: a new auth token and a new
/// refresh token. Saves the state (the refresh token must outlive a restart).
pub(super) fn auth_result(state: &State, user_id: &str) -> Value {
    let (refresh_token, refresh_token_expiration) =
        state.auth.sessions.lock().unwrap().issue(user_id);
    state.save();
    json!({
        "auth_result": {
            "auth_token": state.token_for(user_id),
            "redirect_url": "/",
            "refresh_token": refresh_token,
            "refresh_token_expiration": refresh_token_expiration,
        }
    })
}

/// The user an `Authorization: Bearer <auth token>` header names, when the
/// token is one of ours, unexpired, for this app (401 otherwise).
pub(super) fn bearer_user(state: &State, headers: &HeaderMap) -> Result<String, ApiError> {
    let refused = || {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            "invalid_access_token",
            "missing, invalid or expired auth token",
        )
    };
    let token = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .ok_or_else(refused)?;
    let claims = state.verified_claims(token).ok_or_else(refused)?;
    let for_app = match &claims["aud"] {
        Value::String(aud) => *aud == state.app_id,
        Value::Array(auds) => auds.iter().any(|a| *a == state.app_id.as_str()),
        _ => false,
    };
    let unexpired = claims["exp"]
        .as_i64()
        .is_some_and(|exp| exp > Utc::now().timestamp());
    match claims["sub"].as_str() {
        Some(sub) if for_app && unexpired => Ok(sub.to_owned()),
        _ => Err(refused()),
    }
}

#[derive(Deserialize)]
struct RefreshRequest {
    refresh_token: String,
}

/// `POST /v1/apps/{app}/tokens {refresh_token}`: a new auth token and a new
/// refresh token; the one sent is used up (401 `invalid_refresh_token` when
/// it is unknown, expired, revoked or already used).
pub(super) async fn refresh(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: RefreshRequest = json_body(&body)?;
    let taken = state
        .auth
        .sessions
        .lock()
        .unwrap()
        .take(&request.refresh_token);
    // A deleted or deactivated user's session ends with its auth token.
    let user_id = taken
        .filter(|id| {
            state
                .users
                .lock()
                .unwrap()
                .get(id)
                .is_some_and(|u| u.status != PassageStatus::Inactive)
        })
        .ok_or_else(|| {
            ApiError::new(
                StatusCode::UNAUTHORIZED,
                "invalid_refresh_token",
                "refresh token: unknown, expired or revoked; sign in again",
            )
        })?;
    state.auth.refreshes.fetch_add(1, Ordering::SeqCst);
    Ok(Json(auth_result(&state, &user_id)).into_response())
}

#[derive(Deserialize)]
pub(super) struct RevokeQuery {
    #[serde(default)]
    refresh_token: String,
}

/// `DELETE /v1/apps/{app}/tokens?refresh_token=`: the token stops working.
/// Answers 200 for a token that already does not work, so signing out twice
/// (or after the token expired) still signs out.
pub(super) async fn revoke(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    Query(query): Query<RevokeQuery>,
) -> ApiResult {
    check_app(&state, &app)?;
    if query.refresh_token.is_empty() {
        return Err(ApiError::bad_request("refresh_token: required"));
    }
    let revoked = state
        .auth
        .sessions
        .lock()
        .unwrap()
        .take(&query.refresh_token);
    if revoked.is_some() {
        state.save();
    }
    Ok(StatusCode::OK.into_response())
}
