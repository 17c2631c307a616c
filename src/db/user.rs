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
}

/// A local user record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub id: i64,
    /// The Passage identity, when the user has one.
    pub passage_id: Option<PassageUserId>,
    pub name: String,
    pub role: Role,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
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
        })
    }
}

pub(super) fn into_user(row: Option<UserRow>) -> Result<Option<User>, DbError> {
    row.map(User::try_from).transpose()
}
