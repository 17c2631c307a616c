//! The GraphQL schema: `Query`, `Mutation`, the `User` type and the loader
//! that fetches Passage-owned fields lazily and in batches.
//!
//! Resolvers hold no SQL and no HTTP: they read the [`Viewer`] and per-request
//! helpers from the context and call [`UserRepo`] and the loader.

pub mod extension;
mod federation;
pub mod limits;
pub mod loader;
pub mod mutation;
pub mod persisted;
pub mod pipeline;
pub mod query;
mod shape;
pub mod subscription;
pub mod trusted;
pub mod user;
mod user_fields;
pub mod users_connection;

use std::sync::Arc;

use async_graphql::dataloader::{DataLoader, HashMapCache};
use async_graphql::{Context, ObjectType, Schema, SubscriptionType};
use futures::future::BoxFuture;
use futures::stream::BoxStream;
use tokio::sync::OnceCell;

use crate::auth::Viewer;
use crate::db::users::{Role, User, UserRepo};
use crate::error::{AppError, AppResult};
use crate::passage::PassageUsers;
use crate::profile::ProfileSources;
pub use extension::{ContextExt, Database, SignedIn};
pub use federation::federation_sdl;
pub use limits::GraphqlLimits;
pub use loader::{PassageUserLoader, UserRecordLoader};
pub use mutation::Mutation;
pub use pipeline::DocumentCache;
pub use query::Query;
pub use subscription::Subscription;
pub use user_fields::{NoFields, UserFields};

/// A built schema, whatever its `Query` and `Mutation` types: the server's
/// own, or an app's merged with ours (see [`Graph`]). The HTTP layer holds
/// this, so it is not generic over the app's types.
#[derive(Clone)]
pub struct AppSchema {
    schemas: Arc<dyn Executes>,
    known: pipeline::KnownDocuments,
}

/// What the HTTP layer needs of a schema.
trait Executes: Send + Sync {
    fn execute(&self, request: async_graphql::Request) -> BoxFuture<'_, async_graphql::Response>;

    /// By the instance without extensions, for a request whose document is
    /// known ([`pipeline::KnownDocuments`]).
    fn execute_known(
        &self,
        request: async_graphql::Request,
    ) -> BoxFuture<'_, async_graphql::Response>;

    fn execute_stream(
        &self,
        request: async_graphql::Request,
        session: Option<Arc<async_graphql::Data>>,
    ) -> BoxStream<'static, async_graphql::Response>;
}

/// The schema twice: with the pipeline's extension (`full`), for every
/// request whose document is new, for subscriptions and for checks at start;
/// and without any (`known`), validating in async-graphql's fast mode (the
/// rules that compute the complexity, depth and cache hints), for requests
/// whose documents passed every rule before (see
/// [`pipeline::KnownDocuments`]). The same types, data and limits.
struct Schemas<Q, M, S> {
    full: Schema<Q, M, S>,
    known: Schema<Q, M, S>,
}

impl<Q, M, S> Executes for Schemas<Q, M, S>
where
    Q: ObjectType + 'static,
    M: ObjectType + 'static,
    S: SubscriptionType + 'static,
{
    fn execute(&self, request: async_graphql::Request) -> BoxFuture<'_, async_graphql::Response> {
        Box::pin(Schema::execute(&self.full, request))
    }

    fn execute_known(
        &self,
        request: async_graphql::Request,
    ) -> BoxFuture<'_, async_graphql::Response> {
        Box::pin(Schema::execute(&self.known, request))
    }

    fn execute_stream(
        &self,
        request: async_graphql::Request,
        session: Option<Arc<async_graphql::Data>>,
    ) -> BoxStream<'static, async_graphql::Response> {
        Box::pin(Schema::execute_stream_with_session_data(
            &self.full,
            request,
            session.unwrap_or_default(),
        ))
    }
}

impl AppSchema {
    /// Runs one request through every step of the pipeline.
    pub async fn execute(&self, request: async_graphql::Request) -> async_graphql::Response {
        self.schemas.execute(request).await
    }

