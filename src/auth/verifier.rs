//! Verifies a Passage auth token: RS256 only (aws-lc, with keys parsed once
//! when the JWKS loads), `typ` (when present) `JWT`, the key from the app's
//! JWKS by `kid`, claims a JSON object, `aud` containing the app ID, `iss`
//! (when present) one of the two forms Passage documents, `exp`/`nbf`/`iat`
//! NumericDates (0 to 2^53) checked with leeway, `sub` a valid Passage user
//! ID. Header fields that point at other keys (`jku`, `x5u`, `jwk`, `x5c`)
//! and `crit` are refused outright.

use std::sync::Arc;
use std::time::Duration;

use aws_lc_rs::digest::{SHA256, digest};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;

use super::jwk::Fingerprint;
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
    #[error("token header `typ` is {0}; only JWT tokens are accepted")]
    WrongType(String),
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
    #[error(
        "token claim `{0}` is not a NumericDate: it must be a number of seconds since 1970, \
         from 0 to 2^53"
    )]
    BadNumericDate(&'static str),
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
            Self::WrongType(_) => "wrong_typ",
            Self::UnknownKey => "unknown_kid",
            Self::BadSignature => "bad_signature",
            Self::Expired => "expired",
            Self::NotYetValid => "not_yet_valid",
            Self::IssuedInFuture => "issued_in_future",
            Self::WrongAudience => "wrong_audience",
            Self::WrongIssuer => "wrong_issuer",
            Self::MissingClaim(_) => "missing_claim",
            Self::BadNumericDate(_) => "bad_numeric_date",
            Self::BadSubject(_) => "bad_subject",
            Self::KeysUnavailable => "keys_unavailable",
        }
    }
}

/// The claims we read; types are checked, unknown claims ignored.
#[derive(Deserialize)]
struct Claims {
    #[serde(default)]
    sub: Option<String>,
    #[serde(default)]
    aud: Option<Audience>,
    #[serde(default)]
    iss: Option<String>,
    #[serde(default)]
    exp: Option<f64>,
    #[serde(default)]
    nbf: Option<f64>,
    #[serde(default)]
    iat: Option<f64>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

impl Audience {
    fn contains(&self, app_id: &str) -> bool {
        match self {
            Audience::One(aud) => aud == app_id,
            Audience::Many(auds) => auds.iter().any(|a| a == app_id),
        }
    }
}

/// A token that passed every check, remembered until it expires.
struct Verified {
    id: PassageUserId,
    kid: String,
    /// The key material that verified it (the `kid` alone could be
    /// republished with another key).
    fingerprint: Fingerprint,
    exp: f64,
}

/// Most verified tokens remembered at once.
pub const VERIFIED_CACHE_CAPACITY: u64 = 4096;
/// Longest a verified token is remembered (its own `exp` comes first).
pub const VERIFIED_CACHE_TTL: Duration = Duration::from_secs(300);

/// Verifies tokens for one Passage app.
///
/// A token that passed is remembered (by the SHA-256 digest of its text)
/// until its `exp`, for at most [`VERIFIED_CACHE_TTL`], so a client sending the
/// same token on every request pays for the RSA check once. A hit still checks
/// `exp`, and that its `kid` still maps to the very key that verified it:
/// otherwise it is a miss, and the token is verified again.
pub struct TokenVerifier {
    jwks: Arc<JwksCache>,
    app_id: String,
    issuers: [String; 2],
    leeway: f64,
    /// Keyed by the SHA-256 digest of the whole token (never a part of it: a
    /// signature alone does not vouch for a different payload), so the cache
    /// holds 32 bytes per token instead of up to 8 KiB of bearer credential.
    /// foldhash, because SipHash was a fifth of a cache hit's time.
    verified: moka::sync::Cache<TokenDigest, Arc<Verified>, foldhash::fast::RandomState>,
}

impl TokenVerifier {
    pub fn new(jwks: Arc<JwksCache>, auth_url: &str, app_id: &str, leeway: Duration) -> Self {
        Self {
            jwks,
            app_id: app_id.to_owned(),
            issuers: [format!("{auth_url}/v1/apps/{app_id}"), app_id.to_owned()],
            leeway: leeway.as_secs_f64(),
            verified: moka::sync::Cache::builder()
                .max_capacity(VERIFIED_CACHE_CAPACITY)
                .time_to_live(VERIFIED_CACHE_TTL)
                .build_with_hasher(foldhash::fast::RandomState::default()),
        }
    }

    pub fn jwks(&self) -> &Arc<JwksCache> {
        &self.jwks
    }

    /// The Passage user ID a valid token speaks for.
    pub async fn verify(&self, token: &str) -> Result<PassageUserId, AuthFailure> {
        let digest = token_digest(token);
        if let Some(hit) = self.verified.get(&digest) {
            if now() > hit.exp + self.leeway {
                self.verified.invalidate(&digest);
                return Err(AuthFailure::Expired);
            }
            if self.jwks.publishes(&hit.kid, &hit.fingerprint) {
                return Ok(hit.id.clone());
            }
            self.verified.invalidate(&digest);
        }
        let verified = self.verify_uncached(token).await?;
        let id = verified.id.clone();
        self.verified.insert(digest, Arc::new(verified));
        Ok(id)
    }

