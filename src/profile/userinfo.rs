//! OpenID Connect UserInfo as a profile source: called with the viewer's own
//! access token, for the viewer only, and remembered per token until the
//! token expires (keyed by the SHA-256 digest of the token, so no token is
//! kept). Concurrent lookups with one token share a single call; failures
//! are not remembered. The endpoint is the issuer's `userinfo_url`, else
//! the discovery document's `userinfo_endpoint`, which must pass the same
//! URL policy as a discovered `jwks_uri` (the user's token is sent there).
//! The claims read are the standard ones: `email`, `email_verified`,
//! `phone_number`, `phone_number_verified`; the answer's `sub` must be the
//! token's.

use std::sync::Arc;
use std::time::{Duration, Instant};

use aws_lc_rs::digest::{SHA256, digest};
use moka::future::Cache;
use serde::Deserialize;
use tokio::sync::OnceCell;

use super::{ProfileFields, ProviderError};
use crate::observability::metrics::Telemetry;

/// Most tokens' answers kept at once.
const MAX_CACHED: u64 = 20_000;
/// Longest an answer is kept, whatever the token's `exp`.
const MAX_TTL: Duration = Duration::from_secs(3600);
/// Largest answer (or discovery document) read.
const MAX_BODY_BYTES: usize = 64 << 10;

/// An answer and when its token expires.
#[derive(Clone)]
struct Entry {
    profile: Arc<ProfileFields>,
    ttl: Duration,
}

struct EntryLifetime;

impl moka::Expiry<[u8; 32], Entry> for EntryLifetime {
    fn expire_after_create(&self, _: &[u8; 32], entry: &Entry, _: Instant) -> Option<Duration> {
        Some(entry.ttl)
    }
}

/// One issuer's UserInfo endpoint; cheap to clone.
#[derive(Clone)]
pub struct Userinfo {
    http: reqwest::Client,
    issuer: Arc<str>,
    fixed: Option<Arc<str>>,
    discovered: Arc<OnceCell<String>>,
    cache: Cache<[u8; 32], Entry>,
    deadline: Duration,
    telemetry: Option<Arc<Telemetry>>,
}

impl Userinfo {
    /// `issuer`'s UserInfo: at `url`, else found through discovery. Every
    /// lookup ends within `deadline`.
    pub fn new(http: reqwest::Client, issuer: &str, url: Option<&str>, deadline: Duration) -> Self {
        Self {
            http,
            issuer: issuer.into(),
            fixed: url.map(Into::into),
            discovered: Arc::new(OnceCell::new()),
            cache: Cache::builder()
                .max_capacity(MAX_CACHED)
                .expire_after(EntryLifetime)
                .build(),
            deadline,
            telemetry: None,
        }
    }

    pub fn with_telemetry(mut self, telemetry: Arc<Telemetry>) -> Self {
        self.telemetry = Some(telemetry);
        self
    }

    /// What UserInfo says of the holder of `token` (whose `sub` is
    /// `subject` and which expires at `expires_at`, seconds since 1970).
    pub async fn profile(
        &self,
        token: &str,
        subject: &str,
        expires_at: f64,
    ) -> Result<Arc<ProfileFields>, ProviderError> {
        let key: [u8; 32] = digest(&SHA256, token.as_bytes())
            .as_ref()
            .try_into()
            .expect("SHA-256 is 32 bytes");
        let left = expires_at - now();
        if left <= 0.0 {
            return Err(ProviderError::Unavailable("token expired".into()));
        }
        let ttl = Duration::from_secs_f64(left).min(MAX_TTL);
        let deadline = Instant::now() + self.deadline;
        let call = async {
            let profile = tokio::time::timeout_at(deadline.into(), self.call(token, subject))
                .await
                .map_err(|_| self.failed("unavailable", "timed out"))??;
            Ok::<_, ProviderError>(Entry {
                profile: Arc::new(profile),
                ttl,
            })
        };
        self.cache
            .try_get_with(key, call)
            .await
            .map(|entry| entry.profile)
            .map_err(|err: Arc<ProviderError>| (*err).clone())
    }

