//! The backups dialog: the rolling backups beside the portfolio with their date, occasion,
//! size and initiatives; take one now; restore one (after asking).

use eframe::egui::{self, RichText};

use crate::app::exchange::BackupsDialog;
use crate::app::{Command, ViewState};
use crate::i18n::arg;

pub(super) fn backups_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    dialog: &BackupsDialog,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let language = tr.language();
    let mut commands = Vec::new();
    let modal = egui::Modal::new(egui::Id::unique("backups-dialog")).show(ctx, |ui| {
        ui.set_width(720.0);
        ui.heading(tr.t("backups-title"));
        ui.label(tr.t("backups-hint"));
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !dialog.loading && !state.is_read_only(),
                    egui::Button::new(tr.t("backup-take")),
                )
                .clicked()
            {
                commands.push(Command::TakeBackup);
            }
            if dialog.loading {
                crate::ui::busy(ui, tr.t("busy-backups"));
            }
        });
        ui.separator();
        if dialog.backups.is_empty() && !dialog.loading {
            ui.label(tr.t("backups-none"));
        }
        egui::ScrollArea::vertical()
            .id_salt("backup-list")
            .max_height(300.0)
            .show(ui, |ui| {
                egui::Grid::new("backup-grid")
                    .striped(true)
                    .num_columns(5)
                    .show(ui, |ui| {
                        for backup in &dialog.backups {
                            let when = crate::format::date_time(backup.taken_at, language);
                            ui.label(&when);
                            ui.label(tr.name("backup-occasion", &backup.occasion));
                            ui.label(crate::format::megabytes(backup.bytes, language));
                            ui.label(
                                tr.f("snapshot-count", &[("count", backup.initiatives.into())]),
                            );
                            let label = tr.f("backup-restore", &[("when", arg(when))]);
                            if ui
                                .add_enabled(
                                    !dialog.loading && !state.is_read_only(),
                                    egui::Button::new(label),
                                )
                                .clicked()
                            {
                                commands.push(Command::AskRestore(backup.path.clone()));
                            }
                            ui.end_row();
                        }
                    });
            });
        if let Some(path) = &dialog.confirm_restore {
            let when = dialog
                .backups
                .iter()
                .find(|backup| &backup.path == path)
                .map(|backup| crate::format::date_time(backup.taken_at, language))
                .unwrap_or_default();
            ui.separator();
            ui.label(RichText::new(tr.t("backup-restore-title")).strong());
            ui.label(tr.f("backup-restore-what", &[("when", arg(when))]));
            ui.horizontal(|ui| {
                if ui.button(tr.t("backup-restore-confirm")).clicked() {
                    commands.push(Command::ConfirmRestore);
                }
                if ui.button(tr.t("cancel")).clicked() {
                    commands.push(Command::CancelRestore);
                }
            });
        }
        ui.separator();
        if ui.button(tr.t("close")).clicked() {
            commands.push(Command::CloseBackupsDialog);
        }
    });
    out.extend(commands);
    if modal.should_close() && !dialog.loading {
        out.push(Command::CloseBackupsDialog);
    }
}
