//! What tests turn and read on a running emulator: latency and failures of
//! the Management API routes, call counters, and the auth API's lifetimes
//! (auth tokens, WebAuthn handshakes) and app origins.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use super::Emulator;

/// How the Management API routes misbehave, when asked to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Failure {
    #[default]
    None,
    /// Answer with this status and a Passage-style JSON error.
    Status(u16),
    /// Answer with this status and an HTML page, as a proxy would.
    Html(u16),
    /// Never answer (the client's timeout decides).
    Hang,
}

/// How many calls each route received.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CallCounts {
    pub jwks: usize,
    pub get_user: usize,
    pub patch_user: usize,
    pub delete_user: usize,
    pub list_users: usize,
    pub create_user: usize,
    /// Most `GET /users/{id}` calls in progress at one time.
    pub peak_get_in_flight: usize,
    /// Auth API: `POST tokens` calls that issued a new auth token.
    pub refresh_tokens: usize,
}

#[derive(Default)]
pub(super) struct Counters {
    pub jwks: AtomicUsize,
    pub get_user: AtomicUsize,
    pub patch_user: AtomicUsize,
    pub delete_user: AtomicUsize,
    pub list_users: AtomicUsize,
    pub create_user: AtomicUsize,
    pub get_in_flight: AtomicUsize,
    pub peak_get_in_flight: AtomicUsize,
}

#[derive(Debug, Clone, Default)]
pub(super) struct Knobs {
    pub latency: Duration,
    pub failure: Failure,
    /// A failure for one user's `GET /users/{id}` only.
    pub user_failure: Option<(String, Failure)>,
    /// Delay between reading a user for `GET /users/{id}` and answering.
    pub get_transit_delay: Duration,
    /// `PATCH /users/{id}` keeps the verified flags of a changed email or
    /// phone (the emulator resets them, as Passage is believed to).
    pub update_keeps_verified: bool,
}

impl Emulator {
    pub fn set_latency(&self, latency: Duration) {
        self.state.knobs.lock().unwrap().latency = latency;
    }

    pub fn set_failure(&self, failure: Failure) {
        self.state.knobs.lock().unwrap().failure = failure;
    }

    /// Makes `GET /users/{user_id}` fail this way, other users unaffected
    /// (`Failure::None` clears it).
    pub fn set_user_failure(&self, user_id: &str, failure: Failure) {
        self.state.knobs.lock().unwrap().user_failure =
            (failure != Failure::None).then(|| (user_id.to_owned(), failure));
    }

    /// Makes `GET /users/{id}` read the user at once but answer `delay`
    /// later: an answer that is already stale when it arrives.
    pub fn set_get_transit_delay(&self, delay: Duration) {
        self.state.knobs.lock().unwrap().get_transit_delay = delay;
    }

    /// Makes `PATCH /users/{id}` keep `email_verified` and `phone_verified`
    /// when it changes the email or phone: a Passage that never proved the
    /// new address but still calls it verified, which the server must not
    /// believe.
    pub fn set_update_keeps_verified(&self, keep: bool) {
        self.state.knobs.lock().unwrap().update_keeps_verified = keep;
    }

    /// How long auth tokens issued from now on live (whole seconds; default
    /// [`super::DEFAULT_TOKEN_TTL`]).
    pub fn set_auth_token_ttl(&self, ttl: Duration) {
        let secs = i64::try_from(ttl.as_secs()).unwrap_or(i64::MAX);
        self.state.token_ttl_secs.store(secs, Ordering::SeqCst);
    }

    /// How long a WebAuthn handshake started from now on may wait for its
    /// finish call (default five minutes).
    pub fn set_handshake_ttl(&self, ttl: Duration) {
        self.state.auth.set_handshake_ttl(ttl);
    }

    /// The app's origins: browser pages there may call the auth API (CORS),
    /// and the first one on `localhost` is the WebAuthn origin (RP ID
    /// `localhost`). Replaces the previous list.
    pub fn set_app_origins(&self, origins: &[String]) -> anyhow::Result<()> {
        self.state.auth.set_origins(origins, &self.state.app_id)
    }

    pub fn calls(&self) -> CallCounts {
        let c = &self.state.counters;
        let get = |a: &AtomicUsize| a.load(Ordering::SeqCst);
        CallCounts {
            jwks: get(&c.jwks),
            get_user: get(&c.get_user),
            patch_user: get(&c.patch_user),
            delete_user: get(&c.delete_user),
            list_users: get(&c.list_users),
            create_user: get(&c.create_user),
            peak_get_in_flight: get(&c.peak_get_in_flight),
            refresh_tokens: get(&self.state.auth.refreshes),
        }
    }

    pub fn reset_calls(&self) {
        let c = &self.state.counters;
        for counter in [
            &c.jwks,
            &c.get_user,
            &c.patch_user,
            &c.delete_user,
            &c.list_users,
            &c.create_user,
            &c.peak_get_in_flight,
            &self.state.auth.refreshes,
        ] {
            counter.store(0, Ordering::SeqCst);
        }
    }
}
