//! Loading the whole portfolio (or one initiative) into domain types: on two threads
//! for a large portfolio, child rows gathered per initiative.

use std::collections::HashMap;
use std::sync::Arc;

use rusqlite::{Connection, Row};

use super::Result;
use super::read::{date_at, enum_at, level, load_settings, text_ref};
use crate::domain::*;
use crate::store::load::{Interned, Runs};

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

/// Load the whole portfolio from an open connection (one read transaction, so the
/// picture is consistent even while another process writes).
pub(super) fn load_portfolio_from(conn: &Connection) -> Result<Portfolio> {
    load_whole(conn, Reading::Whole)
}

/// What the summary's figures read of the portfolio (`Store::load_for_summary`): the
/// whole load's rows and columns but the free texts (descriptions, people's names, notes,
/// reasons, conditions, rationales, links), an initiative's kind, department, end date
/// and characteristics, and its themes, partners and risks, which it leaves empty. At
/// 100,000 initiatives a million fewer texts, dates and names to read and keep.
pub(super) fn load_for_summary_from(conn: &Connection) -> Result<Portfolio> {
    load_whole(conn, Reading::Summary)
}

fn load_whole(conn: &Connection, reading: Reading) -> Result<Portfolio> {
    if let Some(portfolio) = load_split(conn, reading)? {
        return Ok(portfolio);
    }
    conn.execute_batch("BEGIN DEFERRED")?;
    let ratings = Ratings::of(conn);
    let result = ratings.and_then(|ratings| {
        load_parts(conn, None, reading, || {
            read_children(conn, None, ratings, reading)
        })
    });
    conn.execute_batch("COMMIT")?;
    result
}

/// What a load reads: everything, or what the summary's figures read
/// ([`load_for_summary_from`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    Whole,
    Summary,
}

impl Reading {
    /// `columns` (separated by commas) with each of those the summary does not read
    /// (`unread`: the column and what it reads as instead, an empty text or NULL) read
    /// as its stand-in in a load for the summary: the columns keep their places.
    fn columns(self, columns: &str, unread: &[(&str, &str)]) -> String {
        columns
            .split(',')
            .map(str::trim)
            .map(
                |column| match unread.iter().find(|(name, _)| *name == column) {
                    Some((_, stand_in)) if self == Reading::Summary => stand_in,
                    _ => column,
                },
            )
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// Whether the initiatives' themes, partners and risks are read.
    fn lists(self) -> bool {
        self == Reading::Whole
    }
}

/// A free text, read as an empty text when it is not read.
const EMPTY: &str = "''";

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
fn load_split(conn: &Connection, reading: Reading) -> Result<Option<Portfolio>> {
    let Some(path) = conn.path().filter(|path| !path.is_empty()) else {
        return Ok(None);
    };
    let count: i64 = conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
    if count < SPLIT_FROM {
        return Ok(None);
    }
    if !try_write_lock(conn)? {
        return Ok(None);
    }
    let ratings = Ratings::of(conn)?;
    let result = std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("proeftuin-load".into())
            .spawn_scoped(scope, || -> Result<Children> {
                read_children(&second_reader(path)?, None, ratings, reading)
            });
        load_parts(conn, None, reading, || {
            match helper.map(|helper| helper.join()) {
                Ok(Ok(Ok(children))) => Ok(children),
                _ => read_children(conn, None, ratings, reading),
            }
        })
    });
    conn.execute_batch("ROLLBACK")?;
    result.map(Some)
}

