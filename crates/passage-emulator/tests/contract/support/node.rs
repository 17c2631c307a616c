//! The runner of Passage's official server SDK,
//! `@passageidentity/passage-node`, against an emulator: one scenario of
//! `tests/passage-node/sdk.test.mjs` per call. Shared by the emulator's
//! contract tests and the server's (which include this file), so it uses
//! nothing but the emulator crate and `process_group`, which both include
//! (`tests/it/support/process_group.rs`).
//!
//! Needs Node.js; installs `tests/passage-node/node_modules` itself, once
//! per run. Without Node a test says it skipped, except in CI (`CI` set),
//! where it fails.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

use passage_emulator::{Emulator, random_id};
use serde_json::{Value, json};

const RUN_TIMEOUT: Duration = Duration::from_secs(120);
const NPM_CI_TIMEOUT: Duration = Duration::from_secs(300);

/// `tests/passage-node/` of the workspace, found from the crate being
/// tested (the workspace root, or `crates/passage-emulator`).
fn sdk_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .ancestors()
        .map(|dir| dir.join("tests/passage-node"))
        .find(|dir| dir.join("package.json").is_file())
        .expect("tests/passage-node in the workspace")
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
/// (the emulator's URL, app and key added), with `CHROMIUM` when given
/// (the passkey scenario drives one); what it saw. `None`: skipped.
pub async fn run(
    test: &str,
    scenario: &str,
    emulator: &Emulator,
    mut input: Value,
    chromium: Option<&Path>,
) -> Option<Value> {
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
        .arg(input.to_string());
    if let Some(chromium) = chromium {
        command.env("CHROMIUM", chromium);
    }
    let run = super::process_group::output_in_own_group(&mut command);
    let output = tokio::time::timeout(RUN_TIMEOUT, run)
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

/// An email address no other test uses.
pub fn unique(prefix: &str) -> String {
    format!("{prefix}-{}@example.com", random_id(8).to_lowercase())
}
