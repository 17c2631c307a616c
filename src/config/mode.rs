//! The mode the settings select (dev or production) and what each
//! requires: [`Config::mode`], [`Config::is_dev`], and the checks of the
//! Passage URLs, the leeway and dev mode's loopback addresses.

use std::net::SocketAddr;

use super::{
    Config, ExposeSecret, MAX_JWT_LEEWAY_SECS, PassageSettings, RunMode, non_empty_str,
    secret_files,
};

/// Where Passage and Postgres come from, once the configuration is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mode {
    /// The issuers as configured: real Passage (or anything speaking its
    /// contract) when `PASSAGE_APP_ID` is set, and those of `CONFIG_FILE`.
    /// In production an external database; in dev mode without the
    /// emulator ([`Config::is_dev`]) the local one unless `DATABASE_URL`.
    Production(Option<PassageSettings>),
    /// Dev mode with the in-process emulator still to start (it then fills
    /// in the Passage settings); a local Postgres unless `DATABASE_URL`.
    Dev,
}

/// A configuration that cannot start the server.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ConfigError {
    #[error(
        "{0} must be set in production mode (PASSAGE_APP_ID or CONFIG_FILE set, or MODE=production)"
    )]
    Missing(&'static str),
    #[error("dev mode listens on loopback only, but {0} is {1}")]
    DevModeNotLoopback(&'static str, SocketAddr),
    #[error("{name} is not an http(s) URL: {value}")]
    BadUrl { name: &'static str, value: String },
    #[error(
        "{name} must be an https URL (plain http is allowed only for loopback hosts: \
         localhost, 127.0.0.0/8, [::1]), but it is {value}"
    )]
    InsecureUrl { name: &'static str, value: String },
    #[error(
        "JWT_LEEWAY_SECS is {0}, but at most {MAX_JWT_LEEWAY_SECS} seconds of clock skew \
         are allowed (fix the clocks instead; NTP keeps them within a second)"
    )]
    LeewayTooLarge(u64),
    #[error(
        "EMULATOR=on runs the built-in emulator in Passage's place, but PASSAGE_APP_ID is set: \
         unset one of them"
    )]
    EmulatorAndPassage,
    #[error(
        "no token issuer: set PASSAGE_APP_ID, list [[issuers]] in CONFIG_FILE, or (dev mode) \
         leave EMULATOR on"
    )]
    NoIssuer,
    #[error(transparent)]
    Secret(#[from] secret_files::SecretFileError),
}

impl Config {
    /// Checks the combination of settings and says which mode they select.
    pub fn mode(&self) -> Result<Mode, ConfigError> {
        if self.jwt_leeway_secs > MAX_JWT_LEEWAY_SECS {
            return Err(ConfigError::LeewayTooLarge(self.jwt_leeway_secs));
        }
        let app_id = non_empty_str(self.passage_app_id.as_deref());
        if self.is_dev() {
            self.check_loopback()?;
            if self.runs_emulator() {
                if app_id.is_some() {
                    return Err(ConfigError::EmulatorAndPassage);
                }
                return Ok(Mode::Dev);
            }
            let passage = app_id.map(|id| self.passage_settings(id)).transpose()?;
            if passage.is_none() && self.config_file.is_none() {
                return Err(ConfigError::NoIssuer);
            }
            return Ok(Mode::Production(passage));
        }
        let Some(app_id) = app_id else {
            // Issuers of its own: production without Passage, never dev
            // mode (which would start an emulator and a local database).
            if self.config_file.is_none() {
                return Err(ConfigError::NoIssuer);
            }
            self.database_url()
                .ok_or(ConfigError::Missing("DATABASE_URL"))?;
            return Ok(Mode::Production(None));
        };
        let settings = self.passage_settings(app_id)?;
        self.database_url()
            .ok_or(ConfigError::Missing("DATABASE_URL"))?;
        Ok(Mode::Production(Some(settings)))
    }

