//! The end-to-end path: verified Passage user -> createUser -> me.

use serde_json::json;

use crate::support::spawn_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn anonymous_me_is_unauthenticated() {
    let app = spawn_app().await;
    let response = app.gql(None, "{ me { id } }", json!({})).await;
    assert_eq!(response.status, 200);
    assert_eq!(response.error_code(), "UNAUTHENTICATED");
    assert_eq!(response.body["data"], json!({ "me": null }));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_user_then_me_returns_name_and_email() {
    let app = spawn_app().await;
    let (passage_user, token) = app.passage_user("ada@example.com");

    let before = app.gql(Some(&token), "{ me { id } }", json!({})).await;
    assert_eq!(
        before.data()["me"],
        serde_json::Value::Null,
        "not registered yet"
    );

    let created = app.register(&token, "  Ada Lovelace ").await;
    assert_eq!(created["name"], "Ada Lovelace");
    assert_eq!(created["passageId"], passage_user.id.as_str());
    assert_eq!(created["role"], "USER");

    let me = app
        .gql(
            Some(&token),
            "{ me { id passageId name email phone } }",
            json!({}),
        )
        .await;
    let me = &me.data()["me"];
    assert_eq!(me["id"], created["id"]);
    assert_eq!(me["name"], "Ada Lovelace");
    assert_eq!(me["email"], "ada@example.com");
    assert_eq!(
        me["phone"],
        serde_json::Value::Null,
        "Passage's \"\" is null"
    );
    assert_eq!(app.emulator.calls().get_user, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_create_user_gives_one_row_and_one_id() {
    let app = spawn_app().await;
    let (passage_user, token) = app.passage_user("race@example.com");

    let calls = (0..20).map(|i| {
        let app = &app;
        let token = token.clone();
        async move { app.register(&token, &format!("Racer {i}")).await }
    });
    let results = futures::future::join_all(calls).await;

    let first = &results[0];
    for result in &results {
        assert_eq!(
            result["id"], first["id"],
            "every call returns the same record"
        );
        assert_eq!(result["name"], first["name"]);
    }
    let rows = app
        .db
        .count(&format!(
            "SELECT count(*) AS n FROM users WHERE passage_id = '{}'",
            passage_user.id
        ))
        .await;
    assert_eq!(rows, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_user_again_returns_the_existing_record_unchanged() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("again@example.com");
    let first = app.register(&token, "First").await;
    let second = app.register(&token, "Second").await;
    assert_eq!(first, second);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn create_user_with_a_bad_name_changes_nothing() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("bad@example.com");
    for bad in ["", "   ", "tab\there", &"x".repeat(101)] {
        let response = app
            .gql(
                Some(&token),
                "mutation($n: String!) { createUser(input: {name: $n}) { id } }",
                json!({ "n": bad }),
            )
            .await;
        assert_eq!(response.error_code(), "BAD_USER_INPUT", "{bad:?}");
        assert_eq!(response.body["errors"][0]["extensions"]["field"], "name");
    }
    assert_eq!(app.db.count("SELECT count(*) AS n FROM users").await, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn local_fields_make_no_passage_call() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("quiet@example.com");
    app.register(&token, "Quiet").await;
    app.emulator.reset_calls();

    let me = app
        .gql(
            Some(&token),
            "{ me { id passageId name role createdAt updatedAt } }",
            json!({}),
        )
        .await;
    assert_eq!(me.data()["me"]["name"], "Quiet");
    assert_eq!(app.emulator.calls().get_user, 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_me_renames_and_the_next_read_sees_it() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("rename@example.com");
    let created = app.register(&token, "Old").await;
    let updated = app
        .gql(
            Some(&token),
            "mutation { updateMe(input: {name: \"New\"}) { id name updatedAt } }",
            json!({}),
        )
        .await;
    assert_eq!(updated.data()["updateMe"]["id"], created["id"]);
    let me = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    assert_eq!(me.data()["me"]["name"], "New");
    assert_eq!(
        app.emulator.calls().patch_user,
        0,
        "a name lives in Postgres only"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_me_before_registering_is_not_registered() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("early@example.com");
    let response = app
        .gql(
            Some(&token),
            "mutation { updateMe(input: {name: \"X\"}) { id } }",
            json!({}),
        )
        .await;
    assert_eq!(response.error_code(), "NOT_REGISTERED");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_me_removes_the_local_record() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("leaving@example.com");
    app.register(&token, "Leaving").await;
    let deleted = app
        .gql(Some(&token), "mutation { deleteMe }", json!({}))
        .await;
    assert_eq!(deleted.data()["deleteMe"], true);
    let me = app.gql(Some(&token), "{ me { id } }", json!({})).await;
    assert_eq!(me.data()["me"], serde_json::Value::Null);
    let again = app
        .gql(Some(&token), "mutation { deleteMe }", json!({}))
        .await;
    assert_eq!(again.data()["deleteMe"], false);
}
