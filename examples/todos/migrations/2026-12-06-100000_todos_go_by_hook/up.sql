-- A user's todos now go through the app's deletion hook (`RemoveTodos` in
-- src/lib.rs), in the transaction that deletes the user (`deleteMe`, or the
-- provider's `user.deleted` webhook), to show how an app takes part in a
-- deletion. `ON DELETE CASCADE`, as before, is the simpler way for rows
-- that only go with their user; without it and without the hook, deleting
-- a user with todos fails on this key.
ALTER TABLE todos DROP CONSTRAINT todos_user_id_fkey;
ALTER TABLE todos ADD CONSTRAINT todos_user_id_fkey
    FOREIGN KEY (user_id) REFERENCES users (id);
