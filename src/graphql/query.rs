//! Read entry points.

use async_graphql::{Context, ID, Object, SimpleObject};

use std::marker::PhantomData;

use super::federation;
use super::user::UserObject;
use super::user_fields::{NoFields, UserFields};
use super::users_connection::{UserConnection, users_page};
use super::{repo, viewer, viewer_is_admin, viewer_record};
use crate::db::users::Role;
use crate::error::{AppError, AppResult};

/// The server's read entry points; `X` adds an app's fields to `User`
/// (see [`UserFields`]).
pub struct Query<X = NoFields>(PhantomData<fn() -> X>);

impl<X> Default for Query<X> {
    fn default() -> Self {
        Self(PhantomData)
    }
}

impl<X> Clone for Query<X> {
    fn clone(&self) -> Self {
        Self::default()
    }
}

/// Users linked per issuer and rule.
#[derive(SimpleObject)]
#[graphql(name = "IdentityStatus")]
pub struct IdentityStatusObject {
    /// Identities per issuer and the rule that attached them
    /// (`registration`, `claim`, `verified_email`, `import`).
    linked: Vec<LinkedCount>,
    /// Users with a Passage identity and no identity from another issuer.
    unlinked_passage_users: i64,
    /// Identities that a link rule refused to link because it found a
    /// conflict, per issuer, rule and reason (`user_taken`,
    /// `ambiguous_email`, `unverified_snapshot_email`,
    /// `unnormalisable_email`); settle them with `identities import`.
    conflicts: Vec<LinkConflictCount>,
}

#[derive(SimpleObject)]
pub struct LinkConflictCount {
    issuer: String,
    rule: String,
    reason: String,
    identities: i64,
}

#[derive(SimpleObject)]
pub struct LinkedCount {
    issuer: String,
    rule: String,
    users: i64,
}

#[Object(name = "Query")]
impl<X: UserFields> Query<X> {
    /// The signed-in user; null when they have not called `createUser` yet.
    async fn me(&self, ctx: &Context<'_>) -> AppResult<Option<UserObject<X>>> {
        Ok(viewer_record(ctx).await?.cloned().map(UserObject::new))
    }

    /// A user by local ID: the signed-in user's own record, or, for admins,
    /// anyone's (null when there is none). Anyone else gets FORBIDDEN,
    /// whether or not the ID exists.
    async fn user(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<UserObject<X>>> {
        viewer(ctx).signed_in()?;
        let id: i64 = id.parse().map_err(|_| {
            AppError::bad_input("id", "id must be a user ID as returned by the API")
        })?;
        match viewer_record(ctx).await? {
            Some(own) if own.id == id => Ok(Some(UserObject::new(own.clone()))),
            Some(own) if own.role == Role::Admin => {
                Ok(repo(ctx).find_by_id(id).await?.map(UserObject::new))
            }
            _ => Err(AppError::forbidden(
                "read this user (only that user and admins can)",
            )),
        }
    }

    /// How far moving users to other issuers got (admins only): users
    /// linked per issuer and rule, and Passage-era users not linked yet.
    async fn identity_status(&self, ctx: &Context<'_>) -> AppResult<IdentityStatusObject> {
        viewer(ctx).signed_in()?;
        if !viewer_is_admin(ctx).await? {
            return Err(AppError::forbidden(
                "read the identity status (admins only)",
            ));
        }
        let status = repo(ctx).identity_status().await?;
        Ok(IdentityStatusObject {
            linked: status
                .linked
                .into_iter()
                .map(|(issuer, rule, users)| LinkedCount {
                    issuer,
                    rule,
                    users,
                })
                .collect(),
            unlinked_passage_users: status.unlinked_passage_users,
            conflicts: status
                .conflicts
                .into_iter()
                .map(|(issuer, rule, reason, identities)| LinkConflictCount {
                    issuer,
                    rule,
                    reason,
                    identities,
                })
                .collect(),
        })
    }

    /// Every registered user, by ascending ID (admins only). `first`
    /// defaults to 20, at most 100; `after` is a cursor from a previous page.
    async fn users(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<UserConnection<X>> {
        users_page(ctx, first, after).await
    }

    /// Federation: `User @key(fields: "id")` (not a field of `Query`).
    #[graphql(entity)]
    async fn find_user_by_id(&self, ctx: &Context<'_>, id: ID) -> AppResult<Option<UserObject<X>>> {
        federation::user_by_id(ctx, id).await
    }

    /// Federation: `User @key(fields: "passageId")` (not a field of `Query`).
    #[graphql(entity)]
    async fn find_user_by_passage_id(
        &self,
        ctx: &Context<'_>,
        passage_id: ID,
    ) -> AppResult<Option<UserObject<X>>> {
        federation::user_by_passage_id(ctx, passage_id).await
    }
}
