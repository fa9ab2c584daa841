-- Schema version 8 (the file's version 11): beside each snapshot's document, what a
-- comparison reads of it (its digest), a tenth of the document's size, so that comparing
-- two snapshots does not read and parse two whole documents. `version` says how the
-- digest was made; one of another version is not read (the document is). Snapshots
-- taken before this version have none and are compared by their documents.
CREATE TABLE snapshot_digest (
    snapshot_id BIGINT PRIMARY KEY REFERENCES snapshot(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    digest      TEXT NOT NULL CHECK ((digest::jsonb) IS NOT NULL)
);

INSERT INTO schema_version (version) VALUES (8);
