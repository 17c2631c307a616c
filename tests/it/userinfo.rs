//! The `userinfo` profile source against a real OpenID provider's UserInfo
//! endpoint: oidc-provider's, found through its discovery document.
//!
//! oidc-provider's UserInfo accepts only its opaque access tokens without an
//! audience. The JWT access tokens the server verifies are refused there
//! (401 `invalid_token`) under any of its documented configurations: a JWT
//! access token exists only for a resource server (the `jwt` format is a
//! resource server's `accessTokenFormat`, and `formats/jwt.js` throws when
//! the payload has no `aud`), it is never stored (`BaseModel#save` stores a
//! token only when its format returns a payload, which the JWT format does
//! not), so `lib/actions/userinfo.js` fails at `AccessToken.find` with
//! "access token not found"; and even a found token with an `aud` stops at
//! its `validateAudience` ("token audience prevents accessing the userinfo
//! endpoint"). So the first test checks what the server does with that real
//! refusal, and the second checks our UserInfo client itself, at the library
//! level, against oidc-provider's UserInfo with the provider's own opaque
//! token: the request's shape, the claims read, the `sub` check, and one
//! call per token.

use std::time::Duration;

use passage_graphql::profile::{ProviderError, Userinfo};
use serde_json::{Value, json};

use crate::support::oidc::{OidcProvider, TokenRequest};
use crate::support::{config_file, spawn_app_with};

const AUDIENCE: &str = "https://api.example.test";

fn ada() -> TokenRequest {
    TokenRequest {
        sub: "ada-userinfo".into(),
        email: Some("ada@example.test".into()),
        phone: Some("+15555550142".into()),
        ..TokenRequest::default()
    }
}

fn now() -> f64 {
    chrono::Utc::now().timestamp() as f64
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oidc_providers_userinfo_refuses_its_jwt_access_tokens_and_the_fields_degrade_alone() {
    let Some(provider) = OidcProvider::start_or_skip("userinfo", AUDIENCE).await else {
        return;
    };
    let file = config_file(&format!(
        "[[issuers]]\nissuer = \"{}\"\naudiences = [\"{AUDIENCE}\"]\nprofile = \"userinfo\"\n",
        provider.issuer()
    ));
    let app = spawn_app_with(|c| c.config_file = Some(file)).await;
    let token = provider.token(ada()).await;
    app.register(&token, "Ada").await;
    let calls_before = provider.userinfo_requests().await;

    for attempt in 1..=2u32 {
        let me = app
            .gql(
                Some(&token),
                "{ me { name email identities { profileSource } } }",
                json!({}),
            )
            .await;
        assert_eq!(me.status, 200);
        let me_object = me.body["data"]["me"]
            .as_object()
            .unwrap_or_else(|| panic!("no me: {}", me.body));
        assert_eq!(me_object["name"], "Ada", "the rest of the answer stands");
        assert_eq!(
            me_object["identities"],
            json!([{"profileSource": "USERINFO"}])
        );
        assert!(me_object.contains_key("email"));
        assert_eq!(me_object["email"], Value::Null);
        assert_eq!(me.error_codes(), ["PROVIDER_UNAVAILABLE"], "{}", me.body);
        assert_eq!(me.body["errors"][0]["path"], json!(["me", "email"]));
        // A refusal is not remembered: each request asks again.
        assert_eq!(
            provider.userinfo_requests().await - calls_before,
            u64::from(attempt)
        );
        assert_eq!(
            app.metric("profile_provider_calls_total{provider=\"userinfo\",outcome=\"refused\"}")
                .await,
            f64::from(attempt)
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn our_userinfo_client_reads_oidc_providers_userinfo_once_per_token_and_checks_its_sub() {
    let Some(provider) = OidcProvider::start_or_skip("userinfo", AUDIENCE).await else {
        return;
    };
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    // No `userinfo_url`: the endpoint comes from discovery, through the same
    // URL policy as a discovered `jwks_uri` (loopback here).
    let userinfo = Userinfo::new(http, provider.issuer(), None, Duration::from_secs(10));
    let (token, lifetime) = provider.userinfo_token(ada()).await;
    let expires_at = now() + lifetime as f64;

    let profile = userinfo
        .profile(&token, "ada-userinfo", expires_at)
        .await
        .unwrap_or_else(|e| panic!("UserInfo: {e}"));
    assert_eq!(profile.email.as_deref(), Some("ada@example.test"));
    assert_eq!(profile.email_verified, Some(true));
    assert_eq!(profile.phone.as_deref(), Some("+15555550142"));
    assert_eq!(profile.phone_verified, Some(true));
    assert_eq!(provider.userinfo_requests().await, 1);

    // The same token again: remembered, no second call.
    let again = userinfo
        .profile(&token, "ada-userinfo", expires_at)
        .await
        .unwrap();
    assert_eq!(again, profile);
    assert_eq!(provider.userinfo_requests().await, 1);

    // An account that shares no verification: the flags are absent, not
    // false, and a new token is a new call.
    let (unflagged, _) = provider
        .userinfo_token(TokenRequest {
            sub: "grace-userinfo".into(),
            email: Some("grace@example.test".into()),
            no_verified_claims: true,
            ..TokenRequest::default()
        })
        .await;
    let grace = userinfo
        .profile(&unflagged, "grace-userinfo", expires_at)
        .await
        .unwrap();
    assert_eq!(grace.email.as_deref(), Some("grace@example.test"));
    assert_eq!(grace.email_verified, None);
    assert_eq!(grace.phone, None);
    assert_eq!(provider.userinfo_requests().await, 2);

    // UserInfo answering for another subject than the token's is not used.
    let (other, _) = provider.userinfo_token(ada()).await;
    let mismatch = userinfo.profile(&other, "someone-else", expires_at).await;
    assert_eq!(
        mismatch,
        Err(ProviderError::Unavailable(
            "answered for another user".into()
        ))
    );

    // The provider's JWT access token (the kind the server verifies) is
    // refused by its UserInfo; the refusal is not remembered.
    let jwt = provider.token(ada()).await;
    for _ in 0..2 {
        let refused = userinfo.profile(&jwt, "ada-userinfo", expires_at).await;
        assert_eq!(refused, Err(ProviderError::Unavailable("HTTP 401".into())));
    }
    assert_eq!(provider.userinfo_requests().await, 5);
}
