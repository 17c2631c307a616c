//! The real binary's log output: `LOG_FORMAT=json` gives one JSON object
//! per line, with the request id; text written to a pipe has no colours.

use std::time::Duration;

use serde_json::{Value, json};

use crate::support::cli::Cli;
use crate::support::server_process::{Exited, ServerProcess};
use crate::support::{TestApp, spawn_app};

/// Runs the binary with `env`, sends one request with a bad token under
/// `request_id` (the server logs its refusal), stops it; its output.
async fn one_refused_request(app: &TestApp, env: &[(&str, &str)], request_id: &str) -> Exited {
    let server = ServerProcess::start(app, env).await;
    let response = app
        .http
        .post(server.url("/graphql"))
        .header("x-request-id", request_id)
        .bearer_auth(BAD_TOKEN)
        .json(&json!({ "query": "{ me { name } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 401);
    server.sigterm();
    let exited = server.exited(Duration::from_secs(10)).await;
    assert!(exited.status.success(), "{}", exited.stderr);
    exited
}

/// Shaped like a JWT, so the refusal is about its content.
const BAD_TOKEN: &str = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJlLW5vdC12YWxpZA";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn json_logs_are_one_object_per_line_and_carry_the_request_id() {
    let app = spawn_app().await;
    let request_id = format!("json-logs-{}", crate::support::random_name(8));
    let out = one_refused_request(&app, &[("LOG_FORMAT", "json")], &request_id).await;

    let mut lines = Vec::new();
    for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let parsed: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{stream} line is not JSON ({e}): {line}"));
            assert!(parsed.is_object(), "{stream} line is not an object: {line}");
            lines.push(parsed);
        }
    }
    assert!(
        lines.iter().any(|l| l["message"] == "listening"),
        "startup is logged: {}",
        out.stderr
    );
    let refusal = lines
        .iter()
        .find(|l| l["message"] == "token refused")
        .unwrap_or_else(|| panic!("no refusal line: {}", out.stderr));
    assert_eq!(refusal["level"], "WARN");
    let spans = refusal["spans"].as_array().expect("spans listed");
    assert!(
        spans
            .iter()
            .any(|s| s["name"] == "request" && s["request_id"] == request_id.as_str()),
        "the request's id is on its line: {refusal}"
    );
    assert!(!out.stderr.contains(BAD_TOKEN), "tokens are never logged");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn text_logs_to_a_pipe_carry_no_colour_codes() {
    let app = spawn_app().await;
    let request_id = format!("text-logs-{}", crate::support::random_name(8));
    // No LOG_FORMAT: the default, text.
    let out = one_refused_request(&app, &[], &request_id).await;

    let refusal = out
        .stderr
        .lines()
        .find(|l| l.contains("token refused"))
        .unwrap_or_else(|| panic!("no refusal line: {}", out.stderr));
    assert!(
        refusal.contains(&format!("request_id=\"{request_id}\"")),
        "{refusal}"
    );
    for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(
            !text.contains("\x1b["),
            "ANSI escape codes in {stream}: {text:?}"
        );
    }
    assert!(!out.stderr.contains(BAD_TOKEN), "tokens are never logged");
}

#[tokio::test]
async fn a_failed_start_in_json_logs_is_json_too() {
    // A verify mode with no CA to check against stops before connecting.
    let out = Cli::new()
        .arg("migrate")
        .env("LOG_FORMAT", "json")
        .env(
            "DATABASE_URL",
            "postgres://u:hunter2@127.0.0.1:1/x?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem",
        )
        .output()
        .await;
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    let lines: Vec<Value> = stderr
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect();
    let error = lines
        .iter()
        .find(|l| l["level"] == "ERROR")
        .unwrap_or_else(|| panic!("no error line: {stderr}"));
    let message = error["message"].as_str().unwrap();
    assert!(
        message.contains("cannot read sslrootcert /nonexistent/ca.pem"),
        "{message}"
    );
    assert!(!stderr.contains("hunter2"), "passwords are never logged");
}