/// The initiatives with the fields of their own row and their themes, and nothing more
/// (`proeftuin list`: no child lists, and an older file's ratings not read). A large
/// file is read in two halves of its ids at once, the second on a second connection,
/// while this one holds the write lock so that both read one state of the file (as
/// [`load_split`] does); beside another process's write lock, or from a file that
/// cannot be written, on this connection alone.
pub(super) fn load_register_from(conn: &Connection) -> Result<Vec<Initiative>> {
    let path = conn.path().filter(|path| !path.is_empty());
    let locked = path.is_some() && try_write_lock(conn)?;
    if !locked {
        conn.execute_batch("BEGIN DEFERRED")?;
    }
    let result = register_in(conn, path.filter(|_| locked));
    // Nothing was written: the lock (or the read) is let go either way.
    conn.execute_batch(if locked { "ROLLBACK" } else { "COMMIT" })?;
    result
}

/// Take the write lock without waiting for it (`BEGIN IMMEDIATE`): whether it was free.
fn try_write_lock(conn: &Connection) -> Result<bool> {
    conn.busy_timeout(std::time::Duration::ZERO)?;
    let locked = conn.execute_batch("BEGIN IMMEDIATE").is_ok();
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(locked)
}

/// A second connection to the file at `path`, reading in a transaction of its own.
fn second_reader(path: &str) -> Result<Connection> {
    let other = Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    other.execute_batch("BEGIN DEFERRED")?;
    Ok(other)
}

/// [`load_register_from`] in its transaction; the second half on a connection to
/// `second` when the file is large.
fn register_in(conn: &Connection, second: Option<&str>) -> Result<Vec<Initiative>> {
    let names = Names::of(conn)?;
    let count: i64 = conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
    let Some(path) = second.filter(|_| count >= SPLIT_FROM) else {
        return register_part(conn, &names, 0, None, count);
    };
    // The first id of the second half.
    let middle: i64 = conn.query_row(
        "SELECT id FROM initiative ORDER BY id LIMIT 1 OFFSET ?1",
        [count / 2],
        |row| row.get(0),
    )?;
    std::thread::scope(|scope| {
        let helper = std::thread::Builder::new()
            .name("proeftuin-load".into())
            .spawn_scoped(scope, || -> Result<Vec<Initiative>> {
                register_part(
                    &second_reader(path)?,
                    &names,
                    middle,
                    None,
                    count - count / 2,
                )
            });
        // Room for both halves: the second is added without moving the first.
        let mut first = register_part(conn, &names, 0, Some(middle), count)?;
        let second = match helper.map(|helper| helper.join()) {
            Ok(Ok(Ok(second))) => second,
            // No second thread, or it could not read: the second half on this connection.
            _ => register_part(conn, &names, middle, None, count - count / 2)?,
        };
        first.extend(second);
        Ok(first)
    })
}

/// The names an initiative's row and its themes refer to by id, each once (shared by
/// the initiatives that name it).
struct Names {
    departments: HashMap<i64, Arc<str>>,
    themes: HashMap<i64, Arc<str>>,
}

impl Names {
    fn of(conn: &Connection) -> Result<Self> {
        let named = |sql: &str| -> Result<HashMap<i64, Arc<str>>> {
            let mut statement = conn.prepare(sql)?;
            let mut rows = statement.query([])?;
            let mut names = HashMap::new();
            while let Some(row) = rows.next()? {
                names.insert(row.get(0)?, text_ref(row, 1)?.into());
            }
            Ok(names)
        };
        Ok(Self {
            departments: named("SELECT id, name FROM department")?,
            themes: named("SELECT id, name FROM theme")?,
        })
    }
}

