//! Write entry points. Each acts on the signed-in user only: the Passage user
//! ID comes from the verified token, never from the input.

use async_graphql::{Context, InputObject, Object};

use std::marker::PhantomData;

use super::user::UserObject;
use super::user_fields::{NoFields, UserFields};
use super::{repo, viewer, viewer_record};
use crate::db::snapshots::OwnChange;
use crate::db::users::UserName;
use crate::error::{AppError, AppResult};
use crate::events::{Event, EventBus};
use crate::passage::model::UserUpdate;
use crate::passage::{PassageError, PassageUsers};

/// The server's write entry points; `X` adds an app's fields to the
/// `User`s they return (see [`UserFields`]).
pub struct Mutation<X = NoFields>(PhantomData<fn() -> X>);

impl<X> Default for Mutation<X> {
    fn default() -> Self {
        Self(PhantomData)
    }
}

impl<X> Clone for Mutation<X> {
    fn clone(&self) -> Self {
        Self::default()
    }
}

#[derive(InputObject)]
pub struct CreateUserInput {
    /// Display name: 1-100 characters after trimming, no control characters.
    pub name: String,
}

#[derive(InputObject)]
pub struct UpdateMeInput {
    /// New display name (stored locally).
    pub name: Option<String>,
    /// New email address, for a user with a Passage identity (changed in
    /// Passage); empty string removes it. Other providers' users change it
    /// there: this answers `BAD_USER_INPUT`.
    pub email: Option<String>,
    /// New phone number in E.164 form, e.g. +14155550100, for a user with a
    /// Passage identity (changed in Passage); empty string removes it. Other
    /// providers' users change it there: this answers `BAD_USER_INPUT`.
    pub phone: Option<String>,
}

#[Object(name = "Mutation")]
impl<X: UserFields> Mutation<X> {
    /// Registers the signed-in user locally, whichever configured issuer
    /// signed their token (Passage, Clerk, Auth0, any OpenID Connect issuer).
    /// Idempotent: repeated or concurrent calls return the same record (the
    /// first name wins, or the record a provider's webhook already made).
    async fn create_user(
        &self,
        ctx: &Context<'_>,
        input: CreateUserInput,
    ) -> AppResult<UserObject<X>> {
        let identity = viewer(ctx).identity()?;
        let name = UserName::parse(&input.name).map_err(|m| AppError::bad_input("name", m))?;
        let registered = repo(ctx)
            .register(identity, &name)
            .await?
            .ok_or(AppError::UserDeleted)?;
        let user = registered.user;
        if user.deactivated_at.is_some() {
            return Err(AppError::UserDeactivated);
        }
        if registered.created {
            publish(ctx, Event::UserRegistered { user: user.id }).await;
        }
        Ok(UserObject::new(user))
    }

    /// Updates the signed-in user: `name` locally; `email` and `phone` in
    /// Passage, for a user with a Passage identity (other providers' users
    /// change them there). Every input is checked before anything is changed.
    async fn update_me(&self, ctx: &Context<'_>, input: UpdateMeInput) -> AppResult<UserObject<X>> {
        viewer(ctx).signed_in()?;
        let name = input
            .name
            .as_deref()
            .map(UserName::parse)
            .transpose()
            .map_err(|m| AppError::bad_input("name", m))?;
        let email = input.email.map(|e| e.trim().to_owned());
        if let Some(email) = email.as_deref().filter(|e| !e.is_empty()) {
            check_email(email)?;
        }
        let phone = input.phone.map(|p| p.trim().to_owned());
        if let Some(phone) = phone.as_deref().filter(|p| !p.is_empty()) {
            check_e164(phone)?;
        }
        let repo = repo(ctx);
        let Some(mut user) = viewer_record(ctx).await?.cloned() else {
            return Err(AppError::NotRegistered);
        };
        if email.is_some() || phone.is_some() {
            let Some(passage_id) = &user.passage_id else {
                let field = if email.is_some() { "email" } else { "phone" };
                return Err(AppError::bad_input(
                    field,
                    "email and phone are kept by your sign-in provider: change them there",
                ));
            };
            let update = UserUpdate {
                email,
                phone,
                user_metadata: None,
            };
            let field = match (&update.email, &update.phone) {
                (Some(_), None) => Some("email"),
                (None, Some(_)) => Some("phone"),
                _ => None,
            };
            let Some(passage) = ctx.data_opt::<PassageUsers>() else {
                return Err(AppError::bad_input(
                    field.unwrap_or("email"),
                    "email and phone are kept by your sign-in provider: change them there",
                ));
            };
            let updated = passage
                .update_user(passage_id, &update)
                .await
                .map_err(|err| refused_update(err, field))?;
            // Linking by email reads the snapshot: it must hold the address
            // the user has now, not the one they just gave up, and never as
            // verified on Passage's word alone.
            let changed = OwnChange {
                email: update.email.is_some(),
                phone: update.phone.is_some(),
            };
            repo.record_own_change(user.id, &crate::moving::snapshot_of(&updated), changed)
                .await?;
        }
        if let Some(name) = name {
            user = repo
                .update_name(user.id, &name)
                .await?
                .ok_or(AppError::NotRegistered)?;
        }
        publish(ctx, Event::UserChanged { user: user.id }).await;
        Ok(UserObject::new(user))
    }

    /// Removes the signed-in user's local record (their account at the
    /// sign-in provider stays). False when there was none.
    async fn delete_me(&self, ctx: &Context<'_>) -> AppResult<bool> {
        let Some(user) = viewer_record(ctx).await? else {
            return Ok(false);
        };
        let deleted = repo(ctx).delete(user.id).await?;
        // Their sockets close, here and on every replica.
        let signed_out = Event::SignedOut {
            user: Some(user.id),
            issuer: None,
            subject: None,
        };
        publish(ctx, signed_out).await;
        Ok(deleted)
    }
}

async fn publish(ctx: &Context<'_>, event: Event) {
    ctx.data_unchecked::<EventBus>().publish(event).await;
}

/// What the client hears when Passage refuses an update. Passage's reason
/// ("already used by another user") goes to the log only: echoed, it would
/// let anyone find out which addresses have accounts.
fn refused_update(err: PassageError, field: Option<&'static str>) -> AppError {
    match err {
        PassageError::BadRequest(detail) | PassageError::Conflict(detail) => {
            tracing::info!(%detail, field, "Passage refused a profile update");
            AppError::BadUserInput {
                field,
                message: "this email address or phone number cannot be used; try another".into(),
            }
        }
        PassageError::NotFound => AppError::PassageUserNotFound,
        PassageError::Unavailable(reason) => AppError::PassageUnavailable(reason),
    }
}

fn check_email(email: &str) -> AppResult<()> {
    let valid = email.len() <= 254
        && email.split_once('@').is_some_and(|(local, domain)| {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
        })
        && !email.chars().any(|c| c.is_whitespace() || c.is_control());
    if valid {
        Ok(())
    } else {
        Err(AppError::bad_input(
            "email",
            "email must be an address like name@example.com",
        ))
    }
}

fn check_e164(phone: &str) -> AppResult<()> {
    let digits = phone.strip_prefix('+').unwrap_or("");
    let valid = (8..=15).contains(&digits.len())
        && digits.bytes().all(|b| b.is_ascii_digit())
        && !digits.starts_with('0');
    if valid {
        Ok(())
    } else {
        Err(AppError::bad_input(
            "phone",
            "phone must be in E.164 form: + then 8-15 digits, e.g. +14155550100",
        ))
    }
}
