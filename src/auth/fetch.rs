//! Fetching an issuer's documents (discovery, JWKS): no redirects, a size
//! cap read incrementally whatever `Content-Length` says, and the
//! `Cache-Control: max-age` that schedules the next refresh.

use std::time::Duration;

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

enum BodyError {
    TooLarge,
    Read(&'static str),
}

/// The body, read chunk by chunk and given up on past `limit` bytes.
/// `Content-Length` only lets a too-large body be refused before reading.
async fn read_capped(mut response: reqwest::Response, limit: usize) -> Result<Vec<u8>, BodyError> {
    if response
        .content_length()
        .is_some_and(|length| length > limit as u64)
    {
        return Err(BodyError::TooLarge);
    }
    let mut body = Vec::new();
    loop {
        match response.chunk().await {
            Ok(Some(chunk)) => {
                if body.len() + chunk.len() > limit {
                    return Err(BodyError::TooLarge);
                }
                body.extend_from_slice(&chunk);
            }
            Ok(None) => return Ok(body),
            Err(err) => {
                let reason = if err.is_timeout() {
                    "timed out"
                } else {
                    "response cut short"
                };
                return Err(BodyError::Read(reason));
            }
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
