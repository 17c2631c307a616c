//! Postgres going away and coming back; SIGTERM with requests in flight.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::proxy::{TcpProxy, url_addr, url_via};
use crate::support::{API_KEY, APP_ID, TestDatabase, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_degrades_only_what_needs_it_and_recovers() {
    let db = TestDatabase::create().await;
    let proxy = TcpProxy::start(url_addr(&db.url)).await;
    let via_proxy = url_via(&db.url, proxy.addr);
    let app = spawn_app_with(|c| c.database_url = Some(via_proxy)).await;
    let (_, token) = app.passage_user("outage@example.com");
    app.register(&token, "Outage").await;

    proxy.cut();
    let started = Instant::now();
    let response = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    let took = started.elapsed();
    assert_eq!(
        response.error_code(),
        "DATABASE_UNAVAILABLE",
        "{}",
        response.body
    );
    assert!(took < Duration::from_secs(2), "failed fast: {took:?}");
    let message = response.body["errors"][0]["message"].as_str().unwrap();
    assert!(
        !message.to_lowercase().contains("sql") && !message.contains("127.0.0.1"),
        "{message}"
    );

    let typename = app.gql(Some(&token), "{ __typename }", json!({})).await;
    assert_eq!(typename.data()["__typename"], "Query");
    let ready = app.http.get(app.url("/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 503);

    proxy.restore();
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let response = app.gql(Some(&token), "{ me { name } }", json!({})).await;
        if response.body.get("errors").is_none() {
            assert_eq!(response.data()["me"]["name"], "Outage");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "did not recover: {}",
            response.body
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let ready = app.http.get(app.url("/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_in_flight_requests_finish_and_exits_zero() {
    // The server runs as its own process; the test's emulator is its Passage.
    let app = spawn_app_with(|_| {}).await;
    let (_, token) = app.passage_user("graceful@example.com");
    app.register(&token, "Graceful").await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = tokio::process::Command::new(env!("CARGO_BIN_EXE_passage-graphql"))
        .arg("serve")
        .env("DATABASE_URL", &app.db.url)
        .env("PASSAGE_APP_ID", APP_ID)
        .env("PASSAGE_API_KEY", API_KEY)
        .env("PASSAGE_AUTH_URL", app.emulator.base_url())
        .env("PASSAGE_API_URL", app.emulator.base_url())
        .env("LISTEN_ADDR", format!("127.0.0.1:{port}"))
        .env("SHUTDOWN_GRACE_SECS", "10")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .kill_on_drop(true)
        .spawn()
        .unwrap();
    let base = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        let ready = app.http.get(format!("{base}/ready")).send().await;
        if ready.is_ok_and(|r| r.status() == 200) {
            break;
        }
        assert!(Instant::now() < deadline, "child server never became ready");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }

    app.emulator.set_latency(Duration::from_millis(1500));
    let in_flight = tokio::spawn({
        let http = app.http.clone();
        let token = token.clone();
        let url = format!("{base}/graphql");
        async move {
            http.post(url)
                .bearer_auth(token)
                .json(&json!({ "query": "{ me { name email } }" }))
                .send()
                .await
                .unwrap()
                .json::<serde_json::Value>()
                .await
                .unwrap()
        }
    });
    tokio::time::sleep(Duration::from_millis(300)).await;
    let pid = child.id().unwrap() as i32;
    // SAFETY: sending a signal to our own child process.
    assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);

    let body = in_flight.await.unwrap();
    assert_eq!(
        body["data"]["me"]["email"], "graceful@example.com",
        "{body}"
    );
    let status = tokio::time::timeout(Duration::from_secs(10), child.wait())
        .await
        .expect("exits after SIGTERM")
        .unwrap();
    assert!(status.success(), "exit status {status:?}");
    assert!(
        app.http.get(format!("{base}/health")).send().await.is_err(),
        "no longer listening"
    );
}
