//! RS256 signing for the emulator: a real RSA key, a real JWKS.
//!
//! Tokens are assembled by hand so tests can sign
//! any header and claims they like, hostile ones included.

use aws_lc_rs::encoding::AsDer;
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::rsa::{KeyPair, KeySize, PublicKeyComponents};
use aws_lc_rs::signature::{
    KeyPair as _, RSA_PKCS1_2048_8192_SHA256, RSA_PKCS1_SHA256, UnparsedPublicKey,
};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

/// An RSA key pair with a key ID, as published in a JWKS.
pub struct SigningKey {
    pub kid: String,
    pair: KeyPair,
}

impl SigningKey {
    /// A fresh 2048-bit key.
    pub fn generate(kid: impl Into<String>) -> Self {
        let pair = KeyPair::generate(KeySize::Rsa2048).expect("RSA key generation");
        Self {
            kid: kid.into(),
            pair,
        }
    }

    /// Restores a key saved with [`SigningKey::to_pkcs8`].
    pub fn from_pkcs8(kid: impl Into<String>, der: &[u8]) -> anyhow::Result<Self> {
        let pair = KeyPair::from_pkcs8(der)
            .map_err(|e| anyhow::anyhow!("saved emulator key is unreadable: {e}"))?;
        Ok(Self {
            kid: kid.into(),
            pair,
        })
    }

    /// The private key as PKCS#8 DER, to keep tokens valid across restarts.
    pub fn to_pkcs8(&self) -> Vec<u8> {
        let der: aws_lc_rs::encoding::Pkcs8V1Der = self.pair.as_der().expect("PKCS#8 encoding");
        der.as_ref().to_vec()
    }

    /// The public half as a JWK.
    pub fn jwk(&self) -> Value {
        let parts = PublicKeyComponents::<Vec<u8>>::from(self.pair.public_key());
        json!({
            "kty": "RSA",
            "alg": "RS256",
            "use": "sig",
            "kid": self.kid,
            "n": URL_SAFE_NO_PAD.encode(&parts.n),
            "e": URL_SAFE_NO_PAD.encode(&parts.e),
        })
    }

    /// Signs `header` and `claims` exactly as given (RS256 over
    /// `base64url(header).base64url(claims)`).
    pub fn sign(&self, header: &Value, claims: &Value) -> String {
        let signing_input = format!("{}.{}", encode_json(header), encode_json(claims));
        let mut signature = vec![0u8; self.pair.public_modulus_len()];
        self.pair
            .sign(
                &RSA_PKCS1_SHA256,
                &SystemRandom::new(),
                signing_input.as_bytes(),
                &mut signature,
            )
            .expect("RSA signing");
        format!("{signing_input}.{}", URL_SAFE_NO_PAD.encode(signature))
    }

    /// The claims of a token this key signed (RS256), without checking them;
    /// `None` for anything else. The auth API uses it for Bearer tokens.
    pub fn verify(&self, token: &str) -> Option<Value> {
        let (signing_input, signature) = token.rsplit_once('.')?;
        let (header, claims) = signing_input.split_once('.')?;
        let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
        if header["alg"] != "RS256" {
            return None;
        }
        let signature = URL_SAFE_NO_PAD.decode(signature).ok()?;
        UnparsedPublicKey::new(&RSA_PKCS1_2048_8192_SHA256, self.pair.public_key().as_ref())
            .verify(signing_input.as_bytes(), &signature)
            .ok()?;
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(claims).ok()?).ok()
    }

    /// The standard header for this key.
    pub fn header(&self) -> Value {
        json!({"alg": "RS256", "typ": "JWT", "kid": self.kid})
    }
}

/// The `kid` in a token's header, if it has one.
pub fn header_kid(token: &str) -> Option<String> {
    let header = token.split('.').next()?;
    let header: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(header).ok()?).ok()?;
    header["kid"].as_str().map(str::to_owned)
}

/// base64url (no padding) of a JSON value's compact form.
pub fn encode_json(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).expect("JSON value serialises"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_verifies_what_it_signed_and_nothing_else() {
        let key = SigningKey::generate("k1");
        let other = SigningKey::generate("k2");
        let token = key.sign(&key.header(), &json!({"sub": "u1"}));
        assert_eq!(key.verify(&token).unwrap()["sub"], "u1");
        assert_eq!(header_kid(&token).as_deref(), Some("k1"));
        assert!(other.verify(&token).is_none());
        let other_token = other.sign(&key.header(), &json!({"sub": "u1"}));
        let (input, _) = token.rsplit_once('.').unwrap();
        let (_, other_signature) = other_token.rsplit_once('.').unwrap();
        let forged = format!("{input}.{other_signature}");
        assert!(key.verify(&forged).is_none());
    }
}
