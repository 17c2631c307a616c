//! Passage: the Management API client and its cache (the wire types are the
//! `passage-wire` crate; the emulator is the `passage-emulator` crate).

pub mod cache;
pub mod client;
pub mod shared_cache;

pub use crate::identity::PassageUserId;
pub use cache::{PassageUsers, Prefetched};
pub use client::{PassageClient, PassageError};
pub use model::{PassageStatus, PassageUser};
/// Passage's wire types (the user object, its envelopes and errors).
pub use passage_wire::user as model;

/// User-Agent sent on every call to Passage.
pub const USER_AGENT: &str = concat!("passage-graphql/", env!("CARGO_PKG_VERSION"));

/// The one HTTP client the server uses for Passage (JWKS and Management API).
///
/// It follows no redirects: a redirect could take the JWKS fetch to another
/// host (or from https to http), and the API key along with a Management API
/// call. A 3xx is answered as a failed call instead.
pub fn http_client(timeout: std::time::Duration) -> reqwest::Client {
    reqwest::Client::builder()
        .user_agent(USER_AGENT)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(timeout)
        .connect_timeout(timeout.min(std::time::Duration::from_secs(2)))
        .pool_max_idle_per_host(64)
        .build()
        .expect("HTTP client configuration is valid")
}

/// Why a response body could not be had whole.
pub enum BodyError {
    TooLarge,
    Read(&'static str),
}

/// The body, read chunk by chunk and given up on past `limit` bytes.
/// `Content-Length` only lets a too-large body be refused before reading.
pub async fn read_capped(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<Vec<u8>, BodyError> {
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
