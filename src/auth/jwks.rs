//! One issuer's signing keys, fetched from its JWKS and kept by `kid`. The
//! JWKS URL is fixed (Passage's, or an issuer's `jwks_uri` setting) or found
//! through OpenID Connect discovery (`{issuer}/.well-known/openid-configuration`,
//! whose `issuer` must equal the configured one, and whose `jwks_uri` must
//! pass [`crate::issuers::check_discovered_jwks_uri`]), looked up again on
//! every fetch so a moved `jwks_uri` is followed.
//!
//! Policy:
//! - fetched at startup, but startup never waits on or fails with it;
//!   `/ready` answers 503 until keys are loaded;
//! - refreshed in the background after `Cache-Control: max-age`, clamped to
//!   [`MIN_REFRESH`, `MAX_REFRESH`] (default [`DEFAULT_REFRESH`]); retried
//!   every [`RETRY_AFTER_FAILURE`] while it fails;
//! - an unknown `kid` triggers a refetch, one at a time (single-flight) and at
//!   most one per [`UNKNOWN_KID_COOLDOWN`], so tokens with random `kid`s
//!   cannot turn into a flood of JWKS requests;
//! - redirects are not followed (a 3xx is a failed fetch);
//! - the body is read up to [`MAX_JWKS_BYTES`], whatever `Content-Length`
//!   says; a larger one is a failed fetch;
//! - entries are judged one by one (see [`super::jwk`]): one that is not a
//!   usable key for the issuer's algorithms is dropped, and logged with its `kid` and the reason,
//!   without affecting the others; only the first [`MAX_JWKS_KEYS`] count;
//! - a key whose `kid` and key material are unchanged is kept as parsed;
//! - a failed fetch keeps the last good keys; a well-formed set without a
//!   usable key does not: it is what Passage publishes, so every token is
//!   refused, the error is logged and `/ready` says `no_usable_key`.

use crate::issuers::KeySource;
use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use serde::Deserialize;
use serde_json::Value;

use jsonwebtoken::Algorithm;

use super::jwk::{Dropped, Fingerprint, PublishedJwk, VerifyingKey, kid_for_log};

pub const MIN_REFRESH: Duration = Duration::from_secs(60);
pub const MAX_REFRESH: Duration = Duration::from_secs(60 * 60);
pub const DEFAULT_REFRESH: Duration = Duration::from_secs(5 * 60);
pub const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(5);
pub const UNKNOWN_KID_COOLDOWN: Duration = Duration::from_secs(10);
/// Largest JWKS body read. Passage's holds a key or two (under 1 KiB each);
/// the cap keeps a misbehaving endpoint from filling memory.
pub const MAX_JWKS_BYTES: usize = 64 * 1024;
/// Most JWKS entries considered, in document order; later ones are ignored
/// (with a log line). Passage publishes one or two keys at a time; 32 leaves
/// room for overlapping rotations while bounding the RSA parsing one fetch
/// can cause.
pub const MAX_JWKS_KEYS: usize = 32;

/// Why no key could be had for a `kid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLookupError {
    /// The JWKS is loaded and has no such key.
    Unknown,
    /// No JWKS has been loaded yet (Passage unreachable since startup).
    KeysUnavailable,
}

/// Where the signing keys stand, as `/ready` reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeysStatus {
    /// No JWKS fetched yet (Passage unreachable, a redirect, too large...).
    NotLoaded,
    /// At least one usable key.
    Loaded,
    /// The JWKS was read and holds no usable key: every token is refused.
    NoUsableKey,
}

impl KeysStatus {
    /// The value of `signing_keys` in `/ready`.
    pub fn label(self) -> &'static str {
        match self {
            Self::NotLoaded => "not_loaded",
            Self::Loaded => "loaded",
            Self::NoUsableKey => "no_usable_key",
        }
    }
}

/// What the last understood JWKS published.
struct KeySet {
    status: KeysStatus,
    /// Parsed once, on load: verifying with a parsed key skips rebuilding
    /// the RSA modulus context on every token.
    keys: HashMap<String, Arc<VerifyingKey>>,
}

/// Largest discovery document read.
pub const MAX_DISCOVERY_BYTES: usize = 64 * 1024;

/// The JWKS cache; cheap to share behind an `Arc`.
pub struct JwksCache {
    http: reqwest::Client,
    source: KeySource,
    /// The algorithms the issuer accepts: keys for others are dropped.
    algorithms: Vec<Algorithm>,
    published: RwLock<KeySet>,
    /// Held while fetching; remembers when an unknown `kid` last caused a
    /// fetch (scheduled refreshes don't count, so a key rotated in just after
    /// one is still picked up at once).
    fetch_gate: tokio::sync::Mutex<Option<Instant>>,
    /// Fetches that loaded keys, and those that did not (for `/metrics`).
    fetches_ok: AtomicU64,
    fetches_failed: AtomicU64,
    /// When keys were last loaded.
    loaded_at: RwLock<Option<Instant>>,
}

