//! Tokens from another OpenID Connect issuer, beside Passage's, against a
//! real, independent provider (oidc-provider): discovery, createUser -> me
//! with its tokens, profile fields from claims, key rotation, refusals, and a
//! Passage user and an OIDC user side by side.

use serde_json::{Value, json};

use crate::support::oidc::{Alg, OidcProvider, OldKey, TokenRequest};
use crate::support::refusal::assert_refused;
use crate::support::{TestApp, config_file, spawn_app_unready, spawn_app_with};

const AUDIENCE: &str = "https://api.example.test";
const ME: &str = "{ me { id name email emailVerified passageId identities { issuer subject } } }";

/// A `[[issuers]]` file for `provider`, with `extra` lines.
fn issuers_file(provider: &OidcProvider, extra: &str) -> std::path::PathBuf {
    config_file(&format!(
        "[[issuers]]\nissuer = \"{}\"\naudiences = [\"{AUDIENCE}\"]\n{extra}\n",
        provider.issuer()
    ))
}

async fn app_accepting(provider: &OidcProvider, extra: &str) -> TestApp {
    let file = issuers_file(provider, extra);
    spawn_app_with(|c| c.config_file = Some(file)).await
}

fn token_for(sub: &str, email: &str, alg: Alg) -> TokenRequest {
    TokenRequest {
        sub: sub.into(),
        email: Some(email.into()),
        alg,
        ..TokenRequest::default()
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oidc_user_registers_and_reads_email_from_claims_beside_a_passage_user() {
    let Some(provider) = OidcProvider::start_or_skip("issuers", AUDIENCE).await else {
        return;
    };
    let app = app_accepting(&provider, "algorithms = [\"RS256\", \"ES256\"]").await;
    let ready: Value = app
        .http
        .get(app.url("/ready"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(ready["issuers"][1]["issuer"], provider.issuer());
    assert_eq!(ready["issuers"][1]["signing_keys"], "loaded", "{ready}");

    let alice = provider
        .token(token_for("alice-1", "alice@example.test", Alg::Rs256))
        .await;
    let before = app.gql(Some(&alice), ME, json!({})).await;
    assert_eq!(before.data()["me"], Value::Null, "not registered yet");
    let created = app.register(&alice, "Alice").await;
    assert_eq!(created["passageId"], Value::Null);

    let me = app.gql(Some(&alice), ME, json!({})).await;
    let me = &me.data()["me"];
    assert_eq!(me["name"], "Alice");
    assert_eq!(me["email"], "alice@example.test");
    assert_eq!(me["emailVerified"], true);
    assert_eq!(me["passageId"], Value::Null);
    assert_eq!(
        me["identities"],
        json!([{ "issuer": provider.issuer(), "subject": "alice-1" }])
    );
    assert_eq!(app.emulator.calls().get_user, 0, "claims, not Passage");

    // The same user with an ES256 token is the same record.
    let alice_es = provider
        .token(token_for("alice-1", "alice@example.test", Alg::Es256))
        .await;
    let again = app.gql(Some(&alice_es), "{ me { id } }", json!({})).await;
    assert_eq!(again.data()["me"]["id"], me["id"]);

    // A Passage user in the same run: their own record, email from Passage.
    let (passage_user, passage_token) = app.passage_user("pat@example.com");
    app.register(&passage_token, "Pat").await;
    let pat = app.gql(Some(&passage_token), ME, json!({})).await;
    let pat = &pat.data()["me"];
    assert_ne!(pat["id"], me["id"]);
    assert_eq!(pat["email"], "pat@example.com");
    assert_eq!(pat["passageId"], passage_user.id.as_str());
    assert_eq!(pat["identities"][0]["subject"], passage_user.id.as_str());

    // No phone claim and no Passage identity: null, with a code saying why.
    let phone = app
        .gql(Some(&alice), "{ me { name phone } }", json!({}))
        .await;
    assert_eq!(phone.body["data"]["me"]["name"], "Alice");
    assert!(
        phone.body["data"]["me"]
            .as_object()
            .unwrap()
            .contains_key("phone")
    );
    assert_eq!(phone.body["data"]["me"]["phone"], Value::Null);
    assert_eq!(phone.error_codes(), ["PROFILE_NOT_SHARED"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_create_user_for_one_oidc_identity_makes_one_user() {
    let Some(provider) = OidcProvider::start_or_skip("issuers", AUDIENCE).await else {
        return;
    };
    let app = app_accepting(&provider, "").await;
    let token = provider
        .token(token_for("bob-2", "bob@example.test", Alg::Rs256))
        .await;
    let mutation = "mutation { createUser(input: {name: \"Bob\"}) { id } }";
    let calls = (0..12).map(|_| app.gql(Some(&token), mutation, json!({})));
    let responses = futures::future::join_all(calls).await;
    let ids: std::collections::HashSet<String> = responses
        .iter()
        .map(|r| r.data()["createUser"]["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(ids.len(), 1, "one user for one identity");
    assert_eq!(app.db.count("SELECT count(*) AS n FROM users").await, 1);
    assert_eq!(
        app.db.count("SELECT count(*) AS n FROM identities").await,
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn wrong_audience_algorithm_or_issuer_is_refused() {
    let Some(provider) = OidcProvider::start_or_skip("issuers", AUDIENCE).await else {
        return;
    };
    // RS256 only for this issuer.
    let app = app_accepting(&provider, "algorithms = [\"RS256\"]").await;
    let other_audience = provider
        .token(TokenRequest {
            audience: Some("https://other.example.test".into()),
            ..token_for("carol-3", "carol@example.test", Alg::Rs256)
        })
        .await;
    let es256 = provider
        .token(token_for("carol-3", "carol@example.test", Alg::Es256))
        .await;
    for (case, token, reason) in [
        ("another audience", &other_audience, "audience"),
        ("an algorithm the issuer does not allow", &es256, "ES256"),
    ] {
        let response = app.gql(Some(token), "{ me { id } }", json!({})).await;
        assert_refused(&response, case);
        let message = response.body["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains(reason), "{case}: {message}");
    }
    let by_issuer = format!(
        "auth_tokens_refused_by_issuer_total{{issuer=\"{}\",reason=\"wrong_audience\"}}",
        provider.issuer()
    );
    assert_eq!(app.metric(&by_issuer).await, 1.0);

    // A provider this server is not configured for.
    let Some(stranger) = OidcProvider::start_or_skip("issuers", AUDIENCE).await else {
        return;
    };
    let foreign = stranger
        .token(token_for("dan-4", "dan@example.test", Alg::Rs256))
        .await;
    let response = app.gql(Some(&foreign), "{ me { id } }", json!({})).await;
    assert_refused(&response, "unknown issuer");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_key_is_picked_up_and_a_dropped_one_stops_its_tokens() {
    let Some(provider) = OidcProvider::start_or_skip("issuers", AUDIENCE).await else {
        return;
    };
    let app = app_accepting(&provider, "").await;
    let old = provider
        .token(token_for("erin-5", "erin@example.test", Alg::Rs256))
        .await;
    app.register(&old, "Erin").await;

    provider.rotate_keys(OldKey::Drop).await;
    let new = provider
        .token(token_for("erin-5", "erin@example.test", Alg::Rs256))
        .await;
    let me = app.gql(Some(&new), "{ me { name } }", json!({})).await;
    assert_eq!(me.data()["me"]["name"], "Erin", "new kid fetched on sight");

    let stale = app.gql(Some(&old), "{ me { name } }", json!({})).await;
    assert_refused(&stale, "a token whose key left the JWKS");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_discovery_document_for_another_issuer_is_not_trusted() {
    let Some(provider) = OidcProvider::start_or_skip("issuers", AUDIENCE).await else {
        return;
    };
    // Configured with a trailing slash: the discovery document's issuer
    // (without one) differs, so none of its keys are used.
    let path = config_file(&format!(
        "[[issuers]]\nissuer = \"{}/\"\naudiences = [\"{AUDIENCE}\"]\n",
        provider.issuer()
    ));
    let app = spawn_app_unready(|c| c.config_file = Some(path)).await;
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    let ready = loop {
        let response = app.http.get(app.url("/ready")).send().await.unwrap();
        let status = response.status();
        let body: Value = response.json().await.unwrap();
        if body["signing_keys"] == "loaded" || std::time::Instant::now() > deadline {
            break (status, body);
        }
        tokio::time::sleep(std::time::Duration::from_millis(25)).await;
    };
    assert_eq!(ready.0, 503, "{}", ready.1);
    assert_eq!(ready.1["signing_keys"], "loaded", "Passage's keys load");
    assert_eq!(
        ready.1["issuers"][1]["signing_keys"], "not_loaded",
        "{}",
        ready.1
    );
}
