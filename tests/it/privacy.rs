//! Who may read what: a user record is for the user themself and admins,
//! and a refusal says nothing about whether the record exists; Passage's
//! reasons for refusing an update stay in the log.

use passage_emulator::Failure;
use serde_json::{Value, json};

use crate::support::{GqlResponse, spawn_app};

const USER_BY_ID: &str = "query($id: ID!) { user(id: $id) { id name passageId role createdAt } }";

#[track_caller]
fn assert_forbidden_null(response: &GqlResponse) -> String {
    let data = response.body["data"].as_object().expect("data present");
    assert!(data.contains_key("user"), "{}", response.text);
    assert_eq!(data["user"], Value::Null, "{}", response.text);
    assert_eq!(response.error_codes(), ["FORBIDDEN"], "{}", response.text);
    response.body["errors"][0]["message"]
        .as_str()
        .unwrap()
        .to_owned()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn only_the_user_and_admins_read_a_user_record() {
    let app = spawn_app().await;
    let (_, ada) = app.passage_user("ada@example.com");
    let (_, bob) = app.passage_user("bob@example.com");
    let (_, stranger) = app.passage_user("stranger@example.com");
    let ada_id = app.register(&ada, "Ada").await["id"].clone();
    app.register(&bob, "Bob").await;
    let (_, admin) = app.admin("root@example.com").await;

    let own = app
        .gql(Some(&ada), USER_BY_ID, json!({ "id": ada_id }))
        .await;
    assert_eq!(own.data()["user"]["name"], "Ada");

    // Another registered user, an existing and a missing ID: the same
    // answer, so IDs cannot be probed.
    let existing = app
        .gql(Some(&bob), USER_BY_ID, json!({ "id": ada_id }))
        .await;
    let missing = app
        .gql(Some(&bob), USER_BY_ID, json!({ "id": "987654" }))
        .await;
    let existing_message = assert_forbidden_null(&existing);
    let missing_message = assert_forbidden_null(&missing);
    assert_eq!(existing_message, missing_message);
    assert!(!existing.text.contains("Ada"), "{}", existing.text);

    // A signed-in user who never registered.
    let unregistered = app
        .gql(Some(&stranger), USER_BY_ID, json!({ "id": ada_id }))
        .await;
    assert_forbidden_null(&unregistered);

    // Aliases cannot read the directory either.
    let sweep = app
        .gql(
            Some(&bob),
            "{ a: user(id: \"1\") { role } b: user(id: \"2\") { role } c: user(id: \"3\") { role } }",
            json!({}),
        )
        .await;
    assert!(!sweep.text.contains("ADMIN"), "{}", sweep.text);

    let by_admin = app
        .gql(Some(&admin), USER_BY_ID, json!({ "id": ada_id }))
        .await;
    assert_eq!(by_admin.data()["user"]["name"], "Ada");
    let admin_missing = app
        .gql(Some(&admin), USER_BY_ID, json!({ "id": "987654" }))
        .await;
    assert_eq!(admin_missing.data()["user"], Value::Null);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_email_taken_by_someone_else_is_refused_without_saying_so() {
    let app = spawn_app().await;
    let (_, ada) = app.passage_user("ada@example.com");
    let (bob_user, bob) = app.passage_user("bob@example.com");
    app.register(&ada, "Ada").await;
    app.register(&bob, "Bob").await;

    let taken = app
        .gql(
            Some(&bob),
            "mutation { updateMe(input: {email: \"ada@example.com\"}) { email } }",
            json!({}),
        )
        .await;
    assert_eq!(taken.error_codes(), ["BAD_USER_INPUT"], "{}", taken.text);
    assert_eq!(taken.body["errors"][0]["extensions"]["field"], "email");
    let message = taken.body["errors"][0]["message"].as_str().unwrap();
    for leak in ["already", "exist", "another user", "Passage rejected"] {
        assert!(!message.contains(leak), "message leaks {leak:?}: {message}");
    }
    assert_eq!(app.emulator.calls().patch_user, 1, "Passage refused it");
    assert_eq!(
        app.emulator.user(&bob_user.id).unwrap().email,
        "bob@example.com",
        "nothing changed"
    );

    // A 409 from Passage (as a proxy or another deployment may send for a
    // conflict) is the same refusal, not an outage.
    app.emulator.set_failure(Failure::Status(409));
    let conflict = app
        .gql(
            Some(&bob),
            "mutation { updateMe(input: {phone: \"+14155550199\"}) { phone } }",
            json!({}),
        )
        .await;
    assert_eq!(
        conflict.error_codes(),
        ["BAD_USER_INPUT"],
        "{}",
        conflict.text
    );
    assert_eq!(conflict.body["errors"][0]["extensions"]["field"], "phone");
    app.emulator.set_failure(Failure::None);

    // An address nobody has gives the same kind of answer only when
    // Passage refuses it; here it is accepted.
    let free = app
        .gql(
            Some(&bob),
            "mutation { updateMe(input: {email: \"bob2@example.com\"}) { email } }",
            json!({}),
        )
        .await;
    assert_eq!(free.data()["updateMe"]["email"], "bob2@example.com");
}
