//! Configuration: every setting is a flag and an environment variable.
//!
//! | env var | default | meaning |
//! |---|---|---|
//! | `CONFIG_FILE` | none | TOML file with more token issuers (`[[issuers]]`) |
//! | `DATABASE_URL` | unset: local Postgres under `.data/` | Postgres connection URL; TLS by its `sslmode` and `sslrootcert`, as libpq (see `db::tls`) |
//! | `DATABASE_POOL_SIZE` | 8 | connections in the pool |
//! | `DATABASE_STATEMENT_TIMEOUT_MS` | 5000 | longest one SQL statement may run |
//! | `DATABASE_LOCK_TIMEOUT_MS` | 2000 | longest a statement may wait for a lock |
//! | `DATABASE_RECONNECT_WAIT_MS` | 5000 | longest requests wait, together, for Postgres to take connections again (a restart) before `DATABASE_UNAVAILABLE`; then they fail at once until it answers again |
//! | `DATABASE_STATEMENT_CACHE` | `on` | `off`: no prepared statement outlives a transaction, for a pooler in transaction mode (PgBouncer) |
//! | `PASSAGE_APP_ID` | unset: dev mode with the emulator | Passage app ID |
//! | `PASSAGE_API_KEY` | none (required with `PASSAGE_APP_ID`) | Management API key |
//! | `CLERK_SECRET_KEY` | none | Clerk's Backend API key, for issuers with `profile = "clerk"` (never logged) |
//! | `PASSAGE_AUTH_URL` | `https://auth.passage.id` | where the JWKS lives (https unless loopback) |
//! | `PASSAGE_API_URL` | `https://api.passage.id` | Management API base (https unless loopback) |
//! | `PASSAGE_TIMEOUT_MS` | 5000 | per-call timeout for Passage |
//! | `PASSAGE_DEADLINE_MS` | 4000 | all Passage work of one field (retries, waits) |
//! | `PASSAGE_MAX_CONCURRENCY` | 16 | Passage calls in flight, server-wide |
//! | `PASSAGE_CACHE_TTL` | 60 | seconds a Passage profile is cached; 0 disables |
//! | `REDIS_URL` | none | Redis shared by the replicas as the profile cache's second level (`rediss://` for TLS) |
//! | `REDIS_TIMEOUT_MS` | 100 | longest one Redis call may take before the lookup goes on without it |
//! | `JWT_LEEWAY_SECS` | 30 | clock skew allowed on `exp`, `nbf`, `iat`; at most 300 |
//! | `GRAPHQL_MAX_DEPTH` | 12 | deepest selection nesting |
//! | `GRAPHQL_MAX_COMPLEXITY` | 500 | most fields (complexity points) per operation |
//! | `GRAPHQL_MAX_ALIASES` | 30 | most aliased fields per document |
//! | `GRAPHQL_MAX_BATCH` | 10 | most operations in one batched request |
//! | `GRAPHQL_APQ` | on | automatic persisted queries (Apollo's protocol); `off`: `PERSISTED_QUERY_NOT_SUPPORTED` |
//! | `GRAPHQL_TRUSTED_DOCUMENTS` | none | a manifest of the operations the app ships (Apollo's, GraphQL Code Generator's, Relay's) |
//! | `GRAPHQL_TRUSTED_DOCUMENTS_MODE` | `enforce` with a manifest | `enforce`: run only those; `log`: run anything, count the rest |
//! | `GRAPHQL_MAX_ENTITIES` | 1000 | most `_entities` representations per request |
//! | `GRAPHQL_MAX_ERRORS` | 100 | most errors per response; past it, one error says how many more were dropped |
//! | `GRAPHQL_INTROSPECTION` | on in dev mode, off in production | allow `__schema`/`__type` |
//! | `REQUEST_TIMEOUT_MS` | 15000 | longest a GraphQL request may run |
//! | `RATE_LIMIT_USER_PER_MINUTE` | 0: off | most `/graphql` requests per minute of one user (their local user, else issuer and subject); more get 429 `RATE_LIMITED` |
//! | `RATE_LIMIT_IP_PER_MINUTE` | 0: off | most `/graphql` requests per minute from one client address (the TCP peer; IPv6 by /64) |
//! | `SHUTDOWN_DRAIN_SECS` | 5 in production, 0 in dev mode | after SIGTERM: `/ready` answers 503 and the server keeps serving this long, so load balancers stop sending traffic, before the listener closes |
//! | `SHUTDOWN_GRACE_SECS` | 20 | how long in-flight requests may finish once the listener has closed |
//! | `LISTEN_ADDR` | `127.0.0.1:8080` | address the server binds |
//! | `METRICS_LISTEN_ADDR` | none | a listener of its own for `/metrics` (then 404 on `LISTEN_ADDR`) |
//! | `METRICS_PUBLIC` | false | production: serve `/metrics` on `LISTEN_ADDR` too (dev mode always does, without `METRICS_LISTEN_ADDR`) |
//! | `CORS_ALLOWED_ORIGINS` | none | comma-separated origins allowed with credentials |
//! | `DATA_DIR` | `.data` | where dev mode keeps the local Postgres cluster and emulator state |
//! | `EMULATOR_LISTEN_ADDR` | `127.0.0.1:8081` | dev mode: where the Passage emulator listens (taken: a free port, named in the banner) |
//! | `EMULATOR_TOKEN_TTL_SECS` | 3600 | dev mode: lifetime of the emulator's auth tokens (short: watch the SDK refresh) |
//! | `LOG_FORMAT` | `text` | `text` (coloured only on a terminal) or `json` (one object per line) |
//! | `OTEL_EXPORTER_OTLP_ENDPOINT` | none: no traces | OTLP/HTTP collector base URL; spans go to its `/v1/traces` |
//!
//! Production mode is `PASSAGE_APP_ID` or `CONFIG_FILE` set (issuers without
//! Passage): then `DATABASE_URL` must be set too, and `PASSAGE_API_KEY` with
//! `PASSAGE_APP_ID`; [`Config::mode`] says which is missing. Every default
//! that differs by mode (introspection, the shutdown drain) asks the same
//! question.
//! It also refuses Passage URLs over plain http off loopback and a leeway over
//! [`MAX_JWT_LEEWAY_SECS`].

