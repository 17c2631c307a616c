//! Magic links. The Management API makes them (`POST magic-links`, see
//! `management::magic_links`); a browser activates one with `POST
//! /v1/apps/{app}/magic-link/activate {magic_link}` -> `{auth_result}`, as
//! passage-js's `magicLink.activate` does, where `magic_link` is the
//! `psg_magic_link` parameter of the link's URL.
//!
//! A link is used at most once and is void after its lifetime. Activating
//! one proves its identifier (the email or phone it went to) and signs the
//! user in, finishing a registration when the user was pending. Links live in
//! memory only: a restarted emulator has forgotten the links it made.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::{Path, State as AxumState};
use axum::response::IntoResponse;
use chrono::Utc;
use serde::Deserialize;

use super::inbox::Message;
use super::users::Finishing;
use super::{ApiError, ApiResult, Identifier, check_app, json_body};
use crate::events::{Caller, Method};
use crate::{State, random_id};

/// Most links waiting at once; past this the oldest give way.
const MAX_PENDING: usize = 10_000;

/// What the Management API asks for.
pub(crate) struct NewMagicLink {
    pub user_id: String,
    /// Where the link goes (the user's email or phone).
    pub identifier: Identifier,
    pub ttl: Duration,
    /// The path on the app's origin the link opens (`/` unless given).
    pub path: String,
    /// Put it in the inbox, as Passage would have sent it.
    pub send: bool,
}

/// A link just made.
pub(crate) struct IssuedLink {
    pub id: String,
    pub secret: String,
    pub url: String,
}

struct Pending {
    user_id: String,
    identifier: Identifier,
    expires_at: Instant,
}

#[derive(Default)]
pub(super) struct MagicLinks {
    /// By secret.
    pending: HashMap<String, Pending>,
}

impl MagicLinks {
    /// Voids the links that would sign `user_id` in.
    pub(super) fn void_user(&mut self, user_id: &str) {
        self.pending.retain(|_, p| p.user_id != user_id);
    }
}

impl State {
    /// Makes a magic link on the app's origin (the emulator's own URL when
    /// the app has none), delivering it to the inbox when `send`.
    pub(crate) fn issue_magic_link(&self, link: NewMagicLink) -> IssuedLink {
        let origin = self.auth.origins.read().unwrap().auth_origin(None);
        let origin = if origin.is_empty() {
            self.base_url.clone()
        } else {
            origin
        };
        let secret = random_id(32);
        let url = format!("{origin}{}?psg_magic_link={secret}", link.path);
        let now = Instant::now();
        {
            let mut links = self.auth.magic_links.lock().unwrap();
            links.pending.retain(|_, p| p.expires_at > now);
            if links.pending.len() >= MAX_PENDING
                && let Some(oldest) = links
                    .pending
                    .iter()
                    .min_by_key(|(_, p)| p.expires_at)
                    .map(|(s, _)| s.clone())
            {
                links.pending.remove(&oldest);
            }
            links.pending.insert(
                secret.clone(),
                Pending {
                    user_id: link.user_id,
                    identifier: link.identifier.clone(),
                    expires_at: now + link.ttl,
                },
            );
        }
        if link.send {
            tracing::info!(
                identifier = %link.identifier.as_str(),
                %url,
                "Passage emulator: magic link (not sent anywhere; also at /emulator/inbox)"
            );
            self.auth.inbox.lock().unwrap().deliver(Message {
                identifier: link.identifier.as_str().to_owned(),
                purpose: "magic_link",
                code: None,
                otp_id: None,
                magic_link: Some(url.clone()),
                sent_at: Utc::now(),
            });
        }
        IssuedLink {
            id: random_id(24),
            secret,
            url,
        }
    }
}

#[derive(Deserialize)]
struct ActivateRequest {
    magic_link: String,
}

/// `POST /v1/apps/{app}/magic-link/activate {magic_link}`: the
/// `auth_result` (400 for an unknown, used or expired link).
pub(super) async fn activate(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    caller: Caller,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: ActivateRequest = json_body(&body)?;
    let taken = state
        .auth
        .magic_links
        .lock()
        .unwrap()
        .pending
        .remove(request.magic_link.trim());
    let link = taken.ok_or_else(|| {
        ApiError::bad_request("magic link: unknown or already used; ask for a new one")
    })?;
    if link.expires_at <= Instant::now() {
        return Err(ApiError::bad_request(
            "magic link: expired; ask for a new one",
        ));
    }
    // A pending user's link finishes the registration; nobody inactive
    // signs in.
    state.record_login(
        &link.user_id,
        Some(&link.identifier),
        Method::MagicLink,
        &caller,
        Finishing::Either,
    )?;
    Ok(Json(super::sessions::auth_result(&state, &link.user_id)).into_response())
}
