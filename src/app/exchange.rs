//! The app's side of import, export and snapshots: dialog state, the export thread, and
//! the replies of the store worker. Long work never runs in a frame: imports run on the
//! store worker, exports on their own named thread, both with progress and cancel.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use chrono::NaiveDate;
use eframe::egui;

use super::ProeftuinApp;
use super::worker::Request;
use crate::exchange::import::Preview;
use crate::exchange::register::RegisterField;
use crate::exchange::snapshot::Diff;
use crate::exchange::{ExportFormat, Progress};
use crate::format::Language;
use crate::store::SnapshotEntry;

/// The import dialog: choose a file, preview, map columns, confirm.
#[derive(Debug, Default)]
pub struct ImportDialog {
    pub path: String,
    /// Columns the user mapped by hand (header → field, or `None` to ignore).
    pub overrides: HashMap<String, Option<RegisterField>>,
    /// What texts Proeftuin does not know mean, chosen by hand: (header, text) → value.
    pub values: crate::exchange::register::ValueMap,
    pub preview: Option<Box<Preview>>,
    /// Waiting for the worker to read and preview the file.
    pub reading: bool,
    /// The import is being written.
    pub writing: Option<Progress>,
    pub error: Option<String>,
    /// The format the template buttons write.
    pub template_format: crate::exchange::TemplateFormat,
}

/// The export dialog: format, language, file, then a background job.
#[derive(Debug)]
pub struct ExportDialog {
    pub format: ExportFormat,
    pub language: Language,
    pub path: String,
    pub job: Option<ExportJob>,
    pub error: Option<String>,
    pub done: Option<String>,
    /// The file exists: the dialog asks before replacing it.
    pub asking_replace: bool,
    /// Leave out owners, contacts and deciders (for sharing outside the municipality).
    pub without_personal_data: bool,
    /// For the PSTW layout (published for peers): personal fields only when ticked in.
    pub include_personal_data: bool,
    /// For the PSTW layout: only the initiatives the table shows (its filters).
    pub only_shown: bool,
    /// For the status report: the full register as its appendix (ticked for portfolios
    /// up to `report::AUTO_REGISTER_UP_TO` initiatives).
    pub register_appendix: bool,
}

#[derive(Debug)]
pub struct ExportJob {
    pub progress: Progress,
    result: Receiver<Result<PathBuf, crate::exchange::ExchangeError>>,
}

/// The snapshots window: create, list, open read-only, compare, delete.
#[derive(Debug, Default)]
pub struct SnapshotsDialog {
    pub label: String,
    pub entries: Vec<SnapshotEntry>,
    pub loading: bool,
    /// Compare `from` with `to`; `None` is the live portfolio ("now").
    pub from: Option<i64>,
    pub to: Option<i64>,
    pub diff: Option<Box<Diff>>,
    pub confirm_delete: Option<i64>,
}

impl SnapshotsDialog {
    /// Compare the newest snapshot with now by default; forget deleted choices.
    pub(super) fn sanitise_choices(&mut self) {
        let known = |id: Option<i64>| id.is_none_or(|id| self.entries.iter().any(|e| e.id == id));
        if !known(self.from) || self.from.is_none() {
            self.from = self.entries.first().map(|entry| entry.id);
        }
        if !known(self.to) {
            self.to = None;
        }
    }
}

/// The backups window: the rolling backups beside the portfolio, take one, restore one.
#[derive(Debug, Default)]
pub struct BackupsDialog {
    pub backups: Vec<crate::store::backup::Backup>,
    pub loading: bool,
    /// The backup the user asked to restore, waiting for confirmation.
    pub confirm_restore: Option<std::path::PathBuf>,
}

/// What a chosen file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowseTarget {
    Import,
    Export,
    OpenPortfolio,
    /// A peer file for the peers view.
    Peers,
}

/// The file chooser (egui_file), shown instead of the dialog that asked for it.
pub struct FileBrowser {
    pub dialog: egui_file::FileDialog,
    pub target: BrowseTarget,
}

impl std::fmt::Debug for FileBrowser {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FileBrowser")
            .field("target", &self.target)
            .finish_non_exhaustive()
    }
}

/// A snapshot shown read-only in every view, with the live portfolio's date put aside.
#[derive(Debug, Clone)]
pub struct ViewingSnapshot {
    pub entry: SnapshotEntry,
    pub real_today: NaiveDate,
}

