//! One-time passcodes: `POST register/otp` and `POST login/otp`
//! (`{identifier, language?}` -> `{otp_id}`), then `POST otp/activate
//! {otp, otp_id}` -> `{auth_result}`.
//!
//! The emulator sends no email or SMS. Each code is written to the log and
//! to the emulator's inbox (`inbox`).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::Json;
use axum::extract::{Path, State as AxumState};
use axum::http::StatusCode;
use axum::response::IntoResponse;
use chrono::Utc;
use rand::Rng;
use serde::Deserialize;
use serde_json::json;

use super::inbox::Message;
use super::users::Finishing;
use super::{ApiError, ApiResult, Identifier, OTP_TTL, check_app, json_body};
use crate::events::{Caller, Method};
use crate::{State, random_id};

/// Wrong codes allowed per identifier within [`ATTEMPT_WINDOW`], counted
/// across all the codes sent to it; then its code is void and it gets no new
/// one until the window ends.
pub const MAX_ATTEMPTS: u32 = 5;
/// How long wrong codes count against an identifier, from the first.
pub const ATTEMPT_WINDOW: Duration = Duration::from_secs(15 * 60);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Purpose {
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

/// The one code an identifier may use (a new code replaces it).
struct Code {
    otp_id: String,
    code: String,
    user_id: String,
    purpose: Purpose,
    expires_at: Instant,
}

/// One identifier: its live code and its wrong attempts.
#[derive(Default)]
struct Tracked {
    code: Option<Code>,
    wrong_attempts: u32,
    /// When the wrong attempts stop counting (set by the first of them).
    window_ends: Option<Instant>,
}

impl Tracked {
    fn locked(&self, now: Instant) -> bool {
        self.wrong_attempts >= MAX_ATTEMPTS && self.window_ends.is_some_and(|end| end > now)
    }

    /// Drops what has run out; whether anything is left to keep.
    fn expire(&mut self, now: Instant) -> bool {
        if self.code.as_ref().is_some_and(|c| c.expires_at <= now) {
            self.code = None;
        }
        if self.window_ends.is_some_and(|end| end <= now) {
            self.wrong_attempts = 0;
            self.window_ends = None;
        }
        self.code.is_some() || self.wrong_attempts > 0
    }
}

/// A passcode just issued.
struct Issued {
    code: String,
    otp_id: String,
}

/// A passcode activated: whom it signs in, what it proved, what for.
#[derive(Debug)]
pub(super) struct Activated {
    pub user_id: String,
    pub identifier: Identifier,
    pub purpose: Purpose,
}

/// Passcodes waiting to be activated, and wrong attempts, by identifier.
#[derive(Default)]
pub(super) struct OneTimeCodes {
    by_identifier: HashMap<Identifier, Tracked>,
}

/// 401/429 `exceeded_attempts`, saying what the limit is and when it lifts.
fn exceeded(status: StatusCode, now: Instant, window_ends: Option<Instant>) -> ApiError {
    let left = window_ends.map_or(Duration::ZERO, |end| end.saturating_duration_since(now));
    let minutes = left.as_secs().div_ceil(60).max(1);
    ApiError::new(
        status,
        "exceeded_attempts",
        format!(
            "otp: too many wrong one-time passcodes for this identifier ({MAX_ATTEMPTS} in {} \
             minutes, counted across all codes sent to it); ask for a new one-time passcode in \
             {minutes} minute(s)",
            ATTEMPT_WINDOW.as_secs() / 60
        ),
    )
}

impl OneTimeCodes {
    /// A new code for `identifier`; the code sent to it before is void.
    /// 429 while the identifier is locked out. When `cap` identifiers are
    /// tracked, the oldest code no wrong attempt counts against gives way;
    /// 429 when there is none (wrong attempts are never forgotten early:
    /// that would reset a guesser's count).
    fn issue(
        &mut self,
        user_id: &str,
        identifier: &Identifier,
        purpose: Purpose,
        cap: usize,
    ) -> Result<Issued, ApiError> {
        let now = Instant::now();
        self.by_identifier.retain(|_, t| t.expire(now));
        if let Some(tracked) = self.by_identifier.get(identifier)
            && tracked.locked(now)
        {
            return Err(exceeded(
                StatusCode::TOO_MANY_REQUESTS,
                now,
                tracked.window_ends,
            ));
        }
        while !self.by_identifier.contains_key(identifier) && self.by_identifier.len() >= cap {
            let oldest = self
                .by_identifier
                .iter()
                .filter(|(_, t)| t.wrong_attempts == 0)
                .filter_map(|(id, t)| Some((t.code.as_ref()?.expires_at, id)))
                .min_by_key(|(expires_at, _)| *expires_at)
                .map(|(_, id)| id.clone());
            let Some(oldest) = oldest else {
                return Err(ApiError::new(
                    StatusCode::TOO_MANY_REQUESTS,
                    "too_many_requests",
                    format!(
                        "otp: wrong one-time passcodes are counting against {cap} identifiers, \
                         the most the emulator keeps; try again in a few minutes"
                    ),
                ));
            };
            self.by_identifier.remove(&oldest);
        }
        let code = format!("{:06}", rand::rng().random_range(0..1_000_000));
        let otp_id = random_id(24);
        let tracked = self.by_identifier.entry(identifier.clone()).or_default();
        tracked.code = Some(Code {
            otp_id: otp_id.clone(),
            code: code.clone(),
            user_id: user_id.to_owned(),
            purpose,
            expires_at: now + OTP_TTL,
        });
        Ok(Issued { code, otp_id })
    }

    /// Voids the codes that would sign `user_id` in (the wrong attempts
    /// against their identifiers still count).
    pub(super) fn void_user(&mut self, user_id: &str) {
        self.by_identifier.retain(|_, t| {
            if t.code.as_ref().is_some_and(|c| c.user_id == user_id) {
                t.code = None;
            }
            t.code.is_some() || t.wrong_attempts > 0
        });
    }

    /// What a right code for `otp_id` activates; the passcode is used up.
    /// A wrong code counts against the identifier it was sent to.
    fn activate(&mut self, otp_id: &str, code: &str) -> Result<Activated, ApiError> {
        let now = Instant::now();
        let (identifier, tracked) = self
            .by_identifier
            .iter_mut()
            .find(|(_, t)| t.code.as_ref().is_some_and(|c| c.otp_id == otp_id))
            .ok_or_else(|| {
                ApiError::bad_request(
                    "otp: unknown, already used, or replaced by a newer code; ask for a new \
                     one-time passcode",
                )
            })?;
        let pending = tracked.code.as_ref().expect("found by its code");
        if pending.expires_at <= now {
            tracked.code = None;
            return Err(ApiError::bad_request(
                "otp: expired; ask for a new one-time passcode",
            ));
        }
        if tracked.locked(now) {
            tracked.code = None;
            return Err(exceeded(StatusCode::UNAUTHORIZED, now, tracked.window_ends));
        }
        let right = aws_lc_rs::constant_time::verify_slices_are_equal(
            pending.code.as_bytes(),
            code.trim().as_bytes(),
        )
        .is_ok();
        if !right {
            if tracked.window_ends.is_none_or(|end| end <= now) {
                tracked.wrong_attempts = 0;
                tracked.window_ends = Some(now + ATTEMPT_WINDOW);
            }
            tracked.wrong_attempts += 1;
            if tracked.wrong_attempts >= MAX_ATTEMPTS {
                tracked.code = None;
                return Err(exceeded(StatusCode::UNAUTHORIZED, now, tracked.window_ends));
            }
            let left = MAX_ATTEMPTS - tracked.wrong_attempts;
            return Err(ApiError::bad_request(format!(
                "otp: wrong one-time passcode; {left} more wrong code(s) allowed for this \
                 identifier, counted across its codes; check the code and try again"
            )));
        }
        let used = tracked.code.take().expect("found by its code");
        let identifier = identifier.clone();
        // The right code ends the count.
        self.by_identifier.remove(&identifier);
        Ok(Activated {
            user_id: used.user_id,
            identifier,
            purpose: used.purpose,
        })
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
    send(&state, &user.id, &identifier, Purpose::Register)
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
    send(&state, &user.id, &identifier, Purpose::Login)
}

fn send(state: &State, user_id: &str, identifier: &Identifier, purpose: Purpose) -> ApiResult {
    let cap = state.caps().otp_identifiers;
    let issued = state
        .auth
        .otps
        .lock()
        .unwrap()
        .issue(user_id, identifier, purpose, cap)?;
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
    Ok((
        StatusCode::CREATED,
        Json(json!({ "otp_id": issued.otp_id })),
    )
        .into_response())
}

#[derive(Deserialize)]
struct ActivateRequest {
    otp: String,
    otp_id: String,
}

/// `POST /v1/apps/{app}/otp/activate {otp, otp_id}`: the `auth_result`
/// (400 for a wrong or expired code; 401 `exceeded_attempts` after
/// [`MAX_ATTEMPTS`] wrong ones for the identifier; 403 for an inactive user;
/// 409 for a registration someone has finished meanwhile).
pub(super) async fn activate(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    caller: Caller,
    body: axum::body::Bytes,
) -> ApiResult {
    check_app(&state, &app)?;
    let request: ActivateRequest = json_body(&body)?;
    let activated = state
        .auth
        .otps
        .lock()
        .unwrap()
        .activate(&request.otp_id, &request.otp)?;
    // As for passkeys and magic links: a registration code finishes only a
    // registration still pending (not one finished meanwhile with someone's
    // passkey), a sign-in code signs in only an active user.
    let finishing = match activated.purpose {
        Purpose::Register => Finishing::Registration,
        Purpose::Login => Finishing::SignIn,
    };
    state.record_login(
        &activated.user_id,
        Some(&activated.identifier),
        Method::Otp,
        &caller,
        finishing,
    )?;
    Ok(Json(super::sessions::auth_result(&state, &activated.user_id)).into_response())
}

#[cfg(test)]
mod tests {
    use super::*;

    const CAP: usize = crate::DEFAULT_MAX_OTP_IDENTIFIERS;

    fn email() -> Identifier {
        Identifier::Email("a@example.com".into())
    }

    fn wrong(code: &str) -> &'static str {
        if code == "000000" { "111111" } else { "000000" }
    }

    #[test]
    fn a_code_works_once() {
        let mut codes = OneTimeCodes::default();
        let sent = codes.issue("u1", &email(), Purpose::Login, CAP).unwrap();
        assert_eq!(sent.code.len(), 6);
        let used = codes.activate(&sent.otp_id, &sent.code).unwrap();
        assert_eq!(
            (used.user_id.as_str(), used.identifier, used.purpose),
            ("u1", email(), Purpose::Login)
        );
        assert!(codes.activate(&sent.otp_id, &sent.code).is_err());
    }

    #[test]
    fn wrong_codes_run_out() {
        let mut codes = OneTimeCodes::default();
        let sent = codes.issue("u1", &email(), Purpose::Login, CAP).unwrap();
        for _ in 1..MAX_ATTEMPTS {
            let err = codes.activate(&sent.otp_id, wrong(&sent.code)).unwrap_err();
            assert_eq!(err.status, StatusCode::BAD_REQUEST);
        }
        let err = codes.activate(&sent.otp_id, wrong(&sent.code)).unwrap_err();
        assert_eq!(err.code, "exceeded_attempts");
        assert!(codes.activate(&sent.otp_id, &sent.code).is_err());
    }

    #[test]
    fn wrong_codes_count_across_the_codes_of_an_identifier() {
        let mut codes = OneTimeCodes::default();
        let mut sent = codes.issue("u1", &email(), Purpose::Login, CAP).unwrap();
        for _ in 0..MAX_ATTEMPTS - 1 {
            let old = sent.otp_id.clone();
            codes.activate(&sent.otp_id, wrong(&sent.code)).unwrap_err();
            sent = codes.issue("u1", &email(), Purpose::Login, CAP).unwrap();
            // The new code voids the old one.
            let err = codes.activate(&old, "123456").unwrap_err();
            assert!(err.message.contains("replaced by a newer code"), "{err:?}");
        }
        let err = codes.activate(&sent.otp_id, wrong(&sent.code)).unwrap_err();
        assert_eq!(
            (err.status, err.code),
            (StatusCode::UNAUTHORIZED, "exceeded_attempts")
        );
        assert!(err.message.contains("5 in 15 minutes"), "{err:?}");
        let err = codes
            .issue("u1", &email(), Purpose::Login, CAP)
            .err()
            .unwrap();
        assert_eq!(
            (err.status, err.code),
            (StatusCode::TOO_MANY_REQUESTS, "exceeded_attempts")
        );
        // Another identifier is not affected.
        let other = Identifier::Email("b@example.com".into());
        let sent = codes.issue("u2", &other, Purpose::Login, CAP).unwrap();
        assert!(codes.activate(&sent.otp_id, &sent.code).is_ok());
    }

    #[test]
    fn a_right_code_ends_the_count() {
        let mut codes = OneTimeCodes::default();
        for _ in 0..2 {
            let sent = codes.issue("u1", &email(), Purpose::Login, CAP).unwrap();
            for _ in 1..MAX_ATTEMPTS {
                codes.activate(&sent.otp_id, wrong(&sent.code)).unwrap_err();
            }
            assert!(codes.activate(&sent.otp_id, &sent.code).is_ok());
        }
        assert!(codes.by_identifier.is_empty());
    }

    #[test]
    fn at_the_cap_the_oldest_code_gives_way() {
        let mut codes = OneTimeCodes::default();
        let sent: Vec<Issued> = (0..3)
            .map(|i| {
                let identifier = Identifier::Email(format!("u{i}@example.com"));
                codes.issue("u", &identifier, Purpose::Login, 3).unwrap()
            })
            .collect();
        let newer = Identifier::Email("newer@example.com".into());
        let newest = codes.issue("u", &newer, Purpose::Login, 3).unwrap();
        assert_eq!(codes.by_identifier.len(), 3);
        assert!(codes.activate(&sent[0].otp_id, &sent[0].code).is_err());
        assert!(codes.activate(&sent[1].otp_id, &sent[1].code).is_ok());
        assert!(codes.activate(&newest.otp_id, &newest.code).is_ok());
    }

    #[test]
    fn wrong_attempts_never_give_way() {
        let mut codes = OneTimeCodes::default();
        for i in 0..2 {
            let identifier = Identifier::Email(format!("u{i}@example.com"));
            let sent = codes.issue("u", &identifier, Purpose::Login, 2).unwrap();
            codes.activate(&sent.otp_id, wrong(&sent.code)).unwrap_err();
        }
        let more = Identifier::Email("more@example.com".into());
        let err = codes.issue("u", &more, Purpose::Login, 2).err().unwrap();
        assert_eq!(
            (err.status, err.code),
            (StatusCode::TOO_MANY_REQUESTS, "too_many_requests")
        );
        assert!(err.message.contains("against 2 identifiers"), "{err:?}");
        // An identifier already tracked still gets a new code.
        let again = Identifier::Email("u1@example.com".into());
        assert!(codes.issue("u", &again, Purpose::Login, 2).is_ok());
        assert_eq!(codes.by_identifier.len(), 2);
    }

    #[test]
    fn voiding_a_user_keeps_the_count() {
        let mut codes = OneTimeCodes::default();
        let sent = codes.issue("u1", &email(), Purpose::Login, CAP).unwrap();
        codes.activate(&sent.otp_id, wrong(&sent.code)).unwrap_err();
        let sent = codes.issue("u1", &email(), Purpose::Login, CAP).unwrap();
        codes.void_user("u1");
        assert!(codes.activate(&sent.otp_id, &sent.code).is_err());
        assert_eq!(codes.by_identifier[&email()].wrong_attempts, 1);
    }
}
