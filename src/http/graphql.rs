//! `POST /graphql` and `GET /graphql`.
//!
//! Our own handlers rather than async-graphql-axum's: they authenticate
//! before executing (an invalid token is a 401 with `WWW-Authenticate`),
//! refuse mutations over GET, require JSON bodies (a cross-site form cannot
//! send one without a CORS preflight) and negotiate the response type.
//! Each request is counted against its address's budget before anything
//! else and, once its token is verified, against its user's (`rate_limit`).

use async_graphql::ParseRequestError;
use async_graphql::parser::types::OperationType;
use async_graphql::{BatchRequest, BatchResponse};
use async_graphql_axum::{GraphQLBatchRequest, GraphQLResponse};
use axum::extract::State;
use axum::extract::{FromRequest, Request};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use super::error_response;
use super::get_request::GetParams;
use super::rate_limit::{WithinAddressLimit, too_many_requests};
use crate::app::AppState;
use crate::auth::{AuthFailure, Credentials, Refusal, Viewer, credentials};
use crate::error::code;
use crate::graphql::{AppSchema, ViewerToken, scope_request};
use crate::identity::IssuerName;

const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";
const JSON: &str = "application/json";

/// async-graphql-axum's request extractor, behind our media-type check:
/// only `application/json` reaches it (its multipart and other bodies would
/// let a cross-site form post a mutation), and its refusals get our bodies.
pub struct JsonGraphQLRequest(pub(crate) BatchRequest);

impl<S: Send + Sync> FromRequest<S> for JsonGraphQLRequest {
    type Rejection = Response;

    async fn from_request(request: Request, state: &S) -> Result<Self, Response> {
        if !is_json(request.headers()) {
            return Err(error_response(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "UNSUPPORTED_MEDIA_TYPE",
                "send the GraphQL request as JSON with `Content-Type: application/json`",
            ));
        }
        GraphQLBatchRequest::<BodyRejection>::from_request(request, state)
            .await
            .map(|extracted| Self(extracted.into_inner()))
            .map_err(IntoResponse::into_response)
    }
}

/// async-graphql-axum's refusal of a body, in our error shape.
pub struct BodyRejection(ParseRequestError);

impl From<ParseRequestError> for BodyRejection {
    fn from(err: ParseRequestError) -> Self {
        Self(err)
    }
}

impl IntoResponse for BodyRejection {
    fn into_response(self) -> Response {
        // RequestBodyLimitLayer cuts a streamed body past the limit: the
        // extractor sees that as an I/O error.
        let too_large = match &self.0 {
            ParseRequestError::PayloadTooLarge => true,
            ParseRequestError::Io(err) => err.to_string().contains("length limit"),
            _ => false,
        };
        if too_large {
            return error_response(
                StatusCode::PAYLOAD_TOO_LARGE,
                "PAYLOAD_TOO_LARGE",
                &format!(
                    "the request body is larger than {} bytes",
                    super::MAX_BODY_BYTES
                ),
            );
        }
        error_response(
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
            &format!("the body is not a GraphQL request: {}", self.0),
        )
    }
}

pub async fn post(
    State(app): State<AppState>,
    _: WithinAddressLimit,
    headers: HeaderMap,
    JsonGraphQLRequest(batch): JsonGraphQLRequest,
) -> Response {
    let (viewer, token) = match authenticate(&app, &headers).await {
        Ok(authenticated) => authenticated,
        Err(response) => return response,
    };
    if let BatchRequest::Batch(ops) = &batch
        && ops.len() > app.max_batch
    {
        return error_response(
            StatusCode::BAD_REQUEST,
            "BAD_REQUEST",
            &format!("a batch may hold at most {} operations", app.max_batch),
        );
    }
    execute(&app, (viewer, token), batch, &headers).await
}