    fn passage_settings(&self, app_id: &str) -> Result<PassageSettings, ConfigError> {
        let api_key = self
            .passage_api_key
            .as_ref()
            .map(ExposeSecret::expose_secret)
            .and_then(|key| non_empty_str(Some(key)))
            .ok_or(ConfigError::Missing("PASSAGE_API_KEY"))?;
        Ok(PassageSettings {
            app_id: app_id.to_owned(),
            api_key: api_key.to_owned(),
            auth_url: checked_url("PASSAGE_AUTH_URL", &self.passage_auth_url)?,
            api_url: checked_url("PASSAGE_API_URL", &self.passage_api_url)?,
        })
    }

    /// Dev mode serves no one but this machine.
    fn check_loopback(&self) -> Result<(), ConfigError> {
        if !self.listen_addr.ip().is_loopback() {
            return Err(ConfigError::DevModeNotLoopback(
                "LISTEN_ADDR",
                self.listen_addr,
            ));
        }
        if let Some(addr) = self.metrics_listen_addr
            && !addr.ip().is_loopback()
        {
            return Err(ConfigError::DevModeNotLoopback("METRICS_LISTEN_ADDR", addr));
        }
        if self.runs_emulator() && !self.emulator_listen_addr.ip().is_loopback() {
            return Err(ConfigError::DevModeNotLoopback(
                "EMULATOR_LISTEN_ADDR",
                self.emulator_listen_addr,
            ));
        }
        Ok(())
    }

    /// Whether these settings are dev mode: `--dev` or `MODE=dev`; with
    /// `MODE` unset, neither Passage nor a configuration file named. What
    /// the defaults that differ between the modes ask, without checking the
    /// rest of the settings.
    pub fn is_dev(&self) -> bool {
        if self.dev {
            return true;
        }
        match self.mode {
            Some(RunMode::Dev) => true,
            Some(RunMode::Production) => false,
            None => {
                non_empty_str(self.passage_app_id.as_deref()).is_none()
                    && self.config_file.is_none()
            }
        }
    }

    pub(super) fn is_production(&self) -> bool {
        !self.is_dev()
    }

    /// Dev mode's Passage emulator: on unless `PASSAGE_APP_ID` names a
    /// Passage, or `EMULATOR=off`.
    pub fn runs_emulator(&self) -> bool {
        self.is_dev()
            && self
                .emulator
                .unwrap_or(non_empty_str(self.passage_app_id.as_deref()).is_none())
    }

    /// Points Passage at the emulator dev mode has started: from here on
    /// the emulator is the configured Passage, and the mode stays dev.
    pub fn use_emulator(&mut self, settings: PassageSettings) {
        self.mode = Some(RunMode::Dev);
        self.emulator = Some(false);
        self.passage_app_id = Some(settings.app_id);
        self.passage_api_key = Some(settings.api_key.into());
        self.passage_auth_url = settings.auth_url;
        self.passage_api_url = settings.api_url;
    }
}

/// A Passage base URL, without its trailing `/`. Off loopback it must be
/// https: the JWKS decides which tokens pass, and the Management API gets the
/// API key.
fn checked_url(name: &'static str, value: &str) -> Result<String, ConfigError> {
    let trimmed = value.trim().trim_end_matches('/');
    let bad = || ConfigError::BadUrl {
        name,
        value: value.to_owned(),
    };
    let url = reqwest::Url::parse(trimmed).map_err(|_| bad())?;
    let host = url.host_str().ok_or_else(bad)?;
    match url.scheme() {
        "https" => Ok(trimmed.to_owned()),
        "http" if crate::issuers::is_loopback_host(host) => Ok(trimmed.to_owned()),
        "http" => {
            let mut shown = url.clone();
            // Credentials in the URL stay out of the error (and the log).
            let _ = shown.set_password(None);
            let _ = shown.set_username("");
            Err(ConfigError::InsecureUrl {
                name,
                value: shown.as_str().trim_end_matches('/').to_owned(),
            })
        }
        _ => Err(bad()),
    }
}
