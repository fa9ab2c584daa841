//! Loading the whole portfolio into domain types.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use rusqlite::{Connection, Row};

use super::{Result, SqliteStore, StoreError};
use crate::domain::*;
use crate::store::load::{Interned, List, distribute};

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

/// The index of initiative `id` in `ids` (ascending).
fn position(ids: &[i64], id: i64) -> Option<usize> {
    ids.binary_search(&id).ok()
}

/// Finds a child row's initiative: child rows mostly come in the order their initiatives
/// were written, so the one found last or the next one is tried before a binary search
/// (a tenth of the load at 100,000 initiatives went into the searches).
struct Positions<'a> {
    ids: &'a [i64],
    last: usize,
}

impl<'a> Positions<'a> {
    fn new(ids: &'a [i64]) -> Self {
        Self { ids, last: 0 }
    }

    fn find(&mut self, id: i64) -> Option<usize> {
        let found = if self.ids.get(self.last) == Some(&id) {
            Some(self.last)
        } else if self.ids.get(self.last + 1) == Some(&id) {
            Some(self.last + 1)
        } else {
            position(self.ids, id)
        };
        if let Some(index) = found {
            self.last = index;
        }
        found
    }
}

/// Column `index` (text or NULL) as one of an enum's ids, without a copy of the text:
/// a load at 100,000 initiatives read two million of them (ids, criteria, dates).
fn enum_at<T>(
    row: &Row<'_>,
    index: usize,
    parse: fn(&str) -> Option<T>,
) -> rusqlite::Result<Option<T>> {
    Ok(text_or_null(row, index)?.and_then(parse))
}

/// Column `index` (text or NULL) as a date, without a copy of the text.
fn date_at(row: &Row<'_>, index: usize) -> rusqlite::Result<Option<NaiveDate>> {
    Ok(text_or_null(row, index)?.and_then(iso_date))
}

fn text_or_null<'row>(row: &'row Row<'_>, index: usize) -> rusqlite::Result<Option<&'row str>> {
    row.get_ref(index)?
        .as_str_or_null()
        .map_err(|error| not_text(index, error))
}

fn not_text(index: usize, error: rusqlite::types::FromSqlError) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, rusqlite::types::Type::Text, Box::new(error))
}

