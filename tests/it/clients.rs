//! The GraphQL clients apps are written with, from npm, against the server
//! (`tests/clients`): graphql-js's full introspection query, as GraphiQL,
//! GraphQL Code Generator and IDE plugins send it, answers wherever
//! introspection is on, under the default depth limit.

use std::time::Duration;

use serde_json::Value;

use crate::support::node::{available_or_skip, ensure_installed, test_dir};
use crate::support::process_group::output_in_own_group;
use crate::support::{TestApp, spawn_app_with};

/// Runs `tests/clients/{script}` with `args` to its end; its stdout's last
/// line, as JSON.
async fn run_script(script: &str, args: &[&str]) -> Value {
    let mut command = tokio::process::Command::new("node");
    command.arg(test_dir("clients").join(script)).args(args);
    let run = output_in_own_group(&mut command);
    let output = tokio::time::timeout(Duration::from_secs(60), run)
        .await
        .expect("the script ends within a minute")
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{script} failed: {}{stdout}",
        String::from_utf8_lossy(&output.stderr)
    );
    let last = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(last)
        .unwrap_or_else(|e| panic!("{script} printed no JSON ({e}): {stdout}"))
}

async fn clients_or_skip(test: &str) -> bool {
    if !available_or_skip(test, "the GraphQL client tests").await {
        return false;
    }
    ensure_installed("clients", "@apollo/client").await;
    true
}

