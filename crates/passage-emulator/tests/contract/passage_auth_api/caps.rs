//! Floods: what anyone can make the emulator keep is capped, in memory and in
//! the state file. Small caps keep these fast; the defaults are the same
//! code with larger numbers.

use passage_emulator::{Caps, Emulator};
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use super::{Answer, AuthApi};
use crate::support::{API_KEY, APP_ID};

/// An emulator saving to a new state file, with `caps`; the file.
async fn persistent(caps: Caps) -> (AuthApi, std::path::PathBuf) {
    let dir = std::env::temp_dir().join(format!("pgql-caps-{}", passage_emulator::random_id(8)));
    let file = dir.join("emulator.json");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let emulator = Emulator::start_persistent(listener, APP_ID, API_KEY, &file)
        .await
        .unwrap();
    emulator.set_caps(caps);
    (AuthApi::on(emulator), file)
}

fn saved(file: &std::path::Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(file).unwrap()).unwrap()
}

/// Pending users, as the Management API counts them.
async fn pending_users(api: &AuthApi) -> u64 {
    let page = api
        .manage(Method::GET, "/users?status=pending&limit=500", None)
        .await;
    assert_eq!(page.status, StatusCode::OK, "{}", page.body);
    page.body["total_users"].as_u64().unwrap()
}

/// A sign-in with a one-time code for a registered `email`: its refresh token.
async fn sign_in(api: &AuthApi, email: &str) -> String {
    let sent = api.post("/login/otp", json!({ "identifier": email })).await;
    assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
    let (code, otp_id) = api.inbox(email).await;
    let signed_in = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    refresh_token(&signed_in.body)
}

/// The refresh token of an answer with an `auth_result`.
fn refresh_token(body: &Value) -> String {
    body["auth_result"]["refresh_token"]
        .as_str()
        .expect("a refresh token")
        .to_owned()
}

/// Registers `email` with a one-time code: the session's refresh token.
async fn register(api: &AuthApi, email: &str) -> String {
    let result = api.register(email).await;
    refresh_token(&json!({ "auth_result": result }))
}

async fn refresh(api: &AuthApi, token: &str) -> Answer {
    api.post("/tokens", json!({ "refresh_token": token })).await
}

/// A refused refresh: its message.
#[track_caller]
fn refused(answer: &Answer) -> String {
    let (code, message) = answer.refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(code, "invalid_refresh_token");
    message
}

#[tokio::test]
async fn flooding_register_otp_keeps_the_newest_pending_users_only() {
    let caps = Caps {
        pending_users: 3,
        ..Caps::default()
    };
    let (api, file) = persistent(caps).await;
    api.register("real@example.com").await;

    let mut sent = Vec::new();
    for i in 0..5 {
        let email = format!("flood{i}@example.com");
        let answer = api
            .post("/register/otp", json!({ "identifier": email }))
            .await;
        assert_eq!(answer.status, StatusCode::CREATED, "{}", answer.body);
        sent.push(api.inbox(&email).await);
    }
    assert_eq!(pending_users(&api).await, 3);
    let in_file = saved(&file)["users"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|u| u["status"] == "pending")
        .count();
    assert_eq!(in_file, 3, "the state file is bounded too");

    // The oldest registrations gave way: their codes are void.
    for (code, otp_id) in &sent[..2] {
        let used = api
            .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
            .await;
        let (error_code, _) = used.refusal(StatusCode::BAD_REQUEST);
        assert_eq!(error_code, "invalid_request");
    }
    assert!(api.emulator.user_by_email("flood0@example.com").is_none());
    let (code, otp_id) = &sent[4];
    let newest = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    assert_eq!(newest.status, StatusCode::OK, "{}", newest.body);

    // A registered user never gives way.
    sign_in(&api, "real@example.com").await;
    let _ = std::fs::remove_dir_all(file.parent().unwrap());
}

#[tokio::test]
async fn many_sign_ins_keep_the_newest_refresh_tokens_of_the_user() {
    let caps = Caps {
        refresh_tokens_per_user: 3,
        ..Caps::default()
    };
    let (api, file) = persistent(caps).await;
    let mut sessions = vec![register(&api, "busy@example.com").await];
    for _ in 0..4 {
        sessions.push(sign_in(&api, "busy@example.com").await);
    }
    let in_file = saved(&file)["refresh_tokens"].as_array().unwrap().len();
    assert_eq!(in_file, 3, "the state file is bounded too");

    for oldest in &sessions[..2] {
        refused(&refresh(&api, oldest).await);
    }
    for newest in &sessions[2..] {
        let refreshed = refresh(&api, newest).await;
        assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
    }
    let _ = std::fs::remove_dir_all(file.parent().unwrap());
}

#[tokio::test]
async fn many_refreshes_keep_the_newest_refresh_tokens_of_the_session() {
    let api = AuthApi::start().await;
    api.emulator.set_caps(Caps {
        refresh_tokens_per_user: 3,
        ..Caps::default()
    });
    let first = register(&api, "chain@example.com").await;
    let mut newest = first.clone();
    for _ in 0..6 {
        let refreshed = refresh(&api, &newest).await;
        assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
        newest = refresh_token(&refreshed.body);
    }

    // The first token's record is gone: refused as unknown, and no longer
    // able to revoke the session.
    let message = refused(&refresh(&api, &first).await);
    assert!(message.contains("unknown, expired or revoked"), "{message}");
    let refreshed = refresh(&api, &newest).await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
}

#[tokio::test]
async fn refresh_tokens_of_all_users_are_capped_oldest_first() {
    let api = AuthApi::start().await;
    api.emulator.set_caps(Caps {
        refresh_tokens: 3,
        ..Caps::default()
    });
    let mut sessions = Vec::new();
    for i in 0..4 {
        sessions.push(register(&api, &format!("user{i}@example.com")).await);
    }
    refused(&refresh(&api, &sessions[0]).await);
    for newest in &sessions[1..] {
        let refreshed = refresh(&api, newest).await;
        assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
    }
}

#[tokio::test]
async fn oversized_identifiers_and_metadata_are_refused() {
    let api = AuthApi::start().await;
    let long = format!("{}@example.com", "a".repeat(250));
    let answer = api
        .post("/register/otp", json!({ "identifier": long }))
        .await;
    let (code, _) = answer.refusal(StatusCode::BAD_REQUEST);
    assert_eq!(code, "invalid_request");

    let answer = api
        .post(
            "/users",
            json!({ "identifier": "meta@example.com", "user_metadata": { "x": "y".repeat(4096) } }),
        )
        .await;
    let (code, message) = answer.refusal(StatusCode::BAD_REQUEST);
    assert_eq!(code, "invalid_request");
    assert!(message.contains("user_metadata"), "{message}");
    assert!(api.emulator.user_by_email("meta@example.com").is_none());
}
