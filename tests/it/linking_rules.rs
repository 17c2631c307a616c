//! What links a new issuer's identity to a Passage-era user, and what never
//! does: an email links only when verified on both sides (the token's issuer
//! and the Passage snapshot) and equal in one normal form; two snapshots with
//! one email link nobody, whoever signed in first; a rule that finds a
//! conflict stops, records why and never hands the token to the next rule; a
//! changed email leaves the snapshot with the new one. Each is checked in the
//! responses and in the database.

use serde_json::{Value, json};

use crate::support::moving::{
    AUDIENCE, ME, app_with_link_rules, cli, import_links, import_snapshots, issuers_file,
    passage_era, stdout, token,
};
use crate::support::oidc::OidcProvider;
use crate::support::oidc::TokenRequest;
use crate::support::{GqlResponse, TestApp, spawn_app_with};

async fn identities(app: &TestApp) -> i64 {
    app.db
        .count("SELECT count(*) AS n FROM identities WHERE linked_by <> 'registration'")
        .await
}

async fn conflicts(app: &TestApp, rule: &str, reason: &str) -> i64 {
    app.db
        .count(&format!(
            "SELECT count(*) AS n FROM link_conflicts WHERE rule = '{rule}' AND reason = '{reason}'"
        ))
        .await
}

/// `me`, for a new token of `sub` whose issuer vouches for `email`.
async fn sign_in(provider: &OidcProvider, app: &TestApp, sub: &str, email: &str) -> GqlResponse {
    let token = provider.token(token(sub, Some(email), false)).await;
    app.gql(Some(&token), ME, json!({})).await
}

