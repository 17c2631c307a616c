//! Announcements of changed profiles, and what a replica does with them.
//!
//! A write publishes `"{origin} {user id}"` on the app's channel, in the
//! script that stores it. Every replica listens on a connection of its own
//! and, on another replica's announcement, drops its local copy of that user
//! (which also stops a read under way from putting the old profile back).
//! Announcements sent while a listener is disconnected are lost to it, so on
//! every (re)subscription, and whenever it fell behind, the replica drops
//! all its local copies.

use std::future::Future;
use std::sync::{Arc, RwLock};

use futures::future::BoxFuture;
use std::time::Duration;

use fred::prelude::{Client, ClientLike, EventInterface, PubsubInterface};
use fred::types::Message;
use tokio::sync::broadcast::error::RecvError;
use tokio::task::JoinHandle;

use super::health::Health;
use crate::identity::PassageUserId;

/// Pause between two attempts to subscribe.
const RESUBSCRIBE_PAUSE: Duration = Duration::from_secs(1);

/// A replica's first-level cache, as the announcements reach it.
pub trait LocalCopies: Send + Sync + 'static {
    /// Another replica changed this user: the local copy, and any read under
    /// way, may be older.
    fn forget(&self, id: &PassageUserId) -> impl Future<Output = ()> + Send;

    /// Announcements may have been missed: every local copy may be old.
    fn forget_all(&self) -> impl Future<Output = ()> + Send;
}

/// No first level to tell: Redis shared for other providers' profiles only
/// (no Passage configured), whose entries are never announced.
pub struct NoLocalCopies;

impl LocalCopies for NoLocalCopies {
    async fn forget(&self, _: &PassageUserId) {}

    async fn forget_all(&self) {}
}

/// Drops this replica's copy of one entry (`Some(id)`), or of all.
pub type ForgetEntry = Arc<dyn Fn(Option<String>) -> BoxFuture<'static, ()> + Send + Sync>;

/// Other providers' profiles (Clerk's) kept by this replica, by kind, as
/// announcements of their changes reach them: each kind's cache registers
/// how to drop its copies.
#[derive(Default)]
pub struct EntryCopies(RwLock<Vec<(Arc<str>, ForgetEntry)>>);

impl EntryCopies {
    /// `forget` drops `kind`'s copies.
    pub fn register(&self, kind: Arc<str>, forget: ForgetEntry) {
        self.0
            .write()
            .unwrap_or_else(|e| e.into_inner())
            .push((kind, forget));
    }

    async fn forget(&self, kind: &str, id: String) {
        let forget = self
            .0
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .find(|(k, _)| &**k == kind)
            .map(|(_, f)| f.clone());
        if let Some(forget) = forget {
            forget(Some(id)).await;
        }
    }

    async fn forget_all(&self) {
        let all: Vec<ForgetEntry> = self
            .0
            .read()
            .unwrap_or_else(|e| e.into_inner())
            .iter()
            .map(|(_, f)| f.clone())
            .collect();
        for forget in all {
            forget(None).await;
        }
    }
}

/// The announcement of a changed entry: `"{origin} entry\t{kind}\t{id}"`
/// (a Passage announcement is `"{origin} {user id}"`, and no Passage ID
/// holds a tab).
pub(super) fn entry_announcement(origin: &str, kind: &str, id: &str) -> String {
    format!("{origin} entry\t{kind}\t{id}")
}

/// The entry another replica changed, as `(kind, id)`.
fn entry_changed_elsewhere(message: &Message, origin: &str) -> Option<(String, String)> {
    let text = message.value.as_str()?;
    let (from, rest) = text.split_once(' ')?;
    if from == origin {
        return None;
    }
    let mut parts = rest.strip_prefix("entry\t")?.splitn(2, '\t');
    let kind = parts.next()?.to_owned();
    let id = parts.next()?.to_owned();
    Some((kind, id))
}

/// Connects `subscriber` and hands announcements to `local` (Passage's
/// profiles) and `entries` (other providers') until aborted (which also
/// closes the connection).
pub(super) fn listen(
    subscriber: Client,
    channel: String,
    origin: String,
    health: Arc<Health>,
    local: impl LocalCopies,
    entries: Arc<EntryCopies>,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        // Both receivers exist before the first connection, so its event
        // is not missed.
        let mut messages = subscriber.message_rx();
        let mut connections = subscriber.reconnect_rx();
        let _connection = AbortOnDrop(subscriber.connect().abort_handle());
        loop {
            tokio::select! {
                connected = connections.recv() => match connected {
                    Ok(_) | Err(RecvError::Lagged(_)) => {
                        health.set_listening(false);
                        subscribe(&subscriber, &channel, &health).await;
                        local.forget_all().await;
                        entries.forget_all().await;
                        health.set_listening(true);
                    }
                    Err(RecvError::Closed) => return,
                },
                message = messages.recv() => match message {
                    Ok(message) => {
                        if let Some(id) = changed_elsewhere(&message, &origin) {
                            health.count_invalidation();
                            local.forget(&id).await;
                        } else if let Some((kind, id)) = entry_changed_elsewhere(&message, &origin) {
                            health.count_invalidation();
                            entries.forget(&kind, id).await;
                        }
                    }
                    Err(RecvError::Lagged(_)) => {
                        local.forget_all().await;
                        entries.forget_all().await;
                    }
                    Err(RecvError::Closed) => return,
                },
            }
        }
    })
}

/// Subscribes on a fresh connection, trying again until it works.
async fn subscribe(subscriber: &Client, channel: &str, health: &Health) {
    loop {
        match tokio::time::timeout(CONNECT_WAIT, subscriber.subscribe(channel)).await {
            Ok(Ok(())) => {
                health.succeeded();
                return;
            }
            Ok(Err(err)) => health.failed("SUBSCRIBE", &err),
            Err(_) => health.failed("SUBSCRIBE", &"timed out"),
        }
        tokio::time::sleep(RESUBSCRIBE_PAUSE).await;
    }
}

/// Longest one `SUBSCRIBE` may wait (fred's command timeout applies first).
const CONNECT_WAIT: Duration = Duration::from_secs(5);

/// The user another replica changed; `None` for this replica's own
/// announcements and for anything unreadable.
fn changed_elsewhere(message: &Message, origin: &str) -> Option<PassageUserId> {
    let text = message.value.as_str()?;
    let (from, id) = text.split_once(' ')?;
    if from == origin {
        return None;
    }
    PassageUserId::parse(id).ok()
}

struct AbortOnDrop(tokio::task::AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}
