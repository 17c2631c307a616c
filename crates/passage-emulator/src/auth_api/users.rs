//! Users as the auth API shows them: `GET /users?identifier=` (does this
//! user exist?), `POST /users {identifier}` (a pending user, as
//! `passage.app.createUser` makes one) and `GET /currentuser` (Bearer).
//!
//! `GET|POST /users` share their paths with the Management API; the routes
//! there hand a request over here when it is the auth API's (an `identifier`
//! in the query or the body).

use std::collections::BTreeMap;
use std::sync::{Arc, MutexGuard};

use axum::Json;
use axum::extract::{Path, State as AxumState};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{ApiError, ApiResult, Identifier, check_app, json_body};
use crate::State;
use crate::events::{Caller, Method, record_sign_in};
use passage_wire::{PassageStatus, PassageUser};

/// The users, by ID.
type Users = BTreeMap<String, PassageUser>;

/// `PublicUserInfo`: what anyone may learn about a user from its identifier.
pub(super) fn public_user(user: &PassageUser) -> Value {
    json!({
        "id": user.id,
        "email": user.email,
        "email_verified": user.email_verified,
        "phone": user.phone,
        "phone_verified": user.phone_verified,
        "status": user.status,
        "user_metadata": user.user_metadata,
        "webauthn": user.webauthn,
        "webauthn_types": user.webauthn_types,
    })
}

/// `GET /v1/apps/{app}/users?identifier=`: 404 `user_not_found` when unknown.
pub(crate) fn user_exists(state: &State, app: &str, identifier: &str) -> Response {
    let found = check_app(state, app)
        .and_then(|()| Identifier::parse(identifier))
        .and_then(|id| {
            state
                .user_by_identifier(&id)
                .ok_or_else(ApiError::user_not_found)
        });
    match found {
        Ok(user) => Json(json!({ "user": public_user(&user) })).into_response(),
        Err(err) => err.into_response(),
    }
}

/// The most `user_metadata` a pending user made by anyone (`POST /users
/// {identifier}`) keeps, as JSON.
const MAX_PUBLIC_METADATA_BYTES: usize = 2048;

#[derive(Deserialize)]
struct CreateUserParams {
    identifier: String,
    #[serde(default)]
    user_metadata: Option<Value>,
}

/// Whether a `POST /users` body is the auth API's `{identifier, ...}` rather
/// than the Management API's `{email, phone}`.
pub(crate) fn is_public_create(body: &[u8]) -> bool {
    serde_json::from_slice::<Value>(body).is_ok_and(|v| v.get("identifier").is_some())
}

/// `POST /v1/apps/{app}/users {identifier, user_metadata?}`: a pending user
/// (409 when the identifier is taken).
pub(crate) fn create_user_public(state: &State, app: &str, body: &[u8]) -> Response {
    let created = (|| {
        check_app(state, app)?;
        let params: CreateUserParams = json_body(body)?;
        let identifier = Identifier::parse(&params.identifier)?;
        let size = params
            .user_metadata
            .as_ref()
            .map_or(0, |m| m.to_string().len());
        if size > MAX_PUBLIC_METADATA_BYTES {
            return Err(ApiError::bad_request(format!(
                "user_metadata: at most {MAX_PUBLIC_METADATA_BYTES} bytes of JSON"
            )));
        }
        let user = state.create_pending_user(&identifier, params.user_metadata)?;
        Ok::<_, ApiError>(user)
    })();
    match created {
        Ok(user) => (
            StatusCode::CREATED,
            Json(json!({ "user": public_user(&user) })),
        )
            .into_response(),
        Err(err) => err.into_response(),
    }
}

/// `GET /v1/apps/{app}/currentuser` with `Authorization: Bearer <auth token>`.
pub(super) async fn current_user(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    check_app(&state, &app)?;
    let user_id = super::sessions::bearer_user(&state, &headers)?;
    let user = state
        .users
        .lock()
        .unwrap()
        .get(&user_id)
        .cloned()
        .ok_or_else(ApiError::user_not_found)?;
    let devices = state
        .auth
        .passkeys
        .lock()
        .unwrap()
        .get(&user_id)
        .map(|p| p.devices_of_current_user(&user_id))
        .unwrap_or_default();
    // The Management API's user (timestamps, social connections...), with
    // the devices as passage-js reads them.
    let mut user = serde_json::to_value(state.view(user)).expect("a user serialises");
    user["webauthn_devices"] = Value::from(devices);
    Ok(Json(json!({ "user": user })).into_response())
}

impl State {
    /// The user with this email (any case) or phone number.
    pub(crate) fn user_by_identifier(&self, identifier: &Identifier) -> Option<PassageUser> {
        let users = self.users.lock().unwrap();
        users
            .values()
            .find(|u| has_identifier(u, identifier))
            .cloned()
    }

    /// A new pending user with this identifier; 409 when it is taken.
    fn create_pending_user(
        &self,
        identifier: &Identifier,
        metadata: Option<Value>,
    ) -> Result<PassageUser, ApiError> {
        let users = self.users.lock().unwrap();
        if users.values().any(|u| has_identifier(u, identifier)) {
            return Err(ApiError::identifier_exists());
        }
        let mut user = pending_user(identifier);
        user.user_metadata = metadata;
        self.add_pending(users, &user);
        Ok(user)
    }

