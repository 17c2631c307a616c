//! The server as a subgraph of a real federated graph (npm software, not
//! ours; see `support::federation`): Hive Gateway composes it with an
//! orders subgraph on `@apollo/subgraph` that extends `User` with `orders`
//! and points back at users from `Order.buyer`, and a legacy subgraph that
//! points at users by Passage ID (the `passageId` key). The gateway forwards
//! the client's token, which is verified here as on any request.

use std::time::Duration;

use serde_json::{Value, json};

use crate::support::federation::Graph;
use crate::support::{TestApp, spawn_app, spawn_app_with};

const ENTITY_QUERIES: &str = "db_queries_total{query=\"find_users_by_ids\"}";
const ONE_BY_ONE: &str = "db_queries_total{query=\"find_user_by_id\"}";
const LISTS: &str = "db_queries_total{query=\"list_users\"}";

/// The orders subgraph's totals for local user `id` (see `graph.mjs`).
fn totals(id: &Value) -> Vec<f64> {
    let n: f64 = id.as_str().unwrap().parse().unwrap();
    vec![n + 0.25, n * 2.0]
}

/// The totals of a list of `{ total }`.
fn totals_of(orders: &Value) -> Vec<f64> {
    let orders = orders.as_array().expect("a list of orders");
    orders
        .iter()
        .map(|o| o["total"].as_f64().unwrap())
        .collect()
}