async fn introspects(app: &TestApp) {
    let found = run_script("introspection.mjs", &[&app.url("/graphql")]).await;
    assert_eq!(found["queryType"], "Query", "{found}");
    let query_fields: Vec<&str> = found["queryFields"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(Value::as_str)
        .collect();
    for field in ["me", "user", "users"] {
        assert!(query_fields.contains(&field), "{field} in {found}");
    }
    let user_fields = found["userFields"].as_array().unwrap();
    assert!(user_fields.contains(&Value::from("email")), "{found}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphql_js_full_introspection_answers_wherever_introspection_is_on() {
    if !clients_or_skip("graphql_js_full_introspection").await {
        return;
    }
    // The default limits (depth 12, which graphql-js's `ofType` chain
    // passes), introspection on as in dev mode.
    let default = spawn_app_with(|c| c.graphql_introspection = Some(true)).await;
    introspects(&default).await;
    // Under a depth limit of 3, introspection's own nesting still answers;
    // the data graph is still limited.
    let production = spawn_app_with(|c| {
        c.graphql_introspection = Some(true);
        c.graphql_max_depth = 3;
    })
    .await;
    introspects(&production).await;
    let (_, token) = production.passage_user("deep@example.com");
    let deep = production
        .gql(
            Some(&token),
            "{ users { edges { node { identities { issuer } } } } }",
            serde_json::json!({}),
        )
        .await;
    let message = deep.body["errors"][0]["message"]
        .as_str()
        .unwrap_or_default();
    assert_eq!(message, "Query is nested too deep.", "{}", deep.body);
    assert!(deep.body.get("data").is_none(), "{}", deep.body);
}

/// What each recorded request of `run` was: method, whether it carried the
/// text, its hash.
fn wire(run: &Value) -> Vec<(String, bool, Option<String>)> {
    run["wire"]
        .as_array()
        .unwrap()
        .iter()
        .map(|request| {
            (
                request["method"].as_str().unwrap().to_owned(),
                match &request["withText"] {
                    Value::Array(each) => each[0].as_bool().unwrap(),
                    one => one.as_bool().unwrap(),
                },
                request["hash"].as_str().map(str::to_owned),
            )
        })
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn apollo_client_http_batch_and_persisted_queries_over_post_and_get() {
    if !clients_or_skip("apollo_client").await {
        return;
    }
    let app = spawn_app_with(|_| {}).await;
    let (_, token) = app.passage_user("apollo@example.com");
    let me = app.register(&token, "Apollo").await;
    let out = run_script("apollo.mjs", &[&app.url("/graphql"), &token]).await;
    for (run, results) in [("http", 1), ("batch", 2), ("apqPost", 2), ("apqGet", 2)] {
        let got = out[run]["results"].as_array().unwrap();
        assert_eq!(got.len(), results, "{run}: {out}");
        for result in got {
            assert_eq!(result["name"], "Apollo", "{run}: {out}");
        }
    }
    assert_eq!(out["http"]["results"][0]["id"], me["id"]);
    let batch = &out["batch"]["wire"];
    assert_eq!(batch.as_array().unwrap().len(), 1, "one POST: {out}");
    assert_eq!(batch[0]["batch"], 2, "{out}");

    // The hash alone, then (not found) the text, then the hash alone.
    for (run, method) in [("apqPost", "POST"), ("apqGet", "GET")] {
        let requests = wire(&out[run]);
        let hash = requests[0].2.clone().expect("a hash");
        assert_eq!(
            requests,
            [
                (method.to_owned(), false, Some(hash.clone())),
                ("POST".to_owned(), true, Some(hash.clone())),
                (method.to_owned(), false, Some(hash)),
            ],
            "{run}: {out}"
        );
        assert_eq!(out[run]["wire"][0]["status"], 200, "{run}: {out}");
    }
    assert_eq!(
        out["apqGet"]["wire"][2]["cacheControl"], "private, no-store",
        "{out}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn urql_with_its_persisted_exchange_over_get_and_post() {
    if !clients_or_skip("urql").await {
        return;
    }
    let app = spawn_app_with(|_| {}).await;
    let (_, token) = app.passage_user("urql@example.com");
    app.register(&token, "Urql").await;
    let out = run_script("urql.mjs", &[&app.url("/graphql"), &token]).await;
    let results = out["results"].as_array().unwrap();
    assert_eq!(results[0]["me"]["name"], "Urql", "{out}");
    assert_eq!(results[1]["me"]["name"], "Urql", "{out}");
    assert_eq!(results[2]["updateMe"]["name"], "Urql Renamed", "{out}");
    let requests = wire(&out);
    let hash = requests[0].2.clone().expect("a hash");
    // The query: hash alone (GET), the text, then the hash alone (GET).
    assert_eq!(
        requests[0],
        ("GET".into(), false, Some(hash.clone())),
        "{out}"
    );
    assert!(requests[1].1, "the text after not found: {out}");
    assert_eq!(requests[2], ("GET".into(), false, Some(hash)), "{out}");
    // The mutation never goes over GET.
    assert!(
        requests[3..].iter().all(|(method, ..)| method == "POST"),
        "{out}"
    );
    assert_eq!(
        app.db
            .count("SELECT count(*) AS n FROM users WHERE name = 'Urql Renamed'")
            .await,
        1
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn relay_runs_its_persisted_queries_by_doc_id() {
    if !clients_or_skip("relay").await {
        return;
    }
    // Relay's persisted_queries.json: its ids (an md5 by default) to text.
    let text = "query RelayMe {\n  me {\n    id\n    name\n  }\n}\n";
    let id = "5a1e3f6b0c2d4e8f9a7b6c5d4e3f2a1b";
    let manifest = crate::support::config_file(&serde_json::json!({ id: text }).to_string());
    let app = spawn_app_with(|c| c.graphql_trusted_documents = Some(manifest)).await;
    let (user, token) = app.passage_user("relay@example.com");
    app.insert_user(&user.id, "Relay").await;
    let out = run_script("relay.mjs", &[&app.url("/graphql"), &token, id]).await;
    assert_eq!(out["data"]["me"]["name"], "Relay", "{out}");
    let sent = out["wire"].as_array().unwrap();
    assert_eq!(sent.len(), 1, "{out}");
    assert_eq!(
        sent[0]["doc_id"], id,
        "only the id went over the wire: {out}"
    );
    assert!(sent[0].get("query").is_none(), "{out}");
}

/// GraphQL Code Generator's client preset generates types from the running
/// server's introspection and a persisted-documents manifest of the app's
/// operations; a server started with that manifest in enforce mode runs
/// them by id and refuses anything else.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn codegen_types_and_persisted_documents_run_in_enforce_mode() {
    if !clients_or_skip("graphql_codegen").await {
        return;
    }
    let schema_source = spawn_app_with(|c| c.graphql_introspection = Some(true)).await;
    let out = tempfile_dir("codegen");
    let generated = run_script(
        "codegen.mjs",
        &[&schema_source.url("/graphql"), out.to_str().unwrap()],
    )
    .await;
    assert_eq!(generated["typesMeQuery"], true, "{generated}");
    assert_eq!(generated["typesRenameVariables"], true, "{generated}");
    let documents = generated["documents"].as_object().unwrap().clone();
    assert_eq!(documents.len(), 2, "{generated}");
    let id_of = |name: &str| {
        documents
            .iter()
            .find(|(_, text)| text.as_str().unwrap().contains(name))
            .map(|(id, _)| id.clone())
            .unwrap()
    };

    let manifest = std::path::PathBuf::from(generated["manifest"].as_str().unwrap());
    let app = spawn_app_with(|c| c.graphql_trusted_documents = Some(manifest)).await;
    let (user, token) = app.passage_user("codegen@example.com");
    app.insert_user(&user.id, "Codegen").await;
    let post = |body: Value| {
        let request = app
            .http
            .post(app.url("/graphql"))
            .bearer_auth(&token)
            .json(&body);
        async move { crate::support::GqlResponse::from(request.send().await.unwrap()).await }
    };
    let me = post(serde_json::json!({"documentId": id_of("CodegenMe")})).await;
    assert_eq!(me.data()["me"]["name"], "Codegen");
    assert_eq!(me.data()["me"]["email"], "codegen@example.com");
    let renamed = post(serde_json::json!({
        "documentId": id_of("CodegenRename"), "variables": {"name": "Generated"}
    }))
    .await;
    assert_eq!(renamed.data()["updateMe"]["name"], "Generated");
    let free = post(serde_json::json!({"query": "{ me { id } }"})).await;
    assert_eq!(
        free.error_code(),
        "PERSISTED_QUERY_ID_REQUIRED",
        "{}",
        free.body
    );
    std::fs::remove_dir_all(out).ok();
}

/// A fresh folder under the system temp directory.
fn tempfile_dir(prefix: &str) -> std::path::PathBuf {
    let dir =
        std::env::temp_dir().join(format!("pgql-{prefix}-{}", crate::support::random_name(12)));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
