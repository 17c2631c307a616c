//! Test harness: a real Postgres (one migrated template per run, a database
//! per test), the Passage emulator on a random port, and the server on port
//! 0, talked to over HTTP like any client; `oidc` starts a real OpenID
//! provider for the tests of other issuers, `clerk_spec` a mock of Clerk's
//! Backend API served from Clerk's OpenAPI spec, `redis` a real Redis,
//! `replica` a second server beside a test's first and `dns` a DNS server.

pub mod better_auth;
pub mod browser;
pub mod clerk_spec;
pub mod cli;
pub mod containerfile;
mod database;
pub mod dns;
pub mod federation;
pub mod image_store;
pub mod kubernetes_validate;
pub mod metrics;
pub mod moving;
pub mod node;
pub mod oidc;
/// The passage-node runner of the emulator's contract tests, one copy.
#[path = "../../../crates/passage-emulator/tests/contract/support/node.rs"]
pub mod passage_node;
pub mod pg_ctl;
pub mod pgbouncer;
pub mod process_group;
pub mod provider;
pub mod proxy;
pub mod redis;
pub mod refusal;
pub mod replica;
pub mod server_process;
pub mod tls_postgres;

use std::net::SocketAddr;
use std::time::Duration;

use passage_emulator::Emulator;
use passage_graphql::config::Config;
use passage_graphql::dev_mode::DEV_APP_ID;
use passage_graphql::passage::PassageUser;
use passage_graphql::{BuiltApp, DevSettings, build_app_with};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde_json::{Value, json};

pub use database::TestDatabase;

/// `len` random letters and digits: unique names for files, databases and
/// request IDs (and the shape of a Passage user ID at 24).
pub fn random_name(len: usize) -> String {
    use rand::Rng;
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..len)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}

pub const APP_ID: &str = "test-app-0123456789abcdef";
pub const API_KEY: &str = "test-api-key";

/// A loopback port free right now (for a server the test starts itself).
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// One server, its own database and its own emulator.
pub struct TestApp {
    pub addr: SocketAddr,
    pub emulator: Emulator,
    pub db: TestDatabase,
    pub http: reqwest::Client,
    _app: BuiltApp,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// The answer to a GraphQL request.
pub struct GqlResponse {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Value,
    /// The body as sent (key order is visible only here).
    pub text: String,
}

impl GqlResponse {
    /// `data`, after checking there are no errors.
    #[track_caller]
    pub fn data(&self) -> &Value {
        assert_eq!(self.status, StatusCode::OK, "body: {}", self.body);
        assert!(
            self.body.get("errors").is_none(),
            "unexpected errors: {}",
            self.body
        );
        &self.body["data"]
    }