/// The initiatives with ids from `from` (up to `to`, without it), in id order, with the
/// fields of their own row and their themes; `room` for as many as are expected.
fn register_part(
    conn: &Connection,
    names: &Names,
    from: i64,
    to: Option<i64>,
    room: i64,
) -> Result<Vec<Initiative>> {
    let room = usize::try_from(room).unwrap_or(0);
    let mut initiatives = Vec::with_capacity(room);
    let mut ids = Vec::with_capacity(room);
    {
        let ratings = match Ratings::of(conn)? {
            Ratings::InRow => crate::store::rating_columns!(),
            Ratings::Table => "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL",
        };
        let mut statement = conn.prepare(&format!(
            "SELECT {INITIATIVE_COLUMNS}, {ratings}
             FROM initiative WHERE id >= ?1 AND (?2 IS NULL OR id < ?2) ORDER BY id"
        ))?;
        let mut rows = statement.query(rusqlite::params![from, to])?;
        while let Some(row) = rows.next()? {
            let initiative = initiative_from_row(row, &names.departments)?;
            ids.push(initiative.id);
            initiatives.push(initiative);
        }
    }
    let mut statement = conn.prepare(
        "SELECT initiative_id, theme_id FROM initiative_theme
         WHERE initiative_id >= ?1 AND (?2 IS NULL OR initiative_id < ?2)",
    )?;
    let mut rows = statement.query(rusqlite::params![from, to])?;
    let mut positions = Positions::new(&ids);
    let mut runs = Runs::new();
    while let Some(row) = rows.next()? {
        let (Some(index), Some(name)) = (
            positions.find(row.get(0)?),
            names.themes.get(&row.get::<_, i64>(1)?),
        ) else {
            continue;
        };
        runs.push(index, name.clone(), &mut initiatives, |initiative| {
            &mut initiative.themes
        });
    }
    runs.finish(&mut initiatives, |initiative| &mut initiative.themes);
    for initiative in &mut initiatives {
        if !initiative.themes.is_sorted() {
            initiative.themes.sort();
        }
    }
    Ok(initiatives)
}

/// An initiative row's columns, as [`initiative_from_row`] reads them (the ratings
/// follow).
const INITIATIVE_COLUMNS: &str = "id, row_version, name, description, kind, department_id, \
    owner, contact, start_date, end_date, quadrant, phase, phase_since, readiness_level, \
    use_level, degree, innovation_type, technology_from, target_group, tech_level, \
    management_model, organised, stop_reason, lessons_learned, notes, algorithm_register_url";

/// The columns among [`INITIATIVE_COLUMNS`] that the summary does not read, and what
/// a load for it reads instead.
const UNREAD_BY_THE_SUMMARY: &[(&str, &str)] = &[
    ("description", EMPTY),
    ("kind", "NULL"),
    ("department_id", "NULL"),
    ("owner", EMPTY),
    ("contact", EMPTY),
    ("end_date", "NULL"),
    ("degree", "NULL"),
    ("innovation_type", "NULL"),
    ("technology_from", "NULL"),
    ("target_group", "NULL"),
    ("tech_level", "NULL"),
    ("management_model", "NULL"),
    ("organised", "NULL"),
    ("stop_reason", EMPTY),
    ("lessons_learned", EMPTY),
    ("notes", EMPTY),
    ("algorithm_register_url", EMPTY),
];

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

