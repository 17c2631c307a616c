//! One JWKS entry, judged on its own: a signing key with a string `kid`
//! becomes a [`VerifyingKey`] (a jsonwebtoken `DecodingKey` and the
//! algorithms it may verify); anything else is [`Dropped`] with a reason,
//! without affecting the other entries.
//!
//! Accepted: RSA keys of [`MIN_RSA_MODULUS_BITS`] to [`MAX_RSA_MODULUS_BITS`]
//! bits (RS256, PS256), EC P-256 keys (ES256) and Ed25519 keys (EdDSA), each
//! only for the algorithms its issuer allows. A key's own `alg`, when
//! present, narrows it to that one.

use aws_lc_rs::digest::{SHA256, digest};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey};
use serde_json::Value;

/// Smallest RSA modulus trusted (NIST SP 800-131A; what RS256 requires).
pub const MIN_RSA_MODULUS_BITS: usize = 2048;
/// Largest RSA modulus accepted (what aws-lc verifies for RS256).
pub const MAX_RSA_MODULUS_BITS: usize = 8192;
/// Longest `kid` kept, in bytes; tokens with longer ones are refused anyway.
pub const MAX_KID_LEN: usize = 256;

/// SHA-256 of a key's public material (its type and parameters): what
/// identifies it, whatever `kid` it is published under.
pub type Fingerprint = [u8; 32];

/// A JWKS key, ready for verifying.
pub struct VerifyingKey {
    pub decoding: DecodingKey,
    /// The token algorithms this key may verify.
    pub algorithms: Vec<Algorithm>,
    fingerprint: Fingerprint,
    /// For an RSA key, its parsed forms, which our crypto provider uses
    /// while this key lives.
    _parsed: Option<super::crypto::ParsedRsaKeys>,
}

impl VerifyingKey {
    pub fn fingerprint(&self) -> &Fingerprint {
        &self.fingerprint
    }
}

/// A JWKS entry that passed every check but has no `DecodingKey` yet (the
/// cache may already hold one with this fingerprint).
pub struct PublishedJwk {
    pub kid: String,
    pub fingerprint: Fingerprint,
    pub algorithms: Vec<Algorithm>,
    jwk: jsonwebtoken::jwk::Jwk,
}

/// Why a JWKS entry was left out; written to the log with its `kid`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Dropped {
    #[error("entry is not a JSON object")]
    NotAnObject,
    #[error("`kid` is {0}")]
    BadKid(&'static str),
    #[error("`kty` is {0}; RSA, EC (P-256) and OKP (Ed25519) keys are used")]
    UnsupportedKeyType(String),
    #[error("`alg` is {0}, which this issuer does not accept")]
    AlgorithmNotAccepted(String),
    #[error("no algorithm this issuer accepts can use this key")]
    NoAcceptedAlgorithm,
    #[error("`use` is {0}; only signing keys (`sig`) are used")]
    NotForSigning(String),
    #[error("`{0}` is missing or not base64url")]
    BadEncoding(&'static str),
    #[error(
        "RSA modulus is {0} bits; {MIN_RSA_MODULUS_BITS} to {MAX_RSA_MODULUS_BITS} are accepted"
    )]
    ModulusSize(usize),
    #[error("not a valid public key")]
    Unparsable,
    #[error("another entry already has this `kid`; the first one is kept")]
    DuplicateKid,
}

