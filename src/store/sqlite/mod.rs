//! The SQLite backend: the only module with SQL. It opens a portfolio file (creating it
//! from `schema.sql` when new), migrates it by `PRAGMA user_version`, maps rows to domain
//! types and runs every user action as one `BEGIN IMMEDIATE` transaction. No rusqlite
//! type leaves this module: errors become [`StoreError`]s at the trait's edge.

mod copy;
mod history;
mod load;
mod read;
mod write;
mod writing;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

/// Marks a SQLite file as a Proeftuin portfolio (`PRAGMA application_id`, "PRTN").
pub const APPLICATION_ID: i32 = 0x5052_544E;

/// The schema versions, in order: index + 1 is the `user_version` after applying it.
/// Version 1 is `schema.sql`; each later version is a file in `migrations/`. Tests
/// migrate a fixture of every older version (`tests/fixtures/portfolio-v*.db`).
const MIGRATIONS: &[&str] = &[
    include_str!("../../../schema.sql"),
    include_str!("../../../migrations/0002_id_sequence.sql"),
    include_str!("../../../migrations/0003_trash_and_audit.sql"),
    include_str!("../../../migrations/0004_model_targets_and_algorithm_links.sql"),
    include_str!("../../../migrations/0005_peer_library.sql"),
    include_str!("../../../migrations/0006_self_assessment.sql"),
    include_str!("../../../migrations/0007_checks_as_comparisons.sql"),
    include_str!("../../../migrations/0008_drop_unused_indexes.sql"),
    include_str!("../../../migrations/0009_ratings_in_the_initiative_row.sql"),
    include_str!("../../../migrations/0010_snapshot_count.sql"),
    include_str!("../../../migrations/0011_snapshot_digest.sql"),
];

/// From this version on a file reads as it is: a read-only file of an older version
/// than [`SCHEMA_VERSION`] but not older than this opens (versions 7 and 8 changed no
/// table, column or row, only how its rules are written and which indexes it keeps;
/// version 9 moved the readiness ratings into the initiative's row, and the load reads
/// them from where the file keeps them; version 10 keeps a snapshot's count of
/// initiatives, which an older file's snapshots have counted from their documents;
/// version 11 keeps a digest beside each new snapshot, and an older file's snapshots are
/// compared by their documents).
const READS_AS_IS_FROM: i32 = 6;

/// The page size of a new file: 16 KB instead of SQLite's 4 KB. Bulk writes of 100,000
/// initiatives (an import, `demo`) take a tenth less time with a quarter of the pages to
/// split and link, a single edit's write and commit is not slower (10.8 against 17.6 ms in
/// `cargo bench --bench budgets`), and a load reads the same. A file keeps the page size
/// it was made with.
const NEW_PAGE_SIZE: u32 = 16_384;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

use super::{CheckReport, ForeignFile, SnapshotEntry, Store, StoreError};
use crate::domain::{
    Department, ImportBatch, Initiative, InitiativeId, PhaseChange, Portfolio, PortfolioSettings,
};

/// Inside this backend: a store error, or SQLite's own (turned into
/// `StoreError::Database` at the trait's edge).
#[derive(Debug)]
pub(crate) enum Error {
    Store(StoreError),
    Sql(rusqlite::Error),
}

impl From<StoreError> for Error {
    fn from(error: StoreError) -> Self {
        Error::Store(error)
    }
}

impl From<rusqlite::Error> for Error {
    fn from(error: rusqlite::Error) -> Self {
        Error::Sql(error)
    }
}

impl From<Error> for StoreError {
    fn from(error: Error) -> Self {
        match error {
            Error::Store(error) => error,
            Error::Sql(error) if is_busy(&error) => StoreError::Busy {
                path: PathBuf::new(),
            },
            Error::Sql(error) => StoreError::Database(error.to_string()),
        }
    }
}

/// How many initiatives a portfolio file holds, read-only and without changing it.
pub fn open_read_only_count(path: &Path) -> super::Result<usize> {
    let inner = || -> Result<usize> {
        let conn = identify(path)?;
        let count: i64 = conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
        Ok(usize::try_from(count).unwrap_or(0))
    };
    inner().map_err(StoreError::from)
}

