//! Our Clerk client against Clerk's published Backend API spec: the server's
//! `GET /v1/users?user_id=...&limit=...` calls go to Prism serving Clerk's own
//! OpenAPI document (`tests/clerk-spec/`), which refuses any request the spec
//! does not allow (a 401 or 422, which the server would show as
//! `PROVIDER_UNAVAILABLE`), and answers from the spec's `User` schema. So a
//! `me` and an admin list with no errors, showing the user Prism made, mean
//! our requests conform and we read the documented answer; the raw requests
//! at the end show the mock does refuse non-conforming ones. Tokens come
//! from the loopback stand-in (`support::provider`).

use serde_json::{Value, json};

use crate::support::clerk_spec::{ClerkSpec, SeenRequest};
use crate::support::provider::{
    Alg, CLERK_APP as APP, CLERK_SECRET, StandIn, clerk_claims, clerk_issuer,
};
use crate::support::{config_file, spawn_app_with};

/// The primary email or phone of a Clerk `User` as the API answers it:
/// (value, verified).
fn primary(user: &Value, list: &str, value: &str, primary_id: &str) -> (Value, bool) {
    let found = user[list]
        .as_array()
        .unwrap_or_else(|| panic!("no {list} in the mock's user"))
        .iter()
        .find(|i| i["id"] == user[primary_id])
        .unwrap_or_else(|| panic!("the mock's user has no {list} entry for {primary_id}"));
    (
        found[value].clone(),
        found["verification"]["status"] == "verified",
    )
}

/// The fields of a `User` the client reads (`*`: any index).
const READ: [&str; 9] = [
    "id",
    "primary_email_address_id",
    "primary_phone_number_id",
    "email_addresses.*.id",
    "email_addresses.*.email_address",
    "email_addresses.*.verification.status",
    "phone_numbers.*.id",
    "phone_numbers.*.phone_number",
    "phone_numbers.*.verification.status",
];

/// A violation at `path` (`0.email_addresses.0.linked_to`) is in, or
/// around, a field the client reads.
fn touches_what_we_read(path: &str) -> bool {
    let within_user: Vec<&str> = path
        .split('.')
        .skip(1)
        .map(|part| match part.parse::<usize>() {
            Ok(_) => "*",
            Err(_) => part,
        })
        .collect();
    let path = within_user.join(".");
    path.is_empty()
        || READ.iter().any(|read| {
            *read == path
                || read.starts_with(&format!("{path}."))
                || path.starts_with(&format!("{read}."))
        })
}

