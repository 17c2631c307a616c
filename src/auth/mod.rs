//! The request guard: where the Passage auth token comes from, how it is
//! verified against the app's JWKS, and the [`Viewer`] it leaves in the
//! GraphQL request data. Resolvers only ever see the `Viewer`.

pub mod extract;
pub mod jwk;
pub mod jwks;
pub mod metrics;
pub mod verifier;

pub use extract::{TOKEN_COOKIE, token_from_headers};
pub use jwks::{JwksCache, KeysStatus};
pub use metrics::AuthMetrics;
pub use verifier::{AuthFailure, TokenVerifier};

use crate::error::AppError;
use crate::passage::PassageUserId;

/// Who is making the request, as established by a verified token.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Viewer {
    Anonymous,
    Passage(PassageUserId),
}

impl Viewer {
    /// The signed-in user's Passage ID, or `UNAUTHENTICATED`.
    pub fn passage_id(&self) -> Result<&PassageUserId, AppError> {
        match self {
            Viewer::Passage(id) => Ok(id),
            Viewer::Anonymous => Err(AppError::unauthenticated()),
        }
    }
}
