//! What an app does when one of its users is deleted: `deleteMe`, or the
//! provider's `user.deleted` webhook under `on_user_deleted = "delete"`.
//!
//! The simple way is the foreign key: `REFERENCES users (id) ON DELETE
//! CASCADE` on the app's tables, and Postgres removes their rows with the
//! user. For anything a cascade cannot say (rows keyed otherwise, a
//! soft-delete, an audit line), an app gives the server an
//! [`OnUserDeleted`] (`Server::on_user_deleted`): it runs in the deleting
//! transaction, before the user's row goes, so either both happen or
//! neither does.

use std::sync::Arc;

use super::QueryConn;

/// An app's part of deleting a user.
#[async_trait::async_trait]
pub trait OnUserDeleted: Send + Sync + 'static {
    /// Runs in the transaction that deletes the user `user_id` (their row
    /// still there); an error rolls the whole deletion back.
    async fn user_deleted(&self, conn: &mut QueryConn, user_id: i64) -> diesel::QueryResult<()>;
}

/// The app's hook, if it gave one.
pub type DeletionHook = Option<Arc<dyn OnUserDeleted>>;
