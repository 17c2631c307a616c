//! Clerk's Backend API as a profile source: `GET /v1/users?user_id=...`
//! with up to [`CLERK_BATCH`] IDs a call, so one batch of N users costs
//! ceil(N/100) calls, all of a batch's calls at once and ending by one
//! deadline. The secret key (`CLERK_SECRET_KEY`) is sent as a Bearer token
//! and never logged. A 429 is retried once after its `Retry-After` when that
//! is short and fits the deadline; anything else that fails is the batch's
//! users' `Unavailable`, never cached. Answers are kept in this process's
//! cache for `PASSAGE_CACHE_TTL`, as Passage's are, and with `REDIS_URL` in
//! Redis as a second level shared by the replicas: a batch's local misses
//! are one `MGET`, and only what Redis lacks is asked of Clerk.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use moka::future::Cache;
use reqwest::StatusCode;
use serde::Deserialize;

use super::{ProfileFields, ProviderError};
use crate::observability::metrics::Telemetry;
use crate::passage::shared_cache::{ForgetEntry, SharedCache};

/// Most user IDs in one `GET /v1/users`: the API's own limit for
/// `user_id` (its `limit` goes to 500).
pub const CLERK_BATCH: usize = 100;
/// Most Backend API calls in flight at once, across the server: a large
/// admin list is fetched a few pages at a time, not every chunk of it
/// together (which would meet Clerk's rate limit and hold as many
/// connections), and so are several lists at once.
pub const CLERK_CALLS_IN_FLIGHT: usize = 4;
/// Longest `Retry-After` honoured; beyond it the batch fails at once.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(2);
/// Largest answer read (100 users with every field is far smaller).
const MAX_BODY_BYTES: usize = 8 << 20;
/// Most profiles kept at once.
const MAX_CACHED: u64 = 50_000;

/// One user's outcome.
pub type ClerkLookup = Result<Arc<ProfileFields>, ProviderError>;

/// Cached, batched access to Clerk users; cheap to clone.
#[derive(Clone)]
pub struct ClerkUsers {
    http: reqwest::Client,
    users_url: String,
    authorization: Arc<str>,
    cache: Option<Cache<String, Entry>>,
    ttl: Duration,
    /// Redis, shared with the other replicas, and this issuer's key prefix.
    shared: Option<(SharedCache, Arc<str>)>,
    deadline: Duration,
    telemetry: Option<Arc<Telemetry>>,
    /// [`CLERK_CALLS_IN_FLIGHT`] permits, one per call.
    permits: Arc<tokio::sync::Semaphore>,
}

/// A cached profile and how long it may be kept: the whole TTL when Clerk
/// answered it, what is left of it when it comes from Redis.
#[derive(Clone)]
struct Entry {
    profile: Arc<ProfileFields>,
    ttl: Duration,
}

/// Each entry lives for its own `ttl`.
struct EntryLifetime;

impl moka::Expiry<String, Entry> for EntryLifetime {
    fn expire_after_create(&self, _: &String, entry: &Entry, _: Instant) -> Option<Duration> {
        Some(entry.ttl)
    }
}

impl std::fmt::Debug for ClerkUsers {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ClerkUsers")
            .field("users_url", &self.users_url)
            .finish_non_exhaustive()
    }
}

impl ClerkUsers {
    /// Clerk users at `api_url` (`https://api.clerk.com`), with `secret_key`,
    /// kept for `ttl` (0: not kept), each batch ending within `deadline`.
    pub fn new(
        http: reqwest::Client,
        api_url: &str,
        secret_key: &str,
        ttl: Duration,
        deadline: Duration,
    ) -> Self {
        Self {
            http,
            users_url: format!("{}/v1/users", api_url.trim_end_matches('/')),
            authorization: format!("Bearer {secret_key}").into(),
            cache: (!ttl.is_zero()).then(|| {
                Cache::builder()
                    .max_capacity(MAX_CACHED)
                    .expire_after(EntryLifetime)
                    .build()
            }),
            ttl,
            shared: None,
            permits: Arc::new(tokio::sync::Semaphore::new(CLERK_CALLS_IN_FLIGHT)),
            deadline,
            telemetry: None,
        }
    }

