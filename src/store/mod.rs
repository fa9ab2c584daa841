//! The store: where the portfolio is kept. Its public surface speaks only domain and std
//! types; the one backend today is SQLite (`sqlite`, the only module with SQL), behind
//! the [`Store`] trait that the store worker, the CLI and the tests use. A server
//! backend implements the same trait (see `docs/architecture.md`, "Adding a store
//! backend"). Every user action is one transaction; every write names the row version it
//! read, so a change made elsewhere in between is refused as a conflict.

pub mod backup;
/// An initiative's eight scaling-readiness ratings as columns of its own row (a file's
/// schema version 9, a server's 6), in the order of `Criterion::ALL`: `rating_` and the
/// criterion's id. A literal, so that statements can be put together with `concat!`.
macro_rules! rating_columns {
    () => {
        "rating_public_value, rating_ethics_privacy, rating_structural_funding, \
         rating_knowledge_capacity, rating_ownership, rating_integration_standards, \
         rating_regulation, rating_collaboration_adoption"
    };
}
pub(crate) use rating_columns;
mod load;
mod ops;
mod server;
mod sqlite;

use std::path::{Path, PathBuf};

use crate::domain::{
    Department, ImportBatch, Initiative, InitiativeId, PhaseChange, Portfolio, PortfolioSettings,
};
use crate::i18n::Message;

pub use server::{PgStore, SERVER_SCHEMA_VERSION, ServerAddress, is_server_address};
pub use sqlite::{
    APPLICATION_ID, SCHEMA_VERSION, SqliteStore, check_file, identify_file, open_read_only_count,
};

/// What can go wrong with the portfolio. Messages say what failed and what to do.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error(
        "{path}: this is not a Proeftuin portfolio (it is {what:?}). Choose another file or start a new portfolio."
    )]
    NotAPortfolio { path: PathBuf, what: ForeignFile },
    #[error(
        "{path}: the portfolio was made by a newer Proeftuin (schema version {found}, this version knows up to {known}). Update Proeftuin to open it."
    )]
    TooNew {
        path: PathBuf,
        found: i32,
        known: i32,
    },
    #[error("{path}: cannot open the portfolio: {reason}")]
    Open { path: PathBuf, reason: String },
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
    /// A target spread (over the quadrants, or the management models) that does not add
    /// up to 100 %. `spread` is `quadrants` or `models`; `total` in basis points.
    #[error(
        "the target spread over the {spread} adds up to {total} basis points, not 10,000 (100 %); nothing was written"
    )]
    TargetsDoNotAddUp { spread: &'static str, total: u32 },
    /// A shared portfolio of an older schema version that this login may not bring up to
    /// date (only the owner of its tables may).
    #[error(
        "{server}: this shared portfolio has schema version {found} and this Proeftuin needs version {known}; only the owner of its tables can bring it up to date: ask IT to open it once with this version as its owner (docs/shared-portfolio.md)"
    )]
    ServerNeedsUpdate {
        server: String,
        found: i32,
        known: i32,
    },
    /// The settings were changed elsewhere since they were read.
    #[error("the settings were changed elsewhere since you opened them; nothing was written")]
    SettingsChanged,
    /// A department's starting position was changed elsewhere since it was read.
    #[error("department '{name}' was changed elsewhere since you opened it; nothing was written")]
    DepartmentChanged { name: String },
    /// Restoring an initiative that is not in the trash (it was emptied, or restored
    /// elsewhere).
    #[error("initiative {0} is not in the trash (any more)")]
    NotInTrash(InitiativeId),
    #[error("moving from {from} to {to} is not an allowed phase change")]
    PhaseChangeNotAllowed { from: String, to: String },
    /// The database refused a statement; the database's own words.
    #[error("database error (reading or writing): {0}")]
    Database(String),
    #[error("cancelled; nothing was written")]
    Cancelled,
    /// An import was previewed against data that changed since.
    #[error("the portfolio was changed elsewhere since the preview; nothing was written")]
    ChangedSincePreview,
    /// Another program holds the file (SQLite busy or locked): not damage.
    #[error("{path}: the portfolio is busy: another program is writing it. Try again in a moment.")]
    Busy { path: PathBuf },
    /// The integrity check found damage; nothing was written.
    #[error("{path}: the portfolio failed its integrity check")]
    Damaged { path: PathBuf, details: Vec<String> },
    /// The file cannot be written (its permissions, a read-only medium or share).
    #[error("{path}: the portfolio is read-only here; nothing was written")]
    ReadOnly { path: PathBuf },
    /// A read-only file of an older version cannot be brought up to date.
    #[error(
        "{path}: the portfolio is read-only and was made by an older Proeftuin; copy it to a folder where you may write, then open the copy"
    )]
    ReadOnlyAndOlder { path: PathBuf },
    /// The server cannot be reached (down, unreachable, refused the login): not damage.
    #[error("cannot reach the server {server}: {reason}")]
    Server { server: String, reason: String },
    /// A viewer's login on a shared portfolio: it may read, not change.
    #[error(
        "{server}: your login may read this shared portfolio but not change it; nothing was written"
    )]
    ViewerOnly { server: String },
    /// The connection to the server was lost (the server stopped, the network went).
    #[error("the connection to the server {server} was lost")]
    ServerLost { server: String },
    /// The database has no portfolio and this user may not create one.
    #[error(
        "{server}: the database holds no Proeftuin portfolio yet, and you may not create one; ask IT to prepare it (docs/shared-portfolio.md)"
    )]
    NoPortfolioOnServer { server: String },
    /// Backups of a shared portfolio are the server's (pg_dump).
    #[error(
        "{server}: a shared portfolio is backed up on the server (pg_dump, docs/shared-portfolio.md); use `proeftuin copy` for a copy in a file"
    )]
    BackupOnServer { server: String },
    /// What only a portfolio file has (its integrity check, backups beside it).
    #[error("{server}: this works on a portfolio file, not on a shared portfolio")]
    FileOnly { server: String },
    /// A copy into a portfolio that already holds something.
    #[error(
        "{target}: the target already holds a portfolio ({initiatives} initiatives, {snapshots} snapshots); add --replace to overwrite it"
    )]
    TargetNotEmpty {
        target: String,
        initiatives: usize,
        snapshots: usize,
    },
    #[error("there is no snapshot {0:?}")]
    NoSnapshot(String),
    #[error("a snapshot labelled {0:?} already exists; choose another label")]
    SnapshotExists(String),
}

