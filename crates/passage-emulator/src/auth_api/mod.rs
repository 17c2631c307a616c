//! Passage's public auth API (`https://auth.passage.id/v1/apps/{app}/...`),
//! as `@passageidentity/passage-js` 4.1.2 calls it, so an app written against
//! Passage's JavaScript SDK runs against the emulator with only its auth
//! origin pointed elsewhere.
//!
//! How to read it: [`AuthState`] is what these routes keep besides the
//! users (which the Management API shares); each file is one part of the API:
//! - `app_info`: `GET /apps/{app}` (the app's settings the SDK reads)
//! - `users`: `GET /users?identifier=`, `POST /users {identifier}`,
//!   `GET /currentuser` (Bearer)
//! - `otp`: `POST register/otp`, `POST login/otp`, `POST otp/activate`
//! - `magic_links`: `POST magic-link/activate` (the Management API makes
//!   the links)
//! - `inbox`: the emulator-only inbox where codes and links land
//!   (`GET /emulator/inbox`)
//! - `webauthn`: `POST register|login/webauthn/start|finish`, a real relying
//!   party (webauthn-rs) with server-side handshakes that expire
//! - `sessions`: `auth_result`s, `POST tokens` (refresh, rotating the refresh
//!   token) and `DELETE tokens` (revoke)
//! - `origins`: the app's origins: CORS and the WebAuthn origins
//!
//! Errors are Passage's `{"code", "error"}` bodies; the SDK shows `error`.

mod app_info;
mod handshakes;
mod inbox;
mod magic_links;
mod origins;
mod otp;
mod passkeys;
mod sessions;
mod users;
mod webauthn;

use std::collections::BTreeMap;
use std::sync::atomic::AtomicUsize;
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use axum::Router;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};

use super::{Caps, State};
use passage_wire::WebAuthnDevice;

pub(super) use magic_links::NewMagicLink;
pub(super) use origins::cors_layer;
pub(super) use passkeys::UserPasskeys;
pub(super) use sessions::SavedRefreshToken;
pub(super) use users::{create_user_public, is_public_create, oldest_pending, user_exists};

/// How long a WebAuthn handshake may wait for its finish call.
pub const DEFAULT_HANDSHAKE_TTL: Duration = Duration::from_secs(300);
/// How long a one-time passcode stays usable.
pub const OTP_TTL: Duration = Duration::from_secs(300);

/// What the auth API keeps, besides users.
pub(super) struct AuthState {
    origins: RwLock<origins::AppOrigins>,
    otps: Mutex<otp::OneTimeCodes>,
    magic_links: Mutex<magic_links::MagicLinks>,
    inbox: Mutex<inbox::Inbox>,
    handshakes: Mutex<handshakes::Handshakes>,
    /// Passkeys by Passage user ID (saved in the state file).
    passkeys: Mutex<BTreeMap<String, UserPasskeys>>,
    /// Live refresh tokens (saved in the state file).
    sessions: Mutex<sessions::RefreshTokens>,
    handshake_ttl: Mutex<Duration>,
    /// `POST tokens` calls that issued a new token.
    pub(super) refreshes: AtomicUsize,
}

impl AuthState {
    pub(super) fn new(
        passkeys: BTreeMap<String, UserPasskeys>,
        refresh_tokens: Vec<SavedRefreshToken>,
        caps: &Caps,
    ) -> Self {
        Self {
            origins: RwLock::new(origins::AppOrigins::none()),
            otps: Mutex::new(otp::OneTimeCodes::default()),
            magic_links: Mutex::new(magic_links::MagicLinks::default()),
            inbox: Mutex::new(inbox::Inbox::default()),
            handshakes: Mutex::new(handshakes::Handshakes::default()),
            passkeys: Mutex::new(passkeys),
            sessions: Mutex::new(sessions::RefreshTokens::from_saved(refresh_tokens, caps)),
            handshake_ttl: Mutex::new(DEFAULT_HANDSHAKE_TTL),
            refreshes: AtomicUsize::new(0),
        }
    }

    /// Replaces the app's origins (the first `localhost` one is the WebAuthn
    /// origin; all of them may call the API from a browser).
    pub(super) fn set_origins(&self, origins: &[String], app_name: &str) -> anyhow::Result<()> {
        let parsed = origins::AppOrigins::new(origins, app_name)?;
        *self.origins.write().unwrap() = parsed;
        Ok(())
    }

    pub(super) fn set_handshake_ttl(&self, ttl: Duration) {
        *self.handshake_ttl.lock().unwrap() = ttl;
    }

    /// What the state file keeps: passkeys and refresh tokens.
    pub(super) fn saved(&self) -> (BTreeMap<String, UserPasskeys>, Vec<SavedRefreshToken>) {
        let passkeys = self.passkeys.lock().unwrap().clone();
        let tokens = self.sessions.lock().unwrap().to_saved();
        (passkeys, tokens)
    }

