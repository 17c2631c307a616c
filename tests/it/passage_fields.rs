//! Passage-owned fields: lazy, batched, private, and resilient.

use passage_emulator::Failure;
use serde_json::{Value, json};

use crate::support::spawn_app;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn several_passage_fields_of_one_user_cost_one_call() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("many@example.com");
    app.register(&token, "Many").await;
    app.emulator.reset_calls();
    let me = app
        .gql(
            Some(&token),
            "{ me { email phone emailVerified phoneVerified status lastLoginAt loginCount } }",
            json!({}),
        )
        .await;
    let me = &me.data()["me"];
    assert_eq!(me["email"], "many@example.com");
    assert_eq!(me["status"], "ACTIVE");
    assert_eq!(me["emailVerified"], true);
    assert_eq!(me["loginCount"], 1);
    assert_eq!(app.emulator.calls().get_user, 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn passage_failures_null_only_the_passage_fields() {
    let app = spawn_app().await;
    let (_, token) = app.passage_user("fragile@example.com");
    app.register(&token, "Fragile").await;

    for (failure, case) in [
        (Failure::Status(500), "500"),
        (Failure::Html(429), "429 with HTML"),
        (Failure::Hang, "timeout"),
    ] {
        app.emulator.set_failure(failure);
        let response = app
            .gql(Some(&token), "{ me { name email phone } }", json!({}))
            .await;
        assert_eq!(response.status, 200, "{case}");
        assert_eq!(response.body["data"]["me"]["name"], "Fragile", "{case}");
        assert_eq!(response.body["data"]["me"]["email"], Value::Null, "{case}");
        let codes = response.error_codes();
        assert!(!codes.is_empty(), "{case}");
        assert!(
            codes.iter().all(|c| c == "PASSAGE_UNAVAILABLE"),
            "{case}: {codes:?}"
        );
        let paths: Vec<_> = response.body["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| e["path"].clone())
            .collect();
        assert!(paths.contains(&json!(["me", "email"])), "{case}: {paths:?}");
    }
    app.emulator.set_failure(Failure::None);
    let response = app.gql(Some(&token), "{ me { email } }", json!({})).await;
    assert_eq!(
        response.data()["me"]["email"],
        "fragile@example.com",
        "recovers"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_missing_in_passage_gets_passage_user_not_found() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("gone@example.com");
    app.register(&token, "Gone").await;
    let client = reqwest::Client::new();
    let deleted = client
        .delete(format!(
            "{}/v1/apps/{}/users/{}",
            app.emulator.base_url(),
            app.emulator.app_id(),
            user.id
        ))
        .bearer_auth(app.emulator.api_key())
        .send()
        .await
        .unwrap();
    assert!(deleted.status().is_success());
    let response = app
        .gql(Some(&token), "{ me { name email } }", json!({}))
        .await;
    assert_eq!(response.body["data"]["me"]["name"], "Gone");
    assert_eq!(response.error_code(), "PASSAGE_USER_NOT_FOUND");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_see_other_users_passage_fields() {
    let app = spawn_app().await;
    let (_, ada) = app.passage_user("ada@example.com");
    let ada_record = app.register(&ada, "Ada").await;
    let query = "query($id: ID!) { user(id: $id) { name email } }";
    let vars = json!({ "id": ada_record["id"] });
    let (_, admin) = app.admin("root@example.com").await;
    let by_admin = app.gql(Some(&admin), query, vars).await;
    assert_eq!(by_admin.data()["user"]["name"], "Ada");
    assert_eq!(by_admin.data()["user"]["email"], "ada@example.com");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn update_me_email_and_phone_go_to_passage() {
    let app = spawn_app().await;
    let (user, token) = app.passage_user("old@example.com");
    app.register(&token, "Mover").await;
    let response = app
        .gql(
            Some(&token),
            "mutation { updateMe(input: {email: \"new@example.com\", phone: \"+14155550100\"}) { name email phone } }",
            json!({}),
        )
        .await;
    let updated = &response.data()["updateMe"];
    assert_eq!(updated["email"], "new@example.com");
    assert_eq!(updated["phone"], "+14155550100");
    assert_eq!(app.emulator.calls().patch_user, 1);
    assert_eq!(
        app.emulator.user(&user.id).unwrap().email,
        "new@example.com"
    );

    for (input, field) in [
        ("{email: \"not-an-email\"}", "email"),
        ("{phone: \"555-1234\"}", "phone"),
        ("{name: \"\"}", "name"),
    ] {
        let response = app
            .gql(
                Some(&token),
                &format!("mutation {{ updateMe(input: {input}) {{ id }} }}"),
                json!({}),
            )
            .await;
        assert_eq!(response.error_code(), "BAD_USER_INPUT", "{input}");
        assert_eq!(response.body["errors"][0]["extensions"]["field"], field);
    }
    assert_eq!(
        app.emulator.calls().patch_user,
        1,
        "invalid input never reaches Passage"
    );
}
