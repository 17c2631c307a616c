//! WebAuthn handshakes waiting for their finish call: the relying party's
//! half of each ceremony (its challenge among it), kept server-side by
//! handshake ID, used at most once, and void after a deadline.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use webauthn_rs::prelude::{
    DiscoverableAuthentication, PasskeyAuthentication, PasskeyRegistration,
};

use super::ApiError;
use crate::random_id;

/// Most handshakes waiting at once; past this the oldest give way.
const MAX_PENDING: usize = 10_000;

/// The server's half of one ceremony.
pub(super) enum Ceremony {
    Register {
        user_id: String,
        state: PasskeyRegistration,
    },
    Login {
        user_id: String,
        state: PasskeyAuthentication,
    },
    /// A sign-in where the browser picks the passkey (no identifier given).
    Discoverable { state: DiscoverableAuthentication },
}

struct Waiting {
    ceremony: Ceremony,
    deadline: Instant,
    started: Instant,
}

#[derive(Default)]
pub(super) struct Handshakes {
    waiting: HashMap<String, Waiting>,
}

impl Handshakes {
    /// Keeps `ceremony` for `ttl`; its handshake ID.
    pub(super) fn start(&mut self, ceremony: Ceremony, ttl: Duration) -> String {
        let now = Instant::now();
        self.waiting.retain(|_, w| w.deadline > now);
        if self.waiting.len() >= MAX_PENDING
            && let Some(oldest) = self
                .waiting
                .iter()
                .min_by_key(|(_, w)| w.started)
                .map(|(id, _)| id.clone())
        {
            self.waiting.remove(&oldest);
        }
        let id = random_id(24);
        self.waiting.insert(
            id.clone(),
            Waiting {
                ceremony,
                deadline: now + ttl,
                started: now,
            },
        );
        id
    }

    /// Takes the ceremony out (a handshake is finished at most once, whether
    /// the finish succeeds or not); 400 when it is unknown or expired.
    pub(super) fn finish(&mut self, id: &str) -> Result<Ceremony, ApiError> {
        let waiting = self.waiting.remove(id).ok_or_else(|| {
            ApiError::bad_request("handshake: unknown or already finished; start again")
        })?;
        if waiting.deadline <= Instant::now() {
            return Err(ApiError::bad_request("handshake: expired; start again"));
        }
        Ok(waiting.ceremony)
    }
}
