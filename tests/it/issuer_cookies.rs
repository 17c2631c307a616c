//! Token cookies belong to their issuer: Passage's `psg_auth_token`, another
//! issuer's its `cookie` setting. A browser moving off Passage holds both;
//! the header wins, else the first cookie (in config order) whose token
//! verifies for its own issuer, and an invalid one never hides a valid one.

use serde_json::{Value, json};

use crate::support::oidc::{Alg, OidcProvider, TokenRequest};
use crate::support::refusal::assert_refused;
use crate::support::{GqlResponse, TestApp, config_file, spawn_app_with};

const AUDIENCE: &str = "https://api.example.test";
const ME: &str = "{ me { name } }";

/// A server accepting `provider`'s tokens beside Passage's, with `extra`
/// lines in its `[[issuers]]` entry.
async fn app_accepting(provider: &OidcProvider, extra: &str) -> TestApp {
    let file = config_file(&format!(
        "[[issuers]]\nissuer = \"{}\"\naudiences = [\"{AUDIENCE}\"]\n{extra}\n",
        provider.issuer()
    ));
    spawn_app_with(|c| c.config_file = Some(file)).await
}

async fn oidc_token(provider: &OidcProvider, sub: &str, audience: Option<&str>) -> String {
    provider
        .token(TokenRequest {
            sub: sub.into(),
            email: Some(format!("{sub}@example.test")),
            alg: Alg::Rs256,
            audience: audience.map(str::to_owned),
            ..TokenRequest::default()
        })
        .await
}

/// `me` with the `Cookie` header `cookie`, and a Bearer token when given.
async fn me_with_cookies(app: &TestApp, cookie: &str, bearer: Option<&str>) -> GqlResponse {
    let mut request = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", cookie)
        .json(&json!({ "query": ME }));
    if let Some(token) = bearer {
        request = request.bearer_auth(token);
    }
    GqlResponse::from(request.send().await.unwrap()).await
}

fn message(response: &GqlResponse) -> &str {
    response.body["errors"][0]["message"].as_str().unwrap()
}

/// A Passage user registered as `name`, a valid token and an expired one.
async fn passage_user(app: &TestApp, email: &str, name: &str) -> (String, String) {
    let (user, _) = app.passage_user(email);
    passage_user_of(app, &user.id, name).await
}

