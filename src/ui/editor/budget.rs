//! The editor's section: budget lines: year, category, planned and actual amounts.

use eframe::egui::{self, RichText};

use super::{Sections, enum_combo, message_for};
use crate::app::{Command, Editor, EditorField};
use crate::domain::*;
use crate::ui::field_error;

/// Budget lines: year, category, planned and actual amounts.
pub(super) fn budget_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    _commands: &mut Vec<Command>,
) {
    let Sections {
        tr,
        language,
        today,
        ..
    } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-budget"))
        .default_open(true)
        .show(ui, |ui| {
            let mut remove = None;
            if draft.budget_lines.is_empty() {
                ui.label(RichText::new(tr.t("no-budget-lines")).weak());
            }
            for index in 0..draft.budget_lines.len() {
                let Some(texts) = editor.budget_texts.get_mut(index) else {
                    continue;
                };
                ui.push_id(("budget", index), |ui| {
                    ui.horizontal(|ui| {
                        let label = ui.label(tr.t("field-year"));
                        ui.add(egui::TextEdit::singleline(&mut texts.0).desired_width(44.0))
                            .labelled_by(label.id);
                        let line = &mut draft.budget_lines[index];
                        enum_combo(
                            ui,
                            tr.t("field-category"),
                            &mut line.category,
                            BudgetCategory::ALL,
                            |c| tr.name("category", c.id()),
                        );
                        if ui.button(tr.t("remove-line")).clicked() {
                            remove = Some(index);
                        }
                    });
                    ui.horizontal(|ui| {
                        let label = ui.label(tr.t("field-planned"));
                        ui.add(egui::TextEdit::singleline(&mut texts.1).desired_width(110.0))
                            .labelled_by(label.id);
                        let label = ui.label(tr.t("field-actual"));
                        ui.add(egui::TextEdit::singleline(&mut texts.2).desired_width(110.0))
                            .labelled_by(label.id);
                    });
                    for field in [
                        EditorField::BudgetYear(index),
                        EditorField::BudgetPlanned(index),
                        EditorField::BudgetActual(index),
                        EditorField::Domain(Field::BudgetLine(index)),
                    ] {
                        field_error(ui, message_for(&editor.errors, field));
                    }
                    ui.separator();
                });
            }
            if let Some(index) = remove {
                draft.budget_lines.remove(index);
                editor.budget_texts.remove(index);
                editor.errors.clear();
            }
            if ui.button(tr.t("add-budget-line")).clicked() {
                let year = chrono::Datelike::year(&today);
                draft.budget_lines.push(BudgetLine {
                    year,
                    category: BudgetCategory::Innovation,
                    planned_cents: 0,
                    actual_cents: None,
                    description: String::new(),
                });
                editor.budget_texts.push((
                    year.to_string(),
                    crate::format::money(0, language),
                    String::new(),
                ));
            }
        });
}
