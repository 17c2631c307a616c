//! Upgrading a database made by the Passage-only server: every existing
//! user is still reachable by their Passage token, unchanged, and can sign
//! in as before.

use serde_json::json;

use crate::support::{TestDatabase, spawn_app_on_database};

/// The last migration of the Passage-only schema.
const PASSAGE_ONLY_SCHEMA: &str = "2026-11-26-000001_create_users";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn users_of_the_passage_only_schema_keep_their_records_after_migrating() {
    let db = TestDatabase::at_migration(PASSAGE_ONLY_SCHEMA).await;
    // Rows as the old server wrote them; the emulator users come below.
    let app_users: Vec<(String, &str, &str)> = (0..5)
        .map(|i| {
            (
                crate::support::random_name(24),
                ["Ada", "Grace", "Edsger", "Barbara", "Frances"][i],
                if i == 0 { "admin" } else { "user" },
            )
        })
        .collect();
    for (passage_id, name, role) in &app_users {
        db.execute(&format!(
            "INSERT INTO users (passage_id, name, role, created_at) \
             VALUES ('{passage_id}', '{name}', '{role}', '2025-06-01T12:00:00Z')"
        ))
        .await;
    }
    let app = spawn_app_on_database(db).await;
    assert_eq!(app.db.count("SELECT count(*) AS n FROM users").await, 5);
    assert_eq!(
        app.db.count("SELECT count(*) AS n FROM identities").await,
        0
    );

    for (passage_id, name, role) in &app_users {
        let token = app
            .emulator
            .sign_claims(&app.emulator.claims_for(passage_id));
        let me = app
            .gql(
                Some(&token),
                "{ me { name role passageId createdAt identities { subject } } }",
                json!({}),
            )
            .await;
        let me = &me.data()["me"];
        assert_eq!(me["name"], *name);
        assert_eq!(me["role"], role.to_uppercase());
        assert_eq!(me["passageId"], passage_id.as_str());
        assert_eq!(me["createdAt"], "2025-06-01T12:00:00+00:00");
        assert_eq!(me["identities"], json!([{ "subject": passage_id }]));
        // createUser stays idempotent for them: the same record.
        let again = app.register(&token, "Someone Else").await;
        assert_eq!(again["name"], *name);
    }
    assert_eq!(app.db.count("SELECT count(*) AS n FROM users").await, 5);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn snapshots_taken_before_email_keys_get_the_key_the_server_computes() {
    let db = TestDatabase::at_migration("2026-11-27-000002_passage_snapshots").await;
    // Addresses that begin or end with a `v` or in another case, with
    // whitespace, and ones that must get no key (non-ASCII, no `@`).
    let emails = [
        "vera@corp.dev",
        " Vera@Corp.DEV\t",
        "kev@corp.dev",
        "Victor.V@mail.com",
        "\u{c9}lodie@exemple.fr",
        "no-at-sign",
    ];
    for (i, email) in emails.iter().enumerate() {
        db.execute(&format!(
            "INSERT INTO users (passage_id, name) VALUES ('{}', 'User {i}')",
            crate::support::random_name(24)
        ))
        .await;
        db.execute(&format!(
            "INSERT INTO passage_snapshots (user_id, email, email_verified, source) \
             VALUES ((SELECT max(id) FROM users), E'{}', true, 'export')",
            email.replace('\t', "\\t")
        ))
        .await;
    }
    passage_graphql::db::run_migrations(&db.url)
        .await
        .expect("migrations apply");
    for email in emails {
        let trimmed = email.trim();
        let key = passage_graphql::identity::EmailKey::parse(email)
            .filter(|_| trimmed.is_ascii())
            .map(|key| format!("= '{}'", key.as_str()))
            .unwrap_or_else(|| "IS NULL".to_owned());
        assert_eq!(
            db.count(&format!(
                "SELECT count(*) AS n FROM passage_snapshots s JOIN users u ON u.id = s.user_id \
                 WHERE btrim(s.email, E' \\t') = '{}' AND s.email_key {key}",
                trimmed
            ))
            .await,
            1,
            "{email:?} should have the key {key}"
        );
    }
}
