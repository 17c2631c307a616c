//! Configuration: every setting is a flag, an environment variable and a
//! key of the configuration file (`CONFIG_FILE`), in that order of
//! precedence, then its default.
//!
//! Each setting's name, variable, default and meaning is its doc comment
//! below (clap's `--help` shows them); `docs/src/reference/configuration.md`
//! is generated from the same definitions (`passage-graphql config
//! reference`) and a test keeps it so. The file's layering is
//! [`file`], the `_FILE` variants of the secrets [`secret_files`], where
//! each value came from [`Sources`].
//!
//! Dev mode is `MODE=dev` (or `--dev`), or, with `MODE` unset, neither
//! `PASSAGE_APP_ID` nor `CONFIG_FILE` set: loopback only, a local Postgres
//! when `DATABASE_URL` is unset, introspection on, no shutdown drain, and
//! the Passage emulator unless `PASSAGE_APP_ID` is set or `EMULATOR=off`.
//! Production (the rest) needs `DATABASE_URL`, and `PASSAGE_API_KEY` with
//! `PASSAGE_APP_ID`; [`Config::mode`] says which is missing. Every default
//! that differs by mode (introspection, the shutdown drain) asks the same
//! question, [`Config::is_dev`]. It also refuses Passage URLs over plain
//! http off loopback and a leeway over [`MAX_JWT_LEEWAY_SECS`].

pub use passage_wire::PassageSettings;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use crate::db::StatementCache;
use crate::issuers::{IssuerConfigError, IssuerSettings};
use crate::observability::logs::LogFormat;

pub mod file;
mod mode;
mod redact;
pub mod secret_files;
mod sources;

pub use mode::{ConfigError, Mode};
pub use redact::{SecretUrl, redacted_url};
pub use secrecy::{ExposeSecret, SecretString};
pub use sources::{Origin, Sources};

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

/// The headings that group the settings in `--help` and the reference;
/// each subcommand takes the groups it uses (see `cli`).
pub mod groups {
    pub const FILE: &str = "Configuration file";
    pub const DATABASE: &str = "Database";
    pub const PASSAGE: &str = "Passage";
    pub const ISSUERS: &str = "Issuers";
    pub const REDIS: &str = "Redis";
    pub const GRAPHQL: &str = "GraphQL limits";
    pub const HTTP: &str = "HTTP";
    pub const OBSERVABILITY: &str = "Observability";
    pub const DEV: &str = "Dev mode";
    /// Every group, in the order of the reference.
    pub const ALL: &[&str] = &[
        FILE,
        DATABASE,
        PASSAGE,
        ISSUERS,
        REDIS,
        GRAPHQL,
        HTTP,
        OBSERVABILITY,
        DEV,
    ];
}

/// `MODE`: dev mode or production, when not inferred.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RunMode {
    Dev,
    Production,
}

/// Every setting of the server, each a flag, an environment variable and a
/// key of the configuration file (see the module docs). Its `Debug` output
/// hides the secrets (keys, and the passwords in URLs).
#[derive(Clone, Debug, clap::Args)]
pub struct Config {
    /// A TOML file with settings (each key is the setting's variable in
    /// lower case, e.g. `database_pool_size = 16`) and token issuers
    /// (`[[issuers]]`); a flag or variable beats the file.
    #[arg(long = "config", env = "CONFIG_FILE", help_heading = groups::FILE)]
    pub config_file: Option<PathBuf>,

    /// `dev`: dev mode whatever else is set (loopback only, a local
    /// Postgres unless DATABASE_URL is set, introspection and GraphiQL on,
    /// the issuers of CONFIG_FILE); `production`: never dev mode. Unset:
    /// dev mode when neither PASSAGE_APP_ID nor CONFIG_FILE is set.
    #[arg(long, env = "MODE", value_enum, help_heading = groups::DEV)]
    pub mode: Option<RunMode>,

