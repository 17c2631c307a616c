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

    /// Keeps a new passkey; its device ID.
    pub(super) fn add(&mut self, credential: Passkey) -> String {
        let now = Utc::now();
        let friendly_name = format!("Passkey {}", self.passkeys.len() + 1);
        let id = random_id(24);
        self.passkeys.push(StoredPasskey {
            id: id.clone(),
            credential,
            friendly_name,
            created_at: now,
            updated_at: now,
            last_login_at: Some(now),
            usage_count: 1,
        });
        id
    }

    /// Accepts a sign-in that webauthn-rs verified against the handshake's
    /// copy of the credentials, now checked against the passkeys as they are
    /// (call it under the passkeys' lock): the credential must still be the
    /// user's (not revoked meanwhile), and its counter must exceed the one
    /// stored (unless the authenticator keeps none: both zero), so two
    /// handshakes started together cannot both use one counter value. Then
    /// records the use: the new counter and the device's usage.
    pub(super) fn accept(&mut self, result: &AuthenticationResult) -> Result<(), String> {
        let stored = self
            .passkeys
            .iter_mut()
            .find(|p| p.credential.cred_id() == result.cred_id())
            .ok_or_else(|| "this passkey was removed from the account".to_owned())?;
        let before = stored_counter(&stored.credential);
        let presented = result.counter();
        if (presented > 0 || before > 0) && presented <= before {
            return Err(format!(
                "signature counter {presented} is not above the stored {before}: a replayed \
                 or cloned authenticator"
            ));
        }
        stored.credential.update_credential(result);
        let now = Utc::now();
        stored.usage_count += 1;
        stored.last_login_at = Some(now);
        stored.updated_at = now;
        Ok(())
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

/// The signature counter webauthn-rs keeps for `passkey` (it offers no
/// getter; its serialised form, which is meant for databases, has it).
fn stored_counter(passkey: &Passkey) -> u32 {
    serde_json::to_value(passkey)
        .ok()
        .and_then(|v| v["cred"]["counter"].as_u64())
        .and_then(|c| u32::try_from(c).ok())
        // Unreadable: nothing passes the check, rather than everything.
        .unwrap_or(u32::MAX)
}
