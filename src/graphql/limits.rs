//! Bounds on what one GraphQL request may ask for: size, depth,
//! complexity, aliases and introspection. async-graphql checks complexity;
//! the token count is ours, checked before parsing, and the depth, the
//! alias count and the introspection refusal too, right after parsing,
//! before validation or execution.
//!
//! Depth is counted as async-graphql counts it (nested fields, fragments
//! inlined) but not inside `__schema` and `__type`: the depth limit guards
//! the data graph, and introspection's own `ofType` chain (graphql-js's
//! `getIntrospectionQuery`, which GraphiQL, codegen and IDEs send, nests it
//! deeper than 12) is as deep as the schema's types and no deeper, with
//! async-graphql's recursion limit and the complexity limit still on it.

use async_graphql::parser::types::{ExecutableDocument, Selection, SelectionSet};
use async_graphql::{ServerError, ServerResult, Variables};
use async_graphql_value::{ConstValue, Value};

/// Limits applied to every operation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GraphqlLimits {
    pub max_depth: usize,
    pub max_complexity: usize,
    pub max_aliases: usize,
    /// Most `_entities` representations one request may resolve.
    pub max_entities: usize,
    /// Most errors one response carries (see [`cap_errors`]).
    pub max_errors: usize,
    pub introspection: bool,
}

/// Most tokens (names, values, punctuation; not comments, whitespace or
/// commas) a document may have. An operation within the other limits needs
/// a few thousand at most (500 fields, each with a few arguments); without
/// this bound a body of 1 MiB could hold 90,000 `__typename` fields, which
/// complexity does not count, and parsing one took about 60 MiB at its peak.
pub const MAX_DOCUMENT_TOKENS: usize = 10_000;

/// Refuses, before parsing, a document of more than [`MAX_DOCUMENT_TOKENS`]
/// tokens: counting them reads the text once and allocates nothing, while
/// the parser's memory grows with every token.
pub fn check_document_size(query: &str) -> ServerResult<()> {
    if exceeds_tokens(query, MAX_DOCUMENT_TOKENS) {
        return Err(ServerError::new(
            format!(
                "the query is too long: it has more than {MAX_DOCUMENT_TOKENS} tokens \
                 (names, values and punctuation); at most {MAX_DOCUMENT_TOKENS} are allowed"
            ),
            None,
        ));
    }
    Ok(())
}

/// Whether `query` has more than `max` GraphQL tokens, counted as the
/// spec's lexer would (a string or block string is one token; comments,
/// whitespace, commas and a BOM are none). Text that is not GraphQL counts
/// a token per unexpected character, so it is never counted short.
pub fn exceeds_tokens(query: &str, max: usize) -> bool {
    let bytes = query.as_bytes();
    let name = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let number = |b: u8| name(b) || matches!(b, b'.' | b'+' | b'-');
    let (mut i, mut tokens) = (0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b' ' | b'\t' | b'\n' | b'\r' | b',' => i += 1,
            b'#' => {
                while i < bytes.len() && !matches!(bytes[i], b'\n' | b'\r') {
                    i += 1;
                }
            }
            b'"' if bytes[i..].starts_with(b"\"\"\"") => {
                i += 3;
                while i < bytes.len() && !bytes[i..].starts_with(b"\"\"\"") {
                    i += if bytes[i..].starts_with(b"\\\"\"\"") {
                        4
                    } else {
                        1
                    };
                }
                i += 3;
                tokens += 1;
            }
            b'"' => {
                i += 1;
                while i < bytes.len() && !matches!(bytes[i], b'"' | b'\n' | b'\r') {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
                tokens += 1;
            }
            b'.' if bytes[i..].starts_with(b"...") => {
                i += 3;
                tokens += 1;
            }
            b if name(b) && !b.is_ascii_digit() => {
                while i < bytes.len() && name(bytes[i]) {
                    i += 1;
                }
                tokens += 1;
            }
            b if b.is_ascii_digit() || b == b'-' => {
                i += 1;
                while i < bytes.len() && number(bytes[i]) {
                    i += 1;
                }
                tokens += 1;
            }
            0xEF if bytes[i..].starts_with("\u{feff}".as_bytes()) => i += 3,
            _ => {
                i += 1;
                tokens += 1;
            }
        }
        if tokens > max {
            return true;
        }
    }
    false
}

