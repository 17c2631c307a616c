//! The GraphQL clients apps are written with, from npm, against the server
//! (`tests/clients`): graphql-js's full introspection query, as GraphiQL,
//! GraphQL Code Generator and IDE plugins send it, answers wherever
//! introspection is on, under the default depth limit.

use std::time::Duration;

use serde_json::Value;

use crate::support::node::{available_or_skip, ensure_installed, test_dir};
use crate::support::{TestApp, spawn_app_with};

/// Runs `tests/clients/{script}` with `args` to its end; its stdout's last
/// line, as JSON.
async fn run_script(script: &str, args: &[&str]) -> Value {
    let run = tokio::process::Command::new("node")
        .arg(test_dir("clients").join(script))
        .args(args)
        .kill_on_drop(true)
        .output();
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
    ensure_installed("clients", "graphql").await;
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
