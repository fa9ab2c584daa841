//! Budget: operation versus innovation per year (planned and spent, the innovation share
//! against the target), the same per department and per quadrant, planned versus spent per
//! initiative, and what scaling will add to the operation budget of the next five years.
//! Everything comes from `figures::budget`, computed when the data changes; the tables
//! under the charts give every charted number exactly (and to screen readers).

use eframe::egui::{self, Color32, RichText, Stroke};
use egui_plot::{Bar, GridMark, Legend, Plot};

use crate::app::{Command, Filters, ViewState};
use crate::domain::*;
use crate::figures::budget::{Amounts, BaselineScope, NO_DEPARTMENT};
use crate::format::{Language, money_whole, percent_bp};
use crate::i18n::{I18n, arg};

/// How many projected initiatives are listed before "… and N more".
const PROJECTED_LIST_LIMIT: usize = 15;

mod breakdown;
mod initiatives;
mod projection;
mod years;

use breakdown::*;
use initiatives::*;
use projection::*;
use years::*;

pub(super) fn euros(cents: i64) -> f64 {
    cents as f64 / 100.0
}

pub(super) fn share_text(basis_points: Option<u32>, language: Language) -> String {
    basis_points.map_or_else(|| "—".to_string(), |bp| percent_bp(bp, language))
}

/// A plot for money over years: no zoom or drag (the page scrolls), a year on every
/// whole number of the x axis and euros on the y axis.
pub(super) fn money_plot<'a>(id: &'a str, tr: &I18n, height: f32) -> Plot<'a> {
    let language = tr.language();
    Plot::new(id)
        .height(height)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_grid([false, true])
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .x_axis_label(tr.t("budget-axis-year"))
        .x_grid_spacer(year_marks)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_min_width(80.0)
        .y_axis_formatter(move |mark, _| money_whole((mark.value * 100.0) as i64, language))
        .include_y(0.0)
}

/// One grid mark per year.
pub(super) fn year_marks(input: egui_plot::GridInput) -> Vec<GridMark> {
    let (low, high) = input.bounds;
    let mut marks = Vec::new();
    let mut year = low.ceil();
    while year <= high && marks.len() < 100 {
        marks.push(GridMark {
            value: year,
            step_size: 1.0,
        });
        year += 1.0;
    }
    marks
}

/// A solid bar with its hover text.
pub(super) fn bar(x: f64, cents: i64, name: &str, color: Color32, language: Language) -> Bar {
    Bar::new(x, euros(cents))
        .width(0.38)
        .fill(color)
        .stroke(Stroke::new(1.0, color))
        .name(format!("{name}: {}", money_whole(cents, language)))
}

pub(crate) fn budget_ui(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    let language = tr.language();
    let (Some(view), Some(portfolio)) = (state.budget.as_ref(), state.portfolio.as_ref()) else {
        crate::ui::busy(ui, tr.t("busy-figures"));
        return;
    };
    let mut commands = Vec::new();
    let base = state.prefs.filters.clone();
    egui::ScrollArea::vertical()
        .id_salt("budget-page")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(tr.t("nav-budget"));
            ui.label(tr.f(
                "shown-of-total",
                &[
                    ("shown", state.visible.len().into()),
                    ("total", portfolio.initiatives.len().into()),
                ],
            ));
            let scope = match &view.baseline {
                BaselineScope::All => tr.t("budget-baseline-all").to_string(),
                BaselineScope::Department(name) => {
                    tr.f("budget-baseline-department", &[("department", arg(name))])
                }
                BaselineScope::Excluded => tr.t("budget-baseline-excluded").to_string(),
            };
            ui.label(RichText::new(scope).weak());

            ui.add_space(8.0);
            ui.label(RichText::new(tr.t("budget-years-title")).strong());
            if view.figures.years.is_empty() {
                ui.label(tr.t("budget-no-lines"));
            } else {
                years_charts(ui, tr, view);
                years_table(ui, tr, view);
            }

            ui.add_space(12.0);
            period_picker(ui, tr, view, state.budget_period, &mut commands);
            ui.add_space(6.0);
            ui.label(RichText::new(tr.t("budget-by-department")).strong());
            let departments: Vec<(String, Option<Filters>, Amounts)> = view
                .figures
                .by_department
                .iter()
                .map(|(name, amounts)| {
                    if name == NO_DEPARTMENT {
                        (tr.t("budget-no-department").to_string(), None, *amounts)
                    } else {
                        let filters = Filters {
                            department: Some(name.clone()),
                            ..base.clone()
                        };
                        (name.clone(), Some(filters), *amounts)
                    }
                })
                .collect();
            breakdown_table(
                ui,
                tr,
                "budget-departments",
                &departments,
                view.target_bp,
                &mut commands,
            );
            ui.add_space(8.0);
            ui.label(RichText::new(tr.t("budget-by-quadrant")).strong());
            let quadrants: Vec<(String, Option<Filters>, Amounts)> = view
                .figures
                .by_quadrant
                .iter()
                .map(|(quadrant, amounts)| {
                    let filters = Filters {
                        quadrant: Some(*quadrant),
                        ..base.clone()
                    };
                    (tr.name("quadrant", quadrant.id()), Some(filters), *amounts)
                })
                .collect();
            breakdown_table(
                ui,
                tr,
                "budget-quadrants",
                &quadrants,
                view.target_bp,
                &mut commands,
            );
            if view.figures.baseline != Amounts::default() {
                ui.label(
                    RichText::new(tr.f(
                        "budget-quadrant-baseline-note",
                        &[(
                            "amount",
                            arg(money_whole(
                                view.figures.baseline.operation_planned_cents,
                                language,
                            )),
                        )],
                    ))
                    .weak(),
                );
            }

            ui.add_space(12.0);
            ui.label(RichText::new(tr.t("budget-initiatives-title")).strong());
            ui.label(RichText::new(tr.t("budget-initiatives-hint")).weak());
            initiatives_table(ui, tr, portfolio, view, &mut commands);

            ui.add_space(12.0);
            projection_ui(
                ui,
                tr,
                portfolio,
                view,
                state.projection_ticked,
                &mut commands,
            );
        });
    out.extend(commands);
}