pub(super) fn load_inner(conn: &Connection, only: Option<InitiativeId>) -> Result<Portfolio> {
    let ratings = Ratings::of(conn)?;
    load_parts(conn, only, Reading::Whole, || {
        read_children(conn, only, ratings, Reading::Whole)
    })
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

/// An empty list for each of `count` initiatives.
fn empty_lists<L: Default>(count: usize) -> Vec<L> {
    std::iter::repeat_with(L::default).take(count).collect()
}

/// Puts each list in the order `order` gives (a stable sort: rows it finds equal keep the
/// order they came in, which is rowid order). Most lists come in order already.
fn in_order<T, L: std::ops::DerefMut<Target = [T]>>(
    lists: &mut [L],
    order: impl Fn(&T, &T) -> std::cmp::Ordering,
) {
    for list in lists {
        if !list.is_sorted_by(|a, b| order(a, b).is_le()) {
            list.sort_by(&order);
        }
    }
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
    reading: Reading,
) -> Result<Children> {
    let mut children = Children {
        ids: initiative_ids(conn, only)?,
        ..Children::default()
    };
    let count = children.ids.len();
    if !reading.lists() {
        children.themes = empty_lists(count);
    } else {
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
        let mut lists = empty_lists(count);
        let mut runs = Runs::new();
        while let Some(row) = rows.next()? {
            let (Some(index), Some(name)) = (
                positions.find(row.get(0)?),
                names.get(&row.get::<_, i64>(1)?),
            ) else {
                continue;
            };
            runs.push(index, name.clone(), &mut lists, |list| list);
        }
        runs.finish(&mut lists, |list| list);
        in_order(&mut lists, |a: &Arc<str>, b| a.cmp(b));
        children.themes = lists;
    }
    {
        let select = format!(
            "SELECT {} FROM phase_change",
            reading.columns(
                "initiative_id, decided_on, from_phase, to_phase, decision, conditions, decider, rationale",
                &[("conditions", EMPTY), ("decider", EMPTY), ("rationale", EMPTY)]
            )
        );
        let (mut statement, params) = child_query(conn, &select, "decided_on, id", only)?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut deciders = Interned::default();
        let mut positions = Positions::new(&children.ids);
        let mut lists = empty_lists(count);
        let mut runs = Runs::new();
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
            let change = PhaseChange {
                decided_on,
                from_phase: enum_at(row, 2, Phase::from_id)?,
                to_phase,
                decision,
                conditions: row.get(5)?,
                decider: deciders.get(text_ref(row, 6)?),
                rationale: row.get(7)?,
            };
            runs.push(index, change, &mut lists, |list| list);
        }
        runs.finish(&mut lists, |list| list);
        in_order(&mut lists, |a: &PhaseChange, b| {
            a.decided_on.cmp(&b.decided_on)
        });
        children.phase_histories = lists;
    }
    (children.budget_lines, children.baseline) = budget_lines(conn, only, &children.ids, reading)?;
    children.health_reports = health_reports(conn, only, &children.ids, reading)?;
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

/// The initiatives' ids (or `only`'s), ascending.
fn initiative_ids(conn: &Connection, only: Option<InitiativeId>) -> Result<Vec<i64>> {
    let mut statement =
        conn.prepare("SELECT id FROM initiative WHERE (?1 IS NULL OR id = ?1) ORDER BY id")?;
    let ids = statement.query_map([only], |row| row.get(0))?;
    Ok(ids.collect::<rusqlite::Result<_>>()?)
}

/// The lines of no initiative, the baseline: (department, line), in rowid order.
type BaselineLines = Vec<(Option<i64>, BudgetLine)>;

/// The initiatives' budget lines, a list per initiative in the order of `ids`, each in the
/// order of year and category (then as written); and the baseline's lines.
fn budget_lines(
    conn: &Connection,
    only: Option<InitiativeId>,
    ids: &[i64],
    reading: Reading,
) -> Result<(Vec<Vec<BudgetLine>>, BaselineLines)> {
    // The baseline (no initiative) only belongs in a load of the whole portfolio.
    let select = format!(
        "SELECT {} FROM budget_line",
        reading.columns(
            "initiative_id, department_id, year, category, planned_cents, actual_cents, description",
            &[("description", EMPTY)]
        )
    );
    let (mut statement, params) = child_query(conn, &select, "year, category, id", only)?;
    let mut rows = statement.query(rusqlite::params_from_iter(params))?;
    let mut positions = Positions::new(ids);
    let mut lists = empty_lists(ids.len());
    let mut baseline = Vec::new();
    let mut runs = Runs::new();
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
                    runs.push(index, line, &mut lists, |list| list);
                }
            }
            None => baseline.push((row.get(1)?, line)),
        }
    }
    runs.finish(&mut lists, |list| list);
    in_order(&mut lists, |a: &BudgetLine, b| {
        (a.year, a.category.id()).cmp(&(b.year, b.category.id()))
    });
    Ok((lists, baseline))
}

