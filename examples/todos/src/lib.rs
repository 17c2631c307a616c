//! A worked example of an app built on passage-graphql: each user keeps a
//! todo list, in a `todos` table of the app's own.
//!
//! - `User.todos(first:, after:)`: a connection, on our `User` wherever the
//!   schema returns one (`me`, `user`, `users`), readable by its owner and by
//!   admins only ([`TodoFields`]);
//! - `Mutation.addTodo(title:)` and `Mutation.completeTodo(id:)`, for the
//!   signed-in, registered user ([`TodosMutation`]);
//! - the todos of a page of users come through one query
//!   ([`TodosLoader`]), so an admin's list of 100 users with their todos is
//!   as many queries as a list of 1;
//! - its migration runs after passage-graphql's, by the same `migrate`
//!   command and at startup ([`MIGRATIONS`]);
//! - a user's todos go with the user, in the deleting transaction
//!   ([`RemoveTodos`]), whether they delete themselves (`deleteMe`) or the
//!   provider's webhook says they were deleted.
//!
//! `cargo run -p todos` starts it in dev mode, like `cargo run`.

mod live;
mod loader;
mod schema;

use async_graphql::connection::{Connection, Edge, EmptyFields};
use async_graphql::{Context, ID, Lookahead, MergedObject, MergedSubscription, Object, Value};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Utc};
use diesel::prelude::*;
use diesel_async::RunQueryDsl;
use diesel_migrations::{EmbeddedMigrations, embed_migrations};
use passage_graphql::{
    AppError, AppResult, ContextExt, Database, OnUserDeleted, QueryConn, Role, Server, UserFields,
    UserKey, UserObject, UserRecord,
};

pub use live::TodosSubscription;
pub use loader::{TodoPage, TodosLoader};

/// The app's migrations, run after passage-graphql's.
pub static MIGRATIONS: EmbeddedMigrations = embed_migrations!("migrations");

/// Page size when `first` is not given, and the largest page.
pub const DEFAULT_PAGE: i32 = 20;
pub const MAX_PAGE: i32 = 100;

/// The whole server: passage-graphql's, with the todos.
pub fn server() -> Server<AppQuery, AppMutation, AppSubscription> {
    Server::new()
        .user_fields::<TodoFields>()
        .query(AppQuery::default())
        .mutation(AppMutation::default())
        .subscription(AppSubscription::default())
        .migrations(&MIGRATIONS)
        .on_user_deleted(RemoveTodos)
}

/// Deletes a user's todos in the transaction that deletes the user. (A
/// foreign key with `ON DELETE CASCADE` does the same with no code; the
/// hook is for what a cascade cannot say.)
pub struct RemoveTodos;

#[passage_graphql::async_trait]
impl OnUserDeleted for RemoveTodos {
    async fn user_deleted(&self, conn: &mut QueryConn, user_id: i64) -> QueryResult<()> {
        diesel::delete(schema::todos::table.filter(schema::todos::user_id.eq(user_id)))
            .execute(conn)
            .await?;
        Ok(())
    }
}

/// The schema's query type: ours, whose `User`s carry [`TodoFields`]. (The
/// app adds no query of its own; its fields live on `User`.) Named
/// `AppQuery` in the SDL: `Query` is the name of ours inside it.
#[derive(MergedObject, Default, Clone)]
pub struct AppQuery(passage_graphql::Query<TodoFields>);

/// The schema's mutation type: ours and [`TodosMutation`] (`AppMutation`
/// in the SDL).
#[derive(MergedObject, Default, Clone)]
pub struct AppMutation(passage_graphql::Mutation<TodoFields>, TodosMutation);

/// The schema's subscription type: ours and [`TodosSubscription`]
/// (`AppSubscription` in the SDL).
#[derive(MergedSubscription, Default, Clone)]
pub struct AppSubscription(passage_graphql::Subscription<TodoFields>, TodosSubscription);

