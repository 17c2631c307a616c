//! What the server tells its operators: metrics for `/metrics`
//! ([`metrics`], every family on one prometheus-client registry per app),
//! spans exported as traces ([`traces`]) and log lines ([`logs`]).

pub mod logs;
pub mod metrics;
pub mod traces;
