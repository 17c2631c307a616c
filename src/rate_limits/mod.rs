//! Request budgets for `/graphql`: at most `RATE_LIMIT_USER_PER_MINUTE`
//! requests per user and `RATE_LIMIT_IP_PER_MINUTE` per client address, each
//! off unless set.
//!
//! A budget is a fixed window of one minute that starts with its key's first
//! request: the count is kept under the key until the window ends, and a
//! request over the limit is told how long that is (`Retry-After`).
//!
//! Keys (`RateKey`): a user is their local user ID once their identity
//! leads to one (so every token, and every identity of a user moving between
//! providers, draws on one budget), else the issuer and subject; an address
//! is the peer's IPv4 address, or the /64 of an IPv6 one (one host usually
//! holds a whole /64).
//!
//! Where counts live: in Redis when `REDIS_URL` is set (`redis`), so the
//! replicas share each budget; else, and whenever Redis fails, in this
//! process (`memory`), in a map of bounded size. Redis never fails a
//! request: a failed call is counted, logged now and then, and the request
//! is counted here instead.

mod local_ids;
mod memory;
mod redis;

use std::net::IpAddr;
use std::num::NonZeroU32;
use std::time::Duration;

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::registry::Registry;

use crate::db::users::UserRepo;
use crate::identity::Identity;
use crate::observability::metrics::RateLimitLabels;
use crate::passage::shared_cache::BadRedisUrl;
use local_ids::LocalIds;
use memory::MemoryWindows;
use redis::RedisWindows;

/// How long one budget lasts.
pub const WINDOW: Duration = Duration::from_secs(60);

/// The two limits, requests per minute (`None`: off).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RateLimitSettings {
    pub user_per_minute: Option<NonZeroU32>,
    pub ip_per_minute: Option<NonZeroU32>,
}

impl RateLimitSettings {
    pub fn is_off(&self) -> bool {
        self.user_per_minute.is_none() && self.ip_per_minute.is_none()
    }
}

/// Where the replicas share their counts.
pub struct SharedCounts<'a> {
    /// `REDIS_URL`.
    pub url: &'a str,
    /// `REDIS_TIMEOUT_MS`.
    pub timeout: Duration,
    /// Keeps deployments sharing one Redis apart, as the profile cache's
    /// keys are (the Passage app ID, else `providers`).
    pub namespace: &'a str,
}

/// Which budget a request went over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LimitKind {
    User,
    Ip,
}

impl LimitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::User => "user",
            Self::Ip => "ip",
        }
    }
}

/// A request over its budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limited {
    pub kind: LimitKind,
    /// Until the budget is renewed.
    pub retry_after: Duration,
}

/// Whose budget a request draws on. Small, and holds no subject or address
/// in full where a digest will do, so that a flood of keys costs little.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum RateKey {
    /// A local user.
    User(i64),
    /// An identity that leads to no local user (yet): a digest of its
    /// issuer and subject.
    Identity([u8; 16]),
    /// A client address (IPv6: its /64).
    Ip(IpAddr),
}

impl RateKey {
    fn identity(identity: &Identity) -> Self {
        use aws_lc_rs::digest::{SHA256, digest};
        let text = match identity {
            Identity::Passage(id) => format!("passage\0{id}"),
            Identity::Issuer { issuer, subject } => format!("issuer\0{issuer}\0{subject}"),
        };
        let mut short = [0u8; 16];
        short.copy_from_slice(&digest(&SHA256, text.as_bytes()).as_ref()[..16]);
        Self::Identity(short)
    }

    fn ip(ip: IpAddr) -> Self {
        let ip = match ip {
            IpAddr::V4(v4) => IpAddr::V4(v4),
            IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
                Some(v4) => IpAddr::V4(v4),
                None => {
                    let prefix = u128::from(v6) & !u128::from(u64::MAX);
                    IpAddr::V6(prefix.into())
                }
            },
        };
        Self::Ip(ip)
    }

    /// The key's name in Redis (after the deployment's prefix).
    fn redis_name(&self) -> String {
        match self {
            Self::User(id) => format!("user:{id}"),
            Self::Identity(digest) => {
                let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
                format!("identity:{hex}")
            }
            Self::Ip(ip) => format!("ip:{ip}"),
        }
    }
}

/// A budget's state after counting one request.
#[derive(Debug, Clone, Copy)]
struct Hit {
    /// Requests in the window, this one included.
    count: u64,
    /// Until the window ends.
    resets_in: Duration,
}

/// The limits, their counts and the `rate_limited_requests_total` counters;
/// one per app.
pub struct RateLimits {
    settings: RateLimitSettings,
    memory: MemoryWindows,
    redis: Option<RedisWindows>,
    /// The local user of an identity (with the user limit on).
    local_ids: Option<LocalIds>,
    limited: Family<RateLimitLabels, Counter>,
    limited_user: Counter,
    limited_ip: Counter,
}