    async fn call(&self, token: &str, subject: &str) -> Result<ProfileFields, ProviderError> {
        let url = self.endpoint().await?;
        let response = self
            .http
            .get(url)
            .bearer_auth(token)
            .header(reqwest::header::ACCEPT, "application/json")
            .send()
            .await
            .map_err(|_| self.failed("unavailable", "connection failed"))?;
        let status = response.status();
        if !status.is_success() {
            tracing::warn!(%status, issuer = %self.issuer, "UserInfo refused the viewer's token");
            let outcome = if status.is_client_error() {
                "refused"
            } else {
                "unavailable"
            };
            return Err(self.failed(outcome, &format!("HTTP {}", status.as_u16())));
        }
        let body = super::read_capped(response, MAX_BODY_BYTES)
            .await
            .map_err(|reason| self.failed("unavailable", reason))?;
        let answer: Answer = serde_json::from_slice(&body)
            .map_err(|_| self.failed("unavailable", "unreadable answer"))?;
        if answer.sub != subject {
            tracing::error!(issuer = %self.issuer, "UserInfo answered for another subject than the token's; not used");
            return Err(self.failed("refused", "answered for another user"));
        }
        if let Some(telemetry) = &self.telemetry {
            telemetry.provider_call("userinfo", "ok");
        }
        let text = |v: Option<String>| v.map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        Ok(ProfileFields {
            email: text(answer.email),
            email_verified: answer.email_verified,
            phone: text(answer.phone_number),
            phone_verified: answer.phone_number_verified,
        })
    }

    /// The endpoint: the configured one, else discovery's (looked up once;
    /// a failed look-up is tried again on the next call).
    async fn endpoint(&self) -> Result<&str, ProviderError> {
        if let Some(url) = &self.fixed {
            return Ok(url);
        }
        self.discovered
            .get_or_try_init(|| self.discover())
            .await
            .map(String::as_str)
    }

    async fn discover(&self) -> Result<String, ProviderError> {
        #[derive(Deserialize)]
        struct Discovery {
            issuer: String,
            userinfo_endpoint: Option<String>,
        }
        let url = format!(
            "{}/.well-known/openid-configuration",
            self.issuer.trim_end_matches('/')
        );
        let response = self
            .http
            .get(&url)
            .send()
            .await
            .map_err(|_| self.failed("unavailable", "discovery failed"))?;
        if !response.status().is_success() {
            return Err(self.failed("unavailable", "discovery failed"));
        }
        let body = super::read_capped(response, MAX_BODY_BYTES)
            .await
            .map_err(|reason| self.failed("unavailable", reason))?;
        let document: Discovery = serde_json::from_slice(&body)
            .map_err(|_| self.failed("unavailable", "discovery document unreadable"))?;
        if document.issuer != *self.issuer {
            tracing::error!(issuer = %self.issuer, "discovery document names another issuer; its userinfo_endpoint is not used");
            return Err(self.failed("unavailable", "discovery names another issuer"));
        }
        let Some(endpoint) = document.userinfo_endpoint else {
            tracing::error!(issuer = %self.issuer, "discovery document has no userinfo_endpoint; set `userinfo_url`");
            return Err(self.failed("unavailable", "no userinfo endpoint"));
        };
        if let Err(reason) = crate::issuers::check_discovered_jwks_uri(&self.issuer, &endpoint) {
            tracing::error!(issuer = %self.issuer, reason, "discovery's userinfo_endpoint is refused (it must be https on the issuer's host, unless the issuer is loopback); set `userinfo_url`");
            return Err(self.failed("unavailable", "userinfo endpoint refused"));
        }
        Ok(endpoint)
    }

    fn failed(&self, outcome: &'static str, reason: &str) -> ProviderError {
        if let Some(telemetry) = &self.telemetry {
            telemetry.provider_call("userinfo", outcome);
        }
        ProviderError::Unavailable(reason.to_owned())
    }
}

/// The standard claims read from a UserInfo answer.
#[derive(Deserialize)]
struct Answer {
    sub: String,
    email: Option<String>,
    email_verified: Option<bool>,
    phone_number: Option<String>,
    phone_number_verified: Option<bool>,
}

fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}
