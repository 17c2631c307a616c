//! Moving off Passage without losing anyone: Passage-era users, a snapshot
//! of what only Passage knew, then sign-ins through a real OpenID provider
//! that link by claim, by verified email and by an import file, each
//! reaching the same local row; and, with Passage switched off, fields from
//! the snapshot.

use serde_json::{Value, json};

use crate::support::moving::{ME, app_with_link_rules, cli, passage_era, stdout, token};
use crate::support::{spawn_app_sharing, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passage_era_users_link_by_claim_email_and_import_then_live_on_without_passage() {
    // The provider imported the users keeping their Passage IDs as `sub`
    // (what Clerk's and WorkOS's external IDs give a claim for).
    let rules = "link_claim = \"sub\"\nlink_verified_email = true";
    let Some((provider, app, file)) = app_with_link_rules("moving", rules).await else {
        return;
    };
    let people = passage_era(
        &app,
        &[
            ("ada@example.com", "Ada"),
            ("grace@example.com", "Grace"),
            ("edsger@example.com", "Edsger"),
            ("twin@example.com", "Twin One"),
            ("barbara@example.com", "Barbara"),
        ],
    )
    .await;
    // A second local user with twin@'s email (Passage allowed it after a change).
    let twin_two = app.emulator.create_user("twin2@example.com");
    let twin_token = app.emulator.token_for(&twin_two.id);
    app.register(&twin_token, "Twin Two").await;

    // Snapshot through the Management API.
    let out = stdout(&cli(&app, &["passage", "snapshot"]).await);
    assert!(out.contains("6 stored"), "{out}");
    app.db
        .execute(&format!(
            "UPDATE passage_snapshots SET email = 'twin@example.com', email_key = 'twin@example.com' \
             WHERE user_id = (SELECT id FROM users WHERE passage_id = '{}')",
            twin_two.id
        ))
        .await;

    // 1. By claim: Ada's new token carries her Passage ID; 20 concurrent
    //    first sign-ins give one identity, on her row.
    let (ada_id, ada_record) = &people[0];
    let ada = provider
        .token(token(ada_id, Some("ada@new.example"), false))
        .await;
    let first =
        futures::future::join_all((0..20).map(|_| app.gql(Some(&ada), ME, json!({})))).await;
    for response in &first {
        assert_eq!(
            response.data()["me"]["id"],
            ada_record["id"],
            "{}",
            response.text
        );
    }
    assert_eq!(
        app.db
            .count("SELECT count(*) AS n FROM identities WHERE linked_by = 'claim'")
            .await,
        1
    );

    // 2. By verified email: Grace signs in with a new subject and her email.
    let (_, grace_record) = &people[1];
    let grace = provider
        .token(token("grace-new-subject", Some("grace@example.com"), false))
        .await;
    let me = app.gql(Some(&grace), ME, json!({})).await;
    assert_eq!(me.data()["me"]["id"], grace_record["id"]);
    assert_eq!(me.data()["me"]["name"], "Grace");

    // An unverified email links nobody.
    let edsger = provider
        .token(token(
            "edsger-new-subject",
            Some("edsger@example.com"),
            true,
        ))
        .await;
    assert_eq!(
        app.gql(Some(&edsger), ME, json!({})).await.data()["me"],
        Value::Null
    );
    // Two local users with one email: nobody.
    let twin = provider
        .token(token("twin-new-subject", Some("twin@example.com"), false))
        .await;
    assert_eq!(
        app.gql(Some(&twin), ME, json!({})).await.data()["me"],
        Value::Null
    );

    // 3. By import file: Barbara's new subject, linked in bulk.
    let (barbara_id, barbara_record) = &people[4];
    let csv =
        std::env::temp_dir().join(format!("pgql-links-{}.csv", crate::support::random_name(8)));
    std::fs::write(
        &csv,
        format!("passage_id,subject\n{barbara_id},barbara-new-subject\nnot valid!,x\n"),
    )
    .unwrap();
    let import = [
        "identities",
        "import",
        "--issuer",
        provider.issuer(),
        csv.to_str().unwrap(),
    ];
    let out = stdout(&cli(&app, &import).await);
    assert!(
        out.contains("1 linked") && out.contains("1 invalid rows"),
        "{out}"
    );
    let again = stdout(&cli(&app, &import).await);
    assert!(
        again.contains("0 linked") && again.contains("1 already linked"),
        "{again}"
    );
    let barbara = provider
        .token(token("barbara-new-subject", None, false))
        .await;
    let me = app.gql(Some(&barbara), ME, json!({})).await;
    assert_eq!(me.data()["me"]["id"], barbara_record["id"]);

    // Progress, from the CLI and for admins.
    let status = stdout(&cli(&app, &["identities", "status"]).await);
    assert!(
        status.contains("claim\t1")
            && status.contains("verified_email\t1")
            && status.contains("import\t1"),
        "{status}"
    );
    assert!(status.contains("unlinked Passage-era users: 3"), "{status}");
    let (_, admin) = app.admin("root@example.com").await;
    let progress = app
        .gql(
            Some(&admin),
            "{ identityStatus { linked { issuer rule users } unlinkedPassageUsers } }",
            json!({}),
        )
        .await;
    let progress = &progress.data()["identityStatus"];
    assert_eq!(progress["unlinkedPassageUsers"], 4, "three, and the admin");
    assert_eq!(progress["linked"].as_array().unwrap().len(), 3);

    // 4. Passage switched off: Barbara's token has no email claim, so her
    //    email comes from the snapshot.
    let without_passage = spawn_app_sharing(&app.db, |c| {
        c.passage_app_id = None;
        c.passage_api_key = None;
        c.config_file = Some(file.clone());
    })
    .await;
    let me = without_passage
        .gql(Some(&barbara), "{ me { name email } }", json!({}))
        .await;
    assert_eq!(
        me.data()["me"],
        json!({ "name": "Barbara", "email": "barbara@example.com" })
    );
    assert_eq!(without_passage.emulator.calls().get_user, 0);
    // A Passage token is no longer accepted.
    let old = without_passage.gql(Some(&twin_token), ME, json!({})).await;
    assert_eq!(old.status, 401, "{}", old.text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_dashboard_export_fills_snapshots_and_reports_strangers() {
    let app = spawn_app_with(|_| {}).await;
    let people = passage_era(
        &app,
        &[("one@example.com", "One"), ("two@example.com", "Two")],
    )
    .await;
    let csv = std::env::temp_dir().join(format!(
        "pgql-export-{}.csv",
        crate::support::random_name(8)
    ));
    std::fs::write(
        &csv,
        format!(
            "User ID,Email,Email Verified,Phone,Status\n{},one@export.example,true,+14155550100,active\n\
             {},,false,,active\nAAAAAAAAAAAAAAAAAAAAAAAA,ghost@example.com,true,,active\n",
            people[0].0, people[1].0
        ),
    )
    .unwrap();
    let out = stdout(&cli(&app, &["passage", "import-export", csv.to_str().unwrap()]).await);
    assert!(
        out.contains("2 stored") && out.contains("1 rows match no local user"),
        "{out}"
    );
    assert!(out.contains("AAAAAAAAAAAAAAAAAAAAAAAA"), "{out}");
    assert_eq!(
        app.db
            .count("SELECT count(*) AS n FROM passage_snapshots WHERE email = 'one@export.example' AND email_verified AND phone = '+14155550100' AND source = 'export'")
            .await,
        1
    );

    let no_id = csv.with_extension("noid.csv");
    std::fs::write(&no_id, "Email,Phone\none@example.com,\n").unwrap();
    let refused = cli(&app, &["passage", "import-export", no_id.to_str().unwrap()]).await;
    assert!(!refused.status.success());
    let why = String::from_utf8_lossy(&refused.stderr);
    assert!(why.contains("no user ID column"), "{why}");
}
