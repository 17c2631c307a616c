//! Dev mode end to end, as a developer meets it: the real binary with no
//! Passage settings, the printed token, `dev-token`, and state kept between
//! runs. (`DATABASE_URL` points at the test database so the test does not
//! start a second cluster; the local-Postgres path is what `cargo run` uses.)

use std::process::Stdio;
use std::time::{Duration, Instant};

use crate::support::cli::Running;
use crate::support::free_port;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

use passage_graphql::dev_mode::DEV_APP_ID;

use crate::support::TestDatabase;
use crate::support::cli::Cli;

struct DevEnv {
    data_dir: std::path::PathBuf,
    db_url: String,
    port: u16,
    emulator_port: u16,
}

/// What the server printed at startup.
struct Banner {
    /// The demo user's token, from the `curl` example.
    token: String,
    text: String,
}

impl Banner {
    /// The URL on the banner's `Passage emulator:` line.
    fn emulator_url(&self) -> &str {
        self.text
            .lines()
            .find_map(|line| line.trim().strip_prefix("Passage emulator:"))
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or_else(|| panic!("no emulator line in the banner:\n{}", self.text))
    }
}

impl DevEnv {
    /// A fresh database and `DATA_DIR`, the emulator on `emulator_port`.
    async fn new(emulator_port: u16) -> Self {
        let db = TestDatabase::create().await;
        Self {
            data_dir: std::env::temp_dir()
                .join(format!("pgql-dev-{}", crate::support::random_name(8))),
            db_url: db.url,
            port: free_port(),
            emulator_port,
        }
    }

    /// The binary with no Passage settings (dev mode) on this environment.
    fn command(&self, args: &[&str]) -> Cli {
        Cli::new()
            .args(args)
            .env("DATABASE_URL", &self.db_url)
            .env("DATA_DIR", &self.data_dir)
            .env("LISTEN_ADDR", format!("127.0.0.1:{}", self.port))
            .env(
                "EMULATOR_LISTEN_ADDR",
                format!("127.0.0.1:{}", self.emulator_port),
            )
    }

    async fn dev_token(&self, email: &str) -> String {
        let out = self
            .command(&["dev-token", "--email", email])
            .output()
            .await;
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    /// Starts the server and returns it with the banner it printed.
    async fn serve(&self) -> (Running, Banner) {
        let mut child = self
            .command(&[])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let deadline = Instant::now() + Duration::from_secs(30);
        let mut banner: Option<Vec<String>> = None;
        loop {
            let line = tokio::time::timeout_at(deadline.into(), lines.next_line())
                .await
                .expect("banner printed in time")
                .unwrap()
                .expect("banner before stdout closes");
            let rule = line.starts_with("=====");
            match (&mut banner, rule) {
                (None, true) => banner = Some(Vec::new()),
                (None, false) => {}
                (Some(text), false) => text.push(line),
                (Some(text), true) => {
                    let text = text.join("\n");
                    let token = text
                        .split("Authorization: Bearer ")
                        .nth(1)
                        .and_then(|rest| rest.split(['\'', ' ', '\\']).next())
                        .unwrap_or_else(|| panic!("no token in the banner:\n{text}"))
                        .to_owned();
                    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
                    return (child, Banner { token, text });
                }
            }
        }
    }

    /// POSTs `query` with `token`; the status and the body.
    async fn post_gql(&self, token: &str, query: &str) -> (u16, Value) {
        let response = reqwest::Client::new()
            .post(format!("http://127.0.0.1:{}/graphql", self.port))
            .bearer_auth(token)
            .json(&json!({ "query": query }))
            .send()
            .await
            .unwrap();
        (response.status().as_u16(), response.json().await.unwrap())
    }

    async fn gql(&self, token: &str, query: &str) -> Value {
        self.post_gql(token, query).await.1
    }

    /// The key ID the saved emulator state signs with.
    fn saved_kid(&self) -> String {
        let text = std::fs::read_to_string(self.data_dir.join("emulator.json")).unwrap();
        let state: Value = serde_json::from_str(&text).unwrap();
        let keys = state["keys"].as_array().unwrap();
        keys.last().unwrap()["kid"].as_str().unwrap().to_owned()
    }
}

/// A token's header (`part` 0) or claims (`part` 1).
fn token_part(token: &str, part: usize) -> Value {
    let encoded = token.split('.').nth(part).unwrap();
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(encoded).unwrap()).unwrap()
}

