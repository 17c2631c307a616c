//! A fast Postgres restart (`pg_ctl restart -m fast`) under load: the
//! test's own cluster, 16 clients asking `me` all the while. A restart
//! shorter than `DATABASE_RECONNECT_WAIT_MS` costs latency, not errors:
//! requests wait for Postgres to take connections again, and a read whose
//! pooled connection died with the old server runs again on a new one. A
//! lost connection is never `INTERNAL`.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::pg_ctl::PgCtlCluster;
use crate::support::{TestDatabase, spawn_app_sharing};

const CLIENTS: usize = 16;

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_fast_restart_under_load_costs_latency_not_errors() {
    let cluster = Arc::new(
        tokio::task::spawn_blocking(PgCtlCluster::start)
            .await
            .unwrap(),
    );
    passage_graphql::startup::database::create_database_if_missing(&cluster.url("postgres"), "app")
        .await
        .unwrap();
    let url = cluster.url("app");
    passage_graphql::db::run_migrations(&url).await.unwrap();
    let app =
        Arc::new(spawn_app_sharing(&TestDatabase { url }, |c| c.database_pool_size = 8).await);
    let mut tokens = Vec::new();
    for i in 0..CLIENTS {
        let (_, token) = app.passage_user(&format!("restart{i}@example.com"));
        app.register(&token, "Restart").await;
        tokens.push(token);
    }

    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = tokens
        .into_iter()
        .map(|token| {
            let (app, stop) = (app.clone(), stop.clone());
            tokio::spawn(async move {
                let mut outcomes: BTreeMap<String, u32> = BTreeMap::new();
                let mut slowest = Duration::ZERO;
                while !stop.load(Ordering::Relaxed) {
                    let started = Instant::now();
                    let response = app.gql(Some(&token), "{ me { name } }", Value::Null).await;
                    slowest = slowest.max(started.elapsed());
                    let outcome = if response.status == 200
                        && response.body.get("errors").is_none()
                        && response.body["data"]["me"]["name"] == "Restart"
                    {
                        "ok".to_owned()
                    } else {
                        format!("{} {}", response.status, response.error_codes().join(","))
                    };
                    *outcomes.entry(outcome).or_default() += 1;
                }
                (outcomes, slowest)
            })
        })
        .collect();

    tokio::time::sleep(Duration::from_millis(500)).await;
    let restart = {
        let cluster = cluster.clone();
        tokio::task::spawn_blocking(move || cluster.restart_fast())
            .await
            .unwrap()
    };
    // Long enough after the restart for every pooled connection to be used.
    tokio::time::sleep(Duration::from_millis(1500)).await;
    stop.store(true, Ordering::Relaxed);

    let mut outcomes: BTreeMap<String, u32> = BTreeMap::new();
    let mut slowest = Duration::ZERO;
    for client in clients {
        let (theirs, their_slowest) = client.await.unwrap();
        for (outcome, n) in theirs {
            *outcomes.entry(outcome).or_default() += n;
        }
        slowest = slowest.max(their_slowest);
    }
    let retries = app.metric("db_read_retries_total").await;
    eprintln!(
        "restart took {restart:?}; outcomes {outcomes:?}; slowest answer {slowest:?}; \
         reads retried {retries}"
    );
    assert!(
        outcomes.get("ok").copied().unwrap_or(0) > 100,
        "{outcomes:?}"
    );
    assert!(
        !outcomes.keys().any(|outcome| outcome.contains("INTERNAL")),
        "a lost connection is never INTERNAL: {outcomes:?}"
    );
    let wait = Duration::from_millis(passage_graphql::config::DEFAULT_DATABASE_RECONNECT_WAIT_MS);
    if restart < wait {
        assert_eq!(
            outcomes.len(),
            1,
            "a restart of {restart:?} (shorter than the {wait:?} reconnect wait) costs no \
             errors: {outcomes:?}"
        );
    }
}
