//! `passage-graphql [serve|migrate|schema|...]`: see `--help`; each
//! subcommand is a file of `passage_graphql::commands`.

use clap::Parser;
use passage_graphql::cli::{Cli, Command};
use passage_graphql::observability::logs::{self, LogFormat};
use passage_graphql::{commands, graphql};

// glibc's malloc was ~17% of the server's CPU under load (bench/run, perf).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    if let Some(Command::Schema) = cli.command {
        print!("{}", graphql::sdl());
        return std::process::ExitCode::SUCCESS;
    }
    let quiet = matches!(cli.command, Some(Command::DevToken { .. }));
    let log_format = cli.config.log_format;
    let traces = match logs::init(
        log_format,
        if quiet {
            "warn"
        } else {
            "info,tower_http=info"
        },
        cli.config.otel_exporter_otlp_endpoint.as_deref(),
    ) {
        Ok(traces) => traces,
        Err(err) => {
            // No subscriber yet: written by hand, still one JSON object.
            match log_format {
                LogFormat::Text => eprintln!("error: {err:#}"),
                LogFormat::Json => eprintln!(
                    "{}",
                    serde_json::json!({ "level": "ERROR", "message": format!("{err:#}") })
                ),
            }
            return std::process::ExitCode::FAILURE;
        }
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");
    let outcome = runtime.block_on(commands::run(cli.command, cli.config));
    // The runtime goes first: the exporter's blocking client must not be
    // dropped inside it.
    drop(runtime);
    if let Some(traces) = traces {
        traces.shutdown();
    }
    match outcome {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(err) => {
            tracing::error!("{err:#}");
            // JSON logs are read by machines: every stderr line stays JSON.
            if log_format == LogFormat::Text {
                eprintln!("error: {err:#}");
            }
            std::process::ExitCode::FAILURE
        }
    }
}
