//! Span export over OTLP/HTTP (protobuf), on when `OTEL_EXPORTER_OTLP_ENDPOINT`
//! is set: `tracing` spans become OpenTelemetry spans through
//! `tracing-opentelemetry` (the layer [`crate::observability::logs::init`] adds), and a
//! request's W3C `traceparent` becomes its request span's parent
//! ([`continue_incoming_trace`]).
//!
//! The spans: `request` (one per HTTP request, `crate::http::request_span`),
//! `graphql.parse` / `graphql.validate` / `graphql.execute`
//! (`crate::graphql::pipeline`), `passage.call` (`PassageClient`) and
//! `db.query` (`UserRepo`). Their fields are chosen so that no variable,
//! token or email reaches a collector: async-graphql's own `Tracing`
//! extension is not used because its parse span records the query text with
//! the variables' values written in.
//!
//! Spans are batched on a thread of the SDK's own (the `OTEL_BSP_*` variables
//! tune it, `OTEL_BSP_SCHEDULE_DELAY` the wait between exports), sent with
//! reqwest's blocking client as the SDK asks for that processor, and flushed
//! by [`Traces::shutdown`] when the process ends.

use std::sync::atomic::{AtomicBool, Ordering};

use anyhow::Context as _;
use axum::http::HeaderMap;
use opentelemetry::propagation::Extractor;
use opentelemetry::trace::TracerProvider as _;
use opentelemetry_otlp::{Protocol, WithExportConfig};
use opentelemetry_sdk::Resource;
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::{SdkTracer, SdkTracerProvider};
use tracing_opentelemetry::OpenTelemetrySpanExt;

/// The `service.name` spans carry.
pub const SERVICE_NAME: &str = "passage-graphql";
/// Where, under `OTEL_EXPORTER_OTLP_ENDPOINT`, an OTLP/HTTP collector takes
/// spans (as the OTLP exporter specification appends it).
const TRACES_PATH: &str = "/v1/traces";

/// Whether spans are exported (a [`Traces`] started in this process): until
/// then an incoming `traceparent` has nothing to continue, and requests skip
/// reading it.
static EXPORTING: AtomicBool = AtomicBool::new(false);

/// The running export; [`Traces::shutdown`] sends what is still batched.
pub struct Traces {
    provider: SdkTracerProvider,
}

impl Traces {
    /// Starts exporting to the collector at `endpoint` (its base URL) and
    /// installs the W3C trace-context propagator. Must run outside a Tokio
    /// runtime: the blocking HTTP client refuses to be built inside one.
    pub fn start(endpoint: &str) -> anyhow::Result<(Self, SdkTracer)> {
        let url = format!("{}{TRACES_PATH}", endpoint.trim_end_matches('/'));
        let exporter = opentelemetry_otlp::SpanExporter::builder()
            .with_http()
            .with_protocol(Protocol::HttpBinary)
            .with_endpoint(url)
            .build()
            .with_context(|| format!("cannot set up span export to {endpoint}"))?;
        let provider = SdkTracerProvider::builder()
            .with_batch_exporter(exporter)
            .with_resource(Resource::builder().with_service_name(SERVICE_NAME).build())
            .build();
        let tracer = provider.tracer(SERVICE_NAME);
        opentelemetry::global::set_text_map_propagator(TraceContextPropagator::new());
        EXPORTING.store(true, Ordering::Release);
        Ok((Self { provider }, tracer))
    }

    /// Exports the spans still batched and stops the exporter thread.
    pub fn shutdown(self) {
        if let Err(err) = self.provider.shutdown() {
            tracing::warn!(error = %err, "spans not all exported at exit");
        }
    }
}

/// Makes `span` a child of the trace named by the request's `traceparent`
/// (and `tracestate`), when it has a valid one. Without export on, the
/// propagator is a no-op, and this returns at once (as it does for a span
/// the log filter leaves out).
pub fn continue_incoming_trace(span: &tracing::Span, headers: &HeaderMap) {
    if !EXPORTING.load(Ordering::Acquire) || span.is_disabled() {
        return;
    }
    let parent = opentelemetry::global::get_text_map_propagator(|propagator| {
        propagator.extract(&HeaderExtractor(headers))
    });
    // Fails only when no OpenTelemetry layer is installed: nothing to link.
    let _ = span.set_parent(parent);
}

/// Reads propagation headers from an HTTP request.
struct HeaderExtractor<'a>(&'a HeaderMap);

impl Extractor for HeaderExtractor<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(|k| k.as_str()).collect()
    }
}