/// Whether SQLite found the file damaged.
fn is_corrupt(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase)
    )
}

/// Whether SQLite said the file is busy or locked by another connection.
fn is_busy(error: &rusqlite::Error) -> bool {
    matches!(
        error.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

/// Tell whether `path` is a Proeftuin portfolio of a known version, cheaply and without
/// changing a byte (no integrity check: `check_file` does that).
pub fn identify_file(path: &Path) -> super::Result<()> {
    identify(path).map(drop).map_err(StoreError::from)
}

type Result<T, E = Error> = std::result::Result<T, E>;

/// An open portfolio file.
pub struct SqliteStore {
    conn: Connection,
    path: PathBuf,
    /// Who makes the changes (the audit log's user).
    user: String,
    /// Opened read-only: the file cannot be written here.
    read_only: bool,
}

impl std::fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SqliteStore")
            .field("path", &self.path)
            .finish()
    }
}

impl SqliteStore {
    /// Open the portfolio at `path`, creating it (readable by its owner only) when it does
    /// not exist or is an empty file. Another program's file is refused untouched.
    pub fn open(path: &Path) -> super::Result<Self> {
        Self::open_inner(path).map_err(StoreError::from)
    }

    fn open_inner(path: &Path) -> Result<Self> {
        let is_new = match std::fs::metadata(path) {
            // A folder, a device or a pipe is never a portfolio (and opening a pipe would
            // wait for a writer forever).
            Ok(meta) if !meta.is_file() => {
                return Err(StoreError::NotAPortfolio {
                    path: path.to_path_buf(),
                    what: ForeignFile::NotAFile,
                }
                .into());
            }
            Ok(meta) => meta.len() == 0,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                // Another process may create it at the same moment: then both go on with
                // the one file (its schema is written once, under SQLite's lock).
                create_private_file(path)?;
                std::fs::metadata(path).map_or(true, |meta| meta.len() == 0)
            }
            Err(source) => {
                return Err(StoreError::Io {
                    path: path.to_path_buf(),
                    source,
                }
                .into());
            }
        };
        if !is_new {
            // Identify the file read-only first, so a foreign file is never touched. A
            // SQLite file with nothing in it yet is one another Proeftuin is setting up
            // this moment (its first transaction not committed): go on with it; the
            // migration waits for that transaction and then finds the schema.
            match identify(path) {
                Err(Error::Store(StoreError::NotAPortfolio {
                    what: ForeignFile::OtherProgram,
                    ..
                })) if is_blank_database(path) => {}
                result => {
                    result?;
                }
            }
            if !is_writable(path) {
                return Self::open_read_only_inner(path);
            }
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            reason: source.to_string(),
        })?;
        if is_new {
            // Before the first write (and before WAL, which fixes it): see NEW_PAGE_SIZE.
            conn.execute_batch(&format!("PRAGMA page_size = {NEW_PAGE_SIZE}"))
                .map_err(|source| StoreError::Open {
                    path: path.to_path_buf(),
                    reason: source.to_string(),
                })?;
        }
        configure(&conn).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            reason: source.to_string(),
        })?;
        let mut store = SqliteStore {
            conn,
            path: path.to_path_buf(),
            user: super::os_user(),
            read_only: false,
        };
        store.migrate()?;
        Ok(store)
    }

    /// Open a portfolio only to read it: a file this user may not write. Nothing is
    /// written (no migration, no journal change); every write is refused.
    pub fn open_read_only(path: &Path) -> super::Result<Self> {
        Self::open_read_only_inner(path).map_err(StoreError::from)
    }

    fn open_read_only_inner(path: &Path) -> Result<Self> {
        let conn = identify(path)?;
        let version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version < READS_AS_IS_FROM {
            return Err(StoreError::ReadOnlyAndOlder {
                path: path.to_path_buf(),
            }
            .into());
        }
        // A journal file that cannot be created beside a read-only file: read the file as
        // it is (SQLite's `immutable`), which is what a read-only file is.
        let conn = match conn.query_row("SELECT count(*) FROM initiative", [], |row| {
            row.get::<_, i64>(0)
        }) {
            Ok(_) => conn,
            Err(_) => {
                let mut uri = String::from("file:");
                for c in path.display().to_string().chars() {
                    match c {
                        '%' => uri.push_str("%25"),
                        '?' => uri.push_str("%3f"),
                        '#' => uri.push_str("%23"),
                        c => uri.push(c),
                    }
                }
                uri.push_str("?immutable=1");
                Connection::open_with_flags(
                    uri,
                    OpenFlags::SQLITE_OPEN_READ_ONLY
                        | OpenFlags::SQLITE_OPEN_URI
                        | OpenFlags::SQLITE_OPEN_NO_MUTEX,
                )
                .map_err(|source| StoreError::Open {
                    path: path.to_path_buf(),
                    reason: source.to_string(),
                })?
            }
        };
        conn.busy_timeout(std::time::Duration::from_secs(5))?;
        conn.execute_batch("PRAGMA query_only = ON; PRAGMA foreign_keys = ON;")?;
        Ok(SqliteStore {
            conn,
            path: path.to_path_buf(),
            user: super::os_user(),
            read_only: true,
        })
    }

    fn migrate(&mut self) -> Result<()> {
        let version: i32 = self
            .conn
            .query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version > SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: self.path.clone(),
                found: version,
                known: SCHEMA_VERSION,
            }
            .into());
        }
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        // A file made by an older Proeftuin is backed up before it is migrated.
        if version > 0 {
            super::backup::take(self, &self.path, super::backup::Occasion::BeforeMigration)?;
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        // Read again under the write lock: another process may have created or migrated
        // the file meanwhile (two opening a new file at the same moment both succeed).
        let version: i32 = tx.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version >= SCHEMA_VERSION {
            return Ok(());
        }
        for (index, migration) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(version).unwrap_or(0))
        {
            tx.execute_batch(migration)?;
            if index == 6 {
                checks_as_comparisons(&tx)?;
            }
            if index == 0 {
                tx.execute(
                    "INSERT INTO portfolio (id, created_at) VALUES (1, datetime('now'))",
                    [],
                )?;
                for criterion in crate::domain::Criterion::ALL {
                    tx.execute(
                        "INSERT INTO readiness_weight (criterion, weight) VALUES (?1, 1)",
                        [criterion.id()],
                    )?;
                }
                for quadrant in crate::domain::Quadrant::ALL {
                    tx.execute(
                        "INSERT INTO quadrant_target (quadrant, share_bp) VALUES (?1, 2500)",
                        [quadrant.id()],
                    )?;
                }
            }
        }
        tx.execute_batch(&format!(
            "PRAGMA application_id = {APPLICATION_ID}; PRAGMA user_version = {SCHEMA_VERSION};"
        ))?;
        tx.commit()?;
        Ok(())
    }
}

