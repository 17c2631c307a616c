//! Limits, batching, introspection, CORS and GET variables.

use std::time::Duration;

use serde_json::json;

use crate::support::{GqlResponse, spawn_app, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn depth_complexity_and_alias_limits_refuse_with_a_reason() {
    let app = spawn_app_with(|c| {
        c.graphql_max_depth = 3;
        c.graphql_max_complexity = 6;
        c.graphql_max_aliases = 5;
    })
    .await;
    let (_, token) = app.passage_user("limits@example.com");
    app.register(&token, "Limits").await;

    let deep = app
        .gql(
            Some(&token),
            "{ users { edges { node { name } } } }",
            json!({}),
        )
        .await;
    assert!(deep.body.get("data").is_none(), "{}", deep.body);
    assert!(
        deep.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("nested too deep")
    );

    let complex = app
        .gql(
            Some(&token),
            "{ me { id passageId name role createdAt updatedAt } }",
            json!({}),
        )
        .await;
    assert!(
        complex.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("too complex")
    );

    let aliases: String = (0..6).map(|i| format!("a{i}: __typename ")).collect();
    let many = app
        .gql(Some(&token), &format!("{{ {aliases} }}"), json!({}))
        .await;
    assert!(
        many.body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("6 aliases"),
        "{}",
        many.body
    );
    let five: String = (0..5).map(|i| format!("a{i}: __typename ")).collect();
    let ok = app
        .gql(Some(&token), &format!("{{ {five} }}"), json!({}))
        .await;
    assert_eq!(ok.data()["a4"], "Query");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn introspection_is_off_in_production_unless_enabled() {
    let app = spawn_app().await;
    let query = "{ __schema { queryType { name } } }";
    let off = app.gql(None, query, json!({})).await;
    assert!(off.body.get("data").is_none(), "{}", off.body);
    let message = off.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains("introspection is disabled"), "{message}");

    let app = spawn_app_with(|c| c.graphql_introspection = Some(true)).await;
    let on = app.gql(None, query, json!({})).await;
    assert_eq!(on.data()["__schema"]["queryType"]["name"], "Query");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn batches_run_up_to_the_limit() {
    let app = spawn_app_with(|c| c.graphql_max_batch = 3).await;
    let op = json!({ "query": "{ __typename }" });
    let ok = app
        .http
        .post(app.url("/graphql"))
        .json(&json!([op, op, op]))
        .send()
        .await
        .unwrap();
    assert_eq!(ok.status(), 200);
    let body: serde_json::Value = ok.json().await.unwrap();
    assert_eq!(body.as_array().unwrap().len(), 3);
    assert_eq!(body[2]["data"]["__typename"], "Query");

    let too_many = app
        .http
        .post(app.url("/graphql"))
        .json(&json!([op, op, op, op]))
        .send()
        .await
        .unwrap();
    assert_eq!(too_many.status(), 400);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn slow_requests_are_stopped_at_the_timeout() {
    let app = spawn_app_with(|c| c.request_timeout_ms = 300).await;
    let (_, token) = app.passage_user("slow@example.com");
    app.register(&token, "Slow").await;
    app.emulator.set_latency(Duration::from_millis(1500));
    let response = app.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(response.status, 503);
    assert_eq!(response.error_code(), "REQUEST_TIMEOUT");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_takes_url_encoded_variables_and_reports_coercion_errors() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("vars@example.com");
    let me = app.register(&token, "Vars").await;
    let query = "query($id: ID!) { user(id: $id) { name } }";
    let response = app
        .http
        .get(app.url("/graphql"))
        .query(&[
            ("query", query),
            ("variables", &json!({"id": me["id"]}).to_string()),
        ])
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let response = GqlResponse::from(response).await;
    assert_eq!(response.data()["user"]["name"], "Vars");

    let bad = app
        .http
        .get(app.url("/graphql"))
        .query(&[
            ("query", query),
            ("variables", r#"{"id": {"not": "an id"}}"#),
        ])
        .header("accept", "application/graphql-response+json")
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 400);
    let body: serde_json::Value = bad.json().await.unwrap();
    assert!(body.get("data").is_none(), "{body}");
    assert!(body.get("errors").is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn charset_parameters_are_understood() {
    let app = spawn_app().await;
    let body = r#"{"query":"{ __typename }"}"#;
    for (content_type, status) in [
        ("application/json; charset=utf-8", 200),
        ("application/json;charset=\"UTF-8\"", 200),
        ("application/json; charset=latin1", 415),
    ] {
        let response = app
            .http
            .post(app.url("/graphql"))
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), status, "{content_type}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cors_allows_only_configured_origins_with_credentials() {
    let app = spawn_app_with(|c| c.cors_allowed_origins = vec!["http://app.example".into()]).await;
    let preflight = |origin: &'static str| {
        app.http
            .request(reqwest::Method::OPTIONS, app.url("/graphql"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "content-type")
            .send()
    };
    let allowed = preflight("http://app.example").await.unwrap();
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        "http://app.example"
    );
    assert_eq!(
        allowed.headers()["access-control-allow-credentials"],
        "true"
    );
    let refused = preflight("http://evil.example").await.unwrap();
    assert!(
        refused
            .headers()
            .get("access-control-allow-origin")
            .is_none()
    );
}

/// A body under the 1 MiB limit can still hold 90,000 `__typename` fields,
/// which complexity does not count: such a document is refused before it
/// is parsed, over POST and GET, while a long comment or string literal
/// (few tokens) is still read.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn documents_with_too_many_tokens_are_refused_unparsed() {
    let app = spawn_app().await;
    let fields = format!("{{{} }}", " __typename".repeat(20_000));
    let post = app.gql(None, &fields, json!({})).await;
    assert!(post.body.get("data").is_none(), "{}", post.text);
    let message = post.body["errors"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("too long") && message.contains("at most 10000 are allowed"),
        "{message}"
    );

    // A URL holds at most 64 KiB: short names make enough tokens.
    let short = format!("{{{} }}", " a".repeat(10_000));
    let get = app
        .http
        .get(app.url("/graphql"))
        .query(&[("query", &short)])
        .header("accept", "application/graphql-response+json")
        .send()
        .await
        .unwrap();
    assert_eq!(get.status(), 400);
    let body: serde_json::Value = get.json().await.unwrap();
    assert!(body.get("data").is_none(), "{body}");
    assert_eq!(body["errors"][0]["message"], message);

    let padded = format!("{{ __typename }} #{}", "x ".repeat(200_000));
    let ok = app.gql(None, &padded, json!({})).await;
    assert_eq!(ok.data()["__typename"], "Query", "{}", ok.text);
    let at_most: String = format!("{{{} }}", " __typename".repeat(9_998));
    let ok = app.gql(None, &at_most, json!({})).await;
    assert_eq!(ok.data()["__typename"], "Query", "{}", ok.text);
}
