//! The OpenID provider harness itself, against the real `oidc-provider`: its
//! discovery document, the exact shape of the access tokens it issues for
//! each algorithm, and key rotation. The interoperability tests rest on these
//! facts, so they are checked here rather than assumed.

use std::time::{SystemTime, UNIX_EPOCH};

use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED, RSA_PKCS1_2048_8192_SHA256, RsaPublicKeyComponents, UnparsedPublicKey,
};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use crate::support::oidc::{Alg, OidcProvider, OldKey, TokenRequest, jwt_parts};

const AUDIENCE: &str = "https://api.example.test";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn discovery_names_the_issuer_and_a_jwks_with_both_keys() {
    let Some(provider) = OidcProvider::start_or_skip(
        "discovery_names_the_issuer_and_a_jwks_with_both_keys",
        AUDIENCE,
    )
    .await
    else {
        return;
    };
    let discovery = get_json(&format!(
        "{}/.well-known/openid-configuration",
        provider.issuer()
    ))
    .await;
    assert_eq!(discovery["issuer"], provider.issuer());
    assert_eq!(discovery["jwks_uri"], provider.jwks_uri());
    assert!(provider.issuer().starts_with("http://127.0.0.1:"));

    let keys = jwks(&provider).await;
    let shapes: Vec<Value> = keys
        .iter()
        .map(|k| json!([k["alg"], k["kty"], k["crv"], k["use"]]))
        .collect();
    assert_eq!(
        shapes,
        [
            json!(["RS256", "RSA", null, "sig"]),
            json!(["ES256", "EC", "P-256", "sig"])
        ]
    );
    for key in &keys {
        assert!(key["kid"].as_str().is_some_and(|kid| !kid.is_empty()));
        assert!(key.get("d").is_none(), "a private key was published: {key}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rs256_and_es256_access_tokens_are_rfc9068_jwts_for_the_audience() {
    let Some(provider) = OidcProvider::start_or_skip(
        "rs256_and_es256_access_tokens_are_rfc9068_jwts_for_the_audience",
        AUDIENCE,
    )
    .await
    else {
        return;
    };
    let keys = jwks(&provider).await;
    for alg in [Alg::Rs256, Alg::Es256] {
        let sub = format!("oidc-user-{}", alg.as_str());
        let token = provider
            .token(TokenRequest {
                sub: sub.clone(),
                email: Some("ada@example.test".into()),
                alg,
                ..TokenRequest::default()
            })
            .await;
        let (header, claims) = jwt_parts(&token);

        assert_eq!(keys_of(&header), ["alg", "kid", "typ"], "{header}");
        assert_eq!(header["alg"], alg.as_str());
        assert_eq!(header["typ"], "at+jwt");
        let key = key_for(&keys, &header);
        assert_eq!(key["alg"], alg.as_str());
        assert!(signature_verifies(&token, key), "{alg:?} signature");

        assert_eq!(
            keys_of(&claims),
            [
                "aud",
                "client_id",
                "email",
                "email_verified",
                "exp",
                "iat",
                "iss",
                "jti",
                "scope",
                "sub"
            ],
            "{claims}"
        );
        assert_eq!(claims["iss"], provider.issuer());
        assert_eq!(claims["aud"], AUDIENCE, "aud is one string");
        assert_eq!(claims["sub"], sub.as_str());
        assert_eq!(claims["email"], "ada@example.test");
        assert_eq!(claims["email_verified"], true);
        assert_eq!(claims["scope"], "api:read");
        let now = now();
        let (iat, exp) = (
            claims["iat"].as_u64().unwrap(),
            claims["exp"].as_u64().unwrap(),
        );
        assert!(iat <= now + 5 && iat + 60 >= now, "iat {iat}, now {now}");
        assert_eq!(exp - iat, 3600, "an hour's lifetime");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_token_carries_the_phone_and_can_be_for_another_audience() {
    let Some(provider) = OidcProvider::start_or_skip(
        "a_token_carries_the_phone_and_can_be_for_another_audience",
        AUDIENCE,
    )
    .await
    else {
        return;
    };
    assert_eq!(provider.audience(), AUDIENCE);
    let token = provider
        .token(TokenRequest {
            sub: "oidc-user-phone".into(),
            email: Some("grace@example.test".into()),
            phone: Some("+15555550123".into()),
            alg: Alg::Es256,
            audience: Some("https://other-api.example.test".into()),
            unverified: true,
            no_verified_claims: false,
        })
        .await;
    let (_, claims) = jwt_parts(&token);
    assert_eq!(claims["aud"], "https://other-api.example.test");
    assert_eq!(claims["sub"], "oidc-user-phone");
    assert_eq!(claims["email_verified"], false);
    assert_eq!(claims["phone_number"], "+15555550123");
    assert_eq!(claims["phone_number_verified"], false);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn rotating_keys_changes_the_rs256_kid_and_can_keep_the_old_key() {
    let Some(provider) = OidcProvider::start_or_skip(
        "rotating_keys_changes_the_rs256_kid_and_can_keep_the_old_key",
        AUDIENCE,
    )
    .await
    else {
        return;
    };
    let kid_of = |token: &str| jwt_parts(token).0["kid"].as_str().unwrap().to_owned();
    let request = |alg| TokenRequest {
        sub: "oidc-user-rotation".into(),
        alg,
        ..TokenRequest::default()
    };
    let first = provider.token(request(Alg::Rs256)).await;
    let es256_kid = kid_of(&provider.token(request(Alg::Es256)).await);

    let kept = provider.rotate_keys(OldKey::Keep).await;
    assert_ne!(kept, kid_of(&first));
    let after_keep = provider.token(request(Alg::Rs256)).await;
    assert_eq!(kid_of(&after_keep), kept);
    let keys = jwks(&provider).await;
    assert!(signature_verifies(
        &first,
        key_for(&keys, &jwt_parts(&first).0)
    ));
    assert!(signature_verifies(
        &after_keep,
        key_for(&keys, &jwt_parts(&after_keep).0)
    ));
    assert_eq!(
        kid_of(&provider.token(request(Alg::Es256)).await),
        es256_kid
    );

    let fresh = provider.rotate_keys(OldKey::Drop).await;
    let after_drop = provider.token(request(Alg::Rs256)).await;
    assert_eq!(kid_of(&after_drop), fresh);
    let kids: Vec<Value> = jwks(&provider)
        .await
        .iter()
        .map(|k| k["kid"].clone())
        .collect();
    assert_eq!(kids, [json!(fresh), json!(es256_kid)]);
}

async fn get_json(url: &str) -> Value {
    let response = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(url)
        .send()
        .await
        .unwrap_or_else(|e| panic!("GET {url}: {e}"));
    assert!(
        response.status().is_success(),
        "GET {url}: {}",
        response.status()
    );
    response.json().await.expect("JSON")
}

async fn jwks(provider: &OidcProvider) -> Vec<Value> {
    get_json(provider.jwks_uri()).await["keys"]
        .as_array()
        .expect("keys")
        .clone()
}

fn key_for<'k>(keys: &'k [Value], header: &Value) -> &'k Value {
    keys.iter()
        .find(|k| k["kid"] == header["kid"])
        .unwrap_or_else(|| panic!("kid {} not in the JWKS", header["kid"]))
}

fn keys_of(object: &Value) -> Vec<&str> {
    let mut keys: Vec<&str> = object
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    keys
}

/// Checks the signature with the JWKS key, so a kid is known to name the
/// key that signed (aws-lc-rs is already a dependency; no JWT library).
fn signature_verifies(token: &str, jwk: &Value) -> bool {
    let (signed, signature) = token.rsplit_once('.').unwrap();
    let signature = URL_SAFE_NO_PAD.decode(signature).unwrap();
    let member = |name: &str| URL_SAFE_NO_PAD.decode(jwk[name].as_str().unwrap()).unwrap();
    match jwk["kty"].as_str() {
        Some("RSA") => RsaPublicKeyComponents {
            n: member("n"),
            e: member("e"),
        }
        .verify(&RSA_PKCS1_2048_8192_SHA256, signed.as_bytes(), &signature)
        .is_ok(),
        Some("EC") => {
            let point = [vec![4], member("x"), member("y")].concat();
            UnparsedPublicKey::new(&ECDSA_P256_SHA256_FIXED, point)
                .verify(signed.as_bytes(), &signature)
                .is_ok()
        }
        other => panic!("unexpected kty {other:?}"),
    }
}

fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs()
}
