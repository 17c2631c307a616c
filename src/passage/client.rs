//! Passage Management API client: `GET`, `PATCH` and `DELETE /users/{id}`.
//!
//! Every attempt holds a slot of one semaphore shared by the whole server (so
//! a burst of lookups cannot flood Passage), taken again for each attempt and
//! never held through a backoff sleep. Calls are retried with backoff and
//! jitter on timeouts, 429 and 5xx, and all of a call's work (waiting for a
//! slot, attempts, sleeps) ends by its deadline. Error bodies are parsed
//! defensively (a proxy may answer with HTML) and never logged whole.

use std::sync::Arc;
use std::time::{Duration, Instant};

use rand::Rng;
use reqwest::{Method, StatusCode};
use tokio::sync::Semaphore;
use tracing::Instrument;

use super::model::{ApiErrorBody, PassageUser, UserEnvelope, UserUpdate};
use crate::identity::PassageUserId;
use passage_wire::PassageSettings;

/// Retries after the first attempt.
const MAX_RETRIES: u32 = 2;
/// First backoff; doubled on each retry, plus up to 50% jitter.
const BASE_BACKOFF: Duration = Duration::from_millis(100);
/// Longest `Retry-After` honoured; beyond it the call fails at once.
const MAX_RETRY_AFTER: Duration = Duration::from_secs(2);

/// Why a Passage call failed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassageError {
    #[error("Passage has no such user")]
    NotFound,
    /// Passage refused the input (HTTP 400/422); the message is Passage's,
    /// for the log only.
    #[error("Passage rejected the input: {0}")]
    BadRequest(String),
    /// The input clashes with another user (HTTP 409, or 400
    /// `identifier_already_exists`); the message is Passage's, for the log
    /// only.
    #[error("Passage reports a conflict: {0}")]
    Conflict(String),
    /// Timeout, connection failure, 429, 5xx or an unreadable answer.
    #[error("Passage unavailable: {0}")]
    Unavailable(String),
}

/// Client for one Passage app's Management API.
#[derive(Clone)]
pub struct PassageClient {
    http: reqwest::Client,
    users_url: String,
    authorization: String,
    permits: Arc<Semaphore>,
    max_concurrency: usize,
    /// Longest one attempt may take (`PASSAGE_TIMEOUT_MS`).
    call_timeout: Duration,
    telemetry: Option<Arc<crate::observability::metrics::Telemetry>>,
}

impl PassageClient {
    pub fn new(
        http: reqwest::Client,
        settings: &PassageSettings,
        max_concurrency: usize,
        call_timeout: Duration,
    ) -> Self {
        Self {
            http,
            users_url: format!("{}/v1/apps/{}/users", settings.api_url, settings.app_id),
            authorization: format!("Bearer {}", settings.api_key),
            permits: Arc::new(Semaphore::new(max_concurrency.max(1))),
            max_concurrency: max_concurrency.max(1),
            call_timeout,
            telemetry: None,
        }
    }

    /// Records every call's route, outcome and latency into `telemetry`.
    pub fn with_telemetry(
        mut self,
        telemetry: Arc<crate::observability::metrics::Telemetry>,
    ) -> Self {
        self.telemetry = Some(telemetry);
        self
    }

    /// Most calls in flight at once, across the server.
    pub fn max_concurrency(&self) -> usize {
        self.max_concurrency
    }

    /// The user, with every attempt ended by `deadline`.
    pub async fn get_user(
        &self,
        id: &PassageUserId,
        deadline: Instant,
    ) -> Result<PassageUser, PassageError> {
        let envelope: UserEnvelope = self.call(Method::GET, id, None, deadline).await?;
        Ok(envelope.user)
    }

    pub async fn update_user(
        &self,
        id: &PassageUserId,
        update: &UserUpdate,
        deadline: Instant,
    ) -> Result<PassageUser, PassageError> {
        let body = serde_json::to_value(update).expect("update serialises");
        let envelope: UserEnvelope = self.call(Method::PATCH, id, Some(body), deadline).await?;
        Ok(envelope.user)
    }

