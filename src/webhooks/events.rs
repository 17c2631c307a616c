//! The events in a verified delivery, read into one shape whatever the
//! sender: Clerk's (`{"type", "data", "timestamp"}`, sent through Svix or
//! any Standard Webhooks sender) and Auth0 Event Streams' CloudEvents.
//!
//! A user's name, when a local user must be made for them, is by this
//! rule, the first that gives a valid name (1-100 characters, cut to 100):
//! - Clerk: first and last name; the username; the primary email address;
//!   the user ID.
//! - Auth0: `name`; `given_name` and `family_name`; `nickname`; `username`;
//!   `email`; the user ID.

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::db::users::{NAME_MAX_CHARS, UserName};
use crate::issuers::WebhookFormat;

/// What happened to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Created,
    Updated,
    Deleted,
    /// Any other event type: acknowledged and counted.
    Other,
}

/// One event about one user.
#[derive(Debug, Clone)]
pub struct Event {
    pub kind: Kind,
    /// The type as the provider named it, for metrics and logs (`other`
    /// when it is not a plain name).
    pub type_name: String,
    /// The provider's user ID: the subject of that user's tokens.
    pub subject: String,
    /// The provider's time for the event; events apply in this order.
    pub at: DateTime<Utc>,
    /// Its id in the body (CloudEvents), when the delivery has none.
    pub body_id: Option<String>,
    /// The user's fields, for created and updated users.
    pub user: Option<ProviderUser>,
}

/// What a created or updated user's record says.
#[derive(Debug, Clone)]
pub struct ProviderUser {
    pub name: UserName,
    /// The primary email, when the provider verified it.
    pub verified_email: Option<String>,
    /// The user object, for the issuer's link exclusions (its connection).
    pub claims: Map<String, Value>,
}

/// Why a verified delivery cannot be used (answered 400: the sender's
/// retry would not help).
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{0}")]
pub struct Unreadable(pub String);

/// The events of `body`, as `format`'s sender writes them.
pub fn read(format: WebhookFormat, body: &[u8]) -> Result<Vec<Event>, Unreadable> {
    match format {
        WebhookFormat::Svix | WebhookFormat::Standard => {
            let event: ClerkEvent = serde_json::from_slice(body)
                .map_err(|e| Unreadable(format!("not a Clerk event: {e}")))?;
            Ok(vec![clerk(event)?])
        }
        WebhookFormat::Auth0EventStream => {
            // One CloudEvent, or a batch of them (structured or batched mode).
            let value: Value =
                serde_json::from_slice(body).map_err(|e| Unreadable(format!("not JSON: {e}")))?;
            let events: Vec<CloudEvent> = match value {
                Value::Array(items) => items
                    .into_iter()
                    .map(serde_json::from_value)
                    .collect::<Result<_, _>>(),
                one => serde_json::from_value(one).map(|e| vec![e]),
            }
            .map_err(|e| Unreadable(format!("not an Auth0 CloudEvent: {e}")))?;
            events.into_iter().map(auth0).collect()
        }
    }
}

#[derive(Deserialize)]
struct ClerkEvent {
    r#type: String,
    data: Map<String, Value>,
    /// Milliseconds since 1970.
    timestamp: Option<i64>,
}

#[derive(Deserialize)]
struct CloudEvent {
    r#type: String,
    id: String,
    time: DateTime<Utc>,
    #[serde(default)]
    data: Option<CloudData>,
}

#[derive(Deserialize)]
struct CloudData {
    object: Map<String, Value>,
}

fn kind_of(type_name: &str) -> Kind {
    match type_name.strip_prefix("com.auth0.").unwrap_or(type_name) {
        "user.created" => Kind::Created,
        "user.updated" => Kind::Updated,
        "user.deleted" => Kind::Deleted,
        _ => Kind::Other,
    }
}

/// The type for a metric label: a plain name, else `other`.
fn label(type_name: &str) -> String {
    let plain = !type_name.is_empty()
        && type_name.len() <= 64
        && type_name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"._-".contains(&b));
    if plain {
        type_name.to_owned()
    } else {
        "other".into()
    }
}

fn text<'a>(object: &'a Map<String, Value>, key: &str) -> Option<&'a str> {
    object
        .get(key)
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|s| !s.is_empty())
}

/// Two name parts of `object`, those present, separated by a space.
fn joined(object: &Map<String, Value>, first: &str, second: &str) -> String {
    [text(object, first), text(object, second)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
}

impl ProviderUser {
    /// The user object's `claims` are itself, with its ID as `sub` (where a
    /// token carries it, for the link exclusions).
    fn new(
        name: UserName,
        verified_email: Option<String>,
        object: &Map<String, Value>,
        subject: &str,
    ) -> Self {
        let mut claims = object.clone();
        claims.insert("sub".into(), Value::String(subject.to_owned()));
        Self {
            name,
            verified_email,
            claims,
        }
    }
}

fn millis(ms: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms)
}

