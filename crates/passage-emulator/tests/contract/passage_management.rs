//! The emulator's Management API over plain HTTP, for what Passage's server
//! SDKs never ask (they list one user by identifier): paging and its links,
//! filters, ordering, and the refusals of a malformed list.

use reqwest::StatusCode;
use serde_json::Value;

use crate::support::{API_KEY, APP_ID, start_emulator};

async fn list(
    emulator: &passage_emulator::Emulator,
    query: &str,
    key: Option<&str>,
) -> (StatusCode, Value) {
    let url = format!("{}/v1/apps/{APP_ID}/users?{query}", emulator.base_url());
    let mut request = reqwest::Client::builder()
        .no_proxy()
        .build()
        .unwrap()
        .get(url);
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    let response = request.send().await.unwrap();
    (response.status(), response.json().await.unwrap())
}

fn emails(page: &Value) -> Vec<&str> {
    page["users"]
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["email"].as_str().unwrap())
        .collect()
}

#[tokio::test]
async fn lists_page_by_page_with_links_filters_and_order() {
    let emulator = start_emulator().await;
    let seeded = emulator.seed_users(0..5);
    let (status, page) = list(
        &emulator,
        "page=2&limit=2&order_by=email:ASC",
        Some(API_KEY),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{page}");
    assert_eq!(emails(&page), ["user2@example.com", "user3@example.com"]);
    assert_eq!(
        (
            page["page"].as_u64(),
            page["limit"].as_u64(),
            page["total_users"].as_u64()
        ),
        (Some(2), Some(2), Some(5))
    );
    let links = &page["_links"];
    let href = |name: &str| links[name]["href"].as_str().unwrap().to_owned();
    assert!(
        href("next").contains("page=3") && href("previous").contains("page=1"),
        "{links}"
    );
    assert!(
        href("last").contains("page=3") && href("self").contains("page=2"),
        "{links}"
    );
    assert!(
        href("next").contains("order_by=email%3AASC"),
        "the order is kept: {links}"
    );
    let user = &page["users"][0];
    assert!(
        user.get("external_id").is_some() && user.get("webauthn_devices").is_none(),
        "a list item: {user}"
    );

    let last_href = href("last");
    let (_, last) = list(
        &emulator,
        last_href.split_once('?').unwrap().1,
        Some(API_KEY),
    )
    .await;
    assert_eq!(emails(&last), ["user4@example.com"]);
    assert_eq!(last["_links"]["next"]["href"], "", "no page after the last");

    let (_, found) = list(&emulator, "identifier=USER3@example.com", Some(API_KEY)).await;
    assert_eq!(
        emails(&found),
        ["user3@example.com"],
        "identifier ignores case"
    );
    assert_eq!(found["users"][0]["id"], seeded[3].id.as_str());
    let (_, like) = list(
        &emulator,
        "identifier=like:user%25@example.com&order_by=email:DESC&limit=2",
        Some(API_KEY),
    )
    .await;
    assert_eq!(emails(&like), ["user4@example.com", "user3@example.com"]);
    let (_, none) = list(&emulator, "status=pending", Some(API_KEY)).await;
    assert_eq!(none["total_users"], 0);
    let anchor = seeded[0].created_at.unwrap().timestamp();
    let (_, before) = list(
        &emulator,
        &format!("created_before={anchor}"),
        Some(API_KEY),
    )
    .await;
    assert_eq!(
        before["total_users"], 0,
        "nobody was created before the first seed"
    );
}

#[tokio::test]
async fn malformed_lists_and_missing_keys_are_refused() {
    let emulator = start_emulator().await;
    for query in [
        "limit=501",
        "page=0",
        "order_by=identifier:ASC",
        "login_count=many",
        "created_at=yesterday",
    ] {
        let (status, body) = list(&emulator, query, Some(API_KEY)).await;
        assert_eq!(
            (status, body["code"].as_str()),
            (StatusCode::BAD_REQUEST, Some("invalid_request")),
            "{query}: {body}"
        );
    }
    let (status, body) = list(&emulator, "page=1", Some("wrong")).await;
    assert_eq!(
        (status, body["code"].as_str()),
        (StatusCode::UNAUTHORIZED, Some("invalid_access_token"))
    );
    // Without the key, an identifier is the auth API's "does this user exist?".
    emulator.create_user("public@example.com");
    let (status, body) = list(&emulator, "identifier=public@example.com", None).await;
    assert_eq!(status, StatusCode::OK, "{body}");
    assert_eq!(body["user"]["email"], "public@example.com");
}
