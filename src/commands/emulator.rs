//! `passage-graphql emulator`: the Passage emulator alone, for load tests or
//! for another server speaking to "Passage".

use crate::cli::EmulatorOptions;
use crate::config::Config;
use crate::dev_mode;

#[cfg(feature = "emulator")]
/// `passage-graphql emulator`: the emulator alone, until SIGTERM or Ctrl-C.
/// App ID and API key come from `PASSAGE_APP_ID` / `PASSAGE_API_KEY`
/// (defaults: the dev-mode app ID and `emulator-api-key`).
pub async fn run(config: &Config, options: EmulatorOptions) -> anyhow::Result<()> {
    let app_id = config
        .passage_app_id
        .as_deref()
        .unwrap_or(dev_mode::DEV_APP_ID);
    let api_key = config.passage_api_key.as_ref().map_or(
        "emulator-api-key",
        crate::config::ExposeSecret::expose_secret,
    );
    use anyhow::Context;
    use passage_emulator::Emulator;
    let listener = tokio::net::TcpListener::bind(config.emulator_listen_addr)
        .await
        .with_context(|| format!("cannot listen on {}", config.emulator_listen_addr))?;
    let emulator = match &options.state_file {
        Some(path) => Emulator::start_persistent(listener, app_id, api_key, path).await?,
        None => Emulator::start_on_listener(listener, app_id, api_key).await?,
    };
    emulator.set_latency(std::time::Duration::from_millis(options.latency_ms));
    emulator.set_auth_token_ttl(std::time::Duration::from_secs(
        config.emulator_token_ttl_secs,
    ));
    emulator
        .set_app_origins(&config.cors_allowed_origins)
        .context("CORS_ALLOWED_ORIGINS")?;
    let mut lines = String::new();
    for user in emulator.seed_users(0..options.seed_users) {
        lines.push_str(&format!("{} {}\n", user.id, emulator.token_for(&user.id)));
    }
    if let Some(path) = &options.seed_tokens_out {
        // Written whole, then renamed: a reader never sees half a list.
        let partial = path.with_extension("partial");
        std::fs::write(&partial, lines)
            .and_then(|()| std::fs::rename(&partial, path))
            .with_context(|| format!("cannot write {}", path.display()))?;
    }
    tracing::info!(
        url = emulator.base_url(),
        app_id,
        users = emulator.user_count(),
        latency_ms = options.latency_ms,
        "Passage emulator running"
    );
    crate::startup::shutdown_signal().await;
    Ok(())
}

#[cfg(not(feature = "emulator"))]
pub async fn run(_config: &Config, _options: EmulatorOptions) -> anyhow::Result<()> {
    anyhow::bail!("`passage-graphql emulator`: {}", dev_mode::UNAVAILABLE)
}
