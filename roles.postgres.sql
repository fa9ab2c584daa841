-- Proeftuin on a shared PostgreSQL server: the two roles, enforced by the server itself.
-- Run once in each portfolio database, as the database's owner, after
-- schema.postgres.sql. It can be run again (after a schema update: new tables get their
-- grants). docs/shared-portfolio.md explains it; tests/schema.rs checks it on a server.
--
--   proeftuin_viewer  reads everything, changes nothing (directors; the app opens
--                     read-only for them)
--   proeftuin_editor  reads and writes the portfolio (innovation managers); appends to
--                     the audit log but can never change or remove a line of it
--
-- A person gets a login role that is a member of one of the two, for example:
--   CREATE ROLE j_jansen LOGIN PASSWORD '…' IN ROLE proeftuin_editor;

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'proeftuin_viewer') THEN
        CREATE ROLE proeftuin_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'proeftuin_editor') THEN
        CREATE ROLE proeftuin_editor NOLOGIN;
    END IF;
END
$$;

-- Nobody else may create tables beside the portfolio's.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO proeftuin_viewer, proeftuin_editor;

GRANT SELECT ON ALL TABLES IN SCHEMA public TO proeftuin_viewer;

GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO proeftuin_editor;
-- UPDATE: a copy into the portfolio continues its numbering after the ids it brought.
GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO proeftuin_editor;
-- Tables a later schema version adds (its owner applies the update by opening the
-- portfolio with the new Proeftuin) get the same grants by themselves.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO proeftuin_viewer;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO proeftuin_editor;
ALTER DEFAULT PRIVILEGES IN SCHEMA public
    GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO proeftuin_editor;
-- The audit log is append-only for editors.
REVOKE UPDATE, DELETE, TRUNCATE ON audit FROM proeftuin_editor;
