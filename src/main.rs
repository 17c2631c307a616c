//! `passage-graphql [serve|migrate|schema|...]`: see `--help`; each
//! subcommand is a file of `passage_graphql::commands`.

use clap::Parser;
use passage_graphql::cli::{Cli, Command};
use passage_graphql::observability::logs::{self, LogFormat};
use passage_graphql::{commands, graphql};

// glibc's malloc was ~17% of the server's CPU under load (bench/run, perf).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// How long freed memory stays with mimalloc before it goes back to the OS,
/// in milliseconds. mimalloc 3 waits a second, and only purges when it is
/// called again: after a burst of large requests an idle server kept what
/// they had used (bench/document_memory.py, about 100 MiB after 40 requests
/// of 900 KB). 10 ms is mimalloc 2's default; `MIMALLOC_PURGE_DELAY` in the
/// environment still wins.
const PURGE_DELAY_MS: std::ffi::c_long = 10;

/// `mi_option_purge_delay` in mimalloc 3's `mi_option_t` (libmimalloc-sys
/// only exports the options with its `extended` feature).
const MI_OPTION_PURGE_DELAY: std::ffi::c_int = 15;

unsafe extern "C" {
    fn mi_option_set(option: std::ffi::c_int, value: std::ffi::c_long);
}

fn main() -> std::process::ExitCode {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets an option of the allocator linked in above; mimalloc
        // reads options atomically and allows setting them at any time.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
    // No transparent huge pages: mimalloc asks for them on its arenas, and
    // a 2 MiB page stays resident while any of it is in use, so purging
    // what a burst freed gave little back (bench/document_memory.py: growth
    // 20 MiB with them, 7 without, and 10 MiB less at rest). mimalloc's own
    // switch (`MIMALLOC_ALLOW_THP=0`) acts before `main`; this is the same
    // prctl, for the memory touched from here on (children inherit it).
    #[cfg(target_os = "linux")]
    if std::env::var_os("MIMALLOC_ALLOW_THP").is_none() {
        // SAFETY: PR_SET_THP_DISABLE only sets a flag of this process.
        unsafe { libc::prctl(libc::PR_SET_THP_DISABLE, 1, 0, 0, 0) };
    }
    let cli = Cli::parse();
    if let Some(Command::Schema { federation }) = cli.command {
        print!("{}", graphql::schema_sdl(federation));
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
