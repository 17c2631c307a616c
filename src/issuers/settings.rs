//! Issuers besides Passage, from the configuration file (`--config FILE` /
//! `CONFIG_FILE`, TOML):
//!
//! ```toml
//! [[issuers]]
//! issuer = "https://id.example.com/"    # must equal the token's iss and the discovery document's
//! audiences = ["https://api.example.com"]
//! algorithms = ["ES256", "RS256"]       # of RS256, PS256, ES256, EdDSA (default RS256)
//! # jwks_uri = "https://..."             # else OpenID discovery from issuer
//! # cookie = "session"                   # this issuer's token cookie, read when no header is sent (unset: none)
//! # typ = "at+jwt"                       # required typ, when set (unset: JWT and at+jwt pass)
//! # email_claim = "email"                # trust these claims for provider-owned fields
//! # phone_claim = "phone_number"
//! # link_claim = "passage_id"            # a claim holding the user's Passage ID links them
//! # link_verified_email = true           # a verified email matching one snapshot links them
//! # link_email_exclude_connections = ["samlp", "waad"]  # ...unless the token came through one of these
//! # link_connection_claim = "app_metadata.provider"    # where a token names its connection (unset: sub's prefix before `|`)
//! # preset = "clerk"                      # clerk, auth0, supabase, firebase, better-auth: that provider's defaults
//! # authorized_parties = ["https://app"]  # azp (or client_id) allow-list; with it, `audiences` may be empty
//! # email_verified_claim = "email_verified"
//! # phone_verified_claim = "phone_number_verified"
//! # refused_roles = ["anon"]              # `role` values refused
//! # allow_anonymous = false              # is_anonymous, isAnonymous, Firebase's anonymous sign-ins
//! # allow_pending_sessions = false       # clerk: accept `sts: "pending"` sessions
//! # profile = "claims"                    # claims, userinfo, clerk, passage, snapshot
//! # userinfo_url = "https://..."          # else discovery's userinfo_endpoint
//! # clerk_api_url = "https://api.clerk.com"
//! # webhook_path = "/webhooks/clerk"     # the issuer's user webhook (see `webhook_settings`)
//! # webhook_format = "svix"
//! # webhook_secret_env = "CLERK_WEBHOOK_SIGNING_SECRET"
//! # on_user_deleted = "delete"            # or "deactivate"
//! ```
//!
//! Every URL must be https unless its host is loopback. Environment
//! variables (Passage's) keep working and are not read from the file.

use std::path::Path;

use jsonwebtoken::Algorithm;
use serde::Deserialize;

use super::EmailLinkExclusions;
pub use super::presets::Preset;
use super::presets::preset_defaults;
use super::url_policy::is_secure_url;

/// Where an issuer's JWKS is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeySource {
    /// This URL.
    Jwks(String),
    /// The `jwks_uri` of this issuer's OpenID Connect discovery document.
    Discovery { issuer: String },
}

/// The token algorithms an issuer may accept.
pub const SUPPORTED_ALGORITHMS: [Algorithm; 4] = [
    Algorithm::RS256,
    Algorithm::PS256,
    Algorithm::ES256,
    Algorithm::EdDSA,
];

/// Default claim for a user's email.
pub const DEFAULT_EMAIL_CLAIM: &str = "email";
/// Default claim for a user's phone number.
pub const DEFAULT_PHONE_CLAIM: &str = "phone_number";
/// Clerk's Backend API.
pub const CLERK_API_URL: &str = "https://api.clerk.com";
/// Google's keys for Firebase / Identity Platform ID tokens.
pub const FIREBASE_JWKS_URI: &str =
    "https://www.googleapis.com/service_accounts/v1/jwk/securetoken@system.gserviceaccount.com";
/// Firebase's issuers are this followed by the project ID.
pub const FIREBASE_ISSUER_PREFIX: &str = "https://securetoken.google.com/";

