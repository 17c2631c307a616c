//! `GET /users`: a page of users (`ListPaginatedUsersResponse`): `users`
//! (each a `ListPaginatedUsersItem`: the user without devices, events or
//! social connections), `page`, `limit`, `total_users` (all that match),
//! `created_before` (the time anchor, so later sign-ups do not shift the
//! pages) and `_links` (`self`, `first`, `last`, `next`, `previous`; `""`
//! where there is no such page).
//!
//! Query, as the SDKs' OpenAPI document describes it: `page` (from 1),
//! `limit` (1 to 500, default 20), `created_before` (Unix seconds, default
//! now), `order_by` (`field:ASC|DESC,...`, default `created_at:ASC`), and
//! filters `identifier` (email or phone), `id`, `status`, `login_count`,
//! `created_at`, `updated_at`, `last_login_at`, each `value` or
//! `op:value` with `op` one of `ne`, `gt`, `lt`, `like`, `not_like` (`like`
//! matches with `%` as a wildcard, ignoring case).

use std::cmp::Ordering as CmpOrdering;
use std::collections::HashMap;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::Json;
use axum::extract::{Path, Query, State as AxumState};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use webauthn_rs::prelude::Url;

use super::{bad_request, gate, has_api_key};
use crate::{State, auth_api};
use passage_wire::PassageUser;

const DEFAULT_LIMIT: usize = 20;
const MAX_LIMIT: usize = 500;
/// Fields a list can be filtered and ordered by, besides `identifier`.
const FIELDS: [&str; 8] = [
    "id",
    "email",
    "phone",
    "status",
    "login_count",
    "created_at",
    "updated_at",
    "last_login_at",
];

pub(super) async fn list(
    AxumState(state): AxumState<Arc<State>>,
    Path(app): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if let Some(identifier) = query.get("identifier")
        && !has_api_key(&state, &headers)
    {
        return auth_api::user_exists(&state, &app, identifier);
    }
    state.counters.list_users.fetch_add(1, Ordering::SeqCst);
    if let Some(refusal) = gate(&state, &app, &headers).await {
        return refusal;
    }
    match page_of_users(&state, &app, &query) {
        Ok(page) => Json(page).into_response(),
        Err(message) => bad_request(&message),
    }
}

fn page_of_users(
    state: &State,
    app: &str,
    query: &HashMap<String, String>,
) -> Result<Value, String> {
    let page = number(query, "page", 1)?;
    let limit = number(query, "limit", DEFAULT_LIMIT)?;
    if page < 1 {
        return Err("page: must be at least 1".into());
    }
    if !(1..=MAX_LIMIT).contains(&limit) {
        return Err(format!("limit: must be between 1 and {MAX_LIMIT}"));
    }
    let created_before = match query.get("created_before") {
        Some(raw) => raw
            .parse::<i64>()
            .map_err(|_| "created_before: must be a Unix timestamp".to_owned())?,
        None => Utc::now().timestamp() + 1,
    };
    let order = order_by(
        query
            .get("order_by")
            .map_or("created_at:ASC", String::as_str),
    )?;
    let mut filters = Vec::new();
    for field in FIELDS.iter().copied().chain(["identifier"]) {
        if let Some(raw) = query.get(field) {
            filters.push(Filter::parse(field, raw)?);
        }
    }

    let mut users: Vec<PassageUser> = state
        .users
        .lock()
        .unwrap()
        .values()
        .filter(|u| u.created_at.is_none_or(|t| t.timestamp() < created_before))
        .filter(|u| filters.iter().all(|f| f.matches(u)))
        .cloned()
        .collect();
    users.sort_by(|a, b| {
        order
            .iter()
            .map(|(field, descending)| {
                let ordering = compare(a, b, field);
                if *descending {
                    ordering.reverse()
                } else {
                    ordering
                }
            })
            .find(|o| o.is_ne())
            .unwrap_or_else(|| a.id.cmp(&b.id))
    });

    let total = users.len();
    let last_page = total.div_ceil(limit).max(1);
    let listed: Vec<Value> = users
        .iter()
        .skip((page - 1).saturating_mul(limit))
        .take(limit)
        .map(listed_user)
        .collect();
    let link = |to: Option<usize>| {
        let href = to.map_or_else(String::new, |p| {
            href(state, app, query, p, limit, created_before)
        });
        json!({ "href": href })
    };
    Ok(json!({
        "users": listed,
        "page": page,
        "limit": limit,
        "total_users": total,
        "created_before": created_before,
        "_links": {
            "self": link(Some(page)),
            "first": link(Some(1)),
            "last": link(Some(last_page)),
            "next": link(Some(page + 1).filter(|p| *p <= last_page)),
            "previous": link(page.checked_sub(1).filter(|p| *p >= 1)),
        },
    }))
}

