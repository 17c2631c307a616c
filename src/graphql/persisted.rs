//! Automatic persisted queries, Apollo's protocol: a request may name its
//! document by `extensions.persistedQuery {version: 1, sha256Hash}`.
//!
//! - hash without text: the text stored under that hash runs; none stored,
//!   the error Apollo Client and urql's persisted exchange recognise
//!   (`PersistedQueryNotFound`, code `PERSISTED_QUERY_NOT_FOUND`), so they
//!   send it again with the text;
//! - hash with text: the hash must be the text's SHA-256 (else a clear
//!   error, and nothing is stored); the text runs, and once it has run (it
//!   parsed and validated) it is stored under the hash;
//! - off (`GRAPHQL_APQ=off`): `PersistedQueryNotSupported`, code
//!   `PERSISTED_QUERY_NOT_SUPPORTED`, and clients fall back to sending text.
//!
//! The texts are kept in memory, bounded by bytes; with `REDIS_URL` they
//! are shared by the replicas through Redis, so a hash stored through one
//! replica runs on all. A stored text then goes through the request's usual
//! steps, where the document cache gives its parsed, validated document
//! without parsing it again.

use std::sync::Arc;

use async_graphql::{Request, ServerError, Value};
use aws_lc_rs::digest::{SHA256, digest};

use crate::error::coded_error;
use crate::passage::shared_cache::SharedCache;

/// Memory the stored texts may hold, in bytes.
pub const APQ_CACHE_BYTES: u64 = 16 * 1024 * 1024;
/// The `kind` of the texts' keys in Redis.
const SHARED_KIND: &str = "apq";

/// Error codes of the protocol, as Apollo's clients match them.
pub mod code {
    pub const NOT_FOUND: &str = "PERSISTED_QUERY_NOT_FOUND";
    pub const NOT_SUPPORTED: &str = "PERSISTED_QUERY_NOT_SUPPORTED";
}

/// The persisted-query store, or its absence; cheap to clone.
#[derive(Clone)]
pub struct PersistedQueries(Option<Arc<Store>>);

struct Store {
    local: moka::sync::Cache<String, Arc<str>>,
    shared: Option<SharedCache>,
}

/// A text to store under its hash once its request has run.
#[derive(Debug)]
pub struct ToStore {
    hash: String,
    text: Arc<str>,
}

impl PersistedQueries {
    /// The store, sharing through `shared` (Redis) when given.
    pub fn on(shared: Option<SharedCache>) -> Self {
        let local = moka::sync::Cache::builder()
            .max_capacity(APQ_CACHE_BYTES)
            .weigher(|hash: &String, text: &Arc<str>| {
                u32::try_from(hash.len() + text.len()).unwrap_or(u32::MAX)
            })
            .build();
        Self(Some(Arc::new(Store { local, shared })))
    }

    /// Automatic persisted queries turned off.
    pub fn off() -> Self {
        Self(None)
    }

    /// Reads `request`'s `persistedQuery` extension: fills in the stored
    /// text for a hash alone, checks a hash sent with its text (what to
    /// store once the request has run), or refuses the request.
    pub async fn resolve(&self, request: &mut Request) -> Result<Option<ToStore>, ServerError> {
        let Some(extension) = request.extensions.get("persistedQuery") else {
            return Ok(None);
        };
        let Some(store) = &self.0 else {
            return Err(protocol_error(
                "PersistedQueryNotSupported",
                code::NOT_SUPPORTED,
            ));
        };
        let hash = requested_hash(extension)?;
        if request.query.is_empty() {
            let Some(text) = store.get(&hash).await else {
                return Err(protocol_error("PersistedQueryNotFound", code::NOT_FOUND));
            };
            request.query = text.to_string();
            return Ok(None);
        }
        if sha256_hex(&request.query) != hash {
            return Err(bad_request(
                "provided sha does not match query: `extensions.persistedQuery.sha256Hash` must \
                 be the SHA-256 of `query`, in hex",
            ));
        }
        if store.local.contains_key(&hash) {
            return Ok(None);
        }
        Ok(Some(ToStore {
            hash,
            text: request.query.as_str().into(),
        }))
    }

    /// [`Self::resolve`], taking and giving back the request.
    pub async fn resolve_owned(
        &self,
        mut request: Request,
    ) -> Result<(Request, Option<ToStore>), ServerError> {
        let to_store = self.resolve(&mut request).await?;
        Ok((request, to_store))
    }

    /// Stores what [`Self::resolve`] checked, now that its request ran.
    pub async fn store(&self, to_store: ToStore) {
        let Some(store) = &self.0 else {
            return;
        };
        if let Some(shared) = &store.shared {
            shared
                .store_entries(SHARED_KIND, &[(to_store.hash.as_str(), &&*to_store.text)])
                .await;
        }
        store.local.insert(to_store.hash, to_store.text);
    }
}

