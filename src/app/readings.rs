//! The app's part of `/metrics`: the families whose handles live in its
//! parts (refusals, queries, rate limits, Redis, the `/ready` check) and the readings
//! taken at scrape time (pool, whether the database is marked down, cache
//! sizes, key age, the JWKS and document caches' counts), through a
//! collector that holds the app weakly (no cycle through the handles the
//! app holds of its telemetry).

use std::sync::{Arc, Weak};

use prometheus_client::collector::Collector;
use prometheus_client::encoding::DescriptorEncoder;

use super::App;
use crate::observability::metrics::{counters, gauge, gauges, label_value};

/// Registers the app's families and its readings on its telemetry's
/// registry; once per app.
pub fn register_metrics(app: &Arc<App>) {
    app.telemetry.register_once(|registry| {
        app.auth_metrics.register(registry);
        app.query_counts.register(registry);
        app.rate_limits.register(registry);
        if let Some(redis) = app.passage.as_ref().and_then(|p| p.shared_cache_counters()) {
            redis.register(registry);
        }
        registry.register(
            "ready_database_checks",
            "Database checks made for /ready (at most one a second)",
            app.database_check.checks.clone(),
        );
        registry.register_collector(Box::new(Readings(Arc::downgrade(app))));
    });
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
            "db_up",
            "0 while the database is marked unreachable (requests needing it fail at once), else 1.",
            i64::from(!app.pool.is_down()),
        )?;
        gauge(
            &mut encoder,
            "live_sockets",
            "Open graphql-ws sockets on this replica.",
            app.sockets.open_count(),
        )?;
        gauge(
            &mut encoder,
            "live_subscriptions",
            "Subscriptions running on this replica's sockets.",
            app.sockets.subscription_count(),
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
            .map(|issuer| (label_value(issuer.name.as_str()), issuer.jwks.stats()))
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
