//! Clerk's Backend API user list, as `identities sync` walks it (see the
//! spec, `tests/clerk-spec/bapi-2026-05-12.yml`): `GET /v1/users/count`, then
//! `GET /v1/users?limit=500&order_by=+created_at&starting_after=<id>` page by
//! page, oldest first, and `GET /v1/users?user_id=...` to ask again about
//! users the list did not show.
//!
//! The spec asks for the `starting_after` cursor rather than `offset` past a
//! few pages: an offset page costs more the further it is (a million users
//! would time out), and a user deleted meanwhile shifts every later one down,
//! so an offset walk skips users. A cursor page costs the same anywhere and
//! skips no one; with `+created_at`, users created meanwhile come at the end.
//!
//! The secret key (`CLERK_SECRET_KEY`) goes as a Bearer token and is never
//! logged. A 429 waits its `Retry-After` (up to a minute) and
//! tries again, a few times: a sync is a batch job, it can wait.

use std::collections::HashSet;
use std::time::Duration;

use reqwest::StatusCode;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::passage::BodyError;
use crate::profile::clerk::CLERK_BATCH;

/// Users per page: the most the spec's `limit` allows.
pub const PAGE_SIZE: usize = 500;
/// Longest `Retry-After` waited for.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(60);
/// Calls after a 429 before giving up.
const RATE_LIMIT_RETRIES: usize = 5;
/// Largest answer read: 500 users with every field is far smaller.
const MAX_BODY_BYTES: usize = 64 << 20;

/// Why the list could not be read; each says what to check.
#[derive(Debug, thiserror::Error)]
pub enum ClerkListError {
    #[error(
        "Clerk's Backend API at {api_url} refused the secret key (HTTP {status}): check \
         CLERK_SECRET_KEY (the instance's secret key, sk_...) and the issuer's clerk_api_url"
    )]
    Refused { api_url: String, status: u16 },
    #[error(
        "cannot reach Clerk's Backend API at {api_url} ({reason}): check the issuer's \
         clerk_api_url in CONFIG_FILE and the network"
    )]
    Unreachable { api_url: String, reason: String },
    #[error("Clerk's Backend API at {api_url} failed: {reason}")]
    Failed { api_url: String, reason: String },
}

/// Clerk's users, read in pages.
pub struct ClerkList {
    http: reqwest::Client,
    api_url: String,
    authorization: String,
}

#[derive(Deserialize)]
struct TotalCount {
    total_count: i64,
}

impl ClerkList {
    /// Clerk's Backend API at `api_url` (`https://api.clerk.com`), with the
    /// instance's `secret_key`.
    pub fn new(http: reqwest::Client, api_url: &str, secret_key: &str) -> Self {
        Self {
            http,
            api_url: api_url.trim_end_matches('/').to_owned(),
            authorization: format!("Bearer {secret_key}"),
        }
    }

    /// How many users the instance has, for the progress line only (the
    /// spec's `int64` allows a negative one: read as 0).
    pub async fn count(&self) -> Result<u64, ClerkListError> {
        let body = self.get("/v1/users/count", &[]).await?;
        let count: TotalCount = serde_json::from_slice(&body)
            .map_err(|e| self.failed(format!("its user count is not the documented shape: {e}")))?;
        Ok(u64::try_from(count.total_count).unwrap_or(0))
    }

    /// Up to [`PAGE_SIZE`] users, oldest first, after the user `after`
    /// (from the first without it); each a `User` object as Clerk sends it.
    pub async fn page(
        &self,
        after: Option<&str>,
    ) -> Result<Vec<Map<String, Value>>, ClerkListError> {
        let limit = PAGE_SIZE.to_string();
        let mut query = vec![("limit", limit.as_str()), ("order_by", "+created_at")];
        if let Some(after) = after {
            query.push(("starting_after", after));
        }
        let body = self.get("/v1/users", &query).await?;
        serde_json::from_slice(&body)
            .map_err(|e| self.failed(format!("its user list is not the documented shape: {e}")))
    }

    /// Which of `ids` (up to [`CLERK_BATCH`]) Clerk has.
    pub async fn existing(&self, ids: &[String]) -> Result<HashSet<String>, ClerkListError> {
        debug_assert!(ids.len() <= CLERK_BATCH);
        #[derive(Deserialize)]
        struct Id {
            id: String,
        }
        let mut query: Vec<(&str, &str)> = ids.iter().map(|id| ("user_id", id.as_str())).collect();
        let limit = ids.len().to_string();
        query.push(("limit", &limit));
        let body = self.get("/v1/users", &query).await?;
        let users: Vec<Id> = serde_json::from_slice(&body)
            .map_err(|e| self.failed(format!("its user list is not the documented shape: {e}")))?;
        Ok(users.into_iter().map(|u| u.id).collect())
    }

    /// One GET, waiting out 429s.
    async fn get(&self, path: &str, query: &[(&str, &str)]) -> Result<Vec<u8>, ClerkListError> {
        let url = format!("{}{path}", self.api_url);
        for _ in 0..=RATE_LIMIT_RETRIES {
            let response = self
                .http
                .get(&url)
                .header(reqwest::header::AUTHORIZATION, &self.authorization)
                .query(query)
                .send()
                .await
                .map_err(|err| ClerkListError::Unreachable {
                    api_url: self.api_url.clone(),
                    reason: if err.is_timeout() {
                        "timed out".into()
                    } else {
                        "connection failed".into()
                    },
                })?;
            match response.status() {
                StatusCode::OK => {
                    return crate::passage::read_capped(response, MAX_BODY_BYTES)
                        .await
                        .map_err(|err| {
                            self.failed(match err {
                                BodyError::TooLarge => "its answer is too large".into(),
                                BodyError::Read(reason) => format!("its answer: {reason}"),
                            })
                        });
                }
                StatusCode::TOO_MANY_REQUESTS => {
                    let wait = retry_after(response.headers()).min(MAX_RETRY_AFTER);
                    tracing::info!(wait_secs = wait.as_secs(), "Clerk's rate limit: waiting");
                    tokio::time::sleep(wait).await;
                }
                status @ (StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN) => {
                    return Err(ClerkListError::Refused {
                        api_url: self.api_url.clone(),
                        status: status.as_u16(),
                    });
                }
                status => return Err(self.failed(format!("HTTP {}", status.as_u16()))),
            }
        }
        Err(self.failed("still rate limited after several waits".into()))
    }

    fn failed(&self, reason: String) -> ClerkListError {
        ClerkListError::Failed {
            api_url: self.api_url.clone(),
            reason,
        }
    }
}

/// `Retry-After` in seconds; a second when absent or unreadable.
fn retry_after(headers: &reqwest::header::HeaderMap) -> Duration {
    headers
        .get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse().ok())
        .map_or(Duration::from_secs(1), Duration::from_secs)
}
