//! A local stand-in for Passage: the JWKS, the Management API, and the
//! public auth API that Passage's browser SDK calls, with real RS256 tokens,
//! real WebAuthn, call counters and failure knobs.
//!
//! Passage was retired in January 2026; this is how the stack runs on a
//! laptop (dev mode) and in the tests. It serves the contract on one base URL,
//! which is both `PASSAGE_AUTH_URL` and `PASSAGE_API_URL`:
//! - `GET  /v1/apps/{app}/.well-known/jwks.json`
//! - Management API (API key), as Passage's server SDKs call it: see
//!   [`management`] (users, their devices and refresh tokens, magic links)
//! - auth API (no key; browsers, from the app's origins): see [`auth_api`]
//!   (app info, users by identifier, one-time passcodes, passkeys, magic
//!   links, sessions), and the emulator's own `GET /emulator/inbox` with the
//!   passcodes and magic links "sent"
//!
//! and, for curl and the `dev-token` command, sign-up and sign-in shortcuts
//! without any ceremony (`shortcuts`, under `/v1/apps/{app}/emulator/`).
//!
//! Both APIs share one set of users: a passkey registered through the auth
//! API is among the user's `webauthn_devices`, a sign-in moves
//! `login_count`, `last_login_at` and `recent_events`, and revoking a device
//! or the refresh tokens through the Management API ends what they allowed.
//!
//! In dev mode its users, signing key, passkeys and refresh tokens are kept
//! in a file between runs; [`SavedEmulator`] opens that file without serving
//! it. What a flood of auth API requests can make it keep, there and in
//! memory, is capped: see [`Caps`].

pub mod auth_api;
mod caps;
mod events;
mod jwks;
pub mod keys;
mod knobs;
pub mod management;
mod routes;
mod saved;
mod shortcuts;
mod store;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use chrono::Utc;
use rand::Rng;
use serde_json::{Value, json};
use tokio::task::JoinHandle;

pub use caps::{
    Caps, DEFAULT_MAX_OTP_IDENTIFIERS, DEFAULT_MAX_PENDING_USERS, DEFAULT_MAX_REFRESH_TOKENS,
    DEFAULT_MAX_REFRESH_TOKENS_PER_USER,
};
pub use keys::SigningKey;
pub use knobs::{CallCounts, Failure};
pub use saved::SavedEmulator;

use passage_wire::{PassageSettings, PassageStatus, PassageUser};

/// How long emulator auth tokens live unless set otherwise.
pub const DEFAULT_TOKEN_TTL: Duration = Duration::from_secs(3600);

/// Shared state behind the emulator's routes.
struct State {
    app_id: String,
    api_key: String,
    base_url: String,
    /// Where users and keys are saved after each change (dev mode).
    state_file: Option<std::path::PathBuf>,
    save_lock: Mutex<()>,
    /// Published keys; the last one signs new tokens.
    keys: RwLock<Vec<Arc<SigningKey>>>,
    users: Mutex<BTreeMap<String, PassageUser>>,
    knobs: Mutex<knobs::Knobs>,
    jwks: Mutex<jwks::JwksKnobs>,
    counters: knobs::Counters,
    /// Lifetime of auth tokens issued from now on.
    token_ttl_secs: AtomicI64,
    /// How much the auth API's stores may hold.
    caps: RwLock<Caps>,
    /// The public auth API's sessions, passkeys, passcodes and origins.
    auth: auth_api::AuthState,
}

/// A running emulator; dropping it stops the server.
pub struct Emulator {
    state: Arc<State>,
    addr: SocketAddr,
    server: JoinHandle<()>,
}

impl Emulator {
    /// Starts an emulator for `app_id` on a random loopback port.
    pub async fn start(app_id: &str, api_key: &str) -> anyhow::Result<Self> {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        Self::start_on_listener(listener, app_id, api_key).await
    }

    /// An emulator on an already bound listener.
    pub async fn start_on_listener(
        listener: tokio::net::TcpListener,
        app_id: &str,
        api_key: &str,
    ) -> anyhow::Result<Self> {
        Self::serve(listener, app_id, api_key, None).await
    }

    /// An emulator whose users and signing key live in `state_file` (loaded
    /// when present, saved after every change), on `listener`.
    pub async fn start_persistent(
        listener: tokio::net::TcpListener,
        app_id: &str,
        api_key: &str,
        state_file: &std::path::Path,
    ) -> anyhow::Result<Self> {
        Self::serve(listener, app_id, api_key, Some(state_file.to_owned())).await
    }

