//! Bounds on what one GraphQL request may ask for: depth, complexity,
//! aliases and introspection. async-graphql checks depth and complexity; the
//! alias count and the introspection refusal are ours, checked right after
//! parsing, before validation or execution.

use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{ServerError, ServerResult};

/// Limits applied to every operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GraphqlLimits {
    pub max_depth: usize,
    pub max_complexity: usize,
    pub max_aliases: usize,
    pub introspection: bool,
}

/// Checks what async-graphql does not: at most `max_aliases` aliased fields
/// (a cheap way to multiply work: `a1: me { email } a2: me { email } ...`)
/// and, when introspection is off, no `__schema` or `__type`.
/// (async-graphql's own switch only answers `__schema` with null; a client
/// deserves to be told.)
pub fn check_document(document: &ExecutableDocument, limits: &GraphqlLimits) -> ServerResult<()> {
    let shape = Shape::of(document);
    if shape.aliases > limits.max_aliases {
        return Err(ServerError::new(
            format!(
                "the query uses {} aliases; at most {} are allowed",
                shape.aliases, limits.max_aliases
            ),
            None,
        ));
    }
    if shape.introspects && !limits.introspection {
        return Err(ServerError::new(
            "introspection is disabled on this server (GRAPHQL_INTROSPECTION)",
            None,
        ));
    }
    Ok(())
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
