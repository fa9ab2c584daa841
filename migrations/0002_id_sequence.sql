-- Schema version 2: an initiative's id is never given again. The highest id ever given is
-- kept here, so that after a delete a new initiative gets a new id: undoing the delete
-- brings the old one back under its own id, and a snapshot comparison never takes two
-- different initiatives for one.
CREATE TABLE id_sequence (
    name    TEXT PRIMARY KEY,
    last_id INTEGER NOT NULL CHECK (last_id >= 0)
) WITHOUT ROWID;

INSERT INTO id_sequence (name, last_id)
SELECT 'initiative', COALESCE(MAX(id), 0) FROM initiative;
