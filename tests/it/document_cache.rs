//! The parsed-document cache keeps only documents that passed validation,
//! skips long ones, and stays within its byte budget whatever clients send.

use passage_graphql::graphql::pipeline::{DOCUMENT_CACHE_BYTES, MAX_CACHED_QUERY_BYTES};
use serde_json::json;

use crate::support::spawn_app;

const ENTRIES: &str = "graphql_document_cache_entries";
const BYTES: &str = "graphql_document_cache_bytes";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_validated_short_documents_are_kept_within_the_budget() {
    let app = spawn_app().await;
    let base = app.metric(ENTRIES).await;

    let valid = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(valid.data()["__typename"], "Query");
    assert_eq!(app.metric(ENTRIES).await, base + 1.0);
    // The same text again is a hit, not a second entry.
    app.gql(None, "{ __typename }", json!({})).await.data();
    assert_eq!(app.metric(ENTRIES).await, base + 1.0);

    // Parses, fails validation: not kept.
    let invalid = app.gql(None, "{ noSuchField }", json!({})).await;
    assert!(invalid.body["errors"].is_array(), "{}", invalid.text);
    assert_eq!(app.metric(ENTRIES).await, base + 1.0);

    // Valid but long (a comment pads it): parsed each time, never kept.
    let long = format!("{{ __typename }} #{}", "x".repeat(MAX_CACHED_QUERY_BYTES));
    app.gql(None, &long, json!({})).await.data();
    assert_eq!(app.metric(ENTRIES).await, base + 1.0);

    // Many distinct documents just under the length limit: the estimated
    // bytes never pass the budget.
    let pad = "y".repeat(MAX_CACHED_QUERY_BYTES - 64);
    for i in 0..80 {
        let query = format!("query Q{i} {{ __typename }} #{pad}");
        app.gql(None, &query, json!({})).await.data();
    }
    let bytes = app.metric(BYTES).await;
    assert!(bytes > 0.0);
    assert!(
        bytes <= DOCUMENT_CACHE_BYTES as f64,
        "{bytes} bytes kept; budget {DOCUMENT_CACHE_BYTES}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cached_document_with_variables_is_checked_against_each_requests_variables() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("vars@example.com");
    let id = app.register(&token, "Vars").await["id"].clone();
    let query = "query($id: ID!) { user(id: $id) { name } }";
    let first = app.gql(Some(&token), query, json!({ "id": id })).await;
    assert_eq!(first.data()["user"]["name"], "Vars");
    let base = app.metric(ENTRIES).await;
    app.gql(Some(&token), query, json!({ "id": id }))
        .await
        .data();
    assert_eq!(app.metric(ENTRIES).await, base, "the document is cached");

    // The cached document does not make the next request's variables
    // valid: they are validated again, and the request never executes.
    let bad = app.gql(Some(&token), query, json!({ "id": true })).await;
    assert!(
        bad.body["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("argument \"id\"")),
        "{}",
        bad.text
    );
    assert!(bad.body.get("data").is_none(), "{}", bad.text);
}
