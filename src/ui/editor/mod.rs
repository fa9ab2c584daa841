//! The detail editor: every field of an initiative, validation next to the field. One
//! file per section; each edits the editor's working copy and pushes commands.

mod budget;
mod characteristics;
mod general;
mod health;
mod partners;
mod phase;
mod readiness;
mod risks;

use chrono::NaiveDate;
use eframe::egui::{self, RichText};

use crate::app::{Command, Editor, EditorField, ViewState};
use crate::domain::*;
use crate::i18n::{I18n, Language};

/// What every section reads besides the working copy.
#[derive(Clone, Copy)]
struct Sections<'a> {
    tr: &'a I18n,
    language: Language,
    today: NaiveDate,
    settings: &'a PortfolioSettings,
    departments: &'a [String],
    is_new: bool,
    dirty: bool,
}

fn enum_combo<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    label: &str,
    value: &mut T,
    options: &[T],
    name: impl Fn(T) -> String,
) {
    let label_response = ui.label(label);
    egui::ComboBox::from_id_salt(ui.scope_id().with(label))
        .selected_text(name(*value))
        .show_ui(ui, |ui| {
            for option in options {
                ui.selectable_value(value, *option, name(*option));
            }
        })
        .response
        .labelled_by(label_response.id);
}

pub(super) fn optional_combo<T: Copy + PartialEq>(
    ui: &mut egui::Ui,
    tr: &I18n,
    label: &str,
    value: &mut Option<T>,
    options: &[T],
    name: impl Fn(T) -> String,
) -> egui::Response {
    let label_response = ui.label(label);
    egui::ComboBox::from_id_salt(ui.scope_id().with(label))
        .selected_text(value.map_or_else(|| tr.t("not-set").to_string(), &name))
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, tr.t("not-set"));
            for option in options {
                ui.selectable_value(value, Some(*option), name(*option));
            }
        })
        .response
        .labelled_by(label_response.id);
    label_response
}

/// The message for a field (a free function: the editor's draft is borrowed mutably).
pub(super) fn message_for(errors: &[(EditorField, String)], field: EditorField) -> Option<&str> {
    errors
        .iter()
        .find(|(candidate, _)| *candidate == field)
        .map(|(_, message)| message.as_str())
}

pub(super) const LEVELS: [u8; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

/// The editor for `editor`, the working copy the user types into.
/// The editor for `editor`, the working copy the user types into.
pub(crate) fn editor_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    editor: &mut Editor,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let language = tr.language();
    let default_settings = PortfolioSettings::default();
    let settings = state
        .portfolio
        .as_ref()
        .map_or(&default_settings, |portfolio| &portfolio.settings);
    let departments = state.departments;
    let mut commands = Vec::new();
    let is_new = editor.original.is_none();
    let dirty = editor.is_dirty(language);

    ui.horizontal(|ui| {
        let title = if is_new {
            tr.t("new-initiative").to_string()
        } else {
            editor.draft.name.clone()
        };
        ui.heading(title);
    });
    ui.horizontal(|ui| {
        let save = ui
            .add_enabled(dirty && !editor.saving, egui::Button::new(tr.t("save")))
            .on_hover_text("Ctrl+S");
        if save.clicked() {
            commands.push(Command::SaveEditor);
        }
        if ui.button(tr.t("close")).on_hover_text("Esc").clicked() {
            commands.push(Command::CloseEditor);
        }
        if !is_new {
            if ui.button(tr.t("duplicate")).clicked() {
                commands.push(Command::Duplicate);
            }
            if ui.button(tr.t("delete")).clicked() {
                commands.push(Command::AskDelete);
            }
        }
        if dirty && !is_new {
            ui.label(RichText::new(tr.t("unsaved")).italics());
        }
    });
    if ui.input(|input| input.key_pressed(egui::Key::Escape))
        && !state.dialog_open
        && !state.confirm_delete
        && !state.unsaved_guard
    {
        commands.push(Command::CloseEditor);
    }
    ui.separator();

    let cx = Sections {
        tr,
        language,
        today: state.today,
        settings,
        departments,
        is_new,
        dirty,
    };
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            general::general_ui(ui, &cx, editor, &mut commands);
            phase::phase_ui(ui, &cx, editor, &mut commands);
            budget::budget_ui(ui, &cx, editor, &mut commands);
            readiness::readiness_ui(ui, &cx, editor, &mut commands);
            characteristics::characteristics_ui(ui, &cx, editor, &mut commands);
            partners::partners_ui(ui, &cx, editor, &mut commands);
            risks::risks_ui(ui, &cx, editor, &mut commands);
            health::health_ui(ui, &cx, editor, &mut commands);
            general::notes_ui(ui, &cx, editor, &mut commands);
            if !is_new {
                egui::CollapsingHeader::new(tr.t("history-title"))
                    .id_salt("history")
                    .show(ui, |ui| super::conflict::history_ui(ui, state));
            }
        });
    out.extend(commands);
}
