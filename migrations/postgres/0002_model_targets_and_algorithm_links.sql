-- Server schema version 2 (the file's version 4): the director's target spread over the
-- management models of table 2.3 (more, better, different), in basis points of the
-- classified initiatives; no rows = no target set. And per initiative an optional link to
-- its entry in the Dutch Algoritmeregister (algoritmes.overheid.nl), kept and exported.

CREATE TABLE model_target (
    model     TEXT PRIMARY KEY CHECK (model IN ('more', 'better', 'different')),
    share_bp  INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000)
);

ALTER TABLE initiative ADD COLUMN algorithm_register_url TEXT NOT NULL DEFAULT ''
    CHECK (length(algorithm_register_url) <= 2000);

INSERT INTO schema_version (version) VALUES (2);
