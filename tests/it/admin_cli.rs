//! `passage-graphql admin grant|revoke <user>` against a real Postgres: a
//! user named by local ID, `issuer:subject` or verified email gets the
//! role; a name that fits several users, or none, is refused (exit status
//! 2) and changes nothing; a database with migrations pending is refused,
//! not migrated.

use std::process::Output;

use crate::support::TestDatabase;
use crate::support::cli::Cli;

/// An issuer with a port, whose subjects hold a `:` too: the hard case for
/// reading `issuer:subject`.
const CLERK: &str = "https://clerk.example.com:8443";

/// Runs `admin <action> <user>` on `db`.
async fn admin(db: &TestDatabase, action: &str, user: &str) -> Output {
    Cli::new()
        .args(["admin", action, user, "--database-url", &db.url])
        .output()
        .await
}

/// A user with no Passage ID (signed up through another issuer); their
/// local ID.
async fn local_user(db: &TestDatabase, name: &str) -> i64 {
    db.execute(&format!("INSERT INTO users (name) VALUES ('{name}')"))
        .await;
    db.count(&format!("SELECT id AS n FROM users WHERE name = '{name}'"))
        .await
}

async fn identity(db: &TestDatabase, user_id: i64, issuer: &str, subject: &str) {
    db.execute(&format!(
        "INSERT INTO identities (issuer, subject, user_id, linked_by) \
         VALUES ('{issuer}', '{subject}', {user_id}, 'registration')"
    ))
    .await;
}

/// A Passage snapshot with `email` (its key as the server computes it:
/// trimmed, lower-cased).
async fn snapshot(db: &TestDatabase, user_id: i64, email: &str, verified: bool) {
    let key = email.trim().to_lowercase();
    db.execute(&format!(
        "INSERT INTO passage_snapshots (user_id, email, email_verified, source, email_key) \
         VALUES ({user_id}, '{email}', {verified}, 'api', '{key}')"
    ))
    .await;
}

async fn is_admin(db: &TestDatabase, user_id: i64) -> bool {
    db.count(&format!(
        "SELECT count(*) AS n FROM users WHERE id = {user_id} AND role = 'admin'"
    ))
    .await
        == 1
}

async fn admins(db: &TestDatabase) -> i64 {
    db.count("SELECT count(*) AS n FROM users WHERE role = 'admin'")
        .await
}

#[track_caller]
fn succeeded(output: &Output) -> String {
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "stdout: {stdout}\nstderr: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// The refusal's stderr, after checking it exited with status 2.
#[track_caller]
fn refused(output: &Output) -> String {
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    stderr
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_of_any_issuer_is_named_by_local_id_identity_or_verified_email() {
    let db = TestDatabase::create().await;
    let ada = local_user(&db, "Ada").await;
    identity(&db, ada, CLERK, "user:2x").await;
    let grace = local_user(&db, "Grace").await;
    snapshot(&db, grace, "Grace.Hopper@Example.com", true).await;

    let out = succeeded(&admin(&db, "grant", &ada.to_string()).await);
    assert!(out.contains(&format!("local ID {ada}")), "{out}");
    assert!(is_admin(&db, ada).await);
    succeeded(&admin(&db, "revoke", &format!("local:{ada}")).await);
    assert!(!is_admin(&db, ada).await);

    succeeded(&admin(&db, "grant", &format!("{CLERK}:user:2x")).await);
    assert!(is_admin(&db, ada).await);

    succeeded(&admin(&db, "grant", "  grace.hopper@EXAMPLE.com ").await);
    assert!(is_admin(&db, grace).await);
    assert_eq!(admins(&db).await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_name_that_fits_several_users_or_none_is_refused_and_changes_nothing() {
    let db = TestDatabase::create().await;
    let ada = local_user(&db, "Ada").await;
    let grace = local_user(&db, "Grace").await;
    let edsger = local_user(&db, "Edsger").await;
    // Two readings of one text, each an identity of its own user.
    identity(&db, ada, "https://id.example.com", "a:b").await;
    identity(&db, grace, "https://id.example.com:a", "b").await;
    // One email, two users; another unverified.
    snapshot(&db, ada, "shared@example.com", true).await;
    snapshot(&db, grace, "shared@example.com", true).await;
    snapshot(&db, edsger, "unverified@example.com", false).await;
    // A Passage ID of digits that is also a local ID.
    db.execute(&format!(
        "INSERT INTO users (passage_id, name) VALUES ('{edsger}', 'Barbara')"
    ))
    .await;

    let why = refused(&admin(&db, "grant", "https://id.example.com:a:b").await);
    assert!(why.contains("2 identities"), "{why}");
    let why = refused(&admin(&db, "grant", "shared@example.com").await);
    assert!(why.contains(&format!("local IDs {ada}, {grace}")), "{why}");
    let why = refused(&admin(&db, "grant", "unverified@example.com").await);
    assert!(why.contains("not verified"), "{why}");
    let why = refused(&admin(&db, "grant", &edsger.to_string()).await);
    assert!(why.contains(&format!("passage:{edsger}")), "{why}");

    let why = refused(&admin(&db, "grant", "nobody@example.com").await);
    assert!(why.contains("no user's Passage snapshot"), "{why}");
    let why = refused(&admin(&db, "grant", "https://id.example.com:c").await);
    assert!(why.contains("no user has that identity"), "{why}");
    let why = refused(&admin(&db, "grant", "987654").await);
    assert!(why.contains("no user has local ID 987654"), "{why}");
    let why = refused(&admin(&db, "grant", "local:987654").await);
    assert!(why.contains("no user has local ID 987654"), "{why}");
    let why = refused(&admin(&db, "grant", "https://id.example.com").await);
    assert!(why.contains("issuer:subject"), "{why}");
    assert_eq!(admins(&db).await, 0);

    // Said explicitly, each is one user.
    succeeded(&admin(&db, "grant", &format!("local:{edsger}")).await);
    succeeded(&admin(&db, "grant", &format!("passage:{edsger}")).await);
    assert!(is_admin(&db, edsger).await);
    assert_eq!(admins(&db).await, 2);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_with_migrations_pending_is_refused_not_migrated() {
    let db = TestDatabase::at_migration("2026-11-26-000001_create_users").await;
    db.execute("INSERT INTO users (passage_id, name) VALUES ('AdaPassageId', 'Ada')")
        .await;
    let user = db.count("SELECT id AS n FROM users").await;

    let output = admin(&db, "grant", &user.to_string()).await;
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "{stderr}");
    assert!(
        stderr.contains("the database is not migrated: run `passage-graphql migrate`"),
        "{stderr}"
    );
    let identities = db
        .count(
            "SELECT count(*) AS n FROM information_schema.tables \
             WHERE table_name = 'identities'",
        )
        .await;
    assert_eq!(identities, 0, "no migration ran");
    assert!(!is_admin(&db, user).await);
}
