//! Read entry points.

use async_graphql::{Context, ID, Object};

use super::user::UserObject;
use super::users_connection::{UserConnection, users_page};
use super::{repo, viewer, viewer_record};
use crate::db::users::Role;
use crate::error::{AppError, AppResult};

pub struct Query;

#[Object]
impl Query {
    /// The signed-in user; null when they have not called `createUser` yet.
    async fn me(&self, ctx: &Context<'_>) -> AppResult<Option<UserObject>> {
        Ok(viewer_record(ctx).await?.cloned().map(UserObject))
    }

    /// A user by local ID: the signed-in user's own record, or, for admins,
    /// anyone's (null when there is none). Anyone else gets FORBIDDEN,
    /// whether or not the ID exists.
    async fn user(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<UserObject>> {
        viewer(ctx).signed_in()?;
        let id: i64 = id.parse().map_err(|_| {
            AppError::bad_input("id", "id must be a user ID as returned by the API")
        })?;
        match viewer_record(ctx).await? {
            Some(own) if own.id == id => Ok(Some(UserObject(own.clone()))),
            Some(own) if own.role == Role::Admin => {
                Ok(repo(ctx).find_by_id(id).await?.map(UserObject))
            }
            _ => Err(AppError::forbidden(
                "read this user (only that user and admins can)",
            )),
        }
    }

    /// Every registered user, by ascending ID (admins only). `first`
    /// defaults to 20, at most 100; `after` is a cursor from a previous page.
    async fn users(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<UserConnection> {
        users_page(ctx, first, after).await
    }
}
