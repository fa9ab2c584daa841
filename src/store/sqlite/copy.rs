//! Everything a portfolio file holds, read and written whole: what `proeftuin copy`
//! moves between a file and a server.

use rusqlite::{OptionalExtension, params};

use super::history::timestamp;
use super::{Result, SqliteStore};
use crate::store::{AuditFilter, Everything, StoredSnapshot, TrashEntry, TrashedInitiative};

fn moment(at: chrono::NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M:%S").to_string()
}

impl SqliteStore {
    pub(super) fn everything(&self) -> Result<Everything> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let result = self.everything_inner();
        self.conn.execute_batch("COMMIT")?;
        result
    }

    fn everything_inner(&self) -> Result<Everything> {
        let portfolio = super::load::load_inner(&self.conn, None)?;
        let count = super::read::snapshot_count(&self.conn)?;
        let mut statement = self.conn.prepare(&format!(
            "SELECT id, label, taken_on, created_at, format_version, {count}, content
             FROM snapshot ORDER BY id"
        ))?;
        let snapshots = statement
            .query_map([], |row| {
                Ok(StoredSnapshot {
                    id: row.get(0)?,
                    label: row.get(1)?,
                    taken_on: super::read::parse_date(row.get(2)?).unwrap_or_default(),
                    created_at: timestamp(&row.get::<_, String>(3)?),
                    format_version: row.get(4)?,
                    initiatives: usize::try_from(row.get::<_, i64>(5)?).unwrap_or(0),
                    content: row.get(6)?,
                    digest: None,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let snapshots = super::read::with_digests(&self.conn, snapshots)?;
        let mut statement = self.conn.prepare(
            "SELECT initiative_id, name, deleted_at, deleted_by, content FROM trash ORDER BY initiative_id",
        )?;
        let trash = statement
            .query_map([], |row| {
                Ok(TrashedInitiative {
                    entry: TrashEntry {
                        id: row.get(0)?,
                        name: row.get(1)?,
                        deleted_at: timestamp(&row.get::<_, String>(2)?),
                        deleted_by: row.get(3)?,
                    },
                    content: row.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let audit = self.audit(AuditFilter::default())?;
        let last_id: i64 = self
            .conn
            .query_row(
                "SELECT last_id FROM id_sequence WHERE name = 'initiative'",
                [],
                |row| row.get(0),
            )
            .optional()?
            .unwrap_or(0);
        let created_at: String =
            self.conn
                .query_row("SELECT created_at FROM portfolio WHERE id = 1", [], |row| {
                    row.get(0)
                })?;
        Ok(Everything {
            portfolio,
            snapshots,
            trash,
            audit,
            last_id,
            created_at: timestamp(&created_at),
            peers: super::read::peer_cases(&self.conn)?,
        })
    }

    pub(super) fn put_everything(&mut self, all: &Everything) -> Result<()> {
        self.write_bulk(|tx, _| {
            tx.execute_batch(
                "DELETE FROM snapshot; DELETE FROM trash; DELETE FROM audit; DELETE FROM peer_case;",
            )?;
            for case in &all.peers {
                crate::store::ops::Tx::put_peer_case(tx, case)?;
            }
            super::write::replace_portfolio_in(tx, &all.portfolio)?;
            tx.execute(
                "UPDATE portfolio SET created_at = ?1 WHERE id = 1",
                [moment(all.created_at)],
            )?;
            tx.execute(
                "UPDATE id_sequence SET last_id = max(last_id, ?1) WHERE name = 'initiative'",
                [all.last_id],
            )?;
            for snapshot in &all.snapshots {
                tx.execute(
                    "INSERT INTO snapshot
                         (id, label, taken_on, created_at, format_version, initiatives, content)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                    params![
                        snapshot.id,
                        snapshot.label,
                        snapshot.taken_on.format("%Y-%m-%d").to_string(),
                        moment(snapshot.created_at),
                        snapshot.format_version,
                        i64::try_from(snapshot.initiatives).unwrap_or(i64::MAX),
                        snapshot.content
                    ],
                )?;
                if let Some((version, digest)) = &snapshot.digest {
                    tx.execute(
                        "INSERT INTO snapshot_digest (snapshot_id, version, digest)
                         VALUES (?1, ?2, ?3)",
                        params![snapshot.id, version, digest],
                    )?;
                }
            }
            for trashed in &all.trash {
                tx.execute(
                    "INSERT INTO trash (initiative_id, name, deleted_at, deleted_by, content)
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        trashed.entry.id,
                        trashed.entry.name,
                        moment(trashed.entry.deleted_at),
                        trashed.entry.deleted_by,
                        trashed.content
                    ],
                )?;
            }
            let mut insert = tx.prepare_cached(
                "INSERT INTO audit (id, at, user_name, initiative_id, subject, action, field, old_value, new_value, source)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            )?;
            for entry in &all.audit {
                insert.execute(params![
                    entry.id,
                    moment(entry.at),
                    entry.user,
                    entry.initiative_id,
                    entry.subject,
                    entry.action.id(),
                    entry.field,
                    entry.old,
                    entry.new,
                    entry.source
                ])?;
            }
            Ok(())
        })
    }
}
