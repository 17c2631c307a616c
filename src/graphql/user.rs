//! The `User` type: local fields from the `users` row, Passage-owned fields
//! through the request's loader, only when selected and only for the user
//! themself or an admin.

use std::sync::Arc;

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};

use super::{PassageLoader, viewer, viewer_is_admin};
use crate::db::users::User;
use crate::error::{AppError, AppResult};
use crate::passage::{PassageError, PassageStatus, PassageUser, PassageUsers};

/// What a user may do beyond their own record.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "Role", remote = "crate::db::users::Role")]
enum RoleValue {
    User,
    Admin,
}

/// Account status in Passage.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "UserStatus", remote = "crate::passage::PassageStatus")]
enum StatusValue {
    Active,
    Inactive,
    Pending,
}

/// A registered user of this app. Passage-owned fields are nullable: when
/// Passage fails, they are null with an error at their path and the rest of
/// the response stands.
pub struct UserObject(pub User);

impl From<User> for UserObject {
    fn from(user: User) -> Self {
        Self(user)
    }
}

impl UserObject {
    /// This user's Passage profile, for the user themself or an admin.
    async fn passage(&self, ctx: &Context<'_>) -> AppResult<Arc<PassageUser>> {
        let own = viewer(ctx).passage_id()? == &self.0.passage_id;
        if !own && !viewer_is_admin(ctx).await? {
            return Err(AppError::forbidden(
                "read another user's Passage fields (only that user and admins can)",
            ));
        }
        // A fresh cached profile needs no batching (nor the loader's delay).
        if let Some(user) = ctx
            .data_unchecked::<PassageUsers>()
            .cached(&self.0.passage_id)
            .await
        {
            return Ok(user);
        }
        let loader = ctx.data_unchecked::<PassageLoader>();
        let Ok(lookup) = loader.load_one(self.0.passage_id.clone()).await;
        match lookup {
            Some(Ok(user)) => Ok(user),
            Some(Err(PassageError::NotFound)) | None => Err(AppError::PassageUserNotFound),
            Some(Err(PassageError::Unavailable(reason))) => {
                Err(AppError::PassageUnavailable(reason))
            }
            Some(Err(PassageError::BadRequest(_) | PassageError::Conflict(_))) => {
                Err(AppError::PassageUnavailable("request refused".into()))
            }
        }
    }
}

#[Object(name = "User")]
impl UserObject {
    /// Local ID of the record.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The Passage user ID (the token's `sub`).
    async fn passage_id(&self) -> ID {
        ID(self.0.passage_id.to_string())
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn role(&self) -> RoleValue {
        self.0.role.into()
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// Email address in Passage (null when none).
    async fn email(&self, ctx: &Context<'_>) -> AppResult<Option<String>> {
        Ok(self.passage(ctx).await?.email().map(str::to_owned))
    }

    /// Phone number in Passage, E.164 (null when none).
    async fn phone(&self, ctx: &Context<'_>) -> AppResult<Option<String>> {
        Ok(self.passage(ctx).await?.phone().map(str::to_owned))
    }

    async fn email_verified(&self, ctx: &Context<'_>) -> AppResult<Option<bool>> {
        Ok(Some(self.passage(ctx).await?.email_verified))
    }

    async fn phone_verified(&self, ctx: &Context<'_>) -> AppResult<Option<bool>> {
        Ok(Some(self.passage(ctx).await?.phone_verified))
    }

    async fn status(&self, ctx: &Context<'_>) -> AppResult<Option<StatusValue>> {
        let status: PassageStatus = self.passage(ctx).await?.status;
        Ok(Some(status.into()))
    }

    /// Last sign-in (null when never).
    async fn last_login_at(&self, ctx: &Context<'_>) -> AppResult<Option<DateTime<Utc>>> {
        Ok(self.passage(ctx).await?.last_login_at())
    }

    async fn login_count(&self, ctx: &Context<'_>) -> AppResult<Option<i64>> {
        Ok(Some(self.passage(ctx).await?.login_count))
    }
}