impl Store {
    async fn get(&self, hash: &str) -> Option<Arc<str>> {
        if let Some(text) = self.local.get(hash) {
            return Some(text);
        }
        let shared = self.shared.as_ref()?;
        let found = shared
            .entries::<String>(SHARED_KIND, &[hash.to_owned()])
            .await?
            .pop()??;
        let text: Arc<str> = found.0.into();
        // Another replica's text: checked as if it had been sent here.
        if sha256_hex(&text) != hash {
            return None;
        }
        self.local.insert(hash.to_owned(), text.clone());
        Some(text)
    }
}

/// The hash a `persistedQuery` extension names, lower-case hex.
fn requested_hash(extension: &Value) -> Result<String, ServerError> {
    let Value::Object(fields) = extension else {
        return Err(bad_request(
            "`extensions.persistedQuery` must be an object: {\"version\": 1, \"sha256Hash\": \"...\"}",
        ));
    };
    match fields.get("version") {
        Some(Value::Number(n)) if n.as_i64() == Some(1) => {}
        _ => {
            return Err(bad_request(
                "only version 1 of `extensions.persistedQuery` is supported",
            ));
        }
    }
    match fields.get("sha256Hash") {
        Some(Value::String(hash))
            if hash.len() == 64 && hash.bytes().all(|b| b.is_ascii_hexdigit()) =>
        {
            Ok(hash.to_ascii_lowercase())
        }
        _ => Err(bad_request(
            "`extensions.persistedQuery.sha256Hash` must be a SHA-256 in hex (64 characters)",
        )),
    }
}

/// The SHA-256 of `text`, lower-case hex.
pub fn sha256_hex(text: &str) -> String {
    use std::fmt::Write as _;
    let digest = digest(&SHA256, text.as_bytes());
    let mut hex = String::with_capacity(64);
    for byte in digest.as_ref() {
        let _ = write!(hex, "{byte:02x}");
    }
    hex
}

fn protocol_error(message: &str, code: &str) -> ServerError {
    coded_error(message, code)
}

fn bad_request(message: &str) -> ServerError {
    coded_error(message, "BAD_REQUEST")
}

/// Whether `errors` are the protocol's own answers (not found, not
/// supported): an HTTP 200, as Apollo Server answers them, so a client
/// reads the body and retries with the text whatever its `Accept`.
pub fn is_protocol_answer(errors: &[ServerError]) -> bool {
    !errors.is_empty()
        && errors.iter().all(|e| {
            matches!(
                e.extensions.as_ref().and_then(|x| x.get("code")),
                Some(Value::String(c)) if c == code::NOT_FOUND || c == code::NOT_SUPPORTED
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(query: &str, hash: &str) -> Request {
        let mut request = Request::new(query);
        request.extensions.insert(
            "persistedQuery".into(),
            async_graphql::value!({ "version": 1, "sha256Hash": hash }),
        );
        request
    }

    fn code_of(error: &ServerError) -> String {
        match error.extensions.as_ref().and_then(|x| x.get("code")) {
            Some(Value::String(code)) => code.clone(),
            other => format!("{other:?}"),
        }
    }

    #[tokio::test]
    async fn a_hash_runs_once_its_text_has_been_stored() {
        let apq = PersistedQueries::on(None);
        let text = "{ me { id } }";
        let hash = sha256_hex(text);
        assert_eq!(
            sha256_hex(""),
            "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
        );
        let err = apq.resolve(&mut request("", &hash)).await.unwrap_err();
        assert_eq!(err.message, "PersistedQueryNotFound");
        assert_eq!(code_of(&err), code::NOT_FOUND);

        let to_store = apq.resolve(&mut request(text, &hash)).await.unwrap();
        // Checked, not yet stored: the request has not run.
        assert!(apq.resolve(&mut request("", &hash)).await.is_err());
        apq.store(to_store.expect("a new text")).await;
        let mut hashed = request("", &hash.to_ascii_uppercase());
        assert!(apq.resolve(&mut hashed).await.unwrap().is_none());
        assert_eq!(hashed.query, text);
    }

    #[tokio::test]
    async fn a_wrong_hash_stores_nothing_and_off_says_not_supported() {
        let apq = PersistedQueries::on(None);
        let other = sha256_hex("{ other }");
        let err = apq
            .resolve(&mut request("{ me { id } }", &other))
            .await
            .unwrap_err();
        assert!(err.message.contains("does not match"), "{}", err.message);
        assert!(apq.resolve(&mut request("", &other)).await.is_err());
        for bad in ["abc", &"z".repeat(64)] {
            let err = apq.resolve(&mut request("", bad)).await.unwrap_err();
            assert_eq!(code_of(&err), "BAD_REQUEST");
        }
        let err = PersistedQueries::off()
            .resolve(&mut request("", &other))
            .await
            .unwrap_err();
        assert_eq!(err.message, "PersistedQueryNotSupported");
        assert_eq!(code_of(&err), code::NOT_SUPPORTED);
        // A request without the extension is no business of this.
        let mut plain = Request::new("{ me { id } }");
        assert!(
            PersistedQueries::off()
                .resolve(&mut plain)
                .await
                .unwrap()
                .is_none()
        );
    }
}
