//! The views. Each draws from a read-only [`ViewState`] (plus the draft it edits) and
//! pushes [`Command`]s; none changes the app, reaches the store worker, runs SQL or file
//! I/O, or recomputes aggregates (the app's caches hold them).

mod activities;
mod balance;
mod budget;
mod conflict;
mod departments;
mod dialogs;
mod editor;
mod exchange;
mod overview;
mod palette;
mod peers;
mod phases;
mod quadrant_map;
mod readiness;
mod settings;
mod table;

use eframe::egui::{self, RichText};

use crate::app::{Command, Drafts, View, ViewState};
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
pub fn app_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    shortcuts(ui.ctx(), state, drafts, out);
    dropped_files(ui.ctx(), state, out);
    egui::Panel::top("menu").show(ui, |ui| menu_bar(ui, state, out));
    if let Some(reason) = state.offline {
        egui::Panel::top("offline-banner").show(ui, |ui| {
            ui.label(
                RichText::new(state.tr.f(
                    "offline-banner",
                    &[("reason", crate::i18n::arg(reason.to_string()))],
                ))
                .color(ui.visuals().warn_fg_color),
            );
        });
    } else if state.file_read_only {
        // A file this user may not write, or a viewer's login on a shared portfolio.
        let key = if state.db.file().is_some() {
            "read-only-banner"
        } else {
            "viewer-banner"
        };
        egui::Panel::top("read-only-banner").show(ui, |ui| {
            ui.label(
                RichText::new(
                    state
                        .tr
                        .f(key, &[("path", crate::i18n::arg(state.db.describe()))]),
                )
                .color(ui.visuals().warn_fg_color),
            );
        });
    }
    if state.viewing_snapshot.is_some() {
        egui::Panel::top("snapshot-banner")
            .show(ui, |ui| exchange::snapshot_banner(ui, state, out));
    }
    egui::Panel::bottom("status").show(ui, |ui| status_bar(ui, state, out));
    egui::Panel::left("navigation")
        .resizable(false)
        .default_size(150.0)
        .show(ui, |ui| navigation(ui, state, out));
    if state.view == View::Portfolio
        && let Some(editor) = drafts.editor.as_mut()
    {
        egui::Panel::right("editor")
            .resizable(true)
            .default_size(460.0)
            .min_size(360.0)
            .show(ui, |ui| {
                if state.is_read_only() {
                    // A snapshot's initiative can be read, not changed.
                    ui.horizontal(|ui| {
                        ui.label(
                            RichText::new(state.tr.t("snapshot-editor-read-only"))
                                .color(ui.visuals().warn_fg_color),
                        );
                        if ui.button(state.tr.t("close")).clicked() {
                            out.push(Command::CloseEditor);
                        }
                    });
                    ui.add_enabled_ui(false, |ui| editor::editor_ui(ui, state, editor, out));
                } else {
                    editor::editor_ui(ui, state, editor, out);
                }
            });
    }
    egui::CentralPanel::default().show(ui, |ui| {
        if let Some(error) = state.load_error {
            ui.heading(state.tr.t("open-failed-title"));
            ui.label(error);
            if let Some(damaged) = state.damaged {
                ui.add_space(6.0);
                ui.label(state.tr.t("damaged-hint"));
                match &damaged.backup {
                    Some(backup) => {
                        let when = crate::format::date_time(backup.taken_at, state.tr.language());
                        let label = state.tr.f(
                            "damaged-restore",
                            &[
                                ("when", crate::i18n::arg(when)),
                                ("count", backup.initiatives.into()),
                            ],
                        );
                        if ui.button(label).clicked() {
                            out.push(Command::RestoreDamaged);
                        }
                    }
                    None => {
                        ui.label(state.tr.t("damaged-no-backup"));
                    }
                }
                ui.add_space(6.0);
            }
            ui.label(state.tr.t("open-failed-hint"));
            if ui.button(state.tr.t("menu-open")).clicked() {
                out.push(Command::AskOpenPortfolio);
            }
            return;
        }
        if state.portfolio.is_none() {
            busy(ui, state.tr.t("loading"));
            return;
        }
        match state.view {
            View::Portfolio => table::portfolio_ui(ui, state, drafts.editor.as_ref(), out),
            View::Settings => settings::settings_ui(ui, state, drafts, out),
            View::Overview => overview::overview_ui(ui, state, out),
            View::Quadrants => quadrant_map::quadrant_map_ui(ui, state, out),
            View::Budget => budget::budget_ui(ui, state, out),
            View::Readiness => readiness::readiness_ui(ui, state, out),
            View::Balance => balance::balance_ui(ui, state, out),
            View::Departments => departments::departments_ui(ui, state, out),
            View::Peers => peers::peers_ui(ui, state, drafts, out),
            View::Activities => {
                activities::activities_ui(ui, state, drafts.assessment.as_mut(), out)
            }
            View::Phases => phases::phases_ui(ui, state, out),
        }
    });
    dialogs::dialogs_ui(ui.ctx(), state, drafts, out);
    conflict::conflict_dialog(ui.ctx(), state, drafts, out);
    conflict::trash_dialog(ui.ctx(), state, drafts, out);
    exchange::exchange_dialogs(ui.ctx(), state, drafts, out);
}

