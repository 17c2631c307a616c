//! `cargo run -p todos` as a developer meets it: the real binary with no
//! Passage settings starts in passage-graphql's dev mode (the emulator in
//! process, the banner with a demo token), migrates the app's table, and
//! answers `me { todos }`. (`DATABASE_URL` points at a test database so the
//! test does not start a second cluster.)

use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};
use tokio::io::{AsyncBufReadExt, BufReader};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cargo_run_starts_the_todos_app_in_dev_mode() {
    let db_url = super::support::new_database().await;
    let data_dir = std::env::temp_dir().join(format!("todos-dev-{}", free_port()));
    let port = free_port();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_todos"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("DATABASE_URL", &db_url)
        .env("DATA_DIR", &data_dir)
        .env("LISTEN_ADDR", format!("127.0.0.1:{port}"))
        .env("EMULATOR_LISTEN_ADDR", format!("127.0.0.1:{}", free_port()))
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .expect("the todos binary starts");

    // The banner, between its two rules, with the demo user's token.
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut banner: Option<Vec<String>> = None;
    let text = loop {
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
            (Some(text), true) => break text.join("\n"),
        }
    };
    tokio::spawn(async move { while let Ok(Some(_)) = lines.next_line().await {} });
    assert!(text.contains("DEV MODE"), "{text}");
    assert!(text.contains("todos dev-token --email"), "{text}");
    let token = text
        .split("Authorization: Bearer ")
        .nth(1)
        .and_then(|rest| rest.split(['\'', ' ', '\\']).next())
        .unwrap_or_else(|| panic!("no token in the banner:\n{text}"))
        .to_owned();

    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let gql = |query: &'static str| {
        let http = http.clone();
        let token = token.clone();
        async move {
            let response = http
                .post(format!("http://127.0.0.1:{port}/graphql"))
                .bearer_auth(token)
                .json(&json!({ "query": query }))
                .send()
                .await
                .unwrap();
            assert_eq!(response.status(), 200);
            let body: Value = response.json().await.unwrap();
            assert!(body.get("errors").is_none(), "{body}");
            body["data"].clone()
        }
    };
    let created = gql("mutation { createUser(input: {name: \"Demo\"}) { id name } }").await;
    assert_eq!(created["createUser"]["name"], "Demo");
    let added = gql("mutation { addTodo(title: \"try the example\") { title done } }").await;
    assert_eq!(added["addTodo"]["title"], "try the example");
    let me = gql("{ me { name todos(first: 5) { edges { node { title done } } } } }").await;
    assert_eq!(
        me["me"]["todos"]["edges"][0]["node"],
        json!({ "title": "try the example", "done": false })
    );

    let pid = child.id().expect("running") as i32;
    // SAFETY: signalling our own child.
    unsafe { libc::kill(pid, libc::SIGTERM) };
    let status = tokio::time::timeout(Duration::from_secs(20), child.wait())
        .await
        .expect("stops on SIGTERM")
        .unwrap();
    assert!(status.success(), "{status}");
    let _ = std::fs::remove_dir_all(&data_dir);
}
