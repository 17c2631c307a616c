//! Puts an executed response into the shape the GraphQL spec gives it,
//! where async-graphql 7.2 does not:
//!
//! - keys follow the selection set (spec 7.2.2): async-graphql resolves
//!   sibling fields concurrently and inserts them in completion order;
//! - a field that failed is present: `null` with its error when nullable
//!   (spec 6.4.4, "handled as though the field returned null"), where
//!   async-graphql drops the key (and turns an object whose fields all failed
//!   into `null`);
//! - a failed non-null field makes its parent `null`, up to the nearest
//!   nullable parent, or `data` itself.
//!
//! One walk over the executed operation does all three: fields are grouped by
//! response key in order of first appearance, fragments inlined. Whether a
//! missing key failed is read from the errors' paths, so a field left out by
//! `@skip`/`@include` stays out. The paths are indexed once, into a tree the
//! walk descends beside the data ([`ErrorPaths`]): each question it asks is
//! one step, so the work is linear in the response and its errors however
//! many of each there are (scanning every error for every missing key was
//! quadratic: 33,000 entities with three failed fields each took minutes).

use std::collections::HashMap;

use async_graphql::indexmap::IndexMap;
use async_graphql::parser::types::{
    ExecutableDocument, Field, OperationType, Selection, SelectionSet,
};
use async_graphql::registry::{MetaTypeName, Registry};
use async_graphql::{Name, PathSegment, Positioned, ServerError, Value};

/// Reshapes `data` of a response executed from `document`.
pub fn shape_response(
    registry: &Registry,
    document: &ExecutableDocument,
    operation_name: Option<&str>,
    data: Value,
    errors: &[ServerError],
) -> Value {
    let Some(operation) = select_operation(document, operation_name) else {
        return data;
    };
    let root = match operation.ty {
        OperationType::Query => registry.query_type.as_str(),
        OperationType::Mutation => match &registry.mutation_type {
            Some(name) => name.as_str(),
            None => return data,
        },
        OperationType::Subscription => match &registry.subscription_type {
            Some(name) => name.as_str(),
            None => return data,
        },
    };
    if errors.is_empty() && in_selection_order(&data, &operation.selection_set.node) {
        return data;
    }
    let walker = Walker { registry, document };
    let map = match data {
        Value::Object(map) => map,
        Value::Null if !errors.is_empty() => IndexMap::new(),
        other => return other,
    };
    let paths = ErrorPaths::of(errors);
    let errors_here = (!errors.is_empty()).then_some(&paths);
    match walker.object(map, root, &[&operation.selection_set], errors_here) {
        Ok(map) if map.is_empty() && errors.is_empty() => Value::Null,
        Ok(map) => Value::Object(map),
        Err(NullBubble) => Value::Null,
    }
}

/// Whether `value` is already in the shape the walk would give it, for a
/// response without errors: each object holds exactly its selection's
/// fields, in the selection's order. Most responses are (async-graphql
/// inserts sibling fields as they complete, and fields that complete at once
/// complete in order), and then the walk, which rebuilds every object, is
/// skipped. Fragments, repeated response keys and skipped fields are left to
/// the walk (the answer is false).
fn in_selection_order(value: &Value, set: &SelectionSet) -> bool {
    match value {
        Value::Object(map) => {
            map.len() == set.items.len()
                && map.iter().zip(&set.items).all(|((key, value), item)| {
                    let Selection::Field(field) = &item.node else {
                        return false;
                    };
                    let selection = &field.node.selection_set.node;
                    *key == field.node.response_key().node
                        && (selection.items.is_empty() || in_selection_order(value, selection))
                })
        }
        Value::List(items) => items.iter().all(|item| in_selection_order(item, set)),
        _ => true,
    }
}

/// The operation a request runs: the one named, or the only one.
pub(super) fn select_operation<'d>(
    document: &'d ExecutableDocument,
    name: Option<&str>,
) -> Option<&'d async_graphql::parser::types::OperationDefinition> {
    let mut operations = document.operations.iter();
    match name {
        Some(wanted) => operations
            .find(|(n, _)| n.is_some_and(|n| n.as_str() == wanted))
            .map(|(_, op)| &op.node),
        None => {
            let (_, first) = operations.next()?;
            operations.next().is_none().then_some(&first.node)
        }
    }
}

/// A non-null field failed: its parent must become null.
struct NullBubble;

/// The errors' paths as a tree: a node for every prefix of some error's
/// path. The walk holds the node of the path it is at (`None` when no error
/// is at or under it), so "did something fail here" is a lookup, not a scan.
#[derive(Default)]
struct ErrorPaths {
    fields: HashMap<String, ErrorPaths>,
    indexes: HashMap<usize, ErrorPaths>,
}

/// Where the walk is in [`ErrorPaths`]: `None` when no error is at or under
/// the current path.
type ErrorsHere<'e> = Option<&'e ErrorPaths>;

impl ErrorPaths {
    fn of(errors: &[ServerError]) -> Self {
        let mut root = Self::default();
        for error in errors {
            let mut node = &mut root;
            for segment in &error.path {
                node = match segment {
                    PathSegment::Field(name) => node.fields.entry(name.clone()).or_default(),
                    PathSegment::Index(index) => node.indexes.entry(*index).or_default(),
                };
            }
        }
        root
    }

    /// Some error's path goes below this one.
    fn has_children(&self) -> bool {
        !self.fields.is_empty() || !self.indexes.is_empty()
    }
}

fn field_errors<'e>(here: ErrorsHere<'e>, key: &str) -> ErrorsHere<'e> {
    here.and_then(|node| node.fields.get(key))
}