/// Version 7 (`migrations/0007_checks_as_comparisons.sql`): each table's `x IN ('a', …)`
/// checks written as `(x = 'a' OR …)`, the same rule without SQLite's temporary index per
/// row written. Done in the definitions SQLite keeps (`sqlite_master`), as SQLite
/// describes for changes that leave what is stored untouched; each new definition is
/// first made as a temporary table, so that a definition SQLite would not read is never
/// written.
fn checks_as_comparisons(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let tables: Vec<(String, String)> = tx
        .prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND sql LIKE '% IN (''%'",
        )?
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut rewritten = Vec::new();
    for (name, sql) in tables {
        let new = in_lists_as_comparisons(&sql);
        let trial = new.replacen(
            &format!("CREATE TABLE {name} "),
            "CREATE TEMP TABLE proeftuin_check_trial ",
            1,
        );
        // A definition not written the way this version wrote it stays as it is.
        if new == sql || trial == new {
            continue;
        }
        tx.execute_batch(&trial)?;
        tx.execute_batch("DROP TABLE temp.proeftuin_check_trial")?;
        rewritten.push((name, new));
    }
    let schema_version: i64 = tx.query_row("PRAGMA schema_version", [], |row| row.get(0))?;
    tx.execute_batch("PRAGMA writable_schema = ON")?;
    for (name, sql) in &rewritten {
        tx.execute(
            "UPDATE sqlite_master SET sql = ?1 WHERE type = 'table' AND name = ?2",
            [sql, name],
        )?;
    }
    tx.execute_batch(&format!(
        "PRAGMA schema_version = {}; PRAGMA writable_schema = OFF;",
        schema_version + 1
    ))?;
    Ok(())
}

