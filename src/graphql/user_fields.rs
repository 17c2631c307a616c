//! An app's fields on our `User` ([`UserFields`]), and [`NoFields`], the
//! server's own `User` with none. Its own module because both the `User`
//! object (`user.rs`) and the context helpers an app writes resolvers with
//! (`extension.rs`) name it.

use std::borrow::Cow;

use async_graphql::parser::types::Field;
use async_graphql::registry::{MetaType, MetaTypeId, Registry};
use async_graphql::resolver_utils::ContainerType;
use async_graphql::{
    Context, ContextSelectionSet, Lookahead, ObjectType, OutputType, Positioned, ServerResult,
    Value,
};

use crate::db::users::User;

/// An app's own fields on our `User` type: an object made from the user's
/// record, whose fields are merged into `User` (async-graphql's `flatten`).
/// Resolve anything costly through a `DataLoader`, since a list of users
/// makes one of these per user.
///
/// ```
/// use async_graphql::Object;
/// use passage_graphql::{UserFields, UserRecord};
///
/// pub struct Greeting {
///     user_id: i64,
/// }
///
/// #[Object]
/// impl Greeting {
///     /// Appears as `User.greeting`.
///     async fn greeting(&self) -> String {
///         format!("hello, user {}", self.user_id)
///     }
/// }
///
/// impl UserFields for Greeting {
///     fn for_user(user: &UserRecord) -> Self {
///         Greeting { user_id: user.id() }
///     }
/// }
/// ```
pub trait UserFields: ObjectType + Send + Sync + 'static {
    /// The fields of `user`.
    fn for_user(user: &User) -> Self;

    /// Called once with the users of a page (`Query.users`) before their
    /// fields resolve, with what each user's selection asks (`node`: the
    /// selection of one `User`, e.g. `node.field("todos")`). Start the
    /// batched loads the fields will make here (`load_many` on the
    /// request's [`ContextExt::loader`](super::ContextExt::loader), whose memo the fields then hit), so
    /// that a page costs one batch however its fields' resolvers
    /// interleave: a `DataLoader` alone gathers what arrives within its
    /// delay, and a long list may take longer than that to reach it.
    /// Failures are for the fields to report. Default: nothing.
    fn prefetch(
        ctx: &Context<'_>,
        node: Lookahead<'_>,
        users: &[User],
    ) -> impl Future<Output = ()> + Send {
        let _ = (ctx, node, users);
        async {}
    }
}

/// No fields of an app's: the server's own `User`. An empty object that no
/// field names, so it never appears in the schema.
pub struct NoFields;

impl UserFields for NoFields {
    fn for_user(_: &User) -> Self {
        NoFields
    }
}

impl ContainerType for NoFields {
    async fn resolve_field(&self, _ctx: &Context<'_>) -> ServerResult<Option<Value>> {
        Ok(None)
    }
}

impl OutputType for NoFields {
    fn type_name() -> Cow<'static, str> {
        Cow::Borrowed("NoUserFields")
    }

    fn create_type_info(registry: &mut Registry) -> String {
        registry.create_output_type::<Self, _>(MetaTypeId::Object, |_| MetaType::Object {
            name: "NoUserFields".to_owned(),
            description: None,
            fields: Default::default(),
            cache_control: Default::default(),
            extends: false,
            shareable: false,
            resolvable: true,
            keys: None,
            visible: None,
            inaccessible: false,
            interface_object: false,
            tags: Default::default(),
            is_subscription: false,
            rust_typename: Some(std::any::type_name::<Self>()),
            directive_invocations: Default::default(),
            requires_scopes: Default::default(),
        })
    }

    async fn resolve(
        &self,
        _ctx: &ContextSelectionSet<'_>,
        _field: &Positioned<Field>,
    ) -> ServerResult<Value> {
        Ok(Value::Object(Default::default()))
    }
}

impl ObjectType for NoFields {}