/// What `/metrics` reports of one issuer's keys.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct KeyStats {
    pub fetches_ok: u64,
    pub fetches_failed: u64,
    /// Seconds since keys were last loaded (`None`: never).
    pub age_secs: Option<f64>,
}

/// The JWKS document; entries stay raw JSON so one odd entry cannot make
/// the whole set unreadable.
#[derive(Deserialize)]
struct JwkSet {
    keys: Vec<Value>,
}

impl JwksCache {
    /// A cache for Passage's JWKS,
    /// `{auth_url}/v1/apps/{app_id}/.well-known/jwks.json` (RS256 keys).
    pub fn passage(http: reqwest::Client, auth_url: &str, app_id: &str) -> Self {
        let url = format!("{auth_url}/v1/apps/{app_id}/.well-known/jwks.json");
        Self::new(http, KeySource::Jwks(url), vec![Algorithm::RS256])
    }

    /// A cache for the keys at `source`, for tokens signed with
    /// `algorithms`; nothing is fetched until [`JwksCache::refresh`] or a
    /// lookup.
    pub fn new(http: reqwest::Client, source: KeySource, algorithms: Vec<Algorithm>) -> Self {
        Self {
            http,
            source,
            algorithms,
            published: RwLock::new(KeySet {
                status: KeysStatus::NotLoaded,
                keys: HashMap::new(),
            }),
            fetch_gate: tokio::sync::Mutex::new(None),
            fetches_ok: AtomicU64::new(0),
            fetches_failed: AtomicU64::new(0),
            loaded_at: RwLock::new(None),
        }
    }

    /// Fetch counts and key age, for `/metrics`.
    pub fn stats(&self) -> KeyStats {
        KeyStats {
            fetches_ok: self.fetches_ok.load(Ordering::Relaxed),
            fetches_failed: self.fetches_failed.load(Ordering::Relaxed),
            age_secs: self
                .loaded_at
                .read()
                .unwrap()
                .map(|at| at.elapsed().as_secs_f64()),
        }
    }

    pub fn status(&self) -> KeysStatus {
        self.published.read().unwrap().status
    }

    /// True while usable keys are loaded.
    pub fn is_loaded(&self) -> bool {
        self.status() == KeysStatus::Loaded
    }

    fn cached(&self, kid: &str) -> Option<Arc<VerifyingKey>> {
        self.published.read().unwrap().keys.get(kid).cloned()
    }

    /// True while the JWKS publishes this key material under `kid`: a key
    /// withdrawn from the JWKS, or a `kid` republished with other material,
    /// stops the tokens verified with it at once.
    pub fn publishes(&self, kid: &str, fingerprint: &Fingerprint) -> bool {
        self.published
            .read()
            .unwrap()
            .keys
            .get(kid)
            .is_some_and(|key| key.fingerprint() == fingerprint)
    }

    /// The key for `kid`, refetching the JWKS (within the policy) when the
    /// `kid` is not known.
    pub async fn key_for(&self, kid: &str) -> Result<Arc<VerifyingKey>, KeyLookupError> {
        if let Some(key) = self.cached(kid) {
            return Ok(key);
        }
        let mut last_fetch = self.fetch_gate.lock().await;
        // Someone else may have fetched while we waited for the gate.
        if let Some(key) = self.cached(kid) {
            return Ok(key);
        }
        let cooldown = if self.status() == KeysStatus::NotLoaded {
            Duration::from_secs(1)
        } else {
            UNKNOWN_KID_COOLDOWN
        };
        if last_fetch.is_none_or(|at| at.elapsed() >= cooldown) {
            *last_fetch = Some(Instant::now());
            let _ = self.fetch().await;
        }
        drop(last_fetch);
        match self.cached(kid) {
            Some(key) => Ok(key),
            None if self.status() == KeysStatus::NotLoaded => Err(KeyLookupError::KeysUnavailable),
            None => Err(KeyLookupError::Unknown),
        }
    }

    /// Fetches the JWKS now (single-flight with lookups) and says when the
    /// next refresh is due.
    pub async fn refresh(&self) -> Duration {
        let _gate = self.fetch_gate.lock().await;
        match self.fetch().await {
            Ok(max_age) => max_age
                .unwrap_or(DEFAULT_REFRESH)
                .clamp(MIN_REFRESH, MAX_REFRESH),
            Err(()) => RETRY_AFTER_FAILURE,
        }
    }

    /// Keeps the keys fresh for as long as the returned task runs.
    pub fn spawn_refresher(self: &Arc<Self>) -> tokio::task::JoinHandle<()> {
        let cache = Arc::clone(self);
        tokio::spawn(async move {
            loop {
                let next = cache.refresh().await;
                tokio::time::sleep(next).await;
            }
        })
    }

