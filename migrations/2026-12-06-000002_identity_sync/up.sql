-- `identities sync`: reconciliation with the provider's user list, for what
-- the webhooks missed. A run's place in the list is kept here, so a run that
-- stops (Ctrl-C, a crash, the provider unreachable) continues from its last
-- completed page; the users it saw are kept too, so the local users the
-- provider no longer has are found by an anti-join, a page at a time,
-- whatever the number of users.
CREATE TABLE identity_sync_runs (
    id          BIGSERIAL PRIMARY KEY,
    issuer      TEXT NOT NULL,
    -- A dry run keeps its own place: it never resumes a real run, nor a
    -- real run it.
    dry_run     BOOLEAN NOT NULL,
    -- Only identities made before this count as gone at the provider: one
    -- made during the run may be past the pages already read.
    started_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    -- The list's cursor: the last user of the last completed page (none
    -- before the first).
    after_user  TEXT,
    pages_done  INT NOT NULL DEFAULT 0,
    -- The whole list was read; what is left is finding who is gone.
    listed_at   TIMESTAMPTZ,
    finished_at TIMESTAMPTZ
);
-- One unfinished run per issuer and kind: running again resumes it.
CREATE UNIQUE INDEX identity_sync_runs_open_idx
    ON identity_sync_runs (issuer, dry_run) WHERE finished_at IS NULL;

-- Each subject a run settled, and how: `created`, `linked`, `present`,
-- `skipped` (deleted here before), `would_create`, `would_link` for users
-- the provider listed; `gone` (kept), `deleted` for local users it no
-- longer has. Emptied when the run finishes.
CREATE TABLE identity_sync_seen (
    run_id  BIGINT NOT NULL REFERENCES identity_sync_runs (id) ON DELETE CASCADE,
    subject TEXT NOT NULL,
    outcome TEXT NOT NULL,
    PRIMARY KEY (run_id, subject),
    CONSTRAINT identity_sync_seen_outcome_known CHECK (outcome IN
        ('created', 'linked', 'present', 'skipped', 'would_create', 'would_link',
         'gone', 'deleted'))
);
