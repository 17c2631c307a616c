//! The request budgets of `/graphql`: `RATE_LIMIT_USER_PER_MINUTE` per user
//! (their local user, so neither a fresh token nor a second provider's
//! identity renews it) and `RATE_LIMIT_IP_PER_MINUTE` per address (checked
//! before the token); 429 with `Retry-After` and `RATE_LIMITED`; counted in
//! `/metrics`; shared by replicas through Redis, and counted in each replica
//! when Redis is gone.

use serde_json::{Value, json};

use crate::support::provider::{Alg, StandIn, auth0_issuer};
use crate::support::redis::RedisServer;
use crate::support::{GqlResponse, config_file, spawn_app, spawn_app_with};

const ME: &str = "{ me { id } }";
const LIMITED_USERS: &str = "rate_limited_requests_total{kind=\"user\"}";
const LIMITED_ADDRESSES: &str = "rate_limited_requests_total{kind=\"ip\"}";

/// A 429 with `Retry-After` (seconds, within the minute) and a
/// GraphQL-shaped body: `RATE_LIMITED`, a message naming whose budget, no
/// `data`.
#[track_caller]
fn assert_limited(response: &GqlResponse, whose: &str) {
    assert_eq!(response.status, 429, "{}", response.body);
    let retry_after: u64 = response
        .headers
        .get("retry-after")
        .expect("Retry-After")
        .to_str()
        .unwrap()
        .parse()
        .expect("whole seconds");
    assert!(
        (1..=60).contains(&retry_after),
        "Retry-After: {retry_after}"
    );
    assert_eq!(
        response.error_codes(),
        ["RATE_LIMITED"],
        "{}",
        response.body
    );
    let message = response.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains(whose), "{message}");
    assert!(response.body.get("data").is_none(), "{}", response.body);
}

