//! Reading from the store: the cells of a row as domain values, snapshots, the peer
//! library and the settings. The whole portfolio's load is in `load.rs`.

use chrono::NaiveDate;
use rusqlite::{Connection, OptionalExtension, Row};

use super::load::{load_inner, load_portfolio_from};
use super::{Result, SqliteStore, StoreError};
use crate::domain::*;

pub(super) fn parse_date(text: Option<String>) -> Option<NaiveDate> {
    text.and_then(|text| iso_date(&text))
}

/// `YYYY-MM-DD` as the store writes it, without chrono's general format parser (a
/// tenth of the load time at 100,000 initiatives); anything else goes through chrono.
fn iso_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes.get(range)?.iter().try_fold(0u32, |value, byte| {
            byte.is_ascii_digit()
                .then(|| value * 10 + u32::from(byte - b'0'))
        })
    };
    if bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-' {
        let year = i32::try_from(digits(0..4)?).ok()?;
        return NaiveDate::from_ymd_opt(year, digits(5..7)?, digits(8..10)?);
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Column `index` (text or NULL) as one of an enum's ids, without a copy of the text:
/// a load at 100,000 initiatives read two million of them (ids, criteria, dates).
pub(super) fn enum_at<T>(
    row: &Row<'_>,
    index: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    Ok(text_or_null(row, index)?.and_then(parse))
}

/// Column `index` (text or NULL) as a date, without a copy of the text.
pub(super) fn date_at(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<NaiveDate>> {
    Ok(text_or_null(row, index)?.and_then(iso_date))
}

pub(super) fn text_or_null<'row>(
    row: &'row Row<'_>,
    index: usize,
) -> rusqlite::Result<Option<&'row str>> {
    row.get_ref(index)?
        .as_str_or_null()
        .map_err(|error| not_text(index, error))
}

pub(super) fn not_text(index: usize, error: rusqlite::types::FromSqlError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(error))
}

/// Column `index` as text, without a copy (as `row.get::<String>` reads it otherwise).
pub(super) fn text_ref<'row>(row: &'row Row<'_>, index: usize) -> rusqlite::Result<&'row str> {
    row.get_ref(index)?.as_str().map_err(|error| {
        rusqlite::Error::FromSqlConversionFailure(
            index,
            rusqlite::types::Type::Text,
            Box::new(error),
        )
    })
}

pub(super) fn date_text(date: Option<NaiveDate>) -> Option<String> {
    date.map(|date| crate::format::date(date, crate::format::Language::English))
}

pub(super) fn level(value: Option<i64>) -> Option<u8> {
    value.and_then(|value| u8::try_from(value).ok())
}

impl SqliteStore {
    /// Load the whole portfolio.
    pub(super) fn load_portfolio(&self) -> Result<Portfolio> {
        load_portfolio_from(&self.conn)
    }

