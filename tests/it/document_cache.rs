//! The parsed-document cache keeps only documents that passed validation,
//! skips long ones, and stays within its byte budget whatever clients send.

use passage_graphql::graphql::pipeline::{DOCUMENT_CACHE_BYTES, MAX_CACHED_QUERY_BYTES};
use serde_json::json;

use crate::support::metrics::settled;
use crate::support::spawn_app;

const ENTRIES: &str = "graphql_document_cache_entries";
const BYTES: &str = "graphql_document_cache_bytes";
const HITS: &str = "graphql_document_cache_lookups_total{result=\"hit\"}";
const TOO_LARGE: &str = "graphql_document_cache_lookups_total{result=\"too_large\"}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_document_is_never_cached_while_small_ones_hit() {
    let app = spawn_app().await;
    // About 100 KB of fields (`__typename` costs no complexity; 900 KB of
    // them is over the token limit, refused unparsed and uncounted).
    let large = format!("query Big {{{} }}", " __typename".repeat(9_000));
    for _ in 0..3 {
        let response = app.gql(None, &large, json!({})).await;
        assert_eq!(response.data()["__typename"], "Query");
    }
    let over = format!("query Big {{{} }}", " __typename".repeat(80_000));
    let refused = app.gql(None, &over, json!({})).await;
    assert!(
        refused.body.get("data").is_none(),
        "{}",
        refused.body["errors"]
    );
    // A large valid one (a comment pads it): answered, never kept.
    let padded = format!("{{ __typename }} #{}", "x".repeat(900_000));
    for _ in 0..3 {
        let response = app.gql(None, &padded, json!({})).await;
        assert_eq!(response.data()["__typename"], "Query");
    }
    assert_eq!(app.metric(HITS).await, 0.0, "no large document was found");
    assert_eq!(app.metric(TOO_LARGE).await, 6.0);
    settled(&app, BYTES, 0.0).await;

    for _ in 0..3 {
        let small = app.gql(None, "{ __typename }", json!({})).await;
        assert_eq!(small.data()["__typename"], "Query");
    }
    assert_eq!(app.metric(HITS).await, 2.0, "the small one is kept");
    settled(&app, ENTRIES, 1.0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_validated_short_documents_are_kept_within_the_budget() {
    let app = spawn_app().await;
    let base = app.metric(ENTRIES).await;

    let valid = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(valid.data()["__typename"], "Query");
    settled(&app, ENTRIES, base + 1.0).await;
    // The same text again is a hit, not a second entry.
    app.gql(None, "{ __typename }", json!({})).await.data();
    assert_eq!(app.metric(HITS).await, 1.0);
    settled(&app, ENTRIES, base + 1.0).await;

    // Parses, fails validation: not kept.
    let invalid = app.gql(None, "{ noSuchField }", json!({})).await;
    assert!(invalid.body["errors"].is_array(), "{}", invalid.text);
    settled(&app, ENTRIES, base + 1.0).await;

    // Valid but long (a comment pads it): parsed each time, never kept.
    let long = format!("{{ __typename }} #{}", "x".repeat(MAX_CACHED_QUERY_BYTES));
    app.gql(None, &long, json!({})).await.data();
    assert_eq!(app.metric(TOO_LARGE).await, 1.0);
    settled(&app, ENTRIES, base + 1.0).await;

    // Many distinct documents just under the length limit: the estimated
    // bytes never pass the budget.
    let pad = "y".repeat(MAX_CACHED_QUERY_BYTES - 64);
    for i in 0..80 {
        let query = format!("query Q{i} {{ __typename }} #{pad}");
        app.gql(None, &query, json!({})).await.data();
    }
    // Once the cache has settled its evictions.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
    while app.metric(BYTES).await > DOCUMENT_CACHE_BYTES as f64
        && std::time::Instant::now() < deadline
    {
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
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
    let hits = app.metric(HITS).await;
    app.gql(Some(&token), query, json!({ "id": id }))
        .await
        .data();
    assert_eq!(app.metric(HITS).await, hits + 1.0, "the document is cached");

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