/// `x IN ('a', 'b')` → `(x = 'a' OR x = 'b')` for every list of quoted values in `sql`.
fn in_lists_as_comparisons(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() * 2);
    let mut rest = sql;
    while let Some(at) = rest.find(" IN ('") {
        // The column: the identifier right before " IN (".
        let before = &rest[..at];
        let column_start = before
            .rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .map_or(0, |index| index + 1);
        let column = &before[column_start..];
        let list_start = at + " IN (".len();
        let Some(list_length) = rest[list_start..].find(')') else {
            break;
        };
        let list = &rest[list_start..list_start + list_length];
        let values: Vec<&str> = list.split(',').map(str::trim).collect();
        let quoted = |value: &&str| {
            value.len() >= 2
                && value.starts_with('\'')
                && value.ends_with('\'')
                && !value[1..value.len() - 1].contains('\'')
        };
        if column.is_empty() || column.eq_ignore_ascii_case("NOT") || !values.iter().all(quoted) {
            // Not a plain list of values: left as it is.
            out.push_str(&rest[..list_start]);
            rest = &rest[list_start..];
            continue;
        }
        out.push_str(&rest[..column_start]);
        out.push('(');
        for (index, value) in values.iter().enumerate() {
            if index > 0 {
                out.push_str(" OR ");
            }
            out.push_str(column);
            out.push_str(" = ");
            out.push_str(value);
        }
        out.push(')');
        rest = &rest[list_start + list_length + 1..];
    }
    out.push_str(rest);
    out
}

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // WAL for readers beside a writer; FULL so the last commit survives power loss.
    // Switching a new file to WAL needs it to itself for a moment, and SQLite does not
    // wait for that: while another process sets the same file up, try again (up to 5 s).
    let mut attempts = 0;
    loop {
        match conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
        ) {
            Err(error) if is_busy(&error) && attempts < 100 => {
                attempts += 1;
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            result => return result,
        }
    }
}

/// Whether this user may write the file (opening it for writing changes nothing).
fn is_writable(path: &Path) -> bool {
    match std::fs::OpenOptions::new().write(true).open(path) {
        Ok(_) => true,
        Err(error) => !matches!(
            error.kind(),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
        ),
    }
}

fn create_private_file(path: &Path) -> Result<()> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent).map_err(|source| StoreError::Io {
            path: parent.to_path_buf(),
            source,
        })?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(source) => Err(StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
        .into()),
    }
}

/// Open read-only (never changing the file) and tell whether it is a Proeftuin portfolio.
fn identify(path: &Path) -> Result<Connection> {
    let not_a_portfolio = |what: ForeignFile| StoreError::NotAPortfolio {
        path: path.to_path_buf(),
        what,
    };
    if std::fs::metadata(path).is_ok_and(|meta| !meta.is_file()) {
        return Err(not_a_portfolio(ForeignFile::NotAFile).into());
    }
    let header = read_header(path)?;
    if header.is_empty() {
        return Err(not_a_portfolio(ForeignFile::Empty).into());
    }
    if !header.starts_with(b"SQLite format 3\0") {
        return Err(not_a_portfolio(ForeignFile::NotSqlite).into());
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|source| StoreError::Open {
        path: path.to_path_buf(),
        reason: source.to_string(),
    })?;
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(|error| {
            // Another program holding the file is busy, not damage.
            if is_busy(&error) {
                StoreError::Busy {
                    path: path.to_path_buf(),
                }
            } else {
                not_a_portfolio(ForeignFile::Damaged)
            }
        })?;
    if application_id != APPLICATION_ID {
        return Err(not_a_portfolio(ForeignFile::OtherProgram).into());
    }
    let version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: SCHEMA_VERSION,
        }
        .into());
    }
    Ok(conn)
}

