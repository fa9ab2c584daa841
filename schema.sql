-- Proeftuin database schema: the single source of the schema.
--
-- The store applies this file to a new database (schema version 1); later versions are
-- the numbered files in migrations/, applied in order by PRAGMA user_version. The
-- PostgreSQL schema, schema.postgres.sql, is kept in step by tests/schema.rs.
-- Enumerations are stored as the stable English identifiers that the CLI and the
-- exchange formats use; the UI translates them. Money is in whole euro cents.
-- Dates are ISO 8601 text (YYYY-MM-DD). Every enumeration, amount and level has a CHECK.

CREATE TABLE portfolio (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    municipality      TEXT    NOT NULL DEFAULT '' CHECK (length(municipality) <= 200),
    is_demo           INTEGER NOT NULL DEFAULT 0 CHECK (is_demo IN (0, 1)),
    -- innovation share target for the budget, in basis points (2500 = 25,00 %)
    target_innovation_share_bp INTEGER NOT NULL DEFAULT 2500 CHECK (target_innovation_share_bp BETWEEN 0 AND 10000),
    stuck_threshold_months     INTEGER NOT NULL DEFAULT 12 CHECK (stuck_threshold_months BETWEEN 1 AND 240),
    ready_threshold_pct        INTEGER NOT NULL DEFAULT 75 CHECK (ready_threshold_pct BETWEEN 0 AND 100),
    conditional_threshold_pct  INTEGER NOT NULL DEFAULT 50 CHECK (conditional_threshold_pct BETWEEN 0 AND 100),
    created_at        TEXT    NOT NULL,
    CHECK (conditional_threshold_pct <= ready_threshold_pct)
);

-- Weight of each scaling-readiness criterion (default 1 each: score = sum / 16).
CREATE TABLE readiness_weight (
    criterion TEXT PRIMARY KEY CHECK (criterion IN ('public_value', 'ethics_privacy', 'structural_funding',
        'knowledge_capacity', 'ownership', 'integration_standards', 'regulation', 'collaboration_adoption')),
    weight    INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100)
);

-- Desired spread over the four quadrants, in basis points of the portfolio.
CREATE TABLE quadrant_target (
    quadrant  TEXT PRIMARY KEY CHECK (quadrant IN ('digital_government', 'e_governance', 'smart_government', 'smart_society')),
    share_bp  INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000)
);

CREATE TABLE department (
    id                INTEGER PRIMARY KEY,
    name              TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 200),
    -- figure 2.7 of the source
    starting_position TEXT CHECK (starting_position IN ('no_idea_yet', 'must_do_something', 'concrete_plans'))
);

CREATE TABLE theme (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0 AND length(name) <= 200)
);

CREATE TABLE initiative (
    id              INTEGER PRIMARY KEY,
    -- bumped on every update; an update names the version it read (optimistic locking)
    row_version     INTEGER NOT NULL DEFAULT 1 CHECK (row_version >= 1),
    name            TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 10000),
    description     TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL CHECK (kind IN ('pilot', 'living_lab', 'experiment')),
    department_id   INTEGER REFERENCES department(id) ON DELETE RESTRICT,
    owner           TEXT NOT NULL DEFAULT '',
    contact         TEXT NOT NULL DEFAULT '',
    start_date      TEXT CHECK (start_date IS NULL OR date(start_date) = start_date),
    end_date        TEXT CHECK (end_date IS NULL OR date(end_date) = end_date),
    quadrant        TEXT NOT NULL CHECK (quadrant IN ('digital_government', 'e_governance', 'smart_government', 'smart_society')),
    phase           TEXT NOT NULL CHECK (phase IN ('idea', 'preparation', 'pilot', 'evaluation', 'scaling', 'anchored', 'stopped')),
    phase_since     TEXT CHECK (phase_since IS NULL OR date(phase_since) = phase_since),
    -- Scaling Readiness (Sartas et al. 2020): 0..9 each, NULL = not recorded
    readiness_level INTEGER CHECK (readiness_level BETWEEN 0 AND 9),
    use_level       INTEGER CHECK (use_level BETWEEN 0 AND 9),
    -- characteristics (section 2.2 of the source), NULL = not classified
    degree          TEXT CHECK (degree IN ('incremental', 'radical')),
    innovation_type TEXT CHECK (innovation_type IN ('technological', 'social')),
    technology_from TEXT CHECK (technology_from IN ('inside', 'outside')),
    target_group    TEXT CHECK (target_group IN ('inside', 'outside')),
    tech_level      TEXT CHECK (tech_level IN ('high_tech', 'low_tech')),
    management_model TEXT CHECK (management_model IN ('more', 'better', 'different')),
    organised       TEXT CHECK (organised IN ('inside', 'outside', 'hybrid')),
    stop_reason     TEXT NOT NULL DEFAULT '',
    lessons_learned TEXT NOT NULL DEFAULT '',
    notes           TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    CHECK (start_date IS NULL OR end_date IS NULL OR start_date <= end_date)
);
CREATE INDEX initiative_name ON initiative(name);
CREATE INDEX initiative_department ON initiative(department_id);
CREATE INDEX initiative_quadrant ON initiative(quadrant);
CREATE INDEX initiative_phase ON initiative(phase);
CREATE INDEX initiative_kind ON initiative(kind);
CREATE INDEX initiative_start ON initiative(start_date);

