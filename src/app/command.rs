//! Commands: everything a view asks for, applied in one place after drawing
//! ([`ProeftuinApp::apply_command`]). The read-only guard for a shown snapshot and the
//! unsaved-changes guard of the editor live here, once.

use std::path::PathBuf;

use super::exchange::BrowseTarget;
use super::worker::Request;
use super::{Column, Editor, FileDialog, Filters, GateDialog, ProeftuinApp, Sort, View};
use crate::domain::*;
use crate::i18n::{I18n, Language};

/// How the user answers a conflict (their save met a newer stored version).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Resolution {
    /// Save their own version of every differing field over the stored one.
    KeepMine,
    /// Drop their changes and take the stored version.
    TakeTheirs,
    /// Save the field-by-field choices of the dialog.
    SaveMerged,
    /// Back to editing; nothing is saved (a later save meets the conflict again).
    Cancel,
}

/// What the views ask for; applied in `logic`, after drawing.
#[derive(Debug, Clone)]
pub enum Command {
    OpenInitiative(InitiativeId),
    NewInitiative,
    Duplicate,
    SaveEditor,
    CloseEditor,
    AskDelete,
    ConfirmDelete,
    CancelDelete,
    /// Undo the last step (Ctrl+Z), or redo the last undone one (Ctrl+Shift+Z).
    Undo,
    Redo,
    OpenTrash,
    CloseTrash,
    RestoreFromTrash(InitiativeId),
    AskEmptyTrash,
    CancelEmptyTrash,
    ConfirmEmptyTrash,
    /// The conflict dialog's answer.
    ResolveConflict(Resolution),
    /// Put the newest sound backup back over the damaged portfolio.
    RestoreDamaged,
    OpenGate,
    ConfirmGate,
    CancelGate,
    SetLanguage(Language),
    SetDarkMode(bool),
    /// Ask for the file of a new portfolio, or of one to open.
    AskNewPortfolio,
    AskOpenPortfolio,
    CloseFileDialog,
    /// File, Open shared portfolio…: the address form.
    AskOpenShared,
    /// File, Copy portfolio to…: a file or a server to copy everything to.
    AskCopyTo,
    CloseShared,
    /// Try the typed address (the test button).
    TestConnection,
    /// Open the typed address, or copy to it.
    SubmitShared,
    NewPortfolio {
        path: String,
        municipality: String,
    },
    OpenPortfolio {
        path: String,
    },
    SaveSettings(PortfolioSettings),
    /// Drop the settings view's unsaved edits.
    RevertSettings,
    SaveDepartments(Vec<Department>),
    ShowView(View),
    /// Show the table and put the keyboard in its search box (Ctrl+F).
    FocusSearch,
    /// The search box has taken the focus.
    SearchFocused,
    Sort(Column),
    /// The table's search text and filters as the user set them.
    SetFilters(Box<Filters>),
    ClearFilters,
    /// Show the table with exactly these filters (from a number on the overview).
    ShowFiltered(Box<Filters>),
    /// Close the window (asks first when the editor holds unsaved changes).
    Quit,
    /// In the unsaved-changes dialog: drop the edits, then do what was asked.
    DiscardChanges,
    /// In the unsaved-changes dialog: save instead.
    SaveFromGuard,
    /// In the unsaved-changes dialog: keep editing.
    CancelGuard,
    /// The budget view's period: one year, or every year.
    SetBudgetPeriod(Option<i32>),
    /// Tick or untick a pilot into the operation projection.
    ToggleProjection(InitiativeId),
    OpenImportDialog,
    CloseImportDialog,
    /// Read and preview the file named in the import dialog.
    PreviewImport,
    /// Write the previewed import.
    ConfirmImport,
    /// Write the import template beside the portfolio, in this language and format.
    WriteTemplate {
        language: Language,
        format: crate::exchange::TemplateFormat,
    },
    OpenExportDialog,
    CloseExportDialog,
    /// Start the export set up in the export dialog (asks first when the file exists).
    StartExport,
    /// Replace the existing file and export.
    ReplaceAndExport,
    /// Keep the existing file: back to the export dialog.
    KeepExistingFile,
    OpenSnapshotsDialog,
    CloseSnapshotsDialog,
    CreateSnapshot {
        label: String,
    },
    DeleteSnapshot(i64),
    /// Show a snapshot read-only in every view.
    OpenSnapshot(i64),
    /// Compare two snapshots; `None` is the live portfolio.
    CompareSnapshots {
        from: Option<i64>,
        to: Option<i64>,
    },
    /// Back to the live portfolio.
    LeaveSnapshot,
    OpenBackupsDialog,
    CloseBackupsDialog,
    TakeBackup,
    /// Ask before restoring this backup.
    AskRestore(std::path::PathBuf),
    CancelRestore,
    /// Put the backup asked about back as the portfolio.
    ConfirmRestore,
    /// Open the file chooser for a dialog, starting at `from` (a typed path).
    Browse {
        target: BrowseTarget,
        from: String,
    },
    FileChosen {
        target: BrowseTarget,
        path: String,
    },
    CloseFileBrowser,
    /// What the quadrant map's marks stand by inside each quadrant.
    SetMapMeasures(crate::app::MapAcross, crate::app::MapUp),
    /// Keep the self-assessment filled in on the five activities view.
    SaveAssessment,
    /// Add the peer file typed in the peers view to the library.
    ImportPeers,
    /// A file dragged onto the window and dropped: read for import as if chosen in the
    /// import dialog (in the view of other municipalities: added to the peer library).
    FileDropped(String),
    /// Compare this initiative with the peer library.
    ComparePeersWith(InitiativeId),
}

