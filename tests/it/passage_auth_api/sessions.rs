//! Sessions: refresh tokens used up and revoked, Bearer checks, a restart.

use passage_emulator::Emulator;
use reqwest::{Method, StatusCode};
use serde_json::json;

use super::AuthApi;
use crate::support::{API_KEY, APP_ID};

#[tokio::test]
async fn a_used_or_revoked_refresh_token_is_refused() {
    let api = AuthApi::start().await;
    let first = api.register("session@example.com").await;
    let first_refresh = first["refresh_token"].as_str().unwrap();

    let refreshed = api
        .post("/tokens", json!({ "refresh_token": first_refresh }))
        .await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
    let second = &refreshed.body["auth_result"];
    let second_refresh = second["refresh_token"].as_str().unwrap();
    assert_ne!(second_refresh, first_refresh, "the refresh token rotates");
    assert!(second["auth_token"].as_str().is_some());
    assert_eq!(api.emulator.calls().refresh_tokens, 1);

    let (code, _) = api
        .post("/tokens", json!({ "refresh_token": first_refresh }))
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(
        code, "invalid_refresh_token",
        "a used refresh token is spent"
    );

    let revoke = format!("/tokens?refresh_token={second_refresh}");
    let revoked = api.send(Method::DELETE, &revoke, None).await;
    assert_eq!(revoked.status, StatusCode::OK);
    let (code, _) = api
        .post("/tokens", json!({ "refresh_token": second_refresh }))
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(
        code, "invalid_refresh_token",
        "a revoked refresh token is dead"
    );
    // Signing out twice still signs out.
    assert_eq!(
        api.send(Method::DELETE, &revoke, None).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn currentuser_needs_a_valid_bearer_token() {
    let api = AuthApi::start().await;
    let result = api.register("me@example.com").await;
    let token = result["auth_token"].as_str().unwrap();
    let me = api.current_user(token).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.body["user"]["email"], "me@example.com");
    assert_eq!(me.body["user"]["webauthn_devices"], json!([]));
    assert_eq!(me.body["user"]["webauthn_types"], json!([]));
    assert_eq!(me.body["user"]["login_count"], 1);

    let no_header = api.send(Method::GET, "/currentuser", None).await;
    let (code, _) = no_header.refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(code, "invalid_access_token");
    let foreign = passage_emulator::SigningKey::generate(api.emulator.signing_key().kid.clone());
    let user_id = me.body["user"]["id"].as_str().unwrap();
    let forged = foreign.sign(&foreign.header(), &api.emulator.claims_for(user_id));
    api.current_user(&forged)
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    let mut expired = api.emulator.claims_for(user_id);
    expired["exp"] = json!(chrono::Utc::now().timestamp() - 1);
    let expired = api.emulator.sign_claims(&expired);
    api.current_user(&expired)
        .await
        .refusal(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn passkeys_users_and_sessions_survive_a_restart() {
    let dir = std::env::temp_dir().join(format!("pgql-auth-{}", passage_emulator::random_id(8)));
    let file = dir.join("emulator.json");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let first = Emulator::start_persistent(listener, APP_ID, API_KEY, &file)
        .await
        .unwrap();
    let api = AuthApi::on(first);
    let result = api.register("kept@example.com").await;
    drop(api);

    let text = std::fs::read_to_string(&file).unwrap();
    let refresh = result["refresh_token"].as_str().unwrap();
    assert!(
        !text.contains(refresh),
        "the state file keeps no usable token"
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let second = Emulator::start_persistent(listener, APP_ID, API_KEY, &file)
        .await
        .unwrap();
    let api = AuthApi::on(second);
    let refreshed = api
        .post("/tokens", json!({ "refresh_token": refresh }))
        .await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
    let _ = std::fs::remove_dir_all(dir);
}
