//! A second server on a test's database and emulator: another replica of
//! the same deployment, as a load balancer would put beside the first.

use std::net::SocketAddr;

use passage_graphql::BuiltApp;
use passage_graphql::config::Config;
use serde_json::Value;

use super::{GqlResponse, TestApp};

/// A server sharing a [`TestApp`]'s Postgres and Passage; stops when dropped.
pub struct Replica {
    pub addr: SocketAddr,
    http: reqwest::Client,
    _app: BuiltApp,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for Replica {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl TestApp {
    /// Starts another server, ready, on this one's database and emulator,
    /// with the harness's settings changed by `adjust`.
    pub async fn replica(&self, adjust: impl FnOnce(&mut Config)) -> Replica {
        let mut config = super::config_for(&self.emulator, &self.db);
        adjust(&mut config);
        let (addr, app, server) = super::serve(&config, None).await;
        let http = super::test_http_client();
        super::wait_until_ready(&http, addr).await;
        Replica {
            addr,
            http,
            _app: app,
            server,
        }
    }
}

impl Replica {
    /// POSTs a GraphQL request, with a Bearer token when given.
    pub async fn gql(&self, token: Option<&str>, query: &str, variables: Value) -> GqlResponse {
        super::post_gql(&self.http, self.addr, token, query, variables).await
    }

    /// One sample of `/metrics` (0 when absent).
    pub async fn metric(&self, sample: &str) -> f64 {
        super::read_metric(&self.http, self.addr, sample).await
    }
}

/// Polls `/ready` until it reports Redis connected (both connections up,
/// listening for announcements); panics after ten seconds.
async fn wait_for_redis(http: &reqwest::Client, addr: SocketAddr) {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let ready: Value = http
            .get(format!("http://{addr}/ready"))
            .send()
            .await
            .expect("ready answers")
            .json()
            .await
            .expect("JSON");
        if ready["redis"] == "connected" {
            return;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "Redis never connected: {ready}"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
}

impl TestApp {
    /// Waits until this server uses Redis ([`wait_for_redis`]).
    pub async fn wait_for_redis(&self) {
        wait_for_redis(&self.http, self.addr).await;
    }
}

impl Replica {
    /// Waits until this server uses Redis ([`wait_for_redis`]).
    pub async fn wait_for_redis(&self) {
        wait_for_redis(&self.http, self.addr).await;
    }
}
