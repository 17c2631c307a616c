//! A user as the `users` table keeps them: the row, its parsed form
//! ([`User`]), and the values only valid ones are made of ([`UserName`],
//! [`Role`]).

use chrono::{DateTime, Utc};
use diesel::prelude::*;

use super::DbError;
use super::schema::users;
use crate::identity::PassageUserId;

/// Longest name, in characters, after trimming.
pub const NAME_MAX_CHARS: usize = 100;

/// A display name: trimmed, 1-100 characters, no control characters.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserName(String);

impl UserName {
    pub fn parse(raw: &str) -> Result<Self, String> {
        let trimmed = raw.trim();
        let chars = trimmed.chars().count();
        if chars == 0 {
            return Err("name must not be empty".into());
        }
        if chars > NAME_MAX_CHARS {
            return Err(format!(
                "name must be at most {NAME_MAX_CHARS} characters (got {chars})"
            ));
        }
        if trimmed.chars().any(char::is_control) {
            return Err("name must not contain control characters".into());
        }
        Ok(Self(trimmed.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// What a user may do beyond their own record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    User,
    Admin,
}

impl Role {
    fn from_db(raw: &str) -> Self {
        match raw {
            "admin" => Role::Admin,
            _ => Role::User,
        }
    }

    /// What `users.role` holds for it.
    pub(super) fn as_db(self) -> &'static str {
        match self {
            Role::User => "user",
            Role::Admin => "admin",
        }
    }
}

/// A row of `users`.
#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = users, check_for_backend(diesel::pg::Pg))]
pub(super) struct UserRow {
    pub(super) id: i64,
    pub(super) passage_id: Option<String>,
    pub(super) name: String,
    pub(super) role: String,
    pub(super) created_at: DateTime<Utc>,
    pub(super) updated_at: DateTime<Utc>,
    pub(super) deactivated_at: Option<DateTime<Utc>>,
}

/// A local user record, as the database has it. Only the server makes
/// one (from a row), so an app cannot put one user's ID beside another's
/// Passage ID: it reads the fields through the methods.
///
/// ```compile_fail,E0451
/// # use passage_graphql::{Role, UserRecord};
/// let forged = UserRecord {
///     id: 1,
///     passage_id: None,
///     name: "me".into(),
///     role: Role::User,
///     created_at: chrono::Utc::now(),
///     updated_at: chrono::Utc::now(),
/// };
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub(crate) id: i64,
    /// The Passage identity, when the user has one.
    pub(crate) passage_id: Option<PassageUserId>,
    pub(crate) name: String,
    pub(crate) role: Role,
    pub(crate) created_at: DateTime<Utc>,
    pub(crate) updated_at: DateTime<Utc>,
    /// Set when the provider deleted the user under
    /// `on_user_deleted = "deactivate"`: their tokens are refused.
    pub(crate) deactivated_at: Option<DateTime<Utc>>,
}

impl User {
    /// The local ID (`User.id`).
    pub fn id(&self) -> i64 {
        self.id
    }

    /// The user's Passage user ID, when they have a Passage identity
    /// (`User.passageId`).
    pub fn passage_id(&self) -> Option<&str> {
        self.passage_id.as_ref().map(PassageUserId::as_str)
    }

    /// The display name.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn role(&self) -> Role {
        self.role
    }

    pub fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }

    pub fn updated_at(&self) -> DateTime<Utc> {
        self.updated_at
    }

    /// When the provider deleted this user, kept deactivated (see
    /// `on_user_deleted`); `None` for an active user.
    pub fn deactivated_at(&self) -> Option<DateTime<Utc>> {
        self.deactivated_at
    }

    /// True when `other` is this very user: the same local ID and the same
    /// Passage identity (the name, role and times may have changed since).
    pub fn is_same_user(&self, other: &User) -> bool {
        self.id == other.id && self.passage_id == other.passage_id
    }
}

impl TryFrom<UserRow> for User {
    type Error = DbError;

    fn try_from(row: UserRow) -> Result<Self, DbError> {
        // The table's CHECK constraint makes this infallible in practice.
        let passage_id = row
            .passage_id
            .as_deref()
            .map(PassageUserId::parse)
            .transpose()
            .map_err(|why| {
                DbError::Query(diesel::result::Error::DeserializationError(
                    format!("stored passage_id {why}").into(),
                ))
            })?;
        Ok(User {
            id: row.id,
            passage_id,
            name: row.name,
            role: Role::from_db(&row.role),
            created_at: row.created_at,
            updated_at: row.updated_at,
            deactivated_at: row.deactivated_at,
        })
    }
}

pub(super) fn into_user(row: Option<UserRow>) -> Result<Option<User>, DbError> {
    row.map(User::try_from).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(id: i64, passage_id: Option<&str>, name: &str) -> User {
        let at = DateTime::<Utc>::UNIX_EPOCH;
        User {
            id,
            passage_id: passage_id.map(|p| PassageUserId::parse(p).unwrap()),
            name: name.into(),
            role: Role::User,
            created_at: at,
            updated_at: at,
            deactivated_at: None,
        }
    }

    #[test]
    fn the_same_user_is_the_same_id_and_passage_identity() {
        let me = user(1, Some("mine0000000000000000000a"), "me");
        // Renamed since: still me.
        assert!(me.is_same_user(&user(1, Some("mine0000000000000000000a"), "new name")));
        // My ID beside someone else's Passage ID (or none): not me.
        assert!(!me.is_same_user(&user(1, Some("other000000000000000000a"), "me")));
        assert!(!me.is_same_user(&user(1, None, "me")));
        assert!(!me.is_same_user(&user(2, Some("mine0000000000000000000a"), "me")));
    }
}
