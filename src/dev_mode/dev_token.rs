//! `passage-graphql dev-token --email E`: a token that the dev server using
//! the same `DATA_DIR` accepts.
//!
//! When that server runs, its emulator is asked, so the user exists there
//! and the token names that emulator as issuer. The emulator is found through
//! `DATA_DIR/emulator.addr` and trusted only when its JWKS publishes the
//! signing key saved in `DATA_DIR/emulator.json`: a record left by a crash
//! may name a port where no one, or another dev server, answers now.
//! (`EMULATOR_LISTEN_ADDR` is tried next, under the same check.) Otherwise
//! the token is minted from the saved state, issued as by an emulator on
//! `EMULATOR_LISTEN_ADDR`, where the next server's will listen.

use std::net::SocketAddr;
use std::time::Duration;

use anyhow::Context;
use serde_json::Value;

use super::{DEV_APP_ID, emulator_addr, state_file};
use crate::config::Config;
use passage_emulator::SavedEmulator;

/// How long the recorded emulator gets to show its JWKS; it is on loopback.
const IDENTIFY_TIMEOUT: Duration = Duration::from_secs(3);
/// How long the emulator gets to sign a user in.
const LOGIN_TIMEOUT: Duration = Duration::from_secs(10);

pub async fn dev_token(config: &Config, email: &str) -> anyhow::Result<String> {
    anyhow::ensure!(
        config.passage_app_id.is_none(),
        "dev-token is for dev mode; unset PASSAGE_APP_ID"
    );
    let saved = SavedEmulator::open(
        &state_file(config),
        DEV_APP_ID,
        &format!("http://{}", config.emulator_listen_addr),
    )?;
    let signing_key = saved.signing_jwk();
    let client = reqwest::Client::builder().no_proxy().build()?;
    let recorded = emulator_addr::recorded(&config.data_dir);
    // Then the configured address, where a server that left no record (an
    // older version, say) listens.
    let configured = Some(config.emulator_listen_addr).filter(|addr| recorded != Some(*addr));
    for addr in recorded.into_iter().chain(configured) {
        match identify(&client, addr, &signing_key).await {
            Ok(()) => return token_from_running(&client, addr, email).await,
            Err(why) if Some(addr) == recorded => tracing::warn!(
                %addr,
                "the recorded emulator address is stale ({why}); minting from the saved state"
            ),
            Err(_) => {}
        }
    }
    saved.token_for_email(email)
}

/// Whether the emulator answering at `addr` serves this `DATA_DIR`'s state:
/// its JWKS publishes the saved signing key.
async fn identify(
    client: &reqwest::Client,
    addr: SocketAddr,
    signing: &Value,
) -> Result<(), String> {
    let url = format!("http://{addr}/v1/apps/{DEV_APP_ID}/.well-known/jwks.json");
    let response = client
        .get(&url)
        .timeout(IDENTIFY_TIMEOUT)
        .send()
        .await
        .map_err(|err| format!("no emulator answers there: {err}"))?;
    let jwks: Value = response
        .json()
        .await
        .map_err(|_| "what answers there serves no JWKS".to_owned())?;
    let same_key = |key: &Value| key["kid"] == signing["kid"] && key["n"] == signing["n"];
    if jwks["keys"]
        .as_array()
        .is_some_and(|keys| keys.iter().any(same_key))
    {
        Ok(())
    } else {
        Err("the emulator there does not publish this DATA_DIR's signing key".to_owned())
    }
}

async fn token_from_running(
    client: &reqwest::Client,
    addr: SocketAddr,
    email: &str,
) -> anyhow::Result<String> {
    let url = format!("http://{addr}/v1/apps/{DEV_APP_ID}/emulator/login");
    let response = client
        .post(&url)
        .timeout(LOGIN_TIMEOUT)
        .json(&serde_json::json!({ "email": email, "create": true }))
        .send()
        .await
        .with_context(|| format!("the dev server's emulator at {addr} stopped answering"))?;
    let status = response.status();
    let body: Value = response.json().await.unwrap_or_default();
    match body["auth_token"].as_str() {
        Some(token) if status.is_success() => Ok(token.to_owned()),
        _ => anyhow::bail!(
            "the emulator at {addr} refused ({status}): {}",
            body["error"].as_str().unwrap_or("no reason given")
        ),
    }
}
