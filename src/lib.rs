//! passage-graphql: a GraphQL API for apps whose users sign in with Passage
//! and whose own records live in Postgres.
//!
//! Requests flow one way: HTTP ([`http`]) -> the token guard ([`auth`]) ->
//! GraphQL resolvers ([`graphql`]) -> Postgres ([`db`]) and Passage
//! ([`passage`]). [`startup::build_app`] wires them for `main` and the tests.

pub mod app;
pub mod auth;
pub mod cli;
pub mod commands;
pub mod config;
pub mod db;
#[cfg(feature = "emulator")]
pub mod dev_mode;
#[cfg(not(feature = "emulator"))]
#[path = "dev_mode_unavailable.rs"]
pub mod dev_mode;
pub mod error;
#[doc(hidden)]
pub mod fuzzing;
pub mod graphql;
pub mod http;
pub mod identity;
pub mod issuers;
pub mod moving;
pub mod observability;
pub mod passage;
pub mod profile;
pub mod startup;

pub use app::DevSettings;
pub use config::Config;
pub use startup::{BuiltApp, build_app, build_app_with};
