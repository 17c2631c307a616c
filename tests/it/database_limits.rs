//! Postgres under pressure: sessions run with statement and lock timeouts,
//! a saturated pool is "busy" to `/ready` rather than down, and the users
//! listing counts rows only when asked to.

use std::time::{Duration, Instant};

use passage_graphql::config::Config;
use passage_graphql::db;
use serde_json::{Value, json};

use crate::support::{TestDatabase, spawn_app, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pooled_sessions_carry_statement_and_lock_timeouts() {
    use diesel::QueryableByName;
    use diesel_async::RunQueryDsl;
    #[derive(QueryableByName)]
    struct Setting {
        #[diesel(sql_type = diesel::sql_types::Text)]
        value: String,
    }
    let database = TestDatabase::create().await;
    let limits = Config::defaults().database_session_limits();
    let pool = db::connect(&database.url, 1, limits).unwrap();
    let mut conn = pool.get().await.unwrap();
    let mut show = async |name: &str| {
        diesel::sql_query(format!("SELECT current_setting('{name}') AS value"))
            .get_result::<Setting>(&mut conn)
            .await
            .unwrap()
            .value
    };
    assert_eq!(show("statement_timeout").await, "5s");
    assert_eq!(show("lock_timeout").await, "2s");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_held_lock_fails_the_request_by_the_lock_timeout_not_the_request_deadline() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("locked@example.com");
    app.register(&token, "Locked").await;
    let lock = app.db.lock_users().await;

    let started = Instant::now();
    let response = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    let took = started.elapsed();
    drop(lock);
    assert_eq!(response.status, 200, "{}", response.text);
    assert_eq!(
        response.error_codes(),
        ["DATABASE_UNAVAILABLE"],
        "{}",
        response.text
    );
    assert!(took < Duration::from_secs(5), "answered after {took:?}");

    let after = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    assert_eq!(after.data()["me"]["name"], "Locked");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_saturated_pool_is_busy_not_down() {
    let app = spawn_app_with(|c| {
        c.database_pool_size = 2;
        c.database_lock_timeout_ms = 8_000;
    })
    .await;
    let (_, token) = app.passage_user("busy@example.com");
    app.register(&token, "Busy").await;
    // Two updates wait on the row lock, each holding one of the two
    // connections (viewer lookups are batched: they would share one).
    let lock = app.db.lock_user_rows().await;
    let update = "mutation { updateMe(input: {name: \"Busy\"}) { name } }";
    let blocked = async {
        tokio::join!(
            app.gql(Some(&token), update, json!({})),
            app.gql(Some(&token), update, json!({})),
        )
    };
    let probe = async {
        let deadline = Instant::now() + Duration::from_secs(5);
        loop {
            let response = app.http.get(app.url("/ready")).send().await.unwrap();
            let status = response.status();
            let body: Value = response.json().await.unwrap();
            if body["database"] != "ok" || Instant::now() > deadline {
                drop(lock);
                return (status, body);
            }
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    };
    let ((first, second), (status, body)) = tokio::join!(blocked, probe);
    assert_eq!(body["database"], "busy", "{body}");
    assert_eq!(status, 200, "{body}");
    assert_eq!(first.data()["updateMe"]["name"], "Busy");
    assert_eq!(second.data()["updateMe"]["name"], "Busy");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn total_count_is_counted_only_when_selected() {
    let app = spawn_app().await;
    let (_, admin) = app.admin("root@example.com").await;
    let counted = "db_queries_total{query=\"count_users\"}";
    let listed = "db_queries_total{query=\"list_users\"}";
    let before = app.metric(counted).await;

    let page = app
        .gql(
            Some(&admin),
            "{ users { edges { node { name } } } }",
            json!({}),
        )
        .await;
    assert_eq!(page.data()["users"]["edges"][0]["node"]["name"], "Admin");
    assert_eq!(app.metric(listed).await, 1.0);
    assert_eq!(app.metric(counted).await, before, "no count(*) unasked");

    let total = app
        .gql(Some(&admin), "{ users { totalCount } }", json!({}))
        .await;
    assert_eq!(total.data()["users"]["totalCount"], 1);
    assert_eq!(app.metric(counted).await, before + 1.0);
}
