//! The messages between the app and the store worker: what the app asks (`Request`), what
//! the worker answers (`Reply`), the user action each belongs to (`ActionKind`) and why one
//! failed (`Failure`).

use std::path::PathBuf;

use crate::domain::*;
use crate::exchange::ExchangeError;
use crate::i18n::Message;
use crate::store::{Location, StoreError};

/// What the app asks of the store.
#[derive(Debug)]
pub enum Request {
    /// Open a portfolio file; what happens when it does not exist is `if_missing`.
    /// Open a portfolio file or a shared portfolio on a server (a password typed in
    /// for this session only: kept in memory for reconnecting, never written anywhere).
    Open {
        location: Location,
        password: Option<String>,
        if_missing: IfMissing,
    },
    /// SQLite's quick check of the open portfolio (sent right after it opened; the
    /// requests after it wait, so nothing is written into a damaged file).
    QuickCheck,
    /// Put the backup `from` back over a damaged portfolio file and open it.
    RestoreDamaged {
        path: PathBuf,
        from: PathBuf,
    },
    /// Create a new, empty portfolio file (refused when the file exists).
    Create {
        path: PathBuf,
        municipality: String,
    },
    Insert(Initiative),
    Update(Initiative),
    ChangePhase {
        id: InitiativeId,
        row_version: i64,
        change: PhaseChange,
    },
    /// Delete an initiative still as it was at `row_version`.
    Delete {
        id: InitiativeId,
        row_version: i64,
    },
    /// Put an initiative back from the trash, with its id and history.
    RestoreFromTrash(InitiativeId),
    ListTrash,
    EmptyTrash,
    /// Undo (or redo) one step: check the initiative is as the step left it, then put it
    /// back as it was.
    Step {
        step: Box<crate::app::undo::UndoStep>,
        redo: bool,
    },
    /// An initiative's lines of the audit log (the editor's history).
    LoadHistory(InitiativeId),
    /// Save the settings as typed, based on `base` (as the user read them).
    SaveSettings {
        base: PortfolioSettings,
        settings: PortfolioSettings,
    },
    SaveDepartments {
        base: Vec<Department>,
        departments: Vec<Department>,
    },
    /// Read an import file and preview it against the stored portfolio.
    PreviewImport {
        path: PathBuf,
        overrides:
            std::collections::HashMap<String, Option<crate::exchange::register::RegisterField>>,
        values: crate::exchange::register::ValueMap,
        today: chrono::NaiveDate,
    },
    /// Write a previewed import (one transaction; cancelled through `progress`).
    ApplyImport {
        batch: Box<crate::domain::ImportBatch>,
        progress: crate::exchange::Progress,
        summary: String,
    },
    /// Write the import template beside the portfolio.
    WriteTemplate {
        path: PathBuf,
        language: crate::format::Language,
        format: crate::exchange::TemplateFormat,
    },
    /// Keep a self-assessment of the five activities (replacing the one of its date).
    SaveAssessment(crate::domain::SelfAssessment),
    /// The peer library, prepared for comparing.
    LoadPeers,
    /// Read a peer file and add its cases to the library (one transaction).
    ImportPeers(PathBuf),
    ListSnapshots,
    CreateSnapshot {
        label: String,
        taken_on: chrono::NaiveDate,
    },
    DeleteSnapshot(i64),
    /// Load a snapshot to show it read-only.
    OpenSnapshot(i64),
    /// Compare two snapshots, or a snapshot with the live portfolio (`None`).
    DiffSnapshots {
        from: Option<i64>,
        to: Option<i64>,
        today: chrono::NaiveDate,
    },
    ListBackups,
    TakeBackup,
    /// Put this backup back as the portfolio (the current state is backed up first).
    RestoreBackup(PathBuf),
    /// Tests: a request whose handling panics.
    #[cfg(test)]
    Panic,
    /// Tests: end the worker thread.
    /// Try a server address (File, Open shared portfolio…, the test button): connect,
    /// count, say whether this user may change it; nothing is kept open.
    TestConnection {
        location: Location,
        password: Option<String>,
    },
    /// Copy the open portfolio, with everything it holds, to `target` (a new file or an
    /// empty database); `replace` overwrites what the target holds.
    CopyTo {
        target: Location,
        password: Option<String>,
        replace: bool,
    },
    #[cfg(test)]
    Exit,
}

