//! Operation and innovation per year: the stacked bars, the share against the target, and
//! the table of exact amounts under them.

use eframe::egui::{self, Color32, RichText};
use egui_plot::{BarChart, HLine, Legend, Line, LineStyle, Plot, Points};

use super::*;
use crate::app::BudgetView;
use crate::figures::budget::Amounts;
use crate::format::{Language, money_whole, percent_bp};
use crate::i18n::{I18n, arg};
use crate::ui::palette::{INNOVATION, INNOVATION_SPENT, OPERATION, OPERATION_SPENT, health_color};

/// Stacked bars per year (planned on the left, spent on the right of each year) and the
/// innovation share per year against the target.
pub(super) fn years_charts(ui: &mut egui::Ui, tr: &I18n, view: &BudgetView) {
    let language = tr.language();
    let years = &view.figures.years;
    // One series of bars: (name, colour, offset from the year, amount of a year).
    let series = |key: &str, color: Color32, offset: f64, amount: fn(&Amounts) -> i64| {
        let name = tr.t(key);
        BarChart::new(
            name,
            years
                .iter()
                .map(|(year, amounts)| {
                    bar(
                        f64::from(*year) + offset,
                        amount(amounts),
                        name,
                        color,
                        language,
                    )
                })
                .collect(),
        )
        .color(color)
    };
    let operation = series("budget-operation-planned", OPERATION, -0.2, |a| {
        a.operation_planned_cents
    });
    let innovation = series("budget-innovation-planned", INNOVATION, -0.2, |a| {
        a.innovation_planned_cents
    })
    .stack_on(&[&operation]);
    let operation_spent = series("budget-operation-spent", OPERATION_SPENT, 0.2, |a| {
        a.operation_actual_cents
    });
    let innovation_spent = series("budget-innovation-spent", INNOVATION_SPENT, 0.2, |a| {
        a.innovation_actual_cents
    })
    .stack_on(&[&operation_spent]);
    ui.label(RichText::new(tr.t("budget-years-chart-hint")).weak());
    // Head room above the highest bar, so the legend covers no bar.
    let highest = years
        .iter()
        .map(|(_, amounts)| {
            amounts
                .planned_total_cents()
                .max(amounts.actual_total_cents())
        })
        .max()
        .unwrap_or(0);
    money_plot("budget-years-chart", tr, 260.0)
        .include_y(euros(highest) * 1.5)
        .y_axis_label(tr.t("budget-axis-euros"))
        .show(ui, |plot| {
            plot.bar_chart(operation);
            plot.bar_chart(innovation);
            plot.bar_chart(operation_spent);
            plot.bar_chart(innovation_spent);
        });

    // The share per year, planned as a line and spent as points, against the target.
    let planned: Vec<[f64; 2]> = years
        .iter()
        .filter_map(|(year, amounts)| {
            amounts
                .planned_share_bp()
                .map(|bp| [f64::from(*year), f64::from(bp) / 100.0])
        })
        .collect();
    let spent: Vec<[f64; 2]> = years
        .iter()
        .filter_map(|(year, amounts)| {
            amounts
                .actual_share_bp()
                .map(|bp| [f64::from(*year), f64::from(bp) / 100.0])
        })
        .collect();
    let target = f64::from(view.target_bp) / 100.0;
    let top = planned
        .iter()
        .chain(&spent)
        .map(|point| point[1])
        .fold(target, f64::max);
    let planned_name = tr.t("budget-share-planned");
    let spent_name = tr.t("budget-share-spent");
    let target_name = tr.f(
        "budget-share-target",
        &[("target", arg(percent_bp(view.target_bp, language)))],
    );
    let target_color = health_color(Health::Amber, ui.visuals().dark_mode);
    Plot::new("budget-share-chart")
        .height(150.0)
        .allow_zoom(false)
        .allow_drag(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .legend(Legend::default().position(egui_plot::Corner::LeftTop))
        .x_axis_label(tr.t("budget-axis-year"))
        .y_axis_label(tr.t("budget-axis-share"))
        .x_grid_spacer(year_marks)
        .x_axis_formatter(|mark, _| format!("{:.0}", mark.value))
        .y_axis_min_width(80.0)
        .y_axis_formatter(move |mark, _| {
            percent_bp((mark.value.max(0.0) * 100.0).round() as u32, language)
        })
        .include_y(0.0)
        .include_y((top * 1.15).min(100.0).max(top))
        .include_x(f64::from(years[0].0) - 0.5)
        .include_x(f64::from(years[years.len() - 1].0) + 0.5)
        .show(ui, |plot| {
            plot.hline(
                HLine::new(target_name, target)
                    .color(target_color)
                    .style(LineStyle::dashed_loose())
                    .width(1.5),
            );
            plot.line(
                Line::new(planned_name, planned)
                    .color(INNOVATION)
                    .width(2.0),
            );
            plot.points(
                Points::new(spent_name, spent)
                    .color(INNOVATION_SPENT)
                    .radius(4.0),
            );
        });
}

/// The exact numbers of the charts, one row per year.
pub(super) fn years_table(ui: &mut egui::Ui, tr: &I18n, view: &BudgetView) {
    let language = tr.language();
    egui::Grid::new("budget-years-table")
        .striped(true)
        .num_columns(7)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for key in [
                "budget-col-year",
                "budget-operation-planned",
                "budget-innovation-planned",
                "budget-share-planned",
                "budget-operation-spent",
                "budget-innovation-spent",
                "budget-share-spent",
            ] {
                ui.label(RichText::new(tr.t(key)).strong());
            }
            ui.end_row();
            for (year, amounts) in &view.figures.years {
                ui.label(year.to_string());
                ui.label(money_whole(amounts.operation_planned_cents, language));
                ui.label(money_whole(amounts.innovation_planned_cents, language));
                share_label(ui, amounts.planned_share_bp(), view.target_bp, language);
                ui.label(money_whole(amounts.operation_actual_cents, language));
                ui.label(money_whole(amounts.innovation_actual_cents, language));
                ui.label(share_text(amounts.actual_share_bp(), language));
                ui.end_row();
            }
        });
}

/// A share, in amber when below the target.
pub(super) fn share_label(
    ui: &mut egui::Ui,
    share: Option<u32>,
    target_bp: u32,
    language: Language,
) {
    let text = share_text(share, language);
    if share.is_some_and(|bp| bp < target_bp) {
        ui.label(RichText::new(text).color(health_color(Health::Amber, ui.visuals().dark_mode)));
    } else {
        ui.label(text);
    }
}
