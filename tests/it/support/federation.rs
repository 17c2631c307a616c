//! A real federated graph in front of a test's server: Hive Gateway on a
//! supergraph composed by `@theguild/federation-composition` from our
//! `schema.federation.graphql` and an orders subgraph on `@apollo/subgraph`,
//! all run by `tests/federation/graph.mjs`, one process per test. Needs
//! Node.js and installs `tests/federation/node_modules` itself (`npm ci`);
//! without Node, [`Graph::start_or_skip`] says the test skipped, except in
//! CI (`CI` set), where it panics.

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use serde::Deserialize;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, ChildStdin, Command};

use super::{GqlResponse, TestApp};

const NPM_CI_TIMEOUT: Duration = Duration::from_secs(300);
const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// The ready line of `graph.mjs`.
#[derive(Deserialize)]
struct Ready {
    gateway: String,
    counts: String,
}

/// A running gateway and orders subgraph; the process ends when dropped.
pub struct Graph {
    ready: Ready,
    http: reqwest::Client,
    stderr: Arc<Mutex<String>>,
    _stdin: ChildStdin,
    _child: Child,
}

impl Graph {
    /// The graph in front of `app`, or `None` after saying why `test` is
    /// skipped (no Node.js, outside CI).
    pub async fn start_or_skip(test: &str, app: &TestApp) -> Option<Self> {
        if let Err(why) = node_available().await {
            assert!(
                std::env::var_os("CI").is_none(),
                "the federation tests must run in CI: {why}"
            );
            eprintln!("SKIPPED {test}: {why}");
            return None;
        }
        ensure_installed().await;
        let sdl = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema.federation.graphql");
        let mut child = Command::new("node")
            .arg(dir().join("graph.mjs"))
            .arg("--users")
            .arg(app.url("/graphql"))
            .arg("--sdl")
            .arg(sdl)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("node starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        tokio::spawn(collect(child.stderr.take().unwrap(), Some(stderr.clone())));
        let mut stdout = BufReader::new(child.stdout.take().unwrap()).lines();
        let line = tokio::time::timeout(READY_TIMEOUT, stdout.next_line()).await;
        let ready: Ready = match line {
            Ok(Ok(Some(line))) => serde_json::from_str(&line)
                .unwrap_or_else(|e| panic!("not a ready line ({e}): {line}")),
            other => panic!(
                "the federated graph never became ready ({other:?}); stderr:\n{}",
                stderr.lock().unwrap()
            ),
        };
        tokio::spawn(collect(stdout.into_inner(), None));
        Some(Self {
            ready,
            http: reqwest::Client::builder()
                .no_proxy()
                .timeout(Duration::from_secs(30))
                .build()
                .unwrap(),
            stderr,
            _stdin: child.stdin.take().unwrap(),
            _child: child,
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
            .get(&self.ready.counts)
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
            .post(&self.ready.gateway)
            .json(&json!({ "query": query, "variables": variables }))
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> GqlResponse {
        let response = request.send().await.unwrap_or_else(|e| {
            panic!(
                "gateway request: {e}; stderr:\n{}",
                self.stderr.lock().unwrap()
            )
        });
        GqlResponse::from(response).await
    }
}

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/federation")
}

async fn node_available() -> Result<(), String> {
    let run = Command::new("node")
        .arg("--version")
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(Duration::from_secs(30), run).await {
        Ok(Ok(output)) if output.status.success() => Ok(()),
        _ => Err("no Node.js on PATH (apt-get install nodejs npm)".into()),
    }
}

/// `npm ci` once per test run, when `node_modules` lacks the pinned gateway
/// runtime (parallel tests wait for the first one's install).
async fn ensure_installed() {
    static INSTALLED: OnceLock<Result<(), String>> = OnceLock::new();
    let result = tokio::task::spawn_blocking(|| {
        INSTALLED
            .get_or_init(|| {
                const PACKAGE: &str = "@graphql-hive/gateway-runtime";
                let pinned = read_json(&dir().join("package.json"))
                    .and_then(|p| p["dependencies"][PACKAGE].as_str().map(str::to_owned));
                let installed =
                    read_json(&dir().join(format!("node_modules/{PACKAGE}/package.json")))
                        .and_then(|p| p["version"].as_str().map(str::to_owned));
                if pinned.is_some() && installed == pinned {
                    return Ok(());
                }
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap()
                    .block_on(npm_ci())
            })
            .clone()
    })
    .await
    .unwrap();
    if let Err(why) = result {
        panic!("{why}");
    }
}

async fn npm_ci() -> Result<(), String> {
    let run = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(dir())
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(NPM_CI_TIMEOUT, run).await {
        Ok(Ok(output)) if output.status.success() => Ok(()),
        Ok(Ok(output)) => Err(format!(
            "npm ci in tests/federation failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )),
        Ok(Err(e)) => Err(format!("npm does not run: {e}")),
        Err(_) => Err(format!(
            "npm ci in tests/federation took over {NPM_CI_TIMEOUT:?}"
        )),
    }
}

fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

/// Reads a child's output to the end so it never blocks on a full pipe,
/// keeping it when asked (for error messages).
async fn collect(output: impl AsyncRead + Unpin, keep: Option<Arc<Mutex<String>>>) {
    let mut lines = BufReader::new(output).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        if let Some(keep) = &keep {
            let mut kept = keep.lock().unwrap();
            kept.push_str(&line);
            kept.push('\n');
        }
    }
}
