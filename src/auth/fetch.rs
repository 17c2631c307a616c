//! Fetching an issuer's documents (discovery, JWKS): no redirects, a size
//! cap read incrementally whatever `Content-Length` says, and the
//! `Cache-Control: max-age` that schedules the next refresh.

use std::time::Duration;

use crate::passage::{BodyError, read_capped};

/// GETs `url` with `http` (which follows no redirects), reading at most
/// `limit` bytes; with the response's `Cache-Control: max-age`. Failures are
/// logged, naming `what` was fetched.
pub async fn get_capped_with_age(
    http: &reqwest::Client,
    url: &str,
    limit: usize,
    what: &str,
) -> Result<(Vec<u8>, Option<Duration>), ()> {
    let response = match http.get(url).send().await {
        Ok(r) => r,
        Err(err) => {
            let reason = if err.is_timeout() {
                "timed out"
            } else {
                "connection failed"
            };
            tracing::warn!(reason, %url, "{what} fetch failed; keeping the last good keys");
            return Err(());
        }
    };
    let status = response.status();
    if status.is_redirection() {
        tracing::warn!(status = status.as_u16(), %url, "{what} answered with a redirect, which is never followed; keeping the last good keys");
        return Err(());
    }
    if !status.is_success() {
        tracing::warn!(status = status.as_u16(), %url, "{what} fetch refused; keeping the last good keys");
        return Err(());
    }
    let max_age = max_age(response.headers());
    match read_capped(response, limit).await {
        Ok(body) => Ok((body, max_age)),
        Err(BodyError::TooLarge) => {
            tracing::warn!(limit_bytes = limit, %url, "{what} is larger than the limit; keeping the last good keys");
            Err(())
        }
        Err(BodyError::Read(reason)) => {
            tracing::warn!(reason, %url, "{what} fetch failed while reading the body; keeping the last good keys");
            Err(())
        }
    }
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
