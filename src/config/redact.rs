//! `Config`'s `Debug` output, with the API key and the database and Redis
//! passwords replaced: `Config` reaches log lines and error reports whole.

use super::Config;

impl std::fmt::Debug for Config {
    // Written out so that secrets never reach a log line; destructured so a
    // new field cannot be forgotten here.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let Config {
            config_file,
            database_url,
            database_listen_url,
            database_pool_size,
            database_statement_timeout_ms,
            database_lock_timeout_ms,
            database_statement_cache,
            database_reconnect_wait_ms,
            passage_app_id,
            passage_api_key,
            clerk_secret_key,
            webhook_secrets,
            passage_auth_url,
            passage_api_url,
            passage_timeout_ms,
            passage_deadline_ms,
            passage_max_concurrency,
            passage_cache_ttl,
            redis_url,
            redis_timeout_ms,
            jwt_leeway_secs,
            graphql_max_depth,
            graphql_max_complexity,
            graphql_max_aliases,
            graphql_max_batch,
            graphql_apq,
            graphql_trusted_documents,
            graphql_trusted_documents_mode,
            graphql_max_entities,
            graphql_max_errors,
            graphql_introspection,
            request_timeout_ms,
            rate_limit_user_per_minute,
            rate_limit_ip_per_minute,
            live_max_sockets_per_user,
            shutdown_grace_secs,
            shutdown_drain_secs,
            listen_addr,
            metrics_listen_addr,
            metrics_public,
            cors_allowed_origins,
            data_dir,
            emulator_listen_addr,
            emulator_token_ttl_secs,
            log_format,
            otel_exporter_otlp_endpoint,
        } = self;
        f.debug_struct("Config")
            .field("config_file", config_file)
            .field(
                "database_url",
                &database_url.as_deref().map(redacted_database_url),
            )
            .field(
                "database_listen_url",
                &database_listen_url.as_deref().map(redacted_database_url),
            )
            .field("database_pool_size", database_pool_size)
            .field(
                "database_statement_timeout_ms",
                database_statement_timeout_ms,
            )
            .field("database_lock_timeout_ms", database_lock_timeout_ms)
            .field("database_statement_cache", database_statement_cache)
            .field("database_reconnect_wait_ms", database_reconnect_wait_ms)
            .field("passage_app_id", passage_app_id)
            .field(
                "passage_api_key",
                &passage_api_key.as_ref().map(|_| REDACTED),
            )
            .field(
                "clerk_secret_key",
                &clerk_secret_key.as_ref().map(|_| REDACTED),
            )
            .field(
                "webhook_secrets",
                &webhook_secrets
                    .keys()
                    .map(|k| (k, REDACTED))
                    .collect::<Vec<_>>(),
            )
            .field("passage_auth_url", passage_auth_url)
            .field("passage_api_url", passage_api_url)
            .field("passage_timeout_ms", passage_timeout_ms)
            .field("passage_deadline_ms", passage_deadline_ms)
            .field("passage_max_concurrency", passage_max_concurrency)
            .field("passage_cache_ttl", passage_cache_ttl)
            .field("redis_url", &redis_url.as_deref().map(redacted_redis_url))
            .field("redis_timeout_ms", redis_timeout_ms)
            .field("jwt_leeway_secs", jwt_leeway_secs)
            .field("graphql_max_depth", graphql_max_depth)
            .field("graphql_max_complexity", graphql_max_complexity)
            .field("graphql_max_aliases", graphql_max_aliases)
            .field("graphql_max_batch", graphql_max_batch)
            .field("graphql_apq", graphql_apq)
            .field("graphql_trusted_documents", graphql_trusted_documents)
            .field(
                "graphql_trusted_documents_mode",
                graphql_trusted_documents_mode,
            )
            .field("graphql_max_entities", graphql_max_entities)
            .field("graphql_max_errors", graphql_max_errors)
            .field("graphql_introspection", graphql_introspection)
            .field("request_timeout_ms", request_timeout_ms)
            .field("rate_limit_user_per_minute", rate_limit_user_per_minute)
            .field("rate_limit_ip_per_minute", rate_limit_ip_per_minute)
            .field("live_max_sockets_per_user", live_max_sockets_per_user)
            .field("shutdown_grace_secs", shutdown_grace_secs)
            .field("shutdown_drain_secs", shutdown_drain_secs)
            .field("listen_addr", listen_addr)
            .field("metrics_listen_addr", metrics_listen_addr)
            .field("metrics_public", metrics_public)
            .field("cors_allowed_origins", cors_allowed_origins)
            .field("data_dir", data_dir)
            .field("emulator_listen_addr", emulator_listen_addr)
            .field("emulator_token_ttl_secs", emulator_token_ttl_secs)
            .field("log_format", log_format)
            .field("otel_exporter_otlp_endpoint", otel_exporter_otlp_endpoint)
            .finish()
    }
}

