-- Linking by email compares one normalised form (trimmed, lower-cased; see
-- src/identity/email_key.rs), computed by the server when a snapshot is
-- stored. Existing plain-ASCII addresses get theirs here; any other address
-- gets one when `passage snapshot` (or `import-export`) runs again, and
-- until then it links nobody.
ALTER TABLE passage_snapshots ADD COLUMN email_key TEXT;
-- (translate, not lower(): lower() follows the database's collation; \013
-- is the vertical tab, for which PostgreSQL has no \v escape: E'\v' is a
-- plain v.) The whitespace trimmed is Rust's str::trim on ASCII.
UPDATE passage_snapshots
   SET email_key = translate(btrim(email, E' \t\n\r\f\013'),
                             'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')
 WHERE btrim(email, E' \t\n\r\f\013') ~ '^[ -~]+$'
   AND position('@' IN email) > 0
   AND length(btrim(email, E' \t\n\r\f\013')) <= 254;
DROP INDEX passage_snapshots_email_idx;
CREATE INDEX passage_snapshots_email_key_idx ON passage_snapshots (email_key);

-- Why a token's identity was not linked when a rule found a conflict (its
-- Passage-era user already has another identity from that issuer, two users
-- share the email, the snapshot's email is unverified or no longer the
-- user's at Passage). A conflict stops
-- linking for that identity; an operator resolves it (`identities import`).
CREATE TABLE link_conflicts (
    issuer      TEXT NOT NULL,
    subject     TEXT NOT NULL,
    rule        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    first_seen  TIMESTAMPTZ NOT NULL DEFAULT now(),
    last_seen   TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (issuer, subject),
    CONSTRAINT link_conflicts_rule_known CHECK (rule IN ('claim', 'verified_email')),
    CONSTRAINT link_conflicts_reason_known
        CHECK (reason IN ('user_taken', 'ambiguous_email', 'unverified_snapshot_email',
                          'unnormalisable_email', 'snapshot_email_changed'))
);