/// The initiatives' health reports, a list per initiative in the order of `ids`, each in
/// the order of its report date (then as written).
fn health_reports(
    conn: &Connection,
    only: Option<InitiativeId>,
    ids: &[i64],
    reading: Reading,
) -> Result<Vec<thin_vec::ThinVec<HealthReport>>> {
    let select = format!(
        "SELECT {} FROM health_report",
        reading.columns(
            "initiative_id, period, reported_on, status, reason",
            &[("reason", EMPTY)]
        )
    );
    let (mut statement, params) = child_query(conn, &select, "reported_on, id", only)?;
    let mut rows = statement.query(rusqlite::params_from_iter(params))?;
    let mut positions = Positions::new(ids);
    let mut lists = empty_lists(ids.len());
    let mut runs = Runs::new();
    while let Some(row) = rows.next()? {
        let Some(index) = positions.find(row.get(0)?) else {
            continue;
        };
        let (Some(reported_on), Some(status)) =
            (date_at(row, 2)?, enum_at(row, 3, Health::from_id)?)
        else {
            continue;
        };
        let report = HealthReport {
            period: row.get(1)?,
            reported_on,
            status,
            reason: row.get(4)?,
        };
        runs.push(index, report, &mut lists, |list| list);
    }
    runs.finish(&mut lists, |list| list);
    in_order(&mut lists, |a: &HealthReport, b| {
        a.reported_on.cmp(&b.reported_on)
    });
    Ok(lists)
}

fn load_parts(
    conn: &Connection,
    only: Option<InitiativeId>,
    reading: Reading,
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
        let columns = reading.columns(INITIATIVE_COLUMNS, UNREAD_BY_THE_SUMMARY);
        let mut statement = conn.prepare(&format!(
            "SELECT {columns}, {ratings}
             FROM initiative WHERE (?1 IS NULL OR id = ?1) ORDER BY id"
        ))?;
        let mut rows = statement.query([only])?;
        while let Some(row) = rows.next()? {
            let initiative = initiative_from_row(row, &department_names)?;
            ids.push(initiative.id);
            initiatives.push(initiative);
        }
    }

    if reading.lists() {
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, name, helix_role FROM partner",
            "id",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut positions = Positions::new(&ids);
        let mut runs = Runs::new();
        while let Some(row) = rows.next()? {
            let Some(index) = positions.find(row.get(0)?) else {
                continue;
            };
            let Some(helix_role) = enum_at(row, 2, HelixRole::from_id)? else {
                continue;
            };
            let partner = Partner {
                name: row.get(1)?,
                helix_role,
            };
            runs.push(index, partner, &mut initiatives, |initiative| {
                &mut initiative.partners
            });
        }
        runs.finish(&mut initiatives, |initiative| &mut initiative.partners);
    }

    if reading.lists() {
        let (mut statement, params) = child_query(
            conn,
            "SELECT initiative_id, category, level, description, mitigation FROM risk",
            "id",
            only,
        )?;
        let mut rows = statement.query(rusqlite::params_from_iter(params))?;
        let mut positions = Positions::new(&ids);
        let mut runs = Runs::new();
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
            let risk = Risk {
                category,
                level,
                description: row.get(3)?,
                mitigation: row.get(4)?,
            };
            runs.push(index, risk, &mut initiatives, |initiative| {
                &mut initiative.risks
            });
        }
        runs.finish(&mut initiatives, |initiative| &mut initiative.risks);
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
        assessments(conn)?
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

/// The self-assessments of the five activities, oldest first.
fn assessments(conn: &Connection) -> Result<Vec<SelfAssessment>> {
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
    Ok(crate::domain::assessments_from_rows(rows))
}

