//! The example app on Passage's own JavaScript SDK and Apollo Client, in
//! headless Chromium, against the dev server and its emulator: passkeys (a
//! virtual WebAuthn authenticator), one-time codes, token refresh, and a
//! wrong code. The scenarios are in `tests/browser/passage-spa.test.mjs`;
//! each checks what the page shows, and these tests check what reached
//! Postgres and Passage, and what went over the wire to `/graphql`.

use std::sync::Once;
use std::time::Duration;

use serde_json::Value;

use crate::support::browser::{browser_dir, chromium, ensure_playwright};
use crate::support::process_group::output_in_own_group;
use crate::support::{TestApp, spawn_dev_app};

/// Runs one scenario against `app` as `email` / `name`; what the page showed.
/// `None` when this machine cannot run a browser (outside CI only).
async fn run_scenario(app: &TestApp, scenario: &str, email: &str, name: &str) -> Option<Value> {
    let chromium = match chromium() {
        Ok(path) => path,
        Err(why) if std::env::var_os("CI").is_none() => {
            eprintln!("SKIPPED browser scenario {scenario}: {why}");
            return None;
        }
        Err(why) => panic!("the browser tests must run in CI: {why}"),
    };
    static PLAYWRIGHT: Once = Once::new();
    PLAYWRIGHT.call_once(ensure_playwright);
    let mut command = tokio::process::Command::new("node");
    command
        .arg(browser_dir().join("passage-spa.test.mjs"))
        .args([
            scenario,
            &app.app_origin(),
            app.emulator.base_url(),
            email,
            name,
        ])
        .env("CHROMIUM", &chromium);
    let run = output_in_own_group(&mut command);
    let output = tokio::time::timeout(Duration::from_secs(120), run)
        .await
        .expect("browser scenario finishes within 2 minutes")
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "browser scenario {scenario} failed\nstdout: {stdout}\nstderr: {stderr}"
    );
    let seen = stdout.trim().lines().last().unwrap_or_default();
    Some(serde_json::from_str(seen).unwrap_or_else(|_| panic!("unexpected output: {stdout}")))
}

fn unique_email(scenario: &str) -> String {
    let id = crate::support::random_name(8).to_lowercase();
    format!("{scenario}-{id}@example.com")
}

/// The local row `createUser` made for this name: exactly one.
async fn assert_one_row(app: &TestApp, name: &str) {
    let rows = app
        .db
        .count(&format!(
            "SELECT count(*) AS n FROM users WHERE name = '{name}'"
        ))
        .await;
    assert_eq!(rows, 1, "createUser stored exactly one row for {name}");
}

