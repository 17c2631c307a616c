//! Presets: one word (`preset = "clerk"`) that sets the defaults a
//! provider's tokens need, before an `[[issuers]]` entry's own settings
//! override them.

use serde::Deserialize;

use super::settings::{FIREBASE_ISSUER_PREFIX, FIREBASE_JWKS_URI, ProfileSource};

/// A provider whose tokens an issuer's checks are shaped for: one word
/// (`preset = "clerk"`) that sets the defaults that provider's tokens need.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Preset {
    Clerk,
    Auth0,
    Supabase,
    Firebase,
    BetterAuth,
}

/// What a preset sets, before the entry's own settings override it.
#[derive(Default)]
pub(super) struct PresetDefaults {
    pub(super) audiences: Vec<String>,
    pub(super) algorithms: &'static [&'static str],
    pub(super) jwks_uri: Option<String>,
    pub(super) cookie: Option<&'static str>,
    pub(super) email_verified_claim: Option<&'static str>,
    pub(super) phone_claim: Option<&'static str>,
    pub(super) phone_verified_claim: Option<&'static str>,
    pub(super) refused_roles: &'static [&'static str],
    pub(super) profile: Option<ProfileSource>,
}

/// `issuer` without a trailing slash, then `path`.
fn under(issuer: &str, path: &str) -> String {
    format!("{}{path}", issuer.trim_end_matches('/'))
}

/// A preset's defaults for `issuer`, or why that issuer cannot be that
/// provider's.
pub(super) fn preset_defaults(
    preset: Option<Preset>,
    issuer: &str,
) -> Result<PresetDefaults, String> {
    let Some(preset) = preset else {
        return Ok(PresetDefaults::default());
    };
    Ok(match preset {
        // Session tokens v2: `iss` is the Frontend API URL, no `aud`, `azp`
        // the requesting origin, the `__session` cookie, keys at the
        // Frontend API's JWKS; the fields come from the Backend API.
        Preset::Clerk => PresetDefaults {
            algorithms: &["RS256"],
            jwks_uri: Some(under(issuer, "/.well-known/jwks.json")),
            cookie: Some("__session"),
            profile: Some(ProfileSource::Clerk),
            ..PresetDefaults::default()
        },
        // Access tokens: `iss` ends with `/`, `aud` the API identifier,
        // keys from discovery; email and phone only as namespaced claims.
        Preset::Auth0 => {
            if !issuer.ends_with('/') {
                return Err(format!(
                    "Auth0's `iss` ends with a slash: write `issuer = \"{issuer}/\"`"
                ));
            }
            PresetDefaults {
                algorithms: &["RS256"],
                ..PresetDefaults::default()
            }
        }
        // Asymmetric signing keys: JWKS at `{iss}/.well-known/jwks.json`,
        // `aud` `authenticated`; the anon and service keys are refused.
        Preset::Supabase => PresetDefaults {
            audiences: vec!["authenticated".into()],
            algorithms: &["ES256", "RS256"],
            jwks_uri: Some(under(issuer, "/.well-known/jwks.json")),
            phone_claim: Some("phone"),
            refused_roles: &["anon", "service_role"],
            ..PresetDefaults::default()
        },
        // ID tokens: `iss` `https://securetoken.google.com/<project>`, `aud`
        // the project ID, keys from Google's securetoken JWKS.
        Preset::Firebase => {
            let project = issuer
                .strip_prefix(FIREBASE_ISSUER_PREFIX)
                .filter(|p| !p.is_empty() && !p.contains('/'))
                .ok_or_else(|| {
                    format!(
                        "Firebase's `iss` is {FIREBASE_ISSUER_PREFIX}<project ID>, with no \
                         trailing slash"
                    )
                })?;
            PresetDefaults {
                audiences: vec![project.to_owned()],
                algorithms: &["RS256"],
                jwks_uri: Some(FIREBASE_JWKS_URI.into()),
                ..PresetDefaults::default()
            }
        }
        // The JWT plugin: EdDSA, `iss` and `aud` the app's base URL, JWKS
        // at `/api/auth/jwks`, the user's fields as camelCase claims.
        Preset::BetterAuth => PresetDefaults {
            audiences: vec![issuer.to_owned()],
            algorithms: &["EdDSA"],
            jwks_uri: Some(under(issuer, "/api/auth/jwks")),
            email_verified_claim: Some("emailVerified"),
            phone_claim: Some("phoneNumber"),
            phone_verified_claim: Some("phoneNumberVerified"),
            ..PresetDefaults::default()
        },
    })
}