/// Checks what async-graphql does not: at most `max_aliases` aliased fields
/// (a cheap way to multiply work: `a1: me { email } a2: me { email } ...`)
/// and, when introspection is off, no `__schema`, `__type` or federation's
/// `_service` (the same schema, as SDL).
/// (async-graphql's own switch only answers `__schema` with null; a client
/// deserves to be told.)
pub fn check_document(document: &ExecutableDocument, limits: &GraphqlLimits) -> ServerResult<()> {
    if data_depth_exceeds(document, limits.max_depth) {
        // async-graphql's own words, which clients already match on.
        return Err(ServerError::new("Query is nested too deep.", None));
    }
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

/// Refuses a request whose `_entities` fields hold more than
/// `max` representations in all (literal lists, or lists given as
/// variables). Each representation is resolved, and its failed fields each
/// add an error: without a bound one request of 1 MiB names 33,000 of them.
pub fn check_entities(
    document: &ExecutableDocument,
    variables: &Variables,
    max: usize,
) -> ServerResult<()> {
    let mut count = 0;
    let mut each = |set: &SelectionSet| count_entities(set, variables, &mut count);
    for (_, op) in document.operations.iter() {
        each(&op.node.selection_set.node);
    }
    for fragment in document.fragments.values() {
        each(&fragment.node.selection_set.node);
    }
    if count > max {
        return Err(ServerError::new(
            format!(
                "the request asks for {count} entities (`_entities` representations); \
                 at most {max} are allowed per request (GRAPHQL_MAX_ENTITIES)"
            ),
            None,
        ));
    }
    Ok(())
}

fn count_entities(set: &SelectionSet, variables: &Variables, count: &mut usize) {
    for item in &set.items {
        match &item.node {
            Selection::Field(field) => {
                if field.node.name.node == "_entities" {
                    let representations =
                        field
                            .node
                            .get_argument("representations")
                            .map(|value| match &value.node {
                                Value::List(items) => items.len(),
                                Value::Variable(name) => match variables.get(name) {
                                    Some(ConstValue::List(items)) => items.len(),
                                    _ => 0,
                                },
                                _ => 0,
                            });
                    *count = count.saturating_add(representations.unwrap_or(0));
                }
            }
            Selection::InlineFragment(fragment) => {
                count_entities(&fragment.node.selection_set.node, variables, count)
            }
            Selection::FragmentSpread(_) => {}
        }
    }
}

/// Keeps the first `max` of `errors`; past it, the rest are dropped and
/// one error, without a path, says how many. A response with one error per
/// failed field of every item of a long list would otherwise grow with the
/// list (and so would the work of writing it).
pub fn cap_errors(errors: &mut Vec<ServerError>, max: usize) {
    if errors.len() <= max {
        return;
    }
    let dropped = errors.len() - max;
    errors.truncate(max);
    let mut last = crate::error::coded_error(
        format!(
            "{dropped} more errors were dropped: a response carries at most {max} \
             (GRAPHQL_MAX_ERRORS)"
        ),
        crate::error::code::TOO_MANY_ERRORS,
    );
    if let Some(extensions) = &mut last.extensions {
        extensions.set("dropped", dropped as u64);
    }
    errors.push(last);
}

/// Whether any operation nests fields deeper than `max`, fragments inlined,
/// not counting what is inside `__schema` and `__type`.
pub fn data_depth_exceeds(document: &ExecutableDocument, max: usize) -> bool {
    fn exceeds<'d>(
        document: &'d ExecutableDocument,
        set: &'d SelectionSet,
        depth: usize,
        max: usize,
        spreading: &mut Vec<&'d str>,
    ) -> bool {
        set.items.iter().any(|item| match &item.node {
            Selection::Field(field) => {
                let depth = depth + 1;
                let name = field.node.name.node.as_str();
                depth > max
                    || (!matches!(name, "__schema" | "__type")
                        && exceeds(
                            document,
                            &field.node.selection_set.node,
                            depth,
                            max,
                            spreading,
                        ))
            }
            Selection::InlineFragment(fragment) => exceeds(
                document,
                &fragment.node.selection_set.node,
                depth,
                max,
                spreading,
            ),
            Selection::FragmentSpread(spread) => {
                let name = spread.node.fragment_name.node.as_str();
                // A cycle is validation's to refuse; it adds no depth here.
                let Some(fragment) = document.fragments.get(&spread.node.fragment_name.node) else {
                    return false;
                };
                if spreading.contains(&name) {
                    return false;
                }
                spreading.push(name);
                let deeper = exceeds(
                    document,
                    &fragment.node.selection_set.node,
                    depth,
                    max,
                    spreading,
                );
                spreading.pop();
                deeper
            }
        })
    }
    document.operations.iter().any(|(_, op)| {
        exceeds(
            document,
            &op.node.selection_set.node,
            0,
            max,
            &mut Vec::new(),
        )
    })
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
                    self.introspects |= matches!(name, "__schema" | "__type" | "_service");
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

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(query: &str) -> usize {
        (0..).find(|&max| !exceeds_tokens(query, max)).unwrap()
    }

    fn too_deep(query: &str, max: usize) -> bool {
        data_depth_exceeds(&async_graphql::parser::parse_query(query).unwrap(), max)
    }

    #[test]
    fn depth_counts_data_fields_through_fragments_but_not_introspection() {
        assert!(!too_deep("{ a { b { c } } }", 3));
        assert!(too_deep("{ a { b { c { d } } } }", 3));
        assert!(too_deep(
            "{ a { ...F } } fragment F on T { b { ... on T { c { d } } } }",
            3
        ));
        assert!(!too_deep("{ a { ...F } } fragment F on T { b { c } }", 3));
        // Introspection's own nesting is not the data graph's.
        let of_type = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }";
        assert!(!too_deep(of_type, 3));
        assert!(too_deep("{ me { a { __type(name: \"X\") { name } } } }", 2));
        // A fragment cycle ends (validation refuses it later).
        assert!(!too_deep(
            "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
            3
        ));
    }

    #[test]
    fn counts_tokens_as_the_lexer_does() {
        assert_eq!(tokens("{ __typename }"), 3);
        assert_eq!(tokens("query Q($n: Int = -1.5e+3) { a(n: $n) }"), 19);
        assert_eq!(tokens("{ a(s: \"x, \\\" # y\") } # { b c d }"), 8);
        assert_eq!(
            tokens("{ a(s: \"\"\" \\\"\"\" { b } \"\"\") ...F }\u{feff},,,"),
            10
        );
        assert_eq!(tokens("{ ... on User { id } }"), 8);
        assert_eq!(tokens(""), 0);
    }

    #[test]
    fn a_long_comment_or_string_is_not_many_tokens() {
        let padded = format!("{{ __typename }} #{}", "x ".repeat(400_000));
        assert!(check_document_size(&padded).is_ok());
        let literal = format!("{{ a(s: \"{}\") }}", "x ".repeat(400_000));
        assert!(check_document_size(&literal).is_ok());
        let fields = format!("{{{} }}", " __typename".repeat(MAX_DOCUMENT_TOKENS));
        let err = check_document_size(&fields).unwrap_err();
        assert!(err.message.contains("at most 10000"), "{}", err.message);
    }
}
