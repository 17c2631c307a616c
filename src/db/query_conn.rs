//! A pooled connection taken for one query, with that query's `db.query`
//! span: the span opens when the connection is asked for and closes when it
//! is given back, so a trace shows the wait for the pool and the query
//! together, under the field that made it. The span carries the query's
//! label only, never its parameters.
//!
//! It is a diesel connection of its own (not a `Deref` to the pooled one) so
//! that, with the statement cache off, every statement outside a caller's
//! transaction runs in a transaction of its own, and every transaction
//! begins with the session limits (`SET LOCAL`): see
//! [`StatementCache`](super::StatementCache).

use std::sync::Arc;

use diesel::connection::{CacheSize, Instrumentation, TransactionManagerStatus};
use diesel::query_builder::{AsQuery, QueryFragment, QueryId};
use diesel::{ConnectionResult, QueryResult};
use diesel_async::pooled_connection::deadpool::Object;
use diesel_async::{
    AnsiTransactionManager, AsyncConnection, AsyncConnectionCore, AsyncPgConnection,
    SimpleAsyncConnection, TransactionManager,
};
use futures::future::BoxFuture;
use futures::{FutureExt, StreamExt, TryFutureExt, TryStreamExt};

use super::DbConn;
use super::query_counts::Query;

type Pg = diesel::pg::Pg;
type PgRow = <AsyncPgConnection as AsyncConnectionCore>::Row<'static, 'static>;
type RowStream = <AsyncPgConnection as AsyncConnectionCore>::Stream<'static, 'static>;

/// A pooled connection for one query (or one transaction), counted and
/// traced under its label; diesel uses it as a connection
/// (`diesel_async::RunQueryDsl`, `AsyncConnection::transaction`).
pub struct QueryConn {
    /// `Some` until dropped.
    conn: Option<DbConn>,
    /// The statement cache is off: what opens each transaction.
    transaction_begin: Option<Arc<str>>,
    /// A transaction of its own is open, or ended with an unknown outcome:
    /// dropped now, the connection is closed, never given to someone else.
    unsettled: bool,
    // Held, not entered: an exported span lasts from creation to drop.
    _span: tracing::Span,
}

impl QueryConn {
    pub(super) fn new(
        conn: DbConn,
        transaction_begin: Option<Arc<str>>,
        span: tracing::Span,
    ) -> Self {
        Self {
            conn: Some(conn),
            transaction_begin,
            unsettled: false,
            _span: span,
        }
    }

    fn pg(&mut self) -> &mut AsyncPgConnection {
        self.conn
            .as_mut()
            .expect("a QueryConn holds its connection")
    }

    /// The SQL that opens a transaction for one statement, when the
    /// statement needs one: the cache is off and the caller has none open.
    fn own_transaction(&mut self) -> Option<Arc<str>> {
        let begin = self.transaction_begin.clone()?;
        let status = <AnsiTransactionManager as TransactionManager<AsyncPgConnection>>::transaction_manager_status_mut(self.pg());
        matches!(status.transaction_depth(), Ok(None)).then_some(begin)
    }

    /// The connection, shared (diesel-async takes `&AsyncPgConnection` as a
    /// connection too), and the flag of an open transaction of its own.
    fn split(&mut self) -> (&AsyncPgConnection, &mut bool) {
        let conn = self
            .conn
            .as_ref()
            .expect("a QueryConn holds its connection");
        (conn, &mut self.unsettled)
    }
}

/// Runs `statement` (already bound to `pg`) in a transaction opened by
/// `begin`, committed when it succeeds and rolled back when it fails.
async fn in_transaction<R>(
    mut pg: &AsyncPgConnection,
    begin: Arc<str>,
    unsettled: &mut bool,
    statement: impl Future<Output = QueryResult<R>>,
) -> QueryResult<R> {
    *unsettled = true;
    pg.batch_execute(&begin).await?;
    let result = statement.await;
    let end = if result.is_ok() { "COMMIT" } else { "ROLLBACK" };
    let ended = pg.batch_execute(end).await;
    *unsettled = ended.is_err();
    // A failed statement's own error says more than its rollback's.
    let value = result?;
    ended.map(|()| value)
}

impl Drop for QueryConn {
    fn drop(&mut self) {
        if self.unsettled
            && let Some(conn) = self.conn.take()
        {
            // Out of the pool: closed when dropped.
            drop(Object::take(conn));
        }
    }
}

/// The span of one query, a child of the current one.
pub(super) fn query_span(query: Query) -> tracing::Span {
    labelled_span(query.label())
}

/// The span of one query by its label (an app's queries have their own).
pub(super) fn labelled_span(label: &'static str) -> tracing::Span {
    tracing::info_span!("db.query", query = label)
}