impl Command {
    /// Whether the command changes the portfolio (refused when it is read-only).
    pub fn writes(&self) -> bool {
        matches!(
            self,
            Command::NewInitiative
                | Command::Duplicate
                | Command::SaveEditor
                | Command::AskDelete
                | Command::ConfirmDelete
                | Command::Undo
                | Command::Redo
                | Command::RestoreFromTrash(_)
                | Command::ConfirmEmptyTrash
                | Command::ResolveConflict(_)
                | Command::OpenGate
                | Command::ConfirmGate
                | Command::SaveSettings(_)
                | Command::SaveDepartments(_)
                | Command::SaveFromGuard
                | Command::ConfirmImport
                | Command::CreateSnapshot { .. }
                | Command::DeleteSnapshot(_)
                | Command::ConfirmRestore
                | Command::RestoreDamaged
                | Command::SaveAssessment
                | Command::ImportPeers
        )
    }
}

impl ProeftuinApp {
    /// Apply one command. Called after drawing, in the order the views emitted them.
    pub(super) fn apply_command(&mut self, ctx: &eframe::egui::Context, command: Command) {
        let language = self.tr.language();
        // A snapshot is a frozen picture, and a read-only file cannot be written: nothing
        // in either can be changed (the one guard for every write).
        if self.is_read_only() && command.writes() {
            let key = if self.is_viewing_snapshot() {
                "snapshot-read-only-refused"
            } else if self.offline.is_some() {
                "offline-refused"
            } else if self.db.file().is_none() {
                "viewer-refused"
            } else {
                "file-read-only-refused"
            };
            let text = self.tr.t(key).to_string();
            self.say(text, true);
            return;
        }
        // Nothing a user typed is dropped without asking.
        let leaves_editor = matches!(
            command,
            Command::OpenInitiative(_)
                | Command::NewInitiative
                | Command::CloseEditor
                | Command::Duplicate
                | Command::OpenPortfolio { .. }
                | Command::NewPortfolio { .. }
                | Command::ConfirmRestore
                | Command::Quit
        );
        if leaves_editor && let Some(editor) = &self.drafts.editor {
            let reopening = matches!(command, Command::OpenInitiative(id) if editor.original.is_some() && editor.draft.id == id);
            if reopening {
                return;
            }
            if editor.is_dirty(language) {
                self.unsaved_guard = Some(command);
                return;
            }
        }
        match command {
            Command::Quit => ctx.send_viewport_cmd(eframe::egui::ViewportCommand::Close),
            Command::DiscardChanges => {
                // Back to the stored version (or no editor for a new one), then go on.
                self.drafts.editor = self.drafts.editor.take().and_then(|editor| {
                    editor
                        .original
                        .map(|original| Editor::new(original.clone(), Some(original), language))
                });
                if let Some(next) = self.unsaved_guard.take() {
                    self.apply_command(ctx, next);
                }
            }
            Command::SaveFromGuard => {
                self.unsaved_guard = None;
                self.apply_command(ctx, Command::SaveEditor);
            }
            Command::CancelGuard => self.unsaved_guard = None,
            Command::OpenInitiative(id) => {
                if let Some(initiative) = self
                    .portfolio
                    .as_ref()
                    .and_then(|portfolio| portfolio.initiative(id))
                {
                    self.drafts.editor = Some(Editor::new(
                        initiative.clone(),
                        Some(initiative.clone()),
                        language,
                    ));
                    self.view = View::Portfolio;
                    self.worker.send(Request::LoadHistory(id));
                }
            }
            Command::NewInitiative => {
                if self.portfolio.is_some() {
                    let mut initiative = Initiative::new("");
                    initiative.start_date = Some(self.today);
                    self.drafts.editor = Some(Editor::new(initiative, None, language));
                    self.view = View::Portfolio;
                }
            }
            Command::Duplicate => {
                if let Some(editor) = &self.drafts.editor {
                    let mut copy = editor.draft.clone();
                    copy.id = 0;
                    copy.row_version = 0;
                    copy.name = self
                        .tr
                        .f("copy-of", &[("name", crate::i18n::arg(copy.name.clone()))]);
                    copy.phase_history.clear();
                    copy.phase = Phase::Idea;
                    copy.phase_since = None;
                    copy.health_reports.clear();
                    self.drafts.editor = Some(Editor::new(copy, None, language));
                }
            }
            Command::SaveEditor => {
                let Some(editor) = self.drafts.editor.as_mut() else {
                    return;
                };
                editor.errors = editor.parse_and_validate(&self.tr);
                if editor.errors.is_empty() {
                    editor.saving = true;
                    let draft = editor.draft.clone();
                    if editor.original.is_some() {
                        self.worker.send(Request::Update(draft));
                    } else {
                        self.worker.send(Request::Insert(draft));
                    }
                } else {
                    let text = self.tr.t("fix-fields").to_string();
                    self.say(text, true);
                }
            }
            Command::CloseEditor => {
                self.drafts.editor = None;
                self.confirm_delete = false;
            }
            Command::AskDelete => {
                if self
                    .drafts
                    .editor
                    .as_ref()
                    .is_some_and(|editor| editor.original.is_some())
                {
                    self.confirm_delete = true;
                }
            }
            Command::ConfirmDelete => {
                self.confirm_delete = false;
                if let Some((id, row_version)) = self
                    .drafts
                    .editor
                    .as_ref()
                    .and_then(|editor| editor.original.as_ref())
                    .map(|original| (original.id, original.row_version))
                {
                    self.worker.send(Request::Delete { id, row_version });
                }
            }
            Command::Undo | Command::Redo => {
                let redo = matches!(command, Command::Redo);
                if let Some(step) = self.history.take(redo) {
                    self.worker.send(Request::Step {
                        step: Box::new(step),
                        redo,
                    });
                }
            }
            Command::OpenTrash => {
                self.drafts.trash = Some(super::conflict::TrashDialog {
                    loading: true,
                    ..Default::default()
                });
                self.worker.send(Request::ListTrash);
            }
            Command::CloseTrash => self.drafts.trash = None,
            Command::RestoreFromTrash(id) => self.worker.send(Request::RestoreFromTrash(id)),
            Command::AskEmptyTrash => {
                if let Some(trash) = self.drafts.trash.as_mut() {
                    trash.asking_empty = true;
                }
            }
            Command::CancelEmptyTrash => {
                if let Some(trash) = self.drafts.trash.as_mut() {
                    trash.asking_empty = false;
                }
            }
            Command::ConfirmEmptyTrash => {
                if let Some(trash) = self.drafts.trash.as_mut() {
                    trash.asking_empty = false;
                }
                self.worker.send(Request::EmptyTrash);
            }
            Command::ResolveConflict(resolution) => self.resolve_conflict(resolution),
            Command::RestoreDamaged => {
                if let Some(damaged) = &self.damaged
                    && let Some(backup) = &damaged.backup
                {
                    self.worker.send(Request::RestoreDamaged {
                        path: damaged.path.clone(),
                        from: backup.path.clone(),
                    });
                }
            }
            Command::OpenGate => {
                let Some(original) = self
                    .drafts
                    .editor
                    .as_ref()
                    .and_then(|editor| editor.original.as_ref())
                else {
                    return;
                };
                if original.phase == Phase::Stopped {
                    return;
                }
                let to = original.phase.next().unwrap_or(Phase::Stopped);
                self.drafts.gate = Some(GateDialog {
                    initiative_id: original.id,
                    row_version: original.row_version,
                    name: original.name.clone(),
                    from: original.phase,
                    to,
                    decision: if to == Phase::Stopped {
                        GateDecision::Stop
                    } else {
                        GateDecision::Go
                    },
                    conditions: String::new(),
                    decider: String::new(),
                    rationale: String::new(),
                    date_text: crate::format::date(self.today, language),
                    errors: Vec::new(),
                });
            }
            Command::ConfirmGate => {
                let Some(gate) = self.drafts.gate.as_mut() else {
                    return;
                };
                let mut errors = Vec::new();
                let decided_on = crate::format::parse_date(&gate.date_text);
                if decided_on.is_err() {
                    errors.push(self.tr.t("problem-date").to_string());
                }
                if gate.decider.trim().is_empty() {
                    errors.push(self.tr.t("problem-decider-required").to_string());
                }
                if gate.rationale.trim().is_empty() {
                    errors.push(self.tr.t("problem-rationale-required").to_string());
                }
                if gate.decision == GateDecision::ConditionalGo && gate.conditions.trim().is_empty()
                {
                    errors.push(self.tr.t("problem-conditions-required").to_string());
                }
                gate.errors = errors;
                if let (true, Ok(decided_on)) = (gate.errors.is_empty(), decided_on) {
                    let change = PhaseChange {
                        decided_on,
                        from_phase: Some(gate.from),
                        to_phase: gate.to,
                        decision: gate.decision,
                        conditions: gate.conditions.trim().to_string(),
                        decider: gate.decider.trim().into(),
                        rationale: gate.rationale.trim().to_string(),
                    };
                    self.worker.send(Request::ChangePhase {
                        id: gate.initiative_id,
                        row_version: gate.row_version,
                        change,
                    });
                    self.drafts.gate = None;
                }
            }
            Command::SetLanguage(language) => {
                self.prefs.language = Some(language);
                self.tr = I18n::new(language);
                // Re-render the editor's typed amounts and dates in the new language.
                if let Some(editor) = self.drafts.editor.take() {
                    let mut fresh =
                        Editor::new(editor.draft.clone(), editor.original.clone(), language);
                    fresh.errors = editor.errors;
                    self.drafts.editor = Some(fresh);
                }
            }
            Command::SetDarkMode(dark) => {
                self.prefs.dark_mode = Some(dark);
                ctx.set_theme(if dark {
                    eframe::egui::Theme::Dark
                } else {
                    eframe::egui::Theme::Light
                });
            }
            Command::NewPortfolio { path, municipality } => {
                self.drafts.file_dialog = None;
                self.worker.send(Request::Create {
                    path: PathBuf::from(path.trim()),
                    municipality: municipality.trim().to_string(),
                });
            }
            Command::OpenPortfolio { path } => {
                self.drafts.file_dialog = None;
                match crate::store::Location::parse(&path) {
                    Ok(location) => self.worker.send(Request::Open {
                        location,
                        password: None,
                        if_missing: super::worker::IfMissing::Ask,
                    }),
                    Err(reason) => {
                        let text = crate::i18n::Message::new("shared-address-invalid")
                            .with("reason", reason)
                            .render(&self.tr);
                        self.say(text, true);
                    }
                }
            }
            Command::SaveSettings(settings) => {
                let Some(base) = self.settings_base.clone().or_else(|| {
                    self.portfolio
                        .as_ref()
                        .map(|portfolio| portfolio.settings.clone())
                }) else {
                    return;
                };
                self.worker.send(Request::SaveSettings { base, settings });
            }
            Command::SaveDepartments(departments) => {
                let Some(base) = self.departments_base.clone().or_else(|| {
                    self.portfolio
                        .as_ref()
                        .map(|portfolio| portfolio.departments.clone())
                }) else {
                    return;
                };
                self.worker
                    .send(Request::SaveDepartments { base, departments });
            }
            Command::Sort(column) => {
                if self.prefs.sort.column == column {
                    self.prefs.sort.ascending = !self.prefs.sort.ascending;
                } else {
                    self.prefs.sort = Sort {
                        column,
                        ascending: true,
                    };
                }
            }
            Command::ClearFilters => self.prefs.filters = Filters::default(),
            Command::SetBudgetPeriod(period) => self.budget_period = period,
            Command::ToggleProjection(id) => {
                if !self.projection_ticked.remove(&id) {
                    self.projection_ticked.insert(id);
                }
                self.projection_generation += 1;
            }
            Command::ShowFiltered(filters) => {
                self.prefs.filters = *filters;
                self.view = View::Portfolio;
            }
            Command::SetFilters(filters) => self.prefs.filters = *filters,
            Command::ShowView(view) => self.view = view,
            Command::FocusSearch => {
                self.view = View::Portfolio;
                self.focus_search = true;
            }
            Command::SearchFocused => self.focus_search = false,
            Command::AskNewPortfolio => {
                let path = self
                    .db_path
                    .with_file_name(format!(
                        "portfolio-{}.sqlite",
                        self.today.format("%Y-%m-%d")
                    ))
                    .display()
                    .to_string();
                self.drafts.file_dialog = Some(FileDialog {
                    creating: true,
                    path,
                    municipality: String::new(),
                    missing: false,
                });
            }
            Command::AskOpenPortfolio => {
                self.drafts.file_dialog = Some(FileDialog {
                    creating: false,
                    path: self.db_path.display().to_string(),
                    municipality: String::new(),
                    missing: false,
                });
            }
            Command::CloseFileDialog => self.drafts.file_dialog = None,
            Command::AskOpenShared | Command::AskCopyTo => {
                let copying = matches!(command, Command::AskCopyTo);
                // Start from the open server's address, or the last one used.
                let address = match &self.db {
                    crate::store::Location::Server(address) if !copying => {
                        address.as_str().to_string()
                    }
                    _ => self
                        .prefs
                        .recent
                        .iter()
                        .find(|recent| crate::store::is_server_address(recent))
                        .cloned()
                        .unwrap_or_else(|| "postgres://".to_string()),
                };
                self.drafts.shared = Some(super::editor::SharedDialog {
                    copying,
                    address,
                    ..Default::default()
                });
            }
            Command::CloseShared => self.drafts.shared = None,
            Command::TestConnection | Command::SubmitShared => self.submit_shared(&command),
            Command::CancelGate => self.drafts.gate = None,
            Command::CancelDelete => self.confirm_delete = false,
            Command::RevertSettings => self.drafts.settings = None,
            Command::OpenImportDialog => self.open_import_dialog(),
            Command::OpenExportDialog => self.open_export_dialog(),
            Command::OpenSnapshotsDialog => self.open_snapshots_dialog(),
            Command::CloseImportDialog => self.drafts.import = None,
            Command::CloseExportDialog => self.drafts.export = None,
            Command::CloseSnapshotsDialog => self.drafts.snapshots = None,
            Command::PreviewImport => self.preview_import(),
            Command::ConfirmImport => self.confirm_import(),
            Command::WriteTemplate { language, format } => {
                let name = if language == Language::Dutch {
                    "importsjabloon-proeftuin"
                } else {
                    "proeftuin-import-template"
                };
                // Written by the store worker: no file I/O in a frame.
                self.worker.send(Request::WriteTemplate {
                    path: self
                        .db_path
                        .with_file_name(format!("{name}.{}", format.extension())),
                    language,
                    format,
                });
            }
            Command::StartExport => self.start_export(false),
            Command::ReplaceAndExport => self.start_export(true),
            Command::KeepExistingFile => {
                if let Some(dialog) = self.drafts.export.as_mut() {
                    dialog.asking_replace = false;
                }
            }
            Command::CreateSnapshot { label } => {
                if let Some(dialog) = self.drafts.snapshots.as_mut() {
                    dialog.loading = true;
                }
                self.worker.send(Request::CreateSnapshot {
                    label,
                    taken_on: self.today,
                });
            }
            Command::DeleteSnapshot(id) => {
                if let Some(dialog) = self.drafts.snapshots.as_mut() {
                    dialog.loading = true;
                    dialog.confirm_delete = None;
                }
                self.worker.send(Request::DeleteSnapshot(id));
            }
            Command::OpenSnapshot(id) => {
                if let Some(dialog) = self.drafts.snapshots.as_mut() {
                    dialog.loading = true;
                }
                self.worker.send(Request::OpenSnapshot(id));
            }
            Command::CompareSnapshots { from, to } => {
                if let Some(dialog) = self.drafts.snapshots.as_mut() {
                    dialog.loading = true;
                }
                self.worker.send(Request::DiffSnapshots {
                    from,
                    to,
                    today: self.today,
                });
            }
            Command::LeaveSnapshot => self.leave_snapshot(),
            Command::OpenBackupsDialog => {
                self.drafts.backups = Some(super::exchange::BackupsDialog {
                    loading: true,
                    ..Default::default()
                });
                self.worker.send(Request::ListBackups);
            }
            Command::CloseBackupsDialog => self.drafts.backups = None,
            Command::TakeBackup => {
                if let Some(dialog) = self.drafts.backups.as_mut() {
                    dialog.loading = true;
                }
                self.worker.send(Request::TakeBackup);
            }
            Command::AskRestore(path) => {
                if let Some(dialog) = self.drafts.backups.as_mut() {
                    dialog.confirm_restore = Some(path);
                }
            }
            Command::CancelRestore => {
                if let Some(dialog) = self.drafts.backups.as_mut() {
                    dialog.confirm_restore = None;
                }
            }
            Command::ConfirmRestore => {
                if let Some(dialog) = self.drafts.backups.as_mut()
                    && let Some(path) = dialog.confirm_restore.take()
                {
                    dialog.loading = true;
                    self.worker.send(Request::RestoreBackup(path));
                }
            }
            Command::Browse { target, from } => self.browse(target, &from),
            Command::FileChosen { target, path } => {
                self.drafts.file_browser = None;
                match target {
                    BrowseTarget::Import => {
                        if let Some(dialog) = self.drafts.import.as_mut() {
                            dialog.path = path;
                            dialog.preview = None;
                        }
                        self.preview_import();
                    }
                    BrowseTarget::Export => {
                        if let Some(dialog) = self.drafts.export.as_mut() {
                            dialog.path = path;
                        }
                    }
                    BrowseTarget::OpenPortfolio => {
                        if let Some(dialog) = self.drafts.file_dialog.as_mut() {
                            dialog.path = path;
                        }
                    }
                    BrowseTarget::Peers => {
                        self.drafts.peer_file = path;
                        self.apply_command(ctx, Command::ImportPeers);
                    }
                }
            }
            Command::CloseFileBrowser => self.drafts.file_browser = None,
            Command::FileDropped(path) => {
                let target = if self.view == View::Peers {
                    BrowseTarget::Peers
                } else {
                    if self.drafts.import.is_none() {
                        self.open_import_dialog();
                    }
                    BrowseTarget::Import
                };
                self.apply_command(ctx, Command::FileChosen { target, path });
            }
            Command::ImportPeers => {
                let path = self.drafts.peer_file.trim().to_string();
                if !path.is_empty() {
                    self.worker.send(Request::ImportPeers(path.into()));
                }
            }
            Command::ComparePeersWith(id) => self.peer_choice = Some(id),
            Command::SetMapMeasures(across, up) => {
                self.prefs.map_across = across;
                self.prefs.map_up = up;
            }
            Command::SaveAssessment => {
                if let Some(assessment) = self
                    .drafts
                    .assessment
                    .as_ref()
                    .and_then(|draft| draft.assessment())
                {
                    self.worker.send(Request::SaveAssessment(assessment));
                }
            }
        }
    }
}

