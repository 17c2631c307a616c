//! A software passkey authenticator: one ES256 credential, "none"
//! attestation, user present and verified, a signature counter the test
//! sets. It answers the emulator's `start` challenges as a browser's
//! authenticator would, so a test can drive a whole WebAuthn ceremony over
//! HTTP (and replay or reorder the steps).

use aws_lc_rs::digest::{SHA256, digest};
use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{ECDSA_P256_SHA256_ASN1_SIGNING, EcdsaKeyPair, KeyPair};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::APP_ORIGIN;

/// User present, user verified.
const FLAGS_UP_UV: u8 = 0x01 | 0x04;
/// ... and attested credential data follows.
const FLAG_AT: u8 = 0x40;

pub struct Authenticator {
    key: EcdsaKeyPair,
    credential_id: Vec<u8>,
    /// The WebAuthn user handle registration gave (for discoverable sign-in).
    user_handle: Option<Vec<u8>>,
}

fn b64(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

fn unb64(text: &Value) -> Vec<u8> {
    URL_SAFE_NO_PAD
        .decode(text.as_str().expect("a base64url string"))
        .expect("base64url")
}

/// A CBOR byte string.
fn cbor_bytes(bytes: &[u8]) -> Vec<u8> {
    let mut out = match bytes.len() {
        n if n < 24 => vec![0x40 | n as u8],
        n if n < 256 => vec![0x58, n as u8],
        n => {
            let n = u16::try_from(n).expect("short");
            vec![0x59, (n >> 8) as u8, n as u8]
        }
    };
    out.extend_from_slice(bytes);
    out
}

/// A CBOR text string (short).
fn cbor_text(text: &str) -> Vec<u8> {
    assert!(text.len() < 24);
    let mut out = vec![0x60 | text.len() as u8];
    out.extend_from_slice(text.as_bytes());
    out
}

impl Authenticator {
    pub fn new() -> Self {
        let key = EcdsaKeyPair::generate(&ECDSA_P256_SHA256_ASN1_SIGNING).expect("a P-256 key");
        let credential_id = (0..16).map(|_| rand::random::<u8>()).collect();
        Self {
            key,
            credential_id,
            user_handle: None,
        }
    }

    pub fn credential_id(&self) -> String {
        b64(&self.credential_id)
    }

    fn client_data(kind: &str, start: &Value) -> Vec<u8> {
        let challenge = &start["handshake"]["challenge"]["publicKey"]["challenge"];
        serde_json::to_vec(&json!({
            "type": kind,
            "challenge": challenge,
            "origin": APP_ORIGIN,
            "crossOrigin": false,
        }))
        .unwrap()
    }

    fn auth_data(flags: u8, counter: u32) -> Vec<u8> {
        let mut data = digest(&SHA256, b"localhost").as_ref().to_vec();
        data.push(flags);
        data.extend_from_slice(&counter.to_be_bytes());
        data
    }

    /// The `handshake_response` to a `register/webauthn/start` answer: a new
    /// credential with signature counter `counter`.
    pub fn register(&mut self, start: &Value, counter: u32) -> Value {
        let public_key = &start["handshake"]["challenge"]["publicKey"];
        assert_eq!(public_key["rp"]["id"], "localhost");
        self.user_handle = Some(unb64(&public_key["user"]["id"]));
        let point = self.key.public_key().as_ref();
        assert_eq!(point.len(), 65, "an uncompressed P-256 point");
        // COSE_Key {kty: EC2, alg: ES256, crv: P-256, x, y}
        let mut cose = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21];
        cose.extend(cbor_bytes(&point[1..33]));
        cose.push(0x22);
        cose.extend(cbor_bytes(&point[33..]));

        let mut auth_data = Self::auth_data(FLAGS_UP_UV | FLAG_AT, counter);
        auth_data.extend_from_slice(&[0; 16]); // AAGUID
        let id_len = u16::try_from(self.credential_id.len()).unwrap();
        auth_data.extend_from_slice(&id_len.to_be_bytes());
        auth_data.extend_from_slice(&self.credential_id);
        auth_data.extend(cose);

        let mut attestation = vec![0xa3];
        attestation.extend(cbor_text("fmt"));
        attestation.extend(cbor_text("none"));
        attestation.extend(cbor_text("attStmt"));
        attestation.push(0xa0);
        attestation.extend(cbor_text("authData"));
        attestation.extend(cbor_bytes(&auth_data));

        json!({
            "id": self.credential_id(),
            "rawId": self.credential_id(),
            "type": "public-key",
            "response": {
                "attestationObject": b64(&attestation),
                "clientDataJSON": b64(&Self::client_data("webauthn.create", start)),
                "transports": ["internal"],
            },
            "extensions": {},
        })
    }

    /// The `handshake_response` to a `login/webauthn/start` answer, signed
    /// with signature counter `counter`.
    pub fn sign_in(&self, start: &Value, counter: u32) -> Value {
        let auth_data = Self::auth_data(FLAGS_UP_UV, counter);
        let client_data = Self::client_data("webauthn.get", start);
        let mut signed = auth_data.clone();
        signed.extend_from_slice(digest(&SHA256, &client_data).as_ref());
        let signature = self.key.sign(&SystemRandom::new(), &signed).expect("signs");
        json!({
            "id": self.credential_id(),
            "rawId": self.credential_id(),
            "type": "public-key",
            "response": {
                "authenticatorData": b64(&auth_data),
                "clientDataJSON": b64(&client_data),
                "signature": b64(signature.as_ref()),
                "userHandle": self.user_handle.as_deref().map(b64),
            },
            "extensions": {},
        })
    }
}