impl PublishedJwk {
    /// Checks one entry of a JWKS's `keys` array, for an issuer that
    /// accepts `accepted` algorithms.
    pub fn from_value(entry: &Value, accepted: &[Algorithm]) -> Result<Self, Dropped> {
        let object = entry.as_object().ok_or(Dropped::NotAnObject)?;
        let kid = match object.get("kid") {
            None => return Err(Dropped::BadKid("missing")),
            Some(Value::String(kid)) if kid.is_empty() => return Err(Dropped::BadKid("empty")),
            Some(Value::String(kid)) if kid.len() > MAX_KID_LEN => {
                return Err(Dropped::BadKid("longer than 256 bytes"));
            }
            Some(Value::String(kid)) => kid,
            Some(_) => return Err(Dropped::BadKid("not a string")),
        };
        match object.get("use") {
            None => {}
            Some(Value::String(usage)) if usage == "sig" => {}
            other => return Err(Dropped::NotForSigning(shown(other))),
        }
        let (kind, material): (&[Algorithm], Vec<&str>) = match object.get("kty") {
            Some(Value::String(kty)) if kty == "RSA" => {
                let n = base64url(object.get("n")).ok_or(Dropped::BadEncoding("n"))?;
                base64url(object.get("e")).ok_or(Dropped::BadEncoding("e"))?;
                let bits = modulus_bits(&n);
                if !(MIN_RSA_MODULUS_BITS..=MAX_RSA_MODULUS_BITS).contains(&bits) {
                    return Err(Dropped::ModulusSize(bits));
                }
                (&[Algorithm::RS256, Algorithm::PS256], vec!["RSA", "n", "e"])
            }
            Some(Value::String(kty)) if kty == "EC" && curve(object) == Some("P-256") => {
                base64url(object.get("x")).ok_or(Dropped::BadEncoding("x"))?;
                base64url(object.get("y")).ok_or(Dropped::BadEncoding("y"))?;
                (&[Algorithm::ES256], vec!["EC", "crv", "x", "y"])
            }
            Some(Value::String(kty)) if kty == "OKP" && curve(object) == Some("Ed25519") => {
                base64url(object.get("x")).ok_or(Dropped::BadEncoding("x"))?;
                (&[Algorithm::EdDSA], vec!["OKP", "crv", "x"])
            }
            other => {
                let mut shown = shown(other);
                if let Some(crv) = curve(object) {
                    shown.push_str(&format!(" (crv {crv})"));
                }
                return Err(Dropped::UnsupportedKeyType(shown));
            }
        };
        let algorithms: Vec<Algorithm> = match object.get("alg") {
            None => kind
                .iter()
                .filter(|a| accepted.contains(a))
                .copied()
                .collect(),
            Some(Value::String(name)) => match name.parse::<Algorithm>() {
                Ok(alg) if kind.contains(&alg) && accepted.contains(&alg) => vec![alg],
                _ => {
                    return Err(Dropped::AlgorithmNotAccepted(
                        name.chars().take(32).collect(),
                    ));
                }
            },
            Some(other) => return Err(Dropped::AlgorithmNotAccepted(shown(Some(other)))),
        };
        if algorithms.is_empty() {
            return Err(Dropped::NoAcceptedAlgorithm);
        }
        let jwk: jsonwebtoken::jwk::Jwk =
            serde_json::from_value(entry.clone()).map_err(|_| Dropped::Unparsable)?;
        Ok(Self {
            kid: kid.clone(),
            fingerprint: fingerprint(object, &material),
            algorithms,
            jwk,
        })
    }

    /// The key for verifying (done once per key material).
    pub fn into_key(self) -> Result<VerifyingKey, Dropped> {
        let decoding = DecodingKey::from_jwk(&self.jwk).map_err(|_| Dropped::Unparsable)?;
        let parsed = match decoding.kind() {
            jsonwebtoken::DecodingKeyKind::RsaModulusExponent { n, e } => Some(
                super::crypto::ParsedRsaKeys::register(n, e, &self.algorithms),
            ),
            _ => None,
        };
        Ok(VerifyingKey {
            decoding,
            algorithms: self.algorithms,
            fingerprint: self.fingerprint,
            _parsed: parsed,
        })
    }
}

fn curve(object: &serde_json::Map<String, Value>) -> Option<&str> {
    object.get("crv").and_then(Value::as_str)
}

/// SHA-256 over the key type and its public parameters, in a fixed order.
fn fingerprint(object: &serde_json::Map<String, Value>, material: &[&str]) -> Fingerprint {
    let (kty, params) = material.split_first().expect("key type first");
    let mut text = String::from(*kty);
    for name in params {
        text.push('|');
        text.push_str(object.get(*name).and_then(Value::as_str).unwrap_or(""));
    }
    digest(&SHA256, text.as_bytes())
        .as_ref()
        .try_into()
        .expect("SHA-256 is 32 bytes")
}

/// An entry's `kid` as the log shows it: the string, the JSON of a non-string
/// one, or `none`; cut to 64 characters.
pub fn kid_for_log(entry: &Value) -> String {
    match entry.get("kid") {
        Some(Value::String(kid)) => kid.chars().take(64).collect(),
        Some(other) => other.to_string().chars().take(64).collect(),
        None => "none".into(),
    }
}

/// A field's value for a log line, cut short: its JSON, or `missing`.
fn shown(value: Option<&Value>) -> String {
    value.map_or_else(
        || "missing".into(),
        |v| v.to_string().chars().take(32).collect(),
    )
}

fn base64url(value: Option<&Value>) -> Option<Vec<u8>> {
    let text = value?.as_str()?;
    let bytes = URL_SAFE_NO_PAD.decode(text.trim_end_matches('=')).ok()?;
    (!bytes.is_empty()).then_some(bytes)
}

