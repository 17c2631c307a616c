//! Events between replicas: Redis pub/sub, or Postgres `LISTEN/NOTIFY`.
//!
//! A message is `{"origin": "<replica>", "event": {...}}` on the
//! deployment's channel; a replica re-broadcasts others' messages locally
//! and skips its own. A relay that loses its connection reconnects (Redis:
//! fred; Postgres: a new `LISTEN` session after a pause); events sent
//! meanwhile are lost to it, as pub/sub promises nothing more.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use diesel::sql_types::Text;
use diesel_async::RunQueryDsl;
use fred::prelude::{Client, ClientLike, EventInterface, PubsubInterface};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;

use super::Event;
use crate::db::DbPool;
use crate::db::tls::PgConnector;

/// Pause before listening again after the `LISTEN` session ended.
const RELISTEN_PAUSE: Duration = Duration::from_secs(1);

/// Where a relay goes.
pub enum RelaySettings<'a> {
    /// One replica: no relay.
    None,
    /// `REDIS_URL`, with the deployment's namespace.
    Redis {
        url: &'a str,
        timeout: Duration,
        namespace: &'a str,
    },
    /// `LISTEN/NOTIFY` on `listen_url`, publishing through `pool`. The
    /// database is the deployment: its users are the events' subjects, so
    /// the channel needs no namespace (a command run with only
    /// `DATABASE_URL` reaches the servers).
    Postgres { listen_url: &'a str, pool: DbPool },
}

/// How this replica reaches the others.
pub enum Relay {
    None,
    Redis {
        publisher: Client,
        subscriber: Client,
        channel: String,
        origin: String,
        tasks: Mutex<Vec<tokio::task::AbortHandle>>,
    },
    Postgres {
        connector: Arc<PgConnector>,
        pool: DbPool,
        channel: String,
        origin: String,
        tasks: Mutex<Vec<tokio::task::AbortHandle>>,
    },
}

