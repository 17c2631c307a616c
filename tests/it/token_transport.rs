//! How keys and tokens reach the verifier: the JWKS fetch (no redirects,
//! a size cap and an entry cap, entries parsed one by one, a `kid` whose key
//! material changed) and the `psg_auth_token` cookie.

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use crate::support::refusal::assert_refused;
use crate::support::{GqlResponse, TestApp, spawn_app, spawn_app_unready_on, start_emulator};

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

/// Sends a token whose `kid` nobody publishes: it is refused, and makes the
/// server refetch the JWKS (the first unknown `kid` is never in the
/// cooldown).
async fn refetch_jwks(app: &TestApp) {
    let key = app.emulator.signing_key();
    let header = json!({"alg": "RS256", "typ": "JWT", "kid": "published-by-nobody"});
    let token = key.sign(
        &header,
        &app.emulator.claims_for("AAAAAAAAAAAAAAAAAAAAAAAA"),
    );
    let before = app.emulator.calls().jwks;
    let response = app.gql(Some(&token), ME, json!({})).await;
    assert_refused(&response, "unknown kid");
    assert!(app.emulator.calls().jwks > before, "the JWKS was refetched");
}

fn message(response: &GqlResponse) -> &str {
    response.body["errors"][0]["message"].as_str().unwrap()
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_jwks_is_refused_and_the_last_good_keys_kept() {
    let app = spawn_app().await;
    let (user, old_token) = app.passage_user("big@example.com");
    app.register(&old_token, "Big").await;
    app.emulator.rotate_key();
    let mut set = app.emulator.published_jwks();
    set["padding"] = json!("x".repeat(70 * 1024));
    app.emulator.set_jwks_body(Some(set.to_string()));

    let new_token = app.emulator.token_for(&user.id);
    let response = app.gql(Some(&new_token), ME, json!({})).await;
    assert_refused(&response, "key published only in an oversized JWKS");
    assert!(
        message(&response).contains("does not publish"),
        "{}",
        response.body
    );
    assert_eq!(
        app.emulator.calls().jwks,
        1,
        "the oversized JWKS was fetched"
    );

    let response = app.gql(Some(&old_token), ME, json!({})).await;
    assert_eq!(response.data()["me"]["name"], "Big", "last good keys kept");
    assert_eq!(ready(&app).await.0, 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn jwks_entries_past_the_cap_are_not_considered() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("many@example.com");
    app.register(&token, "Many").await;
    let first = app.emulator.signing_key();
    let late = app.emulator.rotate_key();
    let filler = (0..40).map(|i| {
        let mut jwk = first.jwk();
        jwk["kid"] = json!(format!("filler-{i}"));
        jwk
    });
    let keys: Vec<Value> = std::iter::once(first.jwk())
        .chain(filler)
        .chain(std::iter::once(late.jwk()))
        .collect();
    app.emulator
        .set_jwks_body(Some(json!({ "keys": keys }).to_string()));

    let late_token = app.emulator.token_for(&user.id);
    let response = app.gql(Some(&late_token), ME, json!({})).await;
    assert_refused(&response, "key published as the 42nd entry");
    assert_eq!(app.emulator.calls().jwks, 1);

    let first_token = first.sign(&first.header(), &app.emulator.claims_for(&user.id));
    let response = app.gql(Some(&first_token), ME, json!({})).await;
    assert_eq!(response.data()["me"]["name"], "Many", "first entry kept");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn odd_jwks_entries_do_not_hide_a_rotated_key() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("odd@example.com");
    app.register(&token, "Odd").await;
    app.emulator.set_jwks_extra_entries(vec![
        json!({"kid": 7, "kty": "RSA", "alg": "RS256", "n": "AQAB", "e": "AQAB"}),
        json!({"kty": "EC", "kid": "ec-1", "crv": "P-256", "alg": "ES256",
               "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
               "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"}),
        json!("not an object"),
    ]);
    app.emulator.rotate_key();

    let rotated = app.emulator.token_for(&user.id);
    let response = app.gql(Some(&rotated), ME, json!({})).await;
    assert_eq!(response.data()["me"]["name"], "Odd");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_jwks_with_no_usable_key_keeps_ready_at_503_and_says_why() {
    let emulator = start_emulator().await;
    // A 1024-bit modulus: too small to be trusted, whatever else is right.
    let mut small_modulus = vec![0xc5u8; 128];
    small_modulus[127] = 0x8b;
    let small_rsa = json!({"kty": "RSA", "alg": "RS256", "use": "sig", "kid": "small",
                           "n": URL_SAFE_NO_PAD.encode(&small_modulus), "e": "AQAB"});
    let ec = json!({"kty": "EC", "kid": "ec-1", "crv": "P-256",
                    "x": "f83OJ3D2xF1Bg8vub9tLe1gHMzV76e8Tus9uPHvRVEU",
                    "y": "x_FEzRu9m36HLN_tue659LNpXW6pCyStikYjKIWI5a0"});
    emulator.set_jwks_body(Some(json!({ "keys": [small_rsa, ec] }).to_string()));
    let app = spawn_app_unready_on(emulator).await;
    wait_for_a_jwks_fetch(&app).await;

    let deadline = Instant::now() + Duration::from_secs(5);
    let (status, body) = loop {
        let (status, body) = ready(&app).await;
        if body["signing_keys"] != "not_loaded" || Instant::now() > deadline {
            break (status, body);
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(status, 503, "{body}");
    assert_eq!(body["signing_keys"], "no_usable_key", "{body}");

    app.emulator.set_jwks_body(None);
    let deadline = Instant::now() + Duration::from_secs(10);
    while ready(&app).await.0 != 200 {
        assert!(Instant::now() < deadline, "never recovered");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(ready(&app).await.1["signing_keys"], "loaded");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_kid_republished_with_other_key_material_stops_its_old_tokens() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("swap@example.com");
    app.register(&token, "Swap").await;
    let response = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(
        response.data()["me"]["name"],
        "Swap",
        "verified and remembered"
    );

    app.emulator.replace_signing_key_material();
    refetch_jwks(&app).await;

    let response = app.gql(Some(&token), ME, json!({})).await;
    assert_refused(&response, "token signed by the replaced key material");
    assert_eq!(message(&response), "token signature is invalid");
    let fresh = app.emulator.token_for(&user.id);
    let response = app.gql(Some(&fresh), ME, json!({})).await;
    assert_eq!(
        response.data()["me"]["name"],
        "Swap",
        "the new material verifies"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cookie_works_and_the_header_wins_over_it() {
    let app = spawn_app().await;
    let (_, ada) = app.passage_user("ada@example.com");
    let (_, bob) = app.passage_user("bob@example.com");
    app.register(&ada, "Ada").await;
    app.register(&bob, "Bob").await;

    let cookie_only = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", format!("theme=dark; psg_auth_token={ada}"))
        .json(&json!({ "query": "{ me { name } }" }))
        .send()
        .await
        .unwrap();
    let cookie_only = GqlResponse::from(cookie_only).await;
    assert_eq!(cookie_only.data()["me"]["name"], "Ada");

    let both = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", format!("psg_auth_token={ada}"))
        .bearer_auth(&bob)
        .json(&json!({ "query": "{ me { name } }" }))
        .send()
        .await
        .unwrap();
    let both = GqlResponse::from(both).await;
    assert_eq!(both.data()["me"]["name"], "Bob");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_token_cookies_are_refused_unless_a_bearer_header_is_sent() {
    let app = spawn_app().await;
    let (_, ada) = app.passage_user("ada@example.com");
    let (_, bob) = app.passage_user("bob@example.com");
    app.register(&ada, "Ada").await;
    app.register(&bob, "Bob").await;
    let tossed = format!("psg_auth_token={ada}; theme=dark; psg_auth_token={bob}");

    let response = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", &tossed)
        .json(&json!({ "query": ME }))
        .send()
        .await
        .unwrap();
    let response = GqlResponse::from(response).await;
    assert_refused(&response, "two psg_auth_token cookies");
    assert!(
        message(&response).contains("psg_auth_token"),
        "{}",
        response.body
    );

    let response = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", &tossed)
        .bearer_auth(&bob)
        .json(&json!({ "query": ME }))
        .send()
        .await
        .unwrap();
    let response = GqlResponse::from(response).await;
    assert_eq!(
        response.data()["me"]["name"],
        "Bob",
        "the Bearer header decides"
    );

    let metrics = app.metrics_text().await;
    assert!(
        metrics.contains("auth_tokens_refused_total{reason=\"malformed_header\"} 1"),
        "{metrics}"
    );
}