/// Where an issuer's users' provider-owned fields (`email`, `phone` and
/// their verified flags) come from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProfileSource {
    /// The viewer's own token's claims (the viewer only).
    Claims,
    /// OpenID Connect UserInfo, called with the viewer's own token (the
    /// viewer only).
    Userinfo,
    /// Clerk's Backend API, for any user, in batches of 100.
    Clerk,
    /// Passage's Management API, through the user's Passage ID.
    Passage,
    /// The Passage snapshot kept in Postgres.
    Snapshot,
}

impl ProfileSource {
    /// The setting's value, as written in the file.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Claims => "claims",
            Self::Userinfo => "userinfo",
            Self::Clerk => "clerk",
            Self::Passage => "passage",
            Self::Snapshot => "snapshot",
        }
    }
}

/// The file's shape.
#[derive(Debug, Deserialize)]
// Its other top-level keys are settings, read and checked by
// `config::file`.
struct ConfigFile {
    #[serde(default)]
    issuers: Vec<IssuerEntry>,
}

/// One `[[issuers]]` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuerEntry {
    issuer: String,
    preset: Option<Preset>,
    audiences: Option<Vec<String>>,
    authorized_parties: Option<Vec<String>>,
    algorithms: Option<Vec<String>>,
    jwks_uri: Option<String>,
    cookie: Option<String>,
    typ: Option<String>,
    email_claim: Option<String>,
    email_verified_claim: Option<String>,
    phone_claim: Option<String>,
    phone_verified_claim: Option<String>,
    refused_roles: Option<Vec<String>>,
    allow_anonymous: Option<bool>,
    allow_pending_sessions: Option<bool>,
    profile: Option<ProfileSource>,
    userinfo_url: Option<String>,
    clerk_api_url: Option<String>,
    link_claim: Option<String>,
    #[serde(default)]
    link_verified_email: bool,
    // Email linking's excluded connections (see `link_connections`).
    link_email_exclude_connections: Option<Vec<String>>,
    link_connection_claim: Option<String>,
    webhook_path: Option<String>,
    webhook_format: Option<super::WebhookFormat>,
    webhook_secret_env: Option<String>,
    on_user_deleted: Option<crate::identity::DeletionMode>,
}

/// A checked issuer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuerSettings {
    /// Exactly as tokens carry it in `iss`.
    pub issuer: String,
    pub preset: Option<Preset>,
    /// A token's `aud` must hold one of these; empty only when
    /// `authorized_parties` is set (Clerk's tokens carry no `aud`).
    pub audiences: Vec<String>,
    /// When set, a token's `azp` (or, in RFC 9068 access tokens,
    /// `client_id`) must be one of these.
    pub authorized_parties: Vec<String>,
    pub algorithms: Vec<Algorithm>,
    pub keys: KeySource,
    /// This issuer's token cookie, read when no Authorization header is
    /// sent; a token in it counts only when it is this issuer's.
    pub cookie: Option<String>,
    /// The `typ` tokens must carry, when set; else `JWT`, `at+jwt` or none.
    pub typ: Option<String>,
    pub email_claim: String,
    pub email_verified_claim: String,
    pub phone_claim: String,
    pub phone_verified_claim: String,
    /// Tokens whose `role` claim is one of these are refused (Supabase's
    /// anon and service keys are JWTs too).
    pub refused_roles: Vec<String>,
    /// Anonymous users' tokens are accepted (Supabase's `is_anonymous`,
    /// better-auth's `isAnonymous`, Firebase's `anonymous` sign-in).
    pub allow_anonymous: bool,
    /// Clerk: sessions with steps left (`sts: "pending"`) are accepted.
    pub allow_pending_sessions: bool,
    /// Where this issuer's users' provider-owned fields come from.
    pub profile: ProfileSource,
    /// The UserInfo endpoint; else the discovery document's.
    pub userinfo_url: Option<String>,
    /// Clerk's Backend API, for `profile = "clerk"`.
    pub clerk_api_url: String,
    /// A claim that holds the user's Passage ID: a token carrying it links
    /// its subject to that Passage-era user at first sight.
    pub link_claim: Option<String>,
    /// A token whose email is verified links its subject to the one user
    /// whose Passage snapshot has that email.
    pub link_verified_email: bool,
    /// Connections whose tokens never link by email (their verified flag
    /// is not proof), and where a token names its connection.
    pub link_email_exclusions: EmailLinkExclusions,
    /// The issuer's user webhook, if it has one.
    pub webhook: Option<super::WebhookSettings>,
    /// What the provider's deletion of a user does here.
    pub on_user_deleted: crate::identity::DeletionMode,
}

