-- Schema version 6: the dated self-assessments of the five central activities (figures
-- 2.5 and 2.6 of the source): per date and assignment, done / partly / not yet, a note,
-- and the initiatives that show it.

CREATE TABLE self_assessment (
    assessed_on  TEXT NOT NULL CHECK (date(assessed_on) = assessed_on),
    assignment   TEXT NOT NULL CHECK (assignment IN ('clarify_value_and_limits', 'steer_by_public_values',
        'experiment_locally', 'ethics_of_living_labs', 'see_possibilities', 'innovate_for_transitions',
        'see_risks', 'protect_public_values', 'innovate_together', 'involve_citizens')),
    status       TEXT NOT NULL CHECK (status IN ('done', 'partly', 'not_yet')),
    note         TEXT NOT NULL DEFAULT '',
    -- the initiatives that showed it, their ids comma-separated (no foreign key: the
    -- assessment keeps what was shown on its date, as a snapshot does)
    evidence     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessed_on, assignment)
);