/// The topic a todo's changes are published under.
pub const TODO_TOPIC: &str = "todo";

/// The todo `id`, if there is one.
pub(crate) async fn read_todo(database: &Database, id: i64) -> AppResult<Option<Todo>> {
    let mut conn = database.conn("read_todo").await?;
    Ok(schema::todos::table
        .find(id)
        .select(Todo::as_select())
        .first(&mut conn)
        .await
        .optional()?)
}

/// One todo.
#[derive(Debug, Clone, Queryable, Selectable, QueryableByName)]
#[diesel(table_name = schema::todos)]
pub struct Todo {
    pub id: i64,
    pub user_id: i64,
    pub title: String,
    pub done: bool,
    pub created_at: DateTime<Utc>,
}

#[Object]
impl Todo {
    async fn id(&self) -> ID {
        ID(self.id.to_string())
    }

    async fn title(&self) -> &str {
        &self.title
    }

    async fn done(&self) -> bool {
        self.done
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.created_at
    }

    /// Whose todo it is: our `User`, with its todos (the owners of a page
    /// of todos are one query, through the request's user loader), under
    /// our rule (the owner themself, or an admin).
    async fn owner(&self, ctx: &Context<'_>) -> AppResult<Option<UserObject<TodoFields>>> {
        let owner = ctx
            .user_loader()
            .load_one(UserKey::Id(self.user_id))
            .await?;
        match owner {
            Some(record) => Ok(Some(ctx.user_object(record).await?)),
            None => Ok(None),
        }
    }
}

/// A page of a user's todos, by ascending ID.
pub type TodoConnection = Connection<String, Todo, EmptyFields, EmptyFields>;

/// The app's fields on `User`.
pub struct TodoFields {
    user_id: i64,
}

impl UserFields for TodoFields {
    fn for_user(user: &UserRecord) -> Self {
        TodoFields { user_id: user.id() }
    }

    /// A page of users (`Query.users`) that selects `todos`: every user's
    /// page in one batch, before the fields ask (they then hit the
    /// loader's memo). Each `todos` of the selection (aliases may ask for
    /// different pages) is one batch.
    async fn prefetch(ctx: &Context<'_>, node: Lookahead<'_>, users: &[UserRecord]) {
        let Ok(me) = ctx.registered_viewer().await else {
            return;
        };
        if me.role() != Role::Admin {
            // Only admins list users; anyone else's fields will refuse.
            return;
        }
        let loader = ctx.loader(TodosLoader::new);
        for field in node.field("todos").selection_fields() {
            let Ok(arguments) = field.arguments() else {
                continue;
            };
            let argument = |name: &str| {
                arguments
                    .iter()
                    .find(|(n, _)| n.as_str() == name)
                    .map(|(_, value)| value.clone())
            };
            let first = match argument("first") {
                Some(Value::Number(n)) => n.as_i64().and_then(|n| i32::try_from(n).ok()),
                _ => None,
            };
            let after = match argument("after") {
                Some(Value::String(cursor)) => Some(cursor),
                _ => None,
            };
            let Ok((first, after)) = page_arguments(first, after.as_deref()) else {
                continue;
            };
            let pages = users.iter().map(|user| page_of(user.id(), first, after));
            let _ = loader.load_many(pages).await;
        }
    }
}

/// `first` and `after` checked: the page size and the ID to start after.
fn page_arguments(first: Option<i32>, after: Option<&str>) -> AppResult<(i32, Option<i64>)> {
    let first = first.unwrap_or(DEFAULT_PAGE);
    if !(0..=MAX_PAGE).contains(&first) {
        return Err(AppError::bad_input(
            "first",
            format!("first must be between 0 and {MAX_PAGE}"),
        ));
    }
    Ok((first, after.map(decode_cursor).transpose()?))
}