    /// The same as `--mode dev`.
    #[arg(long, help_heading = groups::DEV)]
    pub dev: bool,

    /// Dev mode: run the built-in Passage emulator (`on`/`off`). Unset: on
    /// unless PASSAGE_APP_ID is set.
    #[arg(long, env = "EMULATOR", value_parser = clap::builder::BoolishValueParser::new(), help_heading = groups::DEV)]
    pub emulator: Option<bool>,

    /// Dev mode: where the Passage emulator listens (loopback only; taken:
    /// a free port, named in the banner).
    #[arg(long, env = "EMULATOR_LISTEN_ADDR", default_value = DEFAULT_EMULATOR_LISTEN_ADDR, help_heading = groups::DEV)]
    pub emulator_listen_addr: SocketAddr,

    /// Dev mode: seconds the emulator's auth tokens live (short: watch the
    /// SDK refresh).
    #[arg(long, env = "EMULATOR_TOKEN_TTL_SECS", default_value_t = DEFAULT_EMULATOR_TOKEN_TTL_SECS, help_heading = groups::DEV)]
    pub emulator_token_ttl_secs: u64,

    /// Postgres URL; TLS by its `sslmode` and `sslrootcert`, as libpq.
    /// Unset: dev mode starts a local Postgres under DATA_DIR (production
    /// requires it).
    #[arg(long, env = "DATABASE_URL", value_parser = secret_url, hide_env_values = true, help_heading = groups::DATABASE)]
    pub database_url: Option<SecretUrl>,

    /// A file holding DATABASE_URL (a mounted secret; a trailing newline is
    /// dropped).
    #[arg(long, env = "DATABASE_URL_FILE", help_heading = groups::DATABASE)]
    pub database_url_file: Option<PathBuf>,

    /// Postgres URL of the session that LISTENs for live-update events
    /// from other replicas (without REDIS_URL); a direct or session-mode
    /// connection, never a transaction pooler. Unset: DATABASE_URL.
    #[arg(long, env = "DATABASE_LISTEN_URL", value_parser = secret_url, hide_env_values = true, help_heading = groups::DATABASE)]
    pub database_listen_url: Option<SecretUrl>,

    /// A file holding DATABASE_LISTEN_URL (a mounted secret).
    #[arg(long, env = "DATABASE_LISTEN_URL_FILE", help_heading = groups::DATABASE)]
    pub database_listen_url_file: Option<PathBuf>,

    /// Connections in the database pool.
    #[arg(long, env = "DATABASE_POOL_SIZE", default_value_t = DEFAULT_POOL_SIZE, help_heading = groups::DATABASE)]
    pub database_pool_size: usize,

    /// Longest one SQL statement may run, in milliseconds (`statement_timeout`).
    #[arg(long, env = "DATABASE_STATEMENT_TIMEOUT_MS", default_value_t = DEFAULT_DATABASE_STATEMENT_TIMEOUT_MS, help_heading = groups::DATABASE)]
    pub database_statement_timeout_ms: u64,

    /// Longest a statement may wait for a lock, in milliseconds (`lock_timeout`).
    #[arg(long, env = "DATABASE_LOCK_TIMEOUT_MS", default_value_t = DEFAULT_DATABASE_LOCK_TIMEOUT_MS, help_heading = groups::DATABASE)]
    pub database_lock_timeout_ms: u64,

    /// Longest requests wait for a new database connection while Postgres
    /// refuses them (a restart, a failover), in milliseconds: one wait that
    /// they share; then DATABASE_UNAVAILABLE, at once, until Postgres
    /// answers again.
    #[arg(long, env = "DATABASE_RECONNECT_WAIT_MS", default_value_t = DEFAULT_DATABASE_RECONNECT_WAIT_MS, help_heading = groups::DATABASE)]
    pub database_reconnect_wait_ms: u64,