/// A file name for an export of `format` beside the portfolio file.
pub fn default_export_path(
    db_path: &std::path::Path,
    format: ExportFormat,
    today: NaiveDate,
    language: Language,
) -> String {
    let stem = match (format, language) {
        (ExportFormat::Json, _) => "portfolio",
        (ExportFormat::Csv | ExportFormat::Xlsx | ExportFormat::Ods, _) => "register",
        (ExportFormat::Html | ExportFormat::Pdf, Language::Dutch) => "statusrapportage",
        (ExportFormat::Html | ExportFormat::Pdf, Language::English) => "status-report",
        (ExportFormat::Pstw, _) => "pstw-cases",
    };
    db_path
        .with_file_name(format!(
            "{stem}-{}.{}",
            today.format("%Y-%m-%d"),
            format.extension()
        ))
        .display()
        .to_string()
}

impl ProeftuinApp {
    pub(super) fn open_import_dialog(&mut self) {
        let path = self
            .db_path
            .with_file_name("register.csv")
            .display()
            .to_string();
        self.drafts.import = Some(ImportDialog {
            path,
            ..ImportDialog::default()
        });
    }

    pub(super) fn open_export_dialog(&mut self) {
        let language = self.tr.language();
        let format = ExportFormat::Pdf;
        self.drafts.export = Some(ExportDialog {
            format,
            language,
            path: default_export_path(&self.db_path, format, self.today, language),
            job: None,
            error: None,
            done: None,
            asking_replace: false,
            without_personal_data: false,
            include_personal_data: false,
            only_shown: false,
            register_appendix: crate::exchange::report::Appendix::Auto.includes(
                self.portfolio
                    .as_ref()
                    .map_or(0, |portfolio| portfolio.initiatives.len()),
            ),
        });
    }

    pub(super) fn open_snapshots_dialog(&mut self) {
        let label = self.tr.f(
            "snapshot-default-label",
            &[(
                "date",
                crate::i18n::arg(crate::format::date(self.today, self.tr.language())),
            )],
        );
        self.drafts.snapshots = Some(SnapshotsDialog {
            label,
            loading: true,
            ..SnapshotsDialog::default()
        });
        self.worker.send(Request::ListSnapshots);
    }

    /// Read and preview the file in the import dialog.
    pub(super) fn preview_import(&mut self) {
        let today = self.today;
        let Some(dialog) = self.drafts.import.as_mut() else {
            return;
        };
        dialog.reading = true;
        dialog.error = None;
        let path = PathBuf::from(dialog.path.trim());
        let overrides = dialog.overrides.clone();
        let values = dialog.values.clone();
        self.worker.send(Request::PreviewImport {
            path,
            overrides,
            values,
            today,
        });
    }

    /// Write the previewed import.
    pub(super) fn confirm_import(&mut self) {
        let Some(dialog) = self.drafts.import.as_mut() else {
            return;
        };
        let Some(preview) = dialog.preview.as_ref() else {
            return;
        };
        if !preview.can_import() {
            return;
        }
        let progress = Progress::new();
        dialog.writing = Some(progress.clone());
        let summary = self.tr.f(
            "import-done",
            &[
                ("created", preview.created.len().into()),
                ("updated", preview.updated.len().into()),
                ("unchanged", preview.unchanged.len().into()),
            ],
        );
        self.worker.send(Request::ApplyImport {
            batch: Box::new(preview.batch.clone()),
            progress,
            summary,
        });
    }

