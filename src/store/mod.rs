//! The store: the only module with SQL. It opens a portfolio database (creating it from
//! `schema.sql` when new), migrates it by `PRAGMA user_version`, maps rows to domain types
//! and runs every user action as one `BEGIN IMMEDIATE` transaction.
//!
//! No rusqlite type leaks out of this module: its API speaks domain types only, so a
//! server database can sit behind the same API later.

mod read;
mod write;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, OpenFlags};

pub use read::load_portfolio_from;

/// Marks a SQLite file as a Proeftuin portfolio (`PRAGMA application_id`, "PRTN").
pub const APPLICATION_ID: i32 = 0x5052_544E;

/// The schema versions, in order: index + 1 is the `user_version` after applying it.
const MIGRATIONS: &[&str] = &[include_str!("../../schema.sql")];

/// The schema version this build writes.
pub const SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// What can go wrong with the portfolio file. Messages say what failed and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{path}: this is not a Proeftuin portfolio (it is {what}). Choose another file or start a new portfolio."
    )]
    NotAPortfolio { path: PathBuf, what: String },
    #[error(
        "{path}: the portfolio was made by a newer Proeftuin (schema version {found}, this version knows up to {known}). Update Proeftuin to open it."
    )]
    TooNew {
        path: PathBuf,
        found: i32,
        known: i32,
    },
    #[error("{path}: cannot open the portfolio: {source}")]
    Open {
        path: PathBuf,
        source: rusqlite::Error,
    },
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "'{name}' was changed elsewhere since you opened it (for example in another window). Reload and make your change again."
    )]
    Conflict { name: String },
    #[error("the initiative no longer exists (it was deleted elsewhere)")]
    Missing,
    #[error("the change '{from} → {to}' is not an allowed phase change")]
    PhaseChangeNotAllowed { from: String, to: String },
    #[error("the database refused the change: {0}")]
    Database(#[from] rusqlite::Error),
    #[error("cancelled; nothing was written")]
    Cancelled,
    #[error("there is no snapshot {0:?}")]
    NoSnapshot(String),
    #[error("a snapshot labelled {0:?} already exists; choose another label")]
    SnapshotExists(String),
}

/// What an import writes, all in one transaction.
#[derive(Debug, Clone, Default)]
pub struct ImportBatch {
    /// Replace the whole portfolio (an import into an empty one, keeping ids).
    pub replace: Option<crate::domain::Portfolio>,
    /// New initiatives (their ids are assigned by the store).
    pub create: Vec<crate::domain::Initiative>,
    /// Existing initiatives, complete, by id (their row version is ignored: the import
    /// was previewed against the current data and wins).
    pub update: Vec<crate::domain::Initiative>,
    /// Also replace the updated initiatives' phase history (a lossless JSON import).
    pub replace_history: bool,
    /// Departments to add when missing.
    pub departments: Vec<crate::domain::Department>,
}

impl ImportBatch {
    pub fn len(&self) -> usize {
        self.replace
            .as_ref()
            .map_or(0, |portfolio| portfolio.initiatives.len())
            + self.create.len()
            + self.update.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0 && self.departments.is_empty()
    }
}

/// A stored snapshot, without its content.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct SnapshotEntry {
    pub id: i64,
    pub label: String,
    pub taken_on: chrono::NaiveDate,
    pub created_at: String,
    pub initiatives: usize,
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// An open portfolio database.
pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Bumped on every committed change; caches compare it to know they are stale.
    generation: u64,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .field("generation", &self.generation)
            .finish()
    }
}

