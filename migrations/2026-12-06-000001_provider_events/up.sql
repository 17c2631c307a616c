-- The database follows the provider: signed user webhooks (Clerk through
-- Svix, any Standard Webhooks sender, Auth0 Event Streams) create, refresh
-- and remove local users, and `identities sync` catches up on what they
-- missed.

-- A user the provider deleted, under `on_user_deleted = "deactivate"`: the
-- record (and the app's rows) stay, every token of theirs is refused.
ALTER TABLE users ADD COLUMN deactivated_at TIMESTAMPTZ;

-- Each delivered message, once: a redelivery (webhooks are at-least-once)
-- finds its id here and changes nothing. Kept for a week, far longer than
-- any sender retries.
CREATE TABLE webhook_messages (
    issuer      TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    received_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (issuer, message_id),
    CONSTRAINT webhook_messages_id_length CHECK (octet_length(message_id) BETWEEN 1 AND 255)
);
CREATE INDEX webhook_messages_received_at_idx ON webhook_messages (received_at);

-- The newest provider event applied to each of an issuer's users, so that
-- events apply in the provider's order: an older one arriving late changes
-- nothing, and nothing brings back a user the provider deleted (the row
-- outlives the user as the tombstone that says so).
CREATE TABLE provider_users (
    issuer        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    last_event_at TIMESTAMPTZ NOT NULL,
    deleted_at    TIMESTAMPTZ,
    PRIMARY KEY (issuer, subject)
);
