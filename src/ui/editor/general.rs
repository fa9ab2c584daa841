//! The editor's section: general: name, description, kind, quadrant, department, owner, dates, themes.

use eframe::egui;

use super::{Sections, enum_combo, message_for};
use crate::app::{Command, Editor, EditorField};
use crate::domain::*;
use crate::ui::{field_error, text_area, text_field};

/// General: name, description, kind, quadrant, department, owner, dates, themes.
pub(super) fn general_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    _commands: &mut Vec<Command>,
) {
    let Sections {
        tr, departments, ..
    } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-general"))
        .default_open(true)
        .show(ui, |ui| {
            text_field(ui, tr.t("field-name"), &mut draft.name);
            field_error(
                ui,
                message_for(&editor.errors, EditorField::Domain(Field::Name)),
            );
            text_area(ui, tr.t("field-description"), &mut draft.description);
            egui::Grid::new("general-grid")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    enum_combo(ui, tr.t("field-kind"), &mut draft.kind, Kind::ALL, |k| {
                        tr.name("kind", k.id())
                    });
                    ui.end_row();
                    enum_combo(
                        ui,
                        tr.t("field-quadrant"),
                        &mut draft.quadrant,
                        Quadrant::ALL,
                        |q| tr.name("quadrant", q.id()),
                    );
                    ui.end_row();
                    let label = ui.label(tr.t("field-department"));
                    let mut department =
                        draft.department.as_deref().unwrap_or_default().to_string();
                    ui.horizontal(|ui| {
                        ui.add(egui::TextEdit::singleline(&mut department).desired_width(180.0))
                            .labelled_by(label.id);
                        egui::ComboBox::from_id_salt("department-pick")
                            .selected_text("")
                            .width(24.0)
                            .show_ui(ui, |ui| {
                                for name in departments {
                                    if ui.selectable_label(department == *name, name).clicked() {
                                        department = name.clone();
                                    }
                                }
                            })
                            .response
                            .on_hover_text(tr.t("department-pick"))
                            .labelled_by(label.id);
                    });
                    // Only a changed name is stored anew (not once per frame).
                    if draft.department.as_deref().unwrap_or_default() != department {
                        draft.department =
                            (!department.trim().is_empty()).then(|| department.as_str().into());
                    }
                    ui.end_row();
                    let label = ui.label(tr.t("field-owner"));
                    ui.add(egui::TextEdit::singleline(&mut draft.owner))
                        .labelled_by(label.id);
                    ui.end_row();
                    let label = ui.label(tr.t("field-contact"));
                    ui.add(egui::TextEdit::singleline(&mut draft.contact))
                        .labelled_by(label.id);
                    ui.end_row();
                    let label = ui
                        .label(tr.t("field-algorithm-register"))
                        .on_hover_text(tr.t("field-algorithm-register-hint"));
                    ui.vertical(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut draft.algorithm_register_url)
                                .hint_text("https://algoritmes.overheid.nl/…"),
                        )
                        .labelled_by(label.id)
                        .on_hover_text(tr.t("field-algorithm-register-hint"));
                        field_error(
                            ui,
                            message_for(
                                &editor.errors,
                                EditorField::Domain(Field::AlgorithmRegisterUrl),
                            ),
                        );
                    });
                    ui.end_row();
                    let label = ui.label(tr.t("field-start"));
                    ui.vertical(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut editor.start_text)
                                .hint_text(tr.t("date-hint")),
                        )
                        .labelled_by(label.id);
                        field_error(ui, message_for(&editor.errors, EditorField::StartDate));
                    });
                    ui.end_row();
                    let label = ui.label(tr.t("field-end"));
                    ui.vertical(|ui| {
                        ui.add(
                            egui::TextEdit::singleline(&mut editor.end_text)
                                .hint_text(tr.t("date-hint")),
                        )
                        .labelled_by(label.id);
                        field_error(
                            ui,
                            message_for(&editor.errors, EditorField::Domain(Field::EndDate)),
                        );
                    });
                    ui.end_row();
                    let label = ui.label(tr.t("field-themes"));
                    ui.add(
                        egui::TextEdit::singleline(&mut editor.themes_text)
                            .hint_text(tr.t("themes-hint")),
                    )
                    .labelled_by(label.id);
                    ui.end_row();
                });
        });
}

/// Free notes.
pub(super) fn notes_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    _commands: &mut Vec<Command>,
) {
    let Sections { tr, .. } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-notes"))
        .default_open(false)
        .show(ui, |ui| {
            text_area(ui, tr.t("field-notes"), &mut draft.notes);
        });
}
