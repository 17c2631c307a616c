//! Passage's user object, as the Management API returns it.
//!
//! The shape is the one Passage's server SDKs were generated from (their
//! OpenAPI models `PassageUser`/`UserInfo`, `WebAuthnDevices`,
//! `UserRecentEvent`, `UserSocialConnections`): every field is required
//! there, timestamps are RFC 3339 (the zero time, year 1, meaning "never"),
//! and a missing email or phone is `""`. Reading is tolerant (a field that is
//! missing or `null` takes its default); writing, which only the emulator
//! does, produces the complete shape.

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
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct PassageUser {
    pub id: String,
    /// Set only for users created in a Passage Flex app; `""` otherwise.
    #[serde(default, deserialize_with = "null_as_default")]
    pub external_id: String,
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
    #[serde(default, serialize_with = "time_or_zero")]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default, serialize_with = "time_or_zero")]
    pub updated_at: Option<DateTime<Utc>>,
    #[serde(default, serialize_with = "time_or_zero")]
    pub last_login_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub login_count: i64,
    #[serde(default)]
    pub user_metadata: Option<serde_json::Value>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub webauthn: bool,
    /// Credential types used to sign in: `passkey`, `security_key`, `platform`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub webauthn_types: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub webauthn_devices: Vec<WebAuthnDevice>,
    /// Sign-ins and registrations, newest first.
    #[serde(default, deserialize_with = "null_as_default")]
    pub recent_events: Vec<RecentEvent>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub social_connections: SocialConnections,
}

/// A passkey or security key of a user (`WebAuthnDevices`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WebAuthnDevice {
    pub id: String,
    /// The credential ID, base64url.
    #[serde(default, deserialize_with = "null_as_default")]
    pub cred_id: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub friendly_name: String,
    /// `passkey`, `security_key` or `platform`.
    #[serde(default, rename = "type", deserialize_with = "null_as_default")]
    pub kind: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub usage_count: i64,
    #[serde(default, serialize_with = "time_or_zero")]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default, serialize_with = "time_or_zero")]
    pub updated_at: Option<DateTime<Utc>>,
    #[serde(default, serialize_with = "time_or_zero")]
    pub last_login_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub icons: WebAuthnIcons,
}

/// The light and dark icons of a device's brand (base64 SVG data URLs), or
/// `null`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WebAuthnIcons {
    #[serde(default)]
    pub light: Option<String>,
    #[serde(default)]
    pub dark: Option<String>,
}

/// One sign-in or registration (`UserRecentEvent`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RecentEvent {
    pub id: String,
    /// What kind of event, in words (e.g. `passkey_login`).
    #[serde(default, rename = "type", deserialize_with = "null_as_default")]
    pub kind: String,
    /// `register`, `login` or `other`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub action: String,
    /// `complete` or `incomplete`.
    #[serde(default, deserialize_with = "null_as_default")]
    pub status: String,
    #[serde(default, serialize_with = "time_or_zero")]
    pub created_at: Option<DateTime<Utc>>,
    /// `null` while incomplete.
    #[serde(default)]
    pub completed_at: Option<DateTime<Utc>>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub ip_addr: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub user_agent: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub user_agent_display: String,
    /// `apple`, `github` or `google` for a social sign-in; `null` otherwise.
    #[serde(default)]
    pub social_login_type: Option<String>,
}

/// The social accounts linked to a user; each is absent when not linked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SocialConnections {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub apple: Option<SocialConnection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub github: Option<SocialConnection>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub google: Option<SocialConnection>,
}

/// A linked social account.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SocialConnection {
    #[serde(default, deserialize_with = "null_as_default")]
    pub provider_id: String,
    /// The social account's email.
    #[serde(default, deserialize_with = "null_as_default")]
    pub provider_identifier: String,
    #[serde(default, serialize_with = "time_or_zero")]
    pub created_at: Option<DateTime<Utc>>,
    #[serde(default, serialize_with = "time_or_zero")]
    pub last_login_at: Option<DateTime<Utc>>,
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

/// Passage's "never": the zero time, which its SDKs parse as a date.
pub const ZERO_TIME: &str = "0001-01-01T00:00:00Z";

/// A timestamp in RFC 3339, or [`ZERO_TIME`] for `None` (the SDKs' models
/// require a date, never `null`).
fn time_or_zero<S: serde::Serializer>(
    time: &Option<DateTime<Utc>>,
    ser: S,
) -> Result<S::Ok, S::Error> {
    match time {
        Some(time) => ser.serialize_str(&time.to_rfc3339_opts(chrono::SecondsFormat::Micros, true)),
        None => ser.serialize_str(ZERO_TIME),
    }
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
        assert_eq!(user.external_id, "");
        assert!(user.recent_events.is_empty() && user.webauthn_devices.is_empty());
    }

    #[test]
    fn written_users_have_every_field_the_sdks_require() {
        let user = PassageUser {
            id: "u".into(),
            ..PassageUser::default()
        };
        let json = serde_json::to_value(&user).unwrap();
        for field in [
            "created_at",
            "email",
            "email_verified",
            "external_id",
            "id",
            "last_login_at",
            "login_count",
            "phone",
            "phone_verified",
            "recent_events",
            "social_connections",
            "status",
            "updated_at",
            "user_metadata",
            "webauthn",
            "webauthn_devices",
            "webauthn_types",
        ] {
            assert!(json.get(field).is_some(), "{field} missing: {json}");
        }
        assert_eq!(json["last_login_at"], ZERO_TIME);
        assert_eq!(json["social_connections"], serde_json::json!({}));
        let back: PassageUser = serde_json::from_value(json).unwrap();
        assert_eq!(back.last_login_at(), None);
    }
}
