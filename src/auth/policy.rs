//! Our policy around jsonwebtoken: what a token must look like before any
//! key is looked up (size, shape, header fields), the NumericDate bounds,
//! and reading the claims that route a token to its issuer.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Map, Value};

use super::AuthFailure;

/// Largest NumericDate accepted: 2^53, past which JSON numbers lose integer
/// precision (RFC 7493). Larger values (`1e300`) would never expire.
pub const MAX_NUMERIC_DATE: f64 = 9_007_199_254_740_992.0;

/// A compact JWS, split.
pub struct TokenParts<'a> {
    /// `header.payload`: what the signature covers.
    pub signed: &'a str,
    pub header: &'a str,
    pub payload: &'a str,
    pub signature: &'a str,
}

pub fn split_token(token: &str) -> Result<TokenParts<'_>, AuthFailure> {
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
        signed: &token[..header.len() + 1 + payload.len()],
        header,
        payload,
        signature,
    })
}

/// The JOSE header fields the policy reads.
pub struct CheckedHeader {
    pub alg: String,
    pub kid: String,
    pub typ: Option<String>,
}

/// Checks the JOSE header before any key is looked up: an `alg` (never
/// `none` nor an HMAC one: keys come from a JWKS), a signature, no header
/// that names other keys (`jku`, `x5u`, `jwk`, `x5c`), no `crit`, a `kid`, a
/// string `typ` when present.
pub fn checked_header(parts: &TokenParts<'_>) -> Result<CheckedHeader, AuthFailure> {
    let header: Map<String, Value> = decode_json_object(parts.header)
        .ok_or(AuthFailure::Malformed("header is not a JSON object"))?;
    let alg = match header.get("alg").and_then(Value::as_str) {
        Some(alg) if alg.eq_ignore_ascii_case("none") || alg.starts_with("HS") => {
            return Err(AuthFailure::UnsupportedAlgorithm {
                alg: alg.chars().take(32).collect(),
                accepted: "RS256, PS256, ES256 or EdDSA (keys come from a JWKS)".into(),
            });
        }
        Some(alg) => alg.chars().take(32).collect::<String>(),
        None => return Err(AuthFailure::Malformed("header has no `alg`")),
    };
    if parts.signature.is_empty() {
        return Err(AuthFailure::BadSignature);
    }
    let typ = match header.get("typ") {
        None => None,
        Some(Value::String(typ)) => Some(typ.chars().take(64).collect()),
        Some(other) => {
            return Err(AuthFailure::WrongType {
                found: other.to_string().chars().take(32).collect(),
                expected: "JWT".into(),
            });
        }
    };
    if header.contains_key("crit") {
        return Err(AuthFailure::CriticalHeader);
    }
    for field in ["jku", "x5u", "jwk", "x5c"] {
        if header.contains_key(field) {
            return Err(AuthFailure::ForbiddenHeader(field));
        }
    }
    let kid = match header.get("kid").and_then(Value::as_str) {
        Some(kid) if !kid.is_empty() && kid.len() <= 256 => kid.to_owned(),
        _ => return Err(AuthFailure::MissingKid),
    };
    Ok(CheckedHeader { alg, kid, typ })
}

/// The payload as a JSON object (serde would read a JSON array into a
/// struct, field by field: an object is required).
pub fn claims_object(parts: &TokenParts<'_>) -> Result<Map<String, Value>, AuthFailure> {
    let bytes = URL_SAFE_NO_PAD
        .decode(parts.payload)
        .map_err(|_| AuthFailure::Malformed("payload is not base64url"))?;
    if bytes.trim_ascii_start().first() != Some(&b'{') {
        return Err(AuthFailure::Malformed("claims are not a JSON object"));
    }
    serde_json::from_slice(&bytes)
        .map_err(|_| AuthFailure::Malformed("claims are not a JSON object"))
}

fn decode_json_object(part: &str) -> Option<Map<String, Value>> {
    let bytes = URL_SAFE_NO_PAD.decode(part).ok()?;
    serde_json::from_slice(&bytes).ok()
}

/// A NumericDate claim: absent, or a number from 0 to 2^53.
pub fn numeric_date(
    claims: &Map<String, Value>,
    name: &'static str,
) -> Result<Option<f64>, AuthFailure> {
    match claims.get(name) {
        None => Ok(None),
        Some(value) => value
            .as_f64()
            .filter(|v| (0.0..=MAX_NUMERIC_DATE).contains(v))
            .map(Some)
            .ok_or(AuthFailure::BadNumericDate(name)),
    }
}

/// The NumericDate claims' shape (0 to 2^53), checked before jsonwebtoken
/// reads them (it would take `1e300` for a missing `exp`).
pub fn check_numeric_dates(claims: &Map<String, Value>) -> Result<(), AuthFailure> {
    for name in ["exp", "nbf", "iat"] {
        numeric_date(claims, name)?;
    }
    Ok(())
}

/// The time claims, checked: `exp` required; `nbf` and `iat` honoured; all
/// with `leeway` seconds. Returns `exp`.
pub fn check_times(claims: &Map<String, Value>, leeway: f64) -> Result<f64, AuthFailure> {
    let exp =
        numeric_date(claims, "exp")?.ok_or_else(|| AuthFailure::MissingClaim("exp".into()))?;
    let nbf = numeric_date(claims, "nbf")?;
    let iat = numeric_date(claims, "iat")?;
    let now = now();
    if now > exp + leeway {
        return Err(AuthFailure::Expired);
    }
    if nbf.is_some_and(|nbf| nbf > now + leeway) {
        return Err(AuthFailure::NotYetValid);
    }
    if iat.is_some_and(|iat| iat > now + leeway) {
        return Err(AuthFailure::IssuedInFuture);
    }
    Ok(exp)
}

/// True when `aud` (a string or an array of strings) holds one of `accepted`
/// (or `accepted` is empty).
pub fn audience_matches(
    claims: &Map<String, Value>,
    accepted: &[String],
) -> Result<(), AuthFailure> {
    if accepted.is_empty() {
        // No audience configured: the issuer's authorised parties are
        // checked instead (settings refuse an issuer with neither). Its
        // sign-in tokens carry no `aud` (Clerk's session tokens); one that
        // does was minted for another service (a JWT template for an
        // integration) with the same keys, and is not a sign-in here.
        return match claims.get("aud") {
            None => Ok(()),
            Some(_) => Err(AuthFailure::WrongAudience),
        };
    }
    let matches = |aud: &str| accepted.iter().any(|a| a == aud);
    match claims.get("aud") {
        None => Err(AuthFailure::MissingClaim("aud".into())),
        Some(Value::String(aud)) if matches(aud) => Ok(()),
        Some(Value::Array(auds)) if auds.iter().filter_map(Value::as_str).any(matches) => Ok(()),
        Some(_) => Err(AuthFailure::WrongAudience),
    }
}

pub fn now() -> f64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0.0, |d| d.as_secs_f64())
}
