//! Passage's HTTP contract as types, shared by the server (which calls
//! Passage, or anything speaking its contract) and the Passage emulator
//! (which serves it): the Management API's user object, its envelopes and
//! error body ([`user`]), and where one app's Passage lives
//! ([`PassageSettings`]). Nothing here does I/O.

mod settings;
pub mod user;

pub use settings::PassageSettings;
pub use user::*;