fn subject(token: &str) -> String {
    token_part(token, 1)["sub"].as_str().unwrap().to_owned()
}

async fn stop(mut child: Running) {
    let pid = child.id().unwrap() as i32;
    // SAFETY: signalling our own child.
    unsafe { libc::kill(pid, libc::SIGTERM) };
    let status = tokio::time::timeout(Duration::from_secs(15), child.wait())
        .await
        .unwrap()
        .unwrap();
    assert!(status.success());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_mode_serves_the_printed_token_and_keeps_users_between_runs() {
    let env = DevEnv::new(free_port()).await;
    let data_dir = env.data_dir.clone();

    // Before any server ran: a token from the saved (new) state.
    let offline = env.dev_token("dev@example.com").await;
    assert!(data_dir.join("emulator.json").exists());
    assert_eq!(
        subject(&env.dev_token("dev@example.com").await),
        subject(&offline),
        "same user again"
    );

    let (server, printed) = env.serve().await;
    let created = env
        .gql(
            &printed.token,
            "mutation { createUser(input: {name: \"Demo\"}) { name email } }",
        )
        .await;
    assert_eq!(
        created["data"]["createUser"]["email"], "demo@example.com",
        "{created}"
    );

    // The token minted before the server started verifies: same key, issuer.
    env.gql(
        &offline,
        "mutation { createUser(input: {name: \"Dev\"}) { id } }",
    )
    .await;
    let me = env.gql(&offline, "{ me { name email } }").await;
    assert_eq!(
        me["data"]["me"],
        json!({"name": "Dev", "email": "dev@example.com"}),
        "{me}"
    );

    // While it runs, dev-token asks the running emulator.
    let online = env.dev_token("new@example.com").await;
    env.gql(
        &online,
        "mutation { createUser(input: {name: \"New\"}) { id } }",
    )
    .await;
    let me = env.gql(&online, "{ me { email } }").await;
    assert_eq!(me["data"]["me"]["email"], "new@example.com", "{me}");
    stop(server).await;

    // After a restart, users and tokens from the last run still work.
    let (server, _) = env.serve().await;
    let me = env.gql(&online, "{ me { name email } }").await;
    assert_eq!(
        me["data"]["me"],
        json!({"name": "New", "email": "new@example.com"}),
        "{me}"
    );
    stop(server).await;
    std::fs::remove_dir_all(&data_dir).ok();
}

/// The example app is served from `localhost` (WebAuthn refuses IP
/// addresses) with Passage's SDK, and the emulator takes that origin as the
/// app's: for CORS and as the `auth_origin` (WebAuthn origin) it announces.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_mode_serves_the_example_app_on_localhost_and_the_emulator_knows_its_origin() {
    let env = DevEnv::new(free_port()).await;
    let (server, printed) = env.serve().await;
    let origin = format!("http://localhost:{}", env.port);
    assert!(
        printed.text.contains(&format!("{origin}/spa/")),
        "{}",
        printed.text
    );
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let get = |url: String| http.get(url).send();

    let on_ip = get(format!("http://127.0.0.1:{}/spa/", env.port))
        .await
        .unwrap();
    assert_eq!(on_ip.status().as_u16(), 307);
    assert_eq!(
        on_ip.headers()["location"],
        format!("{origin}/spa/").as_str()
    );
    let page = get(format!("{origin}/spa/"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains(r#"<script src="/dev/passage-emulator.js">"#),
        "{page}"
    );
    let sdk = get(format!("{origin}/spa/vendor/passage-js.js"))
        .await
        .unwrap();
    assert_eq!(sdk.status().as_u16(), 200);
    assert!(
        sdk.text()
            .await
            .unwrap()
            .contains("@passageidentity/passage-js 4.1.2")
    );
    let apollo = get(format!("{origin}/spa/vendor/apollo-client.js"))
        .await
        .unwrap();
    assert_eq!(apollo.status().as_u16(), 200);
    assert_eq!(
        apollo.headers()["content-type"],
        "text/javascript; charset=utf-8"
    );
    let apollo = apollo.text().await.unwrap();
    assert!(
        apollo.starts_with("// @apollo/client 4.3.8 with graphql 17.1.0")
            && apollo.contains("PersistedQueryLink"),
        "the vendored Apollo Client bundle"
    );
    let shim = get(format!("{origin}/dev/passage-emulator.js"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let emulator = printed.emulator_url();
    assert!(shim.contains(&format!("\"{emulator}/\"")), "{shim}");

    let app_url = format!("{emulator}/v1/apps/{DEV_APP_ID}");
    let info: Value = http
        .get(&app_url)
        .header("Origin", &origin)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(info["app"]["auth_origin"], origin.as_str(), "{info}");
    let preflight = http
        .request(reqwest::Method::OPTIONS, format!("{app_url}/register/otp"))
        .header("Origin", &origin)
        .header("Access-Control-Request-Method", "POST")
        .header(
            "Access-Control-Request-Headers",
            "content-type,passage-version",
        )
        .send()
        .await
        .unwrap();
    assert_eq!(
        preflight.headers()["access-control-allow-origin"],
        origin.as_str()
    );
    stop(server).await;
    std::fs::remove_dir_all(&env.data_dir).ok();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dev_token_reaches_the_emulator_of_its_own_data_dir() {
    // Two dev servers on one machine, both configured with the same
    // EMULATOR_LISTEN_ADDR: the second one's emulator lands elsewhere.
    let emulator_port = free_port();
    let first = DevEnv::new(emulator_port).await;
    let second = DevEnv::new(emulator_port).await;
    let (first_server, first_banner) = first.serve().await;
    let (second_server, second_banner) = second.serve().await;

    let token = second.dev_token("second@example.com").await;
    let (status, me) = second.post_gql(&token, "{ me { id } }").await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me, json!({"data": {"me": null}}));
    second
        .gql(
            &token,
            "mutation { createUser(input: {name: \"Second\"}) { id } }",
        )
        .await;
    let me = second.gql(&token, "{ me { name email } }").await;
    assert_eq!(
        me,
        json!({"data": {"me": {"name": "Second", "email": "second@example.com"}}})
    );
    // And the first server's own dev-token still works with it.
    let token = first.dev_token("first@example.com").await;
    let (status, me) = first.post_gql(&token, "{ me { id } }").await;
    assert_eq!((status, &me), (200, &json!({"data": {"me": null}})));

    // Each banner names its emulator; the second says where it went.
    assert_eq!(
        first_banner.emulator_url(),
        format!("http://127.0.0.1:{emulator_port}"),
        "{}",
        first_banner.text
    );
    let record = second.data_dir.join("emulator.addr");
    let recorded: std::net::SocketAddr = std::fs::read_to_string(&record)
        .expect("the server records its emulator's address")
        .trim()
        .parse()
        .unwrap();
    assert_ne!(recorded.port(), emulator_port);
    assert_eq!(
        second_banner.emulator_url(),
        format!("http://{recorded}"),
        "{}",
        second_banner.text
    );
    assert!(
        second_banner.text.contains(&format!(
            "EMULATOR_LISTEN_ADDR 127.0.0.1:{emulator_port} was taken"
        )),
        "{}",
        second_banner.text
    );

    // A clean shutdown removes the record.
    stop(second_server).await;
    assert!(!record.exists());

    // A stale record, with someone else answering there (the first server's
    // emulator) or no one: dev-token mints from the saved state instead.
    for stale in [emulator_port, free_port()] {
        std::fs::write(&record, format!("127.0.0.1:{stale}\n")).unwrap();
        let token = second.dev_token("stale@example.com").await;
        assert_eq!(
            token_part(&token, 0)["kid"],
            second.saved_kid(),
            "stale record at port {stale}"
        );
        assert_ne!(second.saved_kid(), first.saved_kid());
    }
    stop(first_server).await;
    for env in [first, second] {
        std::fs::remove_dir_all(&env.data_dir).ok();
    }
}
