//! The app's table, as diesel sees it (`users` is passage-graphql's).

diesel::table! {
    todos (id) {
        id -> Int8,
        user_id -> Int8,
        title -> Text,
        done -> Bool,
        created_at -> Timestamptz,
    }
}
