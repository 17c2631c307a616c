//! One request's work is bounded whatever it asks: `_entities` takes at most
//! `GRAPHQL_MAX_ENTITIES` representations, a response carries at most
//! `GRAPHQL_MAX_ERRORS` errors (then one that says how many more were
//! dropped), and the shaping of a response with many failed fields is
//! linear (see `bench/entities_flood` for the latency of other clients
//! while such requests run).

use passage_graphql::config::Config;
use serde_json::{Value, json};

use crate::support::provider::{Alg, StandIn};
use crate::support::{GqlResponse, TestApp, config_file, spawn_app_with};

const ENTITIES: &str = "query($reps: [_Any!]!) { _entities(representations: $reps) \
                        { ... on User { id status lastLoginAt loginCount } } }";

/// A server accepting better-auth tokens (claims only: no Passage profile
/// for its users, so their Passage-only fields each fail), a registered
/// user of it, their token and local ID.
async fn app_with_claims_user(
    adjust: impl FnOnce(&mut Config),
) -> (StandIn, TestApp, String, Value) {
    let provider = StandIn::start().await;
    let base = provider.base().to_owned();
    let file = config_file(&format!(
        "[[issuers]]\nissuer = \"{base}\"\npreset = \"better-auth\"\n"
    ));
    let app = spawn_app_with(|c| {
        c.config_file = Some(file);
        adjust(c);
    })
    .await;
    let now = chrono::Utc::now().timestamp();
    let claims = json!({
        "iat": now, "iss": base, "aud": base, "exp": now + 900, "sub": "flood-1",
        "email": "flood@example.com", "emailVerified": true,
    });
    let token = provider.sign(Alg::EdDsa, json!({}), &claims);
    let me = app.register(&token, "Flood").await;
    (provider, app, token, me["id"].clone())
}

fn own_references(id: &Value, count: usize) -> Value {
    Value::Array(vec![json!({ "__typename": "User", "id": id }); count])
}

async fn entities(app: &TestApp, token: &str, reps: Value) -> GqlResponse {
    app.gql(Some(token), ENTITIES, json!({ "reps": reps }))
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_representations_is_refused_before_anything_runs() {
    let (_provider, app, token, id) = app_with_claims_user(|_| {}).await;
    // About 1 MiB of the caller's own reference, as in the report.
    let response = entities(&app, &token, own_references(&id, 30_000)).await;
    assert_eq!(response.status, 200, "{}", response.body);
    assert!(
        response.body.get("data").is_none(),
        "nothing ran: {}",
        response.body
    );
    let errors = response.body["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 1, "{}", response.body);
    let message = errors[0]["message"].as_str().unwrap();
    assert!(
        message.contains("30000 entities") && message.contains("at most 1000"),
        "{message}"
    );
    assert!(message.contains("GRAPHQL_MAX_ENTITIES"), "{message}");

    // At the limit, the request runs.
    let response = entities(&app, &token, own_references(&id, 1000)).await;
    assert_eq!(
        response.body["data"]["_entities"].as_array().unwrap().len(),
        1000
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_entity_limit_is_configurable_and_counts_every_entities_field() {
    let (_provider, app, token, id) = app_with_claims_user(|c| c.graphql_max_entities = 5).await;
    let two_fields = "query($a: [_Any!]!, $b: [_Any!]!) { \
                      a: _entities(representations: $a) { ... on User { id } } \
                      b: _entities(representations: $b) { ... on User { id } } }";
    let response = app
        .gql(
            Some(&token),
            two_fields,
            json!({ "a": own_references(&id, 3), "b": own_references(&id, 3) }),
        )
        .await;
    let message = response.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("6 entities"), "{}", response.body);
    assert!(response.body.get("data").is_none(), "{}", response.body);
    // A literal list counts too; the same document again (now cached) as well.
    let literal = format!(
        "{{ _entities(representations: {}) {{ ... on User {{ id }} }} }}",
        own_references(&id, 6)
            .to_string()
            .replace("\"__typename\"", "__typename")
            .replace("\"id\"", "id")
    );
    for pass in ["parsed", "cached"] {
        let response = app.gql(Some(&token), &literal, json!({})).await;
        let message = response.body["errors"][0]["message"].as_str().unwrap_or("");
        assert!(message.contains("6 entities"), "{pass}: {}", response.body);
    }
    let response = entities(&app, &token, own_references(&id, 5)).await;
    assert_eq!(
        response.body["data"]["_entities"].as_array().unwrap().len(),
        5
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_past_the_limit_are_dropped_and_counted_in_one_last_error() {
    let (_provider, app, token, id) = app_with_claims_user(|_| {}).await;
    // 1000 entities, three failed fields each: 3000 errors.
    let response = entities(&app, &token, own_references(&id, 1000)).await;
    assert_eq!(response.status, 200, "{}", response.body);
    let entities = response.body["data"]["_entities"].as_array().unwrap();
    assert_eq!(entities.len(), 1000);
    for entity in entities {
        assert_eq!(entity["id"], id, "{entity}");
    }
    let errors = response.body["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 101, "100 kept and one that counts the rest");
    for error in &errors[..100] {
        assert_eq!(error["extensions"]["code"], "PROFILE_NOT_SHARED", "{error}");
    }
    let last = &errors[100];
    assert_eq!(last["extensions"]["code"], "TOO_MANY_ERRORS", "{last}");
    assert_eq!(last["extensions"]["dropped"], 2900, "{last}");
    assert!(
        last["message"]
            .as_str()
            .unwrap()
            .contains("2900 more errors"),
        "{last}"
    );

    // Under the limit, every error is there.
    let response = self::entities(&app, &token, own_references(&id, 10)).await;
    let errors = response.body["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 30, "{}", response.body);
}
