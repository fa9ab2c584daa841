//! Budget: operation versus innovation per year (planned and spent, the innovation share
//! against the target), the same per department and per quadrant, planned versus spent per
//! initiative, and what scaling will add to the operation budget of the next five years.
//! Everything comes from `figures::budget`, computed when the data changes; the tables
//! under the charts give every charted number exactly (and to screen readers).

use eframe::egui::{self, Color32, RichText, Sense, Stroke, Vec2};
use egui_extras::{Column as TableColumn, TableBuilder};
use egui_plot::{Bar, BarChart, GridMark, HLine, Legend, Line, LineStyle, Plot, Points};

use super::palette::{
    ADDED, INNOVATION, INNOVATION_SPENT, OPERATION, OPERATION_SPENT, health_color, phase_color,
};
use crate::app::{BudgetView, Command, Filters, ViewState};
use crate::domain::*;
use crate::figures::budget::{Amounts, BaselineScope, NO_DEPARTMENT, PROJECTION_YEARS};
use crate::format::{Language, money_whole, percent_bp};
use crate::i18n::{I18n, arg};

/// How many projected initiatives are listed before "… and N more".
const PROJECTED_LIST_LIMIT: usize = 15;

fn euros(cents: i64) -> f64 {
    cents as f64 / 100.0
}

fn share_text(basis_points: Option<u32>, language: Language) -> String {
    basis_points.map_or_else(|| "—".to_string(), |bp| percent_bp(bp, language))
}

/// A plot for money over years: no zoom or drag (the page scrolls), a year on every
/// whole number of the x axis and euros on the y axis.
fn money_plot<'a>(id: &'a str, tr: &I18n, height: f32) -> Plot<'a> {
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
fn year_marks(input: egui_plot::GridInput) -> Vec<GridMark> {
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
fn bar(x: f64, cents: i64, name: &str, color: Color32, language: Language) -> Bar {
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
        ui.spinner();
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

/// Stacked bars per year (planned on the left, spent on the right of each year) and the
/// innovation share per year against the target.
fn years_charts(ui: &mut egui::Ui, tr: &I18n, view: &BudgetView) {
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
fn years_table(ui: &mut egui::Ui, tr: &I18n, view: &BudgetView) {
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
fn share_label(ui: &mut egui::Ui, share: Option<u32>, target_bp: u32, language: Language) {
    let text = share_text(share, language);
    if share.is_some_and(|bp| bp < target_bp) {
        ui.label(RichText::new(text).color(health_color(Health::Amber, ui.visuals().dark_mode)));
    } else {
        ui.label(text);
    }
}

fn period_picker(
    ui: &mut egui::Ui,
    tr: &I18n,
    view: &BudgetView,
    period: Option<i32>,
    commands: &mut Vec<Command>,
) {
    let label = |period: Option<i32>| match period {
        Some(year) => year.to_string(),
        None => tr.t("budget-all-years").to_string(),
    };
    let mut choice = period;
    egui::ComboBox::from_label(tr.t("budget-period"))
        .selected_text(label(period))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut choice, None, label(None));
            let mut years: Vec<i32> = view.figures.years.iter().map(|(year, _)| *year).collect();
            if let Some(year) = period
                && !years.contains(&year)
            {
                years.push(year);
                years.sort_unstable();
            }
            for year in years {
                ui.selectable_value(&mut choice, Some(year), label(Some(year)));
            }
        });
    if choice != period {
        commands.push(Command::SetBudgetPeriod(choice));
    }
}

/// Rows of (name, filter that opens the table, amounts), with a bar of the split.
fn breakdown_table(
    ui: &mut egui::Ui,
    tr: &I18n,
    id: &str,
    rows: &[(String, Option<Filters>, Amounts)],
    target_bp: u32,
    commands: &mut Vec<Command>,
) {
    let language = tr.language();
    if rows
        .iter()
        .all(|(_, _, amounts)| *amounts == Amounts::default())
    {
        ui.label(tr.t("budget-no-lines-period"));
        return;
    }
    let largest = rows
        .iter()
        .map(|(_, _, amounts)| amounts.planned_total_cents())
        .max()
        .unwrap_or(0)
        .max(1);
    egui::Grid::new(id)
        .striped(true)
        .num_columns(7)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for key in [
                "budget-col-name",
                "budget-operation-planned",
                "budget-innovation-planned",
                "budget-share-planned",
                "budget-col-split",
                "budget-operation-spent",
                "budget-innovation-spent",
            ] {
                ui.label(RichText::new(tr.t(key)).strong());
            }
            ui.end_row();
            for (name, filters, amounts) in rows {
                match filters {
                    Some(filters) => {
                        if ui
                            .button(name)
                            .on_hover_text(tr.t("budget-open-table"))
                            .clicked()
                        {
                            commands.push(Command::ShowFiltered(Box::new(filters.clone())));
                        }
                    }
                    None => {
                        ui.label(name);
                    }
                }
                ui.label(money_whole(amounts.operation_planned_cents, language));
                ui.label(money_whole(amounts.innovation_planned_cents, language));
                share_label(ui, amounts.planned_share_bp(), target_bp, language);
                split_bar(ui, amounts, largest, target_bp);
                ui.label(money_whole(amounts.operation_actual_cents, language));
                ui.label(money_whole(amounts.innovation_actual_cents, language));
                ui.end_row();
            }
        });
}

