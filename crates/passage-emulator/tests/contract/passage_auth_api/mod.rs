//! The emulator's public auth API over HTTP, as passage-js calls it: the
//! refusals (wrong code, taken identifier, unknown user, expired handshake,
//! used or revoked refresh token, bad Bearer), CORS for the app's origins,
//! sessions that survive a restart, and the caps on what a flood can grow.
//! The happy paths in a real browser are in the server's `browser_spa` test.

mod authenticator;
mod caps;
mod codes;
mod passkeys;
mod sessions;

use passage_emulator::Emulator;
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

    /// A Management API call (with the API key).
    async fn manage(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        let mut request = self
            .http
            .request(method, self.url(path))
            .bearer_auth(API_KEY);
        if let Some(body) = body {
            request = request.json(&body);
        }
        answer(request.send().await.expect("the emulator answers")).await
    }

    /// Registers `email` with `authenticator`'s passkey (signature counter
    /// `counter`); the finish answer.
    async fn register_passkey(
        &self,
        email: &str,
        authenticator: &mut authenticator::Authenticator,
        counter: u32,
    ) -> Answer {
        let start = self
            .post("/register/webauthn/start", json!({ "identifier": email }))
            .await;
        assert_eq!(start.status, StatusCode::OK, "{}", start.body);
        let response = authenticator.register(&start.body, counter);
        self.post(
            "/register/webauthn/finish",
            json!({
                "handshake_id": start.body["handshake"]["id"],
                "user_id": start.body["user"]["id"],
                "handshake_response": response,
            }),
        )
        .await
    }

    /// `login/webauthn/start` for `email` (none: discoverable); the answer.
    async fn passkey_start(&self, email: Option<&str>) -> Value {
        let body = match email {
            Some(email) => json!({ "identifier": email }),
            None => json!({}),
        };
        let start = self.post("/login/webauthn/start", body).await;
        assert_eq!(start.status, StatusCode::OK, "{}", start.body);
        start.body
    }

    /// `login/webauthn/finish` for the handshake `start` began.
    async fn passkey_finish(&self, start: &Value, response: Value) -> Answer {
        self.post(
            "/login/webauthn/finish",
            json!({
                "handshake_id": start["handshake"]["id"],
                "handshake_response": response,
            }),
        )
        .await
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
