// @generated shape, kept by hand to match migrations/ (no libpq here to run
// `diesel print-schema`).

diesel::table! {
    users (id) {
        id -> Int8,
        passage_id -> Text,
        name -> Text,
        role -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
    }
}