/// The request conforms to the spec: Prism answered 200 and found nothing
/// wrong with it; and what Prism answered is the spec's shape in every part
/// the client reads.
fn assert_conforms(seen: &SeenRequest, ids: &[&str]) {
    assert_eq!(
        (seen.method.as_str(), seen.path.as_str()),
        ("GET", "/v1/users")
    );
    assert!(seen.authorized, "no Authorization header");
    assert!(
        seen.request_violations.is_empty(),
        "Prism found the request non-conforming: {:?}",
        seen.request_violations
    );
    assert_eq!(seen.status, 200);
    let read_wrong: Vec<&String> = seen
        .response_violations
        .iter()
        .filter(|path| touches_what_we_read(path))
        .collect();
    assert!(
        read_wrong.is_empty(),
        "Prism's answer breaks the spec where we read it: {read_wrong:?}"
    );
    // `user_id` once per user (in any order), then `limit`, and nothing else.
    let (limit, user_ids) = seen.query.split_last().expect("a query");
    assert_eq!(limit, &("limit".to_owned(), ids.len().to_string()));
    let mut asked: Vec<&str> = user_ids
        .iter()
        .map(|(name, id)| {
            assert_eq!(name, "user_id", "{:?}", seen.query);
            id.as_str()
        })
        .collect();
    asked.sort_unstable();
    let mut expected = ids.to_vec();
    expected.sort_unstable();
    assert_eq!(asked, expected);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_clerk_client_sends_requests_clerks_spec_accepts_and_reads_the_user_it_describes() {
    let Some(mock) = ClerkSpec::start_or_skip("clerk_spec").await else {
        return;
    };
    let http = reqwest::Client::builder().no_proxy().build().unwrap();
    let users_url = format!("{}/v1/users", mock.api_url());

    // The user the spec describes, as Prism answers any lookup: its `id` is
    // the subject our token must carry for the server to find it.
    let described: Value = http
        .get(&users_url)
        .bearer_auth(CLERK_SECRET)
        .query(&[("user_id", "probe"), ("limit", "1")])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let user = &described[0];
    let sub = user["id"].as_str().expect("a User has an id").to_owned();
    let (email, email_verified) = primary(
        user,
        "email_addresses",
        "email_address",
        "primary_email_address_id",
    );
    let (phone, phone_verified) = primary(
        user,
        "phone_numbers",
        "phone_number",
        "primary_phone_number_id",
    );
    assert!(touches_what_we_read("0.email_addresses.0.verification"));
    assert!(touches_what_we_read("0"));
    assert!(!touches_what_we_read(
        "0.email_addresses.0.linked_to.0.type"
    ));
    assert!(email.as_str().is_some_and(|e| !e.is_empty()), "{email}");
    assert!(phone.as_str().is_some_and(|p| !p.is_empty()), "{phone}");

    let clerk = StandIn::start().await;
    let iss = clerk.base().to_owned();
    let file = config_file(&clerk_issuer(&iss, mock.api_url()));
    let app = spawn_app_with(|c| {
        c.config_file = Some(file);
        c.clerk_secret_key = Some(CLERK_SECRET.into());
        // Every read asks Clerk, so each one is checked against the spec.
        c.passage_cache_ttl = 0;
    })
    .await;
    let token = clerk.sign(Alg::Rs256, json!({}), &clerk_claims(&iss, &sub, Some(APP)));
    app.register(&token, "Described").await;
    let before = mock.requests().await.len();

    let me = app
        .gql(
            Some(&token),
            "{ me { name email emailVerified phone phoneVerified identities { profileSource } } }",
            json!({}),
        )
        .await;
    assert!(me.body.get("errors").is_none(), "{}", me.body);
    let me = &me.data()["me"];
    assert_eq!(me["name"], "Described");
    assert_eq!(me["email"], email);
    assert_eq!(me["emailVerified"], email_verified);
    assert_eq!(me["phone"], phone);
    assert_eq!(me["phoneVerified"], phone_verified);
    assert_eq!(me["identities"], json!([{"profileSource": "CLERK"}]));
    let seen = mock.requests().await;
    assert_eq!(
        seen.len(),
        before + 1,
        "one Backend API call for the viewer"
    );
    assert_conforms(&seen[before], &[&sub]);

    // An admin's list: two Clerk users in one call. Prism answers every
    // lookup with the one user the spec describes, so the other is a user
    // Clerk does not have: its contacts are not shared, and the call that
    // asked for both still conforms.
    let other = clerk.sign(
        Alg::Rs256,
        json!({}),
        &clerk_claims(&iss, "user_not_in_the_spec", Some(APP)),
    );
    app.register(&other, "Unknown").await;
    let (_, admin) = app.admin("boss@example.com").await;
    let before = mock.requests().await.len();
    let list = app
        .gql(
            Some(&admin),
            "{ users(first: 10) { edges { node { name email emailVerified phone } } } }",
            json!({}),
        )
        .await;
    assert_eq!(list.status, 200);
    let edges = list.body["data"]["users"]["edges"]
        .as_array()
        .unwrap_or_else(|| panic!("no edges: {}", list.body));
    let node = |name: &str| {
        edges
            .iter()
            .map(|e| &e["node"])
            .find(|n| n["name"] == name)
            .unwrap_or_else(|| panic!("no {name} in {}", list.body))
            .clone()
    };
    let described_node = node("Described");
    assert_eq!(described_node["email"], email);
    assert_eq!(described_node["emailVerified"], email_verified);
    assert_eq!(described_node["phone"], phone);
    let unknown = node("Unknown");
    assert_eq!(unknown["email"], Value::Null, "{}", list.body);
    // Only the unknown user's three contact fields fail, each on its own.
    let at = edges
        .iter()
        .position(|e| e["node"]["name"] == "Unknown")
        .unwrap();
    let errors: Vec<(Value, Value)> = list.body["errors"]
        .as_array()
        .expect("the unknown user's errors")
        .iter()
        .map(|e| (e["extensions"]["code"].clone(), e["path"].clone()))
        .collect();
    let expected: Vec<(Value, Value)> = ["email", "emailVerified", "phone"]
        .iter()
        .map(|field| {
            (
                json!("PROFILE_NOT_SHARED"),
                json!(["users", "edges", at, "node", field]),
            )
        })
        .collect();
    assert_eq!(errors, expected);
    let seen = mock.requests().await;
    assert_eq!(seen.len(), before + 1, "both users in one call");
    assert_conforms(&seen[before], &[&sub, "user_not_in_the_spec"]);
    assert_eq!(
        app.metric("profile_provider_calls_total{provider=\"clerk\",outcome=\"ok\"}")
            .await,
        2.0
    );

    // The mock refuses what the spec does not allow: no secret key, and a
    // `limit` outside 1..=500.
    let no_key = http
        .get(&users_url)
        .query(&[("user_id", sub.as_str()), ("limit", "1")])
        .send()
        .await
        .unwrap();
    assert_eq!(no_key.status(), 401);
    for limit in ["0", "501"] {
        let bad = http
            .get(&users_url)
            .bearer_auth(CLERK_SECRET)
            .query(&[("user_id", sub.as_str()), ("limit", limit)])
            .send()
            .await
            .unwrap();
        assert_eq!(bad.status(), 422, "limit={limit}");
    }
    let refused = mock.requests().await;
    let refused = &refused[refused.len() - 3..];
    assert!(refused.iter().all(|r| !r.request_violations.is_empty()));
    assert_eq!(
        refused[1].request_violations[0]["location"],
        json!(["request", "query", "limit"])
    );
}
