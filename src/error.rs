//! One error type for everything a resolver can answer with.
//!
//! Each variant maps to a GraphQL `extensions.code` from the design's contract
//! and a message a client developer can act on. Internal detail (SQL, upstream
//! bodies) is logged where it happens and never reaches the client: an
//! [`AppError::Internal`] carries only a log-correlation hint.

use async_graphql::ErrorExtensions;

use crate::db::DbError;

/// Error codes, as sent in `extensions.code`.
pub mod code {
    pub const UNAUTHENTICATED: &str = "UNAUTHENTICATED";
    pub const FORBIDDEN: &str = "FORBIDDEN";
    pub const NOT_REGISTERED: &str = "NOT_REGISTERED";
    pub const BAD_USER_INPUT: &str = "BAD_USER_INPUT";
    pub const PASSAGE_UNAVAILABLE: &str = "PASSAGE_UNAVAILABLE";
    pub const PROVIDER_UNAVAILABLE: &str = "PROVIDER_UNAVAILABLE";
    pub const PASSAGE_USER_NOT_FOUND: &str = "PASSAGE_USER_NOT_FOUND";
    pub const PROFILE_NOT_SHARED: &str = "PROFILE_NOT_SHARED";
    pub const DATABASE_UNAVAILABLE: &str = "DATABASE_UNAVAILABLE";
    pub const INTERNAL: &str = "INTERNAL";
    pub const REQUEST_TIMEOUT: &str = "REQUEST_TIMEOUT";
    /// The last error of a response that had more than `GRAPHQL_MAX_ERRORS`:
    /// how many were dropped.
    pub const TOO_MANY_ERRORS: &str = "TOO_MANY_ERRORS";
    /// Token cookies of several issuers that verify as different users (a
    /// cookie tossed in from a sibling subdomain): 401, nobody signed in.
    pub const CONFLICTING_CREDENTIALS: &str = "CONFLICTING_CREDENTIALS";
    /// Over a rate limit (HTTP 429 with `Retry-After`).
    pub const RATE_LIMITED: &str = "RATE_LIMITED";
    /// The provider deleted this user and the issuer keeps them deactivated
    /// (`on_user_deleted = "deactivate"`): their tokens are refused.
    pub const USER_DEACTIVATED: &str = "USER_DEACTIVATED";
    /// The provider deleted this identity (its webhook said so): a token
    /// still valid for it cannot register it again.
    pub const USER_DELETED: &str = "USER_DELETED";
}

/// A request-level error (one that never reaches a resolver) with
/// `extensions.code`.
pub fn coded_error(message: impl Into<String>, code: &str) -> async_graphql::ServerError {
    let mut error = async_graphql::ServerError::new(message, None);
    let mut extensions = async_graphql::ErrorExtensionValues::default();
    extensions.set("code", code);
    error.extensions = Some(extensions);
    error
}

/// What went wrong, in the client's terms.
///
/// Deliberately not `Display`: async-graphql converts any `Display` type into
/// an error without a code, so `?` on an `AppError` must go through our
/// [`From`] impl, which always sets `extensions.code`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AppError {
    Unauthenticated(String),
    Forbidden(String),
    NotRegistered,
    BadUserInput {
        field: Option<&'static str>,
        message: String,
    },
    /// Carries a short reason fit for clients ("timed out", "HTTP 503").
    PassageUnavailable(String),
    PassageUserNotFound,
    /// A sign-in provider's user API (Clerk's, UserInfo) failed; a short
    /// reason fit for clients.
    ProviderUnavailable(String),
    /// A provider-owned field (named) that neither the user's token nor
    /// Passage can give.
    ProfileNotShared(&'static str),
    DatabaseUnavailable,
    /// The provider deleted the viewer; kept deactivated.
    UserDeactivated,
    /// The provider deleted the viewer's identity.
    UserDeleted,
    Internal,
}

impl AppError {
    pub fn unauthenticated() -> Self {
        Self::Unauthenticated("sign in first: send a Passage auth token as `Authorization: Bearer <token>` or the psg_auth_token cookie".into())
    }

    pub fn forbidden(what: &str) -> Self {
        Self::Forbidden(format!("you are not allowed to {what}"))
    }

    pub fn bad_input(field: &'static str, message: impl Into<String>) -> Self {
        Self::BadUserInput {
            field: Some(field),
            message: message.into(),
        }
    }

