//! The example single-page app, driven in headless Chromium.
//!
//! Needs Debian's `chromium` (or `CHROMIUM=/path`) and Node.js; installs
//! `playwright-core` into `tests/browser/` when missing. Outside CI a machine
//! without Chromium skips this test with a message; in CI (`CI` set) it fails.

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::support::spawn_dev_app;

fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Chromium's path, or why the test cannot run here.
fn chromium() -> Result<PathBuf, String> {
    let path = std::env::var_os("CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    if !path.exists() {
        return Err(format!(
            "no Chromium at {} (apt-get install chromium, or set CHROMIUM)",
            path.display()
        ));
    }
    let node = std::process::Command::new("node").arg("--version").output();
    if !node.is_ok_and(|o| o.status.success()) {
        return Err("no Node.js on PATH".into());
    }
    Ok(path)
}

fn ensure_playwright() {
    if browser_dir().join("node_modules/playwright-core").exists() {
        return;
    }
    let status = std::process::Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(browser_dir())
        .status()
        .expect("npm runs");
    assert!(status.success(), "npm ci in tests/browser failed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_example_app_registers_and_shows_me_in_chromium() {
    let chromium = match chromium() {
        Ok(path) => path,
        Err(why) if std::env::var_os("CI").is_none() => {
            eprintln!("SKIPPED the_example_app_registers_and_shows_me_in_chromium: {why}");
            return;
        }
        Err(why) => panic!("the browser test must run in CI: {why}"),
    };
    ensure_playwright();
    let app = spawn_dev_app().await;
    let run = tokio::process::Command::new("node")
        .arg(browser_dir().join("spa.test.mjs"))
        .arg(app.url(""))
        .env("CHROMIUM", &chromium)
        .kill_on_drop(true)
        .output();
    let output = tokio::time::timeout(Duration::from_secs(120), run)
        .await
        .expect("browser test finishes within 2 minutes")
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "browser test failed\nstdout: {stdout}\nstderr: {stderr}"
    );

    let shown: serde_json::Value = serde_json::from_str(stdout.trim().lines().last().unwrap())
        .unwrap_or_else(|_| panic!("unexpected output: {stdout}"));
    assert_eq!(shown["name"], "Browser Tester");
    let rows = app
        .db
        .count("SELECT count(*) AS n FROM users WHERE name = 'Browser Tester'")
        .await;
    assert_eq!(rows, 1, "createUser stored exactly one row");
    let calls = app.emulator.calls();
    assert!(
        calls.get_user >= 1,
        "the page's email came from Passage: {calls:?}"
    );
}
