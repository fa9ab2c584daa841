//! Settings: language and theme (remembered per user), and the portfolio's own settings
//! (stored in the portfolio file).

use eframe::egui::{self, RichText};

use crate::app::{Command, Drafts, ViewState};
use crate::domain::*;
use crate::i18n::Language;

/// `drafts.settings` and `drafts.departments` are the copies the user edits.
pub(crate) fn settings_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            portfolio_settings_ui(ui, state, drafts.settings.as_mut(), out);
            departments_ui(ui, state, drafts.departments.as_mut(), out);
        });
}

fn portfolio_settings_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    draft: Option<&mut PortfolioSettings>,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    ui.heading(tr.t("nav-settings"));
    ui.add_space(8.0);
    ui.label(RichText::new(tr.t("settings-personal")).strong());
    ui.horizontal(|ui| {
        ui.label(tr.t("menu-language"));
        for language in Language::ALL {
            if ui
                .radio(tr.language() == language, language.native_name())
                .clicked()
            {
                out.push(Command::SetLanguage(language));
            }
        }
    });
    ui.horizontal(|ui| {
        ui.label(tr.t("theme"));
        let dark = ui.ctx().theme() == egui::Theme::Dark;
        if ui.radio(!dark, tr.t("theme-light")).clicked() {
            out.push(Command::SetDarkMode(false));
        }
        if ui.radio(dark, tr.t("theme-dark")).clicked() {
            out.push(Command::SetDarkMode(true));
        }
    });
    ui.separator();
    ui.label(RichText::new(tr.t("settings-portfolio")).strong());
    let (Some(portfolio), Some(draft)) = (state.portfolio.as_ref(), draft) else {
        return;
    };
    egui::Grid::new("settings-grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            let label = ui.label(tr.t("field-municipality"));
            ui.add(egui::TextEdit::singleline(&mut draft.municipality))
                .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr.t("field-stuck-threshold"));
            ui.add(
                egui::DragValue::new(&mut draft.stuck_threshold_months)
                    .range(1..=240)
                    .suffix(tr.t("months-suffix")),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr.t("field-ready-threshold"));
            ui.add(
                egui::DragValue::new(&mut draft.readiness.ready_threshold_pct)
                    .range(0..=100)
                    .suffix(" %"),
            )
            .labelled_by(label.id);
            ui.end_row();
            let ready = draft.readiness.ready_threshold_pct;
            let label = ui.label(tr.t("field-conditional-threshold"));
            ui.add(
                egui::DragValue::new(&mut draft.readiness.conditional_threshold_pct)
                    .range(0..=ready)
                    .suffix(" %"),
            )
            .labelled_by(label.id);
            ui.end_row();
            let label = ui.label(tr.t("field-backups-kept"));
            ui.add(egui::DragValue::new(&mut draft.backups_kept).range(1..=365))
                .labelled_by(label.id)
                .on_hover_text(tr.t("field-backups-kept-hint"));
            ui.end_row();
            for criterion in Criterion::ALL {
                let label = ui.label(tr.f(
                    "weight-of",
                    &[(
                        "criterion",
                        crate::i18n::arg(tr.name("criterion", criterion.id())),
                    )],
                ));
                ui.add(
                    egui::DragValue::new(&mut draft.readiness.weights[criterion.index()])
                        .range(0..=100),
                )
                .labelled_by(label.id);
                ui.end_row();
            }
        });
    targets_ui(ui, tr, draft);
    let changed = *draft != portfolio.settings;
    // A spread that was changed must add up to 100 % (the store refuses it otherwise).
    let quadrants_wrong = draft.quadrant_targets_total() != 10_000
        && draft.quadrant_targets_bp != portfolio.settings.quadrant_targets_bp;
    let models_wrong = draft
        .model_targets_total()
        .is_some_and(|total| total != 10_000)
        && draft.model_targets_bp != portfolio.settings.model_targets_bp;
    let can_save = changed && !quadrants_wrong && !models_wrong;
    if quadrants_wrong || models_wrong {
        ui.label(RichText::new(tr.t("targets-must-add-up")).color(ui.visuals().error_fg_color));
    }
    ui.horizontal(|ui| {
        if ui
            .add_enabled(can_save, egui::Button::new(tr.t("save")))
            .clicked()
        {
            out.push(Command::SaveSettings(draft.clone()));
        }
        if ui
            .add_enabled(changed, egui::Button::new(tr.t("revert")))
            .clicked()
        {
            out.push(Command::RevertSettings);
        }
    });
}

