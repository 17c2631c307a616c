//! Looking users up by Passage ID, batched across requests.
//!
//! Nearly every request asks for its viewer's record first, one row by
//! `passage_id`. Under load, these lookups are gathered: at most
//! [`PassageLookups::in_flight`] queries run at a time, and the lookups that
//! arrive while they run go together into the next one
//! (`passage_id = ANY($1)`). An idle server adds no wait: a lookup with a
//! free slot starts its query at once.
//!
//! A lookup only ever joins a query that has not been sent yet, so it sees
//! every write committed before it was asked for, as a query of its own
//! would.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use tokio::sync::oneshot;
use tracing::Instrument;

use super::DbError;
use super::user::User;
use crate::identity::PassageUserId;

/// Most Passage IDs in one query.
const MAX_BATCH: usize = 256;

type Reply = oneshot::Sender<Result<Option<User>, DbError>>;

/// Gathers lookups by Passage ID into batched queries; cheap to share.
pub struct PassageLookups {
    state: Mutex<State>,
    in_flight: usize,
}

#[derive(Default)]
struct State {
    waiting: Vec<(PassageUserId, Reply)>,
    running: usize,
}

impl PassageLookups {
    /// Up to `in_flight` queries at a time (at least one).
    pub fn new(in_flight: usize) -> Self {
        Self {
            state: Mutex::default(),
            in_flight: in_flight.max(1),
        }
    }

    /// The user with this Passage ID, if they registered.
    /// `fetch` answers a batch: the users among those Passage IDs.
    pub async fn find<F, Fut>(
        self: &Arc<Self>,
        id: &PassageUserId,
        fetch: F,
    ) -> Result<Option<User>, DbError>
    where
        F: Fn(Vec<PassageUserId>) -> Fut + Send + Sync + 'static,
        Fut: Future<Output = Result<Vec<User>, DbError>> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        let batch = {
            let mut state = self.state.lock().unwrap();
            state.waiting.push((id.clone(), reply));
            (state.running < self.in_flight).then(|| {
                state.running += 1;
                take_batch(&mut state.waiting)
            })
        };
        if let Some(batch) = batch {
            let slot = Slot(self.clone());
            tokio::spawn(slot.run(fetch, batch).in_current_span());
        }
        answer
            .await
            .unwrap_or_else(|_| Err(DbError::Unavailable("the lookup was abandoned".into())))
    }
}

fn take_batch(waiting: &mut Vec<(PassageUserId, Reply)>) -> Vec<(PassageUserId, Reply)> {
    let rest = waiting.split_off(waiting.len().min(MAX_BATCH));
    std::mem::replace(waiting, rest)
}

/// One running query slot; given back when dropped, even by a panic.
struct Slot(Arc<PassageLookups>);

impl Slot {
    /// Answers `batch`, then whatever gathered meanwhile, until none waits.
    async fn run<F, Fut>(self, fetch: F, mut batch: Vec<(PassageUserId, Reply)>)
    where
        F: Fn(Vec<PassageUserId>) -> Fut + Sync,
        Fut: Future<Output = Result<Vec<User>, DbError>>,
    {
        loop {
            answer(&fetch, batch).await;
            let mut state = self.0.state.lock().unwrap();
            if state.waiting.is_empty() {
                return;
            }
            batch = take_batch(&mut state.waiting);
        }
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.state.lock().unwrap().running -= 1;
    }
}

async fn answer<F, Fut>(fetch: &F, batch: Vec<(PassageUserId, Reply)>)
where
    F: Fn(Vec<PassageUserId>) -> Fut,
    Fut: Future<Output = Result<Vec<User>, DbError>>,
{
    let ids = batch.iter().map(|(id, _)| id.clone()).collect();
    match fetch(ids).await {
        Ok(users) => {
            let by_id: HashMap<PassageUserId, User> = users
                .into_iter()
                .filter_map(|user| Some((user.passage_id.clone()?, user)))
                .collect();
            for (id, reply) in batch {
                // A Passage ID asked twice in one batch gets its row twice.
                let user = by_id.get(&id).cloned();
                let _ = reply.send(Ok(user));
            }
        }
        Err(err) => {
            for (_, reply) in batch {
                let _ = reply.send(Err(err.replicate()));
            }
        }
    }
}