fn shortcuts(ctx: &egui::Context, state: &ViewState<'_>, drafts: &Drafts, out: &mut Vec<Command>) {
    use egui::{Key, KeyboardShortcut, Modifiers};
    // In a text field Ctrl+Z undoes typing; elsewhere it undoes the last saved step.
    let typing = ctx.egui_wants_keyboard_input();
    let (new, save, find, redo, undo) = ctx.input_mut(|input| {
        let new = input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::N));
        let save = input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::S));
        let find = input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::F));
        if typing {
            return (new, save, find, false, false);
        }
        // Ctrl+Shift+Z first: Ctrl+Z also matches it.
        let redo = input.consume_shortcut(&KeyboardShortcut::new(
            Modifiers::COMMAND | Modifiers::SHIFT,
            Key::Z,
        )) || input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Y));
        let undo = input.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Z));
        (new, save, find, redo, undo)
    });
    if new {
        out.push(Command::NewInitiative);
    }
    if save && drafts.editor.is_some() {
        out.push(Command::SaveEditor);
    }
    if find {
        out.push(Command::FocusSearch);
    }
    if undo && state.history.next_undo().is_some() {
        out.push(Command::Undo);
    }
    if redo && state.history.next_redo().is_some() {
        out.push(Command::Redo);
    }
}

/// Files dragged from the file manager onto the window: while one hovers, the window says
/// what dropping it does; a dropped file is read for import (the preview first, as from the
/// import dialog), or added to the peer library in the view of other municipalities. The
/// menu does the same from the keyboard.
fn dropped_files(ctx: &egui::Context, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let (hovering, dropped) = ctx.input(|input| {
        (
            input
                .raw
                .hovered_files
                .first()
                .map(|file| file.path.clone()),
            input
                .raw
                .dropped_files
                .first()
                .map(|file| file.path().display().to_string()),
        )
    });
    if let Some(path) = dropped {
        out.push(Command::FileDropped(path));
        return;
    }
    let Some(path) = hovering else {
        return;
    };
    let name = path
        .as_deref()
        .and_then(std::path::Path::file_name)
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let key = if state.view == View::Peers {
        "drop-peers"
    } else {
        "drop-register"
    };
    let text = state.tr.f(key, &[("name", crate::i18n::arg(name))]);
    let rect = ctx.content_rect();
    egui::Area::new(egui::Id::unique("drop-files"))
        .order(egui::Order::Foreground)
        .fixed_pos(rect.min)
        .interactable(false)
        .show(ctx, |ui| {
            egui::Frame::new()
                .fill(egui::Color32::from_black_alpha(200))
                .show(ui, |ui| {
                    ui.set_min_size(rect.size());
                    ui.centered_and_justified(|ui| {
                        ui.label(RichText::new(text).size(22.0).color(egui::Color32::WHITE));
                    });
                });
        });
}

/// "Undo: edit of 'X'" (or redo), for the next step; `None` when there is none.
fn step_label(state: &ViewState<'_>, redo: bool) -> Option<String> {
    let history = state.history;
    let step = if redo {
        history.next_redo()
    } else {
        history.next_undo()
    }?;
    let what = state.tr.f(
        step.key(),
        &[("name", crate::i18n::arg(step.name().to_string()))],
    );
    Some(what)
}