fn me(response: &GqlResponse) -> &Value {
    let data = response.data();
    assert!(
        data.as_object().unwrap().contains_key("me"),
        "{}",
        response.text
    );
    &data["me"]
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_email_links_only_when_verified_on_both_sides_and_equal_in_its_normal_form() {
    let Some((provider, app, _)) =
        app_with_link_rules("link-email", "link_verified_email = true").await
    else {
        return;
    };
    let people = passage_era(
        &app,
        &[
            ("squatter@example.com", "Squatter"),
            ("Ada.Lovelace@Example.COM", "Ada"),
        ],
    )
    .await;
    // Passage let a passkey user register an address it never proved: the
    // export says so. Ada's address was proved, written in another case.
    import_snapshots(
        &app,
        &[
            (&people[0].0, "victim@example.com", false),
            (&people[1].0, "Ada.Lovelace@Example.COM", true),
        ],
    )
    .await;

    // The real owner of victim@ proves it at the new provider: the
    // squatter's Passage-era row is not handed to them.
    let answer = sign_in(&provider, &app, "victim-subject", "victim@example.com").await;
    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(identities(&app).await, 0);
    assert_eq!(
        conflicts(&app, "verified_email", "unverified_snapshot_email").await,
        1
    );

    // A full-width look-alike of Ada's address has no normal form: nobody.
    let answer = sign_in(&provider, &app, "look-alike", "ａda.lovelace@example.com").await;
    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(
        conflicts(&app, "verified_email", "unnormalisable_email").await,
        1
    );

    // Ada, verified on both sides, in another case and with spaces: linked.
    let answer = sign_in(&provider, &app, "ada-subject", " ada.lovelace@example.com ").await;
    assert_eq!(me(&answer)["id"], people[1].1["id"], "{}", answer.text);
    assert_eq!(identities(&app).await, 1);

    // Operators see why the others were not linked, and a metric counts it.
    let status = stdout(&cli(&app, &["identities", "status"]).await);
    assert!(
        status.contains("verified_email\tunverified_snapshot_email\t1")
            && status.contains("verified_email\tunnormalisable_email\t1"),
        "{status}"
    );
    let counted = app
        .metric(&format!(
            "identity_link_conflicts_total{{issuer=\"{}\",rule=\"verified_email\",reason=\"unverified_snapshot_email\"}}",
            provider.issuer()
        ))
        .await;
    assert_eq!(counted, 1.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_conflict_stops_linking_and_a_shared_email_links_nobody_whoever_came_first() {
    let Some((provider, app, _)) = app_with_link_rules(
        "link-conflict",
        "link_claim = \"sub\"\nlink_verified_email = true",
    )
    .await
    else {
        return;
    };
    let people = passage_era(
        &app,
        &[
            ("ada@example.com", "Ada"),
            ("grace@example.com", "Grace"),
            ("twin1@example.com", "Twin One"),
            ("twin2@example.com", "Twin Two"),
        ],
    )
    .await;
    let (ada, grace, twin_one, twin_two) = (&people[0], &people[1], &people[2], &people[3]);
    import_snapshots(
        &app,
        &[
            (&ada.0, "ada@example.com", true),
            (&grace.0, "grace@example.com", true),
            (&twin_one.0, "twin@example.com", true),
            (&twin_two.0, "twin@example.com", true),
        ],
    )
    .await;
    // Ada and Twin One already have their identity at the new issuer.
    import_links(
        &app,
        provider.issuer(),
        &[(&ada.0, "ada-imported"), (&twin_one.0, "twin-imported")],
    )
    .await;

    // A token whose claim names Ada (taken) and whose email is Grace's:
    // the claim rule's conflict ends it, Grace's row is not tried.
    let answer = sign_in(&provider, &app, &ada.0, "grace@example.com").await;
    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM identities WHERE user_id = {}",
                grace.1["id"].as_str().unwrap()
            ))
            .await,
        0
    );
    assert_eq!(conflicts(&app, "claim", "user_taken").await, 1);

    // twin@ is in two snapshots; one of them is linked already, which does
    // not make the other the only match.
    let answer = sign_in(&provider, &app, "twin-new-subject", "twin@example.com").await;
    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM identities WHERE user_id = {}",
                twin_two.1["id"].as_str().unwrap()
            ))
            .await,
        0
    );
    assert_eq!(
        conflicts(&app, "verified_email", "ambiguous_email").await,
        1
    );
    assert_eq!(identities(&app).await, 2, "only the two imported links");

    let (_, admin) = app.admin("root@example.com").await;
    let status = app
        .gql(
            Some(&admin),
            "{ identityStatus { conflicts { issuer rule reason identities } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        status.data()["identityStatus"]["conflicts"],
        json!([
            { "issuer": provider.issuer(), "rule": "claim", "reason": "user_taken", "identities": 1 },
            { "issuer": provider.issuer(), "rule": "verified_email", "reason": "ambiguous_email", "identities": 1 },
        ]),
        "{}",
        status.text
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_changed_email_leaves_the_snapshot_with_the_new_address() {
    let Some((provider, app, _)) =
        app_with_link_rules("link-stale", "link_verified_email = true").await
    else {
        return;
    };
    let (user, passage_token) = app.passage_user("old@example.com");
    let record = app.register(&passage_token, "Mover").await;
    let out = stdout(&cli(&app, &["passage", "snapshot"]).await);
    assert!(out.contains("1 stored"), "{out}");

    let changed = app
        .gql(
            Some(&passage_token),
            "mutation { updateMe(input: { email: \"new@example.com\" }) { email } }",
            json!({}),
        )
        .await;
    assert_eq!(
        changed.data()["updateMe"]["email"],
        "new@example.com",
        "{}",
        changed.text
    );
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM passage_snapshots WHERE user_id = {} \
                 AND email = 'new@example.com' AND email_key = 'new@example.com'",
                record["id"].as_str().unwrap()
            ))
            .await,
        1,
        "the snapshot follows the change"
    );

    // Whoever proves the old address at the new provider gets nothing.
    let answer = sign_in(&provider, &app, "old-owner", "old@example.com").await;
    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(identities(&app).await, 0);
    assert!(app.emulator.user(&user.id).is_some());
}

