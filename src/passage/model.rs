//! Passage's user object, as the Management API returns it.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// Account status in Passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum PassageStatus {
    #[default]
    Active,
    Inactive,
    Pending,
}

/// A Passage user. Fields Passage may omit or send as `null` default; a
/// missing email or phone arrives as `""` and is exposed as `None` by the
/// accessors.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PassageUser {
    pub id: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub email: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub email_verified: bool,
    #[serde(default, deserialize_with = "null_as_default")]
    pub phone: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub phone_verified: bool,
    #[serde(default, deserialize_with = "null_as_default")]
    pub status: PassageStatus,
    #[serde(default)]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub updated_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub last_login_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub login_count: i64,
    #[serde(default)]
    pub user_metadata: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub webauthn: bool,
    #[serde(default, deserialize_with = "null_as_default")]
    pub webauthn_types: Vec<String>,
}

impl PassageUser {
    pub fn email(&self) -> Option<&str> {
        Some(self.email.as_str()).filter(|e| !e.is_empty())
    }

    pub fn phone(&self) -> Option<&str> {
        Some(self.phone.as_str()).filter(|p| !p.is_empty())
    }

    /// Passage reports "never" as the zero time (year 1); that is `None` here.
    pub fn last_login_at(&self) -> Option<DateTime<Utc>> {
        self.last_login_at.filter(|t| t.timestamp() > 0)
    }
}

/// `GET /users/{id}` and `PATCH /users/{id}` answer `{"user": {...}}`.
#[derive(Debug, Serialize, Deserialize)]
pub struct UserEnvelope {
    pub user: PassageUser,
}

/// Body of `PATCH /users/{id}`; absent fields are left unchanged.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct UserUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_metadata: Option<serde_json::Value>,
}

/// Passage's error body, `{"code": "...", "error": "..."}`.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ApiErrorBody {
    #[serde(default)]
    pub code: String,
    #[serde(default)]
    pub error: String,
}

fn null_as_default<'de, D, T>(de: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(de)?.unwrap_or_default())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_null_contact_fields_are_none() {
        let user: PassageUser = serde_json::from_value(serde_json::json!({
            "id": "abc", "email": "", "phone": null, "status": "pending",
            "last_login_at": "0001-01-01T00:00:00Z", "extra": 1
        }))
        .unwrap();
        assert_eq!(user.email(), None);
        assert_eq!(user.phone(), None);
        assert_eq!(user.status, PassageStatus::Pending);
        assert_eq!(user.last_login_at(), None);
    }
}