/// Apollo Client's automatic persisted queries, as the page sent `operation`
/// `runs` times: the first request carries only the hash and is answered
/// `PERSISTED_QUERY_NOT_FOUND`; the link's retry carries the text (whose
/// SHA-256, from the browser's Web Crypto, is the hash) and gets the data;
/// every later run carries only the hash again and gets the data. Each one a
/// POST with the SDK's auth token.
fn assert_persisted_on_the_wire(seen: &Value, operation: &str, runs: usize) {
    let sent: Vec<&Value> = seen["wire"]
        .as_array()
        .expect("the scenario recorded the wire")
        .iter()
        .filter(|request| request["operation"] == operation)
        .collect();
    let wire = serde_json::to_string_pretty(&sent).unwrap();
    assert_eq!(sent.len(), runs + 1, "{operation}: {wire}");
    let hash = sent[0]["hash"].as_str().expect("a hash");
    assert_eq!(hash.len(), 64, "{operation}: {wire}");
    for (i, request) in sent.iter().enumerate() {
        let (text, answered) = match i {
            0 => (false, "PERSISTED_QUERY_NOT_FOUND"),
            1 => (true, "data"),
            _ => (false, "data"),
        };
        assert_eq!(request["withText"], text, "{operation} #{i}: {wire}");
        assert_eq!(request["answered"], answered, "{operation} #{i}: {wire}");
        assert_eq!(request["hash"], hash, "{operation} #{i}: {wire}");
        assert_eq!(request["method"], "POST", "{operation} #{i}: {wire}");
        assert_eq!(request["status"], 200, "{operation} #{i}: {wire}");
        assert_eq!(
            request["authorization"], "Bearer <JWT>",
            "{operation} #{i}: {wire}"
        );
    }
    assert_eq!(sent[1]["hashIsTheTextsSha256"], true, "{operation}: {wire}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_passkey_register_create_user_reload_sign_out_and_sign_in_again() {
    let app = spawn_dev_app().await;
    let (email, name) = (unique_email("passkey"), "Passkey Tester");
    let Some(seen) = run_scenario(&app, "passkey", &email, name).await else {
        return;
    };
    assert_eq!(seen["registered"]["name"], name);
    assert_eq!(seen["registered"]["email"], email.as_str());
    assert_eq!(seen["discovered"]["email"], email.as_str());
    assert_one_row(&app, name).await;
    let user = app
        .emulator
        .user_by_email(&email)
        .expect("the emulator knows the user");
    assert!(user.webauthn, "the user has a passkey: {user:?}");
    assert_eq!(user.webauthn_types, ["passkey"]);
    assert_eq!(user.login_count, 3, "registration and two passkey sign-ins");
    // createUser once; me after registering, after the reload and after
    // each sign-in.
    assert_persisted_on_the_wire(&seen, "CreateUser", 1);
    assert_persisted_on_the_wire(&seen, "Me", 4);
    assert_eq!(seen["wire"].as_array().map(Vec::len), Some(2 + 5));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_one_time_code_register_then_sign_in() {
    let app = spawn_dev_app().await;
    let (email, name) = (unique_email("code"), "Code Tester");
    let Some(seen) = run_scenario(&app, "one-time-code", &email, name).await else {
        return;
    };
    assert_eq!(seen["signedIn"]["name"], name);
    assert_one_row(&app, name).await;
    let user = app.emulator.user_by_email(&email).expect("a user");
    assert!(user.email_verified, "a code proved the email: {user:?}");
    assert!(!user.webauthn, "no passkey was made: {user:?}");
    assert_eq!(user.login_count, 2);
    assert_persisted_on_the_wire(&seen, "CreateUser", 1);
    assert_persisted_on_the_wire(&seen, "Me", 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_an_expired_auth_token_is_refreshed_by_the_sdk() {
    let app = spawn_dev_app().await;
    app.emulator.set_auth_token_ttl(Duration::from_secs(2));
    let (email, name) = (unique_email("refresh"), "Refresh Tester");
    let Some(seen) = run_scenario(&app, "refresh", &email, name).await else {
        return;
    };
    assert_eq!(seen["shown"]["email"], email.as_str());
    assert!(
        seen["newExpiry"].as_i64() > seen["expiredAt"].as_i64(),
        "{seen}"
    );
    assert_eq!(seen["liveAfterExpiry"], true, "{seen}");
    // At least once: on a slow machine the token may also expire during
    // registration, and the SDK refreshes it then too.
    assert!(
        app.emulator.calls().refresh_tokens >= 1,
        "the SDK refreshed through the emulator"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_a_wrong_code_shows_the_sdk_error() {
    let app = spawn_dev_app().await;
    let (email, name) = (unique_email("wrong"), "Wrong Code Tester");
    let Some(seen) = run_scenario(&app, "wrong-code", &email, name).await else {
        return;
    };
    assert_eq!(
        seen["shownError"],
        "otp: wrong one-time passcode; 4 more wrong code(s) allowed for this identifier, \
         counted across its codes; check the code and try again",
        "the page shows the emulator's error, as passage-js's PassageError carries it"
    );
    assert_eq!(seen["shown"]["email"], email.as_str());
    assert_one_row(&app, name).await;
}

/// Live updates in the example app: Apollo Client's `GraphQLWsLink`, its
/// socket signed in by the `psg_auth_token` cookie passage-js sets (a page
/// cannot set headers on a WebSocket). Signed out, the socket is refused; once
/// registered, a rename made elsewhere reaches the page over the socket; the
/// same page served from another origin of the same site, whose socket
/// carries the cookie, is refused for its origin.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn browser_live_updates_signed_in_by_the_cookie_and_refused_from_a_foreign_origin() {
    let app = spawn_dev_app().await;
    let (email, name) = (unique_email("live"), "Live Tester");
    let Some(seen) = run_scenario(&app, "live", &email, name).await else {
        return;
    };
    let said = |key: &str| seen[key].as_str().unwrap_or_default().to_owned();
    assert!(
        said("signedOut").contains("Forbidden: sign in with a valid token"),
        "{seen}"
    );
    let renamed = said("renamed");
    assert!(renamed.starts_with(name), "{seen}");
    assert_eq!(said("stillShown"), renamed, "{seen}");
    assert!(
        said("refused").contains("this origin may not open a signed-in socket"),
        "{seen}"
    );
    let stored = app
        .db
        .count(&format!(
            "SELECT count(*) AS n FROM users WHERE name = '{renamed}'"
        ))
        .await;
    assert_eq!(stored, 1, "the rename is the user's row");

    let sockets = seen["sockets"]
        .as_array()
        .expect("the sockets were recorded");
    let from = |origin: &str| -> Vec<&Value> {
        sockets.iter().filter(|s| s["origin"] == origin).collect()
    };
    let (own, foreign) = (from("app"), from("foreign"));
    // Signed out at load, then signed in after registering.
    assert_eq!(own.len(), 2, "{seen}");
    assert_eq!(foreign.len(), 1, "one refused socket, not retried: {seen}");
    for socket in sockets {
        assert_eq!(
            socket["url"],
            format!("ws://localhost:{}/graphql", app.addr.port()),
            "{seen}"
        );
        assert_eq!(
            socket["initCarriedToken"], false,
            "the cookie signs in: {seen}"
        );
    }
    let signed_in = own[1];
    assert_eq!(signed_in["acknowledged"], true, "{seen}");
    assert_eq!(
        signed_in["subscribed"],
        serde_json::json!(["MeChanged"]),
        "{seen}"
    );
    assert!(
        signed_in["heard"]
            .as_array()
            .is_some_and(|heard| heard.iter().any(|n| n == renamed.as_str())),
        "the rename came over the socket: {seen}"
    );
    for refused in [own[0], foreign[0]] {
        assert_eq!(refused["acknowledged"], false, "{seen}");
        // graphql-ws subscribes only once the server acknowledges.
        assert_eq!(refused["subscribed"], serde_json::json!([]), "{seen}");
        assert_eq!(refused["heard"], serde_json::json!([]), "{seen}");
    }
}
