//! The write path: an update replaces the user's fence before its Passage
//! call, and after it stores the answer (or drops the entry), replaces the
//! fence again and announces the change, in one script. Redis not taking
//! the second step leaves an invalidation to retry in the background.

use std::time::Duration;

use fred::prelude::{Expiration, KeysInterface, LuaInterface};

use super::{SharedCache, encode, millis, millis_i64, new_fence};
use crate::identity::PassageUserId;
use crate::passage::model::PassageUser;

/// Ends a write: a new fence; the new profile when no other write began
/// since this one's fence (else, or without a profile, none); the
/// announcement. KEYS: profile, fence. ARGV: the write's first fence
/// ('' = not set), new fence, fence TTL in ms, entry ('' = none), TTL in ms,
/// channel, message.
const FINISH_WRITE: &str = r"
local current = redis.call('GET', KEYS[2])
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
if ARGV[4] ~= '' and ARGV[1] ~= '' and current == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[4], 'PX', ARGV[5])
else
  redis.call('DEL', KEYS[1])
end
redis.call('PUBLISH', ARGV[6], ARGV[7])
return 1
";

/// A write under way: the fence it set before calling Passage, if Redis took it.
#[derive(Debug)]
pub struct WriteTicket(Option<String>);

impl SharedCache {
    /// Before a write's Passage call: a new fence, so that no read under way
    /// stores its older answer, and so that the write can tell whether
    /// another one began before it ends.
    pub async fn begin_write(&self, id: &PassageUserId) -> WriteTicket {
        let inner = &self.0;
        let fence = new_fence();
        let set = inner.client.set::<(), _, _>(
            inner.keys.fence(id),
            fence.as_str(),
            Some(Expiration::PX(millis_i64(inner.fence_ttl))),
            None,
            false,
        );
        WriteTicket(self.call("SET", set).await.map(|()| fence))
    }

    /// After a write's Passage call: stores its answer (`None`: the call
    /// failed, drop the entry) and tells the other replicas. When Redis does
    /// not take it, an invalidation is retried in the background.
    pub async fn finish_write(
        &self,
        id: &PassageUserId,
        ticket: WriteTicket,
        user: Option<&PassageUser>,
    ) {
        let entry = user.and_then(encode).unwrap_or_default();
        if self
            .run_finish(id, ticket.0.unwrap_or_default(), entry)
            .await
        {
            return;
        }
        let shared = self.clone();
        let id = id.clone();
        tokio::spawn(async move { shared.retry_invalidation(id).await });
    }

    async fn run_finish(&self, id: &PassageUserId, first_fence: String, entry: String) -> bool {
        let inner = &self.0;
        let keys = vec![inner.keys.profile(id), inner.keys.fence(id)];
        let args = vec![
            first_fence,
            new_fence(),
            millis(inner.fence_ttl),
            entry,
            millis(inner.ttl),
            inner.keys.channel(),
            format!("{} {id}", inner.origin),
        ];
        let done: Option<i64> = self
            .call("EVAL", inner.client.eval(FINISH_WRITE, keys, args))
            .await;
        done.is_some()
    }

    /// Drops `id`'s entry and announces it, until Redis takes it or an
    /// entry written before the change would have expired anyway.
    async fn retry_invalidation(&self, id: PassageUserId) {
        let give_up = tokio::time::Instant::now() + self.0.fence_ttl;
        let mut pause = Duration::from_millis(250);
        while tokio::time::Instant::now() + pause < give_up {
            tokio::time::sleep(pause).await;
            if self.run_finish(&id, String::new(), String::new()).await {
                return;
            }
            pause = (pause * 2).min(Duration::from_secs(5));
        }
    }
}