/// A `ListPaginatedUsersItem`: the user's own fields only.
fn listed_user(user: &PassageUser) -> Value {
    let mut value = serde_json::to_value(user).expect("a user serialises");
    if let Some(fields) = value.as_object_mut() {
        for nested in [
            "recent_events",
            "social_connections",
            "webauthn",
            "webauthn_devices",
            "webauthn_types",
        ] {
            fields.remove(nested);
        }
    }
    value
}

/// The path and query of another page of the same list.
fn href(
    state: &State,
    app: &str,
    query: &HashMap<String, String>,
    page: usize,
    limit: usize,
    created_before: i64,
) -> String {
    let mut url = Url::parse(&format!("{}/v1/apps/{app}/users", state.base_url)).expect("a URL");
    {
        let mut pairs = url.query_pairs_mut();
        pairs.append_pair("page", &page.to_string());
        pairs.append_pair("limit", &limit.to_string());
        pairs.append_pair("created_before", &created_before.to_string());
        let mut kept: Vec<_> = query
            .iter()
            .filter(|(k, _)| !["page", "limit", "created_before"].contains(&k.as_str()))
            .collect();
        kept.sort();
        for (key, value) in kept {
            pairs.append_pair(key, value);
        }
    }
    format!("{}?{}", url.path(), url.query().unwrap_or_default())
}

fn number(query: &HashMap<String, String>, name: &str, default: usize) -> Result<usize, String> {
    query.get(name).map_or(Ok(default), |raw| {
        raw.parse()
            .map_err(|_| format!("{name}: must be a whole number"))
    })
}

/// `field:ASC,other:DESC` -> `[(field, false), (other, true)]`.
fn order_by(raw: &str) -> Result<Vec<(String, bool)>, String> {
    raw.split(',')
        .map(|part| {
            let (field, direction) = part.trim().split_once(':').unwrap_or((part.trim(), "ASC"));
            if !FIELDS.contains(&field) {
                return Err(format!("order_by: cannot order by {field:?}"));
            }
            match direction.to_ascii_uppercase().as_str() {
                "ASC" => Ok((field.to_owned(), false)),
                "DESC" => Ok((field.to_owned(), true)),
                _ => Err(format!("order_by: {direction:?} is not ASC or DESC")),
            }
        })
        .collect()
}

fn compare(a: &PassageUser, b: &PassageUser, field: &str) -> CmpOrdering {
    match field {
        "login_count" => a.login_count.cmp(&b.login_count),
        "created_at" => a.created_at.cmp(&b.created_at),
        "updated_at" => a.updated_at.cmp(&b.updated_at),
        "last_login_at" => a.last_login_at.cmp(&b.last_login_at),
        _ => text(a, field).cmp(&text(b, field)),
    }
}