/// Column `index` as text, without a copy (as `row.get::<String>` reads it otherwise).
fn text_ref<'row>(row: &'row Row<'_>, index: usize) -> rusqlite::Result<&'row str> {
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

fn level(value: Option<i64>) -> Option<u8> {
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
        let mut statement = self.conn.prepare(
            "SELECT id, label, taken_on, created_at,
                    coalesce(json_array_length(content, '$.initiatives'), 0)
             FROM snapshot ORDER BY taken_on DESC, id DESC",
        )?;
        let rows = statement.query_map([], |row| {
            Ok(crate::store::SnapshotEntry {
                id: row.get(0)?,
                label: row.get(1)?,
                taken_on: date_at(row, 2)?.unwrap_or_default(),
                created_at: row.get(3)?,
                initiatives: usize::try_from(row.get::<_, i64>(4)?).unwrap_or(0),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<Vec<_>>>()?)
    }

    /// A snapshot's entry and content (the JSON document), by id or by label.
    pub(super) fn load_snapshot(
        &self,
        id_or_label: &str,
    ) -> Result<(crate::store::SnapshotEntry, String)> {
        let by_id: Option<i64> = id_or_label.trim().parse().ok();
        let mut statement = self.conn.prepare(
            "SELECT id, label, taken_on, created_at,
                    coalesce(json_array_length(content, '$.initiatives'), 0), content
             FROM snapshot WHERE label = ?1 OR id = ?2
             ORDER BY (label = ?1) DESC LIMIT 1",
        )?;
        let mut rows = statement.query(rusqlite::params![id_or_label.trim(), by_id])?;
        let Some(row) = rows.next()? else {
            return Err(StoreError::NoSnapshot(id_or_label.to_string()).into());
        };
        Ok((
            crate::store::SnapshotEntry {
                id: row.get(0)?,
                label: row.get(1)?,
                taken_on: date_at(row, 2)?.unwrap_or_default(),
                created_at: row.get(3)?,
                initiatives: usize::try_from(row.get::<_, i64>(4)?).unwrap_or(0),
            },
            row.get(5)?,
        ))
    }
}

/// Load the whole portfolio from an open connection (one read transaction, so the
/// picture is consistent even while another process writes).
pub(super) fn load_portfolio_from(conn: &Connection) -> Result<Portfolio> {
    if let Some(portfolio) = load_split(conn)? {
        return Ok(portfolio);
    }
    conn.execute_batch("BEGIN DEFERRED")?;
    let result = load_inner(conn, None);
    conn.execute_batch("COMMIT")?;
    result
}

/// From this many initiatives a load is split over two threads.
const SPLIT_FROM: i64 = 2_000;

/// A large portfolio's load on two threads (a machine has at least two cores): this
/// connection reads the initiatives and the smaller child tables while a second one reads
/// the themes' links, phase changes, budget lines and health reports (and an older file's
/// readiness ratings). Both must read the same state
/// of the file: this connection takes the write lock first (`BEGIN IMMEDIATE`, not
/// waiting for it), so nothing can be committed before the second has begun to read; it
/// writes nothing and lets the lock go when both are done. `None` when the load is not
/// split: a small portfolio, a file that cannot be written, or another process writing
/// (then the load is done on one thread, as always, without waiting). When the second
/// connection cannot read, this one reads its tables too.
fn load_split(conn: &Connection) -> Result<Option<Portfolio>> {
    let Some(path) = conn.path().filter(|path| !path.is_empty()) else {
        return Ok(None);
    };
    let count: i64 = conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
    if count < SPLIT_FROM {
        return Ok(None);
    }
    conn.busy_timeout(std::time::Duration::ZERO)?;
    let locked = conn.execute_batch("BEGIN IMMEDIATE");
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    if locked.is_err() {
        return Ok(None);
    }
    let ratings = Ratings::of(conn)?;
    let result = std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("proeftuin-load".into())
            .spawn_scoped(scope, || -> Result<Children> {
                let other = Connection::open_with_flags(
                    path,
                    rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY
                        | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )?;
                other.execute_batch("BEGIN DEFERRED")?;
                read_children(&other, None, ratings)
            });
        load_parts(conn, None, || match helper.map(|helper| helper.join()) {
            Ok(Ok(Ok(children))) => Ok(children),
            _ => read_children(conn, None, ratings),
        })
    });
    conn.execute_batch("ROLLBACK")?;
    result.map(Some)
}

/// A child table's query: for one initiative through its index and in order; for the
/// whole portfolio a plain scan in rowid order (no index lookups, no sort in SQLite —
/// the few rows per initiative are put in order afterwards).
fn child_query<'conn>(
    conn: &'conn Connection,
    select: &str,
    order: &str,
    only: Option<InitiativeId>,
) -> Result<(rusqlite::Statement<'conn>, Vec<i64>)> {
    Ok(match only {
        Some(id) => (
            conn.prepare(&format!(
                "{select} WHERE initiative_id = ?1 ORDER BY {order}"
            ))?,
            vec![id],
        ),
        None => (conn.prepare(select)?, Vec::new()),
    })
}

/// An empty vector with room for a child table's rows, so that gathering them does not
/// copy them over again and again as the vector grows: each copy lands in memory a new
/// process has not touched yet, and at 100,000 initiatives faulting in those pages took
/// longer than reading the rows. The room is the table's highest rowid (one step down
/// its b-tree), which is at least its number of rows; room that is not filled is never
/// touched. Without room (one initiative, or an allocation refused) it grows as usual.
fn room_for<T>(conn: &Connection, table: &str, only: Option<InitiativeId>) -> Result<Vec<T>> {
    let mut rows = Vec::new();
    if only.is_none() {
        let highest: Option<i64> =
            conn.query_row(&format!("SELECT max(rowid) FROM {table}"), [], |row| {
                row.get(0)
            })?;
        let room = highest.map_or(0, |highest| {
            usize::try_from(highest).unwrap_or(0).min(MOST_ROOM)
        });
        // Refused room only costs the copies it was to spare.
        let _ = rows.try_reserve_exact(room);
    }
    Ok(rows)
}

