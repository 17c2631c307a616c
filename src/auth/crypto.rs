//! jsonwebtoken's crypto provider, with RSA keys parsed once.
//!
//! jsonwebtoken asks its provider for a verifier on every token; the stock
//! aws-lc provider then rebuilds the RSA key from `n` and `e` (a modulus
//! context per call: a third of a first-seen token's time). This provider
//! is the stock one, except that for an RSA key our JWKS cache has already
//! parsed ([`ParsedRsaKeys::register`]) it hands out a verifier on the parsed
//! key. Everything else (EC, Ed25519, unknown keys) goes to the stock
//! provider unchanged.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock, RwLock, Weak};

use aws_lc_rs::signature::{ParsedPublicKey, RSA_PKCS1_2048_8192_SHA256, RSA_PSS_2048_8192_SHA256};
use jsonwebtoken::crypto::{CryptoProvider, JwtVerifier};
use jsonwebtoken::{Algorithm, DecodingKey, DecodingKeyKind};

/// Installs the provider for the process (once; later calls do nothing).
pub fn install() {
    static PROVIDER: OnceLock<CryptoProvider> = OnceLock::new();
    let provider = PROVIDER.get_or_init(|| CryptoProvider {
        verifier_factory: verifier_for,
        ..jsonwebtoken::crypto::aws_lc::DEFAULT_PROVIDER.clone()
    });
    // Err: already installed (by an earlier app in this process).
    let _ = provider.install_default();
}

/// RSA keys parsed once, by modulus, then algorithm and exponent; held
/// weakly, so a key that left every JWKS is freed with its last user.
type Registry = RwLock<HashMap<Vec<u8>, Vec<(Algorithm, Vec<u8>, Weak<ParsedPublicKey>)>>>;

fn registry() -> &'static Registry {
    static REGISTRY: OnceLock<Registry> = OnceLock::new();
    REGISTRY.get_or_init(Registry::default)
}

/// The parsed forms of one RSA key, kept alive by whoever holds this.
pub struct ParsedRsaKeys(#[allow(dead_code)] Vec<Arc<ParsedPublicKey>>);

impl ParsedRsaKeys {
    /// Parses the RSA key `(n, e)` (big-endian bytes) for each of
    /// `algorithms` (RS256, PS256) and makes the provider use the result.
    pub fn register(n: &[u8], e: &[u8], algorithms: &[Algorithm]) -> Self {
        let der = aws_lc_rs::rsa::PublicKeyComponents { n, e };
        let Ok(der) = aws_lc_rs::encoding::AsDer::as_der(&der) else {
            return Self(Vec::new());
        };
        let mut registry = registry().write().unwrap();
        registry.retain(|_, keys| {
            keys.retain(|(_, _, key)| key.strong_count() > 0);
            !keys.is_empty()
        });
        let parsed = algorithms
            .iter()
            .filter_map(|alg| {
                let params = match alg {
                    Algorithm::RS256 => &RSA_PKCS1_2048_8192_SHA256,
                    Algorithm::PS256 => &RSA_PSS_2048_8192_SHA256,
                    _ => return None,
                };
                let key = Arc::new(ParsedPublicKey::new(params, der.as_ref()).ok()?);
                registry.entry(n.to_vec()).or_default().push((
                    *alg,
                    e.to_vec(),
                    Arc::downgrade(&key),
                ));
                Some(key)
            })
            .collect();
        Self(parsed)
    }
}

fn verifier_for(
    algorithm: &Algorithm,
    key: &DecodingKey,
) -> jsonwebtoken::errors::Result<Box<dyn JwtVerifier>> {
    if let DecodingKeyKind::RsaModulusExponent { n, e } = key.kind() {
        let parsed = registry()
            .read()
            .unwrap()
            .get(n.as_slice())
            .and_then(|keys| {
                keys.iter()
                    .find(|(alg, exponent, _)| alg == algorithm && exponent == e)
            })
            .and_then(|(_, _, key)| key.upgrade());
        if let Some(parsed) = parsed {
            return Ok(Box::new(ParsedRsaVerifier {
                algorithm: *algorithm,
                key: parsed,
            }));
        }
    }
    (jsonwebtoken::crypto::aws_lc::DEFAULT_PROVIDER.verifier_factory)(algorithm, key)
}

struct ParsedRsaVerifier {
    algorithm: Algorithm,
    key: Arc<ParsedPublicKey>,
}

impl signature::Verifier<Vec<u8>> for ParsedRsaVerifier {
    fn verify(&self, message: &[u8], signature: &Vec<u8>) -> Result<(), signature::Error> {
        self.key
            .verify_sig(message, signature)
            .map_err(signature::Error::from_source)
    }
}

impl JwtVerifier for ParsedRsaVerifier {
    fn algorithm(&self) -> Algorithm {
        self.algorithm
    }
}
