//! Sessions: what a successful sign-in returns (`auth_result`), refreshing
//! (`POST tokens {refresh_token}`, which rotates the refresh token) and
//! signing out (`DELETE tokens?refresh_token=`, which revokes it).
//!
//! Refresh tokens are random and kept only as SHA-256 digests, in memory and
//! in the state file, so the file never holds a usable token. Each belongs
//! to a session (a family: one sign-in and its rotations); a rotated token
//! used again revokes its whole family (OAuth 2.0 Security BCP, RFC 9700,
//! 4.14.2), since either its thief or its owner now holds the newer one.
//!
//! The records are capped per user and in all ([`Caps`]): past a cap, the
//! oldest rotated record goes first (an old token replayed after that is
//! refused as unknown, no longer revoking its session), then the oldest
//! live token, ending that sign-in's session.

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
use crate::{Caps, State, random_id};
use passage_wire::PassageStatus;

/// How long a refresh token lives, in seconds (30 days).
pub const REFRESH_TOKEN_TTL_SECS: i64 = 30 * 24 * 3600;

/// A refresh token as the state file keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct SavedRefreshToken {
    /// base64url SHA-256 of the token.
    digest: String,
    user_id: String,
    /// Unix seconds.
    expires_at: i64,
    /// The session (one sign-in) the token belongs to: each rotation stays
    /// in it. Files written before families were kept have none: each of
    /// their tokens is a session of its own.
    #[serde(default)]
    family: String,
    /// Already exchanged for a newer token: presenting it again revokes
    /// the whole family.
    #[serde(default)]
    rotated: bool,
    /// Order of issue: the lowest go first at a cap. Files written before
    /// it was kept have 0 everywhere (then the earliest expiry goes first).
    #[serde(default)]
    seq: u64,
}

#[derive(Debug, Clone)]
struct Session {
    user_id: String,
    expires_at: i64,
    family: String,
    rotated: bool,
    seq: u64,
}

/// Why `POST tokens` refuses a refresh token.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Refused {
    /// Unknown, expired or revoked.
    Unknown,
    /// Already rotated: someone else holds its successor (or did), so the
    /// session is revoked (RFC 9700, 4.14.2).
    Reused,
}

/// A refresh token exchanged for a new one in the same session.
pub(super) struct Rotated {
    pub user_id: String,
    pub family: String,
    pub refresh_token: String,
    pub expires_at: i64,
}

/// Refresh tokens by digest: the live one of each session, and the rotated
/// ones until they would have expired (so that their reuse is recognised).
#[derive(Default)]
pub(super) struct RefreshTokens {
    by_digest: HashMap<String, Session>,
    /// The next token's `seq`.
    next_seq: u64,
}

impl RefreshTokens {
    /// The unexpired tokens of a state file, trimmed to `caps` (a file
    /// written under larger caps shrinks at the next save).
    pub(super) fn from_saved(saved: Vec<SavedRefreshToken>, caps: &Caps) -> Self {
        let now = Utc::now().timestamp();
        let by_digest: HashMap<String, Session> = saved
            .into_iter()
            .filter(|t| t.expires_at > now)
            .map(|t| {
                let family = if t.family.is_empty() {
                    random_id(16)
                } else {
                    t.family
                };
                let session = Session {
                    user_id: t.user_id,
                    expires_at: t.expires_at,
                    family,
                    rotated: t.rotated,
                    seq: t.seq,
                };
                (t.digest, session)
            })
            .collect();
        let next_seq = by_digest.values().map(|s| s.seq + 1).max().unwrap_or(0);
        let mut tokens = Self {
            by_digest,
            next_seq,
        };
        let users: std::collections::HashSet<String> = tokens
            .by_digest
            .values()
            .map(|s| s.user_id.clone())
            .collect();
        for user_id in users {
            while tokens.count_of(&user_id) > caps.refresh_tokens_per_user {
                tokens.evict_oldest(Some(&user_id));
            }
        }
        while tokens.by_digest.len() > caps.refresh_tokens {
            tokens.evict_oldest(None);
        }
        tokens
    }

