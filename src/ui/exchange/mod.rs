//! The import, export and snapshot dialogs, the file chooser, and the banner shown over
//! a snapshot. Each dialog edits its own draft and answers with commands.

mod backups;
mod export_dialog;
mod file_browser;
mod import_dialog;
mod snapshots;

use eframe::egui::{self, RichText};

use crate::app::{Command, Drafts, ViewState};
use crate::i18n::arg;

pub(crate) fn exchange_dialogs(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    if let Some(browser) = drafts.file_browser.as_mut() {
        file_browser::file_browser(ctx, browser, out);
        return;
    }
    if let Some(dialog) = drafts.import.as_mut() {
        import_dialog::import_dialog(ctx, state, dialog, out);
    }
    if let Some(dialog) = drafts.export.as_mut() {
        export_dialog::export_dialog(ctx, state, dialog, out);
    }
    if let Some(dialog) = drafts.snapshots.as_mut() {
        snapshots::snapshots_dialog(ctx, state, dialog, out);
    }
    if let Some(dialog) = drafts.backups.as_ref() {
        backups::backups_dialog(ctx, state, dialog, out);
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