    /// Start the export in the dialog on its own thread.
    /// Start the export, or first ask whether to replace the file when it exists.
    pub(super) fn start_export(&mut self, replace: bool) {
        let Some(portfolio) = self.portfolio.clone() else {
            return;
        };
        let today = self.today;
        let snapshot =
            self.viewing_snapshot
                .as_ref()
                .map(|viewing| crate::exchange::json::SnapshotInfo {
                    id: viewing.entry.id,
                    label: viewing.entry.label.clone(),
                    taken_on: viewing.entry.taken_on,
                });
        let Some(dialog) = self.drafts.export.as_mut() else {
            return;
        };
        let path = PathBuf::from(dialog.path.trim());
        if dialog.path.trim().is_empty() {
            dialog.error = Some(self.tr.t("export-no-path").to_string());
            return;
        }
        // Anything that holds a portfolio is refused here already, with its reason.
        if let Err(error) = crate::exchange::check_target(&path) {
            dialog.error = Some(error.message().render(&self.tr));
            return;
        }
        // One look at the file system, on a click.
        if !replace && path.exists() {
            dialog.asking_replace = true;
            return;
        }
        dialog.asking_replace = false;
        let request = crate::exchange::ExportRequest {
            snapshot,
            appendix: if dialog.register_appendix {
                crate::exchange::report::Appendix::Register
            } else {
                crate::exchange::report::Appendix::None
            },
            ..crate::exchange::ExportRequest::new(dialog.format, dialog.language, today)
        };
        let format = dialog.format;
        // Published for peers: personal fields only when ticked in.
        let without_personal_data = if format == ExportFormat::Pstw {
            !dialog.include_personal_data
        } else {
            dialog.without_personal_data
        };
        let only: Option<std::collections::HashSet<crate::domain::InitiativeId>> =
            (format == ExportFormat::Pstw && dialog.only_shown).then(|| {
                self.visible
                    .iter()
                    .filter_map(|&row| {
                        self.portfolio
                            .as_ref()?
                            .initiatives
                            .get(row)
                            .map(|initiative| initiative.id)
                    })
                    .collect()
            });
        let progress = Progress::new();
        let (sender, receiver) = channel();
        let thread_progress = progress.clone();
        let ctx = self.repaint.clone();
        let spawned = std::thread::Builder::new()
            .name("proeftuin-export".into())
            .spawn(move || {
                let mut portfolio = if without_personal_data {
                    portfolio.without_personal_data()
                } else {
                    portfolio
                };
                if let Some(only) = only {
                    portfolio
                        .initiatives
                        .retain(|initiative| only.contains(&initiative.id));
                }
                let result = crate::exchange::export(&portfolio, &request, &path, &thread_progress)
                    .map(|()| path);
                let _ = sender.send(result);
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        match spawned {
            Ok(_) => {
                dialog.error = None;
                dialog.done = None;
                dialog.job = Some(ExportJob {
                    progress,
                    result: receiver,
                });
            }
            Err(error) => dialog.error = Some(error.to_string()),
        }
    }

    /// Collect a finished export (called every frame from `logic`; cheap when idle).
    pub(super) fn poll_export(&mut self) {
        let Some(dialog) = self.drafts.export.as_mut() else {
            return;
        };
        let Some(job) = dialog.job.as_ref() else {
            return;
        };
        let result = match job.result.try_recv() {
            Ok(result) => result,
            Err(std::sync::mpsc::TryRecvError::Empty) => return,
            // The export thread ended without an answer (it panicked): say so, never wait.
            Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                Err(crate::exchange::ExchangeError::Other(
                    crate::i18n::Message::new("export-thread-died"),
                ))
            }
        };
        dialog.job = None;
        match result {
            Ok(path) => {
                let text = self.tr.f(
                    "export-done",
                    &[("path", crate::i18n::arg(path.display().to_string()))],
                );
                dialog.done = Some(text.clone());
                self.say(text, false);
            }
            Err(error) => {
                let message = error.message().render(&self.tr);
                dialog.error = Some(message.clone());
                let text = format!("{}: {message}", self.tr.t("action-export"));
                self.say(text, true);
            }
        }
    }

    /// Show the live portfolio again after a snapshot.
    pub(super) fn leave_snapshot(&mut self) {
        if let Some(viewing) = self.viewing_snapshot.take() {
            self.today = viewing.real_today;
            self.worker.send(Request::Open {
                location: self.db.clone(),
                password: None,
                if_missing: super::worker::IfMissing::Ask,
            });
        }
    }

    /// Open the file chooser for `target`, starting at `current` (a typed path).
    pub(super) fn browse(&mut self, target: BrowseTarget, current: &str) {
        let tr = &self.tr;
        let current = PathBuf::from(current.trim());
        let start = if current.as_os_str().is_empty() {
            self.db_path.clone()
        } else {
            current
        };
        let text = |key: &str| std::borrow::Cow::Owned(tr.t(key).to_string());
        let dialog = match target {
            BrowseTarget::Export => egui_file::FileDialog::save_file(),
            BrowseTarget::Import | BrowseTarget::OpenPortfolio | BrowseTarget::Peers => {
                egui_file::FileDialog::open_file()
            }
        };
        // One look at the file system, on a click (not every frame).
        let (folder, file_name) = if start.is_dir() {
            (start.clone(), None)
        } else {
            (
                start
                    .parent()
                    .map(std::path::Path::to_path_buf)
                    .unwrap_or_default(),
                start
                    .file_name()
                    .map(|name| name.to_string_lossy().to_string()),
            )
        };
        let dialog = match file_name {
            Some(name) if target == BrowseTarget::Export => dialog.default_filename(name),
            _ => dialog,
        }
        .initial_path(folder);
        let mut dialog = dialog
            .title(tr.t("browse-title"))
            .open_button_text(text("browse-open"))
            .save_button_text(text("browse-save"))
            .cancel_button_text(text("cancel"))
            .new_folder_button_text(text("browse-new-folder"))
            .new_folder_name_text(text("browse-new-folder-name"))
            .rename_button_text(text("browse-rename"))
            .refresh_button_hover_text(text("browse-refresh"))
            .parent_folder_button_hover_text(text("browse-parent"))
            .file_label_text(text("browse-file"))
            .show_hidden_checkbox_text(text("browse-hidden"))
            .default_size([720.0, 480.0])
            .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0]);
        dialog.open();
        self.drafts.file_browser = Some(FileBrowser { dialog, target });
    }
}
