//! Entry points for the fuzz targets in `fuzz/` (cargo-fuzz): each one runs
//! one parser the server exposes to untrusted input on raw bytes, exactly as
//! the server calls it, and returns everything it decided as a value the
//! target can compare (the same input must always give the same answer).
//! Not part of the API: hidden from the docs, and nothing else calls it.
//!
//! - [`token`]: the token splitter, the JOSE header and claims checks;
//! - [`credentials`]: the Bearer header and the token cookies;
//! - [`get_request`] / [`post_request`]: GraphQL over HTTP, GET and POST;
//! - [`issuers_toml`]: the `[[issuers]]` configuration file;
//! - [`export_csv`] / [`links_csv`]: the files of `passage import-export`
//!   and `identities import`.

use std::fmt::Write as _;

use axum::body::Body;
use axum::extract::FromRequest;
use axum::http::{HeaderMap, HeaderValue, Request, Uri, header};

use crate::auth::policy;
use crate::auth::{AuthFailure, TOKEN_COOKIE};
use crate::http::get_request::GetParams;
use crate::http::graphql::{JsonGraphQLRequest, selects_mutation};
use crate::issuers::{IssuerConfigError, IssuerSettings};

/// The audience the token target's claims are matched against.
const AUDIENCE: &str = "https://api.example.com";
/// The token cookie names the credentials target reads, in config order.
const COOKIE_NAMES: &[&str] = &[TOKEN_COOKIE, "session"];

/// What the policy makes of `token` before any key is looked up: the
/// header's fields, then the claims' shape (NumericDates, `aud`), or the
/// first refusal, with its message and reason.
pub fn token(token: &[u8]) -> Result<String, String> {
    let token = std::str::from_utf8(token).map_err(|_| "not UTF-8".to_owned())?;
    let refused = |failure: AuthFailure| format!("{}: {failure}", failure.reason());
    let parts = policy::split_token(token).map_err(refused)?;
    assert_eq!(
        parts.signed.len() + 1 + parts.signature.len(),
        token.len(),
        "the signed part and the signature are the whole token"
    );
    let header = policy::checked_header(&parts).map_err(refused)?;
    let claims = policy::claims_object(&parts).map_err(refused)?;
    policy::check_numeric_dates(&claims).map_err(refused)?;
    let audience = policy::audience_matches(&claims, &[AUDIENCE.to_owned()]).map_err(refused);
    Ok(format!(
        "alg={} kid={} typ={:?} claims={} audience={audience:?}",
        header.alg,
        header.kid,
        header.typ,
        claims.len()
    ))
}

/// The credentials of a request whose headers are `input`'s lines: `a:`
/// then an `Authorization` value, `c:` then a `Cookie` value (other lines
/// and values that are no header value are left out).
pub fn credentials(input: &[u8]) -> Result<String, String> {
    let mut headers = HeaderMap::new();
    for line in input.split(|b| *b == b'\n') {
        let (name, value) = match line {
            [b'a', b':', value @ ..] => (header::AUTHORIZATION, value),
            [b'c', b':', value @ ..] => (header::COOKIE, value),
            _ => continue,
        };
        if let Ok(value) = HeaderValue::from_bytes(value) {
            headers.append(name, value);
        }
    }
    crate::auth::credentials(&headers, COOKIE_NAMES)
        .map(|found| format!("{found:?}"))
        .map_err(|failure| format!("{}: {failure}", failure.reason()))
}

/// `GET /graphql?{input}` as the handler reads it: the parameters, whether
/// a document was sent, the request, and whether it selects a mutation
/// (refused over GET). `None` when `input` makes no URI (hyper refuses
/// those before any handler).
pub fn get_request(input: &[u8]) -> Option<Result<String, String>> {
    let mut target = b"/graphql?".to_vec();
    target.extend_from_slice(input);
    let uri = Uri::try_from(target).ok()?;
    Some(GetParams::from_uri(&uri).and_then(|params| {
        let has_query = params.has_query();
        let request = params.into_request()?;
        Ok(format!(
            "has_query={has_query} mutation={} {}",
            selects_mutation(&request),
            describe(&request)
        ))
    }))
}

