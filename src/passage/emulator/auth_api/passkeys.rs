//! A user's passkeys as the emulator keeps them (in the state file): the
//! WebAuthn user handle they were registered under and, per passkey,
//! webauthn-rs's verified credential (public key, counter) plus what Passage
//! shows about it (`webauthn_devices`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use webauthn_rs::prelude::{AuthenticationResult, CredentialID, DiscoverableKey, Passkey, Uuid};

use crate::passage::emulator::random_id;

/// Everything WebAuthn about one user.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(in crate::passage::emulator) struct UserPasskeys {
    /// The WebAuthn user handle: what a discoverable credential hands back.
    handle: Uuid,
    passkeys: Vec<StoredPasskey>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct StoredPasskey {
    /// Passage's device ID.
    id: String,
    credential: Passkey,
    friendly_name: String,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    last_login_at: Option<DateTime<Utc>>,
    usage_count: u64,
}

impl UserPasskeys {
    pub(super) fn new() -> Self {
        Self {
            handle: Uuid::from_bytes(rand::random()),
            passkeys: Vec::new(),
        }
    }

    pub(super) fn handle(&self) -> Uuid {
        self.handle
    }

    pub(super) fn credentials(&self) -> Vec<Passkey> {
        self.passkeys.iter().map(|p| p.credential.clone()).collect()
    }

    pub(super) fn credential_ids(&self) -> Vec<CredentialID> {
        self.passkeys
            .iter()
            .map(|p| p.credential.cred_id().clone())
            .collect()
    }

    pub(super) fn discoverable_keys(&self) -> Vec<DiscoverableKey> {
        self.passkeys
            .iter()
            .map(|p| DiscoverableKey::from(&p.credential))
            .collect()
    }

    pub(super) fn has(&self, credential_id: &[u8]) -> bool {
        self.passkeys
            .iter()
            .any(|p| p.credential.cred_id().as_slice() == credential_id)
    }

    pub(super) fn add(&mut self, credential: Passkey) {
        let now = Utc::now();
        let friendly_name = format!("Passkey {}", self.passkeys.len() + 1);
        self.passkeys.push(StoredPasskey {
            id: random_id(24),
            credential,
            friendly_name,
            created_at: now,
            updated_at: now,
            last_login_at: Some(now),
            usage_count: 1,
        });
    }

    /// Records a sign-in with one of these passkeys: its counter (which the
    /// next sign-in must exceed, unless the authenticator keeps none) and
    /// its use.
    pub(super) fn record_use(&mut self, result: &AuthenticationResult) {
        let now = Utc::now();
        for stored in &mut self.passkeys {
            if stored.credential.update_credential(result).is_some() {
                stored.usage_count += 1;
                stored.last_login_at = Some(now);
                stored.updated_at = now;
            }
        }
    }

    /// `webauthn_devices`, as `GET /currentuser` lists them.
    pub(super) fn devices(&self, user_id: &str) -> Vec<Value> {
        self.passkeys
            .iter()
            .map(|p| {
                json!({
                    "id": p.id,
                    "cred_id": URL_SAFE_NO_PAD.encode(p.credential.cred_id().as_slice()),
                    "friendly_name": p.friendly_name,
                    "type": "passkey",
                    "user_id": user_id,
                    "usage_count": p.usage_count,
                    "created_at": p.created_at,
                    "updated_at": p.updated_at,
                    "last_login_at": p.last_login_at,
                    "icons": { "light": null, "dark": null },
                })
            })
            .collect()
    }
}