/// A percentage of basis points, typed and shown with the language's decimal sign.
fn percent_field(ui: &mut egui::Ui, tr: &crate::i18n::I18n, label: &str, bp: &mut u32) {
    let label = ui.label(label);
    let dutch = tr.language() == Language::Dutch;
    ui.add(
        egui::DragValue::from_get_set(|value| {
            if let Some(value) = value {
                *bp = (value * 100.0).round().clamp(0.0, 10_000.0) as u32;
            }
            f64::from(*bp) / 100.0
        })
        .range(0.0..=100.0)
        .speed(0.5)
        .max_decimals(2)
        .suffix(" %")
        .custom_formatter(move |value, decimals| {
            let text = format!("{value:.*}", decimals.end().to_owned().min(2));
            let text = if text.contains('.') {
                text.trim_end_matches('0').trim_end_matches('.').to_string()
            } else {
                text
            };
            if dutch { text.replace('.', ",") } else { text }
        })
        .custom_parser(|text| {
            text.trim()
                .trim_end_matches('%')
                .trim()
                .replace(',', ".")
                .parse()
                .ok()
        }),
    )
    .labelled_by(label.id);
}

/// The sum of a spread, in the error colour when it is not 100 %.
fn spread_total(ui: &mut egui::Ui, tr: &crate::i18n::I18n, total: u32) {
    let text = tr.f(
        "targets-total",
        &[(
            "total",
            crate::i18n::arg(crate::format::percent_bp(total, tr.language())),
        )],
    );
    if total == 10_000 {
        ui.label(RichText::new(text).weak());
    } else {
        ui.label(RichText::new(text).color(ui.visuals().error_fg_color));
    }
}

/// The director's targets: the innovation share of the budget, the spread over the
/// quadrants, and the spread over more, better and different (table 2.3).
fn targets_ui(ui: &mut egui::Ui, tr: &crate::i18n::I18n, draft: &mut PortfolioSettings) {
    ui.separator();
    ui.label(RichText::new(tr.t("settings-targets")).strong());
    ui.label(RichText::new(tr.t("settings-targets-hint")).weak());
    egui::Grid::new("targets-grid")
        .num_columns(2)
        .spacing([12.0, 6.0])
        .show(ui, |ui| {
            percent_field(
                ui,
                tr,
                tr.t("field-target-innovation-share"),
                &mut draft.target_innovation_share_bp,
            );
            ui.end_row();
            for quadrant in Quadrant::ALL {
                percent_field(
                    ui,
                    tr,
                    &tr.f(
                        "field-quadrant-target",
                        &[(
                            "quadrant",
                            crate::i18n::arg(tr.name("quadrant", quadrant.id())),
                        )],
                    ),
                    &mut draft.quadrant_targets_bp[quadrant.index()],
                );
                ui.end_row();
            }
            ui.label("");
            spread_total(ui, tr, draft.quadrant_targets_total());
            ui.end_row();
        });
    let mut set = draft.model_targets_bp.is_some();
    if ui
        .checkbox(&mut set, tr.t("field-model-targets"))
        .on_hover_text(tr.t("balance-management-model-hint"))
        .changed()
    {
        draft.model_targets_bp = set.then_some([3400, 3300, 3300]);
    }
    if let Some(targets) = draft.model_targets_bp.as_mut() {
        egui::Grid::new("model-targets-grid")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                for model in ManagementModel::ALL {
                    percent_field(
                        ui,
                        tr,
                        &tr.f(
                            "field-model-target",
                            &[(
                                "model",
                                crate::i18n::arg(tr.name("management-model", model.id())),
                            )],
                        ),
                        &mut targets[model.index()],
                    );
                    ui.end_row();
                }
            });
    }
    if let Some(total) = draft.model_targets_total() {
        spread_total(ui, tr, total);
    }
}

/// The departments and their starting position (figure 2.7 of the source).
fn departments_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    draft: Option<&mut Vec<Department>>,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let (Some(portfolio), Some(draft)) = (state.portfolio.as_ref(), draft) else {
        return;
    };
    ui.separator();
    ui.label(RichText::new(tr.t("settings-departments")).strong());
    ui.label(RichText::new(tr.t("settings-departments-hint")).weak());
    egui::Grid::new("departments-grid")
        .num_columns(2)
        .spacing([12.0, 4.0])
        .show(ui, |ui| {
            for department in draft.iter_mut() {
                let label = ui.label(&department.name);
                let selected = department.starting_position.map_or_else(
                    || tr.t("not-set").to_string(),
                    |position| tr.name("position", position.id()),
                );
                egui::ComboBox::from_id_salt(("starting-position", &department.name))
                    .selected_text(selected)
                    .width(260.0)
                    .show_ui(ui, |ui| {
                        ui.selectable_value(
                            &mut department.starting_position,
                            None,
                            tr.t("not-set"),
                        );
                        for position in StartingPosition::ALL {
                            ui.selectable_value(
                                &mut department.starting_position,
                                Some(*position),
                                tr.name("position", position.id()),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                ui.end_row();
            }
        });
    let changed = *draft != portfolio.departments;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(changed, egui::Button::new(tr.t("save-departments")))
            .clicked()
        {
            out.push(Command::SaveDepartments(draft.clone()));
        }
    });
}
