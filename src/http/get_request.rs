//! Reading a GraphQL request from `GET /graphql`'s query string.
//!
//! The parameters are the GraphQL-over-HTTP spec's: `query`, `operationName`,
//! and `variables` / `extensions` as URL-encoded JSON objects. (async-graphql's
//! `parse_query_string` reads `operation_name` instead, so a client's
//! `operationName` was silently dropped.) An empty parameter counts as absent.

use async_graphql::{Extensions, Request, Variables};

use crate::graphql::trusted::NamedDocument;
use axum::extract::Query;
use axum::http::Uri;
use serde::Deserialize;

/// The query-string parameters, before their JSON is read.
#[derive(Debug, Default, Deserialize)]
pub struct GetParams {
    query: Option<String>,
    #[serde(rename = "operationName")]
    operation_name: Option<String>,
    variables: Option<String>,
    extensions: Option<String>,
    /// A trusted document's id (GraphQL over HTTP's persisted documents).
    #[serde(rename = "documentId")]
    document_id: Option<String>,
    /// Relay's names for the same.
    doc_id: Option<String>,
    id: Option<String>,
}

impl GetParams {
    /// Reads the parameters of `uri`; the message says what is wrong.
    pub fn from_uri(uri: &Uri) -> Result<Self, String> {
        Query::<Self>::try_from_uri(uri)
            .map(|Query(params)| params)
            .map_err(|err| format!("cannot read the GraphQL request from the URL: {err}"))
    }

    /// Whether a GraphQL document was sent (a browser without one gets GraphiQL).
    pub fn has_query(&self) -> bool {
        present(&self.query).is_some()
    }

    /// The trusted document the request names, if any.
    pub fn named(&self) -> NamedDocument {
        let id = [&self.document_id, &self.doc_id, &self.id]
            .into_iter()
            .find_map(|id| present(id).map(str::to_owned));
        NamedDocument { id }
    }

    /// The GraphQL request; the message says which parameter is wrong.
    pub fn into_request(self) -> Result<Request, String> {
        // A persisted query or a trusted document may name its document
        // by hash or id alone.
        let hashed = present(&self.extensions).is_some_and(|e| e.contains("persistedQuery"))
            || self.named().id.is_some();
        let query = match present(&self.query) {
            Some(query) => query,
            None if hashed => "",
            None => {
                return Err(
                    "GET /graphql needs a `query` parameter: the GraphQL document, URL-encoded"
                        .into(),
                );
            }
        };
        let mut request = Request::new(query);
        if let Some(name) = present(&self.operation_name) {
            request = request.operation_name(name);
        }
        if let Some(variables) = present(&self.variables) {
            request = request.variables(json_object::<Variables>("variables", variables)?);
        }
        if let Some(extensions) = present(&self.extensions) {
            request.extensions = json_object::<Extensions>("extensions", extensions)?;
        }
        Ok(request)
    }
}

fn present(value: &Option<String>) -> Option<&str> {
    value.as_deref().filter(|v| !v.is_empty())
}

/// `text` as a JSON object (or `null`), for the parameter `name`.
fn json_object<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, String> {
    let value: serde_json::Value = serde_json::from_str(text)
        .map_err(|err| format!("`{name}` is not valid JSON ({err}); send it URL-encoded"))?;
    if !(value.is_object() || value.is_null()) {
        return Err(format!("`{name}` must be a JSON object"));
    }
    serde_json::from_value(value).map_err(|err| format!("`{name}` cannot be read: {err}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn request(query_string: &str) -> Result<Request, String> {
        let uri: Uri = format!("/graphql?{query_string}").parse().unwrap();
        GetParams::from_uri(&uri)?.into_request()
    }

    #[test]
    fn reads_operation_name_variables_and_extensions() {
        let r = request("query=query%20A%7Ba%7D&operationName=A&variables=%7B%22x%22%3A1%7D&extensions=%7B%22e%22%3Atrue%7D").unwrap();
        assert_eq!(r.query, "query A{a}");
        assert_eq!(r.operation_name.as_deref(), Some("A"));
        assert_eq!(r.variables.get("x"), Some(&async_graphql::Value::from(1)));
        assert_eq!(
            r.extensions.get("e"),
            Some(&async_graphql::Value::from(true))
        );
    }

    #[test]
    fn empty_parameters_are_absent() {
        let r = request("query=%7Ba%7D&operationName=&variables=").unwrap();
        assert_eq!(r.operation_name, None);
        assert!(r.variables.is_empty());
    }

    #[test]
    fn bad_parameters_say_which() {
        assert!(request("variables=%7B%7D").unwrap_err().contains("`query`"));
        let bad_json = request("query=%7Ba%7D&variables=%7Bx").unwrap_err();
        assert!(
            bad_json.contains("`variables` is not valid JSON"),
            "{bad_json}"
        );
        let array = request("query=%7Ba%7D&extensions=%5B1%5D").unwrap_err();
        assert_eq!(array, "`extensions` must be a JSON object");
        assert!(request("query=a&query=b").is_err());
    }
}