pub async fn get(
    State(app): State<AppState>,
    _: WithinAddressLimit,
    headers: HeaderMap,
    uri: axum::http::Uri,
) -> Response {
    let params = match GetParams::from_uri(&uri) {
        Ok(params) => params,
        Err(message) => return error_response(StatusCode::BAD_REQUEST, "BAD_REQUEST", &message),
    };
    if wants_html(&headers) && !params.has_query() {
        return super::graphiql::page(&app);
    }
    let request = match params.into_request() {
        Ok(request) => request,
        Err(message) => return error_response(StatusCode::BAD_REQUEST, "BAD_REQUEST", &message),
    };
    if selects_mutation(&request) {
        let mut response = error_response(
            StatusCode::METHOD_NOT_ALLOWED,
            "BAD_REQUEST",
            "mutations must be sent with POST",
        );
        response
            .headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("POST"));
        return response;
    }
    let (viewer, token) = match authenticate(&app, &headers).await {
        Ok(authenticated) => authenticated,
        Err(response) => return response,
    };
    execute(
        &app,
        (viewer, token),
        BatchRequest::Single(request),
        &headers,
    )
    .await
}

/// The request's viewer, and the token that signed them in (kept for the
/// request only, for a profile source that calls with it: UserInfo).
type Authenticated = (Viewer, Option<ViewerToken>);

async fn execute(
    app: &AppState,
    viewer: Authenticated,
    batch: BatchRequest,
    headers: &HeaderMap,
) -> Response {
    let Ok(response) = tokio::time::timeout(app.request_timeout, run(app, viewer, batch)).await
    else {
        tracing::warn!(timeout = ?app.request_timeout, "GraphQL request timed out");
        return error_response(
            StatusCode::SERVICE_UNAVAILABLE,
            code::REQUEST_TIMEOUT,
            "the request took too long and was stopped; try again or ask for less",
        );
    };
    respond(response, headers)
}

async fn run(app: &AppState, (viewer, token): Authenticated, batch: BatchRequest) -> BatchResponse {
    let scope = |request: async_graphql::Request, viewer: Viewer| {
        let request = scope_request(request, viewer);
        match &token {
            Some(token) => request.data(token.clone()),
            None => request,
        }
    };
    match batch {
        BatchRequest::Single(request) => {
            let request = scope(request, viewer);
            BatchResponse::Single(AppSchema::execute(&app.schema, request).await)
        }
        BatchRequest::Batch(requests) => {
            let scoped = requests.into_iter().map(|r| scope(r, viewer.clone()));
            let mut responses = Vec::with_capacity(scoped.len());
            for request in scoped {
                responses.push(AppSchema::execute(&app.schema, request).await);
            }
            BatchResponse::Batch(responses)
        }
    }
}

/// The response with the negotiated media type and status, through
/// async-graphql-axum's response type (which carries the response's HTTP
/// headers and cache control). A single request that never executed carries
/// no `data` key.
fn respond(response: BatchResponse, headers: &HeaderMap) -> Response {
    let graphql_response_json = accepts_graphql_response_json(headers);
    let request_error = is_request_error(&response);
    let status = if graphql_response_json && request_error {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let content_type = if graphql_response_json {
        GRAPHQL_RESPONSE_JSON
    } else {
        JSON
    };
    let mut http = match (request_error, &response) {
        (true, BatchResponse::Single(single)) => {
            let body = serde_json::to_vec(&RequestErrors {
                errors: &single.errors,
            })
            .expect("errors serialise");
            body.into_response()
        }
        _ => GraphQLResponse::from(response).into_response(),
    };
    *http.status_mut() = status;
    http.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    http
}

#[derive(serde::Serialize)]
struct RequestErrors<'a> {
    errors: &'a [async_graphql::ServerError],
}

/// The viewer for a request, or the response refusing it.
async fn authenticate(app: &AppState, headers: &HeaderMap) -> Result<Authenticated, Response> {
    let verified = match credentials(headers, &app.verifier.cookie_names()) {
        Ok(Credentials::None) => return Ok((Viewer::Anonymous, None)),
        Ok(Credentials::Bearer(token)) => app
            .verifier
            .verify(token)
            .await
            .map(|principal| (principal, token)),
        Ok(Credentials::Cookies(cookies)) => app
            .verifier
            .verify_cookies(&cookies)
            .await
            .map(|(principal, used)| (principal, cookies[used].1)),
        Err(failure) => Err(Refusal {
            failure,
            issuer: None,
        }),
    };
    match verified {
        Ok((principal, token)) => {
            app.first_sight.link(&principal).await;
            // After linking, so an identity just linked counts under its user.
            if let Err(limited) = app.rate_limits.check_user(&principal.identity).await {
                return Err(too_many_requests(limited));
            }
            Ok((Viewer::SignedIn(principal), Some(ViewerToken(token.into()))))
        }
        Err(refusal) => Err(refuse(app, &refusal)),
    }
}

