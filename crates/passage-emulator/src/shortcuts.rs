//! Sign-up and sign-in shortcuts for curl and `passage-graphql dev-token`:
//! a token for an email, with no passkey and no passcode. Passage had no
//! such routes; apps use the auth API (`auth_api`) as Passage's SDK does.
//! - `POST /v1/apps/{app}/emulator/register {"email"}` -> `{auth_token, user}`
//!   (409 when the email is registered)
//! - `POST /v1/apps/{app}/emulator/login {"email", "create"?}` -> same (404
//!   when unknown, unless `create`)

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State as AxumState};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use serde_json::json;

use super::State;
use super::routes::{error, plausible_email};
use passage_wire::PassageUser;

type Shared = AxumState<Arc<State>>;

#[derive(Deserialize)]
pub(super) struct SignIn {
    #[serde(default)]
    email: String,
    /// Sign-in only: register the email when it is new.
    #[serde(default)]
    create: bool,
}

fn signed_in(state: &State, status: StatusCode, user: PassageUser) -> Response {
    let auth_token = state.token_for(&user.id);
    (
        status,
        Json(json!({ "auth_token": auth_token, "user": user })),
    )
        .into_response()
}

/// A refusal: status, Passage error code, message.
type Refusal = (StatusCode, &'static str, &'static str);

fn checked_email(app: &str, state: &State, body: &Option<Json<SignIn>>) -> Result<String, Refusal> {
    if app != state.app_id {
        return Err((StatusCode::NOT_FOUND, "app_not_found", "app not found"));
    }
    let email = body
        .as_ref()
        .map(|b| b.email.trim().to_owned())
        .unwrap_or_default();
    if !plausible_email(&email) {
        return Err((
            StatusCode::BAD_REQUEST,
            "invalid_request",
            "email: invalid email address",
        ));
    }
    Ok(email)
}

/// Sign-up: a new user and a token for them (409 when the email is taken).
pub(super) async fn register(
    AxumState(state): Shared,
    Path(app): Path<String>,
    body: Option<Json<SignIn>>,
) -> Response {
    let email = match checked_email(&app, &state, &body) {
        Ok(email) => email,
        Err((status, code, message)) => return error(status, code, message),
    };
    if state.user_by_email(&email).is_some() {
        return error(
            StatusCode::CONFLICT,
            "identifier_already_exists",
            "email: already registered; sign in instead",
        );
    }
    let user = state.insert_user(&email, "");
    signed_in(&state, StatusCode::CREATED, user)
}

/// Sign-in: a token for an existing user (404 when unknown, unless `create`).
pub(super) async fn login(
    AxumState(state): Shared,
    Path(app): Path<String>,
    body: Option<Json<SignIn>>,
) -> Response {
    let email = match checked_email(&app, &state, &body) {
        Ok(email) => email,
        Err((status, code, message)) => return error(status, code, message),
    };
    let create = body.is_some_and(|b| b.create);
    match state.user_by_email(&email) {
        Some(user) => signed_in(&state, StatusCode::OK, user),
        None if create => {
            let user = state.insert_user(&email, "");
            signed_in(&state, StatusCode::CREATED, user)
        }
        None => error(
            StatusCode::NOT_FOUND,
            "user_not_found",
            "no user with this email; register first",
        ),
    }
}