    pub(super) fn to_saved(&self) -> Vec<SavedRefreshToken> {
        let mut saved: Vec<SavedRefreshToken> = self
            .by_digest
            .iter()
            .map(|(digest, s)| SavedRefreshToken {
                digest: digest.clone(),
                user_id: s.user_id.clone(),
                expires_at: s.expires_at,
                family: s.family.clone(),
                rotated: s.rotated,
                seq: s.seq,
            })
            .collect();
        saved.sort_by(|a, b| a.digest.cmp(&b.digest));
        saved
    }

    /// A new refresh token for `user_id` in `family`, and when it expires;
    /// the oldest records give way when the user's or everyone's are at
    /// their cap.
    fn issue_in(&mut self, user_id: &str, family: String, caps: &Caps) -> (String, i64) {
        let now = Utc::now().timestamp();
        self.by_digest.retain(|_, s| s.expires_at > now);
        while self.count_of(user_id) >= caps.refresh_tokens_per_user
            && self.evict_oldest(Some(user_id))
        {}
        while self.by_digest.len() >= caps.refresh_tokens && self.evict_oldest(None) {}
        let mut bytes = [0u8; 32];
        rand::rng().fill_bytes(&mut bytes);
        let token = URL_SAFE_NO_PAD.encode(bytes);
        let expires_at = now + REFRESH_TOKEN_TTL_SECS;
        let session = Session {
            user_id: user_id.to_owned(),
            expires_at,
            family,
            rotated: false,
            seq: self.next_seq,
        };
        self.next_seq += 1;
        self.by_digest.insert(token_digest(&token), session);
        (token, expires_at)
    }

    /// The first refresh token of a new session (a sign-in).
    fn issue(&mut self, user_id: &str, caps: &Caps) -> (String, i64) {
        self.issue_in(user_id, random_id(16), caps)
    }

    /// How many records `user_id` has, live and rotated.
    fn count_of(&self, user_id: &str) -> usize {
        self.by_digest
            .values()
            .filter(|s| s.user_id == user_id)
            .count()
    }

    /// Drops the oldest record of `owner` (anyone's, for `None`): a rotated
    /// one when there is one (it only guards against reuse), else a live
    /// one, ending its session (then the only record of its family, as no
    /// rotated ones are left). Whether there was one.
    fn evict_oldest(&mut self, owner: Option<&str>) -> bool {
        let oldest = self
            .by_digest
            .iter()
            .filter(|(_, s)| owner.is_none_or(|o| s.user_id == o))
            .min_by_key(|(_, s)| (!s.rotated, s.seq, s.expires_at))
            .map(|(digest, _)| digest.clone());
        oldest.is_some_and(|digest| self.by_digest.remove(&digest).is_some())
    }

    /// Exchanges a live token for its successor in the same session, in
    /// one step. A token already rotated revokes its whole session.
    fn rotate(&mut self, token: &str, caps: &Caps) -> Result<Rotated, Refused> {
        let digest = token_digest(token);
        let session = self.by_digest.get_mut(&digest).ok_or(Refused::Unknown)?;
        if session.expires_at <= Utc::now().timestamp() {
            self.by_digest.remove(&digest);
            return Err(Refused::Unknown);
        }
        if session.rotated {
            let family = session.family.clone();
            self.revoke_family(&family);
            return Err(Refused::Reused);
        }
        session.rotated = true;
        let (user_id, family) = (session.user_id.clone(), session.family.clone());
        let (refresh_token, expires_at) = self.issue_in(&user_id, family.clone(), caps);
        Ok(Rotated {
            user_id,
            family,
            refresh_token,
            expires_at,
        })
    }

