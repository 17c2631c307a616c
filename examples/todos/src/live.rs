//! The app's live entry point, `todoChanged(id)`: fed by the events that
//! `addTodo` and `completeTodo` publish (IDs only), each read again under
//! the subscriber's rights. (Apart from the diesel queries: the
//! `#[Subscription]` macro's expansion calls a method named like
//! diesel-async's `execute`.)

use std::future::ready;

use async_graphql::{Context, ID, Subscription};
use futures::{Stream, StreamExt};
use passage_graphql::{AppError, AppResult, ContextExt, Role};

use crate::{TODO_TOPIC, Todo, read_todo};

/// The app's live entry point.
#[derive(Default, Clone)]
pub struct TodosSubscription;

#[Subscription]
impl TodosSubscription {
    /// The todo `id`, each time it is changed (`completeTodo`): for its
    /// owner and admins only; anyone else gets FORBIDDEN, whether or not it
    /// exists.
    async fn todo_changed(
        &self,
        ctx: &Context<'_>,
        id: ID,
    ) -> Result<impl Stream<Item = AppResult<Todo>>, AppError> {
        let me = ctx.registered_viewer().await?;
        let admin = me.role() == Role::Admin;
        let mine = me.id();
        let refused = || AppError::forbidden("follow this todo (only its owner and admins can)");
        let id: i64 = id.parse().map_err(|_| refused())?;
        // Read under the viewer's rights now, and again at each change.
        let database = ctx.database();
        let visible = move |todo: Option<Todo>| todo.filter(|t| admin || t.user_id == mine);
        visible(read_todo(&database, id).await?).ok_or_else(refused)?;
        let wanted = id.to_string();
        Ok(ctx
            .events(TODO_TOPIC)
            .filter(move |changed| ready(*changed == wanted))
            .then(move |_| {
                let database = database.clone();
                async move { visible(read_todo(&database, id).await?).ok_or_else(refused) }
            }))
    }
}