    /// `off`: no prepared statement outlives its transaction, as a pooler in
    /// transaction mode (PgBouncer) needs; `on`: each session prepares a
    /// statement once and reuses it.
    #[arg(long, env = "DATABASE_STATEMENT_CACHE", value_enum, default_value_t = StatementCache::On, help_heading = groups::DATABASE)]
    pub database_statement_cache: StatementCache,

    /// Folder for local state: dev mode's Postgres cluster (also any
    /// command's without DATABASE_URL) and the emulator's users and key.
    #[arg(long, env = "DATA_DIR", default_value = DEFAULT_DATA_DIR, help_heading = groups::DATABASE)]
    pub data_dir: PathBuf,

    /// Passage app ID. Unset, with no CONFIG_FILE either: dev mode with the
    /// built-in emulator.
    #[arg(long, env = "PASSAGE_APP_ID", help_heading = groups::PASSAGE)]
    pub passage_app_id: Option<String>,

    /// Passage Management API key (required with PASSAGE_APP_ID; never
    /// logged).
    #[arg(long, env = "PASSAGE_API_KEY", value_parser = secret, hide_env_values = true, help_heading = groups::PASSAGE)]
    pub passage_api_key: Option<SecretString>,

    /// A file holding PASSAGE_API_KEY (a mounted secret).
    #[arg(long, env = "PASSAGE_API_KEY_FILE", help_heading = groups::PASSAGE)]
    pub passage_api_key_file: Option<PathBuf>,

    /// Base URL of Passage's auth service, where the JWKS lives (https
    /// unless loopback).
    #[arg(long, env = "PASSAGE_AUTH_URL", default_value = DEFAULT_PASSAGE_AUTH_URL, help_heading = groups::PASSAGE)]
    pub passage_auth_url: String,

    /// Base URL of Passage's Management API (https unless loopback).
    #[arg(long, env = "PASSAGE_API_URL", default_value = DEFAULT_PASSAGE_API_URL, help_heading = groups::PASSAGE)]
    pub passage_api_url: String,

    /// Per-call timeout for Passage (and the other providers' APIs), in
    /// milliseconds.
    #[arg(long, env = "PASSAGE_TIMEOUT_MS", default_value_t = DEFAULT_PASSAGE_TIMEOUT_MS, help_heading = groups::PASSAGE)]
    pub passage_timeout_ms: u64,

    /// Longest all Passage work for one field may take (attempts, waits for
    /// a slot, backoff), in milliseconds; then the field is null with
    /// PASSAGE_UNAVAILABLE.
    #[arg(long, env = "PASSAGE_DEADLINE_MS", default_value_t = DEFAULT_PASSAGE_DEADLINE_MS, help_heading = groups::PASSAGE)]
    pub passage_deadline_ms: u64,

    /// Most Passage calls in flight at once, across the whole server.
    #[arg(long, env = "PASSAGE_MAX_CONCURRENCY", default_value_t = DEFAULT_PASSAGE_MAX_CONCURRENCY, help_heading = groups::PASSAGE)]
    pub passage_max_concurrency: usize,

    /// Seconds a Passage (or Clerk) profile stays cached (0 disables the
    /// cache).
    #[arg(long, env = "PASSAGE_CACHE_TTL", default_value_t = DEFAULT_PASSAGE_CACHE_TTL_SECS, help_heading = groups::PASSAGE)]
    pub passage_cache_ttl: u64,

    /// Clock skew allowed when checking `exp`, `nbf` and `iat`, in seconds;
    /// at most 300.
    #[arg(long, env = "JWT_LEEWAY_SECS", default_value_t = DEFAULT_JWT_LEEWAY_SECS, help_heading = groups::ISSUERS)]
    pub jwt_leeway_secs: u64,

    /// Clerk's Backend API secret key, for issuers with `profile = "clerk"`
    /// and `identities sync` (never logged).
    #[arg(long, env = "CLERK_SECRET_KEY", value_parser = secret, hide_env_values = true, help_heading = groups::ISSUERS)]
    pub clerk_secret_key: Option<SecretString>,

