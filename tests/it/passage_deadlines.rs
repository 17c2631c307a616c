//! Passage work is bounded in time and shared fairly: with Passage hanging
//! and every setting at its default, a field gives up well before the
//! request deadline; slots are not held through backoff sleeps; one request
//! takes at most half of them; a slow read cannot undo an update.

use std::time::{Duration, Instant};

use passage_emulator::Failure;
use passage_graphql::config::{DEFAULT_PASSAGE_TIMEOUT_MS, DEFAULT_REQUEST_TIMEOUT_MS};
use serde_json::{Value, json};

use crate::support::{spawn_app, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hanging_passage_with_default_settings_nulls_email_well_before_the_request_deadline() {
    // The harness shortens the Passage timeout; this test uses the defaults.
    let app = spawn_app_with(|c| c.passage_timeout_ms = DEFAULT_PASSAGE_TIMEOUT_MS).await;
    let (_, token) = app.passage_user("hang@example.com");
    app.register(&token, "Hang").await;
    app.emulator.set_failure(Failure::Hang);

    let started = Instant::now();
    let response = app
        .gql(Some(&token), "{ me { name email } }", json!({}))
        .await;
    let took = started.elapsed();
    assert_eq!(response.status, 200, "{}", response.text);
    assert_eq!(response.body["data"]["me"]["name"], "Hang");
    assert!(
        response.body["data"]["me"]
            .as_object()
            .unwrap()
            .contains_key("email")
    );
    assert_eq!(response.body["data"]["me"]["email"], Value::Null);
    assert_eq!(response.error_codes(), ["PASSAGE_UNAVAILABLE"]);
    let request_deadline = Duration::from_millis(DEFAULT_REQUEST_TIMEOUT_MS);
    assert!(
        took < request_deadline / 2,
        "answered after {took:?}; the request deadline is {request_deadline:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_for_a_passage_slot_is_bounded() {
    // One slot, held by a lookup that hangs: a second user's lookup must
    // give up by its deadline instead of queueing behind it.
    let app = spawn_app_with(|c| {
        c.passage_timeout_ms = DEFAULT_PASSAGE_TIMEOUT_MS;
        c.passage_max_concurrency = 1;
    })
    .await;
    let (_, first) = app.passage_user("first@example.com");
    let (_, second) = app.passage_user("second@example.com");
    app.register(&first, "First").await;
    app.register(&second, "Second").await;
    app.emulator.set_failure(Failure::Hang);

    let started = Instant::now();
    let query = "{ me { name email } }";
    let (a, b) = tokio::join!(
        app.gql(Some(&first), query, json!({})),
        app.gql(Some(&second), query, json!({})),
    );
    let took = started.elapsed();
    for response in [&a, &b] {
        assert_eq!(response.status, 200, "{}", response.text);
        assert_eq!(
            response.error_codes(),
            ["PASSAGE_UNAVAILABLE"],
            "{}",
            response.text
        );
    }
    assert!(
        took < Duration::from_secs(7),
        "both answered after {took:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slot_is_free_while_its_call_sleeps_before_a_retry() {
    // One slot. The first user's lookups get 429 with Retry-After: 1, so
    // that call sleeps twice for a second; the second user's lookup must
    // use the slot meanwhile rather than wait for the whole retry cycle.
    let app = spawn_app_with(|c| c.passage_max_concurrency = 1).await;
    let (throttled, first) = app.passage_user("throttled@example.com");
    let (_, second) = app.passage_user("fine@example.com");
    app.register(&first, "Throttled").await;
    app.register(&second, "Fine").await;
    app.emulator
        .set_user_failure(&throttled.id, Failure::Html(429));

    let query = "{ me { email } }";
    let slow = app.gql(Some(&first), query, json!({}));
    let fast = async {
        // Let the first call take the slot and get its first 429.
        while app.emulator.calls().get_user == 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let started = Instant::now();
        let response = app.gql(Some(&second), query, json!({})).await;
        (response, started.elapsed())
    };
    let (slow, (fast, fast_took)) = tokio::join!(slow, fast);
    assert_eq!(fast.data()["me"]["email"], "fine@example.com");
    assert!(
        fast_took < Duration::from_millis(900),
        "the healthy lookup waited {fast_took:?} behind a sleeping retry"
    );
    assert_eq!(slow.error_codes(), ["PASSAGE_UNAVAILABLE"], "{}", slow.text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_request_uses_at_most_half_of_the_passage_slots() {
    let app = spawn_app().await;
    let (_, admin) = app.admin("root@example.com").await;
    for i in 0..24 {
        let (_, token) = app.passage_user(&format!("member{i}@example.com"));
        app.register(&token, &format!("Member {i}")).await;
    }
    app.emulator.set_latency(Duration::from_millis(100));
    app.emulator.reset_calls();
    let response = app
        .gql(
            Some(&admin),
            "{ users(first: 30) { edges { node { email } } } }",
            json!({}),
        )
        .await;
    let edges = response.data()["users"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 25);
    assert!(edges.iter().all(|e| e["node"]["email"].is_string()));
    let calls = app.emulator.calls();
    assert_eq!(calls.get_user, 25);
    let share = passage_graphql::config::DEFAULT_PASSAGE_MAX_CONCURRENCY / 2;
    assert!(
        calls.peak_get_in_flight <= share,
        "one request had {} lookups in flight; its share is {share}",
        calls.peak_get_in_flight
    );
    assert!(
        calls.peak_get_in_flight >= 2,
        "lookups still run concurrently"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_that_started_before_an_update_cannot_put_the_old_email_back() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("before@example.com");
    app.register(&token, "Racer").await;
    // Lookups read the user at once and answer 600 ms later.
    app.emulator
        .set_get_transit_delay(Duration::from_millis(600));

    let read = app.gql(Some(&token), "{ me { email } }", json!({}));
    let update = async {
        while app.emulator.calls().get_user == 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        app.gql(
            Some(&token),
            "mutation { updateMe(input: {email: \"after@example.com\"}) { email } }",
            json!({}),
        )
        .await
    };
    let (_read, updated) = tokio::join!(read, update);
    assert_eq!(updated.data()["updateMe"]["email"], "after@example.com");

    app.emulator.set_get_transit_delay(Duration::ZERO);
    app.emulator.reset_calls();
    let next = app.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(next.data()["me"]["email"], "after@example.com");
    assert_eq!(app.emulator.calls().get_user, 0, "served from the cache");
}
