//! The request guard: where the Passage auth token comes from, how it is
//! verified against the app's JWKS, and the [`Viewer`] it leaves in the
//! GraphQL request data. Resolvers only ever see the `Viewer`.

mod crypto;
pub mod extract;
mod failure;
mod fetch;
pub mod issuer;
pub mod jwk;
pub mod jwks;
pub mod metrics;
pub(crate) mod policy;
mod verified_cache;
pub mod verifier;

pub use extract::{Credentials, TOKEN_COOKIE, credentials};
pub use failure::AuthFailure;
pub use issuer::Issuer;
pub use jwks::{JwksCache, KeysStatus};
pub use metrics::AuthMetrics;
pub use policy::MAX_NUMERIC_DATE;
pub use verifier::{CookieIdentity, CookieSignIn, Refusal, TokenVerifier};

use std::sync::Arc;

use crate::error::AppError;
use crate::identity::Identity;
use crate::identity::IssuerName;
use crate::profile::ProfileFields;

/// Who is making the request, as established by a verified token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    Anonymous,
    SignedIn(Arc<Principal>),
}

/// What a verified token says: who, by which issuer, and the profile claims
/// that issuer vouches for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub identity: Identity,
    /// The issuer, as configured (Passage's is `{auth_url}/v1/apps/{app}`).
    pub issuer: IssuerName,
    /// The token's `exp`, in seconds since 1970.
    pub expires_at: u64,
    /// The provider-owned fields the token's claims carry.
    pub profile: ProfileFields,
    /// What the issuer's link rules may attach this identity by.
    pub link: LinkHints,
}

/// Evidence, from a verified token, of which Passage-era user this is; set
/// only where the issuer's link rules are on.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LinkHints {
    /// The `link_claim`'s value, a Passage user ID.
    pub passage_id: Option<crate::identity::PassageUserId>,
    /// The token's email, when `link_verified_email` is on, the token says
    /// it is verified and its connection is not excluded
    /// (`link_email_exclude_connections`).
    pub verified_email: Option<String>,
}

impl LinkHints {
    pub fn is_empty(&self) -> bool {
        self.passage_id.is_none() && self.verified_email.is_none()
    }
}

impl Viewer {
    /// The signed-in principal, or `UNAUTHENTICATED`.
    pub fn signed_in(&self) -> Result<&Principal, AppError> {
        match self {
            Viewer::SignedIn(principal) => Ok(principal),
            Viewer::Anonymous => Err(AppError::unauthenticated()),
        }
    }

    /// The signed-in user's identity, or `UNAUTHENTICATED`.
    pub fn identity(&self) -> Result<&Identity, AppError> {
        self.signed_in().map(|p| &p.identity)
    }
}