pub use passage_wire::PassageSettings;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::db::StatementCache;
use crate::issuers::{IssuerConfigError, IssuerSettings};
use crate::observability::logs::LogFormat;

mod redact;

pub const DEFAULT_LISTEN_ADDR: &str = "127.0.0.1:8080";
pub const DEFAULT_PASSAGE_AUTH_URL: &str = "https://auth.passage.id";
pub const DEFAULT_PASSAGE_API_URL: &str = "https://api.passage.id";
pub const DEFAULT_POOL_SIZE: usize = 8;
pub const DEFAULT_PASSAGE_TIMEOUT_MS: u64 = 5_000;
pub const DEFAULT_PASSAGE_DEADLINE_MS: u64 = 4_000;
pub const DEFAULT_DATABASE_STATEMENT_TIMEOUT_MS: u64 = 5_000;
pub const DEFAULT_DATABASE_LOCK_TIMEOUT_MS: u64 = 2_000;
/// A fast restart (`pg_ctl restart -m fast`) takes a second or two.
pub const DEFAULT_DATABASE_RECONNECT_WAIT_MS: u64 = 5_000;
pub const DEFAULT_JWT_LEEWAY_SECS: u64 = 30;
/// Most clock skew `JWT_LEEWAY_SECS` may allow: beyond a few minutes it no
/// longer covers clock drift, it extends every token's life.
pub const MAX_JWT_LEEWAY_SECS: u64 = 300;
pub const DEFAULT_PASSAGE_MAX_CONCURRENCY: usize = 16;
pub const DEFAULT_PASSAGE_CACHE_TTL_SECS: u64 = 60;
pub const DEFAULT_REDIS_TIMEOUT_MS: u64 = 100;
pub const DEFAULT_DATA_DIR: &str = ".data";
pub const DEFAULT_EMULATOR_LISTEN_ADDR: &str = "127.0.0.1:8081";
pub const DEFAULT_EMULATOR_TOKEN_TTL_SECS: u64 = 3600;
pub const DEFAULT_GRAPHQL_MAX_DEPTH: usize = 12;
pub const DEFAULT_GRAPHQL_MAX_COMPLEXITY: usize = 500;
pub const DEFAULT_GRAPHQL_MAX_ALIASES: usize = 30;
pub const DEFAULT_GRAPHQL_MAX_BATCH: usize = 10;
pub const DEFAULT_GRAPHQL_MAX_ENTITIES: usize = 1000;
pub const DEFAULT_GRAPHQL_MAX_ERRORS: usize = 100;
pub const DEFAULT_REQUEST_TIMEOUT_MS: u64 = 15_000;
/// No per-user limit unless asked: what a user may send depends on the app.
pub const DEFAULT_RATE_LIMIT_USER_PER_MINUTE: u32 = 0;
/// No per-address limit unless asked: behind a proxy every request has the
/// proxy's address.
pub const DEFAULT_RATE_LIMIT_IP_PER_MINUTE: u32 = 0;
pub const DEFAULT_SHUTDOWN_GRACE_SECS: u64 = 20;
/// Production's drain after SIGTERM: a balancer probing `/ready` every few
/// seconds sees the 503 before the listener closes.
pub const DEFAULT_SHUTDOWN_DRAIN_SECS: u64 = 5;

