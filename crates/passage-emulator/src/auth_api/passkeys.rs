//! A user's passkeys as the emulator keeps them (in the state file): the
//! WebAuthn user handle they were registered under and, per passkey,
//! webauthn-rs's verified credential (public key, counter) plus what Passage
//! shows about it (`webauthn_devices`).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use webauthn_rs::prelude::{AuthenticationResult, CredentialID, DiscoverableKey, Passkey, Uuid};

use crate::random_id;
use passage_wire::{WebAuthnDevice, WebAuthnIcons};

/// Everything WebAuthn about one user.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub(crate) struct UserPasskeys {
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

    /// Forgets the passkey with this device ID; whether there was one. Its
    /// credential no longer signs anyone in.
    pub(super) fn remove(&mut self, device_id: &str) -> bool {
        let before = self.passkeys.len();
        self.passkeys.retain(|p| p.id != device_id);
        self.passkeys.len() != before
    }

    /// `webauthn_devices`, as Passage lists them.
    pub(super) fn devices(&self) -> Vec<WebAuthnDevice> {
        self.passkeys
            .iter()
            .map(|p| WebAuthnDevice {
                id: p.id.clone(),
                cred_id: URL_SAFE_NO_PAD.encode(p.credential.cred_id().as_slice()),
                friendly_name: p.friendly_name.clone(),
                kind: "passkey".into(),
                usage_count: i64::try_from(p.usage_count).unwrap_or(i64::MAX),
                created_at: Some(p.created_at),
                updated_at: Some(p.updated_at),
                last_login_at: p.last_login_at,
                icons: WebAuthnIcons::default(),
            })
            .collect()
    }

    /// The devices as `GET /currentuser` lists them: with the user's ID.
    pub(super) fn devices_of_current_user(&self, user_id: &str) -> Vec<Value> {
        self.devices()
            .into_iter()
            .map(|device| {
                let mut value = serde_json::to_value(device).expect("a device serialises");
                value["user_id"] = Value::from(user_id);
                value
            })
            .collect()
    }
}
