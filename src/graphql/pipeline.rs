//! The schema's one extension: what each request goes through besides
//! async-graphql's own steps.
//!
//! - parse: a document seen before comes from the [`DocumentCache`]; a new
//!   one is refused unparsed when it has too many tokens, else parsed and
//!   checked against our [`limits`](super::limits);
//! - validation: only a document that passed it is cached; a cached document
//!   that declares no variables is not validated again for the operation it
//!   was validated for (nothing else in the request can change the result);
//! - execute: the response is put into the spec's shape (`shape`); so is
//!   each event of a subscription.
//!
//! async-graphql creates an instance per request, so the document travels
//! from the parse step to the others in the instance.
//!
//! A request whose document is known (cached, and validated for the
//! operation it names, or a trusted document) needs none of these steps but
//! the shaping: [`KnownDocuments`] runs it by a second instance of the
//! schema that has no extension, so that async-graphql does not go through
//! an extension chain at each step and for each field (a `ResolveInfo`, two
//! registry lookups and a boxed future per field), and shapes its response
//! the same way.
//!
//! Each step runs in a span of its own (`graphql.parse`, `graphql.validate`,
//! `graphql.execute`) for traces; they name the step and never the query
//! text or variables (see [`crate::observability::traces`]).

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, OnceLock};

use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextExecute, NextParseQuery, NextPrepareRequest,
    NextSubscribe, NextValidation,
};
use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{
    Request, Response, SchemaEnv, ServerError, ServerResult, ValidationResult, Variables,
};
use futures::StreamExt;
use futures::stream::BoxStream;
use tracing::Instrument;

use super::limits::{
    GraphqlLimits, cap_errors, check_document, check_document_size, check_entities,
};
use super::shape::{select_operation, shape_response};
use super::trusted::{TrustedRequest, ValidateOnly};
use crate::observability::metrics::{CodeLabels, OperationKind, Telemetry};

/// Longest query text whose parsed document is kept; longer ones are parsed
/// every time (they are rare, and each could hold megabytes). Its estimated
/// size, about 100 KiB, is a fortieth of [`DOCUMENT_CACHE_BYTES`].
pub const MAX_CACHED_QUERY_BYTES: usize = 8 * 1024;
/// Memory the cache may hold, in estimated bytes.
pub const DOCUMENT_CACHE_BYTES: u64 = 4 * 1024 * 1024;
/// A parsed document's estimated size per byte of query text (the AST keeps
/// positions and names for every token).
const PARSED_BYTES_PER_QUERY_BYTE: usize = 12;

/// Parsed, validated documents by query text, bounded by estimated bytes.
#[derive(Clone)]
pub struct DocumentCache {
    documents: moka::sync::Cache<String, Arc<CachedDocument>>,
    lookups: Arc<Lookups>,
}

/// How parse steps went: found, parsed (and kept once validated), or too
/// long to keep.
#[derive(Default)]
struct Lookups {
    hits: AtomicU64,
    misses: AtomicU64,
    too_large: AtomicU64,
}

/// A validated document, and the validation result of the operation it was
/// validated for when that result depends on nothing but the document.
struct CachedDocument {
    document: Arc<ExecutableDocument>,
    validated: Option<(Option<String>, ValidationResult)>,
}

/// Validation reads the request's variables only through the document's
/// variable definitions: without any, the document and the operation name
/// decide the result.
pub(super) fn declares_no_variables(document: &ExecutableDocument) -> bool {
    document
        .operations
        .iter()
        .all(|(_, op)| op.node.variable_definitions.is_empty())
}

impl Default for DocumentCache {
    fn default() -> Self {
        Self {
            documents: moka::sync::Cache::builder()
                .max_capacity(DOCUMENT_CACHE_BYTES)
                .weigher(|query: &String, _| estimated_bytes(query))
                .build(),
            lookups: Arc::default(),
        }
    }
}

fn estimated_bytes(query: &str) -> u32 {
    let bytes = query.len() * (1 + PARSED_BYTES_PER_QUERY_BYTE);
    u32::try_from(bytes).unwrap_or(u32::MAX)
}

impl DocumentCache {
    /// Documents kept, and their estimated bytes, as last counted (moka
    /// counts lazily: see [`Self::run_pending_tasks`]).
    pub fn usage(&self) -> (u64, u64) {
        (self.documents.entry_count(), self.documents.weighted_size())
    }

