//! One-time codes and identifiers: wrong codes, taken identifiers, unknown users.

use reqwest::{Method, StatusCode};
use serde_json::json;

use super::authenticator::Authenticator;
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
    // As the browser test expects it on the page (the server's browser_spa).
    assert_eq!(
        message,
        "otp: wrong one-time passcode; 4 more wrong code(s) allowed for this identifier, \
         counted across its codes; check the code and try again"
    );

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

/// A fresh sign-in code for `identifier`: (code, otp_id).
async fn login_code(api: &AuthApi, identifier: &str) -> (String, String) {
    let sent = api
        .post("/login/otp", json!({ "identifier": identifier }))
        .await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    api.inbox(identifier).await
}

#[tokio::test]
async fn a_code_or_link_proves_only_the_identifier_it_was_sent_to() {
    let api = AuthApi::start().await;
    api.register("old@example.com").await;
    let id = api.emulator.user_by_email("old@example.com").unwrap().id;
    let user_path = format!("/users/{id}");
    let phone = api
        .manage(
            Method::PATCH,
            &user_path,
            Some(json!({ "phone": "+15555550100" })),
        )
        .await;
    assert_eq!(phone.status, StatusCode::OK, "{}", phone.body);

    // Sent while the email and phone were these...
    let (email_code, email_otp) = login_code(&api, "old@example.com").await;
    let (phone_code, phone_otp) = login_code(&api, "+15555550100").await;
    let link = api
        .manage(
            Method::POST,
            "/magic-links",
            Some(json!({ "email": "old@example.com", "send": false })),
        )
        .await;
    assert_eq!(link.status, StatusCode::CREATED, "{}", link.body);
    let secret = link.body["magic_link"]["secret"]
        .as_str()
        .unwrap()
        .to_owned();

    // ...used after both changed: they prove nothing about the new ones.
    let changed = api
        .manage(
            Method::PATCH,
            &user_path,
            Some(json!({ "email": "new@example.com", "phone": "+15555550199" })),
        )
        .await;
    assert_eq!(changed.status, StatusCode::OK, "{}", changed.body);
    for (otp, otp_id) in [(email_code, email_otp), (phone_code, phone_otp)] {
        let used = api
            .post("/otp/activate", json!({ "otp": otp, "otp_id": otp_id }))
            .await;
        assert_eq!(used.status, StatusCode::OK, "{}", used.body);
    }
    let used = api
        .post("/magic-link/activate", json!({ "magic_link": secret }))
        .await;
    assert_eq!(used.status, StatusCode::OK, "{}", used.body);
    let user = api.emulator.user(&id).unwrap();
    assert_eq!(user.email, "new@example.com");
    assert!(!user.email_verified, "no code or link reached new@");
    assert!(!user.phone_verified, "no code reached the new phone");

    // A code to the identifier as it is now proves it.
    let (code, otp_id) = login_code(&api, "new@example.com").await;
    let used = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    assert_eq!(used.status, StatusCode::OK, "{}", used.body);
    let user = api.emulator.user(&id).unwrap();
    assert!(user.email_verified);
    assert!(!user.phone_verified);
}

#[tokio::test]
async fn a_code_does_not_sign_in_a_user_deactivated_since_it_was_sent() {
    let api = AuthApi::start().await;
    api.register("gone@example.com").await;
    let id = api.emulator.user_by_email("gone@example.com").unwrap().id;
    let (code, otp_id) = login_code(&api, "gone@example.com").await;
    let deactivated = api
        .manage(Method::PATCH, &format!("/users/{id}/deactivate"), None)
        .await;
    assert_eq!(deactivated.status, StatusCode::OK, "{}", deactivated.body);

    let refused = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    let (error_code, message) = refused.refusal(StatusCode::FORBIDDEN);
    assert_eq!(
        (error_code.as_str(), message.as_str()),
        ("user_inactive", "user: inactive")
    );
    let user = api.emulator.user(&id).unwrap();
    assert_eq!(user.status, passage_wire::PassageStatus::Inactive);
    assert_eq!(user.login_count, 1, "only the registration");
}

#[tokio::test]
async fn a_registration_code_cannot_take_over_a_registration_finished_with_a_passkey() {
    let api = AuthApi::start().await;
    // Someone asks for a registration code for the address...
    let sent = api
        .post("/register/otp", json!({ "identifier": "race@example.com" }))
        .await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    let (code, otp_id) = api.inbox("race@example.com").await;
    // ...and meanwhile the same pending user is registered with a passkey.
    let mut authenticator = Authenticator::new();
    let registered = api
        .register_passkey("race@example.com", &mut authenticator, 1)
        .await;
    assert_eq!(registered.status, StatusCode::OK, "{}", registered.body);

    let refused = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    let (error_code, _) = refused.refusal(StatusCode::CONFLICT);
    assert_eq!(error_code, "identifier_already_exists");
    assert!(refused.body.get("auth_result").is_none());
    let user = api.emulator.user_by_email("race@example.com").unwrap();
    assert_eq!(user.login_count, 1, "only the passkey registration");
}

#[tokio::test]
async fn wrong_codes_count_per_identifier_across_new_codes() {
    let api = AuthApi::start().await;
    api.register("guess@example.com").await;
    let (first, first_id) = login_code(&api, "guess@example.com").await;
    for _ in 0..3 {
        let body = json!({ "otp": wrong(&first), "otp_id": first_id });
        api.post("/otp/activate", body)
            .await
            .refusal(StatusCode::BAD_REQUEST);
    }
    // A new code voids the old one and does not reset the count.
    let (second, second_id) = login_code(&api, "guess@example.com").await;
    let (_, message) = api
        .post("/otp/activate", json!({ "otp": first, "otp_id": first_id }))
        .await
        .refusal(StatusCode::BAD_REQUEST);
    assert!(message.contains("replaced by a newer code"), "{message}");
    let (_, message) = api
        .post(
            "/otp/activate",
            json!({ "otp": wrong(&second), "otp_id": second_id }),
        )
        .await
        .refusal(StatusCode::BAD_REQUEST);
    assert!(
        message.contains("1 more wrong code(s) allowed"),
        "{message}"
    );
    let (code, message) = api
        .post(
            "/otp/activate",
            json!({ "otp": wrong(&second), "otp_id": second_id }),
        )
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(code, "exceeded_attempts");
    assert!(message.contains("5 in 15 minutes"), "{message}");
    api.post(
        "/otp/activate",
        json!({ "otp": second, "otp_id": second_id }),
    )
    .await
    .refusal(StatusCode::BAD_REQUEST);

    // No new code until the window ends.
    let (code, message) = api
        .post("/login/otp", json!({ "identifier": "guess@example.com" }))
        .await
        .refusal(StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(code, "exceeded_attempts");
    assert!(message.contains("counted across all codes"), "{message}");
    let user = api.emulator.user_by_email("guess@example.com").unwrap();
    assert_eq!(user.login_count, 1, "only the registration");
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