    /// Forgets everything about a deleted user (or a pending one who gave
    /// way to newer registrations): passkeys, sessions, and the passcodes
    /// and magic links that would sign them in.
    pub(super) fn forget_user(&self, user_id: &str) {
        self.passkeys.lock().unwrap().remove(user_id);
        self.sessions.lock().unwrap().revoke_user(user_id);
        self.otps.lock().unwrap().void_user(user_id);
        self.magic_links.lock().unwrap().void_user(user_id);
    }

    /// The user's passkeys as `webauthn_devices`.
    pub(super) fn devices(&self, user_id: &str) -> Vec<WebAuthnDevice> {
        self.passkeys
            .lock()
            .unwrap()
            .get(user_id)
            .map(UserPasskeys::devices)
            .unwrap_or_default()
    }

    /// Forgets one of the user's passkeys (by device ID): it signs nobody
    /// in any more. Whether the user had it.
    pub(super) fn remove_device(&self, user_id: &str, device_id: &str) -> bool {
        self.passkeys
            .lock()
            .unwrap()
            .get_mut(user_id)
            .is_some_and(|p| p.remove(device_id))
    }

    /// Revokes every refresh token of the user: their next refresh fails.
    pub(super) fn revoke_refresh_tokens(&self, user_id: &str) {
        self.sessions.lock().unwrap().revoke_user(user_id);
    }
}

/// The auth API's routes (under `/v1/apps/{app}`) and the inbox.
pub(super) fn routes() -> Router<Arc<State>> {
    Router::new()
        .route("/v1/apps/{app}", get(app_info::get_app))
        .route("/v1/apps/{app}/currentuser", get(users::current_user))
        .route("/v1/apps/{app}/register/otp", post(otp::register))
        .route("/v1/apps/{app}/login/otp", post(otp::login))
        .route("/v1/apps/{app}/otp/activate", post(otp::activate))
        .route(
            "/v1/apps/{app}/magic-link/activate",
            post(magic_links::activate),
        )
        .route(
            "/v1/apps/{app}/register/webauthn/start",
            post(webauthn::register_start),
        )
        .route(
            "/v1/apps/{app}/register/webauthn/finish",
            post(webauthn::register_finish),
        )
        .route(
            "/v1/apps/{app}/login/webauthn/start",
            post(webauthn::login_start),
        )
        .route(
            "/v1/apps/{app}/login/webauthn/finish",
            post(webauthn::login_finish),
        )
        .route(
            "/v1/apps/{app}/tokens",
            post(sessions::refresh).delete(sessions::revoke),
        )
        .route("/emulator/inbox", get(inbox::inbox))
}

/// A refusal, answered as Passage does: `{"code": "...", "error": "..."}`.
#[derive(Debug)]
pub(super) struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
}

impl ApiError {
    fn new(status: StatusCode, code: &'static str, message: impl Into<String>) -> Self {
        Self {
            status,
            code,
            message: message.into(),
        }
    }

    /// 400 `invalid_request`.
    fn bad_request(message: impl Into<String>) -> Self {
        Self::new(StatusCode::BAD_REQUEST, "invalid_request", message)
    }

    /// 404 `user_not_found`.
    fn user_not_found() -> Self {
        Self::new(StatusCode::NOT_FOUND, "user_not_found", "user not found")
    }

    /// 409: the identifier belongs to a registered user. The message is the
    /// one Passage's own SDKs recognise.
    fn identifier_exists() -> Self {
        Self::new(
            StatusCode::CONFLICT,
            "identifier_already_exists",
            "user: already exists.",
        )
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        super::routes::error(self.status, self.code, &self.message)
    }
}

type ApiResult = Result<Response, ApiError>;

/// The app in the path must be the emulator's.
fn check_app(state: &State, app: &str) -> Result<(), ApiError> {
    if app == state.app_id {
        Ok(())
    } else {
        Err(ApiError::new(
            StatusCode::NOT_FOUND,
            "app_not_found",
            "app not found",
        ))
    }
}

/// A JSON body, or 400 saying what is wrong with it.
fn json_body<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(body)
        .map_err(|err| ApiError::bad_request(format!("invalid body: {err}")))
}

/// An email address or an E.164 phone number, as the user typed it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) enum Identifier {
    Email(String),
    Phone(String),
}

impl Identifier {
    pub(super) fn parse(raw: &str) -> Result<Self, ApiError> {
        let trimmed = raw.trim();
        if super::routes::plausible_email(trimmed) {
            Ok(Self::Email(trimmed.to_lowercase()))
        } else if super::routes::plausible_e164(trimmed) {
            Ok(Self::Phone(trimmed.to_owned()))
        } else {
            Err(ApiError::bad_request(
                "identifier: must be an email address or an E.164 phone number",
            ))
        }
    }

    pub(super) fn as_str(&self) -> &str {
        match self {
            Self::Email(s) | Self::Phone(s) => s,
        }
    }
}