    /// Parse steps so far: (found here, parsed and kept, too long to keep).
    pub fn lookups(&self) -> (u64, u64, u64) {
        let lookups = &self.lookups;
        (
            lookups.hits.load(Ordering::Relaxed),
            lookups.misses.load(Ordering::Relaxed),
            lookups.too_large.load(Ordering::Relaxed),
        )
    }

    /// Settles pending inserts and evictions (and the counts).
    pub fn run_pending_tasks(&self) {
        self.documents.run_pending_tasks();
    }
}

/// What the pipeline's steps share across requests, and with
/// [`KnownDocuments`].
struct Shared {
    limits: GraphqlLimits,
    cache: DocumentCache,
    telemetry: Option<Arc<Telemetry>>,
    /// The schema's types, kept from the first request for
    /// [`KnownDocuments`] (which has no extension context to read them
    /// from).
    schema: OnceLock<SchemaEnv>,
}

/// Creates the per-request [`RequestPipeline`].
pub struct Pipeline {
    shared: Arc<Shared>,
}

impl Pipeline {
    pub fn new(
        limits: GraphqlLimits,
        cache: DocumentCache,
        telemetry: Option<Arc<Telemetry>>,
    ) -> Self {
        let shared = Shared {
            limits,
            cache,
            telemetry,
            schema: OnceLock::new(),
        };
        Self {
            shared: Arc::new(shared),
        }
    }

    /// What runs this pipeline's known documents without it.
    pub fn known_documents(&self) -> KnownDocuments {
        KnownDocuments {
            shared: self.shared.clone(),
        }
    }
}

impl ExtensionFactory for Pipeline {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(RequestPipeline {
            shared: self.shared.clone(),
            parsed: Mutex::new(None),
            operation_name: Mutex::new(None),
            validated: Mutex::new(None),
            subscription: OnceLock::new(),
        })
    }
}

/// One request's pass through the pipeline.
pub struct RequestPipeline {
    shared: Arc<Shared>,
    /// The request's document, and its text when it is new and small enough
    /// to cache once validated.
    parsed: Mutex<Option<(Arc<ExecutableDocument>, Option<String>)>>,
    /// The operation the request names (validation depends on it).
    operation_name: Mutex<Option<String>>,
    /// The cached validation result, when the document came from the cache
    /// with one for this request's operation.
    validated: Mutex<Option<ValidationResult>>,
    /// A subscription's events are shaped as they come, by a stream made
    /// before the document is parsed: it finds the document here once
    /// validation begins.
    subscription: OnceLock<Arc<OnceLock<Operation>>>,
}

/// A parsed document and the operation of it the request runs.
struct Operation {
    document: Arc<ExecutableDocument>,
    name: Option<String>,
}