impl SimpleAsyncConnection for QueryConn {
    async fn batch_execute(&mut self, query: &str) -> QueryResult<()> {
        // One simple-protocol message: nothing is prepared. With the cache
        // off it too runs in a transaction of its own, under the limits.
        let Some(begin) = self.own_transaction() else {
            return self.pg().batch_execute(query).await;
        };
        let (pg, unsettled) = self.split();
        let run = async move { (&mut { pg }).batch_execute(query).await };
        in_transaction(pg, begin, unsettled, run).await
    }
}

impl AsyncConnectionCore for QueryConn {
    type LoadFuture<'conn, 'query> = BoxFuture<'conn, QueryResult<RowStream>>;
    type ExecuteFuture<'conn, 'query> = BoxFuture<'conn, QueryResult<usize>>;
    type Stream<'conn, 'query> = RowStream;
    type Row<'conn, 'query> = PgRow;
    type Backend = Pg;

    fn load<'conn, 'query, T>(&'conn mut self, source: T) -> Self::LoadFuture<'conn, 'query>
    where
        T: AsQuery + 'query,
        T::Query: QueryFragment<Pg> + QueryId + 'query,
    {
        let Some(begin) = self.own_transaction() else {
            return self.pg().load(source);
        };
        let (pg, unsettled) = self.split();
        // Built now (the query is borrowed for 'query only), sent when awaited.
        let load = (&mut { pg }).load(source);
        // The rows are read before the commit, which closes the statement.
        let rows = async move { load.await?.try_collect::<Vec<_>>().await };
        in_transaction(pg, begin, unsettled, rows)
            .map_ok(|rows| futures::stream::iter(rows.into_iter().map(Ok)).boxed())
            .boxed()
    }

    fn execute_returning_count<'conn, 'query, T>(
        &'conn mut self,
        source: T,
    ) -> Self::ExecuteFuture<'conn, 'query>
    where
        T: QueryFragment<Pg> + QueryId + 'query,
    {
        let Some(begin) = self.own_transaction() else {
            return self.pg().execute_returning_count(source);
        };
        let (pg, unsettled) = self.split();
        let execute = (&mut { pg }).execute_returning_count(source);
        in_transaction(pg, begin, unsettled, execute).boxed()
    }
}

impl AsyncConnection for QueryConn {
    type TransactionManager = QueryTransactions;

    async fn establish(_database_url: &str) -> ConnectionResult<Self> {
        Err(diesel::ConnectionError::BadConnection(
            "a QueryConn comes from the pool".into(),
        ))
    }

    fn transaction_state(&mut self) -> &mut AnsiTransactionManager {
        self.pg().transaction_state()
    }

    fn instrumentation(&mut self) -> &mut dyn Instrumentation {
        self.pg().instrumentation()
    }

    fn set_instrumentation(&mut self, instrumentation: impl Instrumentation) {
        self.pg().set_instrumentation(instrumentation);
    }

    fn set_prepared_statement_cache_size(&mut self, size: CacheSize) {
        self.pg().set_prepared_statement_cache_size(size);
    }
}

/// The pooled connection's own transactions, except that with the cache
/// off the outermost one begins with the session limits.
pub struct QueryTransactions;

type Ansi = AnsiTransactionManager;

impl TransactionManager<QueryConn> for QueryTransactions {
    type TransactionStateData = AnsiTransactionManager;

    async fn begin_transaction(conn: &mut QueryConn) -> QueryResult<()> {
        match conn.own_transaction() {
            Some(begin) => Ansi::begin_transaction_sql(conn.pg(), &begin).await,
            None => {
                <Ansi as TransactionManager<AsyncPgConnection>>::begin_transaction(conn.pg()).await
            }
        }
    }

    async fn rollback_transaction(conn: &mut QueryConn) -> QueryResult<()> {
        <Ansi as TransactionManager<AsyncPgConnection>>::rollback_transaction(conn.pg()).await
    }

    async fn commit_transaction(conn: &mut QueryConn) -> QueryResult<()> {
        <Ansi as TransactionManager<AsyncPgConnection>>::commit_transaction(conn.pg()).await
    }

    fn transaction_manager_status_mut(conn: &mut QueryConn) -> &mut TransactionManagerStatus {
        <Ansi as TransactionManager<AsyncPgConnection>>::transaction_manager_status_mut(conn.pg())
    }

    fn is_broken_transaction_manager(conn: &mut QueryConn) -> bool {
        <Ansi as TransactionManager<AsyncPgConnection>>::is_broken_transaction_manager(conn.pg())
    }
}