    /// Every check, every time (what [`TokenVerifier::verify`] does on a
    /// miss).
    async fn verify_uncached(&self, token: &str) -> Result<Verified, AuthFailure> {
        let parts = split_token(token)?;
        let kid = checked_header_kid(&parts)?;
        let key = self.jwks.key_for(&kid).await.map_err(|e| match e {
            KeyLookupError::Unknown => AuthFailure::UnknownKey,
            KeyLookupError::KeysUnavailable => AuthFailure::KeysUnavailable,
        })?;
        let signature = URL_SAFE_NO_PAD
            .decode(parts.signature)
            .map_err(|_| AuthFailure::Malformed("signature is not base64url"))?;
        key.verify(parts.signing_input.as_bytes(), &signature)
            .map_err(|_| AuthFailure::BadSignature)?;
        let payload = URL_SAFE_NO_PAD
            .decode(parts.payload)
            .map_err(|_| AuthFailure::Malformed("payload is not base64url"))?;
        // serde would read a JSON array into the struct, field by field.
        if payload.trim_ascii_start().first() != Some(&b'{') {
            return Err(AuthFailure::Malformed("claims are not a JSON object"));
        }
        let claims: Claims = serde_json::from_slice(&payload).map_err(|_| {
            AuthFailure::Malformed("claims are not a JSON object of the expected types")
        })?;
        let id = self.check_claims(&claims)?;
        Ok(Verified {
            id,
            kid,
            fingerprint: *key.fingerprint(),
            exp: claims.exp.unwrap_or_default(),
        })
    }

    /// Benchmarks and tests: full verification, bypassing the cache.
    #[doc(hidden)]
    pub async fn verify_without_cache(&self, token: &str) -> Result<PassageUserId, AuthFailure> {
        self.verify_uncached(token).await.map(|v| v.id)
    }

    fn check_claims(&self, claims: &Claims) -> Result<PassageUserId, AuthFailure> {
        let now = now();
        let exp = claims
            .exp
            .ok_or_else(|| AuthFailure::MissingClaim("exp".into()))?;
        for (name, value) in [("exp", Some(exp)), ("nbf", claims.nbf), ("iat", claims.iat)] {
            if value.is_some_and(|v| !(0.0..=MAX_NUMERIC_DATE).contains(&v)) {
                return Err(AuthFailure::BadNumericDate(name));
            }
        }
        if now > exp + self.leeway {
            return Err(AuthFailure::Expired);
        }
        if claims.nbf.is_some_and(|nbf| nbf > now + self.leeway) {
            return Err(AuthFailure::NotYetValid);
        }
        if claims.iat.is_some_and(|iat| iat > now + self.leeway) {
            return Err(AuthFailure::IssuedInFuture);
        }
        let aud = claims
            .aud
            .as_ref()
            .ok_or_else(|| AuthFailure::MissingClaim("aud".into()))?;
        if !aud.contains(&self.app_id) {
            return Err(AuthFailure::WrongAudience);
        }
        if let Some(iss) = &claims.iss
            && !self.issuers.contains(iss)
        {
            return Err(AuthFailure::WrongIssuer);
        }
        let sub = claims
            .sub
            .as_deref()
            .ok_or_else(|| AuthFailure::MissingClaim("sub".into()))?;
        PassageUserId::parse(sub).map_err(AuthFailure::BadSubject)
    }
}

/// Largest NumericDate accepted: 2^53, past which JSON numbers lose integer
/// precision (RFC 7493). Larger values (`1e300`) would never expire.
pub const MAX_NUMERIC_DATE: f64 = 9_007_199_254_740_992.0;

/// SHA-256 of a token's text: its key in the verified-token cache.
type TokenDigest = [u8; 32];

fn token_digest(token: &str) -> TokenDigest {
    digest(&SHA256, token.as_bytes())
        .as_ref()
        .try_into()
        .expect("SHA-256 is 32 bytes")
}

fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}

/// A compact JWS, split.
struct TokenParts<'a> {
    header: &'a str,
    payload: &'a str,
    signature: &'a str,
    /// `header.payload`, what the signature covers.
    signing_input: &'a str,
}

fn split_token(token: &str) -> Result<TokenParts<'_>, AuthFailure> {
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
    Ok(TokenParts {
        header,
        payload,
        signature,
        signing_input: &token[..header.len() + 1 + payload.len()],
    })
}

/// Checks the JOSE header before any key is looked up and returns its `kid`.
fn checked_header_kid(parts: &TokenParts<'_>) -> Result<String, AuthFailure> {
    let header_bytes = URL_SAFE_NO_PAD
        .decode(parts.header)
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
    if parts.signature.is_empty() {
        return Err(AuthFailure::BadSignature);
    }
    match header.get("typ") {
        None => {}
        Some(serde_json::Value::String(typ)) if typ.eq_ignore_ascii_case("JWT") => {}
        Some(other) => {
            return Err(AuthFailure::WrongType(
                other.to_string().chars().take(32).collect(),
            ));
        }
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
