//! Live updates with graphql-ws's own client (`tests/live`, from npm):
//! subscriptions that follow the sign-in. A socket signs in once, at
//! `connection_init`; a missing or bad token is closed with 4403 and
//! nothing is subscribed; a token is closed at its `exp` and the client,
//! reconnecting by itself with a fresh one, keeps its subscription; a
//! user who deletes themself is signed out of their sockets; and events
//! reach a subscriber on another replica.

use serde_json::{Value, json};

use crate::support::node::{available_or_skip, ensure_installed, run_once};
use crate::support::{TestApp, spawn_app, spawn_app_with};

pub(crate) async fn client_or_skip(test: &str) -> bool {
    if !available_or_skip(test, "graphql-ws's client").await {
        return false;
    }
    ensure_installed("live", "graphql-ws").await;
    true
}

/// Runs `scenario` of `tests/live/live.mjs` with `args`, its mutations sent
/// to `app` and its socket opened on the server at `ws`.
pub(crate) async fn live(
    scenario: &str,
    app: &TestApp,
    ws: std::net::SocketAddr,
    mut args: Value,
) -> Value {
    args["http"] = json!(app.url("/graphql"));
    args["ws"] = json!(format!("ws://{ws}/graphql"));
    run_once("live", "live.mjs", &[scenario, &args.to_string()], "").await
}

/// How graphql-ws's client, subscribed with `token`, was closed when
/// `sign_out` ran once the server counted its subscription.
pub(crate) async fn closed_by<F: std::future::Future>(
    app: &TestApp,
    token: &str,
    sign_out: F,
) -> (Value, F::Output) {
    let held = live("held", app, app.addr, json!({"tokens": [token]}));
    let act = async {
        let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(10);
        while app.metric("live_subscriptions").await < 1.0 {
            assert!(
                tokio::time::Instant::now() < deadline,
                "the socket never subscribed"
            );
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        sign_out.await
    };
    tokio::join!(held, act)
}

/// The socket was closed 4403 for its user's sign-out.
#[track_caller]
pub(crate) fn assert_signed_out(heard: &Value) {
    assert_eq!(heard["closes"][0]["code"], 4403, "{heard}");
    assert!(
        heard["closes"][0]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("signed out")),
        "{heard}"
    );
}