    /// A file holding CLERK_SECRET_KEY (a mounted secret).
    #[arg(long, env = "CLERK_SECRET_KEY_FILE", help_heading = groups::ISSUERS)]
    pub clerk_secret_key_file: Option<PathBuf>,

    /// Webhook secrets by the name of the variable an issuer's
    /// `webhook_secret_env` gives, taken before the environment (not a
    /// flag: for programs that embed the server, and tests).
    #[arg(skip)]
    pub webhook_secrets: std::collections::BTreeMap<String, SecretString>,

    /// Redis URL (`redis://…`, `rediss://…` for TLS): a profile cache and
    /// rate-limit counts shared by the replicas, live updates relayed
    /// between them; unset: each keeps its own.
    #[arg(long, env = "REDIS_URL", value_parser = secret_url, hide_env_values = true, help_heading = groups::REDIS)]
    pub redis_url: Option<SecretUrl>,

    /// A file holding REDIS_URL (a mounted secret).
    #[arg(long, env = "REDIS_URL_FILE", help_heading = groups::REDIS)]
    pub redis_url_file: Option<PathBuf>,

    /// Longest one Redis call may take, in milliseconds; then the lookup goes
    /// on with the local cache and Passage.
    #[arg(long, env = "REDIS_TIMEOUT_MS", default_value_t = DEFAULT_REDIS_TIMEOUT_MS, help_heading = groups::REDIS)]
    pub redis_timeout_ms: u64,

    /// Deepest selection nesting allowed.
    #[arg(long, env = "GRAPHQL_MAX_DEPTH", default_value_t = DEFAULT_GRAPHQL_MAX_DEPTH, help_heading = groups::GRAPHQL)]
    pub graphql_max_depth: usize,

    /// Most complexity points (fields) per operation.
    #[arg(long, env = "GRAPHQL_MAX_COMPLEXITY", default_value_t = DEFAULT_GRAPHQL_MAX_COMPLEXITY, help_heading = groups::GRAPHQL)]
    pub graphql_max_complexity: usize,

    /// Most aliased fields per document.
    #[arg(long, env = "GRAPHQL_MAX_ALIASES", default_value_t = DEFAULT_GRAPHQL_MAX_ALIASES, help_heading = groups::GRAPHQL)]
    pub graphql_max_aliases: usize,

    /// Most operations in one batched request.
    #[arg(long, env = "GRAPHQL_MAX_BATCH", default_value_t = DEFAULT_GRAPHQL_MAX_BATCH, help_heading = groups::GRAPHQL)]
    pub graphql_max_batch: usize,

    /// Automatic persisted queries (Apollo's protocol): `on` or `off`
    /// (then PERSISTED_QUERY_NOT_SUPPORTED).
    #[arg(long, env = "GRAPHQL_APQ", default_value_t = true, action = clap::ArgAction::Set, value_parser = clap::builder::BoolishValueParser::new(), help_heading = groups::GRAPHQL)]
    pub graphql_apq: bool,

    /// A manifest of the operations the app ships (trusted documents:
    /// Apollo's, GraphQL Code Generator's, Relay's).
    #[arg(long, env = "GRAPHQL_TRUSTED_DOCUMENTS", help_heading = groups::GRAPHQL)]
    pub graphql_trusted_documents: Option<std::path::PathBuf>,

    /// What happens to other operations: `enforce` (refused, the default
    /// with a manifest) or `log` (run and counted).
    #[arg(long, env = "GRAPHQL_TRUSTED_DOCUMENTS_MODE", value_enum, help_heading = groups::GRAPHQL)]
    pub graphql_trusted_documents_mode: Option<crate::graphql::trusted::TrustMode>,

