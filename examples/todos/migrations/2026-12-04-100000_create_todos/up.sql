-- The example app's own table: each todo belongs to one of passage-graphql's
-- users, and goes with them.
CREATE TABLE todos (
    id BIGSERIAL PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    title TEXT NOT NULL CHECK (char_length(title) BETWEEN 1 AND 200),
    done BOOLEAN NOT NULL DEFAULT false,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- A user's page of todos, in ID order.
CREATE INDEX todos_user_id_id ON todos (user_id, id);