/// What `Debug` output shows in place of a secret.
pub(super) const REDACTED: &str = "<redacted>";

/// A Postgres connection string with its password replaced by
/// [`REDACTED`], user, host, database and other options kept. Handles the URL
/// form (`postgres://user:pass@host/db?password=...`) and the key=value form
/// (`host=... password=...`).
fn redacted_database_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return redacted_key_values(url);
    };
    // The password may hold an unescaped `/` or `@`: the userinfo ends at the
    // last `@` before the query.
    let (main, query) = rest.split_at(rest.find('?').unwrap_or(rest.len()));
    let main = match main.rsplit_once('@') {
        Some((userinfo, host_and_path)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{user}:{REDACTED}@{host_and_path}"),
            None => main.to_owned(),
        },
        None => main.to_owned(),
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.trim_start_matches('?').eq_ignore_ascii_case("password") => {
                format!("{key}={REDACTED}")
            }
            _ => pair.to_owned(),
        })
        .collect();
    format!("{scheme}://{main}{}", query.join("&"))
}

/// A Redis URL with its passwords replaced by [`REDACTED`]: the one after
/// the user (`redis://user:pass@host`, `redis://:pass@host`, as for
/// Postgres) and any query parameter naming one (`?sentinelPassword=`).
fn redacted_redis_url(url: &str) -> String {
    let redacted = redacted_database_url(url);
    let Some((main, query)) = redacted.split_once('?') else {
        return redacted;
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.to_ascii_lowercase().contains("password") => {
                format!("{key}={REDACTED}")
            }
            _ => pair.to_owned(),
        })
        .collect();
    format!("{main}?{}", query.join("&"))
}

/// The key=value form: `password=secret` or `password='a secret'`.
fn redacted_key_values(conninfo: &str) -> String {
    let mut out = String::with_capacity(conninfo.len());
    let mut rest = conninfo;
    while let Some(at) = rest.find("password") {
        let (before, from_key) = rest.split_at(at);
        out.push_str(before);
        let after_key = from_key["password".len()..].trim_start();
        let Some(value) = after_key.strip_prefix('=') else {
            out.push_str("password");
            rest = &from_key["password".len()..];
            continue;
        };
        let value = value.trim_start();
        let end = if let Some(quoted) = value.strip_prefix('\'') {
            // Up to the closing quote; `\'` escapes one inside.
            let mut escaped = false;
            let close = quoted
                .char_indices()
                .find(|&(_, c)| {
                    let closes = c == '\'' && !escaped;
                    escaped = c == '\\' && !escaped;
                    closes
                })
                .map_or(quoted.len(), |(i, _)| i + 1);
            1 + close
        } else {
            value.find(char::is_whitespace).unwrap_or(value.len())
        };
        out.push_str("password=");
        out.push_str(REDACTED);
        rest = &value[end..];
    }
    out.push_str(rest);
    out
}