/// The most rows [`room_for`] makes room for, about 4 million (a portfolio of 1,000,000
/// initiatives has 1.5 million budget lines): a rowid far beyond the rows (rows inserted
/// with a high rowid, or many deleted) reserves at most a few hundred MB of address
/// space, which is never touched.
const MOST_ROOM: usize = 1 << 22;

pub(super) fn load_inner(conn: &Connection, only: Option<InitiativeId>) -> Result<Portfolio> {
    let ratings = Ratings::of(conn)?;
    load_parts(conn, only, || read_children(conn, only, ratings))
}

/// The child rows read apart from the initiatives (by a second connection when a load is
/// split, see [`load_split`]). The phase changes, budget lines and health reports come
/// as a list per initiative, in order, so that the thread that read the initiatives only
/// has to hand them over (placing and ordering half a million rows after both threads
/// were done was a fifth of the load at 100,000 initiatives).
#[derive(Default)]
struct Children {
    /// The initiatives' ids in order, as this connection read them: the lists below are
    /// in this order, one per initiative.
    ids: Vec<i64>,
    /// Each in the order of its decision date (then as written).
    phase_histories: Vec<Vec<PhaseChange>>,
    /// Each in the order of year and category (then as written).
    budget_lines: Vec<Vec<BudgetLine>>,
    /// Each in the order of its report date (then as written).
    health_reports: Vec<thin_vec::ThinVec<HealthReport>>,
    /// Each in the order of the themes' names.
    themes: Vec<thin_vec::ThinVec<Arc<str>>>,
    /// The lines of no initiative: (department, line), in rowid order.
    baseline: Vec<(Option<i64>, BudgetLine)>,
    /// Only from a file older than version 9 (see [`Ratings`]).
    ratings: Vec<(i64, Criterion, Option<u8>)>,
}

/// Rows `(index in ids, row)` as a list per initiative of `count`, each list in the
/// order `order` gives (a stable sort: rows it finds equal keep the order they came in).
fn lists_by_initiative<T, L: List<T> + Default>(
    count: usize,
    mut rows: Vec<(usize, T)>,
    order: impl Fn(&T, &T) -> std::cmp::Ordering,
) -> Vec<L> {
    // Mostly in order already (a file is written initiative by initiative): a few passes.
    rows.sort_by(|(a, first), (b, second)| a.cmp(b).then_with(|| order(first, second)));
    let mut lists: Vec<L> = std::iter::repeat_with(L::default).take(count).collect();
    distribute(rows, &mut lists, |list| list);
    lists
}

/// Where a file keeps its initiatives' readiness ratings.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ratings {
    /// In the initiative's own row (`rating_<criterion>`), from schema version 9.
    InRow,
    /// A row per rating in `readiness_rating`: a file of version 6 to 8 opened read-only,
    /// which is read as it is (a file that can be written is migrated when opened).
    Table,
}

impl Ratings {
    fn of(conn: &Connection) -> Result<Self> {
        let version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        Ok(if version >= RATINGS_IN_ROW_FROM {
            Ratings::InRow
        } else {
            Ratings::Table
        })
    }
}

/// The schema version that moved the ratings into the initiative's row.
const RATINGS_IN_ROW_FROM: i32 = 9;

