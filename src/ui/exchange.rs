//! The import, export and snapshot dialogs, and the banner shown over a snapshot.

use eframe::egui::{self, RichText};

use super::text_field;
use crate::app::exchange::{
    BrowseTarget, ExportDialog, FileBrowser, ImportDialog, SnapshotsDialog, default_export_path,
};
use crate::app::{Command, Drafts, ViewState};
use crate::exchange::ExportFormat;
use crate::exchange::register::RegisterField;
use crate::format::Language;
use crate::i18n::{I18n, arg};

pub(crate) fn exchange_dialogs(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    if let Some(browser) = drafts.file_browser.as_mut() {
        file_browser(ctx, browser, out);
        return;
    }
    if let Some(dialog) = drafts.import.as_mut() {
        import_dialog(ctx, state, dialog, out);
    }
    if let Some(dialog) = drafts.export.as_mut() {
        export_dialog(ctx, state, dialog, out);
    }
    if let Some(dialog) = drafts.snapshots.as_mut() {
        snapshots_dialog(ctx, state, dialog, out);
    }
}

/// The file chooser (egui_file keeps its own state: the folder shown, the selection).
fn file_browser(ctx: &egui::Context, browser: &mut FileBrowser, out: &mut Vec<Command>) {
    browser.dialog.show(ctx);
    let target = browser.target;
    if browser.dialog.selected() {
        match browser.dialog.path() {
            Some(path) => out.push(Command::FileChosen {
                target,
                path: path.display().to_string(),
            }),
            None => out.push(Command::CloseFileBrowser),
        }
    } else if !browser.dialog.visible() {
        out.push(Command::CloseFileBrowser);
    }
}

/// "Snapshot «Q3» of 30-09-2026 — read only", with the way back.
pub(crate) fn snapshot_banner(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let Some(viewing) = state.viewing_snapshot else {
        return;
    };
    let tr = state.tr;
    let text = tr.f(
        "snapshot-banner",
        &[
            ("label", arg(&viewing.entry.label)),
            (
                "date",
                arg(crate::format::date(viewing.entry.taken_on, tr.language())),
            ),
        ],
    );
    ui.horizontal(|ui| {
        ui.label(
            RichText::new(text)
                .strong()
                .color(ui.visuals().warn_fg_color),
        );
        if ui.button(tr.t("snapshot-leave")).clicked() {
            out.push(Command::LeaveSnapshot);
        }
    });
}

fn field_name(tr: &I18n, field: Option<RegisterField>) -> String {
    match field {
        None => tr.t("import-ignore").to_string(),
        Some(field) => field.header(tr.language()),
    }
}

