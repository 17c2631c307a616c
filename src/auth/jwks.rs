//! The app's signing keys, fetched from Passage's JWKS and kept by `kid`.
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
//! - a failed fetch keeps the last good keys.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::rsa::PublicKeyComponents;
use aws_lc_rs::signature::{ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;

pub const MIN_REFRESH: Duration = Duration::from_secs(60);
pub const MAX_REFRESH: Duration = Duration::from_secs(60 * 60);
pub const DEFAULT_REFRESH: Duration = Duration::from_secs(5 * 60);
pub const RETRY_AFTER_FAILURE: Duration = Duration::from_secs(5);
pub const UNKNOWN_KID_COOLDOWN: Duration = Duration::from_secs(10);

/// Why no key could be had for a `kid`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyLookupError {
    /// The JWKS is loaded and has no such key.
    Unknown,
    /// No JWKS has been loaded yet (Passage unreachable since startup).
    KeysUnavailable,
}

/// The JWKS cache; cheap to share behind an `Arc`.
pub struct JwksCache {
    http: reqwest::Client,
    url: String,
    /// Keys parsed once, on load: verifying with a parsed key skips
    /// rebuilding the RSA modulus context on every token.
    keys: RwLock<Arc<HashMap<String, Arc<ParsedPublicKey>>>>,
    loaded: AtomicBool,
    /// Held while fetching; remembers when an unknown `kid` last caused a
    /// fetch (scheduled refreshes don't count, so a key rotated in just after
    /// one is still picked up at once).
    fetch_gate: tokio::sync::Mutex<Option<Instant>>,
}

#[derive(Deserialize)]
struct JwkSet {
    keys: Vec<Jwk>,
}

#[derive(Deserialize)]
struct Jwk {
    #[serde(default)]
    kty: String,
    #[serde(default)]
    kid: String,
    #[serde(default)]
    alg: Option<String>,
    #[serde(default, rename = "use")]
    usage: Option<String>,
    #[serde(default)]
    n: String,
    #[serde(default)]
    e: String,
}

impl JwksCache {
    /// A cache for `{auth_url}/v1/apps/{app_id}/.well-known/jwks.json`;
    /// nothing is fetched until [`JwksCache::refresh`] or a lookup.
    pub fn new(http: reqwest::Client, auth_url: &str, app_id: &str) -> Self {
        Self {
            http,
            url: format!("{auth_url}/v1/apps/{app_id}/.well-known/jwks.json"),
            keys: RwLock::new(Arc::new(HashMap::new())),
            loaded: AtomicBool::new(false),
            fetch_gate: tokio::sync::Mutex::new(None),
        }
    }

    /// True once a JWKS has been loaded.
    pub fn is_loaded(&self) -> bool {
        self.loaded.load(Ordering::Acquire)
    }

    fn cached(&self, kid: &str) -> Option<Arc<ParsedPublicKey>> {
        self.keys.read().unwrap().get(kid).cloned()
    }

    /// True while the JWKS publishes `kid` (a key withdrawn from the JWKS
    /// stops its tokens at once, even those verified before).
    pub fn publishes(&self, kid: &str) -> bool {
        self.keys.read().unwrap().contains_key(kid)
    }

    /// The key for `kid`, refetching the JWKS (within the policy) when the
    /// `kid` is not known.
    pub async fn key_for(&self, kid: &str) -> Result<Arc<ParsedPublicKey>, KeyLookupError> {
        if let Some(key) = self.cached(kid) {
            return Ok(key);
        }
        let mut last_fetch = self.fetch_gate.lock().await;
        // Someone else may have fetched while we waited for the gate.
        if let Some(key) = self.cached(kid) {
            return Ok(key);
        }
        let cooldown = if self.is_loaded() {
            UNKNOWN_KID_COOLDOWN
        } else {
            Duration::from_secs(1)
        };
        if last_fetch.is_none_or(|at| at.elapsed() >= cooldown) {
            *last_fetch = Some(Instant::now());
            let _ = self.fetch().await;
        }
        drop(last_fetch);
        match self.cached(kid) {
            Some(key) => Ok(key),
            None if self.is_loaded() => Err(KeyLookupError::Unknown),
            None => Err(KeyLookupError::KeysUnavailable),
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

    /// One fetch; on success replaces the keys and returns the max-age.
    /// Callers hold `fetch_gate`.
    async fn fetch(&self) -> Result<Option<Duration>, ()> {
        let response = match self.http.get(&self.url).send().await {
            Ok(r) => r,
            Err(err) => {
                let reason = if err.is_timeout() {
                    "timed out"
                } else {
                    "connection failed"
                };
                tracing::warn!(reason, url = %self.url, "JWKS fetch failed; keeping the last good keys");
                return Err(());
            }
        };
        let status = response.status();
        if status.is_redirection() {
            tracing::warn!(status = status.as_u16(), url = %self.url, "JWKS answered with a redirect, which is never followed; keeping the last good keys");
            return Err(());
        }
        if !status.is_success() {
            tracing::warn!(status = status.as_u16(), url = %self.url, "JWKS fetch refused; keeping the last good keys");
            return Err(());
        }
        let max_age = max_age(response.headers());
        let set: JwkSet = match response.json().await {
            Ok(set) => set,
            Err(err) => {
                tracing::warn!(error = %err, "JWKS is not a JSON key set; keeping the last good keys");
                return Err(());
            }
        };
        let keys: HashMap<_, _> = set.keys.into_iter().filter_map(usable_key).collect();
        if keys.is_empty() {
            tracing::warn!(url = %self.url, "JWKS has no usable RS256 keys; keeping the last good keys");
            return Err(());
        }
        tracing::info!(keys = keys.len(), "JWKS loaded");
        *self.keys.write().unwrap() = Arc::new(keys);
        self.loaded.store(true, Ordering::Release);
        Ok(max_age)
    }
}

fn usable_key(jwk: Jwk) -> Option<(String, Arc<ParsedPublicKey>)> {
    let rs256 = jwk.alg.as_deref().is_none_or(|a| a == "RS256");
    let signing = jwk.usage.as_deref().is_none_or(|u| u == "sig");
    if jwk.kty != "RSA" || !rs256 || !signing || jwk.kid.is_empty() {
        return None;
    }
    let components = PublicKeyComponents {
        n: URL_SAFE_NO_PAD.decode(jwk.n.trim_end_matches('=')).ok()?,
        e: URL_SAFE_NO_PAD.decode(jwk.e.trim_end_matches('=')).ok()?,
    };
    let der = components.as_der().ok()?;
    let key = ParsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, der.as_ref()).ok()?;
    Some((jwk.kid, Arc::new(key)))
}

fn max_age(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::CACHE_CONTROL)?
        .to_str()
        .ok()?
        .split(',')
        .filter_map(|d| d.trim().strip_prefix("max-age="))
        .find_map(|v| v.trim().parse().ok())
        .map(Duration::from_secs)
}
