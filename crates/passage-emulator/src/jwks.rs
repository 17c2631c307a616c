//! The emulator's JWKS route and the knobs tests use to make it misbehave
//! the ways a real key endpoint (or something in front of it) can: down, a
//! redirect, odd or extra entries, an oversized body, a `kid` whose key
//! material changed.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Body;
use axum::extract::{Path, State as AxumState};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::routes::error;
use super::{Emulator, SigningKey, State, random_id};

/// How the JWKS route answers instead of (or besides) the published keys.
#[derive(Debug, Clone, Default)]
pub(super) struct JwksKnobs {
    /// Answer 503.
    down: bool,
    /// Answer `302 Found` with this `Location`.
    redirect_to: Option<String>,
    /// Raw entries appended after the published keys.
    extra_entries: Vec<Value>,
    /// Serve this text instead of the key set, streamed in chunks with no
    /// `Content-Length` (as a chunked upstream would).
    body: Option<String>,
}

/// Chunk size of a replacement body.
const BODY_CHUNK: usize = 4 * 1024;

pub(super) async fn serve(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
) -> Response {
    state.counters.jwks.fetch_add(1, Ordering::SeqCst);
    if app != state.app_id {
        return error(StatusCode::NOT_FOUND, "app_not_found", "app not found");
    }
    let knobs = state.jwks.lock().unwrap().clone();
    if knobs.down {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            "unavailable",
            "JWKS unavailable",
        );
    }
    if let Some(location) = knobs.redirect_to {
        return (StatusCode::FOUND, [(header::LOCATION, location)]).into_response();
    }
    let cache_control = [(header::CACHE_CONTROL, "public, max-age=300")];
    if let Some(body) = knobs.body {
        let chunks: Vec<Result<Vec<u8>, std::convert::Infallible>> = body
            .into_bytes()
            .chunks(BODY_CHUNK)
            .map(|c| Ok(c.to_vec()))
            .collect();
        let body = Body::from_stream(futures::stream::iter(chunks));
        return (
            cache_control,
            [(header::CONTENT_TYPE, "application/json")],
            body,
        )
            .into_response();
    }
    let mut keys = state.published_jwks();
    keys.extend(knobs.extra_entries);
    (cache_control, axum::Json(json!({ "keys": keys }))).into_response()
}

impl State {
    fn published_jwks(&self) -> Vec<Value> {
        self.keys.read().unwrap().iter().map(|k| k.jwk()).collect()
    }
}

impl Emulator {
    /// `{base_url}/v1/apps/{app_id}/.well-known/jwks.json`.
    pub fn jwks_url(&self) -> String {
        format!(
            "{}/v1/apps/{}/.well-known/jwks.json",
            self.state.base_url, self.state.app_id
        )
    }

    /// The key set as published (without the knobs' extras).
    pub fn published_jwks(&self) -> Value {
        json!({ "keys": self.state.published_jwks() })
    }

    /// Publishes a new key (keeping the old ones) and signs with it from now.
    pub fn rotate_key(&self) -> Arc<SigningKey> {
        let key = Arc::new(SigningKey::generate(random_id(16)));
        self.state.keys.write().unwrap().push(key.clone());
        key
    }

    /// Republishes the signing key's `kid` with fresh key material (what a
    /// botched or hostile rotation looks like) and signs with it from now.
    pub fn replace_signing_key_material(&self) -> Arc<SigningKey> {
        let mut keys = self.state.keys.write().unwrap();
        let current = keys.last_mut().expect("a key");
        let replacement = Arc::new(SigningKey::generate(current.kid.clone()));
        *current = replacement.clone();
        replacement
    }

    /// Makes the JWKS route answer 503 (or recover).
    pub fn set_jwks_down(&self, down: bool) {
        self.state.jwks.lock().unwrap().down = down;
    }

    /// Makes the JWKS route answer `302 Found` to `location` (`None`: serve
    /// the keys again).
    pub fn redirect_jwks(&self, location: Option<String>) {
        self.state.jwks.lock().unwrap().redirect_to = location;
    }

    /// Raw entries published after the real keys, exactly as given.
    pub fn set_jwks_extra_entries(&self, entries: Vec<Value>) {
        self.state.jwks.lock().unwrap().extra_entries = entries;
    }

    /// Serves `body` as the JWKS instead of the key set (`None`: the key set
    /// again). Sent in chunks, without `Content-Length`.
    pub fn set_jwks_body(&self, body: Option<String>) {
        self.state.jwks.lock().unwrap().body = body;
    }
}