    async fn serve(
        listener: tokio::net::TcpListener,
        app_id: &str,
        api_key: &str,
        state_file: Option<std::path::PathBuf>,
    ) -> anyhow::Result<Self> {
        let addr = listener.local_addr()?;
        let state = Arc::new(State::open(
            app_id,
            api_key,
            format!("http://{addr}"),
            state_file,
        )?);
        state.save();
        // The caller's address goes into `recent_events`.
        let service =
            routes::router(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
        let server = tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, service).await {
                tracing::error!(error = %err, "passage emulator stopped");
            }
        });
        Ok(Self {
            state,
            addr,
            server,
        })
    }

    /// Base URL serving both the JWKS and the Management API.
    pub fn base_url(&self) -> &str {
        &self.state.base_url
    }

    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    pub fn app_id(&self) -> &str {
        &self.state.app_id
    }

    pub fn api_key(&self) -> &str {
        &self.state.api_key
    }

    /// Settings that point a server at this emulator (one base URL serves
    /// both the JWKS and the Management API).
    pub fn passage_settings(&self) -> PassageSettings {
        PassageSettings {
            app_id: self.state.app_id.clone(),
            api_key: self.state.api_key.clone(),
            auth_url: self.state.base_url.clone(),
            api_url: self.state.base_url.clone(),
        }
    }

    /// The issuer Passage puts in tokens: `{auth_url}/v1/apps/{app_id}`.
    pub fn issuer(&self) -> String {
        self.state.issuer()
    }

    /// Registers a user, as Passage does at sign-up (signed in once).
    pub fn create_user(&self, email: &str) -> PassageUser {
        self.state.insert_user(email, "")
    }

    /// The user with this email, registered first when new.
    pub fn user_by_email_or_create(&self, email: &str) -> PassageUser {
        self.state
            .user_by_email(email)
            .unwrap_or_else(|| self.create_user(email))
    }

    /// Registers `user{i}@example.com` for each `i` in `range` that is not
    /// there yet, saving the state once, and returns those users in order.
    pub fn seed_users(&self, range: std::ops::Range<usize>) -> Vec<PassageUser> {
        let mut users = self.state.users.lock().unwrap();
        let mut by_email: std::collections::HashMap<String, PassageUser> = users
            .values()
            .map(|u| (u.email.clone(), u.clone()))
            .collect();
        let seeded = range
            .map(|i| {
                let email = format!("user{i}@example.com");
                by_email
                    .entry(email.clone())
                    .or_insert_with(|| {
                        let user = new_user(&email, "");
                        users.insert(user.id.clone(), user.clone());
                        user
                    })
                    .clone()
            })
            .collect();
        drop(users);
        self.state.save();
        seeded
    }

    /// The user with this email, if there is one, as the Management API
    /// shows them (devices included).
    pub fn user_by_email(&self, email: &str) -> Option<PassageUser> {
        self.state.user_by_email(email).map(|u| self.state.view(u))
    }

    /// Number of users known to the emulator.
    pub fn user_count(&self) -> usize {
        self.state.users.lock().unwrap().len()
    }

    /// The user, as the Management API shows them (devices included).
    pub fn user(&self, id: &str) -> Option<PassageUser> {
        let user = self.state.users.lock().unwrap().get(id).cloned();
        user.map(|u| self.state.view(u))
    }

    /// A valid token for `user_id`, signed by the current key.
    pub fn token_for(&self, user_id: &str) -> String {
        self.sign_claims(&self.claims_for(user_id))
    }

    /// The claims a valid token for `user_id` carries; tests edit them.
    pub fn claims_for(&self, user_id: &str) -> Value {
        self.state.claims_for(user_id)
    }

    /// Signs `claims` with the current key and its standard header.
    pub fn sign_claims(&self, claims: &Value) -> String {
        let key = self.signing_key();
        key.sign(&key.header(), claims)
    }

    /// The key that signs new tokens.
    pub fn signing_key(&self) -> Arc<SigningKey> {
        self.state
            .keys
            .read()
            .unwrap()
            .last()
            .cloned()
            .expect("a key")
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        self.server.abort();
    }
}

