//! A real better-auth (npm `better-auth` with its JWT, passkey and email OTP
//! plugins, on its memory adapter) run by `tests/better-auth/server.mjs` on
//! loopback, one process per test, and the page it serves driven in
//! headless Chromium by `tests/better-auth/browser.test.mjs`.
//!
//! Nothing here signs a JWT: better-auth's JWT plugin does, for a session
//! the browser made through better-auth's own client. Needs Node.js and
//! Chromium and installs `tests/better-auth/node_modules` itself. Without
//! them [`BetterAuth::start_or_skip`] says why and answers `None`, except in
//! CI (`CI` set), where it panics.

use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;
use tokio::process::Command;

use super::browser::chromium;
use super::node::{self, NodeScript};
use super::process_group::output_in_own_group;

const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);

/// The ready line of `server.mjs`.
#[derive(Deserialize)]
struct Ready {
    base_url: String,
    control: String,
}

/// A running better-auth; the process ends when this is dropped.
pub struct BetterAuth {
    script: NodeScript<Ready>,
    chromium: PathBuf,
}

impl BetterAuth {
    /// Starts better-auth, or `None` after saying why `test` is skipped
    /// (outside CI only).
    pub async fn start_or_skip(test: &str) -> Option<Self> {
        let chromium = match chromium() {
            Ok(path) => path,
            Err(why) if std::env::var_os("CI").is_none() => {
                eprintln!("SKIPPED {test}: {why}");
                return None;
            }
            Err(why) => panic!("the better-auth test must run in CI: {why}"),
        };
        node::ensure_installed("better-auth", "better-auth").await;

        let mut command = Command::new("node");
        command.arg(better_auth_dir().join("server.mjs"));
        let script = node::start(&mut command, "better-auth").await;
        Some(Self { script, chromium })
    }

    /// `http://localhost:PORT`: better-auth's `baseURL`, its tokens' `iss`
    /// and `aud`, and the page's origin.
    pub fn base_url(&self) -> &str {
        &self.script.ready.base_url
    }

    /// In Chromium with a virtual authenticator, as `email`: a code that
    /// better-auth emails signs them in, they add a passkey, sign out and
    /// sign in with the passkey alone; after each sign-in the page sends
    /// better-auth's JWT to `graphql` for `me`. What it saw: `byCode` and
    /// `byPasskey`, each `{header, payload, me, shown}` (the JWT's parts,
    /// `me` as answered and as shown), and the passkey's `signCount`.
    pub async fn sign_in_in_browser(&self, graphql: &str, email: &str) -> Value {
        let mut command = Command::new("node");
        command
            .arg(better_auth_dir().join("browser.test.mjs"))
            .args([self.base_url(), &self.script.ready.control, graphql, email])
            .env("CHROMIUM", &self.chromium);
        let run = output_in_own_group(&mut command);
        let output = tokio::time::timeout(BROWSER_TIMEOUT, run)
            .await
            .expect("the better-auth browser run finishes within 2 minutes")
            .expect("node runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "browser.test.mjs failed\nstdout: {stdout}\nstderr: {stderr}\nbetter-auth's stderr:\n{}",
            self.script.stderr.lock().unwrap()
        );
        let last = stdout.trim().lines().last().unwrap_or_default();
        serde_json::from_str(last).unwrap_or_else(|_| panic!("unexpected output: {stdout}"))
    }
}

fn better_auth_dir() -> PathBuf {
    node::test_dir("better-auth")
}
