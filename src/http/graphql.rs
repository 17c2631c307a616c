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
use crate::auth::{
    AuthFailure, CookieIdentity, CookieSignIn, Credentials, Refusal, Viewer, credentials,
};
use crate::error::code;
use crate::graphql::persisted::{ToStore, is_protocol_answer};
use crate::graphql::trusted::{NamedDocument, TrustedDocument};
use crate::graphql::{ViewerToken, scope_request};
use crate::identity::IssuerName;

const GRAPHQL_RESPONSE_JSON: &str = "application/graphql-response+json";
const JSON: &str = "application/json";

/// async-graphql-axum's request extractor, behind our media-type check:
/// only `application/json` reaches it (its multipart and other bodies would
/// let a cross-site form post a mutation), and its refusals get our bodies.
/// Beside the batch, what each request names as a trusted document
/// (`documentId`, Relay's `doc_id` or `id`, which async-graphql's request
/// type does not read).
///
/// A body over [`LARGE_BODY_BYTES`] is read into a request on a blocking
/// thread, not on one of the runtime's workers, so a flood of large bodies
/// does not hold up the small requests of other clients.
///
/// The request's headers come with it, so that the handler need not copy
/// them.
pub struct JsonGraphQLRequest(
    pub(crate) BatchRequest,
    pub(crate) Vec<NamedDocument>,
    pub(crate) BodySize,
    pub(crate) HeaderMap,
);

/// Bodies larger than this are read off the runtime's workers.
pub const LARGE_BODY_BYTES: usize = 64 * 1024;

/// Whether a body was over [`LARGE_BODY_BYTES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BodySize {
    Small,
    Large,
}

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
        let (mut parts, body) = request.into_parts();
        // The extractor reads the media type alone; the handler keeps the rest.
        let headers = std::mem::take(&mut parts.headers);
        if let Some(content_type) = headers.get(header::CONTENT_TYPE) {
            parts
                .headers
                .insert(header::CONTENT_TYPE, content_type.clone());
        }
        let bytes = axum::body::to_bytes(body, usize::MAX)
            .await
            .map_err(|err| {
                BodyRejection(ParseRequestError::Io(std::io::Error::other(
                    err.to_string(),
                )))
                .into_response()
            })?;
        if bytes.len() <= LARGE_BODY_BYTES {
            let named = named_documents(&bytes);
            let request = Request::from_parts(parts, axum::body::Body::from(bytes));
            return GraphQLBatchRequest::<BodyRejection>::from_request(request, state)
                .await
                .map(|extracted| Self(extracted.into_inner(), named, BodySize::Small, headers))
                .map_err(IntoResponse::into_response);
        }
        // The body is in memory: reading it waits on nothing, and the
        // extractor runs to its end on the blocking thread.
        tokio::task::spawn_blocking(move || {
            let named = named_documents(&bytes);
            let request = Request::from_parts(parts, axum::body::Body::from(bytes));
            futures::executor::block_on(GraphQLBatchRequest::<BodyRejection>::from_request(
                request,
                &(),
            ))
            .map(|extracted| Self(extracted.into_inner(), named, BodySize::Large, headers))
            .map_err(|rejection| Box::new(rejection.into_response()))
        })
        .await
        .expect("reading a body does not panic")
        .map_err(|rejection| *rejection)
    }
}

/// A large body's requests whose `_entities` ask for more than `max`
/// representations, refused here, on a blocking thread: their variables
/// (a megabyte of references) are dropped here too, and nothing of them
/// runs. One error per request of the batch, `None` for those that pass.
fn refuse_entity_floods(
    mut batch: BatchRequest,
    max: usize,
) -> (BatchRequest, Vec<Option<async_graphql::ServerError>>) {
    let check = |request: &mut async_graphql::Request| {
        if !request.query.contains("_entities") {
            return None;
        }
        let document = async_graphql::parser::parse_query(&request.query).ok()?;
        let refusal =
            crate::graphql::limits::check_entities(&document, &request.variables, max).err()?;
        request.variables = async_graphql::Variables::default();
        Some(refusal)
    };
    let refused = match &mut batch {
        BatchRequest::Single(request) => vec![check(request)],
        BatchRequest::Batch(requests) => requests.iter_mut().map(check).collect(),
    };
    (batch, refused)
}