/// Why the configuration file cannot be used; each names the file and the
/// entry.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum IssuerConfigError {
    #[error("cannot read the configuration file {path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("the configuration file {path} is not valid: {reason}")]
    Invalid { path: String, reason: String },
    #[error("issuer {issuer:?} in {path}: {reason}")]
    Issuer {
        path: String,
        issuer: String,
        reason: String,
    },
}

/// Reads and checks the issuers of the file at `path`.
pub fn load(path: &Path) -> Result<Vec<IssuerSettings>, IssuerConfigError> {
    let shown = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|err| IssuerConfigError::Unreadable {
        path: shown.clone(),
        reason: err.to_string(),
    })?;
    parse(&text, &shown)
}

/// Checks the issuers of a configuration file's text (`path` names it in
/// errors).
pub fn parse(text: &str, path: &str) -> Result<Vec<IssuerSettings>, IssuerConfigError> {
    let file: ConfigFile = toml::from_str(text).map_err(|err| IssuerConfigError::Invalid {
        path: path.to_owned(),
        reason: err.message().to_owned(),
    })?;
    let mut seen = std::collections::HashSet::new();
    file.issuers
        .into_iter()
        .map(|entry| {
            let issuer = entry.issuer.clone();
            let fail = |reason: String| IssuerConfigError::Issuer {
                path: path.to_owned(),
                issuer: issuer.clone(),
                reason,
            };
            if !seen.insert(entry.issuer.clone()) {
                return Err(fail("listed twice".into()));
            }
            check(entry).map_err(fail)
        })
        .collect()
}

/// Non-blank values, trimmed.
pub(super) fn listed(values: Vec<String>) -> Vec<String> {
    values
        .into_iter()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
        .collect()
}

