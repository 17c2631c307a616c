//! Moving off Passage without losing (or handing over) anyone: everything
//! that carries Passage-era users to other issuers lives here.
//!
//! - [`FirstSight`]: at the first request with a token from an issuer with
//!   link rules, the identity is linked to its Passage-era user (by claim, or
//!   by a verified email both sides vouch for), or a conflict is recorded;
//! - [`take_snapshot`] (`passage snapshot`): every local user's Passage
//!   email, phone and their verified flags, through the Management API, kept
//!   in `passage_snapshots`; [`snapshot_of`] is that record of one user (also
//!   kept in step by `updateMe`);
//! - [`import_export`] (`passage import-export FILE.csv`): the same from the
//!   dashboard's CSV export, columns matched by header name;
//! - [`import_links`] (`identities import --issuer X FILE.csv`): links in
//!   bulk.
//!
//! Storage is `crate::db` (`identity_links`, `snapshots`); the commands
//! that run these are in `crate::commands`. Each reports counts on stdout
//! and progress on stderr.

mod export;
mod first_sight;
mod link_import;
mod progress;
mod snapshot;

pub use export::import_export;
pub(crate) use export::read_export;
pub use first_sight::{FirstSight, RECHECK_AFTER};
pub use link_import::import_links;
pub(crate) use link_import::read_links;
pub(crate) use progress::Progress;
pub use snapshot::{snapshot_of, take_snapshot};