/// Choose a file, preview, map columns, confirm; `dialog` holds the path and mapping.
fn import_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    dialog: &mut ImportDialog,
    out: &mut Vec<Command>,
) {
    let read_only = state.is_read_only();
    let tr = state.tr;
    let mut read = false;
    let mut confirm = false;
    let mut close = false;
    let mut template: Option<Language> = None;
    let mut browse_from: Option<String> = None;
    let modal = egui::Modal::new(egui::Id::unique("import-dialog")).show(ctx, |ui| {
        ui.set_width(780.0);
        ui.heading(tr.t("import-title"));
        ui.label(tr.t("import-hint"));
        ui.horizontal(|ui| {
            let response = text_field(ui, tr.t("import-file"), &mut dialog.path);
            if response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
                read = true;
            }
            if ui.button(tr.t("browse")).clicked() {
                browse_from = Some(dialog.path.clone());
            }
            if ui
                .add_enabled(!dialog.reading, egui::Button::new(tr.t("import-read")))
                .clicked()
            {
                read = true;
            }
        });
        ui.horizontal(|ui| {
            ui.label(RichText::new(tr.t("import-template-hint")).weak());
            if ui.button(tr.t("import-template-nl")).clicked() {
                template = Some(Language::Dutch);
            }
            if ui.button(tr.t("import-template-en")).clicked() {
                template = Some(Language::English);
            }
        });
        if dialog.reading {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(tr.t("import-reading"));
            });
        }
        if let Some(error) = &dialog.error {
            ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
        }
        if let Some(preview) = dialog.preview.as_ref() {
            ui.separator();
            ui.label(RichText::new(preview.described.text(tr.language())).strong());
            if !preview.headers.is_empty() {
                ui.label(RichText::new(tr.t("import-mapping")).strong());
                let mut remap: Option<(String, Option<RegisterField>)> = None;
                egui::ScrollArea::vertical()
                    .id_salt("import-mapping")
                    .max_height(170.0)
                    .show(ui, |ui| {
                        egui::Grid::new("import-mapping-grid")
                            .striped(true)
                            .num_columns(2)
                            .show(ui, |ui| {
                                for (header, field) in
                                    preview.headers.iter().zip(&preview.mapping.columns)
                                {
                                    let label = ui.label(header);
                                    let mut choice = *field;
                                    egui::ComboBox::from_id_salt(("map", header))
                                        .selected_text(field_name(tr, *field))
                                        .width(260.0)
                                        .show_ui(ui, |ui| {
                                            ui.selectable_value(
                                                &mut choice,
                                                None,
                                                field_name(tr, None),
                                            );
                                            for option in RegisterField::CHOICES {
                                                ui.selectable_value(
                                                    &mut choice,
                                                    Some(option),
                                                    field_name(tr, Some(option)),
                                                );
                                            }
                                        })
                                        .response
                                        .labelled_by(label.id);
                                    if choice != *field {
                                        remap = Some((header.clone(), choice));
                                    }
                                    ui.end_row();
                                }
                            });
                    });
                if let Some((header, choice)) = remap {
                    dialog.overrides.insert(header, choice);
                    read = true;
                }
            }
            for note in &preview.notes {
                ui.label(RichText::new(format!("• {}", note.text(tr.language()))).weak());
            }
            if preview.problems.is_empty() {
                ui.label(
                    RichText::new(tr.f(
                        "import-summary",
                        &[
                            ("created", preview.created.len().into()),
                            ("updated", preview.updated.len().into()),
                            ("unchanged", preview.unchanged.len().into()),
                        ],
                    ))
                    .strong(),
                );
                egui::ScrollArea::vertical()
                    .id_salt("import-rows")
                    .max_height(180.0)
                    .show(ui, |ui| {
                        egui::Grid::new("import-rows-grid")
                            .striped(true)
                            .num_columns(3)
                            .show(ui, |ui| {
                                for (row, name) in preview.created.iter().take(500) {
                                    ui.label(tr.f("import-row", &[("row", (*row).into())]));
                                    ui.label(name);
                                    ui.label(tr.t("import-new"));
                                    ui.end_row();
                                }
                                for update in preview.updated.iter().take(500) {
                                    ui.label(tr.f("import-row", &[("row", update.row.into())]));
                                    ui.label(&update.name);
                                    ui.label(
                                        tr.f(
                                            "import-updates",
                                            &[(
                                                "fields",
                                                arg(update
                                                    .fields
                                                    .iter()
                                                    .map(|field| {
                                                        crate::exchange::import::field_label(
                                                            field,
                                                            tr.language(),
                                                        )
                                                    })
                                                    .collect::<Vec<_>>()
                                                    .join(", ")),
                                            )],
                                        ),
                                    );
                                    ui.end_row();
                                }
                            });
                    });
            } else {
                ui.label(
                    RichText::new(tr.f(
                        "import-problems",
                        &[("count", preview.problems.len().into())],
                    ))
                    .strong()
                    .color(ui.visuals().error_fg_color),
                );
                egui::ScrollArea::vertical()
                    .id_salt("import-problems")
                    .max_height(200.0)
                    .show(ui, |ui| {
                        for message in preview.problem_messages_in(tr.language()).iter().take(1000)
                        {
                            ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
                        }
                    });
            }
        }
        ui.separator();
        if let Some(progress) = &dialog.writing {
            ui.add(
                egui::ProgressBar::new(progress.fraction())
                    .show_percentage()
                    .animate(true),
            );
            if ui.button(tr.t("cancel")).clicked() {
                progress.cancel();
            }
            ui.ctx().request_repaint();
        } else {
            ui.horizontal(|ui| {
                let can = !read_only
                    && dialog
                        .preview
                        .as_ref()
                        .is_some_and(|preview| preview.can_import());
                if ui
                    .add_enabled(can, egui::Button::new(tr.t("import-confirm")))
                    .clicked()
                {
                    confirm = true;
                }
                if ui.button(tr.t("close")).clicked() {
                    close = true;
                }
                if read_only {
                    ui.label(RichText::new(tr.t("snapshot-read-only-refused")).weak());
                }
            });
        }
    });
    if let Some(language) = template {
        out.push(Command::WriteTemplate(language));
        return;
    }
    if let Some(from) = browse_from {
        out.push(Command::Browse {
            target: BrowseTarget::Import,
            from,
        });
        return;
    }
    if close || (modal.should_close() && dialog.writing.is_none()) {
        out.push(Command::CloseImportDialog);
    } else if confirm {
        out.push(Command::ConfirmImport);
    } else if read {
        out.push(Command::PreviewImport);
    }
}

