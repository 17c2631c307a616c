//! The dev-mode emulator's state file: signing keys, users, passkeys and
//! refresh-token digests as JSON, so users, issued tokens and sessions
//! survive a restart. Files written before passkeys existed still load.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::auth_api::{SavedRefreshToken, UserPasskeys};
use super::{SigningKey, State};
use passage_wire::PassageUser;

#[derive(Serialize, Deserialize)]
struct File {
    keys: Vec<SavedKey>,
    users: Vec<PassageUser>,
    /// Passkeys by Passage user ID.
    #[serde(default)]
    passkeys: BTreeMap<String, UserPasskeys>,
    #[serde(default)]
    refresh_tokens: Vec<SavedRefreshToken>,
}

#[derive(Serialize, Deserialize)]
struct SavedKey {
    kid: String,
    pkcs8: String,
}

/// What a state file holds, loaded.
pub(super) struct Saved {
    pub keys: Vec<SigningKey>,
    pub users: BTreeMap<String, PassageUser>,
    pub passkeys: BTreeMap<String, UserPasskeys>,
    pub refresh_tokens: Vec<SavedRefreshToken>,
}

/// What to write, borrowed from the running emulator.
pub(super) struct Snapshot<'a> {
    pub keys: &'a [Arc<SigningKey>],
    pub users: &'a BTreeMap<String, PassageUser>,
    pub passkeys: &'a BTreeMap<String, UserPasskeys>,
    pub refresh_tokens: &'a [SavedRefreshToken],
}

impl State {
    /// Writes users, keys, passkeys and refresh-token digests to the state
    /// file, when there is one; a failure is logged (the emulator keeps
    /// serving from memory).
    pub(super) fn save(&self) {
        if let Err(err) = self.try_save() {
            tracing::warn!(error = %err, "cannot save emulator state");
        }
    }

    pub(super) fn try_save(&self) -> anyhow::Result<()> {
        let Some(path) = &self.state_file else {
            return Ok(());
        };
        // One writer at a time: the file is written whole, then renamed.
        let _writing = self.save_lock.lock().unwrap();
        let keys = self.keys.read().unwrap().clone();
        let users = self.users.lock().unwrap().clone();
        let (passkeys, refresh_tokens) = self.auth.saved();
        let snapshot = Snapshot {
            keys: &keys,
            users: &users,
            passkeys: &passkeys,
            refresh_tokens: &refresh_tokens,
        };
        save(path, &snapshot)
            .map_err(|err| anyhow::anyhow!("cannot write {}: {err}", path.display()))
    }
}

pub(super) fn load(path: &Path) -> anyhow::Result<Option<Saved>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(err) => anyhow::bail!("cannot read {}: {err}", path.display()),
    };
    let file: File = serde_json::from_str(&text).map_err(|e| {
        anyhow::anyhow!(
            "{} is not an emulator state file ({e}); remove it to start afresh",
            path.display()
        )
    })?;
    let keys = file
        .keys
        .iter()
        .map(|k| {
            let der = STANDARD.decode(&k.pkcs8)?;
            SigningKey::from_pkcs8(k.kid.clone(), &der)
        })
        .collect::<anyhow::Result<Vec<_>>>()?;
    anyhow::ensure!(!keys.is_empty(), "{} holds no signing key", path.display());
    let users = file.users.into_iter().map(|u| (u.id.clone(), u)).collect();
    Ok(Some(Saved {
        keys,
        users,
        passkeys: file.passkeys,
        refresh_tokens: file.refresh_tokens,
    }))
}

/// Writes atomically (temp file, then rename), private to the owner.
pub(super) fn save(path: &Path, snapshot: &Snapshot<'_>) -> anyhow::Result<()> {
    let file = File {
        keys: snapshot
            .keys
            .iter()
            .map(|k| SavedKey {
                kid: k.kid.clone(),
                pkcs8: STANDARD.encode(k.to_pkcs8()),
            })
            .collect(),
        users: snapshot.users.values().cloned().collect(),
        passkeys: snapshot.passkeys.clone(),
        refresh_tokens: snapshot.refresh_tokens.to_vec(),
    };
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir)?;
    }
    let tmp = path.with_extension("json.tmp");
    std::fs::write(&tmp, serde_json::to_vec_pretty(&file)?)?;
    std::fs::set_permissions(&tmp, std::os::unix::fs::PermissionsExt::from_mode(0o600))?;
    std::fs::rename(&tmp, path)?;
    Ok(())
}
