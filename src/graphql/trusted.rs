//! Trusted documents (persisted operations): the operations an app ships,
//! loaded at start from `GRAPHQL_TRUSTED_DOCUMENTS`, a manifest in one of
//! the forms the clients' tools write:
//!
//! - Apollo's persisted query manifest (`generate-persisted-query-manifest`):
//!   `{"format": "apollo-persisted-query-manifest", "version": 1,
//!   "operations": [{"id", "name", "type", "body"}]}`;
//! - an object of id to document: GraphQL Code Generator's client preset
//!   (`persisted-documents.json`) and Relay's `persisted_queries.json`.
//!
//! A request names one by `documentId` (GraphQL over HTTP's persisted
//! documents, with or without the `sha256:` prefix), by Relay's `doc_id` or
//! `id`, or by `extensions.persistedQuery.sha256Hash`. In `enforce` mode
//! (the default with a manifest) nothing else runs: free text, introspection
//! and unknown ids are refused before anything is parsed. In `log` mode
//! everything runs and what is not in the manifest is counted
//! (`graphql_untrusted_operations_total`).
//!
//! Each document is parsed and validated against the schema at start (a
//! document that does not validate stops startup, naming its id and why),
//! so a request for it is neither parsed nor, when it declares no
//! variables, validated again.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use async_graphql::parser::types::ExecutableDocument;
use async_graphql::{ServerError, ValidationResult};
use serde::Deserialize;

use super::AppSchema;

/// What happens to an operation that is not in the manifest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum TrustMode {
    /// Refused, with nothing run.
    #[default]
    Enforce,
    /// Run, and counted.
    Log,
}

/// Error codes of the refusals, as Apollo Router names them.
pub mod code {
    /// A request named an id the manifest does not have.
    pub const NOT_IN_LIST: &str = "PERSISTED_QUERY_NOT_IN_LIST";
    /// A request sent text without naming a trusted document.
    pub const ID_REQUIRED: &str = "PERSISTED_QUERY_ID_REQUIRED";
}

/// One trusted document, parsed and validated.
pub struct TrustedDocument {
    pub id: String,
    pub text: String,
    pub document: Arc<ExecutableDocument>,
    /// Validation's result when it depends on the document alone (it
    /// declares no variables) and the request names no other operation.
    pub validated: Option<ValidationResult>,
}

/// Marks a request that runs a trusted document: the pipeline takes its
/// parsed document (and validation result) from here.
#[derive(Clone)]
pub struct TrustedRequest(pub Arc<TrustedDocument>);

/// Marks a request that is only to be validated (at start): the pipeline
/// keeps validation's result here and answers without executing.
#[derive(Default)]
pub struct ValidateOnly(pub std::sync::Mutex<Option<ValidationResult>>);

/// The manifest, by id.
pub struct TrustedDocuments {
    by_id: HashMap<String, Arc<TrustedDocument>>,
    mode: TrustMode,
}

/// What a request names.
#[derive(Debug, Default, Clone)]
pub struct NamedDocument {
    /// `documentId`, `doc_id` or `id`, as sent.
    pub id: Option<String>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Manifest {
    Apollo {
        format: String,
        version: u32,
        operations: Vec<ApolloOperation>,
    },
    ById(HashMap<String, String>),
}

#[derive(Deserialize)]
struct ApolloOperation {
    id: String,
    body: String,
}

/// The manifest's entries, `(id, text)`, from its JSON.
fn entries(json: &str) -> Result<Vec<(String, String)>, String> {
    let manifest: Manifest = serde_json::from_str(json).map_err(|_| {
        "not a manifest: expected Apollo's persisted query manifest \
         ({\"format\": \"apollo-persisted-query-manifest\", \"version\": 1, \"operations\": [...]}) \
         or an object of id to document (GraphQL Code Generator, Relay)"
            .to_owned()
    })?;
    match manifest {
        Manifest::Apollo {
            format,
            version,
            operations,
        } => {
            if format != "apollo-persisted-query-manifest" || version != 1 {
                return Err(format!(
                    "an Apollo manifest of format {format:?} version {version}; only \
                     \"apollo-persisted-query-manifest\" version 1 is read"
                ));
            }
            Ok(operations.into_iter().map(|op| (op.id, op.body)).collect())
        }
        Manifest::ById(map) => Ok(map.into_iter().collect()),
    }
}

/// An id as requests send it: without the `sha256:` prefix.
fn bare(id: &str) -> &str {
    id.strip_prefix("sha256:").unwrap_or(id)
}

impl TrustedDocuments {
    /// Reads the manifest at `path` and validates every document against
    /// `schema`; the error names the file, and the id and reason of the
    /// first document that does not validate.
    pub async fn load(path: &Path, mode: TrustMode, schema: &AppSchema) -> anyhow::Result<Self> {
        let shown = path.display();
        let json = std::fs::read_to_string(path)
            .map_err(|e| anyhow::anyhow!("cannot read GRAPHQL_TRUSTED_DOCUMENTS {shown}: {e}"))?;
        let entries = entries(&json)
            .map_err(|e| anyhow::anyhow!("GRAPHQL_TRUSTED_DOCUMENTS {shown}: {e}"))?;
        anyhow::ensure!(
            !entries.is_empty(),
            "GRAPHQL_TRUSTED_DOCUMENTS {shown} lists no document"
        );
        let mut by_id = HashMap::with_capacity(entries.len());
        for (id, text) in entries {
            let document = validate(schema, &text).await.map_err(|reason| {
                anyhow::anyhow!(
                    "GRAPHQL_TRUSTED_DOCUMENTS {shown}: document {id:?} does not validate \
                     against the schema: {reason}"
                )
            })?;
            let id = bare(&id).to_owned();
            by_id.insert(id.clone(), Arc::new(document.with_id(id, text)));
        }
        Ok(Self { by_id, mode })
    }

