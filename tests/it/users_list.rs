//! Admin listing, batching limits, the shared cache and the admin CLI.

use std::time::Duration;

use serde_json::json;

use crate::support::cli::Cli;
use crate::support::{TestApp, spawn_app, spawn_app_with};

const LIST: &str = "query($first: Int, $after: String) {
  users(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { name email phone status } }
  }
}";

/// Registers `n` users straight into Postgres, each a real emulator user.
async fn seed_users(app: &TestApp, n: usize) {
    let values: Vec<String> = (0..n)
        .map(|i| {
            let user = app.emulator.create_user(&format!("user{i}@example.com"));
            format!("('{}', 'User {i}')", user.id)
        })
        .collect();
    app.db
        .execute(&format!(
            "INSERT INTO users (passage_id, name) VALUES {}",
            values.join(",")
        ))
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn listing_100_users_costs_100_bounded_calls_then_none() {
    let app = spawn_app_with(|c| c.passage_max_concurrency = 8).await;
    let (_, admin) = app.admin("root@example.com").await;
    seed_users(&app, 100).await;
    app.emulator.set_latency(Duration::from_millis(20));
    app.emulator.reset_calls();

    let page = app.gql(Some(&admin), LIST, json!({"first": 100})).await;
    let users = &page.data()["users"];
    assert_eq!(users["totalCount"], 101);
    assert_eq!(users["edges"].as_array().unwrap().len(), 100);
    assert_eq!(users["pageInfo"]["hasNextPage"], true);
    assert_eq!(users["edges"][1]["node"]["email"], "user0@example.com");
    let calls = app.emulator.calls();
    assert_eq!(calls.get_user, 100, "one GET per distinct user");
    assert!(calls.peak_get_in_flight <= 8, "limit held: {calls:?}");
    assert!(
        calls.peak_get_in_flight >= 2,
        "calls do run concurrently: {calls:?}"
    );

    app.emulator.reset_calls();
    let again = app.gql(Some(&admin), LIST, json!({"first": 100})).await;
    assert_eq!(
        again.data()["users"]["edges"][1]["node"]["email"],
        "user0@example.com"
    );
    assert_eq!(app.emulator.calls().get_user, 0, "served from the cache");

    let cursor = users["pageInfo"]["endCursor"].as_str().unwrap();
    let rest = app
        .gql(Some(&admin), LIST, json!({"first": 100, "after": cursor}))
        .await;
    let rest = &rest.data()["users"];
    assert_eq!(rest["edges"].as_array().unwrap().len(), 1);
    assert_eq!(rest["pageInfo"]["hasNextPage"], false);
    assert_eq!(rest["edges"][0]["node"]["name"], "User 99");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_requests_for_one_user_make_one_call() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("shared@example.com");
    app.register(&token, "Shared").await;
    app.emulator.set_latency(Duration::from_millis(150));
    app.emulator.reset_calls();
    let (a, b) = tokio::join!(
        app.gql(Some(&token), "{ me { email } }", json!({})),
        app.gql(Some(&token), "{ me { email } }", json!({})),
    );
    assert_eq!(a.data()["me"]["email"], "shared@example.com");
    assert_eq!(b.data()["me"]["email"], "shared@example.com");
    assert_eq!(app.emulator.calls().get_user, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_zero_ttl_turns_the_cache_off() {
    let app = spawn_app_with(|c| c.passage_cache_ttl = 0).await;
    let (_, token) = app.passage_user("fresh@example.com");
    app.register(&token, "Fresh").await;
    for _ in 0..2 {
        app.gql(Some(&token), "{ me { email } }", json!({}))
            .await
            .data();
    }
    assert_eq!(app.emulator.calls().get_user, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_is_one_patch_and_the_next_read_sees_it() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("before@example.com");
    app.register(&token, "Changer").await;
    let before = app.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(before.data()["me"]["email"], "before@example.com");
    app.gql(
        Some(&token),
        "mutation { updateMe(input: {email: \"after@example.com\"}) { id } }",
        json!({}),
    )
    .await
    .data();
    let after = app.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(after.data()["me"]["email"], "after@example.com");
    let calls = app.emulator.calls();
    assert_eq!(calls.patch_user, 1);
    assert_eq!(calls.get_user, 1, "the PATCH answer refreshed the cache");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn non_admins_cannot_list_users() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("plain@example.com");
    app.register(&token, "Plain").await;
    let response = app.gql(Some(&token), LIST, json!({})).await;
    assert_eq!(response.error_code(), "FORBIDDEN");
    let anonymous = app.gql(None, LIST, json!({})).await;
    assert_eq!(anonymous.error_code(), "UNAUTHENTICATED");
    let (_, admin) = app.admin("root@example.com").await;
    let bad = app.gql(Some(&admin), LIST, json!({"first": 1000})).await;
    assert_eq!(bad.error_code(), "BAD_USER_INPUT");
    let bad = app
        .gql(Some(&admin), LIST, json!({"after": "garbage"}))
        .await;
    assert_eq!(bad.error_code(), "BAD_USER_INPUT");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_admin_cli_grants_and_revokes() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("promote@example.com");
    app.register(&token, "Promoted").await;
    let cli = |action: &str| {
        Cli::new()
            .args(["admin", action, &user.id, "--database-url", &app.db.url])
            .output()
    };
    let role = || async {
        app.gql(Some(&token), "{ me { role } }", json!({}))
            .await
            .data()["me"]["role"]
            .clone()
    };
    assert!(cli("grant").await.status.success());
    assert_eq!(role().await, "ADMIN");
    assert!(cli("revoke").await.status.success());
    assert_eq!(role().await, "USER");

    let unknown = Cli::new()
        .args([
            "admin",
            "grant",
            "NoSuchUser123",
            "--database-url",
            &app.db.url,
        ])
        .output()
        .await;
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("createUser"));
}
