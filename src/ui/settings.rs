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
    let changed = *draft != portfolio.settings;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(changed, egui::Button::new(tr.t("save")))
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
