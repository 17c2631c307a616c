//! The live updates' limits, with a bare WebSocket client sending what
//! graphql-ws's own client never would: a user's sockets past
//! `LIVE_MAX_SOCKETS_PER_USER` and a socket's subscriptions past 32 are
//! closed 4429, a message over 64 KiB closes its socket, a socket that never
//! sends `connection_init` is closed 4408, and SIGTERM closes every socket
//! with 1001. Each closed socket gives its slot and its subscriptions back
//! (the gauges return to 0).

use std::time::Duration;

use futures::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::{MaybeTlsStream, WebSocketStream};

use passage_graphql::events::sockets::MAX_SUBSCRIPTIONS_PER_SOCKET;
use passage_graphql::http::ws::{INIT_TIMEOUT, MAX_MESSAGE_BYTES};

use crate::live::registered;
use crate::support::metrics::settled;
use crate::support::server_process::ServerProcess;
use crate::support::{spawn_app, spawn_app_with};

type Socket = WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>;

/// A graphql-ws socket to `http_url` (the server's `/graphql`), not yet
/// signed in.
async fn open(http_url: &str) -> Socket {
    let mut request = http_url
        .replacen("http", "ws", 1)
        .into_client_request()
        .unwrap();
    request.headers_mut().insert(
        "sec-websocket-protocol",
        "graphql-transport-ws".parse().unwrap(),
    );
    tokio_tungstenite::connect_async(request).await.unwrap().0
}

async fn send(socket: &mut Socket, message: Value) {
    socket
        .send(Message::text(message.to_string()))
        .await
        .unwrap();
}

/// What the server sent next: a graphql-ws message, or `Err` with the close
/// code and reason (0 when the connection ended with no close frame).
async fn next(socket: &mut Socket) -> Result<Value, (u16, String)> {
    let within = INIT_TIMEOUT + Duration::from_secs(10);
    loop {
        let message = tokio::time::timeout(within, socket.next())
            .await
            .expect("the server answers or closes");
        match message {
            Some(Ok(Message::Text(text))) => return Ok(serde_json::from_str(&text).unwrap()),
            Some(Ok(Message::Close(frame))) => {
                return Err(frame.map_or((0, String::new()), |f| {
                    (f.code.into(), f.reason.to_string())
                }));
            }
            Some(Ok(_)) => continue,
            Some(Err(_)) | None => return Err((0, String::new())),
        }
    }
}

/// A socket signed in with `token` and acknowledged.
async fn signed_in(http_url: &str, token: &str) -> Socket {
    let mut socket = open(http_url).await;
    send(
        &mut socket,
        json!({"type": "connection_init", "payload": {"authorization": format!("Bearer {token}")}}),
    )
    .await;
    assert_eq!(next(&mut socket).await.unwrap()["type"], "connection_ack");
    socket
}

fn subscribe(id: usize) -> Value {
    json!({"id": id.to_string(), "type": "subscribe",
           "payload": {"query": "subscription { meChanged { id } }"}})
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_users_sockets_past_the_limit_are_closed_4429_and_a_closed_one_frees_its_slot() {
    let app = spawn_app_with(|c| c.live_max_sockets_per_user = 2).await;
    let token = registered(&app, "sockets@example.com").await.1;
    let url = app.url("/graphql");
    let mut first = signed_in(&url, &token).await;
    let _second = signed_in(&url, &token).await;

    let mut third = open(&url).await;
    send(
        &mut third,
        json!({"type": "connection_init", "payload": {"authorization": format!("Bearer {token}")}}),
    )
    .await;
    let (code, reason) = next(&mut third).await.unwrap_err();
    assert_eq!(code, 4429, "{reason}");
    settled(&app, "live_sockets", 2.0).await;

    first.close(None).await.unwrap();
    settled(&app, "live_sockets", 1.0).await;
    let _again = signed_in(&url, &token).await;
    settled(&app, "live_sockets", 2.0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_past_its_subscription_limit_is_closed_4429_and_gives_them_all_back() {
    let app = spawn_app().await;
    let token = registered(&app, "subscriptions@example.com").await.1;
    let mut socket = signed_in(&app.url("/graphql"), &token).await;
    for id in 1..=MAX_SUBSCRIPTIONS_PER_SOCKET {
        send(&mut socket, subscribe(id)).await;
    }
    settled(
        &app,
        "live_subscriptions",
        MAX_SUBSCRIPTIONS_PER_SOCKET as f64,
    )
    .await;
    send(&mut socket, subscribe(MAX_SUBSCRIPTIONS_PER_SOCKET + 1)).await;
    let (code, reason) = next(&mut socket).await.unwrap_err();
    assert_eq!(code, 4429, "{reason}");
    settled(&app, "live_subscriptions", 0.0).await;
    settled(&app, "live_sockets", 0.0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_over_64_kib_closes_its_socket_and_subscribes_nothing() {
    let app = spawn_app().await;
    let token = registered(&app, "large@example.com").await.1;
    let mut socket = signed_in(&app.url("/graphql"), &token).await;
    let padding = "x".repeat(MAX_MESSAGE_BYTES);
    let oversized = json!({"id": "1", "type": "subscribe",
        "payload": {"query": format!("subscription {{ meChanged {{ id }} }} # {padding}")}});
    // The server may close before the client has written it all.
    let _ = socket.send(Message::text(oversized.to_string())).await;
    let closed = next(&mut socket).await;
    assert!(closed.is_err(), "the socket stayed open: {closed:?}");
    settled(&app, "live_subscriptions", 0.0).await;
    settled(&app, "live_sockets", 0.0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_socket_that_never_signs_in_is_closed_4408() {
    let app = spawn_app().await;
    let mut socket = open(&app.url("/graphql")).await;
    let opened = tokio::time::Instant::now();
    let (code, reason) = next(&mut socket).await.unwrap_err();
    assert_eq!(code, 4408, "{reason}");
    assert!(opened.elapsed() >= INIT_TIMEOUT - Duration::from_millis(500));
    settled(&app, "live_sockets", 0.0).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sigterm_closes_every_socket_with_1001() {
    let app = spawn_app().await;
    let token = registered(&app, "shutdown@example.com").await.1;
    let server = ServerProcess::start(&app, &[]).await;
    let mut socket = signed_in(&server.url("/graphql"), &token).await;
    send(&mut socket, subscribe(1)).await;
    server.sigterm();
    // What was in flight may still arrive (on a loaded machine the
    // subscription's first lookup can be under way), then the close.
    let (code, reason) = loop {
        match next(&mut socket).await {
            Ok(message) => assert_ne!(message["type"], "connection_ack", "{message}"),
            Err(closed) => break closed,
        }
    };
    assert_eq!(code, 1001, "{reason}");
    let exited = server.exited(Duration::from_secs(20)).await;
    assert!(exited.status.success(), "{}", exited.stderr);
}
