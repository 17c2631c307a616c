//! What browsers meet: WebAuthn handshakes, the app info the SDK reads, CORS.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use super::authenticator::Authenticator;
use super::{APP_ORIGIN, AuthApi, answer};
use crate::support::APP_ID;

/// A credential with the right shape that no authenticator made.
fn made_up_credential() -> Value {
    json!({
        "id": "AAAA",
        "rawId": "AAAA",
        "type": "public-key",
        "response": { "attestationObject": "AAAA", "clientDataJSON": "AAAA" },
        "transports": ["internal"],
    })
}

#[tokio::test]
async fn an_expired_handshake_is_refused() {
    let api = AuthApi::start().await;
    api.emulator.set_handshake_ttl(Duration::ZERO);
    let started = api
        .post(
            "/register/webauthn/start",
            json!({ "identifier": "late@example.com" }),
        )
        .await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    let public_key = &started.body["handshake"]["challenge"]["publicKey"];
    assert_eq!(public_key["rp"]["id"], "localhost");
    assert!(
        public_key["challenge"]
            .as_str()
            .is_some_and(|c| c.len() >= 32)
    );
    let finish = |handshake: &Value| {
        let body = json!({
            "handshake_id": handshake["handshake"]["id"],
            "user_id": handshake["user"]["id"],
            "handshake_response": made_up_credential(),
        });
        api.post("/register/webauthn/finish", body)
    };
    let (_, message) = finish(&started.body).await.refusal(StatusCode::BAD_REQUEST);
    assert_eq!(message, "handshake: expired; start again");

    // In time, the made-up credential reaches webauthn-rs and fails there;
    // the handshake is used up either way.
    api.emulator.set_handshake_ttl(Duration::from_secs(300));
    let started = api
        .post(
            "/register/webauthn/start",
            json!({ "identifier": "late@example.com" }),
        )
        .await;
    let (_, message) = finish(&started.body).await.refusal(StatusCode::BAD_REQUEST);
    assert!(
        message.starts_with("webauthn: the passkey did not verify"),
        "{message}"
    );
    let (_, message) = finish(&started.body).await.refusal(StatusCode::BAD_REQUEST);
    assert!(message.contains("unknown or already finished"), "{message}");
}

#[tokio::test]
async fn passkeys_need_an_app_origin_on_localhost() {
    let api = AuthApi::start().await;
    api.emulator
        .set_app_origins(&["http://127.0.0.1:5173".to_owned()])
        .unwrap();
    let (_, message) = api
        .post(
            "/register/webauthn/start",
            json!({ "identifier": "ip@example.com" }),
        )
        .await
        .refusal(StatusCode::BAD_REQUEST);
    assert!(message.contains("localhost"), "{message}");
}

#[tokio::test]
async fn app_info_has_what_the_sdk_reads() {
    let api = AuthApi::start().await;
    let response = api
        .http
        .get(api.url(""))
        .header("Origin", APP_ORIGIN)
        .send()
        .await
        .unwrap();
    let info = answer(response).await;
    assert_eq!(info.status, StatusCode::OK);
    let app = &info.body["app"];
    assert_eq!(app["id"], APP_ID);
    assert_eq!(app["auth_origin"], APP_ORIGIN);
    assert_eq!(app["user_metadata_schema"], json!([]));
    assert_eq!(app["layouts"], json!({ "profile": [], "registration": [] }));
    let other = api
        .http
        .get(format!("{}/v1/apps/another-app", api.emulator.base_url()))
        .send()
        .await
        .unwrap();
    let (code, _) = answer(other).await.refusal(StatusCode::NOT_FOUND);
    assert_eq!(code, "app_not_found");
}

#[tokio::test]
async fn cors_preflight_allows_the_app_origin_and_passage_headers() {
    let api = AuthApi::start().await;
    let preflight = |origin: &'static str| {
        api.http
            .request(Method::OPTIONS, api.url("/register/otp"))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header(
                "Access-Control-Request-Headers",
                "authorization,content-type,passage-version",
            )
            .send()
    };
    let allowed = preflight(APP_ORIGIN).await.unwrap();
    assert!(allowed.status().is_success(), "{}", allowed.status());
    let header = |name: &str| {
        allowed
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_lowercase()
    };
    assert_eq!(header("access-control-allow-origin"), APP_ORIGIN);
    let headers = header("access-control-allow-headers");
    for wanted in ["authorization", "content-type", "passage-version"] {
        assert!(headers.contains(wanted), "allow-headers: {headers}");
    }
    let methods = header("access-control-allow-methods");
    for wanted in ["get", "post", "delete"] {
        assert!(methods.contains(wanted), "allow-methods: {methods}");
    }
    let refused = preflight("http://evil.example").await.unwrap();
    assert!(
        refused
            .headers()
            .get("access-control-allow-origin")
            .is_none(),
        "another origin is not allowed"
    );
}

