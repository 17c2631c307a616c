//! `/metrics`: each family moves when its event happens, and no label
//! carries a user ID, a token or an email.

use serde_json::json;

use crate::support::metrics::settled;
use crate::support::{spawn_app, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_status_of_a_route_is_counted_apart() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("statuses@example.com");
    let ok = "http_requests_total{route=\"/graphql\",status=\"200\"}";
    let refused = "http_requests_total{route=\"/graphql\",status=\"401\"}";
    for _ in 0..2 {
        let response = app.gql(Some(&token), "{ me { id } }", json!({})).await;
        assert_eq!(response.status, 200, "{}", response.body);
    }
    for _ in 0..3 {
        let response = app
            .gql(Some("not-a-token"), "{ me { id } }", json!({}))
            .await;
        assert_eq!(response.status, 401, "{}", response.body);
    }
    let response = app.gql(Some(&token), "{ me { id } }", json!({})).await;
    assert_eq!(response.status, 200, "{}", response.body);
    assert_eq!(app.metric(ok).await, 3.0);
    assert_eq!(app.metric(refused).await, 3.0);
    assert_eq!(
        app.metric("http_request_duration_seconds_count{route=\"/graphql\"}")
            .await,
        6.0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_family_moves_with_its_event() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("metrics@example.com");
    app.register(&token, "Metrics").await;
    let graphql_ok = "http_requests_total{route=\"/graphql\",status=\"200\"}";
    let before = app.metric(graphql_ok).await;

    // A query that misses the profile cache: one Passage call.
    let me = app.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(me.data()["me"]["email"], "metrics@example.com");
    assert_eq!(app.metric(graphql_ok).await, before + 1.0);
    assert!(
        app.metric("http_request_duration_seconds_count{route=\"/graphql\"}")
            .await
            >= 2.0
    );
    assert_eq!(
        app.metric("graphql_operations_total{type=\"query\",outcome=\"ok\"}")
            .await,
        1.0
    );
    assert_eq!(
        app.metric("graphql_operations_total{type=\"mutation\",outcome=\"ok\"}")
            .await,
        1.0,
        "createUser"
    );
    let get_user = "passage_calls_total{route=\"GET /users/{id}\",outcome=\"ok\"}";
    assert_eq!(app.metric(get_user).await, 1.0);
    assert_eq!(
        app.metric("passage_call_duration_seconds_count{route=\"GET /users/{id}\"}")
            .await,
        1.0
    );
    assert_eq!(
        app.metric("passage_profile_cache_lookups_total{result=\"miss\"}")
            .await,
        1.0
    );
    // Counted by the cache's maintenance timer, not by the scrape.
    settled(&app, "passage_profile_cache_entries", 1.0).await;

    // Again: the profile and the token come from the caches.
    app.gql(Some(&token), "{ me { email } }", json!({}))
        .await
        .data();
    assert_eq!(
        app.metric("passage_profile_cache_lookups_total{result=\"hit\"}")
            .await,
        1.0
    );
    assert_eq!(app.metric(get_user).await, 1.0, "no second Passage call");
    assert!(
        app.metric("verified_token_cache_lookups_total{result=\"hit\"}")
            .await
            >= 1.0
    );
    assert!(
        app.metric("verified_token_cache_lookups_total{result=\"miss\"}")
            .await
            >= 1.0
    );

    // Errors by code, and the operation's outcome.
    let anonymous = app.gql(None, "{ me { id } }", json!({})).await;
    assert_eq!(anonymous.error_codes(), ["UNAUTHENTICATED"]);
    assert_eq!(
        app.metric("graphql_errors_total{code=\"UNAUTHENTICATED\"}")
            .await,
        1.0
    );
    assert_eq!(
        app.metric("graphql_operations_total{type=\"query\",outcome=\"error\"}")
            .await,
        1.0
    );

    // Keys, pool, refusals.
    let issuer = app.emulator.issuer();
    assert!(
        app.metric(&format!(
            "jwks_fetches_total{{issuer=\"{issuer}\",outcome=\"ok\"}}"
        ))
        .await
            >= 1.0
    );
    let age = app
        .metric(&format!("jwks_key_age_seconds{{issuer=\"{issuer}\"}}"))
        .await;
    assert!((0.0..600.0).contains(&age), "key age {age}");
    let text = app.metrics_text().await;
    assert!(
        text.contains("db_pool_connections{state=\"idle\"}"),
        "{text}"
    );
    for secret in [user.id.as_str(), token.as_str(), "metrics@example.com"] {
        assert!(!text.contains(secret), "/metrics must not carry {secret}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pool_timeouts_are_counted() {
    // One connection, held by an update waiting on a row lock: the next
    // request cannot get one in time.
    let app = spawn_app_with(|c| {
        c.database_pool_size = 1;
        c.database_lock_timeout_ms = 4_000;
    })
    .await;
    let (_, token) = app.passage_user("pool@example.com");
    app.register(&token, "Pool").await;
    let lock = app.db.lock_user_rows().await;
    let update = "mutation { updateMe(input: {name: \"Held\"}) { name } }";
    let (first, second) = tokio::join!(app.gql(Some(&token), update, json!({})), async {
        // Once the first request's update holds the only connection,
        // waiting on the lock.
        let waiting = "SELECT count(*) AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()";
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(3);
        while app.db.count(waiting).await < 1 && std::time::Instant::now() < deadline {
            tokio::task::yield_now().await;
        }
        app.gql(Some(&token), "{ me { name } }", json!({})).await
    });
    drop(lock);
    let codes = [first.error_codes(), second.error_codes()].concat();
    assert!(
        codes.contains(&"DATABASE_UNAVAILABLE".to_owned()),
        "{codes:?}"
    );
    assert!(app.metric("db_pool_timeouts_total").await >= 1.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn in_production_the_main_port_serves_metrics_only_when_told_to() {
    let app = spawn_app().await;
    let private = crate::support::server_process::ServerProcess::start(&app, &[]).await;
    let response = app.http.get(private.url("/metrics")).send().await.unwrap();
    assert_eq!(response.status(), 404, "no /metrics on the public port");
    drop(private);

    let public =
        crate::support::server_process::ServerProcess::start(&app, &[("METRICS_PUBLIC", "true")])
            .await;
    let response = app.http.get(public.url("/metrics")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let text = response.text().await.unwrap();
    assert!(text.contains("ready_database_checks_total"), "{text}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_metrics_listen_addr_metrics_are_only_on_their_own_listener() {
    let app = spawn_app().await;
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let metrics_addr = format!("127.0.0.1:{port}");
    let server = crate::support::server_process::ServerProcess::start(
        &app,
        &[("METRICS_LISTEN_ADDR", &metrics_addr)],
    )
    .await;
    let (_, token) = app.passage_user("scraped@example.com");
    let response = app
        .http
        .post(server.url("/graphql"))
        .bearer_auth(&token)
        .json(&json!({ "query": "{ __typename }" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);

    let public = app.http.get(server.url("/metrics")).send().await.unwrap();
    assert_eq!(public.status(), 404, "no /metrics on the main port");
    let scraped = app
        .http
        .get(format!("http://{metrics_addr}/metrics"))
        .send()
        .await
        .unwrap();
    assert_eq!(scraped.status(), 200);
    let text = scraped.text().await.unwrap();
    assert!(
        text.contains("http_requests_total{route=\"/graphql\",status=\"200\"} 1"),
        "{text}"
    );
    assert!(text.contains("\nready_database_checks_total "), "{text}");
    // The metrics listener serves nothing else.
    let other = app
        .http
        .get(format!("http://{metrics_addr}/ready"))
        .send()
        .await
        .unwrap();
    assert_eq!(other.status(), 404);
}
