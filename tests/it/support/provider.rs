//! A stand-in for a successor provider (Clerk, Auth0, Supabase, Firebase,
//! better-auth) on loopback, for the token shapes those providers document:
//! one RS256, one ES256 and one Ed25519 key, whose JWKS is served at every
//! path (so each preset's own JWKS location is what is fetched), tokens with
//! any header and claims, and a fixture of Clerk's Backend API
//! (`GET /v1/users`) for the values the published spec's examples do not
//! cover: verified flags, unknown IDs and 429s. The spec itself is checked
//! by a mock served from it (`clerk_spec.rs`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair as _,
};
use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use passage_emulator::keys::{SigningKey, encode_json};
use serde_json::{Value, json};

/// The secret key the Clerk fixture accepts.
pub const CLERK_SECRET: &str = "sk_test_standin";

/// The origin Clerk's tokens are issued for here (their `azp`).
pub const CLERK_APP: &str = "https://app.example.com";

/// An `[[issuers]]` entry for a Clerk instance at `iss` (preset `clerk`,
/// `azp` [`CLERK_APP`]) whose Backend API is at `api_url`.
pub fn clerk_issuer(iss: &str, api_url: &str) -> String {
    format!(
        "[[issuers]]\nissuer = \"{iss}\"\npreset = \"clerk\"\n\
         authorized_parties = [\"{CLERK_APP}\"]\nclerk_api_url = \"{api_url}\"\n"
    )
}

/// An `[[issuers]]` entry for an Auth0 tenant at `iss` (preset `auth0`,
/// audience `api`, client `client-spa`, the stand-in's JWKS), then `extra`.
pub fn auth0_issuer(iss: &str, api: &str, extra: &str) -> String {
    format!(
        "[[issuers]]\nissuer = \"{iss}\"\npreset = \"auth0\"\naudiences = [\"{api}\"]\n\
         authorized_parties = [\"client-spa\"]\n\
         jwks_uri = \"{iss}.well-known/jwks.json\"\n{extra}"
    )
}

/// Claims of a Clerk session token v2, as Clerk documents it, for `sub` at
/// `iss`, with `azp` when given; valid for a minute.
pub fn clerk_claims(iss: &str, sub: &str, azp: Option<&str>) -> Value {
    let now = chrono::Utc::now().timestamp();
    let mut claims = json!({
        "exp": now + 60, "fva": [0, -1], "iat": now, "iss": iss, "nbf": now - 10,
        "sid": "sess_2abc", "sub": sub, "v": 2, "pla": "u:free_user", "fea": "u:basic",
    });
    if let Some(azp) = azp {
        claims["azp"] = json!(azp);
    }
    claims
}

/// A token signing algorithm of the stand-in's keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Alg {
    Rs256,
    Es256,
    EdDsa,
}

impl Alg {
    pub fn name(self) -> &'static str {
        match self {
            Alg::Rs256 => "RS256",
            Alg::Es256 => "ES256",
            Alg::EdDsa => "EdDSA",
        }
    }

    fn kid(self) -> &'static str {
        match self {
            Alg::Rs256 => "standin-rs256",
            Alg::Es256 => "standin-es256",
            Alg::EdDsa => "standin-eddsa",
        }
    }
}

struct Keys {
    rsa: SigningKey,
    ec: EcdsaKeyPair,
    ed: Ed25519KeyPair,
}

/// The Clerk fixture's state.
#[derive(Default)]
struct Clerk {
    users: HashMap<String, Value>,
    /// The next this many calls answer 429 with this `Retry-After`.
    rate_limited: usize,
    retry_after: u64,
}

#[derive(Clone)]
struct Shared {
    keys: Arc<Keys>,
    clerk: Arc<Mutex<Clerk>>,
    clerk_calls: Arc<AtomicUsize>,
    /// The most user IDs one call asked for.
    clerk_widest: Arc<AtomicUsize>,
    /// Backend API calls being answered now, and the most at once.
    clerk_in_flight: Arc<AtomicUsize>,
    clerk_most_in_flight: Arc<AtomicUsize>,
    /// How long each Backend API answer takes.
    clerk_latency: Arc<Mutex<std::time::Duration>>,
    /// Every token signed here, by its `sub`, for `/userinfo`.
    issued: Arc<Mutex<HashMap<String, String>>>,
    /// What `/userinfo` answers for a `sub`.
    userinfo: Arc<Mutex<HashMap<String, Value>>>,
    userinfo_calls: Arc<AtomicUsize>,
}

/// A provider stand-in on a loopback port.
pub struct StandIn {
    base: String,
    shared: Shared,
}