    /// Runs a client's request: without the pipeline's steps when its
    /// document is known (`trusted`: the trusted document it names), else
    /// through them.
    pub(crate) async fn execute_request(
        &self,
        request: async_graphql::Request,
        trusted: Option<Arc<trusted::TrustedDocument>>,
    ) -> async_graphql::Response {
        if let Some(document) = self.known.find(&request, trusted.as_deref()) {
            let schemas = &self.schemas;
            return self
                .known
                .run(document, request, |request| schemas.execute_known(request))
                .await;
        }
        let request = match trusted {
            Some(trusted) => request.data(trusted::TrustedRequest(trusted)),
            None => request,
        };
        self.schemas.execute(request).await
    }
}

/// graphql-ws sockets run subscriptions through this.
impl async_graphql::Executor for AppSchema {
    async fn execute(&self, request: async_graphql::Request) -> async_graphql::Response {
        self.schemas.execute(request).await
    }

    fn execute_stream(
        &self,
        request: async_graphql::Request,
        session_data: Option<Arc<async_graphql::Data>>,
    ) -> BoxStream<'static, async_graphql::Response> {
        self.schemas.execute_stream(request, session_data)
    }
}

/// The per-request loader, memoising each user's lookup for the request.
pub type PassageLoader = DataLoader<PassageUserLoader, HashMapCache>;

/// The per-request loader of local records by ID or Passage ID.
pub type UserLoader = DataLoader<UserRecordLoader, HashMapCache>;

/// The server's own schema without services, for `passage-graphql schema`.
pub fn sdl() -> String {
    Graph::default().sdl(false)
}

/// What `passage-graphql schema` prints: the schema, or with `federation`
/// the subgraph SDL.
pub fn schema_sdl(federation: bool) -> String {
    Graph::default().sdl(federation)
}

/// What resolvers reach through the schema's data.
pub struct Services {
    pub repo: UserRepo,
    pub passage_issuer: PassageIssuer,
    pub passage: Option<PassageUsers>,
    pub sources: ProfileSources,
    pub limits: GraphqlLimits,
    pub documents: DocumentCache,
    pub telemetry: Arc<crate::observability::metrics::Telemetry>,
    /// Live updates' events.
    pub events: crate::events::EventBus,
}

/// Which `Query` and `Mutation` the server serves: by default ours
/// ([`Query`], [`Mutation`]); an app built on the crate gives its own,
/// merged with ours. Kept as a recipe, since the schema is built at startup
/// with the services.
#[derive(Clone)]
pub struct Graph {
    build: Arc<dyn Fn(Services) -> AppSchema + Send + Sync>,
    sdl: Arc<dyn Fn(bool) -> String + Send + Sync>,
}

impl Default for Graph {
    fn default() -> Self {
        Self::of(
            Query::<NoFields>::default(),
            Mutation::<NoFields>::default(),
            Subscription::<NoFields>::default(),
        )
    }
}

impl Graph {
    /// A schema of `query`, `mutation` and `subscription` (each cloned into
    /// every schema built from this recipe).
    pub fn of<Q, M, S>(query: Q, mutation: M, subscription: S) -> Self
    where
        Q: ObjectType + Clone + 'static,
        M: ObjectType + Clone + 'static,
        S: SubscriptionType + Clone + 'static,
    {
        let (q, m, s) = (query.clone(), mutation.clone(), subscription.clone());
        Self {
            build: Arc::new(move |services| {
                build_schema(q.clone(), m.clone(), s.clone(), services)
            }),
            sdl: Arc::new(move |federation| {
                let schema =
                    Schema::build(query.clone(), mutation.clone(), subscription.clone()).finish();
                if federation {
                    federation::sdl_of(&schema)
                } else {
                    schema.sdl()
                }
            }),
        }
    }

    /// The schema with the services resolvers use.
    pub fn build(&self, services: Services) -> AppSchema {
        (self.build)(services)
    }

    /// The SDL (with `federation`, the subgraph SDL).
    pub fn sdl(&self, federation: bool) -> String {
        (self.sdl)(federation)
    }
}

