//! `POST /magic-links` (`CreateMagicLinkRequest` -> 201 `{magic_link}`, a
//! `MagicLink`): a link that signs its user in when a browser activates it
//! (`auth_api`'s `magic-link/activate`). The target is `email`, `phone`,
//! or `user_id` with a `channel` (`email`|`phone`); an unknown email or
//! phone gets a pending user, whom the link's activation registers (a
//! `verify_identifier` link needs an existing user). With `send: true` the
//! link lands in the emulator's inbox, as Passage would have emailed or
//! texted it; `url` is `{app origin}{magic_link_path}?psg_magic_link=...`.

use std::sync::Arc;
use std::time::Duration;

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State as AxumState};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use super::gate;
use crate::State;
use crate::auth_api::{Identifier, NewMagicLink};
use crate::routes::error;

/// Minutes a link lives unless the request says otherwise.
pub const DEFAULT_TTL_MINUTES: u64 = 5;
/// The languages Passage could send a link in (`MagicLinkLanguage`).
const LANGUAGES: [&str; 7] = ["de", "en", "es", "it", "pl", "pt", "zh"];

#[derive(Deserialize)]
struct CreateMagicLink {
    #[serde(default)]
    channel: Option<String>,
    #[serde(default)]
    email: Option<String>,
    #[serde(default)]
    phone: Option<String>,
    #[serde(default)]
    user_id: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    magic_link_path: Option<String>,
    #[serde(default)]
    redirect_url: Option<String>,
    #[serde(default)]
    send: Option<bool>,
    #[serde(default)]
    ttl: Option<i64>,
    #[serde(default, rename = "type")]
    kind: Option<String>,
}

pub(super) async fn create(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    let Ok(request) = serde_json::from_slice::<CreateMagicLink>(&body) else {
        return error(
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "invalid JSON body",
        );
    };
    match create_link(&state, request) {
        Ok(response) => response,
        Err(Refusal(status, code, message)) => error(status, code, &message),
    }
}

/// Why a link was not made: status, Passage's error code, message.
struct Refusal(StatusCode, &'static str, String);

fn bad_request(message: impl Into<String>) -> Refusal {
    Refusal(StatusCode::BAD_REQUEST, "invalid_request", message.into())
}

fn user_not_found() -> Refusal {
    Refusal(
        StatusCode::NOT_FOUND,
        "user_not_found",
        "user not found".into(),
    )
}

fn create_link(state: &State, request: CreateMagicLink) -> Result<Response, Refusal> {
    let kind = request.kind.as_deref().unwrap_or("login");
    if !["login", "verify_identifier"].contains(&kind) {
        return Err(bad_request("type: must be login or verify_identifier"));
    }
    if let Some(language) = request.language.as_deref().filter(|l| !l.is_empty())
        && !LANGUAGES.contains(&language)
    {
        return Err(bad_request("language: not a supported language"));
    }
    let ttl = request.ttl.unwrap_or(DEFAULT_TTL_MINUTES as i64);
    if ttl < 1 {
        return Err(bad_request("ttl: must be at least 1 (minutes)"));
    }
    let path = request
        .magic_link_path
        .clone()
        .unwrap_or_else(|| "/".into());
    if !path.starts_with('/') || path.starts_with("//") || path.contains("://") {
        return Err(bad_request("magic_link_path: must be a relative URL"));
    }
    let (user_id, identifier) = target(state, &request, kind)?;
    let ttl_minutes = u64::try_from(ttl).unwrap_or(u64::MAX / 120);
    let issued = state.issue_magic_link(NewMagicLink {
        user_id: user_id.clone(),
        identifier: identifier.clone(),
        ttl: Duration::from_secs(ttl_minutes.saturating_mul(60)),
        path,
        send: request.send.unwrap_or(false),
    });
    let link = json!({
        "activated": false,
        "app_id": state.app_id,
        "id": issued.id,
        "identifier": identifier.as_str(),
        "redirect_url": request.redirect_url.unwrap_or_else(|| "/".into()),
        "secret": issued.secret,
        "ttl": ttl,
        "type": kind,
        "url": issued.url,
        "user_id": user_id,
    });
    Ok((StatusCode::CREATED, Json(json!({ "magic_link": link }))).into_response())
}

/// The user the link signs in and where it goes.
fn target(
    state: &State,
    request: &CreateMagicLink,
    kind: &str,
) -> Result<(String, Identifier), Refusal> {
    let channel = request.channel.as_deref().filter(|c| !c.is_empty());
    if let Some(channel) = channel
        && !["email", "phone"].contains(&channel)
    {
        return Err(bad_request("channel: must be email or phone"));
    }
    if let Some(user_id) = request.user_id.as_deref().filter(|id| !id.is_empty()) {
        let user = state
            .users
            .lock()
            .unwrap()
            .get(user_id)
            .cloned()
            .ok_or_else(user_not_found)?;
        let identifier = match channel {
            Some("email") if !user.email.is_empty() => Identifier::Email(user.email.to_lowercase()),
            Some("phone") if !user.phone.is_empty() => Identifier::Phone(user.phone.clone()),
            Some(other) => return Err(bad_request(format!("channel: the user has no {other}"))),
            None => return Err(bad_request("channel: required with user_id")),
        };
        return Ok((user.id, identifier));
    }
    let (raw, wanted) = match (request.email.as_deref(), request.phone.as_deref()) {
        (Some(email), _) if !email.is_empty() => (email, "email"),
        (_, Some(phone)) if !phone.is_empty() => (phone, "phone"),
        _ => return Err(bad_request("email, phone or user_id: one is required")),
    };
    let invalid = || bad_request(format!("{wanted}: invalid {wanted}"));
    let identifier = Identifier::parse(raw).map_err(|_| invalid())?;
    let fits = matches!(
        (&identifier, wanted),
        (Identifier::Email(_), "email") | (Identifier::Phone(_), "phone")
    );
    if !fits || channel.is_some_and(|c| c != wanted) {
        return Err(invalid());
    }
    let user = match state.user_by_identifier(&identifier) {
        Some(user) => user,
        // Nobody has it (checked just now): a new pending user.
        None if kind == "login" => state
            .registering_user(&identifier)
            .map_err(|_| bad_request(format!("{wanted}: already used by another user")))?,
        None => return Err(user_not_found()),
    };
    Ok((user.id, identifier))
}
