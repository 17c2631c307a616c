//! The request guard: where tokens come from and which ones pass.

use aws_lc_rs::hmac;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use passage_emulator::keys::encode_json;
use passage_emulator::{Emulator, SigningKey};
use serde_json::{Value, json};

use crate::support::refusal::assert_refused;
use crate::support::{APP_ID, GqlResponse, TestApp, config_file, spawn_app, spawn_app_with};

const ME: &str = "{ me { id } }";

async fn me_with_header(app: &TestApp, name: &str, value: &str) -> GqlResponse {
    let response = app
        .http
        .post(app.url("/graphql"))
        .header(name, value)
        .json(&json!({ "query": ME }))
        .send()
        .await
        .unwrap();
    GqlResponse::from(response).await
}

/// `base` with `patch`'s fields set (a `null` removes the field).
fn patched(base: &Value, patch: Value) -> Value {
    let mut out = base.clone();
    for (k, v) in patch.as_object().unwrap() {
        if v.is_null() {
            out.as_object_mut().unwrap().remove(k);
        } else {
            out[k] = v.clone();
        }
    }
    out
}

fn unsigned(header: &Value, claims: &Value) -> String {
    format!("{}.{}.", encode_json(header), encode_json(claims))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_invalid_token_gets_401_with_www_authenticate() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("x@example.com");
    let tampered = format!("{token}x");
    let response = app.gql(Some(&tampered), ME, json!({})).await;
    assert_refused(&response, "tampered signature");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_remembered_tokens_signature_does_not_vouch_for_another_payload() {
    // The verified-token cache is keyed by the signature's digest: a token
    // that reuses a remembered signature under another payload, or a
    // remembered payload under another signature, must still be checked.
    let app = spawn_app().await;
    let (user, token) = app.passage_user("remembered@example.com");
    let (other, _) = app.passage_user("other@example.com");
    for _ in 0..2 {
        let response = app.gql(Some(&token), ME, json!({})).await;
        assert_eq!(response.status, 200, "{}", response.body);
    }
    assert_eq!(
        app.metric("verified_token_cache_lookups_total{result=\"hit\"}")
            .await,
        1.0,
        "the second request was answered from the cache"
    );
    let (signed, signature) = token.rsplit_once('.').unwrap();
    let header = signed.split('.').next().unwrap();
    let claims = patched(&app.emulator.claims_for(&user.id), json!({"sub": other.id}));
    let other_payload = format!("{header}.{}.{signature}", encode_json(&claims));
    let response = app.gql(Some(&other_payload), ME, json!({})).await;
    assert_refused(&response, "a remembered signature under another payload");
    assert_eq!(
        response.body["errors"][0]["message"],
        "token signature is invalid"
    );
    let mut changed = signature.as_bytes().to_vec();
    changed[10] = if changed[10] == b'A' { b'B' } else { b'A' };
    let other_signature = format!("{signed}.{}", String::from_utf8(changed).unwrap());
    let response = app.gql(Some(&other_signature), ME, json!({})).await;
    assert_refused(&response, "a remembered payload under another signature");
    assert_eq!(
        response.body["errors"][0]["message"],
        "token signature is invalid"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_tokens_are_refused_with_a_reason() {
    let app = spawn_app().await;
    refuses_hostile_tokens(&app, &app.emulator).await;
}

/// The same suite, unchanged, for an issuer of the configuration file: a
/// second emulator, standing in for any OpenID Connect issuer with a JWKS.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hostile_tokens_are_refused_for_another_issuer_too() {
    const OTHER_APP: &str = "oidc-style-app";
    let other = Emulator::start(OTHER_APP, "unused-key").await.unwrap();
    let file = config_file(&format!(
        "[[issuers]]\nissuer = \"{}\"\naudiences = [\"{OTHER_APP}\"]\n\
             jwks_uri = \"{}/v1/apps/{OTHER_APP}/.well-known/jwks.json\"\ntyp = \"JWT\"\n",
        other.issuer(),
        other.base_url()
    ));
    let app = spawn_app_with(|c| c.config_file = Some(file)).await;
    // A valid token of that issuer passes first, so the refusals below are
    // about each case.
    let user = other.create_user("fine@example.com");
    let fine = app
        .gql(Some(&other.token_for(&user.id)), ME, json!({}))
        .await;
    assert_eq!(fine.data()["me"], Value::Null);
    other.reset_calls();
    refuses_hostile_tokens(&app, &other).await;
}

/// Every forged, malformed or misdirected token is refused with 401 and a
/// reason: tokens in the style of `issuer` (its key, its claims).
async fn refuses_hostile_tokens(app: &TestApp, issuer: &Emulator) {
    let user = issuer.create_user("target@example.com");
    let key = issuer.signing_key();
    let claims = issuer.claims_for(&user.id);
    let header = key.header();
    let with = |patch: Value| patched(&claims, patch);
    let header_with = |patch: Value| patched(&header, patch);
    let now = chrono::Utc::now().timestamp();
    let stranger = SigningKey::generate(key.kid.clone());
    let hs256 = {
        let h = json!({"alg": "HS256", "typ": "JWT", "kid": key.kid});
        let input = format!("{}.{}", encode_json(&h), encode_json(&claims));
        let secret = serde_json::to_vec(&key.jwk()).unwrap();
        let tag = hmac::sign(
            &hmac::Key::new(hmac::HMAC_SHA256, &secret),
            input.as_bytes(),
        );
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(tag.as_ref()))
    };
    let tampered_payload = {
        let valid = key.sign(&header, &claims);
        let parts: Vec<&str> = valid.split('.').collect();
        let other = encode_json(&with(json!({"sub": "AAAAAAAAAAAAAAAAAAAAAAAA"})));
        format!("{}.{}.{}", parts[0], other, parts[2])
    };

    let mut cases: Vec<(&str, String)> = vec![
        (
            "alg none, no signature",
            unsigned(&json!({"alg": "none", "kid": key.kid}), &claims),
        ),
        (
            "alg None",
            unsigned(&json!({"alg": "None", "kid": key.kid}), &claims),
        ),
        (
            "alg NONE",
            unsigned(&json!({"alg": "NONE", "kid": key.kid}), &claims),
        ),
        (
            "alg nOnE with signature",
            format!(
                "{}sig",
                unsigned(&json!({"alg": "nOnE", "kid": key.kid}), &claims)
            ),
        ),
        ("HS256 with the public key as secret", hs256),
        ("key not in the JWKS", stranger.sign(&header, &claims)),
        ("tampered payload", tampered_payload),
        (
            "kid missing",
            key.sign(&header_with(json!({"kid": null})), &claims),
        ),
        (
            "kid empty",
            key.sign(&header_with(json!({"kid": ""})), &claims),
        ),
        (
            "kid unknown",
            key.sign(&header_with(json!({"kid": "nope"})), &claims),
        ),
        (
            "kid path",
            key.sign(&header_with(json!({"kid": "../../dev/null"})), &claims),
        ),
        (
            "jku header",
            key.sign(
                &header_with(json!({"jku": "http://127.0.0.1:1/jwks"})),
                &claims,
            ),
        ),
        (
            "x5u header",
            key.sign(
                &header_with(json!({"x5u": "http://127.0.0.1:1/cert"})),
                &claims,
            ),
        ),
        (
            "jwk header",
            key.sign(&header_with(json!({"jwk": key.jwk()})), &claims),
        ),
        (
            "crit header",
            key.sign(&header_with(json!({"crit": ["exp"]})), &claims),
        ),
        (
            "expired",
            key.sign(
                &header,
                &with(json!({"exp": now - 120, "iat": now - 3700, "nbf": now - 3700})),
            ),
        ),
        (
            "nbf in the future",
            key.sign(&header, &with(json!({"nbf": now + 600}))),
        ),
        (
            "iat far in the future",
            key.sign(&header, &with(json!({"iat": now + 600}))),
        ),
        (
            "wrong aud",
            key.sign(&header, &with(json!({"aud": "another-app"}))),
        ),
        (
            "missing aud",
            key.sign(&header, &with(json!({"aud": null}))),
        ),
        (
            "wrong iss",
            key.sign(
                &header,
                &with(json!({"iss": "https://evil.example/v1/apps/x"})),
            ),
        ),
        (
            "missing sub",
            key.sign(&header, &with(json!({"sub": null}))),
        ),
        ("empty sub", key.sign(&header, &with(json!({"sub": ""})))),
        (
            "another app's token",
            key.sign(
                &header,
                &with(json!({"aud": ["another-app"], "iss": "another-app"})),
            ),
        ),
        (
            "missing exp",
            key.sign(&header, &with(json!({"exp": null}))),
        ),
        ("garbage base64", "!!!.@@@.###".into()),
        ("two parts", "abc.def".into()),
        (
            "oversized",
            format!("{}.{}.sig", encode_json(&header), "a".repeat(9000)),
        ),
    ];
    cases.push(("empty signature", {
        let valid = key.sign(&header, &claims);
        valid[..valid.rfind('.').unwrap() + 1].to_owned()
    }));

    for (case, token) in &cases {
        let response = app.gql(Some(token), ME, json!({})).await;
        assert_refused(&response, case);
    }

    // Refused for this reason in particular (the message says which).
    let two_to_the_53 = 9_007_199_254_740_992_u64;
    let numeric_date = "is not a NumericDate";
    let cases_with_reason = [
        (
            "exp beyond any NumericDate (1e300)",
            key.sign(&header, &with(json!({"exp": 1e300}))),
            numeric_date,
        ),
        (
            "exp past 2^53",
            key.sign(&header, &with(json!({"exp": two_to_the_53 + 8}))),
            numeric_date,
        ),
        (
            "nbf far below zero",
            key.sign(&header, &with(json!({"nbf": -1e300}))),
            numeric_date,
        ),
        (
            "negative iat",
            key.sign(&header, &with(json!({"iat": -1}))),
            numeric_date,
        ),
        (
            "claims as a JSON array",
            key.sign(
                &header,
                &json!([user.id, claims["aud"], claims["iss"], now + 3600, now, now]),
            ),
            "claims are not a JSON object",
        ),
        (
            "typ at+jwt",
            key.sign(&header_with(json!({"typ": "at+jwt"})), &claims),
            "only JWT tokens are accepted",
        ),
        (
            "typ not a string",
            key.sign(&header_with(json!({"typ": 1})), &claims),
            "only JWT tokens are accepted",
        ),
    ];
    for (case, token, reason) in &cases_with_reason {
        let response = app.gql(Some(token), ME, json!({})).await;
        assert_refused(&response, case);
        let message = response.body["errors"][0]["message"].as_str().unwrap();
        assert!(message.contains(reason), "{case}: {message}");
    }

    for (case, value) in [
        ("Bearer with nothing", "Bearer"),
        ("Bearer and spaces", "Bearer    "),
        ("another scheme", "Basic dXNlcjpwYXNz"),
        ("two tokens", "Bearer a.b.c d.e.f"),
    ] {
        let response = me_with_header(app, "authorization", value).await;
        assert_refused(&response, case);
    }
    assert!(
        issuer.calls().jwks <= 2,
        "unknown kids refetch within the cooldown only: {:?}",
        issuer.calls()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn valid_token_variants_pass() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("ok@example.com");
    app.register(&token, "Ok").await;
    let key = app.emulator.signing_key();
    let now = chrono::Utc::now().timestamp();
    let mut claims = app.emulator.claims_for(&user.id);
    let variants = [
        ("aud as string", json!({"aud": APP_ID})),
        ("bare app id issuer", json!({"iss": APP_ID})),
        ("no iss", json!({"iss": null})),
        ("expired within the leeway", json!({"exp": now - 10})),
        ("nbf within the leeway", json!({"nbf": now + 10})),
    ];
    for (case, patch) in variants {
        let c = patched(&claims, patch);
        let token = key.sign(&key.header(), &c);
        let response = app.gql(Some(&token), "{ me { name } }", json!({})).await;
        assert_eq!(response.data()["me"]["name"], "Ok", "{case}");
    }
    for (case, patch) in [
        ("typ in lower case", json!({"typ": "jwt"})),
        ("no typ", json!({"typ": null})),
    ] {
        let token = key.sign(&patched(&key.header(), patch), &claims);
        let response = app.gql(Some(&token), "{ me { name } }", json!({})).await;
        assert_eq!(response.data()["me"]["name"], "Ok", "{case}");
    }
    claims["aud"] = json!(["someone-else", APP_ID]);
    let token = key.sign(&key.header(), &claims);
    let response = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    assert_eq!(
        response.data()["me"]["name"],
        "Ok",
        "aud array containing the app"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rotated_key_is_picked_up_without_restart() {
    let app = spawn_app().await;
    let (user, old_token) = app.passage_user("rotate@example.com");
    app.register(&old_token, "Rotate").await;
    app.emulator.rotate_key();
    let new_token = app.emulator.token_for(&user.id);
    let response = app
        .gql(Some(&new_token), "{ me { name } }", json!({}))
        .await;
    assert_eq!(response.data()["me"]["name"], "Rotate");
    let response = app
        .gql(Some(&old_token), "{ me { name } }", json!({}))
        .await;
    assert_eq!(
        response.data()["me"]["name"],
        "Rotate",
        "old key still published"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_unknown_kids_makes_at_most_two_jwks_fetches() {
    let app = spawn_app().await;
    let (user, _) = app.passage_user("flood@example.com");
    let key = app.emulator.signing_key();
    let claims = app.emulator.claims_for(&user.id);
    let requests = (0..200).map(|i| {
        let token = key.sign(
            &json!({"alg": "RS256", "kid": format!("random-{i}")}),
            &claims,
        );
        let app = &app;
        async move { app.gql(Some(&token), ME, json!({})).await.status }
    });
    let statuses = futures::future::join_all(requests).await;
    assert!(statuses.iter().all(|s| *s == 401));
    assert!(app.emulator.calls().jwks <= 2, "{:?}", app.emulator.calls());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn valid_tokens_pass_while_the_jwks_is_down() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("steady@example.com");
    app.register(&token, "Steady").await;
    app.emulator.set_jwks_down(true);
    let response = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    assert_eq!(response.data()["me"]["name"], "Steady");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn refusals_are_counted_by_reason_at_metrics() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("count@example.com");
    let expired = {
        let mut claims = app.emulator.claims_for(&user.id);
        claims["exp"] = json!(chrono::Utc::now().timestamp() - 3600);
        app.emulator.sign_claims(&claims)
    };
    for _ in 0..2 {
        assert_eq!(app.gql(Some(&expired), ME, json!({})).await.status, 401);
    }
    let tampered = format!("{token}A");
    assert_eq!(app.gql(Some(&tampered), ME, json!({})).await.status, 401);
    let metrics = app.metrics_text().await;
    assert!(
        metrics.contains("auth_tokens_refused_total{reason=\"expired\"} 2"),
        "{metrics}"
    );
    assert!(!metrics.contains(&token), "never a token");
    let other: u64 = metrics
        .lines()
        .filter(|l| l.starts_with("auth_tokens_refused_total") && !l.contains("expired"))
        .map(|l| l.rsplit(' ').next().unwrap().parse::<u64>().unwrap())
        .sum();
    assert_eq!(other, 1, "{metrics}");
}
