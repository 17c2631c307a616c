//! An issuer's user webhook, from its `[[issuers]]` entry:
//!
//! ```toml
//! # webhook_path = "/webhooks/clerk"            # clerk: this, auth0: /webhooks/auth0, else required
//! # webhook_format = "svix"                     # svix (Clerk), standard (Standard Webhooks), auth0-event-stream
//! # webhook_secret_env = "CLERK_WEBHOOK_SIGNING_SECRET"  # the variable holding the secret(s)
//! # on_user_deleted = "delete"                  # or "deactivate"
//! ```
//!
//! A preset's webhook is served when its secret's variable is set
//! (`CLERK_WEBHOOK_SIGNING_SECRET`, `AUTH0_EVENT_STREAM_TOKEN`); one the
//! entry asks for by `webhook_path` or `webhook_format` must have it.

use serde::Deserialize;

use super::presets::Preset;

/// How a sender signs its deliveries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WebhookFormat {
    /// Clerk's, through Svix: Standard Webhooks signatures under `svix-*`
    /// headers (the `webhook-*` ones are taken too), Clerk's event bodies.
    Svix,
    /// Any sender that signs per the Standard Webhooks spec, with Clerk's
    /// event bodies (`{"type", "data", "timestamp"}`).
    Standard,
    /// Auth0 Event Streams: CloudEvents, the stream's bearer token.
    Auth0EventStream,
}

impl WebhookFormat {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Svix => "svix",
            Self::Standard => "standard",
            Self::Auth0EventStream => "auth0-event-stream",
        }
    }
}

/// Clerk's signing secret's variable (a `whsec_...` value).
pub const CLERK_WEBHOOK_SECRET_ENV: &str = "CLERK_WEBHOOK_SIGNING_SECRET";
/// An Auth0 event stream's bearer token's variable.
pub const AUTH0_WEBHOOK_TOKEN_ENV: &str = "AUTH0_EVENT_STREAM_TOKEN";

/// A checked webhook.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebhookSettings {
    /// Where the sender posts, e.g. `/webhooks/clerk`.
    pub path: String,
    pub format: WebhookFormat,
    /// The environment variable with the secret, or several separated by
    /// spaces (during a rotation).
    pub secret_env: String,
    /// The entry asked for it: a missing secret is an error, not a webhook
    /// left off.
    pub required: bool,
}

/// The webhook settings of one entry, as written.
pub(super) struct WebhookEntry {
    pub(super) path: Option<String>,
    pub(super) format: Option<WebhookFormat>,
    pub(super) secret_env: Option<String>,
}

/// Paths the server serves itself.
const TAKEN: [&str; 5] = ["/", "/graphql", "/health", "/ready", "/metrics"];

/// The entry's webhook, with its preset's defaults; `None` when it has
/// none.
pub(super) fn check(
    entry: WebhookEntry,
    preset: Option<Preset>,
) -> Result<Option<WebhookSettings>, String> {
    let required = entry.path.is_some() || entry.format.is_some() || entry.secret_env.is_some();
    let (default_path, default_format, default_env) = match preset {
        Some(Preset::Clerk) => (
            Some("/webhooks/clerk"),
            Some(WebhookFormat::Svix),
            Some(CLERK_WEBHOOK_SECRET_ENV),
        ),
        Some(Preset::Auth0) => (
            Some("/webhooks/auth0"),
            Some(WebhookFormat::Auth0EventStream),
            Some(AUTH0_WEBHOOK_TOKEN_ENV),
        ),
        _ => (None, None, None),
    };
    let format = entry.format.or(default_format);
    let path = entry.path.or(default_path.map(str::to_owned));
    let secret_env = entry.secret_env.or(default_env.map(str::to_owned));
    let (path, format, secret_env) = match (path, format, secret_env) {
        (None, None, None) => return Ok(None),
        (Some(path), Some(format), Some(env)) => (path, format, env),
        (None, ..) => return Err("`webhook_path` is required for this issuer's webhook".into()),
        (_, None, _) => {
            return Err(
                "`webhook_format` is required: svix, standard or auth0-event-stream".into(),
            );
        }
        (_, _, None) => {
            return Err(
                "`webhook_secret_env` is required: the environment variable holding the \
                 webhook's secret"
                    .into(),
            );
        }
    };
    if !path.starts_with('/')
        || path.len() > 200
        || !path
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/-_.".contains(&b))
    {
        return Err(format!(
            "`webhook_path` {path:?} must be a path such as /webhooks/clerk (letters, digits, \
             / - _ .)"
        ));
    }
    if TAKEN.contains(&path.trim_end_matches('/')) || path == "/" {
        return Err(format!(
            "`webhook_path` {path:?} is one of the server's own paths"
        ));
    }
    if secret_env.is_empty()
        || !secret_env
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        return Err("`webhook_secret_env` must be an environment variable's name".into());
    }
    Ok(Some(WebhookSettings {
        path,
        format,
        secret_env,
        required,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: Option<&str>, format: Option<WebhookFormat>) -> WebhookEntry {
        WebhookEntry {
            path: path.map(str::to_owned),
            format,
            secret_env: None,
        }
    }

    #[test]
    fn presets_give_their_providers_webhook_and_others_need_all_three() {
        let clerk = check(entry(None, None), Some(Preset::Clerk))
            .unwrap()
            .unwrap();
        assert_eq!(clerk.path, "/webhooks/clerk");
        assert_eq!(clerk.format, WebhookFormat::Svix);
        assert_eq!(clerk.secret_env, CLERK_WEBHOOK_SECRET_ENV);
        assert!(!clerk.required);
        let auth0 = check(entry(None, None), Some(Preset::Auth0))
            .unwrap()
            .unwrap();
        assert_eq!(auth0.format, WebhookFormat::Auth0EventStream);
        assert_eq!(check(entry(None, None), None).unwrap(), None);
        let missing_env = check(
            entry(Some("/hooks/id"), Some(WebhookFormat::Standard)),
            None,
        )
        .unwrap_err();
        assert!(missing_env.contains("webhook_secret_env"), "{missing_env}");
        let missing_format = check(entry(Some("/hooks/id"), None), None).unwrap_err();
        assert!(
            missing_format.contains("webhook_format"),
            "{missing_format}"
        );
        let own = check(entry(Some("/graphql"), None), Some(Preset::Clerk)).unwrap_err();
        assert!(own.contains("server's own"), "{own}");
        let odd = check(entry(Some("hooks"), None), Some(Preset::Clerk)).unwrap_err();
        assert!(odd.contains("must be a path"), "{odd}");
        let asked = check(entry(Some("/hooks/clerk"), None), Some(Preset::Clerk))
            .unwrap()
            .unwrap();
        assert!(asked.required);
    }
}
