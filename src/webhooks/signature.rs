//! Is this delivery the sender's? Checked before anything else is read.
//!
//! Standard Webhooks (and Svix, Clerk's sender, which wrote the spec): the
//! signature is an HMAC-SHA256, base64, over `{id}.{timestamp}.{body}` with
//! the secret's bytes (`whsec_` then base64), under `webhook-id`,
//! `webhook-timestamp` and `webhook-signature` (`svix-*` for Svix). The
//! signature header lists `v1,<signature>` entries separated by spaces; one
//! that matches any of the secrets (several during a rotation) is enough,
//! compared in constant time. The timestamp must be within
//! [`TOLERANCE_SECS`] of now, either way, so a captured delivery cannot be
//! replayed later.
//!
//! Auth0 Event Streams sign nothing: the stream sends its bearer token in
//! `Authorization`, compared in constant time with each configured one.

use aws_lc_rs::{constant_time, hmac};
use axum::http::HeaderMap;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;

/// How far a delivery's timestamp may be from now.
pub const TOLERANCE_SECS: i64 = 5 * 60;

/// A webhook's secrets, ready to check with; never printed.
pub enum Secrets {
    /// Standard Webhooks keys.
    Hmac(Vec<hmac::Key>),
    /// Bearer tokens.
    Bearer(Vec<Vec<u8>>),
}

impl std::fmt::Debug for Secrets {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (kind, n) = match self {
            Self::Hmac(keys) => ("hmac", keys.len()),
            Self::Bearer(tokens) => ("bearer", tokens.len()),
        };
        write!(f, "Secrets({kind}, {n} redacted)")
    }
}

impl Secrets {
    /// Standard Webhooks secrets from a variable's value: one or more
    /// `whsec_<base64>` (the prefix may be left out), separated by spaces.
    /// The error names the problem, never the value.
    pub fn hmac(value: &str) -> Result<Self, String> {
        let keys = value
            .split_whitespace()
            .map(|secret| {
                let encoded = secret.strip_prefix("whsec_").unwrap_or(secret);
                let bytes = STANDARD
                    .decode(encoded)
                    .map_err(|_| "a secret is not `whsec_` followed by base64".to_owned())?;
                if bytes.len() < 16 {
                    return Err("a secret is shorter than 16 bytes".to_owned());
                }
                Ok(hmac::Key::new(hmac::HMAC_SHA256, &bytes))
            })
            .collect::<Result<Vec<_>, _>>()?;
        if keys.is_empty() {
            return Err("no secret given".into());
        }
        Ok(Self::Hmac(keys))
    }

    /// Bearer tokens from a variable's value, separated by spaces.
    pub fn bearer(value: &str) -> Result<Self, String> {
        let tokens: Vec<Vec<u8>> = value
            .split_whitespace()
            .map(|t| t.as_bytes().to_vec())
            .collect();
        if tokens.is_empty() {
            return Err("no token given".into());
        }
        if tokens.iter().any(|t| t.len() < 16) {
            return Err("a token is shorter than 16 characters".into());
        }
        Ok(Self::Bearer(tokens))
    }
}

/// A delivery signed by the sender: its id, for exactly-once effects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    /// The message id (Standard Webhooks' `webhook-id`); `None` for a
    /// bearer delivery, whose id is in its body.
    pub message_id: Option<String>,
}

/// Why a delivery was refused: logged and counted, never told the sender.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refused {
    MissingHeaders,
    StaleTimestamp,
    BadSignature,
}

impl Refused {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::MissingHeaders => "missing_headers",
            Self::StaleTimestamp => "timestamp_out_of_tolerance",
            Self::BadSignature => "bad_signature",
        }
    }
}

/// Checks `body` under `headers` against `secrets`, at `now` (seconds
/// since 1970).
pub fn verify(
    secrets: &Secrets,
    headers: &HeaderMap,
    body: &[u8],
    now: i64,
) -> Result<Signed, Refused> {
    match secrets {
        Secrets::Hmac(keys) => verify_hmac(keys, headers, body, now),
        Secrets::Bearer(tokens) => verify_bearer(tokens, headers),
    }
}

fn header<'h>(headers: &'h HeaderMap, names: [&str; 2]) -> Option<&'h str> {
    names
        .iter()
        .find_map(|name| headers.get(*name))
        .and_then(|v| v.to_str().ok())
}

fn verify_hmac(
    keys: &[hmac::Key],
    headers: &HeaderMap,
    body: &[u8],
    now: i64,
) -> Result<Signed, Refused> {
    let id = header(headers, ["webhook-id", "svix-id"]);
    let timestamp = header(headers, ["webhook-timestamp", "svix-timestamp"]);
    let signatures = header(headers, ["webhook-signature", "svix-signature"]);
    let (Some(id), Some(timestamp), Some(signatures)) = (id, timestamp, signatures) else {
        return Err(Refused::MissingHeaders);
    };
    if id.is_empty() || id.len() > 255 {
        return Err(Refused::MissingHeaders);
    }
    let sent: i64 = timestamp.parse().map_err(|_| Refused::MissingHeaders)?;
    if (now - sent).abs() > TOLERANCE_SECS {
        return Err(Refused::StaleTimestamp);
    }
    let mut signed = Vec::with_capacity(id.len() + timestamp.len() + body.len() + 2);
    signed.extend_from_slice(id.as_bytes());
    signed.push(b'.');
    signed.extend_from_slice(timestamp.as_bytes());
    signed.push(b'.');
    signed.extend_from_slice(body);
    let matches = signatures
        .split_whitespace()
        .filter_map(|entry| entry.strip_prefix("v1,"))
        .filter_map(|encoded| STANDARD.decode(encoded).ok())
        .any(|tag| {
            keys.iter()
                .any(|key| hmac::verify(key, &signed, &tag).is_ok())
        });
    if !matches {
        return Err(Refused::BadSignature);
    }
    Ok(Signed {
        message_id: Some(id.to_owned()),
    })
}