/// The peer library as the app holds it: the cases and the index to compare with.
#[derive(Debug, Clone, Default)]
pub struct PeerLibrary {
    pub cases: Vec<crate::domain::PeerCase>,
    pub index: crate::figures::peers::PeerIndex,
}

impl PeerLibrary {
    pub fn new(cases: Vec<crate::domain::PeerCase>) -> Self {
        let index = crate::figures::peers::PeerIndex::new(&cases);
        PeerLibrary { cases, index }
    }
}

/// What a connection test found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnectionReport {
    /// The portfolio and server, as shown.
    pub describe: String,
    /// Who the server knows this user as.
    pub user: String,
    pub initiatives: usize,
    /// A viewer's login: the app will open it read-only.
    pub read_only: bool,
}

/// What the store answers.
#[derive(Debug)]
pub enum Reply {
    /// A connection test's outcome.
    ConnectionTested(Result<ConnectionReport, Failure>),
    /// The open portfolio was copied to `target`.
    Copied {
        target: Location,
        initiatives: usize,
        snapshots: usize,
    },
    /// The server of the open portfolio cannot be reached any more; the worker tries
    /// again every few seconds.
    Offline(Failure),
    /// Reached again (or, after a failed first open, reached at last): the portfolio as
    /// stored now.
    Online {
        location: Location,
        portfolio: Portfolio,
        read_only: bool,
    },
    Opened {
        location: Location,
        portfolio: Portfolio,
        on_network_share: bool,
        /// The file can only be read here.
        read_only: bool,
    },
    /// File, Open of a path where there is no file: ask before creating one.
    DoesNotExist(PathBuf),
    /// The quick check found nothing wrong.
    Sound,
    /// The portfolio is damaged; it was closed. The newest backup that passes the full
    /// integrity check, if any, is offered.
    Damaged {
        path: PathBuf,
        details: Vec<String>,
        backup: Option<crate::store::backup::Backup>,
    },
    /// An initiative as stored after a write; `created` when it is new to the portfolio.
    Saved {
        initiative: Initiative,
        created: bool,
        /// As it was before this write (for undo); `None` for a new one.
        before: Option<Initiative>,
    },
    /// A save met a newer stored version: both, for the conflict dialog.
    Conflict {
        mine: Initiative,
        theirs: Initiative,
    },
    /// Settings saved over a newer stored version: both.
    SettingsConflict {
        mine: PortfolioSettings,
        theirs: PortfolioSettings,
    },
    /// Departments saved over a newer stored version: both.
    DepartmentsConflict {
        mine: Vec<Department>,
        theirs: Vec<Department>,
    },
    /// An undo or redo was carried out; the step as it is now.
    Stepped {
        step: crate::app::undo::UndoStep,
        redo: bool,
    },
    Trash(Vec<crate::store::TrashEntry>),
    TrashEmptied(usize),
    /// A self-assessment as kept.
    AssessmentSaved(crate::domain::SelfAssessment),
    /// The peer library and its index (built here, off the UI thread).
    Peers(Box<PeerLibrary>),
    /// A peer file was added to the library: what it did, and the library now.
    PeersImported {
        path: PathBuf,
        added: usize,
        updated: usize,
        other_levels: usize,
        library: Box<PeerLibrary>,
    },
    History {
        id: InitiativeId,
        entries: Vec<crate::store::AuditEntry>,
    },
    Deleted {
        initiative: Initiative,
    },
    SettingsSaved(PortfolioSettings),
    DepartmentsSaved(Vec<Department>),
    ImportPreview(Box<crate::exchange::import::Preview>),
    /// An import was written; the portfolio as stored now.
    Imported {
        portfolio: Portfolio,
        summary: String,
    },
    TemplateWritten(PathBuf),
    Snapshots(Vec<crate::store::SnapshotEntry>),
    SnapshotCreated {
        entry: crate::store::SnapshotEntry,
        snapshots: Vec<crate::store::SnapshotEntry>,
    },
    SnapshotOpened {
        entry: crate::store::SnapshotEntry,
        portfolio: Portfolio,
    },
    Diff(Box<crate::exchange::snapshot::Diff>),
    Backups(Vec<crate::store::backup::Backup>),
    /// Not an answer: another window, process or user changed the portfolio; this is it
    /// as stored now.
    ChangedElsewhere {
        portfolio: Portfolio,
    },
    /// A backup was put back; the portfolio as restored.
    Restored {
        path: PathBuf,
        portfolio: Portfolio,
        from: crate::store::backup::Backup,
    },
    /// A request failed; nothing was changed.
    Failed {
        action: ActionKind,
        error: Failure,
    },
}

