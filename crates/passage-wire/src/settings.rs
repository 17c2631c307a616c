//! Where to reach Passage for one app.

use std::fmt;

/// An app's Passage: its ID, its Management API key, and the two base URLs
/// (`PASSAGE_AUTH_URL` for the JWKS, `PASSAGE_API_URL` for the Management
/// API; the emulator serves both on one).
#[derive(Clone, PartialEq, Eq)]
pub struct PassageSettings {
    pub app_id: String,
    pub api_key: String,
    pub auth_url: String,
    pub api_url: String,
}

impl fmt::Debug for PassageSettings {
    // The API key never reaches a log line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PassageSettings")
            .field("app_id", &self.app_id)
            .field("api_key", &"<redacted>")
            .field("auth_url", &self.auth_url)
            .field("api_url", &self.api_url)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn debug_output_hides_the_api_key() {
        let settings = super::PassageSettings {
            app_id: "app".into(),
            api_key: "secret-key".into(),
            auth_url: "https://auth.passage.id".into(),
            api_url: "https://api.passage.id".into(),
        };
        let shown = format!("{settings:?}");
        assert!(
            !shown.contains("secret-key") && shown.contains("<redacted>"),
            "{shown}"
        );
    }
}
