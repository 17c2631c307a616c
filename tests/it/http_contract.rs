//! The HTTP surface: probes, methods, media types, limits.

use serde_json::json;

use crate::support::{GqlResponse, spawn_app};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_ready() {
    let app = spawn_app().await;
    let health = app.http.get(app.url("/health")).send().await.unwrap();
    assert_eq!(health.status(), 200);
    let ready = app.http.get(app.url("/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 200);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["database"], "ok");
    assert_eq!(body["signing_keys"], "loaded");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ready_is_503_until_keys_load() {
    let app = spawn_app_with_jwks_down().await;
    let ready = app.http.get(app.url("/ready")).send().await.unwrap();
    assert_eq!(ready.status(), 503);
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!(body["signing_keys"], "not_loaded");
    // A token cannot be checked yet: the server says so rather than "invalid".
    // (Its `iss` is the bare app ID, one of Passage's two forms: the URL
    // form names the emulator, which this server is not pointed at.)
    let (user, _) = app.passage_user("early@example.com");
    let mut claims = app.emulator.claims_for(&user.id);
    claims["iss"] = json!(crate::support::APP_ID);
    let token = app.emulator.sign_claims(&claims);
    let response = app.gql(Some(&token), "{ me { id } }", json!({})).await;
    assert_eq!(response.status, 503);
    assert_eq!(response.error_code(), "PASSAGE_UNAVAILABLE");
    // Anonymous requests that need no key still work.
    let response = app.gql(None, "{ __typename }", json!({})).await;
    assert_eq!(response.data()["__typename"], "Query");
}

async fn spawn_app_with_jwks_down() -> crate::support::TestApp {
    // The emulator is created by spawn_app; a refused auth URL stands for
    // Passage unreachable since startup.
    crate::support::spawn_app_unready(|config| {
        config.passage_auth_url = "http://127.0.0.1:9".into();
    })
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_runs_queries_and_refuses_mutations() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("get@example.com");
    app.register(&token, "Getter").await;
    let query = app
        .http
        .get(app.url("/graphql"))
        .query(&[("query", "{ me { name } }")])
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    let query = GqlResponse::from(query).await;
    assert_eq!(query.data()["me"]["name"], "Getter");

    let mutation = app
        .http
        .get(app.url("/graphql"))
        .query(&[("query", "mutation { deleteMe }")])
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(mutation.status(), 405);
    assert_eq!(mutation.headers()["allow"], "POST");
    assert_eq!(app.db.count("SELECT count(*) AS n FROM users").await, 1);
}

/// `GET /graphql` with these query-string parameters.
async fn get_graphql(
    app: &crate::support::TestApp,
    token: &str,
    params: &[(&str, &str)],
) -> reqwest::Response {
    app.http
        .get(app.url("/graphql"))
        .query(params)
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_runs_the_operation_named_by_operation_name() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("opname@example.com");
    app.register(&token, "Named").await;
    let document = "query A { a: __typename } query B { me { name } }";
    for (name, expected) in [
        ("B", json!({"me": {"name": "Named"}})),
        ("A", json!({"a": "Query"})),
    ] {
        let response = get_graphql(
            &app,
            &token,
            &[("query", document), ("operationName", name)],
        )
        .await;
        let response = GqlResponse::from(response).await;
        assert_eq!(response.data(), &expected, "operationName={name}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_refuses_only_a_selected_mutation() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("mixed@example.com");
    app.register(&token, "Mixed").await;
    let document = "query Q { me { name } } mutation M { deleteMe }";

    let query = get_graphql(&app, &token, &[("query", document), ("operationName", "Q")]).await;
    let query = GqlResponse::from(query).await;
    assert_eq!(query.data(), &json!({"me": {"name": "Mixed"}}));

    let mutation = get_graphql(&app, &token, &[("query", document), ("operationName", "M")]).await;
    assert_eq!(mutation.status(), 405);
    assert_eq!(mutation.headers()["allow"], "POST");
    let body: serde_json::Value = mutation.json().await.unwrap();
    assert_eq!(
        body["errors"][0]["message"],
        "mutations must be sent with POST"
    );
    assert_eq!(app.db.count("SELECT count(*) AS n FROM users").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn get_with_variables_that_are_not_a_json_object_gets_400() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("badvars@example.com");
    let query = "query($id: ID!) { user(id: $id) { name } }";
    for (variables, expected) in [
        ("{\"id\": ", "`variables` is not valid JSON"),
        ("[1]", "`variables` must be a JSON object"),
    ] {
        let response =
            get_graphql(&app, &token, &[("query", query), ("variables", variables)]).await;
        let response = GqlResponse::from(response).await;
        assert_eq!(response.status, 400, "{}", response.body);
        assert_eq!(response.error_code(), "BAD_REQUEST");
        let message = response.body["errors"][0]["message"].as_str().unwrap();
        assert!(message.starts_with(expected), "{variables}: {message}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_json_posts_are_refused() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("form@example.com");
    app.register(&token, "Form").await;
    for content_type in [
        None,
        Some("application/x-www-form-urlencoded"),
        Some("text/plain"),
    ] {
        let mut request = app
            .http
            .post(app.url("/graphql"))
            .header("cookie", format!("psg_auth_token={token}"))
            .body(r#"{"query":"mutation { deleteMe }"}"#);
        if let Some(ct) = content_type {
            request = request.header("content-type", ct);
        }
        let response = request.send().await.unwrap();
        assert_eq!(response.status(), 415, "{content_type:?}");
    }
    assert_eq!(app.db.count("SELECT count(*) AS n FROM users").await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn graphiql_for_browsers() {
    let app = spawn_app().await;
    let page = app
        .http
        .get(app.url("/graphql"))
        .header("accept", "text/html")
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    assert!(
        page.text()
            .await
            .unwrap()
            .to_lowercase()
            .contains("graphiql")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn request_errors_follow_the_accept_header() {
    let app = spawn_app().await;
    let bad = json!({ "query": "{ me { " });
    let as_json = app
        .http
        .post(app.url("/graphql"))
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(as_json.status(), 200);
    assert!(
        as_json.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/json")
    );
    let as_graphql = app
        .http
        .post(app.url("/graphql"))
        .header("accept", "application/graphql-response+json")
        .json(&bad)
        .send()
        .await
        .unwrap();
    assert_eq!(as_graphql.status(), 400);
    assert_eq!(
        as_graphql.headers()["content-type"],
        "application/graphql-response+json"
    );
    let body: serde_json::Value = as_graphql.json().await.unwrap();
    assert!(body.get("errors").is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn oversized_bodies_get_413_and_responses_carry_a_request_id() {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let app = spawn_app().await;
    // The server answers from the declared length, before the body: a
    // client still writing 2 MiB may meet the closed connection (a broken
    // pipe) instead of the answer, so the request is written by hand, its
    // first bytes only, and the answer read.
    let mut stream = tokio::net::TcpStream::connect(app.addr).await.unwrap();
    let head = format!(
        "POST /graphql HTTP/1.1\r\nhost: {}\r\ncontent-type: application/json\r\n\
         content-length: {}\r\n\r\n{{\"query\":\"{{ __typename }}\",\"x\":\"aaaa",
        app.addr,
        2 * 1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let mut answer = vec![0; 1024];
    let read = tokio::time::timeout(std::time::Duration::from_secs(10), stream.read(&mut answer))
        .await
        .expect("an answer within 10 s")
        .unwrap();
    let status_line = String::from_utf8_lossy(&answer[..read]);
    assert!(status_line.starts_with("HTTP/1.1 413"), "{status_line}");
    let small = app
        .http
        .post(app.url("/graphql"))
        .json(&json!({ "query": "{ __typename }" }))
        .send()
        .await
        .unwrap();
    assert!(!small.headers()["x-request-id"].is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_panic_becomes_a_500_with_code_internal_and_no_detail() {
    // The server's own layer stack around a route that panics, as a resolver
    // bug would.
    let routes = axum::Router::new().route(
        "/boom",
        axum::routing::get(|| async {
            panic!("secret detail: SELECT * FROM users");
            #[allow(unreachable_code)]
            ""
        }),
    );
    let app = passage_graphql::http::with_layers(routes, &[]);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    let response = reqwest::get(format!("http://{addr}/boom")).await.unwrap();
    assert_eq!(response.status(), 500);
    assert!(!response.headers()["x-request-id"].is_empty());
    let body = response.text().await.unwrap();
    assert!(body.contains("\"INTERNAL\""), "{body}");
    assert!(
        !body.contains("SELECT") && !body.contains("secret"),
        "{body}"
    );
}

/// `/ready`'s status and body.
async fn ready(app: &crate::support::TestApp) -> (u16, serde_json::Value) {
    let response = app.http.get(app.url("/ready")).send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap())
}

/// Polls `/ready` until it answers `status`; how long that took.
async fn ready_turns(app: &crate::support::TestApp, status: u16) -> std::time::Duration {
    let started = std::time::Instant::now();
    loop {
        let (now, body) = ready(app).await;
        if now == status {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < std::time::Duration::from_secs(10),
            "/ready never answered {status}: {body}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_flood_of_ready_probes_shares_one_database_check_a_second() {
    use crate::support::proxy::{TcpProxy, url_addr, url_via};
    use passage_graphql::db::DATABASE_CHECK_EVERY;
    let db = crate::support::TestDatabase::create().await;
    let proxy = TcpProxy::start(url_addr(&db.url)).await;
    let via_proxy = url_via(&db.url, proxy.addr);
    let app = crate::support::spawn_app_with(|c| c.database_url = Some(via_proxy.into())).await;
    let checks = "ready_database_checks_total";

    assert!(
        app.metrics_text()
            .await
            .contains("\nready_database_checks_total ")
    );
    let before = app.metric(checks).await;
    let started = std::time::Instant::now();
    let probes: Vec<_> = (0..300)
        .map(|_| {
            let request = app.http.get(app.url("/ready"));
            tokio::spawn(async move { request.send().await.unwrap().status().as_u16() })
        })
        .collect();
    for probe in probes {
        assert_eq!(probe.await.unwrap(), 200);
    }
    let took = started.elapsed();
    let made = app.metric(checks).await - before;
    let bound = (took.as_secs_f64() / DATABASE_CHECK_EVERY.as_secs_f64()).ceil() + 1.0;
    assert!(
        (1.0..=bound).contains(&made) || made == 0.0 && took < DATABASE_CHECK_EVERY,
        "{made} database checks for 300 probes in {took:?}"
    );

    // The database goes away: 503 within a check period (and the check).
    proxy.cut();
    let turned = ready_turns(&app, 503).await;
    assert!(
        turned < DATABASE_CHECK_EVERY + std::time::Duration::from_secs(2),
        "503 after {turned:?}"
    );
    assert_eq!(ready(&app).await.1["database"], "unavailable");
    proxy.restore();
    let back = ready_turns(&app, 200).await;
    assert!(
        back < DATABASE_CHECK_EVERY + std::time::Duration::from_secs(2),
        "200 after {back:?}"
    );
    assert_eq!(ready(&app).await.1["database"], "ok");
}