    /// The message sent to clients.
    pub fn message(&self) -> String {
        match self {
            Self::Unauthenticated(m) | Self::Forbidden(m) => m.clone(),
            Self::BadUserInput { message, .. } => message.clone(),
            Self::NotRegistered => {
                "you are signed in but not registered yet: call createUser first".into()
            }
            Self::PassageUnavailable(reason) => {
                format!("Passage is unavailable right now ({reason}); try again later")
            }
            Self::PassageUserNotFound => "Passage has no user with this ID".into(),
            Self::ProviderUnavailable(reason) => format!(
                "the sign-in provider's user API is unavailable right now ({reason}); try again later"
            ),
            Self::ProfileNotShared(field) => format!(
                "{field} is not available: this user's sign-in provider does not share it in \
                 their token (see the issuer's email_claim / phone_claim settings) and they \
                 have no Passage identity"
            ),
            Self::DatabaseUnavailable => {
                "the database is unavailable right now; try again later".into()
            }
            Self::UserDeactivated => {
                "this account was deleted at the sign-in provider and is deactivated here".into()
            }
            Self::UserDeleted => {
                "this account was deleted at the sign-in provider; it cannot be registered again"
                    .into()
            }
            Self::Internal => "internal error; the server log has the details".into(),
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            Self::Unauthenticated(_) => code::UNAUTHENTICATED,
            Self::Forbidden(_) => code::FORBIDDEN,
            Self::NotRegistered => code::NOT_REGISTERED,
            Self::BadUserInput { .. } => code::BAD_USER_INPUT,
            Self::PassageUnavailable(_) => code::PASSAGE_UNAVAILABLE,
            Self::PassageUserNotFound => code::PASSAGE_USER_NOT_FOUND,
            Self::ProviderUnavailable(_) => code::PROVIDER_UNAVAILABLE,
            Self::ProfileNotShared(_) => code::PROFILE_NOT_SHARED,
            Self::DatabaseUnavailable => code::DATABASE_UNAVAILABLE,
            Self::UserDeactivated => code::USER_DEACTIVATED,
            Self::UserDeleted => code::USER_DELETED,
            Self::Internal => code::INTERNAL,
        }
    }
}

impl ErrorExtensions for AppError {
    fn extend(&self) -> async_graphql::Error {
        async_graphql::Error::new(self.message()).extend_with(|_, e| {
            e.set("code", self.code());
            if let Self::BadUserInput {
                field: Some(field), ..
            } = self
            {
                e.set("field", *field);
            }
        })
    }
}

impl From<AppError> for async_graphql::Error {
    fn from(err: AppError) -> Self {
        err.extend()
    }
}

/// Resolver result type: errors always carry a code.
pub type AppResult<T> = Result<T, AppError>;

/// A failed query of an app's (on a [`ContextExt::db`](crate::graphql::ContextExt::db)
/// connection), as the client hears it: see [`DbError`]'s conversion.
impl From<diesel::result::Error> for AppError {
    fn from(err: diesel::result::Error) -> Self {
        DbError::Query(err).into()
    }
}

/// A failed batch of a loader over the database (the request's `User`
/// loader): every key of the batch shares the error.
impl From<std::sync::Arc<DbError>> for AppError {
    fn from(err: std::sync::Arc<DbError>) -> Self {
        err.replicate().into()
    }
}

/// A database failure as the client hears it: a lost connection, a
/// restarting or busy database is `DATABASE_UNAVAILABLE` (worth a retry),
/// never `INTERNAL`; anything else `INTERNAL`, with the detail only in the
/// log.
impl From<DbError> for AppError {
    fn from(err: DbError) -> Self {
        // A lost connection (diesel-async: UnableToSendCommand, no
        // SQLSTATE) or a session the server is ending (a restart).
        if err.connection_lost() {
            tracing::warn!(detail = %err, "database connection lost mid-query");
            return AppError::DatabaseUnavailable;
        }
        match err {
            DbError::Unavailable(detail) => {
                tracing::warn!(%detail, "database unavailable");
                AppError::DatabaseUnavailable
            }
            // The outage was logged once, when the database was marked
            // down: a warning per request would flood the log under load.
            DbError::Down => {
                tracing::debug!("database marked unreachable; request failed fast");
                AppError::DatabaseUnavailable
            }
            // statement_timeout and lock_timeout (SQLSTATE 57014, 55P03):
            // the database is busy, which is worth a retry.
            DbError::Query(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::Unknown,
                info,
            )) if info.message().contains("timeout") => {
                tracing::warn!(detail = info.message(), "database statement timed out");
                AppError::DatabaseUnavailable
            }
            DbError::Query(err) => {
                tracing::error!(error = %err, "database query failed");
                AppError::Internal
            }
        }
    }
}
