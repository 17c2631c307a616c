//! The app's origins: which pages may call the auth API from a browser
//! (CORS), and the WebAuthn relying party they share.
//!
//! Passkeys are bound to a relying-party ID; the emulator's is `localhost`,
//! the one host name a browser treats as a secure context over plain http
//! (an IP address is never a valid RP ID). So the app's origin in dev mode is
//! `http://localhost:<port>`; other origins may still use one-time codes.

use std::sync::Arc;
use std::time::Duration;

use axum::http::{HeaderName, HeaderValue, Method, header};
use tower_http::cors::{AllowOrigin, CorsLayer};
use webauthn_rs::prelude::{Url, Webauthn, WebauthnBuilder};

use super::super::State;

/// The relying-party ID of every passkey the emulator registers.
pub const RP_ID: &str = "localhost";

/// The app's configured origins and the relying party built from them.
pub(super) struct AppOrigins {
    /// Serialised origins (`scheme://host[:port]`), first = the app's own.
    list: Vec<String>,
    /// `None` when no origin is on `localhost`: passkeys cannot work then.
    relying_party: Option<Arc<Webauthn>>,
}

impl AppOrigins {
    pub(super) fn none() -> Self {
        Self {
            list: Vec::new(),
            relying_party: None,
        }
    }

    /// Origins as configured (`http://localhost:8080`, with or without a
    /// trailing `/`); anything else than an http(s) origin is refused.
    pub(super) fn new(origins: &[String], app_name: &str) -> anyhow::Result<Self> {
        let mut urls: Vec<Url> = Vec::new();
        for raw in origins.iter().map(|o| o.trim()).filter(|o| !o.is_empty()) {
            let url = Url::parse(raw)
                .map_err(|err| anyhow::anyhow!("app origin {raw:?} is not a URL: {err}"))?;
            let is_origin = matches!(url.scheme(), "http" | "https")
                && url.path() == "/"
                && url.query().is_none()
                && url.fragment().is_none();
            anyhow::ensure!(
                is_origin,
                "app origin {raw:?} must be scheme://host[:port] only"
            );
            if !urls.contains(&url) {
                urls.push(url);
            }
        }
        let on_localhost: Vec<&Url> = urls
            .iter()
            .filter(|u| u.host_str() == Some(RP_ID))
            .collect();
        let relying_party = match on_localhost.split_first() {
            Some((primary, others)) => {
                let mut builder = WebauthnBuilder::new(RP_ID, primary)
                    .map_err(|err| anyhow::anyhow!("WebAuthn relying party: {err}"))?
                    .rp_name(app_name)
                    .timeout(super::DEFAULT_HANDSHAKE_TTL);
                for origin in others {
                    builder = builder.append_allowed_origin(origin);
                }
                let built = builder
                    .build()
                    .map_err(|err| anyhow::anyhow!("WebAuthn relying party: {err}"))?;
                Some(Arc::new(built))
            }
            None => None,
        };
        Ok(Self {
            list: urls
                .iter()
                .map(|u| u.origin().ascii_serialization())
                .collect(),
            relying_party,
        })
    }

    pub(super) fn allows(&self, origin: &str) -> bool {
        self.list.iter().any(|o| o == origin)
    }

    /// The origin a browser page on `request_origin` should be told is the
    /// app's: its own when allowed (so the SDK's `checkPasskeyOrigin`
    /// agrees), else the app's first.
    pub(super) fn auth_origin(&self, request_origin: Option<&str>) -> String {
        request_origin
            .filter(|o| self.allows(o))
            .or(self.list.first().map(String::as_str))
            .unwrap_or("")
            .to_owned()
    }

    pub(super) fn relying_party(&self) -> Option<Arc<Webauthn>> {
        self.relying_party.clone()
    }
}

/// CORS for the app's origins: what passage-js sends (`Passage-Version` on
/// every call, so every call is preflighted), no cookies.
pub(crate) fn cors_layer(state: Arc<State>) -> CorsLayer {
    CorsLayer::new()
        .allow_origin(AllowOrigin::predicate(move |origin: &HeaderValue, _| {
            origin
                .to_str()
                .is_ok_and(|o| state.auth.origins.read().unwrap().allows(o))
        }))
        .allow_methods([Method::GET, Method::POST, Method::PATCH, Method::DELETE])
        .allow_headers([
            header::AUTHORIZATION,
            header::CONTENT_TYPE,
            HeaderName::from_static("passage-version"),
        ])
        .max_age(Duration::from_secs(600))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origins(list: &[&str]) -> anyhow::Result<AppOrigins> {
        let owned: Vec<String> = list.iter().map(|s| s.to_string()).collect();
        AppOrigins::new(&owned, "test")
    }

    #[test]
    fn the_first_localhost_origin_is_the_relying_party() {
        let o = origins(&["http://127.0.0.1:5500/", "http://localhost:8080"]).unwrap();
        assert!(o.allows("http://localhost:8080"));
        assert!(o.allows("http://127.0.0.1:5500"));
        assert!(!o.allows("http://localhost:8081"));
        let rp = o.relying_party().expect("a relying party");
        assert_eq!(
            rp.get_allowed_origins(),
            &[Url::parse("http://localhost:8080").unwrap()]
        );
    }

    #[test]
    fn without_localhost_there_is_no_relying_party() {
        let o = origins(&["http://127.0.0.1:5500"]).unwrap();
        assert!(o.relying_party().is_none());
        assert_eq!(o.auth_origin(None), "http://127.0.0.1:5500");
    }

    #[test]
    fn paths_are_not_origins() {
        assert!(origins(&["http://localhost:8080/spa/"]).is_err());
        assert!(origins(&["localhost:8080"]).is_err());
    }

    #[test]
    fn auth_origin_echoes_an_allowed_page() {
        let o = origins(&["http://localhost:8080", "http://localhost:5173"]).unwrap();
        assert_eq!(
            o.auth_origin(Some("http://localhost:5173")),
            "http://localhost:5173"
        );
        assert_eq!(
            o.auth_origin(Some("http://evil.example")),
            "http://localhost:8080"
        );
    }
}
