//! Responses shaped as the GraphQL spec says: a failed nullable field is
//! present as `null` with its error, a failed non-null field nulls its
//! parent, and keys follow the selection (fragments and aliases included).

use std::time::Duration;

use passage_emulator::Failure;
use serde_json::{Value, json};

use crate::support::{GqlResponse, spawn_app, spawn_app_with};

/// The positions of `keys` in the raw body, which must be increasing.
#[track_caller]
fn assert_in_order(response: &GqlResponse, keys: &[&str]) {
    let positions: Vec<usize> = keys
        .iter()
        .map(|k| {
            response
                .text
                .find(&format!("\"{k}\":"))
                .unwrap_or_else(|| panic!("key {k} missing: {}", response.text))
        })
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "keys not in selection order {keys:?}: {}",
        response.text
    );
}

fn error_paths(response: &GqlResponse) -> Vec<Value> {
    response.body["errors"]
        .as_array()
        .map(|errors| errors.iter().map(|e| e["path"].clone()).collect())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_passage_field_is_present_as_null_with_its_error() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("down@example.com");
    app.register(&token, "Down").await;
    app.emulator.set_failure(Failure::Status(500));

    let both = app
        .gql(Some(&token), "{ me { name email } }", json!({}))
        .await;
    let me = both.body["data"]["me"]
        .as_object()
        .expect("me is an object");
    assert_eq!(me["name"], "Down");
    assert!(me.contains_key("email"), "email key present: {}", both.text);
    assert_eq!(me["email"], Value::Null);
    assert_eq!(both.error_codes(), ["PASSAGE_UNAVAILABLE"]);
    assert_eq!(error_paths(&both), [json!(["me", "email"])]);

    // Every selected field failing must not turn `me` into null (which
    // reads as "not registered").
    let only_email = app.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(
        only_email.body["data"],
        json!({ "me": { "email": null } }),
        "{}",
        only_email.text
    );
    assert_eq!(only_email.error_codes(), ["PASSAGE_UNAVAILABLE"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_me_is_present_as_null() {
    let app = spawn_app().await;
    let response = app.gql(None, "{ me { id } }", json!({})).await;
    assert_eq!(response.status, 200);
    let data = response.body["data"]
        .as_object()
        .expect("data is an object");
    assert!(data.contains_key("me"), "{}", response.text);
    assert_eq!(data["me"], Value::Null);
    assert_eq!(response.error_codes(), ["UNAUTHENTICATED"]);
    assert_eq!(error_paths(&response), [json!(["me"])]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_non_null_field_nulls_its_nearest_nullable_parent() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("plain@example.com");
    app.register(&token, "Plain").await;
    // `users` is non-null and FORBIDDEN for non-admins: the spec nulls
    // `data`, the nearest nullable parent, whatever else succeeded.
    let response = app
        .gql(
            Some(&token),
            "{ me { name } users { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(response.status, 200);
    let body = response.body.as_object().unwrap();
    assert!(body.contains_key("data"), "{}", response.text);
    assert_eq!(body["data"], Value::Null, "{}", response.text);
    assert_eq!(response.error_codes(), ["FORBIDDEN"]);
    assert_eq!(error_paths(&response), [json!(["users"])]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn keys_follow_the_selection_when_passage_is_slower() {
    // No profile cache, so every query waits for Passage and `name`
    // (Postgres) is resolved first.
    let app = spawn_app_with(|c| c.passage_cache_ttl = 0).await;
    let (_, token) = app.passage_user("order@example.com");
    app.register(&token, "Order").await;
    app.emulator.set_latency(Duration::from_millis(150));

    let plain = app
        .gql(Some(&token), "{ me { email name } }", json!({}))
        .await;
    assert_eq!(plain.data()["me"]["email"], "order@example.com");
    assert_in_order(&plain, &["email", "name"]);

    let query = "{ me { ...Contact n: name createdAt } second: me { loginCount id } } \
                 fragment Contact on User { e: email ... on User { phone id } }";
    let shaped = app.gql(Some(&token), query, json!({})).await;
    assert_eq!(shaped.data()["me"]["e"], "order@example.com");
    assert_in_order(
        &shaped,
        &[
            "me",
            "e",
            "phone",
            "id",
            "n",
            "createdAt",
            "second",
            "loginCount",
        ],
    );
    let second = shaped.text.split("\"second\":").nth(1).unwrap();
    assert!(
        second.find("\"loginCount\"").unwrap() < second.find("\"id\"").unwrap(),
        "{}",
        shaped.text
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn skipped_fields_stay_out_and_lists_keep_their_order() {
    let app = spawn_app().await;
    let (_, admin) = app.admin("root@example.com").await;
    for i in 0..3 {
        let (_, token) = app.passage_user(&format!("u{i}@example.com"));
        app.register(&token, &format!("User {i}")).await;
    }
    app.emulator.set_latency(Duration::from_millis(50));
    let response = app
        .gql(
            Some(&admin),
            "query($skip: Boolean!) { users(first: 3) { edges { node { email name @skip(if: $skip) id } } totalCount } }",
            json!({ "skip": true }),
        )
        .await;
    let edges = response.data()["users"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 3);
    for edge in edges {
        let node = edge["node"].as_object().unwrap();
        assert!(!node.contains_key("name"), "{}", response.text);
        let keys: Vec<_> = node.keys().collect();
        assert_eq!(keys.len(), 2);
    }
    assert_in_order(
        &response,
        &["users", "edges", "node", "email", "id", "totalCount"],
    );
}

/// A document seen before runs by the schema's instance without extensions
/// (no parse, no validation): each answer must be the one the first, new,
/// run of the same document gave, shaped the same way, with the same
/// errors, and counted as an operation.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_known_document_answers_as_it_did_when_it_was_new() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("known@example.com");
    app.register(&token, "Known").await;
    const FAILED: &str = "graphql_operations_total{type=\"query\",outcome=\"error\"}";

    // Fields out of the order they complete in, fragments and aliases.
    let shaped = twice(
        &app,
        &token,
        "{ b: me { ...F id } a: me { name } } fragment F on User { email name }",
        None,
    )
    .await;
    assert_in_order(&shaped, &["b", "email", "name", "id", "a"]);
    assert!(shaped.body.get("errors").is_none(), "{}", shaped.text);
    // The operation a request names, of several; a skipped field.
    let named = twice(
        &app,
        &token,
        "query A { me { id } } query B { me { name @skip(if: true) id } }",
        Some("B"),
    )
    .await;
    let id = &named.body["data"]["me"]["id"];
    assert!(id.is_string(), "{}", named.text);
    assert_eq!(named.body["data"], json!({ "me": { "id": id } }));
    // A failed nullable field: present as null with its error, and the
    // operation counted as failed both times (a user whose profile the
    // server has not cached).
    let (_, token) = app.passage_user("known-down@example.com");
    app.register(&token, "Down").await;
    app.emulator.set_failure(Failure::Status(500));
    let failed_before = app.metric(FAILED).await;
    let failed = twice(&app, &token, "{ me { phone name email } }", None).await;
    assert_eq!(app.metric(FAILED).await, failed_before + 2.0);
    let me = failed.body["data"]["me"]
        .as_object()
        .expect("me is an object");
    assert!(
        me.contains_key("email") && me.contains_key("phone"),
        "{}",
        failed.text
    );
    assert_eq!(me["email"], Value::Null);
    assert_in_order(&failed, &["phone", "name", "email"]);
    assert_eq!(
        failed.error_codes(),
        ["PASSAGE_UNAVAILABLE", "PASSAGE_UNAVAILABLE"]
    );
}

/// Sends `query` twice (new, then known: found in the document cache) and
/// checks that both answers are the same, byte for byte; the second.
async fn twice(
    app: &crate::support::TestApp,
    token: &str,
    query: &str,
    operation: Option<&str>,
) -> GqlResponse {
    const HITS: &str = "graphql_document_cache_lookups_total{result=\"hit\"}";
    let mut body = json!({ "query": query });
    if let Some(operation) = operation {
        body["operationName"] = json!(operation);
    }
    let post = || async {
        let request = app
            .http
            .post(format!("http://{}/graphql", app.addr))
            .bearer_auth(token)
            .json(&body);
        GqlResponse::from(request.send().await.expect("sent")).await
    };
    let hits = app.metric(HITS).await;
    let new = post().await;
    let known = post().await;
    assert_eq!(
        app.metric(HITS).await,
        hits + 1.0,
        "known the second time: {query}"
    );
    assert_eq!(new.status, known.status, "{query}");
    assert_eq!(
        new.text, known.text,
        "the same answer, byte for byte: {query}"
    );
    known
}
