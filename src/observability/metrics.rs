//! The server's metrics, for `/metrics`: every family on one
//! prometheus-client registry per application (two apps in one process, as
//! in the tests, count apart), and every family named here.
//!
//! Counters and histograms are prometheus-client handles, recorded where
//! things happen: [`Telemetry`]'s own, and those of [`AuthMetrics`],
//! [`QueryCounts`], [`RedisCounters`] and the `/ready` database check,
//! registered by [`Telemetry::register_app`]. Readings (pool, cache sizes,
//! key age, and the counts the JWKS and document caches keep) are taken at
//! scrape time by a collector, with no cache maintenance (that runs on its
//! timer, see [`crate::app`]). No label carries a user ID, a token or an
//! email. The text is the Prometheus text format 0.0.4 as prometheus-client
//! writes it (`prometheus_text`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, Weak};
use std::time::Duration;

use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeLabelSet, EncodeMetric};
use prometheus_client::metrics::MetricType;
use prometheus_client::metrics::counter::{ConstCounter, Counter};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::ConstGauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::app::App;
use crate::auth::AuthMetrics;
use crate::db::query_counts::QueryCounts;
use crate::passage::shared_cache::RedisCounters;

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
            registry: Mutex::new(registry),
            app_registered: AtomicBool::new(false),
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

    /// Registers the families whose handles live in `app`'s parts, and the
    /// collector of its readings (which holds `app` weakly: no cycle through
    /// the handles `app` holds of `self`). Once per app; later calls do
    /// nothing.
    pub fn register_app(&self, app: &Arc<App>) {
        if self.app_registered.swap(true, Ordering::SeqCst) {
            return;
        }
        let mut registry = self.registry();
        register_refusals(&mut registry, &app.auth_metrics);
        register_queries(&mut registry, &app.query_counts);
        if let Some(redis) = app.passage.as_ref().and_then(|p| p.shared_cache_counters()) {
            register_redis(&mut registry, redis);
        }
        registry.register(
            "ready_database_checks",
            "Database checks made for /ready (at most one a second)",
            app.database_check.checks.clone(),
        );
        registry.register_collector(Box::new(Readings(Arc::downgrade(app))));
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

fn register_refusals(registry: &mut Registry, refusals: &AuthMetrics) {
    registry.register(
        "auth_tokens_refused",
        "Tokens refused by the request guard, by reason",
        refusals.by_reason.clone(),
    );
    registry.register(
        "auth_tokens_refused_by_issuer",
        "Tokens refused, by the issuer they were routed to (`unknown` before routing) and reason",
        refusals.by_issuer.clone(),
    );
}

fn register_queries(registry: &mut Registry, counts: &QueryCounts) {
    registry.register(
        "db_queries",
        "Queries sent to Postgres, by query",
        counts.queries.clone(),
    );
    registry.register(
        "db_pool_timeouts",
        "Requests that could not get a database connection in time",
        counts.pool_timeouts.clone(),
    );
    registry.register(
        "db_passage_lookups",
        "Users looked up by Passage ID; under load several share one find_user_by_identity query",
        counts.passage_lookups.clone(),
    );
}

fn register_redis(registry: &mut Registry, redis: &RedisCounters) {
    for (name, help, counter) in [
        (
            "redis_errors",
            "Redis calls of the shared profile cache that failed or timed out",
            &redis.errors,
        ),
        (
            "redis_profile_entries_rejected",
            "Entries under a user's key that were unreadable or another user's (misses, overwritten)",
            &redis.rejected,
        ),
        (
            "redis_profile_hits",
            "Profiles found in Redis after a local miss",
            &redis.hits,
        ),
        (
            "redis_profile_misses",
            "Profiles looked up in Redis and not found there",
            &redis.misses,
        ),
        (
            "redis_invalidations_received",
            "Profile changes announced by other replicas",
            &redis.invalidations,
        ),
    ] {
        registry.register(name, help, counter.clone());
    }
}

/// What `/metrics` reads from the app at scrape time: the database pool,
/// the profile cache's count, each issuer's JWKS fetches and key age, and
/// the document cache's size and lookups. (The caches' counts are as their
/// maintenance timer last settled them.)
struct Readings(Weak<App>);

impl std::fmt::Debug for Readings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Readings")
    }
}