impl ProeftuinApp {
    /// Carry out the user's answer to the conflict dialog.
    fn resolve_conflict(&mut self, resolution: Resolution) {
        use super::conflict::ConflictDialog;
        let Some(mut dialog) = self.drafts.conflict.take() else {
            return;
        };
        let language = self.tr.language();
        if resolution == Resolution::Cancel {
            return;
        }
        if resolution == Resolution::KeepMine {
            dialog.choices_mut().fill(Take::Mine);
        }
        match dialog {
            ConflictDialog::Initiative(merge) => {
                let theirs = merge.theirs.clone();
                if resolution == Resolution::TakeTheirs {
                    self.drafts.editor = Some(Editor::new(theirs.clone(), Some(theirs), language));
                    return;
                }
                // Saved over the stored version, which is now what the editor is based on.
                let merged = merge.merged();
                let mut editor = Editor::new(merged.clone(), Some(theirs), language);
                editor.saving = true;
                self.drafts.editor = Some(editor);
                self.worker.send(Request::Update(merged));
            }
            ConflictDialog::Departments(merge) => {
                let theirs = merge.theirs.clone();
                if resolution == Resolution::TakeTheirs {
                    self.drafts.departments = None;
                    self.departments_base = None;
                    return;
                }
                let merged = merge.merged();
                self.drafts.departments = Some(merged.clone());
                self.departments_base = Some(theirs.clone());
                self.worker.send(Request::SaveDepartments {
                    base: theirs,
                    departments: merged,
                });
            }
            ConflictDialog::Settings(merge) => {
                let theirs = merge.theirs.clone();
                if resolution == Resolution::TakeTheirs {
                    self.drafts.settings = None;
                    self.settings_base = None;
                    return;
                }
                let merged = merge.merged();
                self.drafts.settings = Some(merged.clone());
                self.settings_base = Some(theirs.clone());
                self.worker.send(Request::SaveSettings {
                    base: theirs,
                    settings: merged,
                });
            }
        }
    }
}
