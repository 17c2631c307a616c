//! Passkeys: `POST register/webauthn/start|finish` and `POST
//! login/webauthn/start|finish`, with webauthn-rs as the relying party. It
//! checks what the browser's authenticator signed: the challenge of this
//! handshake, the page's origin, the RP ID hash, user verification, the
//! signature over the registered public key, and the counter. No WebAuthn
//! cryptography is written here.
//!
//! Shapes, as passage-js 4.1.2 sends and reads them:
//! - start answers `{handshake: {id, challenge: {publicKey: ...}}, user}`;
//!   the SDK hands `challenge.publicKey` to `navigator.credentials`;
//! - finish sends `{handshake_id, user_id, handshake_response}` (the
//!   credential, base64url fields) and gets `{auth_result}`.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State as AxumState};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use serde::Deserialize;
use serde_json::{Value, json};
use webauthn_rs::prelude::{PublicKeyCredential, RegisterPublicKeyCredential, Webauthn};

use super::handshakes::Ceremony;
use super::passkeys::UserPasskeys;
use super::users::{Finishing, public_user};
use super::{ApiError, ApiResult, Identifier, check_app, json_body};
use crate::State;
use crate::events::{Caller, Method};
use passage_wire::PassageStatus;

type Shared = AxumState<Arc<State>>;

impl State {
    /// The relying party, or 400 when no app origin is on `localhost`.
    fn relying_party(&self) -> Result<Arc<Webauthn>, ApiError> {
        self.auth
            .origins
            .read()
            .unwrap()
            .relying_party()
            .ok_or_else(|| {
                ApiError::bad_request(
                    "passkeys: the app has no origin on http://localhost (WebAuthn refuses IP \
                 addresses); open it on localhost, or use a one-time passcode",
                )
            })
    }

    fn start_handshake(&self, ceremony: Ceremony) -> String {
        let ttl = *self.auth.handshake_ttl.lock().unwrap();
        self.auth.handshakes.lock().unwrap().start(ceremony, ttl)
    }

    fn finish_handshake(&self, id: &str) -> Result<Ceremony, ApiError> {
        self.auth.handshakes.lock().unwrap().finish(id)
    }
}

#[derive(Deserialize)]
struct RegisterStart {
    identifier: String,
}

/// `POST register/webauthn/start {identifier, authenticator_attachment?}`.
pub(super) async fn register_start(
    AxumState(state): Shared,
    Path(app): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: RegisterStart = json_body(&body)?;
    let identifier = Identifier::parse(&request.identifier)?;
    let relying_party = state.relying_party()?;
    let user = state.registering_user(&identifier)?;
    let (handle, exclude) = {
        let mut all = state.auth.passkeys.lock().unwrap();
        let mine = all.entry(user.id.clone()).or_insert_with(UserPasskeys::new);
        (mine.handle(), mine.credential_ids())
    };
    let name = identifier.as_str();
    let exclude = Some(exclude).filter(|e| !e.is_empty());
    let (challenge, registration) = relying_party
        .start_passkey_registration(handle, name, name, exclude)
        .map_err(|err| ApiError::bad_request(format!("webauthn: {err}")))?;
    let mut challenge = serde_json::to_value(challenge).expect("challenge serialises");
    // Passage's passkeys are discoverable credentials (sign-in without typing
    // an identifier); webauthn-rs asks for none. Verification is unaffected.
    challenge["publicKey"]["authenticatorSelection"]["residentKey"] = json!("preferred");
    let id = state.start_handshake(Ceremony::Register {
        user_id: user.id.clone(),
        state: registration,
    });
    Ok(Json(json!({
        "handshake": { "id": id, "challenge": challenge },
        "user": public_user(&user),
    }))
    .into_response())
}

#[derive(Deserialize)]
struct Finish {
    handshake_id: String,
    #[serde(default)]
    user_id: Option<String>,
    handshake_response: Value,
}

/// `POST register/webauthn/finish`: verifies the new passkey, keeps it, and
/// signs the user in.
pub(super) async fn register_finish(
    AxumState(state): Shared,
    Path(app): Path<String>,
    caller: Caller,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: Finish = json_body(&body)?;
    let Ceremony::Register {
        user_id,
        state: registration,
    } = state.finish_handshake(&request.handshake_id)?
    else {
        return Err(ApiError::bad_request("handshake: not a registration"));
    };
    check_user_id(request.user_id.as_deref(), &user_id)?;
    let credential: RegisterPublicKeyCredential = credential(request.handshake_response)?;
    let passkey = state
        .relying_party()?
        .finish_passkey_registration(&credential, &registration)
        .map_err(|err| {
            ApiError::bad_request(format!("webauthn: the passkey did not verify ({err})"))
        })?;
    let status = state.users.lock().unwrap().get(&user_id).map(|u| u.status);
    match status {
        Some(PassageStatus::Pending) => {}
        // Deleted, or a registration that gave way to newer ones.
        None => return Err(ApiError::user_not_found()),
        // Registered meanwhile (say, with a one-time passcode): adding a
        // passkey to that account would need its owner signed in.
        Some(_) => return Err(ApiError::identifier_exists()),
    }
    let device_id = {
        let mut all = state.auth.passkeys.lock().unwrap();
        let taken = all.values().any(|p| p.has(passkey.cred_id().as_slice()));
        if taken {
            return Err(ApiError::bad_request(
                "webauthn: this passkey is already registered",
            ));
        }
        all.entry(user_id.clone())
            .or_insert_with(UserPasskeys::new)
            .add(passkey)
    };
    let finished = state.record_login(
        &user_id,
        None,
        Method::Passkey,
        &caller,
        Finishing::Registration,
    );
    if let Err(err) = finished {
        // Registered by someone else between the check above and now.
        state.auth.remove_device(&user_id, &device_id);
        state.save();
        return Err(err);
    }
    Ok(Json(super::sessions::auth_result(&state, &user_id)).into_response())
}

