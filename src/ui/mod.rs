//! The views. They read the app's in-memory model and push `Command`s; they never run
//! SQL or file I/O, and they never recompute aggregates (the app's caches hold them).

mod budget;
mod dialogs;
mod editor;
mod exchange;
mod overview;
mod phases;
mod quadrant_map;
mod readiness;
mod settings;
mod table;

use eframe::egui::{self, RichText};

use crate::app::{Command, FileDialog, ProeftuinApp, View};
use crate::i18n::Language;

/// A labelled single-line text field: the label is the field's accessible name.
pub(crate) fn text_field(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(egui::TextEdit::singleline(text).desired_width(f32::INFINITY))
        .labelled_by(label.id)
}

/// A labelled multi-line text field.
pub(crate) fn text_area(ui: &mut egui::Ui, label: &str, text: &mut String) -> egui::Response {
    let label = ui.label(label);
    ui.add(
        egui::TextEdit::multiline(text)
            .desired_rows(2)
            .desired_width(f32::INFINITY),
    )
    .labelled_by(label.id)
}

/// A message under a field in the error colour.
pub(crate) fn field_error(ui: &mut egui::Ui, message: Option<&str>) {
    if let Some(message) = message {
        ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
    }
}

/// Draw the whole window.
pub fn app_ui(app: &mut ProeftuinApp, ui: &mut egui::Ui) {
    shortcuts(app, ui.ctx());
    egui::Panel::top("menu").show(ui, |ui| menu_bar(app, ui));
    if app.viewing_snapshot.is_some() {
        egui::Panel::top("snapshot-banner").show(ui, |ui| exchange::snapshot_banner(app, ui));
    }
    egui::Panel::bottom("status").show(ui, |ui| status_bar(app, ui));
    egui::Panel::left("navigation")
        .resizable(false)
        .default_size(150.0)
        .show(ui, |ui| navigation(app, ui));
    if app.view == View::Portfolio && app.editor.is_some() {
        egui::Panel::right("editor")
            .resizable(true)
            .default_size(460.0)
            .min_size(360.0)
            .show(ui, |ui| {
                if app.is_read_only() {
                    // A snapshot's initiative can be read, not changed.
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(app.tr.t("snapshot-editor-read-only"))
                                .color(ui.visuals().warn_fg_color),
                        );
                        if ui.button(app.tr.t("close")).clicked() {
                            app.commands.push(Command::CloseEditor);
                        }
                    });
                    ui.add_enabled_ui(false, |ui| editor::editor_ui(app, ui));
                } else {
                    editor::editor_ui(app, ui);
                }
            });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(error) = &app.load_error {
            ui.heading(app.tr.t("open-failed-title"));
            ui.label(error.as_str());
            ui.label(app.tr.t("open-failed-hint"));
            if ui.button(app.tr.t("menu-open")).clicked() {
                app.file_dialog = Some(FileDialog {
                    creating: false,
                    ..FileDialog::default()
                });
            }
            return;
        }
        if app.portfolio.is_none() {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(app.tr.t("loading"));
            });
            return;
        }
        match app.view {
            View::Portfolio => table::portfolio_ui(app, ui),
            View::Settings => settings::settings_ui(app, ui),
            View::Overview => overview::overview_ui(app, ui),
            View::Quadrants => quadrant_map::quadrant_map_ui(app, ui),
            View::Budget => budget::budget_ui(app, ui),
            View::Readiness => readiness::readiness_ui(app, ui),
            View::Phases => phases::phases_ui(app, ui),
        }
    });
    dialogs::dialogs_ui(app, ui.ctx());
    exchange::exchange_dialogs(app, ui.ctx());
}

fn shortcuts(app: &mut ProeftuinApp, ctx: &egui::Context) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    let (new, save, find, undo) = ctx.input_mut(|input| {
        (
            input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::N)),
            input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::S)),
            input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F)),
            input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Z)),
        )
    });
    if new {
        app.commands.push(Command::NewInitiative);
    }
    if save && app.editor.is_some() {
        app.commands.push(Command::SaveEditor);
    }
    if find {
        app.view = View::Portfolio;
        app.focus_search = true;
    }
    if undo && app.undo.is_some() {
        app.commands.push(Command::Undo);
    }
}