/// What a file that is not a portfolio turned out to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForeignFile {
    /// A folder, a device or a pipe.
    NotAFile,
    Empty,
    NotSqlite,
    Damaged,
    OtherProgram,
}

impl StoreError {
    /// What went wrong, to be put in the user's language.
    pub fn message(&self) -> Message {
        let path = |path: &Path| path.display().to_string();
        match self {
            StoreError::NotAPortfolio { path: file, what } => {
                let what = match what {
                    ForeignFile::NotAFile => "store-what-not-a-file",
                    ForeignFile::Empty => "store-what-empty",
                    ForeignFile::NotSqlite => "store-what-not-sqlite",
                    ForeignFile::Damaged => "store-what-damaged",
                    ForeignFile::OtherProgram => "store-what-other-program",
                };
                Message::new("store-not-a-portfolio")
                    .with("path", path(file))
                    .with_message("what", Message::new(what))
            }
            StoreError::TooNew {
                path: file,
                found,
                known,
            } => Message::new("store-too-new")
                .with("path", path(file))
                .with_number("found", *found)
                .with_number("known", *known),
            StoreError::Open { path: file, reason } => Message::new("store-open")
                .with("path", path(file))
                .with("reason", reason.clone()),
            StoreError::Io { path: file, source } => Message::new("store-io")
                .with("path", path(file))
                .with_message("reason", crate::i18n::io_reason(source)),
            StoreError::Conflict { name } => {
                Message::new("store-conflict").with("name", name.clone())
            }
            StoreError::Missing => Message::new("store-missing"),
            StoreError::SettingsChanged => Message::new("store-settings-changed"),
            StoreError::DepartmentChanged { name } => {
                Message::new("store-department-changed").with("name", name.clone())
            }
            StoreError::NotInTrash(id) => Message::new("store-not-in-trash").with_number("id", *id),
            StoreError::PhaseChangeNotAllowed { from, to } => Message::new("store-phase-change")
                .with_name("from", "phase", from)
                .with_name("to", "phase", to),
            StoreError::Database(reason) => {
                Message::new("store-database").with("reason", reason.clone())
            }
            StoreError::Cancelled => Message::new("store-cancelled"),
            StoreError::ChangedSincePreview => Message::new("store-changed-since-preview"),
            StoreError::Busy { path: file } => Message::new("store-busy").with("path", path(file)),
            StoreError::Damaged {
                path: file,
                details,
            } => Message::new("store-damaged")
                .with("path", path(file))
                .with("details", details.join("; ")),
            StoreError::ReadOnly { path: file } => {
                Message::new("store-read-only").with("path", path(file))
            }
            StoreError::ReadOnlyAndOlder { path: file } => {
                Message::new("store-read-only-older").with("path", path(file))
            }
            StoreError::Server { server, reason } => Message::new("store-server")
                .with("server", server.clone())
                .with("reason", reason.clone()),
            StoreError::ViewerOnly { server } => {
                Message::new("store-viewer-only").with("server", server.clone())
            }
            StoreError::ServerLost { server } => {
                Message::new("store-server-lost").with("server", server.clone())
            }
            StoreError::NoPortfolioOnServer { server } => {
                Message::new("store-no-portfolio-on-server").with("server", server.clone())
            }
            StoreError::BackupOnServer { server } => {
                Message::new("store-backup-on-server").with("server", server.clone())
            }
            StoreError::TargetsDoNotAddUp { spread, total } => {
                Message::new("store-targets-do-not-add-up")
                    .with("spread", (*spread).to_string())
                    .with_number("total", *total as usize)
            }
            StoreError::ServerNeedsUpdate {
                server,
                found,
                known,
            } => Message::new("store-server-needs-update")
                .with("server", server.clone())
                .with("found", found.to_string())
                .with("known", known.to_string()),
            StoreError::FileOnly { server } => {
                Message::new("store-file-only").with("server", server.clone())
            }
            StoreError::TargetNotEmpty {
                target,
                initiatives,
                snapshots,
            } => Message::new("store-target-not-empty")
                .with("target", target.clone())
                .with_number("initiatives", *initiatives)
                .with_number("snapshots", *snapshots),
            StoreError::NoSnapshot(label) => {
                Message::new("store-no-snapshot").with("label", label.clone())
            }
            StoreError::SnapshotExists(label) => {
                Message::new("store-snapshot-exists").with("label", label.clone())
            }
        }
    }
}