fn item_errors(here: ErrorsHere<'_>, index: usize) -> ErrorsHere<'_> {
    here.and_then(|node| node.indexes.get(&index))
}

struct Walker<'a> {
    registry: &'a Registry,
    document: &'a ExecutableDocument,
}

/// The occurrences of one response key in a selection, with the type the
/// field is declared on (a fragment's type condition, or the parent type).
struct Grouped<'a> {
    key: &'a Name,
    name: &'a str,
    declared_on: &'a str,
    fields: Vec<&'a Positioned<Field>>,
}

impl<'a> Walker<'a> {
    fn object(
        &self,
        mut map: IndexMap<Name, Value>,
        type_name: &'a str,
        sets: &[&'a Positioned<SelectionSet>],
        errors: ErrorsHere<'_>,
    ) -> Result<IndexMap<Name, Value>, NullBubble> {
        let mut grouped: Vec<Grouped<'a>> = Vec::new();
        for set in sets {
            self.collect(set, type_name, &mut grouped);
        }
        let mut shaped = IndexMap::with_capacity(map.len().max(grouped.len()));
        for group in &grouped {
            let value = map.shift_remove(group.key);
            let ty = self.field_type(group.declared_on, group.name);
            let errors = field_errors(errors, group.key.as_str());
            if let Some(value) = self.field(value, ty, &group.fields, errors)? {
                shaped.insert(group.key.clone(), value);
            }
        }
        // Anything the walk did not expect keeps its place at the end.
        shaped.extend(map);
        Ok(shaped)
    }

    /// Groups the fields of `set` by response key, in order of first
    /// appearance, inlining fragments; `declared_on` is the type their
    /// definitions are looked up on.
    fn collect(
        &self,
        set: &'a Positioned<SelectionSet>,
        declared_on: &'a str,
        grouped: &mut Vec<Grouped<'a>>,
    ) {
        for item in &set.node.items {
            match &item.node {
                Selection::Field(field) => {
                    let key = &field.node.response_key().node;
                    match grouped.iter_mut().find(|g| g.key == key) {
                        Some(group) => group.fields.push(field),
                        None => grouped.push(Grouped {
                            key,
                            name: field.node.name.node.as_str(),
                            declared_on,
                            fields: vec![field],
                        }),
                    }
                }
                Selection::InlineFragment(fragment) => {
                    let on = fragment
                        .node
                        .type_condition
                        .as_ref()
                        .map_or(declared_on, |c| c.node.on.node.as_str());
                    self.collect(&fragment.node.selection_set, on, grouped);
                }
                Selection::FragmentSpread(spread) => {
                    if let Some(fragment) =
                        self.document.fragments.get(&spread.node.fragment_name.node)
                    {
                        let on = fragment.node.type_condition.node.on.node.as_str();
                        self.collect(&fragment.node.selection_set, on, grouped);
                    }
                }
            }
        }
    }

    /// The declared type of `field` on `type_name` (`"String!"`, `"[User!]"`),
    /// `None` when the walk cannot tell.
    fn field_type(&self, type_name: &str, field: &str) -> Option<&'a str> {
        match field {
            "__typename" => Some("String!"),
            "__schema" => Some("__Schema!"),
            "__type" => Some("__Type"),
            _ => self
                .registry
                .types
                .get(type_name)?
                .field_by_name(field)
                .map(|f| f.ty.as_str()),
        }
    }

    /// One field's value: `Ok(None)` leaves the key out (it was skipped).
    fn field(
        &self,
        value: Option<Value>,
        ty: Option<&'a str>,
        fields: &[&'a Positioned<Field>],
        errors: ErrorsHere<'_>,
    ) -> Result<Option<Value>, NullBubble> {
        let Some(ty) = ty else {
            return Ok(value);
        };
        let value = match value {
            None if errors.is_some() => Value::Null,
            None => return Ok(None),
            Some(value) => value,
        };
        let sets: Vec<_> = fields.iter().map(|f| &f.node.selection_set).collect();
        self.value(value, ty, &sets, errors).map(Some)
    }

    fn value(
        &self,
        value: Value,
        ty: &'a str,
        sets: &[&'a Positioned<SelectionSet>],
        errors: ErrorsHere<'_>,
    ) -> Result<Value, NullBubble> {
        let non_null = ty.ends_with('!');
        let shaped = match (value, MetaTypeName::create(ty).unwrap_non_null()) {
            (Value::Null, _) if non_null && errors.is_some() => Err(NullBubble),
            // async-graphql makes an object whose fields all failed null.
            (Value::Null, MetaTypeName::Named(name))
                if has_fields(sets) && errors.is_some_and(ErrorPaths::has_children) =>
            {
                self.object(IndexMap::new(), name, sets, errors)
                    .map(Value::Object)
            }
            (Value::List(items), MetaTypeName::List(item_ty)) => {
                let mut shaped = Vec::with_capacity(items.len());
                let mut outcome = Ok(());
                for (index, item) in items.into_iter().enumerate() {
                    match self.value(item, item_ty, sets, item_errors(errors, index)) {
                        Ok(item) => shaped.push(item),
                        Err(bubble) => {
                            outcome = Err(bubble);
                            break;
                        }
                    }
                }
                outcome.map(|()| Value::List(shaped))
            }
            (Value::Object(map), MetaTypeName::Named(name)) if has_fields(sets) => {
                self.object(map, name, sets, errors).map(Value::Object)
            }
            (other, _) => Ok(other),
        };
        match shaped {
            Err(NullBubble) if !non_null => Ok(Value::Null),
            other => other,
        }
    }
}

fn has_fields(sets: &[&Positioned<SelectionSet>]) -> bool {
    sets.iter().any(|s| !s.node.items.is_empty())
}
