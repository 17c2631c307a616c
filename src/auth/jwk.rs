//! One JWKS entry, judged on its own: an RSA signing key for RS256 with a
//! string `kid` and a modulus of [`MIN_RSA_MODULUS_BITS`] to
//! [`MAX_RSA_MODULUS_BITS`] bits becomes a [`VerifyingKey`]; anything else is
//! [`Dropped`] with a reason, without affecting the other entries.

use aws_lc_rs::digest::{SHA256, digest};
use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::error::Unspecified;
use aws_lc_rs::rsa::PublicKeyComponents;
use aws_lc_rs::signature::{ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::Value;

/// Smallest RSA modulus trusted (NIST SP 800-131A; what RS256 requires).
pub const MIN_RSA_MODULUS_BITS: usize = 2048;
/// Largest RSA modulus accepted (what aws-lc verifies for RS256).
pub const MAX_RSA_MODULUS_BITS: usize = 8192;
/// Longest `kid` kept, in bytes; tokens with longer ones are refused anyway.
pub const MAX_KID_LEN: usize = 256;

/// SHA-256 of a key's DER (X.509 SubjectPublicKeyInfo): what identifies its
/// key material, whatever `kid` it is published under.
pub type Fingerprint = [u8; 32];

/// A JWKS key parsed once for verifying RS256 signatures.
pub struct VerifyingKey {
    parsed: ParsedPublicKey,
    fingerprint: Fingerprint,
}

impl VerifyingKey {
    /// Checks an RS256 signature over `message`.
    pub fn verify(&self, message: &[u8], signature: &[u8]) -> Result<(), Unspecified> {
        self.parsed.verify_sig(message, signature)
    }

    pub fn fingerprint(&self) -> &Fingerprint {
        &self.fingerprint
    }
}

/// A JWKS entry that passed every check but has not been parsed for
/// verifying yet (the cache may already hold a key with this fingerprint).
pub struct RsaJwk {
    pub kid: String,
    pub fingerprint: Fingerprint,
    der: Vec<u8>,
}

/// Why a JWKS entry was left out; written to the log with its `kid`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Dropped {
    #[error("entry is not a JSON object")]
    NotAnObject,
    #[error("`kid` is {0}")]
    BadKid(&'static str),
    #[error("`kty` is {0}; only RSA keys verify RS256 tokens")]
    NotRsa(String),
    #[error("`alg` is {0}; only RS256 is accepted")]
    NotRs256(String),
    #[error("`use` is {0}; only signing keys (`sig`) are used")]
    NotForSigning(String),
    #[error("`{0}` is missing or not base64url")]
    BadEncoding(&'static str),
    #[error(
        "RSA modulus is {0} bits; {MIN_RSA_MODULUS_BITS} to {MAX_RSA_MODULUS_BITS} are accepted"
    )]
    ModulusSize(usize),
    #[error("not a valid RSA public key")]
    Unparsable,
    #[error("another entry already has this `kid`; the first one is kept")]
    DuplicateKid,
}

impl RsaJwk {
    /// Checks one entry of a JWKS's `keys` array.
    pub fn from_value(entry: &Value) -> Result<Self, Dropped> {
        let entry = entry.as_object().ok_or(Dropped::NotAnObject)?;
        let kid = match entry.get("kid") {
            None => return Err(Dropped::BadKid("missing")),
            Some(Value::String(kid)) if kid.is_empty() => return Err(Dropped::BadKid("empty")),
            Some(Value::String(kid)) if kid.len() > MAX_KID_LEN => {
                return Err(Dropped::BadKid("longer than 256 bytes"));
            }
            Some(Value::String(kid)) => kid,
            Some(_) => return Err(Dropped::BadKid("not a string")),
        };
        match entry.get("kty") {
            Some(Value::String(kty)) if kty == "RSA" => {}
            other => return Err(Dropped::NotRsa(shown(other))),
        }
        match entry.get("alg") {
            None => {}
            Some(Value::String(alg)) if alg == "RS256" => {}
            other => return Err(Dropped::NotRs256(shown(other))),
        }
        match entry.get("use") {
            None => {}
            Some(Value::String(usage)) if usage == "sig" => {}
            other => return Err(Dropped::NotForSigning(shown(other))),
        }
        let n = base64url(entry.get("n")).ok_or(Dropped::BadEncoding("n"))?;
        let e = base64url(entry.get("e")).ok_or(Dropped::BadEncoding("e"))?;
        let bits = modulus_bits(&n);
        if !(MIN_RSA_MODULUS_BITS..=MAX_RSA_MODULUS_BITS).contains(&bits) {
            return Err(Dropped::ModulusSize(bits));
        }
        let der = PublicKeyComponents { n, e }
            .as_der()
            .map_err(|_| Dropped::Unparsable)?;
        let der = der.as_ref().to_vec();
        let fingerprint = digest(&SHA256, &der)
            .as_ref()
            .try_into()
            .expect("SHA-256 is 32 bytes");
        Ok(Self {
            kid: kid.clone(),
            fingerprint,
            der,
        })
    }

    /// Parses the key for verifying (the costly step, done once per key).
    pub fn into_key(self) -> Result<VerifyingKey, Dropped> {
        let parsed = ParsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, &self.der)
            .map_err(|_| Dropped::Unparsable)?;
        Ok(VerifyingKey {
            parsed,
            fingerprint: self.fingerprint,
        })
    }
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
    use crate::passage::emulator::SigningKey;
    use serde_json::json;

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
        let a = RsaJwk::from_value(&key.jwk()).unwrap();
        let b = RsaJwk::from_value(&key.jwk()).unwrap();
        assert_eq!(a.kid, "k1");
        assert_eq!(a.fingerprint, b.fingerprint, "same material, same print");
        let other = RsaJwk::from_value(&SigningKey::generate("k1").jwk()).unwrap();
        assert_ne!(a.fingerprint, other.fingerprint, "same kid, new material");
        let parsed = a.into_key().unwrap();
        assert_eq!(parsed.fingerprint(), &b.fingerprint);
        // No `alg` and no `use` are fine too.
        let bare = jwk_with(json!({"alg": null, "use": null}));
        assert!(RsaJwk::from_value(&bare).is_ok());
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
                Dropped::NotRsa("\"EC\"".into()),
            ),
            (
                jwk_with(json!({"kty": null})),
                Dropped::NotRsa("missing".into()),
            ),
            (
                jwk_with(json!({"alg": "RS512"})),
                Dropped::NotRs256("\"RS512\"".into()),
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
                RsaJwk::from_value(&entry).err(),
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
