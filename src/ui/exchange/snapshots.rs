//! The snapshots dialog: take, list, open read-only, compare and delete snapshots.

use eframe::egui::{self, RichText};

use crate::app::exchange::SnapshotsDialog;
use crate::app::{Command, ViewState};
use crate::i18n::{I18n, arg};
use crate::ui::text_field;

/// Take, list, open, compare and delete snapshots; `dialog` holds the label and choices.
/// While the store works on one of these (`dialog.loading`) the others wait: their
/// buttons are disabled, so a second click cannot queue the same work again.
pub(super) fn snapshots_dialog(
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
            crate::ui::busy(ui, tr.t("busy-snapshots"));
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
                                .add_enabled(
                                    !dialog.loading,
                                    egui::Button::new(
                                        tr.f("snapshot-open", &[("label", arg(&entry.label))]),
                                    ),
                                )
                                .clicked()
                            {
                                commands.push(Command::OpenSnapshot(entry.id));
                            }
                            if dialog.confirm_delete == Some(entry.id) {
                                ui.horizontal(|ui| {
                                    if ui
                                        .add_enabled(
                                            !dialog.loading,
                                            egui::Button::new(tr.t("snapshot-delete-confirm")),
                                        )
                                        .clicked()
                                    {
                                        commands.push(Command::DeleteSnapshot(entry.id));
                                    }
                                    if ui.button(tr.t("cancel")).clicked() {
                                        dialog.confirm_delete = None;
                                    }
                                });
                            } else if ui
                                .add_enabled(
                                    !read_only && !dialog.loading,
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
                if ui
                    .add_enabled(!dialog.loading, egui::Button::new(tr.t("snapshot-compare")))
                    .clicked()
                {
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
            section(
                "diff-assessment",
                diff.assessment_changes
                    .iter()
                    .map(|change| {
                        let answer = |value: Option<&str>| {
                            value.map_or_else(
                                || tr.t("assessment-not-assessed").to_string(),
                                |id| tr.name("answer", id),
                            )
                        };
                        move_line(
                            tr,
                            &tr.name("assignment", change.assignment),
                            answer(change.from),
                            answer(change.to),
                        )
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
