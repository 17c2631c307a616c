//! A real, independent OpenID provider for the interoperability tests:
//! `oidc-provider` (the certified Node implementation) run by
//! `tests/oidc/provider.mjs` on loopback, one process per test.
//!
//! Tokens come from the provider's own authorization-code flow (PKCE, a
//! `resource` for the audience), driven by the script's control port; nothing
//! here signs a JWT. Needs Node.js and installs `tests/oidc/node_modules`
//! itself. Without Node, [`OidcProvider::start`] answers [`NoNode`] so a test
//! can skip, except in CI (`CI` set), where it panics.

use std::path::{Path, PathBuf};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use serde_json::{Value, json};
use tokio::process::Command;

use super::node::{self, NodeScript};

/// The algorithm a token is signed with; the provider has one key of each.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Alg {
    #[default]
    Rs256,
    Es256,
}

impl Alg {
    /// The JOSE name (`alg` header value).
    pub fn as_str(self) -> &'static str {
        match self {
            Alg::Rs256 => "RS256",
            Alg::Es256 => "ES256",
        }
    }
}

/// Who the token is for. The email and phone become the account's claims
/// (`email`, `email_verified`, `phone_number`, `phone_number_verified`) and
/// ride in the access token; `sub` is the account id.
#[derive(Debug, Clone, Default)]
pub struct TokenRequest {
    pub sub: String,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub alg: Alg,
    /// The `resource` asked for; `None` is the provider's audience.
    pub audience: Option<String>,
    /// `email_verified` and `phone_number_verified` false instead of true.
    pub unverified: bool,
    /// No `email_verified` and `phone_number_verified` claims at all.
    pub no_verified_claims: bool,
}

impl TokenRequest {
    fn verified_claim(&self) -> Value {
        match self.no_verified_claims {
            true => Value::Null,
            false => Value::Bool(!self.unverified),
        }
    }
}

/// What happens to the RS256 key a rotation replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OldKey {
    /// Still published in the JWKS (tokens it signed keep verifying).
    Keep,
    /// Gone from the JWKS.
    Drop,
}

/// Why the provider cannot run on this machine.
#[derive(Debug)]
pub struct NoNode(pub String);

/// The ready line of `provider.mjs`.
#[derive(Deserialize)]
struct Ready {
    issuer: String,
    jwks_uri: String,
    audience: String,
    control: String,
}

/// A running provider; the process ends when this is dropped.
pub struct OidcProvider {
    script: NodeScript<Ready>,
    http: reqwest::Client,
}

impl OidcProvider {
    /// Starts a provider that issues JWT access tokens for `audience`.
    pub async fn start(audience: &str) -> Result<Self, NoNode> {
        if let Err(why) = node::node_available().await {
            if std::env::var_os("CI").is_some() {
                panic!("the OpenID provider tests must run in CI: {why}");
            }
            return Err(NoNode(why));
        }
        node::ensure_installed("oidc", "oidc-provider").await;

        let mut command = Command::new("node");
        command
            .arg(oidc_dir().join("provider.mjs"))
            .arg("--audience")
            .arg(audience);
        let script = node::start(&mut command, "oidc provider").await;
        Ok(Self {
            script,
            http: node::http_client(),
        })
    }

    /// [`Self::start`], or `None` after saying why `test` is skipped.
    pub async fn start_or_skip(test: &str, audience: &str) -> Option<Self> {
        match Self::start(audience).await {
            Ok(provider) => Some(provider),
            Err(NoNode(why)) => {
                eprintln!("SKIPPED {test}: {why}");
                None
            }
        }
    }

    /// `http://127.0.0.1:PORT`, exactly as in its tokens' `iss`.
    pub fn issuer(&self) -> &str {
        &self.script.ready.issuer
    }

    pub fn jwks_uri(&self) -> &str {
        &self.script.ready.jwks_uri
    }

    /// The audience its tokens carry unless a request names another.
    pub fn audience(&self) -> &str {
        &self.script.ready.audience
    }

    /// An access token (a JWT) for the request's user, from the provider's
    /// authorization-code flow.
    pub async fn token(&self, request: TokenRequest) -> String {
        let flow = json!({ "alg": request.alg.as_str(), "audience": request.audience });
        self.issue(&request, flow).await.0
    }

    /// An access token for the provider's own UserInfo endpoint, from the
    /// same flow with no `resource`: oidc-provider makes it opaque and
    /// without an audience, the only kind its UserInfo accepts (not a JWT, so
    /// the server never accepts it); with its lifetime in seconds.
    pub async fn userinfo_token(&self, request: TokenRequest) -> (String, u64) {
        let (token, answer) = self.issue(&request, json!({ "userinfo": true })).await;
        (token, answer["expires_in"].as_u64().unwrap())
    }

    /// The authorization-code flow for the request's user, with `flow`'s
    /// settings: the access token, and the whole answer.
    async fn issue(&self, request: &TokenRequest, flow: Value) -> (String, Value) {
        let mut body = json!({
            "sub": request.sub,
            "email": request.email,
            "phone": request.phone,
            "email_verified": request.verified_claim(),
            "phone_number_verified": request.verified_claim(),
        });
        for (name, value) in flow.as_object().unwrap() {
            body[name] = value.clone();
        }
        let answer = self.control("/token", body).await;
        let token = answer["access_token"]
            .as_str()
            .unwrap_or_else(|| panic!("no access_token in {answer}"))
            .to_owned();
        (token, answer)
    }

    /// Requests to its UserInfo endpoint so far.
    pub async fn userinfo_requests(&self) -> u64 {
        self.control("/counts", json!({})).await["userinfo"]
            .as_u64()
            .unwrap()
    }

    /// Signs RS256 tokens with a new key (new `kid`) from now on; returns
    /// that kid. The ES256 key stays.
    pub async fn rotate_keys(&self, old: OldKey) -> String {
        let answer = self
            .control("/rotate", json!({ "keep_old": old == OldKey::Keep }))
            .await;
        answer["kids"]["RS256"].as_str().unwrap().to_owned()
    }

    async fn control(&self, path: &str, body: Value) -> Value {
        let response = self
            .http
            .post(format!("{}{path}", self.script.ready.control))
            .json(&body)
            .send()
            .await
            .unwrap_or_else(|e| panic!("oidc control {path}: {e}"));
        let status = response.status();
        let answer: Value = response.json().await.expect("control answers JSON");
        assert!(
            status.is_success(),
            "oidc control {path} ({status}): {answer}\nstderr:\n{}",
            self.script.stderr.lock().unwrap()
        );
        answer
    }
}

/// A JWT's header and claims, decoded without any verification.
pub fn jwt_parts(token: &str) -> (Value, Value) {
    let mut parts = token.split('.');
    let mut decode = |what: &str| -> Value {
        let part = parts
            .next()
            .unwrap_or_else(|| panic!("no {what} in {token}"));
        let bytes = URL_SAFE_NO_PAD.decode(part).expect("base64url");
        serde_json::from_slice(&bytes).expect("JSON")
    };
    (decode("header"), decode("claims"))
}

fn oidc_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/oidc")
}