    /// Load one initiative as stored (after a write, to show exactly what was saved).
    pub(super) fn load_initiative(&self, id: InitiativeId) -> Result<Option<Initiative>> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let result = load_inner(&self.conn, Some(id));
        self.conn.execute_batch("COMMIT")?;
        Ok(result?.initiatives.into_iter().next())
    }

    /// Every snapshot, newest first (without their content).
    pub(super) fn list_snapshots(&self) -> Result<Vec<crate::store::SnapshotEntry>> {
        let count = snapshot_count(&self.conn)?;
        let mut statement = self.conn.prepare(&format!(
            "SELECT id, label, taken_on, created_at, {count}
             FROM snapshot ORDER BY taken_on DESC, id DESC"
        ))?;
        let rows = statement.query_map([], snapshot_entry)?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// A snapshot's entry and content (the JSON document), by id or by label.
    ///
    /// The entry first, then the content by its row alone: in one query with the
    /// ordering, SQLite copied the whole document into its sorter and out again (a
    /// snapshot of 100,000 initiatives is a text of 112 MB; reading one took 0.4 s).
    pub(super) fn load_snapshot(
        &self,
        id_or_label: &str,
    ) -> Result<(crate::store::SnapshotEntry, String)> {
        let entry = self.find_snapshot(id_or_label)?;
        let content = self.snapshot_document(entry.id)?;
        Ok((entry, content))
    }

    /// A snapshot as a comparison reads it: its digest of `digest_version` when one is
    /// kept (from schema version 11), otherwise its document. Both in one read
    /// transaction, so that the snapshot found is the one read.
    pub(super) fn load_snapshot_for_comparison(
        &self,
        id_or_label: &str,
        digest_version: u32,
    ) -> Result<crate::store::SnapshotForComparison> {
        self.conn.execute_batch("BEGIN DEFERRED")?;
        let result = self.snapshot_for_comparison_in(id_or_label, digest_version);
        self.conn.execute_batch("COMMIT")?;
        result
    }

    fn snapshot_for_comparison_in(
        &self,
        id_or_label: &str,
        digest_version: u32,
    ) -> Result<crate::store::SnapshotForComparison> {
        let entry = self.find_snapshot(id_or_label)?;
        let version: i32 = self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?;
        let digest: Option<String> = if version >= SNAPSHOT_DIGEST_FROM {
            self.conn
                .query_row(
                    "SELECT digest FROM snapshot_digest WHERE snapshot_id = ?1 AND version = ?2",
                    rusqlite::params![entry.id, digest_version],
                    |row| row.get(0),
                )
                .optional()?
        } else {
            None
        };
        let (text, is_digest) = match digest {
            Some(digest) => (digest, true),
            None => (self.snapshot_document(entry.id)?, false),
        };
        Ok(crate::store::SnapshotForComparison {
            entry,
            text,
            is_digest,
        })
    }

    /// A snapshot's entry by label, or else by id (a label that reads as another
    /// snapshot's id finds the labelled one).
    fn find_snapshot(&self, id_or_label: &str) -> Result<crate::store::SnapshotEntry> {
        let by_id: Option<i64> = id_or_label.trim().parse().ok();
        let count = snapshot_count(&self.conn)?;
        self.conn
            .query_row(
                &format!(
                    "SELECT id, label, taken_on, created_at, {count}
                     FROM snapshot WHERE label = ?1 OR id = ?2
                     ORDER BY (label = ?1) DESC LIMIT 1"
                ),
                rusqlite::params![id_or_label.trim(), by_id],
                snapshot_entry,
            )
            .optional()?
            .ok_or_else(|| StoreError::NoSnapshot(id_or_label.to_string()).into())
    }

    /// A snapshot's document by its row alone, through SQLite's incremental I/O into one
    /// buffer of its length.
    fn snapshot_document(&self, id: i64) -> Result<String> {
        let blob = self
            .conn
            .blob_open(rusqlite::MAIN_DB, "snapshot", "content", id, true)?;
        let mut bytes = vec![0; blob.len()];
        blob.read_at_exact(&mut bytes, 0)?;
        Ok(String::from_utf8(bytes)
            .map_err(|error| rusqlite::Error::Utf8Error(0, error.utf8_error()))?)
    }
}

/// A snapshot's entry from a row of (id, label, taken_on, created_at, count).
fn snapshot_entry(row: &Row<'_>) -> rusqlite::Result<crate::store::SnapshotEntry> {
    Ok(crate::store::SnapshotEntry {
        id: row.get(0)?,
        label: row.get(1)?,
        taken_on: date_at(row, 2)?.unwrap_or_default(),
        created_at: row.get(3)?,
        initiatives: usize::try_from(row.get::<_, i64>(4)?).unwrap_or(0),
    })
}