/// A field as text (`status` as its wire value).
fn text(user: &PassageUser, field: &str) -> String {
    match field {
        "id" => user.id.clone(),
        "email" => user.email.to_lowercase(),
        "phone" => user.phone.clone(),
        "status" => serde_json::to_value(user.status)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        _ => String::new(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Op {
    Eq,
    Ne,
    Gt,
    Lt,
    Like,
    NotLike,
}

/// One `field=op:value` condition.
struct Filter {
    field: &'static str,
    op: Op,
    value: String,
}

impl Filter {
    fn parse(field: &'static str, raw: &str) -> Result<Self, String> {
        let ops = [
            ("ne:", Op::Ne),
            ("gt:", Op::Gt),
            ("lt:", Op::Lt),
            ("like:", Op::Like),
            ("not_like:", Op::NotLike),
        ];
        let (op, value) = ops
            .iter()
            .find_map(|(prefix, op)| raw.strip_prefix(prefix).map(|v| (*op, v)))
            .unwrap_or((Op::Eq, raw));
        let timestamp = matches!(field, "created_at" | "updated_at" | "last_login_at");
        if timestamp && DateTime::parse_from_rfc3339(value).is_err() {
            return Err(format!(
                "{field}: not a timestamp like 2006-01-02T15:04:05.000000Z"
            ));
        }
        if field == "login_count" && value.parse::<i64>().is_err() {
            return Err("login_count: must be a whole number".into());
        }
        if (timestamp || field == "login_count") && matches!(op, Op::Like | Op::NotLike) {
            return Err(format!("{field}: cannot be matched with like"));
        }
        Ok(Self {
            field,
            op,
            value: value.to_owned(),
        })
    }

    fn matches(&self, user: &PassageUser) -> bool {
        if self.field == "identifier" {
            // Email OR phone: a negative condition must hold for both.
            let email = self.holds(self.text_order(&user.email.to_lowercase()), &user.email);
            let phone = self.holds(self.text_order(&user.phone), &user.phone);
            return match self.op {
                Op::Ne | Op::NotLike => email && phone,
                _ => email || phone,
            };
        }
        let ordering = match self.field {
            "login_count" => user
                .login_count
                .cmp(&self.value.parse().unwrap_or_default()),
            "created_at" | "updated_at" | "last_login_at" => {
                let wanted = DateTime::parse_from_rfc3339(&self.value)
                    .map(|t| t.with_timezone(&Utc))
                    .ok();
                let time = match self.field {
                    "created_at" => user.created_at,
                    "updated_at" => user.updated_at,
                    _ => user.last_login_at,
                };
                time.cmp(&wanted)
            }
            field => self.text_order(&text(user, field)),
        };
        self.holds(ordering, &text(user, self.field))
    }

    fn text_order(&self, text: &str) -> CmpOrdering {
        text.to_lowercase().cmp(&self.value.to_lowercase())
    }

    fn holds(&self, ordering: CmpOrdering, text: &str) -> bool {
        match self.op {
            Op::Eq => ordering.is_eq(),
            Op::Ne => ordering.is_ne(),
            Op::Gt => ordering.is_gt(),
            Op::Lt => ordering.is_lt(),
            Op::Like => like(text, &self.value),
            Op::NotLike => !like(text, &self.value),
        }
    }
}

/// SQL's `ILIKE` with `%` only: does `text` fit `pattern`?
fn like(text: &str, pattern: &str) -> bool {
    let text = text.to_lowercase();
    let pattern = pattern.to_lowercase();
    let parts: Vec<&str> = pattern.split('%').collect();
    let (first, rest) = parts.split_first().expect("split yields one part");
    let Some(mut remaining) = text.strip_prefix(first) else {
        return false;
    };
    for (i, part) in rest.iter().enumerate() {
        let last = i + 1 == rest.len();
        if last {
            return remaining.ends_with(part);
        }
        match remaining.find(part) {
            Some(at) => remaining = &remaining[at + part.len()..],
            None => return false,
        }
    }
    remaining.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn like_has_percent_wildcards() {
        assert!(like("Ada@Example.com", "%@example.com"));
        assert!(like("ada@example.com", "ada%"));
        assert!(like("ada@example.com", "a%@%.com"));
        assert!(!like("ada@example.com", "bob%"));
        assert!(like("ada", "ada"));
        assert!(!like("adam", "ada"));
    }

    #[test]
    fn order_by_refuses_identifier() {
        assert!(order_by("identifier:ASC").is_err());
        assert_eq!(
            order_by("login_count:DESC,id").unwrap(),
            [("login_count".to_owned(), true), ("id".to_owned(), false)]
        );
    }
}