    pub fn with_telemetry(mut self, telemetry: Arc<Telemetry>) -> Self {
        self.telemetry = Some(telemetry);
        self
    }

    /// Shares the profiles through `shared` (Redis), under `issuer`'s name
    /// so that two Clerk instances' users stay apart. Without a local cache
    /// (`PASSAGE_CACHE_TTL` 0) nothing is shared either.
    pub fn share_through(mut self, shared: SharedCache, issuer: &str) -> Self {
        if let Some(cache) = &self.cache {
            let kind: Arc<str> = format!("clerk:{issuer}").into();
            let cache = cache.clone();
            let forget: ForgetEntry = Arc::new(move |id: Option<String>| {
                let cache = cache.clone();
                Box::pin(async move {
                    match id {
                        Some(id) => cache.invalidate(&id).await,
                        None => cache.invalidate_all(),
                    }
                })
            });
            shared.entry_copies().register(kind.clone(), forget);
            self.shared = Some((shared, kind));
        }
        self
    }

    /// Clerk changed or deleted this user (its webhook said so): this
    /// replica's copy goes, and with Redis the shared one and every other
    /// replica's.
    pub async fn forget(&self, id: &str) {
        if let Some(cache) = &self.cache {
            cache.invalidate(id).await;
        }
        if let Some((shared, kind)) = &self.shared
            && !shared.forget_entry(kind, id).await
        {
            tracing::warn!(
                "a changed Clerk user's profile could not be dropped from Redis; other \
                 replicas may serve the old one until it expires"
            );
        }
    }

    /// A fresh cached profile, if any.
    pub async fn cached(&self, id: &str) -> Option<Arc<ProfileFields>> {
        Some(self.cache.as_ref()?.get(id).await?.profile)
    }

    async fn keep(&self, id: &str, profile: Arc<ProfileFields>, ttl: Duration) {
        if let Some(cache) = &self.cache {
            cache.insert(id.to_owned(), Entry { profile, ttl }).await;
        }
    }

    /// The profiles of `missing` that Redis has (kept locally too); the
    /// others stay in `missing`.
    async fn take_shared(
        &self,
        missing: &mut Vec<String>,
        found: &mut HashMap<String, ClerkLookup>,
    ) {
        let Some((shared, kind)) = &self.shared else {
            return;
        };
        let Some(entries) = shared.entries::<ProfileFields>(kind, missing).await else {
            return;
        };
        let mut still_missing = Vec::new();
        for (id, entry) in std::mem::take(missing).into_iter().zip(entries) {
            match entry {
                Some((profile, ttl_left)) => {
                    let profile = Arc::new(profile);
                    self.keep(&id, profile.clone(), ttl_left).await;
                    found.insert(id, Ok(profile));
                }
                None => still_missing.push(id),
            }
        }
        *missing = still_missing;
    }

