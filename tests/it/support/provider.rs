//! A stand-in for a successor provider (Clerk, Auth0, Supabase, Firebase,
//! better-auth) on loopback, for the token shapes those providers document:
//! one RS256, one ES256 and one Ed25519 key, whose JWKS is served at every
//! path (so each preset's own JWKS location is what is fetched), tokens with
//! any header and claims, and a fixture of Clerk's Backend API
//! (`GET /v1/users` by `user_id`, or listed a page at a time by `limit` and
//! `offset` or `starting_after`; `GET /v1/users/count`) for the values the
//! published spec's examples do not cover: verified flags, unknown IDs,
//! deleted users, 429s and failed pages. The spec itself is checked
//! by a mock served from it (`clerk_spec.rs`).

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use aws_lc_rs::rand::SystemRandom;
use aws_lc_rs::signature::{
    ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair as _,
};
use axum::extract::{Query, State};
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
    /// Every user ID in created order, removed users' too (a cursor may
    /// name one).
    created: Vec<String>,
    /// Listing calls (no `user_id`) answered so far, with their queries.
    listings: Vec<Vec<(String, String)>>,
    /// The listing call of this number (from 1) answers 503, once.
    failing_listing: Option<usize>,
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
            .route("/v1/users/count", axum::routing::get(clerk_user_count))
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
        let mut clerk = self.shared.clerk.lock().unwrap();
        // Created a millisecond apart, in the order added.
        let created_at = 1_765_000_000_000_i64 + clerk.created.len() as i64;
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
            "created_at": created_at,
            "updated_at": created_at,
        });
        clerk.created.push(id.to_owned());
        clerk.users.insert(id.to_owned(), user);
    }

    /// Clerk deletes the user: lookups and lists no longer show it.
    pub fn remove_clerk_user(&self, id: &str) {
        self.shared.clerk.lock().unwrap().users.remove(id);
    }

    /// The `nth` listing call from now (1: the next) answers 503, once.
    pub fn fail_clerk_listing_call(&self, nth: usize) {
        let mut clerk = self.shared.clerk.lock().unwrap();
        clerk.failing_listing = Some(clerk.listings.len() + nth);
    }

    /// The queries of the listing calls so far (those without `user_id`),
    /// oldest first.
    pub fn clerk_listings(&self) -> Vec<Vec<(String, String)>> {
        self.shared.clerk.lock().unwrap().listings.clone()
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

/// Clerk's `GET /v1/users`, as the Backend API answers it: by
/// `user_id=...`, the users found, in no particular order; else a page of
/// the list, by `limit` (1-500, default 10) and `offset` or `starting_after`
/// (the ID of the last user of the previous page), in `order_by`
/// `created_at` order (`-created_at`, newest first, by default).
async fn clerk_users(
    State(shared): State<Shared>,
    headers: HeaderMap,
    Query(query): Query<Vec<(String, String)>>,
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

/// Clerk's `GET /v1/users/count`: how many users there are.
async fn clerk_user_count(State(shared): State<Shared>, headers: HeaderMap) -> Response {
    shared.clerk_calls.fetch_add(1, Ordering::SeqCst);
    if let Some(refused) = refused(&headers) {
        return refused;
    }
    let total = shared.clerk.lock().unwrap().users.len();
    axum::Json(json!({"object": "total_count", "total_count": total})).into_response()
}

/// 401 unless the fixture's secret key is the bearer.
fn refused(headers: &HeaderMap) -> Option<Response> {
    let authorized = headers.get("authorization").and_then(|v| v.to_str().ok())
        == Some(&format!("Bearer {CLERK_SECRET}"));
    (!authorized).then(|| {
        (
            StatusCode::UNAUTHORIZED,
            axum::Json(json!({"errors": [{"code": "authentication_invalid"}]})),
        )
            .into_response()
    })
}

fn answer_clerk_users(
    shared: &Shared,
    headers: &HeaderMap,
    query: Vec<(String, String)>,
) -> Response {
    if let Some(refused) = refused(headers) {
        return refused;
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
    let ids: Vec<String> = query
        .iter()
        .filter(|(name, _)| name == "user_id")
        .map(|(_, id)| id.clone())
        .collect();
    if ids.is_empty() {
        return list_clerk_users(&mut clerk, query);
    }
    shared.clerk_widest.fetch_max(ids.len(), Ordering::SeqCst);
    let users: Vec<Value> = ids
        .iter()
        .filter_map(|id| clerk.users.get(id).cloned())
        .collect();
    axum::Json(users).into_response()
}

fn unprocessable(why: &str) -> Response {
    (
        StatusCode::UNPROCESSABLE_ENTITY,
        axum::Json(json!({"errors": [{"code": "form_param_value_invalid", "message": why}]})),
    )
        .into_response()
}

/// A page of the user list (see [`clerk_users`]).
fn list_clerk_users(clerk: &mut Clerk, query: Vec<(String, String)>) -> Response {
    clerk.listings.push(query.clone());
    if clerk.failing_listing == Some(clerk.listings.len()) {
        clerk.failing_listing = None;
        return (StatusCode::SERVICE_UNAVAILABLE, "try again later").into_response();
    }
    let param = |name: &str| {
        query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    let Ok(limit) = param("limit").unwrap_or("10").parse::<usize>() else {
        return unprocessable("limit");
    };
    let Ok(offset) = param("offset").unwrap_or("0").parse::<usize>() else {
        return unprocessable("offset");
    };
    if !(1..=500).contains(&limit) {
        return unprocessable("limit must be between 1 and 500");
    }
    let mut order: Vec<&String> = clerk.created.iter().collect();
    match param("order_by").unwrap_or("-created_at") {
        "+created_at" | "created_at" => {}
        "-created_at" => order.reverse(),
        _ => return unprocessable("the fixture orders by created_at only"),
    }
    // A cursor may name a deleted user; an offset counts the users there are.
    let after_cursor = match param("starting_after") {
        None => 0,
        Some(_) if offset > 0 => return unprocessable("starting_after with an offset"),
        Some(after) => match order.iter().position(|id| *id == after) {
            Some(at) => at + 1,
            None => return unprocessable("starting_after names no user"),
        },
    };
    let users: Vec<Value> = order
        .into_iter()
        .skip(after_cursor)
        .filter_map(|id| clerk.users.get(id).cloned())
        .skip(offset)
        .take(limit)
        .collect();
    axum::Json(users).into_response()
}
