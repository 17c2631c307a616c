//! passage-graphql: a GraphQL API for apps whose users sign in with Passage
//! and whose own records live in Postgres.
//!
//! Requests flow one way: HTTP ([`http`]) -> the token guard ([`auth`]) ->
//! GraphQL resolvers ([`graphql`]) -> Postgres ([`db`]) and Passage
//! ([`passage`]). [`app::build_app`] wires them for `main` and the tests.

pub mod app;
pub mod auth;
pub mod config;
pub mod db;
#[cfg(feature = "emulator")]
pub mod dev_mode;
#[cfg(not(feature = "emulator"))]
#[path = "dev_mode_unavailable.rs"]
pub mod dev_mode;
pub mod error;
pub mod graphql;
pub mod http;
pub mod identity;
pub mod linking;
pub mod moving;
pub mod observability;
pub mod passage;
pub mod serve;

pub use app::{BuiltApp, DevSettings, build_app, build_app_with};
pub use config::Config;