/// Registers `n` users straight into Postgres, each a real emulator user;
/// returns their local IDs, ascending.
async fn seed_users(app: &TestApp, admin: &str, n: usize) -> Vec<Value> {
    let values: Vec<String> = (0..n)
        .map(|i| {
            let user = app.emulator.create_user(&format!("buyer{i}@example.com"));
            format!("('{}', 'Buyer {i}')", user.id)
        })
        .collect();
    app.db
        .execute(&format!(
            "INSERT INTO users (passage_id, name) VALUES {}",
            values.join(",")
        ))
        .await;
    let mut ids = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = app
            .gql(
                Some(admin),
                "query($after: String) { users(first: 100, after: $after) {
                   pageInfo { hasNextPage endCursor } edges { node { id name } } } }",
                json!({ "after": after }),
            )
            .await;
        let users = &page.data()["users"];
        ids.extend(
            users["edges"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|edge| edge["node"]["name"] != "Admin")
                .map(|edge| edge["node"]["id"].clone()),
        );
        if users["pageInfo"]["hasNextPage"] != true {
            return ids;
        }
        after = users["pageInfo"]["endCursor"].clone();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn me_with_orders_through_the_gateway_and_an_expired_token_refused() {
    let app = spawn_app().await;
    let Some(graph) = Graph::start_or_skip("federation me", &app).await else {
        return;
    };
    let (user, token) = app.passage_user("ada@example.com");
    let me = app.register(&token, "Ada").await;

    let query = "{ me { id name email orders { total } } }";
    let response = graph.gql(Some(&token), query, json!({})).await;
    let got = &response.data()["me"];
    assert_eq!(got["name"], "Ada");
    assert_eq!(got["email"], "ada@example.com");
    assert_eq!(totals_of(&got["orders"]), totals(&me["id"]));

    // The Passage cookie, forwarded by the gateway, signs in as well.
    let cookie = format!("psg_auth_token={token}");
    let by_cookie = graph.gql_with_cookie(&cookie, "{ me { name } }").await;
    assert_eq!(by_cookie.data()["me"]["name"], "Ada");

    // An expired token is refused by this server, behind the gateway too.
    let expired = {
        let mut claims = app.emulator.claims_for(&user.id);
        claims["exp"] = json!(chrono::Utc::now().timestamp() - 3600);
        app.emulator.sign_claims(&claims)
    };
    let refused = graph.gql(Some(&expired), query, json!({})).await;
    // Hive Gateway passes the subgraph's error on, code and all.
    assert_eq!(refused.error_code(), "UNAUTHENTICATED", "{}", refused.body);
    assert!(
        refused.body["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("expired")),
        "{}",
        refused.body
    );
    assert_eq!(refused.body["data"]["me"], Value::Null, "{}", refused.body);
    assert!(
        !refused.text.contains("ada@example.com"),
        "{}",
        refused.body
    );

    // No token: the entity references of another subgraph stay private.
    let anonymous = graph
        .gql(
            None,
            "query($ids: [ID!]!) { latestOrders(buyerIds: $ids) { total buyer { name } } }",
            json!({ "ids": [me["id"]] }),
        )
        .await;
    assert_eq!(
        anonymous.error_code(),
        "UNAUTHENTICATED",
        "{}",
        anonymous.body
    );
    assert!(!anonymous.text.contains("Ada"), "{}", anonymous.body);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admins_100_users_with_orders_and_100_references_cost_one_query_each() {
    let app = spawn_app_with(|c| c.passage_max_concurrency = 8).await;
    let Some(graph) = Graph::start_or_skip("federation 100 users", &app).await else {
        return;
    };
    let (_, admin) = app.admin("root@example.com").await;
    let ids = seed_users(&app, &admin, 100).await;
    app.emulator.set_latency(Duration::from_millis(20));
    app.emulator.reset_calls();

    // 100 references from the orders subgraph: one `_entities` batch here.
    let (entity_queries, one_by_one) = (
        app.metric(ENTITY_QUERIES).await,
        app.metric(ONE_BY_ONE).await,
    );
    let response = graph
        .gql(
            Some(&admin),
            "query($ids: [ID!]!) { latestOrders(buyerIds: $ids) { total buyer { id name email } } }",
            json!({ "ids": ids }),
        )
        .await;
    let orders = response.data()["latestOrders"].as_array().unwrap();
    assert_eq!(orders.len(), 100);
    for (i, order) in orders.iter().enumerate() {
        assert_eq!(order["buyer"]["id"], ids[i]);
        assert_eq!(order["buyer"]["name"], format!("Buyer {i}"));
        assert_eq!(order["buyer"]["email"], format!("buyer{i}@example.com"));
        assert_eq!(order["total"].as_f64(), Some(totals(&ids[i])[1]));
    }
    assert_eq!(
        app.metric(ENTITY_QUERIES).await - entity_queries,
        1.0,
        "one SQL query for the 100 references"
    );
    assert_eq!(app.metric(ONE_BY_ONE).await, one_by_one, "none one by one");
    let calls = app.emulator.calls();
    assert_eq!(calls.get_user, 100, "one Passage GET per distinct user");
    assert!(calls.peak_get_in_flight <= 8, "limit held: {calls:?}");
    assert!(calls.peak_get_in_flight >= 2, "concurrent: {calls:?}");

    // The admin's list with each user's orders from the other subgraph.
    let (lists, references) = (app.metric(LISTS).await, graph.user_references().await);
    app.emulator.reset_calls();
    let response = graph
        .gql(
            Some(&admin),
            "{ users(first: 100) { edges { node { id name email orders { total } } } } }",
            json!({}),
        )
        .await;
    let edges = response.data()["users"]["edges"].as_array().unwrap();
    assert_eq!(edges.len(), 100);
    assert_eq!(edges[0]["node"]["name"], "Admin");
    for (i, edge) in edges[1..].iter().enumerate() {
        let node = &edge["node"];
        assert_eq!(node["id"], ids[i]);
        assert_eq!(node["email"], format!("buyer{i}@example.com"));
        assert_eq!(totals_of(&node["orders"]), totals(&ids[i]));
    }
    assert_eq!(app.metric(LISTS).await - lists, 1.0, "one list query");
    assert_eq!(graph.user_references().await - references, 100);
    assert_eq!(
        app.emulator.calls().get_user,
        1,
        "the 100 buyers' profiles from the cache; only the admin's own is new"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn references_resolve_only_for_the_user_themself_or_admins() {
    let app = spawn_app().await;
    let Some(graph) = Graph::start_or_skip("federation privacy", &app).await else {
        return;
    };
    let (own_user, token) = app.passage_user("own@example.com");
    let own = app.register(&token, "Own").await;
    let (_, other_token) = app.passage_user("other@example.com");
    let other = app.register(&other_token, "Other").await;
    let query =
        "query($ids: [ID!]!) { latestOrders(buyerIds: $ids) { total buyer { name email } } }";

    let mine = graph
        .gql(Some(&token), query, json!({ "ids": [own["id"]] }))
        .await;
    assert_eq!(
        mine.data()["latestOrders"][0]["buyer"]["email"],
        "own@example.com"
    );

    // A subgraph that kept only Passage IDs reaches the same user by the
    // `passageId` key, and through it the orders subgraph's `orders`.
    let legacy = graph
        .gql(
            Some(&token),
            "query($ids: [ID!]!) { legacyOrders(passageIds: $ids) {
               reference buyer { id name orders { total } } } }",
            json!({ "ids": [own_user.id] }),
        )
        .await;
    let legacy = &legacy.data()["legacyOrders"][0];
    assert_eq!(legacy["reference"], format!("legacy-{}", own_user.id));
    assert_eq!(legacy["buyer"]["id"], own["id"]);
    assert_eq!(legacy["buyer"]["name"], "Own");
    assert_eq!(totals_of(&legacy["buyer"]["orders"]), totals(&own["id"]));

    let theirs = graph
        .gql(Some(&token), query, json!({ "ids": [other["id"]] }))
        .await;
    assert_eq!(theirs.error_code(), "FORBIDDEN", "{}", theirs.body);
    assert!(!theirs.text.contains("Other"), "{}", theirs.body);
    assert!(
        !theirs.text.contains("other@example.com"),
        "{}",
        theirs.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn service_sdl_is_the_committed_file_and_counts_as_introspection() {
    let app = spawn_app_with(|c| c.graphql_introspection = Some(true)).await;
    let response = app.gql(None, "{ _service { sdl } }", json!({})).await;
    let file = include_str!("../../schema.federation.graphql");
    assert_eq!(response.data()["_service"]["sdl"], file);

    let closed = spawn_app_with(|c| c.graphql_introspection = Some(false)).await;
    let refused = closed.gql(None, "{ _service { sdl } }", json!({})).await;
    assert!(
        refused.body["errors"][0]["message"]
            .as_str()
            .is_some_and(|m| m.contains("introspection is disabled")),
        "{}",
        refused.body
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reference_by_passage_id_is_the_same_user() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("keyed@example.com");
    let me = app.register(&token, "Keyed").await;
    let query = "query($reps: [_Any!]!) { _entities(representations: $reps) { ... on User { id name email } } }";
    let reps = json!([
        { "__typename": "User", "passageId": user.id },
        { "__typename": "User", "id": me["id"] },
    ]);
    let response = app.gql(Some(&token), query, json!({ "reps": reps })).await;
    let entities = &response.data()["_entities"];
    for entity in entities.as_array().unwrap() {
        assert_eq!(entity["id"], me["id"]);
        assert_eq!(entity["email"], "keyed@example.com");
    }

    let (_, admin) = app.admin("root@example.com").await;
    let reps = json!([
        { "__typename": "User", "passageId": user.id },
        { "__typename": "User", "id": "999999" },
        { "__typename": "User", "id": "not-a-number" },
    ]);
    let before = app.metric(ENTITY_QUERIES).await;
    let response = app.gql(Some(&admin), query, json!({ "reps": reps })).await;
    assert_eq!(
        response.data()["_entities"],
        json!([{ "id": me["id"], "name": "Keyed", "email": "keyed@example.com" }, null, null])
    );
    assert_eq!(app.metric(ENTITY_QUERIES).await - before, 1.0);
}
