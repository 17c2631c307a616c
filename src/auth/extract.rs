//! Where a request's token comes from: `Authorization: Bearer <jwt>` first,
//! else the `psg_auth_token` cookie that Passage Elements set.
//!
//! Two `Authorization` headers are refused. So are two `psg_auth_token`
//! cookies when no Bearer header decides: a sibling subdomain can set a
//! cookie for the parent domain (cookie tossing), and the server cannot tell
//! which one the app set.

use axum::http::{HeaderMap, header};

use super::AuthFailure;

/// Cookie that Passage Elements set after sign-in.
pub const TOKEN_COOKIE: &str = "psg_auth_token";

/// Tokens larger than this are refused before any parsing work.
pub const MAX_TOKEN_BYTES: usize = 8 * 1024;

/// The request's token, from the Bearer header or the `psg_auth_token`
/// cookie: `Ok(None)` when it carries none (anonymous), an error when what it
/// carries cannot be a token.
pub fn token_from_headers(headers: &HeaderMap) -> Result<Option<&str>, AuthFailure> {
    token_from_headers_or_cookies(headers, &[TOKEN_COOKIE])
}

/// [`token_from_headers`], with the token cookies `cookies` (the issuers'
/// `cookie` settings, Passage's `psg_auth_token` among them).
pub fn token_from_headers_or_cookies<'h>(
    headers: &'h HeaderMap,
    cookies: &[&str],
) -> Result<Option<&'h str>, AuthFailure> {
    let mut authorization = headers.get_all(header::AUTHORIZATION).iter();
    if let Some(value) = authorization.next() {
        if authorization.next().is_some() {
            return Err(AuthFailure::MalformedHeader(
                "more than one Authorization header",
            ));
        }
        return bearer_token(value.as_bytes()).map(Some);
    }
    match cookie_token(headers, cookies)? {
        Some(token) if token.len() > MAX_TOKEN_BYTES => Err(AuthFailure::TooLarge),
        other => Ok(other),
    }
}

fn bearer_token(value: &[u8]) -> Result<&str, AuthFailure> {
    if value.len() > MAX_TOKEN_BYTES + "Bearer ".len() {
        return Err(AuthFailure::TooLarge);
    }
    let value = std::str::from_utf8(value)
        .map_err(|_| AuthFailure::MalformedHeader("Authorization header is not text"))?;
    let (scheme, rest) = value.split_once(' ').unwrap_or((value, ""));
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(AuthFailure::MalformedHeader(
            "Authorization must use the Bearer scheme: `Authorization: Bearer <token>`",
        ));
    }
    let token = rest.trim();
    if token.is_empty() {
        return Err(AuthFailure::MalformedHeader(
            "Authorization: Bearer carries no token",
        ));
    }
    // Bytes, not chars: the scan of a whole token is then vectorised.
    if token.bytes().any(|b| matches!(b, b' ' | b',' | b'\t')) {
        return Err(AuthFailure::MalformedHeader(
            "Authorization: Bearer must carry exactly one token",
        ));
    }
    Ok(token)
}

/// The token cookie, if any; an error when there are several.
fn cookie_token<'h>(
    headers: &'h HeaderMap,
    names: &[&str],
) -> Result<Option<&'h str>, AuthFailure> {
    let mut tokens = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .filter(|(name, _)| names.contains(name))
        .map(|(_, value)| value.trim().trim_matches('"'));
    let first = tokens.next();
    if tokens.next().is_some() {
        return Err(AuthFailure::MalformedHeader(
            "more than one token cookie, e.g. two psg_auth_token (one may be set for a parent \
             domain); clear the extra cookie, or send the token as `Authorization: Bearer <token>`",
        ));
    }
    Ok(first.filter(|value| !value.is_empty()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn bearer_header_wins_over_cookie() {
        let h = headers(&[
            ("authorization", "Bearer a.b.c"),
            ("cookie", "psg_auth_token=x.y.z"),
        ]);
        assert_eq!(token_from_headers(&h).unwrap(), Some("a.b.c"));
    }

    #[test]
    fn cookie_is_found_among_others() {
        let h = headers(&[("cookie", "theme=dark; psg_auth_token=x.y.z; lang=en")]);
        assert_eq!(token_from_headers(&h).unwrap(), Some("x.y.z"));
        assert_eq!(token_from_headers(&HeaderMap::new()).unwrap(), None);
    }

    #[test]
    fn two_token_cookies_are_refused_unless_a_bearer_header_is_sent() {
        for h in [
            headers(&[("cookie", "psg_auth_token=a.b.c; psg_auth_token=x.y.z")]),
            headers(&[("cookie", "psg_auth_token=a.b.c; psg_auth_token=a.b.c")]),
            headers(&[
                ("cookie", "psg_auth_token=a.b.c"),
                ("cookie", "lang=en; psg_auth_token=x.y.z"),
            ]),
        ] {
            let refusal = token_from_headers(&h).expect_err("two cookies");
            assert_eq!(refusal.reason(), "malformed_header");
            assert!(refusal.to_string().contains(TOKEN_COOKIE), "{refusal}");
        }
        let h = headers(&[
            ("authorization", "Bearer a.b.c"),
            ("cookie", "psg_auth_token=x.y.z; psg_auth_token=u.v.w"),
        ]);
        assert_eq!(token_from_headers(&h).unwrap(), Some("a.b.c"));
    }

    #[test]
    fn malformed_authorization_is_refused() {
        for bad in [
            "Bearer",
            "Bearer   ",
            "Basic abc",
            "Bearer a.b.c d.e.f",
            "Token a.b.c",
        ] {
            let h = headers(&[("authorization", bad)]);
            assert!(token_from_headers(&h).is_err(), "{bad}");
        }
        let big = format!("Bearer {}", "a".repeat(MAX_TOKEN_BYTES + 1));
        let h = headers(&[("authorization", &big)]);
        assert_eq!(token_from_headers(&h), Err(AuthFailure::TooLarge));
    }
}
