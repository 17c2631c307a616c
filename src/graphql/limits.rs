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

/// Refuses documents with more than `max_aliases` aliased fields (a cheap
/// way to multiply work: `a1: me { email } a2: me { email } ...`) and, when
/// introspection is off, documents that ask for `__schema` or `__type`.
#[derive(Clone, Copy)]
pub struct DocumentLimits {
    pub max_aliases: usize,
    pub introspection: bool,
}

impl ExtensionFactory for DocumentLimits {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(*self)
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
