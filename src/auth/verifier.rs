//! Verifies a Passage auth token: RS256 only, the key from the app's JWKS by
//! `kid`, `aud` containing the app ID, `iss` (when present) one of the two
//! forms Passage documents, `exp`/`nbf`/`iat` with leeway, `sub` a valid
//! Passage user ID. Header fields that point at other keys (`jku`, `x5u`,
//! `jwk`, `x5c`) and `crit` are refused outright.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, Validation};
use serde::Deserialize;

use super::jwks::{JwksCache, KeyLookupError};
use crate::passage::PassageUserId;

/// Why a token was refused; the message is sent to the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthFailure {
    #[error("{0}")]
    MalformedHeader(&'static str),
    #[error("token is larger than 8 KiB")]
    TooLarge,
    #[error("token is not a well-formed JWT ({0})")]
    Malformed(&'static str),
    #[error("token algorithm {0:?} is not accepted; only RS256 is")]
    UnsupportedAlgorithm(String),
    #[error("token header has no `kid`")]
    MissingKid,
    #[error("token header carries `{0}`; keys are only taken from the app's JWKS")]
    ForbiddenHeader(&'static str),
    #[error("token header carries `crit`, which is not supported")]
    CriticalHeader,
    #[error("token was signed by a key this app does not publish")]
    UnknownKey,
    #[error("token signature is invalid")]
    BadSignature,
    #[error("token has expired; get a fresh one from Passage")]
    Expired,
    #[error("token is not valid yet (nbf is in the future)")]
    NotYetValid,
    #[error("token was issued in the future (iat); check the clocks")]
    IssuedInFuture,
    #[error("token audience does not include this app")]
    WrongAudience,
    #[error("token issuer is not this app's Passage issuer")]
    WrongIssuer,
    #[error("token lacks the `{0}` claim")]
    MissingClaim(String),
    #[error("token subject is not a Passage user ID: it {0}")]
    BadSubject(&'static str),
    #[error("the app's signing keys could not be loaded from Passage yet")]
    KeysUnavailable,
}

impl AuthFailure {
    /// A short stable label for logs and counters.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::MalformedHeader(_) => "malformed_header",
            Self::TooLarge => "too_large",
            Self::Malformed(_) => "malformed",
            Self::UnsupportedAlgorithm(_) => "unsupported_alg",
            Self::MissingKid => "missing_kid",
            Self::ForbiddenHeader(_) => "forbidden_header",
            Self::CriticalHeader => "crit_header",
            Self::UnknownKey => "unknown_kid",
            Self::BadSignature => "bad_signature",
            Self::Expired => "expired",
            Self::NotYetValid => "not_yet_valid",
            Self::IssuedInFuture => "issued_in_future",
            Self::WrongAudience => "wrong_audience",
            Self::WrongIssuer => "wrong_issuer",
            Self::MissingClaim(_) => "missing_claim",
            Self::BadSubject(_) => "bad_subject",
            Self::KeysUnavailable => "keys_unavailable",
        }
    }
}

#[derive(Deserialize)]
struct Claims {
    sub: String,
    #[serde(default)]
    iss: Option<String>,
    #[serde(default)]
    iat: Option<f64>,
}

/// Verifies tokens for one Passage app.
pub struct TokenVerifier {
    jwks: Arc<JwksCache>,
    issuers: [String; 2],
    leeway: Duration,
    validation: Validation,
}

impl TokenVerifier {
    pub fn new(jwks: Arc<JwksCache>, auth_url: &str, app_id: &str, leeway: Duration) -> Self {
        let mut validation = Validation::new(Algorithm::RS256);
        validation.set_audience(&[app_id]);
        validation.set_required_spec_claims(&["exp", "sub", "aud"]);
        validation.validate_nbf = true;
        validation.leeway = leeway.as_secs();
        Self {
            jwks,
            issuers: [format!("{auth_url}/v1/apps/{app_id}"), app_id.to_owned()],
            leeway,
            validation,
        }
    }

    pub fn jwks(&self) -> &Arc<JwksCache> {
        &self.jwks
    }

    /// The Passage user ID a valid token speaks for.
    pub async fn verify(&self, token: &str) -> Result<PassageUserId, AuthFailure> {
        let kid = checked_header_kid(token)?;
        let key = self.jwks.key_for(&kid).await.map_err(|e| match e {
            KeyLookupError::Unknown => AuthFailure::UnknownKey,
            KeyLookupError::KeysUnavailable => AuthFailure::KeysUnavailable,
        })?;
        let data = jsonwebtoken::decode::<Claims>(token, &key, &self.validation)
            .map_err(|e| claim_failure(e.kind()))?;
        let claims = data.claims;
        if let Some(iss) = &claims.iss
            && !self.issuers.contains(iss)
        {
            return Err(AuthFailure::WrongIssuer);
        }
        if let Some(iat) = claims.iat {
            let now = jsonwebtoken::get_current_timestamp() as f64;
            if iat > now + self.leeway.as_secs_f64() {
                return Err(AuthFailure::IssuedInFuture);
            }
        }
        PassageUserId::parse(&claims.sub).map_err(AuthFailure::BadSubject)
    }
}

/// Checks the JOSE header before any key is looked up and returns its `kid`.
fn checked_header_kid(token: &str) -> Result<String, AuthFailure> {
    if token.len() > super::extract::MAX_TOKEN_BYTES {
        return Err(AuthFailure::TooLarge);
    }
    let mut parts = token.split('.');
    let (Some(header), Some(payload), Some(signature), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(AuthFailure::Malformed("expected three dot-separated parts"));
    };
    if header.is_empty() || payload.is_empty() {
        return Err(AuthFailure::Malformed("empty header or payload"));
    }
    let header_bytes = URL_SAFE_NO_PAD
        .decode(header)
        .map_err(|_| AuthFailure::Malformed("header is not base64url"))?;
    let header: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(&header_bytes)
        .map_err(|_| AuthFailure::Malformed("header is not a JSON object"))?;
    match header.get("alg").and_then(|a| a.as_str()) {
        Some("RS256") => {}
        Some(other) => {
            return Err(AuthFailure::UnsupportedAlgorithm(
                other.chars().take(32).collect(),
            ));
        }
        None => return Err(AuthFailure::Malformed("header has no `alg`")),
    }
    if signature.is_empty() {
        return Err(AuthFailure::BadSignature);
    }
    if header.contains_key("crit") {
        return Err(AuthFailure::CriticalHeader);
    }
    for field in ["jku", "x5u", "jwk", "x5c"] {
        if header.contains_key(field) {
            return Err(AuthFailure::ForbiddenHeader(field));
        }
    }
    match header.get("kid").and_then(|k| k.as_str()) {
        Some(kid) if !kid.is_empty() && kid.len() <= 256 => Ok(kid.to_owned()),
        _ => Err(AuthFailure::MissingKid),
    }
}

fn claim_failure(kind: &ErrorKind) -> AuthFailure {
    match kind {
        ErrorKind::InvalidSignature => AuthFailure::BadSignature,
        ErrorKind::ExpiredSignature => AuthFailure::Expired,
        ErrorKind::ImmatureSignature => AuthFailure::NotYetValid,
        ErrorKind::InvalidAudience => AuthFailure::WrongAudience,
        ErrorKind::InvalidIssuer => AuthFailure::WrongIssuer,
        ErrorKind::MissingRequiredClaim(claim) => AuthFailure::MissingClaim(claim.clone()),
        ErrorKind::InvalidAlgorithm => AuthFailure::UnsupportedAlgorithm("mismatch".into()),
        ErrorKind::Json(_) => AuthFailure::Malformed("claims are not the expected JSON"),
        ErrorKind::Base64(_) => AuthFailure::Malformed("not base64url"),
        ErrorKind::InvalidClaimFormat(_) => AuthFailure::Malformed("a claim has the wrong type"),
        _ => AuthFailure::Malformed("undecodable"),
    }
}