pub type Result<T, E = StoreError> = std::result::Result<T, E>;

/// A snapshot to keep: its JSON document, and how many initiatives that holds (kept
/// beside it, so that listing the snapshots does not read the documents).
#[derive(Debug, Clone, Copy)]
pub struct NewSnapshot<'a> {
    pub label: &'a str,
    pub taken_on: chrono::NaiveDate,
    /// The document's format version (`exchange::json::VERSION`).
    pub format_version: u32,
    pub content: &'a str,
    pub initiatives: usize,
    /// What a comparison reads of the portfolio (`exchange::snapshot::Digest`'s text),
    /// kept beside the document, and the version it was written with.
    pub digest: &'a str,
    pub digest_version: u32,
}

/// A snapshot as read for a comparison: its digest when one of the version asked for is
/// kept, otherwise its document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SnapshotForComparison {
    pub entry: SnapshotEntry,
    pub text: String,
    /// Whether `text` is the digest (otherwise it is the JSON document).
    pub is_digest: bool,
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

/// What a line of the audit log records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuditAction {
    /// A new initiative (typed in, or put back by a redo).
    Created,
    /// One field of an initiative, old → new.
    Changed,
    /// A gate decision: the phase, old → new, and the decision.
    Phase,
    /// Moved to the trash.
    Deleted,
    /// Put back from the trash.
    Restored,
    /// Written by an import; `source` names the file.
    Imported,
    /// One portfolio setting, old → new.
    Settings,
    /// A department's starting position, old → new.
    Department,
    /// The whole portfolio replaced (the demo, `demo --force`).
    Replaced,
    /// The trash emptied; `new` is how many initiatives it held.
    EmptiedTrash,
    /// A backup put back as the portfolio; `source` names it. (The log before the
    /// restore is in the backup taken just before it.)
    BackupRestored,
}

