//! Moving off Passage: Passage-era users, an issuer with link rules, and
//! the binary's `passage` and `identities` commands, for the tests of
//! linking.

use std::process::Output;

use serde_json::Value;

use super::cli::Cli;
use super::oidc::{Alg, OidcProvider, TokenRequest};
use super::{TestApp, config_file, spawn_app_with};

pub const AUDIENCE: &str = "https://api.moving.test";
pub const ME: &str = "{ me { id name email passageId identities { issuer subject } } }";

/// A `[[issuers]]` file for `provider` with link rules.
pub fn issuers_file(provider: &OidcProvider, rules: &str) -> std::path::PathBuf {
    config_file(&format!(
        "[[issuers]]\nissuer = \"{}\"\naudiences = [\"{AUDIENCE}\"]\nalgorithms = [\"RS256\", \"ES256\"]\n{rules}\n",
        provider.issuer()
    ))
}

/// Runs the real binary against `app`'s database and Passage.
pub async fn cli(app: &TestApp, args: &[&str]) -> Output {
    Cli::new().args(args).on(app).output().await
}

pub fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Passage-era users: in the emulator and registered locally.
pub async fn passage_era(app: &TestApp, people: &[(&str, &str)]) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for (email, name) in people {
        let (user, token) = app.passage_user(email);
        let record = app.register(&token, name).await;
        out.push((user.id.clone(), record));
    }
    out
}

pub fn token(sub: &str, email: Option<&str>, unverified: bool) -> TokenRequest {
    TokenRequest {
        sub: sub.into(),
        email: email.map(str::to_owned),
        alg: Alg::Rs256,
        unverified,
        ..TokenRequest::default()
    }
}

/// Writes `text` to a fresh file in the temp folder and returns its path.
pub fn temp_csv(what: &str, text: &str) -> std::path::PathBuf {
    let path = std::env::temp_dir().join(format!("pgql-{what}-{}.csv", super::random_name(8)));
    std::fs::write(&path, text).unwrap();
    path
}

/// Snapshots from a dashboard export: rows of `(passage_id, email,
/// email_verified)`, through `passage import-export`.
pub async fn import_snapshots(app: &TestApp, rows: &[(&str, &str, bool)]) {
    let mut text = String::from("User ID,Email,Email Verified\n");
    for (id, email, verified) in rows {
        text.push_str(&format!("{id},{email},{verified}\n"));
    }
    let file = temp_csv("export", &text);
    let out = stdout(&cli(app, &["passage", "import-export", file.to_str().unwrap()]).await);
    assert!(out.contains(&format!("{} stored", rows.len())), "{out}");
}

/// Links `(passage_id, subject)` pairs to `issuer` through `identities import`.
pub async fn import_links(app: &TestApp, issuer: &str, rows: &[(&str, &str)]) {
    let mut text = String::from("passage_id,subject\n");
    for (id, subject) in rows {
        text.push_str(&format!("{id},{subject}\n"));
    }
    let file = temp_csv("links", &text);
    let args = [
        "identities",
        "import",
        "--issuer",
        issuer,
        file.to_str().unwrap(),
    ];
    let out = stdout(&cli(app, &args).await);
    assert!(out.contains(&format!("{} linked", rows.len())), "{out}");
}

/// A real OpenID provider, and a server that accepts its tokens with the
/// link `rules` (TOML lines of its `[[issuers]]` entry); `None` (skipped)
/// without Node.js outside CI. The issuers file comes along, for a second
/// server on the same database.
pub async fn app_with_link_rules(
    name: &str,
    rules: &str,
) -> Option<(OidcProvider, TestApp, std::path::PathBuf)> {
    let provider = OidcProvider::start_or_skip(name, AUDIENCE).await?;
    let file = issuers_file(&provider, rules);
    let app = spawn_app_with(|c| c.config_file = Some(file.clone())).await;
    Some((provider, app, file))
}