impl StandIn {
    pub async fn start() -> Self {
        let rng = SystemRandom::new();
        let ec = EcdsaKeyPair::generate(&ECDSA_P256_SHA256_FIXED_SIGNING).expect("P-256 key");
        let ed_pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).expect("Ed25519 key");
        let ed = Ed25519KeyPair::from_pkcs8(ed_pkcs8.as_ref()).expect("Ed25519 key");
        let shared = Shared {
            keys: Arc::new(Keys {
                rsa: SigningKey::generate(Alg::Rs256.kid()),
                ec,
                ed,
            }),
            clerk: Arc::default(),
            clerk_calls: Arc::default(),
            clerk_widest: Arc::default(),
            clerk_in_flight: Arc::default(),
            clerk_most_in_flight: Arc::default(),
            clerk_latency: Arc::default(),
            issued: Arc::default(),
            userinfo: Arc::default(),
            userinfo_calls: Arc::default(),
        };
        let router = axum::Router::new()
            .route("/v1/users", axum::routing::get(clerk_users))
            .route("/userinfo", axum::routing::get(userinfo))
            .fallback(jwks)
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, router).await });
        Self { base, shared }
    }

    /// The stand-in's origin, `http://127.0.0.1:<port>`.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// A JWS of `claims` with `alg`'s key and a header of `alg`, its `kid`
    /// and `header` merged in (`null` removes a field).
    pub fn sign(&self, alg: Alg, header: Value, claims: &Value) -> String {
        let token = self.sign_only(alg, header, claims);
        if let Some(sub) = claims["sub"].as_str() {
            let mut issued = self.shared.issued.lock().unwrap();
            issued.insert(token.clone(), sub.to_owned());
        }
        token
    }

    fn sign_only(&self, alg: Alg, header: Value, claims: &Value) -> String {
        let mut full = json!({"alg": alg.name(), "kid": alg.kid(), "typ": "JWT"});
        for (name, value) in header.as_object().cloned().unwrap_or_default() {
            if value.is_null() {
                full.as_object_mut().unwrap().remove(&name);
            } else {
                full[name] = value;
            }
        }
        let keys = &self.shared.keys;
        if alg == Alg::Rs256 {
            return keys.rsa.sign(&full, claims);
        }
        let input = format!("{}.{}", encode_json(&full), encode_json(claims));
        let signature = match alg {
            Alg::Es256 => keys
                .ec
                .sign(&SystemRandom::new(), input.as_bytes())
                .expect("ES256 signing")
                .as_ref()
                .to_vec(),
            _ => keys.ed.sign(input.as_bytes()).as_ref().to_vec(),
        };
        format!("{input}.{}", URL_SAFE_NO_PAD.encode(signature))
    }

    /// A Clerk user for the fixture (`GET /v1/users` answers it), with a
    /// primary email and, when given, a primary phone.
    pub fn add_clerk_user(&self, id: &str, email: &str, email_verified: bool, phone: Option<&str>) {
        let status = |verified: bool| if verified { "verified" } else { "unverified" };
        let user = json!({
            "id": id,
            "object": "user",
            "primary_email_address_id": format!("idn_email_{id}"),
            "primary_phone_number_id": phone.map(|_| format!("idn_phone_{id}")),
            "email_addresses": [{
                "id": format!("idn_email_{id}"), "object": "email_address", "email_address": email,
                "verification": {"object": "verification_otp", "status": status(email_verified), "strategy": "email_code", "attempts": 1, "expire_at": 0},
                "linked_to": []
            }],
            "phone_numbers": phone.map(|p| vec![json!({
                "id": format!("idn_phone_{id}"), "object": "phone_number", "phone_number": p,
                "verification": {"object": "verification_otp", "status": "verified", "strategy": "phone_code", "attempts": 1, "expire_at": 0},
                "linked_to": []
            })]).unwrap_or_default(),
        });
        self.shared
            .clerk
            .lock()
            .unwrap()
            .users
            .insert(id.to_owned(), user);
    }

    /// The next `calls` Backend API calls answer 429 with `Retry-After:
    /// retry_after` seconds.
    pub fn rate_limit_clerk(&self, calls: usize, retry_after: u64) {
        let mut clerk = self.shared.clerk.lock().unwrap();
        clerk.rate_limited = calls;
        clerk.retry_after = retry_after;
    }

    /// What `GET /userinfo` answers to a token of `sub` signed here (the
    /// OpenID standard claims, `sub` added).
    pub fn add_userinfo(&self, sub: &str, mut claims: Value) {
        claims["sub"] = json!(sub);
        let mut userinfo = self.shared.userinfo.lock().unwrap();
        userinfo.insert(sub.to_owned(), claims);
    }

    /// `GET /userinfo` calls so far.
    pub fn userinfo_calls(&self) -> usize {
        self.shared.userinfo_calls.load(Ordering::SeqCst)
    }

    /// Backend API calls so far.
    pub fn clerk_calls(&self) -> usize {
        self.shared.clerk_calls.load(Ordering::SeqCst)
    }

    /// The most user IDs one call asked for.
    pub fn clerk_widest_call(&self) -> usize {
        self.shared.clerk_widest.load(Ordering::SeqCst)
    }

    /// The most Backend API calls answered at once.
    pub fn clerk_most_in_flight(&self) -> usize {
        self.shared.clerk_most_in_flight.load(Ordering::SeqCst)
    }

    /// Each Backend API answer takes `latency` from now on (a real API's
    /// round trip, so calls made together overlap).
    pub fn set_clerk_latency(&self, latency: std::time::Duration) {
        *self.shared.clerk_latency.lock().unwrap() = latency;
    }
}