/// The user's only device, as the Management API lists it: its ID.
async fn only_device(api: &AuthApi, user_id: &str) -> String {
    let devices = api
        .manage(Method::GET, &format!("/users/{user_id}/devices"), None)
        .await;
    assert_eq!(devices.status, StatusCode::OK, "{}", devices.body);
    let devices = devices.body["devices"].as_array().expect("devices");
    assert_eq!(devices.len(), 1, "{devices:?}");
    devices[0]["id"].as_str().unwrap().to_owned()
}

#[tokio::test]
async fn a_software_passkey_registers_and_signs_in() {
    let api = AuthApi::start().await;
    let mut authenticator = Authenticator::new();
    let registered = api
        .register_passkey("soft@example.com", &mut authenticator, 1)
        .await;
    assert_eq!(registered.status, StatusCode::OK, "{}", registered.body);
    assert!(registered.body["auth_result"]["auth_token"].is_string());

    let start = api.passkey_start(Some("soft@example.com")).await;
    let signed_in = api
        .passkey_finish(&start, authenticator.sign_in(&start, 2))
        .await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    let start = api.passkey_start(None).await;
    let discovered = api
        .passkey_finish(&start, authenticator.sign_in(&start, 3))
        .await;
    assert_eq!(discovered.status, StatusCode::OK, "{}", discovered.body);
    let user = api.emulator.user_by_email("soft@example.com").unwrap();
    assert_eq!(user.login_count, 3);
    assert_eq!(user.webauthn_devices[0].usage_count, 3);
}

#[tokio::test]
async fn a_device_revoked_during_the_handshake_signs_nobody_in() {
    let api = AuthApi::start().await;
    let mut authenticator = Authenticator::new();
    let registered = api
        .register_passkey("revoked@example.com", &mut authenticator, 1)
        .await;
    assert_eq!(registered.status, StatusCode::OK, "{}", registered.body);
    let user = api.emulator.user_by_email("revoked@example.com").unwrap();
    let device = only_device(&api, &user.id).await;

    for discoverable in [false, true] {
        let email = (!discoverable).then_some("revoked@example.com");
        let start = api.passkey_start(email).await;
        if !discoverable {
            let revoked = api
                .manage(
                    Method::DELETE,
                    &format!("/users/{}/devices/{device}", user.id),
                    None,
                )
                .await;
            assert_eq!(revoked.status, StatusCode::OK, "{}", revoked.body);
        }
        let finish = api
            .passkey_finish(&start, authenticator.sign_in(&start, 2))
            .await;
        let (code, message) = finish.refusal(StatusCode::UNAUTHORIZED);
        assert!(code.ends_with("login_failed"), "{code}");
        assert!(message.contains("passkey"), "{message}");
        assert!(finish.body.get("auth_result").is_none());
    }
    let user = api.emulator.user(&user.id).unwrap();
    assert_eq!(user.login_count, 1, "only the registration signed in");
}

#[tokio::test]
async fn two_overlapping_sign_ins_cannot_both_use_one_counter_value() {
    let api = AuthApi::start().await;
    let mut authenticator = Authenticator::new();
    let registered = api
        .register_passkey("counter@example.com", &mut authenticator, 1)
        .await;
    assert_eq!(registered.status, StatusCode::OK, "{}", registered.body);

    for discoverable in [false, true] {
        let email = (!discoverable).then_some("counter@example.com");
        let counter = if discoverable { 3 } else { 2 };
        // Both handshakes see the stored counter before either finishes;
        // a cloned authenticator answers both with the same counter.
        let first = api.passkey_start(email).await;
        let second = api.passkey_start(email).await;
        let signed_in = api
            .passkey_finish(&first, authenticator.sign_in(&first, counter))
            .await;
        assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
        let replayed = api
            .passkey_finish(&second, authenticator.sign_in(&second, counter))
            .await;
        let (_, message) = replayed.refusal(StatusCode::UNAUTHORIZED);
        assert!(
            message.starts_with("webauthn: the passkey did not verify"),
            "{message}"
        );
        if !discoverable {
            // webauthn-rs saw the counter as it was at start; the emulator
            // checks it as it is now.
            assert!(message.contains("signature counter 2"), "{message}");
        }
        assert!(replayed.body.get("auth_result").is_none());
    }
    let user = api.emulator.user_by_email("counter@example.com").unwrap();
    assert_eq!(
        user.login_count, 3,
        "registration and one sign-in per round"
    );
    assert_eq!(user.webauthn_devices[0].usage_count, 3);
}