/// The initiatives' themes, phase changes, budget lines and health reports (and an older
/// file's readiness ratings): half a load's rows.
fn read_children(
    conn: &Connection,
    only: Option<InitiativeId>,
    ratings: Ratings,
) -> Result<Children> {
    let mut children = Children::default();
    {
        let mut statement =
            conn.prepare("SELECT id FROM initiative WHERE (?1 IS NULL OR id = ?1) ORDER BY id")?;
        let ids = statement.query_map([only], |row| row.get(0))?;
        children.ids = ids.collect::<rusqlite::Result<_>>()?;
    }
    let count = children.ids.len();
    {
        // Each theme's name once, shared by its initiatives.
        let mut names: HashMap<i64, Arc<str>> = HashMap::new();
        let mut statement = conn.prepare("SELECT id, name FROM theme")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            names.insert(row.get(0)?, text_ref(row, 1)?.into());
        }
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, theme_id FROM initiative_theme",
            "theme_id",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut positions = Positions::new(&children.ids);
        // A table without rowids: room for a theme per initiative, the most common case.
        let mut links = Vec::with_capacity(count);
        while let Some(row) = rows.next()? {
            let (Some(index), Some(name)) = (
                positions.find(row.get(0)?),
                names.get(&row.get::<_, i64>(1)?),
            ) else {
                continue;
            };
            links.push((index, name.clone()));
        }
        children.themes = lists_by_initiative(count, links, |a: &Arc<str>, b| a.cmp(b));
    }
    {
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, decided_on, from_phase, to_phase, decision, conditions, decider, rationale
             FROM phase_change",
            "decided_on, id",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut deciders = Interned::default();
        let mut positions = Positions::new(&children.ids);
        let mut changes = room_for(conn, "phase_change", only)?;
        while let Some(row) = rows.next()? {
            let Some(index) = positions.find(row.get(0)?) else {
                continue;
            };
            let (Some(decided_on), Some(to_phase), Some(decision)) = (
                date_at(row, 1)?,
                enum_at(row, 3, Phase::from_id)?,
                enum_at(row, 4, GateDecision::from_id)?,
            ) else {
                continue;
            };
            changes.push((
                index,
                PhaseChange {
                    decided_on,
                    from_phase: enum_at(row, 2, Phase::from_id)?,
                    to_phase,
                    decision,
                    conditions: row.get(5)?,
                    decider: deciders.get(text_ref(row, 6)?),
                    rationale: row.get(7)?,
                },
            ));
        }
        children.phase_histories = lists_by_initiative(count, changes, |a: &PhaseChange, b| {
            a.decided_on.cmp(&b.decided_on)
        });
    }
    {
        // The baseline (no initiative) only belongs in a load of the whole portfolio.
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, department_id, year, category, planned_cents, actual_cents, description
             FROM budget_line",
            "year, category, id",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut positions = Positions::new(&children.ids);
        let mut lines = room_for(conn, "budget_line", only)?;
        while let Some(row) = rows.next()? {
            let Some(category) = enum_at(row, 3, BudgetCategory::from_id)? else {
                continue;
            };
            let line = BudgetLine {
                year: row.get(2)?,
                category,
                planned_cents: row.get(4)?,
                actual_cents: row.get(5)?,
                description: row.get(6)?,
            };
            match row.get::<_, Option<i64>>(0)? {
                Some(initiative) => {
                    if let Some(index) = positions.find(initiative) {
                        lines.push((index, line));
                    }
                }
                None => children.baseline.push((row.get(1)?, line)),
            }
        }
        children.budget_lines = lists_by_initiative(count, lines, |a: &BudgetLine, b| {
            (a.year, a.category.id()).cmp(&(b.year, b.category.id()))
        });
    }
    {
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, period, reported_on, status, reason FROM health_report",
            "reported_on, id",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut positions = Positions::new(&children.ids);
        let mut reports = room_for(conn, "health_report", only)?;
        while let Some(row) = rows.next()? {
            let Some(index) = positions.find(row.get(0)?) else {
                continue;
            };
            let (Some(reported_on), Some(status)) =
                (date_at(row, 2)?, enum_at(row, 3, Health::from_id)?)
            else {
                continue;
            };
            reports.push((
                index,
                HealthReport {
                    period: row.get(1)?,
                    reported_on,
                    status,
                    reason: row.get(4)?,
                },
            ));
        }
        children.health_reports = lists_by_initiative(count, reports, |a: &HealthReport, b| {
            a.reported_on.cmp(&b.reported_on)
        });
    }
    if ratings == Ratings::Table {
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, criterion, rating FROM readiness_rating",
            "criterion",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        while let Some(row) = rows.next()? {
            let Some(criterion) = enum_at(row, 1, Criterion::from_id)? else {
                continue;
            };
            children
                .ratings
                .push((row.get(0)?, criterion, level(row.get(2)?)));
        }
    }
    Ok(children)
}