/// A SQLite database without an application id, tables or any other schema object: it
/// holds nothing of anyone's, so it may become a portfolio.
fn is_blank_database(path: &Path) -> bool {
    let Ok(conn) = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    ) else {
        return false;
    };
    let blank = || -> rusqlite::Result<bool> {
        let application_id: i32 = conn.query_row("PRAGMA application_id", [], |row| row.get(0))?;
        let objects: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |row| row.get(0))?;
        Ok(application_id == 0 && objects == 0)
    };
    blank().unwrap_or(false)
}

fn read_header(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).map_err(|source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut header = Vec::with_capacity(16);
    file.take(16)
        .read_to_end(&mut header)
        .map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })?;
    Ok(header)
}

/// Check a portfolio file without changing a byte of it: that it is a Proeftuin
/// portfolio of a known schema version, SQLite's integrity check, and foreign keys.
pub fn check_file(path: &Path) -> super::Result<CheckReport> {
    check_inner(path).map_err(StoreError::from)
}

fn check_inner(path: &Path) -> Result<CheckReport> {
    if !path.exists() {
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "the file does not exist"),
        }
        .into());
    }
    let conn = identify(path)?;
    let schema_version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    // Damage bad enough that SQLite refuses to walk the file is a finding of the check,
    // not an error of the check.
    let mut integrity = Vec::new();
    let walked: rusqlite::Result<()> = (|| {
        let mut statement = conn.prepare("PRAGMA integrity_check")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        for row in rows {
            let line = row?;
            if line != "ok" {
                integrity.push(line);
            }
        }
        Ok(())
    })();
    if let Err(error) = walked {
        if is_corrupt(&error) {
            integrity.push(error.to_string());
        } else {
            return Err(error.into());
        }
    }
    let counted: rusqlite::Result<(usize, i64)> = (|| {
        let mut statement = conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = statement.query([])?;
        let mut count = 0;
        while rows.next()?.is_some() {
            count += 1;
        }
        let initiatives: i64 =
            conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
        Ok((count, initiatives))
    })();
    let (foreign_key_violations, initiatives) = match counted {
        Ok(counted) => counted,
        Err(error) if is_corrupt(&error) => {
            integrity.push(error.to_string());
            (0, 0)
        }
        Err(error) => return Err(error.into()),
    };
    Ok(CheckReport {
        schema_version,
        expected_version: SCHEMA_VERSION,
        integrity,
        foreign_key_violations,
        initiatives: usize::try_from(initiatives).unwrap_or(0),
    })
}

/// The trait's methods are this backend's own, with SQLite's errors put in words.
impl Store for SqliteStore {
    fn load_portfolio(&self) -> super::Result<Portfolio> {
        Ok(SqliteStore::load_portfolio(self)?)
    }

    fn load_for_summary(&self) -> super::Result<Portfolio> {
        Ok(load::load_for_summary_from(&self.conn)?)
    }

    fn load_for_comparison(&self) -> super::Result<Portfolio> {
        Ok(load::load_for_comparison_from(&self.conn)?)
    }

    fn load_register(&self) -> super::Result<Vec<Initiative>> {
        Ok(load::load_register_from(&self.conn)?)
    }

    fn load_initiative(&self, id: InitiativeId) -> super::Result<Option<Initiative>> {
        Ok(SqliteStore::load_initiative(self, id)?)
    }

    fn insert_initiative(&mut self, initiative: &Initiative) -> super::Result<Initiative> {
        Ok(SqliteStore::insert_initiative(self, initiative)?)
    }

    fn update_initiative(&mut self, initiative: &Initiative) -> super::Result<Initiative> {
        Ok(SqliteStore::update_initiative(self, initiative)?)
    }