    /// The user registering with `identifier`: a new pending user, or the
    /// pending user already there (a registration started before and not
    /// finished). 409 when a registered user has it.
    pub(crate) fn registering_user(
        &self,
        identifier: &Identifier,
    ) -> Result<PassageUser, ApiError> {
        let users = self.users.lock().unwrap();
        if let Some(user) = users.values().find(|u| has_identifier(u, identifier)) {
            return match user.status {
                PassageStatus::Pending => Ok(user.clone()),
                _ => Err(ApiError::identifier_exists()),
            };
        }
        let user = pending_user(identifier);
        self.add_pending(users, &user);
        Ok(user)
    }

    /// Adds a pending user (under the users' lock, which it releases), the
    /// oldest pending users giving way when [`Caps::pending_users`] are
    /// there: they are forgotten, their passcodes and links void. Saves.
    ///
    /// [`Caps::pending_users`]: crate::Caps
    fn add_pending(&self, mut users: MutexGuard<'_, Users>, user: &PassageUser) {
        let cap = self.caps().pending_users;
        let evicted = oldest_pending(&users, cap.saturating_sub(1));
        for id in &evicted {
            users.remove(id);
        }
        users.insert(user.id.clone(), user.clone());
        drop(users);
        for id in &evicted {
            self.auth.forget_user(id);
        }
        if !evicted.is_empty() {
            tracing::warn!(
                evicted = evicted.len(),
                cap,
                "Passage emulator: the oldest unfinished registrations gave way to newer ones"
            );
        }
        self.save();
    }

    /// The registered user signing in with `identifier` (404 when there is
    /// none, or only a registration that never finished).
    pub(super) fn signing_in_user(&self, identifier: &Identifier) -> Result<PassageUser, ApiError> {
        let user = self
            .user_by_identifier(identifier)
            .ok_or_else(ApiError::user_not_found)?;
        Finishing::SignIn.check(user.status)?;
        Ok(user)
    }

    /// Records a sign-in (or the end of a registration, when the user was
    /// pending), once the user's status, checked under the users' lock,
    /// allows `finishing`: the user is active, `last_login_at`, `login_count`
    /// and `recent_events` move, and a passkey sign-in notes the credential
    /// type. `verified` is the identifier a code or link was sent to: it is
    /// marked proven only while it is still the user's (an email changed
    /// since proves nothing about the new one).
    pub(super) fn record_login(
        &self,
        user_id: &str,
        verified: Option<&Identifier>,
        method: Method,
        caller: &Caller,
        finishing: Finishing,
    ) -> Result<(), ApiError> {
        let mut users = self.users.lock().unwrap();
        let user = users
            .get_mut(user_id)
            .ok_or_else(ApiError::user_not_found)?;
        finishing.check(user.status)?;
        let now = Utc::now();
        let registering = user.status == PassageStatus::Pending;
        user.status = PassageStatus::Active;
        user.last_login_at = Some(now);
        user.updated_at = Some(now);
        user.login_count += 1;
        match verified {
            Some(id @ Identifier::Email(_)) if has_identifier(user, id) => {
                user.email_verified = true;
            }
            Some(id @ Identifier::Phone(_)) if has_identifier(user, id) => {
                user.phone_verified = true;
            }
            _ => {}
        }
        if method == Method::Passkey && !user.webauthn_types.iter().any(|t| t == "passkey") {
            user.webauthn_types.push("passkey".into());
        }
        record_sign_in(user, method, caller, registering);
        drop(users);
        self.save();
        Ok(())
    }
}

/// What a code, link or passkey finishes, and so which statuses allow it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Finishing {
    /// A registration: the user must still be pending (409 when someone has
    /// registered them meanwhile, say with their own passkey).
    Registration,
    /// A sign-in: the user must be active (404 pending, 403 inactive).
    SignIn,
    /// Either (a magic link): pending or active.
    Either,
}

impl Finishing {
    fn check(self, status: PassageStatus) -> Result<(), ApiError> {
        match (status, self) {
            (PassageStatus::Inactive, _) => Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "user_inactive",
                "user: inactive",
            )),
            (PassageStatus::Pending, Self::SignIn) => Err(ApiError::user_not_found()),
            (PassageStatus::Active, Self::Registration) => Err(ApiError::identifier_exists()),
            _ => Ok(()),
        }
    }
}

fn has_identifier(user: &PassageUser, identifier: &Identifier) -> bool {
    match identifier {
        Identifier::Email(email) => user.email.eq_ignore_ascii_case(email),
        Identifier::Phone(phone) => user.phone == *phone,
    }
}

/// The IDs of the pending users beyond the newest `keep` (by `created_at`):
/// those that give way to newer registrations.
pub(crate) fn oldest_pending(users: &Users, keep: usize) -> Vec<String> {
    let mut pending: Vec<(Option<DateTime<Utc>>, &str)> = users
        .values()
        .filter(|u| u.status == PassageStatus::Pending)
        .map(|u| (u.created_at, u.id.as_str()))
        .collect();
    let Some(excess) = pending.len().checked_sub(keep).filter(|&n| n > 0) else {
        return Vec::new();
    };
    pending.sort_unstable();
    pending[..excess]
        .iter()
        .map(|(_, id)| (*id).to_owned())
        .collect()
}

/// A user who has started to register and not finished: no credentials yet.
fn pending_user(identifier: &Identifier) -> PassageUser {
    let now = Utc::now();
    let (email, phone) = match identifier {
        Identifier::Email(e) => (e.clone(), String::new()),
        Identifier::Phone(p) => (String::new(), p.clone()),
    };
    PassageUser {
        id: crate::random_id(24),
        email,
        phone,
        status: PassageStatus::Pending,
        created_at: Some(now),
        updated_at: Some(now),
        ..PassageUser::default()
    }
}
