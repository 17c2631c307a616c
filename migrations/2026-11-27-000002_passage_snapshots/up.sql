-- What only Passage knew about a user, kept here so it outlives Passage:
-- filled by `passage-graphql passage snapshot` (from the Management API) or
-- `passage-graphql passage import-export FILE.csv` (from the dashboard export).
CREATE TABLE passage_snapshots (
    user_id         BIGINT PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    email           TEXT,
    email_verified  BOOLEAN,
    phone           TEXT,
    phone_verified  BOOLEAN,
    source          TEXT NOT NULL,
    taken_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT passage_snapshots_source_known CHECK (source IN ('api', 'export'))
);
-- Linking by verified email looks users up by their snapshot email.
CREATE INDEX passage_snapshots_email_idx ON passage_snapshots (lower(email));

-- How each identity came to its user: at createUser, or linked to an
-- existing (Passage-era) user by a rule.
ALTER TABLE identities
    ADD COLUMN linked_by TEXT NOT NULL DEFAULT 'registration',
    ADD CONSTRAINT identities_linked_by_known
        CHECK (linked_by IN ('registration', 'claim', 'verified_email', 'import'));