fn load_parts(
    conn: &Connection,
    only: Option<InitiativeId>,
    children: impl FnOnce() -> Result<Children>,
) -> Result<Portfolio> {
    let settings = load_settings(conn)?;

    let mut departments = Vec::new();
    // Each name once, shared by its initiatives.
    let mut department_names: HashMap<i64, Arc<str>> = HashMap::new();
    {
        let mut statement =
            conn.prepare("SELECT id, name, starting_position FROM department ORDER BY name")?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let id: i64 = row.get(0)?;
            let name: String = row.get(1)?;
            department_names.insert(id, name.as_str().into());
            departments.push(Department {
                name,
                starting_position: enum_at(row, 2, StartingPosition::from_id)?,
            });
        }
    }

    let themes = {
        let mut statement = conn.prepare("SELECT name FROM theme ORDER BY name")?;
        let names = statement.query_map([], |row| row.get(0))?;
        names.collect::<rusqlite::Result<Vec<String>>>()?
    };

    // Sized once: growing by doubling left up to a third of the vector unused.
    let count: i64 = if only.is_some() {
        1
    } else {
        conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?
    };
    let mut initiatives = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
    // Initiatives come in id order, so a child row finds its initiative by binary search
    // (faster than hashing 700,000 child rows at 100,000 initiatives).
    let mut ids: Vec<i64> = Vec::with_capacity(initiatives.capacity());
    {
        let ratings = match Ratings::of(conn)? {
            Ratings::InRow => crate::store::rating_columns!(),
            Ratings::Table => "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL",
        };
        let mut statement = conn.prepare(&format!(
            "SELECT id, row_version, name, description, kind, department_id, owner, contact,
                    start_date, end_date, quadrant, phase, phase_since, readiness_level, use_level,
                    degree, innovation_type, technology_from, target_group, tech_level,
                    management_model, organised, stop_reason, lessons_learned, notes,
                    algorithm_register_url, {ratings}
             FROM initiative WHERE (?1 IS NULL OR id = ?1) ORDER BY id"
        ))?;
        let mut rows = statement.query([only])?;
        while let Some(row) = rows.next()? {
            let initiative = initiative_from_row(row, &department_names)?;
            ids.push(initiative.id);
            initiatives.push(initiative);
        }
    }

    {
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, name, helix_role FROM partner",
            "id",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut positions = Positions::new(&ids);
        let mut gathered = room_for(conn, "partner", only)?;
        while let Some(row) = rows.next()? {
            let Some(index) = positions.find(row.get(0)?) else {
                continue;
            };
            let Some(helix_role) = enum_at(row, 2, HelixRole::from_id)? else {
                continue;
            };
            gathered.push((
                index,
                Partner {
                    name: row.get(1)?,
                    helix_role,
                },
            ));
        }
        distribute(gathered, &mut initiatives, |initiative| {
            &mut initiative.partners
        });
    }

    {
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, category, level, description, mitigation FROM risk",
            "id",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut positions = Positions::new(&ids);
        let mut gathered = room_for(conn, "risk", only)?;
        while let Some(row) = rows.next()? {
            let Some(index) = positions.find(row.get(0)?) else {
                continue;
            };
            let (Some(category), Some(level)) = (
                enum_at(row, 1, RiskCategory::from_id)?,
                enum_at(row, 2, RiskLevel::from_id)?,
            ) else {
                continue;
            };
            gathered.push((
                index,
                Risk {
                    category,
                    level,
                    description: row.get(3)?,
                    mitigation: row.get(4)?,
                },
            ));
        }
        distribute(gathered, &mut initiatives, |initiative| {
            &mut initiative.risks
        });
    }

    // The rest, read meanwhile by the second thread when the load is split.
    let Children {
        ids: read_ids,
        phase_histories,
        budget_lines,
        health_reports,
        themes: theme_lists,
        baseline: baseline_lines,
        ratings,
    } = children()?;
    {
        // The lists are in the order of the ids the other connection read: the same
        // initiatives (both read the file in one state), found by their ids all the same.
        let mut positions = Positions::new(&ids);
        let lists = read_ids
            .iter()
            .zip(phase_histories)
            .zip(budget_lines)
            .zip(health_reports)
            .zip(theme_lists);
        for ((((id, phase_history), budget_lines), health_reports), themes) in lists {
            if let Some(index) = positions.find(*id) {
                let initiative = &mut initiatives[index];
                initiative.themes = themes;
                initiative.phase_history = phase_history;
                initiative.budget_lines = budget_lines;
                initiative.health_reports = health_reports;
            }
        }
    }
    let mut baseline: Vec<BaselineLine> = baseline_lines
        .into_iter()
        .map(|(department_id, line)| BaselineLine {
            department: department_id
                .and_then(|id| department_names.get(&id).map(|name| name.to_string()))
                .unwrap_or_default(),
            line,
        })
        .collect();
    // A stable sort of rowid order: (year, category, id), as the store always gave.
    baseline.sort_by(|a, b| {
        (a.line.year, a.line.category.id()).cmp(&(b.line.year, b.line.category.id()))
    });

    // An older file's ratings (a newer one's came with their initiatives).
    {
        let mut positions = Positions::new(&ids);
        for (id, criterion, rating) in ratings {
            if let Some(index) = positions.find(id) {
                initiatives[index].readiness.set(criterion, rating);
            }
        }
    }

    // The self-assessments, like the baseline, belong in a load of the whole portfolio.
    let assessments = if only.is_none() {
        let mut statement = conn.prepare(
            "SELECT assessed_on, assignment, status, note, evidence FROM self_assessment
             ORDER BY assessed_on",
        )?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    date_at(row, 0)?.unwrap_or_default(),
                    row.get(1)?,
                    row.get(2)?,
                    row.get(3)?,
                    row.get(4)?,
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        crate::domain::assessments_from_rows(rows)
    } else {
        Vec::new()
    };
    Ok(Portfolio {
        settings,
        departments,
        themes,
        initiatives,
        baseline,
        assessments,
    })
}