/// Bits in a big-endian unsigned integer, leading zero bytes ignored.
fn modulus_bits(n: &[u8]) -> usize {
    let n = &n[n.iter().take_while(|b| **b == 0).count()..];
    match n.first() {
        Some(first) => n.len() * 8 - first.leading_zeros() as usize,
        None => 0,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use passage_emulator::SigningKey;
    use serde_json::json;

    const RS: &[Algorithm] = &[Algorithm::RS256];

    fn jwk_with(patch: Value) -> Value {
        let mut jwk = SigningKey::generate("k1").jwk();
        for (k, v) in patch.as_object().unwrap() {
            if v.is_null() {
                jwk.as_object_mut().unwrap().remove(k);
            } else {
                jwk[k] = v.clone();
            }
        }
        jwk
    }

    #[test]
    fn a_published_rs256_key_is_usable_and_fingerprinted() {
        let key = SigningKey::generate("k1");
        let a = PublishedJwk::from_value(&key.jwk(), RS).unwrap();
        let b = PublishedJwk::from_value(&key.jwk(), RS).unwrap();
        assert_eq!(a.kid, "k1");
        assert_eq!(a.fingerprint, b.fingerprint, "same material, same print");
        let other = PublishedJwk::from_value(&SigningKey::generate("k1").jwk(), RS).unwrap();
        assert_ne!(a.fingerprint, other.fingerprint, "same kid, new material");
        let parsed = a.into_key().unwrap();
        assert_eq!(parsed.fingerprint(), &b.fingerprint);
        // No `alg` and no `use` are fine too.
        let bare = jwk_with(json!({"alg": null, "use": null}));
        assert!(PublishedJwk::from_value(&bare, RS).is_ok());
    }

    #[test]
    fn odd_entries_are_dropped_with_a_reason() {
        let small = URL_SAFE_NO_PAD.encode([0xc5u8; 128]);
        let huge = URL_SAFE_NO_PAD.encode([0xc5u8; 1025]);
        let cases = [
            (json!("not an object"), Dropped::NotAnObject),
            (jwk_with(json!({"kid": 7})), Dropped::BadKid("not a string")),
            (jwk_with(json!({"kid": null})), Dropped::BadKid("missing")),
            (jwk_with(json!({"kid": ""})), Dropped::BadKid("empty")),
            (
                jwk_with(json!({"kid": "k".repeat(300)})),
                Dropped::BadKid("longer than 256 bytes"),
            ),
            (
                jwk_with(json!({"kty": "EC"})),
                Dropped::UnsupportedKeyType("\"EC\"".into()),
            ),
            (
                jwk_with(json!({"kty": null})),
                Dropped::UnsupportedKeyType("missing".into()),
            ),
            (
                jwk_with(json!({"alg": "RS512"})),
                Dropped::AlgorithmNotAccepted("RS512".into()),
            ),
            (
                jwk_with(json!({"alg": "PS256"})),
                Dropped::AlgorithmNotAccepted("PS256".into()),
            ),
            (
                jwk_with(json!({"use": "enc"})),
                Dropped::NotForSigning("\"enc\"".into()),
            ),
            (jwk_with(json!({"n": null})), Dropped::BadEncoding("n")),
            (jwk_with(json!({"e": "***"})), Dropped::BadEncoding("e")),
            (jwk_with(json!({"n": small})), Dropped::ModulusSize(1024)),
            (jwk_with(json!({"n": huge})), Dropped::ModulusSize(8200)),
        ];
        for (entry, reason) in cases {
            assert_eq!(
                PublishedJwk::from_value(&entry, RS).err(),
                Some(reason.clone()),
                "{entry}"
            );
            assert!(reason.to_string().len() > 10);
        }
    }

    #[test]
    fn the_log_shows_any_kid() {
        assert_eq!(kid_for_log(&json!({"kid": "abc"})), "abc");
        assert_eq!(kid_for_log(&json!({"kid": 7})), "7");
        assert_eq!(kid_for_log(&json!({})), "none");
        assert_eq!(kid_for_log(&json!({"kid": "x".repeat(100)})).len(), 64);
    }

    #[test]
    fn modulus_bits_ignore_leading_zeros() {
        assert_eq!(modulus_bits(&[0, 0, 0x01]), 1);
        assert_eq!(modulus_bits(&[0x80, 0]), 16);
        assert_eq!(modulus_bits(&[0; 3]), 0);
    }
}