/// What a comparison reads of the portfolio (`Store::load_for_comparison`): the
/// settings, the self-assessments, and each initiative with only its id, name, phase,
/// readiness ratings, budget lines and health reports. A large portfolio is read on two
/// threads in one state of the file, as the whole load is ([`load_split`]): this
/// connection reads the initiatives' rows while a second reads their budget lines and
/// health reports. An older file that keeps its ratings in a table of their own is loaded
/// whole.
pub(super) fn load_for_comparison_from(conn: &Connection) -> Result<Portfolio> {
    if Ratings::of(conn)? == Ratings::Table {
        return load_portfolio_from(conn);
    }
    let path = conn.path().filter(|path| !path.is_empty());
    let count: i64 = conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
    let locked = path.is_some() && count >= SPLIT_FROM && try_write_lock(conn)?;
    let result = match path.filter(|_| locked) {
        Some(path) => std::thread::scope(|scope| {
            let helper = std::thread::Builder::new()
                .name("proeftuin-load".into())
                .spawn_scoped(scope, || comparison_children(&second_reader(path)?));
            for_comparison_in(conn, || match helper.map(|helper| helper.join()) {
                Ok(Ok(Ok(children))) => Ok(children),
                // No second thread, or it could not read: on this connection.
                _ => comparison_children(conn),
            })
        }),
        None => {
            conn.execute_batch("BEGIN DEFERRED")?;
            for_comparison_in(conn, || comparison_children(conn))
        }
    };
    // Nothing was written: the lock (or the read) is let go either way.
    conn.execute_batch(if locked { "ROLLBACK" } else { "COMMIT" })?;
    result
}

/// The initiatives' ids in order, with a list of budget lines and of health reports for
/// each (see [`budget_lines`], [`health_reports`]).
type ComparisonChildren = (
    Vec<i64>,
    Vec<Vec<BudgetLine>>,
    Vec<thin_vec::ThinVec<HealthReport>>,
);

fn comparison_children(conn: &Connection) -> Result<ComparisonChildren> {
    let ids = initiative_ids(conn, None)?;
    // The budget lines' descriptions are not compared; the latest report's reason is.
    let (budget_lines, _) = budget_lines(conn, None, &ids, Reading::Summary)?;
    let health_reports = health_reports(conn, None, &ids, Reading::Whole)?;
    Ok((ids, budget_lines, health_reports))
}

fn for_comparison_in(
    conn: &Connection,
    children: impl FnOnce() -> Result<ComparisonChildren>,
) -> Result<Portfolio> {
    let settings = load_settings(conn)?;
    let count: i64 = conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
    let mut initiatives = Vec::with_capacity(usize::try_from(count).unwrap_or(0));
    let mut ids = Vec::with_capacity(initiatives.capacity());
    {
        let mut statement = conn.prepare(&format!(
            "SELECT id, name, phase, {} FROM initiative ORDER BY id",
            crate::store::rating_columns!()
        ))?;
        let mut rows = statement.query([])?;
        while let Some(row) = rows.next()? {
            let mut initiative = Initiative::new(text_ref(row, 1)?);
            initiative.id = row.get(0)?;
            initiative.phase = enum_at(row, 2, Phase::from_id)?.unwrap_or(Phase::Idea);
            for criterion in Criterion::ALL {
                initiative
                    .readiness
                    .set(criterion, level(row.get(3 + criterion.index())?));
            }
            ids.push(initiative.id);
            initiatives.push(initiative);
        }
    }
    let assessments = assessments(conn)?;
    // The lists are in the order of the ids the other connection read: the same
    // initiatives (both read the file in one state), found by their ids all the same.
    let (read_ids, budget_lines, health_reports) = children()?;
    let mut positions = Positions::new(&ids);
    for ((id, budget_lines), health_reports) in
        read_ids.iter().zip(budget_lines).zip(health_reports)
    {
        if let Some(index) = positions.find(*id) {
            initiatives[index].budget_lines = budget_lines;
            initiatives[index].health_reports = health_reports;
        }
    }
    Ok(Portfolio {
        settings,
        initiatives,
        assessments,
        ..Portfolio::default()
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

#[cfg(test)]
mod tests {
    use super::*;

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