fn verify_bearer(tokens: &[Vec<u8>], headers: &HeaderMap) -> Result<Signed, Refused> {
    let Some(given) = header(headers, ["authorization", "authorization"]).and_then(|v| {
        v.strip_prefix("Bearer ")
            .or_else(|| v.strip_prefix("bearer "))
    }) else {
        return Err(Refused::MissingHeaders);
    };
    // Every token is compared, so the time taken does not say which one
    // came close.
    let matched = tokens.iter().fold(false, |found, token| {
        constant_time::verify_slices_are_equal(token, given.trim().as_bytes()).is_ok() | found
    });
    if !matched {
        return Err(Refused::BadSignature);
    }
    Ok(Signed { message_id: None })
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    // The Standard Webhooks spec's own test vector.
    const SECRET: &str = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    const ID: &str = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    const TIMESTAMP: i64 = 1614265330;
    const BODY: &str = r#"{"test": 2432232314}"#;
    const SIGNATURE: &str = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

    fn headers(prefix: &str, signature: &str, timestamp: i64) -> HeaderMap {
        let mut headers = HeaderMap::new();
        let mut put = |name: &str, value: String| {
            headers.insert(
                axum::http::HeaderName::from_bytes(format!("{prefix}-{name}").as_bytes()).unwrap(),
                HeaderValue::from_str(&value).unwrap(),
            );
        };
        put("id", ID.into());
        put("timestamp", timestamp.to_string());
        put("signature", signature.into());
        headers
    }

    #[test]
    fn the_specs_test_vector_verifies_under_either_header_family() {
        let secrets = Secrets::hmac(SECRET).unwrap();
        for prefix in ["webhook", "svix"] {
            let signed = verify(
                &secrets,
                &headers(prefix, SIGNATURE, TIMESTAMP),
                BODY.as_bytes(),
                TIMESTAMP,
            )
            .unwrap();
            assert_eq!(signed.message_id.as_deref(), Some(ID));
        }
    }

    #[test]
    fn tampering_staleness_and_other_secrets_are_refused() {
        let secrets = Secrets::hmac(SECRET).unwrap();
        let h = headers("webhook", SIGNATURE, TIMESTAMP);
        let tampered = verify(&secrets, &h, br#"{"test": 2432232315}"#, TIMESTAMP);
        assert_eq!(tampered, Err(Refused::BadSignature));
        let late = verify(
            &secrets,
            &h,
            BODY.as_bytes(),
            TIMESTAMP + TOLERANCE_SECS + 1,
        );
        assert_eq!(late, Err(Refused::StaleTimestamp));
        let early = verify(
            &secrets,
            &h,
            BODY.as_bytes(),
            TIMESTAMP - TOLERANCE_SECS - 1,
        );
        assert_eq!(early, Err(Refused::StaleTimestamp));
        let other = Secrets::hmac("whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB").unwrap();
        assert_eq!(
            verify(&other, &h, BODY.as_bytes(), TIMESTAMP),
            Err(Refused::BadSignature)
        );
        // During a rotation both secrets are taken, and a signature list
        // with one good entry passes.
        let rotating =
            Secrets::hmac(&format!("whsec_QUFBQUFBQUFBQUFBQUFBQUFBQUFBQUFB {SECRET}")).unwrap();
        let listed = headers("webhook", &format!("v1,AAAA {SIGNATURE}"), TIMESTAMP);
        assert!(verify(&rotating, &listed, BODY.as_bytes(), TIMESTAMP).is_ok());
        assert_eq!(
            verify(&secrets, &HeaderMap::new(), BODY.as_bytes(), TIMESTAMP),
            Err(Refused::MissingHeaders)
        );
    }

    #[test]
    fn secrets_are_checked_and_never_printed() {
        assert!(Secrets::hmac("whsec_not base64!").is_err());
        assert!(Secrets::hmac("").is_err());
        assert!(Secrets::bearer("short").is_err());
        let shown = format!("{:?}", Secrets::hmac(SECRET).unwrap());
        assert!(!shown.contains("MfKQ"), "{shown}");
    }

    #[test]
    fn a_bearer_token_must_be_one_of_the_streams() {
        let secrets = Secrets::bearer("first-token-0123456789 second-token-0123456789").unwrap();
        let mut h = HeaderMap::new();
        h.insert(
            "authorization",
            HeaderValue::from_static("Bearer second-token-0123456789"),
        );
        assert!(verify(&secrets, &h, b"{}", 0).is_ok());
        h.insert(
            "authorization",
            HeaderValue::from_static("Bearer third-token-0123456789"),
        );
        assert_eq!(verify(&secrets, &h, b"{}", 0), Err(Refused::BadSignature));
    }
}