fn menu_bar(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button(tr.t("menu-portfolio"), |ui| {
            for (key, command) in [
                ("menu-new-initiative", Command::NewInitiative),
                ("menu-new-portfolio", Command::AskNewPortfolio),
                ("menu-open", Command::AskOpenPortfolio),
                ("menu-open-shared", Command::AskOpenShared),
                ("menu-import", Command::OpenImportDialog),
                ("menu-export", Command::OpenExportDialog),
                ("menu-snapshots", Command::OpenSnapshotsDialog),
                ("menu-backups", Command::OpenBackupsDialog),
                ("menu-copy-to", Command::AskCopyTo),
            ] {
                if matches!(
                    command,
                    Command::AskNewPortfolio | Command::OpenImportDialog
                ) {
                    ui.separator();
                }
                // Backups beside a file; a shared portfolio is backed up on its server.
                let enabled =
                    !matches!(command, Command::OpenBackupsDialog) || state.db.file().is_some();
                let shared = matches!(command, Command::AskOpenShared);
                if ui
                    .add_enabled(enabled, egui::Button::new(tr.t(key)))
                    .clicked()
                {
                    out.push(command);
                }
                if shared {
                    recent_menu(ui, state, out);
                }
            }
        });
        ui.menu_button(tr.t("menu-edit"), |ui| {
            for (redo, key, shortcut) in [
                (false, "menu-undo", "Ctrl+Z"),
                (true, "menu-redo", "Ctrl+Shift+Z"),
            ] {
                let label = step_label(state, redo).map_or_else(
                    || tr.t(key).to_string(),
                    |what| format!("{}: {what}", tr.t(key)),
                );
                let enabled = step_label(state, redo).is_some() && !state.is_read_only();
                if ui
                    .add_enabled(enabled, egui::Button::new(label).shortcut_text(shortcut))
                    .clicked()
                {
                    out.push(if redo { Command::Redo } else { Command::Undo });
                }
            }
            ui.separator();
            if ui.button(tr.t("menu-trash")).clicked() {
                out.push(Command::OpenTrash);
            }
        });
        ui.menu_button(tr.t("menu-language"), |ui| {
            for language in Language::ALL {
                if ui
                    .radio(tr.language() == language, language.native_name())
                    .clicked()
                {
                    out.push(Command::SetLanguage(language));
                }
            }
        });
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if let Some(portfolio) = state.portfolio {
                if portfolio.settings.is_demo {
                    ui.label(
                        RichText::new(tr.t("demo-badge"))
                            .strong()
                            .color(egui::Color32::WHITE)
                            .background_color(palette::DEMO_BADGE),
                    )
                    .on_hover_text(tr.t("demo-hint"));
                }
                let name = if portfolio.settings.municipality.is_empty() {
                    tr.t("untitled-portfolio").to_string()
                } else {
                    portfolio.settings.municipality.clone()
                };
                ui.label(RichText::new(name).strong());
            }
        });
    });
}

/// File, Recent portfolios: files and servers opened last (never a password).
fn recent_menu(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    ui.add_enabled_ui(!state.prefs.recent.is_empty(), |ui| {
        ui.menu_button(tr.t("menu-recent"), |ui| {
            for recent in &state.prefs.recent {
                let shown = match crate::store::Location::parse(recent) {
                    Ok(location @ crate::store::Location::Server(_)) => {
                        format!("🖧 {}", location.describe())
                    }
                    _ => recent.clone(),
                };
                if ui.button(shown).on_hover_text(recent).clicked() {
                    out.push(Command::OpenPortfolio {
                        path: recent.clone(),
                    });
                }
            }
        });
    });
}

fn navigation(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    ui.add_space(6.0);
    for view in View::ALL {
        let selected = state.view == view;
        if ui
            .add_sized(
                [ui.available_width(), 28.0],
                egui::Button::selectable(selected, state.tr.t(view.nav_key())),
            )
            .clicked()
        {
            out.push(Command::ShowView(view));
        }
    }
}

