//! The Redis level on its own, against a real `redis-server`: a reader
//! stores Passage's answer only if no write began since it looked (the
//! fence), whichever replica wrote.

use std::time::{Duration, Instant};

use passage_graphql::passage::shared_cache::{LocalCopies, SharedCache, SharedCacheSettings};
use passage_graphql::passage::{PassageUser, PassageUserId};
use serde_json::json;

use crate::support::redis::RedisServer;

/// These tests look at Redis only.
struct NoLocalCopies;

impl LocalCopies for NoLocalCopies {
    async fn forget(&self, _: &PassageUserId) {}
    async fn forget_all(&self) {}
}

fn connect(redis: &RedisServer) -> SharedCache {
    let url = redis.url();
    let settings = SharedCacheSettings {
        url: &url,
        timeout: Duration::from_secs(1),
        namespace: "shared-cache-test",
        ttl: Duration::from_secs(60),
        deadline: Duration::from_secs(4),
    };
    SharedCache::connect(&settings, NoLocalCopies).expect("a valid URL")
}

async fn connected(cache: &SharedCache) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while cache.status() != "connected" {
        assert!(Instant::now() < deadline, "Redis never connected");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn user(id: &PassageUserId, email: &str) -> PassageUser {
    serde_json::from_value(json!({ "id": id.as_str(), "email": email })).unwrap()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_that_began_before_a_write_cannot_store_its_answer_in_redis() {
    let Some(redis) = RedisServer::start_or_skip(
        "a_read_that_began_before_a_write_cannot_store_its_answer_in_redis",
    ) else {
        return;
    };
    let (reader, writer) = (connect(&redis), connect(&redis));
    connected(&reader).await;
    connected(&writer).await;
    let id = PassageUserId::parse("aaaaaaaaaaaaaaaaaaaaaaaa").unwrap();
    let found_email = |lookup: Option<passage_graphql::passage::shared_cache::SharedLookup>| {
        lookup
            .expect("Redis answers")
            .found
            .get(&id)
            .map(|found| found.user.email.clone())
    };

    // A reader misses and notes the fence; a write on another replica
    // begins and ends while the reader's Passage call is under way.
    let seen = reader
        .lookup(std::slice::from_ref(&id))
        .await
        .expect("Redis answers");
    assert!(seen.found.is_empty());
    let fence = seen.fences[&id].clone();
    let ticket = writer.begin_write(&id).await;
    writer
        .finish_write(&id, ticket, Some(&user(&id, "new@example.com")))
        .await;
    reader
        .fill(&id, &fence, &user(&id, "old@example.com"))
        .await;
    assert_eq!(
        found_email(reader.lookup(std::slice::from_ref(&id)).await).as_deref(),
        Some("new@example.com")
    );

    // Also when the reader stores while the write is still under way.
    let other = PassageUserId::parse("bbbbbbbbbbbbbbbbbbbbbbbb").unwrap();
    let seen = reader.lookup(std::slice::from_ref(&other)).await.unwrap();
    let ticket = writer.begin_write(&other).await;
    reader
        .fill(
            &other,
            &seen.fences[&other],
            &user(&other, "old@example.com"),
        )
        .await;
    let after = reader.lookup(std::slice::from_ref(&other)).await.unwrap();
    assert!(after.found.is_empty(), "the old answer was stored");
    writer.finish_write(&other, ticket, None).await;

    // A reader with nothing in its way stores, and others find it.
    let third = PassageUserId::parse("cccccccccccccccccccccccc").unwrap();
    let seen = reader.lookup(std::slice::from_ref(&third)).await.unwrap();
    reader
        .fill(
            &third,
            &seen.fences[&third],
            &user(&third, "third@example.com"),
        )
        .await;
    let found = writer.lookup(std::slice::from_ref(&third)).await.unwrap();
    assert_eq!(found.found[&third].user.email, "third@example.com");
}

/// The Redis key of `id`'s profile for the harness's app.
fn profile_key(id: &str) -> String {
    format!("passage-graphql:v1:{}:profile:{id}", crate::support::APP_ID)
}

/// The user ID and email of the entry under `key` (it must be readable).
fn stored_profile(redis: &RedisServer, key: &str) -> (String, String) {
    let text = redis.command(&["GET", key]);
    let stored: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|_| panic!("unreadable entry {text:?}"));
    let user = &stored["user"];
    (
        user["id"].as_str().unwrap().to_owned(),
        user["email"].as_str().unwrap().to_owned(),
    )
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_entry_that_is_not_the_users_profile_is_a_miss_and_is_overwritten() {
    let Some(redis) = RedisServer::start_or_skip(
        "an_entry_that_is_not_the_users_profile_is_a_miss_and_is_overwritten",
    ) else {
        return;
    };
    let url = redis.url();
    let with_redis = |c: &mut passage_graphql::Config| {
        c.redis_url = Some(url.clone().into());
        c.redis_timeout_ms = 1_000;
    };
    let a = crate::support::spawn_app_with(with_redis).await;
    a.wait_for_redis().await;
    let me = "{ me { email } }";
    let (x, x_token) = a.passage_user("x@example.com");
    let (y, y_token) = a.passage_user("y@example.com");
    a.register(&x_token, "X").await;
    a.register(&y_token, "Y").await;
    // Y's profile reaches Redis through A.
    let on_a = a.gql(Some(&y_token), me, json!({})).await;
    assert_eq!(on_a.data()["me"]["email"], "y@example.com");
    assert_eq!(
        stored_profile(&redis, &profile_key(&y.id)),
        (y.id.clone(), "y@example.com".into())
    );

    // Garbage under X's key: B asks Passage for X, and overwrites it.
    redis.command(&["SET", &profile_key(&x.id), "{not json", "PX", "60000"]);
    let b = a.replica(with_redis).await;
    b.wait_for_redis().await;
    a.emulator.reset_calls();
    let x_on_b = b.gql(Some(&x_token), me, json!({})).await;
    assert_eq!(x_on_b.data()["me"]["email"], "x@example.com");
    assert_eq!(a.emulator.calls().get_user, 1, "X came from Passage");
    assert_eq!(
        stored_profile(&redis, &profile_key(&x.id)),
        (x.id.clone(), "x@example.com".into()),
        "the unreadable entry was overwritten"
    );
    // Redis stays in use at once: Y is a Redis hit on B, no Passage call.
    let y_on_b = b.gql(Some(&y_token), me, json!({})).await;
    assert_eq!(y_on_b.data()["me"]["email"], "y@example.com");
    assert_eq!(a.emulator.calls().get_user, 1, "Y came from Redis");
    assert_eq!(b.metric("redis_profile_hits_total").await, 1.0);
    assert_eq!(b.metric("redis_errors_total").await, 0.0);

    // Y's entry under X's key: never served as X's profile.
    let y_entry = redis.command(&["GET", &profile_key(&y.id)]);
    redis.command(&["SET", &profile_key(&x.id), &y_entry, "PX", "60000"]);
    let c = a.replica(with_redis).await;
    c.wait_for_redis().await;
    let x_on_c = c.gql(Some(&x_token), me, json!({})).await;
    assert_eq!(x_on_c.data()["me"]["email"], "x@example.com");
    assert_eq!(a.emulator.calls().get_user, 2, "X came from Passage");
    assert_eq!(
        stored_profile(&redis, &profile_key(&x.id)),
        (x.id.clone(), "x@example.com".into()),
        "the other user's entry was overwritten"
    );
    let y_on_c = c.gql(Some(&y_token), me, json!({})).await;
    assert_eq!(y_on_c.data()["me"]["email"], "y@example.com");
    assert_eq!(a.emulator.calls().get_user, 2, "Y came from Redis");
    assert_eq!(c.metric("redis_profile_entries_rejected_total").await, 1.0);
    assert_eq!(c.metric("redis_errors_total").await, 0.0);
}
