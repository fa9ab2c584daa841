//! Phases: the funnel (count and budget per phase), the stuck list with its threshold,
//! and a roadmap with each initiative as a bar over time coloured by its phases.

use chrono::{Datelike, NaiveDate};
use eframe::egui::{self, Align2, FontId, Pos2, Rect, RichText, Sense, Stroke, Vec2};

use super::palette::phase_color;
use crate::app::{Command, Filters, ViewState};
use crate::domain::*;
use crate::format::money_whole;

/// Phase segments of one initiative: (from, to, phase), in time order.
fn segments(initiative: &Initiative, today: NaiveDate) -> Vec<(NaiveDate, NaiveDate, Phase)> {
    let mut changes: Vec<&PhaseChange> = initiative.phase_history.iter().collect();
    changes.sort_by_key(|change| change.decided_on);
    let mut result = Vec::new();
    for (position, change) in changes.iter().enumerate() {
        let end = match changes.get(position + 1) {
            Some(next) => next.decided_on,
            // Stopped ends; anchored is structural operation and goes on.
            None if change.to_phase == Phase::Stopped => change.decided_on,
            None => today.max(change.decided_on),
        };
        result.push((change.decided_on, end, change.to_phase));
    }
    if result.is_empty()
        && let Some(start) = initiative.start_date
    {
        result.push((start, today.max(start), initiative.phase));
    }
    result
}