#[async_trait::async_trait]
impl Extension for RequestPipeline {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        if self.shared.schema.get().is_none() {
            let _ = self.shared.schema.set(ctx.schema_env.clone());
        }
        let request = next.run(ctx, request).await?;
        self.operation_name
            .lock()
            .unwrap()
            .clone_from(&request.operation_name);
        Ok(request)
    }

    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let span = tracing::info_span!("graphql.parse", cached = tracing::field::Empty);
        let record_cached = |cached: bool| {
            span.record("cached", cached);
        };
        async {
            if let Some(TrustedRequest(trusted)) = ctx.data_opt::<TrustedRequest>() {
                // Parsed and validated at start.
                record_cached(true);
                let owned = ExecutableDocument::clone(&trusted.document);
                check_entities(&owned, variables, self.shared.limits.max_entities)?;
                if self.operation_name.lock().unwrap().is_none() {
                    *self.validated.lock().unwrap() = trusted.validated;
                }
                *self.parsed.lock().unwrap() = Some((trusted.document.clone(), None));
                return Ok(owned);
            }
            let lookups = &self.shared.cache.lookups;
            if let Some(cached) = self.shared.cache.documents.get(query) {
                lookups.hits.fetch_add(1, Ordering::Relaxed);
                record_cached(true);
                let owned = ExecutableDocument::clone(&cached.document);
                if let Some((operation, result)) = &cached.validated
                    && *operation == *self.operation_name.lock().unwrap()
                {
                    *self.validated.lock().unwrap() = Some(*result);
                }
                check_entities(&owned, variables, self.shared.limits.max_entities)?;
                *self.parsed.lock().unwrap() = Some((cached.document.clone(), None));
                return Ok(owned);
            }
            record_cached(false);
            check_document_size(query)?;
            let document = next.run(ctx, query, variables).await?;
            check_document(&document, &self.shared.limits)?;
            check_entities(&document, variables, self.shared.limits.max_entities)?;
            let keep = query.len() <= MAX_CACHED_QUERY_BYTES;
            let counter = if keep {
                &lookups.misses
            } else {
                &lookups.too_large
            };
            counter.fetch_add(1, Ordering::Relaxed);
            let text = keep.then(|| query.to_owned());
            *self.parsed.lock().unwrap() = Some((Arc::new(document.clone()), text));
            Ok(document)
        }
        .instrument(span.clone())
        .await
    }

    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        if let Some(slot) = self.subscription.get() {
            let document = self.parsed.lock().unwrap().as_ref().map(|(d, _)| d.clone());
            if let Some(document) = document {
                let name = self.operation_name.lock().unwrap().clone();
                let _ = slot.set(Operation { document, name });
            }
        }
        if ctx.data_opt::<Arc<ValidateOnly>>().is_some() {
            // Validation only (a trusted document at start): always run.
            let result = next.run(ctx).await?;
            if let Some(only) = ctx.data_opt::<Arc<ValidateOnly>>() {
                *only.0.lock().unwrap() = Some(result);
            }
            return Ok(result);
        }
        if let Some(result) = self.validated.lock().unwrap().take() {
            return Ok(result);
        }
        let result = next
            .run(ctx)
            .instrument(tracing::info_span!("graphql.validate"))
            .await?;
        let mut parsed = self.parsed.lock().unwrap();
        if let Some((document, text)) = parsed.as_mut()
            && let Some(text) = text.take()
        {
            let validated = declares_no_variables(document)
                .then(|| (self.operation_name.lock().unwrap().clone(), result));
            let cached = CachedDocument {
                document: document.clone(),
                validated,
            };
            self.shared.cache.documents.insert(text, Arc::new(cached));
        }
        Ok(result)
    }

    async fn execute(
        &self,
        ctx: &ExtensionContext<'_>,
        operation_name: Option<&str>,
        next: NextExecute<'_>,
    ) -> Response {
        if ctx.data_opt::<Arc<ValidateOnly>>().is_some() {
            return Response::default();
        }
        let mut response = next
            .run(ctx, operation_name)
            .instrument(tracing::info_span!("graphql.execute"))
            .await;
        let document = self.parsed.lock().unwrap().as_ref().map(|(d, _)| d.clone());
        match &document {
            Some(document) => finish(
                ctx.schema_env,
                document,
                operation_name,
                &mut response,
                self.shared.limits.max_errors,
                self.shared.telemetry.as_deref(),
            ),
            None => cap_errors(&mut response.errors, self.shared.limits.max_errors),
        }
        response
    }

    /// Each event of a subscription, shaped as a query's response is.
    fn subscribe<'s>(
        &self,
        ctx: &ExtensionContext<'_>,
        stream: BoxStream<'s, Response>,
        next: NextSubscribe<'_>,
    ) -> BoxStream<'s, Response> {
        let slot = Arc::new(OnceLock::new());
        let _ = self.subscription.set(slot.clone());
        let schema = ctx.schema_env.clone();
        let max_errors = self.shared.limits.max_errors;
        next.run(ctx, stream)
            .map(move |mut response| {
                if let Some(operation) = slot.get() {
                    let data = std::mem::take(&mut response.data);
                    response.data = shape_response(
                        &schema.registry,
                        &operation.document,
                        operation.name.as_deref(),
                        data,
                        &response.errors,
                    );
                }
                cap_errors(&mut response.errors, max_errors);
                response
            })
            .boxed()
    }
}

