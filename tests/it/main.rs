//! Integration tests: the real server over HTTP, a real Postgres, and the
//! Passage emulator; and a real OpenID provider (`oidc-provider`) for the
//! interoperability tests.

mod support;

mod admin_cli;
mod architecture;
mod auth;
mod better_auth;
mod bounded_work;
mod browser;
mod browser_spa;
mod clerk_spec;
mod clients;
mod container_image;
mod database_limits;
mod dev_mode;
mod document_cache;
mod federation;
mod flow;
mod graphiql;
mod http_contract;
mod identities_sync;
mod issuer_cookies;
mod issuers;
mod kubernetes_manifests;
mod limits;
mod linking_rules;
mod live;
mod logs;
mod metrics;
mod migration;
mod moving;
mod oidc_provider;
mod outages;
mod passage_deadlines;
mod passage_fields;
mod passage_node;
mod pgbouncer;
mod postgres_restart;
mod postgres_tls;
mod presets;
mod privacy;
mod rate_limits;
mod replicas;
mod response_shape;
mod schema_file;
mod shared_cache;
mod token_transport;
mod traces;
mod trusted_documents;
mod userinfo;
mod users_list;
mod viewer_lookups;
mod webhooks;