/// 401 with `WWW-Authenticate` for a bad token; 503 when the keys to check
/// it cannot be had.
fn refuse(app: &AppState, refusal: &Refusal) -> Response {
    let failure = &refusal.failure;
    let reason = failure.reason();
    let issuer = refusal
        .issuer
        .as_ref()
        .map_or("unknown", IssuerName::as_str);
    let total = app.auth_metrics.record(reason, issuer);
    tracing::warn!(reason, issuer, total, "token refused");
    if *failure == AuthFailure::KeysUnavailable {
        return error_response(
            StatusCode::SERVICE_UNAVAILABLE,
            code::PASSAGE_UNAVAILABLE,
            &failure.to_string(),
        );
    }
    let message = failure.to_string();
    let mut response = error_response(StatusCode::UNAUTHORIZED, code::UNAUTHENTICATED, &message);
    let challenge = format!(
        "Bearer error=\"invalid_token\", error_description=\"{}\"",
        message.replace(['"', '\\'], "'")
    );
    if let Ok(value) = HeaderValue::from_str(&challenge) {
        response
            .headers_mut()
            .insert(header::WWW_AUTHENTICATE, value);
    }
    response
}

fn is_json(headers: &HeaderMap) -> bool {
    let Some(value) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    else {
        return false;
    };
    let mut parts = value.split(';');
    let essence = parts.next().unwrap_or("").trim();
    let charset_ok = parts.all(|p| {
        p.split_once('=').is_none_or(|(k, v)| {
            !k.trim().eq_ignore_ascii_case("charset")
                || v.trim().trim_matches('"').eq_ignore_ascii_case("utf-8")
        })
    });
    essence.eq_ignore_ascii_case(JSON) && charset_ok
}

fn media_types(headers: &HeaderMap) -> impl Iterator<Item = String> + '_ {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| {
            t.split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase()
        })
}

fn wants_html(headers: &HeaderMap) -> bool {
    media_types(headers).any(|t| t == "text/html")
}

/// `application/graphql-response+json` only when asked for before (or
/// instead of) `application/json`; `*/*` and no Accept mean JSON.
fn accepts_graphql_response_json(headers: &HeaderMap) -> bool {
    media_types(headers)
        .find(|t| t == GRAPHQL_RESPONSE_JSON || t == JSON || t == "*/*" || t == "application/*")
        .is_some_and(|t| t == GRAPHQL_RESPONSE_JSON)
}

/// A request that never executed: no data and errors without a path
/// (parse or validation failure, bad variables).
fn is_request_error(response: &BatchResponse) -> bool {
    let single = |r: &async_graphql::Response| {
        r.data == async_graphql::Value::Null
            && !r.errors.is_empty()
            && r.errors.iter().all(|e| e.path.is_empty())
    };
    match response {
        BatchResponse::Single(r) => single(r),
        BatchResponse::Batch(rs) => !rs.is_empty() && rs.iter().all(single),
    }
}

/// Whether the operation the request selects (as the executor will select
/// it) is a mutation. A request that selects none (an unknown name, several
/// operations and no name, a document that does not parse) is left to the
/// executor, which says why (as is one with too many tokens to parse).
pub(crate) fn selects_mutation(request: &async_graphql::Request) -> bool {
    if crate::graphql::limits::check_document_size(&request.query).is_err() {
        return false;
    }
    let Ok(document) = async_graphql::parser::parse_query(&request.query) else {
        return false;
    };
    let mut operations = document.operations.iter();
    let selected = match request.operation_name.as_deref() {
        Some(wanted) => operations
            .find(|(name, _)| name.is_some_and(|n| n.as_str() == wanted))
            .map(|(_, op)| op),
        None => match (operations.next(), operations.next()) {
            (Some((_, op)), None) => Some(op),
            _ => None,
        },
    };
    selected.is_some_and(|op| op.node.ty == OperationType::Mutation)
}