    pub async fn delete_user(
        &self,
        id: &PassageUserId,
        deadline: Instant,
    ) -> Result<(), PassageError> {
        let _: serde::de::IgnoredAny = self.call(Method::DELETE, id, None, deadline).await?;
        Ok(())
    }

    /// One call, counted and timed (retries included).
    async fn call<T: serde::de::DeserializeOwned>(
        &self,
        method: Method,
        id: &PassageUserId,
        body: Option<serde_json::Value>,
        deadline: Instant,
    ) -> Result<T, PassageError> {
        let started = Instant::now();
        let route = format!("{method} /users/{{id}}");
        // The route, never the body (emails) nor the API key.
        let span = tracing::info_span!("passage.call", route = %route);
        let result = self
            .call_with_retries(method, id, body, deadline)
            .instrument(span)
            .await;
        if let Some(telemetry) = &self.telemetry {
            let outcome = match &result {
                Ok(_) => "ok",
                Err(PassageError::NotFound) => "not_found",
                Err(PassageError::BadRequest(_)) => "refused",
                Err(PassageError::Conflict(_)) => "conflict",
                Err(PassageError::Unavailable(_)) => "unavailable",
            };
            telemetry.passage_call(&route, outcome, started.elapsed());
        }
        result
    }

    async fn call_with_retries<T: serde::de::DeserializeOwned>(
        &self,
        method: Method,
        id: &PassageUserId,
        body: Option<serde_json::Value>,
        deadline: Instant,
    ) -> Result<T, PassageError> {
        // IDs are [A-Za-z0-9_-] only (PassageUserId), so no escaping is needed.
        let url = format!("{}/{}", self.users_url, id.as_str());
        let started = Instant::now();
        let mut attempt = 0;
        loop {
            let Ok(permit) = tokio::time::timeout_at(deadline.into(), self.permits.acquire()).await
            else {
                tracing::warn!(%method, user = %id, waited = ?started.elapsed(), "no Passage slot before the deadline");
                return Err(PassageError::Unavailable("too busy".into()));
            };
            let _permit = permit.map_err(|_| PassageError::Unavailable("client closed".into()))?;
            let outcome = self
                .attempt(method.clone(), &url, body.as_ref(), deadline)
                .await;
            drop(_permit);
            match outcome {
                Attempt::Done(bytes) => return parse_body(&bytes),
                Attempt::Fail(err) => return Err(err),
                Attempt::Retry { reason, .. } if attempt >= MAX_RETRIES => {
                    tracing::warn!(%method, user = %id, %reason, attempts = attempt + 1, "Passage call failed");
                    return Err(PassageError::Unavailable(reason));
                }
                Attempt::Retry { reason, after } => {
                    let backoff =
                        after.unwrap_or_else(|| jittered(BASE_BACKOFF * 2u32.pow(attempt)));
                    if backoff > MAX_RETRY_AFTER || Instant::now() + backoff >= deadline {
                        tracing::warn!(%method, user = %id, %reason, attempts = attempt + 1, "Passage call failed; no time left to retry");
                        return Err(PassageError::Unavailable(reason));
                    }
                    tracing::debug!(%method, user = %id, %reason, ?backoff, elapsed = ?started.elapsed(), "retrying Passage call");
                    tokio::time::sleep(backoff).await;
                    attempt += 1;
                }
            }
        }
    }