    fn change_phase(
        &mut self,
        id: InitiativeId,
        row_version: i64,
        change: &PhaseChange,
    ) -> super::Result<()> {
        Ok(SqliteStore::change_phase(self, id, row_version, change)?)
    }

    fn revert_initiative(&mut self, state: &Initiative) -> super::Result<Initiative> {
        Ok(SqliteStore::revert_initiative(self, state)?)
    }

    fn delete_initiative(&mut self, id: InitiativeId, row_version: i64) -> super::Result<()> {
        Ok(SqliteStore::delete_initiative(self, id, row_version)?)
    }

    fn restore_from_trash(&mut self, id: InitiativeId) -> super::Result<Initiative> {
        Ok(SqliteStore::restore_from_trash(self, id)?)
    }

    fn trash(&self) -> super::Result<Vec<super::TrashEntry>> {
        Ok(SqliteStore::trash(self)?)
    }

    fn empty_trash(&mut self) -> super::Result<usize> {
        Ok(SqliteStore::empty_trash(self)?)
    }

    fn save_settings(
        &mut self,
        base: &PortfolioSettings,
        settings: &PortfolioSettings,
    ) -> super::Result<()> {
        Ok(SqliteStore::save_settings(self, base, settings)?)
    }

    fn save_departments(
        &mut self,
        base: &[Department],
        departments: &[Department],
    ) -> super::Result<()> {
        Ok(SqliteStore::save_departments(self, base, departments)?)
    }

    fn audit(&self, filter: super::AuditFilter) -> super::Result<Vec<super::AuditEntry>> {
        Ok(SqliteStore::audit(self, filter)?)
    }

    fn record_backup_restored(&mut self, from: &str) -> super::Result<()> {
        Ok(SqliteStore::record_backup_restored(self, from)?)
    }

