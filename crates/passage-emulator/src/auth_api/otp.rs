//! One-time passcodes: `POST register/otp` and `POST login/otp`
//! (`{identifier, language?}` -> `{otp_id}`), then `POST otp/activate
//! {otp, otp_id}` -> `{auth_result}`.
//!
//! The emulator sends no email or SMS. Each code is written to the log and
//! to the emulator's inbox (`inbox`).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Instant;

use axum::Json;
use axum::extract::{Path, State as AxumState};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use chrono::Utc;
use rand::Rng;
use serde::Deserialize;
use serde_json::json;

use super::inbox::Message;
use super::{ApiError, ApiResult, Identifier, OTP_TTL, check_app, json_body};
use crate::events::{Caller, Method};
use crate::{State, random_id};

/// Wrong codes allowed per passcode; then it is void.
pub const MAX_ATTEMPTS: u32 = 5;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Purpose {
    Register,
    Login,
}

impl Purpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::Register => "register",
            Self::Login => "login",
        }
    }
}

struct Pending {
    code: String,
    user_id: String,
    identifier: Identifier,
    expires_at: Instant,
    wrong_attempts: u32,
}

/// A passcode just issued.
struct Issued {
    code: String,
    otp_id: String,
}

/// Passcodes waiting to be activated.
#[derive(Default)]
pub(super) struct OneTimeCodes {
    pending: HashMap<String, Pending>,
}

impl OneTimeCodes {
    fn issue(&mut self, user_id: &str, identifier: &Identifier) -> Issued {
        let now = Instant::now();
        self.pending.retain(|_, p| p.expires_at > now);
        let code = format!("{:06}", rand::rng().random_range(0..1_000_000));
        let otp_id = random_id(24);
        self.pending.insert(
            otp_id.clone(),
            Pending {
                code: code.clone(),
                user_id: user_id.to_owned(),
                identifier: identifier.clone(),
                expires_at: now + OTP_TTL,
                wrong_attempts: 0,
            },
        );
        Issued { code, otp_id }
    }

    /// The user a right code for `otp_id` signs in, and the identifier it
    /// proves; the passcode is used up.
    fn activate(&mut self, otp_id: &str, code: &str) -> Result<(String, Identifier), ApiError> {
        let pending = self.pending.get_mut(otp_id).ok_or_else(|| {
            ApiError::bad_request("otp: unknown or already used; ask for a new one-time passcode")
        })?;
        if pending.expires_at <= Instant::now() {
            self.pending.remove(otp_id);
            return Err(ApiError::bad_request(
                "otp: expired; ask for a new one-time passcode",
            ));
        }
        if pending.code != code.trim() {
            pending.wrong_attempts += 1;
            if pending.wrong_attempts >= MAX_ATTEMPTS {
                self.pending.remove(otp_id);
                return Err(ApiError::new(
                    StatusCode::UNAUTHORIZED,
                    "exceeded_attempts",
                    "otp: too many wrong attempts; ask for a new one-time passcode",
                ));
            }
            return Err(ApiError::bad_request(
                "otp: wrong one-time passcode; check the code and try again",
            ));
        }
        let used = self.pending.remove(otp_id).expect("present");
        Ok((used.user_id, used.identifier))
    }
}

/// `{identifier, language?}`; the language would pick the email's, and the
/// emulator sends none.
#[derive(Deserialize)]
struct OtpRequest {
    identifier: String,
}

/// `POST /v1/apps/{app}/register/otp`: a pending user and a code for them
/// (409 when a registered user has the identifier).
pub(super) async fn register(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: OtpRequest = json_body(&body)?;
    let identifier = Identifier::parse(&request.identifier)?;
    let user = state.registering_user(&identifier)?;
    Ok(send(&state, &user.id, &identifier, Purpose::Register))
}

/// `POST /v1/apps/{app}/login/otp`: a code for a registered user (404
/// `user_not_found` otherwise).
pub(super) async fn login(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: OtpRequest = json_body(&body)?;
    let identifier = Identifier::parse(&request.identifier)?;
    let user = state.signing_in_user(&identifier)?;
    Ok(send(&state, &user.id, &identifier, Purpose::Login))
}

fn send(
    state: &State,
    user_id: &str,
    identifier: &Identifier,
    purpose: Purpose,
) -> axum::response::Response {
    let issued = state.auth.otps.lock().unwrap().issue(user_id, identifier);
    // The one secret the emulator logs on purpose: a developer has no
    // mailbox to read it from.
    tracing::info!(
        identifier = %identifier.as_str(),
        purpose = purpose.as_str(),
        code = %issued.code,
        "Passage emulator: one-time passcode (not sent anywhere; also at /emulator/inbox)"
    );
    state.auth.inbox.lock().unwrap().deliver(Message {
        identifier: identifier.as_str().to_owned(),
        purpose: purpose.as_str(),
        code: Some(issued.code),
        otp_id: Some(issued.otp_id.clone()),
        magic_link: None,
        sent_at: Utc::now(),
    });
    (
        StatusCode::CREATED,
        Json(json!({ "otp_id": issued.otp_id })),
    )
        .into_response()
}

#[derive(Deserialize)]
struct ActivateRequest {
    otp: String,
    otp_id: String,
}

/// `POST /v1/apps/{app}/otp/activate {otp, otp_id}`: the `auth_result`
/// (400 for a wrong or expired code; 401 `exceeded_attempts` after
/// [`MAX_ATTEMPTS`] wrong ones).
pub(super) async fn activate(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    caller: Caller,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: ActivateRequest = json_body(&body)?;
    let (user_id, identifier) = state
        .auth
        .otps
        .lock()
        .unwrap()
        .activate(&request.otp_id, &request.otp)?;
    if !state.users.lock().unwrap().contains_key(&user_id) {
        return Err(ApiError::user_not_found());
    }
    state.record_login(&user_id, Some(&identifier), Method::Otp, &caller);
    Ok(Json(super::sessions::auth_result(&state, &user_id)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email() -> Identifier {
        Identifier::Email("a@example.com".into())
    }

    #[test]
    fn a_code_works_once() {
        let mut codes = OneTimeCodes::default();
        let sent = codes.issue("u1", &email());
        assert_eq!(sent.code.len(), 6);
        let (user, identifier) = codes.activate(&sent.otp_id, &sent.code).unwrap();
        assert_eq!((user.as_str(), identifier), ("u1", email()));
        assert!(codes.activate(&sent.otp_id, &sent.code).is_err());
    }

    #[test]
    fn wrong_codes_run_out() {
        let mut codes = OneTimeCodes::default();
        let sent = codes.issue("u1", &email());
        let wrong = if sent.code == "000000" {
            "111111"
        } else {
            "000000"
        };
        for _ in 1..MAX_ATTEMPTS {
            let err = codes.activate(&sent.otp_id, wrong).unwrap_err();
            assert_eq!(err.status, StatusCode::BAD_REQUEST);
        }
        let err = codes.activate(&sent.otp_id, wrong).unwrap_err();
        assert_eq!(err.code, "exceeded_attempts");
        assert!(codes.activate(&sent.otp_id, &sent.code).is_err());
    }
}
