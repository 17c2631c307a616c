//! Dev mode (`MODE=dev`, or neither `PASSAGE_APP_ID` nor `CONFIG_FILE`
//! set): unless `EMULATOR=off`, the Passage emulator in-process on
//! `EMULATOR_LISTEN_ADDR` (a free port when that is taken, recorded in
//! `DATA_DIR/emulator.addr`), its users, key, passkeys and sessions kept in
//! `DATA_DIR/emulator.json` between runs, a few seeded users, and
//! `passage-graphql dev-token`.
//!
//! The app's origin, for the emulator's CORS and as the WebAuthn origin, is
//! `http://localhost:<port>` of the server's actual listen address (plus
//! `CORS_ALLOWED_ORIGINS`): passkeys need the RP ID `localhost`, which a
//! browser accepts over plain http, where an IP address is refused.
//!
//! The server talks to the emulator over HTTP through the same client code as
//! in production; only where the URLs point differs.

mod dev_token;
mod emulator_addr;

use std::net::SocketAddr;

use anyhow::Context;

use crate::app::DevSettings;
use crate::config::Config;
use passage_emulator::{Emulator, random_id};

pub use dev_token::dev_token;
use emulator_addr::EmulatorAddrRecord;

/// App ID the dev-mode emulator answers to.
pub const DEV_APP_ID: &str = "passage-graphql-dev";
/// The demo user GraphiQL is signed in as.
pub const DEV_DEMO_EMAIL: &str = "demo@example.com";
/// Users a new emulator starts with.
pub const SEEDED_EMAILS: &[&str] = &[DEV_DEMO_EMAIL, "ada@example.com", "grace@example.com"];

/// The running emulator and the demo user's token.
pub struct DevPassage {
    // First, so the record goes before the emulator stops.
    _addr_record: EmulatorAddrRecord,
    emulator: Emulator,
    /// `EMULATOR_LISTEN_ADDR`, when it was taken and the emulator listens
    /// elsewhere.
    displaced_from: Option<SocketAddr>,
    demo_token: String,
}

impl DevPassage {
    /// Starts the emulator and points `config` at it.
    pub async fn start(config: &mut Config) -> anyhow::Result<Self> {
        tracing::warn!(
            "DEV MODE: tokens come from the built-in Passage emulator (and the issuers of CONFIG_FILE). Not for production."
        );
        let (emulator, displaced_from) = start_emulator(config).await?;
        emulator.set_auth_token_ttl(std::time::Duration::from_secs(
            config.emulator_token_ttl_secs,
        ));
        let addr_record = EmulatorAddrRecord::write(&config.data_dir, emulator.addr())?;
        for email in SEEDED_EMAILS {
            emulator.user_by_email_or_create(email);
        }
        config.use_emulator(emulator.passage_settings());
        let demo = emulator.user_by_email_or_create(DEV_DEMO_EMAIL);
        let demo_token = emulator.token_for(&demo.id);
        Ok(Self {
            _addr_record: addr_record,
            emulator,
            displaced_from,
            demo_token,
        })
    }

    /// Makes the app served at `listen` (as `http://localhost:<port>`), and
    /// `extra` origins, the emulator's app origins; returns them.
    pub fn allow_app_origins(
        &self,
        listen: SocketAddr,
        extra: &[String],
    ) -> anyhow::Result<Vec<String>> {
        let origins: Vec<String> = std::iter::once(app_origin(listen))
            .chain(
                extra
                    .iter()
                    .map(|o| o.trim().trim_end_matches('/').to_owned()),
            )
            .filter(|o| !o.is_empty())
            .collect();
        self.emulator
            .set_app_origins(&origins)
            .context("CORS_ALLOWED_ORIGINS")?;
        tracing::info!(
            origins = %origins.join(", "),
            "Passage emulator: app origins (passkeys work on the localhost ones)"
        );
        Ok(origins)
    }

    pub fn settings(&self) -> DevSettings {
        DevSettings {
            graphiql_authorization: format!("Bearer {}", self.demo_token),
            app_id: self.emulator.app_id().to_owned(),
            emulator_url: self.emulator.base_url().to_owned(),
        }
    }
}

