//! A user's provider-owned fields (`email`, `emailVerified`, `phone`,
//! `phoneVerified`) and the rule for which source answers them.
//!
//! Each issuer has one source ([`crate::issuers::ProfileSource`]): its
//! token's claims or UserInfo (for the viewer only), Clerk's Backend API
//! (for any user, batched), Passage or the snapshot. The order, for a user:
//! the viewer's own issuer's source when this is the viewer's record; else
//! the user's identities at issuers whose source can look anyone up
//! (Clerk's); then Passage's Management API, live, while Passage is
//! configured; else the Passage snapshot kept in Postgres; else nothing
//! (`PROFILE_NOT_SHARED`). A value
//! and its verified flag always come from one source ([`Contact`]): a
//! source with the value but no flag answers `false`, never another
//! source's flag. The `User` resolvers walk the sources (they own the
//! loaders); what each source says is a [`ProfileFields`].

pub mod clerk;
pub mod sources;
pub mod userinfo;

use crate::db::snapshots::Snapshot;
use crate::passage::PassageUser;
pub use clerk::ClerkUsers;
pub use sources::{ProfileSources, Source};
pub use userinfo::Userinfo;

/// Why a provider's user API (Clerk's, UserInfo) gave no answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ProviderError {
    #[error("the provider has no such user")]
    NotFound,
    /// Timeout, connection failure, 429, a refusal or an unreadable
    /// answer; a short reason fit for clients.
    #[error("the provider is unavailable: {0}")]
    Unavailable(String),
}

/// A response's body, at most `limit` bytes, or a reason fit for clients.
async fn read_capped(response: reqwest::Response, limit: usize) -> Result<Vec<u8>, &'static str> {
    crate::passage::read_capped(response, limit)
        .await
        .map_err(|err| match err {
            crate::passage::BodyError::TooLarge => "answer too large",
            crate::passage::BodyError::Read(reason) => reason,
        })
}

/// Provider-owned fields as one source gives them: a token's claims, a
/// Passage user, or a snapshot.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct ProfileFields {
    pub email: Option<String>,
    pub email_verified: Option<bool>,
    pub phone: Option<String>,
    pub phone_verified: Option<bool>,
}

impl From<&PassageUser> for ProfileFields {
    fn from(user: &PassageUser) -> Self {
        Self {
            email: user.email().map(str::to_owned),
            email_verified: Some(user.email_verified),
            phone: user.phone().map(str::to_owned),
            phone_verified: Some(user.phone_verified),
        }
    }
}

impl From<Snapshot> for ProfileFields {
    fn from(snapshot: Snapshot) -> Self {
        Self {
            email: snapshot.email.filter(|e| !e.is_empty()),
            email_verified: snapshot.email_verified,
            phone: snapshot.phone.filter(|p| !p.is_empty()),
            phone_verified: snapshot.phone_verified,
        }
    }
}

/// Which contact: an email address or a phone number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactKind {
    Email,
    Phone,
}

/// A contact value and its verified flag, as one source gives them.
pub struct Contact {
    pub value: Option<String>,
    pub verified: bool,
}

impl Contact {
    /// `kind`'s value and flag as `profile` gives them (no flag: false).
    pub fn of(profile: &ProfileFields, kind: ContactKind) -> Self {
        let (value, verified) = match kind {
            ContactKind::Email => (&profile.email, profile.email_verified),
            ContactKind::Phone => (&profile.phone, profile.phone_verified),
        };
        Self {
            value: value.clone(),
            verified: verified.unwrap_or(false),
        }
    }

    /// The same as `Contact::of(&ProfileFields::from(user), kind)`, without
    /// copying the fields `kind` does not read.
    pub fn of_passage(user: &PassageUser, kind: ContactKind) -> Self {
        let (value, verified) = match kind {
            ContactKind::Email => (user.email(), user.email_verified),
            ContactKind::Phone => (user.phone(), user.phone_verified),
        };
        Self {
            value: value.map(str::to_owned),
            verified,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_contact_is_the_one_its_whole_profile_gives() {
        let users = [
            PassageUser::default(),
            PassageUser {
                email: "a@example.com".into(),
                email_verified: true,
                phone: "+15550100".into(),
                ..PassageUser::default()
            },
            PassageUser {
                phone: "+15550100".into(),
                phone_verified: true,
                ..PassageUser::default()
            },
        ];
        for user in &users {
            for kind in [ContactKind::Email, ContactKind::Phone] {
                let whole = Contact::of(&ProfileFields::from(user), kind);
                let read = Contact::of_passage(user, kind);
                assert_eq!((read.value, read.verified), (whole.value, whole.verified));
            }
        }
    }
}
