//! Read entry points.

use async_graphql::{Context, ID, Object};

use super::user::UserObject;
use super::{repo, viewer, viewer_record};
use crate::error::{AppError, AppResult};

pub struct Query;

#[Object]
impl Query {
    /// The signed-in user; null when they have not called `createUser` yet.
    async fn me(&self, ctx: &Context<'_>) -> AppResult<Option<UserObject>> {
        Ok(viewer_record(ctx).await?.cloned().map(UserObject))
    }

    /// A user by local ID (signed-in users only); null when there is none.
    async fn user(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<UserObject>> {
        viewer(ctx).passage_id()?;
        let id: i64 = id.parse().map_err(|_| {
            AppError::bad_input("id", "id must be a user ID as returned by the API")
        })?;
        Ok(repo(ctx).find_by_id(id).await?.map(UserObject))
    }
}
