//! Where a request's token comes from: `Authorization: Bearer <jwt>` first,
//! else the issuers' token cookies (Passage's is `psg_auth_token`, another
//! issuer's its `cookie` setting). Each cookie belongs to its issuer: which
//! of them signs the request in is decided by the verifier (see
//! [`super::TokenVerifier::verify_cookies`]).
//!
//! Two `Authorization` headers are refused. So are two cookies of the same
//! token cookie name when no Bearer header decides: a sibling subdomain can
//! set a cookie for the parent domain (cookie tossing), and the server
//! cannot tell which one the app set. Every name is also read with the
//! `__Host-` prefix, which no other host can set: when that cookie is
//! there, it is the name's only token. Cookies of several issuers must name
//! one user (the HTTP layer checks, after verifying them).

use axum::http::{HeaderMap, header};

use super::AuthFailure;

/// Cookie that Passage Elements set after sign-in.
pub const TOKEN_COOKIE: &str = "psg_auth_token";

/// Tokens larger than this are refused before any parsing work.
pub const MAX_TOKEN_BYTES: usize = 8 * 1024;

/// What a request carries to sign in with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Credentials<'h> {
    /// Neither a Bearer header nor a token cookie: anonymous.
    None,
    /// The Bearer header's token (the cookies are then ignored).
    Bearer(&'h str),
    /// Token cookies, one per name at most, in the order of the names asked
    /// for (the issuers' config order), each as `(index of its name, value)`.
    Cookies(Vec<(usize, &'h str)>),
}

/// The request's credentials: the Bearer header, else the token cookies
/// named `cookies`; an error when what it carries cannot be a token.
pub fn credentials<'h>(
    headers: &'h HeaderMap,
    cookies: &[&str],
) -> Result<Credentials<'h>, AuthFailure> {
    let mut authorization = headers.get_all(header::AUTHORIZATION).iter();
    if let Some(value) = authorization.next() {
        if authorization.next().is_some() {
            return Err(AuthFailure::MalformedHeader(
                "more than one Authorization header",
            ));
        }
        return bearer_token(value.as_bytes()).map(Credentials::Bearer);
    }
    let found = cookie_tokens(headers, cookies)?;
    Ok(if found.is_empty() {
        Credentials::None
    } else {
        Credentials::Cookies(found)
    })
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
    if has_separator(token.as_bytes()) {
        return Err(AuthFailure::MalformedHeader(
            "Authorization: Bearer must carry exactly one token",
        ));
    }
    Ok(token)
}

/// Whether a token holds a space, comma or tab (more than one token).
/// Every request with a token scans its whole length (about a kilobyte,
/// bounded by [`MAX_TOKEN_BYTES`]): folded without a branch per byte, the
/// scan becomes vector compares, a seventh of the instructions of a
/// byte-by-byte search that stops at the first match.
fn has_separator(token: &[u8]) -> bool {
    token
        .iter()
        .fold(false, |found, &b| found | matches!(b, b' ' | b',' | b'\t'))
}

/// The prefix of a cookie that only its own host can set: a browser takes
/// a `__Host-` cookie only over HTTPS, from the host itself, for `/`, never
/// for a parent domain, so no sibling subdomain can toss one in.
pub const HOST_PREFIX: &str = "__Host-";