/// The schema of `query` and `mutation` with the services resolvers use,
/// under `limits`, keeping parsed documents in `documents`: both instances
/// (see [`Schemas`]).
fn build_schema<Q, M, S>(query: Q, mutation: M, subscription: S, services: Services) -> AppSchema
where
    Q: ObjectType + Clone + 'static,
    M: ObjectType + Clone + 'static,
    S: SubscriptionType + Clone + 'static,
{
    let Services {
        repo,
        passage_issuer,
        passage,
        sources,
        limits,
        documents,
        telemetry,
        events,
    } = services;
    let pipeline = pipeline::Pipeline::new(limits, documents, Some(telemetry.clone()));
    let known = pipeline.known_documents();
    let builder = |query: Q, mutation: M, subscription: S| {
        let mut builder = Schema::build(query, mutation, subscription)
            .data(repo.clone())
            .data(events.clone())
            .data(PassageIssuer(passage_issuer.0.clone()))
            .data(sources.clone())
            .limit_complexity(limits.max_complexity)
            .data(telemetry.clone())
            // The schema has entities (`User`'s keys) and so federation's
            // fields whether or not this is set; set, async-graphql does
            // not look through every type for an entity on each root field.
            .enable_federation();
        if let Some(passage) = &passage {
            builder = builder.data(passage.clone());
        }
        if limits.introspection {
            builder
        } else {
            builder.disable_introspection()
        }
    };
    let known_schema = builder(query.clone(), mutation.clone(), subscription.clone())
        .validation_mode(async_graphql::ValidationMode::Fast)
        .finish();
    let full = builder(query, mutation, subscription)
        .extension(pipeline)
        .finish();
    AppSchema {
        schemas: Arc::new(Schemas {
            full,
            known: known_schema,
        }),
        known,
    }
}

/// The token that signed the viewer in, for this request only: a profile
/// source that calls with the viewer's own token (UserInfo) takes it from
/// here. Never logged (its `Debug` shows nothing of it).
#[derive(Clone)]
pub struct ViewerToken(pub std::sync::Arc<str>);

impl std::fmt::Debug for ViewerToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ViewerToken(..)")
    }
}

/// Everything one request adds to the schema's data.
pub struct RequestScope {
    viewer: Viewer,
    /// The viewer's own local record, looked up at most once per request.
    viewer_record: OnceCell<Option<User>>,
    /// The request's loader over Passage, made when a field first misses
    /// the profile cache (most requests never need one).
    loader: std::sync::OnceLock<PassageLoader>,
    /// The request's loaders of users' identities and of Clerk users, made
    /// when a field first needs one.
    identities: std::sync::OnceLock<DataLoader<loader::IdentitiesLoader, HashMapCache>>,
    clerk: std::sync::OnceLock<DataLoader<loader::ClerkLoader, HashMapCache>>,
    /// The request's loader of local records, made on first use.
    users: std::sync::OnceLock<UserLoader>,
    /// An app's loaders for this request, one per type, made on first use
    /// ([`ContextExt::loader`]).
    app_loaders: extension::AppLoaders,
}

impl RequestScope {
    /// The request's Passage loader: batches and deduplicates the lookups
    /// of this request's fields.
    pub(crate) fn passage_loader(&self, passage: &PassageUsers) -> &PassageLoader {
        self.loader.get_or_init(|| {
            DataLoader::with_cache(
                PassageUserLoader::new(passage.clone()),
                // In the span of the field that asked first, so its Passage
                // calls stay in the request's trace.
                |batch| tokio::spawn(tracing::Instrument::in_current_span(batch)),
                HashMapCache::default(),
            )
        })
    }

    /// The request's loader of local records: batches and deduplicates the
    /// lookups of this request's references (`_entities`).
    pub(crate) fn user_loader(&self, repo: &UserRepo) -> &UserLoader {
        self.users.get_or_init(|| {
            DataLoader::with_cache(
                UserRecordLoader::new(repo.clone()),
                |batch| tokio::spawn(tracing::Instrument::in_current_span(batch)),
                HashMapCache::default(),
            )
        })
    }
}