    /// Most `_entities` representations in one request (all `_entities`
    /// fields of the operation together).
    #[arg(long, env = "GRAPHQL_MAX_ENTITIES", default_value_t = DEFAULT_GRAPHQL_MAX_ENTITIES, help_heading = groups::GRAPHQL)]
    pub graphql_max_entities: usize,

    /// Most errors in one response; the rest are dropped and one error says
    /// how many.
    #[arg(long, env = "GRAPHQL_MAX_ERRORS", default_value_t = DEFAULT_GRAPHQL_MAX_ERRORS, help_heading = groups::GRAPHQL)]
    pub graphql_max_errors: usize,

    /// Allow introspection (`__schema`, `__type`). Unset: on in dev mode,
    /// off in production.
    #[arg(long, env = "GRAPHQL_INTROSPECTION", help_heading = groups::GRAPHQL)]
    pub graphql_introspection: Option<bool>,

    /// Longest a GraphQL request may run, in milliseconds.
    #[arg(long, env = "REQUEST_TIMEOUT_MS", default_value_t = DEFAULT_REQUEST_TIMEOUT_MS, help_heading = groups::GRAPHQL)]
    pub request_timeout_ms: u64,

    /// Address the server listens on.
    #[arg(long, env = "LISTEN_ADDR", default_value = DEFAULT_LISTEN_ADDR, help_heading = groups::HTTP)]
    pub listen_addr: SocketAddr,

    /// Where `/metrics` is served, on a listener of its own (then it is 404
    /// on LISTEN_ADDR); unset: on LISTEN_ADDR with everything else.
    #[arg(long, env = "METRICS_LISTEN_ADDR", help_heading = groups::HTTP)]
    pub metrics_listen_addr: Option<SocketAddr>,

    /// Production: serve `/metrics` on LISTEN_ADDR as well (it shows
    /// issuers, link conflicts and error counts, so it is off by default;
    /// dev mode always does, without METRICS_LISTEN_ADDR).
    #[arg(long, env = "METRICS_PUBLIC", default_value_t = false, help_heading = groups::HTTP)]
    pub metrics_public: bool,

    /// Comma-separated origins allowed by CORS (with credentials).
    #[arg(long, env = "CORS_ALLOWED_ORIGINS", value_delimiter = ',', help_heading = groups::HTTP)]
    pub cors_allowed_origins: Vec<String>,

    /// Most `/graphql` requests per minute of one signed-in user (counted
    /// by local user, else by issuer and subject; shared through Redis with
    /// REDIS_URL); more get 429 RATE_LIMITED; 0: no limit.
    #[arg(long, env = "RATE_LIMIT_USER_PER_MINUTE", default_value_t = DEFAULT_RATE_LIMIT_USER_PER_MINUTE, help_heading = groups::HTTP)]
    pub rate_limit_user_per_minute: u32,

    /// Most `/graphql` requests per minute from one client address (the TCP
    /// peer, IPv6 by /64; shared through Redis with REDIS_URL); 0: no limit.
    #[arg(long, env = "RATE_LIMIT_IP_PER_MINUTE", default_value_t = DEFAULT_RATE_LIMIT_IP_PER_MINUTE, help_heading = groups::HTTP)]
    pub rate_limit_ip_per_minute: u32,

    /// Most graphql-ws sockets one user may hold open on one replica.
    #[arg(long, env = "LIVE_MAX_SOCKETS_PER_USER", default_value_t = crate::events::sockets::MAX_SOCKETS_PER_USER, help_heading = groups::HTTP)]
    pub live_max_sockets_per_user: usize,

    /// Seconds in-flight requests get to finish once the listener has closed.
    #[arg(long, env = "SHUTDOWN_GRACE_SECS", default_value_t = DEFAULT_SHUTDOWN_GRACE_SECS, help_heading = groups::HTTP)]
    pub shutdown_grace_secs: u64,