    /// Every user of `ids`: from the cache, then Redis, else in calls of up
    /// to [`CLERK_BATCH`] IDs, at most [`CLERK_CALLS_IN_FLIGHT`] at once. An
    /// ID Clerk does not return is `NotFound`.
    pub async fn load(&self, ids: &[String]) -> HashMap<String, ClerkLookup> {
        let mut found = HashMap::with_capacity(ids.len());
        let mut missing = Vec::new();
        for id in ids {
            match self.cached(id).await {
                Some(profile) => {
                    found.insert(id.clone(), Ok(profile));
                }
                None => missing.push(id.clone()),
            }
        }
        self.take_shared(&mut missing, &mut found).await;
        let deadline = Instant::now() + self.deadline;
        let mut answered: Vec<(String, Arc<ProfileFields>)> = Vec::new();
        let chunks: Vec<Vec<String>> = missing.chunks(CLERK_BATCH).map(<[_]>::to_vec).collect();
        let answers: Vec<_> = futures::stream::iter(chunks)
            .map(|chunk| async move {
                let answer = self.call(&chunk, deadline).await;
                (chunk, answer)
            })
            .buffer_unordered(CLERK_CALLS_IN_FLIGHT)
            .collect()
            .await;
        for (chunk, answer) in answers {
            match answer {
                Ok(users) => {
                    let mut users: HashMap<String, ProfileFields> = users
                        .into_iter()
                        .map(|user| (user.id.clone(), user.profile()))
                        .collect();
                    for id in &chunk {
                        let outcome = match users.remove(id) {
                            Some(profile) => {
                                let profile = Arc::new(profile);
                                self.keep(id, profile.clone(), self.ttl).await;
                                answered.push((id.clone(), profile.clone()));
                                Ok(profile)
                            }
                            None => Err(ProviderError::NotFound),
                        };
                        found.insert(id.clone(), outcome);
                    }
                }
                Err(err) => {
                    for id in chunk {
                        found.insert(id, Err(err.clone()));
                    }
                }
            }
        }
        if let Some((shared, kind)) = &self.shared {
            let entries: Vec<(&str, &ProfileFields)> = answered
                .iter()
                .map(|(id, profile)| (id.as_str(), &**profile))
                .collect();
            shared.store_entries(kind, &entries).await;
        }
        found
    }

    /// One `GET /v1/users` for `ids`, retried once after a short 429.
    async fn call(
        &self,
        ids: &[String],
        deadline: Instant,
    ) -> Result<Vec<ClerkUser>, ProviderError> {
        let _permit = tokio::time::timeout_at(deadline.into(), self.permits.acquire())
            .await
            .map_err(|_| self.failed("unavailable", "timed out waiting for a call slot"))?
            .expect("the semaphore is never closed");
        let mut query: Vec<(&str, &str)> = ids.iter().map(|id| ("user_id", id.as_str())).collect();
        let limit = ids.len().to_string();
        query.push(("limit", &limit));
        for attempt in 0..2 {
            let sent = self
                .http
                .get(&self.users_url)
                .header(reqwest::header::AUTHORIZATION, &*self.authorization)
                .query(&query)
                .send();
            let response = match tokio::time::timeout_at(deadline.into(), sent).await {
                Err(_) => return Err(self.failed("unavailable", "timed out")),
                Ok(Err(err)) if err.is_timeout() => {
                    return Err(self.failed("unavailable", "timed out"));
                }
                Ok(Err(_)) => return Err(self.failed("unavailable", "connection failed")),
                Ok(Ok(response)) => response,
            };
            match response.status() {
                StatusCode::OK => {
                    let body = tokio::time::timeout_at(
                        deadline.into(),
                        super::read_capped(response, MAX_BODY_BYTES),
                    )
                    .await
                    .map_err(|_| self.failed("unavailable", "timed out"))?
                    .map_err(|reason| self.failed("unavailable", reason))?;
                    let users: Vec<ClerkUser> = serde_json::from_slice(&body).map_err(|err| {
                        tracing::warn!(error = %err, "Clerk's user list is not the documented shape");
                        self.failed("unavailable", "unreadable answer")
                    })?;
                    self.count("ok");
                    return Ok(users);
                }
                StatusCode::TOO_MANY_REQUESTS => {
                    self.count("rate_limited");
                    let wait = retry_after(response.headers());
                    let fits =
                        wait.is_some_and(|w| w <= MAX_RETRY_AFTER && Instant::now() + w < deadline);
                    if attempt > 0 || !fits {
                        return Err(ProviderError::Unavailable("rate limited".into()));
                    }
                    tokio::time::sleep(wait.unwrap_or_default()).await;
                }
                status @ (StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN) => {
                    tracing::error!(%status, "Clerk's Backend API refused the secret key; check CLERK_SECRET_KEY");
                    return Err(self.failed("refused", "refused the server's key"));
                }
                status => {
                    tracing::warn!(%status, "Clerk's Backend API failed");
                    return Err(self.failed("unavailable", &format!("HTTP {}", status.as_u16())));
                }
            }
        }
        Err(ProviderError::Unavailable("rate limited".into()))
    }

