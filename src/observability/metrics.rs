//! The server's metrics, for `/metrics`: every family on one
//! prometheus-client registry per application (two apps in one process, as
//! in the tests, count apart), and every family named here.
//!
//! Counters and histograms are prometheus-client handles, recorded where
//! things happen: [`Telemetry`]'s own, and those of `AuthMetrics`,
//! `QueryCounts`, `RedisCounters` and the `/ready` database check,
//! registered by their owners through [`Telemetry::register_once`]. Readings (pool, cache sizes,
//! key age, and the counts the JWKS and document caches keep) are taken at
//! scrape time by the app's collector (`crate::app`), with no cache maintenance (that runs on its
//! timer, see [`crate::app`]). No label carries a user ID, a token or an
//! email. The text is the Prometheus text format 0.0.4 as prometheus-client
//! writes it (`prometheus_text`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};
use std::time::Duration;

use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
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
pub struct ProviderCallLabels {
    /// `clerk` or `userinfo`.
    pub provider: &'static str,
    /// `ok`, `not_found`, `refused`, `rate_limited` or `unavailable`.
    pub outcome: &'static str,
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

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct WebhookLabels {
    pub issuer: String,
    /// The event's type as the provider names it (`user.created`, ...), or
    /// `unknown` for a refused delivery.
    pub event: String,
    /// `received`, `applied`, `duplicate`, `stale`, `ignored` or `refused`.
    pub outcome: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ReasonLabels {
    /// See `AuthFailure::reason`.
    pub reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct IssuerReasonLabels {
    /// As configured (`unknown` before a token is routed to an issuer),
    /// with `"`, `\` and newlines written as `_`.
    pub issuer: String,
    pub reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RateLimitLabels {
    /// `user` or `ip`.
    pub kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct QueryLabels {
    /// See `Query::label`.
    pub query: &'static str,
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
    /// Locked to register the app's families once ([`Self::register_app`])
    /// and for each scrape.
    registry: Mutex<Registry>,
    app_registered: AtomicBool,
    pub http_requests: Family<HttpLabels, Counter>,
    pub http_duration: Latencies<RouteLabels>,
    pub graphql_operations: Family<OperationLabels, Counter>,
    /// `graphql_operations`' series by [`OperationKind`] and outcome, each
    /// found in the family on its first operation: counting the others is
    /// one atomic add (a family lookup builds and hashes its labels).
    operation_series: [[OnceLock<Counter>; 2]; 3],
    pub graphql_errors: Family<CodeLabels, Counter>,
    /// Operations run that are not trusted documents (`log` mode).
    pub untrusted_operations: Counter,
    pub passage_calls: Family<PassageCallLabels, Counter>,
    pub passage_duration: Latencies<RouteLabels>,
    pub verified_tokens: Lookups,
    pub profile_cache: Lookups,
    pub link_conflicts: Family<LinkConflictLabels, Counter>,
    pub provider_calls: Family<ProviderCallLabels, Counter>,
    pub webhook_events: Family<WebhookLabels, Counter>,
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
        let untrusted_operations = Counter::default();
        registry.register(
            "graphql_untrusted_operations",
            "Operations run that are not among the trusted documents (GRAPHQL_TRUSTED_DOCUMENTS_MODE=log)",
            untrusted_operations.clone(),
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
        let provider_calls = Family::<ProviderCallLabels, Counter>::default();
        registry.register(
            "profile_provider_calls",
            "Calls to a provider's user API for profile fields (Clerk's Backend API, UserInfo), \
             by provider and outcome; a 429 that is retried counts once as rate_limited",
            provider_calls.clone(),
        );
        let webhook_events = Family::<WebhookLabels, Counter>::default();
        registry.register(
            "webhook_events",
            "Provider webhook deliveries, by issuer, event type and outcome (each delivery \
             counts once as received, then once as applied, duplicate, stale, ignored or \
             refused)",
            webhook_events.clone(),
        );
        Self {
            registry: Mutex::new(registry),
            app_registered: AtomicBool::new(false),
            http_requests,
            http_duration,
            graphql_operations,
            operation_series: Default::default(),
            graphql_errors,
            untrusted_operations,
            passage_calls,
            passage_duration,
            verified_tokens,
            profile_cache,
            link_conflicts,
            provider_calls,
            webhook_events,
        }
    }
}

/// What an operation was, for `graphql_operations`' `type` label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OperationKind {
    Query,
    Mutation,
    Subscription,
}

impl OperationKind {
    fn label(self) -> &'static str {
        match self {
            Self::Query => "query",
            Self::Mutation => "mutation",
            Self::Subscription => "subscription",
        }
    }
}

impl Telemetry {
    /// Counts an executed operation in `graphql_operations`.
    pub fn graphql_operation(&self, kind: OperationKind, ok: bool) {
        self.operation_series[kind as usize][usize::from(ok)]
            .get_or_init(|| {
                self.graphql_operations
                    .get_or_create(&OperationLabels {
                        r#type: kind.label().to_owned(),
                        outcome: if ok { "ok" } else { "error" }.to_owned(),
                    })
                    .clone()
            })
            .inc();
    }

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

    pub fn provider_call(&self, provider: &'static str, outcome: &'static str) {
        self.provider_calls
            .get_or_create(&ProviderCallLabels { provider, outcome })
            .inc();
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

    /// Registers the families whose handles live in the app's parts (and
    /// its readings' collector), once per app: later calls do nothing.
    pub fn register_once(&self, register: impl FnOnce(&mut Registry)) {
        if self.app_registered.swap(true, Ordering::SeqCst) {
            return;
        }
        register(&mut self.registry());
    }

    /// Every family in the Prometheus text format (version 0.0.4).
    pub fn render(&self) -> String {
        let mut out = String::new();
        let _ = prometheus_client::encoding::prometheus_text::encode(&mut out, &self.registry());
        out
    }

    fn registry(&self) -> MutexGuard<'_, Registry> {
        self.registry.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// An issuer name as a label value: `"`, `\` and newlines as `_`, as
/// `/metrics` has always written them (prometheus-client would escape them).
pub fn label_value(value: &str) -> String {
    value.replace(['"', '\\', '\n'], "_")
}

/// One unlabelled gauge read now (`help` ends with its full stop: a
/// collector's help is written as given).
pub fn gauge(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    value: i64,
) -> Result<(), std::fmt::Error> {
    let gauge = ConstGauge::new(value);
    gauge.encode(encoder.encode_descriptor(name, help, None, MetricType::Gauge)?)
}

/// A gauge family read now; nothing when it has no series.
pub fn gauges<L: EncodeLabelSet, V>(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    series: impl IntoIterator<Item = (L, V)>,
) -> Result<(), std::fmt::Error>
where
    ConstGauge<V>: EncodeMetric,
{
    family(
        encoder,
        name,
        help,
        MetricType::Gauge,
        series,
        ConstGauge::new,
    )
}

/// A counter family read now (`name` without `_total`, which the encoder
/// adds); nothing when it has no series.
pub fn counters<L: EncodeLabelSet>(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    series: impl IntoIterator<Item = (L, u64)>,
) -> Result<(), std::fmt::Error> {
    family(
        encoder,
        name,
        help,
        MetricType::Counter,
        series,
        ConstCounter::new,
    )
}

fn family<L: EncodeLabelSet, V, M: EncodeMetric>(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    metric_type: MetricType,
    series: impl IntoIterator<Item = (L, V)>,
    metric: impl Fn(V) -> M,
) -> Result<(), std::fmt::Error> {
    let mut series = series.into_iter().peekable();
    if series.peek().is_none() {
        return Ok(());
    }
    let mut family = encoder.encode_descriptor(name, help, None, metric_type)?;
    for (labels, value) in series {
        metric(value).encode(family.encode_family(&labels)?)?;
    }
    Ok(())
}

/// The text of the families `register` puts on an empty registry (for
/// the unit tests of the parts that own counters).
#[cfg(test)]
pub(crate) fn render_with(register: impl FnOnce(&mut Registry)) -> String {
    let mut registry = Registry::default();
    register(&mut registry);
    let mut out = String::new();
    let _ = prometheus_client::encoding::prometheus_text::encode(&mut out, &registry);
    out
}
