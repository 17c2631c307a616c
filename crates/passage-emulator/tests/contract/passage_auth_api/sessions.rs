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

/// `POST tokens`: the answer.
async fn refresh(api: &AuthApi, token: &str) -> super::Answer {
    api.post("/tokens", json!({ "refresh_token": token })).await
}

/// A refused refresh: its message.
#[track_caller]
fn refused(answer: &super::Answer) -> String {
    let (code, message) = answer.refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(code, "invalid_refresh_token");
    message
}

#[tokio::test]
async fn reusing_a_rotated_refresh_token_revokes_the_whole_session() {
    let api = AuthApi::start().await;
    let stolen = api.register("stolen@example.com").await["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    // The same user signed in elsewhere: another session.
    api.post("/login/otp", json!({ "identifier": "stolen@example.com" }))
        .await;
    let (code, otp_id) = api.inbox("stolen@example.com").await;
    let elsewhere = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    let elsewhere = elsewhere.body["auth_result"]["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();

    // The thief refreshes first, and again.
    let thief = refresh(&api, &stolen).await;
    assert_eq!(thief.status, StatusCode::OK, "{}", thief.body);
    let thief = thief.body["auth_result"]["refresh_token"].as_str().unwrap();
    let thief = refresh(&api, thief).await;
    assert_eq!(thief.status, StatusCode::OK, "{}", thief.body);
    let thief = thief.body["auth_result"]["refresh_token"].as_str().unwrap();

    // The owner's copy comes back: the whole session ends.
    let replayed = refused(&refresh(&api, &stolen).await);
    let message = refused(&refresh(&api, thief).await);
    assert!(message.contains("unknown, expired or revoked"), "{message}");
    assert!(replayed.contains("revokes its whole session"), "{replayed}");
    let again = refresh(&api, &elsewhere).await;
    assert_eq!(again.status, StatusCode::OK, "the other session lives on");
}

#[tokio::test]
async fn a_rotated_refresh_token_is_recognised_after_a_restart() {
    let dir = std::env::temp_dir().join(format!("pgql-auth-{}", passage_emulator::random_id(8)));
    let file = dir.join("emulator.json");
    let start = || async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let emulator = Emulator::start_persistent(listener, APP_ID, API_KEY, &file)
            .await
            .unwrap();
        AuthApi::on(emulator)
    };
    let api = start().await;
    let first = api.register("restart@example.com").await["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    let second = refresh(&api, &first).await;
    assert_eq!(second.status, StatusCode::OK, "{}", second.body);
    let second = second.body["auth_result"]["refresh_token"]
        .as_str()
        .unwrap()
        .to_owned();
    drop(api);

    let api = start().await;
    let replayed = refused(&refresh(&api, &first).await);
    refused(&refresh(&api, &second).await);
    assert!(replayed.contains("already used"), "{replayed}");
    let _ = std::fs::remove_dir_all(dir);
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
