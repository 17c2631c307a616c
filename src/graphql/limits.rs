//! Bounds on what one GraphQL request may ask for: depth, complexity,
//! aliases and introspection. async-graphql checks depth and complexity; the
//! alias count and the introspection refusal are ours, checked right after
//! parsing, before validation or execution. (async-graphql's own switch only
//! answers `__schema` with null; a client deserves to be told.)

use std::sync::Arc;

use async_graphql::extensions::{Extension, ExtensionContext, ExtensionFactory, NextParseQuery};
use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{ServerError, ServerResult, Variables};

/// Limits applied to every operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GraphqlLimits {
    pub max_depth: usize,
    pub max_complexity: usize,
    pub max_aliases: usize,
    pub introspection: bool,
}

/// Most parsed documents kept.
pub const PARSED_CACHE_CAPACITY: u64 = 256;

/// Refuses documents with more than `max_aliases` aliased fields (a cheap
/// way to multiply work: `a1: me { email } a2: me { email } ...`) and, when
/// introspection is off, documents that ask for `__schema` or `__type`.
///
/// It also keeps the documents that passed, by query text: clients send the
/// same few queries over and over, and parsing was a visible share of a
/// request's CPU. (It is the schema's only extension, so answering from the
/// cache skips no other extension's parse hook.)
#[derive(Clone)]
pub struct DocumentLimits {
    max_aliases: usize,
    introspection: bool,
    parsed: moka::sync::Cache<String, ExecutableDocument>,
}

impl DocumentLimits {
    pub fn new(max_aliases: usize, introspection: bool) -> Self {
        Self {
            max_aliases,
            introspection,
            parsed: moka::sync::Cache::new(PARSED_CACHE_CAPACITY),
        }
    }
}

impl ExtensionFactory for DocumentLimits {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(self.clone())
    }
}

#[async_trait::async_trait]
impl Extension for DocumentLimits {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        if let Some(document) = self.parsed.get(query) {
            return Ok(document);
        }
        let document = next.run(ctx, query, variables).await?;
        let shape = Shape::of(&document);
        if shape.aliases > self.max_aliases {
            return Err(ServerError::new(
                format!(
                    "the query uses {} aliases; at most {} are allowed",
                    shape.aliases, self.max_aliases
                ),
                None,
            ));
        }
        if shape.introspects && !self.introspection {
            return Err(ServerError::new(
                "introspection is disabled on this server (GRAPHQL_INTROSPECTION)",
                None,
            ));
        }
        self.parsed.insert(query.to_owned(), document.clone());
        Ok(document)
    }
}

/// What the limits look at in a document.
#[derive(Default)]
struct Shape {
    aliases: usize,
    introspects: bool,
}

impl Shape {
    fn of(document: &ExecutableDocument) -> Self {
        let mut shape = Shape::default();
        for (_, op) in document.operations.iter() {
            shape.visit(&op.node.selection_set.node);
        }
        for fragment in document.fragments.values() {
            shape.visit(&fragment.node.selection_set.node);
        }
        shape
    }

    fn visit(&mut self, set: &SelectionSet) {
        for item in &set.items {
            match &item.node {
                Selection::Field(field) => {
                    let name = field.node.name.node.as_str();
                    self.introspects |= name == "__schema" || name == "__type";
                    self.aliases += usize::from(field.node.alias.is_some());
                    self.visit(&field.node.selection_set.node);
                }
                Selection::InlineFragment(fragment) => {
                    self.visit(&fragment.node.selection_set.node)
                }
                Selection::FragmentSpread(_) => {}
            }
        }
    }
}
