//! The server's metric families, for `/metrics` (Prometheus text), on
//! prometheus-client: one registry per application, so two apps in one
//! process (the tests, or replicas side by side) count apart.
//!
//! Components record through the handles here; gauges that are a reading
//! (pool connections, cached profiles, key age) are read at render time.
//! No label carries a user ID, a token or an email.

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

/// Latency buckets: 1 ms to ~16 s.
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.001, 2.0, 15))
}

type Latencies<L> = Family<L, Histogram, fn() -> Histogram>;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct HttpLabels {
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RouteLabels {
    pub route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct OperationLabels {
    /// `query` or `mutation`.
    pub r#type: String,
    /// `ok` or `error` (any error in the response).
    pub outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct CodeLabels {
    pub code: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct PassageCallLabels {
    pub route: String,
    /// `ok`, `not_found`, `refused`, `conflict` or `unavailable`.
    pub outcome: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ResultLabels {
    /// `hit` or `miss`.
    pub result: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct LinkConflictLabels {
    pub issuer: String,
    /// `claim` or `verified_email`.
    pub rule: String,
    /// `user_taken`, `ambiguous_email`, `unverified_snapshot_email` or
    /// `unnormalisable_email`.
    pub reason: String,
}

/// A hit/miss family's two counters, made once: counting a lookup is then
/// one atomic add, with no label to build or hash.
pub struct Lookups {
    hit: Counter,
    miss: Counter,
}

impl Lookups {
    fn registered(registry: &mut Registry, name: &str, help: &str) -> Self {
        let family = Family::<ResultLabels, Counter>::default();
        registry.register(name, help, family.clone());
        let counter = |result: &str| {
            family
                .get_or_create(&ResultLabels {
                    result: result.to_owned(),
                })
                .clone()
        };
        Self {
            hit: counter("hit"),
            miss: counter("miss"),
        }
    }

    pub fn count(&self, hit: bool) {
        if hit { &self.hit } else { &self.miss }.inc();
    }
}

/// Every family the server records into; cheap to share behind an `Arc`.
pub struct Telemetry {
    registry: Registry,
    pub http_requests: Family<HttpLabels, Counter>,
    pub http_duration: Latencies<RouteLabels>,
    pub graphql_operations: Family<OperationLabels, Counter>,
    pub graphql_errors: Family<CodeLabels, Counter>,
    pub passage_calls: Family<PassageCallLabels, Counter>,
    pub passage_duration: Latencies<RouteLabels>,
    pub verified_tokens: Lookups,
    pub profile_cache: Lookups,
    pub link_conflicts: Family<LinkConflictLabels, Counter>,
}

impl Default for Telemetry {
    fn default() -> Self {
        let mut registry = Registry::default();
        let http_requests = Family::<HttpLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests, by route and status",
            http_requests.clone(),
        );
        let http_duration = Latencies::<RouteLabels>::new_with_constructor(latency_histogram);
        registry.register(
            "http_request_duration_seconds",
            "HTTP request latency, by route",
            http_duration.clone(),
        );
        let graphql_operations = Family::<OperationLabels, Counter>::default();
        registry.register(
            "graphql_operations",
            "GraphQL operations executed, by type and outcome",
            graphql_operations.clone(),
        );
        let graphql_errors = Family::<CodeLabels, Counter>::default();
        registry.register(
            "graphql_errors",
            "Errors in GraphQL responses, by extensions.code",
            graphql_errors.clone(),
        );
        let passage_calls = Family::<PassageCallLabels, Counter>::default();
        registry.register(
            "passage_calls",
            "Passage Management API calls (after retries), by route and outcome",
            passage_calls.clone(),
        );
        let passage_duration = Latencies::<RouteLabels>::new_with_constructor(latency_histogram);
        registry.register(
            "passage_call_duration_seconds",
            "Passage Management API call latency (retries included), by route",
            passage_duration.clone(),
        );
        let verified_tokens = Lookups::registered(
            &mut registry,
            "verified_token_cache_lookups",
            "Verified-token cache lookups, by result",
        );
        let profile_cache = Lookups::registered(
            &mut registry,
            "passage_profile_cache_lookups",
            "Passage profile cache lookups (this replica's cache), by result",
        );
        let link_conflicts = Family::<LinkConflictLabels, Counter>::default();
        registry.register(
            "identity_link_conflicts",
            "First-sight link attempts stopped by a conflict, by issuer, rule and reason",
            link_conflicts.clone(),
        );
        Self {
            registry,
            http_requests,
            http_duration,
            graphql_operations,
            graphql_errors,
            passage_calls,
            passage_duration,
            verified_tokens,
            profile_cache,
            link_conflicts,
        }
    }
}

impl Telemetry {
    pub fn http_request(&self, route: &str, status: u16, took: Duration) {
        self.http_requests
            .get_or_create(&HttpLabels {
                route: route.to_owned(),
                status,
            })
            .inc();
        self.http_duration
            .get_or_create(&RouteLabels {
                route: route.to_owned(),
            })
            .observe(took.as_secs_f64());
    }

    pub fn passage_call(&self, route: &str, outcome: &str, took: Duration) {
        self.passage_calls
            .get_or_create(&PassageCallLabels {
                route: route.to_owned(),
                outcome: outcome.to_owned(),
            })
            .inc();
        self.passage_duration
            .get_or_create(&RouteLabels {
                route: route.to_owned(),
            })
            .observe(took.as_secs_f64());
    }

    /// The families in the Prometheus text format (without OpenMetrics'
    /// closing `# EOF`, since more text follows).
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = prometheus_client::encoding::text::encode_registry(&mut out, &self.registry);
        out
    }
}
