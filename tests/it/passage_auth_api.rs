//! The emulator's public auth API over HTTP, as passage-js calls it: the
//! refusals (wrong code, taken identifier, unknown user, expired handshake,
//! used or revoked refresh token, bad Bearer), CORS for the app's origins,
//! and sessions that survive a restart. The happy paths in a real browser
//! are in `browser_spa`.

use std::time::Duration;

use passage_graphql::passage::emulator::Emulator;
use reqwest::{Method, StatusCode};
use serde_json::{Value, json};

use crate::support::{API_KEY, APP_ID, start_emulator};

const APP_ORIGIN: &str = "http://localhost:5173";

/// An emulator whose app lives at [`APP_ORIGIN`], and a client.
struct AuthApi {
    emulator: Emulator,
    http: reqwest::Client,
}

/// An answer: status and JSON body (`Null` when there is none).
struct Answer {
    status: StatusCode,
    body: Value,
}

impl Answer {
    /// Passage's error body, after checking the status.
    #[track_caller]
    fn refusal(&self, status: StatusCode) -> (String, String) {
        assert_eq!(self.status, status, "body: {}", self.body);
        let field = |name: &str| {
            self.body[name]
                .as_str()
                .unwrap_or_else(|| panic!("no {name} in {}", self.body))
                .to_owned()
        };
        (field("code"), field("error"))
    }
}

impl AuthApi {
    async fn start() -> Self {
        Self::on(start_emulator().await)
    }

    fn on(emulator: Emulator) -> Self {
        emulator
            .set_app_origins(&[APP_ORIGIN.to_owned()])
            .expect("a valid origin");
        Self {
            emulator,
            http: reqwest::Client::builder().no_proxy().build().unwrap(),
        }
    }

    fn url(&self, path: &str) -> String {
        format!("{}/v1/apps/{APP_ID}{path}", self.emulator.base_url())
    }

    async fn send(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        let mut request = self.http.request(method, self.url(path));
        if let Some(body) = body {
            request = request.json(&body);
        }
        answer(request.send().await.expect("the emulator answers")).await
    }

    async fn post(&self, path: &str, body: Value) -> Answer {
        self.send(Method::POST, path, Some(body)).await
    }

    /// The code and ID of the newest passcode "sent" to `email`.
    async fn inbox(&self, email: &str) -> (String, String) {
        let url = format!("{}/emulator/inbox", self.emulator.base_url());
        let inbox: Value = self
            .http
            .get(url)
            .query(&[("identifier", email)])
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let newest = &inbox["messages"][0];
        let field = |name: &str| newest[name].as_str().expect("a message").to_owned();
        (field("code"), field("otp_id"))
    }

    /// Registers `email` with a one-time code; the `auth_result`.
    async fn register(&self, email: &str) -> Value {
        let sent = self
            .post("/register/otp", json!({ "identifier": email }))
            .await;
        assert_eq!(sent.status, StatusCode::CREATED, "{}", sent.body);
        let (code, otp_id) = self.inbox(email).await;
        assert_eq!(sent.body["otp_id"], otp_id.as_str());
        let activated = self
            .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
            .await;
        assert_eq!(activated.status, StatusCode::OK, "{}", activated.body);
        activated.body["auth_result"].clone()
    }

    async fn current_user(&self, token: &str) -> Answer {
        let request = self.http.get(self.url("/currentuser")).bearer_auth(token);
        answer(request.send().await.unwrap()).await
    }
}

async fn answer(response: reqwest::Response) -> Answer {
    let status = response.status();
    let text = response.text().await.unwrap();
    let body = serde_json::from_str(&text).unwrap_or(Value::Null);
    Answer { status, body }
}

/// A number other than `code` with as many digits.
fn wrong(code: &str) -> String {
    if code == "000000" { "111111" } else { "000000" }.to_owned()
}

