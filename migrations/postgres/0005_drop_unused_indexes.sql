-- Server schema version 5 (the file's version 8): the indexes no query uses are dropped.
-- The app reads a portfolio whole and filters, sorts and counts in memory, so an index on
-- an initiative's name, quadrant, phase, kind or start date, on a budget line's year or
-- on the time of an audit line,
-- only cost time on every write. Kept: the indexes of a child table on its initiative and
-- those behind the foreign keys of departments and themes. No table, column or row
-- changes.
DROP INDEX IF EXISTS initiative_name;
DROP INDEX IF EXISTS initiative_quadrant;
DROP INDEX IF EXISTS initiative_phase;
DROP INDEX IF EXISTS initiative_kind;
DROP INDEX IF EXISTS initiative_start;
DROP INDEX IF EXISTS budget_line_year;
DROP INDEX IF EXISTS audit_at;

INSERT INTO schema_version (version) VALUES (5);
