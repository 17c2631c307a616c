//! Verifies a bearer token against the issuers this server accepts:
//! Passage and any OpenID Connect issuer of the configuration file.
//!
//! Our policy wraps jsonwebtoken, which checks the signature (with the key
//! the token's `kid` names in its issuer's JWKS) and `exp`/`nbf`/`aud`:
//! - before any key is looked up: size and shape, an `alg` that is never
//!   `none` or HMAC, no header naming other keys (`jku`, `x5u`, `jwk`,
//!   `x5c`), no `crit`, a `kid`, claims that are a JSON object;
//! - routing: the token goes to the issuer its `iss` names (a Passage token
//!   may carry the bare app ID, or no `iss`); an unknown issuer is refused;
//! - per issuer: its algorithm allow-list, its `typ` rule, its audiences;
//! - after the signature: NumericDates from 0 to 2^53, `iat` not in the
//!   future, `sub` a valid subject for the issuer.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use aws_lc_rs::digest::{SHA256, digest};
use jsonwebtoken::errors::ErrorKind;

use super::Principal;
use super::issuer::Issuer;
use super::jwk::Fingerprint;
use super::jwks::KeyLookupError;
use super::policy::{self, checked_header, claims_object, split_token};
use super::verified_cache::VerifiedCache;

/// Why a token was refused; the message is sent to the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthFailure {
    #[error("{0}")]
    MalformedHeader(&'static str),
    #[error("token is larger than 8 KiB")]
    TooLarge,
    #[error("token is not a well-formed JWT ({0})")]
    Malformed(&'static str),
    #[error("token algorithm {alg:?} is not accepted; only {accepted} {}", if accepted.contains(',') { "are" } else { "is" })]
    UnsupportedAlgorithm { alg: String, accepted: String },
    #[error("token header has no `kid`")]
    MissingKid,
    #[error("token header carries `{0}`; keys are only taken from the app's JWKS")]
    ForbiddenHeader(&'static str),
    #[error("token header carries `crit`, which is not supported")]
    CriticalHeader,
    #[error("token header `typ` is {found}; only {expected} tokens are accepted")]
    WrongType { found: String, expected: String },
    #[error("token was signed by a key this app does not publish")]
    UnknownKey,
    #[error("token algorithm does not match the key its `kid` names")]
    KeyMismatch,
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
    #[error("token issuer is not one this server accepts tokens from")]
    WrongIssuer,
    #[error("token lacks the `{0}` claim")]
    MissingClaim(String),
    #[error(
        "token claim `{0}` is not a NumericDate: it must be a number of seconds since 1970, \
         from 0 to 2^53"
    )]
    BadNumericDate(&'static str),
    #[error("token subject is not a valid user ID: it {0}")]
    BadSubject(&'static str),
    #[error("the issuer's signing keys could not be loaded yet")]
    KeysUnavailable,
}

impl AuthFailure {
    /// A short stable label for logs and counters.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::MalformedHeader(_) => "malformed_header",
            Self::TooLarge => "too_large",
            Self::Malformed(_) => "malformed",
            Self::UnsupportedAlgorithm { .. } => "unsupported_alg",
            Self::MissingKid => "missing_kid",
            Self::ForbiddenHeader(_) => "forbidden_header",
            Self::CriticalHeader => "crit_header",
            Self::WrongType { .. } => "wrong_typ",
            Self::UnknownKey => "unknown_kid",
            Self::KeyMismatch => "key_mismatch",
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

/// A token that passed every check, remembered until it expires.
struct Verified {
    /// The token's `header.payload`: a hit must match it exactly (the key
    /// digests only the signature). Without the signature it is no
    /// credential, so the cache still holds none.
    signed: Box<str>,
    principal: Arc<Principal>,
    issuer: usize,
    kid: String,
    /// The key material that verified it (the `kid` alone could be
    /// republished with another key).
    fingerprint: Fingerprint,
    exp: f64,
}

/// A refusal, with the issuer the token was routed to when it got that far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub failure: AuthFailure,
    pub issuer: Option<Arc<str>>,
}

/// Most verified tokens remembered at once.
pub const VERIFIED_CACHE_CAPACITY: usize = 4096;
/// Longest a verified token is remembered (its own `exp` comes first).
pub const VERIFIED_CACHE_TTL: Duration = Duration::from_secs(300);

/// Verifies tokens for every configured issuer.
///
/// A token that passed is remembered until its `exp`, for at most
/// [`VERIFIED_CACHE_TTL`], so a client sending the same token on every
/// request pays for the signature check once. A hit is the very same text:
/// the SHA-256 digest of its signature (the key) and its `header.payload`
/// (kept in the entry) both match. A hit still checks `exp`, and that its
/// `kid` still maps to the very key that verified it: otherwise it is a
/// miss, and the token is verified again.
pub struct TokenVerifier {
    issuers: Vec<Issuer>,
    /// `iss` value -> index in `issuers`.
    by_iss: HashMap<String, usize>,
    /// The issuer of tokens without `iss` (Passage's, when configured).
    without_iss: Option<usize>,
    leeway: f64,
    /// Keyed by the SHA-256 digest of the signature, the one secret part:
    /// half the bytes of the whole token to digest (the digest was two
    /// thirds of a hit's time), and no credential kept. The entry's
    /// `signed` must equal the token's `header.payload` as well, since a
    /// signature alone does not vouch for a different payload.
    verified: VerifiedCache<Verified>,
    telemetry: Option<Arc<crate::telemetry::Telemetry>>,
}

impl TokenVerifier {
    /// A verifier for `issuers`; Passage's, when present, also takes tokens
    /// without `iss`.
    pub fn new(issuers: Vec<Issuer>, leeway: Duration) -> Self {
        super::crypto::install();
        let by_iss = issuers
            .iter()
            .enumerate()
            .flat_map(|(i, issuer)| issuer.iss_values.iter().map(move |iss| (iss.clone(), i)))
            .collect();
        let without_iss = issuers.iter().position(Issuer::is_passage);
        Self {
            issuers,
            by_iss,
            without_iss,
            leeway: leeway.as_secs_f64(),
            verified: VerifiedCache::new(VERIFIED_CACHE_CAPACITY, VERIFIED_CACHE_TTL.as_secs_f64()),
            telemetry: None,
        }
    }

    /// Counts verified-token cache hits and misses into `telemetry`.
    pub fn with_telemetry(mut self, telemetry: Arc<crate::telemetry::Telemetry>) -> Self {
        self.telemetry = Some(telemetry);
        self
    }

    fn count_lookup(&self, hit: bool) {
        if let Some(telemetry) = &self.telemetry {
            telemetry.verified_tokens.count(hit);
        }
    }

    pub fn issuers(&self) -> &[Issuer] {
        &self.issuers
    }

    /// The cookies tokens may come in (each issuer's `cookie`).
    pub fn cookie_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .issuers
            .iter()
            .filter_map(|i| i.cookie.as_deref())
            .collect();
        names.dedup();
        names
    }

    /// Who a valid token speaks for.
    pub async fn verify(&self, token: &str) -> Result<Arc<Principal>, Refusal> {
        let (signed, digest) = cache_key(token);
        let now = policy::now();
        if let Some(hit) = self
            .verified
            .get(&digest, now)
            .filter(|hit| *hit.signed == *signed)
        {
            let issuer = &self.issuers[hit.issuer];
            if now > hit.exp + self.leeway {
                self.verified.invalidate(&digest);
                return Err(Refusal {
                    failure: AuthFailure::Expired,
                    issuer: Some(issuer.name.clone()),
                });
            }
            if issuer.jwks.publishes(&hit.kid, &hit.fingerprint) {
                self.count_lookup(true);
                return Ok(hit.principal.clone());
            }
            self.verified.invalidate(&digest);
        }
        self.count_lookup(false);
        let verified = self.verify_uncached(token).await?;
        let principal = verified.principal.clone();
        self.verified.insert(digest, Arc::new(verified), now);
        Ok(principal)
    }

    /// Every check, every time (what [`TokenVerifier::verify`] does on a
    /// miss).
    async fn verify_uncached(&self, token: &str) -> Result<Verified, Refusal> {
        let unrouted = |failure| Refusal {
            failure,
            issuer: None,
        };
        let parts = split_token(token).map_err(unrouted)?;
        let header = checked_header(&parts).map_err(unrouted)?;
        let claims = claims_object(&parts).map_err(unrouted)?;
        let index = self.route(&claims).map_err(unrouted)?;
        let issuer = &self.issuers[index];
        self.verify_for(issuer, token, &header, &claims)
            .await
            .map(|(principal, fingerprint, exp)| Verified {
                signed: parts.signed.into(),
                principal: Arc::new(principal),
                issuer: index,
                kid: header.kid.clone(),
                fingerprint,
                exp,
            })
            .map_err(|failure| Refusal {
                failure,
                issuer: Some(issuer.name.clone()),
            })
    }

    /// The issuer a token's `iss` names.
    fn route(
        &self,
        claims: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<usize, AuthFailure> {
        match claims.get("iss") {
            None => self
                .without_iss
                .ok_or_else(|| AuthFailure::MissingClaim("iss".into())),
            Some(serde_json::Value::String(iss)) => self
                .by_iss
                .get(iss)
                .copied()
                .ok_or(AuthFailure::WrongIssuer),
            Some(_) => Err(AuthFailure::WrongIssuer),
        }
    }

    async fn verify_for(
        &self,
        issuer: &Issuer,
        token: &str,
        header: &policy::CheckedHeader,
        claims: &serde_json::Map<String, serde_json::Value>,
    ) -> Result<(Principal, Fingerprint, f64), AuthFailure> {
        let alg = issuer.algorithm(&header.alg)?;
        issuer.check_typ(header.typ.as_deref())?;
        let key = issuer
            .jwks
            .key_for(&header.kid)
            .await
            .map_err(|e| match e {
                KeyLookupError::Unknown => AuthFailure::UnknownKey,
                KeyLookupError::KeysUnavailable => AuthFailure::KeysUnavailable,
            })?;
        if !key.algorithms.contains(&alg) {
            return Err(AuthFailure::KeyMismatch);
        }
        policy::check_numeric_dates(claims)?;
        jsonwebtoken::decode::<serde::de::IgnoredAny>(token, &key.decoding, issuer.validation(alg))
            .map_err(|err| refusal_of(err.into_kind()))?;
        let exp = policy::check_times(claims, self.leeway)?;
        policy::audience_matches(claims, issuer.audiences())?;
        let profile = issuer.profile(claims);
        let principal = Principal {
            identity: issuer.identity(claims)?,
            issuer: issuer.name.clone(),
            link: issuer.link_hints(claims, &profile),
            profile,
        };
        Ok((principal, *key.fingerprint(), exp))
    }

    /// Benchmarks and tests: full verification, bypassing the cache.
    #[doc(hidden)]
    pub async fn verify_without_cache(&self, token: &str) -> Result<Arc<Principal>, Refusal> {
        self.verify_uncached(token).await.map(|v| v.principal)
    }
}

/// What a jsonwebtoken error means for the client.
fn refusal_of(kind: ErrorKind) -> AuthFailure {
    match kind {
        ErrorKind::InvalidSignature => AuthFailure::BadSignature,
        ErrorKind::ExpiredSignature => AuthFailure::Expired,
        ErrorKind::ImmatureSignature => AuthFailure::NotYetValid,
        ErrorKind::InvalidAudience => AuthFailure::WrongAudience,
        ErrorKind::InvalidIssuer => AuthFailure::WrongIssuer,
        ErrorKind::MissingRequiredClaim(claim) => AuthFailure::MissingClaim(claim),
        ErrorKind::InvalidClaimFormat(claim) => match claim.as_str() {
            "exp" => AuthFailure::BadNumericDate("exp"),
            "nbf" => AuthFailure::BadNumericDate("nbf"),
            _ => AuthFailure::Malformed("a claim has the wrong type"),
        },
        ErrorKind::InvalidAlgorithm | ErrorKind::InvalidAlgorithmName => AuthFailure::KeyMismatch,
        ErrorKind::Base64(_) => AuthFailure::Malformed("a part is not base64url"),
        ErrorKind::Json(_) | ErrorKind::Utf8(_) => {
            AuthFailure::Malformed("claims are not a JSON object of the expected types")
        }
        _ => AuthFailure::BadSignature,
    }
}

/// SHA-256 of a token's signature: its key in the verified-token cache.
type TokenDigest = [u8; 32];

/// A token's `header.payload` (everything before its last dot) and the
/// digest of the rest, its signature: together they pin the whole text.
fn cache_key(token: &str) -> (&str, TokenDigest) {
    let (signed, signature) = token.rsplit_once('.').unwrap_or(("", token));
    let digest = digest(&SHA256, signature.as_bytes())
        .as_ref()
        .try_into()
        .expect("SHA-256 is 32 bytes");
    (signed, digest)
}
