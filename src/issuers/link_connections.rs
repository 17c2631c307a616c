//! Connections whose verified emails never link (`link_email_exclude_connections`).
//!
//! Some of an issuer's connections assert `email_verified` for addresses
//! nobody proved (an enterprise SSO connection takes whatever its directory
//! says): a token from one of those must not link its subject to the
//! Passage-era user with that address. A token's connection is:
//!
//! - with `link_connection_claim` set, that claim's value: a string, or an
//!   array of strings (each counts). A name with dots that is no top-level
//!   claim descends into objects (`app_metadata.provider`,
//!   `firebase.sign_in_provider`);
//! - otherwise the `sub`'s prefix before its first `|` (Auth0's
//!   `samlp|acme|123` is `samlp`).
//!
//! Names compare without ASCII case. A token whose connection cannot be told
//! (the claim missing or of another shape, a `sub` with no `|`) is treated
//! as excluded: the list is a promise that such emails never link.

use serde_json::{Map, Value};

use super::Preset;

/// The connections an issuer excludes from email linking, and where a
/// token names its connection. Empty: nothing is excluded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EmailLinkExclusions {
    /// Connection names, compared without ASCII case.
    pub connections: Vec<String>,
    /// The claim naming the connection; `None`: the `sub`'s prefix before
    /// its first `|`.
    pub claim: Option<String>,
}

impl EmailLinkExclusions {
    /// Checks the entry's `link_email_exclude_connections` and
    /// `link_connection_claim`.
    pub(super) fn from_entry(
        connections: Option<Vec<String>>,
        claim: Option<String>,
        link_verified_email: bool,
        preset: Option<Preset>,
    ) -> Result<Self, String> {
        let connections = super::listed(connections.unwrap_or_default());
        let claim = claim.map(|c| c.trim().to_owned()).filter(|c| !c.is_empty());
        if connections.is_empty() {
            if claim.is_some() {
                return Err("`link_connection_claim` is only read for \
                            `link_email_exclude_connections`: set both or neither"
                    .into());
            }
            return Ok(Self::default());
        }
        if !link_verified_email {
            return Err(
                "`link_email_exclude_connections` applies to email linking: it needs \
                        `link_verified_email = true`"
                    .into(),
            );
        }
        let sub_names_no_connection = matches!(
            preset,
            Some(Preset::Clerk | Preset::Supabase | Preset::Firebase | Preset::BetterAuth)
        );
        if claim.is_none() && sub_names_no_connection {
            return Err("this provider's `sub` names no connection: set \
                        `link_connection_claim` (Supabase: \"app_metadata.provider\", \
                        Firebase: \"firebase.sign_in_provider\")"
                .into());
        }
        Ok(Self { connections, claim })
    }

    /// True when a token with these claims must not link by its email: it
    /// came through an excluded connection, or its connection cannot be
    /// told.
    pub fn excludes(&self, claims: &Map<String, Value>) -> bool {
        if self.connections.is_empty() {
            return false;
        }
        match self.connection_names(claims) {
            Some(names) if !names.is_empty() => names.iter().any(|name| {
                self.connections
                    .iter()
                    .any(|c| c.eq_ignore_ascii_case(name))
            }),
            _ => true,
        }
    }

    /// The token's connection names; `None` when they cannot be told.
    fn connection_names<'c>(&self, claims: &'c Map<String, Value>) -> Option<Vec<&'c str>> {
        let Some(claim) = &self.claim else {
            let sub = claims.get("sub")?.as_str()?;
            return Some(vec![sub.split_once('|')?.0]);
        };
        let value = claims.get(claim).or_else(|| {
            let mut parts = claim.split('.');
            let first = claims.get(parts.next()?)?;
            parts.try_fold(first, |value, part| value.get(part))
        })?;
        match value {
            Value::String(name) => Some(vec![name]),
            Value::Array(names) => names.iter().map(Value::as_str).collect(),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn claims(value: Value) -> Map<String, Value> {
        value.as_object().unwrap().clone()
    }

    fn exclusions(claim: Option<&str>) -> EmailLinkExclusions {
        EmailLinkExclusions {
            connections: vec!["samlp".into(), "waad".into(), "sso:acme".into()],
            claim: claim.map(str::to_owned),
        }
    }

    #[test]
    fn auth0s_connection_is_the_subs_prefix() {
        let rule = exclusions(None);
        assert!(rule.excludes(&claims(json!({ "sub": "samlp|acme|123" }))));
        assert!(rule.excludes(&claims(json!({ "sub": "WAAD|contoso|9" }))));
        assert!(!rule.excludes(&claims(json!({ "sub": "auth0|123" }))));
        assert!(!rule.excludes(&claims(json!({ "sub": "google-oauth2|1" }))));
        // No connection to tell: excluded.
        assert!(rule.excludes(&claims(json!({ "sub": "123" }))));
        assert!(rule.excludes(&claims(json!({}))));
    }

    #[test]
    fn a_claim_names_the_connection_nested_or_listed() {
        let rule = exclusions(Some("app_metadata.provider"));
        let token = |provider: Value| {
            claims(json!({ "sub": "u", "app_metadata": { "provider": provider } }))
        };
        assert!(rule.excludes(&token(json!("sso:acme"))));
        assert!(!rule.excludes(&token(json!("email"))));
        assert!(rule.excludes(&token(json!(7))));
        assert!(rule.excludes(&claims(json!({ "sub": "u" }))));

        let rule = exclusions(Some("amr"));
        assert!(rule.excludes(&claims(json!({ "amr": ["pwd", "samlp"] }))));
        assert!(!rule.excludes(&claims(json!({ "amr": ["pwd"] }))));
        assert!(rule.excludes(&claims(json!({ "amr": [] }))));

        // A namespaced claim with dots is read whole first.
        let rule = exclusions(Some("https://example.com/connection"));
        let token = claims(json!({ "https://example.com/connection": "waad" }));
        assert!(rule.excludes(&token));
    }

    #[test]
    fn the_settings_are_refused_where_they_would_do_nothing() {
        let entry = |extra: &str| {
            crate::issuers::parse(
                &format!("[[issuers]]\naudiences = [\"a\"]\n{extra}\n"),
                "t.toml",
            )
            .map(|mut all| all.remove(0).link_email_exclusions)
            .map_err(|e| e.to_string())
        };
        let auth0 =
            "issuer = \"https://t.auth0.com/\"\npreset = \"auth0\"\nlink_verified_email = true";
        let read = entry(&format!(
            "{auth0}\nlink_email_exclude_connections = [\"samlp\", \" \"]"
        ))
        .unwrap();
        assert_eq!(read.connections, ["samlp"]);
        assert_eq!(read.claim, None);
        let cases = [
            (
                "issuer = \"https://id.example.com\"\nlink_connection_claim = \"amr\"".to_owned(),
                "set both",
            ),
            (
                "issuer = \"https://id.example.com\"\nlink_email_exclude_connections = [\"samlp\"]".to_owned(),
                "link_verified_email",
            ),
            (
                "issuer = \"https://x.supabase.co/auth/v1\"\npreset = \"supabase\"\nlink_verified_email = true\nlink_email_exclude_connections = [\"sso:acme\"]".to_owned(),
                "link_connection_claim",
            ),
        ];
        for (extra, expected) in cases {
            let err = entry(&extra).unwrap_err();
            assert!(err.contains(expected), "{extra}: {err}");
        }
    }

    #[test]
    fn nothing_is_excluded_without_a_list() {
        let none = EmailLinkExclusions::default();
        assert!(!none.excludes(&claims(json!({ "sub": "samlp|acme|1" }))));
    }
}