/// The peer library, by organisation, then name.
pub(super) fn peer_cases(conn: &Connection) -> Result<Vec<PeerCase>> {
    let mut statement = conn.prepare(
        "SELECT case_key, source, organisation, country, name, description, status, phase,
                quadrant, themes, start_year, end_year, technology, stop_reason,
                lessons_learned, contact
         FROM peer_case",
    )?;
    let mut cases = statement
        .query_map([], |row| {
            let themes: String = row.get(9)?;
            Ok(PeerCase {
                key: row.get(0)?,
                source: row.get(1)?,
                organisation: row.get(2)?,
                country: row.get(3)?,
                name: row.get(4)?,
                description: row.get(5)?,
                status: row.get(6)?,
                phase: enum_at(row, 7, Phase::from_id)?,
                quadrant: enum_at(row, 8, Quadrant::from_id)?,
                themes: crate::domain::split_peer_themes(&themes),
                start_year: row.get(10)?,
                end_year: row.get(11)?,
                technology: row.get(12)?,
                stop_reason: row.get(13)?,
                lessons_learned: row.get(14)?,
                contact: row.get(15)?,
            })
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    crate::domain::sort_peer_cases(&mut cases);
    Ok(cases)
}

pub(super) fn load_settings(conn: &Connection) -> Result<PortfolioSettings> {
    let mut settings = conn.query_row(
        "SELECT municipality, is_demo, target_innovation_share_bp, stuck_threshold_months,
                ready_threshold_pct, conditional_threshold_pct, backups_kept FROM portfolio WHERE id = 1",
        [],
        |row| {
            Ok(PortfolioSettings {
                municipality: row.get(0)?,
                is_demo: row.get(1)?,
                target_innovation_share_bp: row.get(2)?,
                stuck_threshold_months: row.get(3)?,
                readiness: ReadinessSettings {
                    weights: [1; 8],
                    ready_threshold_pct: row.get(4)?,
                    conditional_threshold_pct: row.get(5)?,
                },
                quadrant_targets_bp: [2500; 4],
                backups_kept: row.get(6)?,
                model_targets_bp: None,
            })
        },
    )?;
    let mut statement = conn.prepare("SELECT criterion, weight FROM readiness_weight")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        if let Some(criterion) = enum_at(row, 0, Criterion::from_id)? {
            settings.readiness.weights[criterion.index()] = row.get(1)?;
        }
    }
    let mut statement = conn.prepare("SELECT quadrant, share_bp FROM quadrant_target")?;
    let mut rows = statement.query([])?;
    while let Some(row) = rows.next()? {
        if let Some(quadrant) = enum_at(row, 0, Quadrant::from_id)? {
            settings.quadrant_targets_bp[quadrant.index()] = row.get(1)?;
        }
    }
    let mut statement = conn.prepare("SELECT model, share_bp FROM model_target")?;
    let mut rows = statement.query([])?;
    let mut models = [0u32; 3];
    let mut found = 0;
    while let Some(row) = rows.next()? {
        if let Some(model) = enum_at(row, 0, ManagementModel::from_id)? {
            models[model.index()] = row.get(1)?;
            found += 1;
        }
    }
    // The target is set as a whole (all three rows) or not at all.
    settings.model_targets_bp = (found == ManagementModel::ALL.len()).then_some(models);
    Ok(settings)
}

/// How many initiatives a snapshot's document holds, as SQL over a row of `snapshot`: the
/// row's own column, or in a file older than version 10 (opened read-only as it is) the
/// count taken from the document.
pub(super) fn snapshot_count(conn: &rusqlite::Connection) -> Result<&'static str> {
    let version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    Ok(if version >= SNAPSHOT_COUNT_FROM {
        "initiatives"
    } else {
        COUNTED_FROM_THE_DOCUMENT
    })
}

/// The schema version that keeps a snapshot's count in its row.
const SNAPSHOT_COUNT_FROM: i32 = 10;

/// The schema version that keeps a digest beside a snapshot (`snapshot_digest`).
const SNAPSHOT_DIGEST_FROM: i32 = 11;

/// `snapshots` with the digests kept beside them (none in a file older than version 11).
pub(super) fn with_digests(
    conn: &Connection,
    mut snapshots: Vec<crate::store::StoredSnapshot>,
) -> Result<Vec<crate::store::StoredSnapshot>> {
    let version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version < SNAPSHOT_DIGEST_FROM {
        return Ok(snapshots);
    }
    let mut statement =
        conn.prepare("SELECT version, digest FROM snapshot_digest WHERE snapshot_id = ?1")?;
    for snapshot in &mut snapshots {
        snapshot.digest = statement
            .query_row([snapshot.id], |row| Ok((row.get(0)?, row.get(1)?)))
            .optional()?;
    }
    Ok(snapshots)
}

/// A snapshot's count of initiatives taken from its document, as SQL: 0 when the
/// document holds no list of initiatives.
const COUNTED_FROM_THE_DOCUMENT: &str = "coalesce(json_array_length(content, '$.initiatives'), 0)";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_as_chrono_reads_them() {
        for text in [
            "2026-11-28",
            "2024-02-29",
            "2026-02-29",
            "2026-13-01",
            "26-11-28",
            "2026-1-28",
            "abcd-ef-gh",
            "",
        ] {
            assert_eq!(
                iso_date(text),
                NaiveDate::parse_from_str(text, "%Y-%m-%d").ok(),
                "{text:?}"
            );
        }
    }
}
