//! The open graphql-ws sockets of this replica: how many, by user (a
//! bound), how many subscriptions, and the signal that closes them all at
//! shutdown.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, Ordering};

use tokio::sync::watch;

/// Default most sockets one identity may hold open on one replica
/// (`LIVE_MAX_SOCKETS_PER_USER`).
pub const MAX_SOCKETS_PER_USER: usize = 16;
/// Most subscriptions one socket may run at once.
pub const MAX_SUBSCRIPTIONS_PER_SOCKET: usize = 32;

/// This replica's sockets.
pub struct Sockets {
    per_identity: Mutex<HashMap<String, usize>>,
    max_per_identity: usize,
    open: AtomicI64,
    subscriptions: AtomicI64,
    closing: watch::Sender<bool>,
}

impl Default for Sockets {
    fn default() -> Self {
        Self::new(MAX_SOCKETS_PER_USER)
    }
}

impl Sockets {
    /// Sockets, at most `max_per_identity` for one identity.
    pub fn new(max_per_identity: usize) -> Self {
        Self {
            max_per_identity: max_per_identity.max(1),
            per_identity: Mutex::default(),
            open: AtomicI64::new(0),
            subscriptions: AtomicI64::new(0),
            closing: watch::channel(false).0,
        }
    }
}

/// One identity's place among the open sockets; given back when dropped.
pub struct SocketSlot<'a> {
    sockets: &'a Sockets,
    key: String,
}

impl Drop for SocketSlot<'_> {
    fn drop(&mut self) {
        let mut held = self
            .sockets
            .per_identity
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(n) = held.get_mut(&self.key) {
            *n -= 1;
            if *n == 0 {
                held.remove(&self.key);
            }
        }
    }
}

/// A socket counted as open until dropped.
pub struct OpenSocket<'a>(&'a Sockets);

impl Drop for OpenSocket<'_> {
    fn drop(&mut self) {
        self.0.open.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Sockets {
    /// Counts a socket as open.
    pub fn open(&self) -> OpenSocket<'_> {
        self.open.fetch_add(1, Ordering::Relaxed);
        OpenSocket(self)
    }

    /// Whether `identity` may open one more socket now.
    pub fn has_room(&self, identity: &str) -> bool {
        let held = self.per_identity.lock().unwrap_or_else(|e| e.into_inner());
        held.get(identity).copied().unwrap_or(0) < self.max_per_identity
    }

    /// A place for one more socket of `identity`, or `None` when it holds
    /// the most it may already.
    pub fn take_slot(&self, identity: &str) -> Option<SocketSlot<'_>> {
        let mut held = self.per_identity.lock().unwrap_or_else(|e| e.into_inner());
        let n = held.entry(identity.to_owned()).or_default();
        if *n >= self.max_per_identity {
            return None;
        }
        *n += 1;
        Some(SocketSlot {
            sockets: self,
            key: identity.to_owned(),
        })
    }

    /// `delta` subscriptions started (or, negative, ended).
    pub fn count_subscriptions(&self, delta: i64) {
        self.subscriptions.fetch_add(delta, Ordering::Relaxed);
    }

    /// Open sockets, for `/metrics`.
    pub fn open_count(&self) -> i64 {
        self.open.load(Ordering::Relaxed)
    }

    /// Running subscriptions, for `/metrics`.
    pub fn subscription_count(&self) -> i64 {
        self.subscriptions.load(Ordering::Relaxed)
    }

    /// Told when the server shuts down.
    pub fn closing(&self) -> watch::Receiver<bool> {
        self.closing.subscribe()
    }

    /// Closes every socket (1001), after what each is sending.
    pub fn close_all(&self) {
        let _ = self.closing.send(true);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_identity_holds_a_bounded_number_of_sockets_and_gives_them_back() {
        let sockets = Sockets::default();
        let held: Vec<_> = (0..MAX_SOCKETS_PER_USER)
            .map(|_| sockets.take_slot("a").unwrap())
            .collect();
        assert!(sockets.take_slot("a").is_none());
        assert!(sockets.take_slot("b").is_some());
        drop(held);
        assert!(sockets.take_slot("a").is_some());
    }
}
