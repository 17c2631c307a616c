//! The successor providers' tokens as each documents them, through the
//! issuer presets: each preset accepts its provider's real token shape and
//! refuses the dangerous ones, and each user reads `email` from their
//! issuer's profile source (claims, or Clerk's Backend API, batched).

use serde_json::{Value, json};

use crate::support::provider::{
    Alg, CLERK_SECRET, StandIn, auth0_issuer, clerk_claims, clerk_issuer,
};
use crate::support::refusal::assert_refused;
use crate::support::{TestApp, config_file, spawn_app_with};

const ME: &str =
    "{ me { id name email emailVerified identities { issuer subject profileSource } } }";

async fn app_with(issuers: &str) -> TestApp {
    let file = config_file(issuers);
    spawn_app_with(|c| {
        c.config_file = Some(file);
        c.clerk_secret_key = Some(CLERK_SECRET.into());
    })
    .await
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// `token` is refused with 401 and a message that says `why`.
async fn refused(app: &TestApp, token: &str, case: &str, why: &str) {
    let response = app.gql(Some(token), "{ me { id } }", json!({})).await;
    assert_refused(&response, case);
    let message = response.body["errors"][0]["message"].as_str().unwrap();
    assert!(message.contains(why), "{case}: {message}");
}

/// Registers the token's user and answers their `me`, checking there are
/// no errors.
async fn register_and_read_me(app: &TestApp, token: &str) -> Value {
    app.register(token, "Successor").await;
    let me = app.gql(Some(token), ME, json!({})).await;
    assert!(me.body.get("errors").is_none(), "{}", me.body);
    me.data()["me"].clone()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clerk_session_tokens_need_an_authorized_party_and_read_fields_from_the_backend_api() {
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let app = app_with(&clerk_issuer(&iss, &iss)).await;
    clerk.add_clerk_user("user_2ada", "ada@example.com", true, Some("+15555550100"));
    let token = clerk.sign(
        Alg::Rs256,
        json!({}),
        &clerk_claims(&iss, "user_2ada", Some("https://app.example.com")),
    );
    let me = register_and_read_me(&app, &token).await;
    assert_eq!(me["email"], "ada@example.com");
    assert_eq!(me["emailVerified"], true);
    assert_eq!(
        me["identities"],
        json!([{"issuer": iss, "subject": "user_2ada", "profileSource": "CLERK"}])
    );
    assert_eq!(
        clerk.clerk_calls(),
        1,
        "one Backend API call for the viewer"
    );

    // The `__session` cookie carries it too.
    let by_cookie = app
        .http
        .post(app.url("/graphql"))
        .header("cookie", format!("__session={token}"))
        .json(&json!({"query": "{ me { name } }"}))
        .send()
        .await
        .unwrap();
    let by_cookie: Value = by_cookie.json().await.unwrap();
    assert_eq!(by_cookie["data"]["me"]["name"], "Successor", "{by_cookie}");

    let other_origin = clerk.sign(
        Alg::Rs256,
        json!({}),
        &clerk_claims(&iss, "user_2ada", Some("https://evil.example.net")),
    );
    refused(
        &app,
        &other_origin,
        "another origin's azp",
        "authorized party",
    )
    .await;
    let no_azp = clerk.sign(
        Alg::Rs256,
        json!({}),
        &clerk_claims(&iss, "user_2ada", None),
    );
    refused(&app, &no_azp, "no azp", "azp").await;
    let mut stale = clerk_claims(&iss, "user_2ada", Some("https://app.example.com"));
    stale["exp"] = json!(now() - 120);
    refused(
        &app,
        &clerk.sign(Alg::Rs256, json!({}), &stale),
        "expired",
        "expired",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_list_of_100_clerk_users_costs_one_backend_api_call() {
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let app = app_with(&clerk_issuer(&iss, &iss)).await;
    for n in 0..100usize {
        let id = format!("user_{n:03}");
        clerk.add_clerk_user(&id, &format!("{id}@example.com"), n.is_multiple_of(2), None);
        let token = clerk.sign(
            Alg::Rs256,
            json!({}),
            &clerk_claims(&iss, &id, Some("https://app.example.com")),
        );
        app.register(&token, &format!("Clerk {n}")).await;
    }
    let (_, admin) = app.admin("boss@example.com").await;
    assert_eq!(
        clerk.clerk_calls(),
        0,
        "registering reads no provider field"
    );

    let list = app
        .gql(
            Some(&admin),
            "{ users(first: 100) { edges { node { name email emailVerified identities { profileSource } } } } }",
            json!({}),
        )
        .await;
    assert!(list.body.get("errors").is_none(), "{}", list.body);
    let edges = list.data()["users"]["edges"].as_array().unwrap().clone();
    assert_eq!(edges.len(), 100);
    for edge in &edges {
        let node = &edge["node"];
        let n: usize = node["name"].as_str().unwrap()[6..].parse().unwrap();
        assert_eq!(node["email"], format!("user_{n:03}@example.com"));
        assert_eq!(node["emailVerified"], n.is_multiple_of(2), "{node}");
        assert_eq!(node["identities"][0]["profileSource"], "CLERK");
    }
    assert_eq!(clerk.clerk_calls(), 1, "100 users, one Backend API call");
    assert_eq!(clerk.clerk_widest_call(), 100);
    assert_eq!(
        app.metric("profile_provider_calls_total{provider=\"clerk\",outcome=\"ok\"}")
            .await,
        1.0
    );
    // Cached now: the same list calls nothing.
    let again = app
        .gql(
            Some(&admin),
            "{ users(first: 100) { edges { node { email } } } }",
            json!({}),
        )
        .await;
    assert!(again.body.get("errors").is_none(), "{}", again.body);
    assert_eq!(clerk.clerk_calls(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_rate_limited_backend_api_is_retried_after_its_retry_after_and_else_degrades_the_field() {
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let file = config_file(&clerk_issuer(&iss, &iss));
    let app = spawn_app_with(|c| {
        c.config_file = Some(file);
        c.clerk_secret_key = Some(CLERK_SECRET.into());
        c.passage_cache_ttl = 0;
    })
    .await;
    clerk.add_clerk_user("user_rl", "rl@example.com", true, None);
    let token = clerk.sign(
        Alg::Rs256,
        json!({}),
        &clerk_claims(&iss, "user_rl", Some("https://app.example.com")),
    );
    app.register(&token, "Limited").await;

    clerk.rate_limit_clerk(1, 0);
    let me = app.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert!(
        me.body.get("errors").is_none(),
        "{} after {} calls",
        me.body,
        clerk.clerk_calls()
    );
    assert_eq!(me.data()["me"]["email"], "rl@example.com");
    assert_eq!(clerk.clerk_calls(), 2, "the 429, then the retry");

    // A Retry-After longer than the server waits: the field is null with
    // its error, the rest of the response stands.
    clerk.rate_limit_clerk(5, 60);
    let me = app
        .gql(Some(&token), "{ me { name email } }", json!({}))
        .await;
    assert_eq!(me.status, 200);
    assert_eq!(me.body["data"]["me"]["name"], "Limited");
    let me_object = me.body["data"]["me"].as_object().unwrap();
    assert!(me_object.contains_key("email"));
    assert_eq!(me_object["email"], Value::Null);
    assert_eq!(me.error_code(), "PROVIDER_UNAVAILABLE");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn auth0_access_tokens_in_both_profiles_with_namespaced_email_claims() {
    let auth0 = StandIn::start().await;
    let iss = format!("{}/", auth0.base());
    let api = "https://api.example.com";
    let app = app_with(&auth0_issuer(
        &iss,
        api,
        "email_claim = \"https://example.com/email\"\n",
    ))
    .await;
    // Auth0's own access-token profile: `aud` an array with /userinfo, `azp`.
    let auth0_profile = json!({
        "iss": iss, "sub": "auth0|65f0", "aud": [api, format!("{iss}userinfo")],
        "iat": now(), "exp": now() + 86400, "azp": "client-spa",
        "scope": "openid profile email",
        "https://example.com/email": "grace@example.com",
        "https://example.com/email_verified": true,
    });
    let token = auth0.sign(Alg::Rs256, json!({}), &auth0_profile);
    let me = register_and_read_me(&app, &token).await;
    assert_eq!(me["email"], "grace@example.com");
    assert_eq!(me["emailVerified"], true);
    assert_eq!(me["identities"][0]["profileSource"], "CLAIMS");

    // RFC 9068: `typ: at+jwt`, `client_id` instead of `azp`.
    let rfc9068 = json!({
        "iss": iss, "sub": "auth0|65f0", "aud": api, "iat": now(), "exp": now() + 86400,
        "client_id": "client-spa", "jti": "a1b2", "scope": "openid",
    });
    let token = auth0.sign(Alg::Rs256, json!({"typ": "at+jwt"}), &rfc9068);
    let me = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    assert_eq!(me.data()["me"]["name"], "Successor", "{}", me.body);

    let mut other_client = rfc9068.clone();
    other_client["client_id"] = json!("client-other");
    let token = auth0.sign(Alg::Rs256, json!({"typ": "at+jwt"}), &other_client);
    refused(&app, &token, "another client", "authorized party").await;
    let mut no_slash = auth0_profile.clone();
    no_slash["iss"] = json!(auth0.base());
    let token = auth0.sign(Alg::Rs256, json!({}), &no_slash);
    refused(&app, &token, "iss without its slash", "issuer").await;
    let mut other_api = auth0_profile.clone();
    other_api["aud"] = json!(["https://other.example.com", format!("{iss}userinfo")]);
    let token = auth0.sign(Alg::Rs256, json!({}), &other_api);
    refused(&app, &token, "another API", "audience").await;
}

/// A Supabase access token (asymmetric keys), as Supabase documents it.
fn supabase_claims(iss: &str) -> Value {
    json!({
        "iss": iss, "sub": "8f2c6a0e-1b5d-4a1e-9c55-3f0f1c7b6d21", "aud": "authenticated",
        "exp": now() + 3600, "iat": now(), "email": "linus@example.com", "phone": "",
        "app_metadata": {"provider": "email", "providers": ["email"]},
        "user_metadata": {"email_verified": true},
        "role": "authenticated", "aal": "aal1",
        "amr": [{"method": "password", "timestamp": now()}],
        "session_id": "2b1a4d2c-5c9e-4f0e-a7c4-8a1f3f7d9e10", "is_anonymous": false,
    })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn supabase_user_tokens_pass_and_its_anon_service_and_anonymous_tokens_do_not() {
    let supabase = StandIn::start().await;
    let iss = format!("{}/auth/v1", supabase.base());
    let app = app_with(&format!(
        "[[issuers]]\nissuer = \"{iss}\"\npreset = \"supabase\"\n"
    ))
    .await;
    let token = supabase.sign(Alg::Es256, json!({}), &supabase_claims(&iss));
    let me = register_and_read_me(&app, &token).await;
    assert_eq!(me["email"], "linus@example.com");
    // user_metadata is the user's own to edit: never a verification.
    assert_eq!(me["emailVerified"], false);
    let rs = supabase.sign(Alg::Rs256, json!({}), &supabase_claims(&iss));
    let me = app.gql(Some(&rs), "{ me { name } }", json!({})).await;
    assert_eq!(me.data()["me"]["name"], "Successor", "RS256 keys too");

    // The project's anon key: no `sub`, role anon.
    let anon = json!({"iss": iss, "ref": "abcd", "role": "anon", "aud": "authenticated", "iat": now(), "exp": now() + 3600});
    refused(
        &app,
        &supabase.sign(Alg::Es256, json!({}), &anon),
        "anon key",
        "role",
    )
    .await;
    let mut no_sub = supabase_claims(&iss);
    no_sub.as_object_mut().unwrap().remove("sub");
    refused(
        &app,
        &supabase.sign(Alg::Es256, json!({}), &no_sub),
        "no sub",
        "sub",
    )
    .await;
    let mut with_sub = anon.clone();
    with_sub["sub"] = json!("anyone");
    refused(
        &app,
        &supabase.sign(Alg::Es256, json!({}), &with_sub),
        "anon role",
        "role",
    )
    .await;
    let mut service = supabase_claims(&iss);
    service["role"] = json!("service_role");
    refused(
        &app,
        &supabase.sign(Alg::Es256, json!({}), &service),
        "service_role",
        "role",
    )
    .await;
    let mut anonymous = supabase_claims(&iss);
    anonymous["is_anonymous"] = json!(true);
    refused(
        &app,
        &supabase.sign(Alg::Es256, json!({}), &anonymous),
        "anonymous user",
        "anonymous",
    )
    .await;
    let mut other_aud = supabase_claims(&iss);
    other_aud["aud"] = json!("anon");
    refused(
        &app,
        &supabase.sign(Alg::Es256, json!({}), &other_aud),
        "aud",
        "audience",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn firebase_id_tokens_pass_with_the_project_as_audience_and_a_past_auth_time() {
    let google = StandIn::start().await;
    let iss = "https://securetoken.google.com/my-project";
    let app = app_with(&format!(
        "[[issuers]]\nissuer = \"{iss}\"\npreset = \"firebase\"\njwks_uri = \"{}/robot/v1/metadata/jwk\"\n",
        google.base()
    ))
    .await;
    let claims = json!({
        "iss": iss, "aud": "my-project", "auth_time": now() - 300, "user_id": "fbUid123",
        "sub": "fbUid123", "iat": now(), "exp": now() + 3600, "email": "ken@example.com",
        "email_verified": true,
        "firebase": {"identities": {"email": ["ken@example.com"]}, "sign_in_provider": "password"},
    });
    let token = google.sign(Alg::Rs256, json!({}), &claims);
    let me = register_and_read_me(&app, &token).await;
    assert_eq!(me["email"], "ken@example.com");
    assert_eq!(me["emailVerified"], true);

    let patched = |patch: Value| {
        let mut c = claims.clone();
        for (k, v) in patch.as_object().unwrap() {
            c[k] = v.clone();
        }
        google.sign(Alg::Rs256, json!({}), &c)
    };
    refused(
        &app,
        &patched(json!({"auth_time": now() + 3600})),
        "future auth_time",
        "auth_time",
    )
    .await;
    refused(
        &app,
        &patched(json!({"aud": "other-project"})),
        "other project",
        "audience",
    )
    .await;
    refused(&app, &patched(json!({"sub": ""})), "empty sub", "subject").await;
    refused(
        &app,
        &patched(json!({"firebase": {"identities": {}, "sign_in_provider": "anonymous"}})),
        "anonymous sign-in",
        "anonymous",
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn better_auth_eddsa_tokens_with_camel_case_claims() {
    let better = StandIn::start().await;
    let base = better.base().to_owned();
    let app = app_with(&format!(
        "[[issuers]]\nissuer = \"{base}\"\npreset = \"better-auth\"\n"
    ))
    .await;
    // The JWT plugin's default payload: the session's user.
    let claims = json!({
        "iat": now(), "iss": base, "aud": base, "exp": now() + 900, "sub": "Xy12ab",
        "id": "Xy12ab", "name": "Hedy", "email": "hedy@example.com", "emailVerified": true,
        "image": null, "createdAt": "2026-12-01T10:00:00.000Z", "updatedAt": "2026-12-01T10:00:00.000Z",
    });
    let token = better.sign(Alg::EdDsa, json!({"typ": null}), &claims);
    let me = register_and_read_me(&app, &token).await;
    assert_eq!(me["email"], "hedy@example.com");
    assert_eq!(me["emailVerified"], true);

    refused(
        &app,
        &better.sign(Alg::Rs256, json!({}), &claims),
        "RS256",
        "EdDSA",
    )
    .await;
    let mut other = claims.clone();
    other["aud"] = json!("https://other.example.com");
    refused(
        &app,
        &better.sign(Alg::EdDsa, json!({}), &other),
        "aud",
        "audience",
    )
    .await;
}

/// An admin's references to 1000 Clerk users: 10 pages of the Backend API,
/// at most 4 called at once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_large_clerk_lookup_calls_the_backend_api_a_few_pages_at_a_time() {
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let app = app_with(&clerk_issuer(&iss, &iss)).await;
    for n in 0..1000usize {
        let id = format!("user_{n:04}");
        clerk.add_clerk_user(&id, &format!("{id}@example.com"), true, None);
    }
    app.db
        .execute(&format!(
            "WITH made AS (INSERT INTO users (name) SELECT 'Clerk ' || n FROM generate_series(0, 999) n \
             RETURNING id, name) \
             INSERT INTO identities (issuer, subject, user_id) \
             SELECT '{iss}', 'user_' || lpad(substr(name, 7), 4, '0'), id FROM made"
        ))
        .await;
    let ids: Vec<i64> = (0..1000).collect();
    let (_, admin) = app.admin("boss@example.com").await;
    let first_id = app
        .db
        .count("SELECT min(id) AS n FROM users WHERE name LIKE 'Clerk %'")
        .await;
    let reps: Vec<Value> = ids
        .iter()
        .map(|n| json!({"__typename": "User", "id": (first_id + n).to_string()}))
        .collect();
    clerk.set_clerk_latency(std::time::Duration::from_millis(50));
    let response = app
        .gql(
            Some(&admin),
            "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { email } } }",
            json!({ "reps": reps }),
        )
        .await;
    let entities = response.data()["_entities"].as_array().unwrap();
    assert_eq!(entities.len(), 1000);
    assert!(
        entities
            .iter()
            .all(|e| e["email"].as_str().unwrap().ends_with("@example.com")),
        "{}",
        response.body
    );
    // The request's loader may split the 1000 into a few batches (its
    // delay is short); each is called in pages of at most 100.
    assert!(clerk.clerk_calls() >= 10, "{}", clerk.clerk_calls());
    assert_eq!(clerk.clerk_widest_call(), 100);
    let most = clerk.clerk_most_in_flight();
    assert!(
        (2..=4).contains(&most),
        "at most 4 calls at once, not all 10: {most}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn clerk_takes_only_session_tokens_of_completed_sign_ins() {
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let app = app_with(&clerk_issuer(&iss, &iss)).await;
    clerk.add_clerk_user("user_2sid", "sid@example.com", true, None);
    let session = clerk_claims(&iss, "user_2sid", Some("https://app.example.com"));
    let sign = |claims: &Value| clerk.sign(Alg::Rs256, json!({}), claims);
    register_and_read_me(&app, &sign(&session)).await;

    // A JWT template minted for an integration: same `iss` and keys, an
    // `aud` of its own.
    let mut template = session.clone();
    template["aud"] = json!("https://integration.example.net");
    refused(&app, &sign(&template), "a JWT template's aud", "audience").await;
    let mut sessionless = session.clone();
    sessionless.as_object_mut().unwrap().remove("sid");
    refused(&app, &sign(&sessionless), "no sid", "`sid`").await;
    let mut pending = session.clone();
    pending["sts"] = json!("pending");
    let pending = sign(&pending);
    refused(&app, &pending, "a pending session", "pending session").await;
    let mut active = session.clone();
    active["sts"] = json!("active");
    let me = app
        .gql(Some(&sign(&active)), "{ me { name } }", json!({}))
        .await;
    assert_eq!(me.data()["me"]["name"], "Successor", "{}", me.body);

    let allowing = app_with(&format!(
        "{}allow_pending_sessions = true\n",
        clerk_issuer(&iss, &iss)
    ))
    .await;
    let me = allowing
        .gql(Some(&pending), "{ me { id } }", json!({}))
        .await;
    assert_eq!(me.status, 200, "{}", me.body);
    assert!(me.body.get("errors").is_none(), "signed in: {}", me.body);
    assert_eq!(me.data()["me"], Value::Null, "not registered there yet");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn better_auth_anonymous_users_are_refused_unless_allowed() {
    let better = StandIn::start().await;
    let base = better.base().to_owned();
    let entry = format!("[[issuers]]\nissuer = \"{base}\"\npreset = \"better-auth\"\n");
    let app = app_with(&entry).await;
    // The anonymous plugin's user, as its JWT payload carries it.
    let claims = json!({
        "iat": now(), "iss": base, "aud": base, "exp": now() + 900, "sub": "anon-1",
        "id": "anon-1", "name": "Anonymous", "email": "temp-anon-1@http://localhost:3000.com",
        "emailVerified": false, "isAnonymous": true,
    });
    let token = better.sign(Alg::EdDsa, json!({}), &claims);
    refused(&app, &token, "isAnonymous", "anonymous").await;

    let allowing = app_with(&format!("{entry}allow_anonymous = true\n")).await;
    let me = allowing.gql(Some(&token), "{ me { id } }", json!({})).await;
    assert_eq!(me.status, 200, "{}", me.body);
    assert!(me.body.get("errors").is_none(), "signed in: {}", me.body);
    assert_eq!(me.data()["me"], Value::Null, "not registered there yet");
}

/// With `REDIS_URL`, Clerk's profiles are shared by the replicas as
/// Passage's are: the second replica's list of the same users makes no
/// Backend API call, and reads them back unchanged from Redis.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replicas_share_clerk_profiles_through_redis() {
    let Some(redis) =
        crate::support::redis::RedisServer::start_or_skip("replicas_share_clerk_profiles")
    else {
        return;
    };
    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let file = config_file(&clerk_issuer(&iss, &iss));
    let url = redis.url();
    let settings = |c: &mut passage_graphql::Config| {
        c.config_file = Some(file.clone());
        c.clerk_secret_key = Some(CLERK_SECRET.into());
        c.redis_url = Some(url.clone().into());
        c.redis_timeout_ms = 1_000;
    };
    let a = spawn_app_with(settings).await;
    a.wait_for_redis().await;
    for n in 0..30usize {
        let id = format!("user_r{n:02}");
        clerk.add_clerk_user(&id, &format!("{id}@example.com"), n.is_multiple_of(3), None);
        let token = clerk.sign(
            Alg::Rs256,
            json!({}),
            &clerk_claims(&iss, &id, Some("https://app.example.com")),
        );
        a.register(&token, &format!("Clerk {n}")).await;
    }
    let (_, admin) = a.admin("boss@example.com").await;
    let list = "{ users(first: 50) { edges { node { name email emailVerified } } } }";
    let emails = |body: &Value| -> Vec<(String, Value, Value)> {
        let mut found: Vec<_> = body["data"]["users"]["edges"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                let node = &e["node"];
                let name = node["name"].as_str().unwrap().to_owned();
                (name, node["email"].clone(), node["emailVerified"].clone())
            })
            .filter(|(name, _, _)| name.starts_with("Clerk"))
            .collect();
        found.sort_by(|x, y| x.0.cmp(&y.0));
        found
    };

    let on_a = a.gql(Some(&admin), list, json!({})).await;
    assert!(on_a.body.get("errors").is_none(), "{}", on_a.body);
    let from_clerk = emails(&on_a.body);
    assert_eq!(from_clerk.len(), 30);
    for (name, email, verified) in &from_clerk {
        let n: usize = name[6..].parse().unwrap();
        assert_eq!(email, &json!(format!("user_r{n:02}@example.com")));
        assert_eq!(verified, &json!(n.is_multiple_of(3)), "{name}");
    }
    assert_eq!(clerk.clerk_calls(), 1);
    let stored = redis.command(&[
        "EVAL",
        "return #redis.call('KEYS', ARGV[1])",
        "0",
        "*:clerk:*",
    ]);
    assert_eq!(stored, ":30", "every profile Clerk answered is in Redis");

    let b = a.replica(settings).await;
    b.wait_for_redis().await;
    let on_b = b.gql(Some(&admin), list, json!({})).await;
    assert!(on_b.body.get("errors").is_none(), "{}", on_b.body);
    assert_eq!(emails(&on_b.body), from_clerk);
    assert_eq!(
        clerk.clerk_calls(),
        1,
        "the second replica read the profiles from Redis"
    );
}

/// `profile = "userinfo"`: the viewer's email comes from the issuer's
/// UserInfo, called with the viewer's own token once per token; a query
/// without contact fields calls nothing, and no other user's fields are
/// ever asked of it (an admin listing them gets `PROFILE_NOT_SHARED`).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_userinfo_source_answers_the_viewer_once_per_token_and_nobody_else() {
    let auth0 = StandIn::start().await;
    let iss = format!("{}/", auth0.base());
    let api = "https://api.example.com";
    let app = app_with(&auth0_issuer(
        &iss,
        api,
        &format!("profile = \"userinfo\"\nuserinfo_url = \"{iss}userinfo\"\n"),
    ))
    .await;
    auth0.add_userinfo(
        "auth0|ada",
        json!({"email": "ada@example.com", "email_verified": true,
               "phone_number": "+15555550199", "phone_number_verified": false}),
    );
    let claims = |sub: &str, jti: &str| {
        json!({
            "iss": iss, "sub": sub, "aud": [api, format!("{iss}userinfo")],
            "iat": now(), "exp": now() + 3600, "azp": "client-spa",
            "scope": "openid profile email", "jti": jti,
        })
    };
    let token = auth0.sign(Alg::Rs256, json!({}), &claims("auth0|ada", "1"));
    app.register(&token, "Ada").await;
    assert_eq!(
        auth0.userinfo_calls(),
        0,
        "createUser selects no contact field"
    );

    let contacts =
        "{ me { email emailVerified phone phoneVerified identities { profileSource } } }";
    for _ in 0..2 {
        let me = app.gql(Some(&token), contacts, json!({})).await;
        let me = &me.data()["me"];
        assert_eq!(me["email"], "ada@example.com");
        assert_eq!(me["emailVerified"], true);
        assert_eq!(me["phone"], "+15555550199");
        assert_eq!(me["phoneVerified"], false);
        assert_eq!(me["identities"][0]["profileSource"], "USERINFO");
    }
    assert_eq!(auth0.userinfo_calls(), 1, "one call for the token");

    let another = auth0.sign(Alg::Rs256, json!({}), &claims("auth0|ada", "2"));
    let me = app.gql(Some(&another), "{ me { name } }", json!({})).await;
    assert_eq!(me.data()["me"]["name"], "Ada");
    assert_eq!(auth0.userinfo_calls(), 1, "no contact field, no call");
    let me = app.gql(Some(&another), "{ me { email } }", json!({})).await;
    assert_eq!(me.data()["me"]["email"], "ada@example.com");
    assert_eq!(auth0.userinfo_calls(), 2, "a new token is asked again");

    let (_, admin) = app.admin("boss@example.com").await;
    let list = app
        .gql(
            Some(&admin),
            "{ users(first: 10) { edges { node { name email } } } }",
            json!({}),
        )
        .await;
    let edges = list.body["data"]["users"]["edges"].as_array().unwrap();
    let ada = edges
        .iter()
        .position(|e| e["node"]["name"] == "Ada")
        .expect("Ada is listed");
    let node = edges[ada]["node"].as_object().unwrap();
    assert!(
        node.contains_key("email") && node["email"].is_null(),
        "{node:?}"
    );
    let errors = list.body["errors"]
        .as_array()
        .expect("Ada's email has an error");
    assert!(
        errors.iter().any(
            |e| e["path"] == json!(["users", "edges", ada, "node", "email"])
                && e["extensions"]["code"] == "PROFILE_NOT_SHARED"
        ),
        "{}",
        list.body
    );
    assert_eq!(auth0.userinfo_calls(), 2, "never called for another user");
}
