//! The conflict dialog (a save met a newer stored version: both values per field, keep
//! mine / take theirs / merge), the trash, and an initiative's history of changes.

use eframe::egui::{self, RichText};

use crate::app::{Command, Drafts, Resolution, ViewState};
use crate::domain::Take;
use crate::i18n::{I18n, arg};
use crate::store::AuditEntry;

/// A field's label in the user's language (`start_date` → "Start date").
pub(crate) fn field_label(tr: &I18n, field: &str) -> String {
    tr.name("changed-field", field)
}

/// A stored value in the user's language: enumerations by their names, empty as "(empty)".
pub(crate) fn shown_value(tr: &I18n, field: &str, value: &str) -> String {
    if value.is_empty() {
        return tr.t("value-empty").to_string();
    }
    if matches!(field, "start_date" | "end_date" | "phase_since")
        && let Ok(date) = chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d")
    {
        return crate::format::date(date, tr.language());
    }
    let prefix = match field {
        "kind" => "kind",
        "quadrant" => "quadrant",
        "phase" => "phase",
        "degree" => "degree",
        "innovation_type" => "innovation-type",
        "technology_from" | "target_group" => "inside-outside",
        "tech_level" => "tech-level",
        "management_model" => "management-model",
        "organised" => "organised",
        "starting_position" => "position",
        _ => return value.to_string(),
    };
    tr.name(prefix, value)
}

pub(crate) fn conflict_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let Some(dialog) = drafts.conflict.as_mut() else {
        return;
    };
    let rows = dialog.rows();
    let heading = match dialog.heading() {
        (key, Some(name)) => tr.f(key, &[("name", arg(name.to_string()))]),
        (key, None) => tr.t(key).to_string(),
    };
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("conflict-dialog")).show(ctx, |ui| {
        ui.set_width(820.0);
        ui.heading(tr.t("conflict-title"));
        ui.label(RichText::new(heading).strong());
        ui.label(RichText::new(tr.t("conflict-hint")).weak());
        ui.separator();
        egui::ScrollArea::vertical()
            .max_height(420.0)
            .show(ui, |ui| {
                egui::Grid::new("conflict-grid")
                    .striped(true)
                    .num_columns(3)
                    .min_col_width(160.0)
                    .show(ui, |ui| {
                        ui.label(RichText::new(tr.t("conflict-field")).strong());
                        ui.label(RichText::new(tr.t("conflict-mine")).strong());
                        ui.label(RichText::new(tr.t("conflict-theirs")).strong());
                        ui.end_row();
                        let choices = dialog.choices_mut();
                        for (index, row) in rows.iter().enumerate() {
                            let (field, mine, theirs, both) =
                                (row.field, &row.mine, &row.theirs, &row.changed_by_both);
                            let label = row.name.clone().unwrap_or_else(|| field_label(tr, field));
                            ui.vertical(|ui| {
                                ui.label(RichText::new(&label).strong());
                                if *both {
                                    ui.label(
                                        RichText::new(tr.t("conflict-both"))
                                            .color(ui.visuals().warn_fg_color),
                                    );
                                }
                            });
                            for (take, value, key) in [
                                (Take::Mine, mine, "conflict-choose-mine"),
                                (Take::Theirs, theirs, "conflict-choose-theirs"),
                            ] {
                                let text = shown_value(tr, field, value);
                                let accessible = tr.f(key, &[("field", arg(label.clone()))]);
                                // The accessible name says whose value and which field.
                                let response = ui
                                    .radio(choices[index] == take, text)
                                    .on_hover_text(&accessible);
                                response.widget_info(|| {
                                    egui::WidgetInfo::selected(
                                        egui::Role::RadioButton,
                                        true,
                                        choices[index] == take,
                                        &accessible,
                                    )
                                });
                                if response.clicked() {
                                    choices[index] = take;
                                }
                            }
                            ui.end_row();
                        }
                    });
            });
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(tr.t("conflict-save-merged")).clicked() {
                answer = Some(Resolution::SaveMerged);
            }
            if ui.button(tr.t("conflict-keep-mine")).clicked() {
                answer = Some(Resolution::KeepMine);
            }
            if ui.button(tr.t("conflict-take-theirs")).clicked() {
                answer = Some(Resolution::TakeTheirs);
            }
            if ui.button(tr.t("cancel")).clicked() {
                answer = Some(Resolution::Cancel);
            }
        });
    });
    if let Some(answer) = answer {
        out.push(Command::ResolveConflict(answer));
    } else if modal.should_close() {
        out.push(Command::ResolveConflict(Resolution::Cancel));
    }
}

