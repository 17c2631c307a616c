//! The `User` type: local fields from the `users` row, Passage-owned fields
//! through the request's loader, only when selected and only for the user
//! themself or an admin.

use std::sync::Arc;

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use super::{PassageIssuer, RequestScope, repo, viewer, viewer_is_admin, viewer_record};
use crate::db::users::User;
use crate::error::{AppError, AppResult};
use crate::identity::PassageUserId;
use crate::passage::{PassageError, PassageUser, PassageUsers};
use crate::profile::{Contact, ContactKind, ProfileFields};

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
    /// Checks that the viewer may read this user's provider-owned fields
    /// (the user themself or an admin; others get `FORBIDDEN`), and returns
    /// the viewer's token claims when this is the viewer's own record.
    async fn own_claims<'a>(&self, ctx: &Context<'a>) -> AppResult<Option<&'a ProfileFields>> {
        let principal = viewer(ctx).signed_in()?;
        let own = viewer_record(ctx)
            .await?
            .is_some_and(|me| me.id == self.0.id);
        if !own && !viewer_is_admin(ctx).await? {
            return Err(AppError::forbidden(
                "read another user's profile fields (only that user and admins can)",
            ));
        }
        Ok(own.then_some(&principal.profile))
    }

    /// An email or phone number with its verified flag, both from one
    /// source. Order: the viewer's own token's claims when they carry the
    /// value; else Passage, live while configured; else the Passage
    /// snapshot; else `PROFILE_NOT_SHARED`. A flag is never taken from
    /// another source than its value: where the source has none, it is false.
    async fn contact(
        &self,
        ctx: &Context<'_>,
        field: &'static str,
        kind: ContactKind,
    ) -> AppResult<Contact> {
        if let Some(contact) = self
            .own_claims(ctx)
            .await?
            .map(|claims| Contact::of(claims, kind))
            .filter(|contact| contact.value.is_some())
        {
            return Ok(contact);
        }
        let Some(id) = &self.0.passage_id else {
            return Err(AppError::ProfileNotShared(field));
        };
        if ctx.data_opt::<PassageUsers>().is_some() {
            let live = passage_profile(ctx, id.clone()).await?;
            return Ok(Contact::of(&ProfileFields::from(&*live), kind));
        }
        match repo(ctx).snapshot(self.0.id).await? {
            Some(snapshot) => Ok(Contact::of(&ProfileFields::from(snapshot), kind)),
            None => Err(AppError::ProfileNotShared(field)),
        }
    }

    /// A field only Passage knows (and only while it is configured).
    async fn passage_only<T>(
        &self,
        ctx: &Context<'_>,
        field: &'static str,
        from_passage: impl FnOnce(&PassageUser) -> Option<T>,
    ) -> AppResult<Option<T>> {
        self.own_claims(ctx).await?;
        match (&self.0.passage_id, ctx.data_opt::<PassageUsers>()) {
            (Some(id), Some(_)) => Ok(from_passage(&*passage_profile(ctx, id.clone()).await?)),
            _ => Err(AppError::ProfileNotShared(field)),
        }
    }
}

/// A user's Passage profile: the shared cache, else the request's loader.
async fn passage_profile(ctx: &Context<'_>, id: PassageUserId) -> AppResult<Arc<PassageUser>> {
    // A fresh cached profile needs no batching (nor the loader's delay).
    let Some(users) = ctx.data_opt::<PassageUsers>() else {
        return Err(AppError::PassageUnavailable("not configured".into()));
    };
    let cached = users.cached(&id).await;
    if let Some(telemetry) = ctx.data_opt::<Arc<crate::observability::metrics::Telemetry>>() {
        telemetry.profile_cache.count(cached.is_some());
    }
    if let Some(user) = cached {
        return Ok(user);
    }
    let loader = ctx.data_unchecked::<RequestScope>().passage_loader(users);
    let Ok(lookup) = loader.load_one(id).await;
    match lookup {
        Some(Ok(user)) => Ok(user),
        Some(Err(PassageError::NotFound)) | None => Err(AppError::PassageUserNotFound),
        Some(Err(PassageError::Unavailable(reason))) => Err(AppError::PassageUnavailable(reason)),
        Some(Err(PassageError::BadRequest(_) | PassageError::Conflict(_))) => {
            Err(AppError::PassageUnavailable("request refused".into()))
        }
    }
}

