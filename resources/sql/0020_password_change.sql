-- A password someone else chose (an administrator's for a new account or a reset, a demo's
-- printed one) is replaced by its user at the next login (issue 20); the step marks the demo
-- logins of an existing demo database.
ALTER TABLE users ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0;