fn check(entry: IssuerEntry) -> Result<IssuerSettings, String> {
    if !is_secure_url(&entry.issuer) {
        return Err("`issuer` must be an https URL (http only on loopback)".into());
    }
    let preset = preset_defaults(entry.preset, &entry.issuer)?;
    let audiences = listed(entry.audiences.unwrap_or(preset.audiences));
    let authorized_parties = listed(entry.authorized_parties.unwrap_or_default());
    if audiences.is_empty() && authorized_parties.is_empty() {
        return Err(if entry.preset == Some(Preset::Clerk) {
            "set `authorized_parties` to your app's origins (Clerk's session tokens carry no \
             `aud`, so without it nothing says a token was meant for this API)"
                .into()
        } else {
            "`audiences` must list at least one audience this API accepts (or, for tokens \
             without `aud`, `authorized_parties` their `azp` must be one of): otherwise \
             neither is checked"
                .into()
        });
    }
    let names = entry.algorithms.unwrap_or_else(|| {
        let defaults = if preset.algorithms.is_empty() {
            &["RS256"][..]
        } else {
            preset.algorithms
        };
        defaults.iter().map(|a| (*a).to_owned()).collect()
    });
    if names.is_empty() {
        return Err("`algorithms` must list at least one algorithm".into());
    }
    if entry.preset == Some(Preset::Supabase) && names.iter().any(|n| n.starts_with("HS")) {
        return Err(
            "this Supabase project signs with a shared secret (HS256), which is never \
             accepted: switch the project to asymmetric JWT signing keys (Project Settings, \
             JWT Keys), then list ES256 or RS256"
                .into(),
        );
    }
    let algorithms = names
        .iter()
        .map(|name| {
            name.parse::<Algorithm>()
                .ok()
                .filter(|alg| SUPPORTED_ALGORITHMS.contains(alg))
                .ok_or_else(|| {
                    format!("algorithm {name:?} is not accepted; use RS256, PS256, ES256 or EdDSA")
                })
        })
        .collect::<Result<Vec<_>, _>>()?;
    let keys = match entry.jwks_uri.or(preset.jwks_uri) {
        Some(uri) if is_secure_url(&uri) => KeySource::Jwks(uri),
        Some(_) => return Err("`jwks_uri` must be an https URL (http only on loopback)".into()),
        None => KeySource::Discovery {
            issuer: entry.issuer.clone(),
        },
    };
    let cookie = entry.cookie.or(preset.cookie.map(str::to_owned));
    if let Some(cookie) = &cookie
        && (cookie.is_empty() || !cookie.bytes().all(|b| b.is_ascii_graphic() && b != b'='))
    {
        return Err("`cookie` must be a cookie name".into());
    }
    let claim = |value: Option<String>, default: &str| {
        value
            .map(|c| c.trim().to_owned())
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| default.to_owned())
    };
    let email_claim = claim(entry.email_claim, DEFAULT_EMAIL_CLAIM);
    let phone_claim = claim(
        entry.phone_claim,
        preset.phone_claim.unwrap_or(DEFAULT_PHONE_CLAIM),
    );
    let verified = |name: &str| format!("{name}_verified");
    let email_verified_claim = claim(
        entry.email_verified_claim,
        &preset
            .email_verified_claim
            .map_or_else(|| verified(&email_claim), str::to_owned),
    );
    let phone_verified_claim = claim(
        entry.phone_verified_claim,
        &preset
            .phone_verified_claim
            .map_or_else(|| verified(&phone_claim), str::to_owned),
    );
    let userinfo_url = match entry.userinfo_url {
        Some(url) if is_secure_url(&url) => Some(url),
        Some(_) => {
            return Err("`userinfo_url` must be an https URL (http only on loopback)".into());
        }
        None => None,
    };
    let clerk_api_url = match entry.clerk_api_url {
        Some(url) if is_secure_url(&url) => url.trim_end_matches('/').to_owned(),
        Some(_) => {
            return Err("`clerk_api_url` must be an https URL (http only on loopback)".into());
        }
        None => CLERK_API_URL.to_owned(),
    };
    let link_email_exclusions = EmailLinkExclusions::from_entry(
        entry.link_email_exclude_connections,
        entry.link_connection_claim,
        entry.link_verified_email,
        entry.preset,
    )?;
    let webhook = super::webhook_settings::check(
        super::webhook_settings::WebhookEntry {
            path: entry.webhook_path,
            format: entry.webhook_format,
            secret_env: entry.webhook_secret_env,
        },
        entry.preset,
    )?;
    Ok(IssuerSettings {
        issuer: entry.issuer,
        preset: entry.preset,
        audiences,
        authorized_parties,
        algorithms,
        keys,
        cookie,
        typ: entry.typ.filter(|t| !t.trim().is_empty()),
        email_claim,
        email_verified_claim,
        phone_claim,
        phone_verified_claim,
        refused_roles: entry.refused_roles.map(listed).unwrap_or_else(|| {
            preset
                .refused_roles
                .iter()
                .map(|r| (*r).to_owned())
                .collect()
        }),
        allow_anonymous: entry.allow_anonymous.unwrap_or(false),
        allow_pending_sessions: entry.allow_pending_sessions.unwrap_or(false),
        profile: entry
            .profile
            .or(preset.profile)
            .unwrap_or(ProfileSource::Claims),
        userinfo_url,
        clerk_api_url,
        link_claim: entry.link_claim.filter(|c| !c.trim().is_empty()),
        link_verified_email: entry.link_verified_email,
        link_email_exclusions,
        webhook,
        on_user_deleted: entry.on_user_deleted.unwrap_or_default(),
    })
}

#[cfg(test)]
mod tests;
