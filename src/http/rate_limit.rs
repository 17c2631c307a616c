//! The rate limits at the HTTP edge: the per-address budget as an extractor
//! that runs before the body is read or the token verified, and the 429
//! both budgets answer with.
//!
//! The address is the TCP peer's (`ConnectInfo`, which `serve` provides);
//! no forwarded header is trusted, so behind a proxy or load balancer every
//! request has its address, and the per-address limit should stay off
//! there. A router served without `ConnectInfo` (an app's own
//! `axum::serve`) skips the per-address limit and says so once in the log.

use std::net::SocketAddr;
use std::sync::Once;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;

use super::error_response;
use crate::app::AppState;
use crate::error::code;
use crate::rate_limits::{LimitKind, Limited};

/// Proof that the request's address is within its budget (counting it).
pub struct WithinAddressLimit;

impl FromRequestParts<AppState> for WithinAddressLimit {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, app: &AppState) -> Result<Self, Response> {
        if app.rate_limits.settings().ip_per_minute.is_none() {
            return Ok(Self);
        }
        let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<SocketAddr>>() else {
            static WARNED: Once = Once::new();
            WARNED.call_once(|| {
                tracing::warn!(
                    "RATE_LIMIT_IP_PER_MINUTE is set but the server is served without the \
                     peer's address (into_make_service_with_connect_info); not limiting by address"
                );
            });
            return Ok(Self);
        };
        // Boxed: the limit's future (Redis calls included) is carried only
        // by requests that count against it.
        Box::pin(app.rate_limits.check_ip(peer.ip()))
            .await
            .map(|()| Self)
            .map_err(too_many_requests)
    }
}

/// 429 with `Retry-After` (whole seconds, rounded up) and a GraphQL-shaped
/// body with `RATE_LIMITED`.
pub fn too_many_requests(limited: Limited) -> Response {
    let seconds = limited.retry_after.as_secs() + u64::from(limited.retry_after.subsec_nanos() > 0);
    let seconds = seconds.max(1);
    let whose = match limited.kind {
        LimitKind::User => "this user",
        LimitKind::Ip => "this address",
    };
    let mut response = error_response(
        StatusCode::TOO_MANY_REQUESTS,
        code::RATE_LIMITED,
        &format!("too many requests from {whose}; try again in {seconds} s"),
    );
    response
        .headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    response
}
