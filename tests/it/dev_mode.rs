//! Dev mode end to end, as a developer meets it: the real binary with no
//! Passage settings, the printed token, `dev-token`, and state kept between
//! runs. (`DATABASE_URL` points at the test database so the test does not
//! start a second cluster; the local-Postgres path is what `cargo run` uses.)

use std::process::Stdio;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::process::{Child, Command};

use crate::support::TestDatabase;

struct DevEnv {
    data_dir: std::path::PathBuf,
    db_url: String,
    port: u16,
    emulator_port: u16,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl DevEnv {
    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_passage-graphql"));
        cmd.args(args)
            .env_remove("PASSAGE_APP_ID")
            .env_remove("PASSAGE_API_KEY")
            .env("DATABASE_URL", &self.db_url)
            .env("DATA_DIR", &self.data_dir)
            .env("LISTEN_ADDR", format!("127.0.0.1:{}", self.port))
            .env(
                "EMULATOR_LISTEN_ADDR",
                format!("127.0.0.1:{}", self.emulator_port),
            )
            .kill_on_drop(true);
        cmd
    }

    async fn dev_token(&self, email: &str) -> String {
        let out = self
            .command(&["dev-token", "--email", email])
            .output()
            .await
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap().trim().to_owned()
    }

    /// Starts the server and returns it with the token its banner printed.
    async fn serve(&self) -> (Child, String) {
        let mut child = self
            .command(&[])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let line = tokio::time::timeout_at(deadline.into(), lines.next_line())
                .await
                .expect("banner printed in time")
                .unwrap()
                .expect("banner before stdout closes");
            if let Some(rest) = line.split("Authorization: Bearer ").nth(1) {
                let token = rest.trim_end_matches(['\'', ' ', '\\']).to_owned();
                tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
                return (child, token);
            }
        }
    }

    async fn gql(&self, token: &str, query: &str) -> Value {
        reqwest::Client::new()
            .post(format!("http://127.0.0.1:{}/graphql", self.port))
            .bearer_auth(token)
            .json(&json!({ "query": query }))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }
}

fn subject(token: &str) -> String {
    let payload = token.split('.').nth(1).unwrap();
    let claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).unwrap()).unwrap();
    claims["sub"].as_str().unwrap().to_owned()
}

async fn stop(mut child: Child) {
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
    let db = TestDatabase::create().await;
    let data_dir = std::env::temp_dir().join(format!(
        "pgql-dev-{}",
        passage_graphql::passage::emulator::random_id(8)
    ));
    let env = DevEnv {
        data_dir: data_dir.clone(),
        db_url: db.url.clone(),
        port: free_port(),
        emulator_port: free_port(),
    };

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
            &printed,
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
