//! The database follows the provider: deliveries signed by the providers'
//! own libraries (`svix`, Clerk's sender, and `standardwebhooks`, from npm in
//! `tests/webhooks`), in the shapes Clerk and Auth0 document, create,
//! refresh and remove local users with no browser involved; a delivery that
//! fails any check changes nothing.

use reqwest::StatusCode;
use serde_json::{Value, json};

use crate::support::moving::{import_snapshots, passage_era};
use crate::support::node::{available_or_skip, ensure_installed, run_once};
use crate::support::provider::{
    Alg, CLERK_APP, CLERK_SECRET, StandIn, auth0_issuer, clerk_claims, clerk_issuer,
};
use crate::support::{TestApp, config_file, spawn_app_with};

/// A Standard Webhooks secret (`whsec_` and the base64 of 32 bytes).
const SECRET: &str = "whsec_dGVzdC13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5YWI=";
/// Another, as a rotation adds it.
const NEXT_SECRET: &str = "whsec_bmV4dC13ZWJob29rLXNlY3JldC0wMTIzNDU2Nzg5YWI=";
/// An Auth0 event stream's bearer token.
const STREAM_TOKEN: &str = "auth0-stream-token-0123456789abcdef";

const ME: &str = "{ me { id name email } }";

async fn signers_or_skip(test: &str) -> bool {
    if !available_or_skip(test, "the webhook signing libraries").await {
        return false;
    }
    ensure_installed("webhooks", "svix").await;
    true
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn now_ms() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// One delivery: its id, its timestamp and its body, signed by `library`
/// with `secret`.
struct Delivery {
    library: &'static str,
    secret: &'static str,
    id: String,
    timestamp: i64,
    payload: String,
}

impl Delivery {
    fn svix(id: &str, payload: &Value) -> Self {
        Self {
            library: "svix",
            secret: SECRET,
            id: id.into(),
            timestamp: now(),
            payload: payload.to_string(),
        }
    }
}

/// The signature header of each delivery, made by the library it names.
async fn sign(deliveries: &[&Delivery]) -> Vec<String> {
    let input: Vec<Value> = deliveries
        .iter()
        .map(|d| {
            json!({"library": d.library, "secret": d.secret, "id": d.id,
                   "timestamp": d.timestamp, "payload": d.payload})
        })
        .collect();
    let signed = run_once("webhooks", "sign.mjs", &[], &Value::from(input).to_string()).await;
    signed
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s.as_str().unwrap().to_owned())
        .collect()
}