/// Format, language and file, then a background job; `dialog` holds the choices.
fn export_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    dialog: &mut ExportDialog,
    out: &mut Vec<Command>,
) {
    let db_path = state.db_path;
    let today = state.today;
    let snapshot = state
        .viewing_snapshot
        .map(|viewing| viewing.entry.label.clone());
    let tr = state.tr;
    let mut start = false;
    let mut close = false;
    let mut browse_from: Option<String> = None;
    let modal = egui::Modal::new(egui::Id::unique("export-dialog")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(tr.t("export-title"));
        if let Some(label) = &snapshot {
            ui.label(tr.f("export-snapshot", &[("label", arg(label))]));
        }
        let busy = dialog.job.is_some();
        ui.add_enabled_ui(!busy, |ui| {
            ui.label(RichText::new(tr.t("export-format")).strong());
            let before = (dialog.format, dialog.language);
            for format in ExportFormat::ALL {
                let key = format!("export-format-{}", format.extension());
                ui.radio_value(&mut dialog.format, format, tr.t(&key));
            }
            ui.label(RichText::new(tr.t("export-language")).strong());
            ui.horizontal(|ui| {
                for language in Language::ALL {
                    ui.radio_value(&mut dialog.language, language, language.native_name());
                }
            });
            if (dialog.format, dialog.language) != before {
                // Follow the format in the file name, unless the user typed their own.
                let old_default = default_export_path(db_path, before.0, today, before.1);
                if dialog.path == old_default {
                    dialog.path =
                        default_export_path(db_path, dialog.format, today, dialog.language);
                } else if let Some(stem) = dialog
                    .path
                    .rsplit_once('.')
                    .map(|(stem, _)| stem.to_string())
                {
                    dialog.path = format!("{stem}.{}", dialog.format.extension());
                }
            }
            ui.horizontal(|ui| {
                text_field(ui, tr.t("export-file"), &mut dialog.path);
                if ui.button(tr.t("browse")).clicked() {
                    browse_from = Some(dialog.path.clone());
                }
            });
            ui.label(RichText::new(tr.t("export-atomic")).weak());
        });
        if let Some(job) = &dialog.job {
            ui.add(
                egui::ProgressBar::new(job.progress.fraction())
                    .show_percentage()
                    .animate(true),
            );
            if ui.button(tr.t("cancel")).clicked() {
                job.progress.cancel();
            }
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        if let Some(error) = &dialog.error {
            ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
        }
        if let Some(done) = &dialog.done {
            ui.label(RichText::new(done).strong());
        }
        ui.separator();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!busy, egui::Button::new(tr.t("export-start")))
                .clicked()
            {
                start = true;
            }
            if ui
                .add_enabled(!busy, egui::Button::new(tr.t("close")))
                .clicked()
            {
                close = true;
            }
        });
    });
    let busy = dialog.job.is_some();
    if let Some(from) = browse_from {
        out.push(Command::Browse {
            target: BrowseTarget::Export,
            from,
        });
        return;
    }
    if close || (modal.should_close() && !busy) {
        out.push(Command::CloseExportDialog);
    } else if start {
        out.push(Command::StartExport);
    }
}

