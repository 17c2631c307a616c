//! Log output on stderr: text (the default), coloured only when stderr is a
//! terminal (and `NO_COLOR` is unset), so a file or a pipe gets plain lines;
//! or, with `LOG_FORMAT=json`, one JSON object per line for log collectors.
//! Either way a line logged while serving a request carries the request
//! span's fields (`method`, `path`, `request_id`): in text as a prefix, in
//! JSON under `spans`.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

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

/// Installs the global subscriber. `RUST_LOG` filters; `default_filter`
/// applies when it is unset or invalid.
pub fn init(format: LogFormat, default_filter: &str) {
    let filter =
        EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    let builder = tracing_subscriber::fmt()
        .with_writer(std::io::stderr)
        .with_env_filter(filter);
    match format {
        LogFormat::Text => builder.with_ansi(colour_on_stderr()).init(),
        LogFormat::Json => builder
            .json()
            .flatten_event(true)
            .with_current_span(false)
            .with_span_list(true)
            .init(),
    }
}

/// ANSI colours only for a person at a terminal (https://no-color.org).
fn colour_on_stderr() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}
