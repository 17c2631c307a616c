//! Behind PgBouncer in transaction mode (the pooled connection strings of
//! managed Postgres services): a real `pgbouncer` started by the test, with
//! fewer server connections than the server has requests in flight. With
//! `DATABASE_STATEMENT_CACHE=off` nothing fails; with the cache on, the
//! server refuses to start and says which setting to change.

use std::time::Duration;

use futures::future::join_all;
use passage_graphql::db::StatementCache;
use serde_json::{Value, json};

use crate::support::cli::Cli;
use crate::support::pgbouncer::PgBouncer;
use crate::support::server_process::ServerProcess;
use crate::support::{GqlResponse, TestApp, TestDatabase, spawn_app, spawn_app_sharing};

/// Server connections PgBouncer may open to Postgres.
const SERVER_CONNECTIONS: u32 = 2;
/// Requests in flight at once (the app's pool: 4 connections).
const CONCURRENCY: usize = 32;

const ME: &str = "{ me { id passageId name } }";
const CREATE_USER: &str =
    "mutation($name: String!) { createUser(input: {name: $name}) { id passageId name } }";

/// Every answer that is not a 200 without errors, described.
fn failures(responses: &[GqlResponse]) -> Vec<String> {
    responses
        .iter()
        .filter(|r| r.status != 200 || r.body.get("errors").is_some())
        .map(|r| format!("{}: {}", r.status, r.body))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn with_the_statement_cache_off_nothing_fails_behind_pgbouncer_in_transaction_mode() {
    let db = TestDatabase::create().await;
    let Some(bouncer) = PgBouncer::start_or_skip("pgbouncer", &db.url, SERVER_CONNECTIONS) else {
        return;
    };
    let pooled = TestDatabase {
        url: bouncer.url(&db.url),
    };
    let app = spawn_app_sharing(&pooled, |config| {
        config.database_statement_cache = StatementCache::Off;
    })
    .await;

    // 40 new users at once, two calls each (createUser is idempotent), and
    // a transaction of its own in each (the identity rows of other issuers
    // aside, this is the write path).
    let people: Vec<(String, String)> = (0..40)
        .map(|i| {
            let (user, token) = app.passage_user(&format!("pooled{i}@example.com"));
            (user.id, token)
        })
        .collect();
    let registrations = join_all(people.iter().flat_map(|(_, token)| {
        let app = &app;
        [0, 1].map(move |_| app.gql(Some(token), CREATE_USER, json!({ "name": "Pooled" })))
    }))
    .await;
    let failed = failures(&registrations);
    assert!(
        failed.is_empty(),
        "{} of {} createUser failed, e.g. {:?}\npgbouncer log:\n{}",
        failed.len(),
        registrations.len(),
        &failed[..failed.len().min(3)],
        bouncer.log()
    );
    let direct = &db;
    assert_eq!(direct.count("SELECT count(*) AS n FROM users").await, 40);

    // 2,000 `me`, 32 at a time.
    let mut answered = Vec::new();
    for round in 0..(2000 / CONCURRENCY) {
        let batch = (0..CONCURRENCY).map(|i| {
            let (id, token) = &people[(round * CONCURRENCY + i) % people.len()];
            me_of(&app, id, token)
        });
        answered.extend(join_all(batch).await);
    }
    let failed: Vec<&String> = answered.iter().flatten().collect();
    assert!(
        failed.is_empty(),
        "{} of {} `me` failed, e.g. {:?}",
        failed.len(),
        answered.len(),
        &failed[..failed.len().min(3)]
    );
}

/// `me` for the user `id`: `None` when it answered them, else what it said.
async fn me_of(app: &TestApp, id: &str, token: &str) -> Option<String> {
    let response = app.gql(Some(token), ME, Value::Null).await;
    let ok = response.status == 200
        && response.body.get("errors").is_none()
        && response.body["data"]["me"]["passageId"] == id;
    (!ok).then(|| format!("{}: {}", response.status, response.body))
}

#[tokio::test]
async fn with_the_statement_cache_on_the_server_refuses_to_start_behind_pgbouncer_in_transaction_mode()
 {
    let app = spawn_app().await;
    let Some(bouncer) = PgBouncer::start_or_skip("pgbouncer", &app.db.url, SERVER_CONNECTIONS)
    else {
        return;
    };
    let stderr = Cli::new()
        .arg("serve")
        .on(&app)
        .env("DATABASE_URL", bouncer.url(&app.db.url))
        .env("LISTEN_ADDR", "127.0.0.1:0")
        .refused_start()
        .await;
    assert!(
        stderr.contains("pooler in transaction mode")
            && stderr.contains("DATABASE_STATEMENT_CACHE=off"),
        "names the cause and the setting: {stderr}"
    );

    // With the cache off the same server starts (and `/ready` answers 200).
    let url = bouncer.url(&app.db.url);
    let server = ServerProcess::start(
        &app,
        &[
            ("DATABASE_URL", url.as_str()),
            ("DATABASE_STATEMENT_CACHE", "off"),
        ],
    )
    .await;
    server.sigterm();
    let exited = server.exited(Duration::from_secs(20)).await;
    assert!(exited.status.success(), "{}", exited.stderr);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_statement_cache_off_every_transaction_carries_the_session_limits() {
    let db = TestDatabase::create().await;
    let Some(bouncer) = PgBouncer::start_or_skip("pgbouncer", &db.url, SERVER_CONNECTIONS) else {
        return;
    };
    let pooled = TestDatabase {
        url: bouncer.url(&db.url),
    };
    // Session-level SETs would land on whichever server connection
    // PgBouncer picked: the limits come with each transaction (SET LOCAL).
    let app = spawn_app_sharing(&pooled, |config| {
        config.database_statement_cache = StatementCache::Off;
        config.database_lock_timeout_ms = 300;
    })
    .await;
    let (_, token) = app.passage_user("limited@example.com");
    app.register(&token, "Limited").await;
    let lock = db.lock_users().await;
    let started = std::time::Instant::now();
    let response = app.gql(Some(&token), ME, Value::Null).await;
    let took = started.elapsed();
    drop(lock);
    assert_eq!(
        response.error_codes(),
        ["DATABASE_UNAVAILABLE"],
        "{}",
        response.text
    );
    assert!(
        took < Duration::from_secs(3),
        "by the lock timeout: {took:?}"
    );
    let after = app.gql(Some(&token), ME, Value::Null).await;
    assert_eq!(after.data()["me"]["name"], "Limited");
}

/// An app's statements on a connection of the server's pool (`ContextExt::db`)
/// keep the session limits with the cache off, whichever way they are sent:
/// a diesel query, a transaction, or a simple-protocol batch.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_the_statement_cache_off_app_statements_carry_the_session_limits() {
    use diesel_async::{AsyncConnection, RunQueryDsl, SimpleAsyncConnection};
    let db = TestDatabase::create().await;
    passage_graphql::db::run_migrations(&db.url).await.unwrap();
    let limits = passage_graphql::db::SessionLimits {
        statement_timeout: Duration::from_millis(300),
        lock_timeout: Duration::from_millis(300),
        statement_cache: StatementCache::Off,
        reconnect_wait: Duration::from_secs(1),
    };
    let repo = passage_graphql::db::users::UserRepo::new(
        passage_graphql::db::connect(&db.url, 4, limits).unwrap(),
    );
    let slow = "SELECT pg_sleep(1)";
    let timed_out = |result: Result<(), String>, how: &str| {
        let err = result.expect_err(&format!("{how}: a 1 s statement outlived the 300 ms limit"));
        assert!(err.contains("statement timeout"), "{how}: {err}");
    };

    let mut conn = repo.app_conn("app_batch").await.unwrap();
    timed_out(
        conn.batch_execute(slow).await.map_err(|e| e.to_string()),
        "batch_execute",
    );
    let mut conn = repo.app_conn("app_query").await.unwrap();
    timed_out(
        diesel::sql_query(slow)
            .execute(&mut conn)
            .await
            .map(drop)
            .map_err(|e| e.to_string()),
        "a diesel query",
    );
    let mut conn = repo.app_conn("app_transaction").await.unwrap();
    timed_out(
        conn.transaction::<_, diesel::result::Error, _>(async |conn| {
            diesel::sql_query(slow).execute(conn).await.map(drop)
        })
        .await
        .map_err(|e| e.to_string()),
        "a transaction",
    );
    // The connections are still usable afterwards.
    let mut conn = repo.app_conn("app_after").await.unwrap();
    conn.batch_execute("SELECT 1").await.unwrap();
}