/// A registered Passage user and their token.
pub(crate) async fn registered(app: &TestApp, email: &str) -> (Value, String) {
    let (_, token) = app.passage_user(email);
    let user = app.register(&token, "Before").await;
    (user, token)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_subscriber_hears_its_own_changes_and_a_bad_token_subscribes_nothing() {
    if !client_or_skip("live_me_changed").await {
        return;
    }
    let app = spawn_app().await;
    let (user, token) = registered(&app, "live@example.com").await;
    let heard = live("me", &app, app.addr, json!({"tokens": [token]})).await;
    let event = &heard["event"];
    assert!(event.get("errors").is_none(), "{heard}");
    assert_eq!(event["data"]["meChanged"]["id"], user["id"], "{heard}");
    assert!(
        event["data"]["meChanged"]["name"]
            .as_str()
            .is_some_and(|n| n.starts_with("Live ")),
        "{heard}"
    );

    for (case, tokens) in [
        ("no token", json!([])),
        ("a forged token", json!(["eyJhbGciOiJSUzI1NiJ9.e30.c2ln"])),
    ] {
        let refused = live("refused", &app, app.addr, json!({"tokens": tokens})).await;
        assert_eq!(refused["closes"][0]["code"], 4403, "{case}: {refused}");
        assert_eq!(refused["connections"], 0, "{case}: {refused}");
        assert!(refused.get("event").is_none(), "{case}: {refused}");
    }
}

/// An event is shaped as a query's response is (GraphQL spec 7.2.2, 6.4.4):
/// its keys follow the selection, and a failed nullable field (`email`,
/// with Passage down) is present as `null` with its error.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_event_has_the_selections_keys_and_a_failed_field_as_null() {
    if !client_or_skip("live_event_shape").await {
        return;
    }
    let app = spawn_app_with(|c| c.passage_cache_ttl = 0).await;
    let (user, token) = registered(&app, "shape@example.com").await;
    app.emulator
        .set_failure(passage_emulator::Failure::Status(500));
    let query = "subscription { meChanged { email name id } }";
    let heard = live(
        "me",
        &app,
        app.addr,
        json!({"tokens": [token], "query": query}),
    )
    .await;
    let event = &heard["event"];
    assert_eq!(heard["keys"], json!(["email", "name", "id"]), "{heard}");
    assert_eq!(event["data"]["meChanged"]["email"], Value::Null, "{heard}");
    assert_eq!(event["data"]["meChanged"]["id"], user["id"], "{heard}");
    let errors = event["errors"].as_array().expect("the field's error");
    assert_eq!(errors.len(), 1, "{heard}");
    assert_eq!(errors[0]["path"], json!(["meChanged", "email"]), "{heard}");
    assert_eq!(
        errors[0]["extensions"]["code"], "PASSAGE_UNAVAILABLE",
        "{heard}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_closes_at_its_tokens_expiry_and_the_client_resumes_with_a_fresh_one() {
    if !client_or_skip("live_expiry").await {
        return;
    }
    let app = spawn_app().await;
    let (user, token) = registered(&app, "expiring@example.com").await;
    let passage_id = user["passageId"].as_str().unwrap();
    let mut claims = app.emulator.claims_for(passage_id);
    claims["exp"] = json!(chrono::Utc::now().timestamp() + 3);
    let short = app.emulator.sign_claims(&claims);
    let heard = live("expiry", &app, app.addr, json!({"tokens": [short, token]})).await;
    assert_eq!(heard["closes"][0]["code"], 4403, "{heard}");
    assert!(
        heard["closes"][0]["reason"]
            .as_str()
            .is_some_and(|r| r.contains("expired")),
        "{heard}"
    );
    assert_eq!(heard["connections"], 2, "{heard}");
    assert_eq!(
        heard["event"]["data"]["meChanged"]["id"], user["id"],
        "{heard}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_who_deletes_themself_is_signed_out_of_their_sockets() {
    if !client_or_skip("live_deleted").await {
        return;
    }
    let app = spawn_app().await;
    let (_, token) = registered(&app, "leaving@example.com").await;
    let delete_me = app.gql(Some(&token), "mutation { deleteMe }", json!({}));
    let (heard, deleted) = closed_by(&app, &token, delete_me).await;
    assert_eq!(deleted.data()["deleteMe"], true);
    assert_signed_out(&heard);
}

/// `admin revoke`, another process, reaches the server through Postgres
/// NOTIFY (no Redis): the user's socket closes at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_whose_role_is_revoked_is_signed_out_of_their_sockets() {
    if !client_or_skip("live_revoked").await {
        return;
    }
    let app = spawn_app().await;
    let (user, token) = registered(&app, "revoked@example.com").await;
    let local = format!("local:{}", user["id"].as_str().unwrap());
    let admin = |action: &'static str| {
        let (url, local) = (app.db.url.clone(), local.clone());
        async move {
            crate::support::cli::Cli::new()
                .args(["admin", action, &local, "--database-url", &url])
                .output()
                .await
        }
    };
    let granted = admin("grant").await;
    assert!(granted.status.success(), "{granted:?}");
    let (heard, revoked) = closed_by(&app, &token, admin("revoke")).await;
    assert!(revoked.status.success(), "{revoked:?}");
    assert_signed_out(&heard);
    assert_eq!(app.metric("live_sockets").await, 0.0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_cookie_signed_socket_from_a_foreign_page_is_refused() {
    if !client_or_skip("live_origin").await {
        return;
    }
    let app =
        spawn_app_with(|c| c.cors_allowed_origins = vec!["https://app.example.com".into()]).await;
    let (_, token) = registered(&app, "cookie@example.com").await;
    let cookie = format!("psg_auth_token={token}");
    let foreign = live(
        "refused",
        &app,
        app.addr,
        json!({"cookie": cookie,
               "origin": "https://evil.example.net"}),
    )
    .await;
    assert_eq!(foreign["closes"][0]["code"], 4403, "{foreign}");
    assert_eq!(foreign["connections"], 0, "{foreign}");
    let allowed = live(
        "refused",
        &app,
        app.addr,
        json!({"cookie": cookie,
               "origin": "https://app.example.com",
               "query": "subscription { meChanged { id } }"}),
    )
    .await;
    // Signed in from the allowed page: connected, and nothing closed it.
    assert_eq!(allowed["connections"], 1, "{allowed}");
}

/// Events cross replicas: through Postgres NOTIFY without Redis.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_on_one_replica_reaches_a_subscriber_on_another() {
    if !client_or_skip("live_replicas").await {
        return;
    }
    let app = spawn_app().await;
    let other = app.replica(|_| {}).await;
    let (user, token) = registered(&app, "replicas@example.com").await;
    // Subscribed on the replica, mutating on the first server.
    let heard = live("me", &app, other.addr, json!({"tokens": [token]})).await;
    assert_eq!(
        heard["event"]["data"]["meChanged"]["id"], user["id"],
        "{heard}"
    );
}

/// An admin hears new users register (newcomers register one after the
/// other until the subscription, live a moment after it is sent, hears
/// one); anyone else is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_hear_new_users_register() {
    if !client_or_skip("live_registered").await {
        return;
    }
    let app = spawn_app().await;
    let (_, admin) = app.admin("boss@example.com").await;
    let mut tokens = vec![admin];
    let mut newcomers = Vec::new();
    for n in 0..20 {
        let (newcomer, token) = app.passage_user(&format!("new{n}@example.com"));
        newcomers.push(Value::from(newcomer.id));
        tokens.push(token);
    }
    let heard = live(
        "registered",
        &app,
        app.addr,
        json!({"tokens": tokens,
               "query": "subscription { userRegistered { name passageId } }"}),
    )
    .await;
    let event = &heard["event"]["data"]["userRegistered"];
    assert!(newcomers.contains(&event["passageId"]), "{heard}");
    assert_eq!(event["name"], "Newcomer", "{heard}");
    // A user who is no admin is refused.
    let (_, other) = registered(&app, "plain@example.com").await;
    let refused = live(
        "me",
        &app,
        app.addr,
        json!({"tokens": [other],
               "query": "subscription { userRegistered { name } }"}),
    )
    .await;
    assert_eq!(
        refused["event"]["errors"][0]["extensions"]["code"], "FORBIDDEN",
        "{refused}"
    );
}

/// Events cross replicas through Redis pub/sub when `REDIS_URL` is set.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_redis_a_change_on_one_replica_reaches_a_subscriber_on_another() {
    let Some(redis) = crate::support::redis::RedisServer::start_or_skip("live_redis_replicas")
    else {
        return;
    };
    if !client_or_skip("live_redis_replicas").await {
        return;
    }
    let url = redis.url();
    let settings = |c: &mut passage_graphql::Config| {
        c.redis_url = Some(url.clone().into());
        c.redis_timeout_ms = 1_000;
    };
    let app = spawn_app_with(settings).await;
    let other = app.replica(settings).await;
    let (user, token) = registered(&app, "redis-live@example.com").await;
    let heard = live("me", &app, other.addr, json!({"tokens": [token]})).await;
    assert_eq!(
        heard["event"]["data"]["meChanged"]["id"], user["id"],
        "{heard}"
    );
    assert!(
        redis.calls_of("publish") > 0,
        "the event went through Redis"
    );
}
