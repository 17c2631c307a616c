//! Postgres going away and coming back; SIGTERM with requests in flight.

use std::time::{Duration, Instant};

use serde_json::json;

use crate::support::proxy::{TcpProxy, url_addr, url_via};
use crate::support::server_process::ServerProcess;
use crate::support::{TestApp, TestDatabase, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_degrades_only_what_needs_it_and_recovers() {
    let db = TestDatabase::create().await;
    let proxy = TcpProxy::start(url_addr(&db.url)).await;
    let via_proxy = url_via(&db.url, proxy.addr);
    // A request waits this long for Postgres to take connections again
    // (a restart), then fails.
    let app = spawn_app_with(|c| {
        c.database_url = Some(via_proxy.into());
        c.database_reconnect_wait_ms = 300;
    })
    .await;
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
    // `/ready` answers from a check at most a second old.
    ready_turns(&app, 503).await;

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
    ready_turns(&app, 200).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn after_one_failed_reconnect_wait_requests_fail_fast_until_postgres_is_back() {
    let db = TestDatabase::create().await;
    let proxy = TcpProxy::start(url_addr(&db.url)).await;
    let via_proxy = url_via(&db.url, proxy.addr);
    let wait = Duration::from_millis(3000);
    let app = spawn_app_with(|c| {
        c.database_url = Some(via_proxy.into());
        c.database_reconnect_wait_ms = wait.as_millis() as u64;
    })
    .await;
    let (_, token) = app.passage_user("fail-fast@example.com");
    app.register(&token, "FailFast").await;
    let me = || app.gql(Some(&token), "{ me { name } }", json!({}));

    proxy.cut();
    // The first request rides out the wait (a restart would be hidden).
    let started = Instant::now();
    let first = me().await;
    let first_took = started.elapsed();
    assert_eq!(first.error_code(), "DATABASE_UNAVAILABLE", "{}", first.body);
    assert!(
        first_took >= wait * 3 / 4,
        "waited for Postgres: {first_took:?}"
    );

    // The wait has failed once: the next ones do not wait it again.
    let started = Instant::now();
    let batch = futures::future::join_all((0..20).map(|_| me())).await;
    let batch_took = started.elapsed();
    for response in &batch {
        assert_eq!(
            response.error_code(),
            "DATABASE_UNAVAILABLE",
            "{}",
            response.body
        );
    }
    assert!(
        batch_took < wait / 2,
        "20 requests failed fast: {batch_took:?}"
    );
    assert_eq!(app.metric("db_up").await, 0.0);

    // Back by itself, without a restart of the server.
    proxy.restore();
    let restored = Instant::now();
    loop {
        let response = me().await;
        if response.body.get("errors").is_none() {
            assert_eq!(response.data()["me"]["name"], "FailFast");
            break;
        }
        assert_eq!(
            response.error_code(),
            "DATABASE_UNAVAILABLE",
            "{}",
            response.body
        );
        assert!(
            restored.elapsed() < Duration::from_secs(5),
            "did not recover: {}",
            response.body
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let recovered = restored.elapsed();
    assert_eq!(app.metric("db_up").await, 1.0);
    eprintln!(
        "first request {first_took:?}; 20 more in {batch_took:?}; recovered {recovered:?} after \
         the restore"
    );
}

/// Polls `/ready` until it answers `status` (within a few check periods).
async fn ready_turns(app: &TestApp, status: u16) {
    let deadline = Instant::now() + Duration::from_secs(5);
    loop {
        let ready = app.http.get(app.url("/ready")).send().await.unwrap();
        if ready.status() == status {
            return;
        }
        assert!(Instant::now() < deadline, "/ready never answered {status}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A `{ me { name email } }` that waits on Passage (1.5 s of emulator
/// latency), sent to `server`; returns once the server is waiting on it.
async fn slow_request_in_flight(
    app: &TestApp,
    server: &ServerProcess,
    token: &str,
) -> tokio::task::JoinHandle<serde_json::Value> {
    app.emulator.set_latency(Duration::from_millis(1500));
    app.emulator.reset_calls();
    let in_flight = tokio::spawn({
        let request = app
            .http
            .post(server.url("/graphql"))
            .bearer_auth(token)
            .json(&json!({ "query": "{ me { name email } }" }));
        async move { request.send().await.unwrap().json().await.unwrap() }
    });
    let deadline = Instant::now() + Duration::from_secs(5);
    while app.emulator.calls().get_user == 0 {
        assert!(
            Instant::now() < deadline,
            "the request never reached Passage"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    in_flight
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_lets_in_flight_requests_finish_and_exits_zero() {
    // The server runs as its own process; the test's emulator is its Passage.
    let app = spawn_app_with(|_| {}).await;
    let (_, token) = app.passage_user("graceful@example.com");
    app.register(&token, "Graceful").await;
    let server = ServerProcess::start(&app, &[("SHUTDOWN_GRACE_SECS", "10")]).await;
    let in_flight = slow_request_in_flight(&app, &server, &token).await;
    server.sigterm();

    let body = in_flight.await.unwrap();
    assert_eq!(
        body["data"]["me"]["email"], "graceful@example.com",
        "{body}"
    );
    let health = server.url("/health");
    let exited = server.exited(Duration::from_secs(10)).await;
    assert!(exited.status.success(), "exit status {:?}", exited.status);
    assert!(
        app.http.get(health).send().await.is_err(),
        "no longer listening"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_turns_ready_to_503_at_once_while_requests_are_still_served() {
    let app = spawn_app_with(|_| {}).await;
    let (_, token) = app.passage_user("draining@example.com");
    app.register(&token, "Draining").await;
    let drain = Duration::from_secs(3);
    let server = ServerProcess::start(&app, &[("SHUTDOWN_DRAIN_SECS", "3")]).await;
    let in_flight = slow_request_in_flight(&app, &server, &token).await;
    let signalled = Instant::now();
    server.sigterm();

    // /ready fails as soon as the signal is handled, with the request still
    // in flight.
    let ready = loop {
        let ready = app.http.get(server.url("/ready")).send().await.unwrap();
        if ready.status() != 200 {
            break ready;
        }
        assert!(
            signalled.elapsed() < Duration::from_secs(1),
            "/ready still 200 a second after SIGTERM"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    };
    assert_eq!(ready.status(), 503);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["status"], "draining", "{body}");
    assert!(
        !in_flight.is_finished(),
        "checked while a request was in flight"
    );

    // The listener is still open: new requests are served while balancers
    // notice, and /health stays 200 (liveness must not restart the pod).
    app.emulator.set_latency(Duration::ZERO);
    let fresh = app
        .http
        .post(server.url("/graphql"))
        .bearer_auth(&token)
        .json(&json!({ "query": "{ me { name } }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(fresh.status(), 200);
    let fresh: serde_json::Value = fresh.json().await.unwrap();
    assert_eq!(fresh["data"]["me"]["name"], "Draining", "{fresh}");
    let health = app.http.get(server.url("/health")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let ready = app.http.get(server.url("/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 503, "stays 503 until the end");

    let body = in_flight.await.unwrap();
    assert_eq!(
        body["data"]["me"]["email"], "draining@example.com",
        "{body}"
    );
    let exited = server.exited(Duration::from_secs(15)).await;
    assert!(exited.status.success(), "exit status {:?}", exited.status);
    assert!(
        signalled.elapsed() >= drain,
        "served for the drain period before closing: {:?}",
        signalled.elapsed()
    );
}
