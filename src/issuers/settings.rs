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
//! ```
//!
//! Every URL must be https unless its host is loopback. Environment
//! variables (Passage's) keep working and are not read from the file.

use std::path::Path;

use jsonwebtoken::Algorithm;
use serde::Deserialize;

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

/// The file's shape.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ConfigFile {
    #[serde(default)]
    issuers: Vec<IssuerEntry>,
}

/// One `[[issuers]]` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct IssuerEntry {
    issuer: String,
    #[serde(default)]
    audiences: Vec<String>,
    #[serde(default)]
    algorithms: Option<Vec<String>>,
    jwks_uri: Option<String>,
    cookie: Option<String>,
    typ: Option<String>,
    email_claim: Option<String>,
    phone_claim: Option<String>,
    link_claim: Option<String>,
    #[serde(default)]
    link_verified_email: bool,
}

/// A checked issuer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IssuerSettings {
    /// Exactly as tokens carry it in `iss`.
    pub issuer: String,
    /// A token's `aud` must hold one of these.
    pub audiences: Vec<String>,
    pub algorithms: Vec<Algorithm>,
    pub keys: KeySource,
    /// This issuer's token cookie, read when no Authorization header is
    /// sent; a token in it counts only when it is this issuer's.
    pub cookie: Option<String>,
    /// The `typ` tokens must carry, when set; else `JWT`, `at+jwt` or none.
    pub typ: Option<String>,
    pub email_claim: String,
    pub phone_claim: String,
    /// A claim that holds the user's Passage ID: a token carrying it links
    /// its subject to that Passage-era user at first sight.
    pub link_claim: Option<String>,
    /// A token whose email is verified links its subject to the one user
    /// whose Passage snapshot has that email.
    pub link_verified_email: bool,
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

fn check(entry: IssuerEntry) -> Result<IssuerSettings, String> {
    if !is_secure_url(&entry.issuer) {
        return Err("`issuer` must be an https URL (http only on loopback)".into());
    }
    let audiences: Vec<String> = entry
        .audiences
        .into_iter()
        .filter(|a| !a.trim().is_empty())
        .collect();
    if audiences.is_empty() {
        return Err("`audiences` must list at least one audience this API accepts".into());
    }
    let names = entry.algorithms.unwrap_or_else(|| vec!["RS256".into()]);
    if names.is_empty() {
        return Err("`algorithms` must list at least one algorithm".into());
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
    let keys = match entry.jwks_uri {
        Some(uri) if is_secure_url(&uri) => KeySource::Jwks(uri),
        Some(_) => return Err("`jwks_uri` must be an https URL (http only on loopback)".into()),
        None => KeySource::Discovery {
            issuer: entry.issuer.clone(),
        },
    };
    if let Some(cookie) = &entry.cookie
        && (cookie.is_empty() || !cookie.bytes().all(|b| b.is_ascii_graphic() && b != b'='))
    {
        return Err("`cookie` must be a cookie name".into());
    }
    let claim = |value: Option<String>, default: &str| {
        value
            .filter(|c| !c.trim().is_empty())
            .unwrap_or_else(|| default.to_owned())
    };
    Ok(IssuerSettings {
        issuer: entry.issuer,
        audiences,
        algorithms,
        keys,
        cookie: entry.cookie,
        typ: entry.typ.filter(|t| !t.trim().is_empty()),
        email_claim: claim(entry.email_claim, DEFAULT_EMAIL_CLAIM),
        phone_claim: claim(entry.phone_claim, DEFAULT_PHONE_CLAIM),
        link_claim: entry.link_claim.filter(|c| !c.trim().is_empty()),
        link_verified_email: entry.link_verified_email,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_worked_entry_is_read_with_its_defaults() {
        let issuers = parse(
            r#"
            [[issuers]]
            issuer = "https://id.example.com/"
            audiences = ["https://api.example.com"]
            algorithms = ["ES256", "RS256"]
            cookie = "session"
            "#,
            "test.toml",
        )
        .unwrap();
        assert_eq!(issuers.len(), 1);
        let issuer = &issuers[0];
        assert_eq!(issuer.algorithms, [Algorithm::ES256, Algorithm::RS256]);
        assert_eq!(
            issuer.keys,
            KeySource::Discovery {
                issuer: "https://id.example.com/".into()
            }
        );
        assert_eq!(issuer.email_claim, "email");
        assert_eq!(issuer.phone_claim, "phone_number");
        assert_eq!(issuer.cookie.as_deref(), Some("session"));
    }

    #[test]
    fn unsafe_or_unclear_entries_are_refused_with_a_reason() {
        let cases = [
            (
                "issuer = \"http://id.example.com\"\naudiences = [\"a\"]",
                "https",
            ),
            ("issuer = \"https://id.example.com\"", "audiences"),
            (
                "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nalgorithms = [\"HS256\"]",
                "HS256",
            ),
            (
                "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nalgorithms = [\"none\"]",
                "none",
            ),
            (
                "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\njwks_uri = \"http://keys.example.com/jwks\"",
                "jwks_uri",
            ),
            (
                "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nsurprise = 1",
                "surprise",
            ),
        ];
        for (entry, expected) in cases {
            let text = format!("[[issuers]]\n{entry}\n");
            let err = parse(&text, "test.toml").unwrap_err().to_string();
            assert!(err.contains(expected), "{entry}: {err}");
            assert!(err.contains("test.toml"), "{err}");
        }
        let twice = "[[issuers]]\nissuer = \"https://a.example\"\naudiences = [\"x\"]\n\
                     [[issuers]]\nissuer = \"https://a.example\"\naudiences = [\"x\"]\n";
        assert!(parse(twice, "t").unwrap_err().to_string().contains("twice"));
    }
}
