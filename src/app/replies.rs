//! The store worker's replies, taken in one place: the portfolio as stored after each
//! write, the dialogs' results, and failures put in words for the status bar.

use super::exchange::ViewingSnapshot;
use super::worker::{ActionKind, Reply};
use super::{Editor, ProeftuinApp, View};

impl ProeftuinApp {
    /// Take in one reply of the store worker.
    pub(super) fn apply_reply(&mut self, reply: Reply) {
        match reply {
            Reply::Opened {
                path,
                portfolio,
                on_network_share,
            } => {
                if let Some(viewing) = self.viewing_snapshot.take() {
                    self.today = viewing.real_today;
                }
                self.full_rebuild = true;
                self.db_path = path;
                self.on_network_share = on_network_share;
                self.portfolio = Some(portfolio);
                self.load_error = None;
                self.drafts.editor = None;
                self.drafts.gate = None;
                self.undo = None;
                self.drafts.settings = None;
                self.generation += 1;
                let text = self.tr.f(
                    "opened",
                    &[("path", crate::i18n::arg(self.db_path.display().to_string()))],
                );
                self.say(text, false);
            }
            Reply::Saved {
                initiative,
                created,
            } => {
                let Some(portfolio) = self.portfolio.as_mut() else {
                    return;
                };
                let name = initiative.name.clone();
                match portfolio
                    .initiatives
                    .iter()
                    .position(|existing| existing.id == initiative.id)
                {
                    Some(index) => {
                        portfolio.initiatives[index] = initiative.clone();
                        self.changed_rows.push(index);
                    }
                    None => {
                        portfolio.initiatives.push(initiative.clone());
                        self.full_rebuild = true;
                    }
                }
                self.generation += 1;
                // Refresh the editor when it shows this initiative (or was creating it).
                if let Some(editor) = &self.drafts.editor {
                    let same =
                        editor.draft.id == initiative.id || (created && editor.original.is_none());
                    if same {
                        self.drafts.editor = Some(Editor::new(
                            initiative.clone(),
                            Some(initiative),
                            self.tr.language(),
                        ));
                    }
                }
                let text = self.tr.f("saved", &[("name", crate::i18n::arg(name))]);
                self.say(text, false);
            }
            Reply::Deleted { initiative } => {
                self.full_rebuild = true;
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio
                        .initiatives
                        .retain(|existing| existing.id != initiative.id);
                }
                if self
                    .drafts
                    .editor
                    .as_ref()
                    .is_some_and(|editor| editor.draft.id == initiative.id)
                {
                    self.drafts.editor = None;
                }
                self.generation += 1;
                let text = self.tr.f(
                    "deleted",
                    &[("name", crate::i18n::arg(initiative.name.clone()))],
                );
                self.undo = Some(initiative);
                self.say(text, false);
            }
            Reply::SettingsSaved(settings) => {
                self.full_rebuild = true;
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio.settings = settings;
                }
                self.drafts.settings = None;
                self.generation += 1;
                let text = self.tr.t("settings-saved").to_string();
                self.say(text, false);
            }
            Reply::DepartmentsSaved(departments) => {
                self.full_rebuild = true;
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio.departments = departments;
                }
                self.drafts.departments = None;
                self.generation += 1;
                let text = self.tr.t("settings-saved").to_string();
                self.say(text, false);
            }
            Reply::Failed { action, error } => {
                let message = error.message().render(&self.tr);
                if let Some(editor) = self.drafts.editor.as_mut() {
                    editor.saving = false;
                }
                if action == ActionKind::Open && self.portfolio.is_none() {
                    self.load_error = Some(message.clone());
                }
                if matches!(action, ActionKind::Import | ActionKind::Snapshot) {
                    if let Some(dialog) = self.drafts.import.as_mut() {
                        dialog.reading = false;
                        dialog.writing = None;
                        if action == ActionKind::Import {
                            dialog.error = Some(message.clone());
                        }
                    }
                    if let Some(dialog) = self.drafts.snapshots.as_mut() {
                        dialog.loading = false;
                    }
                }
                if let Some(dialog) = self.drafts.backups.as_mut() {
                    dialog.loading = false;
                }
                let text = format!("{}: {message}", self.tr.t(action.key()));
                self.say(text, true);
            }
            Reply::ImportPreview(preview) => {
                if let Some(dialog) = self.drafts.import.as_mut() {
                    dialog.reading = false;
                    dialog.preview = Some(preview);
                }
            }
            Reply::Imported { portfolio, summary } => {
                self.full_rebuild = true;
                self.portfolio = Some(portfolio);
                self.drafts.editor = None;
                self.undo = None;
                self.generation += 1;
                self.drafts.import = None;
                self.say(summary, false);
            }
            Reply::TemplateWritten(path) => {
                if let Some(dialog) = self.drafts.import.as_mut() {
                    dialog.path = path.display().to_string();
                    dialog.error = None;
                    dialog.preview = None;
                }
                let text = self.tr.f(
                    "import-template-saved",
                    &[("path", crate::i18n::arg(path.display().to_string()))],
                );
                self.say(text, false);
            }
            Reply::Snapshots(entries) => {
                if let Some(dialog) = self.drafts.snapshots.as_mut() {
                    dialog.loading = false;
                    dialog.entries = entries;
                    dialog.sanitise_choices();
                }
            }
            Reply::SnapshotCreated { entry, snapshots } => {
                let text = self.tr.f(
                    "snapshot-created",
                    &[("label", crate::i18n::arg(&entry.label))],
                );
                self.say(text, false);
                if let Some(dialog) = self.drafts.snapshots.as_mut() {
                    dialog.loading = false;
                    dialog.entries = snapshots;
                    dialog.sanitise_choices();
                }
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
                self.drafts.editor = None;
                self.drafts.gate = None;
                self.undo = None;
                self.generation += 1;
                self.drafts.snapshots = None;
                self.view = View::Overview;
            }
            Reply::ChangedElsewhere { portfolio } => {
                // A snapshot on screen stays; the live portfolio is read again on leaving.
                if self.viewing_snapshot.is_some() {
                    return;
                }
                // The drafts stay as the user left them: a save of an initiative changed
                // elsewhere is refused as a conflict, nothing is overwritten.
                self.full_rebuild = true;
                self.portfolio = Some(portfolio);
                self.drafts.settings = None;
                self.drafts.departments = None;
                self.generation += 1;
                let text = self.tr.t("changed-elsewhere").to_string();
                self.say(text, false);
            }
            Reply::Backups(backups) => {
                if let Some(dialog) = self.drafts.backups.as_mut() {
                    dialog.loading = false;
                    dialog.backups = backups;
                }
            }
            Reply::Restored {
                path,
                portfolio,
                from,
            } => {
                self.full_rebuild = true;
                self.db_path = path;
                self.portfolio = Some(portfolio);
                self.drafts.editor = None;
                self.drafts.gate = None;
                self.drafts.settings = None;
                self.drafts.departments = None;
                self.drafts.backups = None;
                self.undo = None;
                self.generation += 1;
                let text = self.tr.f(
                    "backup-restored",
                    &[
                        (
                            "when",
                            crate::i18n::arg(crate::format::date_time(
                                from.taken_at,
                                self.tr.language(),
                            )),
                        ),
                        ("count", from.initiatives.into()),
                    ],
                );
                self.say(text, false);
            }
            Reply::Diff(diff) => {
                if let Some(dialog) = self.drafts.snapshots.as_mut() {
                    dialog.loading = false;
                    dialog.diff = Some(diff);
                }
            }
        }
    }
}
