//! GraphQL subscriptions over graphql-ws (the `graphql-transport-ws`
//! subprotocol), on `/graphql` as Apollo Client's `GraphQLWsLink` and urql
//! expect, on async-graphql's protocol machine.
//!
//! The socket signs in once, at `connection_init`: the token of its payload
//! (`{"authorization": "Bearer ..."}`, as graphql-ws's `connectionParams`
//! send it) or, for a page of an allowed origin, the issuer's cookie,
//! verified exactly as a request's (issuers, presets, linking, limits).
//! Then, by close code:
//! - 4403: no token, a refused one, a cookie from a page of another origin
//!   (cross-site WebSocket hijacking), a token that expired (at its `exp`:
//!   graphql-ws's client reconnects and calls `connectionParams` again, so
//!   a fresh token there keeps the subscriptions), or the user signed out
//!   everywhere (deleted, deactivated, their role revoked: on every replica);
//! - 4408: no `connection_init` within [`INIT_TIMEOUT`];
//! - 4429: too many sockets for one user, or subscriptions for one socket;
//! - 1001: the server is shutting down (after what it was sending);
//! - 1008: the client reads too slowly ([`SEND_TIMEOUT`]): a socket's queue
//!   is bounded, memory too.

use std::future::ready;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicI64, AtomicU16, Ordering};
use std::time::Duration;

use async_graphql::http::{WebSocket as GraphqlSocket, WebSocketProtocols as Protocols, WsMessage};
use axum::extract::FromRequestParts;
use axum::extract::ws::{CloseFrame, Message, WebSocket, WebSocketUpgrade};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use futures::{SinkExt, StreamExt};
use tokio::sync::watch;

use crate::app::AppState;
use crate::auth::Viewer;
use crate::events::Event;
use crate::events::sockets::MAX_SUBSCRIPTIONS_PER_SOCKET;
use crate::graphql::socket_data;
use crate::identity::Identity;

/// The subprotocol of graphql-ws.
pub const SUBPROTOCOL: &str = "graphql-transport-ws";
/// Longest wait for `connection_init`.
pub const INIT_TIMEOUT: Duration = Duration::from_secs(10);
/// Largest message a client may send.
pub const MAX_MESSAGE_BYTES: usize = 64 * 1024;
/// Longest a message may wait for the client to take it.
pub const SEND_TIMEOUT: Duration = Duration::from_secs(10);
/// A socket's read buffer: its messages are small (tungstenite's default,
/// 128 KiB, made 10,000 idle sockets cost 1.4 GiB).
pub const READ_BUFFER_BYTES: usize = 4 * 1024;
/// Most bytes a socket's writes may hold back (each message is written at
/// once; this bounds what piles up behind a failing write).
pub const MAX_WRITE_BUFFER_BYTES: usize = 1024 * 1024;
/// Pings keep idle sockets open through proxies.
pub const PING_EVERY: Duration = Duration::from_secs(30);