/// Settings shared by every subcommand. Its `Debug` output hides the API
/// key and the database and Redis passwords.
#[derive(Clone, clap::Args)]
pub struct Config {
    /// A TOML file with more token issuers (`[[issuers]]`, see README).
    #[arg(long = "config", env = "CONFIG_FILE", global = true)]
    pub config_file: Option<PathBuf>,

    /// Postgres URL; unset starts a local Postgres (dev only).
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<String>,

    /// Postgres URL of the session that LISTENs for live-update events
    /// from other replicas (without REDIS_URL); a direct or session-mode
    /// connection, never a transaction pooler. Unset: DATABASE_URL.
    #[arg(
        long,
        env = "DATABASE_LISTEN_URL",
        global = true,
        hide_env_values = true
    )]
    pub database_listen_url: Option<String>,

    /// Connections in the database pool.
    #[arg(long, env = "DATABASE_POOL_SIZE", default_value_t = DEFAULT_POOL_SIZE, global = true)]
    pub database_pool_size: usize,

    /// Longest one SQL statement may run, in milliseconds (`statement_timeout`).
    #[arg(long, env = "DATABASE_STATEMENT_TIMEOUT_MS", default_value_t = DEFAULT_DATABASE_STATEMENT_TIMEOUT_MS, global = true)]
    pub database_statement_timeout_ms: u64,

    /// Longest a statement may wait for a lock, in milliseconds (`lock_timeout`).
    #[arg(long, env = "DATABASE_LOCK_TIMEOUT_MS", default_value_t = DEFAULT_DATABASE_LOCK_TIMEOUT_MS, global = true)]
    pub database_lock_timeout_ms: u64,

    /// Longest requests wait for a new database connection while Postgres
    /// refuses them (a restart, a failover), in milliseconds: one wait that
    /// they share; then DATABASE_UNAVAILABLE, at once, until Postgres
    /// answers again.
    #[arg(long, env = "DATABASE_RECONNECT_WAIT_MS", default_value_t = DEFAULT_DATABASE_RECONNECT_WAIT_MS, global = true)]
    pub database_reconnect_wait_ms: u64,

    /// `off`: no prepared statement outlives its transaction, as a pooler in
    /// transaction mode (PgBouncer) needs; `on`: each session prepares a
    /// statement once and reuses it.
    #[arg(long, env = "DATABASE_STATEMENT_CACHE", value_enum, default_value_t = StatementCache::On, global = true)]
    pub database_statement_cache: StatementCache,

    /// Passage app ID; unset runs dev mode with the built-in emulator.
    #[arg(long, env = "PASSAGE_APP_ID", global = true)]
    pub passage_app_id: Option<String>,

    /// Passage Management API key (required with an app ID).
    #[arg(long, env = "PASSAGE_API_KEY", global = true, hide_env_values = true)]
    pub passage_api_key: Option<String>,

    /// Clerk's Backend API secret key, for issuers with `profile = "clerk"`.
    #[arg(long, env = "CLERK_SECRET_KEY", global = true, hide_env_values = true)]
    pub clerk_secret_key: Option<String>,

    /// Webhook secrets by the name of the variable an issuer's
    /// `webhook_secret_env` gives, taken before the environment (not a
    /// flag: for programs that embed the server, and tests).
    #[arg(skip)]
    pub webhook_secrets: std::collections::BTreeMap<String, String>,

    /// Base URL of Passage's auth service (JWKS).
    #[arg(long, env = "PASSAGE_AUTH_URL", default_value = DEFAULT_PASSAGE_AUTH_URL, global = true)]
    pub passage_auth_url: String,

    /// Base URL of Passage's Management API.
    #[arg(long, env = "PASSAGE_API_URL", default_value = DEFAULT_PASSAGE_API_URL, global = true)]
    pub passage_api_url: String,

    /// Per-call timeout for Passage, in milliseconds.
    #[arg(long, env = "PASSAGE_TIMEOUT_MS", default_value_t = DEFAULT_PASSAGE_TIMEOUT_MS, global = true)]
    pub passage_timeout_ms: u64,

    /// Longest all Passage work for one field may take (attempts, waits for
    /// a slot, backoff), in milliseconds; then the field is null with
    /// PASSAGE_UNAVAILABLE.
    #[arg(long, env = "PASSAGE_DEADLINE_MS", default_value_t = DEFAULT_PASSAGE_DEADLINE_MS, global = true)]
    pub passage_deadline_ms: u64,

    /// Most Passage calls in flight at once, across the whole server.
    #[arg(long, env = "PASSAGE_MAX_CONCURRENCY", default_value_t = DEFAULT_PASSAGE_MAX_CONCURRENCY, global = true)]
    pub passage_max_concurrency: usize,

    /// Seconds a Passage profile stays cached (0 disables the cache).
    #[arg(long, env = "PASSAGE_CACHE_TTL", default_value_t = DEFAULT_PASSAGE_CACHE_TTL_SECS, global = true)]
    pub passage_cache_ttl: u64,

    /// Redis URL (`redis://…`, `rediss://…` for TLS): a profile cache shared
    /// by the replicas, with changes announced to all; unset: each keeps its own.
    #[arg(long, env = "REDIS_URL", global = true, hide_env_values = true)]
    pub redis_url: Option<String>,

    /// Longest one Redis call may take, in milliseconds; then the lookup goes
    /// on with the local cache and Passage.
    #[arg(long, env = "REDIS_TIMEOUT_MS", default_value_t = DEFAULT_REDIS_TIMEOUT_MS, global = true)]
    pub redis_timeout_ms: u64,

    /// Clock skew allowed when checking `exp`, `nbf` and `iat`, in seconds.
    #[arg(long, env = "JWT_LEEWAY_SECS", default_value_t = DEFAULT_JWT_LEEWAY_SECS, global = true)]
    pub jwt_leeway_secs: u64,

    /// Deepest selection nesting allowed.
    #[arg(long, env = "GRAPHQL_MAX_DEPTH", default_value_t = DEFAULT_GRAPHQL_MAX_DEPTH, global = true)]
    pub graphql_max_depth: usize,

    /// Most complexity points (fields) per operation.
    #[arg(long, env = "GRAPHQL_MAX_COMPLEXITY", default_value_t = DEFAULT_GRAPHQL_MAX_COMPLEXITY, global = true)]
    pub graphql_max_complexity: usize,

    /// Most aliased fields per document.
    #[arg(long, env = "GRAPHQL_MAX_ALIASES", default_value_t = DEFAULT_GRAPHQL_MAX_ALIASES, global = true)]
    pub graphql_max_aliases: usize,

    /// Most operations in one batched request.
    #[arg(long, env = "GRAPHQL_MAX_BATCH", default_value_t = DEFAULT_GRAPHQL_MAX_BATCH, global = true)]
    pub graphql_max_batch: usize,

    /// Automatic persisted queries (Apollo's protocol): `on` or `off`.
    #[arg(long, env = "GRAPHQL_APQ", default_value_t = true, action = clap::ArgAction::Set, value_parser = clap::builder::BoolishValueParser::new(), global = true)]
    pub graphql_apq: bool,

    /// A manifest of the operations the app ships (trusted documents).
    #[arg(long, env = "GRAPHQL_TRUSTED_DOCUMENTS", global = true)]
    pub graphql_trusted_documents: Option<std::path::PathBuf>,

    /// What happens to other operations: `enforce` (refused, the default)
    /// or `log` (run and counted).
    #[arg(
        long,
        env = "GRAPHQL_TRUSTED_DOCUMENTS_MODE",
        value_enum,
        global = true
    )]
    pub graphql_trusted_documents_mode: Option<crate::graphql::trusted::TrustMode>,

    /// Most `_entities` representations in one request (all `_entities`
    /// fields of the operation together).
    #[arg(long, env = "GRAPHQL_MAX_ENTITIES", default_value_t = DEFAULT_GRAPHQL_MAX_ENTITIES, global = true)]
    pub graphql_max_entities: usize,

    /// Most errors in one response; the rest are dropped and one error says
    /// how many.
    #[arg(long, env = "GRAPHQL_MAX_ERRORS", default_value_t = DEFAULT_GRAPHQL_MAX_ERRORS, global = true)]
    pub graphql_max_errors: usize,

    /// Allow introspection (unset: on in dev mode, off in production).
    #[arg(long, env = "GRAPHQL_INTROSPECTION", global = true)]
    pub graphql_introspection: Option<bool>,

    /// Longest a GraphQL request may run, in milliseconds.
    #[arg(long, env = "REQUEST_TIMEOUT_MS", default_value_t = DEFAULT_REQUEST_TIMEOUT_MS, global = true)]
    pub request_timeout_ms: u64,

    /// Most `/graphql` requests per minute of one signed-in user (counted
    /// by local user, else by issuer and subject; shared through Redis with
    /// REDIS_URL); 0: no limit.
    #[arg(long, env = "RATE_LIMIT_USER_PER_MINUTE", default_value_t = DEFAULT_RATE_LIMIT_USER_PER_MINUTE, global = true)]
    pub rate_limit_user_per_minute: u32,

    /// Most `/graphql` requests per minute from one client address (the TCP
    /// peer, IPv6 by /64; shared through Redis with REDIS_URL); 0: no limit.
    #[arg(long, env = "RATE_LIMIT_IP_PER_MINUTE", default_value_t = DEFAULT_RATE_LIMIT_IP_PER_MINUTE, global = true)]
    pub rate_limit_ip_per_minute: u32,

    /// Most graphql-ws sockets one user may hold open on one replica.
    #[arg(long, env = "LIVE_MAX_SOCKETS_PER_USER", default_value_t = crate::events::sockets::MAX_SOCKETS_PER_USER, global = true)]
    pub live_max_sockets_per_user: usize,

    /// Seconds in-flight requests get to finish once the listener has closed.
    #[arg(long, env = "SHUTDOWN_GRACE_SECS", default_value_t = DEFAULT_SHUTDOWN_GRACE_SECS, global = true)]
    pub shutdown_grace_secs: u64,

    /// Seconds between SIGTERM and closing the listener, while `/ready`
    /// answers 503 and requests are still served (unset: 5 in production,
    /// 0 in dev mode).
    #[arg(long, env = "SHUTDOWN_DRAIN_SECS", global = true)]
    pub shutdown_drain_secs: Option<u64>,

    /// Address to listen on.
    #[arg(long, env = "LISTEN_ADDR", default_value = DEFAULT_LISTEN_ADDR, global = true)]
    pub listen_addr: SocketAddr,

    /// Where `/metrics` is served, on a listener of its own (then it is 404
    /// on LISTEN_ADDR); unset: on LISTEN_ADDR with everything else.
    #[arg(long, env = "METRICS_LISTEN_ADDR", global = true)]
    pub metrics_listen_addr: Option<SocketAddr>,

    /// Production: serve `/metrics` on `LISTEN_ADDR` as well (it shows
    /// issuers, link conflicts and error counts, so it is off by default).
    #[arg(long, env = "METRICS_PUBLIC", default_value_t = false, global = true)]
    pub metrics_public: bool,

    /// Comma-separated origins allowed by CORS (with credentials).
    #[arg(
        long,
        env = "CORS_ALLOWED_ORIGINS",
        value_delimiter = ',',
        global = true
    )]
    pub cors_allowed_origins: Vec<String>,

    /// Folder for dev-mode state (the local Postgres cluster, emulator users).
    #[arg(long, env = "DATA_DIR", default_value = DEFAULT_DATA_DIR, global = true)]
    pub data_dir: PathBuf,

    /// Dev mode: where the Passage emulator listens (loopback only).
    #[arg(long, env = "EMULATOR_LISTEN_ADDR", default_value = DEFAULT_EMULATOR_LISTEN_ADDR, global = true)]
    pub emulator_listen_addr: SocketAddr,

    /// Dev mode: seconds the emulator's auth tokens live.
    #[arg(long, env = "EMULATOR_TOKEN_TTL_SECS", default_value_t = DEFAULT_EMULATOR_TOKEN_TTL_SECS, global = true)]
    pub emulator_token_ttl_secs: u64,

    /// Log lines as text (coloured only on a terminal) or JSON, one object
    /// per line.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, global = true)]
    pub log_format: LogFormat,

    /// OTLP/HTTP collector base URL (`http://collector:4318`): when set,
    /// spans are exported to its `/v1/traces` (see `logging`).
    #[arg(long, env = "OTEL_EXPORTER_OTLP_ENDPOINT", global = true)]
    pub otel_exporter_otlp_endpoint: Option<String>,
}

