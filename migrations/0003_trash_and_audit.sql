-- Schema version 3: a deleted initiative goes to the trash, from where it can be restored
-- (under its own id, with its history) until the trash is emptied; and every change is
-- recorded in the audit log: when, by whom (the operating-system user), and what.

CREATE TABLE trash (
    initiative_id INTEGER PRIMARY KEY,
    name          TEXT NOT NULL,
    deleted_at    TEXT NOT NULL,
    deleted_by    TEXT NOT NULL,
    -- the initiative as it was, with everything it carried (JSON)
    content       TEXT NOT NULL CHECK (json_valid(content))
);

-- No foreign key to initiative: the record of a change outlives the initiative.
CREATE TABLE audit (
    id            INTEGER PRIMARY KEY,
    at            TEXT NOT NULL,   -- UTC, 'YYYY-MM-DD HH:MM:SS'
    user_name     TEXT NOT NULL,
    initiative_id INTEGER,
    -- the initiative's or the department's name; empty for the settings
    subject       TEXT NOT NULL,
    action        TEXT NOT NULL CHECK (action IN ('created', 'changed', 'phase', 'deleted', 'restored',
        'imported', 'settings', 'department', 'replaced', 'emptied_trash', 'backup_restored')),
    field         TEXT NOT NULL DEFAULT '',
    old_value     TEXT NOT NULL DEFAULT '',
    new_value     TEXT NOT NULL DEFAULT '',
    -- the imported file, or the gate decision
    source        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_initiative ON audit(initiative_id, id);

-- How many rolling backups of the file are kept (a setting; the oldest go first).
ALTER TABLE portfolio ADD COLUMN backups_kept INTEGER NOT NULL DEFAULT 14
    CHECK (backups_kept BETWEEN 1 AND 365);
CREATE INDEX audit_at ON audit(at);