/// Posts `delivery` to `path` under the `prefix` header family
/// (`svix` or `webhook`) with `signature`.
async fn post(
    app: &TestApp,
    path: &str,
    prefix: &str,
    delivery: &Delivery,
    signature: &str,
) -> (StatusCode, Value) {
    let response = app
        .http
        .post(app.url(path))
        .header("content-type", "application/json")
        .header(format!("{prefix}-id"), &delivery.id)
        .header(
            format!("{prefix}-timestamp"),
            delivery.timestamp.to_string(),
        )
        .header(format!("{prefix}-signature"), signature)
        .body(delivery.payload.clone())
        .send()
        .await
        .unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Signs `delivery` with svix and posts it to Clerk's path; the status.
async fn deliver(app: &TestApp, delivery: &Delivery) -> StatusCode {
    let signature = sign(&[delivery]).await.remove(0);
    let (status, body) = post(app, "/webhooks/clerk", "svix", delivery, &signature).await;
    assert!(
        status.is_success() || status.is_client_error(),
        "{status}: {body}"
    );
    status
}

/// A Clerk User object as Clerk's webhooks send it.
fn clerk_user(id: &str, first: &str, email: &str, verified: bool, updated_at: i64) -> Value {
    json!({
        "id": id,
        "object": "user",
        "first_name": first,
        "last_name": "Lovelace",
        "username": null,
        "image_url": "https://img.clerk.com/x",
        "primary_email_address_id": format!("idn_{id}"),
        "primary_phone_number_id": null,
        "email_addresses": [{
            "id": format!("idn_{id}"),
            "object": "email_address",
            "email_address": email,
            "linked_to": [],
            "verification": {
                "status": if verified { "verified" } else { "unverified" },
                "strategy": "email_code",
                "attempts": 1,
                "expire_at": null
            }
        }],
        "phone_numbers": [],
        "external_accounts": [],
        "public_metadata": {},
        "private_metadata": {},
        "unsafe_metadata": {},
        "password_enabled": false,
        "two_factor_enabled": false,
        "created_at": updated_at,
        "updated_at": updated_at,
        "last_sign_in_at": null
    })
}

/// A Clerk event envelope.
fn clerk_event(kind: &str, data: Value, timestamp: i64) -> Value {
    json!({
        "data": data,
        "event_attributes": {"http_request": {"client_ip": "", "user_agent": ""}},
        "instance_id": "ins_2abc",
        "object": "event",
        "timestamp": timestamp,
        "type": kind
    })
}

fn clerk_deleted(id: &str, timestamp: i64) -> Value {
    clerk_event(
        "user.deleted",
        json!({"deleted": true, "id": id, "object": "user"}),
        timestamp,
    )
}

/// A server whose Clerk issuer (with `extra` settings) has its webhook on.
async fn clerk_app(clerk: &StandIn, extra: &str) -> TestApp {
    let iss = clerk.base().to_owned();
    let file = config_file(&format!("{}{extra}", clerk_issuer(&iss, &iss)));
    spawn_app_with(|c| {
        c.config_file = Some(file);
        c.clerk_secret_key = Some(CLERK_SECRET.into());
        c.webhook_secrets
            .insert("CLERK_WEBHOOK_SIGNING_SECRET".into(), SECRET.into());
    })
    .await
}

fn token_of(clerk: &StandIn, sub: &str) -> String {
    clerk.sign(
        Alg::Rs256,
        json!({}),
        &clerk_claims(clerk.base(), sub, Some(CLERK_APP)),
    )
}

/// A user deleted at the provider is signed out of their live sockets at
/// once (the webhook's deletion is a sign-out event).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_deleted_at_the_provider_is_signed_out_of_their_sockets() {
    if !signers_or_skip("clerk_deleted_live").await
        || !crate::live::client_or_skip("clerk_deleted_live").await
    {
        return;
    }
    let clerk = StandIn::start().await;
    let app = clerk_app(&clerk, "").await;
    clerk.add_clerk_user("user_2live", "live@example.com", true, None);
    let token = token_of(&clerk, "user_2live");
    app.register(&token, "Live").await;
    let deleted = Delivery::svix("msg_live_deleted", &clerk_deleted("user_2live", now_ms()));
    let (heard, status) = crate::live::closed_by(&app, &token, deliver(&app, &deleted)).await;
    assert_eq!(status, StatusCode::OK);
    crate::live::assert_signed_out(&heard);
    assert_eq!(users(&app).await, 0);
}

async fn users(app: &TestApp) -> i64 {
    app.db.count("SELECT count(*) AS n FROM users").await
}

