//! The store worker's replies, taken in one place: the portfolio as stored after each
//! write, the dialogs' results, and failures put in words for the status bar.

use super::exchange::ViewingSnapshot;
use super::worker::{ActionKind, Reply};
use super::{Editor, ProeftuinApp, View};

impl ProeftuinApp {
    /// Take in one reply of the store worker.
    pub(super) fn apply_reply(&mut self, reply: Reply) {
        match reply {
            Reply::ConnectionTested(tested) => {
                let Some(dialog) = self.drafts.shared.as_mut() else {
                    return;
                };
                dialog.working = false;
                dialog.tested = Some(match tested {
                    Ok(report) => (
                        self.tr.f(
                            if report.read_only {
                                "shared-test-ok-viewer"
                            } else {
                                "shared-test-ok-editor"
                            },
                            &[
                                ("portfolio", crate::i18n::arg(report.describe)),
                                ("user", crate::i18n::arg(report.user)),
                                ("count", report.initiatives.into()),
                            ],
                        ),
                        true,
                    ),
                    Err(failure) => (failure.message().render(&self.tr), false),
                });
            }
            Reply::Copied {
                target,
                initiatives,
                snapshots,
            } => {
                self.drafts.shared = None;
                let text = self.tr.f(
                    "copied-to",
                    &[
                        ("target", crate::i18n::arg(target.describe())),
                        ("count", initiatives.into()),
                        ("snapshots", snapshots.into()),
                    ],
                );
                self.say(text, false);
            }
            Reply::Offline(failure) => {
                let text = failure.message().render(&self.tr);
                self.offline = Some(text.clone());
                self.say(text, true);
            }
            Reply::Online {
                location,
                portfolio,
                read_only,
            } => {
                self.offline = None;
                if self.portfolio.is_none() || location != self.db {
                    // Reached at last after a failed first open.
                    self.apply_reply(Reply::Opened {
                        location,
                        portfolio,
                        on_network_share: false,
                        read_only,
                    });
                } else {
                    self.file_read_only = read_only;
                    self.apply_reply(Reply::ChangedElsewhere { portfolio });
                }
                let text = self.tr.f(
                    "back-online",
                    &[("server", crate::i18n::arg(self.db.describe()))],
                );
                self.say(text, false);
            }
            Reply::Opened {
                location,
                portfolio,
                on_network_share,
                read_only,
            } => {
                // Nothing is written before the quick check has answered: it is asked for
                // after the first frame that shows the portfolio, before its commands.
                self.quick_check_due = true;
                self.file_read_only = read_only;
                self.offline = None;
                self.damaged = None;
                if let Some(viewing) = self.viewing_snapshot.take() {
                    self.today = viewing.real_today;
                }
                self.full_rebuild = true;
                // Another portfolio has its own peer library (asked for when shown).
                if location != self.db {
                    self.peers = None;
                    self.peers_requested = false;
                    self.peer_choice = None;
                    // A self-assessment being filled in belongs to the portfolio it was
                    // started on (its evidence names that portfolio's initiatives).
                    self.drafts.assessment = None;
                }
                self.db_path = super::file_like(&location);
                self.remember_recent(&location);
                self.db = location;
                self.on_network_share = on_network_share;
                self.portfolio = Some(portfolio);
                self.load_error = None;
                self.drafts.editor = None;
                self.drafts.gate = None;
                self.drafts.conflict = None;
                self.drafts.trash = None;
                self.history.clear();
                self.initiative_history = None;
                self.drafts.settings = None;
                self.drafts.departments = None;
                self.generation += 1;
                let text = self
                    .tr
                    .f("opened", &[("path", crate::i18n::arg(self.db.describe()))]);
                self.say(text, false);
            }
            Reply::Saved {
                initiative,
                created,
                before,
            } => {
                let Some(portfolio) = self.portfolio.as_mut() else {
                    return;
                };
                self.history.record(super::undo::UndoStep {
                    before,
                    after: Some(initiative.clone()),
                });
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
                        self.worker
                            .send(super::worker::Request::LoadHistory(initiative.id));
                        self.drafts.editor = Some(Editor::new(
                            initiative.clone(),
                            Some(initiative),
                            self.tr.language(),
                        ));
                    }
                }
                if created && self.drafts.trash.is_some() {
                    self.worker.send(super::worker::Request::ListTrash);
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
                self.history.record(super::undo::UndoStep {
                    before: Some(initiative),
                    after: None,
                });
                if self.drafts.trash.is_some() {
                    self.worker.send(super::worker::Request::ListTrash);
                }
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
                if let Some(dialog) = self.drafts.shared.as_mut() {
                    dialog.working = false;
                    if matches!(action, ActionKind::Backup | ActionKind::Open) {
                        dialog.tested = Some((message.clone(), false));
                    }
                }
                // The server stopped answering: the worker tries again; until then the
                // portfolio stays visible and nothing can be changed.
                if matches!(error.message().key, "store-server" | "store-server-lost")
                    && self.portfolio.is_some()
                {
                    self.offline = Some(message.clone());
                }
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
                if let Some(dialog) = self.drafts.trash.as_mut() {
                    dialog.loading = false;
                }
                if action == ActionKind::Undo {
                    // The step cannot be carried out (changed elsewhere, trash emptied):
                    // it is dropped, the next one can still be undone.
                    self.history.failed();
                }
                let text = format!("{}: {message}", self.tr.t(action.key()));
                self.say(text, true);
            }
            Reply::Conflict { mine, theirs } => {
                let base = self
                    .drafts
                    .editor
                    .as_mut()
                    .filter(|editor| editor.draft.id == mine.id)
                    .and_then(|editor| {
                        editor.saving = false;
                        editor.original.clone()
                    })
                    .unwrap_or_else(|| theirs.clone());
                self.put_initiative(theirs.clone());
                let text = self.tr.f(
                    "conflict-found",
                    &[("name", crate::i18n::arg(theirs.name.clone()))],
                );
                self.drafts.conflict = Some(super::conflict::ConflictDialog::Initiative(Box::new(
                    super::conflict::Merge::new(&base, mine, theirs),
                )));
                self.say(text, true);
            }
            Reply::SettingsConflict { mine, theirs } => {
                let base = self.settings_base.clone().unwrap_or_else(|| theirs.clone());
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio.settings = theirs.clone();
                }
                self.full_rebuild = true;
                self.generation += 1;
                self.drafts.conflict = Some(super::conflict::ConflictDialog::Settings(Box::new(
                    super::conflict::Merge::new(&base, mine, theirs),
                )));
                let text = self.tr.t("conflict-settings-found").to_string();
                self.say(text, true);
            }
            Reply::DepartmentsConflict { mine, theirs } => {
                let base = self
                    .departments_base
                    .clone()
                    .unwrap_or_else(|| theirs.clone());
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio.departments = theirs.clone();
                }
                self.full_rebuild = true;
                self.generation += 1;
                self.drafts.conflict = Some(super::conflict::ConflictDialog::Departments(
                    Box::new(super::conflict::DepartmentsMerge::new(&base, mine, theirs)),
                ));
                let text = self.tr.t("conflict-departments-found").to_string();
                self.say(text, true);
            }
            Reply::Stepped { step, redo } => {
                let (now, id) = if redo {
                    (step.after.clone(), step.before.as_ref().map(|i| i.id))
                } else {
                    (step.before.clone(), step.after.as_ref().map(|i| i.id))
                };
                let key = step.key();
                let name = step.name().to_string();
                match now {
                    Some(initiative) => {
                        let editing = self.drafts.editor.as_ref().is_some_and(|editor| {
                            editor.draft.id == initiative.id && !editor.is_dirty(self.tr.language())
                        });
                        if editing {
                            self.drafts.editor = Some(Editor::new(
                                initiative.clone(),
                                Some(initiative.clone()),
                                self.tr.language(),
                            ));
                            self.worker
                                .send(super::worker::Request::LoadHistory(initiative.id));
                        }
                        self.put_initiative(initiative);
                    }
                    None => {
                        if let Some(id) = id {
                            self.remove_initiative(id);
                        }
                    }
                }
                self.history.done(step, redo);
                if self.drafts.trash.is_some() {
                    self.worker.send(super::worker::Request::ListTrash);
                }
                let done = self.tr.f(key, &[("name", crate::i18n::arg(name))]);
                let text = self.tr.f(
                    if redo { "redone" } else { "undone" },
                    &[("what", crate::i18n::arg(done))],
                );
                self.say(text, false);
            }
            Reply::DoesNotExist(path) => {
                // A mistyped path is not made into a new portfolio without asking.
                self.drafts.file_dialog = Some(super::FileDialog {
                    creating: true,
                    path: path.display().to_string(),
                    municipality: String::new(),
                    missing: true,
                });
            }
            Reply::Sound => {}
            Reply::Damaged {
                path,
                details,
                backup,
            } => {
                let message = crate::store::StoreError::Damaged {
                    path: path.clone(),
                    details,
                }
                .message()
                .render(&self.tr);
                self.full_rebuild = true;
                self.portfolio = None;
                self.db_path = path.clone();
                self.db = crate::store::Location::File(path.clone());
                self.drafts.editor = None;
                self.drafts.gate = None;
                self.history.clear();
                self.load_error = Some(message.clone());
                self.file_read_only = false;
                if let Some(viewing) = self.viewing_snapshot.take() {
                    self.today = viewing.real_today;
                }
                self.damaged = Some(super::DamagedFile { path, backup });
                self.generation += 1;
                self.say(message, true);
            }
            Reply::AssessmentSaved(assessment) => {
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio
                        .assessments
                        .retain(|kept| kept.assessed_on != assessment.assessed_on);
                    portfolio.assessments.push(assessment.clone());
                    portfolio.assessments.sort_by_key(|kept| kept.assessed_on);
                }
                self.generation += 1;
                if let Some(draft) = self.drafts.assessment.as_mut() {
                    draft.saved = Some(assessment.clone());
                }
                let text = self.tr.f(
                    "assessment-saved",
                    &[(
                        "date",
                        crate::i18n::arg(crate::format::date(
                            assessment.assessed_on,
                            self.tr.language(),
                        )),
                    )],
                );
                self.say(text, false);
            }
            Reply::Peers(library) => {
                self.peers = Some(*library);
                self.peers_generation += 1;
            }
            Reply::PeersImported {
                path,
                added,
                updated,
                other_levels,
                library,
            } => {
                self.peers = Some(*library);
                self.peers_generation += 1;
                self.drafts.peer_file.clear();
                let text = self.tr.f(
                    "peers-imported",
                    &[
                        (
                            "file",
                            crate::i18n::arg(
                                path.file_name()
                                    .map(|name| name.to_string_lossy().into_owned())
                                    .unwrap_or_default(),
                            ),
                        ),
                        ("added", added.into()),
                        ("updated", updated.into()),
                        ("other", other_levels.into()),
                    ],
                );
                self.say(text, false);
            }
            Reply::Trash(entries) => {
                if let Some(dialog) = self.drafts.trash.as_mut() {
                    dialog.loading = false;
                    dialog.entries = entries;
                }
            }
            Reply::TrashEmptied(count) => {
                if let Some(dialog) = self.drafts.trash.as_mut() {
                    dialog.entries.clear();
                }
                // Steps that would bring an initiative back from the trash cannot any more.
                let text = crate::i18n::Message::new("trash-emptied")
                    .with_number("count", i64::try_from(count).unwrap_or(i64::MAX))
                    .render(&self.tr);
                self.say(text, false);
            }
            Reply::History { id, entries } => {
                self.initiative_history = Some((id, entries));
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
                self.generation += 1;
                self.drafts.snapshots = None;
                self.view = View::Overview;
            }
            Reply::ChangedElsewhere { portfolio } => {
                // A snapshot on screen stays; the live portfolio is read again on leaving.
                if self.viewing_snapshot.is_some() {
                    return;
                }
                // Someone may have added to the peer library: read it again when shown.
                if self.peers.is_some() {
                    self.worker.send(super::worker::Request::LoadPeers);
                }
                // The drafts stay as the user left them: a save of an initiative changed
                // elsewhere is refused as a conflict, nothing is overwritten.
                self.full_rebuild = true;
                // Untouched copies of the settings show the new values; edited ones stay
                // (their save meets the change as a conflict).
                if self.drafts.settings.is_some() && self.drafts.settings == self.settings_base {
                    self.drafts.settings = None;
                }
                if self.drafts.departments.is_some()
                    && self.drafts.departments == self.departments_base
                {
                    self.drafts.departments = None;
                }
                self.portfolio = Some(portfolio);
                self.generation += 1;
                if let Some(id) = self.drafts.editor.as_ref().map(|editor| editor.draft.id)
                    && id > 0
                {
                    self.worker.send(super::worker::Request::LoadHistory(id));
                }
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
                self.db = crate::store::Location::File(path.clone());
                self.db_path = path;
                self.portfolio = Some(portfolio);
                self.drafts.editor = None;
                self.drafts.gate = None;
                self.drafts.settings = None;
                self.drafts.departments = None;
                self.drafts.backups = None;
                self.history.clear();
                self.load_error = None;
                self.damaged = None;
                self.file_read_only = false;
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

impl ProeftuinApp {
    /// Put an initiative as stored into the portfolio in memory (replacing its old copy).
    fn put_initiative(&mut self, initiative: crate::domain::Initiative) {
        let Some(portfolio) = self.portfolio.as_mut() else {
            return;
        };
        match portfolio
            .initiatives
            .iter()
            .position(|existing| existing.id == initiative.id)
        {
            Some(index) => {
                portfolio.initiatives[index] = initiative;
                self.changed_rows.push(index);
            }
            None => {
                portfolio.initiatives.push(initiative);
                self.full_rebuild = true;
            }
        }
        self.generation += 1;
    }

    /// Take an initiative out of the portfolio in memory (it went to the trash).
    fn remove_initiative(&mut self, id: crate::domain::InitiativeId) {
        if let Some(portfolio) = self.portfolio.as_mut() {
            portfolio.initiatives.retain(|existing| existing.id != id);
        }
        if self
            .drafts
            .editor
            .as_ref()
            .is_some_and(|editor| editor.draft.id == id)
        {
            self.drafts.editor = None;
        }
        self.full_rebuild = true;
        self.generation += 1;
    }
}
