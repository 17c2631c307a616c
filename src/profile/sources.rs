//! Each issuer's profile source, ready to ask: what the `User` resolvers
//! walk for a user's provider-owned fields.

use std::collections::HashMap;

use super::{ClerkUsers, Userinfo};
use crate::issuers::ProfileSource;

/// An issuer's source, with its client where it has one.
#[derive(Clone)]
pub enum Source {
    Claims,
    Userinfo(Userinfo),
    Clerk(ClerkUsers),
    Passage,
    Snapshot,
}

impl Source {
    pub fn kind(&self) -> ProfileSource {
        match self {
            Self::Claims => ProfileSource::Claims,
            Self::Userinfo(_) => ProfileSource::Userinfo,
            Self::Clerk(_) => ProfileSource::Clerk,
            Self::Passage => ProfileSource::Passage,
            Self::Snapshot => ProfileSource::Snapshot,
        }
    }
}

/// The sources of every issuer, by issuer name.
#[derive(Clone, Default)]
pub struct ProfileSources {
    by_issuer: HashMap<String, Source>,
    /// Some issuer's source is Clerk's.
    looks_up_anyone: bool,
}

impl ProfileSources {
    pub fn insert(&mut self, issuer: &str, source: Source) {
        self.looks_up_anyone |= matches!(source, Source::Clerk(_));
        self.by_issuer.insert(issuer.to_owned(), source);
    }

    /// `issuer`'s source (an issuer not listed: its claims).
    pub fn of(&self, issuer: &str) -> &Source {
        self.by_issuer.get(issuer).unwrap_or(&Source::Claims)
    }

    /// True when some issuer's source can look up any of its users (not
    /// just the viewer): then a user's identities are worth reading.
    pub fn looks_up_anyone(&self) -> bool {
        self.looks_up_anyone
    }
}
