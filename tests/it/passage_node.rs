//! Passage's official server SDK, `@passageidentity/passage-node`, against
//! the emulator: every user, device, token, magic-link and JWT method it
//! offers (`tests/passage-node/`, one scenario per test). The script checks
//! each answer against the SDK's own generated models and the values it
//! expects; these tests check what reached the emulator.
//!
//! Needs Node.js (and, for the passkey scenario, Chromium); installs
//! `tests/passage-node/node_modules` itself, once per run. Without them a
//! test says it skipped, except in CI (`CI` set), where it fails.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use passage_emulator::{Emulator, SigningKey, random_id};
use passage_graphql::passage::PassageStatus;
use serde_json::{Value, json};

use crate::support::{spawn_dev_app, start_emulator};

const RUN_TIMEOUT: Duration = Duration::from_secs(120);
const NPM_CI_TIMEOUT: Duration = Duration::from_secs(300);

fn sdk_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/passage-node")
}

/// Why Node cannot run here, if it cannot (a panic in CI).
fn node_missing(test: &str) -> bool {
    let node = std::process::Command::new("node").arg("--version").output();
    if node.is_ok_and(|o| o.status.success()) {
        return false;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "the passage-node tests must run in CI: no Node.js on PATH"
    );
    eprintln!("SKIPPED {test}: no Node.js on PATH (apt-get install nodejs npm)");
    true
}

/// `npm ci` once per run, when `node_modules` lacks the pinned SDK.
fn ensure_installed() {
    static INSTALLED: OnceLock<Result<(), String>> = OnceLock::new();
    let result = INSTALLED.get_or_init(|| {
        let read = |path: &Path| -> Option<Value> {
            serde_json::from_slice(&std::fs::read(path).ok()?).ok()
        };
        let pinned = read(&sdk_dir().join("package.json")).and_then(|p| {
            p["dependencies"]["@passageidentity/passage-node"]
                .as_str()
                .map(str::to_owned)
        });
        let installed =
            read(&sdk_dir().join("node_modules/@passageidentity/passage-node/package.json"))
                .and_then(|p| p["version"].as_str().map(str::to_owned));
        if pinned.is_some() && pinned == installed {
            return Ok(());
        }
        let npm = tokio::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--prefix"])
            .arg(sdk_dir())
            .kill_on_drop(true)
            .output();
        let finished = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap()
            .block_on(tokio::time::timeout(NPM_CI_TIMEOUT, npm));
        match finished {
            Ok(Ok(output)) if output.status.success() => Ok(()),
            Ok(Ok(output)) => Err(format!(
                "npm ci in tests/passage-node failed: {}",
                String::from_utf8_lossy(&output.stderr)
            )),
            Ok(Err(e)) => Err(format!("npm does not run: {e}")),
            Err(_) => Err(format!(
                "npm ci in tests/passage-node took over {NPM_CI_TIMEOUT:?}"
            )),
        }
    });
    if let Err(why) = result {
        panic!("{why}");
    }
}

/// Runs one scenario of `tests/passage-node/sdk.test.mjs` with `input`
/// (the emulator's URL, app and key added); what it saw. `None`: skipped.
async fn run(test: &str, scenario: &str, emulator: &Emulator, mut input: Value) -> Option<Value> {
    if node_missing(test) {
        return None;
    }
    tokio::task::spawn_blocking(ensure_installed).await.unwrap();
    input["emulator"] = json!(emulator.base_url());
    input["appId"] = json!(emulator.app_id());
    input["apiKey"] = json!(emulator.api_key());
    let mut command = tokio::process::Command::new("node");
    command
        .arg(sdk_dir().join("sdk.test.mjs"))
        .arg(scenario)
        .arg(input.to_string())
        .kill_on_drop(true);
    if let Ok(chromium) = crate::support::browser::chromium() {
        command.env("CHROMIUM", chromium);
    }
    let output = tokio::time::timeout(RUN_TIMEOUT, command.output())
        .await
        .expect("the passage-node scenario finishes within 2 minutes")
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "passage-node scenario {scenario} failed\nstdout: {stdout}\nstderr: {stderr}"
    );
    let seen = stdout.trim().lines().last().unwrap_or_default();
    let seen: Value =
        serde_json::from_str(seen).unwrap_or_else(|_| panic!("unexpected output: {stdout}"));
    Some(seen)
}

fn unique(prefix: &str) -> String {
    format!("{prefix}-{}@example.com", random_id(8).to_lowercase())
}