    /// Signs out: the session `token` belongs to (live or rotated) ends;
    /// whether there was one.
    fn revoke(&mut self, token: &str) -> bool {
        let family = self
            .by_digest
            .get(&token_digest(token))
            .map(|s| s.family.clone());
        family.is_some_and(|f| self.revoke_family(&f))
    }

    /// Ends one session: all its tokens; whether it had any.
    fn revoke_family(&mut self, family: &str) -> bool {
        let before = self.by_digest.len();
        self.by_digest.retain(|_, s| s.family != family);
        self.by_digest.len() != before
    }

    pub(super) fn revoke_user(&mut self, user_id: &str) {
        self.by_digest.retain(|_, s| s.user_id != user_id);
    }
}

fn token_digest(token: &str) -> String {
    URL_SAFE_NO_PAD.encode(digest(&SHA256, token.as_bytes()))
}

/// `{"auth_result": {...}}` for `user_id`, signed in: a new auth token and
/// the first refresh token of a new session. Saves the state (the refresh
/// token must outlive a restart).
pub(super) fn auth_result(state: &State, user_id: &str) -> Value {
    let caps = state.caps();
    let (refresh_token, expires_at) = state.auth.sessions.lock().unwrap().issue(user_id, &caps);
    answer(state, user_id, &refresh_token, expires_at)
}