/// `POST /graphql` with `input` as the request: a first line with the
/// `Content-Type` value (none when it is no header value), then the body.
/// Returns the batch read or the refusal's status and body.
pub fn post_request(input: &[u8]) -> Result<String, String> {
    let (content_type, body) = match input.iter().position(|b| *b == b'\n') {
        Some(at) => (&input[..at], &input[at + 1..]),
        None => (input, &[][..]),
    };
    let mut request = Request::post("/graphql");
    if let Ok(value) = HeaderValue::from_bytes(content_type) {
        request = request.header(header::CONTENT_TYPE, value);
    }
    let request = request
        .body(Body::from(body.to_vec()))
        .expect("a request with a valid header");
    RUNTIME.with(|runtime| {
        runtime.block_on(async {
            match JsonGraphQLRequest::from_request(request, &()).await {
                Ok(JsonGraphQLRequest(batch, ..)) => {
                    Ok(batch.iter().map(describe).collect::<Vec<_>>().join("\n"))
                }
                Err(refusal) => {
                    let status = refusal.status();
                    let body = axum::body::to_bytes(refusal.into_body(), usize::MAX)
                        .await
                        .expect("an in-memory body");
                    Err(format!("{status} {}", String::from_utf8_lossy(&body)))
                }
            }
        })
    })
}

thread_local! {
    /// The extractor is async; a runtime per thread, not per input.
    static RUNTIME: tokio::runtime::Runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a current-thread runtime");
}

/// A GraphQL request's parts, extensions in key order.
fn describe(request: &async_graphql::Request) -> String {
    let mut out = format!(
        "query={:?} operation={:?} variables={}",
        request.query, request.operation_name, request.variables
    );
    let mut extensions: Vec<_> = request.extensions.iter().collect();
    extensions.sort_by_key(|(name, _)| *name);
    for (name, value) in extensions {
        let _ = write!(out, " extension {name:?}={value}");
    }
    out
}

/// The issuers of a configuration file whose text is `input`.
pub fn issuers_toml(input: &[u8]) -> Result<Vec<IssuerSettings>, IssuerConfigError> {
    let text = std::str::from_utf8(input).map_err(|_| IssuerConfigError::Unreadable {
        path: "fuzz.toml".into(),
        reason: "not UTF-8".into(),
    })?;
    crate::issuers::parse(text, "fuzz.toml")
}

/// The rows of a dashboard export (`passage import-export`): each row's
/// Passage ID and snapshot (`None`: no valid ID), up to the first error.
pub fn export_csv(input: &[u8]) -> Result<Vec<String>, String> {
    let rows = crate::moving::read_export(input).map_err(|err| format!("{err:#}"))?;
    rows.map(|row| {
        row.map(|row| format!("{row:?}"))
            .map_err(|err| err.to_string())
    })
    .collect()
}

/// The rows of a links file (`identities import`): each row's line, and its
/// Passage ID and subject (`None`: invalid), up to the first error.
pub fn links_csv(input: &[u8]) -> Result<Vec<String>, String> {
    crate::moving::read_links(input)
        .map(|(line, row)| {
            row.map(|row| format!("{line}: {row:?}"))
                .map_err(|err| format!("{line}: {err}"))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    /// Every seed of `fuzz/corpus/{target}` through `run`, twice.
    fn seeds<T: PartialEq + std::fmt::Debug>(target: &str, run: impl Fn(&[u8]) -> T) -> Vec<T> {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("fuzz/corpus")
            .join(target);
        let mut outcomes = Vec::new();
        for entry in std::fs::read_dir(&dir).unwrap() {
            let input = std::fs::read(entry.unwrap().path()).unwrap();
            let outcome = run(&input);
            assert_eq!(outcome, run(&input));
            outcomes.push(outcome);
        }
        assert!(outcomes.len() >= 3, "{} has too few seeds", dir.display());
        outcomes
    }

    fn oks<T, E>(outcomes: &[Result<T, E>]) -> usize {
        outcomes.iter().filter(|o| o.is_ok()).count()
    }

    // The seeds reach past the first check: each target has seeds its
    // parser accepts and seeds it refuses.
    #[test]
    fn the_seed_corpus_is_read_as_the_server_reads_it() {
        let tokens = seeds("token", token);
        assert!(
            oks(&tokens) >= 1 && oks(&tokens) < tokens.len(),
            "{tokens:?}"
        );
        let found = seeds("credentials", credentials);
        assert!(oks(&found) >= 2 && oks(&found) < found.len(), "{found:?}");
        let gets: Vec<_> = seeds("get_request", get_request)
            .into_iter()
            .flatten()
            .collect();
        assert!(oks(&gets) >= 2 && oks(&gets) < gets.len(), "{gets:?}");
        let posts = seeds("post_request", post_request);
        assert!(oks(&posts) >= 2 && oks(&posts) < posts.len(), "{posts:?}");
        let files = seeds("issuers_toml", issuers_toml);
        assert!(oks(&files) >= 2 && oks(&files) < files.len(), "{files:?}");
        let exports = seeds("export_csv", export_csv);
        assert!(
            oks(&exports) >= 1 && oks(&exports) < exports.len(),
            "{exports:?}"
        );
        let links = seeds("links_csv", links_csv);
        assert!(oks(&links) >= 1, "{links:?}");
    }
}
