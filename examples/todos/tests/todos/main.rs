//! The todos app end to end: real HTTP to the server built through
//! `passage_graphql::Server`, real Postgres, the Passage emulator.

mod dev_mode;
mod support;

use serde_json::{Value, json};
use support::spawn_app;

const MY_TODOS: &str = "query($first: Int, $after: String) { me { id name todos(first: $first, after: $after) { \
     edges { cursor node { id title done createdAt } } pageInfo { hasNextPage hasPreviousPage } } } }";

fn titles(todos: &Value) -> Vec<&str> {
    todos["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|edge| edge["node"]["title"].as_str().expect("a title"))
        .collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn todos_are_added_paged_and_completed_on_me() {
    let app = spawn_app().await;
    let (my_id, token) = app.user("ada@example.com").await;
    for title in ["one", "two", "three"] {
        app.add_todo(&token, title).await;
    }

    let first = app.gql(Some(&token), MY_TODOS, json!({ "first": 2 })).await;
    let me = &first.data()["me"];
    assert_eq!(me["id"], my_id.as_str());
    let todos = &me["todos"];
    assert_eq!(titles(todos), ["one", "two"]);
    assert_eq!(todos["pageInfo"]["hasNextPage"], true);
    assert_eq!(todos["pageInfo"]["hasPreviousPage"], false);

    let cursor = todos["edges"][1]["cursor"].as_str().unwrap();
    let rest = app
        .gql(
            Some(&token),
            MY_TODOS,
            json!({ "first": 2, "after": cursor }),
        )
        .await;
    let rest = &rest.data()["me"]["todos"];
    assert_eq!(titles(rest), ["three"]);
    assert_eq!(rest["pageInfo"]["hasNextPage"], false);
    assert_eq!(rest["pageInfo"]["hasPreviousPage"], true);

    let second = todos["edges"][1]["node"]["id"].as_str().unwrap();
    let done = app
        .gql(
            Some(&token),
            "mutation($id: ID!) { completeTodo(id: $id) { id title done } }",
            json!({ "id": second }),
        )
        .await;
    let done = &done.data()["completeTodo"];
    assert_eq!(done["id"], second);
    assert_eq!(done["done"], true);
    let all = app.gql(Some(&token), MY_TODOS, json!({})).await;
    let all: Vec<bool> = all.data()["me"]["todos"]["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| edge["node"]["done"].as_bool().unwrap())
        .collect();
    assert_eq!(all, [false, true, false]);

    // A todo's owner is our User, with the app's fields on it.
    let owners = app
        .gql(
            Some(&token),
            "{ me { todos { edges { node { owner { id name todos(first: 1) { edges { node { title } } } } } } } } }",
            json!({}),
        )
        .await;
    for edge in owners.data()["me"]["todos"]["edges"].as_array().unwrap() {
        let owner = &edge["node"]["owner"];
        assert_eq!(owner["id"], my_id.as_str());
        assert_eq!(owner["name"], "ada");
        assert_eq!(titles(&owner["todos"]), ["one"]);
    }

    // The app's errors carry our codes.
    let empty = app
        .gql(
            Some(&token),
            "mutation { addTodo(title: \"  \") { id } }",
            json!({}),
        )
        .await;
    assert_eq!(empty.error_codes(), ["BAD_USER_INPUT"]);
    let too_many = app
        .gql(Some(&token), MY_TODOS, json!({ "first": 101 }))
        .await;
    assert_eq!(too_many.error_codes(), ["BAD_USER_INPUT"]);
    let garbage = app
        .gql(Some(&token), MY_TODOS, json!({ "after": "nonsense" }))
        .await;
    assert_eq!(garbage.error_codes(), ["BAD_USER_INPUT"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn adding_a_todo_needs_a_token_and_a_local_record() {
    let app = spawn_app().await;
    let add = "mutation { addTodo(title: \"milk\") { id } }";
    let anonymous = app.gql(None, add, json!({})).await;
    assert_eq!(anonymous.status, 200);
    assert_eq!(anonymous.error_codes(), ["UNAUTHENTICATED"]);

    let unregistered = app.token("new@example.com");
    let refused = app.gql(Some(&unregistered), add, json!({})).await;
    assert_eq!(refused.error_codes(), ["NOT_REGISTERED"]);

    let expired = app.gql(Some("not-a-token"), add, json!({})).await;
    assert_eq!(expired.status, 401, "{}", expired.body);
    assert_eq!(expired.error_codes(), ["UNAUTHENTICATED"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_owner_and_admins_read_and_complete_todos() {
    let app = spawn_app().await;
    let (ada_id, ada) = app.user("ada@example.com").await;
    let (_, bob) = app.user("bob@example.com").await;
    let (_, admin) = app.admin("root@example.com").await;
    let secret = app.add_todo(&ada, "ada's secret").await;
    app.add_todo(&bob, "bob's").await;

    // Bob sees his own todos only.
    let bobs = app.gql(Some(&bob), MY_TODOS, json!({})).await;
    assert_eq!(titles(&bobs.data()["me"]["todos"]), ["bob's"]);

    // Bob cannot complete Ada's todo, nor tell it from one that is not there.
    let complete = "mutation($id: ID!) { completeTodo(id: $id) { done } }";
    let refused = app.gql(Some(&bob), complete, json!({ "id": secret })).await;
    assert_eq!(refused.error_codes(), ["FORBIDDEN"]);
    assert_eq!(refused.body["data"], Value::Null, "{}", refused.body);
    let missing = app
        .gql(Some(&bob), complete, json!({ "id": "999999" }))
        .await;
    assert_eq!(missing.error_codes(), ["FORBIDDEN"]);
    let adas = app.gql(Some(&ada), MY_TODOS, json!({})).await;
    assert_eq!(
        adas.data()["me"]["todos"]["edges"][0]["node"]["done"],
        false
    );

    // Bob cannot reach Ada's user, so neither her todos.
    let by_id = "query($id: ID!) { user(id: $id) { name todos { edges { node { title } } } } }";
    let prying = app.gql(Some(&bob), by_id, json!({ "id": ada_id })).await;
    assert_eq!(prying.error_codes(), ["FORBIDDEN"]);
    assert!(
        !prying.body.to_string().contains("secret"),
        "{}",
        prying.body
    );

    // An admin reads Ada's todos and may complete them.
    let seen = app.gql(Some(&admin), by_id, json!({ "id": ada_id })).await;
    assert_eq!(titles(&seen.data()["user"]["todos"]), ["ada's secret"]);
    let done = app
        .gql(Some(&admin), complete, json!({ "id": secret }))
        .await;
    assert_eq!(done.data()["completeTodo"]["done"], true);
}

/// Every query the server sent between two readings of `/metrics`.
fn sent(
    before: &std::collections::BTreeMap<String, u64>,
    after: &std::collections::BTreeMap<String, u64>,
) -> std::collections::BTreeMap<String, u64> {
    after
        .iter()
        .map(|(label, n)| (label.clone(), n - before.get(label).copied().unwrap_or(0)))
        .filter(|(_, n)| *n > 0)
        .collect()
}

const USERS_WITH_TODOS: &str = "query($first: Int) { users(first: $first) { edges { node { \
     id name todos(first: 3) { edges { node { title done } } pageInfo { hasNextPage } } } } } }";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_list_of_users_with_their_todos_costs_the_same_queries_for_100_as_for_5() {
    let app = spawn_app().await;
    let (_, admin) = app.admin("root@example.com").await;
    // 99 more users (100 in all) with 4 todos each, written straight to the
    // tables.
    support::execute(
        &app.db_url,
        "INSERT INTO users (passage_id, name) \
         SELECT 'listed' || lpad(i::text, 18, '0'), 'User ' || i FROM generate_series(1, 99) i",
    )
    .await;
    support::execute(
        &app.db_url,
        "INSERT INTO todos (user_id, title) \
         SELECT u.id, 'todo ' || n FROM users u, generate_series(1, 4) n \
         WHERE u.passage_id LIKE 'listed%'",
    )
    .await;
    let mut costs = Vec::new();
    for first in [5, 100] {
        let before = app.queries().await;
        let listed = app
            .gql(Some(&admin), USERS_WITH_TODOS, json!({ "first": first }))
            .await;
        let after = app.queries().await;
        let edges = listed.data()["users"]["edges"].as_array().unwrap();
        assert_eq!(edges.len(), first);
        // The admin first (the lowest ID), with no todos.
        assert_eq!(titles(&edges[0]["node"]["todos"]), Vec::<&str>::new());
        for edge in &edges[1..] {
            let todos = &edge["node"]["todos"];
            assert_eq!(titles(todos), ["todo 1", "todo 2", "todo 3"], "{edge}");
            assert_eq!(todos["pageInfo"]["hasNextPage"], true);
        }
        costs.push(sent(&before, &after));
    }
    let [five, hundred] = [&costs[0], &costs[1]];
    eprintln!("queries for 5 users: {five:?}; for 100: {hundred:?}");
    assert_eq!(five, hundred, "the cost grew with the number of users");
    assert_eq!(hundred.get("todos_by_user"), Some(&1), "{hundred:?}");
    assert_eq!(hundred.get("list_users"), Some(&1), "{hundred:?}");
    let total: u64 = hundred.values().sum();
    // The viewer's record, the page of users, the page of todos.
    assert!(total <= 3, "{total} queries for 100 users: {hundred:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_apps_migrations_run_after_ours_once_and_a_clashing_version_is_refused() {
    use diesel_migrations::{EmbeddedMigrations, embed_migrations};
    static CLASHING: EmbeddedMigrations = embed_migrations!("tests/clashing_migrations");

    let url = support::new_database().await;
    let server = todos::server();
    let first = server.migrate(&url).await.expect("migrations apply");
    let ours = passage_graphql_migrations();
    let apps = todos_migrations();
    assert_eq!(first, ours + apps, "ours, then the app's {apps}");
    assert_eq!(server.migrate(&url).await.expect("again"), 0);
    // The todos table is there, owned by users.
    support::execute(&url, "SELECT user_id, title, done FROM todos").await;

    let clash = todos::server().migrations(&CLASHING).migrate(&url).await;
    let err = clash.expect_err("a version of ours is refused").to_string();
    assert!(err.contains("2026-11-26-000001_clash"), "{err}");
    assert!(err.contains("already use"), "{err}");
}

/// How many migrations the todos app has.
fn todos_migrations() -> usize {
    use diesel::migration::MigrationSource;
    MigrationSource::<diesel::pg::Pg>::migrations(&todos::MIGRATIONS)
        .unwrap()
        .len()
}

/// How many migrations passage-graphql has.
fn passage_graphql_migrations() -> usize {
    use diesel::migration::MigrationSource;
    MigrationSource::<diesel::pg::Pg>::migrations(&passage_graphql::db::MIGRATIONS)
        .unwrap()
        .len()
}

#[test]
fn the_schema_has_todos_on_our_user_and_keeps_our_fields() {
    let sdl = todos::server().sdl(false);
    let user = sdl
        .split("type User ")
        .nth(1)
        .and_then(|rest| rest.split("\n}").next())
        .expect("a User type");
    for field in [
        "id: ID!",
        "passageId: ID",
        "name: String!",
        "role: Role!",
        "email: String",
        "todos(first: Int, after: String): TodoConnection!",
    ] {
        assert!(user.contains(field), "User lacks {field}:\n{user}");
    }
    assert!(sdl.contains("addTodo(title: String!): Todo!"), "{sdl}");
    assert!(sdl.contains("completeTodo(id: ID!): Todo!"), "{sdl}");
    assert!(
        sdl.contains("createUser(input: CreateUserInput!): User!"),
        "{sdl}"
    );
    assert!(sdl.contains("me: User"), "{sdl}");
    assert!(
        !sdl.contains("type NoUserFields") && !sdl.contains("type TodoFields"),
        "{sdl}"
    );
    // The subgraph still owns User as an entity.
    let federation = todos::server().sdl(true);
    assert!(federation.contains("@key(fields: \"id\")"), "{federation}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_apps_routes_are_served_beside_ours_under_our_layers() {
    use axum::routing::get;
    let routes = axum::Router::new().route("/hello", get(|| async { "hello from the app" }));
    let app = support::spawn_app_of(todos::server().routes(routes)).await;
    let hello = app.get("/hello").await;
    assert_eq!(hello.status(), 200);
    assert!(
        hello.headers().contains_key("x-request-id"),
        "{:?}",
        hello.headers()
    );
    assert_eq!(hello.text().await.unwrap(), "hello from the app");
    // Ours are still there.
    let (_, token) = app.user("ada@example.com").await;
    let me = app
        .gql(
            Some(&token),
            "{ me { name todos { edges { cursor } } } }",
            json!({}),
        )
        .await;
    assert_eq!(me.data()["me"]["name"], "ada");
    assert_eq!(app.get("/health").await.status(), 200);
}

/// An app's own field that returns our `User` of someone else (a lookup
/// any app might add) keeps our rule through `ContextExt::user_object`:
/// the user themself and admins, `FORBIDDEN` for anyone else, with nothing
/// of the other user in the answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_apps_own_user_field_keeps_the_rule_of_query_user() {
    use async_graphql::{Context, ID, MergedObject, Object};
    use passage_graphql::{AppResult, ContextExt, UserKey, UserObject};
    use todos::TodoFields;

    #[derive(Default, Clone)]
    struct Lookup;

    #[Object]
    impl Lookup {
        async fn someone(
            &self,
            ctx: &Context<'_>,
            id: ID,
        ) -> AppResult<Option<UserObject<TodoFields>>> {
            let id: i64 = id.parse().unwrap_or(-1);
            match ctx.user_loader().load_one(UserKey::Id(id)).await? {
                Some(record) => Ok(Some(ctx.user_object(record).await?)),
                None => Ok(None),
            }
        }
    }

    #[derive(MergedObject, Default, Clone)]
    struct LookupQuery(passage_graphql::Query<TodoFields>, Lookup);

    let app = support::spawn_app_of(
        passage_graphql::Server::new()
            .user_fields::<TodoFields>()
            .query(LookupQuery::default())
            .mutation(todos::AppMutation::default())
            .migrations(&todos::MIGRATIONS),
    )
    .await;
    let (ada_id, ada) = app.user("ada@example.com").await;
    let (_, bob) = app.user("bob@example.com").await;
    let (_, admin) = app.admin("root@example.com").await;
    app.add_todo(&ada, "ada's secret").await;
    // Only our local fields: `todos` and `email` have checks of their own.
    let local = "query($id: ID!) { someone(id: $id) { id name passageId identities { subject } } }";
    let someone =
        "query($id: ID!) { someone(id: $id) { id name todos { edges { node { title } } } } }";

    let prying = app.gql(Some(&bob), local, json!({ "id": ada_id })).await;
    assert_eq!(prying.error_codes(), ["FORBIDDEN"], "{}", prying.body);
    assert_eq!(
        prying.body["data"]["someone"],
        Value::Null,
        "{}",
        prying.body
    );
    for secret in ["ada", "ada@example.com"] {
        assert!(!prying.body.to_string().contains(secret), "{}", prying.body);
    }
    let anonymous = app.gql(None, someone, json!({ "id": ada_id })).await;
    assert_eq!(anonymous.error_codes(), ["UNAUTHENTICATED"]);

    for (who, token) in [("herself", &ada), ("an admin", &admin)] {
        let seen = app.gql(Some(token), someone, json!({ "id": ada_id })).await;
        let user = &seen.data()["someone"];
        assert_eq!(user["name"], "ada", "{who}");
        assert_eq!(titles(&user["todos"]), ["ada's secret"], "{who}");
    }
}

/// The app's deletion hook runs in the transaction that deletes the user:
/// their todos go with them (the table's key no longer cascades, so
/// without the hook the deletion fails), and nobody else's.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_deleted_users_todos_go_through_the_apps_hook() {
    let app = spawn_app().await;
    let (_, ada) = app.user("ada@example.com").await;
    let (_, bob) = app.user("bob@example.com").await;
    for title in ["one", "two"] {
        app.add_todo(&ada, title).await;
    }
    app.add_todo(&bob, "bob's").await;
    let deleted = app
        .gql(Some(&ada), "mutation { deleteMe }", json!({}))
        .await;
    assert_eq!(
        deleted.data()["deleteMe"],
        true,
        "{:?}",
        deleted.error_codes()
    );
    let me = app.gql(Some(&ada), MY_TODOS, json!({})).await;
    assert_eq!(me.data()["me"], Value::Null);
    let bobs = app.gql(Some(&bob), MY_TODOS, json!({})).await;
    assert_eq!(titles(&bobs.data()["me"]["todos"]), ["bob's"]);
}

/// A minimal graphql-ws client: connects, signs in with `token`, subscribes
/// to `query`; `next_payload` reads the next event's payload.
struct LiveSocket(
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
);

impl LiveSocket {
    async fn subscribe(app: &support::TestApp, token: &str, query: &str, variables: Value) -> Self {
        use futures::SinkExt;
        use tokio_tungstenite::tungstenite::Message;
        use tokio_tungstenite::tungstenite::client::IntoClientRequest;
        let mut request = app
            .url("/graphql")
            .replacen("http", "ws", 1)
            .into_client_request()
            .unwrap();
        request.headers_mut().insert(
            "sec-websocket-protocol",
            "graphql-transport-ws".parse().unwrap(),
        );
        let (mut socket, _) = tokio_tungstenite::connect_async(request).await.unwrap();
        let init = json!({"type": "connection_init", "payload": {"authorization": format!("Bearer {token}")}});
        socket.send(Message::text(init.to_string())).await.unwrap();
        let mut live = Self(socket);
        assert_eq!(live.message().await["type"], "connection_ack");
        let subscribe = json!({"id": "1", "type": "subscribe",
                               "payload": {"query": query, "variables": variables}});
        live.0
            .send(Message::text(subscribe.to_string()))
            .await
            .unwrap();
        live
    }

    async fn message(&mut self) -> Value {
        use futures::StreamExt;
        loop {
            let next = tokio::time::timeout(std::time::Duration::from_secs(10), self.0.next())
                .await
                .expect("a message within 10 s")
                .expect("the socket is open")
                .unwrap();
            if let Ok(text) = next.to_text()
                && !text.is_empty()
            {
                return serde_json::from_str(text).unwrap();
            }
        }
    }

    /// The next `next` or `error` message's payload, while `poke` runs
    /// (until one arrives) to cause it.
    async fn next_payload<F: std::future::Future<Output = ()>>(
        &mut self,
        mut poke: impl FnMut() -> F,
    ) -> Value {
        loop {
            poke().await;
            let wait = tokio::time::timeout(std::time::Duration::from_millis(300), self.message());
            if let Ok(message) = wait.await {
                return message;
            }
        }
    }
}

/// The app's own subscription: `todoChanged(id)` hears `completeTodo`,
/// published by the app's mutation through the server's bus, for the
/// todo's owner; anyone else is refused.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_todos_owner_hears_it_change_and_nobody_else_may_listen() {
    let app = spawn_app().await;
    let (_, token) = app.user("ada@example.com").await;
    let id = app.add_todo(&token, "live").await;
    let query = "subscription($id: ID!) { todoChanged(id: $id) { id title done } }";
    let mut live = LiveSocket::subscribe(&app, &token, query, json!({ "id": id })).await;
    let complete = "mutation($id: ID!) { completeTodo(id: $id) { id } }";
    let event = live
        .next_payload(|| async {
            app.gql(Some(&token), complete, json!({ "id": id })).await;
        })
        .await;
    assert_eq!(event["type"], "next", "{event}");
    assert_eq!(
        event["payload"]["data"]["todoChanged"]["id"],
        id.as_str(),
        "{event}"
    );
    assert_eq!(
        event["payload"]["data"]["todoChanged"]["done"], true,
        "{event}"
    );

    let (_, other) = app.user("bob@example.com").await;
    let mut nosy = LiveSocket::subscribe(&app, &other, query, json!({ "id": id })).await;
    let refused = nosy.message().await;
    let codes = refused.to_string();
    assert!(codes.contains("FORBIDDEN"), "{refused}");
}