    /// Seconds between SIGTERM and closing the listener, while `/ready`
    /// answers 503 and requests are still served, so load balancers stop
    /// sending traffic (unset: 5 in production, 0 in dev mode).
    #[arg(long, env = "SHUTDOWN_DRAIN_SECS", help_heading = groups::HTTP)]
    pub shutdown_drain_secs: Option<u64>,

    /// Log lines as text (coloured only on a terminal) or JSON, one object
    /// per line.
    #[arg(long, env = "LOG_FORMAT", value_enum, default_value_t = LogFormat::Text, help_heading = groups::OBSERVABILITY)]
    pub log_format: LogFormat,

    /// OTLP/HTTP collector base URL (`http://collector:4318`): when set,
    /// spans are exported to its `/v1/traces`; unset: no traces.
    #[arg(long, env = "OTEL_EXPORTER_OTLP_ENDPOINT", help_heading = groups::OBSERVABILITY)]
    pub otel_exporter_otlp_endpoint: Option<String>,

    /// Where each setting came from (flag, environment, file, default),
    /// filled in by the command line's parser.
    #[arg(skip)]
    pub sources: Sources,
}

impl Config {
    pub fn passage_timeout(&self) -> Duration {
        Duration::from_millis(self.passage_timeout_ms)
    }

    pub fn passage_deadline(&self) -> Duration {
        Duration::from_millis(self.passage_deadline_ms)
    }

    /// `DATABASE_URL`, when set to something.
    pub fn database_url(&self) -> Option<&str> {
        non_empty_str(self.database_url.as_ref().map(SecretUrl::expose_secret))
    }

    /// `DATABASE_LISTEN_URL`, when set to something.
    pub fn database_listen_url(&self) -> Option<&str> {
        non_empty_str(
            self.database_listen_url
                .as_ref()
                .map(SecretUrl::expose_secret),
        )
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

    /// Clerk's Backend API secret key, when set.
    pub fn clerk_secret_key(&self) -> Option<&str> {
        non_empty_str(
            self.clerk_secret_key
                .as_ref()
                .map(ExposeSecret::expose_secret),
        )
    }

    /// The webhook secret held by the variable `name`
    /// ([`Self::webhook_secrets`], else the environment: `name`, or the
    /// file that `name_FILE` names).
    pub fn webhook_secret(&self, name: &str) -> Result<Option<SecretString>, ConfigError> {
        if let Some(secret) = self.webhook_secrets.get(name) {
            return Ok(Some(secret.clone()));
        }
        Ok(secret_files::from_environment(name)?)
    }

    /// `REDIS_URL`, when set to something.
    pub fn redis_url(&self) -> Option<&str> {
        non_empty_str(self.redis_url.as_ref().map(SecretUrl::expose_secret))
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
    /// `passage-graphql` reads them, environment included (the
    /// configuration file is read by the command line's parser, `cli`).
    pub fn try_from_args<I, T>(args: I) -> Result<Self, clap::Error>
    where
        I: IntoIterator<Item = T>,
        T: Into<std::ffi::OsString> + Clone,
    {
        use clap::FromArgMatches;
        let matches = Self::settings_command().try_get_matches_from(args)?;
        Self::from_arg_matches(&matches)
    }

    /// Every setting as a command of its own: what `cli` gives each
    /// subcommand a part of, and layers the configuration file on.
    pub fn settings_command() -> clap::Command {
        <Self as clap::Args>::augment_args(clap::Command::new("passage-graphql"))
    }
}

/// The value parser of the secrets (clap's `value_parser`).
fn secret(value: &str) -> Result<SecretString, std::convert::Infallible> {
    Ok(value.into())
}

/// The value parser of the URLs that may hold a password.
fn secret_url(value: &str) -> Result<SecretUrl, std::convert::Infallible> {
    Ok(value.into())
}

fn non_empty_str(value: Option<&str>) -> Option<&str> {
    value.map(str::trim).filter(|v| !v.is_empty())
}

#[cfg(test)]
mod tests;
