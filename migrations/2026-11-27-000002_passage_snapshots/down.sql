ALTER TABLE identities DROP CONSTRAINT identities_linked_by_known, DROP COLUMN linked_by;
DROP TABLE passage_snapshots;