/// `me`'s ID, after checking the request was answered in full.
#[track_caller]
fn me_id(response: &GqlResponse) -> Value {
    response.data()["me"]["id"].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_over_the_limit_gets_429_and_a_fresh_token_does_not_renew_the_budget() {
    let app = spawn_app().await;
    let (ada, ada_token) = app.passage_user("ada@example.com");
    let (_, bob_token) = app.passage_user("bob@example.com");
    let ada_id = app.register(&ada_token, "Ada").await["id"].clone();
    let bob_id = app.register(&bob_token, "Bob").await["id"].clone();
    let (cy, cy_token) = app.passage_user("cy@example.com");
    // The same deployment with the limit on (registering counted nothing).
    let limited = app.replica(|c| c.rate_limit_user_per_minute = 5).await;

    for _ in 0..5 {
        let me = limited.gql(Some(&ada_token), ME, json!({})).await;
        assert_eq!(me_id(&me), ada_id);
    }
    assert_limited(
        &limited.gql(Some(&ada_token), ME, json!({})).await,
        "this user",
    );
    // Another user has a budget of their own.
    let bob = limited.gql(Some(&bob_token), ME, json!({})).await;
    assert_eq!(me_id(&bob), bob_id);
    // A new token for the same user (as a refresh gives) draws on the same one.
    let mut claims = app.emulator.claims_for(&ada.id);
    claims["exp"] = json!(claims["exp"].as_i64().unwrap() + 600);
    let fresh = app.emulator.sign_claims(&claims);
    assert_ne!(fresh, ada_token);
    assert_limited(&limited.gql(Some(&fresh), ME, json!({})).await, "this user");

    // A user not registered yet is counted by their identity, token or not.
    for _ in 0..5 {
        let me = limited.gql(Some(&cy_token), ME, json!({})).await;
        assert_eq!(me.data()["me"], Value::Null);
    }
    let mut claims = app.emulator.claims_for(&cy.id);
    claims["exp"] = json!(claims["exp"].as_i64().unwrap() + 600);
    let fresh = app.emulator.sign_claims(&claims);
    assert_limited(&limited.gql(Some(&fresh), ME, json!({})).await, "this user");

    assert_eq!(limited.metric(LIMITED_USERS).await, 3.0);
    assert_eq!(limited.metric(LIMITED_ADDRESSES).await, 0.0);
    // Anonymous requests have no user budget.
    for _ in 0..7 {
        let anonymous = limited.gql(None, "{ __typename }", json!({})).await;
        assert_eq!(anonymous.data()["__typename"], "Query");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_signed_in_through_two_providers_has_one_budget() {
    let auth0 = StandIn::start().await;
    let iss = format!("{}/", auth0.base());
    let api = "https://api.example.com";
    let file = config_file(&auth0_issuer(&iss, api, "link_claim = \"passage_id\"\n"));
    let app = spawn_app_with(|c| c.config_file = Some(file.clone())).await;
    let (ada, passage_token) = app.passage_user("ada@example.com");
    let ada_id = app.register(&passage_token, "Ada").await["id"].clone();
    let now = chrono::Utc::now().timestamp();
    let auth0_token = auth0.sign(
        Alg::Rs256,
        json!({}),
        &json!({
            "iss": iss, "sub": "auth0|ada", "aud": api, "azp": "client-spa",
            "iat": now, "exp": now + 3600, "passage_id": ada.id,
        }),
    );
    // Ada's first sign-in through Auth0 links her identity there to her user.
    let linked = app.gql(Some(&auth0_token), ME, json!({})).await;
    assert_eq!(me_id(&linked), ada_id);

    let limited = app
        .replica(|c| {
            c.config_file = Some(file.clone());
            c.rate_limit_user_per_minute = 4;
        })
        .await;
    for token in [&passage_token, &auth0_token, &passage_token, &auth0_token] {
        let me = limited.gql(Some(token), ME, json!({})).await;
        assert_eq!(me_id(&me), ada_id);
    }
    for token in [&passage_token, &auth0_token] {
        assert_limited(&limited.gql(Some(token), ME, json!({})).await, "this user");
    }
    assert_eq!(limited.metric(LIMITED_USERS).await, 2.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_over_the_limit_gets_429_before_its_token_is_looked_at() {
    let app = spawn_app_with(|c| c.rate_limit_ip_per_minute = 3).await;
    let (_, token) = app.passage_user("ada@example.com");
    for _ in 0..3 {
        let anonymous = app.gql(None, "{ __typename }", json!({})).await;
        assert_eq!(anonymous.data()["__typename"], "Query");
    }
    assert_limited(
        &app.gql(None, "{ __typename }", json!({})).await,
        "this address",
    );
    assert_limited(&app.gql(Some(&token), ME, json!({})).await, "this address");
    // Refused before the token is verified: a bad one is not a 401 here.
    assert_limited(
        &app.gql(Some("not-a-token"), ME, json!({})).await,
        "this address",
    );
    let get = app
        .http
        .get(app.url("/graphql?query=%7B__typename%7D"))
        .send()
        .await
        .unwrap();
    assert_limited(&GqlResponse::from(get).await, "this address");

    // Probes and /metrics are not limited.
    for path in ["/health", "/ready", "/metrics"] {
        let response = app.http.get(app.url(path)).send().await.unwrap();
        assert_eq!(response.status(), 200, "{path}");
    }
    assert_eq!(app.metric(LIMITED_ADDRESSES).await, 4.0);
    assert_eq!(app.metric(LIMITED_USERS).await, 0.0);
    assert_eq!(
        app.metric("http_requests_total{route=\"/graphql\",status=\"429\"}")
            .await,
        4.0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_on_one_redis_share_each_budget_and_count_alone_without_it() {
    let Some(mut redis) = RedisServer::start_or_skip(
        "replicas_on_one_redis_share_each_budget_and_count_alone_without_it",
    ) else {
        return;
    };
    let url = redis.url();
    let limits = |c: &mut passage_graphql::config::Config| {
        c.redis_url = Some(url.clone().into());
        c.rate_limit_user_per_minute = 3;
        c.rate_limit_ip_per_minute = 8;
    };
    let app = spawn_app_with(limits).await;
    let replica = app.replica(limits).await;
    app.wait_for_redis().await;
    replica.wait_for_redis().await;
    let (_, ada) = app.passage_user("ada@example.com");
    let (_, bob) = app.passage_user("bob@example.com");

    // Ada's three requests, on either replica, use her budget up for both.
    for answered in [
        app.gql(Some(&ada), ME, json!({})).await,
        replica.gql(Some(&ada), ME, json!({})).await,
        app.gql(Some(&ada), ME, json!({})).await,
    ] {
        assert_eq!(answered.data()["me"], Value::Null);
    }
    assert_limited(&replica.gql(Some(&ada), ME, json!({})).await, "this user");
    assert_limited(&app.gql(Some(&ada), ME, json!({})).await, "this user");
    // The address's budget is shared too: 5 requests so far, 3 more pass.
    assert_eq!(
        app.gql(Some(&bob), ME, json!({})).await.data()["me"],
        Value::Null
    );
    assert_eq!(
        replica.gql(Some(&bob), ME, json!({})).await.data()["me"],
        Value::Null
    );
    let anonymous = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(anonymous.data()["__typename"], "Query");
    assert_limited(
        &replica.gql(None, "{ __typename }", json!({})).await,
        "this address",
    );
    assert_eq!(app.metric(LIMITED_USERS).await, 1.0);
    assert_eq!(replica.metric(LIMITED_USERS).await, 1.0);
    assert_eq!(replica.metric(LIMITED_ADDRESSES).await, 1.0);
    assert_eq!(replica.metric("rate_limit_redis_errors_total").await, 0.0);

    // Redis gone: no request fails for it, and each replica counts alone.
    redis.kill();
    let (_, cy) = app.passage_user("cy@example.com");
    for _ in 0..3 {
        let me = app.gql(Some(&cy), ME, json!({})).await;
        assert_eq!(me.data()["me"], Value::Null);
    }
    assert_limited(&app.gql(Some(&cy), ME, json!({})).await, "this user");
    let me = replica.gql(Some(&cy), ME, json!({})).await;
    assert_eq!(me.data()["me"], Value::Null);
    assert!(app.metric("rate_limit_redis_errors_total").await >= 1.0);
}