    /// The JWKS URL: fixed, or from the discovery document.
    async fn jwks_url(&self) -> Result<String, ()> {
        let issuer = match &self.source {
            KeySource::Jwks(url) => return Ok(url.clone()),
            KeySource::Discovery { issuer } => issuer,
        };
        let url = format!(
            "{}/.well-known/openid-configuration",
            issuer.trim_end_matches('/')
        );
        let body = self
            .get_capped(&url, MAX_DISCOVERY_BYTES, "discovery document")
            .await?;
        #[derive(Deserialize)]
        struct Discovery {
            issuer: String,
            jwks_uri: String,
        }
        let document: Discovery = serde_json::from_slice(&body).map_err(|err| {
            tracing::warn!(error = %err, %url, "discovery document lacks `issuer` or `jwks_uri`; keeping the last good keys");
        })?;
        if document.issuer != *issuer {
            tracing::error!(%url, configured = %issuer, published = %document.issuer.chars().take(200).collect::<String>(), "discovery document names another issuer; its keys are not used");
            return Err(());
        }
        if let Err(reason) = crate::issuers::check_discovered_jwks_uri(issuer, &document.jwks_uri) {
            let jwks_uri: String = document.jwks_uri.chars().take(200).collect();
            tracing::error!(%url, %jwks_uri, reason, "discovery's jwks_uri is refused (it must be https on the issuer's host, unless the issuer is loopback); nothing is fetched from it and its keys are not used; set `jwks_uri` in the issuer's entry if its keys live elsewhere");
            return Err(());
        }
        Ok(document.jwks_uri)
    }

    /// GETs `url` (no redirects), reading at most `limit` bytes.
    async fn get_capped(&self, url: &str, limit: usize, what: &str) -> Result<Vec<u8>, ()> {
        super::fetch::get_capped_with_age(&self.http, url, limit, what)
            .await
            .map(|(body, _)| body)
    }

    /// One fetch, counted; on success replaces the keys and returns the
    /// max-age. Callers hold `fetch_gate`.
    async fn fetch(&self) -> Result<Option<Duration>, ()> {
        let result = self.fetch_once().await;
        match result {
            Ok(_) => {
                self.fetches_ok.fetch_add(1, Ordering::Relaxed);
                *self.loaded_at.write().unwrap() = Some(Instant::now());
            }
            Err(()) => {
                self.fetches_failed.fetch_add(1, Ordering::Relaxed);
            }
        }
        result
    }

    async fn fetch_once(&self) -> Result<Option<Duration>, ()> {
        let url = &self.jwks_url().await?;
        let (body, max_age) =
            super::fetch::get_capped_with_age(&self.http, url, MAX_JWKS_BYTES, "JWKS").await?;
        let entries = match serde_json::from_slice::<JwkSet>(&body) {
            Ok(set) => set.keys,
            Err(err) => {
                tracing::warn!(error = %err, %url, "JWKS is not a JSON key set (an object with a `keys` array); keeping the last good keys");
                return Err(());
            }
        };
        let keys = self.usable_keys(&entries);
        if keys.is_empty() {
            tracing::error!(entries = entries.len(), %url, algorithms = ?self.algorithms, "JWKS has no usable signing key; every token is refused until the issuer publishes one");
            *self.published.write().unwrap() = KeySet {
                status: KeysStatus::NoUsableKey,
                keys,
            };
            return Err(());
        }
        tracing::info!(keys = keys.len(), %url, "JWKS loaded");
        *self.published.write().unwrap() = KeySet {
            status: KeysStatus::Loaded,
            keys,
        };
        Ok(max_age)
    }

    /// The usable keys among the first [`MAX_JWKS_KEYS`] entries, reusing
    /// those already parsed; every dropped entry is logged.
    fn usable_keys(&self, entries: &[Value]) -> HashMap<String, Arc<VerifyingKey>> {
        if entries.len() > MAX_JWKS_KEYS {
            tracing::warn!(
                entries = entries.len(),
                considered = MAX_JWKS_KEYS,
                "JWKS has more entries than are considered; the rest are ignored"
            );
        }
        let previous = self.published.read().unwrap().keys.clone();
        let mut keys = HashMap::new();
        for entry in entries.iter().take(MAX_JWKS_KEYS) {
            match usable_key(entry, &self.algorithms, &previous, &keys) {
                Ok((kid, key)) => {
                    keys.insert(kid, key);
                }
                Err(reason) => {
                    tracing::warn!(kid = %kid_for_log(entry), %reason, "JWKS entry dropped");
                }
            }
        }
        keys
    }
}

/// One entry as a key: the one already parsed when its `kid` and key
/// material are unchanged, else parsed now.
fn usable_key(
    entry: &Value,
    algorithms: &[Algorithm],
    previous: &HashMap<String, Arc<VerifyingKey>>,
    taken: &HashMap<String, Arc<VerifyingKey>>,
) -> Result<(String, Arc<VerifyingKey>), Dropped> {
    let jwk = PublishedJwk::from_value(entry, algorithms)?;
    if taken.contains_key(&jwk.kid) {
        return Err(Dropped::DuplicateKid);
    }
    let kid = jwk.kid.clone();
    let key = match previous.get(&kid) {
        Some(known) if known.fingerprint() == &jwk.fingerprint => Arc::clone(known),
        _ => Arc::new(jwk.into_key()?),
    };
    Ok((kid, key))
}