/// The loader's key for a user's page.
fn page_of(user_id: i64, first: i32, after: Option<i64>) -> TodoPage {
    TodoPage {
        user_id,
        after,
        // One more than asked: whether there is a next page.
        limit: i64::from(first) + 1,
    }
}

#[Object]
impl TodoFields {
    /// The user's todos, oldest first (the user themself and admins only;
    /// anyone else gets FORBIDDEN). `first` defaults to 20, at most 100;
    /// `after` is a cursor from a previous page.
    async fn todos(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
    ) -> AppResult<TodoConnection> {
        // The viewer's record was read once for the request: no query here.
        let me = ctx.registered_viewer().await?;
        if me.id() != self.user_id && me.role() != Role::Admin {
            return Err(AppError::forbidden(
                "read this user's todos (only that user and admins can)",
            ));
        }
        let (first, after) = page_arguments(first, after.as_deref())?;
        let loader = ctx.loader(TodosLoader::new);
        let mut todos = loader
            .load_one(page_of(self.user_id, first, after))
            .await?
            .unwrap_or_default();
        let has_next = todos.len() > first as usize;
        todos.truncate(first as usize);
        let mut connection = Connection::new(after.is_some(), has_next);
        connection.edges.extend(
            todos
                .into_iter()
                .map(|todo| Edge::new(encode_cursor(todo.id), todo)),
        );
        Ok(connection)
    }
}

/// The app's own mutations.
#[derive(Default, Clone)]
pub struct TodosMutation;

#[Object]
impl TodosMutation {
    /// Adds a todo to the signed-in user's list. `title`: 1-200 characters
    /// after trimming.
    async fn add_todo(&self, ctx: &Context<'_>, title: String) -> AppResult<Todo> {
        let me = ctx.registered_viewer().await?;
        let title = title.trim();
        if title.is_empty() || title.chars().count() > 200 {
            return Err(AppError::bad_input(
                "title",
                "title must be 1-200 characters after trimming",
            ));
        }
        let mut conn = ctx.db("insert_todo").await?;
        let todo = diesel::insert_into(schema::todos::table)
            .values((
                schema::todos::user_id.eq(me.id()),
                schema::todos::title.eq(title),
            ))
            .returning(Todo::as_returning())
            .get_result(&mut conn)
            .await?;
        ctx.publish(TODO_TOPIC, &todo.id.to_string()).await;
        Ok(todo)
    }

    /// Marks a todo done: the signed-in user's own, or anyone's for admins.
    /// Anyone else gets FORBIDDEN, whether or not the todo exists.
    async fn complete_todo(&self, ctx: &Context<'_>, id: ID) -> AppResult<Todo> {
        let me = ctx.registered_viewer().await?;
        let refused = || AppError::forbidden("complete this todo (only its owner and admins can)");
        let id: i64 = id.parse().map_err(|_| refused())?;
        let mut conn = ctx.db("complete_todo").await?;
        let mut update = diesel::update(schema::todos::table)
            .filter(schema::todos::id.eq(id))
            .into_boxed();
        if me.role() != Role::Admin {
            update = update.filter(schema::todos::user_id.eq(me.id()));
        }
        let todo = update
            .set(schema::todos::done.eq(true))
            .returning(Todo::as_returning())
            .get_result(&mut conn)
            .await
            .optional()?;
        let todo = todo.ok_or_else(refused)?;
        ctx.publish(TODO_TOPIC, &todo.id.to_string()).await;
        Ok(todo)
    }
}

fn encode_cursor(id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("todo:{id}"))
}

fn decode_cursor(cursor: &str) -> AppResult<i64> {
    URL_SAFE_NO_PAD
        .decode(cursor)
        .ok()
        .and_then(|raw| String::from_utf8(raw).ok())
        .and_then(|text| text.strip_prefix("todo:")?.parse().ok())
        .ok_or_else(|| AppError::bad_input("after", "after must be a cursor returned by todos"))
}