impl State {
    /// The state of an emulator at `base_url`: loaded from `state_file` when
    /// that exists, else a new key and no users.
    fn open(
        app_id: &str,
        api_key: &str,
        base_url: String,
        state_file: Option<std::path::PathBuf>,
    ) -> anyhow::Result<Self> {
        let saved = match &state_file {
            Some(path) => store::load(path)?,
            None => None,
        };
        let saved = saved.unwrap_or_else(|| store::Saved {
            keys: vec![SigningKey::generate(random_id(16))],
            users: BTreeMap::new(),
            passkeys: BTreeMap::new(),
            refresh_tokens: Vec::new(),
        });
        let ttl = i64::try_from(DEFAULT_TOKEN_TTL.as_secs()).expect("fits");
        let caps = Caps::default();
        // A file written before the caps (or under larger ones) is trimmed
        // to them, so it shrinks at the first save.
        let mut users = saved.users;
        let mut passkeys = saved.passkeys;
        for id in auth_api::oldest_pending(&users, caps.pending_users) {
            users.remove(&id);
            passkeys.remove(&id);
        }
        Ok(Self {
            app_id: app_id.to_owned(),
            api_key: api_key.to_owned(),
            base_url,
            state_file,
            save_lock: Mutex::new(()),
            keys: RwLock::new(saved.keys.into_iter().map(Arc::new).collect()),
            users: Mutex::new(users),
            knobs: Mutex::new(knobs::Knobs::default()),
            jwks: Mutex::new(jwks::JwksKnobs::default()),
            counters: knobs::Counters::default(),
            token_ttl_secs: AtomicI64::new(ttl),
            caps: RwLock::new(caps),
            auth: auth_api::AuthState::new(passkeys, saved.refresh_tokens, &caps),
        })
    }

    fn insert_user(&self, email: &str, phone: &str) -> PassageUser {
        let user = new_user(email, phone);
        self.users
            .lock()
            .unwrap()
            .insert(user.id.clone(), user.clone());
        self.save();
        user
    }

    fn user_by_email(&self, email: &str) -> Option<PassageUser> {
        let users = self.users.lock().unwrap();
        users.values().find(|u| u.email == email).cloned()
    }

    /// `user` as Passage shows it: the stored record with the user's
    /// WebAuthn devices, which the auth API keeps. (Never called with the
    /// users' lock held: the passkeys have their own.)
    fn view(&self, mut user: PassageUser) -> PassageUser {
        user.webauthn_devices = self.auth.devices(&user.id);
        user.webauthn = !user.webauthn_devices.is_empty();
        user
    }

    fn issuer(&self) -> String {
        format!("{}/v1/apps/{}", self.base_url, self.app_id)
    }

    fn claims_for(&self, user_id: &str) -> Value {
        let now = Utc::now().timestamp();
        json!({
            "sub": user_id,
            "aud": [self.app_id],
            "iss": self.issuer(),
            "iat": now,
            "nbf": now,
            "exp": now + self.token_ttl_secs.load(Ordering::SeqCst),
        })
    }

    /// The claims of `token` when one of the published keys signed it (by
    /// its `kid`); nothing else is checked here.
    fn verified_claims(&self, token: &str) -> Option<Value> {
        let kid = keys::header_kid(token)?;
        let key = self
            .keys
            .read()
            .unwrap()
            .iter()
            .find(|k| k.kid == kid)
            .cloned()?;
        key.verify(token)
    }

    fn signing_key(&self) -> Arc<SigningKey> {
        self.keys.read().unwrap().last().cloned().expect("a key")
    }

    fn sign_claims(&self, claims: &Value) -> String {
        let key = self.signing_key();
        key.sign(&key.header(), claims)
    }

    fn token_for(&self, user_id: &str) -> String {
        self.sign_claims(&self.claims_for(user_id))
    }

    fn knobs(&self) -> knobs::Knobs {
        self.knobs.lock().unwrap().clone()
    }
}

/// A new active Passage user who has signed up (and so in, once) with no
/// ceremony: seeds, tests, the sign-in shortcuts.
fn new_user(email: &str, phone: &str) -> PassageUser {
    let now = Utc::now();
    let mut user = PassageUser {
        id: random_id(24),
        email: email.to_owned(),
        email_verified: !email.is_empty(),
        phone: phone.to_owned(),
        status: PassageStatus::Active,
        created_at: Some(now),
        updated_at: Some(now),
        last_login_at: Some(now),
        login_count: 1,
        ..PassageUser::default()
    };
    events::record_sign_in(
        &mut user,
        events::Method::Emulator,
        &events::Caller::emulator(),
        true,
    );
    user
}

/// A random ID of `len` letters and digits, as Passage's IDs look.
pub fn random_id(len: usize) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    let mut rng = rand::rng();
    (0..len)
        .map(|_| ALPHABET[rng.random_range(0..ALPHABET.len())] as char)
        .collect()
}