impl RateLimits {
    /// Limits as `settings` says; with `shared`, counted in Redis. Does not
    /// wait for Redis (its client connects in the background).
    pub fn new(
        settings: RateLimitSettings,
        repo: &UserRepo,
        shared: Option<SharedCounts<'_>>,
    ) -> Result<Self, BadRedisUrl> {
        let redis = match shared {
            Some(shared) if !settings.is_off() => Some(RedisWindows::connect(&shared)?),
            _ => None,
        };
        let limited = Family::<RateLimitLabels, Counter>::default();
        let counter = |kind: LimitKind| {
            limited
                .get_or_create(&RateLimitLabels {
                    kind: kind.as_str(),
                })
                .clone()
        };
        Ok(Self {
            settings,
            memory: MemoryWindows::default(),
            redis,
            local_ids: settings
                .user_per_minute
                .map(|_| LocalIds::new(repo.clone())),
            limited_user: counter(LimitKind::User),
            limited_ip: counter(LimitKind::Ip),
            limited,
        })
    }

    pub fn settings(&self) -> RateLimitSettings {
        self.settings
    }

    /// Whether the counts go to Redis now: `connected` or `disconnected`
    /// (`None`: they are never shared).
    pub fn redis_status(&self) -> Option<&'static str> {
        let redis = self.redis.as_ref()?;
        Some(if redis.is_connected() {
            "connected"
        } else {
            "disconnected"
        })
    }

    /// Counts a request from `ip` (with the address limit on).
    pub async fn check_ip(&self, ip: IpAddr) -> Result<(), Limited> {
        let Some(limit) = self.settings.ip_per_minute else {
            return Ok(());
        };
        self.check(LimitKind::Ip, &RateKey::ip(ip), limit).await
    }

    /// Counts a request of the signed-in `identity` (with the user limit
    /// on), under their local user when they have one.
    pub async fn check_user(&self, identity: &Identity) -> Result<(), Limited> {
        let (Some(limit), Some(local_ids)) = (self.settings.user_per_minute, &self.local_ids)
        else {
            return Ok(());
        };
        let key = match local_ids.user_id(identity).await {
            Some(id) => RateKey::User(id),
            None => RateKey::identity(identity),
        };
        self.check(LimitKind::User, &key, limit).await
    }

    async fn check(
        &self,
        kind: LimitKind,
        key: &RateKey,
        limit: NonZeroU32,
    ) -> Result<(), Limited> {
        let shared = match &self.redis {
            Some(redis) => redis.hit(key).await,
            None => None,
        };
        let hit = shared.unwrap_or_else(|| self.memory.hit(key));
        if hit.count <= u64::from(limit.get()) {
            return Ok(());
        }
        match kind {
            LimitKind::User => &self.limited_user,
            LimitKind::Ip => &self.limited_ip,
        }
        .inc();
        tracing::debug!(
            kind = kind.as_str(),
            retry_after_ms = hit.resets_in.as_millis() as u64,
            "request over its rate limit"
        );
        Err(Limited {
            kind,
            retry_after: hit.resets_in,
        })
    }

    /// Puts `rate_limited_requests_total` (and, with Redis,
    /// `rate_limit_redis_errors_total`) on `registry`.
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "rate_limited_requests",
            "Requests refused with 429 for going over a rate limit, by kind (user, ip)",
            self.limited.clone(),
        );
        if let Some(redis) = &self.redis {
            registry.register(
                "rate_limit_redis_errors",
                "Redis calls of the rate limits that failed or timed out (the request was counted in this replica instead)",
                redis.errors().clone(),
            );
        }
    }

    /// The in-process windows' settling work (evictions), on the caches' timer.
    pub fn run_pending_tasks(&self) {
        self.memory.run_pending_tasks();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::{Ipv4Addr, Ipv6Addr};

    #[test]
    fn an_ipv6_host_is_counted_by_its_64() {
        let a: Ipv6Addr = "2001:db8:1:2:aaaa::1".parse().unwrap();
        let b: Ipv6Addr = "2001:db8:1:2:bbbb::9".parse().unwrap();
        let other: Ipv6Addr = "2001:db8:1:3::1".parse().unwrap();
        assert_eq!(RateKey::ip(a.into()), RateKey::ip(b.into()));
        assert_ne!(RateKey::ip(a.into()), RateKey::ip(other.into()));
        assert_eq!(RateKey::ip(a.into()).redis_name(), "ip:2001:db8:1:2::");
    }

    #[test]
    fn an_ipv4_mapped_address_is_its_ipv4() {
        let v4 = Ipv4Addr::new(192, 0, 2, 7);
        assert_eq!(
            RateKey::ip(v4.to_ipv6_mapped().into()),
            RateKey::ip(v4.into())
        );
    }
}
