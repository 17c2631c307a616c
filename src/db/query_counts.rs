//! How many queries of each kind the server sent, for `/metrics`
//! (`db_queries_total{query="..."}`): an operator sees what a workload costs
//! Postgres, and a test sees that a query was, or was not, made.

use std::fmt::Write;
use std::sync::atomic::{AtomicU64, Ordering};

/// The queries [`UserRepo`](super::users::UserRepo) makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Query {
    FindByIdentity,
    ListIdentities,
    FindById,
    ListUsers,
    CountUsers,
    Register,
    UpdateName,
    Delete,
    SetRole,
    Link,
    Snapshot,
    IdentityStatus,
}

impl Query {
    const ALL: [Query; 12] = [
        Query::FindByIdentity,
        Query::ListIdentities,
        Query::FindById,
        Query::ListUsers,
        Query::CountUsers,
        Query::Register,
        Query::UpdateName,
        Query::Delete,
        Query::SetRole,
        Query::Link,
        Query::Snapshot,
        Query::IdentityStatus,
    ];

    /// The metric label.
    pub fn label(self) -> &'static str {
        match self {
            Query::FindByIdentity => "find_user_by_identity",
            Query::ListIdentities => "list_identities",
            Query::FindById => "find_user_by_id",
            Query::ListUsers => "list_users",
            Query::CountUsers => "count_users",
            Query::Register => "register_user",
            Query::UpdateName => "update_user_name",
            Query::Delete => "delete_user",
            Query::SetRole => "set_user_role",
            Query::Link => "link_identity",
            Query::Snapshot => "passage_snapshot",
            Query::IdentityStatus => "identity_status",
        }
    }
}

/// Counters, one per [`Query`].
#[derive(Debug, Default)]
pub struct QueryCounts {
    counts: [AtomicU64; Query::ALL.len()],
    /// Connections not had in time (pool saturated or database down).
    pool_timeouts: AtomicU64,
    /// Users looked up by Passage ID; several share a query under load
    /// (`find_user_by_identity`).
    passage_lookups: AtomicU64,
}

impl QueryCounts {
    pub fn record(&self, query: Query) {
        self.counts[query as usize].fetch_add(1, Ordering::Relaxed);
    }

    pub fn record_passage_lookup(&self) {
        self.passage_lookups.fetch_add(1, Ordering::Relaxed);
    }

    pub fn record_pool_timeout(&self) {
        self.pool_timeouts.fetch_add(1, Ordering::Relaxed);
    }

    pub fn get(&self, query: Query) -> u64 {
        self.counts[query as usize].load(Ordering::Relaxed)
    }

    /// The counters in the Prometheus text format.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# HELP db_queries_total Queries sent to Postgres, by query.\n\
             # TYPE db_queries_total counter\n",
        );
        for query in Query::ALL {
            let _ = writeln!(
                out,
                "db_queries_total{{query=\"{}\"}} {}",
                query.label(),
                self.get(query)
            );
        }
        let _ = writeln!(
            out,
            "# HELP db_pool_timeouts_total Requests that could not get a database connection in time.\n\
             # TYPE db_pool_timeouts_total counter\n\
             db_pool_timeouts_total {}",
            self.pool_timeouts.load(Ordering::Relaxed)
        );
        let _ = writeln!(
            out,
            "# HELP db_passage_lookups_total Users looked up by Passage ID; under load several share one find_user_by_identity query.\n\
             # TYPE db_passage_lookups_total counter\n\
             db_passage_lookups_total {}",
            self.passage_lookups.load(Ordering::Relaxed)
        );
        out
    }
}
