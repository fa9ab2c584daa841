//! The import dialog: choose a file, preview it, map its columns, confirm.

use eframe::egui::{self, RichText};

use crate::app::exchange::{BrowseTarget, ImportDialog};
use crate::app::{Command, ViewState};
use crate::exchange::TemplateFormat;
use crate::exchange::register::RegisterField;
use crate::format::Language;
use crate::i18n::{I18n, arg};
use crate::ui::text_field;

fn field_name(tr: &I18n, field: Option<RegisterField>) -> String {
    match field {
        None => tr.t("import-ignore").to_string(),
        Some(field) => field.header(tr.language()),
    }
}

/// The values a kind, quadrant or phase column can mean: (identifier, name).
fn value_choices(tr: &I18n, field: RegisterField) -> Vec<(&'static str, String)> {
    use crate::domain::{Kind, Phase, Quadrant};
    let named = |prefix: &str, ids: Vec<&'static str>| -> Vec<(&'static str, String)> {
        ids.into_iter()
            .map(|id| (id, tr.name(prefix, id)))
            .collect()
    };
    match field {
        RegisterField::Kind => named("kind", Kind::ALL.iter().map(|kind| kind.id()).collect()),
        RegisterField::Quadrant => named(
            "quadrant",
            Quadrant::ALL.iter().map(|quadrant| quadrant.id()).collect(),
        ),
        RegisterField::Phase => named("phase", Phase::ALL.iter().map(|phase| phase.id()).collect()),
        _ => Vec::new(),
    }
}

