DROP TABLE link_conflicts;
DROP INDEX passage_snapshots_email_key_idx;
ALTER TABLE passage_snapshots DROP COLUMN email_key;
CREATE INDEX passage_snapshots_email_idx ON passage_snapshots (lower(email));
