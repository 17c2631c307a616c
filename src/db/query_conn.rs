//! A pooled connection taken for one query, with that query's `db.query`
//! span: the span opens when the connection is asked for and closes when it
//! is given back, so a trace shows the wait for the pool and the query
//! together, under the field that made it. The span carries the query's
//! label only, never its parameters.

use std::ops::{Deref, DerefMut};

use diesel_async::AsyncPgConnection;

use super::DbConn;
use super::query_counts::Query;

/// A connection for one [`Query`]; diesel uses it as the connection itself.
pub struct QueryConn {
    conn: DbConn,
    // Held, not entered: an exported span lasts from creation to drop.
    _span: tracing::Span,
}

impl QueryConn {
    pub(super) fn new(conn: DbConn, span: tracing::Span) -> Self {
        Self { conn, _span: span }
    }
}

/// The span of one query, a child of the current one.
pub(super) fn query_span(query: Query) -> tracing::Span {
    tracing::info_span!("db.query", query = query.label())
}

impl Deref for QueryConn {
    type Target = AsyncPgConnection;

    fn deref(&self) -> &AsyncPgConnection {
        &self.conn
    }
}

impl DerefMut for QueryConn {
    fn deref_mut(&mut self) -> &mut AsyncPgConnection {
        &mut self.conn
    }
}
