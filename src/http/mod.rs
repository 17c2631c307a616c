//! HTTP: the router and its layers (`router`), the handlers (GraphQL over
//! HTTP, GraphiQL, the probes, dev mode's pages), the rate limits' edge
//! (`rate_limit`), and the shared pieces every response uses (error bodies,
//! panic handling, request spans).

mod cors;
pub mod dev;
pub(crate) mod get_request;
pub mod graphiql;
pub mod graphql;
pub mod probes;
mod rate_limit;
mod record;
mod router;
pub mod ws;

pub use record::RecordRequestsLayer;
pub use router::{MAX_BODY_BYTES, metrics_router, router, with_layers};

use std::any::Any;

use axum::body::Body;
use axum::http::{HeaderName, Request, Response, StatusCode, header};
use axum::response::IntoResponse;
use serde_json::json;

use crate::error::code;

/// A GraphQL-shaped error body (`{"errors": [...]}`) with a status.
pub fn error_response(status: StatusCode, code: &str, message: &str) -> axum::response::Response {
    let body = json!({
        "errors": [{ "message": message, "extensions": { "code": code } }]
    });
    (
        status,
        [(header::CONTENT_TYPE, "application/json")],
        body.to_string(),
    )
        .into_response()
}

/// A panic in a handler or resolver becomes a 500 with code `INTERNAL`; the
/// panic message goes to the log only.
pub fn panic_response(panic: Box<dyn Any + Send + 'static>) -> Response<Body> {
    let detail = panic
        .downcast_ref::<String>()
        .map(String::as_str)
        .or_else(|| panic.downcast_ref::<&str>().copied())
        .unwrap_or("non-string panic");
    tracing::error!(panic = detail, "request handler panicked");
    error_response(
        StatusCode::INTERNAL_SERVER_ERROR,
        code::INTERNAL,
        "internal error; the server log has the details",
    )
}

/// The header carrying each request's ID (set by the router's layers).
pub(crate) static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The span each request's log lines carry: method, path and request ID.
/// Exported as a trace's span, it continues the caller's `traceparent`.
pub fn request_span(request: &Request<Body>) -> tracing::Span {
    // The fields are read only when the span is on (`RUST_LOG`).
    let span = tracing::info_span!(
        "request",
        method = %request.method(),
        path = %request.uri().path(),
        request_id = request
            .headers()
            .get(&REQUEST_ID)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("-"),
    );
    if !span.is_disabled() {
        crate::observability::traces::continue_incoming_trace(&span, request.headers());
    }
    span
}
