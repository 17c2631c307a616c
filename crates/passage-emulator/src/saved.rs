//! An emulator's saved state, opened without serving it. `dev-token` uses it
//! to recognise the emulator that serves this state (by its signing key), and
//! to sign tokens as that emulator would when none is running.

use std::path::Path;

use serde_json::Value;

use super::State;

/// A state file opened for an emulator of `app_id` at `base_url`.
pub struct SavedEmulator {
    state: State,
}

impl SavedEmulator {
    /// Opens `state_file`, creating it with a new key when it is missing.
    pub fn open(state_file: &Path, app_id: &str, base_url: &str) -> anyhow::Result<Self> {
        let fresh = !state_file.exists();
        // No API key: nothing is served, so the Management API is never asked.
        let state = State::open(app_id, "", base_url.to_owned(), Some(state_file.to_owned()))?;
        if fresh {
            // A key that is not kept would sign tokens no server ever accepts.
            state.try_save()?;
        }
        Ok(Self { state })
    }

    /// The public JWK of the key that signs new tokens.
    pub fn signing_jwk(&self) -> Value {
        self.state.signing_key().jwk()
    }

    /// A token for the user with `email`, registered (and saved) when new.
    pub fn token_for_email(&self, email: &str) -> anyhow::Result<String> {
        let user = match self.state.user_by_email(email) {
            Some(user) => user,
            None => {
                let user = super::new_user(email, "");
                let mut users = self.state.users.lock().unwrap();
                users.insert(user.id.clone(), user.clone());
                drop(users);
                // Unsaved, the user would be unknown to the next server.
                self.state.try_save()?;
                user
            }
        };
        Ok(self.state.token_for(&user.id))
    }
}
