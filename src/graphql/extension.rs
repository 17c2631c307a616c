//! What an app built on the crate writes its resolvers with, from any
//! resolver's context ([`ContextExt`]): the viewer, the viewer's local
//! record, the database and the request's `User` loader. The token was
//! verified and the viewer's row read by the server, once per request: the
//! app never does either again. Its own fields on our `User` are
//! [`UserFields`].

use std::any::{Any, TypeId};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use async_graphql::Context;
use async_graphql::dataloader::{DataLoader, HashMapCache};

use super::user::UserObject;
use super::user_fields::UserFields;
use super::{RequestScope, UserLoader, repo, viewer, viewer_is_admin, viewer_record};
use crate::db::QueryConn;
use crate::db::users::{User, UserRepo};
use crate::error::{AppError, AppResult};
use crate::identity::Identity;

/// Who signed in: the verified token's issuer and subject.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SignedIn<'a> {
    /// The issuer, as configured (Passage's is
    /// `{PASSAGE_AUTH_URL}/v1/apps/{PASSAGE_APP_ID}`).
    pub issuer: &'a str,
    /// The user's ID at that issuer (the token's `sub`; for Passage, the
    /// Passage user ID).
    pub subject: &'a str,
}

/// The request's viewer, database and loaders, from any resolver's
/// [`Context`]. Every error is an [`AppError`] with its `extensions.code`
/// (`?` in a resolver returning [`AppResult`] or `async_graphql::Result`).
///
/// ```
/// use async_graphql::{Context, Object};
/// use passage_graphql::{AppResult, ContextExt};
///
/// pub struct HelloQuery;
///
/// #[Object]
/// impl HelloQuery {
///     /// `UNAUTHENTICATED` without a token, `NOT_REGISTERED` before
///     /// `createUser`.
///     async fn hello(&self, ctx: &Context<'_>) -> AppResult<String> {
///         let me = ctx.registered_viewer().await?;
///         Ok(format!("hello, {} (user {}, {:?})", me.name(), me.id(), me.role()))
///     }
/// }
/// ```
pub trait ContextExt<'a> {
    /// The verified token's issuer and subject; `UNAUTHENTICATED` when the
    /// request carries none.
    fn viewer(&self) -> AppResult<SignedIn<'a>>;

    /// The viewer's local record (local ID, role, name), `None` before they
    /// called `createUser`; `UNAUTHENTICATED` without a token. Read at most
    /// once per request, shared with the server's own resolvers.
    fn viewer_user(&self) -> impl Future<Output = AppResult<Option<&'a User>>> + Send;

    /// [`Self::viewer_user`], or `NOT_REGISTERED` before `createUser`.
    fn registered_viewer(&self) -> impl Future<Output = AppResult<&'a User>> + Send;

    /// True when the viewer is a registered admin.
    fn viewer_is_admin(&self) -> impl Future<Output = AppResult<bool>> + Send;

    /// The server's database, as a handle an app's `DataLoader` can keep
    /// (see [`Self::loader`]).
    fn database(&self) -> Database;

    /// The request's `DataLoader` of type `L`, made by `make` on the first
    /// call of the request and shared by every later one, so the loads of
    /// all the request's fields (one per user of a list) are batched. It
    /// memoises each key for the request (as our loaders do): a field that
    /// reads after a write of the same request may see what was loaded
    /// before the write. One loader per Rust type: two loaders that differ
    /// only in their settings need two types.
    fn loader<L>(&self, make: impl FnOnce(Database) -> L) -> Arc<DataLoader<L, HashMapCache>>
    where
        L: Send + Sync + 'static;

    /// A connection from the server's pool, for one query (or one
    /// transaction) of the app's: counted in `/metrics` as
    /// `db_queries_total{query="<label>"}`, traced as a `db.query` span, and
    /// under the same session limits and statement-cache rule as ours. Give
    /// it back (drop it) as soon as the query is done. `DATABASE_UNAVAILABLE`
    /// when none can be had in time.
    fn db(&self, label: &'static str) -> impl Future<Output = AppResult<QueryConn>> + Send;

    /// The request's loader of local user records, by
    /// [`UserKey`](super::loader::UserKey) (local ID or Passage ID): one
    /// query per batch, shared with the server's own resolvers.
    fn user_loader(&self) -> &'a UserLoader;

    /// Our `User` of `record`, for an app's field that returns one (a
    /// todo's owner, a comment's author), under the rule of `Query.user`:
    /// the viewer's own record, or anyone's for an admin; anyone else gets
    /// `FORBIDDEN` (`UNAUTHENTICATED` without a token). An app that shows
    /// other users to everyone gives them a type of its own.
    fn user_object<X: UserFields>(
        &self,
        record: User,
    ) -> impl Future<Output = AppResult<UserObject<X>>> + Send;

    /// Tells every subscriber, on every replica, that the app's `id` of
    /// `topic` changed (an app's mutation, after its write). Events carry
    /// IDs only: each subscriber reads the data again under its own rights.
    fn publish(&self, topic: &str, id: &str) -> impl Future<Output = ()> + Send;

    /// The IDs the app publishes under `topic` from now on, in this replica
    /// and the others: what an app's subscription field filters and reads
    /// again (see the todos example's `todoChanged`).
    fn events(&self, topic: &str) -> futures::stream::BoxStream<'static, String>;
}

