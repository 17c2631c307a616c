DROP TABLE provider_users;
DROP TABLE webhook_messages;
ALTER TABLE users DROP COLUMN deactivated_at;
