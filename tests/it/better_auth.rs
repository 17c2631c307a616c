//! better-auth as the provider a Passage app really moves to: npm's
//! `better-auth` with its JWT plugin (EdDSA, `iss` and `aud` the app's base
//! URL, JWKS at `/api/auth/jwks`), its passkey plugin and its email OTP
//! plugin, signed into in headless Chromium through better-auth's own
//! client, with a virtual WebAuthn authenticator (`support::better_auth`).
//! A Passage-era user who proves the same email at better-auth and adds a
//! passkey there is linked to the row they had, and their Passage token
//! keeps working beside the new one.

use serde_json::json;

use crate::support::better_auth::BetterAuth;
use crate::support::moving::{ME, cli, passage_era, stdout};
use crate::support::{config_file, spawn_app_with};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_passage_era_user_who_adds_a_passkey_at_better_auth_with_their_verified_email_keeps_their_row()
 {
    // better-auth's default JWT payload (camelCase `emailVerified`), read
    // by the preset as better-auth issues it.
    let Some(better_auth) =
        BetterAuth::start_or_skip("better_auth::a_passage_era_user_who_adds_a_passkey").await
    else {
        return;
    };
    let base = better_auth.base_url();
    let file = config_file(&format!(
        "[[issuers]]\nissuer = \"{base}\"\npreset = \"better-auth\"\nlink_verified_email = true\n"
    ));
    let app = spawn_app_with(|c| {
        c.config_file = Some(file);
        // The page on better-auth's origin calls the API, as the app's own does.
        c.cors_allowed_origins = vec![base.to_owned()];
    })
    .await;

    // Ada registered in the Passage era, and her Passage email (verified
    // there) was snapshotted through the Management API before the move.
    let email = "ada.lovelace@example.com";
    let people = passage_era(&app, &[(email, "Ada Lovelace")]).await;
    let (passage_id, row) = &people[0];
    let out = stdout(&cli(&app, &["passage", "snapshot"]).await);
    assert!(out.contains("1 stored"), "{out}");
    let passage_token = app.emulator.token_for(passage_id);

    let seen = better_auth
        .sign_in_in_browser(&app.url("/graphql"), email)
        .await;

    // better-auth's tokens as it issues them.
    let (by_code, by_passkey) = (&seen["byCode"], &seen["byPasskey"]);
    let subject = by_code["payload"]["sub"]
        .as_str()
        .expect("a sub")
        .to_owned();
    for token in [by_code, by_passkey] {
        assert_eq!(token["header"]["alg"], "EdDSA", "{token}");
        assert_eq!(token["payload"]["iss"], base, "{token}");
        assert_eq!(token["payload"]["aud"], base, "{token}");
        assert_eq!(token["payload"]["sub"], subject.as_str(), "{token}");
        assert_eq!(token["payload"]["emailVerified"], true, "{token}");
        assert_eq!(token["payload"]["email"], email, "{token}");
    }
    assert_ne!(subject, *passage_id, "better-auth has its own user IDs");

    // The first request with her better-auth token linked her, by the
    // verified email, to her Passage-era row; after the passkey sign-in
    // `me` is that row still.
    let expected = json!({
        "id": row["id"],
        "name": "Ada Lovelace",
        "email": email,
        "emailVerified": true,
        "identities": [
            { "issuer": by_code["me"]["identities"][0]["issuer"], "subject": passage_id },
            { "issuer": base, "subject": subject },
        ],
    });
    assert_eq!(by_code["me"], expected, "{seen}");
    assert_eq!(by_passkey["me"], expected, "{seen}");
    assert_eq!(
        by_passkey["shown"],
        json!({ "id": row["id"], "name": "Ada Lovelace" }),
        "the page shows her row"
    );
    assert!(seen["signCount"].as_u64() >= Some(2), "{seen}");
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM identities WHERE issuer = '{base}' \
                 AND subject = '{subject}' AND linked_by = 'verified_email' AND user_id = {}",
                row["id"].as_str().unwrap()
            ))
            .await,
        1
    );
    assert_eq!(app.db.count("SELECT count(*) AS n FROM users").await, 1);
    assert_eq!(
        app.db
            .count("SELECT count(*) AS n FROM link_conflicts")
            .await,
        0
    );

    // Her Passage token still works beside it: the same row.
    let passage_me = app.gql(Some(&passage_token), ME, json!({})).await;
    let passage_me = &passage_me.data()["me"];
    assert_eq!(passage_me["id"], row["id"]);
    assert_eq!(passage_me["passageId"], passage_id.as_str());
    assert_eq!(passage_me["email"], email);
    assert_eq!(
        passage_me["identities"], expected["identities"],
        "both identities, from either token"
    );
    assert!(
        passage_me["identities"][0]["issuer"]
            .as_str()
            .is_some_and(|issuer| issuer != base),
        "the first is Passage's: {passage_me}"
    );
}
