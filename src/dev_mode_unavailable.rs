//! Dev mode in a build without the Passage emulator (`--no-default-features`,
//! the production build): every way into it says how to run instead.
//! [`DevPassage`] has no values, so the code that serves dev mode compiles
//! and can never run.

use std::net::SocketAddr;

use crate::app::DevSettings;
use crate::config::Config;

pub const UNAVAILABLE: &str = "this build has no Passage emulator (it was built without the \
     `emulator` feature): set PASSAGE_APP_ID and PASSAGE_API_KEY, or CONFIG_FILE with your \
     issuers, or run a build with default features for dev mode";

/// Dev mode's emulator, which this build cannot start.
pub enum DevPassage {}

impl DevPassage {
    pub async fn start(_config: &mut Config) -> anyhow::Result<Self> {
        anyhow::bail!(
            "dev mode's Passage emulator is on (EMULATOR=off turns it off, with your issuers in \
             CONFIG_FILE), but {UNAVAILABLE}"
        )
    }

    pub fn allow_app_origins(
        &self,
        _listen: SocketAddr,
        _extra: &[String],
    ) -> anyhow::Result<Vec<String>> {
        match *self {}
    }

    pub fn settings(&self) -> DevSettings {
        match *self {}
    }
}

// Dropped in its place in the order of shutdown, like the real one.
impl Drop for DevPassage {
    fn drop(&mut self) {
        match *self {}
    }
}

pub fn print_banner(_addr: SocketAddr, dev: &DevPassage) {
    match *dev {}
}

/// Dev mode without the emulator: tokens come from the configured issuers.
pub fn print_banner_without_emulator(addr: SocketAddr) {
    println!(
        "\n======\n passage-graphql DEV MODE: your issuers, a local database, NOT FOR PRODUCTION\n \
         GraphiQL (introspection on):  http://{addr}/graphql\n======"
    );
}

/// `passage-graphql dev-token`.
pub async fn dev_token(_config: &Config, _email: &str) -> anyhow::Result<String> {
    anyhow::bail!("`passage-graphql dev-token`: {UNAVAILABLE}")
}