#[tokio::test]
async fn a_wrong_one_time_code_is_400_and_the_right_one_signs_in() {
    let api = AuthApi::start().await;
    let sent = api
        .post("/register/otp", json!({ "identifier": "code@example.com" }))
        .await;
    assert_eq!(sent.status, StatusCode::CREATED);
    let (code, otp_id) = api.inbox("code@example.com").await;
    assert_eq!(code.len(), 6, "six digits: {code}");

    let refused = api
        .post(
            "/otp/activate",
            json!({ "otp": wrong(&code), "otp_id": otp_id }),
        )
        .await;
    let (error_code, message) = refused.refusal(StatusCode::BAD_REQUEST);
    assert_eq!(error_code, "invalid_request");
    assert!(message.contains("wrong one-time passcode"), "{message}");

    let signed_in = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    assert_eq!(signed_in.status, StatusCode::OK, "{}", signed_in.body);
    let result = &signed_in.body["auth_result"];
    let user = api.emulator.user_by_email("code@example.com").unwrap();
    let claims = api
        .emulator
        .signing_key()
        .verify(result["auth_token"].as_str().unwrap())
        .expect("an RS256 token signed by the published key");
    assert_eq!(claims["sub"], user.id.as_str());
    assert_eq!(claims["aud"], json!([APP_ID]));
    assert_eq!(result["redirect_url"], "/");
    assert!(
        result["refresh_token"]
            .as_str()
            .is_some_and(|t| t.len() >= 32)
    );
    assert!(result["refresh_token_expiration"].as_i64() > Some(chrono::Utc::now().timestamp()));
    assert!(user.email_verified, "the code proved the email");

    let reused = api
        .post("/otp/activate", json!({ "otp": code, "otp_id": otp_id }))
        .await;
    reused.refusal(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn five_wrong_codes_void_the_code() {
    let api = AuthApi::start().await;
    api.register("five@example.com").await;
    api.post("/login/otp", json!({ "identifier": "five@example.com" }))
        .await;
    let (code, otp_id) = api.inbox("five@example.com").await;
    let attempt = |otp: String| {
        let body = json!({ "otp": otp, "otp_id": otp_id });
        api.post("/otp/activate", body)
    };
    for _ in 0..4 {
        attempt(wrong(&code)).await.refusal(StatusCode::BAD_REQUEST);
    }
    let (error_code, _) = attempt(wrong(&code))
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(error_code, "exceeded_attempts");
    attempt(code).await.refusal(StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn registering_an_existing_identifier_is_409() {
    let api = AuthApi::start().await;
    api.register("taken@example.com").await;
    for (path, body) in [
        (
            "/register/otp",
            json!({ "identifier": "taken@example.com" }),
        ),
        (
            "/register/otp",
            json!({ "identifier": "TAKEN@example.com" }),
        ),
        (
            "/register/webauthn/start",
            json!({ "identifier": "taken@example.com" }),
        ),
        ("/users", json!({ "identifier": "taken@example.com" })),
    ] {
        let (code, message) = api.post(path, body).await.refusal(StatusCode::CONFLICT);
        assert_eq!(code, "identifier_already_exists", "{path}");
        assert_eq!(message, "user: already exists.", "{path}");
    }
    let (code, _) = api
        .post("/register/otp", json!({ "identifier": "not an email" }))
        .await
        .refusal(StatusCode::BAD_REQUEST);
    assert_eq!(code, "invalid_request");
}

#[tokio::test]
async fn an_unknown_user_is_404() {
    let api = AuthApi::start().await;
    let lookup = api
        .send(Method::GET, "/users?identifier=nobody%40example.com", None)
        .await;
    let (code, _) = lookup.refusal(StatusCode::NOT_FOUND);
    assert_eq!(code, "user_not_found");
    for path in ["/login/otp", "/login/webauthn/start"] {
        let (code, _) = api
            .post(path, json!({ "identifier": "nobody@example.com" }))
            .await
            .refusal(StatusCode::NOT_FOUND);
        assert_eq!(code, "user_not_found", "{path}");
    }
    // A registration never finished is no account to sign in to.
    api.post("/register/otp", json!({ "identifier": "half@example.com" }))
        .await;
    api.post("/login/otp", json!({ "identifier": "half@example.com" }))
        .await
        .refusal(StatusCode::NOT_FOUND);

    api.register("known@example.com").await;
    let found = api
        .send(Method::GET, "/users?identifier=known%40example.com", None)
        .await;
    assert_eq!(found.status, StatusCode::OK);
    assert_eq!(found.body["user"]["email"], "known@example.com");
    assert_eq!(found.body["user"]["status"], "active");
    assert_eq!(found.body["user"]["webauthn_types"], json!([]));
    let (code, _) = api
        .post(
            "/login/webauthn/start",
            json!({ "identifier": "known@example.com" }),
        )
        .await
        .refusal(StatusCode::CONFLICT);
    assert_eq!(code, "user_has_no_passkeys");
}

/// A credential with the right shape that no authenticator made.
fn made_up_credential() -> Value {
    json!({
        "id": "AAAA",
        "rawId": "AAAA",
        "type": "public-key",
        "response": { "attestationObject": "AAAA", "clientDataJSON": "AAAA" },
        "transports": ["internal"],
    })
}

#[tokio::test]
async fn an_expired_handshake_is_refused() {
    let api = AuthApi::start().await;
    api.emulator.set_handshake_ttl(Duration::ZERO);
    let started = api
        .post(
            "/register/webauthn/start",
            json!({ "identifier": "late@example.com" }),
        )
        .await;
    assert_eq!(started.status, StatusCode::OK, "{}", started.body);
    let public_key = &started.body["handshake"]["challenge"]["publicKey"];
    assert_eq!(public_key["rp"]["id"], "localhost");
    assert!(
        public_key["challenge"]
            .as_str()
            .is_some_and(|c| c.len() >= 32)
    );
    let finish = |handshake: &Value| {
        let body = json!({
            "handshake_id": handshake["handshake"]["id"],
            "user_id": handshake["user"]["id"],
            "handshake_response": made_up_credential(),
        });
        api.post("/register/webauthn/finish", body)
    };
    let (_, message) = finish(&started.body).await.refusal(StatusCode::BAD_REQUEST);
    assert_eq!(message, "handshake: expired; start again");

    // In time, the made-up credential reaches webauthn-rs and fails there;
    // the handshake is used up either way.
    api.emulator.set_handshake_ttl(Duration::from_secs(300));
    let started = api
        .post(
            "/register/webauthn/start",
            json!({ "identifier": "late@example.com" }),
        )
        .await;
    let (_, message) = finish(&started.body).await.refusal(StatusCode::BAD_REQUEST);
    assert!(
        message.starts_with("webauthn: the passkey did not verify"),
        "{message}"
    );
    let (_, message) = finish(&started.body).await.refusal(StatusCode::BAD_REQUEST);
    assert!(message.contains("unknown or already finished"), "{message}");
}

#[tokio::test]
async fn passkeys_need_an_app_origin_on_localhost() {
    let api = AuthApi::start().await;
    api.emulator
        .set_app_origins(&["http://127.0.0.1:5173".to_owned()])
        .unwrap();
    let (_, message) = api
        .post(
            "/register/webauthn/start",
            json!({ "identifier": "ip@example.com" }),
        )
        .await
        .refusal(StatusCode::BAD_REQUEST);
    assert!(message.contains("localhost"), "{message}");
}

#[tokio::test]
async fn a_used_or_revoked_refresh_token_is_refused() {
    let api = AuthApi::start().await;
    let first = api.register("session@example.com").await;
    let first_refresh = first["refresh_token"].as_str().unwrap();

    let refreshed = api
        .post("/tokens", json!({ "refresh_token": first_refresh }))
        .await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
    let second = &refreshed.body["auth_result"];
    let second_refresh = second["refresh_token"].as_str().unwrap();
    assert_ne!(second_refresh, first_refresh, "the refresh token rotates");
    assert!(second["auth_token"].as_str().is_some());
    assert_eq!(api.emulator.calls().refresh_tokens, 1);

    let (code, _) = api
        .post("/tokens", json!({ "refresh_token": first_refresh }))
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(
        code, "invalid_refresh_token",
        "a used refresh token is spent"
    );

    let revoke = format!("/tokens?refresh_token={second_refresh}");
    let revoked = api.send(Method::DELETE, &revoke, None).await;
    assert_eq!(revoked.status, StatusCode::OK);
    let (code, _) = api
        .post("/tokens", json!({ "refresh_token": second_refresh }))
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(
        code, "invalid_refresh_token",
        "a revoked refresh token is dead"
    );
    // Signing out twice still signs out.
    assert_eq!(
        api.send(Method::DELETE, &revoke, None).await.status,
        StatusCode::OK
    );
}

#[tokio::test]
async fn currentuser_needs_a_valid_bearer_token() {
    let api = AuthApi::start().await;
    let result = api.register("me@example.com").await;
    let token = result["auth_token"].as_str().unwrap();
    let me = api.current_user(token).await;
    assert_eq!(me.status, StatusCode::OK, "{}", me.body);
    assert_eq!(me.body["user"]["email"], "me@example.com");
    assert_eq!(me.body["user"]["webauthn_devices"], json!([]));
    assert_eq!(me.body["user"]["webauthn_types"], json!([]));
    assert_eq!(me.body["user"]["login_count"], 1);

    let no_header = api.send(Method::GET, "/currentuser", None).await;
    let (code, _) = no_header.refusal(StatusCode::UNAUTHORIZED);
    assert_eq!(code, "invalid_access_token");
    let foreign = passage_graphql::passage::emulator::SigningKey::generate(
        api.emulator.signing_key().kid.clone(),
    );
    let user_id = me.body["user"]["id"].as_str().unwrap();
    let forged = foreign.sign(&foreign.header(), &api.emulator.claims_for(user_id));
    api.current_user(&forged)
        .await
        .refusal(StatusCode::UNAUTHORIZED);
    let mut expired = api.emulator.claims_for(user_id);
    expired["exp"] = json!(chrono::Utc::now().timestamp() - 1);
    let expired = api.emulator.sign_claims(&expired);
    api.current_user(&expired)
        .await
        .refusal(StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn app_info_has_what_the_sdk_reads() {
    let api = AuthApi::start().await;
    let response = api
        .http
        .get(api.url(""))
        .header("Origin", APP_ORIGIN)
        .send()
        .await
        .unwrap();
    let info = answer(response).await;
    assert_eq!(info.status, StatusCode::OK);
    let app = &info.body["app"];
    assert_eq!(app["id"], APP_ID);
    assert_eq!(app["auth_origin"], APP_ORIGIN);
    assert_eq!(app["user_metadata_schema"], json!([]));
    assert_eq!(app["layouts"], json!({ "profile": [], "registration": [] }));
    let other = api
        .http
        .get(format!("{}/v1/apps/another-app", api.emulator.base_url()))
        .send()
        .await
        .unwrap();
    let (code, _) = answer(other).await.refusal(StatusCode::NOT_FOUND);
    assert_eq!(code, "app_not_found");
}

#[tokio::test]
async fn cors_preflight_allows_the_app_origin_and_passage_headers() {
    let api = AuthApi::start().await;
    let preflight = |origin: &'static str| {
        api.http
            .request(Method::OPTIONS, api.url("/register/otp"))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header(
                "Access-Control-Request-Headers",
                "authorization,content-type,passage-version",
            )
            .send()
    };
    let allowed = preflight(APP_ORIGIN).await.unwrap();
    assert!(allowed.status().is_success(), "{}", allowed.status());
    let header = |name: &str| {
        allowed
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_lowercase()
    };
    assert_eq!(header("access-control-allow-origin"), APP_ORIGIN);
    let headers = header("access-control-allow-headers");
    for wanted in ["authorization", "content-type", "passage-version"] {
        assert!(headers.contains(wanted), "allow-headers: {headers}");
    }
    let methods = header("access-control-allow-methods");
    for wanted in ["get", "post", "delete"] {
        assert!(methods.contains(wanted), "allow-methods: {methods}");
    }
    let refused = preflight("http://evil.example").await.unwrap();
    assert!(
        refused
            .headers()
            .get("access-control-allow-origin")
            .is_none(),
        "another origin is not allowed"
    );
}

#[tokio::test]
async fn passkeys_users_and_sessions_survive_a_restart() {
    let dir = std::env::temp_dir().join(format!(
        "pgql-auth-{}",
        passage_graphql::passage::emulator::random_id(8)
    ));
    let file = dir.join("emulator.json");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let first = Emulator::start_persistent(listener, APP_ID, API_KEY, &file)
        .await
        .unwrap();
    let api = AuthApi::on(first);
    let result = api.register("kept@example.com").await;
    drop(api);

    let text = std::fs::read_to_string(&file).unwrap();
    let refresh = result["refresh_token"].as_str().unwrap();
    assert!(
        !text.contains(refresh),
        "the state file keeps no usable token"
    );

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let second = Emulator::start_persistent(listener, APP_ID, API_KEY, &file)
        .await
        .unwrap();
    let api = AuthApi::on(second);
    let refreshed = api
        .post("/tokens", json!({ "refresh_token": refresh }))
        .await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
    let _ = std::fs::remove_dir_all(dir);
}