/// True when `headers` ask to upgrade to a WebSocket.
pub fn is_upgrade(headers: &HeaderMap) -> bool {
    headers
        .get(header::UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"))
}

/// Upgrades `request` to a graphql-ws socket.
pub async fn upgrade(app: AppState, request: axum::extract::Request) -> Response {
    let (mut parts, _) = request.into_parts();
    let offered = parts
        .headers
        .get_all(header::SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .any(|p| p.trim() == SUBPROTOCOL);
    if !offered {
        return (
            StatusCode::BAD_REQUEST,
            format!("GraphQL over WebSocket needs the {SUBPROTOCOL} subprotocol (graphql-ws)"),
        )
            .into_response();
    }
    let upgrade = match WebSocketUpgrade::from_request_parts(&mut parts, &()).await {
        Ok(upgrade) => upgrade,
        Err(rejection) => return rejection.into_response(),
    };
    let headers = parts.headers;
    upgrade
        .protocols([SUBPROTOCOL])
        .max_message_size(MAX_MESSAGE_BYTES)
        .read_buffer_size(READ_BUFFER_BYTES)
        .write_buffer_size(0)
        .max_write_buffer_size(MAX_WRITE_BUFFER_BYTES)
        .on_upgrade(move |socket| serve(app, socket, headers))
}

/// Whom a socket signed in as, once `connection_init` is accepted.
#[derive(Clone)]
struct SignedIn {
    identity: Identity,
    /// The local user, when registered.
    user: Option<i64>,
    /// The token's `exp`, in seconds since 1970.
    expires_at: u64,
}

/// Why `connection_init` was refused, as the close reason says it.
const REFUSED: &str = "Forbidden: sign in with a valid token";
const TOO_MANY_SOCKETS: &str = "Too many sockets for this user";

async fn serve(app: AppState, socket: WebSocket, headers: HeaderMap) {
    let _open = app.sockets.open();
    let (mut sink, stream) = socket.split();
    let subscriptions = Arc::new(AtomicI64::new(0));
    let too_many = Arc::new(AtomicBool::new(false));
    let (counted, over, sockets_app) = (subscriptions.clone(), too_many.clone(), app.clone());
    // What the client sends, as graphql-ws messages (pings and pongs of
    // the WebSocket itself are answered by axum), counting subscriptions:
    // past the limit the client's messages end, and the socket closes 4429.
    let incoming = stream
        .take_while(|message| ready(!matches!(message, Err(_) | Ok(Message::Close(_)))))
        .filter_map(|message| {
            ready(match message {
                Ok(Message::Text(text)) => Some(text.as_bytes().to_vec()),
                Ok(Message::Binary(bytes)) => Some(bytes.to_vec()),
                _ => None,
            })
        })
        .take_while(move |bytes| {
            // Counted down by the server's `complete` or `error`.
            if message_type(bytes) == Some("subscribe") {
                let now = counted.fetch_add(1, Ordering::Relaxed) + 1;
                sockets_app.sockets.count_subscriptions(1);
                if now > MAX_SUBSCRIPTIONS_PER_SOCKET as i64 {
                    over.store(true, Ordering::Relaxed);
                    return ready(false);
                }
            }
            ready(true)
        });
    let (signed_in_tx, mut signed_in_rx) = watch::channel::<Option<SignedIn>>(None);
    // The close code of a refused `connection_init` (0: not refused).
    let refused = Arc::new(AtomicU16::new(0));
    let init = {
        let app = app.clone();
        let refused = refused.clone();
        move |payload: serde_json::Value| async move {
            let refuse = |code: u16, why: String| {
                refused.store(code, Ordering::Relaxed);
                Err(async_graphql::Error::new(why))
            };
            match sign_in(&app, &headers, &payload).await {
                // Refused before the acknowledgement when the user's
                // sockets are all taken (a race between two may still
                // acknowledge one, then close it below).
                Ok((_, signed_in)) if !app.sockets.has_room(&identity_key(&signed_in.identity)) => {
                    refuse(4429, TOO_MANY_SOCKETS.into())
                }
                Ok((data, signed_in)) => {
                    let _ = signed_in_tx.send(Some(signed_in));
                    Ok(data)
                }
                Err(why) => refuse(4403, why),
            }
        }
    };
    let mut protocol = GraphqlSocket::new(app.schema.clone(), incoming, Protocols::GraphQLWS)
        .on_connection_init(init);
    let mut events = app.events.subscribe();
    let mut closing = app.sockets.closing();
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;
    let init_deadline = tokio::time::sleep(INIT_TIMEOUT);
    tokio::pin!(init_deadline);
    let mut signed_in: Option<SignedIn> = None;
    let mut slot = None;
    let close = loop {
        let expiry = signed_in.as_ref().map(|s| expiry_instant(s.expires_at));
        tokio::select! {
            message = protocol.next() => match message {
                Some(WsMessage::Text(text)) => {
                    if ends_a_subscription(&text) {
                        subscriptions.fetch_sub(1, Ordering::Relaxed);
                        app.sockets.count_subscriptions(-1);
                    }
                    match tokio::time::timeout(SEND_TIMEOUT, sink.send(Message::Text(text.into()))).await {
                        Ok(Ok(())) => {}
                        Ok(Err(_)) => break None,
                        Err(_) => break Some((1008, "the client reads too slowly".into())),
                    }
                }
                Some(WsMessage::Close(code, reason)) => {
                    break match refused.load(Ordering::Relaxed) {
                        0 => Some((code, reason)),
                        refused_with => Some((refused_with, reason)),
                    };
                }
                None if too_many.load(Ordering::Relaxed) => break Some((4429, format!(
                    "Too many subscriptions: at most {MAX_SUBSCRIPTIONS_PER_SOCKET} a socket"
                ))),
                None => break None,
            },
            changed = signed_in_rx.changed(), if signed_in.is_none() => {
                if changed.is_err() {
                    continue;
                }
                let who = signed_in_rx.borrow_and_update().clone();
                if let Some(who) = &who {
                    match app.sockets.take_slot(&identity_key(&who.identity)) {
                        Some(taken) => slot = Some(taken),
                        None => break Some((4429, TOO_MANY_SOCKETS.into())),
                    }
                }
                signed_in = who;
            }
            () = &mut init_deadline, if signed_in.is_none() => {
                break Some((4408, "Connection initialisation timeout".into()));
            }
            () = sleep_until(expiry), if expiry.is_some() => {
                break Some((4403, "Forbidden: the token expired; reconnect with a fresh one".into()));
            }
            event = events.recv() => {
                // Signed in, though maybe not yet seen by this loop.
                let who = signed_in.clone().or_else(|| signed_in_rx.borrow().clone());
                if let (Ok(event), Some(who)) = (event, &who)
                    && signs_out(&event, who)
                {
                    break Some((4403, "Forbidden: signed out".into()));
                }
            }
            _ = closing.changed() => break Some((1001, "the server is shutting down".into())),
            _ = ping.tick() => {
                if sink.send(Message::Ping(Vec::new().into())).await.is_err() {
                    break None;
                }
            }
        }
    };
    let left = subscriptions.swap(0, Ordering::Relaxed);
    app.sockets.count_subscriptions(-left.max(0));
    drop(slot);
    if let Some((code, reason)) = close {
        let frame = CloseFrame {
            code,
            reason: reason.chars().take(120).collect::<String>().into(),
        };
        let _ = tokio::time::timeout(SEND_TIMEOUT, sink.send(Message::Close(Some(frame)))).await;
    }
}

/// Signs a socket in from its `connection_init` payload, else the
/// upgrade's cookies (from an allowed origin only).
async fn sign_in(
    app: &AppState,
    upgrade: &HeaderMap,
    payload: &serde_json::Value,
) -> Result<(async_graphql::Data, SignedIn), String> {
    let mut headers = HeaderMap::new();
    let given = ["authorization", "Authorization"]
        .iter()
        .find_map(|key| payload.get(*key).and_then(|v| v.as_str()));
    if let Some(authorization) = given {
        let value = HeaderValue::from_str(authorization).map_err(|_| REFUSED.to_owned())?;
        headers.insert(header::AUTHORIZATION, value);
    } else if let Some(cookies) = upgrade.get(header::COOKIE) {
        if !origin_allowed(app, upgrade) {
            return Err("Forbidden: this origin may not open a signed-in socket".into());
        }
        headers.insert(header::COOKIE, cookies.clone());
    }
    let (viewer, token) = super::graphql::authenticate(app, &headers)
        .await
        .map_err(|_| REFUSED.to_owned())?;
    let Viewer::SignedIn(principal) = &viewer else {
        return Err(REFUSED.into());
    };
    let user = app
        .first_sight
        .repo()
        .find_by_identity(&principal.identity)
        .await
        .map_err(|_| "the database is unavailable right now; try again later".to_owned())?;
    if user.as_ref().is_some_and(|u| u.deactivated_at().is_some()) {
        return Err("Forbidden: this account is deactivated".into());
    }
    let signed_in = SignedIn {
        identity: principal.identity.clone(),
        user: user.map(|u| u.id()),
        expires_at: principal.expires_at,
    };
    Ok((socket_data(viewer, token), signed_in))
}

/// A cookie-signed socket's page must be of an allowed origin, or of this
/// server's own.
fn origin_allowed(app: &AppState, headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) else {
        // Not a browser: nobody's cookies ride along by accident.
        return true;
    };
    let origin = origin.trim_end_matches('/');
    if app
        .socket_origins
        .iter()
        .any(|allowed| allowed.trim().trim_end_matches('/') == origin)
    {
        return true;
    }
    let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
    let origin_host = origin.split_once("://").map(|(_, rest)| rest);
    host.is_some() && origin_host == host
}

/// True when `event` ends what `who` signed in with.
fn signs_out(event: &Event, who: &SignedIn) -> bool {
    let Event::SignedOut {
        user,
        issuer,
        subject,
    } = event
    else {
        return false;
    };
    if user.is_some() && *user == who.user {
        return true;
    }
    match (&who.identity, issuer, subject) {
        (
            Identity::Issuer {
                issuer: i,
                subject: s,
            },
            Some(issuer),
            Some(subject),
        ) => i.as_str() == issuer && s.as_str() == subject,
        _ => false,
    }
}

fn identity_key(identity: &Identity) -> String {
    match identity {
        Identity::Passage(id) => format!("passage\t{}", id.as_str()),
        Identity::Issuer { issuer, subject } => format!("{issuer}\t{}", subject.as_str()),
    }
}

/// The `type` of a graphql-ws message, read cheaply.
fn message_type(bytes: &[u8]) -> Option<&'static str> {
    #[derive(serde::Deserialize)]
    struct Typed<'a> {
        #[serde(borrow, rename = "type")]
        kind: &'a str,
    }
    let typed: Typed<'_> = serde_json::from_slice(bytes).ok()?;
    match typed.kind {
        "subscribe" => Some("subscribe"),
        "complete" => Some("complete"),
        "error" => Some("error"),
        _ => None,
    }
}

/// True for the server's `complete` or `error`: a subscription ended.
fn ends_a_subscription(text: &str) -> bool {
    text.starts_with("{\"type\":\"complete\"")
        || (text.starts_with("{\"type\":\"error\"")
            && message_type(text.as_bytes()) == Some("error"))
}

fn expiry_instant(expires_at: u64) -> tokio::time::Instant {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    tokio::time::Instant::now() + Duration::from_secs(expires_at.saturating_sub(now))
}

async fn sleep_until(at: Option<tokio::time::Instant>) {
    match at {
        Some(at) => tokio::time::sleep_until(at).await,
        None => std::future::pending().await,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_types_are_read_and_anything_else_is_none() {
        assert_eq!(
            message_type(br#"{"type":"subscribe","id":"1"}"#),
            Some("subscribe")
        );
        assert_eq!(
            message_type(br#"{"id":"1","type":"complete"}"#),
            Some("complete")
        );
        assert_eq!(message_type(br#"{"type":"ping"}"#), None);
        assert_eq!(message_type(b"nonsense"), None);
    }
}
