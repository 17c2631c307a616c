//! Headless Chromium for the browser tests (`browser`, `browser_spa`, and
//! the passkey scenario of `passage_node`): where it is, and the
//! `playwright-core` that drives it, installed into `tests/browser/` when
//! missing.

use std::path::{Path, PathBuf};

/// `tests/browser/`: the scripts and their `node_modules`.
pub fn browser_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/browser")
}

/// Chromium's path, or why the test cannot run here.
pub fn chromium() -> Result<PathBuf, String> {
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

/// Installs playwright-core when missing, once per run: two `npm ci` at a
/// time in one folder trip over each other.
pub fn ensure_playwright() {
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        if browser_dir().join("node_modules/playwright-core").exists() {
            return;
        }
        let status = std::process::Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund", "--prefix"])
            .arg(browser_dir())
            .status()
            .expect("npm runs");
        assert!(status.success(), "npm ci in tests/browser failed");
    });
}