impl RequestScope {
    /// The request's loader of users' identities at other issuers.
    pub(crate) fn identities_loader(
        &self,
        repo: &UserRepo,
    ) -> &DataLoader<loader::IdentitiesLoader, HashMapCache> {
        self.identities.get_or_init(|| {
            DataLoader::with_cache(
                loader::IdentitiesLoader(repo.clone()),
                |batch| tokio::spawn(tracing::Instrument::in_current_span(batch)),
                HashMapCache::default(),
            )
        })
    }

    /// The request's loader over Clerk's Backend API.
    pub(crate) fn clerk_loader(
        &self,
        sources: &ProfileSources,
    ) -> &DataLoader<loader::ClerkLoader, HashMapCache> {
        self.clerk.get_or_init(|| {
            DataLoader::with_cache(
                loader::ClerkLoader(sources.clone()),
                |batch| tokio::spawn(tracing::Instrument::in_current_span(batch)),
                HashMapCache::default(),
            )
        })
    }
}

impl RequestScope {
    fn new(viewer: Viewer) -> Self {
        RequestScope {
            viewer,
            viewer_record: OnceCell::new(),
            loader: std::sync::OnceLock::new(),
            identities: std::sync::OnceLock::new(),
            clerk: std::sync::OnceLock::new(),
            users: std::sync::OnceLock::new(),
            app_loaders: Default::default(),
        }
    }

    /// Before a subscription's next event: what the loaders read for the
    /// last one may have changed since (a socket's scope lives as long as
    /// the socket).
    pub(crate) fn forget_loaded(&self) {
        if let Some(loader) = self.loader.get() {
            loader.clear::<crate::identity::PassageUserId>();
        }
        if let Some(loader) = self.identities.get() {
            loader.clear::<i64>();
        }
        if let Some(loader) = self.clerk.get() {
            loader.clear::<loader::ClerkKey>();
        }
        if let Some(loader) = self.users.get() {
            loader.clear::<loader::UserKey>();
        }
    }
}

/// Attaches the viewer and a per-request record cache.
pub fn scope_request(request: async_graphql::Request, viewer: Viewer) -> async_graphql::Request {
    request.data(RequestScope::new(viewer))
}

/// A socket's data: its viewer (signed in once, at `connection_init`) and
/// its scope, shared by its subscriptions, with `token` for the profile
/// sources that call with the viewer's own token.
pub fn socket_data(viewer: Viewer, token: Option<ViewerToken>) -> async_graphql::Data {
    let mut data = async_graphql::Data::default();
    data.insert(RequestScope::new(viewer));
    if let Some(token) = token {
        data.insert(token);
    }
    data
}

pub(crate) fn repo<'a>(ctx: &Context<'a>) -> &'a UserRepo {
    ctx.data_unchecked::<UserRepo>()
}

pub(crate) fn viewer<'a>(ctx: &Context<'a>) -> &'a Viewer {
    &ctx.data_unchecked::<RequestScope>().viewer
}

/// The Passage issuer as `User.identities` shows it.
pub struct PassageIssuer(pub crate::identity::IssuerName);

/// The signed-in viewer's local record (`None`: not registered yet). A
/// viewer the provider deleted, kept deactivated, is refused here, so no
/// resolver that reads the viewer's record serves them.
pub(crate) async fn viewer_record<'a>(ctx: &Context<'a>) -> AppResult<Option<&'a User>> {
    let scope = ctx.data_unchecked::<RequestScope>();
    let identity = scope.viewer.identity()?;
    let record = match scope.viewer_record.get() {
        Some(record) => record,
        // Boxed: only the request's first reader carries the lookup's
        // future, not every field that reads the record.
        None => Box::pin(
            scope
                .viewer_record
                .get_or_try_init(|| repo(ctx).find_by_identity(identity)),
        )
        .await
        .map_err(AppError::from)?,
    };
    if record
        .as_ref()
        .is_some_and(|user| user.deactivated_at.is_some())
    {
        return Err(AppError::UserDeactivated);
    }
    Ok(record.as_ref())
}

/// True when the viewer is a registered admin.
pub(crate) async fn viewer_is_admin(ctx: &Context<'_>) -> AppResult<bool> {
    Ok(viewer_record(ctx)
        .await?
        .is_some_and(|u| u.role == Role::Admin))
}
