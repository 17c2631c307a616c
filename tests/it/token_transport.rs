//! How keys and tokens reach the verifier: the JWKS fetch (no redirects,
//! a size cap and an entry cap, entries parsed one by one, a `kid` whose key
//! material changed) and the `psg_auth_token` cookie.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::{TestApp, spawn_app_unready_on, start_emulator};

const ME: &str = "{ me { name } }";

/// `/ready`'s status and body.
async fn ready(app: &TestApp) -> (u16, Value) {
    let response = app.http.get(app.url("/ready")).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// Waits until the server has asked for the JWKS, then gives it a moment to
/// act on the answer.
async fn wait_for_a_jwks_fetch(app: &TestApp) {
    let deadline = Instant::now() + Duration::from_secs(5);
    while app.emulator.calls().jwks == 0 {
        assert!(
            Instant::now() < deadline,
            "the server never fetched the JWKS"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redirected_jwks_is_not_followed() {
    let elsewhere = start_emulator().await;
    let emulator = start_emulator().await;
    emulator.redirect_jwks(Some(elsewhere.jwks_url()));
    let app = spawn_app_unready_on(emulator).await;
    wait_for_a_jwks_fetch(&app).await;

    let (status, body) = ready(&app).await;
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["signing_keys"], "not_loaded", "{body}");
    assert_eq!(elsewhere.calls().jwks, 0, "the redirect was followed");

    let user = app.emulator.create_user("redirect@example.com");
    let token = elsewhere.sign_claims(&app.emulator.claims_for(&user.id));
    let response = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(response.status, 503, "{}", response.body);
    assert_eq!(response.error_code(), "PASSAGE_UNAVAILABLE");
    assert!(response.body.get("data").is_none(), "{}", response.body);
    assert_eq!(elsewhere.calls().jwks, 0, "the redirect was followed");
}