/// Take, list, open, compare and delete snapshots; `dialog` holds the label and choices.
fn snapshots_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    dialog: &mut SnapshotsDialog,
    out: &mut Vec<Command>,
) {
    let read_only = state.is_read_only();
    let tr = state.tr;
    let language = tr.language();
    let mut commands: Vec<Command> = Vec::new();
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("snapshots-dialog")).show(ctx, |ui| {
        ui.set_width(760.0);
        ui.heading(tr.t("snapshots-title"));
        ui.label(tr.t("snapshots-hint"));
        ui.add_enabled_ui(!read_only, |ui| {
            ui.horizontal(|ui| {
                text_field(ui, tr.t("snapshot-label"), &mut dialog.label);
                if ui
                    .add_enabled(
                        !dialog.label.trim().is_empty() && !dialog.loading,
                        egui::Button::new(tr.t("snapshot-create")),
                    )
                    .clicked()
                {
                    commands.push(Command::CreateSnapshot {
                        label: dialog.label.trim().to_string(),
                    });
                }
            });
        });
        if dialog.loading {
            ui.spinner();
        }
        ui.separator();
        if dialog.entries.is_empty() && !dialog.loading {
            ui.label(tr.t("snapshots-none"));
        }
        egui::ScrollArea::vertical()
            .id_salt("snapshot-list")
            .max_height(220.0)
            .show(ui, |ui| {
                egui::Grid::new("snapshot-grid")
                    .striped(true)
                    .num_columns(5)
                    .show(ui, |ui| {
                        for entry in &dialog.entries {
                            ui.label(crate::format::date(entry.taken_on, language));
                            ui.label(RichText::new(&entry.label).strong());
                            ui.label(
                                tr.f("snapshot-count", &[("count", entry.initiatives.into())]),
                            );
                            if ui
                                .button(tr.f("snapshot-open", &[("label", arg(&entry.label))]))
                                .clicked()
                            {
                                commands.push(Command::OpenSnapshot(entry.id));
                            }
                            if dialog.confirm_delete == Some(entry.id) {
                                ui.horizontal(|ui| {
                                    if ui.button(tr.t("snapshot-delete-confirm")).clicked() {
                                        commands.push(Command::DeleteSnapshot(entry.id));
                                    }
                                    if ui.button(tr.t("cancel")).clicked() {
                                        dialog.confirm_delete = None;
                                    }
                                });
                            } else if ui
                                .add_enabled(
                                    !read_only,
                                    egui::Button::new(
                                        tr.f("snapshot-delete", &[("label", arg(&entry.label))]),
                                    ),
                                )
                                .clicked()
                            {
                                dialog.confirm_delete = Some(entry.id);
                            }
                            ui.end_row();
                        }
                    });
            });
        if !dialog.entries.is_empty() {
            ui.separator();
            ui.label(RichText::new(tr.t("snapshot-compare-title")).strong());
            let name = |id: Option<i64>| match id {
                None => tr.t("snapshot-now").to_string(),
                Some(id) => dialog
                    .entries
                    .iter()
                    .find(|entry| entry.id == id)
                    .map(|entry| entry.label.clone())
                    .unwrap_or_default(),
            };
            let mut from = dialog.from;
            let mut to = dialog.to;
            ui.horizontal(|ui| {
                for (label, value) in [
                    (tr.t("snapshot-from"), &mut from),
                    (tr.t("snapshot-to"), &mut to),
                ] {
                    // The word before the box ("compare … with …") names it for screen readers.
                    let label = ui.label(label);
                    egui::ComboBox::from_id_salt(("snapshot-compare", label.id))
                        .selected_text(name(*value))
                        .show_ui(ui, |ui| {
                            ui.selectable_value(value, None, name(None));
                            for entry in &dialog.entries {
                                ui.selectable_value(value, Some(entry.id), entry.label.clone());
                            }
                        })
                        .response
                        .labelled_by(label.id);
                }
                if ui.button(tr.t("snapshot-compare")).clicked() {
                    commands.push(Command::CompareSnapshots { from, to });
                }
            });
            dialog.from = from;
            dialog.to = to;
            if let Some(diff) = &dialog.diff {
                diff_ui(ui, tr, diff);
            }
        }
        ui.separator();
        if ui.button(tr.t("close")).clicked() {
            close = true;
        }
    });
    out.extend(commands);
    if close || modal.should_close() {
        out.push(Command::CloseSnapshotsDialog);
    }
}