impl<'a> ContextExt<'a> for Context<'a> {
    async fn publish(&self, topic: &str, id: &str) {
        let bus = self.data_unchecked::<crate::events::EventBus>();
        let event = crate::events::Event::App {
            topic: topic.to_owned(),
            id: id.to_owned(),
        };
        bus.publish(event).await;
    }

    fn events(&self, topic: &str) -> futures::stream::BoxStream<'static, String> {
        use futures::StreamExt;
        let topic = topic.to_owned();
        super::subscription::events(self)
            .filter_map(move |event| {
                let id = match &*event {
                    crate::events::Event::App { topic: t, id } if *t == topic => Some(id.clone()),
                    _ => None,
                };
                async move { id }
            })
            .boxed()
    }

    fn viewer(&self) -> AppResult<SignedIn<'a>> {
        let principal = viewer(self).signed_in()?;
        let subject = match &principal.identity {
            Identity::Passage(id) => id.as_str(),
            Identity::Issuer { subject, .. } => subject.as_str(),
        };
        Ok(SignedIn {
            issuer: principal.issuer.as_str(),
            subject,
        })
    }

    fn viewer_user(&self) -> impl Future<Output = AppResult<Option<&'a User>>> + Send {
        viewer_record(self)
    }

    async fn registered_viewer(&self) -> AppResult<&'a User> {
        viewer_record(self).await?.ok_or(AppError::NotRegistered)
    }

    fn viewer_is_admin(&self) -> impl Future<Output = AppResult<bool>> + Send {
        viewer_is_admin(self)
    }

    fn database(&self) -> Database {
        Database(repo(self).clone())
    }

    fn loader<L>(&self, make: impl FnOnce(Database) -> L) -> Arc<DataLoader<L, HashMapCache>>
    where
        L: Send + Sync + 'static,
    {
        let scope = self.data_unchecked::<RequestScope>();
        let loaders = || {
            scope
                .app_loaders
                .0
                .lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
        };
        let kept = loaders().get(&TypeId::of::<L>()).cloned();
        let entry = match kept {
            Some(entry) => entry,
            None => {
                // Made without the lock held: `make` may ask for a loader
                // of its own. The first one kept wins.
                let loader: Arc<dyn Any + Send + Sync> = Arc::new(DataLoader::with_cache(
                    make(self.database()),
                    // In the span of the field that asked first, so its
                    // queries stay in the request's trace.
                    |batch| tokio::spawn(tracing::Instrument::in_current_span(batch)),
                    HashMapCache::default(),
                ));
                loaders().entry(TypeId::of::<L>()).or_insert(loader).clone()
            }
        };
        entry
            .downcast::<DataLoader<L, HashMapCache>>()
            .expect("the loader kept under L's TypeId is L's")
    }

    async fn db(&self, label: &'static str) -> AppResult<QueryConn> {
        self.database().conn(label).await
    }

    fn user_loader(&self) -> &'a UserLoader {
        self.data_unchecked::<RequestScope>()
            .user_loader(repo(self))
    }

    async fn user_object<X: UserFields>(&self, record: User) -> AppResult<UserObject<X>> {
        viewer(self).signed_in()?;
        // The whole identity, not the ID alone: contact fields resolve
        // through the record's Passage ID.
        let own = viewer_record(self)
            .await?
            .is_some_and(|me| me.is_same_user(&record));
        if own || viewer_is_admin(self).await? {
            Ok(UserObject::new(record))
        } else {
            Err(AppError::forbidden(
                "read this user (only that user and admins can)",
            ))
        }
    }
}

/// The server's database for an app's queries: connections from the
/// server's pool, counted and traced under the app's labels.
#[derive(Clone)]
pub struct Database(UserRepo);

impl Database {
    /// A connection for one query (or one transaction), counted as
    /// `db_queries_total{query="<label>"}`; `DATABASE_UNAVAILABLE` when none
    /// can be had in time. Give it back (drop it) when the query is done.
    pub async fn conn(&self, label: &'static str) -> AppResult<QueryConn> {
        Ok(self.0.app_conn(label).await?)
    }
}

/// An app's loaders of one request, by type.
#[derive(Default)]
pub(super) struct AppLoaders(Mutex<HashMap<TypeId, Arc<dyn Any + Send + Sync>>>);
