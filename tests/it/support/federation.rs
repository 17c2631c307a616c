//! A real federated graph in front of a test's server: Hive Gateway on a
//! supergraph composed by `@theguild/federation-composition` from our
//! `schema.federation.graphql` and an orders subgraph on `@apollo/subgraph`,
//! all run by `tests/federation/graph.mjs`, one process per test. Needs
//! Node.js and installs `tests/federation/node_modules` itself (`npm ci`);
//! without Node, [`Graph::start_or_skip`] says the test skipped, except in
//! CI (`CI` set), where it panics.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde_json::{Value, json};
use tokio::process::Command;

use super::node::{self, NodeScript};
use super::{GqlResponse, TestApp};

/// The ready line of `graph.mjs`.
#[derive(Deserialize)]
struct Ready {
    gateway: String,
    counts: String,
}

/// A running gateway and orders subgraph; the process ends when dropped.
pub struct Graph {
    script: NodeScript<Ready>,
    http: reqwest::Client,
}

impl Graph {
    /// The graph in front of `app`, or `None` after saying why `test` is
    /// skipped (no Node.js, outside CI).
    pub async fn start_or_skip(test: &str, app: &TestApp) -> Option<Self> {
        if !node::available_or_skip(test, "the federation tests").await {
            return None;
        }
        node::ensure_installed("federation", "@graphql-hive/gateway-runtime").await;
        let sdl = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.federation.graphql");
        let mut command = Command::new("node");
        command
            .arg(dir().join("graph.mjs"))
            .arg("--users")
            .arg(app.url("/graphql"))
            .arg("--sdl")
            .arg(sdl);
        let script = node::start(&mut command, "the federated graph").await;
        Some(Self {
            script,
            http: node::http_client(),
        })
    }

    /// POSTs a GraphQL request to the gateway, with a Bearer token when
    /// given.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> GqlResponse {
        let mut request = self.request(query, variables);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        self.send(request).await
    }

    /// POSTs a GraphQL request to the gateway with this `Cookie` header.
    pub async fn gql_with_cookie(&self, cookie: &str, query: &str) -> GqlResponse {
        let request = self
            .request(query, json!({}))
            .header(reqwest::header::COOKIE, cookie);
        self.send(request).await
    }

    /// How many `User` representations the orders subgraph resolved.
    pub async fn user_references(&self) -> u64 {
        let counts: Value = self
            .http
            .get(&self.script.ready.counts)
            .send()
            .await
            .expect("counts answer")
            .json()
            .await
            .expect("counts are JSON");
        counts["userReferences"].as_u64().unwrap()
    }

    fn request(&self, query: &str, variables: Value) -> reqwest::RequestBuilder {
        self.http
            .post(&self.script.ready.gateway)
            .json(&json!({ "query": query, "variables": variables }))
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> GqlResponse {
        let response = request.send().await.unwrap_or_else(|e| {
            panic!(
                "gateway request: {e}; stderr:\n{}",
                self.script.stderr.lock().unwrap()
            )
        });
        GqlResponse::from(response).await
    }
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/federation")
}
