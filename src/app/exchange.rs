//! The app's side of import, export and snapshots: dialog state, the export thread, and
//! the replies of the store worker. Long work never runs in a frame: imports run on the
//! store worker, exports on their own named thread, both with progress and cancel.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::{Receiver, channel};

use chrono::NaiveDate;

use super::worker::{Reply, Request};
use super::{ProeftuinApp, View};
use crate::exchange::import::Preview;
use crate::exchange::register::Field;
use crate::exchange::snapshot::Diff;
use crate::exchange::{ExportFormat, Progress};
use crate::format::Language;
use crate::store::SnapshotEntry;

/// The import dialog: choose a file, preview, map columns, confirm.
#[derive(Debug, Default)]
pub struct ImportDialog {
    pub path: String,
    /// Columns the user mapped by hand (header → field, or `None` to ignore).
    pub overrides: HashMap<String, Option<Field>>,
    pub preview: Option<Box<Preview>>,
    /// Waiting for the worker to read and preview the file.
    pub reading: bool,
    /// The import is being written.
    pub writing: Option<Progress>,
    pub error: Option<String>,
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
}

#[derive(Debug)]
pub struct ExportJob {
    pub progress: Progress,
    result: Receiver<Result<PathBuf, String>>,
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
    fn sanitise_choices(&mut self) {
        let known = |id: Option<i64>| id.is_none_or(|id| self.entries.iter().any(|e| e.id == id));
        if !known(self.from) || self.from.is_none() {
            self.from = self.entries.first().map(|entry| entry.id);
        }
        if !known(self.to) {
            self.to = None;
        }
    }
}

