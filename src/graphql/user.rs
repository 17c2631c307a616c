//! The `User` type: local fields from the `users` row, Passage-owned fields
//! through the request's loader, only when selected and only for the user
//! themself or an admin.

use std::marker::PhantomData;
use std::sync::Arc;

use async_graphql::{Context, Enum, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};

use super::loader::ClerkKey;
use super::user_fields::{NoFields, UserFields};
use super::{
    PassageIssuer, RequestScope, ViewerToken, repo, viewer, viewer_is_admin, viewer_record,
};
use crate::db::users::User;
use crate::error::{AppError, AppResult};
use crate::identity::{Identity, PassageUserId};
use crate::passage::{PassageError, PassageUser, PassageUsers};
use crate::profile::{Contact, ContactKind, ProfileFields, ProfileSources, ProviderError, Source};

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

/// A registered user of this app: the GraphQL `User` type. Passage-owned
/// fields are nullable: when Passage fails, they are null with an error at
/// their path and the rest of the response stands. `X` adds an app's fields
/// (see [`UserFields`]). An app's own field that returns a `User` makes one
/// with [`ContextExt::user_object`](super::ContextExt::user_object), which
/// keeps the server's rule (the user themself and admins): it is not made
/// from a bare record outside the crate.
pub struct UserObject<X = NoFields>(pub(crate) User, PhantomData<fn() -> X>);

impl<X> UserObject<X> {
    /// The `User` of `user`'s record, for a caller that checked the viewer
    /// may read it.
    pub(crate) fn new(user: User) -> Self {
        Self(user, PhantomData)
    }

    /// The user's local record.
    pub fn record(&self) -> &User {
        &self.0
    }
}

