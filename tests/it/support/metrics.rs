//! Waiting on `/metrics`.

use super::TestApp;

/// Waits (at most 10 s) until `sample` reads `value`: the caches' gauges
/// are counted by their maintenance timer (about once a second), not by each
/// scrape, and a closed socket's by its task as it ends.
pub async fn settled(app: &TestApp, sample: &str, value: f64) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let now = app.metric(sample).await;
        if now == value {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "{sample} is {now}, not {value}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}