fn initiative_from_row(
    row: &Row<'_>,
    departments: &HashMap<i64, Arc<str>>,
) -> rusqlite::Result<Initiative> {
    let department_id: Option<i64> = row.get(5)?;
    let mut readiness = ReadinessRatings::default();
    for criterion in Criterion::ALL {
        readiness.set(criterion, level(row.get(26 + criterion.index())?));
    }
    Ok(Initiative {
        id: row.get(0)?,
        row_version: row.get(1)?,
        name: row.get(2)?,
        description: row.get(3)?,
        kind: enum_at(row, 4, Kind::from_id)?.unwrap_or(Kind::Pilot),
        department: department_id.and_then(|id| departments.get(&id).cloned()),
        owner: row.get(6)?,
        contact: row.get(7)?,
        start_date: date_at(row, 8)?,
        end_date: date_at(row, 9)?,
        quadrant: enum_at(row, 10, Quadrant::from_id)?.unwrap_or(Quadrant::DigitalGovernment),
        phase: enum_at(row, 11, Phase::from_id)?.unwrap_or(Phase::Idea),
        phase_since: date_at(row, 12)?,
        readiness,
        readiness_level: level(row.get(13)?),
        use_level: level(row.get(14)?),
        characteristics: Characteristics {
            degree: enum_at(row, 15, Degree::from_id)?,
            innovation_type: enum_at(row, 16, InnovationType::from_id)?,
            technology_from: enum_at(row, 17, InsideOutside::from_id)?,
            target_group: enum_at(row, 18, InsideOutside::from_id)?,
            tech_level: enum_at(row, 19, TechLevel::from_id)?,
            management_model: enum_at(row, 20, ManagementModel::from_id)?,
            organised: enum_at(row, 21, Organised::from_id)?,
        },
        themes: thin_vec::ThinVec::new(),
        partners: thin_vec::ThinVec::new(),
        risks: thin_vec::ThinVec::new(),
        budget_lines: Vec::new(),
        phase_history: Vec::new(),
        health_reports: thin_vec::ThinVec::new(),
        stop_reason: row.get(22)?,
        lessons_learned: row.get(23)?,
        notes: row.get(24)?,
        algorithm_register_url: row.get(25)?,
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

    #[test]
    fn positions_by_binary_search() {
        let ids = [3, 7, 12];
        assert_eq!(position(&ids, 7), Some(1));
        assert_eq!(position(&ids, 8), None);
        let mut positions = Positions::new(&ids);
        assert_eq!(positions.find(12), Some(2));
        assert_eq!(positions.find(12), Some(2));
        assert_eq!(positions.find(3), Some(0));
        assert_eq!(positions.find(7), Some(1));
        assert_eq!(positions.find(5), None);
        assert_eq!(positions.find(12), Some(2));
    }
}
