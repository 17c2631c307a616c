//! `GET /v1/apps/{app}`: the app's settings, as passage-js reads them
//! (`passage.app.info()`, and `passkey.checkPasskeyOrigin()` through it).
//! The SDK parses `user_metadata_schema`, `layouts.profile` and
//! `layouts.registration` as arrays, so they must be present.

use std::sync::Arc;

use axum::Json;
use axum::extract::{Path, State as AxumState};
use axum::http::{HeaderMap, header};
use axum::response::IntoResponse;
use serde_json::json;

use super::{ApiResult, OTP_TTL, check_app};
use crate::State;

pub(super) async fn get_app(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    headers: HeaderMap,
) -> ApiResult {
    check_app(&state, &app)?;
    let request_origin = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok());
    let auth_origin = state
        .auth
        .origins
        .read()
        .unwrap()
        .auth_origin(request_origin);
    let otp_ttl = OTP_TTL.as_secs();
    Ok(Json(json!({
        "app": {
            "id": state.app_id,
            "name": "Passage emulator",
            "auth_origin": auth_origin,
            "redirect_url": "/",
            "login_url": "/",
            "allowed_identifier": "both",
            "required_identifier": "either",
            "auth_methods": {
                "passkeys": {},
                "otp": { "ttl": otp_ttl, "ttl_display_unit": "s" },
            },
            "auth_fallback_method": "otp",
            "auth_fallback_method_ttl": otp_ttl,
            "default_language": "en",
            "ephemeral": false,
            "passage_branding": false,
            "public_signup": true,
            "profile_management": true,
            "require_email_verification": false,
            "require_identifier_verification": false,
            "session_timeout_length": super::sessions::REFRESH_TOKEN_TTL_SECS,
            "social_connections": {},
            "user_metadata_schema": [],
            "layouts": { "profile": [], "registration": [] },
            "element_customization": {},
            "element_customization_dark": {},
        }
    }))
    .into_response())
}
