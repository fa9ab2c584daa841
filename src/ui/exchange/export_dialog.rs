//! The export dialog: format, language and file, then a background job with progress.

use eframe::egui::{self, RichText};

use crate::app::exchange::{BrowseTarget, ExportDialog, default_export_path};
use crate::app::{Command, ViewState};
use crate::exchange::ExportFormat;
use crate::format::Language;
use crate::i18n::arg;
use crate::ui::text_field;

/// Format, language and file, then a background job; `dialog` holds the choices.
pub(super) fn export_dialog(
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
                let key = format!("export-format-{}", format.id());
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
            if dialog.format == ExportFormat::Pstw {
                // Published for peers: personal data only when ticked in.
                ui.checkbox(
                    &mut dialog.include_personal_data,
                    tr.t("export-include-personal"),
                );
                ui.checkbox(
                    &mut dialog.only_shown,
                    tr.f(
                        "export-only-shown",
                        &[("count", state.visible.len().into())],
                    ),
                );
                ui.label(RichText::new(tr.t("export-pstw-hint")).weak());
            } else {
                ui.checkbox(
                    &mut dialog.without_personal_data,
                    tr.t("export-without-personal"),
                );
            }
            if matches!(dialog.format, ExportFormat::Pdf | ExportFormat::Html) {
                let initiatives = state
                    .portfolio
                    .as_ref()
                    .map_or(0, |portfolio| portfolio.initiatives.len());
                ui.checkbox(
                    &mut dialog.register_appendix,
                    tr.f(
                        "export-register-appendix",
                        &[(
                            "count",
                            arg(crate::format::count(initiatives, tr.language())),
                        )],
                    ),
                );
                ui.label(RichText::new(tr.t("export-report-hint")).weak());
            }
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
        if dialog.asking_replace {
            ui.separator();
            ui.label(RichText::new(tr.t("export-replace-title")).strong());
            ui.label(tr.f("export-replace-what", &[("path", arg(dialog.path.trim()))]));
            ui.horizontal(|ui| {
                if ui.button(tr.t("export-replace")).clicked() {
                    out.push(Command::ReplaceAndExport);
                }
                if ui.button(tr.t("cancel")).clicked() {
                    out.push(Command::KeepExistingFile);
                }
            });
        }
        if let Some(done) = &dialog.done {
            ui.label(RichText::new(done).strong());
        }
        ui.separator();
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    !busy && !dialog.asking_replace,
                    egui::Button::new(tr.t("export-start")),
                )
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
