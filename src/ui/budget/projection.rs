//! What will scaling cost us in operation? The next five years' projection.

use eframe::egui::{self, RichText, Sense, Vec2};
use egui_plot::BarChart;

use super::*;
use crate::app::{BudgetView, Command};
use crate::figures::budget::PROJECTION_YEARS;
use crate::format::{money_whole, percent_bp};
use crate::i18n::{I18n, arg};
use crate::ui::palette::{ADDED, OPERATION, health_color, phase_color};

pub(super) fn projection_ui(
    ui: &mut egui::Ui,
    tr: &I18n,
    portfolio: &Portfolio,
    view: &BudgetView,
    ticked: &std::collections::HashSet<InitiativeId>,
    commands: &mut Vec<Command>,
) {
    let language = tr.language();
    let projection = &view.projection;
    ui.label(RichText::new(tr.t("budget-projection-title")).strong());
    ui.label(tr.f(
        "budget-projection-rule",
        &[("years", PROJECTION_YEARS.into())],
    ));
    let planned_name = tr.t("budget-projection-planned");
    let added_name = tr.t("budget-projection-added");
    let planned = BarChart::new(
        planned_name,
        projection
            .years
            .iter()
            .map(|year| {
                bar(
                    f64::from(year.year),
                    year.planned_operation_cents,
                    planned_name,
                    OPERATION,
                    language,
                )
                .width(0.6)
            })
            .collect(),
    )
    .color(OPERATION);
    let added = BarChart::new(
        added_name,
        projection
            .years
            .iter()
            .map(|year| {
                bar(
                    f64::from(year.year),
                    year.added_cents,
                    added_name,
                    ADDED,
                    language,
                )
                .width(0.6)
            })
            .collect(),
    )
    .color(ADDED)
    .stack_on(&[&planned]);
    let highest = projection
        .years
        .iter()
        .map(|year| year.projected_operation_cents())
        .max()
        .unwrap_or(0);
    money_plot("budget-projection-chart", tr, 220.0)
        .include_y(euros(highest) * 1.4)
        .y_axis_label(tr.t("budget-axis-euros"))
        .show(ui, |plot| {
            plot.bar_chart(planned);
            plot.bar_chart(added);
        });
    egui::Grid::new("budget-projection-table")
        .striped(true)
        .num_columns(5)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for key in [
                "budget-col-year",
                "budget-projection-planned",
                "budget-projection-added",
                "budget-projection-total",
                "budget-projection-increase",
            ] {
                ui.label(RichText::new(tr.t(key)).strong());
            }
            ui.end_row();
            for year in &projection.years {
                ui.label(year.year.to_string());
                let planned = money_whole(year.planned_operation_cents, language);
                ui.label(if year.baseline_carried {
                    format!("{planned} *")
                } else {
                    planned
                });
                ui.label(money_whole(year.added_cents, language));
                ui.label(money_whole(year.projected_operation_cents(), language));
                let increase = if year.planned_operation_cents > 0 {
                    let bp = i128::from(year.added_cents) * 10_000
                        / i128::from(year.planned_operation_cents);
                    percent_bp(u32::try_from(bp.max(0)).unwrap_or(u32::MAX), language)
                } else {
                    "—".to_string()
                };
                ui.label(increase);
                ui.end_row();
            }
        });

    if projection.years.iter().any(|year| year.baseline_carried) {
        ui.label(RichText::new(tr.t("budget-projection-carried-note")).weak());
    }
    ui.add_space(6.0);
    ui.label(RichText::new(tr.f(
        "budget-projection-included",
        &[("count", projection.initiatives.len().into())],
    )));
    if !projection.initiatives.is_empty() {
        egui::Grid::new("budget-projection-initiatives")
            .striped(true)
            .num_columns(3 + projection.years.len())
            .spacing([12.0, 4.0])
            .show(ui, |ui| {
                ui.label(RichText::new(tr.t("budget-col-initiative")).strong());
                ui.label(RichText::new(tr.t("column-phase")).strong());
                for year in &projection.years {
                    ui.label(RichText::new(year.year.to_string()).strong());
                }
                ui.label(RichText::new(tr.t("budget-col-basis")).strong());
                ui.end_row();
                for item in projection.initiatives.iter().take(PROJECTED_LIST_LIMIT) {
                    let initiative = &portfolio.initiatives[item.row];
                    if ui.link(&initiative.name).clicked() {
                        commands.push(Command::OpenInitiative(initiative.id));
                    }
                    ui.horizontal(|ui| {
                        let (dot, _) = ui.allocate_exact_size(Vec2::splat(10.0), Sense::hover());
                        ui.painter().circle_filled(
                            dot.center(),
                            4.5,
                            phase_color(initiative.phase),
                        );
                        ui.label(tr.name("phase", initiative.phase.id()));
                    });
                    for added in &item.added_cents {
                        ui.label(money_whole(*added, language));
                    }
                    ui.label(match item.carried_from {
                        Some(year) => tr.f("budget-carried-from", &[("year", year.into())]),
                        None => tr.t("budget-as-planned").to_string(),
                    });
                    ui.end_row();
                }
            });
        if projection.initiatives.len() > PROJECTED_LIST_LIMIT {
            ui.label(tr.f(
                "budget-projection-more",
                &[(
                    "count",
                    (projection.initiatives.len() - PROJECTED_LIST_LIMIT).into(),
                )],
            ));
        }
    }
    if !projection.without_budget.is_empty() {
        let names: Vec<&str> = projection
            .without_budget
            .iter()
            .take(PROJECTED_LIST_LIMIT)
            .map(|&row| portfolio.initiatives[row].name.as_str())
            .collect();
        let mut text = names.join(", ");
        if projection.without_budget.len() > PROJECTED_LIST_LIMIT {
            text.push_str(", …");
        }
        ui.label(
            RichText::new(tr.f(
                "budget-projection-unknown",
                &[
                    ("count", projection.without_budget.len().into()),
                    ("names", arg(text)),
                ],
            ))
            .color(health_color(Health::Amber, ui.visuals().dark_mode)),
        );
    }

    ui.add_space(6.0);
    ui.label(
        RichText::new(tr.f(
            "budget-tick-title",
            &[
                ("count", view.tickable.len().into()),
                ("ticked", view.ticked_in_view.into()),
            ],
        ))
        .strong(),
    );
    if view.tickable.is_empty() {
        ui.label(tr.t("budget-tick-none"));
        return;
    }
    ui.label(RichText::new(tr.t("budget-tick-hint")).weak());
    let row_height = ui.spacing().interact_size.y + 2.0;
    egui::ScrollArea::vertical()
        .id_salt("budget-tickable")
        .max_height(220.0)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, view.tickable.len(), |ui, range| {
            for &row in &view.tickable[range] {
                let initiative = &portfolio.initiatives[row];
                let mut on = ticked.contains(&initiative.id);
                let label = format!(
                    "{} ({})",
                    initiative.name,
                    tr.name("phase", initiative.phase.id())
                );
                if ui.checkbox(&mut on, label).changed() {
                    commands.push(Command::ToggleProjection(initiative.id));
                }
            }
        });
}