/// The non-empty token cookies, by the index of their name in `names`
/// (ascending); an error when one name is sent twice. A name is also read
/// with the [`HOST_PREFIX`] (`__Host-psg_auth_token`), and that cookie, when
/// present, is the name's token: a plain one beside it is ignored.
fn cookie_tokens<'h>(
    headers: &'h HeaderMap,
    names: &[&str],
) -> Result<Vec<(usize, &'h str)>, AuthFailure> {
    // Per name: (the `__Host-` cookie, the plain one).
    let mut found: Vec<(Option<&str>, Option<&str>)> = vec![(None, None); names.len()];
    let pairs = headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='));
    for (name, value) in pairs {
        let (bare, host) = match name.strip_prefix(HOST_PREFIX) {
            Some(bare) => (bare, true),
            None => (name, false),
        };
        let Some(index) = names
            .iter()
            .position(|n| *n == name || (host && *n == bare))
        else {
            continue;
        };
        let slot = if host && names[index] == bare {
            &mut found[index].0
        } else {
            &mut found[index].1
        };
        if slot.is_some() {
            return Err(AuthFailure::TwoCookies(name.to_owned()));
        }
        *slot = Some(value.trim().trim_matches('"'));
    }
    Ok(found
        .into_iter()
        .enumerate()
        .filter_map(|(index, (host, plain))| {
            // A `__Host-` cookie, even an empty one (signed out), decides.
            let value = host.or(plain).filter(|v| !v.is_empty())?;
            Some((index, value))
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAMES: &[&str] = &[TOKEN_COOKIE, "session"];

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.append(*name, value.parse().unwrap());
        }
        map
    }

    #[test]
    fn bearer_header_wins_over_cookies() {
        let h = headers(&[
            ("authorization", "Bearer a.b.c"),
            ("cookie", "psg_auth_token=x.y.z; session=u.v.w"),
        ]);
        assert_eq!(
            credentials(&h, NAMES).unwrap(),
            Credentials::Bearer("a.b.c")
        );
    }

    #[test]
    fn cookies_are_found_among_others_in_the_order_of_their_names() {
        let h = headers(&[("cookie", "theme=dark; session=u.v.w; psg_auth_token=x.y.z")]);
        assert_eq!(
            credentials(&h, NAMES).unwrap(),
            Credentials::Cookies(vec![(0, "x.y.z"), (1, "u.v.w")])
        );
        let h = headers(&[("cookie", "lang=en; session=u.v.w"), ("cookie", "x=1")]);
        assert_eq!(
            credentials(&h, NAMES).unwrap(),
            Credentials::Cookies(vec![(1, "u.v.w")])
        );
        assert_eq!(
            credentials(&HeaderMap::new(), NAMES).unwrap(),
            Credentials::None
        );
    }

    #[test]
    fn a_cookie_no_issuer_names_is_no_token() {
        let h = headers(&[("cookie", "session=u.v.w; psg_auth_token=")]);
        assert_eq!(credentials(&h, &[TOKEN_COOKIE]).unwrap(), Credentials::None);
    }

    #[test]
    fn two_cookies_of_one_name_are_refused_unless_a_bearer_header_is_sent() {
        for (h, name) in [
            (
                headers(&[("cookie", "psg_auth_token=a.b.c; psg_auth_token=x.y.z")]),
                TOKEN_COOKIE,
            ),
            (
                headers(&[("cookie", "psg_auth_token=a.b.c; psg_auth_token=a.b.c")]),
                TOKEN_COOKIE,
            ),
            (
                headers(&[
                    ("cookie", "session=a.b.c; psg_auth_token=x.y.z"),
                    ("cookie", "lang=en; session=u.v.w"),
                ]),
                "session",
            ),
        ] {
            let refusal = credentials(&h, NAMES).expect_err("two cookies");
            assert_eq!(refusal.reason(), "malformed_header");
            assert!(
                refusal.to_string().contains(&format!("`{name}`")),
                "{refusal}"
            );
        }
        let h = headers(&[
            ("authorization", "Bearer a.b.c"),
            ("cookie", "psg_auth_token=x.y.z; psg_auth_token=u.v.w"),
        ]);
        assert_eq!(
            credentials(&h, NAMES).unwrap(),
            Credentials::Bearer("a.b.c")
        );
    }

    #[test]
    fn a_host_prefixed_cookie_is_the_names_token_and_a_plain_one_beside_it_is_ignored() {
        let h = headers(&[(
            "cookie",
            "psg_auth_token=tossed.by.sibling; __Host-psg_auth_token=x.y.z; session=u.v.w",
        )]);
        assert_eq!(
            credentials(&h, NAMES).unwrap(),
            Credentials::Cookies(vec![(0, "x.y.z"), (1, "u.v.w")])
        );
        let h = headers(&[("cookie", "__Host-session=u.v.w")]);
        assert_eq!(
            credentials(&h, NAMES).unwrap(),
            Credentials::Cookies(vec![(1, "u.v.w")])
        );
        // Signed out: the empty `__Host-` cookie decides.
        let h = headers(&[("cookie", "__Host-session=; session=tossed.by.sibling")]);
        assert_eq!(credentials(&h, NAMES).unwrap(), Credentials::None);
        let h = headers(&[("cookie", "__Host-session=a.b.c; __Host-session=u.v.w")]);
        assert_eq!(
            credentials(&h, NAMES).unwrap_err().reason(),
            "malformed_header"
        );
        // A name configured with the prefix is read as it is.
        let h = headers(&[("cookie", "__Host-sid=u.v.w")]);
        assert_eq!(
            credentials(&h, &["__Host-sid"]).unwrap(),
            Credentials::Cookies(vec![(0, "u.v.w")])
        );
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
            assert!(credentials(&h, NAMES).is_err(), "{bad}");
        }
        let big = format!("Bearer {}", "a".repeat(MAX_TOKEN_BYTES + 1));
        let h = headers(&[("authorization", &big)]);
        assert_eq!(credentials(&h, NAMES), Err(AuthFailure::TooLarge));
    }

    /// The separator check reads every block of a long token, the last
    /// one included, wherever in its block the separator is.
    #[test]
    fn a_separator_anywhere_in_a_long_token_is_refused() {
        let long = "a".repeat(1000);
        let h = headers(&[("authorization", &format!("Bearer {long}"))]);
        assert_eq!(
            credentials(&h, NAMES),
            Ok(Credentials::Bearer(long.as_str()))
        );
        for at in [1, 63, 64, 65, 500, 998] {
            for separator in [",", "\t"] {
                let mut token = long.clone();
                token.replace_range(at..=at, separator);
                let h = headers(&[("authorization", &format!("Bearer {token}"))]);
                assert!(credentials(&h, NAMES).is_err(), "{separator:?} at {at}");
            }
        }
        let spaced = format!("Bearer {} {}", "a".repeat(700), "b".repeat(299));
        let h = headers(&[("authorization", &spaced)]);
        assert!(credentials(&h, NAMES).is_err());
    }
}
