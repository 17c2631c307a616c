//! What the provider's deletion of a user does here: an issuer's
//! `on_user_deleted` setting, read by the configuration and carried out by
//! the database.

use serde::Deserialize;

/// What the provider's deletion of a user does here (`on_user_deleted`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DeletionMode {
    /// The local user, their identities and (by cascade or the app's hook)
    /// the app's rows go.
    #[default]
    Delete,
    /// The user is kept, marked, and every token of theirs refused.
    Deactivate,
}