pub(crate) fn phases_ui(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    let language = tr.language();
    let today = state.today;
    let Some(portfolio) = state.portfolio.as_ref() else {
        return;
    };
    let mut commands = Vec::new();
    let base = state.prefs.filters.clone();

    // Counts over the shown rows, cached by the state.
    let (counts, budgets, stuck) = (
        &state.shown.phase_counts,
        &state.shown.phase_budget_cents,
        &state.shown.stuck,
    );
    let max_count = counts.iter().copied().max().unwrap_or(0).max(1);

    ui.heading(tr.t("nav-phases"));
    ui.label(tr.f(
        "shown-of-total",
        &[
            ("shown", state.visible.len().into()),
            ("total", portfolio.initiatives.len().into()),
        ],
    ));
    ui.columns(2, |columns| {
        let ui = &mut columns[0];
        ui.label(RichText::new(tr.t("funnel-title")).strong());
        let width = ui.available_width();
        for phase in Phase::ALL {
            let count = counts[phase.index()];
            let label = tr.f(
                "funnel-row",
                &[
                    ("phase", crate::i18n::arg(tr.name("phase", phase.id()))),
                    ("count", count.into()),
                    (
                        "budget",
                        crate::i18n::arg(money_whole(budgets[phase.index()], language)),
                    ),
                ],
            );
            let (rect, response) = ui.allocate_exact_size(
                Vec2::new(width, 24.0),
                if count > 0 {
                    Sense::click()
                } else {
                    Sense::hover()
                },
            );
            response
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, count > 0, &label));
            // A centred bar: the funnel narrows as initiatives drop out or wait.
            let bar_width = (rect.width() * count as f32 / max_count as f32).max(2.0);
            let bar =
                Rect::from_center_size(rect.center(), Vec2::new(bar_width, rect.height() - 4.0));
            ui.painter().rect_filled(bar, 3.0, phase_color(*phase));
            if response.hovered() {
                ui.painter().rect_stroke(
                    bar,
                    3.0,
                    Stroke::new(1.5, ui.visuals().strong_text_color()),
                    egui::StrokeKind::Outside,
                );
            }
            // The label sits on a plate in the theme's background colour, so it stays
            // readable on every phase colour in light and dark themes (WCAG contrast).
            let galley = ui.painter().layout_no_wrap(
                label.clone(),
                FontId::proportional(13.0),
                ui.visuals().strong_text_color(),
            );
            let plate = Rect::from_center_size(rect.center(), galley.size() + Vec2::new(10.0, 2.0));
            ui.painter().rect_filled(
                plate,
                3.0,
                ui.visuals().extreme_bg_color.gamma_multiply(0.85),
            );
            ui.painter().galley(
                plate.center() - galley.size() / 2.0,
                galley,
                ui.visuals().strong_text_color(),
            );
            if response.on_hover_text(tr.t("funnel-click-hint")).clicked() {
                commands.push(Command::ShowFiltered(Box::new(Filters {
                    phase: Some(*phase),
                    ..base.clone()
                })));
            }
        }

        let ui = &mut columns[1];
        ui.label(
            RichText::new(tr.f(
                "phases-stuck-title",
                &[("months", portfolio.settings.stuck_threshold_months.into())],
            ))
            .strong(),
        );
        ui.label(RichText::new(tr.t("phases-stuck-hint")).weak());
        if stuck.is_empty() {
            ui.label(tr.t("phases-none-stuck"));
        }
        egui::ScrollArea::vertical()
            .id_salt("stuck-list")
            .max_height(200.0)
            .show_rows(ui, 20.0, stuck.len(), |ui, range| {
                for &(row, months) in &stuck[range] {
                    let initiative = &portfolio.initiatives[row];
                    ui.horizontal(|ui| {
                        if ui.link(&initiative.name).clicked() {
                            commands.push(Command::OpenInitiative(initiative.id));
                        }
                        ui.label(tr.f(
                            "phases-months-in",
                            &[
                                (
                                    "phase",
                                    crate::i18n::arg(tr.name("phase", initiative.phase.id())),
                                ),
                                ("months", months.into()),
                            ],
                        ));
                    });
                }
            });
    });

    ui.separator();
    ui.label(RichText::new(tr.t("roadmap-title")).strong());
    ui.label(RichText::new(tr.t("roadmap-hint")).weak());
    // Time axis: from the earliest start among the shown rows to the end of next year.
    let first_year = state.shown.earliest_year.unwrap_or(today.year() - 3);
    let last_year = today.year() + 1;
    let start = NaiveDate::from_ymd_opt(first_year, 1, 1).unwrap_or(today);
    let end = NaiveDate::from_ymd_opt(last_year + 1, 1, 1).unwrap_or(today);
    let span_days = (end - start).num_days().max(1) as f32;
    let name_width = 240.0;
    let row_height = 18.0;
    let rows = state.visible;
    // Year labels above the bars.
    let (axis, _) = ui.allocate_exact_size(Vec2::new(ui.available_width(), 16.0), Sense::hover());
    let timeline = Rect::from_min_max(Pos2::new(axis.left() + name_width, axis.top()), axis.max);
    let x_of = |date: NaiveDate, area: Rect| {
        area.left() + area.width() * ((date - start).num_days() as f32 / span_days)
    };
    for year in first_year..=last_year {
        let x = x_of(
            NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(start),
            timeline,
        );
        ui.painter().text(
            Pos2::new(x + 2.0, axis.center().y),
            Align2::LEFT_CENTER,
            year.to_string(),
            FontId::proportional(11.0),
            ui.visuals().weak_text_color(),
        );
    }
    egui::ScrollArea::vertical()
        .id_salt("roadmap")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, rows.len(), |ui, range| {
            for &row in &rows[range] {
                let initiative = &portfolio.initiatives[row];
                let (rect, response) = ui.allocate_exact_size(
                    Vec2::new(ui.available_width(), row_height),
                    Sense::click(),
                );
                response.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        format!("{}: {}", tr.t("roadmap-row"), initiative.name),
                    )
                });
                let painter = ui.painter_at(rect);
                let name_rect =
                    Rect::from_min_size(rect.min, Vec2::new(name_width - 8.0, rect.height()));
                ui.painter_at(name_rect).text(
                    name_rect.left_center(),
                    Align2::LEFT_CENTER,
                    &initiative.name,
                    FontId::proportional(12.0),
                    ui.visuals().text_color(),
                );
                let area = Rect::from_min_max(
                    Pos2::new(rect.left() + name_width, rect.top() + 3.0),
                    Pos2::new(rect.right(), rect.bottom() - 3.0),
                );
                for year in first_year..=last_year {
                    let x = x_of(NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(start), area);
                    painter.line_segment(
                        [Pos2::new(x, rect.top()), Pos2::new(x, rect.bottom())],
                        ui.visuals().widgets.noninteractive.bg_stroke,
                    );
                }
                for (from, to, phase) in segments(initiative, today) {
                    let left = x_of(from.max(start), area);
                    let right = x_of(to.min(end), area).max(left + 2.0);
                    painter.rect_filled(
                        Rect::from_min_max(
                            Pos2::new(left, area.top()),
                            Pos2::new(right, area.bottom()),
                        ),
                        2.0,
                        phase_color(phase),
                    );
                }
                let today_x = x_of(today, area);
                painter.line_segment(
                    [
                        Pos2::new(today_x, rect.top()),
                        Pos2::new(today_x, rect.bottom()),
                    ],
                    Stroke::new(1.0, ui.visuals().warn_fg_color),
                );
                if response.hovered() {
                    painter.rect_stroke(
                        rect,
                        2.0,
                        Stroke::new(1.0, ui.visuals().weak_text_color()),
                        egui::StrokeKind::Inside,
                    );
                }
                if response.clicked() {
                    commands.push(Command::OpenInitiative(initiative.id));
                }
            }
        });
    out.extend(commands);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::{change, day};

    #[test]
    fn segments_follow_the_phase_history() {
        let mut initiative = Initiative::new("x");
        initiative.phase_history = vec![
            change(day(2025, 6, 1), Phase::Pilot),
            change(day(2025, 1, 1), Phase::Idea),
        ];
        let today = day(2026, 11, 28);
        assert_eq!(
            segments(&initiative, today),
            vec![
                (day(2025, 1, 1), day(2025, 6, 1), Phase::Idea),
                (day(2025, 6, 1), today, Phase::Pilot)
            ]
        );
        initiative
            .phase_history
            .push(change(day(2026, 1, 1), Phase::Stopped));
        assert_eq!(
            segments(&initiative, today).last(),
            Some(&(day(2026, 1, 1), day(2026, 1, 1), Phase::Stopped))
        );
        // No history: one bar from the start date in the current phase.
        let mut fresh = Initiative::new("y");
        fresh.start_date = Some(day(2026, 3, 1));
        assert_eq!(
            segments(&fresh, today),
            vec![(day(2026, 3, 1), today, Phase::Idea)]
        );
        assert!(segments(&Initiative::new("z"), today).is_empty());
    }
}