impl AuditAction {
    pub const ALL: [AuditAction; 11] = [
        AuditAction::Created,
        AuditAction::Changed,
        AuditAction::Phase,
        AuditAction::Deleted,
        AuditAction::Restored,
        AuditAction::Imported,
        AuditAction::Settings,
        AuditAction::Department,
        AuditAction::Replaced,
        AuditAction::EmptiedTrash,
        AuditAction::BackupRestored,
    ];

    /// The stable id, as stored and exported.
    pub fn id(self) -> &'static str {
        match self {
            AuditAction::Created => "created",
            AuditAction::Changed => "changed",
            AuditAction::Phase => "phase",
            AuditAction::Deleted => "deleted",
            AuditAction::Restored => "restored",
            AuditAction::Imported => "imported",
            AuditAction::Settings => "settings",
            AuditAction::Department => "department",
            AuditAction::Replaced => "replaced",
            AuditAction::EmptiedTrash => "emptied_trash",
            AuditAction::BackupRestored => "backup_restored",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|action| action.id() == id)
    }
}

/// One line of the audit log: who changed what, when.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AuditEntry {
    pub id: i64,
    /// When, in UTC.
    pub at: chrono::NaiveDateTime,
    /// The operating-system user (for a server portfolio: the database user).
    pub user: String,
    pub initiative_id: Option<InitiativeId>,
    /// The initiative's or department's name; empty for the settings.
    pub subject: String,
    pub action: AuditAction,
    /// The field's stable id (see `domain::Fielded`); empty for a whole record.
    pub field: String,
    pub old: String,
    pub new: String,
    /// The imported file, or the gate decision.
    pub source: String,
}

/// Which lines of the audit log to read.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// Only this initiative's lines.
    pub initiative: Option<InitiativeId>,
    /// Only lines from this day on (UTC).
    pub since: Option<chrono::NaiveDate>,
}

/// An initiative in the trash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashEntry {
    pub id: InitiativeId,
    pub name: String,
    /// When, in UTC.
    pub deleted_at: chrono::NaiveDateTime,
    pub deleted_by: String,
}

/// A snapshot as kept, with its document (for a copy to another backend).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredSnapshot {
    pub id: i64,
    pub label: String,
    pub taken_on: chrono::NaiveDate,
    /// When it was taken, in UTC.
    pub created_at: chrono::NaiveDateTime,
    pub format_version: u32,
    /// How many initiatives its document holds.
    pub initiatives: usize,
    pub content: String,
    /// Its digest for comparisons and the digest's version, when one was kept.
    pub digest: Option<(u32, String)>,
}

/// An initiative in the trash, with what it carried (its JSON).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrashedInitiative {
    pub entry: TrashEntry,
    pub content: String,
}

/// Everything a portfolio holds: what `proeftuin copy` moves between a file and a
/// server, with nothing lost.
#[derive(Debug, Clone, PartialEq)]
pub struct Everything {
    pub portfolio: Portfolio,
    /// Oldest first.
    pub snapshots: Vec<StoredSnapshot>,
    pub trash: Vec<TrashedInitiative>,
    /// Oldest first.
    pub audit: Vec<AuditEntry>,
    /// The highest initiative id ever given (ids are never given twice).
    pub last_id: i64,
    /// When the portfolio was made, in UTC.
    pub created_at: chrono::NaiveDateTime,
    /// The peer library.
    pub peers: Vec<crate::domain::PeerCase>,
}

/// Where a portfolio is kept: a file on this computer or a database on a server.
#[derive(Debug, Clone, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Location {
    File(PathBuf),
    Server(ServerAddress),
}

impl Location {
    /// A `postgres://` or `postgresql://` address names a server; anything else a file.
    /// (A password in an address is left out here; `open_with_password` takes one.)
    pub fn parse(text: &str) -> std::result::Result<Self, String> {
        if is_server_address(text) {
            ServerAddress::parse(text).map(|(address, _)| Location::Server(address))
        } else {
            Ok(Location::File(PathBuf::from(text)))
        }
    }

    /// The file, for what only a file has.
    pub fn file(&self) -> Option<&Path> {
        match self {
            Location::File(path) => Some(path),
            Location::Server(_) => None,
        }
    }

    /// What to show: the file's path, or "database @ server:port".
    pub fn describe(&self) -> String {
        match self {
            Location::File(path) => path.display().to_string(),
            Location::Server(address) => address.describe(),
        }
    }