async fn outcome(app: &TestApp, issuer: &str, event: &str, outcome: &str) -> f64 {
    app.metric(&format!(
        "webhook_events_total{{issuer=\"{issuer}\",event=\"{event}\",outcome=\"{outcome}\"}}"
    ))
    .await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_clerk_user_created_updated_and_deleted_is_followed_here_with_no_browser() {
    if !signers_or_skip("clerk_user_lifecycle").await {
        return;
    }
    let clerk = StandIn::start().await;
    let app = clerk_app(&clerk, "").await;
    let iss = clerk.base().to_owned();
    clerk.add_clerk_user("user_2ada", "ada@example.com", true, None);
    let t0 = now_ms();

    // Created at Clerk: the local user exists before any browser calls.
    let created = Delivery::svix(
        "msg_created",
        &clerk_event(
            "user.created",
            clerk_user("user_2ada", "Ada", "ada@example.com", true, t0),
            t0,
        ),
    );
    assert_eq!(deliver(&app, &created).await, StatusCode::OK);
    assert_eq!(users(&app).await, 1);
    let token = token_of(&clerk, "user_2ada");
    let me = app.gql(Some(&token), ME, json!({})).await;
    assert!(me.body.get("errors").is_none(), "{}", me.text);
    assert_eq!(me.data()["me"]["name"], "Ada Lovelace");
    assert_eq!(me.data()["me"]["email"], "ada@example.com");
    // The browser's createUser after sign-up returns that very record.
    let registered = app.register(&token, "Someone Else").await;
    assert_eq!(registered["id"], me.data()["me"]["id"]);
    assert_eq!(registered["name"], "Ada Lovelace");

    // Svix redelivers the same message (a new attempt, a new timestamp):
    // answered 2xx, nothing changes.
    let again = Delivery {
        timestamp: now(),
        ..Delivery::svix("msg_created", &Value::Null)
    };
    let again = Delivery {
        payload: created.payload.clone(),
        ..again
    };
    assert_eq!(deliver(&app, &again).await, StatusCode::OK);
    assert_eq!(users(&app).await, 1);
    assert_eq!(outcome(&app, &iss, "user.created", "duplicate").await, 1.0);
    assert_eq!(outcome(&app, &iss, "user.created", "applied").await, 1.0);

    // Updated at Clerk: the cached email goes at once.
    clerk.add_clerk_user("user_2ada", "lovelace@example.org", true, None);
    let cached = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(
        cached.data()["me"]["email"],
        "ada@example.com",
        "still cached"
    );
    let updated = Delivery::svix(
        "msg_updated",
        &clerk_event(
            "user.updated",
            clerk_user("user_2ada", "Ada", "lovelace@example.org", true, t0 + 1_000),
            t0 + 1_000,
        ),
    );
    assert_eq!(deliver(&app, &updated).await, StatusCode::OK);
    let fresh = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(fresh.data()["me"]["email"], "lovelace@example.org");
    assert_eq!(
        fresh.data()["me"]["name"],
        "Ada Lovelace",
        "the name is ours"
    );

    // Deleted at Clerk: gone here, and the still-valid token cannot bring
    // the user back.
    let deleted = Delivery::svix("msg_deleted", &clerk_deleted("user_2ada", t0 + 2_000));
    assert_eq!(deliver(&app, &deleted).await, StatusCode::OK);
    assert_eq!(users(&app).await, 0);
    assert_eq!(
        app.db.count("SELECT count(*) AS n FROM identities").await,
        0
    );
    let gone = app.gql(Some(&token), ME, json!({})).await;
    assert!(
        gone.data().as_object().unwrap().contains_key("me"),
        "{}",
        gone.text
    );
    assert_eq!(gone.data()["me"], Value::Null);
    let again = app
        .gql(
            Some(&token),
            "mutation { createUser(input: {name: \"Back\"}) { id } }",
            json!({}),
        )
        .await;
    assert_eq!(again.error_code(), "USER_DELETED", "{}", again.text);
    assert_eq!(users(&app).await, 0);

    // An update that arrives late (older than the deletion) or even one
    // dated after it: the deleted user stays deleted.
    for (id, at) in [("msg_late", t0 + 1_500), ("msg_after", t0 + 60_000)] {
        let late = Delivery::svix(
            id,
            &clerk_event(
                "user.updated",
                clerk_user("user_2ada", "Ada", "x@example.com", true, at),
                at,
            ),
        );
        assert_eq!(deliver(&app, &late).await, StatusCode::OK);
    }
    assert_eq!(users(&app).await, 0);
    assert_eq!(outcome(&app, &iss, "user.updated", "stale").await, 2.0);

    // Another event type is acknowledged and counted, not failed.
    let session = Delivery::svix(
        "msg_session",
        &clerk_event(
            "session.created",
            json!({"id": "sess_1", "user_id": "user_x"}),
            t0,
        ),
    );
    assert_eq!(deliver(&app, &session).await, StatusCode::OK);
    assert_eq!(outcome(&app, &iss, "session.created", "ignored").await, 1.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn events_apply_in_the_providers_order_whatever_order_they_arrive_in() {
    if !signers_or_skip("webhook_event_order").await {
        return;
    }
    let clerk = StandIn::start().await;
    let app = clerk_app(&clerk, "").await;
    let t0 = now_ms();
    // The update overtakes the creation: the user exists once, and the
    // older creation changes nothing.
    let updated = Delivery::svix(
        "msg_u",
        &clerk_event(
            "user.updated",
            clerk_user("user_a", "Grace", "g@example.com", true, t0 + 10),
            t0 + 10,
        ),
    );
    let created = Delivery::svix(
        "msg_c",
        &clerk_event(
            "user.created",
            clerk_user("user_a", "Gracie", "g@example.com", true, t0),
            t0,
        ),
    );
    assert_eq!(deliver(&app, &updated).await, StatusCode::OK);
    assert_eq!(deliver(&app, &created).await, StatusCode::OK);
    assert_eq!(users(&app).await, 1);
    let name = app
        .db
        .count("SELECT count(*) AS n FROM users WHERE name = 'Grace Lovelace'")
        .await;
    assert_eq!(name, 1);
    // A deletion that overtakes the creation of another user: never created.
    let deleted = Delivery::svix("msg_d", &clerk_deleted("user_b", t0 + 50));
    let created = Delivery::svix(
        "msg_cb",
        &clerk_event(
            "user.created",
            clerk_user("user_b", "Bob", "b@example.com", true, t0 + 20),
            t0 + 20,
        ),
    );
    assert_eq!(deliver(&app, &deleted).await, StatusCode::OK);
    assert_eq!(deliver(&app, &created).await, StatusCode::OK);
    assert_eq!(users(&app).await, 1, "only Grace");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_delivery_that_fails_any_check_changes_nothing_and_says_not_which() {
    if !signers_or_skip("webhook_refusals").await {
        return;
    }
    let clerk = StandIn::start().await;
    let app = clerk_app(&clerk, "").await;
    let t0 = now_ms();
    let payload = clerk_event(
        "user.created",
        clerk_user("user_x", "Mallory", "m@example.com", true, t0),
        t0,
    );
    let good = Delivery::svix("msg_x", &payload);
    let signature = sign(&[&good]).await.remove(0);

    let wrong_secret = Delivery {
        secret: NEXT_SECRET,
        ..Delivery::svix("msg_x", &payload)
    };
    let stale = Delivery {
        timestamp: now() - 6 * 60,
        ..Delivery::svix("msg_x", &payload)
    };
    let future = Delivery {
        timestamp: now() + 6 * 60,
        ..Delivery::svix("msg_x", &payload)
    };
    let signed = sign(&[&wrong_secret, &stale, &future]).await;
    let mut tampered = Delivery::svix("msg_x", &payload);
    tampered.payload = tampered.payload.replace("Mallory", "Mallorz");
    let other_id = Delivery::svix("msg_y", &payload);
    let cases: Vec<(&str, &Delivery, &str)> = vec![
        ("another secret", &wrong_secret, &signed[0]),
        ("a stale timestamp", &stale, &signed[1]),
        ("a future timestamp", &future, &signed[2]),
        ("a tampered body", &tampered, &signature),
        ("another message id", &other_id, &signature),
        ("no signature", &good, ""),
    ];
    let mut bodies = Vec::new();
    for (case, delivery, signature) in cases {
        let (status, body) = post(&app, "/webhooks/clerk", "svix", delivery, signature).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{case}: {body}");
        bodies.push(body);
    }
    assert!(
        bodies.windows(2).all(|w| w[0] == w[1]),
        "every refusal reads the same: {bodies:?}"
    );
    // Over the size limit: refused before it is read.
    let huge = Delivery::svix(
        "msg_huge",
        &json!({"type": "user.created", "data": {"id": "user_h", "pad": "x".repeat(300_000)}}),
    );
    let huge_signature = sign(&[&huge]).await.remove(0);
    let (status, _) = post(&app, "/webhooks/clerk", "svix", &huge, &huge_signature).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    // Signed, but not an event: 400, and the retry would not help.
    let junk = Delivery {
        payload: "{\"not\": \"an event\"}".into(),
        ..Delivery::svix("msg_junk", &Value::Null)
    };
    let junk_signature = sign(&[&junk]).await.remove(0);
    let (status, _) = post(&app, "/webhooks/clerk", "svix", &junk, &junk_signature).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    assert_eq!(users(&app).await, 0);
    assert_eq!(
        app.db
            .count("SELECT count(*) AS n FROM webhook_messages")
            .await,
        0
    );
    let iss = clerk.base().to_owned();
    assert_eq!(outcome(&app, &iss, "unknown", "refused").await, 8.0);
    // The genuine delivery still goes through.
    let (status, _) = post(&app, "/webhooks/clerk", "svix", &good, &signature).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(users(&app).await, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn any_standard_webhooks_sender_with_both_secrets_of_a_rotation() {
    if !signers_or_skip("standard_webhooks_rotation").await {
        return;
    }
    let provider = StandIn::start().await;
    let iss = provider.base().to_owned();
    let file = config_file(&format!(
        "[[issuers]]\nissuer = \"{iss}\"\naudiences = [\"api\"]\n\
         jwks_uri = \"{iss}/.well-known/jwks.json\"\n\
         webhook_path = \"/hooks/identity\"\nwebhook_format = \"standard\"\n\
         webhook_secret_env = \"IDENTITY_WEBHOOK_SECRET\"\n"
    ));
    let app = spawn_app_with(|c| {
        c.config_file = Some(file);
        c.webhook_secrets.insert(
            "IDENTITY_WEBHOOK_SECRET".into(),
            format!("{SECRET} {NEXT_SECRET}").into(),
        );
    })
    .await;
    let t0 = now_ms();
    let event = |id: &str| {
        clerk_event(
            "user.created",
            clerk_user(id, "Rot", &format!("{id}@example.com"), false, t0),
            t0,
        )
    };
    let old = Delivery {
        library: "standardwebhooks",
        ..Delivery::svix("msg_old", &event("sub_old"))
    };
    let new = Delivery {
        library: "standardwebhooks",
        secret: NEXT_SECRET,
        ..Delivery::svix("msg_new", &event("sub_new"))
    };
    let signed = sign(&[&old, &new]).await;
    for (delivery, signature) in [(&old, &signed[0]), (&new, &signed[1])] {
        let (status, body) = post(&app, "/hooks/identity", "webhook", delivery, signature).await;
        assert_eq!(status, StatusCode::OK, "{body}");
    }
    assert_eq!(users(&app).await, 2);
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM identities WHERE issuer = '{iss}' \
                 AND subject IN ('sub_old', 'sub_new')"
            ))
            .await,
        2
    );
    // A server that does not serve this path does not take it either.
    let (status, _) = post(&app, "/webhooks/clerk", "webhook", &old, &signed[0]).await;
    assert_eq!(status, StatusCode::NOT_FOUND);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deactivated_user_is_kept_with_every_token_refused() {
    if !signers_or_skip("webhook_deactivate").await {
        return;
    }
    let clerk = StandIn::start().await;
    let app = clerk_app(&clerk, "on_user_deleted = \"deactivate\"\n").await;
    clerk.add_clerk_user("user_kept", "k@example.com", true, None);
    let token = token_of(&clerk, "user_kept");
    let user = app.register(&token, "Kept").await;
    let deleted = Delivery::svix("msg_del", &clerk_deleted("user_kept", now_ms()));
    assert_eq!(deliver(&app, &deleted).await, StatusCode::OK);
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM users WHERE id = {} AND deactivated_at IS NOT NULL",
                user["id"].as_str().unwrap()
            ))
            .await,
        1
    );
    let me = app.gql(Some(&token), ME, json!({})).await;
    assert_eq!(me.error_code(), "USER_DEACTIVATED", "{}", me.text);
    let again = app
        .gql(
            Some(&token),
            "mutation { createUser(input: {name: \"Again\"}) { id } }",
            json!({}),
        )
        .await;
    assert_eq!(again.error_code(), "USER_DEACTIVATED", "{}", again.text);
}

/// Auth0 Event Streams as Auth0 documents them: CloudEvents, one or a batch,
/// the stream's bearer token; a verified email that one Passage snapshot
/// has links the new identity to that Passage-era user (under
/// `link_verified_email`), and one that two snapshots share links nobody.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auth0_event_streams_create_users_and_link_passage_era_ones_by_verified_email() {
    let auth0 = StandIn::start().await;
    let iss = format!("{}/", auth0.base());
    let file = config_file(&auth0_issuer(
        &iss,
        "https://api.example.com",
        "link_verified_email = true\n",
    ));
    let app = spawn_app_with(|c| {
        c.config_file = Some(file);
        c.webhook_secrets
            .insert("AUTH0_EVENT_STREAM_TOKEN".into(), STREAM_TOKEN.into());
    })
    .await;
    let people = passage_era(
        &app,
        &[
            ("ada@example.com", "Ada"),
            ("twin1@example.com", "Twin 1"),
            ("twin2@example.com", "Twin 2"),
        ],
    )
    .await;
    import_snapshots(
        &app,
        &[
            (&people[0].0, "ada@example.com", true),
            (&people[1].0, "shared@example.com", true),
            (&people[2].0, "shared@example.com", true),
        ],
    )
    .await;
    let event = |id: &str, kind: &str, user_id: &str, email: &str| {
        json!({
            "specversion": "1.0",
            "type": kind,
            "source": "urn:auth0:example.auth0app.com",
            "id": id,
            "time": chrono::Utc::now().to_rfc3339(),
            "data": {"object": {
                "user_id": user_id,
                "email": email,
                "email_verified": true,
                "name": email,
                "identities": [{"connection": "Username-Password-Authentication", "provider": "auth0"}],
                "created_at": "2026-12-06T00:00:00.000Z",
                "updated_at": "2026-12-06T00:00:00.000Z"
            }},
            "a0tenant": "example",
            "a0stream": "est_vjFVP5pVdfvsfRKatshkVV"
        })
    };
    let send = |body: Value, token: &'static str| {
        app.http
            .post(app.url("/webhooks/auth0"))
            .header("content-type", "application/cloudevents+json")
            .bearer_auth(token)
            .body(body.to_string())
            .send()
    };
    let before = users(&app).await;
    let wrong = send(
        event("evt_0", "user.created", "auth0|x", "x@example.com"),
        "not-the-stream-token-0123456789",
    )
    .await
    .unwrap();
    assert_eq!(wrong.status(), StatusCode::UNAUTHORIZED);
    let batch = json!([
        event("evt_1", "user.created", "auth0|ada", "ada@example.com"),
        event("evt_2", "user.created", "auth0|twin", "shared@example.com"),
    ]);
    let answer = send(batch.clone(), STREAM_TOKEN).await.unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    // Ada is linked to her Passage-era user; the shared email makes a new
    // user, linked to neither twin.
    let ada_local = people[0].1["id"].as_str().unwrap().to_owned();
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM identities WHERE subject = 'auth0|ada' AND user_id = {ada_local}"
            ))
            .await,
        1
    );
    assert_eq!(users(&app).await, before + 1);
    for twin in &people[1..] {
        let id = twin.1["id"].as_str().unwrap();
        assert_eq!(
            app.db
                .count(&format!(
                    "SELECT count(*) AS n FROM identities WHERE user_id = {id}"
                ))
                .await,
            0
        );
    }
    // The batch again (the stream retries): nothing changes.
    let answer = send(batch, STREAM_TOKEN).await.unwrap();
    assert_eq!(answer.status(), StatusCode::OK);
    assert_eq!(users(&app).await, before + 1);
    // Deleted at Auth0: the linked user goes, Passage-era history and all.
    let deleted = send(
        event("evt_3", "user.deleted", "auth0|ada", "ada@example.com"),
        STREAM_TOKEN,
    )
    .await
    .unwrap();
    assert_eq!(deleted.status(), StatusCode::OK);
    assert_eq!(
        app.db
            .count(&format!(
                "SELECT count(*) AS n FROM users WHERE id = {ada_local}"
            ))
            .await,
        0
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_update_received_by_one_replica_drops_the_cached_email_on_the_other() {
    let Some(redis) = crate::support::redis::RedisServer::start_or_skip("webhook_replicas") else {
        return;
    };
    if !signers_or_skip("webhook_replicas").await {
        return;
    }
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let file = config_file(&clerk_issuer(&iss, &iss));
    let url = redis.url();
    let settings = |c: &mut passage_graphql::Config| {
        c.config_file = Some(file.clone());
        c.clerk_secret_key = Some(CLERK_SECRET.into());
        c.redis_url = Some(url.clone().into());
        c.redis_timeout_ms = 1_000;
        c.webhook_secrets
            .insert("CLERK_WEBHOOK_SIGNING_SECRET".into(), SECRET.into());
    };
    let a = spawn_app_with(settings).await;
    a.wait_for_redis().await;
    let b = a.replica(settings).await;
    b.wait_for_redis().await;
    clerk.add_clerk_user("user_rep", "first@example.com", true, None);
    let token = token_of(&clerk, "user_rep");
    a.register(&token, "Rep").await;
    let on_b = b.gql(Some(&token), ME, json!({})).await;
    assert_eq!(
        on_b.data()["me"]["email"],
        "first@example.com",
        "{}",
        on_b.text
    );

    clerk.add_clerk_user("user_rep", "second@example.com", true, None);
    let t = now_ms();
    let updated = Delivery::svix(
        "msg_rep",
        &clerk_event(
            "user.updated",
            clerk_user("user_rep", "Rep", "second@example.com", true, t),
            t,
        ),
    );
    assert_eq!(deliver(&a, &updated).await, StatusCode::OK);
    // B heard A's announcement; give it the time a pub/sub message takes.
    let mut email = Value::Null;
    for _ in 0..50 {
        email = b.gql(Some(&token), ME, json!({})).await.data()["me"]["email"].clone();
        if email == "second@example.com" {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    assert_eq!(email, "second@example.com", "replica B dropped its copy");
}
