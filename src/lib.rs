//! passage-graphql: a GraphQL API for apps whose users sign in with Passage
//! (or another OpenID issuer) and whose own records live in Postgres; and a
//! library to build such an app's server on.
//!
//! # Add your own types
//!
//! An app keeps everything the server does (token verification, `createUser`,
//! `me`, `users`, the configuration and CLI, dev mode) and adds:
//!
//! - fields on our `User` ([`UserFields`]: an object made from the user's
//!   record, merged into `User`),
//! - its own `Query` and `Mutation` fields, merged with ours through
//!   async-graphql's `MergedObject`,
//! - its own diesel migrations, run after ours by the same `migrate` command,
//!   at startup and in dev mode ([`Server::migrations`]),
//! - its own routes, if it wants them ([`Server::routes`]).
//!
//! Its resolvers read the verified viewer, the viewer's local record, a
//! database connection from the server's pool and the request's `User`
//! loader from the context ([`ContextExt`]): they never verify a token or
//! read the user's row again.
//!
//! ```no_run
//! use async_graphql::{Context, MergedObject, Object};
//! use passage_graphql::{AppResult, ContextExt, Server, UserFields, UserRecord};
//!
//! /// `User.greeting`, on every `User` the schema returns.
//! pub struct Greeting {
//!     name: String,
//! }
//!
//! #[Object]
//! impl Greeting {
//!     async fn greeting(&self) -> String {
//!         format!("hello, {}", self.name)
//!     }
//! }
//!
//! impl UserFields for Greeting {
//!     fn for_user(user: &UserRecord) -> Self {
//!         Greeting { name: user.name().to_owned() }
//!     }
//! }
//!
//! /// The app's own entry points.
//! #[derive(Default, Clone)]
//! pub struct WhoAmI;
//!
//! #[Object]
//! impl WhoAmI {
//!     /// The token's issuer and subject, and the local ID once registered.
//!     async fn who_am_i(&self, ctx: &Context<'_>) -> AppResult<String> {
//!         let viewer = ctx.viewer()?;
//!         let local = ctx.viewer_user().await?.map(|user| user.id());
//!         Ok(format!("{} at {} (local {local:?})", viewer.subject, viewer.issuer))
//!     }
//! }
//!
//! /// Ours and the app's, as one query type (`AppQuery` in the SDL: `Query`
//! /// is the name of ours inside it).
//! #[derive(MergedObject, Default, Clone)]
//! pub struct AppQuery(passage_graphql::Query<Greeting>, WhoAmI);
//!
//! fn main() -> std::process::ExitCode {
//!     Server::new()
//!         .user_fields::<Greeting>()
//!         .query(AppQuery::default())
//!         // .migrations(&MIGRATIONS) with `embed_migrations!("migrations")`
//!         .run()
//! }
//! ```
//!
//! The `examples/todos` crate of the repository is a whole app built this
//! way: a `todos` table owned by users, `me { todos(first:) }`, `addTodo`,
//! `completeTodo`, a batched loader and its tests.
//!
//! # The server's rooms
//!
//! Requests flow one way: HTTP ([`http`]) -> the token guard ([`auth`]) ->
//! GraphQL resolvers ([`graphql`]) -> Postgres ([`db`]) and Passage
//! ([`passage`]). [`startup::build_app`] wires them for `main` and the tests.
//! These modules are the server's insides, public for its own tests and
//! tools and hidden from these docs: they change without notice. What an app
//! builds on is what the crate's root exports.

#[doc(hidden)]
pub mod app;
#[doc(hidden)]
pub mod auth;
#[doc(hidden)]
pub mod cli;
#[doc(hidden)]
pub mod commands;
#[doc(hidden)]
pub mod config;
#[doc(hidden)]
pub mod db;
#[cfg(feature = "emulator")]
#[doc(hidden)]
pub mod dev_mode;
#[cfg(not(feature = "emulator"))]
#[path = "dev_mode_unavailable.rs"]
#[doc(hidden)]
pub mod dev_mode;
#[doc(hidden)]
pub mod error;
#[doc(hidden)]
pub mod events;
#[doc(hidden)]
pub mod fuzzing;
#[doc(hidden)]
pub mod graphql;
#[doc(hidden)]
pub mod http;
#[doc(hidden)]
pub mod identity;
#[doc(hidden)]
pub mod issuers;
#[doc(hidden)]
pub mod moving;
#[doc(hidden)]
pub mod observability;
#[doc(hidden)]
pub mod passage;
#[doc(hidden)]
pub mod profile;
#[doc(hidden)]
pub mod provider_sync;
#[doc(hidden)]
pub mod rate_limits;
mod server;
#[doc(hidden)]
pub mod startup;
#[doc(hidden)]
pub mod webhooks;

/// The async-graphql the schema is built with: an app's objects must use
/// this one (the same version).
pub use async_graphql;
/// The macro [`OnUserDeleted`] implementations are written with.
pub use async_trait::async_trait;

pub use config::Config;
pub use db::QueryConn;
pub use db::user_deletion::OnUserDeleted;
pub use db::users::{Role, User as UserRecord};
pub use error::{AppError, AppResult, code as error_code};
pub use graphql::loader::UserKey;
pub use graphql::user::UserObject;
pub use graphql::{
    ContextExt, Database, Mutation, NoFields, Query, SignedIn, Subscription, UserFields, UserLoader,
};
pub use server::Server;
pub use startup::BuiltApp;

#[doc(hidden)]
pub use app::DevSettings;
#[doc(hidden)]
pub use startup::{build_app, build_app_with};
