//! Token issuers as configured: Passage's (from the `PASSAGE_*` variables)
//! and the `[[issuers]]` of the configuration file, with where each one's
//! keys are found ([`KeySource`]) and the URL policy every issuer URL and
//! discovered `jwks_uri` must pass. The token guard (`crate::auth`) builds
//! its verifiers from these settings; nothing here does I/O but reading the
//! file.

mod link_connections;
mod presets;
mod settings;
mod url_policy;
mod webhook_settings;

pub use link_connections::EmailLinkExclusions;
pub use settings::*;
pub use url_policy::{check_discovered_jwks_uri, is_loopback_host, is_secure_url};
pub use webhook_settings::{
    AUTH0_WEBHOOK_TOKEN_ENV, CLERK_WEBHOOK_SECRET_ENV, WebhookFormat, WebhookSettings,
};