/// The emulated Passage user `id` registered as `name`, a valid token and
/// an expired one.
async fn passage_user_of(app: &TestApp, id: &str, name: &str) -> (String, String) {
    let token = app.emulator.token_for(id);
    app.register(&token, name).await;
    let mut claims = app.emulator.claims_for(id);
    claims["exp"] = json!(chrono::Utc::now().timestamp() - 3600);
    (token, app.emulator.sign_claims(&claims))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_browser_moving_off_passage_with_both_cookies_is_signed_in() {
    let Some(provider) = OidcProvider::start_or_skip("issuer_cookies", AUDIENCE).await else {
        return;
    };
    // The new provider kept the Passage user ID as `sub`: Pat's new identity
    // links to Pat at first sight.
    let app = app_accepting(&provider, "cookie = \"session\"\nlink_claim = \"sub\"").await;
    let (pat_passage, _) = app.passage_user("pat@example.com");
    let (pat, pat_expired) = passage_user_of(&app, &pat_passage.id, "Pat").await;
    let pat_new = oidc_token(&provider, &pat_passage.id, None).await;
    let pat_new_elsewhere = oidc_token(
        &provider,
        &pat_passage.id,
        Some("https://other.example.test"),
    )
    .await;
    let alice = oidc_token(&provider, "alice-1", None).await;
    app.register(&alice, "Alice").await;
    let alice_elsewhere =
        oidc_token(&provider, "alice-1", Some("https://other.example.test")).await;

    for (case, cookie, name) in [
        (
            "both valid: Passage first",
            format!("psg_auth_token={pat}; session={pat_new}"),
            "Pat",
        ),
        (
            "both valid, sent the other way round",
            format!("session={pat_new}; psg_auth_token={pat}"),
            "Pat",
        ),
        (
            "Passage's expired",
            format!("psg_auth_token={pat_expired}; session={pat_new}"),
            "Pat",
        ),
        (
            "Passage's tampered",
            format!("theme=dark; psg_auth_token={pat}x; session={alice}"),
            "Alice",
        ),
        (
            "the new provider's for another audience",
            format!("session={pat_new_elsewhere}; psg_auth_token={pat}"),
            "Pat",
        ),
        (
            "the new provider's only",
            format!("session={alice}"),
            "Alice",
        ),
    ] {
        let response = me_with_cookies(&app, &cookie, None).await;
        assert_eq!(response.status, 200, "{case}: {}", response.body);
        assert_eq!(response.data()["me"]["name"], name, "{case}");
    }

    // None verifies: the refusal of the first in config order (Passage's).
    for cookie in [
        format!("psg_auth_token={pat_expired}; session={alice_elsewhere}"),
        format!("session={alice_elsewhere}; psg_auth_token={pat_expired}"),
    ] {
        let response = me_with_cookies(&app, &cookie, None).await;
        assert_refused(&response, "neither cookie verifies");
        assert_eq!(
            message(&response),
            "token has expired; get a fresh one from Passage"
        );
    }
    let response = me_with_cookies(&app, &format!("session={alice_elsewhere}"), None).await;
    assert_refused(&response, "the new provider's for another audience");
    assert!(message(&response).contains("audience"), "{}", response.body);

    // The Authorization header wins over every cookie, even two users'.
    let response = me_with_cookies(
        &app,
        &format!("psg_auth_token={pat}; session={alice}"),
        Some(&alice),
    )
    .await;
    assert_eq!(response.data()["me"]["name"], "Alice");

    // Two cookies of one name stay refused, whatever the others hold.
    let response = me_with_cookies(
        &app,
        &format!("psg_auth_token={pat}; session={alice}; session={alice_elsewhere}"),
        None,
    )
    .await;
    assert_refused(&response, "two session cookies");
    assert!(
        message(&response).contains("`session` cookie"),
        "{}",
        response.body
    );
    let metrics = app.metrics_text().await;
    assert!(
        metrics.contains("auth_tokens_refused_total{reason=\"malformed_header\"} 1"),
        "{metrics}"
    );
    assert!(
        metrics.contains("auth_tokens_refused_total{reason=\"expired\"} 2"),
        "one refusal counted per request: {metrics}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cookie_tossed_in_for_another_user_signs_nobody_in() {
    let Some(provider) = OidcProvider::start_or_skip("issuer_cookies", AUDIENCE).await else {
        return;
    };
    let app = app_accepting(&provider, "cookie = \"session\"").await;
    // Mallory signs up on Passage and at the new provider; a sibling
    // subdomain of hers sets her cookies for the parent domain.
    let (mallory, _) = passage_user(&app, "mallory@example.com", "Mallory").await;
    let mallory_new = oidc_token(&provider, "mallory-new", None).await;
    app.register(&mallory_new, "Mallory New").await;
    let victim_new = oidc_token(&provider, "victim-new", None).await;
    app.register(&victim_new, "Victim").await;
    let (victim, victim_expired) = passage_user(&app, "victim@example.com", "Victim Old").await;

    for (case, cookie) in [
        (
            "Passage's cookie (tried first) tossed beside the victim's new one",
            format!("psg_auth_token={mallory}; session={victim_new}"),
        ),
        (
            "the same, sent the other way round",
            format!("session={victim_new}; psg_auth_token={mallory}"),
        ),
        (
            "the new provider's cookie tossed beside the victim's expired Passage one",
            format!("psg_auth_token={victim_expired}; session={mallory_new}"),
        ),
        (
            "the new provider's cookie tossed beside the victim's valid Passage one",
            format!("psg_auth_token={victim}; session={mallory_new}"),
        ),
    ] {
        let response = me_with_cookies(&app, &cookie, None).await;
        assert_eq!(response.status, 401, "{case}: {}", response.body);
        assert_eq!(response.error_code(), "CONFLICTING_CREDENTIALS", "{case}");
        assert!(
            response.body.get("data").is_none(),
            "{case}: {}",
            response.body
        );
        assert!(
            message(&response).contains("name different users"),
            "{case}: {}",
            response.body
        );
    }
    assert_eq!(
        app.metric("auth_tokens_refused_total{reason=\"conflicting_cookies\"}")
            .await,
        4.0
    );
    // A tossed cookie that is no token at all changes nothing.
    let response = me_with_cookies(
        &app,
        &format!("psg_auth_token=not.a.token; session={victim_new}"),
        None,
    )
    .await;
    assert_eq!(response.data()["me"]["name"], "Victim", "{}", response.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_prefixed_cookie_is_read_and_outranks_a_tossed_plain_one() {
    let Some(provider) = OidcProvider::start_or_skip("issuer_cookies", AUDIENCE).await else {
        return;
    };
    let app = app_accepting(&provider, "cookie = \"session\"").await;
    let (pat, _) = passage_user(&app, "pat-host@example.com", "Pat").await;
    let (mallory, _) = passage_user(&app, "mallory-host@example.com", "Mallory").await;
    let alice = oidc_token(&provider, "alice-host", None).await;
    app.register(&alice, "Alice").await;

    for (case, cookie, name) in [
        (
            "Passage's, prefixed",
            format!("__Host-psg_auth_token={pat}"),
            "Pat",
        ),
        (
            "the issuer's, prefixed",
            format!("__Host-session={alice}"),
            "Alice",
        ),
        (
            "a plain cookie tossed beside the prefixed one",
            format!("psg_auth_token={mallory}; __Host-psg_auth_token={pat}"),
            "Pat",
        ),
    ] {
        let response = me_with_cookies(&app, &cookie, None).await;
        assert_eq!(response.status, 200, "{case}: {}", response.body);
        assert_eq!(response.data()["me"]["name"], name, "{case}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_in_a_cookie_not_its_issuers_does_not_count() {
    let Some(provider) = OidcProvider::start_or_skip("issuer_cookies", AUDIENCE).await else {
        return;
    };
    let app = app_accepting(&provider, "cookie = \"session\"").await;
    // Tokens the server has not seen yet.
    let (user, _) = app.passage_user("pat@example.com");
    let mut claims = app.emulator.claims_for(&user.id);
    claims["iat"] = json!(chrono::Utc::now().timestamp() - 5);
    let pat = app.emulator.sign_claims(&claims);
    let alice = oidc_token(&provider, "alice-2", None).await;

    let swapped = [
        (
            "a Passage token in session",
            format!("session={pat}"),
            "session",
        ),
        (
            "the new provider's token in psg_auth_token",
            format!("psg_auth_token={alice}"),
            "psg_auth_token",
        ),
        (
            "both swapped",
            format!("session={pat}; psg_auth_token={alice}"),
            "psg_auth_token",
        ),
    ];
    // First unseen, then verified and remembered (as Bearer, by createUser):
    // refused either way.
    for pass in ["unseen", "remembered"] {
        if pass == "remembered" {
            app.register(&pat, "Pat").await;
            app.register(&alice, "Alice").await;
        }
        for (case, cookie, name) in &swapped {
            let response = me_with_cookies(&app, cookie, None).await;
            assert_refused(&response, case);
            assert!(
                message(&response).contains(&format!("`{name}` cookie is not from the issuer")),
                "{case} ({pass}): {}",
                response.body
            );
        }
    }
    // The same tokens as Bearer: their issuers' users.
    assert_eq!(
        app.gql(Some(&pat), ME, json!({})).await.data()["me"]["name"],
        "Pat"
    );
    assert_eq!(
        app.gql(Some(&alice), ME, json!({})).await.data()["me"]["name"],
        "Alice"
    );
    let by_issuer = format!(
        "auth_tokens_refused_by_issuer_total{{issuer=\"{}\",reason=\"wrong_cookie\"}}",
        provider.issuer()
    );
    assert_eq!(app.metric(&by_issuer).await, 2.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_issuer_without_a_cookie_setting_takes_no_cookie() {
    let Some(provider) = OidcProvider::start_or_skip("issuer_cookies", AUDIENCE).await else {
        return;
    };
    let app = app_accepting(&provider, "").await;
    let alice = oidc_token(&provider, "alice-3", None).await;
    app.register(&alice, "Alice").await;

    let response = me_with_cookies(&app, &format!("psg_auth_token={alice}"), None).await;
    assert_refused(&response, "the issuer's token in Passage's cookie");
    assert!(
        message(&response).contains("`psg_auth_token` cookie is not from the issuer"),
        "{}",
        response.body
    );
    // A cookie no issuer names is no token: anonymous.
    let response = me_with_cookies(&app, &format!("session={alice}"), None).await;
    assert_eq!(response.status, 200, "{}", response.body);
    assert_eq!(response.body["data"]["me"], Value::Null);
    assert_eq!(response.error_codes(), ["UNAUTHENTICATED"], "anonymous");
    let response = app.gql(Some(&alice), ME, json!({})).await;
    assert_eq!(response.data()["me"]["name"], "Alice", "Bearer still works");
}
