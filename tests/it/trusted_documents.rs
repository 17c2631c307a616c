//! Trusted documents (`GRAPHQL_TRUSTED_DOCUMENTS`): the operations an app
//! ships, named by `documentId`, Relay's `doc_id`/`id` or a persisted-query
//! hash; in `enforce` mode nothing else runs, in `log` mode the rest runs
//! and is counted; a manifest whose document does not validate stops
//! startup.

use serde_json::{Value, json};

use crate::support::cli::Cli;
use crate::support::{GqlResponse, TestApp, config_file, spawn_app_with};

const ME: &str = "query TrustedMe { me { id name } }";
const RENAME: &str =
    "mutation TrustedRename($name: String!) { updateMe(input: {name: $name}) { name } }";

fn sha256(text: &str) -> String {
    passage_graphql::graphql::persisted::sha256_hex(text)
}

/// Apollo's persisted query manifest of ME and RENAME.
fn apollo_manifest() -> String {
    json!({
        "format": "apollo-persisted-query-manifest",
        "version": 1,
        "operations": [
            {"id": sha256(ME), "name": "TrustedMe", "type": "query", "body": ME},
            {"id": sha256(RENAME), "name": "TrustedRename", "type": "mutation", "body": RENAME},
        ],
    })
    .to_string()
}

async fn post(app: &TestApp, token: &str, body: Value) -> GqlResponse {
    let response = app
        .http
        .post(app.url("/graphql"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .unwrap();
    GqlResponse::from(response).await
}

async fn get(app: &TestApp, token: &str, query: &str) -> GqlResponse {
    let response = app
        .http
        .get(format!("{}?{query}", app.url("/graphql")))
        .bearer_auth(token)
        .send()
        .await
        .unwrap();
    GqlResponse::from(response).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_enforce_mode_only_the_manifests_operations_run() {
    let manifest = config_file(&apollo_manifest());
    let app = spawn_app_with(|c| {
        c.graphql_trusted_documents = Some(manifest);
        c.graphql_introspection = Some(true);
    })
    .await;
    let (user, token) = app.passage_user("trusted@example.com");
    // Registering is not in the manifest: straight into the database.
    app.insert_user(&user.id, "Trusted").await;
    let me_id = sha256(ME);
    for (case, response) in [
        (
            "documentId with the sha256: prefix",
            post(
                &app,
                &token,
                json!({"documentId": format!("sha256:{me_id}")}),
            )
            .await,
        ),
        (
            "documentId bare",
            post(&app, &token, json!({"documentId": me_id})).await,
        ),
        (
            "Relay's doc_id",
            post(&app, &token, json!({"doc_id": me_id, "variables": {}})).await,
        ),
        (
            "Relay's id",
            post(&app, &token, json!({"id": me_id, "query": ""})).await,
        ),
        (
            "a persisted-query hash",
            post(
                &app,
                &token,
                json!({"extensions": {"persistedQuery": {"version": 1, "sha256Hash": me_id}}}),
            )
            .await,
        ),
        (
            "GET by documentId",
            get(&app, &token, &format!("documentId={me_id}")).await,
        ),
    ] {
        assert_eq!(response.data()["me"]["name"], "Trusted", "{case}");
    }
    let renamed = post(
        &app,
        &token,
        json!({"documentId": sha256(RENAME), "variables": {"name": "Renamed"}}),
    )
    .await;
    assert_eq!(renamed.data()["updateMe"]["name"], "Renamed");
    let over_get = get(&app, &token, &format!("documentId={}", sha256(RENAME))).await;
    assert_eq!(over_get.status, 405, "{}", over_get.body);

    for (case, body, code) in [
        (
            "free text",
            json!({"query": "{ me { id } }"}),
            "PERSISTED_QUERY_ID_REQUIRED",
        ),
        (
            "the text of a trusted document, without its id",
            json!({"query": ME}),
            "PERSISTED_QUERY_ID_REQUIRED",
        ),
        (
            "introspection",
            json!({"query": "{ __schema { queryType { name } } }"}),
            "PERSISTED_QUERY_ID_REQUIRED",
        ),
        (
            "an unknown id",
            json!({"documentId": sha256("{ me { name } }")}),
            "PERSISTED_QUERY_NOT_IN_LIST",
        ),
        (
            "a new persisted query",
            json!({"query": "{ me { name } }", "extensions": {"persistedQuery": {"version": 1, "sha256Hash": sha256("{ me { name } }")}}}),
            "PERSISTED_QUERY_NOT_IN_LIST",
        ),
    ] {
        let response = post(&app, &token, body).await;
        assert!(
            response.body.get("data").is_none(),
            "{case}: nothing ran: {}",
            response.body
        );
        assert_eq!(response.error_code(), code, "{case}: {}", response.body);
    }
    let untouched = app
        .db
        .count("SELECT count(*) AS n FROM users WHERE name = 'Renamed'")
        .await;
    assert_eq!(untouched, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_log_mode_everything_runs_and_the_rest_is_counted() {
    let manifest = config_file(&apollo_manifest());
    let app = spawn_app_with(|c| {
        c.graphql_trusted_documents = Some(manifest);
        c.graphql_trusted_documents_mode = Some(passage_graphql::graphql::trusted::TrustMode::Log);
    })
    .await;
    let (_, token) = app.passage_user("logged@example.com");
    app.register(&token, "Logged").await;
    let counted = "graphql_untrusted_operations_total";
    let before = app.metric(counted).await;
    let trusted = post(&app, &token, json!({"documentId": sha256(ME)})).await;
    assert_eq!(trusted.data()["me"]["name"], "Logged");
    assert_eq!(app.metric(counted).await, before, "trusted: not counted");
    let free = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    assert_eq!(free.data()["me"]["name"], "Logged");
    assert_eq!(app.metric(counted).await, before + 1.0);
    let unknown = post(&app, &token, json!({"documentId": sha256("{ x }")})).await;
    assert_eq!(
        unknown.error_code(),
        "PERSISTED_QUERY_NOT_IN_LIST",
        "{}",
        unknown.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manifest_whose_document_does_not_validate_stops_startup() {
    let app = spawn_app_with(|_| {}).await;
    let manifest = config_file(
        &json!({
            "good": ME,
            "stale": "query Stale { me { nickname } }",
        })
        .to_string(),
    );
    let stderr = Cli::new()
        .arg("serve")
        .on(&app)
        .env("GRAPHQL_TRUSTED_DOCUMENTS", &manifest)
        .env("LISTEN_ADDR", "127.0.0.1:0")
        .refused_start()
        .await;
    assert!(
        stderr.contains("\"stale\"") && stderr.contains("nickname"),
        "names the document and why: {stderr}"
    );
}