    pub fn len(&self) -> usize {
        self.by_id.len()
    }

    pub fn is_empty(&self) -> bool {
        self.by_id.is_empty()
    }

    /// The trusted document a request names (by `named`, else by its
    /// `persistedQuery` hash), or, in `enforce` mode, the refusal of a
    /// request that names none. `Ok(None)`: not a trusted document, and
    /// allowed to run (`log` mode), to be counted.
    pub fn resolve(
        &self,
        request: &async_graphql::Request,
        named: &NamedDocument,
    ) -> Result<Option<Arc<TrustedDocument>>, ServerError> {
        let hash = match request.extensions.get("persistedQuery") {
            Some(async_graphql::Value::Object(fields)) => match fields.get("sha256Hash") {
                Some(async_graphql::Value::String(hash)) => Some(hash.to_ascii_lowercase()),
                _ => None,
            },
            _ => None,
        };
        let id = named.id.as_deref().map(bare).or(hash.as_deref());
        match (id.and_then(|id| self.by_id.get(id)), id, self.mode) {
            (Some(found), ..) => Ok(Some(found.clone())),
            // An id alone names nothing to run, even in `log` mode.
            (None, Some(id), TrustMode::Log) if named.id.is_some() && request.query.is_empty() => {
                Err(not_in_list(id))
            }
            (None, _, TrustMode::Log) => Ok(None),
            (None, Some(id), TrustMode::Enforce) => Err(not_in_list(id)),
            (None, None, TrustMode::Enforce) => Err(refusal(
                "this server runs only its trusted documents: name one by `documentId` \
                 (or Relay's `doc_id`, or `extensions.persistedQuery.sha256Hash`) instead of \
                 sending a query",
                code::ID_REQUIRED,
            )),
        }
    }
}

/// A document, parsed and validated, before it has an id.
struct Validated {
    document: ExecutableDocument,
    validated: Option<ValidationResult>,
}

impl Validated {
    fn with_id(self, id: String, text: String) -> TrustedDocument {
        TrustedDocument {
            id,
            text,
            document: Arc::new(self.document),
            validated: self.validated,
        }
    }
}

/// Parses `text` and runs the schema's validation on it (every operation
/// in it), executing nothing.
async fn validate(schema: &AppSchema, text: &str) -> Result<Validated, String> {
    let document = async_graphql::parser::parse_query(text).map_err(|e| e.to_string())?;
    let names: Vec<Option<String>> = match document.operations.iter().count() {
        0 => return Err("it holds no operation".into()),
        1 => vec![None],
        _ => document
            .operations
            .iter()
            .map(|(name, _)| name.map(|n| n.to_string()))
            .collect(),
    };
    let mut validated = None;
    for name in names {
        let only = Arc::new(ValidateOnly::default());
        let mut request = async_graphql::Request::new(text).data(only.clone());
        if let Some(name) = &name {
            request = request.operation_name(name);
        }
        let response = schema.execute(request).await;
        if let Some(error) = response.errors.first() {
            return Err(error.message.clone());
        }
        if name.is_none() && super::pipeline::declares_no_variables(&document) {
            validated = *only.0.lock().unwrap();
        }
    }
    Ok(Validated {
        document,
        validated,
    })
}

fn not_in_list(id: &str) -> ServerError {
    refusal(
        &format!(
            "document {:?} is not one of this server's trusted documents \
             (GRAPHQL_TRUSTED_DOCUMENTS)",
            id.chars().take(80).collect::<String>()
        ),
        code::NOT_IN_LIST,
    )
}

fn refusal(message: &str, code: &str) -> ServerError {
    crate::error::coded_error(message, code)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_apollo_manifests_and_id_maps() {
        let apollo = r#"{"format":"apollo-persisted-query-manifest","version":1,
            "operations":[{"id":"abc","name":"Me","type":"query","body":"query Me { me { id } }"}]}"#;
        assert_eq!(
            entries(apollo).unwrap(),
            [("abc".to_owned(), "query Me { me { id } }".to_owned())]
        );
        let relay = r#"{"1a2b": "query Me { me { id } }"}"#;
        assert_eq!(entries(relay).unwrap().len(), 1);
        assert!(entries("[1]").unwrap_err().contains("not a manifest"));
        let other = r#"{"format":"other","version":2,"operations":[]}"#;
        assert!(entries(other).unwrap_err().contains("version 2"));
        assert_eq!(bare("sha256:abc"), "abc");
    }
}
