//! Batches the todo pages of one request: every `User.todos` of a list of
//! users becomes one key, and the keys that ask for the same page (the same
//! `first` and `after`, as a list's do) are one query, whatever the number
//! of users.

use std::collections::HashMap;

use async_graphql::dataloader::Loader;
use diesel::sql_types::{Array, BigInt, Nullable};
use diesel_async::RunQueryDsl;
use passage_graphql::{AppError, Database};

use crate::Todo;

/// One user's page: at most `limit` todos with IDs above `after`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TodoPage {
    pub user_id: i64,
    pub after: Option<i64>,
    pub limit: i64,
}

/// Loads [`TodoPage`]s, one query per distinct `(after, limit)`.
pub struct TodosLoader {
    db: Database,
}

impl TodosLoader {
    pub fn new(db: Database) -> Self {
        Self { db }
    }
}

/// Each user's first `$3` todos above `$2` (all when null), for every user
/// in `$1`.
const PAGES: &str = "\
    SELECT id, user_id, title, done, created_at FROM ( \
        SELECT t.*, row_number() OVER (PARTITION BY t.user_id ORDER BY t.id) AS n \
        FROM todos t \
        WHERE t.user_id = ANY($1) AND ($2::int8 IS NULL OR t.id > $2) \
    ) page \
    WHERE n <= $3 \
    ORDER BY user_id, id";

impl Loader<TodoPage> for TodosLoader {
    type Value = Vec<Todo>;
    type Error = AppError;

    async fn load(&self, keys: &[TodoPage]) -> Result<HashMap<TodoPage, Vec<Todo>>, AppError> {
        let mut groups: HashMap<(Option<i64>, i64), Vec<i64>> = HashMap::new();
        for key in keys {
            groups
                .entry((key.after, key.limit))
                .or_default()
                .push(key.user_id);
        }
        let mut pages: HashMap<TodoPage, Vec<Todo>> =
            keys.iter().map(|key| (*key, Vec::new())).collect();
        for ((after, limit), user_ids) in groups {
            let mut conn = self.db.conn("todos_by_user").await?;
            let todos: Vec<Todo> = diesel::sql_query(PAGES)
                .bind::<Array<BigInt>, _>(&user_ids)
                .bind::<Nullable<BigInt>, _>(after)
                .bind::<BigInt, _>(limit)
                .load(&mut conn)
                .await?;
            drop(conn);
            for todo in todos {
                let key = TodoPage {
                    user_id: todo.user_id,
                    after,
                    limit,
                };
                pages.entry(key).or_default().push(todo);
            }
        }
        Ok(pages)
    }
}