/// The ids a body names its documents by, one per request of the batch
/// (none read when the body cannot name any: it sends a `query` and no
/// `documentId` or `doc_id`, as every request but a persisted one does).
fn named_documents(body: &[u8]) -> Vec<NamedDocument> {
    let has = |key: &[u8]| body.windows(key.len()).any(|w| w == key);
    let sends_text = has(b"\"query\"") && !has(b"\"query\":\"\"");
    if sends_text && !has(b"\"documentId\"") && !has(b"\"doc_id\"") {
        return Vec::new();
    }
    #[derive(serde::Deserialize, Default)]
    struct Ids {
        #[serde(rename = "documentId")]
        document_id: Option<String>,
        doc_id: Option<String>,
        id: Option<String>,
    }
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Batch {
        One(Ids),
        Many(Vec<Ids>),
    }
    let named = |ids: Ids| NamedDocument {
        id: ids.document_id.or(ids.doc_id).or(ids.id),
    };
    match serde_json::from_slice::<Batch>(body) {
        Ok(Batch::One(ids)) => vec![named(ids)],
        Ok(Batch::Many(batch)) => batch.into_iter().map(named).collect(),
        Err(_) => Vec::new(),
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
    JsonGraphQLRequest(batch, named, size, headers): JsonGraphQLRequest,
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
    let (batch, refused) = match size {
        BodySize::Small => (batch, Vec::new()),
        BodySize::Large => {
            let max = app.max_entities;
            tokio::task::spawn_blocking(move || refuse_entity_floods(batch, max))
                .await
                .expect("checking a batch does not panic")
        }
    };
    let batch = prepare(&app, batch, named, refused).await;
    let response = execute(&app, (viewer, token), batch).await;
    respond(response, &headers)
}

pub async fn get(
    State(app): State<AppState>,
    _: WithinAddressLimit,
    request: axum::extract::Request,
) -> Response {
    if super::ws::is_upgrade(request.headers()) {
        return Box::pin(super::ws::upgrade(app, request)).await;
    }
    let (parts, _) = request.into_parts();
    let (headers, uri) = (parts.headers, parts.uri);
    let params = match GetParams::from_uri(&uri) {
        Ok(params) => params,
        Err(message) => return error_response(StatusCode::BAD_REQUEST, "BAD_REQUEST", &message),
    };
    if wants_html(&headers) && !params.has_query() {
        return super::graphiql::page(&app);
    }
    let named = params.named();
    let request = match params.into_request() {
        Ok(request) => request,
        Err(message) => return error_response(StatusCode::BAD_REQUEST, "BAD_REQUEST", &message),
    };
    let hashed = request.extensions.contains_key("persistedQuery") || named.id.is_some();
    let (request, to_store, trusted) = match prepare_one(&app, request, named).await {
        Prepared::Run(request, to_store, trusted) => (request, to_store, trusted),
        answered => return respond_get(answered, hashed, &headers),
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
    let prepared = vec![Prepared::Run(request, to_store, trusted)];
    let response = execute(&app, (viewer, token), Batch::Single(prepared)).await;
    respond_with_cache_control(response, hashed, &headers)
}

/// A GET request answered before it ran (a persisted-query refusal).
fn respond_get(prepared: Prepared, hashed: bool, headers: &HeaderMap) -> Response {
    let Prepared::Answered(response) = prepared else {
        unreachable!("only answers are responded to unrun");
    };
    respond_with_cache_control(Ok(BatchResponse::Single(response)), hashed, headers)
}

/// A GET answer; one that named its document by hash is a per-user answer
/// a shared cache must not keep (and one that answers a token's holder
/// only): `Cache-Control: private, no-store`, varying by the credentials.
fn respond_with_cache_control(answer: Answer, hashed: bool, headers: &HeaderMap) -> Response {
    let mut response = respond(answer, headers);
    if hashed {
        let headers = response.headers_mut();
        headers.insert(
            header::CACHE_CONTROL,
            HeaderValue::from_static("private, no-store"),
        );
        headers.insert(
            header::VARY,
            HeaderValue::from_static("Authorization, Cookie"),
        );
    }
    response
}

/// One request of a batch: to run (with a persisted query's text to store
/// once it has, or the trusted document it names), or answered already.
enum Prepared {
    Run(
        async_graphql::Request,
        Option<ToStore>,
        Option<std::sync::Arc<TrustedDocument>>,
    ),
    Answered(async_graphql::Response),
}

impl Prepared {
    fn answered(error: async_graphql::ServerError) -> Self {
        Self::Answered(async_graphql::Response::from_errors(vec![error]))
    }
}

/// One request: the trusted document it names (in `enforce` mode, the
/// refusal of one that names none), else its persisted query.
async fn prepare_one(
    app: &AppState,
    mut request: async_graphql::Request,
    named: NamedDocument,
) -> Prepared {
    if let Some(trusted) = &app.trusted {
        match trusted.resolve(&request, &named) {
            Ok(Some(document)) => {
                request.query = document.text.clone();
                request.extensions.remove("persistedQuery");
                return Prepared::Run(request, None, Some(document));
            }
            Ok(None) => app.telemetry.untrusted_operations.inc(),
            Err(refusal) => return Prepared::answered(refusal),
        };
    } else if named.id.is_some() {
        return Prepared::answered(async_graphql::ServerError::new(
            "this server has no trusted documents (GRAPHQL_TRUSTED_DOCUMENTS): send the \
             query itself",
            None,
        ));
    }
    // Only a request with the extension has a persisted query to resolve
    // (its future, Redis lookups included, is boxed apart).
    if !request.extensions.contains_key("persistedQuery") {
        return Prepared::Run(request, None, None);
    }
    match Box::pin(app.persisted.resolve_owned(request)).await {
        Ok((request, to_store)) => Prepared::Run(request, to_store, None),
        Err(error) => Prepared::answered(error),
    }
}

/// The requests of a POST or GET, prepared.
enum Batch {
    Single(Vec<Prepared>),
    Batch(Vec<Prepared>),
}

/// Resolves what each request names: a trusted document, a persisted
/// query.
async fn prepare(
    app: &AppState,
    batch: BatchRequest,
    named: Vec<NamedDocument>,
    refused: Vec<Option<async_graphql::ServerError>>,
) -> Batch {
    let (single, requests) = match batch {
        BatchRequest::Single(request) => (true, vec![request]),
        BatchRequest::Batch(requests) => (false, requests),
    };
    let mut named = named.into_iter();
    let mut refused = refused.into_iter();
    let mut prepared = Vec::with_capacity(requests.len());
    for request in requests {
        let named = named.next().unwrap_or_default();
        prepared.push(match refused.next().flatten() {
            Some(refusal) => Prepared::answered(refusal),
            None => prepare_one(app, request, named).await,
        });
    }
    if single {
        Batch::Single(prepared)
    } else {
        Batch::Batch(prepared)
    }
}

/// The request's viewer, and the token that signed them in (kept for the
/// request only, for a profile source that calls with it: UserInfo).
type Authenticated = (Viewer, Option<ViewerToken>);

/// The request ran out of time (`REQUEST_TIMEOUT_MS`).
struct TimedOut;

/// What running a batch came to: its responses, or the request timeout.
type Answer = Result<BatchResponse, TimedOut>;

async fn execute(app: &AppState, viewer: Authenticated, batch: Batch) -> Answer {
    match tokio::time::timeout(app.request_timeout, run(app, viewer, batch)).await {
        Ok(response) => Ok(response),
        Err(_) => {
            tracing::warn!(timeout = ?app.request_timeout, "GraphQL request timed out");
            Err(TimedOut)
        }
    }
}

async fn run(app: &AppState, (viewer, token): Authenticated, batch: Batch) -> BatchResponse {
    let scope = |request: async_graphql::Request, viewer: Viewer| {
        let request = scope_request(request, viewer);
        match &token {
            Some(token) => request.data(token.clone()),
            None => request,
        }
    };
    let (single, prepared) = match batch {
        Batch::Single(prepared) => (true, prepared),
        Batch::Batch(prepared) => (false, prepared),
    };
    let mut responses = Vec::with_capacity(prepared.len());
    for item in prepared {
        responses.push(match item {
            Prepared::Answered(response) => response,
            Prepared::Run(request, to_store, trusted) => {
                let request = scope(request, viewer.clone());
                let response = app.schema.execute_request(request, trusted).await;
                // Stored once it parsed and validated (it ran).
                if let Some(to_store) = to_store
                    && !is_unrun(&response)
                {
                    Box::pin(app.persisted.store(to_store)).await;
                }
                response
            }
        });
    }
    match (single, responses.pop()) {
        (true, Some(response)) => BatchResponse::Single(response),
        (_, last) => {
            responses.extend(last);
            BatchResponse::Batch(responses)
        }
    }
}

/// The response with the negotiated media type and status, through
/// async-graphql-axum's response type (which carries the response's HTTP
/// headers and cache control). A single request that never executed carries
/// no `data` key.
fn respond(answer: Answer, headers: &HeaderMap) -> Response {
    let response = match answer {
        Ok(response) => response,
        Err(TimedOut) => {
            return error_response(
                StatusCode::SERVICE_UNAVAILABLE,
                code::REQUEST_TIMEOUT,
                "the request took too long and was stopped; try again or ask for less",
            );
        }
    };
    let graphql_response_json = accepts_graphql_response_json(headers);
    let request_error = is_request_error(&response) && !is_persisted_query_answer(&response);
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
///
/// Every request comes through here, most with a token verified before and
/// nothing to link or limit: that path awaits nothing, and the rest (a
/// token to verify, cookies, links, the per-user limit) await futures of
/// their own, boxed, so the request's future does not carry their state
/// (kilobytes, moved with it) when it does not need them. A graphql-ws
/// socket signs in through here too, once.
pub(super) async fn authenticate(
    app: &AppState,
    headers: &HeaderMap,
) -> Result<Authenticated, Response> {
    let verified = match credentials(headers, &app.verifier.cookie_names()) {
        Ok(Credentials::None) => return Ok((Viewer::Anonymous, None)),
        Ok(Credentials::Bearer(token)) => match app.verifier.verify_remembered(token) {
            Some(verified) => verified,
            None => Box::pin(app.verifier.verify(token)).await,
        }
        .map(|principal| (principal, token)),
        Ok(Credentials::Cookies(cookies)) => {
            match Box::pin(sign_in_by_cookies(app, &cookies)).await {
                Ok(verified) => verified,
                Err(response) => return Err(response),
            }
        }
        Err(failure) => Err(Refusal {
            failure,
            issuer: None,
        }),
    };
    match verified {
        Ok((principal, token)) => {
            if !principal.link.is_empty() {
                Box::pin(app.first_sight.link(&principal)).await;
            }
            // After linking, so an identity just linked counts under its user.
            if app.rate_limits.settings().user_per_minute.is_some()
                && let Err(limited) =
                    Box::pin(app.rate_limits.check_user(&principal.identity)).await
            {
                return Err(too_many_requests(limited));
            }
            Ok((Viewer::SignedIn(principal), Some(ViewerToken(token.into()))))
        }
        Err(refusal) => Err(refuse(app, &refusal)),
    }
}

/// The principal the token cookies sign in, and the token that did.
async fn sign_in_by_cookies<'c>(
    app: &AppState,
    cookies: &[(usize, &'c str)],
) -> Result<Result<(std::sync::Arc<crate::auth::Principal>, &'c str), Refusal>, Response> {
    match app.verifier.verify_cookies(cookies).await {
        Ok(sign_in) => {
            one_user_in_cookies(app, &sign_in).await?;
            Ok(Ok((sign_in.principal, cookies[sign_in.used].1)))
        }
        Err(refusal) => Ok(Err(refusal)),
    }
}

/// Token cookies of several issuers must all be one user's: a sibling
/// subdomain can set a cookie for the parent domain (cookie tossing), and
/// one that is tried first would otherwise sign the victim in as the
/// attacker (their writes landing in the attacker's account). Every other
/// cookie that verifies, or whose only fault is its time, must name the
/// signed-in user: the same identity, or one linked to the same local user
/// (a browser mid-move, with an old and a new provider's cookie). Otherwise
/// 401 `CONFLICTING_CREDENTIALS`.
async fn one_user_in_cookies(app: &AppState, sign_in: &CookieSignIn) -> Result<(), Response> {
    let signed_in = &sign_in.principal.identity;
    let mut others = Vec::new();
    for other in &sign_in.others {
        let identity = match other {
            CookieIdentity::Verified(principal) => {
                app.first_sight.link(principal).await;
                &principal.identity
            }
            CookieIdentity::Signed(identity) => identity,
        };
        if identity != signed_in {
            others.push(identity);
        }
    }
    if others.is_empty() {
        return Ok(());
    }
    app.first_sight.link(&sign_in.principal).await;
    let unavailable = |err: crate::db::DbError| {
        tracing::warn!(error = %err, "cannot compare the token cookies' users now");
        error_response(
            StatusCode::SERVICE_UNAVAILABLE,
            code::DATABASE_UNAVAILABLE,
            "the database is unavailable; try again shortly",
        )
    };
    let Some(user) = app
        .first_sight
        .local_user_id(signed_in)
        .await
        .map_err(unavailable)?
    else {
        return Err(refuse(app, &conflicting(&sign_in.principal)));
    };
    for identity in others {
        if app
            .first_sight
            .local_user_id(identity)
            .await
            .map_err(unavailable)?
            != Some(user)
        {
            return Err(refuse(app, &conflicting(&sign_in.principal)));
        }
    }
    Ok(())
}

fn conflicting(principal: &crate::auth::Principal) -> Refusal {
    Refusal {
        failure: AuthFailure::CookiesOfTwoUsers,
        issuer: Some(principal.issuer.clone()),
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
    let error_code = if *failure == AuthFailure::CookiesOfTwoUsers {
        code::CONFLICTING_CREDENTIALS
    } else {
        code::UNAUTHENTICATED
    };
    let mut response = error_response(StatusCode::UNAUTHORIZED, error_code, &message);
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

/// The media types of the Accept headers, in order, without parameters
/// (compare them with `eq_ignore_ascii_case`).
fn media_types(headers: &HeaderMap) -> impl Iterator<Item = &str> + '_ {
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|t| t.split(';').next().unwrap_or("").trim())
}

fn wants_html(headers: &HeaderMap) -> bool {
    media_types(headers).any(|t| t.eq_ignore_ascii_case("text/html"))
}

/// `application/graphql-response+json` only when asked for before (or
/// instead of) `application/json`; `*/*` and no Accept mean JSON.
fn accepts_graphql_response_json(headers: &HeaderMap) -> bool {
    media_types(headers)
        .find(|t| {
            [GRAPHQL_RESPONSE_JSON, JSON, "*/*", "application/*"]
                .iter()
                .any(|known| t.eq_ignore_ascii_case(known))
        })
        .is_some_and(|t| t.eq_ignore_ascii_case(GRAPHQL_RESPONSE_JSON))
}

/// A request that never executed: no data and errors without a path
/// (parse or validation failure, bad variables).
fn is_request_error(response: &BatchResponse) -> bool {
    match response {
        BatchResponse::Single(r) => is_unrun(r),
        BatchResponse::Batch(rs) => !rs.is_empty() && rs.iter().all(is_unrun),
    }
}

fn is_unrun(response: &async_graphql::Response) -> bool {
    response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|e| e.path.is_empty())
}

/// A single request answered "persisted query not found" (or "not
/// supported"): HTTP 200, as Apollo Server answers it, so that every client
/// reads the body and sends the text.
fn is_persisted_query_answer(response: &BatchResponse) -> bool {
    matches!(response, BatchResponse::Single(r) if is_protocol_answer(&r.errors))
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
