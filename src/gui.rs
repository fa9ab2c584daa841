//! The window: eframe's glue between the app (state, commands, caches) and the views.
//! `logic` lets the app take in replies and commands; `ui` draws. Neither `app` nor `ui`
//! knows the other's insides: the views get a `ViewState` and give back commands.

use crate::app::{PREFS_KEY, Preferences, ProeftuinApp};
use crate::format::Language;

/// Start the GUI on the portfolio at `path`.
pub fn run_gui(location: crate::store::Location) -> anyhow::Result<()> {
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Proeftuin")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Proeftuin",
        options,
        Box::new(move |creation| {
            let prefs: Preferences = creation
                .storage
                .and_then(|storage| eframe::get_value(storage, PREFS_KEY))
                .unwrap_or_default();
            Ok(Box::new(ProeftuinApp::new(
                &creation.egui_ctx,
                location,
                prefs,
                chrono::Local::now().date_naive(),
            )))
        }),
    )
    .map_err(|error| {
        let reason =
            crate::i18n::Message::new("gui-window-failed").with("detail", error.to_string());
        anyhow::anyhow!(reason.in_language(Language::from_system()))
    })
}

/// Draw the whole window (the `ui` half of a frame).
pub fn draw(app: &mut ProeftuinApp, ui: &mut eframe::egui::Ui) {
    let (state, drafts, commands) = app.frame_parts();
    crate::ui::app_ui(ui, &state, drafts, commands);
    if !commands.is_empty() {
        ui.ctx().request_repaint();
    }
}

impl eframe::App for ProeftuinApp {
    fn logic(&mut self, ctx: &eframe::egui::Context, _frame: &mut eframe::Frame) {
        self.update_state(ctx);
    }

    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        draw(self, ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, self.prefs());
    }
}