/// Choose a file, preview, map columns, confirm; `dialog` holds the path and mapping.
pub(super) fn import_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    dialog: &mut ImportDialog,
    out: &mut Vec<Command>,
) {
    let read_only = state.is_read_only();
    let tr = state.tr;
    let mut read = false;
    let mut confirm = false;
    let mut close = false;
    let mut template: Option<Language> = None;
    let mut browse_from: Option<String> = None;
    let modal = egui::Modal::new(egui::Id::unique("import-dialog")).show(ctx, |ui| {
        ui.set_width(780.0);
        ui.heading(tr.t("import-title"));
        ui.label(tr.t("import-hint"));
        ui.horizontal(|ui| {
            let response = text_field(ui, tr.t("import-file"), &mut dialog.path);
            if response.lost_focus() && ui.input(|input| input.key_pressed(egui::Key::Enter)) {
                read = true;
            }
            if ui.button(tr.t("browse")).clicked() {
                browse_from = Some(dialog.path.clone());
            }
            if ui
                .add_enabled(!dialog.reading, egui::Button::new(tr.t("import-read")))
                .clicked()
            {
                read = true;
            }
        });
        ui.horizontal(|ui| {
            ui.label(RichText::new(tr.t("import-template-hint")).weak());
            if ui.button(tr.t("import-template-nl")).clicked() {
                template = Some(Language::Dutch);
            }
            if ui.button(tr.t("import-template-en")).clicked() {
                template = Some(Language::English);
            }
            ui.label(RichText::new(tr.t("import-template-as")).weak());
            let format_name = |format: TemplateFormat| {
                tr.t(&format!("template-format-{}", format.extension()))
                    .to_string()
            };
            egui::ComboBox::from_id_salt("template-format")
                .selected_text(format_name(dialog.template_format))
                .show_ui(ui, |ui| {
                    for format in TemplateFormat::ALL {
                        ui.selectable_value(
                            &mut dialog.template_format,
                            format,
                            format_name(format),
                        );
                    }
                })
                .response
                .widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::ComboBox,
                        true,
                        tr.t("import-template-format"),
                    )
                });
        });
        if dialog.reading {
            crate::ui::busy(ui, tr.t("import-reading"));
        }
        if let Some(error) = &dialog.error {
            ui.label(RichText::new(error).color(ui.visuals().error_fg_color));
        }
        if let Some(preview) = dialog.preview.as_ref() {
            ui.separator();
            ui.label(RichText::new(preview.described.render(tr)).strong());
            if !preview.headers.is_empty() {
                ui.label(RichText::new(tr.t("import-mapping")).strong());
                let mut remap: Option<(String, Option<RegisterField>)> = None;
                egui::ScrollArea::vertical()
                    .id_salt("import-mapping")
                    .max_height(170.0)
                    .show(ui, |ui| {
                        egui::Grid::new("import-mapping-grid")
                            .striped(true)
                            .num_columns(2)
                            .show(ui, |ui| {
                                for (header, field) in
                                    preview.headers.iter().zip(&preview.mapping.columns)
                                {
                                    let label = ui.label(header);
                                    let mut choice = *field;
                                    egui::ComboBox::from_id_salt(("map", header))
                                        .selected_text(field_name(tr, *field))
                                        .width(260.0)
                                        .show_ui(ui, |ui| {
                                            ui.selectable_value(
                                                &mut choice,
                                                None,
                                                field_name(tr, None),
                                            );
                                            for option in RegisterField::CHOICES {
                                                ui.selectable_value(
                                                    &mut choice,
                                                    Some(option),
                                                    field_name(tr, Some(option)),
                                                );
                                            }
                                        })
                                        .response
                                        .labelled_by(label.id);
                                    if choice != *field {
                                        remap = Some((header.clone(), choice));
                                    }
                                    ui.end_row();
                                }
                            });
                    });
                if let Some((header, choice)) = remap {
                    dialog.overrides.insert(header, choice);
                    read = true;
                }
            }
            // Many notes scroll, so the dialog and its buttons stay on the screen.
            if !preview.notes.is_empty() {
                egui::ScrollArea::vertical()
                    .id_salt("import-notes")
                    .max_height(110.0)
                    .show(ui, |ui| {
                        for note in &preview.notes {
                            ui.label(RichText::new(format!("• {}", note.render(tr))).weak());
                        }
                    });
            }
            if preview.problems.is_empty() {
                ui.label(
                    RichText::new(tr.f(
                        "import-summary",
                        &[
                            ("created", preview.created.len().into()),
                            ("updated", preview.updated.len().into()),
                            ("unchanged", preview.unchanged.len().into()),
                        ],
                    ))
                    .strong(),
                );
                egui::ScrollArea::vertical()
                    .id_salt("import-rows")
                    .max_height(180.0)
                    .show(ui, |ui| {
                        egui::Grid::new("import-rows-grid")
                            .striped(true)
                            .num_columns(3)
                            .show(ui, |ui| {
                                for (row, name) in preview.created.iter().take(500) {
                                    ui.label(tr.f("import-row", &[("row", (*row).into())]));
                                    ui.label(name);
                                    ui.label(tr.t("import-new"));
                                    ui.end_row();
                                }
                                for update in preview.updated.iter().take(500) {
                                    ui.label(tr.f("import-row", &[("row", update.row.into())]));
                                    ui.label(&update.name);
                                    ui.label(
                                        tr.f(
                                            "import-updates",
                                            &[(
                                                "fields",
                                                arg(update
                                                    .fields
                                                    .iter()
                                                    .map(|field| {
                                                        crate::exchange::import::field_label(
                                                            field,
                                                            tr.language(),
                                                        )
                                                    })
                                                    .collect::<Vec<_>>()
                                                    .join(", ")),
                                            )],
                                        ),
                                    );
                                    ui.end_row();
                                }
                            });
                    });
            } else {
                ui.label(
                    RichText::new(tr.f(
                        "import-problems",
                        &[("count", preview.problems.len().into())],
                    ))
                    .strong()
                    .color(ui.visuals().error_fg_color),
                );
                egui::ScrollArea::vertical()
                    .id_salt("import-problems")
                    .max_height(160.0)
                    .show(ui, |ui| {
                        for message in preview.problem_messages_in(tr).iter().take(1000) {
                            ui.label(RichText::new(message).color(ui.visuals().error_fg_color));
                        }
                    });
                // The file's own numbering in an id column: match by name, or rename.
                if let Some(problem) = preview
                    .problems
                    .iter()
                    .find(|problem| problem.reason.key == "reason-foreign-ids")
                {
                    let column = problem.column.clone();
                    ui.horizontal(|ui| {
                        if ui.button(tr.t("import-ids-ignore")).clicked() {
                            dialog.overrides.insert(column.clone(), None);
                            read = true;
                        }
                        if ui.button(tr.t("import-ids-rename")).clicked() {
                            dialog.overrides.insert(column, Some(RegisterField::Id));
                            read = true;
                        }
                    });
                }
                // Texts Proeftuin does not know: a meaning chosen for each, once.
                if !preview.unknown_values.is_empty() {
                    ui.label(RichText::new(tr.t("import-values")).strong());
                    egui::ScrollArea::vertical()
                        .id_salt("import-values")
                        .max_height(120.0)
                        .show(ui, |ui| {
                            egui::Grid::new("import-values-grid")
                                .striped(true)
                                .num_columns(2)
                                .show(ui, |ui| {
                                    for unknown in preview.unknown_values.iter().take(200) {
                                        let label = ui.label(tr.f(
                                            "import-value",
                                            &[
                                                ("column", arg(&unknown.column)),
                                                ("text", arg(&unknown.text)),
                                                ("rows", unknown.rows.into()),
                                            ],
                                        ));
                                        let mut meant: Option<&'static str> = None;
                                        egui::ComboBox::from_id_salt((
                                            "value",
                                            &unknown.column,
                                            &unknown.text,
                                        ))
                                        .selected_text(tr.t("import-value-choose"))
                                        .width(260.0)
                                        .show_ui(ui, |ui| {
                                            for (id, name) in value_choices(tr, unknown.field) {
                                                ui.selectable_value(&mut meant, Some(id), name);
                                            }
                                        })
                                        .response
                                        .labelled_by(label.id);
                                        if let Some(id) = meant {
                                            dialog.values.insert(
                                                (unknown.column.clone(), unknown.text.clone()),
                                                id.to_owned(),
                                            );
                                            read = true;
                                        }
                                        ui.end_row();
                                    }
                                });
                        });
                }
            }
        }
        ui.separator();
        if let Some(progress) = &dialog.writing {
            ui.add(
                egui::ProgressBar::new(progress.fraction())
                    .show_percentage()
                    .animate(true),
            );
            if ui.button(tr.t("cancel")).clicked() {
                progress.cancel();
            }
            ui.ctx().request_repaint();
        } else {
            ui.horizontal(|ui| {
                let can = !read_only
                    && dialog
                        .preview
                        .as_ref()
                        .is_some_and(|preview| preview.can_import());
                if ui
                    .add_enabled(can, egui::Button::new(tr.t("import-confirm")))
                    .clicked()
                {
                    confirm = true;
                }
                if ui.button(tr.t("close")).clicked() {
                    close = true;
                }
                if read_only {
                    ui.label(RichText::new(tr.t("snapshot-read-only-refused")).weak());
                }
            });
        }
    });
    if let Some(language) = template {
        out.push(Command::WriteTemplate {
            language,
            format: dialog.template_format,
        });
        return;
    }
    if let Some(from) = browse_from {
        out.push(Command::Browse {
            target: BrowseTarget::Import,
            from,
        });
        return;
    }
    if close || (modal.should_close() && dialog.writing.is_none()) {
        out.push(Command::CloseImportDialog);
    } else if confirm {
        out.push(Command::ConfirmImport);
    } else if read {
        out.push(Command::PreviewImport);
    }
}