    fn apply_import(
        &mut self,
        batch: &ImportBatch,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> super::Result<()> {
        Ok(SqliteStore::apply_import(self, batch, progress)?)
    }

    fn replace_portfolio(&mut self, portfolio: &Portfolio) -> super::Result<()> {
        Ok(SqliteStore::replace_portfolio(self, portfolio)?)
    }

    fn list_snapshots(&self) -> super::Result<Vec<SnapshotEntry>> {
        Ok(SqliteStore::list_snapshots(self)?)
    }

    fn load_snapshot(&self, id_or_label: &str) -> super::Result<(SnapshotEntry, String)> {
        Ok(SqliteStore::load_snapshot(self, id_or_label)?)
    }

    fn load_snapshot_for_comparison(
        &self,
        id_or_label: &str,
        digest_version: u32,
    ) -> super::Result<super::SnapshotForComparison> {
        Ok(SqliteStore::load_snapshot_for_comparison(
            self,
            id_or_label,
            digest_version,
        )?)
    }

    fn create_snapshot(&mut self, snapshot: super::NewSnapshot<'_>) -> super::Result<i64> {
        Ok(SqliteStore::create_snapshot(self, snapshot)?)
    }

    fn keep_snapshot_digest(&mut self, id: i64, version: u32, digest: &str) -> super::Result<()> {
        Ok(SqliteStore::keep_snapshot_digest(
            self, id, version, digest,
        )?)
    }

    fn delete_snapshot(&mut self, id: i64) -> super::Result<()> {
        Ok(SqliteStore::delete_snapshot(self, id)?)
    }

    fn peer_cases(&self) -> super::Result<Vec<crate::domain::PeerCase>> {
        Ok(read::peer_cases(&self.conn)?)
    }

    fn save_assessment(&mut self, assessment: &crate::domain::SelfAssessment) -> super::Result<()> {
        Ok(SqliteStore::save_assessment(self, assessment)?)
    }

    fn delete_assessment(&mut self, on: chrono::NaiveDate) -> super::Result<bool> {
        Ok(SqliteStore::delete_assessment(self, on)?)
    }

    fn import_peer_cases(
        &mut self,
        cases: &[crate::domain::PeerCase],
        source: &str,
    ) -> super::Result<(usize, usize)> {
        Ok(SqliteStore::import_peer_cases(self, cases, source)?)
    }

    fn everything(&self) -> super::Result<super::Everything> {
        Ok(SqliteStore::everything(self)?)
    }

    fn put_everything(&mut self, everything: &super::Everything) -> super::Result<()> {
        Ok(SqliteStore::put_everything(self, everything)?)
    }

    fn address(&self) -> super::Location {
        super::Location::File(self.path.clone())
    }

    fn user(&self) -> &str {
        &self.user
    }

    fn copy_to(&self, target: &Path) -> super::Result<()> {
        let target_text = target.to_string_lossy().into_owned();
        self.conn
            .execute("VACUUM INTO ?1", [target_text])
            .map(drop)
            .map_err(|error| StoreError::from(Error::from(error)))
    }

    fn take_backup(
        &self,
        occasion: super::backup::Occasion,
    ) -> super::Result<super::backup::Backup> {
        super::backup::take(self, &self.path, occasion)
    }

    fn take_daily_backup(&self) -> super::Result<Option<super::backup::Backup>> {
        super::backup::take_daily(self, &self.path)
    }

    fn backups(&self) -> super::Result<Vec<super::backup::Backup>> {
        Ok(super::backup::list(&self.path)
            .iter()
            .filter_map(|path| super::backup::describe_quickly(path).ok())
            .collect())
    }

    fn location(&self) -> Option<&Path> {
        Some(&self.path)
    }

    fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn quick_check(&self) -> super::Result<Vec<String>> {
        let walked: rusqlite::Result<Vec<String>> = (|| {
            let mut statement = self.conn.prepare("PRAGMA quick_check")?;
            let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
            rows.collect()
        })();
        match walked {
            Ok(lines) => Ok(lines.into_iter().filter(|line| line != "ok").collect()),
            // Damage bad enough that SQLite refuses to walk the file is a finding.
            Err(error) if is_corrupt(&error) => Ok(vec![error.to_string()]),
            Err(error) => Err(StoreError::from(Error::from(error))),
        }
    }

    fn backups_kept(&self) -> usize {
        // A file not yet migrated to the setting keeps the default.
        self.conn
            .query_row(
                "SELECT backups_kept FROM portfolio WHERE id = 1",
                [],
                |row| row.get::<_, i64>(0),
            )
            .ok()
            .and_then(|kept| usize::try_from(kept).ok())
            .filter(|kept| *kept >= 1)
            .unwrap_or(super::backup::KEEP)
    }

    fn data_version(&self) -> super::Result<i64> {
        self.conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))
            .map_err(|error| StoreError::from(Error::from(error)))
    }

    fn checkpoint(&self) -> super::Result<()> {
        self.conn
            .execute_batch("PRAGMA wal_checkpoint(TRUNCATE);")
            .map_err(|error| StoreError::from(Error::from(error)))
    }
}

#[cfg(test)]
mod tests {
    use super::in_lists_as_comparisons;

    #[test]
    fn lists_of_values_become_comparisons_and_nothing_else_changes() {
        assert_eq!(
            in_lists_as_comparisons(
                "kind TEXT NOT NULL CHECK (kind IN ('pilot', 'living_lab', 'experiment')),"
            ),
            "kind TEXT NOT NULL CHECK ((kind = 'pilot' OR kind = 'living_lab' OR kind = 'experiment')),"
        );
        assert_eq!(
            in_lists_as_comparisons(
                "CHECK (criterion IN ('a',\n        'b')), x CHECK (level IN ('low'))"
            ),
            "CHECK ((criterion = 'a' OR criterion = 'b')), x CHECK ((level = 'low'))"
        );
        for unchanged in [
            "CHECK (is_demo IN (0, 1))",
            "CHECK (kind NOT IN ('a', 'b'))",
            "CHECK (name IN ('it''s', 'b'))",
            "CHECK (kind IN ('a', other))",
            "no list at all",
        ] {
            assert_eq!(in_lists_as_comparisons(unchanged), unchanged);
        }
    }
}