/// An E.164 number no other test uses.
fn unique_phone() -> String {
    let digits: String = random_id(40)
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(char::from)
        .chain(std::iter::repeat('7'))
        .take(9)
        .collect();
    format!("+1555{digits}")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passage_node_user_methods() {
    let emulator = start_emulator().await;
    let (email, phone) = (unique("users"), unique_phone());
    let input = json!({ "email": email, "phone": phone });
    let Some(seen) = run("users", "users", &emulator, input).await else {
        return;
    };
    assert_eq!(seen["hosts"], json!(["api.passage.id"]));
    let id = seen["created"]["id"].as_str().unwrap();
    let user = emulator
        .user(id)
        .expect("the SDK's user is in the emulator");
    assert_eq!(user.email, seen["created"]["email"].as_str().unwrap());
    assert_eq!(user.status, PassageStatus::Active);
    assert_eq!(user.user_metadata, Some(json!({ "plan": "team" })));
    assert!(emulator.user(seen["deleted"].as_str().unwrap()).is_none());
    assert_eq!(
        seen["refusals"]["duplicate"],
        "Could not create user: email: already used by another user"
    );
    let calls = emulator.calls();
    assert_eq!(
        calls.create_user, 4,
        "two users and two refusals: {calls:?}"
    );
    assert!(calls.list_users >= 3, "getByIdentifier lists: {calls:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passage_node_validates_the_emulators_tokens() {
    let emulator = start_emulator().await;
    let user = emulator.create_user(&unique("jwt"));
    let mut expired = emulator.claims_for(&user.id);
    expired["exp"] = json!(chrono::Utc::now().timestamp() - 600);
    let mut other_app = emulator.claims_for(&user.id);
    other_app["aud"] = json!(["another-app"]);
    let stranger = SigningKey::generate("not-published");
    let tokens = json!({
        "valid": emulator.token_for(&user.id),
        "expired": emulator.sign_claims(&expired),
        "wrongAudience": emulator.sign_claims(&other_app),
        "unknownKey": stranger.sign(&stranger.header(), &emulator.claims_for(&user.id)),
    });
    let input = json!({ "userId": user.id, "tokens": tokens });
    let Some(seen) = run("auth", "auth", &emulator, input).await else {
        return;
    };
    assert_eq!(
        seen["hosts"],
        json!(["auth.passage.id"]),
        "the JWKS came from the emulator"
    );
    assert!(emulator.calls().jwks >= 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passage_node_magic_links() {
    let emulator = start_emulator().await;
    let input = json!({ "email": unique("link"), "phone": unique_phone() });
    let Some(seen) = run("magic-links", "magic-links", &emulator, input).await else {
        return;
    };
    let user = emulator
        .user(seen["userId"].as_str().unwrap())
        .expect("the link's user");
    assert_eq!(
        user.status,
        PassageStatus::Active,
        "the link registered them"
    );
    assert!(user.email_verified);
    let url = seen["url"].as_str().unwrap();
    assert!(
        url.starts_with(emulator.base_url()),
        "no app origin: the emulator's: {url}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passage_node_sees_sign_ins_and_revokes_sessions() {
    let emulator = start_emulator().await;
    let input = json!({ "email": unique("sessions") });
    let Some(seen) = run("sessions", "sessions", &emulator, input).await else {
        return;
    };
    let user = emulator.user(seen["userId"].as_str().unwrap()).unwrap();
    assert_eq!(user.login_count, 5);
    assert_eq!(user.recent_events.len(), 5);
    assert_eq!(
        emulator.calls().refresh_tokens,
        1,
        "only the refresh before revoking worked"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passage_node_sees_passkeys_from_passage_js_and_revokes_them() {
    if let Err(why) = crate::support::browser::chromium() {
        assert!(
            std::env::var_os("CI").is_none(),
            "the passkey scenario must run in CI: {why}"
        );
        eprintln!("SKIPPED passkeys: {why}");
        return;
    }
    let app = spawn_dev_app().await;
    let email = unique("passkey");
    let input = json!({ "app": app.app_origin(), "email": email, "name": "Passkey Owner" });
    let Some(seen) = run("passkeys", "passkeys", &app.emulator, input).await else {
        return;
    };
    let user = app.emulator.user(seen["userId"].as_str().unwrap()).unwrap();
    assert!(user.webauthn_devices.is_empty(), "revoked: {user:?}");
    assert_eq!(user.webauthn_types, ["passkey"], "types used stay");
    assert_eq!(
        user.login_count, 2,
        "registration and one sign-in; the refused ones not"
    );
    assert!(
        seen["refused"]["withEmail"]
            .as_str()
            .is_some_and(|m| m.contains("no passkeys")),
        "{seen}"
    );
}
