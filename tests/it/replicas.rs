//! Several replicas sharing Redis (`REDIS_URL`): two servers on one
//! database and one emulator, and a real `redis-server`. A profile fetched
//! by one is served by the other without a Passage call; an update on one is
//! seen on the other at once; a read that began before a write cannot put
//! the old profile back in either level; Redis killed or frozen costs
//! nothing but its (bounded) timeouts.

use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::redis::RedisServer;
use crate::support::replica::Replica;
use crate::support::{TestApp, spawn_app_with};

/// Generous for a busy test machine; the frozen-Redis test sets its own.
const TIMEOUT_MS: u64 = 1_000;

const ME: &str = "{ me { email } }";
const SET_EMAIL: &str = "mutation($email: String!) { updateMe(input: {email: $email}) { email } }";
const LIST: &str = "{ users(first: 30) { edges { node { email } } } }";

/// Two servers on one database, one emulator and `redis`, both connected.
async fn two_replicas(redis: &RedisServer, timeout_ms: u64) -> (TestApp, Replica) {
    let url = redis.url();
    let with_redis = |c: &mut passage_graphql::Config| {
        c.redis_url = Some(url.clone().into());
        c.redis_timeout_ms = timeout_ms;
    };
    let a = spawn_app_with(with_redis).await;
    let b = a.replica(with_redis).await;
    a.wait_for_redis().await;
    b.wait_for_redis().await;
    (a, b)
}

