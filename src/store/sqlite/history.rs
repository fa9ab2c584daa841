//! The trash and the audit log (schema version 3). A delete moves the initiative, with
//! everything it carries, into the trash as JSON; a restore puts it back under its own id.
//! Every write records what it changed in the audit log, inside its own transaction, so
//! the log and the portfolio never disagree.

use rusqlite::{Connection, params};

use super::{Result, SqliteStore};
use crate::domain::{Initiative, InitiativeId};
use crate::store::{AuditAction, AuditEntry, AuditFilter, TrashEntry};

/// One initiative as stored, read inside the caller's transaction.
pub(super) fn initiative_in(conn: &Connection, id: InitiativeId) -> Result<Option<Initiative>> {
    Ok(super::load::load_inner(conn, Some(id))?
        .initiatives
        .into_iter()
        .next())
}

pub(super) fn timestamp(text: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap_or_default()
}

impl SqliteStore {
    pub(super) fn trash(&self) -> Result<Vec<TrashEntry>> {
        let mut statement = self.conn.prepare(
            "SELECT initiative_id, name, deleted_at, deleted_by FROM trash
             ORDER BY deleted_at DESC, rowid DESC",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(TrashEntry {
                id: row.get(0)?,
                name: row.get(1)?,
                deleted_at: timestamp(&row.get::<_, String>(2)?),
                deleted_by: row.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    pub(super) fn audit(&self, filter: AuditFilter) -> Result<Vec<AuditEntry>> {
        // One initiative's lines are found through its index (`audit_initiative`); SQLite
        // would scan the whole log for `(?1 IS NULL OR initiative_id = ?1)`. Without an
        // initiative, ?1 is bound NULL and the whole log is read.
        let mut statement = self.conn.prepare(&format!(
            "SELECT id, at, user_name, initiative_id, subject, action, field, old_value, new_value, source
             FROM audit
             WHERE {} AND (?2 IS NULL OR at >= ?2)
             ORDER BY id",
            if filter.initiative.is_some() {
                "initiative_id = ?1"
            } else {
                "?1 IS NULL"
            }
        ))?;
        let since = filter.since.map(|day| day.to_string());
        let rows = statement.query_map(params![filter.initiative, since], |row| {
            let action: String = row.get(5)?;
            Ok(AuditEntry {
                id: row.get(0)?,
                at: timestamp(&row.get::<_, String>(1)?),
                user: row.get(2)?,
                initiative_id: row.get(3)?,
                subject: row.get(4)?,
                action: AuditAction::from_id(&action).unwrap_or(AuditAction::Changed),
                field: row.get(6)?,
                old: row.get(7)?,
                new: row.get(8)?,
                source: row.get(9)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }
}
