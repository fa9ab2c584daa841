//! What the views are given each frame: a read-only [`ViewState`] borrowed from the app,
//! and the [`Drafts`] — the few things a user types into before a command takes them
//! (the editor's working copy, the dialogs' fields). Views change nothing else: every
//! other change is a [`Command`](super::Command), applied after drawing.

use std::collections::HashSet;
use std::path::Path;

use chrono::NaiveDate;

use super::exchange::{
    BackupsDialog, ExportDialog, FileBrowser, ImportDialog, SnapshotsDialog, ViewingSnapshot,
};
use super::{BudgetView, Editor, FileDialog, GateDialog, Message, Preferences, View};
use crate::domain::{Department, Health, InitiativeId, Portfolio, PortfolioSettings};
use crate::figures::{InitiativeFigures, ShownFigures, Summary};
use crate::i18n::I18n;

/// Everything a view may read. Built for one frame; no view can change it.
pub struct ViewState<'a> {
    pub tr: &'a I18n,
    pub prefs: &'a Preferences,
    /// Today, or the date of the snapshot being shown.
    pub today: NaiveDate,
    pub view: View,
    pub db_path: &'a Path,
    /// The open portfolio: its file, or its server and database.
    pub db: &'a crate::store::Location,
    pub portfolio: &'a Option<Portfolio>,
    /// Per initiative, in portfolio order.
    pub figures: &'a [InitiativeFigures],
    /// Indices into `portfolio.initiatives` that the table shows, filtered and sorted.
    pub visible: &'a [usize],
    /// Counts over `visible` (quadrant map, phases, readiness).
    pub shown: &'a ShownFigures,
    /// The overview's figures.
    pub summary: &'a Option<Summary>,
    /// Latest amber and red reports: (row, status), red first.
    pub attention: &'a [(usize, Health)],
    pub budget: &'a Option<BudgetView>,
    /// The budget view's period (`None` = every year).
    pub budget_period: Option<i32>,
    pub projection_ticked: &'a HashSet<InitiativeId>,
    /// Department and theme names for the filter menus.
    pub departments: &'a [String],
    pub themes: &'a [String],
    pub messages: &'a [Message],
    /// The file can only be read here (a banner says so; every change is refused).
    pub file_read_only: bool,
    /// The server stopped answering: why; the portfolio stays visible, read-only.
    pub offline: Option<&'a str>,
    /// The portfolio failed its check; the backup offered for it.
    pub damaged: Option<&'a super::DamagedFile>,
    /// The steps to undo and redo (the menu and the status bar name the next ones).
    pub history: &'a super::undo::History,
    /// The audit log of the initiative in the editor, once loaded.
    pub initiative_history: Option<&'a [crate::store::AuditEntry]>,
    pub viewing_snapshot: Option<&'a ViewingSnapshot>,
    /// The balance view's bars over the shown rows.
    pub balance: &'a crate::figures::balance::Balance,
    /// The peer library (`None` until loaded), the cases the search shows (indices),
    /// the initiative compared and its most similar cases.
    pub peers: Option<&'a super::worker::PeerLibrary>,
    pub peer_shown: &'a [usize],
    pub peer_for: Option<crate::domain::InitiativeId>,
    pub peer_matches: &'a [crate::figures::peers::PeerMatch],
    /// The register's evidence for each assignment of the five activities.
    pub activity_evidence: &'a [crate::figures::activities::RegisterEvidence],
    /// The departments view's figures, most in need of attention first.
    pub department_figures: &'a [crate::figures::departments::DepartmentFigures],
    pub load_error: Option<&'a str>,
    pub on_network_share: bool,
    /// Requests in flight (the status bar spins).
    pub busy: bool,
    /// The search box takes the keyboard focus this frame (Ctrl+F).
    pub focus_search: bool,
    /// The delete confirmation is open for the editor's initiative.
    pub confirm_delete: bool,
    /// A command waits for the user to save or discard the editor's changes.
    pub unsaved_guard: bool,
    /// The gate or the new/open portfolio dialog is open (Escape is theirs).
    pub dialog_open: bool,
}

impl ViewState<'_> {
    /// Whether a snapshot is shown (every write is refused then).
    pub fn is_read_only(&self) -> bool {
        self.viewing_snapshot.is_some() || self.file_read_only || self.offline.is_some()
    }
}

/// What the user is typing into, before a command takes it.
#[derive(Debug, Default)]
pub struct Drafts {
    pub editor: Option<Editor>,
    pub gate: Option<GateDialog>,
    pub file_dialog: Option<FileDialog>,
    pub shared: Option<super::editor::SharedDialog>,
    /// The portfolio's settings and departments as the settings view edits them.
    pub settings: Option<PortfolioSettings>,
    pub departments: Option<Vec<Department>>,
    pub import: Option<ImportDialog>,
    pub export: Option<ExportDialog>,
    pub snapshots: Option<SnapshotsDialog>,
    pub backups: Option<BackupsDialog>,
    /// A file chooser open for one of the dialogs.
    pub file_browser: Option<FileBrowser>,
    /// A save met a newer version: both, and the user's choices.
    pub conflict: Option<super::conflict::ConflictDialog>,
    pub trash: Option<super::conflict::TrashDialog>,
    /// The five activities view: the self-assessment being filled in.
    pub assessment: Option<super::AssessmentDraft>,
    /// The peers view: the search typed, and the peer file to import.
    pub peer_search: String,
    pub peer_file: String,
}
