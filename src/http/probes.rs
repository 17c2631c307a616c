//! `/health` (the process answers) and `/ready` (it can serve: the database
//! answers and the signing keys are loaded, and no SIGTERM has come), and
//! `/metrics`.
//!
//! `/ready` is public and anonymous: it answers the database's state from
//! the last check, made at most once per [`DATABASE_CHECK_EVERY`] and shared
//! by every probe that arrives meanwhile, so a flood of probes costs one
//! pooled connection and one `SELECT 1` a second, not one per probe.
//! `/metrics` reads counters and gauges only; the caches' own maintenance
//! runs on its timer ([`crate::app`]), not per scrape.

use std::fmt::Write;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use serde_json::json;

use crate::app::{App, AppState};
use crate::db;

pub async fn health() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

pub async fn ready(State(app): State<AppState>) -> (StatusCode, Json<serde_json::Value>) {
    if app.is_draining() {
        // Shutting down: a balancer should stop sending requests here, even
        // though they are still served until the listener closes.
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "status": "draining" })),
        );
    }
    let database = app.database_check.health(&app.pool).await;
    let issuers: Vec<(String, crate::auth::KeysStatus)> = app
        .verifier
        .issuers()
        .iter()
        .map(|i| (i.name.to_string(), i.jwks.status()))
        .collect();
    let keys = issuers
        .iter()
        .all(|(_, status)| *status == crate::auth::KeysStatus::Loaded);
    // Passage's keys, as the `signing_keys` field has always reported (with
    // Passage removed: the first issuer that is not ready, else loaded).
    let signing_keys = app
        .verifier
        .issuers()
        .iter()
        .find(|i| i.is_passage())
        .map(|i| i.jwks.status())
        .or_else(|| {
            issuers
                .iter()
                .map(|(_, status)| *status)
                .find(|s| *s != crate::auth::KeysStatus::Loaded)
        })
        .unwrap_or(crate::auth::KeysStatus::Loaded);
    let status = if database != db::Health::Unavailable && keys {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let mut body = json!({
        "status": if status == StatusCode::OK { "ready" } else { "not_ready" },
        "database": match database {
            db::Health::Ok => "ok",
            db::Health::Busy => "busy",
            db::Health::Unavailable => "unavailable",
        },
        "signing_keys": signing_keys.label(),
        "issuers": issuers
            .iter()
            .map(|(name, status)| json!({ "issuer": name, "signing_keys": status.label() }))
            .collect::<Vec<_>>(),
    });
    // Informative only: without Redis the server still answers.
    if let Some(redis) = app.passage.as_ref().and_then(|p| p.shared_cache_status()) {
        body["redis"] = json!(redis);
    }
    (status, Json(body))
}

/// Counters in the Prometheus text format.
pub async fn metrics(State(app): State<AppState>) -> impl axum::response::IntoResponse {
    let mut body = app.auth_metrics.render();
    body.push_str(&app.query_counts.render());
    if let Some(passage) = &app.passage {
        body.push_str(&passage.render_metrics());
    }
    body.push_str(&app.telemetry.render());
    body.push_str(&readings(&app));
    let _ = write!(
        body,
        "# HELP ready_database_checks_total Database checks made for /ready (at most one a second).\n\
         # TYPE ready_database_checks_total counter\n\
         ready_database_checks_total {}\n",
        app.database_check.checks()
    );
    let (documents, bytes) = app.documents.usage();
    let _ = write!(
        body,
        "# HELP graphql_document_cache_entries Parsed documents kept.\n\
         # TYPE graphql_document_cache_entries gauge\n\
         graphql_document_cache_entries {documents}\n\
         # HELP graphql_document_cache_bytes Estimated bytes of the parsed documents kept.\n\
         # TYPE graphql_document_cache_bytes gauge\n\
         graphql_document_cache_bytes {bytes}\n"
    );
    let (hits, misses, too_large) = app.documents.lookups();
    let _ = write!(
        body,
        "# HELP graphql_document_cache_lookups_total Parse steps: found in the document cache, \
         parsed (kept once validated), or too long to keep.\n\
         # TYPE graphql_document_cache_lookups_total counter\n\
         graphql_document_cache_lookups_total{{result=\"hit\"}} {hits}\n\
         graphql_document_cache_lookups_total{{result=\"miss\"}} {misses}\n\
         graphql_document_cache_lookups_total{{result=\"too_large\"}} {too_large}\n"
    );
    (
        [(
            axum::http::header::CONTENT_TYPE,
            "text/plain; version=0.0.4",
        )],
        body,
    )
}

/// Gauges read now: database pool, cached profiles (as last counted), each
/// issuer's keys.
fn readings(app: &App) -> String {
    let mut out = String::new();
    let pool = app.pool.status();
    let _ = write!(
        out,
        "# HELP db_pool_connections Database connections, by state.\n\
         # TYPE db_pool_connections gauge\n\
         db_pool_connections{{state=\"in_use\"}} {}\n\
         db_pool_connections{{state=\"idle\"}} {}\n\
         # HELP db_pool_waiting Requests waiting for a database connection.\n\
         # TYPE db_pool_waiting gauge\n\
         db_pool_waiting {}\n",
        pool.size.saturating_sub(pool.available),
        pool.available,
        pool.waiting,
    );
    if let Some(passage) = &app.passage {
        let _ = write!(
            out,
            "# HELP passage_profile_cache_entries Passage profiles in this replica's cache.\n\
             # TYPE passage_profile_cache_entries gauge\n\
             passage_profile_cache_entries {}\n",
            passage.cached_profiles()
        );
    }
    out.push_str(
        "# HELP jwks_fetches_total JWKS fetches, by issuer and outcome.\n\
         # TYPE jwks_fetches_total counter\n",
    );
    let mut ages = String::from(
        "# HELP jwks_key_age_seconds Seconds since the issuer's keys were last loaded.\n\
         # TYPE jwks_key_age_seconds gauge\n",
    );
    for issuer in app.verifier.issuers() {
        let stats = issuer.jwks.stats();
        let name = issuer.name.replace(['"', '\\', '\n'], "_");
        let _ = writeln!(
            out,
            "jwks_fetches_total{{issuer=\"{name}\",outcome=\"ok\"}} {}\n\
             jwks_fetches_total{{issuer=\"{name}\",outcome=\"failed\"}} {}",
            stats.fetches_ok, stats.fetches_failed
        );
        if let Some(age) = stats.age_secs {
            let _ = writeln!(ages, "jwks_key_age_seconds{{issuer=\"{name}\"}} {age:.3}");
        }
    }
    out.push_str(&ages);
    out
}