/// What a chosen file is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BrowseTarget {
    Import,
    Export,
    OpenPortfolio,
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
        (ExportFormat::Csv | ExportFormat::Xlsx, _) => "register",
        (ExportFormat::Html | ExportFormat::Pdf, Language::Dutch) => "statusrapportage",
        (ExportFormat::Html | ExportFormat::Pdf, Language::English) => "status-report",
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
    /// Send a request to the store worker (for the dialogs).
    pub fn send_request(&mut self, request: Request) {
        self.worker.send(request);
    }

    /// Whether a snapshot is shown (every write is refused then).
    pub fn is_read_only(&self) -> bool {
        self.viewing_snapshot.is_some()
    }

    pub fn open_import_dialog(&mut self) {
        let path = self
            .db_path
            .with_file_name("register.csv")
            .display()
            .to_string();
        self.import_dialog = Some(ImportDialog {
            path,
            ..ImportDialog::default()
        });
    }

    pub fn open_export_dialog(&mut self) {
        let language = self.tr.language();
        let format = ExportFormat::Pdf;
        self.export_dialog = Some(ExportDialog {
            format,
            language,
            path: default_export_path(&self.db_path, format, self.today, language),
            job: None,
            error: None,
            done: None,
        });
    }

    pub fn open_snapshots_dialog(&mut self) {
        let label = self.tr.f(
            "snapshot-default-label",
            &[(
                "date",
                crate::i18n::arg(crate::format::date(self.today, self.tr.language())),
            )],
        );
        self.snapshots_dialog = Some(SnapshotsDialog {
            label,
            loading: true,
            ..SnapshotsDialog::default()
        });
        self.worker.send(Request::ListSnapshots);
    }

    /// Read and preview the file in the import dialog.
    pub fn preview_import(&mut self) {
        let today = self.today;
        let Some(dialog) = self.import_dialog.as_mut() else {
            return;
        };
        dialog.reading = true;
        dialog.error = None;
        let path = PathBuf::from(dialog.path.trim());
        let overrides = dialog.overrides.clone();
        let language = self.tr.language();
        self.worker.send(Request::PreviewImport {
            language,
            path,
            overrides,
            today,
        });
    }

    /// Write the previewed import.
    pub fn confirm_import(&mut self) {
        if self.is_read_only() {
            return;
        }
        let Some(dialog) = self.import_dialog.as_mut() else {
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
    pub fn start_export(&mut self) {
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
        let Some(dialog) = self.export_dialog.as_mut() else {
            return;
        };
        let path = PathBuf::from(dialog.path.trim());
        if dialog.path.trim().is_empty() {
            dialog.error = Some(self.tr.t("export-no-path").to_string());
            return;
        }
        let (format, language) = (dialog.format, dialog.language);
        let ui_language = self.tr.language();
        let progress = Progress::new();
        let (sender, receiver) = channel();
        let thread_progress = progress.clone();
        let ctx = self.repaint.clone();
        let spawned = std::thread::Builder::new()
            .name("proeftuin-export".into())
            .spawn(move || {
                let result = crate::exchange::export(
                    &portfolio,
                    format,
                    language,
                    today,
                    snapshot,
                    &path,
                    &thread_progress,
                )
                .map(|()| path)
                .map_err(|error| error.localized(ui_language));
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
    pub(crate) fn poll_export(&mut self) {
        let Some(dialog) = self.export_dialog.as_mut() else {
            return;
        };
        let Some(job) = dialog.job.as_ref() else {
            return;
        };
        let Ok(result) = job.result.try_recv() else {
            return;
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
            Err(message) => {
                dialog.error = Some(message.clone());
                let text = format!("{}: {message}", self.tr.t("action-export"));
                self.say(text, true);
            }
        }
    }

    /// Show the live portfolio again after a snapshot.
    pub fn leave_snapshot(&mut self) {
        if let Some(viewing) = self.viewing_snapshot.take() {
            self.today = viewing.real_today;
            self.worker.send(Request::Open {
                path: self.db_path.clone(),
                demo_if_new: false,
            });
        }
    }

    /// Handle the exchange replies of the worker; other replies are returned.
    pub(crate) fn apply_exchange_reply(&mut self, reply: Reply) -> Option<Reply> {
        match reply {
            Reply::ImportPreview(preview) => {
                if let Some(dialog) = self.import_dialog.as_mut() {
                    dialog.reading = false;
                    dialog.preview = Some(preview);
                }
                None
            }
            Reply::Imported { portfolio, summary } => {
                self.full_rebuild = true;
                self.portfolio = Some(portfolio);
                self.editor = None;
                self.undo = None;
                self.generation += 1;
                self.import_dialog = None;
                self.say(summary, false);
                None
            }
            Reply::TemplateWritten(path) => {
                if let Some(dialog) = self.import_dialog.as_mut() {
                    dialog.path = path.display().to_string();
                    dialog.error = None;
                    dialog.preview = None;
                }
                let text = self.tr.f(
                    "import-template-saved",
                    &[("path", crate::i18n::arg(path.display().to_string()))],
                );
                self.say(text, false);
                None
            }
            Reply::Snapshots(entries) => {
                if let Some(dialog) = self.snapshots_dialog.as_mut() {
                    dialog.loading = false;
                    dialog.entries = entries;
                    dialog.sanitise_choices();
                }
                None
            }
            Reply::SnapshotCreated { entry, snapshots } => {
                let text = self.tr.f(
                    "snapshot-created",
                    &[("label", crate::i18n::arg(&entry.label))],
                );
                self.say(text, false);
                if let Some(dialog) = self.snapshots_dialog.as_mut() {
                    dialog.loading = false;
                    dialog.entries = snapshots;
                    dialog.sanitise_choices();
                }
                None
            }
            Reply::SnapshotOpened { entry, portfolio } => {
                let real_today = self
                    .viewing_snapshot
                    .as_ref()
                    .map_or(self.today, |viewing| viewing.real_today);
                self.today = entry.taken_on;
                self.viewing_snapshot = Some(ViewingSnapshot { entry, real_today });
                self.full_rebuild = true;
                self.portfolio = Some(portfolio);
                self.editor = None;
                self.gate = None;
                self.undo = None;
                self.generation += 1;
                self.snapshots_dialog = None;
                self.view = View::Overview;
                None
            }
            Reply::Diff(diff) => {
                if let Some(dialog) = self.snapshots_dialog.as_mut() {
                    dialog.loading = false;
                    dialog.diff = Some(diff);
                }
                None
            }
            Reply::Failed { what, message }
                if matches!(what, "action-import" | "action-snapshot") =>
            {
                if let Some(dialog) = self.import_dialog.as_mut() {
                    dialog.reading = false;
                    dialog.writing = None;
                    if what == "action-import" {
                        dialog.error = Some(message.clone());
                    }
                }
                if let Some(dialog) = self.snapshots_dialog.as_mut() {
                    dialog.loading = false;
                }
                let text = format!("{}: {message}", self.tr.t(what));
                self.say(text, true);
                None
            }
            other => Some(other),
        }
    }
}
