//! The trash and the audit log (schema version 3). A delete moves the initiative, with
//! everything it carries, into the trash as JSON; a restore puts it back under its own id.
//! Every write records what it changed in the audit log, inside its own transaction, so
//! the log and the portfolio never disagree.

use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::write::insert_initiative_tx;
use super::{Result, SqliteStore, StoreError};
use crate::domain::{Initiative, InitiativeId};
use crate::store::{AuditAction, AuditEntry, AuditFilter, TrashEntry};

/// One line of the audit log, as a write records it.
pub(super) struct Record<'a> {
    pub initiative_id: Option<InitiativeId>,
    pub subject: &'a str,
    pub action: AuditAction,
    pub field: &'a str,
    pub old: &'a str,
    pub new: &'a str,
    pub source: &'a str,
}

impl<'a> Record<'a> {
    /// A line about a whole initiative (created, deleted, restored, imported).
    pub fn about(initiative: &'a Initiative, action: AuditAction) -> Self {
        Record {
            initiative_id: Some(initiative.id),
            subject: &initiative.name,
            action,
            field: "",
            old: "",
            new: "",
            source: "",
        }
    }
}

/// Write one line of the audit log inside the caller's transaction.
pub(super) fn record(tx: &Transaction<'_>, user: &str, line: &Record<'_>) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO audit (at, user_name, initiative_id, subject, action, field, old_value, new_value, source)
         VALUES (datetime('now'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        user,
        line.initiative_id,
        line.subject,
        line.action.id(),
        line.field,
        line.old,
        line.new,
        line.source,
    ])?;
    Ok(())
}

/// Record each field that differs between `old` and `new` (an edit, an undo).
pub(super) fn record_changes(
    tx: &Transaction<'_>,
    user: &str,
    old: &Initiative,
    new: &Initiative,
) -> Result<()> {
    for change in crate::domain::changes(old, new) {
        record(
            tx,
            user,
            &Record {
                initiative_id: Some(new.id),
                subject: &new.name,
                action: AuditAction::Changed,
                field: change.field,
                old: &change.old,
                new: &change.new,
                source: "",
            },
        )?;
    }
    Ok(())
}

/// One initiative as stored, read inside the caller's transaction.
pub(super) fn initiative_in(conn: &Connection, id: InitiativeId) -> Result<Option<Initiative>> {
    Ok(super::read::load_inner(conn, Some(id))?
        .initiatives
        .into_iter()
        .next())
}

fn timestamp(text: &str) -> chrono::NaiveDateTime {
    chrono::NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap_or_default()
}

/// Move an initiative (with everything it carries) to the trash, inside the caller's
/// transaction.
pub(super) fn move_to_trash(
    tx: &Transaction<'_>,
    user: &str,
    initiative: &Initiative,
) -> Result<()> {
    let content = serde_json::to_string(initiative)
        .map_err(|error| StoreError::Database(error.to_string()))?;
    tx.execute(
        "INSERT OR REPLACE INTO trash (initiative_id, name, deleted_at, deleted_by, content)
         VALUES (?1, ?2, datetime('now'), ?3, ?4)",
        params![initiative.id, initiative.name, user, content],
    )?;
    tx.execute("DELETE FROM initiative WHERE id = ?1", [initiative.id])?;
    record(tx, user, &Record::about(initiative, AuditAction::Deleted))
}

impl SqliteStore {
    pub(super) fn restore_from_trash(&mut self, id: InitiativeId) -> Result<Initiative> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let content: Option<String> = tx
            .query_row(
                "SELECT content FROM trash WHERE initiative_id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?;
        let Some(content) = content else {
            return Err(StoreError::NotInTrash(id).into());
        };
        let mut initiative: Initiative = serde_json::from_str(&content)
            .map_err(|error| StoreError::Database(error.to_string()))?;
        initiative.id = id;
        let stored = insert_initiative_tx(&tx, &initiative)?;
        tx.execute("DELETE FROM trash WHERE initiative_id = ?1", [id])?;
        record(&tx, &user, &Record::about(&stored, AuditAction::Restored))?;
        tx.commit()?;
        Ok(stored)
    }

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

    pub(super) fn empty_trash(&mut self) -> Result<usize> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let emptied = tx.execute("DELETE FROM trash", [])?;
        if emptied > 0 {
            let count = emptied.to_string();
            record(
                &tx,
                &user,
                &Record {
                    initiative_id: None,
                    subject: "",
                    action: AuditAction::EmptiedTrash,
                    field: "",
                    old: "",
                    new: &count,
                    source: "",
                },
            )?;
        }
        tx.commit()?;
        Ok(emptied)
    }

    pub(super) fn record_backup_restored(&mut self, from: &str) -> Result<()> {
        let user = self.user.clone();
        let tx = self.begin()?;
        record(
            &tx,
            &user,
            &Record {
                initiative_id: None,
                subject: "",
                action: AuditAction::BackupRestored,
                field: "",
                old: "",
                new: "",
                source: from,
            },
        )?;
        tx.commit()?;
        Ok(())
    }

    pub(super) fn audit(&self, filter: AuditFilter) -> Result<Vec<AuditEntry>> {
        let mut statement = self.conn.prepare(
            "SELECT id, at, user_name, initiative_id, subject, action, field, old_value, new_value, source
             FROM audit
             WHERE (?1 IS NULL OR initiative_id = ?1) AND (?2 IS NULL OR at >= ?2)
             ORDER BY id",
        )?;
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