/// Where Passage and Postgres come from, once the configuration is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// An external database, and real Passage (or anything speaking its
    /// contract) unless Passage was removed: `PASSAGE_APP_ID` unset and
    /// other issuers configured (`CONFIG_FILE`).
    Production(Option<PassageSettings>),
    /// The in-process emulator; a local Postgres unless `DATABASE_URL` is set.
    Dev,
}

/// A configuration that cannot start the server.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error("{0} must be set when PASSAGE_APP_ID is set (production mode)")]
    Missing(&'static str),
    #[error("dev mode (PASSAGE_APP_ID unset) listens on loopback only, but {0} is {1}")]
    DevModeNotLoopback(&'static str, SocketAddr),
    #[error("{name} is not an http(s) URL: {value}")]
    BadUrl { name: &'static str, value: String },
    #[error(
        "{name} must be an https URL (plain http is allowed only for loopback hosts: \
         localhost, 127.0.0.0/8, [::1]), but it is {value}"
    )]
    InsecureUrl { name: &'static str, value: String },
    #[error(
        "JWT_LEEWAY_SECS is {0}, but at most {MAX_JWT_LEEWAY_SECS} seconds of clock skew \
         are allowed (fix the clocks instead; NTP keeps them within a second)"
    )]
    LeewayTooLarge(u64),
}