/// The origin a browser uses for the server at `listen`: always `localhost`,
/// the one host WebAuthn accepts over http.
pub fn app_origin(listen: SocketAddr) -> String {
    format!("http://localhost:{}", listen.port())
}

fn state_file(config: &Config) -> std::path::PathBuf {
    config.data_dir.join("emulator.json")
}

/// The emulator on `EMULATOR_LISTEN_ADDR`, or on a free port of the same
/// host when that is taken (then also that address).
async fn start_emulator(config: &Config) -> anyhow::Result<(Emulator, Option<SocketAddr>)> {
    let wanted = config.emulator_listen_addr;
    let (listener, displaced_from) = match tokio::net::TcpListener::bind(wanted).await {
        Ok(listener) => (listener, None),
        Err(err) if err.kind() == std::io::ErrorKind::AddrInUse => {
            let listener = tokio::net::TcpListener::bind(SocketAddr::new(wanted.ip(), 0))
                .await
                .with_context(|| format!("cannot listen on a free port of {}", wanted.ip()))?;
            tracing::warn!(
                taken = %wanted,
                addr = %listener.local_addr()?,
                "EMULATOR_LISTEN_ADDR is taken (another dev server?), so the emulator listens on a free port; \
                 dev-token with this DATA_DIR finds it, tokens issued by earlier runs will not verify"
            );
            (listener, Some(wanted))
        }
        Err(err) => {
            return Err(err)
                .with_context(|| format!("cannot listen on EMULATOR_LISTEN_ADDR {wanted}"));
        }
    };
    let emulator =
        Emulator::start_persistent(listener, DEV_APP_ID, &random_id(32), &state_file(config))
            .await?;
    tracing::info!(
        url = emulator.base_url(),
        users = emulator.user_count(),
        state = %state_file(config).display(),
        "Passage emulator started"
    );
    Ok((emulator, displaced_from))
}

pub fn print_banner(addr: SocketAddr, dev: &DevPassage) {
    let token = &dev.demo_token;
    // An app built on the crate is its own binary (`todos dev-token`).
    let program = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.file_stem()?.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "passage-graphql".to_owned());
    let app = app_origin(addr);
    let emulator_url = dev.emulator.base_url();
    let displaced = match dev.displaced_from {
        Some(taken) => format!(
            "\n   (EMULATOR_LISTEN_ADDR {taken} was taken; dev-token with this DATA_DIR finds it)"
        ),
        None => String::new(),
    };
    println!(
        r#"
==============================================================================
 passage-graphql DEV MODE: built-in Passage emulator, NOT FOR PRODUCTION
 GraphiQL (signed in as {DEV_DEMO_EMAIL}):  http://{addr}/graphql
 Example app (passkeys, one-time codes):     {app}/spa/
 Passage emulator:                           {emulator_url}{displaced}
 Another token:  {program} dev-token --email you@example.com

 Try it:
 curl -s http://{addr}/graphql -H 'Content-Type: application/json' \
   -H 'Authorization: Bearer {token}' \
   -d '{{"query":"mutation {{ createUser(input: {{name: \"Demo\"}}) {{ id name email }} }}"}}'
 curl -s http://{addr}/graphql -H 'Content-Type: application/json' \
   -H 'Authorization: Bearer {token}' \
   -d '{{"query":"{{ me {{ id name email }} }}"}}'
==============================================================================
"#
    );
}

/// Dev mode without the emulator (`EMULATOR=off`, or `PASSAGE_APP_ID`
/// set): tokens come from the configured issuers.
pub fn print_banner_without_emulator(addr: SocketAddr) {
    print!("{}", banner_without_emulator(addr));
}

/// The banner of dev mode without the emulator.
pub fn banner_without_emulator(addr: SocketAddr) -> String {
    format!(
        r#"
==============================================================================
 passage-graphql DEV MODE: your issuers, a local database, NOT FOR PRODUCTION
 GraphiQL (introspection on):  http://{addr}/graphql
 Tokens: from the issuers of CONFIG_FILE (and Passage when PASSAGE_APP_ID is set)
==============================================================================
"#
    )
}