/// An executed operation's response, in the spec's shape with its errors
/// capped, and counted.
fn finish(
    schema: &SchemaEnv,
    document: &ExecutableDocument,
    operation_name: Option<&str>,
    response: &mut Response,
    max_errors: usize,
    telemetry: Option<&Telemetry>,
) {
    let data = std::mem::take(&mut response.data);
    response.data = shape_response(
        &schema.registry,
        document,
        operation_name,
        data,
        &response.errors,
    );
    cap_errors(&mut response.errors, max_errors);
    if let Some(telemetry) = telemetry {
        count_operation(telemetry, document, operation_name, response);
    }
}

/// Runs requests whose documents are known, by the schema's instance
/// without extensions (see the module's documentation): what the
/// pipeline's steps would do for such a request is done here, around it.
#[derive(Clone)]
pub struct KnownDocuments {
    shared: Arc<Shared>,
}

/// A document a request may run without the pipeline's steps, and the
/// schema's types to shape its response by.
pub struct KnownDocument<'k> {
    document: Arc<ExecutableDocument>,
    schema: &'k SchemaEnv,
}

impl KnownDocuments {
    /// The document `request` runs, when it needs no parse and no
    /// validation: the cache holds its text with the validation of the
    /// operation it names, or it is a trusted document validated at start
    /// (`trusted`) and names none. Only once a request has been through the
    /// pipeline (which keeps the schema's types for the shaping).
    pub fn find(
        &self,
        request: &Request,
        trusted: Option<&super::trusted::TrustedDocument>,
    ) -> Option<KnownDocument<'_>> {
        let schema = self.shared.schema.get()?;
        let known = |document: &Arc<ExecutableDocument>| KnownDocument {
            document: document.clone(),
            schema,
        };
        if let Some(trusted) = trusted {
            return (request.operation_name.is_none() && trusted.validated.is_some())
                .then(|| known(&trusted.document));
        }
        let cached = self.shared.cache.documents.get(&request.query)?;
        let (operation, _) = cached.validated.as_ref()?;
        if operation.as_deref() != request.operation_name.as_deref() {
            return None;
        }
        self.shared
            .cache
            .lookups
            .hits
            .fetch_add(1, Ordering::Relaxed);
        Some(known(&cached.document))
    }

    /// Runs `request` by `execute` (the schema without extensions) with its
    /// known `document`, in the spans the pipeline's steps would have made
    /// (`graphql.parse`, found cached, and `graphql.execute`).
    pub async fn run<F, Running>(
        &self,
        known: KnownDocument<'_>,
        mut request: Request,
        execute: F,
    ) -> Response
    where
        F: FnOnce(Request) -> Running,
        Running: Future<Output = Response>,
    {
        let KnownDocument { document, schema } = known;
        {
            let span = tracing::info_span!("graphql.parse", cached = true);
            let _entered = span.enter();
            if let Err(error) = check_entities(
                &document,
                &request.variables,
                self.shared.limits.max_entities,
            ) {
                return Response::from_errors(vec![error]);
            }
            request.set_parsed_query(ExecutableDocument::clone(&document));
        }
        let operation_name = request.operation_name.clone();
        let mut response = execute(request)
            .instrument(tracing::info_span!("graphql.execute"))
            .await;
        finish(
            schema,
            &document,
            operation_name.as_deref(),
            &mut response,
            self.shared.limits.max_errors,
            self.shared.telemetry.as_deref(),
        );
        response
    }
}

/// Counts an executed operation by type and outcome, and its errors by code.
fn count_operation(
    telemetry: &Telemetry,
    document: &ExecutableDocument,
    operation_name: Option<&str>,
    response: &Response,
) {
    let Some(operation) = select_operation(document, operation_name) else {
        return;
    };
    let kind = match operation.ty {
        async_graphql::parser::types::OperationType::Query => OperationKind::Query,
        async_graphql::parser::types::OperationType::Mutation => OperationKind::Mutation,
        async_graphql::parser::types::OperationType::Subscription => OperationKind::Subscription,
    };
    telemetry.graphql_operation(kind, response.errors.is_empty());
    for error in &response.errors {
        let code = match error.extensions.as_ref().and_then(|e| e.get("code")) {
            Some(async_graphql::Value::String(code)) => code.clone(),
            _ => "NONE".to_owned(),
        };
        telemetry
            .graphql_errors
            .get_or_create(&CodeLabels { code })
            .inc();
    }
}