impl Config {
    /// Checks the combination of settings and says which mode they select.
    pub fn mode(&self) -> Result<Mode, ConfigError> {
        if self.jwt_leeway_secs > MAX_JWT_LEEWAY_SECS {
            return Err(ConfigError::LeewayTooLarge(self.jwt_leeway_secs));
        }
        let Some(app_id) = non_empty(&self.passage_app_id) else {
            if self.is_production() {
                // Issuers of its own: production without Passage, never dev
                // mode (which would start an emulator and a local database).
                non_empty(&self.database_url).ok_or(ConfigError::Missing("DATABASE_URL"))?;
                return Ok(Mode::Production(None));
            }
            if !self.listen_addr.ip().is_loopback() {
                return Err(ConfigError::DevModeNotLoopback(
                    "LISTEN_ADDR",
                    self.listen_addr,
                ));
            }
            if let Some(addr) = self.metrics_listen_addr
                && !addr.ip().is_loopback()
            {
                return Err(ConfigError::DevModeNotLoopback("METRICS_LISTEN_ADDR", addr));
            }
            if !self.emulator_listen_addr.ip().is_loopback() {
                return Err(ConfigError::DevModeNotLoopback(
                    "EMULATOR_LISTEN_ADDR",
                    self.emulator_listen_addr,
                ));
            }
            return Ok(Mode::Dev);
        };
        let api_key =
            non_empty(&self.passage_api_key).ok_or(ConfigError::Missing("PASSAGE_API_KEY"))?;
        non_empty(&self.database_url).ok_or(ConfigError::Missing("DATABASE_URL"))?;
        Ok(Mode::Production(Some(PassageSettings {
            app_id: app_id.to_owned(),
            api_key: api_key.to_owned(),
            auth_url: checked_url("PASSAGE_AUTH_URL", &self.passage_auth_url)?,
            api_url: checked_url("PASSAGE_API_URL", &self.passage_api_url)?,
        })))
    }