fn status_bar(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    ui.horizontal(|ui| {
        if state.busy {
            spinner(ui, tr.t("busy-working"));
        }
        if state.on_network_share {
            ui.label(
                RichText::new(tr.t("network-share-warning")).color(ui.visuals().warn_fg_color),
            );
        }
        if let Some(message) = state.messages.last() {
            let color = if message.is_error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.label(RichText::new(&message.text).color(color));
        }
        if !state.is_read_only()
            && let Some(what) = step_label(state, false)
        {
            let label = format!("{}: {what}", tr.t("menu-undo"));
            if ui.button(label).on_hover_text("Ctrl+Z").clicked() {
                out.push(Command::Undo);
            }
        }
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            // Which portfolio, and for a shared one which server.
            let (key, icon) = match state.db {
                crate::store::Location::File(_) => ("status-file", ""),
                crate::store::Location::Server(_) => ("status-server", "🖧 "),
            };
            ui.label(RichText::new(format!("{icon}{}", state.db.describe())).weak())
                .on_hover_text(state.tr.t(key));
        });
    });
}

/// Work under way, said in `text`: the turning dots with the text beside them, and for a
/// screen reader a progress indicator with the text as its label (the dots alone said
/// nothing to one).
pub(crate) fn busy(ui: &mut egui::Ui, text: &str) {
    ui.horizontal(|ui| {
        spinner(ui, text);
        ui.label(egui::RichText::new(text).weak());
    });
}

/// A spinner that moves eight times a second, for every wait, labelled `text` for a screen
/// reader. egui's own repaints every frame: with a software renderer (no GPU, as on many
/// virtual desktops and this project's test machines) those frames took a core away from
/// the work waited for: opening 100,000 initiatives and the quick check after it.
pub(crate) fn spinner(ui: &mut egui::Ui, text: &str) {
    const STEPS: usize = 8;
    let size = ui.spacing().interact_size.y;
    let (rect, response) = ui.allocate_exact_size(egui::vec2(size, size), egui::Sense::hover());
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::accesskit::Role::ProgressIndicator, true, text)
    });
    let step = (ui.input(|input| input.time) * STEPS as f64) as usize % STEPS;
    let color = ui.visuals().strong_text_color();
    let radius = size * 0.35;
    for dot in 0..STEPS {
        let angle = std::f32::consts::TAU * dot as f32 / STEPS as f32;
        let centre = rect.center() + radius * egui::vec2(angle.cos(), angle.sin());
        // The dot of this step is full; the ones behind it fade.
        let age = (step + STEPS - dot) % STEPS;
        let alpha = 1.0 - age as f32 / STEPS as f32;
        ui.painter()
            .circle_filled(centre, size * 0.08, color.gamma_multiply(alpha));
    }
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(1000 / STEPS as u64));
}

#[cfg(test)]
mod tests {
    use eframe::egui;

    use crate::i18n::{I18n, Language};

    /// Work under way is told to a screen reader: the turning dots are a progress
    /// indicator labelled with what is being done, on their own (the status bar) and
    /// with the text beside them.
    #[test]
    fn work_under_way_is_told_to_a_screen_reader() {
        use egui::accesskit::Role;
        use egui_kittest::kittest::Queryable;
        for language in Language::ALL {
            let tr = I18n::new(language);
            let harness = egui_kittest::Harness::new_ui(|ui| {
                super::busy(ui, tr.t("busy-trash"));
                super::spinner(ui, tr.t("busy-working"));
            });
            for key in ["busy-trash", "busy-working"] {
                harness.get_by_role_and_label(Role::ProgressIndicator, tr.t(key));
            }
            assert_eq!(
                harness
                    .query_all_by_role_and_label(Role::ProgressIndicator, tr.t("busy-trash"))
                    .count(),
                1
            );
            // The text beside the dots is read too.
            assert_eq!(harness.query_all_by_label(tr.t("busy-trash")).count(), 2);
        }
    }

    /// egui stops on a character its fonts cannot draw (in tests it panics): every text
    /// of both languages must be drawable with the fonts the app ships.
    #[test]
    fn every_text_can_be_drawn() {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(egui::RawInput::default(), |_| {});
        output.textures_delta.clear();
        let font = egui::FontId::proportional(14.0);
        let mut missing = Vec::new();
        for language in Language::ALL {
            let tr = I18n::new(language);
            for key in tr.keys() {
                for c in tr.t(key).chars() {
                    if !c.is_control() && !ctx.fonts_mut(|fonts| fonts.has_glyph(&font, c)) {
                        missing.push(format!("{language:?} {key}: {c:?} (U+{:04X})", c as u32));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no glyph for:\n{}", missing.join("\n"));
    }
}
