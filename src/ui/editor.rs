//! The detail editor: every field of an initiative, validation next to the field.

use eframe::egui::{self, RichText};

use super::{field_error, text_area, text_field};
use crate::app::{Command, Editor, EditorField, ViewState};
use crate::domain::*;
use crate::i18n::I18n;

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

fn optional_combo<T: Copy + PartialEq>(
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
fn message_for(errors: &[(EditorField, String)], field: EditorField) -> Option<&str> {
    errors
        .iter()
        .find(|(candidate, _)| *candidate == field)
        .map(|(_, message)| message.as_str())
}

const LEVELS: [u8; 10] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];

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

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            let draft = &mut editor.draft;
            // General
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
                            let mut department = draft.department.clone().unwrap_or_default();
                            ui.horizontal(|ui| {
                                let response = ui
                                    .add(
                                        egui::TextEdit::singleline(&mut department)
                                            .desired_width(180.0),
                                    )
                                    .labelled_by(label.id);
                                egui::ComboBox::from_id_salt("department-pick")
                                    .selected_text("")
                                    .width(24.0)
                                    .show_ui(ui, |ui| {
                                        for name in departments {
                                            if ui
                                                .selectable_label(department == *name, name)
                                                .clicked()
                                            {
                                                department = name.clone();
                                            }
                                        }
                                    })
                                    .response
                                    .on_hover_text(tr.t("department-pick"))
                                    .labelled_by(label.id);
                                let _ = response;
                            });
                            draft.department =
                                (!department.trim().is_empty()).then_some(department);
                            ui.end_row();
                            let label = ui.label(tr.t("field-owner"));
                            ui.add(egui::TextEdit::singleline(&mut draft.owner))
                                .labelled_by(label.id);
                            ui.end_row();
                            let label = ui.label(tr.t("field-contact"));
                            ui.add(egui::TextEdit::singleline(&mut draft.contact))
                                .labelled_by(label.id);
                            ui.end_row();
                            let label = ui.label(tr.t("field-start"));
                            ui.vertical(|ui| {
                                ui.add(
                                    egui::TextEdit::singleline(&mut editor.start_text)
                                        .hint_text(tr.t("date-hint")),
                                )
                                .labelled_by(label.id);
                                field_error(
                                    ui,
                                    message_for(&editor.errors, EditorField::StartDate),
                                );
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
                                    message_for(
                                        &editor.errors,
                                        EditorField::Domain(Field::EndDate),
                                    ),
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

            // Phase and gate decisions
            egui::CollapsingHeader::new(tr.t("section-phase"))
                .default_open(true)
                .show(ui, |ui| {
                    ui.horizontal(|ui| {
                        ui.label(tr.t("field-phase"));
                        ui.label(RichText::new(tr.name("phase", draft.phase.id())).strong());
                        if let Some(since) = draft.phase_since {
                            ui.label(tr.f(
                                "since",
                                &[(
                                    "date",
                                    crate::i18n::arg(crate::format::date(since, language)),
                                )],
                            ));
                        }
                    });
                    if is_new {
                        ui.label(RichText::new(tr.t("phase-after-save")).weak());
                    } else if draft.phase != Phase::Stopped {
                        let enabled = !dirty;
                        let button =
                            ui.add_enabled(enabled, egui::Button::new(tr.t("change-phase")));
                        let button = if enabled {
                            button
                        } else {
                            button.on_disabled_hover_text(tr.t("save-first"))
                        };
                        if button.clicked() {
                            commands.push(Command::OpenGate);
                        }
                    }
                    if !draft.phase_history.is_empty() {
                        ui.label(RichText::new(tr.t("phase-history")).strong());
                        for change in draft.phase_history.iter().rev() {
                            let from = change
                                .from_phase
                                .map(|phase| tr.name("phase", phase.id()))
                                .unwrap_or_default();
                            let arrow = if from.is_empty() {
                                String::new()
                            } else {
                                format!("{from} » ")
                            };
                            ui.label(format!(
                                "{}  {arrow}{} — {} ({})",
                                crate::format::date(change.decided_on, language),
                                tr.name("phase", change.to_phase.id()),
                                tr.name("decision", change.decision.id()),
                                change.decider
                            ));
                            let mut detail = change.rationale.clone();
                            if !change.conditions.is_empty() {
                                detail = format!(
                                    "{detail} — {}: {}",
                                    tr.t("field-conditions"),
                                    change.conditions
                                );
                            }
                            ui.label(RichText::new(detail).weak());
                        }
                    }
                    if draft.phase == Phase::Stopped {
                        text_area(ui, tr.t("field-stop-reason"), &mut draft.stop_reason);
                        text_area(ui, tr.t("field-lessons"), &mut draft.lessons_learned);
                    }
                });

            // Budget lines
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
                                ui.add(
                                    egui::TextEdit::singleline(&mut texts.0).desired_width(44.0),
                                )
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
                                ui.add(
                                    egui::TextEdit::singleline(&mut texts.1).desired_width(110.0),
                                )
                                .labelled_by(label.id);
                                let label = ui.label(tr.t("field-actual"));
                                ui.add(
                                    egui::TextEdit::singleline(&mut texts.2).desired_width(110.0),
                                )
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
                        let year = chrono::Datelike::year(&state.today);
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

            // Readiness
            egui::CollapsingHeader::new(tr.t("section-readiness"))
                .default_open(false)
                .show(ui, |ui| {
                    let assessment = assess(&draft.readiness, &settings.readiness);
                    let verdict = tr.name("verdict", assessment.verdict.id());
                    let score = assessment
                        .score_bp
                        .map(|bp| format!(" ({})", crate::format::percent_bp(bp, language)))
                        .unwrap_or_default();
                    ui.label(
                        RichText::new(format!("{}: {verdict}{score}", tr.t("verdict"))).strong(),
                    );
                    if !assessment.blocking.is_empty() {
                        let names: Vec<String> = assessment
                            .blocking
                            .iter()
                            .map(|c| tr.name("criterion", c.id()))
                            .collect();
                        ui.label(tr.f(
                            "blocked-by",
                            &[("criteria", crate::i18n::arg(names.join(", ")))],
                        ));
                    } else if !assessment.holding_back.is_empty()
                        && assessment.verdict != Verdict::NotAssessed
                    {
                        let names: Vec<String> = assessment
                            .holding_back
                            .iter()
                            .map(|c| tr.name("criterion", c.id()))
                            .collect();
                        ui.label(tr.f(
                            "held-back-by",
                            &[("criteria", crate::i18n::arg(names.join(", ")))],
                        ));
                    }
                    egui::Grid::new("readiness-grid")
                        .num_columns(2)
                        .spacing([12.0, 4.0])
                        .show(ui, |ui| {
                            for criterion in Criterion::ALL {
                                let mut rating = draft.readiness.get(criterion);
                                let _ = optional_combo(
                                    ui,
                                    tr,
                                    &tr.name("criterion", criterion.id()),
                                    &mut rating,
                                    &[0, 1, 2],
                                    |r| tr.name("rating", &r.to_string()),
                                )
                                .on_hover_text(tr.name("explain", criterion.id()));
                                draft.readiness.set(criterion, rating);
                                ui.end_row();
                            }
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-readiness-level"),
                                &mut draft.readiness_level,
                                &LEVELS,
                                |l| tr.name("readiness-level", &l.to_string()),
                            );
                            ui.end_row();
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-use-level"),
                                &mut draft.use_level,
                                &LEVELS,
                                |l| tr.name("use-level", &l.to_string()),
                            );
                            ui.end_row();
                        });
                });

            // Characteristics
            egui::CollapsingHeader::new(tr.t("section-characteristics"))
                .default_open(false)
                .show(ui, |ui| {
                    let c = &mut draft.characteristics;
                    egui::Grid::new("characteristics-grid")
                        .num_columns(2)
                        .spacing([12.0, 4.0])
                        .show(ui, |ui| {
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-degree"),
                                &mut c.degree,
                                Degree::ALL,
                                |v| tr.name("degree", v.id()),
                            );
                            ui.end_row();
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-innovation-type"),
                                &mut c.innovation_type,
                                InnovationType::ALL,
                                |v| tr.name("innovation-type", v.id()),
                            );
                            ui.end_row();
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-technology-from"),
                                &mut c.technology_from,
                                InsideOutside::ALL,
                                |v| tr.name("inside-outside", v.id()),
                            );
                            ui.end_row();
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-target-group"),
                                &mut c.target_group,
                                InsideOutside::ALL,
                                |v| tr.name("inside-outside", v.id()),
                            );
                            ui.end_row();
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-tech-level"),
                                &mut c.tech_level,
                                TechLevel::ALL,
                                |v| tr.name("tech-level", v.id()),
                            );
                            ui.end_row();
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-management-model"),
                                &mut c.management_model,
                                ManagementModel::ALL,
                                |v| tr.name("management-model", v.id()),
                            );
                            ui.end_row();
                            let _ = optional_combo(
                                ui,
                                tr,
                                tr.t("field-organised"),
                                &mut c.organised,
                                Organised::ALL,
                                |v| tr.name("organised", v.id()),
                            );
                            ui.end_row();
                        });
                });

            // Partners
            egui::CollapsingHeader::new(tr.t("section-partners"))
                .default_open(false)
                .show(ui, |ui| {
                    let mut remove = None;
                    for (index, partner) in draft.partners.iter_mut().enumerate() {
                        ui.push_id(("partner", index), |ui| {
                            ui.horizontal(|ui| {
                                let label = ui.label(tr.t("field-partner"));
                                ui.add(
                                    egui::TextEdit::singleline(&mut partner.name)
                                        .desired_width(160.0),
                                )
                                .labelled_by(label.id);
                                enum_combo(
                                    ui,
                                    tr.t("field-helix"),
                                    &mut partner.helix_role,
                                    HelixRole::ALL,
                                    |h| tr.name("helix", h.id()),
                                );
                                if ui.button(tr.t("remove-line")).clicked() {
                                    remove = Some(index);
                                }
                            });
                            field_error(
                                ui,
                                message_for(
                                    &editor.errors,
                                    EditorField::Domain(Field::Partner(index)),
                                ),
                            );
                        });
                    }
                    if let Some(index) = remove {
                        draft.partners.remove(index);
                        editor.errors.clear();
                    }
                    if ui.button(tr.t("add-partner")).clicked() {
                        draft.partners.push(Partner {
                            name: String::new(),
                            helix_role: HelixRole::Government,
                        });
                    }
                });

            // Risks
            egui::CollapsingHeader::new(tr.t("section-risks"))
                .default_open(false)
                .show(ui, |ui| {
                    let mut remove = None;
                    for (index, risk) in draft.risks.iter_mut().enumerate() {
                        ui.push_id(("risk", index), |ui| {
                            ui.horizontal(|ui| {
                                enum_combo(
                                    ui,
                                    tr.t("field-risk"),
                                    &mut risk.category,
                                    RiskCategory::ALL,
                                    |r| tr.name("risk", r.id()),
                                );
                                enum_combo(
                                    ui,
                                    tr.t("field-level"),
                                    &mut risk.level,
                                    RiskLevel::ALL,
                                    |l| tr.name("level", l.id()),
                                );
                                if ui.button(tr.t("remove-line")).clicked() {
                                    remove = Some(index);
                                }
                            });
                            text_field(ui, tr.t("field-risk-description"), &mut risk.description);
                            text_field(ui, tr.t("field-mitigation"), &mut risk.mitigation);
                            ui.separator();
                        });
                    }
                    if let Some(index) = remove {
                        draft.risks.remove(index);
                    }
                    if ui.button(tr.t("add-risk")).clicked() {
                        draft.risks.push(Risk {
                            category: RiskCategory::Privacy,
                            level: RiskLevel::Medium,
                            description: String::new(),
                            mitigation: String::new(),
                        });
                    }
                });

            // Health reports
            egui::CollapsingHeader::new(tr.t("section-health"))
                .default_open(false)
                .show(ui, |ui| {
                    let mut remove = None;
                    for index in 0..draft.health_reports.len() {
                        let Some(date_text) = editor.health_dates.get_mut(index) else {
                            continue;
                        };
                        let report = &mut draft.health_reports[index];
                        ui.push_id(("health", index), |ui| {
                            ui.horizontal(|ui| {
                                let label = ui.label(tr.t("field-period"));
                                ui.add(
                                    egui::TextEdit::singleline(&mut report.period)
                                        .desired_width(70.0),
                                )
                                .labelled_by(label.id);
                                let label = ui.label(tr.t("field-reported-on"));
                                ui.add(egui::TextEdit::singleline(date_text).desired_width(90.0))
                                    .labelled_by(label.id);
                                enum_combo(
                                    ui,
                                    tr.t("field-status"),
                                    &mut report.status,
                                    Health::ALL,
                                    |h| tr.name("health", h.id()),
                                );
                                if ui.button(tr.t("remove-line")).clicked() {
                                    remove = Some(index);
                                }
                            });
                            text_field(ui, tr.t("field-reason"), &mut report.reason);
                            for field in [
                                EditorField::HealthDate(index),
                                EditorField::Domain(Field::HealthReport(index)),
                            ] {
                                field_error(ui, message_for(&editor.errors, field));
                            }
                            ui.separator();
                        });
                    }
                    if let Some(index) = remove {
                        draft.health_reports.remove(index);
                        editor.health_dates.remove(index);
                        editor.errors.clear();
                    }
                    if ui.button(tr.t("add-health")).clicked() {
                        let quarter = (chrono::Datelike::month(&state.today) - 1) / 3 + 1;
                        draft.health_reports.push(HealthReport {
                            period: format!("{}-Q{quarter}", chrono::Datelike::year(&state.today)),
                            reported_on: state.today,
                            status: Health::Green,
                            reason: String::new(),
                        });
                        editor
                            .health_dates
                            .push(crate::format::date(state.today, language));
                    }
                });

            egui::CollapsingHeader::new(tr.t("section-notes"))
                .default_open(false)
                .show(ui, |ui| {
                    text_area(ui, tr.t("field-notes"), &mut draft.notes);
                });
        });
    out.extend(commands);
}
