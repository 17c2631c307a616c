//! The viewer's record is looked up by Passage ID once per request; under
//! load the lookups of concurrent requests share queries, and each request
//! still gets its own user, as of when it asked.

use futures::future::join_all;
use serde_json::json;

use crate::support::spawn_app;

const LOOKUPS: &str = "db_passage_lookups_total";
const QUERIES: &str = "db_queries_total{query=\"find_user_by_identity\"}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_viewer_lookups_share_queries_and_each_gets_its_own_user() {
    let app = spawn_app().await;
    let mut tokens = Vec::new();
    for i in 0..30 {
        let (_, token) = app.passage_user(&format!("batch{i}@example.com"));
        app.register(&token, &format!("User {i}")).await;
        tokens.push(token);
    }
    let (lookups, queries) = (app.metric(LOOKUPS).await, app.metric(QUERIES).await);

    // Reads of `users` wait behind the lock until every request has asked.
    let lock = app.db.lock_users().await;
    let requests = join_all(
        tokens
            .iter()
            .map(|token| app.gql(Some(token), "{ me { name } }", json!({}))),
    );
    let release = async {
        while app.metric(LOOKUPS).await < lookups + 30.0 {
            tokio::task::yield_now().await;
        }
        drop(lock);
    };
    let (responses, ()) = tokio::join!(requests, release);

    for (i, response) in responses.iter().enumerate() {
        assert_eq!(response.data()["me"]["name"], format!("User {i}"));
    }
    let sent = app.metric(QUERIES).await - queries;
    // At most the queries already running when the lock was taken, plus one
    // for all the lookups that gathered behind them.
    assert!(sent <= 3.0, "{sent} queries for 30 lookups");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_lookup_sees_a_registration_committed_before_it_asked() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("fresh@example.com");
    for round in 0..20 {
        let (_, other) = app.passage_user(&format!("other{round}@example.com"));
        // Another request's lookup is in flight while this user registers.
        let (_, me) = tokio::join!(app.gql(Some(&other), "{ me { name } }", json!({})), async {
            if round == 10 {
                app.register(&token, "Fresh").await;
            }
            app.gql(Some(&token), "{ me { name } }", json!({})).await
        });
        let expected = if round >= 10 {
            json!({ "name": "Fresh" })
        } else {
            json!(null)
        };
        assert_eq!(
            me.data().get("me"),
            Some(&expected),
            "round {round}: {}",
            me.text
        );
    }
}
