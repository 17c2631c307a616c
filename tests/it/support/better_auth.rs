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

use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use serde::Deserialize;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, ChildStdin, Command};

use super::browser::chromium;

const NPM_CI_TIMEOUT: Duration = Duration::from_secs(300);
const READY_TIMEOUT: Duration = Duration::from_secs(60);
const BROWSER_TIMEOUT: Duration = Duration::from_secs(120);

/// The ready line of `server.mjs`.
#[derive(Deserialize)]
struct Ready {
    base_url: String,
    control: String,
}

/// A running better-auth; the process ends when this is dropped.
pub struct BetterAuth {
    ready: Ready,
    chromium: PathBuf,
    stderr: Arc<Mutex<String>>,
    _stdin: ChildStdin,
    _child: Child,
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
        ensure_installed().await;

        let mut command = Command::new("node");
        command.arg(better_auth_dir().join("server.mjs"));
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .kill_on_drop(true)
            .spawn()
            .expect("node starts");
        let stderr = Arc::new(Mutex::new(String::new()));
        tokio::spawn(collect(child.stderr.take().unwrap(), Some(stderr.clone())));
        let mut stdout = BufReader::new(child.stdout.take().unwrap()).lines();
        let line = tokio::time::timeout(READY_TIMEOUT, stdout.next_line()).await;
        let ready: Ready = match line {
            Ok(Ok(Some(line))) => serde_json::from_str(&line)
                .unwrap_or_else(|e| panic!("not a ready line ({e}): {line}")),
            other => panic!(
                "better-auth never became ready ({other:?}); stderr:\n{}",
                stderr.lock().unwrap()
            ),
        };
        tokio::spawn(collect(stdout.into_inner(), None));
        Some(Self {
            ready,
            chromium,
            stderr,
            _stdin: child.stdin.take().unwrap(),
            _child: child,
        })
    }

    /// `http://localhost:PORT`: better-auth's `baseURL`, its tokens' `iss`
    /// and `aud`, and the page's origin.
    pub fn base_url(&self) -> &str {
        &self.ready.base_url
    }

    /// In Chromium with a virtual authenticator, as `email`: a code that
    /// better-auth emails signs them in, they add a passkey, sign out and
    /// sign in with the passkey alone; after each sign-in the page sends
    /// better-auth's JWT to `graphql` for `me`. What it saw: `byCode` and
    /// `byPasskey`, each `{header, payload, me, shown}` (the JWT's parts,
    /// `me` as answered and as shown), and the passkey's `signCount`.
    pub async fn sign_in_in_browser(&self, graphql: &str, email: &str) -> Value {
        let run = Command::new("node")
            .arg(better_auth_dir().join("browser.test.mjs"))
            .args([self.base_url(), &self.ready.control, graphql, email])
            .env("CHROMIUM", &self.chromium)
            .kill_on_drop(true)
            .output();
        let output = tokio::time::timeout(BROWSER_TIMEOUT, run)
            .await
            .expect("the better-auth browser run finishes within 2 minutes")
            .expect("node runs");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            output.status.success(),
            "browser.test.mjs failed\nstdout: {stdout}\nstderr: {stderr}\nbetter-auth's stderr:\n{}",
            self.stderr.lock().unwrap()
        );
        let last = stdout.trim().lines().last().unwrap_or_default();
        serde_json::from_str(last).unwrap_or_else(|_| panic!("unexpected output: {stdout}"))
    }
}

fn better_auth_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/better-auth")
}

/// `npm ci` once per test run, when `node_modules` lacks the pinned
/// `better-auth` (parallel tests wait for the first one's install).
async fn ensure_installed() {
    static INSTALLED: OnceLock<Result<(), String>> = OnceLock::new();
    let result = tokio::task::spawn_blocking(|| {
        INSTALLED
            .get_or_init(|| {
                let dir = better_auth_dir();
                let pinned = version(&dir.join("package.json"), "dependencies");
                let installed = version(&dir.join("node_modules/better-auth/package.json"), "");
                if pinned.is_some() && pinned == installed {
                    return Ok(());
                }
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap()
                    .block_on(npm_ci(dir))
            })
            .clone()
    })
    .await
    .unwrap();
    if let Err(why) = result {
        panic!("{why}");
    }
}

async fn npm_ci(dir: PathBuf) -> Result<(), String> {
    let run = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(dir)
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(NPM_CI_TIMEOUT, run).await {
        Ok(Ok(output)) if output.status.success() => Ok(()),
        Ok(Ok(output)) => Err(format!(
            "npm ci in tests/better-auth failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )),
        Ok(Err(e)) => Err(format!("npm does not run: {e}")),
        Err(_) => Err(format!(
            "npm ci in tests/better-auth took over {NPM_CI_TIMEOUT:?}"
        )),
    }
}

/// `better-auth`'s version in a package.json: under `section`, or the
/// file's own `version` when `section` is empty.
fn version(path: &Path, section: &str) -> Option<String> {
    let package: Value = serde_json::from_slice(&std::fs::read(path).ok()?).ok()?;
    let value = match section {
        "" => &package["version"],
        section => &package[section]["better-auth"],
    };
    Some(value.as_str()?.to_owned())
}

/// Reads a child's output to the end so it never blocks on a full pipe,
/// keeping it when asked (for error messages).
async fn collect(output: impl AsyncRead + Unpin, keep: Option<Arc<Mutex<String>>>) {
    let mut lines = BufReader::new(output).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        if let Some(keep) = &keep {
            let mut kept = keep.lock().unwrap();
            kept.push_str(&line);
            kept.push('\n');
        }
    }
}