/// What to do when the file to open does not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IfMissing {
    /// Create it with the demo portfolio (the very first start).
    Demo,
    /// Ask the user (File, Open of a mistyped path).
    Ask,
}

/// The user action a request belongs to (the status bar names it when it fails).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    Open,
    Create,
    Save,
    Phase,
    Delete,
    Settings,
    Import,
    Snapshot,
    Backup,
    Undo,
    Trash,
}

impl ActionKind {
    /// The translation key of "… failed".
    pub fn key(self) -> &'static str {
        match self {
            ActionKind::Open => "action-open",
            ActionKind::Create => "action-create",
            ActionKind::Save => "action-save",
            ActionKind::Phase => "action-phase",
            ActionKind::Delete => "action-delete",
            ActionKind::Settings => "action-settings",
            ActionKind::Import => "action-import",
            ActionKind::Snapshot => "action-snapshot",
            ActionKind::Backup => "action-backup",
            ActionKind::Undo => "action-undo",
            ActionKind::Trash => "action-trash",
        }
    }
}

/// Why a request failed, kept typed until it is shown in the user's language.
#[derive(Debug)]
pub enum Failure {
    Store(StoreError),
    Exchange(ExchangeError),
    Message(Message),
}

impl Failure {
    pub fn message(&self) -> Message {
        match self {
            Failure::Store(error) => error.message(),
            Failure::Exchange(error) => error.message(),
            Failure::Message(message) => message.clone(),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(error: StoreError) -> Self {
        Failure::Store(error)
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure::Message(crate::i18n::io_reason(&error))
    }
}

impl From<ExchangeError> for Failure {
    fn from(error: ExchangeError) -> Self {
        Failure::Exchange(error)
    }
}

impl Request {
    /// The user action this request belongs to.
    pub fn action(&self) -> ActionKind {
        match self {
            Request::Open { .. } | Request::QuickCheck | Request::RestoreDamaged { .. } => {
                ActionKind::Open
            }
            Request::Create { .. } => ActionKind::Create,
            Request::Insert(_) | Request::Update(_) | Request::LoadHistory(_) => ActionKind::Save,
            Request::RestoreFromTrash(_) | Request::ListTrash | Request::EmptyTrash => {
                ActionKind::Trash
            }
            Request::Step { .. } => ActionKind::Undo,
            Request::TestConnection { .. } => ActionKind::Open,
            Request::CopyTo { .. } => ActionKind::Backup,
            Request::ChangePhase { .. } => ActionKind::Phase,
            Request::Delete { .. } => ActionKind::Delete,
            Request::SaveSettings { .. }
            | Request::SaveDepartments { .. }
            | Request::SaveAssessment(_) => ActionKind::Settings,
            Request::PreviewImport { .. }
            | Request::ApplyImport { .. }
            | Request::WriteTemplate { .. }
            | Request::LoadPeers
            | Request::ImportPeers(_) => ActionKind::Import,
            Request::ListSnapshots
            | Request::CreateSnapshot { .. }
            | Request::DeleteSnapshot(_)
            | Request::OpenSnapshot(_)
            | Request::DiffSnapshots { .. } => ActionKind::Snapshot,
            Request::ListBackups | Request::TakeBackup | Request::RestoreBackup(_) => {
                ActionKind::Backup
            }
            #[cfg(test)]
            Request::Panic | Request::Exit => ActionKind::Save,
        }
    }
}