/// A horizontal bar as long as the planned total (relative to the largest row), split in
/// operation and innovation, with a tick where the target share would fall.
fn split_bar(ui: &mut egui::Ui, amounts: &Amounts, largest: i64, target_bp: u32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(180.0, 16.0), Sense::hover());
    let total = amounts.planned_total_cents();
    if total <= 0 {
        return;
    }
    let length = rect.width() * (total as f32 / largest as f32).max(0.01);
    let innovation = length * amounts.innovation_planned_cents as f32 / total as f32;
    let operation_rect =
        egui::Rect::from_min_size(rect.min, Vec2::new(length - innovation, rect.height()));
    let innovation_rect = egui::Rect::from_min_size(
        egui::pos2(operation_rect.max.x, rect.min.y),
        Vec2::new(innovation, rect.height()),
    );
    ui.painter().rect_filled(operation_rect, 0.0, OPERATION);
    ui.painter().rect_filled(innovation_rect, 0.0, INNOVATION);
    // The target: the innovation part should start at or before this point.
    let target_x = rect.min.x + length * (1.0 - target_bp as f32 / 10_000.0);
    ui.painter().line_segment(
        [
            egui::pos2(target_x, rect.min.y - 2.0),
            egui::pos2(target_x, rect.max.y + 2.0),
        ],
        Stroke::new(2.0, ui.visuals().strong_text_color()),
    );
}

/// Planned versus spent per initiative, in the chosen period: virtual rows, so 100,000
/// initiatives cost as much as 20.
fn initiatives_table(
    ui: &mut egui::Ui,
    tr: &I18n,
    portfolio: &Portfolio,
    view: &BudgetView,
    commands: &mut Vec<Command>,
) {
    let language = tr.language();
    let rows = &view.figures.initiatives;
    if rows.is_empty() {
        ui.label(tr.t("budget-no-lines-period"));
        return;
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    ui.push_id("budget-initiatives", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .max_scroll_height(300.0)
            .auto_shrink([false, true])
            .column(TableColumn::initial(260.0).at_least(120.0).clip(true))
            .column(TableColumn::initial(110.0).clip(true))
            .column(TableColumn::initial(120.0))
            .column(TableColumn::initial(120.0))
            .column(TableColumn::initial(120.0))
            .column(TableColumn::remainder().at_least(80.0))
            .header(row_height, |mut header| {
                for key in [
                    "budget-col-initiative",
                    "column-phase",
                    "budget-col-planned",
                    "budget-col-spent",
                    "budget-col-difference",
                    "budget-col-spent-share",
                ] {
                    header.col(|ui| {
                        ui.label(RichText::new(tr.t(key)).strong());
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut row| {
                    let item = rows[row.index()];
                    let initiative = &portfolio.initiatives[item.row];
                    row.col(|ui| {
                        if ui
                            .link(&initiative.name)
                            .on_hover_text(tr.t("budget-open-initiative"))
                            .clicked()
                        {
                            commands.push(Command::OpenInitiative(initiative.id));
                        }
                    });
                    row.col(|ui| {
                        ui.label(tr.name("phase", initiative.phase.id()));
                    });
                    row.col(|ui| {
                        ui.label(money_whole(item.amounts.planned_total_cents(), language));
                    });
                    row.col(|ui| {
                        ui.label(money_whole(item.amounts.actual_total_cents(), language));
                    });
                    row.col(|ui| {
                        let variance = item.variance_cents();
                        let text = if variance > 0 {
                            format!("+{}", money_whole(variance, language))
                        } else {
                            money_whole(variance, language)
                        };
                        if variance > 0 {
                            ui.label(
                                RichText::new(text)
                                    .color(health_color(Health::Red, ui.visuals().dark_mode)),
                            );
                        } else {
                            ui.label(text);
                        }
                    });
                    row.col(|ui| {
                        let planned = item.amounts.planned_total_cents();
                        let spent = item.amounts.actual_total_cents();
                        let text = if planned > 0 {
                            let bp = (i128::from(spent) * 10_000 / i128::from(planned))
                                .clamp(0, i128::from(u32::MAX));
                            percent_bp(u32::try_from(bp).unwrap_or(u32::MAX), language)
                        } else {
                            "—".to_string()
                        };
                        ui.label(text);
                    });
                });
            });
    });
}

fn projection_ui(
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
