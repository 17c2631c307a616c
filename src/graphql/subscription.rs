//! Live entry points (graphql-ws, on `/graphql`): each an event stream
//! resolved, event by event, with the same loaders and privacy as a query.
//! Events carry IDs only ([`crate::events`]); the record is read again for
//! each, under the socket's viewer.

use std::marker::PhantomData;

use async_graphql::{Context, Subscription as SubscriptionType};
use futures::{Stream, StreamExt};
use tokio_stream::wrappers::BroadcastStream;

use super::user::UserObject;
use super::user_fields::{NoFields, UserFields};
use super::{RequestScope, repo, viewer_is_admin, viewer_record};
use crate::error::{AppError, AppResult};
use crate::events::{Event, EventBus};

/// The server's live entry points; `X` adds an app's fields to the `User`s
/// they send (see [`UserFields`]).
pub struct Subscription<X = NoFields>(PhantomData<fn() -> X>);

impl<X> Default for Subscription<X> {
    fn default() -> Self {
        Self(PhantomData)
    }
}

impl<X> Clone for Subscription<X> {
    fn clone(&self) -> Self {
        Self::default()
    }
}

/// The events of this replica and the others, from now on, as a stream
/// (one that fell behind skips what it missed).
pub(crate) fn events(ctx: &Context<'_>) -> impl Stream<Item = std::sync::Arc<Event>> + use<> {
    let bus = ctx.data_unchecked::<EventBus>();
    BroadcastStream::new(bus.subscribe()).filter_map(|event| async move { event.ok() })
}

#[SubscriptionType(name = "Subscription")]
impl<X: UserFields> Subscription<X> {
    /// The signed-in user, each time their record (`updateMe`, a role
    /// change) or their provider-owned fields (the provider's webhook)
    /// change. Needs a registered user.
    async fn me_changed(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = AppResult<UserObject<X>>>, AppError> {
        let me = viewer_record(ctx).await?.ok_or(AppError::NotRegistered)?.id;
        let scope = ctx.data_unchecked::<RequestScope>();
        let repo = repo(ctx);
        Ok(events(ctx)
            .filter(move |event| {
                let mine = matches!(**event, Event::UserChanged { user } if user == me);
                async move { mine }
            })
            .then(move |_| async move {
                scope.forget_loaded();
                repo.find_by_id(me)
                    .await?
                    .map(UserObject::new)
                    .ok_or(AppError::NotRegistered)
            }))
    }

    /// Each user who registers (admins only).
    async fn user_registered(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = AppResult<UserObject<X>>>, AppError> {
        if !viewer_is_admin(ctx).await? {
            return Err(AppError::forbidden("follow registrations"));
        }
        let scope = ctx.data_unchecked::<RequestScope>();
        let repo = repo(ctx);
        Ok(events(ctx)
            .filter_map(|event| async move {
                match *event {
                    Event::UserRegistered { user } => Some(user),
                    _ => None,
                }
            })
            .filter_map(move |user| async move {
                scope.forget_loaded();
                match repo.find_by_id(user).await {
                    Ok(Some(record)) => Some(Ok(UserObject::new(record))),
                    // Gone again before it could be read: nothing to tell.
                    Ok(None) => None,
                    Err(err) => Some(Err(AppError::from(err))),
                }
            }))
    }
}