    /// Whether these settings name production (Passage, or issuers of the
    /// configuration file) rather than dev mode: what [`Self::mode`]
    /// decides, asked by the defaults that differ between the two, without
    /// checking the rest of the settings.
    fn is_production(&self) -> bool {
        non_empty(&self.passage_app_id).is_some() || self.config_file.is_some()
    }

    pub fn passage_timeout(&self) -> Duration {
        Duration::from_millis(self.passage_timeout_ms)
    }

    pub fn passage_deadline(&self) -> Duration {
        Duration::from_millis(self.passage_deadline_ms)
    }

    /// How every pooled database session runs: its limits, its statement cache.
    pub fn database_session_limits(&self) -> crate::db::SessionLimits {
        crate::db::SessionLimits {
            statement_timeout: Duration::from_millis(self.database_statement_timeout_ms),
            lock_timeout: Duration::from_millis(self.database_lock_timeout_ms),
            statement_cache: self.database_statement_cache,
            reconnect_wait: Duration::from_millis(self.database_reconnect_wait_ms),
        }
    }

    pub fn passage_cache_ttl(&self) -> Duration {
        Duration::from_secs(self.passage_cache_ttl)
    }

    /// `REDIS_URL`, when set to something.
    /// Clerk's Backend API secret key, when set.
    pub fn clerk_secret_key(&self) -> Option<&str> {
        non_empty(&self.clerk_secret_key)
    }

