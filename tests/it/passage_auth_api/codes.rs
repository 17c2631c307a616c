//! One-time codes and identifiers: wrong codes, taken identifiers, unknown users.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::{AuthApi, wrong};
use crate::support::APP_ID;

#[tokio::test]
async fn a_wrong_one_time_code_is_400_and_the_right_one_signs_in() {
    let api = AuthApi::start().await;
    let sent = api
        .post("/register/otp", json!({ "identifier": "code@example.com" }))
        .await;
    assert_eq!(sent.status, StatusCode::CREATED);
    let (code, otp_id) = api.inbox("code@example.com").await;
    assert_eq!(code.len(), 6, "six digits: {code}");

    let refused = api
        .post(
            "/otp/activate",
            json!({ "otp": wrong(&code), "otp_id": otp_id }),
        )
        .await;
    let (error_code, message) = refused.refusal(StatusCode::BAD_REQUEST);
    assert_eq!(error_code, "invalid_request");
    assert!(message.contains("wrong one-time passcode"), "{message}");

    let signed_in = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    let result = &signed_in.body["auth_result"];
    let user = api.emulator.user_by_email("code@example.com").unwrap();
    let claims = api
        .emulator
        .signing_key()
        .verify(result["auth_token"].as_str().unwrap())
        .expect("an RS256 token signed by the published key");
    assert_eq!(claims["sub"], user.id.as_str());
    assert_eq!(claims["aud"], json!([APP_ID]));
    assert_eq!(result["redirect_url"], "/");
    assert!(
        result["refresh_token"]
            .as_str()
            .is_some_and(|t| t.len() >= 32)
    );
    assert!(result["refresh_token_expiration"].as_i64() > Some(chrono::Utc::now().timestamp()));
    assert!(user.email_verified, "the code proved the email");

    let reused = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    reused.refusal(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn five_wrong_codes_void_the_code() {
    let api = AuthApi::start().await;
    api.register("five@example.com").await;
    api.post("/login/otp", json!({ "identifier": "five@example.com" }))
        .await;
    let (code, otp_id) = api.inbox("five@example.com").await;
    let attempt = |otp: String| {
        let body = json!({ "otp": otp, "otp_id": otp_id });
        api.post("/otp/activate", body)
    };
    for _ in 0..4 {
        attempt(wrong(&code)).await.refusal(StatusCode::BAD_REQUEST);
    }
    let (error_code, _) = attempt(wrong(&code))
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(error_code, "exceeded_attempts");
    attempt(code).await.refusal(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn registering_an_existing_identifier_is_409() {
    let api = AuthApi::start().await;
    api.register("taken@example.com").await;
    for (path, body) in [
        (
            "/register/otp",
            json!({ "identifier": "taken@example.com" }),
        ),
        (
            "/register/otp",
            json!({ "identifier": "TAKEN@example.com" }),
        ),
        (
            "/register/webauthn/start",
            json!({ "identifier": "taken@example.com" }),
        ),
        ("/users", json!({ "identifier": "taken@example.com" })),
    ] {
        let (code, message) = api.post(path, body).await.refusal(StatusCode::CONFLICT);
        assert_eq!(code, "identifier_already_exists", "{path}");
        assert_eq!(message, "user: already exists.", "{path}");
    }
    let (code, _) = api
        .post("/register/otp", json!({ "identifier": "not an email" }))
        .await
        .refusal(StatusCode::BAD_REQUEST);
    assert_eq!(code, "invalid_request");
}

#[tokio::test]
async fn an_unknown_user_is_404() {
    let api = AuthApi::start().await;
    let lookup = api
        .send(Method::GET, "/users?identifier=nobody%40example.com", None)
        .await;
    let (code, _) = lookup.refusal(StatusCode::NOT_FOUND);
    assert_eq!(code, "user_not_found");
    for path in ["/login/otp", "/login/webauthn/start"] {
        let (code, _) = api
            .post(path, json!({ "identifier": "nobody@example.com" }))
            .await
            .refusal(StatusCode::NOT_FOUND);
        assert_eq!(code, "user_not_found", "{path}");
    }
    // A registration never finished is no account to sign in to.
    api.post("/register/otp", json!({ "identifier": "half@example.com" }))
        .await;
    api.post("/login/otp", json!({ "identifier": "half@example.com" }))
        .await
        .refusal(StatusCode::NOT_FOUND);

    api.register("known@example.com").await;
    let found = api
        .send(Method::GET, "/users?identifier=known%40example.com", None)
        .await;
    assert_eq!(found.status, StatusCode::OK);
    assert_eq!(found.body["user"]["email"], "known@example.com");
    assert_eq!(found.body["user"]["status"], "active");
    assert_eq!(found.body["user"]["webauthn_types"], json!([]));
    let (code, _) = api
        .post(
            "/login/webauthn/start",
            json!({ "identifier": "known@example.com" }),
        )
        .await
        .refusal(StatusCode::CONFLICT);
    assert_eq!(code, "user_has_no_passkeys");
}