    fn count(&self, outcome: &'static str) {
        if let Some(telemetry) = &self.telemetry {
            telemetry.provider_call("clerk", outcome);
        }
    }

    fn failed(&self, outcome: &'static str, reason: &str) -> ProviderError {
        self.count(outcome);
        ProviderError::Unavailable(reason.to_owned())
    }
}

/// `Retry-After` in seconds (the HTTP-date form is not used by Clerk).
fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let seconds: u64 = headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse()
        .ok()?;
    Some(Duration::from_secs(seconds))
}

/// The parts of Clerk's `User` object read here.
#[derive(Deserialize)]
struct ClerkUser {
    id: String,
    primary_email_address_id: Option<String>,
    primary_phone_number_id: Option<String>,
    #[serde(default)]
    email_addresses: Vec<Identification>,
    #[serde(default)]
    phone_numbers: Vec<Identification>,
}

/// An email address or phone number, with its verification.
#[derive(Deserialize)]
struct Identification {
    id: String,
    #[serde(alias = "email_address", alias = "phone_number")]
    value: String,
    verification: Option<Verification>,
}

#[derive(Deserialize)]
struct Verification {
    status: Option<String>,
}

impl ClerkUser {
    /// The primary email and phone, each verified only when Clerk says
    /// `verified`.
    fn profile(&self) -> ProfileFields {
        let primary = |all: &[Identification], id: &Option<String>| {
            let found = all.iter().find(|i| Some(&i.id) == id.as_ref())?;
            let verified = found
                .verification
                .as_ref()
                .and_then(|v| v.status.as_deref())
                == Some("verified");
            Some((found.value.clone(), verified))
        };
        let email = primary(&self.email_addresses, &self.primary_email_address_id);
        let phone = primary(&self.phone_numbers, &self.primary_phone_number_id);
        ProfileFields {
            email_verified: Some(email.as_ref().is_some_and(|e| e.1)),
            email: email.map(|e| e.0),
            phone_verified: Some(phone.as_ref().is_some_and(|p| p.1)),
            phone: phone.map(|p| p.0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_primary_contacts_are_read_with_their_own_verification() {
        let user: ClerkUser = serde_json::from_value(serde_json::json!({
            "id": "user_1",
            "primary_email_address_id": "idn_2",
            "primary_phone_number_id": "idn_3",
            "email_addresses": [
                {"id": "idn_1", "email_address": "old@example.com", "verification": {"status": "verified"}},
                {"id": "idn_2", "email_address": "ada@example.com", "verification": {"status": "unverified"}}
            ],
            "phone_numbers": [
                {"id": "idn_3", "phone_number": "+15555550100", "verification": {"status": "verified"}}
            ]
        }))
        .unwrap();
        let profile = user.profile();
        assert_eq!(profile.email.as_deref(), Some("ada@example.com"));
        assert_eq!(profile.email_verified, Some(false));
        assert_eq!(profile.phone.as_deref(), Some("+15555550100"));
        assert_eq!(profile.phone_verified, Some(true));
    }

    #[test]
    fn a_user_without_primary_contacts_has_none() {
        let user: ClerkUser = serde_json::from_value(serde_json::json!({
            "id": "user_1", "primary_email_address_id": null, "primary_phone_number_id": null,
            "email_addresses": [{"id": "idn_1", "email_address": "x@example.com", "verification": null}]
        }))
        .unwrap();
        let profile = user.profile();
        assert_eq!(profile.email, None);
        assert_eq!(profile.email_verified, Some(false));
    }
}
