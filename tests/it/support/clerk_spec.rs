//! Clerk's Backend API as Clerk's own OpenAPI spec describes it: Prism
//! (`@stoplight/prism-cli`) serving `tests/clerk-spec/bapi-2026-05-12.yml`
//! (a copy of Clerk's spec, MIT, with its LICENSE beside it), run by
//! `tests/clerk-spec/mock.mjs` on loopback, one process per test. Prism
//! validates each request against the spec and refuses one that does not
//! conform; the script writes down what Prism said of each. Needs Node.js and
//! installs `tests/clerk-spec/node_modules` itself (`npm ci`); without Node,
//! [`ClerkSpec::start_or_skip`] says the test skipped, except in CI (`CI`
//! set), where it panics.

use serde::Deserialize;
use tokio::process::Command;

use super::node::{self, NodeScript};

/// The ready line of `mock.mjs`.
#[derive(Deserialize)]
struct Ready {
    api_url: String,
    control: String,
}

/// One request the mock answered, as Prism judged it.
#[derive(Debug, Clone, Deserialize)]
pub struct SeenRequest {
    pub method: String,
    pub path: String,
    /// The query's pairs, in order.
    pub query: Vec<(String, String)>,
    /// An `Authorization` header was sent (its value is not kept).
    pub authorized: bool,
    pub status: u16,
    /// What Prism found wrong with the request against the spec.
    pub request_violations: Vec<serde_json::Value>,
    /// Where Prism's own answer (made from the spec's schemas) breaks the
    /// spec, as dotted paths into the body (`0.email_addresses.0.linked_to`).
    pub response_violations: Vec<String>,
}

/// A running mock; the process ends when dropped.
pub struct ClerkSpec {
    script: NodeScript<Ready>,
    http: reqwest::Client,
}

impl ClerkSpec {
    /// The mock, or `None` after saying why `test` is skipped (no Node.js,
    /// outside CI).
    pub async fn start_or_skip(test: &str) -> Option<Self> {
        if !node::available_or_skip(test, "the Clerk spec tests").await {
            return None;
        }
        node::ensure_installed("clerk-spec", "@stoplight/prism-cli").await;
        let mut command = Command::new("node");
        command.arg(node::test_dir("clerk-spec").join("mock.mjs"));
        let script = node::start(&mut command, "the Clerk spec mock").await;
        Some(Self {
            script,
            http: node::http_client(),
        })
    }

    /// What `clerk_api_url` names (`https://api.clerk.com` in production).
    pub fn api_url(&self) -> &str {
        &self.script.ready.api_url
    }

    /// Every request answered so far, oldest first.
    pub async fn requests(&self) -> Vec<SeenRequest> {
        let response = self
            .http
            .get(format!("{}/requests", self.script.ready.control))
            .send()
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "clerk spec mock: {e}; stderr:\n{}",
                    self.script.stderr.lock().unwrap()
                )
            });
        response.json().await.expect("the requests, as JSON")
    }
}
