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

use super::issuer::Issuer;
use super::jwk::Fingerprint;
use super::jwks::KeyLookupError;
use super::policy::{self, checked_header, claims_object, split_token};
use super::verified_cache::VerifiedCache;
use super::{AuthFailure, Principal};
use crate::identity::{Identity, IssuerName};

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

/// A request signed in by its token cookies.
#[derive(Debug)]
pub struct CookieSignIn {
    /// Who the first cookie that verifies speaks for.
    pub principal: Arc<Principal>,
    /// Its position in the cookies given.
    pub used: usize,
    /// What the other cookies say, where they say anything.
    pub others: Vec<CookieIdentity>,
}

/// Another token cookie of the same request.
#[derive(Debug)]
pub enum CookieIdentity {
    /// It verifies, as someone.
    Verified(Arc<Principal>),
    /// Its issuer signed it, but it is expired (or not yet valid, or for
    /// another audience): it names a user without signing anyone in.
    Signed(Identity),
}

/// A refusal, with the issuer the token was routed to when it got that far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refusal {
    pub failure: AuthFailure,
    pub issuer: Option<IssuerName>,
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
    /// Token cookie names, in the issuers' order, each with the issuers
    /// (indexes in `issuers`) whose tokens it may carry.
    cookies: Vec<(String, Vec<usize>)>,
    leeway: f64,
    /// Keyed by the SHA-256 digest of the signature, the one secret part:
    /// half the bytes of the whole token to digest (the digest was two
    /// thirds of a hit's time), and no credential kept. The entry's
    /// `signed` must equal the token's `header.payload` as well, since a
    /// signature alone does not vouch for a different payload.
    verified: VerifiedCache<Verified>,
    telemetry: Option<Arc<crate::observability::metrics::Telemetry>>,
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
        let mut cookies: Vec<(String, Vec<usize>)> = Vec::new();
        for (index, name) in issuers
            .iter()
            .enumerate()
            .filter_map(|(i, issuer)| Some((i, issuer.cookie.as_deref()?)))
        {
            match cookies.iter_mut().find(|(known, _)| known == name) {
                Some((_, owners)) => owners.push(index),
                None => cookies.push((name.to_owned(), vec![index])),
            }
        }
        Self {
            issuers,
            by_iss,
            without_iss,
            cookies,
            leeway: leeway.as_secs_f64(),
            verified: VerifiedCache::new(VERIFIED_CACHE_CAPACITY, VERIFIED_CACHE_TTL.as_secs_f64()),
            telemetry: None,
        }
    }

    /// Counts verified-token cache hits and misses into `telemetry`.
    pub fn with_telemetry(
        mut self,
        telemetry: Arc<crate::observability::metrics::Telemetry>,
    ) -> Self {
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

    /// The cookies tokens may come in (each issuer's `cookie`), in the
    /// issuers' order: [`TokenVerifier::verify_cookies`] takes them by their
    /// index here.
    pub fn cookie_names(&self) -> Vec<&str> {
        self.cookies.iter().map(|(name, _)| name.as_str()).collect()
    }

    /// Who a valid token speaks for (a Bearer token: any issuer's).
    pub async fn verify(&self, token: &str) -> Result<Arc<Principal>, Refusal> {
        self.verify_from(token, None).await
    }

    /// Who the first token cookie that verifies speaks for, trying
    /// `cookies` (`(index in cookie_names, token)`) in order. A cookie's
    /// token counts only when it is from an issuer that cookie belongs to.
    /// When none verifies, the refusal of the first.
    ///
    /// With several cookies, every other one is read too: those that verify
    /// and those whose signature is good but whose time is up (an expired
    /// cookie still says whose it was) are in the answer, so the caller can
    /// require that they all name one user (see [`CookieSignIn`]).
    pub async fn verify_cookies(&self, cookies: &[(usize, &str)]) -> Result<CookieSignIn, Refusal> {
        let mut first_refusal = None;
        let mut signed_in = None;
        let mut others = Vec::new();
        for (position, &(cookie, token)) in cookies.iter().enumerate() {
            match self.verify_from(token, Some(cookie)).await {
                Ok(principal) if signed_in.is_none() => signed_in = Some((principal, position)),
                Ok(principal) => others.push(CookieIdentity::Verified(principal)),
                Err(refusal) => {
                    tracing::debug!(cookie = %self.cookies[cookie].0, reason = refusal.failure.reason(), "token cookie does not verify");
                    if cookies.len() > 1
                        && let Some(identity) = self.signed_identity(token, cookie).await
                    {
                        others.push(CookieIdentity::Signed(identity));
                    }
                    first_refusal.get_or_insert(refusal);
                }
            }
        }
        match signed_in {
            Some((principal, used)) => Ok(CookieSignIn {
                principal,
                used,
                others,
            }),
            None => Err(first_refusal.unwrap_or(Refusal {
                failure: AuthFailure::MalformedHeader("no token cookie"),
                issuer: None,
            })),
        }
    }

    /// Whose token this is, when its issuer signed it, whatever its times
    /// and audience say: an expired cookie still names its user. `None`
    /// for anything else (a forgery names nobody).
    async fn signed_identity(&self, token: &str, cookie: usize) -> Option<Identity> {
        let parts = split_token(token).ok()?;
        let header = checked_header(&parts).ok()?;
        let claims = claims_object(&parts).ok()?;
        let index = self.route(&claims).ok()?;
        self.check_cookie(Some(cookie), index).ok()?;
        let issuer = &self.issuers[index];
        let alg = issuer.algorithm(&header.alg).ok()?;
        let key = issuer.jwks.key_for(&header.kid).await.ok()?;
        if !key.algorithms.contains(&alg) {
            return None;
        }
        let mut validation = issuer.validation(alg).clone();
        validation.validate_exp = false;
        validation.validate_nbf = false;
        validation.validate_aud = false;
        validation.required_spec_claims.clear();
        jsonwebtoken::decode::<serde::de::IgnoredAny>(token, &key.decoding, &validation).ok()?;
        issuer.identity(&claims).ok()
    }

    /// [`TokenVerifier::verify`], for a token that must be from one of the
    /// issuers of cookie `cookie` when given.
    async fn verify_from(
        &self,
        token: &str,
        cookie: Option<usize>,
    ) -> Result<Arc<Principal>, Refusal> {
        if let Some(answer) = self.remembered(token, cookie) {
            return answer;
        }
        let (_, digest) = cache_key(token);
        let now = policy::now();
        self.count_lookup(false);
        let verified = self.verify_uncached(token, cookie).await?;
        let principal = verified.principal.clone();
        self.verified.insert(digest, Arc::new(verified), now);
        Ok(principal)
    }

    /// [`Self::verify`]'s answer for a Bearer token verified before (a
    /// verified-token cache hit, or a refusal: too large, expired), with no
    /// await; `None` when the token must be verified. The request path
    /// asks this first, so that the future of a full verification (key
    /// fetches included) is made only for the tokens that need one.
    pub fn verify_remembered(&self, token: &str) -> Option<Result<Arc<Principal>, Refusal>> {
        self.remembered(token, None)
    }

    fn remembered(
        &self,
        token: &str,
        cookie: Option<usize>,
    ) -> Option<Result<Arc<Principal>, Refusal>> {
        if token.len() > super::extract::MAX_TOKEN_BYTES {
            return Some(Err(Refusal {
                failure: AuthFailure::TooLarge,
                issuer: None,
            }));
        }
        let (signed, digest) = cache_key(token);
        let now = policy::now();
        let hit = self
            .verified
            .get(&digest, now)
            .filter(|hit| *hit.signed == *signed)?;
        if let Err(refusal) = self.check_cookie(cookie, hit.issuer) {
            return Some(Err(refusal));
        }
        let issuer = &self.issuers[hit.issuer];
        if now > hit.exp + self.leeway {
            self.verified.invalidate(&digest);
            return Some(Err(Refusal {
                failure: AuthFailure::Expired,
                issuer: Some(issuer.name.clone()),
            }));
        }
        if issuer.jwks.publishes(&hit.kid, &hit.fingerprint) {
            self.count_lookup(true);
            return Some(Ok(hit.principal.clone()));
        }
        self.verified.invalidate(&digest);
        None
    }

    /// A token routed to issuer `index` came in cookie `cookie`: it counts
    /// only when that issuer names that cookie.
    fn check_cookie(&self, cookie: Option<usize>, index: usize) -> Result<(), Refusal> {
        let Some((name, owners)) = cookie.map(|c| &self.cookies[c]) else {
            return Ok(());
        };
        if owners.contains(&index) {
            return Ok(());
        }
        Err(Refusal {
            failure: AuthFailure::CookieOfAnotherIssuer(name.clone()),
            issuer: Some(self.issuers[owners[0]].name.clone()),
        })
    }

    /// Every check, every time (what [`TokenVerifier::verify`] does on a
    /// miss), for a token from cookie `cookie` when given.
    async fn verify_uncached(
        &self,
        token: &str,
        cookie: Option<usize>,
    ) -> Result<Verified, Refusal> {
        let unrouted = |failure| Refusal {
            failure,
            issuer: None,
        };
        let parts = split_token(token).map_err(unrouted)?;
        let header = checked_header(&parts).map_err(unrouted)?;
        let claims = claims_object(&parts).map_err(unrouted)?;
        let index = self.route(&claims).map_err(unrouted)?;
        self.check_cookie(cookie, index)?;
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
        issuer.check_claims(claims, self.leeway)?;
        let profile = issuer.profile(claims);
        let principal = Principal {
            identity: issuer.identity(claims)?,
            issuer: issuer.name.clone(),
            expires_at: exp as u64,
            link: issuer.link_hints(claims, &profile),
            profile,
        };
        Ok((principal, *key.fingerprint(), exp))
    }

    /// Benchmarks and tests: full verification, bypassing the cache.
    #[doc(hidden)]
    pub async fn verify_without_cache(&self, token: &str) -> Result<Arc<Principal>, Refusal> {
        self.verify_uncached(token, None).await.map(|v| v.principal)
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
