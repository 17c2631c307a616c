-- Local user records, keyed by the Passage user ID (the token's `sub`).
CREATE TABLE users (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    passage_id  TEXT NOT NULL,
    name        TEXT NOT NULL,
    role        TEXT NOT NULL DEFAULT 'user',
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- createUser relies on this constraint (not on a read-then-write) to stay
    -- idempotent under retries and concurrent calls.
    CONSTRAINT users_passage_id_key UNIQUE (passage_id),
    CONSTRAINT users_passage_id_shape CHECK (passage_id ~ '^[A-Za-z0-9_-]{1,64}$'),
    CONSTRAINT users_name_length CHECK (char_length(name) BETWEEN 1 AND 100 AND name = btrim(name)),
    CONSTRAINT users_role_known CHECK (role IN ('user', 'admin'))
);