    /// The webhook secret held by the variable `name`
    /// ([`Self::webhook_secrets`], else the environment).
    pub fn webhook_secret(&self, name: &str) -> Option<String> {
        self.webhook_secrets
            .get(name)
            .cloned()
            .or_else(|| std::env::var(name).ok())
    }

    pub fn redis_url(&self) -> Option<&str> {
        non_empty(&self.redis_url)
    }

    pub fn redis_timeout(&self) -> Duration {
        Duration::from_millis(self.redis_timeout_ms.max(1))
    }

    /// The request budgets (0: that limit is off).
    pub fn rate_limits(&self) -> crate::rate_limits::RateLimitSettings {
        crate::rate_limits::RateLimitSettings {
            user_per_minute: std::num::NonZeroU32::new(self.rate_limit_user_per_minute),
            ip_per_minute: std::num::NonZeroU32::new(self.rate_limit_ip_per_minute),
        }
    }

    pub fn request_timeout(&self) -> Duration {
        Duration::from_millis(self.request_timeout_ms)
    }

    pub fn shutdown_grace(&self) -> Duration {
        Duration::from_secs(self.shutdown_grace_secs)
    }

    /// How long to keep serving, `/ready` at 503, after SIGTERM. Dev mode
    /// has no balancer to wait for, so Ctrl-C stops at once there.
    pub fn shutdown_drain(&self) -> Duration {
        let default = if self.is_production() {
            DEFAULT_SHUTDOWN_DRAIN_SECS
        } else {
            0
        };
        Duration::from_secs(self.shutdown_drain_secs.unwrap_or(default))
    }