/// The JWKS, at whatever path is asked.
async fn jwks(State(shared): State<Shared>) -> axum::Json<Value> {
    let keys = &shared.keys;
    let point = keys.ec.public_key().as_ref();
    let ec = json!({
        "kty": "EC", "crv": "P-256", "alg": "ES256", "use": "sig", "kid": Alg::Es256.kid(),
        "x": URL_SAFE_NO_PAD.encode(&point[1..33]),
        "y": URL_SAFE_NO_PAD.encode(&point[33..65]),
    });
    let ed = json!({
        "kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "kid": Alg::EdDsa.kid(),
        "x": URL_SAFE_NO_PAD.encode(keys.ed.public_key().as_ref()),
    });
    axum::Json(json!({"keys": [keys.rsa.jwk(), ec, ed]}))
}

/// OpenID Connect UserInfo, as Auth0's answers its access tokens: the
/// bearer must be a token signed here; 401 else.
async fn userinfo(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    shared.userinfo_calls.fetch_add(1, Ordering::SeqCst);
    let bearer = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    let sub = bearer.and_then(|token| shared.issued.lock().unwrap().get(token).cloned());
    let claims = sub.and_then(|sub| shared.userinfo.lock().unwrap().get(&sub).cloned());
    match claims {
        Some(claims) => axum::Json(claims).into_response(),
        None => (
            StatusCode::UNAUTHORIZED,
            [("www-authenticate", "Bearer error=\"invalid_token\"")],
        )
            .into_response(),
    }
}

/// Clerk's `GET /v1/users?user_id=...&limit=...`, as the Backend API
/// answers it: the users found, in no particular order.
async fn clerk_users(
    State(shared): State<Shared>,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Response {
    shared.clerk_calls.fetch_add(1, Ordering::SeqCst);
    let now = shared.clerk_in_flight.fetch_add(1, Ordering::SeqCst) + 1;
    shared.clerk_most_in_flight.fetch_max(now, Ordering::SeqCst);
    let latency = *shared.clerk_latency.lock().unwrap();
    tokio::time::sleep(latency).await;
    let response = answer_clerk_users(&shared, &headers, query);
    shared.clerk_in_flight.fetch_sub(1, Ordering::SeqCst);
    response
}

fn answer_clerk_users(shared: &Shared, headers: &HeaderMap, query: Option<String>) -> Response {
    let authorized = headers.get("authorization").and_then(|v| v.to_str().ok())
        == Some(&format!("Bearer {CLERK_SECRET}"));
    if !authorized {
        return (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"errors": [{"code": "authentication_invalid"}]})),
        )
            .into_response();
    }
    let mut clerk = shared.clerk.lock().unwrap();
    if clerk.rate_limited > 0 {
        clerk.rate_limited -= 1;
        let retry_after = clerk.retry_after.to_string();
        return (
            StatusCode::TOO_MANY_REQUESTS,
            [("retry-after", retry_after)],
            axum::Json(json!({"errors": [{"code": "too_many_requests"}]})),
        )
            .into_response();
    }
    // The fixture's IDs need no percent-decoding.
    let ids: Vec<String> = query
        .unwrap_or_default()
        .split('&')
        .filter_map(|pair| pair.strip_prefix("user_id="))
        .map(str::to_owned)
        .collect();
    shared.clerk_widest.fetch_max(ids.len(), Ordering::SeqCst);
    let users: Vec<Value> = ids
        .iter()
        .filter_map(|id| clerk.users.get(id).cloned())
        .collect();
    axum::Json(users).into_response()
}