impl Store {
    /// Open the portfolio at `path`, creating it (readable by its owner only) when it does
    /// not exist or is an empty file. Another program's file is refused untouched.
    pub fn open(path: &Path) -> Result<Self> {
        let is_new = match std::fs::metadata(path) {
            Ok(meta) => meta.len() == 0,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                create_private_file(path)?;
                true
            }
            Err(source) => {
                return Err(StoreError::Io {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        if !is_new {
            // Identify the file read-only first, so a foreign file is never touched.
            identify(path)?;
        }
        let conn = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )
        .map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        configure(&conn).map_err(|source| StoreError::Open {
            path: path.to_path_buf(),
            source,
        })?;
        let mut store = Store {
            conn,
            path: path.to_path_buf(),
            generation: 0,
        };
        store.migrate()?;
        Ok(store)
    }

    /// An in-memory portfolio (for tests and benchmarks).
    pub fn open_in_memory() -> Result<Self> {
        let conn = Connection::open_in_memory()?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")?;
        let mut store = Store {
            conn,
            path: PathBuf::from(":memory:"),
            generation: 0,
        };
        store.migrate()?;
        Ok(store)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    fn bump(&mut self) {
        self.generation += 1;
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
            });
        }
        if version == SCHEMA_VERSION {
            return Ok(());
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        for (index, migration) in MIGRATIONS
            .iter()
            .enumerate()
            .skip(usize::try_from(version).unwrap_or(0))
        {
            tx.execute_batch(migration)?;
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

fn configure(conn: &Connection) -> rusqlite::Result<()> {
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    // WAL for readers beside a writer; FULL so the last commit survives power loss.
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;",
    )?;
    Ok(())
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
    options
        .open(path)
        .map(drop)
        .map_err(|source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        })
}

/// Open read-only (never changing the file) and tell whether it is a Proeftuin portfolio.
fn identify(path: &Path) -> Result<Connection> {
    let not_a_portfolio = |what: &str| StoreError::NotAPortfolio {
        path: path.to_path_buf(),
        what: what.to_string(),
    };
    let header = read_header(path)?;
    if header.is_empty() {
        return Err(not_a_portfolio("an empty file"));
    }
    if !header.starts_with(b"SQLite format 3\0") {
        return Err(not_a_portfolio("not a SQLite database"));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|source| StoreError::Open {
        path: path.to_path_buf(),
        source,
    })?;
    let application_id: i32 = conn
        .query_row("PRAGMA application_id", [], |row| row.get(0))
        .map_err(|_| not_a_portfolio("an unreadable or damaged SQLite database"))?;
    if application_id != APPLICATION_ID {
        return Err(not_a_portfolio("another program's SQLite database"));
    }
    let version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if version > SCHEMA_VERSION {
        return Err(StoreError::TooNew {
            path: path.to_path_buf(),
            found: version,
            known: SCHEMA_VERSION,
        });
    }
    Ok(conn)
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

/// The outcome of `proeftuin check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    pub schema_version: i32,
    pub integrity: Vec<String>,
    pub foreign_key_violations: usize,
    pub initiatives: usize,
}

impl CheckReport {
    pub fn is_ok(&self) -> bool {
        self.schema_version == SCHEMA_VERSION
            && self.integrity.is_empty()
            && self.foreign_key_violations == 0
    }
}

/// Check a portfolio file without changing a byte of it: that it is a Proeftuin
/// portfolio of a known schema version, SQLite's integrity check, and foreign keys.
pub fn check_file(path: &Path) -> Result<CheckReport> {
    if !path.exists() {
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "the file does not exist"),
        });
    }
    let conn = identify(path)?;
    let schema_version: i32 = conn.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    let mut integrity = Vec::new();
    {
        let mut statement = conn.prepare("PRAGMA integrity_check")?;
        let rows = statement.query_map([], |row| row.get::<_, String>(0))?;
        for row in rows {
            let line = row?;
            if line != "ok" {
                integrity.push(line);
            }
        }
    }
    let foreign_key_violations = {
        let mut statement = conn.prepare("PRAGMA foreign_key_check")?;
        let mut rows = statement.query([])?;
        let mut count = 0;
        while rows.next()?.is_some() {
            count += 1;
        }
        count
    };
    let initiatives: i64 =
        conn.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
    Ok(CheckReport {
        schema_version,
        integrity,
        foreign_key_violations,
        initiatives: usize::try_from(initiatives).unwrap_or(0),
    })
}

/// Whether `path` lies on a network file system (where SQLite's WAL is unsafe).
/// Reads /proc/mounts on Linux; elsewhere answers `false`.
pub fn is_on_network_share(path: &Path) -> bool {
    let Ok(mounts) = std::fs::read_to_string("/proc/mounts") else {
        return false;
    };
    let absolute = std::fs::canonicalize(path)
        .or_else(|_| {
            path.parent()
                .map_or_else(std::env::current_dir, std::fs::canonicalize)
        })
        .unwrap_or_else(|_| path.to_path_buf());
    let mut best: Option<(usize, &str)> = None;
    for line in mounts.lines() {
        let mut fields = line.split_whitespace();
        let (Some(_device), Some(mount_point), Some(fs_type)) =
            (fields.next(), fields.next(), fields.next())
        else {
            continue;
        };
        if absolute.starts_with(mount_point)
            && best.is_none_or(|(length, _)| mount_point.len() > length)
        {
            best = Some((mount_point.len(), fs_type));
        }
    }
    best.is_some_and(|(_, fs_type)| {
        matches!(
            fs_type,
            "nfs" | "nfs4" | "cifs" | "smbfs" | "smb3" | "fuse.sshfs" | "9p" | "afs" | "ncpfs"
        )
    })
}
