// @generated shape, kept by hand to match migrations/ (no libpq here to run
// `diesel print-schema`).

diesel::table! {
    users (id) {
        id -> Int8,
        passage_id -> Nullable<Text>,
        name -> Text,
        role -> Text,
        created_at -> Timestamptz,
        updated_at -> Timestamptz,
        deactivated_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    identities (issuer, subject) {
        issuer -> Text,
        subject -> Text,
        user_id -> Int8,
        created_at -> Timestamptz,
        linked_by -> Text,
    }
}

diesel::table! {
    passage_snapshots (user_id) {
        user_id -> Int8,
        email -> Nullable<Text>,
        email_verified -> Nullable<Bool>,
        phone -> Nullable<Text>,
        phone_verified -> Nullable<Bool>,
        source -> Text,
        taken_at -> Timestamptz,
        email_key -> Nullable<Text>,
    }
}

diesel::table! {
    link_conflicts (issuer, subject) {
        issuer -> Text,
        subject -> Text,
        rule -> Text,
        reason -> Text,
        first_seen -> Timestamptz,
        last_seen -> Timestamptz,
    }
}

diesel::table! {
    webhook_messages (issuer, message_id) {
        issuer -> Text,
        message_id -> Text,
        received_at -> Timestamptz,
    }
}

diesel::table! {
    provider_users (issuer, subject) {
        issuer -> Text,
        subject -> Text,
        last_event_at -> Timestamptz,
        deleted_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    identity_sync_runs (id) {
        id -> Int8,
        issuer -> Text,
        dry_run -> Bool,
        started_at -> Timestamptz,
        after_user -> Nullable<Text>,
        pages_done -> Int4,
        listed_at -> Nullable<Timestamptz>,
        finished_at -> Nullable<Timestamptz>,
    }
}

diesel::table! {
    identity_sync_seen (run_id, subject) {
        run_id -> Int8,
        subject -> Text,
        outcome -> Text,
    }
}

diesel::joinable!(identities -> users (user_id));
diesel::joinable!(passage_snapshots -> users (user_id));
diesel::joinable!(identity_sync_seen -> identity_sync_runs (run_id));
diesel::allow_tables_to_appear_in_same_query!(
    identities,
    identity_sync_runs,
    identity_sync_seen,
    link_conflicts,
    passage_snapshots,
    provider_users,
    users,
    webhook_messages
);