    /// The GraphQL limits; introspection follows the mode unless set.
    pub fn graphql_limits(&self) -> crate::graphql::GraphqlLimits {
        crate::graphql::GraphqlLimits {
            max_depth: self.graphql_max_depth,
            max_complexity: self.graphql_max_complexity,
            max_aliases: self.graphql_max_aliases,
            max_entities: self.graphql_max_entities,
            max_errors: self.graphql_max_errors,
            introspection: self.graphql_introspection.unwrap_or(!self.is_production()),
        }
    }

    /// The issuers of the configuration file (none without one).
    pub fn issuers(&self) -> Result<Vec<IssuerSettings>, IssuerConfigError> {
        match &self.config_file {
            Some(path) => crate::issuers::load(path),
            None => Ok(Vec::new()),
        }
    }

    pub fn jwt_leeway(&self) -> Duration {
        Duration::from_secs(self.jwt_leeway_secs)
    }

    /// A configuration with every default (and the environment's
    /// settings), as tests and tools start from.
    pub fn defaults() -> Self {
        Self::try_from_args(["passage-graphql"]).expect("the defaults parse")
    }

    /// The settings of a command line (`args[0]` is the program), read as
    /// `passage-graphql` reads them, environment included.
    pub fn try_from_args<I, T>(args: I) -> Result<Self, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        /// The settings alone, as the command line reads them.
        #[derive(clap::Parser)]
        struct Settings {
            #[command(flatten)]
            config: Config,
        }
        <Settings as clap::Parser>::try_parse_from(args).map(|s| s.config)
    }
}

fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|v| !v.is_empty())
}

/// A Passage base URL, without its trailing `/`. Off loopback it must be
/// https: the JWKS decides which tokens pass, and the Management API gets the
/// API key.
fn checked_url(name: &'static str, value: &str) -> Result<String, ConfigError> {
    let trimmed = value.trim().trim_end_matches('/');
    let bad = || ConfigError::BadUrl {
        name,
        value: value.to_owned(),
    };
    let url = reqwest::Url::parse(trimmed).map_err(|_| bad())?;
    let host = url.host_str().ok_or_else(bad)?;
    match url.scheme() {
        "https" => Ok(trimmed.to_owned()),
        "http" if crate::issuers::is_loopback_host(host) => Ok(trimmed.to_owned()),
        "http" => {
            let mut shown = url.clone();
            // Credentials in the URL stay out of the error (and the log).
            let _ = shown.set_password(None);
            let _ = shown.set_username("");
            Err(ConfigError::InsecureUrl {
                name,
                value: shown.as_str().trim_end_matches('/').to_owned(),
            })
        }
        _ => Err(bad()),
    }
}

#[cfg(test)]
mod tests;
