//! Pages driven in headless Chromium: GraphiQL with nothing reachable but
//! this machine (here), the example single-page app on passage-js
//! (`browser_spa`). Their helpers are in `support::browser`.
//!
//! Needs Debian's `chromium` (or `CHROMIUM=/path`) and Node.js; installs
//! `playwright-core` into `tests/browser/` when missing. Outside CI a machine
//! without Chromium skips these tests with a message; in CI (`CI` set) they
//! fail.

use std::path::{Path, PathBuf};
use std::time::Duration;

use serde_json::{Value, json};

use crate::support::browser::{browser_dir, chromium, ensure_playwright};
use crate::support::process_group::output_in_own_group;
use crate::support::spawn_dev_app_with_graphiql_user;

/// Chromium's path; `None` (the test says it skipped) when this machine
/// has none, except in CI, where that fails the test.
fn chromium_or_skip(test: &str) -> Option<PathBuf> {
    match chromium() {
        Ok(path) => Some(path),
        Err(why) if std::env::var_os("CI").is_none() => {
            eprintln!("SKIPPED {test}: {why}");
            None
        }
        Err(why) => panic!("the browser test must run in CI: {why}"),
    }
}

/// Runs `tests/browser/{script}` against the server at `base_url`, checks
/// it succeeded, and returns the JSON line it printed last.
async fn run_browser_script(chromium: &Path, script: &str, base_url: &str) -> Value {
    ensure_playwright();
    let mut command = tokio::process::Command::new("node");
    command
        .arg(browser_dir().join(script))
        .arg(base_url)
        .env("CHROMIUM", chromium);
    let run = output_in_own_group(&mut command);
    let output = tokio::time::timeout(Duration::from_secs(120), run)
        .await
        .expect("browser test finishes within 2 minutes")
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{script} failed\nstdout: {stdout}\nstderr: {stderr}"
    );
    let last = stdout.trim().lines().last().unwrap_or_default();
    serde_json::from_str(last).unwrap_or_else(|_| panic!("unexpected output: {stdout}"))
}

/// GraphiQL loads with every off-machine request refused (its files come
/// from the binary), opens signed in as dev mode's user, shows their `me`,
/// and its documentation explorer shows the schema it introspected.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphiql_runs_me_and_shows_the_schema_offline_signed_in_in_chromium() {
    let Some(chromium) =
        chromium_or_skip("graphiql_runs_me_and_shows_the_schema_offline_signed_in_in_chromium")
    else {
        return;
    };
    let email = "graphiql@example.com";
    let (app, _user, token) = spawn_dev_app_with_graphiql_user(email).await;
    app.register(&token, "GraphiQL Tester").await;

    let shown = run_browser_script(&chromium, "graphiql.test.mjs", &app.url("")).await;

    assert_eq!(
        shown["headers"],
        json!({ "Authorization": format!("Bearer {token}") }),
        "the headers editor opens with the dev user's token"
    );
    assert_eq!(
        shown["result"],
        json!({ "data": { "me": { "name": "GraphiQL Tester", "email": email } } })
    );
    let text = shown["shownText"].as_str().unwrap_or_default();
    assert!(
        text.contains("\"GraphiQL Tester\"") && text.contains(&format!("\"{email}\"")),
        "the result pane shows the name and email: {text}"
    );

    let docs = &shown["docs"];
    let root_types = docs["rootTypes"].as_array().expect("root types");
    assert!(
        root_types.contains(&json!("query: Query"))
            && root_types.contains(&json!("mutation: Mutation")),
        "the documentation explorer lists the root types: {docs}"
    );
    assert_eq!(docs["title"], "Query", "{docs}");
    let fields = docs["queryFields"].as_array().expect("query fields");
    assert!(
        fields.contains(&json!("me")) && fields.contains(&json!("user")),
        "Query's fields in the explorer: {docs}"
    );
}
