//! Who a user is, as the sign-in providers say it: an issuer and the
//! subject it vouches for. Storage, the token guard and the resolvers all
//! name users this way, so none of them imports another's types to do so.
//!
//! Passage identities keep their own type ([`PassageUserId`]): they are what
//! `users.passage_id` holds and what Passage's Management API is called
//! with. Every other issuer's subjects are [`Subject`]s.

mod deletion;
mod email_key;
mod passage_id;

use std::fmt;
use std::sync::Arc;

pub use deletion::DeletionMode;
pub use email_key::EmailKey;
pub use passage_id::PassageUserId;

/// Longest subject accepted from an issuer, in bytes (OpenID Connect allows
/// 255 ASCII characters).
pub const MAX_SUBJECT_LEN: usize = 255;

/// A subject (`sub`) from an issuer other than Passage: 1-255 bytes, no
/// control characters.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Subject(String);

impl Subject {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        if raw.is_empty() {
            return Err("is empty");
        }
        if raw.len() > MAX_SUBJECT_LEN {
            return Err("is longer than 255 bytes");
        }
        if raw.chars().any(char::is_control) {
            return Err("has control characters");
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// An issuer's name, as configured (Passage's is
/// `{PASSAGE_AUTH_URL}/v1/apps/{PASSAGE_APP_ID}`, another's its `issuer`
/// setting, which its tokens' `iss` equals): what `identities.issuer` holds
/// and metrics and logs name. Cheap to clone.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct IssuerName(Arc<str>);

impl IssuerName {
    pub fn new(name: &str) -> Self {
        Self(name.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<&str> for IssuerName {
    fn from(name: &str) -> Self {
        Self::new(name)
    }
}

impl From<String> for IssuerName {
    fn from(name: String) -> Self {
        Self(name.into())
    }
}

impl AsRef<str> for IssuerName {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl PartialEq<str> for IssuerName {
    fn eq(&self, other: &str) -> bool {
        &*self.0 == other
    }
}

impl fmt::Debug for IssuerName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for IssuerName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A user as one issuer knows them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Identity {
    /// A Passage user: `users.passage_id`.
    Passage(PassageUserId),
    /// Any other OpenID Connect issuer: a row of `identities`.
    Issuer {
        issuer: IssuerName,
        subject: Subject,
    },
}

impl Identity {
    /// The Passage user ID, for a Passage identity.
    pub fn passage_id(&self) -> Option<&PassageUserId> {
        match self {
            Identity::Passage(id) => Some(id),
            Identity::Issuer { .. } => None,
        }
    }
}
