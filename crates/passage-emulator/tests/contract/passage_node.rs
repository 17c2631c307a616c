//! Passage's official server SDK, `@passageidentity/passage-node`, against
//! the emulator: every user, device, token, magic-link and JWT method it
//! offers (`tests/passage-node/`, one scenario per test). The script checks
//! each answer against the SDK's own generated models and the values it
//! expects; these tests check what reached the emulator. (The passkey
//! scenario needs the server's example app: it is in the server's tests.)
//!
//! Needs Node.js; installs `tests/passage-node/node_modules` itself, once
//! per run. Without it a test says it skipped, except in CI (`CI` set),
//! where it fails.

use passage_emulator::{SigningKey, random_id};
use passage_wire::PassageStatus;
use serde_json::json;

use crate::support::node::{run, unique};
use crate::support::start_emulator;

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
    let Some(seen) = run("users", "users", &emulator, input, None).await else {
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
    let Some(seen) = run("auth", "auth", &emulator, input, None).await else {
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
    let Some(seen) = run("magic-links", "magic-links", &emulator, input, None).await else {
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
    let Some(seen) = run("sessions", "sessions", &emulator, input, None).await else {
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
