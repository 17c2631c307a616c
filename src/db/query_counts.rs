//! How many queries of each kind the server sent, for `/metrics`
//! (`db_queries_total{query="..."}`, named in
//! [`crate::observability::metrics`]): an operator sees what a workload
//! costs Postgres, and a test sees that a query was, or was not, made.

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::registry::Registry;

use crate::observability::metrics::QueryLabels;

/// The queries [`UserRepo`](super::users::UserRepo) makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Query {
    FindByIdentity,
    ListIdentities,
    FindById,
    FindByIds,
    ListUsers,
    CountUsers,
    Register,
    UpdateName,
    Delete,
    SetRole,
    Link,
    Snapshot,
    IdentityStatus,
    ProviderEvent,
    IdentitySync,
}

impl Query {
    const ALL: [Query; 15] = [
        Query::FindByIdentity,
        Query::ListIdentities,
        Query::FindById,
        Query::FindByIds,
        Query::ListUsers,
        Query::CountUsers,
        Query::Register,
        Query::UpdateName,
        Query::Delete,
        Query::SetRole,
        Query::Link,
        Query::Snapshot,
        Query::IdentityStatus,
        Query::ProviderEvent,
        Query::IdentitySync,
    ];

    /// The metric label.
    pub fn label(self) -> &'static str {
        match self {
            Query::FindByIdentity => "find_user_by_identity",
            Query::ListIdentities => "list_identities",
            Query::FindById => "find_user_by_id",
            Query::FindByIds => "find_users_by_ids",
            Query::ListUsers => "list_users",
            Query::CountUsers => "count_users",
            Query::Register => "register_user",
            Query::UpdateName => "update_user_name",
            Query::Delete => "delete_user",
            Query::SetRole => "set_user_role",
            Query::Link => "link_identity",
            Query::Snapshot => "passage_snapshot",
            Query::IdentityStatus => "identity_status",
            Query::ProviderEvent => "apply_provider_event",
            Query::IdentitySync => "identity_sync",
        }
    }
}

/// Counters, one per [`Query`], each made once: counting a query is one
/// atomic add, with no label to build or hash.
#[derive(Debug)]
pub struct QueryCounts {
    /// `db_queries_total`, every query's series there from the start.
    pub(crate) queries: Family<QueryLabels, Counter>,
    counts: [Counter; Query::ALL.len()],
    /// Connections not had in time (pool saturated or database down).
    pub(crate) pool_timeouts: Counter,
    /// Users looked up by Passage ID; several share a query under load
    /// (`find_user_by_identity`).
    pub(crate) passage_lookups: Counter,
    /// Reads run again after their connection was found dead.
    pub(crate) read_retries: Counter,
}

impl Default for QueryCounts {
    fn default() -> Self {
        let queries = Family::<QueryLabels, Counter>::default();
        let counts = Query::ALL.map(|query| {
            queries
                .get_or_create(&QueryLabels {
                    query: query.label(),
                })
                .clone()
        });
        Self {
            queries,
            counts,
            pool_timeouts: Counter::default(),
            passage_lookups: Counter::default(),
            read_retries: Counter::default(),
        }
    }
}

impl QueryCounts {
    /// Puts the query families on `registry`.
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "db_queries",
            "Queries sent to Postgres, by query",
            self.queries.clone(),
        );
        registry.register(
            "db_pool_timeouts",
            "Requests that could not get a database connection in time",
            self.pool_timeouts.clone(),
        );
        registry.register(
        "db_passage_lookups",
        "Users looked up by Passage ID; under load several share one find_user_by_identity query",
        self.passage_lookups.clone(),
    );
        registry.register(
            "db_read_retries",
            "Reads run again on a new connection after theirs was found dead (Postgres restarted)",
            self.read_retries.clone(),
        );
    }

    pub fn record(&self, query: Query) {
        self.counts[query as usize].inc();
    }

    /// A query of an app's, under its own label.
    pub fn record_label(&self, label: &'static str) {
        self.queries
            .get_or_create(&QueryLabels { query: label })
            .inc();
    }

    pub fn record_passage_lookup(&self) {
        self.passage_lookups.inc();
    }

    pub fn record_read_retry(&self) {
        self.read_retries.inc();
    }

    pub fn record_pool_timeout(&self) {
        self.pool_timeouts.inc();
    }

    pub fn get(&self, query: Query) -> u64 {
        self.counts[query as usize].get()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observability::metrics::render_with as render;

    #[test]
    fn every_query_is_listed_from_the_start() {
        let counts = QueryCounts::default();
        counts.record(Query::CountUsers);
        counts.record_pool_timeout();
        let text = render(|r| counts.register(r));
        assert!(
            text.contains("\ndb_queries_total{query=\"count_users\"} 1\n"),
            "{text}"
        );
        assert!(
            text.contains("\ndb_queries_total{query=\"identity_status\"} 0\n"),
            "{text}"
        );
        assert!(text.contains("\ndb_pool_timeouts_total 1\n"), "{text}");
        assert!(text.contains("\ndb_passage_lookups_total 0\n"), "{text}");
        assert!(
            text.contains(
                "# HELP db_queries_total Queries sent to Postgres, by query.\n\
                 # TYPE db_queries_total counter\n"
            ),
            "{text}"
        );
        assert_eq!(counts.get(Query::CountUsers), 1);
    }
}
