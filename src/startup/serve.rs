//! `passage-graphql serve`: resolving dev mode (emulator, local Postgres),
//! migrations, binding, and graceful shutdown on SIGTERM or Ctrl-C: `/ready`
//! turns 503 at once, requests are served for `SHUTDOWN_DRAIN_SECS` more
//! (a second signal cuts that short), then the listener closes and
//! in-flight requests get `SHUTDOWN_GRACE_SECS` to finish.

use std::time::Duration;

use anyhow::Context;

use super::database::database_url;
use super::{Additions, build_app_for};
use crate::config::{Config, Mode};
use crate::db;
use crate::dev_mode::{self, DevPassage};

/// Longest the exit waits for live-update sockets to send their close
/// (each send is itself bounded by the socket's send timeout).
const SOCKETS_CLOSE_WAIT: Duration = Duration::from_secs(5);

/// Serves until SIGTERM or Ctrl-C (`passage-graphql serve`).
pub async fn serve(config: Config) -> anyhow::Result<()> {
    serve_with(config, &Additions::default()).await
}

/// [`serve`], with an app's [`Additions`] (its migrations run after ours).
pub async fn serve_with(mut config: Config, additions: &Additions) -> anyhow::Result<()> {
    let mode = config.mode()?;
    let dev = match mode {
        Mode::Dev => Some(DevPassage::start(&mut config).await?),
        Mode::Production(_) => None,
    };
    if dev.is_none() && config.is_dev() {
        tracing::warn!(
            "DEV MODE (MODE=dev): loopback only, introspection on, a local Postgres unless \
             DATABASE_URL is set; tokens from the configured issuers. Not for production."
        );
    }
    let (url, local_postgres) = database_url(&config).await?;
    config.database_url = Some(url.as_str().into());
    let applied = db::run_migrations_with(&url, &additions.migrations)
        .await
        .context("cannot apply migrations at startup")?;
    tracing::info!(applied, "database migrated");
    super::database::check_statement_cache(&config, &url).await?;

    let built = build_app_for(&config, dev.as_ref().map(DevPassage::settings), additions)?;
    let listener = tokio::net::TcpListener::bind(config.listen_addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen_addr))?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "listening");
    // `/metrics` on a listener of its own: served until the process exits,
    // through the drain too.
    let metrics_server = match (&built.metrics_router, config.metrics_listen_addr) {
        (Some(router), Some(metrics_addr)) => {
            let listener = tokio::net::TcpListener::bind(metrics_addr)
                .await
                .with_context(|| {
                    format!("cannot listen on {metrics_addr} (METRICS_LISTEN_ADDR)")
                })?;
            let metrics_addr = listener.local_addr()?;
            tracing::info!(%metrics_addr, "serving /metrics");
            let router = router.clone();
            Some(tokio::spawn(async move {
                if let Err(err) = axum::serve(listener, router).await {
                    tracing::error!(%err, "the /metrics listener failed");
                }
            }))
        }
        _ => None,
    };
    if let Some(dev) = &dev {
        dev.allow_app_origins(addr, &config.cors_allowed_origins)?;
        dev_mode::print_banner(addr, dev);
    } else if config.is_dev() {
        dev_mode::print_banner_without_emulator(addr);
    }
    let (stopping_tx, mut stopping_rx) = tokio::sync::watch::channel(false);
    let state = built.state.clone();
    let drain = config.shutdown_drain();
    // Each response goes out as soon as it is written, not held back by
    // Nagle's algorithm waiting for the client's ACK.
    let listener = axum::serve::ListenerExt::tap_io(listener, |tcp| {
        if let Err(err) = tcp.set_nodelay(true) {
            tracing::debug!(%err, "cannot set TCP_NODELAY");
        }
    });
    // The peer's address reaches the handlers (the per-address rate limit).
    let service = built
        .router
        .clone()
        .into_make_service_with_connect_info::<std::net::SocketAddr>();
    let server = axum::serve(listener, service).with_graceful_shutdown(async move {
        shutdown_signal().await;
        // Balancers probe /ready: it fails first, while the listener stays
        // open and requests are served, so none is sent to a closed port.
        state.start_draining();
        if !drain.is_zero() {
            tracing::info!(
                drain_secs = drain.as_secs(),
                "shutdown requested: /ready answers 503; serving on while load balancers drain this replica"
            );
            tokio::select! {
                () = tokio::time::sleep(drain) => {}
                () = shutdown_signal() => tracing::info!("second signal: not waiting for the drain"),
            }
        }
        tracing::info!("closing the listener: no new connections, finishing in-flight requests");
        // Sockets would hold the shutdown for the whole grace period.
        state.sockets.close_all();
        let _ = stopping_tx.send(true);
    });
    let grace = config.shutdown_grace();
    let deadline = async move {
        let _ = stopping_rx.wait_for(|stopping| *stopping).await;
        tokio::time::sleep(grace).await;
    };
    tokio::select! {
        served = server => served?,
        () = deadline => tracing::warn!(?grace, "in-flight requests outlived the shutdown grace period; stopping anyway"),
    }
    // Upgraded sockets are no longer the server's connections: it can be
    // done while they are still sending their 1001 (told by `close_all`).
    // Wait for them, briefly, before the process exits under them.
    let sockets = &built.state.sockets;
    let closed = async {
        while sockets.open_count() > 0 {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    };
    if tokio::time::timeout(SOCKETS_CLOSE_WAIT, closed)
        .await
        .is_err()
    {
        tracing::warn!(
            open = sockets.open_count(),
            "live-update sockets still closing; stopping anyway"
        );
    }
    tracing::info!("shutting down");
    if let Some(metrics_server) = metrics_server {
        metrics_server.abort();
    }
    built.state.pool.close();
    drop(built);
    drop(local_postgres);
    drop(dev);
    Ok(())
}

/// SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
