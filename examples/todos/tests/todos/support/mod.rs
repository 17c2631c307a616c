//! The example's test harness, in the style of passage-graphql's own: a real
//! Postgres (`TEST_DATABASE_URL` or `DATABASE_URL` when set, else a
//! throwaway cluster from the machine's binaries) with a database per test,
//! the Passage emulator on a random port, and the todos server, built
//! through `passage_graphql::Server`, on port 0, talked to over HTTP.

use std::net::SocketAddr;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use diesel_async::RunQueryDsl;
use passage_emulator::Emulator;
use passage_graphql::db::establish;
use passage_graphql::db::local_postgres::{Lifetime, LocalPostgres};
use passage_graphql::{BuiltApp, Config};
use serde_json::{Value, json};

const APP_ID: &str = "todos-app-0123456789abcd";
const API_KEY: &str = "todos-test-api-key";

struct Cluster {
    admin_url: String,
    _local: Option<LocalPostgres>,
}

static CLUSTER: OnceLock<Cluster> = OnceLock::new();
static NEXT: AtomicUsize = AtomicUsize::new(0);

fn cluster() -> &'static Cluster {
    CLUSTER.get_or_init(|| {
        // On a runtime of its own: the cluster outlives every test's runtime.
        std::thread::spawn(|| {
            tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(async {
                    let external = std::env::var("TEST_DATABASE_URL")
                        .or_else(|_| std::env::var("DATABASE_URL"))
                        .ok()
                        .filter(|u| !u.trim().is_empty());
                    match external {
                        Some(admin_url) => Cluster {
                            admin_url,
                            _local: None,
                        },
                        None => {
                            let dir = std::env::temp_dir()
                                .join(format!("todos-test-{}", std::process::id()));
                            let local = LocalPostgres::start(&dir, Lifetime::Throwaway)
                                .await
                                .expect(
                                    "local Postgres (install PostgreSQL or set TEST_DATABASE_URL)",
                                );
                            Cluster {
                                admin_url: local.url(),
                                _local: Some(local),
                            }
                        }
                    }
                })
        })
        .join()
        .expect("test database setup")
    })
}

/// A new, empty database of one test's own.
pub async fn new_database() -> String {
    let cluster = cluster();
    let name = format!(
        "todos_t_{}_{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::SeqCst)
    );
    let mut conn = establish(&cluster.admin_url).await.unwrap();
    diesel::sql_query(format!("CREATE DATABASE {name}"))
        .execute(&mut conn)
        .await
        .expect("create a test database");
    let (base, query) = cluster
        .admin_url
        .split_once('?')
        .map_or((cluster.admin_url.as_str(), None), |(b, q)| (b, Some(q)));
    let authority = base.find("://").map_or(0, |i| i + 3);
    let path = base[authority..]
        .find('/')
        .map_or(base.len(), |i| authority + i);
    let mut url = format!("{}/{name}", &base[..path]);
    if let Some(query) = query {
        url.push('?');
        url.push_str(query);
    }
    url
}

/// Runs one SQL statement on `url`.
pub async fn execute(url: &str, sql: &str) {
    let mut conn = establish(url).await.unwrap();
    diesel::sql_query(sql).execute(&mut conn).await.unwrap();
}

/// The todos server on its own database and emulator.
pub struct TestApp {
    pub addr: SocketAddr,
    pub emulator: Emulator,
    pub db_url: String,
    http: reqwest::Client,
    _built: BuiltApp,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        self.server.abort();
    }
}

/// Starts the todos server: migrated (ours, then the app's), ready.
pub async fn spawn_app() -> TestApp {
    spawn_app_of(todos::server()).await
}

/// [`spawn_app`] with a server the test has added to.
pub async fn spawn_app_of<Q, M, S>(server: passage_graphql::Server<Q, M, S>) -> TestApp
where
    Q: async_graphql::ObjectType + Clone + 'static,
    M: async_graphql::ObjectType + Clone + 'static,
    S: async_graphql::SubscriptionType + Clone + 'static,
{
    let emulator = Emulator::start(APP_ID, API_KEY)
        .await
        .expect("emulator starts");
    let db_url = new_database().await;
    server.migrate(&db_url).await.expect("migrations apply");
    let mut config = Config::defaults();
    config.database_url = Some(db_url.clone().into());
    let passage = emulator.passage_settings();
    config.passage_app_id = Some(passage.app_id);
    config.passage_api_key = Some(passage.api_key.into());
    config.passage_auth_url = passage.auth_url;
    config.passage_api_url = passage.api_url;
    config.database_pool_size = 4;
    config.metrics_public = true;
    let built = server.build(&config).expect("app builds");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let router = built.router.clone();
    let server = tokio::spawn(async move {
        axum_serve(listener, router).await;
    });
    let app = TestApp {
        addr,
        emulator,
        db_url,
        http: reqwest::Client::builder().no_proxy().build().unwrap(),
        _built: built,
        server,
    };
    app.wait_until_ready().await;
    app
}