/// 1 when `user`'s snapshot holds `email` with this verified flag, else 0.
async fn snapshot_email(app: &TestApp, user: &Value, email: &str, verified: bool) -> i64 {
    app.db
        .count(&format!(
            "SELECT count(*) AS n FROM passage_snapshots WHERE user_id = {} \
             AND email = '{email}' AND email_verified IS {verified}",
            user["id"].as_str().unwrap()
        ))
        .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_address_given_through_update_me_is_never_verified_on_passages_word() {
    let Some((provider, app, _)) =
        app_with_link_rules("link-own-change", "link_verified_email = true").await
    else {
        return;
    };
    let people = passage_era(
        &app,
        &[
            ("mallory@example.com", "Mallory"),
            ("ada@example.com", "Ada"),
        ],
    )
    .await;
    let out = stdout(&cli(&app, &["passage", "snapshot"]).await);
    assert!(out.contains("2 stored"), "{out}");
    // A Passage that calls a changed address verified without proving it.
    app.emulator.set_update_keeps_verified(true);
    let update = "mutation($email: String!) { updateMe(input: { email: $email }) { email } }";

    // Mallory gives an address she does not own, unused at Passage.
    let mallory = app.emulator.token_for(&people[0].0);
    let changed = app
        .gql(
            Some(&mallory),
            update,
            json!({ "email": "victim@example.com" }),
        )
        .await;
    assert_eq!(
        changed.data()["updateMe"]["email"],
        "victim@example.com",
        "{}",
        changed.text
    );
    assert!(app.emulator.user(&people[0].0).unwrap().email_verified);
    assert_eq!(
        snapshot_email(&app, &people[0].1, "victim@example.com", false).await,
        1,
        "stored unverified, whatever Passage answered"
    );

    // The address's real owner proves it at the new provider: Mallory's
    // Passage-era row is not handed to them.
    let answer = sign_in(&provider, &app, "victim-subject", "victim@example.com").await;
    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(identities(&app).await, 0);
    assert_eq!(
        conflicts(&app, "verified_email", "unverified_snapshot_email").await,
        1
    );

    // Ada's profile form sends her own address back unchanged: it stays
    // verified, and she is linked by it.
    let ada = app.emulator.token_for(&people[1].0);
    let same = app
        .gql(Some(&ada), update, json!({ "email": "ada@example.com" }))
        .await;
    assert_eq!(
        same.data()["updateMe"]["email"],
        "ada@example.com",
        "{}",
        same.text
    );
    assert_eq!(
        snapshot_email(&app, &people[1].1, "ada@example.com", true).await,
        1
    );
    let answer = sign_in(&provider, &app, "ada-subject", "ada@example.com").await;
    assert_eq!(me(&answer)["id"], people[1].1["id"], "{}", answer.text);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_snapshot_changed_while_its_email_links_never_links_the_earlier_owner() {
    use diesel_async::SimpleAsyncConnection;
    use std::sync::atomic::{AtomicBool, Ordering};

    let Some(provider) = OidcProvider::start_or_skip("link-race", AUDIENCE).await else {
        return;
    };
    let file = issuers_file(&provider, "link_verified_email = true");
    // The link must wait for the lock below, not give up on it.
    let app = spawn_app_with(|c| {
        c.config_file = Some(file);
        c.database_lock_timeout_ms = 30_000;
    })
    .await;
    let people = passage_era(&app, &[("ada@example.com", "Ada")]).await;
    import_snapshots(&app, &[(&people[0].0, "ada@example.com", true)]).await;

    // Ada's snapshot moves to another address in a transaction that is
    // still open (an `updateMe` or a new snapshot, caught mid-way) while
    // the address's new owner signs in for the first time.
    let mut change = app
        .db
        .in_open_transaction(&format!(
            "UPDATE passage_snapshots SET email = 'ada@new.example', \
             email_key = 'ada@new.example' WHERE user_id = {}",
            people[0].1["id"].as_str().unwrap()
        ))
        .await;
    let new_owner = provider
        .token(token("new-owner", Some("ada@example.com"), false))
        .await;
    let answered = AtomicBool::new(false);
    let signing_in = async {
        let answer = app.gql(Some(&new_owner), ME, json!({})).await;
        answered.store(true, Ordering::SeqCst);
        answer
    };
    let changing = async {
        // The link waits on the snapshot's lock (or, unlocked, is done).
        let mut waited = false;
        for _ in 0..500 {
            waited = app
                .db
                .count(
                    "SELECT count(*) AS n FROM pg_stat_activity \
                     WHERE datname = current_database() AND wait_event_type = 'Lock' \
                     AND query LIKE '%passage_snapshots%FOR UPDATE%'",
                )
                .await
                > 0;
            if waited || answered.load(Ordering::SeqCst) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(20)).await;
        }
        change.batch_execute("COMMIT").await.unwrap();
        waited
    };
    let (answer, waited) = tokio::join!(signing_in, changing);

    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(identities(&app).await, 0, "not linked to Ada");
    assert!(waited, "the link read the snapshot under its lock");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_verified_email_from_an_excluded_connection_links_nobody() {
    let Some((provider, app, _)) = app_with_link_rules(
        "link-excluded",
        "link_verified_email = true\nlink_email_exclude_connections = [\"samlp\", \"waad\"]",
    )
    .await
    else {
        return;
    };
    let people = passage_era(&app, &[("ada@example.com", "Ada")]).await;
    import_snapshots(&app, &[(&people[0].0, "ada@example.com", true)]).await;

    // An enterprise connection says Ada's address is verified: its
    // directory's word, not a proof. Auth0 names the connection in `sub`.
    let answer = sign_in(&provider, &app, "samlp|acme|ada", "ada@example.com").await;
    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(identities(&app).await, 0);

    // The same address proved through a connection that is not excluded.
    let answer = sign_in(&provider, &app, "auth0|ada", "ada@example.com").await;
    assert_eq!(me(&answer)["id"], people[0].1["id"], "{}", answer.text);
    assert_eq!(identities(&app).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_email_and_its_verified_flag_come_from_one_source() {
    let Some((provider, app, _)) = app_with_link_rules("field-pairs", "").await else {
        return;
    };
    // A Passage-era user whose Passage email is verified, now signing in
    // through an issuer that shares an address but no verified flag.
    let people = passage_era(&app, &[("ada@example.com", "Ada")]).await;
    import_links(&app, provider.issuer(), &[(&people[0].0, "ada-new")]).await;
    let new_token = provider
        .token(TokenRequest {
            no_verified_claims: true,
            ..token("ada-new", Some("ada@new.example"), false)
        })
        .await;
    let answer = app
        .gql(
            Some(&new_token),
            "{ me { email emailVerified } }",
            json!({}),
        )
        .await;
    assert_eq!(
        answer.data()["me"],
        json!({ "email": "ada@new.example", "emailVerified": false }),
        "{}",
        answer.text
    );

    // Without an email in the token, both come from Passage.
    let bare = provider.token(token("ada-new", None, false)).await;
    let answer = app
        .gql(Some(&bare), "{ me { email emailVerified } }", json!({}))
        .await;
    assert_eq!(
        answer.data()["me"],
        json!({ "email": "ada@example.com", "emailVerified": true }),
        "{}",
        answer.text
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_email_changed_at_passage_since_the_snapshot_links_nobody() {
    let Some((provider, app, _)) =
        app_with_link_rules("link-live", "link_verified_email = true").await
    else {
        return;
    };
    let people = passage_era(&app, &[("old@example.com", "Mover")]).await;
    let out = stdout(&cli(&app, &["passage", "snapshot"]).await);
    assert!(out.contains("1 stored"), "{out}");
    // The address changes at Passage itself (its console, an SDK), not
    // through updateMe: the snapshot still says old@, verified.
    let emulator = &app.emulator;
    let changed = reqwest::Client::new()
        .patch(format!(
            "{}/v1/apps/{}/users/{}",
            emulator.base_url(),
            emulator.app_id(),
            people[0].0
        ))
        .bearer_auth(emulator.api_key())
        .json(&json!({ "email": "new@example.com" }))
        .send()
        .await
        .unwrap();
    assert!(changed.status().is_success(), "{}", changed.status());

    let answer = sign_in(&provider, &app, "old-owner", "old@example.com").await;
    assert_eq!(me(&answer), &Value::Null, "{}", answer.text);
    assert_eq!(identities(&app).await, 0);
    assert_eq!(
        conflicts(&app, "verified_email", "snapshot_email_changed").await,
        1
    );
    // The snapshot is brought in step with what Passage says now.
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM passage_snapshots WHERE user_id = {} \
                 AND email_key = 'new@example.com'",
                people[0].1["id"].as_str().unwrap()
            ))
            .await,
        1
    );
}
