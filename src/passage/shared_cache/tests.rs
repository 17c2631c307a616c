//! The parts that need no Redis server: URLs refused or taken.

use super::*;

struct NoCopies;

impl LocalCopies for NoCopies {
    async fn forget(&self, _: &PassageUserId) {}
    async fn forget_all(&self) {}
}

fn settings(url: &str) -> SharedCacheSettings<'_> {
    SharedCacheSettings {
        url,
        timeout: DEFAULT_TIMEOUT,
        namespace: "app",
        ttl: Duration::from_secs(60),
        deadline: Duration::from_secs(4),
    }
}

#[tokio::test]
async fn bad_urls_are_refused_without_repeating_them() {
    for url in [
        "http://:hunter2@cache.internal:6379",
        "redis-cluster://:hunter2@cache.internal:6379",
        "redis://:hunter2@",
        "hunter2",
    ] {
        let Err(err) = SharedCache::connect(&settings(url), NoCopies) else {
            panic!("{url} was taken");
        };
        let message = err.to_string();
        assert!(message.starts_with("REDIS_URL"), "{message}");
        assert!(!message.contains("hunter2"), "{message}");
    }
}

#[tokio::test]
async fn tls_urls_build_a_rustls_client() {
    // Nothing listens there: the client keeps trying in the background.
    let shared = SharedCache::connect(&settings("rediss://:pw@127.0.0.1:1/0"), NoCopies)
        .expect("rediss is taken");
    assert_eq!(shared.status(), "disconnected");
}
