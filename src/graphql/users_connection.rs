//! `Query.users`: every registered user, for admins, as a cursor connection
//! ordered by ID. Cursors are opaque (base64 of the ID).

use async_graphql::connection::{Connection, Edge};
use async_graphql::{Context, SimpleObject};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::user::UserObject;
use super::user_fields::UserFields;
use super::{repo, viewer, viewer_is_admin};
use crate::error::{AppError, AppResult};

/// Page size when `first` is not given.
pub const DEFAULT_PAGE: i32 = 20;
/// Largest page.
pub const MAX_PAGE: i32 = 100;

#[derive(SimpleObject)]
pub struct UserConnectionFields {
    /// Registered users in all (counted only when selected).
    total_count: i64,
}

pub type UserConnection<X> =
    Connection<String, UserObject<X>, UserConnectionFields, async_graphql::connection::EmptyFields>;

pub async fn users_page<X: UserFields>(
    ctx: &Context<'_>,
    first: Option<i32>,
    after: Option<String>,
) -> AppResult<UserConnection<X>> {
    viewer(ctx).signed_in()?;
    if !viewer_is_admin(ctx).await? {
        return Err(AppError::forbidden("list users (admins only)"));
    }
    let first = first.unwrap_or(DEFAULT_PAGE);
    if !(0..=MAX_PAGE).contains(&first) {
        return Err(AppError::bad_input(
            "first",
            format!("first must be between 0 and {MAX_PAGE}"),
        ));
    }
    let after_id = after.as_deref().map(decode_cursor).transpose()?;
    let repo = repo(ctx);
    let mut users = repo.list_after(after_id, i64::from(first) + 1).await?;
    let has_next = users.len() > first as usize;
    users.truncate(first as usize);
    let node = ctx.look_ahead().field("edges").field("node");
    if super::user::selects_contacts(ctx.look_ahead().field("edges").field("node")) {
        super::user::prefetch_provider_profiles(ctx, &users).await;
    }
    // The app's fields on each user, batched once for the page.
    X::prefetch(ctx, node, &users).await;
    // count(*) reads the whole table: only when the query asks for it.
    let total_count = if ctx.look_ahead().field("totalCount").exists() {
        repo.count().await?
    } else {
        0
    };
    let mut connection = Connection::with_additional_fields(
        after_id.is_some(),
        has_next,
        UserConnectionFields { total_count },
    );
    connection.edges.extend(
        users
            .into_iter()
            .map(|user| Edge::new(encode_cursor(user.id), UserObject::new(user))),
    );
    Ok(connection)
}

fn encode_cursor(id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("user:{id}"))
}

fn decode_cursor(cursor: &str) -> AppResult<i64> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|raw| String::from_utf8(raw).ok())
        .and_then(|text| text.strip_prefix("user:")?.parse().ok())
        .ok_or_else(|| AppError::bad_input("after", "after must be a cursor returned by users"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_garbage_is_refused() {
        assert_eq!(decode_cursor(&encode_cursor(42)).unwrap(), 42);
        assert!(decode_cursor("nonsense").is_err());
    }
}
