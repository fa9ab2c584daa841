-- Schema version 11: beside each snapshot's document, what a comparison reads of it (its
-- digest: per initiative its name, phase, planned budget, readiness ratings and latest
-- health, with the readiness settings and the latest self-assessment), a tenth of the
-- document's size. Comparing two snapshots of 100,000 initiatives read and parsed two
-- documents of 112 MB (0.66 s). A table of its own, so that the snapshot table and its
-- rows stay as they are; `version` says how the digest was made, and one of another
-- version is not read (the document is). Snapshots taken before this version have none
-- and are compared by their documents.
CREATE TABLE snapshot_digest (
    snapshot_id INTEGER PRIMARY KEY REFERENCES snapshot(id) ON DELETE CASCADE,
    version     INTEGER NOT NULL CHECK (version >= 1),
    digest      TEXT NOT NULL CHECK (json_valid(digest))
);
