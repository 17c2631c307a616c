//! Why a token was refused: the message the client gets, and a short stable
//! label for logs and counters.

/// Why a token was refused; the message is sent to the client.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AuthFailure {
    #[error("{0}")]
    MalformedHeader(&'static str),
    #[error(
        "more than one `{0}` cookie (one may be set for a parent domain); clear the extra \
         cookie, or send the token as `Authorization: Bearer <token>`"
    )]
    TwoCookies(String),
    #[error(
        "the token in the `{0}` cookie is not from the issuer that cookie belongs to; each \
         issuer's token goes in its own cookie, or as `Authorization: Bearer <token>`"
    )]
    CookieOfAnotherIssuer(String),
    #[error(
        "the token cookies name different users (one may have been set by another site of \
         the parent domain); sign out to clear them, or send the token as \
         `Authorization: Bearer <token>`"
    )]
    CookiesOfTwoUsers,
    #[error("token is larger than 8 KiB")]
    TooLarge,
    #[error("token is not a well-formed JWT ({0})")]
    Malformed(&'static str),
    #[error("token algorithm {alg:?} is not accepted; only {accepted} {}", if accepted.contains(',') { "are" } else { "is" })]
    UnsupportedAlgorithm { alg: String, accepted: String },
    #[error("token header has no `kid`")]
    MissingKid,
    #[error("token header carries `{0}`; keys are only taken from the app's JWKS")]
    ForbiddenHeader(&'static str),
    #[error("token header carries `crit`, which is not supported")]
    CriticalHeader,
    #[error("token header `typ` is {found}; only {expected} tokens are accepted")]
    WrongType { found: String, expected: String },
    #[error("token was signed by a key this app does not publish")]
    UnknownKey,
    #[error("token algorithm does not match the key its `kid` names")]
    KeyMismatch,
    #[error("token signature is invalid")]
    BadSignature,
    #[error("token has expired; get a fresh one from Passage")]
    Expired,
    #[error("token is not valid yet (nbf is in the future)")]
    NotYetValid,
    #[error("token was issued in the future (iat); check the clocks")]
    IssuedInFuture,
    #[error("token audience does not include this app")]
    WrongAudience,
    #[error("token's authorized party (`azp`) is not an origin this server accepts tokens for")]
    WrongAuthorizedParty,
    #[error(
        "token has role `{0}`, which is not a signed-in user's (a project's anon and service \
         keys are not sign-ins)"
    )]
    RefusedRole(String),
    #[error(
        "token is a pending session's (a sign-in with steps left to complete); finish signing \
         in first"
    )]
    PendingSession,
    #[error("token is an anonymous user's; this server accepts signed-up users only")]
    Anonymous,
    #[error("token says the user signed in in the future (auth_time); check the clocks")]
    AuthenticatedInFuture,
    #[error("token issuer is not one this server accepts tokens from")]
    WrongIssuer,
    #[error("token lacks the `{0}` claim")]
    MissingClaim(String),
    #[error(
        "token claim `{0}` is not a NumericDate: it must be a number of seconds since 1970, \
         from 0 to 2^53"
    )]
    BadNumericDate(&'static str),
    #[error("token subject is not a valid user ID: it {0}")]
    BadSubject(&'static str),
    #[error("the issuer's signing keys could not be loaded yet")]
    KeysUnavailable,
}

impl AuthFailure {
    /// A short stable label for logs and counters.
    pub fn reason(&self) -> &'static str {
        match self {
            Self::MalformedHeader(_) | Self::TwoCookies(_) => "malformed_header",
            Self::CookieOfAnotherIssuer(_) => "wrong_cookie",
            Self::CookiesOfTwoUsers => "conflicting_cookies",
            Self::TooLarge => "too_large",
            Self::Malformed(_) => "malformed",
            Self::UnsupportedAlgorithm { .. } => "unsupported_alg",
            Self::MissingKid => "missing_kid",
            Self::ForbiddenHeader(_) => "forbidden_header",
            Self::CriticalHeader => "crit_header",
            Self::WrongType { .. } => "wrong_typ",
            Self::UnknownKey => "unknown_kid",
            Self::KeyMismatch => "key_mismatch",
            Self::BadSignature => "bad_signature",
            Self::Expired => "expired",
            Self::NotYetValid => "not_yet_valid",
            Self::IssuedInFuture => "issued_in_future",
            Self::WrongAudience => "wrong_audience",
            Self::WrongIssuer => "wrong_issuer",
            Self::WrongAuthorizedParty => "wrong_azp",
            Self::RefusedRole(_) => "refused_role",
            Self::Anonymous => "anonymous",
            Self::PendingSession => "pending_session",
            Self::AuthenticatedInFuture => "auth_time_in_future",
            Self::MissingClaim(_) => "missing_claim",
            Self::BadNumericDate(_) => "bad_numeric_date",
            Self::BadSubject(_) => "bad_subject",
            Self::KeysUnavailable => "keys_unavailable",
        }
    }
}
