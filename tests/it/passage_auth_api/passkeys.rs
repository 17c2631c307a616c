//! What browsers meet: WebAuthn handshakes, the app info the SDK reads, CORS.

use std::time::Duration;

use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

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
