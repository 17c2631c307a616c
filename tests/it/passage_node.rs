//! Passage's official server SDK, `@passageidentity/passage-node`, on the
//! passkeys a user made in the example app (passage-js in headless
//! Chromium, against the dev server and its emulator), then revoking them.
//! Its other scenarios need no server: they are the emulator crate's
//! contract tests (`crates/passage-emulator/tests/contract/passage_node.rs`),
//! whose runner this shares (`support::passage_node`).
//!
//! Needs Node.js and Chromium; without them the test says it skipped,
//! except in CI (`CI` set), where it fails.

use serde_json::json;

use crate::support::browser::chromium;
use crate::support::passage_node::{run, unique};
use crate::support::spawn_dev_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passage_node_sees_passkeys_from_passage_js_and_revokes_them() {
    let chromium = match chromium() {
        Ok(path) => path,
        Err(why) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "the passkey scenario must run in CI: {why}"
            );
            eprintln!("SKIPPED passkeys: {why}");
            return;
        }
    };
    let app = spawn_dev_app().await;
    let email = unique("passkey");
    let input = json!({ "app": app.app_origin(), "email": email, "name": "Passkey Owner" });
    let Some(seen) = run(
        "passkeys",
        "passkeys",
        &app.emulator,
        input,
        Some(&chromium),
    )
    .await
    else {
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