async fn axum_serve(listener: tokio::net::TcpListener, router: axum::Router) {
    axum::serve(listener, router).await.expect("server runs");
}

/// A GraphQL answer.
pub struct Gql {
    pub status: u16,
    pub body: Value,
}

impl Gql {
    /// `data`, after checking for a 200 and no `errors`.
    #[track_caller]
    pub fn data(&self) -> &Value {
        assert_eq!(self.status, 200, "body: {}", self.body);
        assert!(
            self.body.get("errors").is_none(),
            "unexpected errors: {}",
            self.body
        );
        assert!(self.body.get("data").is_some(), "no data: {}", self.body);
        &self.body["data"]
    }

    /// The codes of `errors`, in order, after checking there is one.
    #[track_caller]
    pub fn error_codes(&self) -> Vec<String> {
        let errors = self.body["errors"]
            .as_array()
            .unwrap_or_else(|| panic!("expected errors: {}", self.body));
        assert!(!errors.is_empty(), "expected errors: {}", self.body);
        errors
            .iter()
            .map(|e| e["extensions"]["code"].as_str().unwrap_or("").to_owned())
            .collect()
    }
}

impl TestApp {
    async fn wait_until_ready(&self) {
        for _ in 0..400 {
            if let Ok(r) = self.http.get(self.url("/ready")).send().await
                && r.status() == 200
            {
                return;
            }
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
        panic!("server never became ready");
    }

    /// GETs `path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .send()
            .await
            .expect("request sent")
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}{path}", self.addr)
    }

    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> Gql {
        let mut request = self
            .http
            .post(self.url("/graphql"))
            .json(&json!({ "query": query, "variables": variables }));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("request sent");
        let status = response.status().as_u16();
        let text = response.text().await.unwrap();
        let body =
            serde_json::from_str(&text).unwrap_or_else(|_| panic!("not JSON ({status}): {text}"));
        Gql { status, body }
    }

    /// A Passage user's token (in the emulator, not registered locally).
    pub fn token(&self, email: &str) -> String {
        let user = self.emulator.create_user(email);
        self.emulator.token_for(&user.id)
    }

    /// A user registered through `createUser`: their local ID and token.
    pub async fn user(&self, email: &str) -> (String, String) {
        let token = self.token(email);
        let created = self
            .gql(
                Some(&token),
                "mutation($name: String!) { createUser(input: {name: $name}) { id } }",
                json!({ "name": email.split('@').next().unwrap() }),
            )
            .await;
        let id = created.data()["createUser"]["id"]
            .as_str()
            .expect("an id")
            .to_owned();
        (id, token)
    }

    /// A registered admin: their local ID and token.
    pub async fn admin(&self, email: &str) -> (String, String) {
        let (id, token) = self.user(email).await;
        execute(
            &self.db_url,
            &format!("UPDATE users SET role = 'admin' WHERE id = {id}"),
        )
        .await;
        (id, token)
    }

    /// A todo of the token's user: its ID.
    pub async fn add_todo(&self, token: &str, title: &str) -> String {
        let added = self
            .gql(
                Some(token),
                "mutation($t: String!) { addTodo(title: $t) { id title done } }",
                json!({ "t": title }),
            )
            .await;
        let todo = &added.data()["addTodo"];
        assert_eq!(todo["title"], title);
        assert_eq!(todo["done"], false);
        todo["id"].as_str().expect("an id").to_owned()
    }

    /// Every `db_queries_total` series, by its `query` label.
    pub async fn queries(&self) -> std::collections::BTreeMap<String, u64> {
        let text = self
            .http
            .get(self.url("/metrics"))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        text.lines()
            .filter_map(|line| line.strip_prefix("db_queries_total{query=\""))
            .filter_map(|rest| {
                let (label, value) = rest.split_once("\"} ")?;
                Some((label.to_owned(), value.trim().parse::<f64>().ok()? as u64))
            })
            .collect()
    }
}
