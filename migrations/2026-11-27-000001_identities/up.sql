-- Users can now sign in through issuers other than Passage. A Passage
-- identity stays what `users.passage_id` holds (existing rows are untouched);
-- every other issuer's (issuer, subject) pair is a row here. A user without
-- a Passage identity has a null passage_id.
ALTER TABLE users ALTER COLUMN passage_id DROP NOT NULL;

CREATE TABLE identities (
    issuer      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    user_id     BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- createUser relies on this key (not on a read-then-write) to stay
    -- idempotent for every issuer.
    PRIMARY KEY (issuer, subject),
    -- One identity per issuer per user.
    CONSTRAINT identities_user_issuer_key UNIQUE (user_id, issuer),
    CONSTRAINT identities_issuer_length CHECK (char_length(issuer) BETWEEN 1 AND 2048),
    CONSTRAINT identities_subject_length CHECK (octet_length(subject) BETWEEN 1 AND 255)
);