pub(crate) fn trash_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &Drafts,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let Some(dialog) = drafts.trash.as_ref() else {
        return;
    };
    let language = tr.language();
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("trash-dialog")).show(ctx, |ui| {
        ui.set_width(640.0);
        ui.heading(tr.t("trash-title"));
        ui.label(RichText::new(tr.t("trash-hint")).weak());
        ui.separator();
        if dialog.loading {
            crate::ui::busy(ui, tr.t("busy-trash"));
        } else if dialog.entries.is_empty() {
            ui.label(tr.t("trash-none"));
        }
        let writable = !state.is_read_only();
        egui::ScrollArea::vertical()
            .max_height(320.0)
            .show(ui, |ui| {
                egui::Grid::new("trash-grid")
                    .striped(true)
                    .num_columns(3)
                    .show(ui, |ui| {
                        for entry in &dialog.entries {
                            ui.label(RichText::new(&entry.name).strong());
                            let when = crate::format::date_time(
                                Some(crate::format::utc_as_local(entry.deleted_at)),
                                language,
                            );
                            ui.label(tr.f(
                                "trash-deleted",
                                &[("when", arg(when)), ("user", arg(entry.deleted_by.clone()))],
                            ));
                            let label = tr.f("trash-restore", &[("name", arg(entry.name.clone()))]);
                            if ui.add_enabled(writable, egui::Button::new(label)).clicked() {
                                commands.push(Command::RestoreFromTrash(entry.id));
                            }
                            ui.end_row();
                        }
                    });
            });
        ui.separator();
        if dialog.asking_empty {
            ui.label(
                RichText::new(tr.f(
                    "trash-empty-question",
                    &[("count", dialog.entries.len().into())],
                ))
                .color(ui.visuals().warn_fg_color),
            );
            ui.horizontal(|ui| {
                if ui.button(tr.t("trash-empty-confirm")).clicked() {
                    commands.push(Command::ConfirmEmptyTrash);
                }
                if ui.button(tr.t("cancel")).clicked() {
                    commands.push(Command::CancelEmptyTrash);
                }
            });
        } else {
            ui.horizontal(|ui| {
                if ui
                    .add_enabled(
                        writable && !dialog.entries.is_empty(),
                        egui::Button::new(tr.t("trash-empty")),
                    )
                    .clicked()
                {
                    commands.push(Command::AskEmptyTrash);
                }
                if ui.button(tr.t("close")).clicked() {
                    commands.push(Command::CloseTrash);
                }
            });
        }
    });
    if commands.is_empty() && modal.should_close() {
        commands.push(if dialog.asking_empty {
            Command::CancelEmptyTrash
        } else {
            Command::CloseTrash
        });
    }
    out.extend(commands);
}

/// An initiative's history of changes, newest first (in the editor).
pub(crate) fn history_ui(ui: &mut egui::Ui, state: &ViewState<'_>) {
    let tr = state.tr;
    let Some(entries) = state.initiative_history else {
        ui.label(RichText::new(tr.t("history-loading")).weak());
        return;
    };
    if entries.is_empty() {
        ui.label(RichText::new(tr.t("history-none")).weak());
        return;
    }
    for entry in entries.iter().rev() {
        ui.label(history_line(tr, entry));
    }
}

/// One line of the audit log in words: "29-11-2026 14:02:11, jan: Owner: “A” became “B”".
pub(crate) fn history_line(tr: &I18n, entry: &AuditEntry) -> String {
    let when = crate::format::date_time(Some(crate::format::utc_as_local(entry.at)), tr.language());
    let who = tr.f(
        "history-line",
        &[("when", arg(when)), ("user", arg(entry.user.clone()))],
    );
    let action = tr.name("audit-action", entry.action.id());
    let what = if entry.field.is_empty() {
        let extra = [&entry.new, &entry.source]
            .into_iter()
            .filter(|text| !text.is_empty())
            .cloned()
            .collect::<Vec<_>>()
            .join(", ");
        if extra.is_empty() {
            action
        } else {
            format!("{action} ({extra})")
        }
    } else {
        tr.f(
            "history-change",
            &[
                ("field", arg(field_label(tr, &entry.field))),
                ("old", arg(shown_value(tr, &entry.field, &entry.old))),
                ("new", arg(shown_value(tr, &entry.field, &entry.new))),
            ],
        )
    };
    format!("{who}: {what}")
}