impl<X> UserObject<X> {
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
    /// source. Order: on the viewer's own record, their issuer's source
    /// (its token's claims, UserInfo, Clerk) when it has the value; else
    /// the user's identities at issuers whose source can look anyone up
    /// (Clerk's); else Passage, live while configured; else the Passage
    /// snapshot; else `PROFILE_NOT_SHARED`. A flag is never taken from
    /// another source than its value: where the source has none, it is false.
    async fn contact(
        &self,
        ctx: &Context<'_>,
        field: &'static str,
        kind: ContactKind,
    ) -> AppResult<Contact> {
        let own = self.own_claims(ctx).await?;
        let sources = ctx.data_unchecked::<ProfileSources>();
        let with_value = |profile: &ProfileFields| {
            Some(Contact::of(profile, kind)).filter(|contact| contact.value.is_some())
        };
        let mut passage_live = true;
        let mut asked: Option<(&str, &str)> = None;
        if let Some(claims) = own {
            let principal = viewer(ctx).signed_in()?;
            let issuer = principal.issuer.as_str();
            let subject = match &principal.identity {
                Identity::Issuer { subject, .. } => Some(subject.as_str()),
                Identity::Passage(_) => None,
            };
            let answer = match (sources.of(issuer), subject) {
                (Source::Claims, _) => {
                    if let Some(contact) = with_value(claims) {
                        return Ok(contact);
                    }
                    None
                }
                (Source::Userinfo(userinfo), Some(subject)) => {
                    let Some(token) = ctx.data_opt::<ViewerToken>() else {
                        return Err(AppError::ProviderUnavailable("no token".into()));
                    };
                    let answer =
                        Box::pin(userinfo.profile(&token.0, subject, principal.expires_at as f64))
                            .await;
                    Some(answer.map_err(provider_error)?)
                }
                (Source::Clerk(_), Some(subject)) => {
                    asked = Some((issuer, subject));
                    Box::pin(clerk_profile(ctx, issuer, subject)).await?
                }
                (Source::Snapshot, _) => {
                    passage_live = false;
                    None
                }
                _ => None,
            };
            if let Some(contact) = answer.as_deref().and_then(with_value) {
                return Ok(contact);
            }
        }
        if sources.looks_up_anyone() {
            let loader = ctx
                .data_unchecked::<RequestScope>()
                .identities_loader(repo(ctx));
            let identities = Box::pin(loader.load_one(self.0.id))
                .await
                .map_err(|err| AppError::from(err.replicate()))?
                .unwrap_or_default();
            for (issuer, subject) in identities.iter() {
                let key = (issuer.as_str(), subject.as_str());
                if asked == Some(key) || !matches!(sources.of(issuer), Source::Clerk(_)) {
                    continue;
                }
                let answer = Box::pin(clerk_profile(ctx, issuer, subject)).await?;
                if let Some(contact) = answer.as_deref().and_then(with_value) {
                    return Ok(contact);
                }
            }
        }
        let Some(id) = &self.0.passage_id else {
            return Err(AppError::ProfileNotShared(field));
        };
        if passage_live && ctx.data_opt::<PassageUsers>().is_some() {
            let live = passage_profile(ctx, id.clone()).await?;
            return Ok(Contact::of_passage(&live, kind));
        }
        match Box::pin(repo(ctx).snapshot(self.0.id)).await? {
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
    // Boxed, as every await off the hot path of the `User` fields: a field's
    // future is moved into a box of its own, at its whole size, on every
    // request.
    let Ok(lookup) = Box::pin(loader.load_one(id)).await;
    match lookup {
        Some(Ok(user)) => Ok(user),
        Some(Err(PassageError::NotFound)) | None => Err(AppError::PassageUserNotFound),
        Some(Err(PassageError::Unavailable(reason))) => Err(AppError::PassageUnavailable(reason)),
        Some(Err(PassageError::BadRequest(_) | PassageError::Conflict(_))) => {
            Err(AppError::PassageUnavailable("request refused".into()))
        }
    }
}

/// A Clerk user's profile: the shared cache, else the request's loader
/// (`None`: Clerk has no such user).
async fn clerk_profile(
    ctx: &Context<'_>,
    issuer: &str,
    subject: &str,
) -> AppResult<Option<Arc<ProfileFields>>> {
    let sources = ctx.data_unchecked::<ProfileSources>();
    let Source::Clerk(clerk) = sources.of(issuer) else {
        return Ok(None);
    };
    if let Some(profile) = clerk.cached(subject).await {
        return Ok(Some(profile));
    }
    let loader = ctx.data_unchecked::<RequestScope>().clerk_loader(sources);
    let key = ClerkKey {
        issuer: issuer.into(),
        subject: subject.to_owned(),
    };
    let Ok(lookup) = loader.load_one(key).await;
    match lookup {
        Some(Ok(profile)) => Ok(Some(profile)),
        Some(Err(ProviderError::NotFound)) | None => Ok(None),
        Some(Err(err)) => Err(provider_error(err)),
    }
}

/// Loads, in one batch each, the identities of `users` and the Clerk
/// profiles behind them, so that a page of users whose provider-owned
/// fields are selected costs one identities query and ceil(N/100) Backend
/// API calls however the fields' resolvers interleave. Failures are left
/// for the fields to report.
pub(crate) async fn prefetch_provider_profiles(ctx: &Context<'_>, users: &[User]) {
    let sources = ctx.data_unchecked::<ProfileSources>();
    if !sources.looks_up_anyone() || users.is_empty() {
        return;
    }
    let scope = ctx.data_unchecked::<RequestScope>();
    let ids: Vec<i64> = users.iter().map(|u| u.id).collect();
    let Ok(identities) = scope.identities_loader(repo(ctx)).load_many(ids).await else {
        return;
    };
    let keys: Vec<ClerkKey> = identities
        .values()
        .flat_map(|all| all.iter())
        .filter(|(issuer, _)| matches!(sources.of(issuer), Source::Clerk(_)))
        .map(|(issuer, subject)| ClerkKey {
            issuer: issuer.as_str().into(),
            subject: subject.clone(),
        })
        .collect();
    if !keys.is_empty() {
        let _ = scope.clerk_loader(sources).load_many(keys).await;
    }
}

/// True when `node` selects a provider-owned contact field.
pub(crate) fn selects_contacts(node: async_graphql::Lookahead<'_>) -> bool {
    ["email", "emailVerified", "phone", "phoneVerified"]
        .iter()
        .any(|field| node.field(field).exists())
}

fn provider_error(err: ProviderError) -> AppError {
    match err {
        ProviderError::NotFound => AppError::ProviderUnavailable("no such user".into()),
        ProviderError::Unavailable(reason) => AppError::ProviderUnavailable(reason),
    }
}

/// Where an identity's provider-owned fields come from.
#[derive(Enum, Clone, Copy, PartialEq, Eq)]
#[graphql(name = "ProfileSource", remote = "crate::issuers::ProfileSource")]
enum ProfileSourceValue {
    /// The user's own token's claims (shown to the user themself only).
    Claims,
    /// OpenID Connect UserInfo, called with the user's own token.
    Userinfo,
    /// Clerk's Backend API.
    Clerk,
    /// Passage's Management API.
    Passage,
    /// The Passage snapshot kept in Postgres.
    Snapshot,
}

/// One of a user's sign-in identities.
#[derive(SimpleObject)]
pub struct IdentityObject {
    /// The issuer, as configured on this server (Passage's is
    /// `{PASSAGE_AUTH_URL}/v1/apps/{PASSAGE_APP_ID}`).
    issuer: String,
    /// The user's ID at that issuer (the token's `sub`).
    subject: String,
    /// Where this identity's provider-owned fields (`email`, `phone` and
    /// their verified flags) come from: the issuer's `profile` setting.
    profile_source: ProfileSourceValue,
}

#[Object(name = "User")]
impl<X: UserFields> UserObject<X> {
    /// Local ID of the record.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The Passage user ID (a Passage token's `sub`); null for a user who
    /// signed up through another issuer and has no Passage identity.
    async fn passage_id(&self) -> Option<ID> {
        self.0.passage_id.as_ref().map(|id| ID(id.to_string()))
    }

    /// Every identity the user signs in with: Passage's first, when there is
    /// one, then the others in the order they were added.
    async fn identities(&self, ctx: &Context<'_>) -> AppResult<Vec<IdentityObject>> {
        let sources = ctx.data_unchecked::<ProfileSources>();
        let identity = |issuer: String, subject: String| IdentityObject {
            profile_source: sources.of(&issuer).kind().into(),
            issuer,
            subject,
        };
        let mut all = Vec::new();
        if let Some(id) = &self.0.passage_id {
            let issuer = ctx.data_unchecked::<PassageIssuer>().0.to_string();
            all.push(identity(issuer, id.to_string()));
        }
        let others = ctx
            .data_unchecked::<RequestScope>()
            .identities_loader(repo(ctx))
            .load_one(self.0.id)
            .await
            .map_err(|err| AppError::from(err.replicate()))?
            .unwrap_or_default();
        all.extend(
            others
                .iter()
                .map(|(issuer, subject)| identity(issuer.clone(), subject.clone())),
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

    /// Email address, from the user's sign-in provider: their issuer's
    /// profile source (the token's claims, UserInfo or Clerk's Backend API),
    /// else Passage while configured, else the Passage snapshot; null with
    /// `PROFILE_NOT_SHARED` when none has it.
    async fn email(&self, ctx: &Context<'_>) -> AppResult<Option<String>> {
        Ok(self.contact(ctx, "email", ContactKind::Email).await?.value)
    }

    /// Phone number, E.164, from the user's sign-in provider: their issuer's
    /// profile source (the token's claims, UserInfo or Clerk's Backend API),
    /// else Passage while configured, else the Passage snapshot; null with
    /// `PROFILE_NOT_SHARED` when none has it.
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

    /// The app's own fields, merged into `User` (none for the server alone).
    #[graphql(flatten)]
    async fn app_fields(&self) -> X {
        X::for_user(&self.0)
    }
}