fn answer(state: &State, user_id: &str, refresh_token: &str, expires_at: i64) -> Value {
    state.save();
    json!({
        "auth_result": {
            "auth_token": state.token_for(user_id),
            "redirect_url": "/",
            "refresh_token": refresh_token,
            "refresh_token_expiration": expires_at,
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
/// refresh token in the same session; the one sent is used up (401
/// `invalid_refresh_token` when it is unknown, expired or revoked). A token
/// already used is a stolen one, or the thief has used it first: its whole
/// session is revoked, the thief's newer token with it.
pub(super) async fn refresh(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: RefreshRequest = json_body(&body)?;
    let refused =
        |message: &str| ApiError::new(StatusCode::UNAUTHORIZED, "invalid_refresh_token", message);
    let unknown = "refresh token: unknown, expired or revoked; sign in again";
    let caps = state.caps();
    let rotated = state
        .auth
        .sessions
        .lock()
        .unwrap()
        .rotate(&request.refresh_token, &caps);
    let rotated = match rotated {
        Ok(rotated) => rotated,
        Err(Refused::Unknown) => return Err(refused(unknown)),
        Err(Refused::Reused) => {
            state.save();
            tracing::warn!(
                "Passage emulator: a rotated refresh token was used again; its session is revoked"
            );
            return Err(refused(
                "refresh token: already used; reusing a refresh token revokes its whole \
                 session (every token since that sign-in); sign in again",
            ));
        }
    };
    // A deleted or deactivated user's session ends with its auth token.
    let active = state
        .users
        .lock()
        .unwrap()
        .get(&rotated.user_id)
        .is_some_and(|u| u.status != PassageStatus::Inactive);
    if !active {
        state
            .auth
            .sessions
            .lock()
            .unwrap()
            .revoke_family(&rotated.family);
        state.save();
        return Err(refused(unknown));
    }
    state.auth.refreshes.fetch_add(1, Ordering::SeqCst);
    let body = answer(
        &state,
        &rotated.user_id,
        &rotated.refresh_token,
        rotated.expires_at,
    );
    Ok(Json(body).into_response())
}

#[derive(Deserialize)]
pub(super) struct RevokeQuery {
    #[serde(default)]
    refresh_token: String,
}

/// `DELETE /v1/apps/{app}/tokens?refresh_token=`: the token's session ends
/// (its tokens stop working).
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
        .revoke(&query.refresh_token);
    if revoked {
        state.save();
    }
    Ok(StatusCode::OK.into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reusing_a_rotated_token_revokes_its_family_only() {
        let caps = Caps::default();
        let mut tokens = RefreshTokens::default();
        let (first, _) = tokens.issue("u1", &caps);
        let (other, _) = tokens.issue("u1", &caps);
        let second = tokens.rotate(&first, &caps).unwrap();
        assert_eq!(second.user_id, "u1");
        assert_eq!(tokens.rotate(&first, &caps).err(), Some(Refused::Reused));
        assert_eq!(
            tokens.rotate(&second.refresh_token, &caps).err(),
            Some(Refused::Unknown),
            "the newer token went with its family"
        );
        assert!(
            tokens.rotate(&other, &caps).is_ok(),
            "another sign-in lives on"
        );
    }

    #[test]
    fn a_state_file_from_before_families_loads() {
        let old = r#"[
            {"digest": "a", "user_id": "u1", "expires_at": 4102444800},
            {"digest": "b", "user_id": "u1", "expires_at": 4102444800}
        ]"#;
        let saved: Vec<SavedRefreshToken> = serde_json::from_str(old).unwrap();
        let tokens = RefreshTokens::from_saved(saved, &Caps::default()).to_saved();
        assert_eq!(tokens.len(), 2);
        assert!(tokens.iter().all(|t| !t.rotated && !t.family.is_empty()));
        assert_ne!(tokens[0].family, tokens[1].family, "each its own session");
    }

    fn small(per_user: usize, all: usize) -> Caps {
        Caps {
            refresh_tokens_per_user: per_user,
            refresh_tokens: all,
            ..Caps::default()
        }
    }

    #[test]
    fn at_the_cap_rotated_tokens_go_before_live_ones() {
        let caps = small(3, 100);
        let mut tokens = RefreshTokens::default();
        let (idle, _) = tokens.issue("u1", &caps);
        let (mut busy, _) = tokens.issue("u1", &caps);
        let first_busy = busy.clone();
        for _ in 0..5 {
            busy = tokens.rotate(&busy, &caps).unwrap().refresh_token;
            assert!(tokens.count_of("u1") <= 3);
        }
        assert_eq!(
            tokens.rotate(&first_busy, &caps).err(),
            Some(Refused::Unknown),
            "its record is gone: no longer revokes the session"
        );
        assert!(
            tokens.rotate(&idle, &caps).is_ok(),
            "the idle session lives"
        );
        assert!(tokens.rotate(&busy, &caps).is_ok());
    }

    #[test]
    fn at_the_cap_the_oldest_session_ends() {
        let caps = small(2, 3);
        let mut tokens = RefreshTokens::default();
        let (a1, _) = tokens.issue("a", &caps);
        let (a2, _) = tokens.issue("a", &caps);
        let (a3, _) = tokens.issue("a", &caps);
        assert_eq!(tokens.rotate(&a1, &caps).err(), Some(Refused::Unknown));
        let (b1, _) = tokens.issue("b", &caps);
        let (b2, _) = tokens.issue("b", &caps);
        assert_eq!(tokens.by_digest.len(), 3);
        assert_eq!(tokens.rotate(&a2, &caps).err(), Some(Refused::Unknown));
        for live in [a3, b1, b2] {
            assert!(tokens.rotate(&live, &caps).is_ok());
        }
    }

    #[test]
    fn a_state_file_over_the_caps_is_trimmed_oldest_first() {
        let mut tokens = RefreshTokens::default();
        let caps = Caps::default();
        let issued: Vec<String> = (0..5).map(|_| tokens.issue("u1", &caps).0).collect();
        let mut loaded = RefreshTokens::from_saved(tokens.to_saved(), &small(2, 100));
        assert_eq!(loaded.by_digest.len(), 2);
        assert!(loaded.rotate(&issued[2], &caps).is_err());
        assert!(loaded.rotate(&issued[4], &caps).is_ok());
        let next = loaded.issue("u1", &caps).0;
        assert!(
            loaded.rotate(&next, &caps).is_ok(),
            "seq goes on after a load"
        );
    }
}
