//! Apollo Federation v2: this server as a subgraph that owns `User`.
//!
//! `User` is an entity with two keys: `@key(fields: "id")` (the local ID)
//! and `@key(fields: "passageId")` (for subgraphs that stored a Passage
//! token's `sub`). A gateway resolves references through `_entities`,
//! whose representations all go through the request's
//! [`UserLoader`](super::UserLoader): 100 references are one SQL query,
//! and their Passage-owned fields share the request's batched Passage
//! loader as any list does.
//!
//! Federation is always on: async-graphql adds `_entities` and `_service`
//! as soon as `Query` has an entity resolver, and neither reveals anything
//! the rest of the schema does not. The gateway forwards the client's
//! token, and it is verified here as on any request: a reference resolves
//! under the same rule as `Query.user` (the viewer's own record, or anyone's
//! for admins; `FORBIDDEN` otherwise, `UNAUTHENTICATED` without a token),
//! and the provider-owned fields keep their own checks. `_service { sdl }`
//! counts as introspection (refused when `GRAPHQL_INTROSPECTION` is off);
//! `passage-graphql schema --federation` prints the same SDL offline.

use async_graphql::registry::SDLExportOptions;
use async_graphql::{Context, ID, ObjectType, Schema, SubscriptionType};

use super::loader::UserKey;
use super::user::UserObject;
use super::user_fields::UserFields;
use super::{Graph, RequestScope, repo, viewer, viewer_record};
use crate::db::users::{Role, User};
use crate::error::{AppError, AppResult};
use crate::identity::PassageUserId;

/// The subgraph SDL, as `_service { sdl }` answers it: Federation v2 `@link`
/// and `@key`s, without the federation fields and types themselves.
pub fn federation_sdl() -> String {
    Graph::default().sdl(true)
}

/// `schema`'s subgraph SDL.
pub(super) fn sdl_of<Q, M, S>(schema: &Schema<Q, M, S>) -> String
where
    Q: ObjectType + 'static,
    M: ObjectType + 'static,
    S: SubscriptionType + 'static,
{
    schema.sdl_with_options(SDLExportOptions::new().federation().compose_directive())
}

/// `User @key(fields: "id")`: the user with this local ID.
pub(crate) async fn user_by_id<X: UserFields>(
    ctx: &Context<'_>,
    id: ID,
) -> AppResult<Option<UserObject<X>>> {
    // An ID that is no number names no user.
    let key = id.parse().ok().map(UserKey::Id);
    resolve(ctx, key).await
}

/// `User @key(fields: "passageId")`: the user with this Passage user ID.
pub(crate) async fn user_by_passage_id<X: UserFields>(
    ctx: &Context<'_>,
    passage_id: ID,
) -> AppResult<Option<UserObject<X>>> {
    let key = PassageUserId::parse(passage_id.as_str())
        .ok()
        .map(UserKey::PassageId);
    resolve(ctx, key).await
}

/// A reference, under `Query.user`'s rule: the viewer's own record needs no
/// query (it was read once for the request); an admin's references go to
/// the loader, null for no such user; anyone else gets `FORBIDDEN` whether
/// or not the user exists.
async fn resolve<X: UserFields>(
    ctx: &Context<'_>,
    key: Option<UserKey>,
) -> AppResult<Option<UserObject<X>>> {
    viewer(ctx).signed_in()?;
    let own = viewer_record(ctx).await?;
    if let (Some(own), Some(key)) = (own, &key)
        && names(key, own)
    {
        return Ok(Some(UserObject::new(own.clone())));
    }
    if !own.is_some_and(|own| own.role == Role::Admin) {
        return Err(AppError::forbidden(
            "read this user (only that user and admins can)",
        ));
    }
    let Some(key) = key else {
        return Ok(None);
    };
    let loader = ctx.data_unchecked::<RequestScope>().user_loader(repo(ctx));
    let user = loader
        .load_one(key)
        .await
        .map_err(|err| AppError::from(err.replicate()))?;
    Ok(user.map(UserObject::new))
}

fn names(key: &UserKey, user: &User) -> bool {
    match key {
        UserKey::Id(id) => *id == user.id,
        UserKey::PassageId(id) => user.passage_id.as_ref() == Some(id),
    }
}