/// The first candidate that makes a valid name (cut to the longest
/// allowed, control characters dropped).
fn first_name(candidates: impl IntoIterator<Item = Option<String>>, id: &str) -> UserName {
    candidates
        .into_iter()
        .flatten()
        .chain(std::iter::once(id.to_owned()))
        .find_map(|raw| {
            let clean: String = raw
                .chars()
                .filter(|c| !c.is_control())
                .collect::<String>()
                .trim()
                .chars()
                .take(NAME_MAX_CHARS)
                .collect();
            UserName::parse(&clean).ok()
        })
        .unwrap_or_else(|| UserName::parse("user").expect("a valid name"))
}

fn clerk(event: ClerkEvent) -> Result<Event, Unreadable> {
    let kind = kind_of(&event.r#type);
    let data = event.data;
    let subject = text(&data, "id").map(str::to_owned);
    let sent = event.timestamp.and_then(millis);
    let updated = data
        .get("updated_at")
        .and_then(Value::as_i64)
        .and_then(millis);
    let at = match kind {
        Kind::Deleted => sent,
        _ => updated.or(sent),
    }
    .ok_or_else(|| Unreadable("the event has no timestamp".into()))?;
    let Some(subject) = subject else {
        if kind == Kind::Other {
            return Ok(other(&event.r#type, at, None));
        }
        return Err(Unreadable("the event's user has no id".into()));
    };
    let user = matches!(kind, Kind::Created | Kind::Updated).then(|| {
        let primary = text(&data, "primary_email_address_id");
        let primary_email = data
            .get("email_addresses")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_object)
            .find(|address| primary.is_some() && text(address, "id") == primary);
        let verified_email = primary_email
            .filter(|address| {
                address
                    .get("verification")
                    .and_then(Value::as_object)
                    .and_then(|v| text(v, "status"))
                    == Some("verified")
            })
            .and_then(|address| text(address, "email_address"))
            .map(str::to_owned);
        let full_name = joined(&data, "first_name", "last_name");
        let name = first_name(
            [
                Some(full_name),
                text(&data, "username").map(str::to_owned),
                primary_email
                    .and_then(|a| text(a, "email_address"))
                    .map(str::to_owned),
            ],
            &subject,
        );
        ProviderUser::new(name, verified_email, &data, &subject)
    });
    Ok(Event {
        kind,
        type_name: label(&event.r#type),
        subject,
        at,
        body_id: None,
        user,
    })
}

fn other(type_name: &str, at: DateTime<Utc>, body_id: Option<String>) -> Event {
    Event {
        kind: Kind::Other,
        type_name: label(type_name),
        subject: String::new(),
        at,
        body_id,
        user: None,
    }
}

fn auth0(event: CloudEvent) -> Result<Event, Unreadable> {
    let kind = kind_of(&event.r#type);
    let type_name = event
        .r#type
        .strip_prefix("com.auth0.")
        .unwrap_or(&event.r#type)
        .to_owned();
    if event.id.is_empty() || event.id.len() > 255 {
        return Err(Unreadable("the event's id is empty or too long".into()));
    }
    let object = event.data.map(|d| d.object);
    let subject = object
        .as_ref()
        .and_then(|o| text(o, "user_id"))
        .map(str::to_owned);
    let (Some(object), Some(subject)) = (object, subject) else {
        if kind == Kind::Other {
            return Ok(other(&type_name, event.time, Some(event.id)));
        }
        return Err(Unreadable("the event's user has no user_id".into()));
    };
    let user = matches!(kind, Kind::Created | Kind::Updated).then(|| {
        let verified_email = (object.get("email_verified") == Some(&Value::Bool(true)))
            .then(|| text(&object, "email").map(str::to_owned))
            .flatten();
        let given = joined(&object, "given_name", "family_name");
        let name = first_name(
            [
                text(&object, "name").map(str::to_owned),
                Some(given),
                text(&object, "nickname").map(str::to_owned),
                text(&object, "username").map(str::to_owned),
                text(&object, "email").map(str::to_owned),
            ],
            &subject,
        );
        ProviderUser::new(name, verified_email, &object, &subject)
    });
    Ok(Event {
        kind,
        type_name: label(&type_name),
        subject,
        at: event.time,
        body_id: Some(event.id),
        user,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clerk_user_created_event_gives_its_user_name_and_verified_primary_email() {
        let body = serde_json::json!({
            "object": "event",
            "type": "user.created",
            "timestamp": 1_765_000_000_123_i64,
            "data": {
                "id": "user_29w83sxmDNGwOuEthce5gg56FcC",
                "object": "user",
                "first_name": "Ada",
                "last_name": "Lovelace",
                "username": null,
                "primary_email_address_id": "idn_2",
                "email_addresses": [
                    {"id": "idn_1", "email_address": "old@example.com",
                     "verification": {"status": "unverified"}},
                    {"id": "idn_2", "email_address": "ada@example.com",
                     "verification": {"status": "verified", "strategy": "email_code"}}
                ],
                "updated_at": 1_765_000_000_000_i64,
                "created_at": 1_765_000_000_000_i64
            }
        });
        let events = read(WebhookFormat::Svix, body.to_string().as_bytes()).unwrap();
        let event = &events[0];
        assert_eq!(event.kind, Kind::Created);
        assert_eq!(event.subject, "user_29w83sxmDNGwOuEthce5gg56FcC");
        assert_eq!(event.at.timestamp_millis(), 1_765_000_000_000);
        let user = event.user.as_ref().unwrap();
        assert_eq!(user.name.as_str(), "Ada Lovelace");
        assert_eq!(user.verified_email.as_deref(), Some("ada@example.com"));
    }

    #[test]
    fn names_fall_back_by_the_documented_rule() {
        let clerk = |data: Value| {
            let body = serde_json::json!({"type": "user.updated", "timestamp": 1, "data": data});
            read(WebhookFormat::Standard, body.to_string().as_bytes()).unwrap()[0]
                .user
                .clone()
                .unwrap()
        };
        let named = clerk(serde_json::json!({"id": "user_1", "username": "ada"}));
        assert_eq!(named.name.as_str(), "ada");
        assert_eq!(named.verified_email, None);
        let bare = clerk(serde_json::json!({"id": "user_1", "first_name": " \u{7} "}));
        assert_eq!(bare.name.as_str(), "user_1");
        let long = clerk(serde_json::json!({"id": "user_1", "first_name": "x".repeat(300)}));
        assert_eq!(long.name.as_str().chars().count(), NAME_MAX_CHARS);
    }

    #[test]
    fn clerk_deletions_and_other_types_are_read() {
        let deleted = serde_json::json!({
            "type": "user.deleted", "timestamp": 1_765_000_000_500_i64,
            "data": {"deleted": true, "id": "user_1", "object": "user"}
        });
        let event = &read(WebhookFormat::Svix, deleted.to_string().as_bytes()).unwrap()[0];
        assert_eq!(event.kind, Kind::Deleted);
        assert_eq!(event.at.timestamp_millis(), 1_765_000_000_500);
        assert!(event.user.is_none());
        let session = serde_json::json!({"type": "session.created", "timestamp": 1, "data": {"id": "sess_1"}});
        let event = &read(WebhookFormat::Svix, session.to_string().as_bytes()).unwrap()[0];
        assert_eq!(event.kind, Kind::Other);
        assert_eq!(event.type_name, "session.created");
        assert!(read(WebhookFormat::Svix, b"[]").is_err());
        let no_id = serde_json::json!({"type": "user.deleted", "timestamp": 1, "data": {}});
        assert!(read(WebhookFormat::Svix, no_id.to_string().as_bytes()).is_err());
    }

    #[test]
    fn auth0_cloud_events_are_read_one_or_many() {
        let event = |kind: &str, id: &str| {
            serde_json::json!({
                "specversion": "1.0",
                "type": kind,
                "source": "urn:auth0:example.auth0app.com",
                "id": id,
                "time": "2026-02-01T12:34:56Z",
                "data": {"object": {
                    "user_id": "auth0|abc",
                    "email": "ada@example.com",
                    "email_verified": true,
                    "given_name": "Ada",
                    "family_name": "Lovelace"
                }},
                "a0tenant": "example",
                "a0stream": "est_vjFVP5pVdfvsfRKatshkVV"
            })
        };
        let one = read(
            WebhookFormat::Auth0EventStream,
            event("user.created", "evt_1").to_string().as_bytes(),
        )
        .unwrap();
        assert_eq!(one[0].kind, Kind::Created);
        assert_eq!(one[0].subject, "auth0|abc");
        assert_eq!(one[0].body_id.as_deref(), Some("evt_1"));
        let user = one[0].user.as_ref().unwrap();
        assert_eq!(user.name.as_str(), "Ada Lovelace");
        assert_eq!(user.verified_email.as_deref(), Some("ada@example.com"));
        let batch = serde_json::json!([
            event("user.updated", "evt_2"),
            event("com.auth0.user.deleted", "evt_3")
        ]);
        let two = read(
            WebhookFormat::Auth0EventStream,
            batch.to_string().as_bytes(),
        )
        .unwrap();
        assert_eq!(two[0].kind, Kind::Updated);
        assert_eq!(two[1].kind, Kind::Deleted);
        assert_eq!(two[1].type_name, "user.deleted");
    }
}
