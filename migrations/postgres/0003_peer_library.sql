-- Server schema version 3 (the file's version 5): the peer library. Other municipalities' cases (a peer's Proeftuin
-- publication, or the Public Sector Tech Watch dataset), read-only and kept apart from
-- the portfolio: never an initiative, never in its figures. A case is known by its key
-- (the PSTW ID, or the publishing organisation with its own id or name), so importing
-- the same file again updates instead of duplicating.

CREATE TABLE peer_case (
    id              BIGSERIAL PRIMARY KEY,
    case_key        TEXT NOT NULL UNIQUE CHECK (length(trim(case_key)) > 0),
    source          TEXT NOT NULL DEFAULT '',
    organisation    TEXT NOT NULL DEFAULT '',
    country         TEXT NOT NULL DEFAULT '',
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0),
    description     TEXT NOT NULL DEFAULT '',
    -- the status as the file writes it, and the phase it stands for
    status          TEXT NOT NULL DEFAULT '',
    phase           TEXT CHECK (phase IN ('idea', 'preparation', 'pilot', 'evaluation', 'scaling', 'anchored', 'stopped')),
    quadrant        TEXT CHECK (quadrant IN ('digital_government', 'e_governance', 'smart_government', 'smart_society')),
    -- '|'-separated
    themes          TEXT NOT NULL DEFAULT '',
    start_year      INTEGER CHECK (start_year BETWEEN 1900 AND 2200),
    end_year        INTEGER CHECK (end_year BETWEEN 1900 AND 2200),
    technology      TEXT NOT NULL DEFAULT '',
    stop_reason     TEXT NOT NULL DEFAULT '',
    lessons_learned TEXT NOT NULL DEFAULT '',
    contact         TEXT NOT NULL DEFAULT '',
    imported_at     TIMESTAMP NOT NULL
);
CREATE INDEX peer_case_organisation ON peer_case(organisation);

INSERT INTO schema_version (version) VALUES (3);
