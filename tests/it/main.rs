//! Integration tests: the real server over HTTP, a real Postgres, and the
//! Passage emulator.

mod support;

mod auth;
mod browser;
mod dev_mode;
mod flow;
mod http_contract;
mod limits;
mod outages;
mod passage_fields;
mod schema_file;
mod token_transport;
mod users_list;