    async fn attempt(
        &self,
        method: Method,
        url: &str,
        body: Option<&serde_json::Value>,
        deadline: Instant,
    ) -> Attempt {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Attempt::Fail(PassageError::Unavailable("timed out".into()));
        }
        // The client's own per-call timeout still applies; this only
        // shortens it to what the deadline leaves.
        let mut request = self
            .http
            .request(method, url)
            .timeout(left.min(self.call_timeout))
            .header(reqwest::header::AUTHORIZATION, &self.authorization);
        if let Some(body) = body {
            request = request.json(body);
        }
        let response = match request.send().await {
            Ok(response) => response,
            Err(err) => {
                let reason = if err.is_timeout() {
                    "timed out"
                } else {
                    "connection failed"
                };
                return Attempt::Retry {
                    reason: reason.into(),
                    after: None,
                };
            }
        };
        let status = response.status();
        let retry_after = parse_retry_after(response.headers());
        let bytes = match response.bytes().await {
            Ok(bytes) => bytes,
            Err(err) => {
                let reason = if err.is_timeout() {
                    "timed out"
                } else {
                    "response cut short"
                };
                return Attempt::Retry {
                    reason: reason.into(),
                    after: None,
                };
            }
        };
        if status.is_success() {
            return Attempt::Done(bytes);
        }
        let api_error = serde_json::from_slice::<ApiErrorBody>(&bytes).ok();
        let code = api_error.as_ref().map(|e| e.code.as_str()).unwrap_or("");
        let message = || {
            api_error
                .as_ref()
                .map(|e| e.error.chars().take(200).collect::<String>())
                .filter(|m| !m.is_empty())
                .unwrap_or_else(|| "invalid input".into())
        };
        match status {
            StatusCode::NOT_FOUND if code != "app_not_found" => {
                Attempt::Fail(PassageError::NotFound)
            }
            StatusCode::CONFLICT => Attempt::Fail(PassageError::Conflict(message())),
            StatusCode::BAD_REQUEST if code == "identifier_already_exists" => {
                Attempt::Fail(PassageError::Conflict(message()))
            }
            StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => {
                Attempt::Fail(PassageError::BadRequest(message()))
            }
            StatusCode::TOO_MANY_REQUESTS => Attempt::Retry {
                reason: "rate limited (HTTP 429)".into(),
                after: retry_after,
            },
            s if s.is_server_error() => Attempt::Retry {
                reason: format!("HTTP {}", s.as_u16()),
                after: retry_after,
            },
            s if s.is_redirection() => {
                // Redirects are not followed (see `passage::http_client`).
                tracing::error!(
                    status = s.as_u16(),
                    "Passage answered with a redirect, which is not followed; check PASSAGE_API_URL"
                );
                Attempt::Fail(PassageError::Unavailable(format!(
                    "redirect (HTTP {}) not followed",
                    s.as_u16()
                )))
            }
            s => {
                // 401/403/404-app: our configuration is wrong, retrying won't help.
                tracing::error!(
                    status = s.as_u16(),
                    code,
                    "Passage refused the call; check PASSAGE_APP_ID and PASSAGE_API_KEY"
                );
                Attempt::Fail(PassageError::Unavailable(format!("HTTP {}", s.as_u16())))
            }
        }
    }
}

enum Attempt {
    Done(bytes::Bytes),
    Fail(PassageError),
    Retry {
        reason: String,
        after: Option<Duration>,
    },
}

fn parse_body<T: serde::de::DeserializeOwned>(bytes: &[u8]) -> Result<T, PassageError> {
    let bytes = if bytes.is_empty() {
        b"null".as_slice()
    } else {
        bytes
    };
    serde_json::from_slice(bytes).map_err(|err| {
        tracing::warn!(error = %err, len = bytes.len(), "unreadable answer from Passage");
        PassageError::Unavailable("unreadable answer".into())
    })
}

fn parse_retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    let value = headers.get(reqwest::header::RETRY_AFTER)?.to_str().ok()?;
    value.trim().parse::<u64>().ok().map(Duration::from_secs)
}

fn jittered(base: Duration) -> Duration {
    let extra = rand::rng().random_range(0.0..0.5);
    base.mul_f64(1.0 + extra)
}