    /// A short name: the file's name, or the database's.
    pub fn short_name(&self) -> String {
        match self {
            Location::File(path) => path
                .file_name()
                .map(|name| name.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string()),
            Location::Server(address) => address.describe(),
        }
    }

    /// As the user writes it (`--db`, the recent list).
    pub fn as_text(&self) -> String {
        match self {
            Location::File(path) => path.display().to_string(),
            Location::Server(address) => address.as_str().to_string(),
        }
    }
}

impl std::str::FromStr for Location {
    type Err = String;

    fn from_str(text: &str) -> std::result::Result<Self, String> {
        Location::parse(text)
    }
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

/// Who is making changes: the operating-system user (for the audit log).
pub fn os_user() -> String {
    ["USER", "LOGNAME", "USERNAME"]
        .iter()
        .find_map(|name| {
            std::env::var(name)
                .ok()
                .filter(|user| !user.trim().is_empty())
        })
        .or_else(|| whoami::username().ok())
        .unwrap_or_else(|| "?".to_string())
}

/// The outcome of `proeftuin check`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckReport {
    pub schema_version: i32,
    /// The version this build writes (the file's and the server's are numbered apart).
    pub expected_version: i32,
    pub integrity: Vec<String>,
    pub foreign_key_violations: usize,
    pub initiatives: usize,
}

impl CheckReport {
    /// Sound: whole, its references kept, and of a version this build reads (an older
    /// one is brought up to date when the portfolio is opened, after a backup of it).
    pub fn is_ok(&self) -> bool {
        (1..=self.expected_version).contains(&self.schema_version)
            && self.integrity.is_empty()
            && self.foreign_key_violations == 0
    }

    /// Made by an older Proeftuin: opening it brings it up to date.
    pub fn is_older(&self) -> bool {
        (1..self.expected_version).contains(&self.schema_version)
    }
}

/// An open portfolio. Each method is one transaction: it happens whole or not at all.
pub trait Store: Send + std::fmt::Debug {
    /// The whole portfolio, as one consistent picture.
    fn load_portfolio(&self) -> Result<Portfolio>;
    /// The initiatives in id order with at least the fields of their own row and their
    /// themes, as `proeftuin list` prints them; a backend may leave out the rest (child
    /// lists, ratings) to be faster. By default the whole load's.
    /// The whole portfolio without its free texts, for `figures::summarize` alone
    /// (`proeftuin summary`): every description, person's name (owner, contact, a
    /// partner, a gate's decider), note, reason, condition, rationale and link left
    /// empty, which the summary does not read. By default the whole load.
    fn load_for_summary(&self) -> Result<Portfolio> {
        self.load_portfolio()
    }

