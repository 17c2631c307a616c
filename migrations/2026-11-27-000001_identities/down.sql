DROP TABLE identities;
DELETE FROM users WHERE passage_id IS NULL;
ALTER TABLE users ALTER COLUMN passage_id SET NOT NULL;