fn menu_bar(app: &mut ProeftuinApp, ui: &mut egui::Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        let title = app.tr.t("menu-portfolio").to_string();
        ui.menu_button(title, |ui| {
            if ui.button(app.tr.t("menu-new-initiative")).clicked() {
                app.commands.push(Command::NewInitiative);
            }
            ui.separator();
            if ui.button(app.tr.t("menu-new-portfolio")).clicked() {
                let path = app
                    .db_path
                    .with_file_name(format!("portfolio-{}.sqlite", app.today.format("%Y-%m-%d")))
                    .display()
                    .to_string();
                app.file_dialog = Some(FileDialog {
                    creating: true,
                    path,
                    municipality: String::new(),
                });
            }
            if ui.button(app.tr.t("menu-open")).clicked() {
                app.file_dialog = Some(FileDialog {
                    creating: false,
                    path: app.db_path.display().to_string(),
                    municipality: String::new(),
                });
            }
            ui.separator();
            if ui.button(app.tr.t("menu-import")).clicked() {
                app.open_import_dialog();
            }
            if ui.button(app.tr.t("menu-export")).clicked() {
                app.open_export_dialog();
            }
            if ui.button(app.tr.t("menu-snapshots")).clicked() {
                app.open_snapshots_dialog();
            }
        });
        ui.menu_button(app.tr.t("menu-language"), |ui| {
            for language in Language::ALL {
                if ui
                    .radio(app.tr.language() == language, language.native_name())
                    .clicked()
                {
                    app.commands.push(Command::SetLanguage(language));
                }
            }
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(portfolio) = &app.portfolio {
                if portfolio.settings.is_demo {
                    ui.label(
                        RichText::new(app.tr.t("demo-badge"))
                            .strong()
                            .color(egui::Color32::WHITE)
                            .background_color(egui::Color32::from_rgb(0xB3, 0x4A, 0x00)),
                    )
                    .on_hover_text(app.tr.t("demo-hint"));
                }
                let name = if portfolio.settings.municipality.is_empty() {
                    app.tr.t("untitled-portfolio").to_string()
                } else {
                    portfolio.settings.municipality.clone()
                };
                ui.label(RichText::new(name).strong());
            }
        });
    });
}

fn navigation(app: &mut ProeftuinApp, ui: &mut egui::Ui) {
    ui.add_space(6.0);
    for (view, key) in [
        (View::Overview, "nav-overview"),
        (View::Portfolio, "nav-portfolio"),
        (View::Quadrants, "nav-quadrants"),
        (View::Budget, "nav-budget"),
        (View::Phases, "nav-phases"),
        (View::Readiness, "nav-readiness"),
        (View::Settings, "nav-settings"),
    ] {
        let selected = app.view == view;
        if ui
            .add_sized(
                [ui.available_width(), 28.0],
                egui::Button::selectable(selected, app.tr.t(key)),
            )
            .clicked()
        {
            app.view = view;
        }
    }
}

fn status_bar(app: &mut ProeftuinApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        if app.is_busy() {
            ui.spinner();
        }
        if app.on_network_share {
            ui.label(
                RichText::new(app.tr.t("network-share-warning")).color(ui.visuals().warn_fg_color),
            );
        }
        if let Some(message) = app.messages.last() {
            let color = if message.is_error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.label(RichText::new(&message.text).color(color));
        }
        if let Some(deleted) = &app.undo {
            let label = app.tr.f(
                "undo-delete",
                &[("name", crate::i18n::arg(deleted.name.clone()))],
            );
            if ui.button(label).clicked() {
                app.commands.push(Command::Undo);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            ui.label(RichText::new(app.db_path.display().to_string()).weak());
        });
    });
}
