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