fn email(response: &crate::support::GqlResponse) -> Value {
    response.data()["me"]["email"].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_on_one_replica_is_seen_on_another_at_once() {
    let Some(redis) =
        RedisServer::start_or_skip("an_update_on_one_replica_is_seen_on_another_at_once")
    else {
        return;
    };
    let (a, b) = two_replicas(&redis, TIMEOUT_MS).await;
    let (_, token) = a.passage_user("before@example.com");
    a.register(&token, "Mover").await;
    assert_eq!(
        email(&a.gql(Some(&token), ME, json!({})).await),
        "before@example.com"
    );
    assert_eq!(
        email(&b.gql(Some(&token), ME, json!({})).await),
        "before@example.com"
    );

    let updated = a
        .gql(
            Some(&token),
            SET_EMAIL,
            json!({ "email": "after@example.com" }),
        )
        .await;
    assert_eq!(updated.data()["updateMe"]["email"], "after@example.com");
    // No waiting: B must not answer from its old copy.
    let seen = b.gql(Some(&token), ME, json!({})).await;
    assert_eq!(email(&seen), "after@example.com");

    assert_eq!(b.metric("redis_invalidations_received_total").await, 1.0);
    assert_eq!(
        a.emulator.calls().get_user,
        1,
        "one Passage read between them: B took the change from Redis"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn profiles_fetched_by_one_replica_are_served_by_another_without_passage() {
    let Some(redis) = RedisServer::start_or_skip(
        "profiles_fetched_by_one_replica_are_served_by_another_without_passage",
    ) else {
        return;
    };
    let (a, b) = two_replicas(&redis, TIMEOUT_MS).await;
    let (_, admin) = a.admin("root@example.com").await;
    for i in 0..5 {
        let (_, token) = a.passage_user(&format!("member{i}@example.com"));
        a.register(&token, &format!("Member {i}")).await;
    }
    a.emulator.reset_calls();
    let on_a = a.gql(Some(&admin), LIST, json!({})).await;
    let emails = on_a.data()["users"]["edges"].clone();
    assert_eq!(emails.as_array().unwrap().len(), 6);
    assert_eq!(a.emulator.calls().get_user, 6);

    let mgets = redis.calls_of("mget");
    let on_b = b.gql(Some(&admin), LIST, json!({})).await;
    assert_eq!(on_b.data()["users"]["edges"], emails);
    assert_eq!(a.emulator.calls().get_user, 6, "B asked Passage nothing");
    assert_eq!(redis.calls_of("mget") - mgets, 1, "one MGET for B's batch");
    assert_eq!(b.metric("redis_profile_hits_total").await, 6.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_slow_read_on_one_replica_cannot_bring_back_an_email_changed_on_another() {
    let Some(redis) = RedisServer::start_or_skip(
        "a_slow_read_on_one_replica_cannot_bring_back_an_email_changed_on_another",
    ) else {
        return;
    };
    let (a, b) = two_replicas(&redis, TIMEOUT_MS).await;
    let (_, token) = a.passage_user("before@example.com");
    a.register(&token, "Racer").await;
    // Lookups read the user at once and answer 600 ms later: B's answer is
    // already old when it arrives.
    a.emulator.set_get_transit_delay(Duration::from_millis(600));
    let read = b.gql(Some(&token), ME, json!({}));
    let update = async {
        while a.emulator.calls().get_user == 0 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        a.gql(
            Some(&token),
            SET_EMAIL,
            json!({ "email": "after@example.com" }),
        )
        .await
    };
    let (_read, updated) = tokio::join!(read, update);
    assert_eq!(updated.data()["updateMe"]["email"], "after@example.com");

    a.emulator.set_get_transit_delay(Duration::ZERO);
    a.emulator.reset_calls();
    assert_eq!(
        email(&b.gql(Some(&token), ME, json!({})).await),
        "after@example.com"
    );
    // A third replica starts with nothing but Redis.
    let c = a
        .replica(|c| {
            c.redis_url = Some(redis.url().into());
            c.redis_timeout_ms = TIMEOUT_MS;
        })
        .await;
    c.wait_for_redis().await;
    assert_eq!(
        email(&c.gql(Some(&token), ME, json!({})).await),
        "after@example.com"
    );
    assert_eq!(a.emulator.calls().get_user, 0, "both served from a cache");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn requests_keep_answering_when_redis_is_killed() {
    let Some(mut redis) =
        RedisServer::start_or_skip("requests_keep_answering_when_redis_is_killed")
    else {
        return;
    };
    let (a, b) = two_replicas(&redis, TIMEOUT_MS).await;
    let (_, ada) = a.passage_user("ada@example.com");
    let (_, bob) = a.passage_user("bob@example.com");
    a.register(&ada, "Ada").await;
    a.register(&bob, "Bob").await;
    assert_eq!(
        email(&a.gql(Some(&ada), ME, json!({})).await),
        "ada@example.com"
    );
    assert_eq!(a.metric("redis_errors_total").await, 0.0);

    redis.kill();
    // B never saw Ada: Redis cannot answer, Passage does.
    assert_eq!(
        email(&b.gql(Some(&ada), ME, json!({})).await),
        "ada@example.com"
    );
    assert!(b.metric("redis_errors_total").await > 0.0);
    // An update still goes through, and its replica serves it.
    let updated = a
        .gql(
            Some(&bob),
            SET_EMAIL,
            json!({ "email": "bob2@example.com" }),
        )
        .await;
    assert_eq!(updated.data()["updateMe"]["email"], "bob2@example.com");
    assert_eq!(
        email(&a.gql(Some(&bob), ME, json!({})).await),
        "bob2@example.com"
    );
    assert!(a.metric("redis_errors_total").await > 0.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_server_started_while_redis_is_down_answers_and_shares_once_redis_is_up() {
    let Some(mut redis) = RedisServer::start_or_skip(
        "a_server_started_while_redis_is_down_answers_and_shares_once_redis_is_up",
    ) else {
        return;
    };
    redis.kill();
    let url = redis.url();
    let with_redis = |c: &mut passage_graphql::Config| {
        c.redis_url = Some(url.clone().into());
        c.redis_timeout_ms = TIMEOUT_MS;
    };
    let a = spawn_app_with(with_redis).await;
    let (_, ada) = a.passage_user("ada@example.com");
    a.register(&ada, "Ada").await;
    assert_eq!(
        email(&a.gql(Some(&ada), ME, json!({})).await),
        "ada@example.com"
    );

    // The client keeps trying: once Redis is up, A uses it unprompted.
    redis.restart();
    a.wait_for_redis().await;
    let b = a.replica(with_redis).await;
    b.wait_for_redis().await;
    let (_, bob) = a.passage_user("bob@example.com");
    a.register(&bob, "Bob").await;
    a.emulator.reset_calls();
    assert_eq!(
        email(&a.gql(Some(&bob), ME, json!({})).await),
        "bob@example.com"
    );
    assert_eq!(
        email(&b.gql(Some(&bob), ME, json!({})).await),
        "bob@example.com"
    );
    assert_eq!(a.emulator.calls().get_user, 1, "B took Bob from Redis");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_frozen_redis_costs_at_most_its_timeout_and_a_missed_change_arrives_when_it_thaws() {
    let Some(redis) = RedisServer::start_or_skip(
        "a_frozen_redis_costs_at_most_its_timeout_and_a_missed_change_arrives_when_it_thaws",
    ) else {
        return;
    };
    let (a, b) = two_replicas(&redis, 200).await;
    let (_, ada) = a.passage_user("ada@example.com");
    a.register(&ada, "Ada").await;
    assert_eq!(
        email(&a.gql(Some(&ada), ME, json!({})).await),
        "ada@example.com"
    );
    assert_eq!(
        email(&b.gql(Some(&ada), ME, json!({})).await),
        "ada@example.com"
    );

    // Connections stay open; nothing answers.
    redis.freeze();
    let started = Instant::now();
    let updated = a
        .gql(
            Some(&ada),
            SET_EMAIL,
            json!({ "email": "ada2@example.com" }),
        )
        .await;
    assert_eq!(updated.data()["updateMe"]["email"], "ada2@example.com");
    let took = started.elapsed();
    // Two Redis calls of 200 ms at most, and Passage's: far from what a
    // hanging Redis would cost without its timeout (the 15 s request deadline).
    assert!(took < Duration::from_secs(2), "the update took {took:?}");

    let (_, cy) = a.passage_user("cy@example.com");
    a.register(&cy, "Cy").await;
    let started = Instant::now();
    assert_eq!(
        email(&b.gql(Some(&cy), ME, json!({})).await),
        "cy@example.com"
    );
    let took = started.elapsed();
    assert!(took < Duration::from_secs(2), "a lookup took {took:?}");
    assert!(a.metric("redis_errors_total").await > 0.0);
    assert!(b.metric("redis_errors_total").await > 0.0);

    // B could not hear of the change while Redis was frozen; it does once
    // Redis answers again.
    redis.thaw();
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let seen = email(&b.gql(Some(&ada), ME, json!({})).await);
        if seen == "ada2@example.com" {
            break;
        }
        assert!(Instant::now() < deadline, "B still serves {seen}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The same with two real server processes (the binary, twice), as a
/// deployment runs them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_server_processes_share_profiles_and_updates_through_redis() {
    use crate::support::server_process::ServerProcess;
    let Some(redis) = RedisServer::start_or_skip("two_server_processes") else {
        return;
    };
    let app = crate::support::spawn_app().await;
    let url = redis.url();
    let env = [("REDIS_URL", url.as_str()), ("REDIS_TIMEOUT_MS", "1000")];
    let a = ServerProcess::start(&app, &env).await;
    let b = ServerProcess::start(&app, &env).await;
    let gql = |server: &ServerProcess, token: &str, query: &str, variables: Value| {
        let request = app
            .http
            .post(server.url("/graphql"))
            .bearer_auth(token)
            .json(&json!({ "query": query, "variables": variables }));
        async move { crate::support::GqlResponse::from(request.send().await.unwrap()).await }
    };
    for server in [&a, &b] {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let ready: Value = app
                .http
                .get(server.url("/ready"))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            if ready["redis"] == "connected" {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "never connected to Redis: {ready}"
            );
            tokio::time::sleep(Duration::from_millis(25)).await;
        }
    }
    let (_, token) = app.passage_user("procs@example.com");
    app.register(&token, "Procs").await;
    app.emulator.reset_calls();

    let on_a = gql(&a, &token, ME, json!({})).await;
    assert_eq!(email(&on_a), "procs@example.com");
    let on_b = gql(&b, &token, ME, json!({})).await;
    assert_eq!(email(&on_b), "procs@example.com");
    assert_eq!(
        app.emulator.calls().get_user,
        1,
        "B took A's profile from Redis"
    );

    let updated = gql(
        &a,
        &token,
        SET_EMAIL,
        json!({ "email": "procs2@example.com" }),
    )
    .await;
    assert_eq!(updated.data()["updateMe"]["email"], "procs2@example.com");
    let after = gql(&b, &token, ME, json!({})).await;
    assert_eq!(
        email(&after),
        "procs2@example.com",
        "B sees A's update at once"
    );
}