fn diff_ui(ui: &mut egui::Ui, tr: &I18n, diff: &crate::exchange::snapshot::Diff) {
    use crate::format::money_whole;
    let language = tr.language();
    let side = |label: &str| {
        if label == "now" {
            tr.t("snapshot-now").to_string()
        } else {
            label.to_string()
        }
    };
    ui.label(
        RichText::new(tr.f(
            "diff-title",
            &[
                ("from", arg(side(&diff.from))),
                ("to", arg(side(&diff.to))),
                ("before", diff.initiatives_from.into()),
                ("after", diff.initiatives_to.into()),
            ],
        ))
        .strong(),
    );
    if diff.is_empty() {
        ui.label(tr.t("diff-none"));
        return;
    }
    egui::ScrollArea::vertical()
        .id_salt("diff")
        .max_height(260.0)
        .show(ui, |ui| {
            let mut section = |key: &str, lines: Vec<String>| {
                if lines.is_empty() {
                    return;
                }
                ui.label(RichText::new(tr.f(key, &[("count", lines.len().into())])).strong());
                for line in lines {
                    ui.label(format!("  {line}"));
                }
            };
            section("diff-new", diff.new.clone());
            section("diff-removed", diff.removed.clone());
            section("diff-stopped", diff.stopped.clone());
            section(
                "diff-phase",
                diff.phase_moves
                    .iter()
                    .map(|change| {
                        move_line(
                            tr,
                            &change.name,
                            tr.name("phase", change.from),
                            tr.name("phase", change.to),
                        )
                    })
                    .collect(),
            );
            section(
                "diff-budget",
                diff.budget_changes
                    .iter()
                    .map(|change| {
                        tr.f(
                            "diff-budget-line",
                            &[
                                ("name", arg(&change.name)),
                                (
                                    "innovation_from",
                                    arg(money_whole(change.innovation_from_cents, language)),
                                ),
                                (
                                    "innovation_to",
                                    arg(money_whole(change.innovation_to_cents, language)),
                                ),
                                (
                                    "operation_from",
                                    arg(money_whole(change.operation_from_cents, language)),
                                ),
                                (
                                    "operation_to",
                                    arg(money_whole(change.operation_to_cents, language)),
                                ),
                            ],
                        )
                    })
                    .collect(),
            );
            section(
                "diff-readiness",
                diff.readiness_changes
                    .iter()
                    .map(|change| {
                        move_line(
                            tr,
                            &change.name,
                            tr.name("verdict", change.from),
                            tr.name("verdict", change.to),
                        )
                    })
                    .collect(),
            );
            section(
                "diff-health",
                diff.health_changes
                    .iter()
                    .map(|change| {
                        let status = |value: Option<&str>| {
                            value.map_or_else(
                                || tr.t("health-none").to_string(),
                                |id| tr.name("health", id),
                            )
                        };
                        let mut line =
                            move_line(tr, &change.name, status(change.from), status(change.to));
                        if !change.reason.is_empty() {
                            line.push_str(&format!(" ({})", change.reason));
                        }
                        line
                    })
                    .collect(),
            );
        });
}

/// "Name: from X to Y".
fn move_line(tr: &I18n, name: &str, from: String, to: String) -> String {
    tr.f(
        "diff-move",
        &[("name", arg(name)), ("from", arg(from)), ("to", arg(to))],
    )
}
