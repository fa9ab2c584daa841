//! The file chooser (egui_file), shown instead of the dialog that asked for it.

use eframe::egui;

use crate::app::Command;
use crate::app::exchange::FileBrowser;

/// The file chooser (egui_file keeps its own state: the folder shown, the selection).
pub(super) fn file_browser(ctx: &egui::Context, browser: &mut FileBrowser, out: &mut Vec<Command>) {
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
