//! Log output on stderr: text (the default), coloured only when stderr is a
//! terminal (and `NO_COLOR` is unset), so a file or a pipe gets plain lines;
//! or, with `LOG_FORMAT=json`, one JSON object per line for log collectors.
//! Either way a line logged while serving a request carries the request
//! span's fields (`method`, `path`, `request_id`): in text as a prefix, in
//! JSON under `spans`. With an OTLP endpoint, the same spans are also
//! exported as traces (see [`crate::observability::traces`]).

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use crate::observability::traces::Traces;

/// How log lines are written (`LOG_FORMAT`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    #[default]
    Text,
    /// One JSON object per line: `timestamp`, `level`, `target`, the
    /// event's fields (`message`, ...) and `spans` (outermost first).
    Json,
}

/// Installs the global subscriber. `RUST_LOG` filters (spans too);
/// `default_filter` applies when it is unset or invalid. With
/// `otlp_endpoint`, spans are exported there as well; the returned
/// [`Traces`] is to be shut down at exit, outside the Tokio runtime.
pub fn init(
    format: LogFormat,
    default_filter: &str,
    otlp_endpoint: Option<&str>,
) -> anyhow::Result<Option<Traces>> {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    let (traces, tracer) = match otlp_endpoint {
        Some(endpoint) => {
            let (traces, tracer) = Traces::start(endpoint)?;
            (Some(traces), Some(tracer))
        }
        None => (None, None),
    };
    let otel = tracer.map(|tracer| {
        tracing_opentelemetry::layer()
            .with_tracer(tracer)
            // Code locations and thread names say nothing a trace needs.
            .with_location(false)
            .with_threads(false)
    });
    let registry = tracing_subscriber::registry().with(filter).with(otel);
    let lines = tracing_subscriber::fmt::layer().with_writer(std::io::stderr);
    match format {
        LogFormat::Text => registry.with(lines.with_ansi(colour_on_stderr())).init(),
        LogFormat::Json => registry
            .with(
                lines
                    .json()
                    .flatten_event(true)
                    .with_current_span(false)
                    .with_span_list(true),
            )
            .init(),
    }
    Ok(traces)
}

/// ANSI colours only for a person at a terminal (<https://no-color.org>).
fn colour_on_stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