impl Drop for Relay {
    fn drop(&mut self) {
        if let Relay::Redis { tasks, .. } | Relay::Postgres { tasks, .. } = self {
            for task in tasks.get_mut().unwrap_or_else(|e| e.into_inner()) {
                task.abort();
            }
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Message {
    origin: String,
    event: Event,
}

impl Relay {
    /// A relay as `settings` say (not connected yet: it connects in the
    /// background, and startup does not wait).
    pub fn new(settings: RelaySettings<'_>) -> anyhow::Result<Self> {
        let origin = format!("{:016x}", rand::random::<u64>());
        Ok(match settings {
            RelaySettings::None => Relay::None,
            RelaySettings::Redis {
                url,
                timeout,
                namespace,
            } => {
                let publisher = crate::passage::shared_cache::redis_client(url, timeout)?;
                let subscriber = crate::passage::shared_cache::redis_client(url, timeout)?;
                let connection = publisher.connect();
                Relay::Redis {
                    publisher,
                    subscriber,
                    channel: format!("passage-graphql:v1:{namespace}:events"),
                    origin,
                    tasks: Mutex::new(vec![connection.abort_handle()]),
                }
            }
            RelaySettings::Postgres { listen_url, pool } => Relay::Postgres {
                connector: Arc::new(PgConnector::new(listen_url)?),
                pool,
                channel: CHANNEL.to_owned(),
                origin,
                tasks: Mutex::new(Vec::new()),
            },
        })
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Relay::None => "none",
            Relay::Redis { .. } => "redis",
            Relay::Postgres { .. } => "postgres",
        }
    }

    /// Starts hearing the other replicas, handing their events to `local`.
    pub(super) fn deliver_to(&self, local: broadcast::Sender<Arc<Event>>) {
        match self {
            Relay::None => {}
            Relay::Redis {
                subscriber,
                channel,
                origin,
                tasks,
                ..
            } => {
                let task = listen_redis(subscriber.clone(), channel.clone(), origin.clone(), local);
                tasks.lock().unwrap_or_else(|e| e.into_inner()).push(task);
            }
            Relay::Postgres {
                connector,
                channel,
                origin,
                tasks,
                ..
            } => {
                let task =
                    listen_postgres(connector.clone(), channel.clone(), origin.clone(), local);
                tasks.lock().unwrap_or_else(|e| e.into_inner()).push(task);
            }
        }
    }

    /// Sends `event` to the other replicas.
    pub(super) async fn publish(&self, event: &Event) {
        let (origin, outcome) = match self {
            Relay::None => return,
            Relay::Redis {
                publisher,
                channel,
                origin,
                ..
            } => {
                let text = encode(origin, event);
                let sent = tokio::time::timeout(
                    Duration::from_secs(2),
                    publisher.publish::<i64, _, _>(channel.as_str(), text),
                )
                .await;
                (origin, matches!(sent, Ok(Ok(_))))
            }
            Relay::Postgres {
                pool,
                channel,
                origin,
                ..
            } => {
                let text = encode(origin, event);
                let sent = match crate::db::conn(pool).await {
                    Ok(mut conn) => diesel::sql_query("SELECT pg_notify($1, $2)")
                        .bind::<Text, _>(channel.as_str())
                        .bind::<Text, _>(text)
                        .execute(&mut *conn)
                        .await
                        .is_ok(),
                    Err(_) => false,
                };
                (origin, sent)
            }
        };
        if !outcome {
            tracing::warn!(
                relay = self.kind(),
                origin = origin.as_str(),
                "a live-update event could not reach the other replicas; their subscribers miss it"
            );
        }
    }
}

/// The `NOTIFY` channel.
const CHANNEL: &str = "passage_graphql_events";

fn encode(origin: &str, event: &Event) -> String {
    serde_json::to_string(&Message {
        origin: origin.to_owned(),
        event: event.clone(),
    })
    .expect("events serialise")
}

/// Another replica's event in `text`; `None` for ours and for anything
/// unreadable.
fn decode(text: &str, origin: &str) -> Option<Event> {
    let message: Message = serde_json::from_str(text).ok()?;
    (message.origin != origin).then_some(message.event)
}

fn listen_redis(
    subscriber: Client,
    channel: String,
    origin: String,
    local: broadcast::Sender<Arc<Event>>,
) -> tokio::task::AbortHandle {
    tokio::spawn(async move {
        let mut messages = subscriber.message_rx();
        let mut connections = subscriber.reconnect_rx();
        let _connection = subscriber.connect();
        loop {
            tokio::select! {
                connected = connections.recv() => {
                    if connected.is_err() && matches!(connected, Err(broadcast::error::RecvError::Closed)) {
                        return;
                    }
                    while subscriber.subscribe(channel.as_str()).await.is_err() {
                        tokio::time::sleep(RELISTEN_PAUSE).await;
                    }
                }
                message = messages.recv() => match message {
                    Ok(message) => {
                        if let Some(event) = message.value.as_str().and_then(|t| decode(&t, &origin)) {
                            let _ = local.send(Arc::new(event));
                        }
                    }
                    Err(broadcast::error::RecvError::Lagged(_)) => {}
                    Err(broadcast::error::RecvError::Closed) => return,
                },
            }
        }
    })
    .abort_handle()
}

fn listen_postgres(
    connector: Arc<PgConnector>,
    channel: String,
    origin: String,
    local: broadcast::Sender<Arc<Event>>,
) -> tokio::task::AbortHandle {
    tokio::spawn(async move {
        loop {
            match connector.listen(&channel).await {
                Ok((_client, mut notes)) => {
                    while let Some(text) = notes.recv().await {
                        if let Some(event) = decode(&text, &origin) {
                            let _ = local.send(Arc::new(event));
                        }
                    }
                    tracing::info!("the live-update LISTEN session ended; listening again");
                }
                Err(err) => {
                    tracing::warn!(%err, "cannot LISTEN for live-update events now; trying again");
                }
            }
            tokio::time::sleep(RELISTEN_PAUSE).await;
        }
    })
    .abort_handle()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replica_skips_its_own_messages_and_reads_the_others() {
        let text = encode("aaa", &Event::UserChanged { user: 7 });
        assert_eq!(decode(&text, "aaa"), None);
        assert_eq!(decode(&text, "bbb"), Some(Event::UserChanged { user: 7 }));
        assert_eq!(decode("not json", "bbb"), None);
    }
}
