//! Live updates' events: what changed, by ID only, published by whatever
//! changed it and heard by every replica's subscribers, who each resolve
//! the data under their own viewer's rights.
//!
//! In a replica, events go through one `tokio::sync::broadcast` channel; a
//! subscriber that falls more than [`CAPACITY`] events behind misses the
//! oldest (it is told, and a live query stays correct on its next event).
//! Between replicas they go through Redis pub/sub when `REDIS_URL` is set,
//! else Postgres `LISTEN/NOTIFY` on a session of its own
//! (`DATABASE_LISTEN_URL`, else `DATABASE_URL`: a direct or session-mode
//! connection, never a transaction pooler). Each replica hears its own
//! events locally at once and skips them on the way back.

mod relay;
pub mod sockets;

use std::sync::Arc;

use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

pub use relay::{Relay, RelaySettings};
pub use sockets::Sockets;

/// Events one replica keeps for a slow subscriber.
pub const CAPACITY: usize = 1024;

/// Something changed; IDs only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Event {
    /// A user's record or provider-owned fields changed.
    UserChanged { user: i64 },
    /// A user registered.
    UserRegistered { user: i64 },
    /// Everything a user signed in with stops now: their sockets close. By
    /// local user, or by identity (a user the provider deleted before any
    /// local record).
    SignedOut {
        user: Option<i64>,
        issuer: Option<String>,
        subject: Option<String>,
    },
    /// An app's own event: `topic` and the ID of what changed.
    App { topic: String, id: String },
}

/// Publishes and hears events; cheap to clone.
#[derive(Clone)]
pub struct EventBus(Arc<Inner>);

struct Inner {
    local: broadcast::Sender<Arc<Event>>,
    relay: Relay,
}

impl Default for EventBus {
    fn default() -> Self {
        Self::new(Relay::None)
    }
}

impl EventBus {
    /// A bus whose events also go to the other replicas through `relay`,
    /// and theirs come here.
    pub fn new(relay: Relay) -> Self {
        let bus = Self::publisher(relay);
        bus.0.relay.deliver_to(bus.0.local.clone());
        bus
    }

    /// A bus that only sends (a command run beside the servers): it hears
    /// nobody, so it opens no listening session.
    pub fn publisher(relay: Relay) -> Self {
        let (local, _) = broadcast::channel(CAPACITY);
        Self(Arc::new(Inner { local, relay }))
    }

    /// Events from now on, in this replica and the others.
    pub fn subscribe(&self) -> broadcast::Receiver<Arc<Event>> {
        self.0.local.subscribe()
    }

    /// Tells this replica's subscribers at once, and the other replicas'
    /// through the relay (a relay that fails is logged: the change itself
    /// stands).
    pub async fn publish(&self, event: Event) {
        self.0.relay.publish(&event).await;
        // No subscriber is not an error.
        let _ = self.0.local.send(Arc::new(event));
    }

    /// How the bus reaches the other replicas (`none`, `redis`, `postgres`).
    pub fn relay_kind(&self) -> &'static str {
        self.0.relay.kind()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn subscribers_hear_what_is_published_after_they_subscribe() {
        let bus = EventBus::default();
        let mut early = bus.subscribe();
        bus.publish(Event::UserChanged { user: 1 }).await;
        let mut late = bus.subscribe();
        bus.publish(Event::UserRegistered { user: 2 }).await;
        assert_eq!(*early.recv().await.unwrap(), Event::UserChanged { user: 1 });
        assert_eq!(
            *early.recv().await.unwrap(),
            Event::UserRegistered { user: 2 }
        );
        assert_eq!(
            *late.recv().await.unwrap(),
            Event::UserRegistered { user: 2 }
        );
    }

    #[test]
    fn events_travel_as_small_json() {
        let event = Event::SignedOut {
            user: Some(3),
            issuer: None,
            subject: None,
        };
        let text = serde_json::to_string(&event).unwrap();
        assert_eq!(
            text,
            r#"{"kind":"signed_out","user":3,"issuer":null,"subject":null}"#
        );
        assert_eq!(serde_json::from_str::<Event>(&text).unwrap(), event);
    }
}
