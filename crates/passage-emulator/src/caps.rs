//! How much a flood of auth API requests can make the emulator keep. It is a
//! dev tool, but it runs in CI and on laptops, and its auth API takes
//! requests from anyone who can reach it: every store those requests grow
//! has a cap here. At a cap, what is oldest and least needed gives way;
//! registered users never do. Where nothing may give way (wrong passcodes
//! still counting), the request is refused with a Passage error instead.
//!
//! Stores capped elsewhere, with fixed sizes: magic links and WebAuthn
//! handshakes waiting (10,000 each, the oldest give way), the inbox (200
//! messages) and a user's `recent_events` (20).

use super::Emulator;

/// Registrations started and not finished (pending users, from `register/otp`,
/// `register/webauthn/start`, `POST /users {identifier}` or a magic link to a
/// new identifier). Past this, the oldest pending users go, with their codes
/// and links.
pub const DEFAULT_MAX_PENDING_USERS: usize = 10_000;
/// Refresh-token records of one user, live and rotated (kept to recognise
/// reuse). Past this, the user's oldest rotated record goes first, then the
/// oldest live token (that sign-in's session ends).
pub const DEFAULT_MAX_REFRESH_TOKENS_PER_USER: usize = 50;
/// Refresh-token records of all users; past this, the oldest go as above.
pub const DEFAULT_MAX_REFRESH_TOKENS: usize = 20_000;
/// Identifiers with a one-time passcode waiting or wrong codes counting.
/// Past this, the oldest passcode no wrong code counts against goes; when
/// every identifier has wrong codes counting, new ones are refused with 429.
pub const DEFAULT_MAX_OTP_IDENTIFIERS: usize = 10_000;

/// The caps in force (see the `DEFAULT_` constants for what each bounds).
/// Each is at least 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Caps {
    pub pending_users: usize,
    pub refresh_tokens_per_user: usize,
    pub refresh_tokens: usize,
    pub otp_identifiers: usize,
}

impl Default for Caps {
    fn default() -> Self {
        Self {
            pending_users: DEFAULT_MAX_PENDING_USERS,
            refresh_tokens_per_user: DEFAULT_MAX_REFRESH_TOKENS_PER_USER,
            refresh_tokens: DEFAULT_MAX_REFRESH_TOKENS,
            otp_identifiers: DEFAULT_MAX_OTP_IDENTIFIERS,
        }
    }
}

impl Caps {
    /// The same caps, none below 1 (a cap of 0 would refuse everything).
    fn at_least_one(self) -> Self {
        Self {
            pending_users: self.pending_users.max(1),
            refresh_tokens_per_user: self.refresh_tokens_per_user.max(1),
            refresh_tokens: self.refresh_tokens.max(1),
            otp_identifiers: self.otp_identifiers.max(1),
        }
    }
}

impl Emulator {
    /// Replaces the caps (tests use small ones). They apply from the next
    /// entry added to each store: a store already over its new cap shrinks
    /// then.
    pub fn set_caps(&self, caps: Caps) {
        *self.state.caps.write().unwrap() = caps.at_least_one();
    }

    /// The caps in force.
    pub fn caps(&self) -> Caps {
        self.state.caps()
    }
}

impl super::State {
    pub(super) fn caps(&self) -> Caps {
        *self.caps.read().unwrap()
    }
}