impl Collector for Readings {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let Some(app) = self.0.upgrade() else {
            return Ok(());
        };
        let pool = app.pool.status();
        let in_use = pool.size.saturating_sub(pool.available);
        gauges(
            &mut encoder,
            "db_pool_connections",
            "Database connections, by state.",
            [
                (&[("state", "in_use")][..], in_use as i64),
                (&[("state", "idle")][..], pool.available as i64),
            ],
        )?;
        gauge(
            &mut encoder,
            "db_pool_waiting",
            "Requests waiting for a database connection.",
            pool.waiting as i64,
        )?;
        if let Some(passage) = &app.passage {
            gauge(
                &mut encoder,
                "passage_profile_cache_entries",
                "Passage profiles in this replica's cache.",
                i64::try_from(passage.cached_profiles()).unwrap_or(i64::MAX),
            )?;
        }
        let issuers: Vec<_> = app
            .verifier
            .issuers()
            .iter()
            .map(|issuer| (label_value(&issuer.name), issuer.jwks.stats()))
            .collect();
        let fetches = issuers.iter().flat_map(|(name, stats)| {
            [
                (
                    [("issuer", name.as_str()), ("outcome", "ok")],
                    stats.fetches_ok,
                ),
                (
                    [("issuer", name.as_str()), ("outcome", "failed")],
                    stats.fetches_failed,
                ),
            ]
        });
        counters(
            &mut encoder,
            "jwks_fetches",
            "JWKS fetches, by issuer and outcome.",
            fetches,
        )?;
        // To the millisecond, as `/metrics` has always written it.
        let ages = issuers.iter().filter_map(|(name, stats)| {
            let age = stats.age_secs?;
            Some(([("issuer", name.as_str())], (age * 1000.0).round() / 1000.0))
        });
        gauges(
            &mut encoder,
            "jwks_key_age_seconds",
            "Seconds since the issuer's keys were last loaded.",
            ages,
        )?;
        let (documents, bytes) = app.documents.usage();
        gauge(
            &mut encoder,
            "graphql_document_cache_entries",
            "Parsed documents kept.",
            i64::try_from(documents).unwrap_or(i64::MAX),
        )?;
        gauge(
            &mut encoder,
            "graphql_document_cache_bytes",
            "Estimated bytes of the parsed documents kept.",
            i64::try_from(bytes).unwrap_or(i64::MAX),
        )?;
        let (hits, misses, too_large) = app.documents.lookups();
        counters(
            &mut encoder,
            "graphql_document_cache_lookups",
            "Parse steps: found in the document cache, parsed (kept once validated), or too long to keep.",
            [
                ([("result", "hit")], hits),
                ([("result", "miss")], misses),
                ([("result", "too_large")], too_large),
            ],
        )
    }
}

/// One unlabelled gauge read now (`help` ends with its full stop: a
/// collector's help is written as given).
fn gauge(
    encoder: &mut DescriptorEncoder,
    name: &str,
    help: &str,
    value: i64,
) -> Result<(), std::fmt::Error> {
    let gauge = ConstGauge::new(value);
    gauge.encode(encoder.encode_descriptor(name, help, None, MetricType::Gauge)?)
}

/// A gauge family read now; nothing when it has no series.
fn gauges<L: EncodeLabelSet, V>(
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
fn counters<L: EncodeLabelSet>(
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

/// The Redis counters alone, as `/metrics` writes them (for unit tests).
#[cfg(test)]
pub(crate) fn render_redis(redis: &RedisCounters) -> String {
    let mut registry = Registry::default();
    register_redis(&mut registry, redis);
    let mut out = String::new();
    let _ = prometheus_client::encoding::prometheus_text::encode(&mut out, &registry);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::query_counts::Query;

    fn render(register: impl FnOnce(&mut Registry)) -> String {
        let mut registry = Registry::default();
        register(&mut registry);
        let mut out = String::new();
        prometheus_client::encoding::prometheus_text::encode(&mut out, &registry).unwrap();
        out
    }

    #[test]
    fn refusals_keep_their_series_names_and_labels() {
        let refusals = AuthMetrics::default();
        assert_eq!(refusals.record("expired", "https://a.example"), 1);
        assert_eq!(refusals.record("expired", "https://a.example"), 2);
        refusals.record("expired", "odd\"issuer");
        let text = render(|r| register_refusals(r, &refusals));
        assert!(
            text.contains("\nauth_tokens_refused_total{reason=\"expired\"} 3\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "\nauth_tokens_refused_by_issuer_total{issuer=\"https://a.example\",reason=\"expired\"} 2\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("{issuer=\"odd_issuer\",reason=\"expired\"} 1\n"),
            "{text}"
        );
        assert_eq!(text.matches("# TYPE").count(), 2, "{text}");
    }

    #[test]
    fn every_query_is_listed_from_the_start() {
        let counts = QueryCounts::default();
        counts.record(Query::CountUsers);
        counts.record_pool_timeout();
        let text = render(|r| register_queries(r, &counts));
        assert!(
            text.contains("\ndb_queries_total{query=\"count_users\"} 1\n"),
            "{text}"
        );
        assert!(
            text.contains("\ndb_queries_total{query=\"identity_status\"} 0\n"),
            "{text}"
        );
        assert!(text.contains("\ndb_pool_timeouts_total 1\n"), "{text}");
        assert!(text.contains("\ndb_passage_lookups_total 0\n"), "{text}");
        assert!(
            text.contains(
                "# HELP db_queries_total Queries sent to Postgres, by query.\n\
                 # TYPE db_queries_total counter\n"
            ),
            "{text}"
        );
        assert_eq!(counts.get(Query::CountUsers), 1);
    }
}