#[derive(Deserialize)]
struct LoginStart {
    #[serde(default)]
    identifier: Option<String>,
}

/// `POST login/webauthn/start {identifier?}`: with an identifier, a challenge
/// for that user's passkeys (404 unknown user, 409 `user_has_no_passkeys`);
/// without one, a challenge any of the app's passkeys may answer.
pub(super) async fn login_start(
    AxumState(state): Shared,
    Path(app): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: LoginStart = json_body(&body)?;
    let relying_party = state.relying_party()?;
    let identifier = request.identifier.filter(|i| !i.trim().is_empty());
    let (ceremony, challenge, user) = match identifier {
        Some(raw) => {
            let user = state.signing_in_user(&Identifier::parse(&raw)?)?;
            let credentials = state
                .auth
                .passkeys
                .lock()
                .unwrap()
                .get(&user.id)
                .map(UserPasskeys::credentials)
                .unwrap_or_default();
            if credentials.is_empty() {
                return Err(ApiError::new(
                    StatusCode::CONFLICT,
                    "user_has_no_passkeys",
                    "user: has no passkeys; sign in with a one-time passcode",
                ));
            }
            let (challenge, authentication) = relying_party
                .start_passkey_authentication(&credentials)
                .map_err(|err| ApiError::bad_request(format!("webauthn: {err}")))?;
            let ceremony = Ceremony::Login {
                user_id: user.id.clone(),
                state: authentication,
            };
            (ceremony, challenge, public_user(&user))
        }
        None => {
            let (challenge, authentication) = relying_party
                .start_discoverable_authentication()
                .map_err(|err| ApiError::bad_request(format!("webauthn: {err}")))?;
            let ceremony = Ceremony::Discoverable {
                state: authentication,
            };
            (ceremony, challenge, Value::Null)
        }
    };
    let id = state.start_handshake(ceremony);
    Ok(Json(json!({
        "handshake": { "id": id, "challenge": challenge },
        "user": user,
    }))
    .into_response())
}

/// `POST login/webauthn/finish`: verifies the assertion and signs the user
/// in (401 `webauthn_login_failed` when it does not verify).
pub(super) async fn login_finish(
    AxumState(state): Shared,
    Path(app): Path<String>,
    caller: Caller,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: Finish = json_body(&body)?;
    let ceremony = state.finish_handshake(&request.handshake_id)?;
    let credential: PublicKeyCredential = credential(request.handshake_response)?;
    let relying_party = state.relying_party()?;
    let failed = |code: &'static str, err: &dyn std::fmt::Display| {
        ApiError::new(
            StatusCode::UNAUTHORIZED,
            code,
            format!("webauthn: the passkey did not verify ({err})"),
        )
    };
    let (user_id, result, code) = match ceremony {
        Ceremony::Login {
            user_id,
            state: authentication,
        } => {
            check_user_id(request.user_id.as_deref(), &user_id)?;
            let code = "webauthn_login_failed";
            let result = relying_party
                .finish_passkey_authentication(&credential, &authentication)
                .map_err(|err| failed(code, &err))?;
            (user_id, result, code)
        }
        Ceremony::Discoverable {
            state: authentication,
        } => {
            let code = "discoverable_login_failed";
            let (handle, _) = relying_party
                .identify_discoverable_authentication(&credential)
                .map_err(|err| failed(code, &err))?;
            let (user_id, keys) = state
                .auth
                .passkeys
                .lock()
                .unwrap()
                .iter()
                .find(|(_, p)| p.handle() == handle)
                .map(|(id, p)| (id.clone(), p.discoverable_keys()))
                .ok_or_else(|| failed(code, &"no user has this passkey"))?;
            let result = relying_party
                .finish_discoverable_authentication(&credential, authentication, &keys)
                .map_err(|err| failed(code, &err))?;
            (user_id, result, code)
        }
        Ceremony::Register { .. } => {
            return Err(ApiError::bad_request("handshake: not a sign-in"));
        }
    };
    let active = state
        .users
        .lock()
        .unwrap()
        .get(&user_id)
        .is_some_and(|u| u.status == PassageStatus::Active);
    if !active {
        return Err(ApiError::user_not_found());
    }
    // webauthn-rs checked the credentials as they were at start; what counts
    // is the user's passkeys now, checked and updated under one lock.
    state
        .auth
        .passkeys
        .lock()
        .unwrap()
        .get_mut(&user_id)
        .ok_or_else(|| "the user has no passkeys".to_owned())
        .and_then(|passkeys| passkeys.accept(&result))
        .map_err(|why| failed(code, &why))?;
    state.record_login(&user_id, None, Method::Passkey, &caller, Finishing::SignIn)?;
    Ok(Json(super::sessions::auth_result(&state, &user_id)).into_response())
}

/// The `user_id` a finish call names, when it names one, must be the
/// handshake's.
fn check_user_id(given: Option<&str>, expected: &str) -> Result<(), ApiError> {
    match given {
        Some(id) if !id.is_empty() && id != expected => Err(ApiError::bad_request(
            "user_id: not the user of this handshake",
        )),
        _ => Ok(()),
    }
}

fn credential<T: serde::de::DeserializeOwned>(response: Value) -> Result<T, ApiError> {
    serde_json::from_value(response)
        .map_err(|err| ApiError::bad_request(format!("handshake_response: {err}")))
}
