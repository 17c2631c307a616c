//! Headless Chromium for the browser tests (`browser_spa`).
//!
//! Needs Debian's `chromium` (or `CHROMIUM=/path`) and Node.js; installs
//! `playwright-core` into `tests/browser/` when missing. Outside CI a machine
//! without Chromium skips these tests with a message; in CI (`CI` set) they
//! fail.

use std::path::{Path, PathBuf};

pub(crate) fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Chromium's path, or why the test cannot run here.
pub(crate) fn chromium() -> Result<PathBuf, String> {
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

pub(crate) fn ensure_playwright() {
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