    /// What a comparison of the live portfolio with a snapshot reads
    /// (`exchange::snapshot::Digest::taking`): the settings, the self-assessments, and
    /// each initiative with only its id, name, phase, readiness ratings, budget lines and
    /// health reports, every other field left empty. For a comparison only; by default
    /// the whole load.
    fn load_for_comparison(&self) -> Result<Portfolio> {
        self.load_portfolio()
    }
    fn load_register(&self) -> Result<Vec<Initiative>> {
        Ok(self.load_portfolio()?.initiatives)
    }
    /// One initiative as stored (after a write, to show exactly what was saved).
    fn load_initiative(&self, id: InitiativeId) -> Result<Option<Initiative>>;
    /// Store a new initiative with everything it carries (history included); returns it
    /// with its new id and row version. A non-zero `id` is kept (used to undo a delete).
    fn insert_initiative(&mut self, initiative: &Initiative) -> Result<Initiative>;
    /// Replace a stored initiative; refused as a conflict when its row version is not the
    /// stored one.
    fn update_initiative(&mut self, initiative: &Initiative) -> Result<Initiative>;
    /// Record a gate decision and move the initiative to its phase.
    fn change_phase(
        &mut self,
        id: InitiativeId,
        row_version: i64,
        change: &PhaseChange,
    ) -> Result<()>;
    /// Put an initiative back as it was (undo and redo): its fields, lists and phase
    /// history become `state`'s; refused as a conflict when its row version is not the
    /// stored one.
    fn revert_initiative(&mut self, state: &Initiative) -> Result<Initiative>;
    /// Move an initiative still at `row_version` to the trash; a change made elsewhere in
    /// between is a conflict.
    fn delete_initiative(&mut self, id: InitiativeId, row_version: i64) -> Result<()>;
    /// Put an initiative back from the trash, under its own id and with its history.
    fn restore_from_trash(&mut self, id: InitiativeId) -> Result<Initiative>;
    /// The initiatives in the trash, most recently deleted first.
    fn trash(&self) -> Result<Vec<TrashEntry>>;
    /// Empty the trash for good; returns how many initiatives it held.
    fn empty_trash(&mut self) -> Result<usize>;
    /// Save the settings, when the stored ones are still `base` (what the user read);
    /// otherwise `StoreError::SettingsChanged` and nothing is written.
    fn save_settings(
        &mut self,
        base: &PortfolioSettings,
        settings: &PortfolioSettings,
    ) -> Result<()>;
    /// Save the departments' starting positions (new names are added). Each department
    /// the user changed must still be as in `base`; otherwise
    /// `StoreError::DepartmentChanged` and nothing is written.
    fn save_departments(&mut self, base: &[Department], departments: &[Department]) -> Result<()>;
    /// The audit log, oldest first.
    fn audit(&self, filter: AuditFilter) -> Result<Vec<AuditEntry>>;
    /// Record in the audit log that the backup `from` was put back as this portfolio.
    fn record_backup_restored(&mut self, from: &str) -> Result<()>;
    /// Write an import: all or nothing. `progress` is called after each initiative with
    /// the number written; when it returns `false` (the user cancelled) nothing is written.
    fn apply_import(
        &mut self,
        batch: &ImportBatch,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> Result<()>;
    /// Replace everything with `portfolio`, keeping its ids (the demo, a restore).
    fn replace_portfolio(&mut self, portfolio: &Portfolio) -> Result<()>;
    fn list_snapshots(&self) -> Result<Vec<SnapshotEntry>>;
    /// A snapshot by id or label, with its content (the JSON document).
    fn load_snapshot(&self, id_or_label: &str) -> Result<(SnapshotEntry, String)>;
    /// A snapshot by id or label as a comparison reads it: its digest when one of
    /// `digest_version` is kept (a tenth of the document), otherwise its document.
    fn load_snapshot_for_comparison(
        &self,
        id_or_label: &str,
        digest_version: u32,
    ) -> Result<SnapshotForComparison>;
    /// Keep a snapshot; returns its id.
    fn create_snapshot(&mut self, snapshot: NewSnapshot<'_>) -> Result<i64>;
    /// Keep `digest` (of `version`) beside snapshot `id`, in place of any it had: for a
    /// snapshot taken before the digests, once a comparison has read its document.
    fn keep_snapshot_digest(&mut self, id: i64, version: u32, digest: &str) -> Result<()>;
    fn delete_snapshot(&mut self, id: i64) -> Result<()>;
    /// Keep a self-assessment of the five activities; the one of its date is replaced.
    fn save_assessment(&mut self, assessment: &crate::domain::SelfAssessment) -> Result<()>;
    /// Remove the self-assessment of a date; whether there was one.
    fn delete_assessment(&mut self, on: chrono::NaiveDate) -> Result<bool>;
    /// The peer library (other municipalities' cases, kept apart from the portfolio), by
    /// organisation, then name.
    fn peer_cases(&self) -> Result<Vec<crate::domain::PeerCase>>;
    /// Add peer cases to the library, or update those it has (by key): all or nothing;
    /// returns (added, updated). `source` (the file) goes into the audit log.
    fn import_peer_cases(
        &mut self,
        cases: &[crate::domain::PeerCase],
        source: &str,
    ) -> Result<(usize, usize)>;
    /// Everything the portfolio holds, as one consistent picture (for a copy).
    fn everything(&self) -> Result<Everything>;
    /// Replace everything with `everything` (a copy from another portfolio), ids,
    /// moments and the audit log kept as they were: one transaction.
    fn put_everything(&mut self, everything: &Everything) -> Result<()>;
    /// Write a consistent copy of the whole portfolio to the new file `target` (a backup).
    fn copy_to(&self, target: &Path) -> Result<()>;
    /// Move everything from the journal into the file itself (before the file is replaced).
    fn checkpoint(&self) -> Result<()>;
    /// Take a verified backup now (the rolling set keeps the newest `backup::KEEP`).
    fn take_backup(&self, occasion: backup::Occasion) -> Result<backup::Backup>;
    /// Take the day's backup when none was taken today.
    fn take_daily_backup(&self) -> Result<Option<backup::Backup>>;
    /// The backups of this portfolio, newest first (each opened to count it; the full
    /// integrity check runs when one is restored).
    fn backups(&self) -> Result<Vec<backup::Backup>>;
    /// How many rolling backups the portfolio keeps (its setting; the default before the
    /// setting existed).
    fn backups_kept(&self) -> usize;
    /// Whether the portfolio can only be read here (a read-only file; for a server, a
    /// viewer's role). Every write is then refused as `StoreError::ReadOnly`.
    fn is_read_only(&self) -> bool;
    /// SQLite's quick check (for a server: nothing to check); empty when sound.
    fn quick_check(&self) -> Result<Vec<String>>;
    /// The portfolio's file (for a backend that keeps one).
    fn location(&self) -> Option<&Path>;
    /// Where the portfolio is: its file, or its server and database.
    fn address(&self) -> Location;
    /// Who the audit log records for this connection's changes (the operating-system
    /// user for a file, the database user for a server).
    fn user(&self) -> &str;
    /// A number that changes when another connection (another window, process or user)
    /// commits a change; this connection's own writes leave it as it is. Cheap to poll.
    fn data_version(&self) -> Result<i64>;
}

/// Open the portfolio file at `path` (created, readable by its owner only, when it does
/// not exist). Another program's file is refused untouched.
pub fn open(path: &Path) -> Result<Box<dyn Store>> {
    Ok(Box::new(SqliteStore::open(path)?))
}

/// Open the portfolio at `location`: a file (as [`open`]) or a shared portfolio on a
/// server.
pub fn open_location(location: &Location) -> Result<Box<dyn Store>> {
    open_with_password(location, None)
}

/// As [`open_location`], with a password for a server typed in for this session only
/// (never kept).
pub fn open_with_password(location: &Location, password: Option<&str>) -> Result<Box<dyn Store>> {
    match location {
        Location::File(path) => open(path),
        Location::Server(address) => Ok(Box::new(PgStore::open(address, password)?)),
    }
}

/// Copy everything from `source` into `target`: refused when the target already holds
/// initiatives, snapshots or deleted initiatives, unless `replace`. Returns what was
/// copied.
pub fn copy_portfolio(
    source: &dyn Store,
    target: &mut dyn Store,
    replace: bool,
) -> Result<Everything> {
    if !replace {
        let initiatives = target.load_portfolio()?.initiatives.len();
        let snapshots = target.list_snapshots()?.len();
        let trash = target.trash()?.len();
        if initiatives + snapshots + trash > 0 {
            return Err(StoreError::TargetNotEmpty {
                target: target.address().describe(),
                initiatives,
                snapshots,
            });
        }
    }
    let everything = source.everything()?;
    target.put_everything(&everything)?;
    // Read back: what arrived is what left, or the copy says so.
    if target.everything()? != everything {
        return Err(StoreError::Database(format!(
            "the copy in {} differs from the original when read back",
            target.address().describe()
        )));
    }
    Ok(everything)
}

/// Check a portfolio without changing it: a file as [`check_file`] does; a shared
/// portfolio by its schema version and what it holds (the server enforces its keys and
/// rules itself, so there is no damage a client could find).
pub fn check_location(location: &Location) -> Result<CheckReport> {
    match location {
        Location::File(path) => check_file(path),
        Location::Server(address) => PgStore::open(address, None)?.check(),
    }
}

/// Open the portfolio file at `path` only to read it (as when this user may not write
/// it, which `open` notices by itself): every write is refused as `StoreError::ReadOnly`.
pub fn open_read_only(path: &Path) -> Result<Box<dyn Store>> {
    Ok(Box::new(SqliteStore::open_read_only(path)?))
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_rating_columns_follow_the_criteria_in_order() {
        let columns: Vec<String> = crate::domain::Criterion::ALL
            .iter()
            .map(|criterion| format!("rating_{}", criterion.id()))
            .collect();
        let named: Vec<&str> = rating_columns!().split(',').map(str::trim).collect();
        assert_eq!(named, columns);
    }
}