/// One of a user's sign-in identities.
#[derive(SimpleObject)]
pub struct IdentityObject {
    /// The issuer, as configured on this server (Passage's is
    /// `{PASSAGE_AUTH_URL}/v1/apps/{PASSAGE_APP_ID}`).
    issuer: String,
    /// The user's ID at that issuer (the token's `sub`).
    subject: String,
}

#[Object(name = "User")]
impl UserObject {
    /// Local ID of the record.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The Passage user ID (a Passage token's `sub`); null for a user who
    /// signed up through another issuer and has no Passage identity. (It was
    /// non-null before other issuers were supported.)
    async fn passage_id(&self) -> Option<ID> {
        self.0.passage_id.as_ref().map(|id| ID(id.to_string()))
    }

    /// Every identity the user signs in with: Passage's first, when there is
    /// one, then the others in the order they were added.
    async fn identities(&self, ctx: &Context<'_>) -> AppResult<Vec<IdentityObject>> {
        let mut all = Vec::new();
        if let Some(id) = &self.0.passage_id {
            all.push(IdentityObject {
                issuer: ctx.data_unchecked::<PassageIssuer>().0.to_string(),
                subject: id.to_string(),
            });
        }
        let others = repo(ctx).issuer_identities(self.0.id).await?;
        all.extend(
            others
                .into_iter()
                .map(|(issuer, subject)| IdentityObject { issuer, subject }),
        );
        Ok(all)
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

    /// Email address: from the user's token when its issuer shares it,
    /// else from Passage, else from the Passage snapshot (null when none).
    async fn email(&self, ctx: &Context<'_>) -> AppResult<Option<String>> {
        Ok(self.contact(ctx, "email", ContactKind::Email).await?.value)
    }

    /// Phone number, E.164: from the user's token when its issuer shares it,
    /// else from Passage, else from the Passage snapshot (null when none).
    async fn phone(&self, ctx: &Context<'_>) -> AppResult<Option<String>> {
        Ok(self.contact(ctx, "phone", ContactKind::Phone).await?.value)
    }

    /// Whether `email`'s source verified that address; always from the same
    /// source as `email`, false where that source does not say.
    async fn email_verified(&self, ctx: &Context<'_>) -> AppResult<Option<bool>> {
        let contact = self.contact(ctx, "emailVerified", ContactKind::Email);
        Ok(Some(contact.await?.verified))
    }

    /// Whether `phone`'s source verified that number; always from the same
    /// source as `phone`, false where that source does not say.
    async fn phone_verified(&self, ctx: &Context<'_>) -> AppResult<Option<bool>> {
        let contact = self.contact(ctx, "phoneVerified", ContactKind::Phone);
        Ok(Some(contact.await?.verified))
    }

    /// Account status in Passage.
    async fn status(&self, ctx: &Context<'_>) -> AppResult<Option<StatusValue>> {
        self.passage_only(ctx, "status", |p| Some(p.status.into()))
            .await
    }

    /// Last sign-in in Passage (null when never).
    async fn last_login_at(&self, ctx: &Context<'_>) -> AppResult<Option<DateTime<Utc>>> {
        self.passage_only(ctx, "lastLoginAt", PassageUser::last_login_at)
            .await
    }

    /// Sign-ins counted by Passage.
    async fn login_count(&self, ctx: &Context<'_>) -> AppResult<Option<i64>> {
        self.passage_only(ctx, "loginCount", |p| Some(p.login_count))
            .await
    }
}