    /// The error codes in `errors`, in order.
    pub fn error_codes(&self) -> Vec<String> {
        self.body["errors"]
            .as_array()
            .map(|errors| {
                errors
                    .iter()
                    .map(|e| e["extensions"]["code"].as_str().unwrap_or("").to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The first error's code, after checking there is one.
    #[track_caller]
    pub fn error_code(&self) -> String {
        let codes = self.error_codes();
        assert!(!codes.is_empty(), "expected an error: {}", self.body);
        codes[0].clone()
    }
}

/// A configuration file (`CONFIG_FILE`) with `text`, in the temp folder.
pub fn config_file(text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("pgql-config-{}.toml", random_name(12)));
    std::fs::write(&path, text).expect("config file written");
    path
}

/// Starts a server against a fresh database and emulator.
pub async fn spawn_app() -> TestApp {
    spawn_app_with(|_| {}).await
}

/// [`spawn_app`] with configuration changes.
pub async fn spawn_app_with(adjust: impl FnOnce(&mut Config)) -> TestApp {
    let app = spawn_app_unready(adjust).await;
    app.wait_until_ready().await;
    app.emulator.reset_calls();
    app
}

/// A server with the dev-mode extras (the example app), its emulator
/// standing in for dev mode's: the dev app ID, and the app's origin
/// (`http://localhost:<port>`) as its CORS and WebAuthn origin.
pub async fn spawn_dev_app() -> TestApp {
    let emulator = Emulator::start(DEV_APP_ID, API_KEY)
        .await
        .expect("emulator starts");
    let app = start_with(emulator, |_| {}, Some(String::new())).await;
    app.emulator
        .set_app_origins(&[app.app_origin()])
        .expect("the app's origin is valid");
    app.wait_until_ready().await;
    app
}

/// [`spawn_dev_app`] whose GraphiQL opens signed in as a new Passage user
/// (`email`), as dev mode's does as its demo user; also that user's token.
pub async fn spawn_dev_app_with_graphiql_user(email: &str) -> (TestApp, PassageUser, String) {
    let emulator = start_emulator().await;
    let user = emulator.create_user(email);
    let token = emulator.token_for(&user.id);
    let app = start_with(emulator, |_| {}, Some(format!("Bearer {token}"))).await;
    app.wait_until_ready().await;
    (app, user, token)
}

/// A server that may never become ready (e.g. Passage unreachable).
pub async fn spawn_app_unready(adjust: impl FnOnce(&mut Config)) -> TestApp {
    start_with(start_emulator().await, adjust, None).await
}

/// A server, maybe not ready, on an emulator the test has set up first (so
/// the first JWKS fetch already sees its knobs).
pub async fn spawn_app_unready_on(emulator: Emulator) -> TestApp {
    start_with(emulator, |_| {}, None).await
}

/// A fresh emulator for [`APP_ID`].
pub async fn start_emulator() -> Emulator {
    Emulator::start(APP_ID, API_KEY)
        .await
        .expect("emulator starts")
}

/// The server on `emulator`; in dev mode when GraphiQL's `Authorization`
/// header is given (empty: none).
async fn start_with(
    emulator: Emulator,
    adjust: impl FnOnce(&mut Config),
    graphiql_authorization: Option<String>,
) -> TestApp {
    start_on(
        emulator,
        TestDatabase::create().await,
        adjust,
        graphiql_authorization,
    )
    .await
}

/// A ready server on a database the test has prepared (e.g. at an older
/// schema, which the server's startup migrations bring up to date).
pub async fn spawn_app_on_database(db: TestDatabase) -> TestApp {
    passage_graphql::db::run_migrations(&db.url)
        .await
        .expect("migrations apply");
    let app = start_on(start_emulator().await, db, |_| {}, None).await;
    app.wait_until_ready().await;
    app
}

/// A second ready server on the database of another (as a replica, or the
/// same deployment reconfigured), with configuration changes.
pub async fn spawn_app_sharing(db: &TestDatabase, adjust: impl FnOnce(&mut Config)) -> TestApp {
    let shared = TestDatabase {
        url: db.url.clone(),
    };
    let app = start_on(start_emulator().await, shared, adjust, None).await;
    app.wait_until_ready().await;
    app
}

async fn start_on(
    emulator: Emulator,
    db: TestDatabase,
    adjust: impl FnOnce(&mut Config),
    graphiql_authorization: Option<String>,
) -> TestApp {
    let mut config = config_for(&emulator, &db);
    if graphiql_authorization.is_some() {
        // Dev mode answers introspection (GraphiQL's schema, the docs);
        // the harness names a Passage app, which reads as production.
        config.graphql_introspection = Some(true);
    }
    adjust(&mut config);
    let dev = graphiql_authorization.map(|graphiql_authorization| DevSettings {
        graphiql_authorization,
        app_id: emulator.app_id().into(),
        emulator_url: emulator.base_url().into(),
    });
    let (addr, app, server) = serve(&config, dev).await;
    TestApp {
        addr,
        emulator,
        db,
        http: test_http_client(),
        _app: app,
        server,
    }
}

/// The harness's configuration for a server on `emulator` and `db`.
fn config_for(emulator: &Emulator, db: &TestDatabase) -> Config {
    let mut config = Config::defaults();
    config.database_url = Some(db.url.clone().into());
    let passage = emulator.passage_settings();
    config.passage_app_id = Some(passage.app_id);
    config.passage_api_key = Some(passage.api_key.into());
    config.passage_auth_url = passage.auth_url;
    config.passage_api_url = passage.api_url;
    config.passage_timeout_ms = 1_000;
    config.database_pool_size = 4;
    // The tests read `/metrics` on the one port they know.
    config.metrics_public = true;
    config
}

/// Builds the app and serves it on a free loopback port.
async fn serve(
    config: &Config,
    dev: Option<DevSettings>,
) -> (SocketAddr, BuiltApp, tokio::task::JoinHandle<()>) {
    let app = build_app_with(config, dev).expect("app builds");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    // As `serve` does: handlers see the peer's address (the per-address
    // rate limit).
    let service = app
        .router
        .clone()
        .into_make_service_with_connect_info::<SocketAddr>();
    let server = tokio::spawn(async move {
        axum::serve(listener, service).await.unwrap();
    });
    (addr, app, server)
}

fn test_http_client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().build().unwrap()
}

/// Polls `/ready` of the server at `addr` until it answers 200.
async fn wait_until_ready(http: &reqwest::Client, addr: SocketAddr) {
    for _ in 0..200 {
        if let Ok(r) = http.get(format!("http://{addr}/ready")).send().await
            && r.status() == StatusCode::OK
        {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!("server never became ready");
}

/// One sample of the `/metrics` of the server at `addr` (0 when absent).
/// The whole `/metrics` text of the server at `addr`.
async fn read_metrics(http: &reqwest::Client, addr: SocketAddr) -> String {
    http.get(format!("http://{addr}/metrics"))
        .send()
        .await
        .expect("metrics answer")
        .text()
        .await
        .unwrap()
}

async fn read_metric(http: &reqwest::Client, addr: SocketAddr, sample: &str) -> f64 {
    read_metrics(http, addr)
        .await
        .lines()
        .filter_map(|line| line.strip_prefix(sample))
        .find_map(|rest| rest.strip_prefix(' '))
        .map_or(0.0, |v| v.trim().parse().expect("a number"))
}

/// POSTs a GraphQL request to the server at `addr`.
async fn post_gql(
    http: &reqwest::Client,
    addr: SocketAddr,
    token: Option<&str>,
    query: &str,
    variables: Value,
) -> GqlResponse {
    let mut request = http
        .post(format!("http://{addr}/graphql"))
        .json(&json!({ "query": query, "variables": variables }));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    GqlResponse::from(request.send().await.expect("request sent")).await
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    /// The origin a browser uses for this server: `localhost`, as dev mode
    /// names it (WebAuthn refuses IP addresses).
    pub fn app_origin(&self) -> String {
        passage_graphql::dev_mode::app_origin(self.addr)
    }

    async fn wait_until_ready(&self) {
        wait_until_ready(&self.http, self.addr).await;
    }

    /// The value of one sample in `/metrics` (`name{labels}` as written
    /// there); 0 when absent.
    pub async fn metric(&self, sample: &str) -> f64 {
        read_metric(&self.http, self.addr, sample).await
    }

    /// The whole `/metrics` text.
    pub async fn metrics_text(&self) -> String {
        read_metrics(&self.http, self.addr).await
    }

    /// A Passage user (registered in the emulator) and a valid token.
    pub fn passage_user(&self, email: &str) -> (PassageUser, String) {
        let user = self.emulator.create_user(email);
        let token = self.emulator.token_for(&user.id);
        (user, token)
    }

    /// POSTs a GraphQL request, with a Bearer token when given.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> GqlResponse {
        post_gql(&self.http, self.addr, token, query, variables).await
    }

    /// Registers the token's user locally through `createUser`.
    pub async fn register(&self, token: &str, name: &str) -> Value {
        let response = self
            .gql(
                Some(token),
                "mutation($name: String!) { createUser(input: {name: $name}) { id passageId name role } }",
                json!({ "name": name }),
            )
            .await;
        response.data()["createUser"].clone()
    }

    /// A local user row for Passage user `passage_id`, straight into the
    /// database (for a server that runs only its trusted documents).
    pub async fn insert_user(&self, passage_id: &str, name: &str) {
        self.db
            .execute(&format!(
                "INSERT INTO users (passage_id, name) VALUES ('{passage_id}', '{name}')"
            ))
            .await;
    }

    /// An admin: registered, then promoted in the database.
    pub async fn admin(&self, email: &str) -> (PassageUser, String) {
        let (user, token) = self.passage_user(email);
        self.register(&token, "Admin").await;
        self.db
            .execute(&format!(
                "UPDATE users SET role = 'admin' WHERE passage_id = '{}'",
                user.id
            ))
            .await;
        (user, token)
    }
}

impl GqlResponse {
    pub async fn from(response: reqwest::Response) -> Self {
        let status = response.status();
        let headers = response.headers().clone();
        let text = response.text().await.expect("body");
        let body =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}"));
        Self {
            status,
            headers,
            body,
            text,
        }
    }
}
