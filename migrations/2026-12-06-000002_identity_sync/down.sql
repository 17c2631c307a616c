DROP TABLE identity_sync_seen;
DROP TABLE identity_sync_runs;