CREATE TABLE initiative_theme (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    theme_id      INTEGER NOT NULL REFERENCES theme(id) ON DELETE RESTRICT,
    PRIMARY KEY (initiative_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX initiative_theme_theme ON initiative_theme(theme_id);

-- Every phase change is a gate decision.
CREATE TABLE phase_change (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    decided_on    TEXT NOT NULL CHECK (date(decided_on) = decided_on),
    from_phase    TEXT CHECK (from_phase IN ('idea', 'preparation', 'pilot', 'evaluation', 'scaling', 'anchored', 'stopped')),
    to_phase      TEXT NOT NULL CHECK (to_phase IN ('idea', 'preparation', 'pilot', 'evaluation', 'scaling', 'anchored', 'stopped')),
    decision      TEXT NOT NULL CHECK (decision IN ('go', 'conditional_go', 'hold', 'stop')),
    conditions    TEXT NOT NULL DEFAULT '',
    decider       TEXT NOT NULL CHECK (length(trim(decider)) > 0),
    rationale     TEXT NOT NULL CHECK (length(trim(rationale)) > 0)
);
CREATE INDEX phase_change_initiative ON phase_change(initiative_id, decided_on);

-- Budget lines: per initiative, or (initiative_id NULL) the portfolio's baseline per department.
CREATE TABLE budget_line (
    id             INTEGER PRIMARY KEY,
    initiative_id  INTEGER REFERENCES initiative(id) ON DELETE CASCADE,
    department_id  INTEGER REFERENCES department(id) ON DELETE RESTRICT,
    year           INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    category       TEXT NOT NULL CHECK (category IN ('operation', 'innovation')),
    planned_cents  INTEGER NOT NULL DEFAULT 0 CHECK (planned_cents >= 0),
    actual_cents   INTEGER CHECK (actual_cents IS NULL OR actual_cents >= 0),
    description    TEXT NOT NULL DEFAULT '',
    CHECK (initiative_id IS NOT NULL OR department_id IS NOT NULL)
);
CREATE INDEX budget_line_initiative ON budget_line(initiative_id);
CREATE INDEX budget_line_year ON budget_line(year, category);

-- Scaling-readiness conditions: 0 not met, 1 partly met, 2 met. No row = not rated.
CREATE TABLE readiness_rating (
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    criterion     TEXT NOT NULL CHECK (criterion IN ('public_value', 'ethics_privacy', 'structural_funding',
        'knowledge_capacity', 'ownership', 'integration_standards', 'regulation', 'collaboration_adoption')),
    rating        INTEGER NOT NULL CHECK (rating BETWEEN 0 AND 2),
    PRIMARY KEY (initiative_id, criterion)
) WITHOUT ROWID;

CREATE TABLE partner (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    helix_role    TEXT NOT NULL CHECK (helix_role IN ('government', 'business', 'knowledge', 'civil_society'))
);
CREATE INDEX partner_initiative ON partner(initiative_id);

CREATE TABLE risk (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    category      TEXT NOT NULL CHECK (category IN ('privacy', 'ethics', 'cybersecurity', 'vendor_lock_in', 'regulation', 'other')),
    level         TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high')),
    description   TEXT NOT NULL DEFAULT '',
    mitigation    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX risk_initiative ON risk(initiative_id);

-- Health status per reporting period; amber and red need a reason.
CREATE TABLE health_report (
    id            INTEGER PRIMARY KEY,
    initiative_id INTEGER NOT NULL REFERENCES initiative(id) ON DELETE CASCADE,
    period        TEXT NOT NULL CHECK (length(trim(period)) > 0),
    reported_on   TEXT NOT NULL CHECK (date(reported_on) = reported_on),
    status        TEXT NOT NULL CHECK (status IN ('green', 'amber', 'red')),
    reason        TEXT NOT NULL DEFAULT '',
    CHECK (status = 'green' OR length(trim(reason)) > 0)
);
CREATE INDEX health_report_initiative ON health_report(initiative_id, reported_on);

-- A status snapshot: a frozen, dated copy of the whole portfolio with its figures (JSON).
CREATE TABLE snapshot (
    id          INTEGER PRIMARY KEY,
    label       TEXT NOT NULL UNIQUE CHECK (length(trim(label)) > 0),
    taken_on    TEXT NOT NULL CHECK (date(taken_on) = taken_on),
    created_at  TEXT NOT NULL,
    format_version INTEGER NOT NULL CHECK (format_version >= 1),
    content     TEXT NOT NULL CHECK (json_valid(content))
);
