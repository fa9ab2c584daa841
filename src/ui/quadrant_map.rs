//! The quadrant map (figure 2.8 of the source): old → new horizontally, inside → outside
//! vertically, each initiative a mark in its quadrant. The table's filters apply.

use eframe::egui::{self, Align2, Color32, FontId, Pos2, Rect, RichText, Sense, Stroke, Vec2};

use super::palette::{health_color, phase_color};
use crate::app::{Command, Filters, MapAcross, MapUp, ViewState};
use crate::domain::*;
use crate::format::{money_whole, percent_bp};

/// Above this many marks in a quadrant, marks are grouped per phase with a count.
const MAX_MARKS: usize = 400;
/// Up to this many marks in a quadrant carry their names.
const NAMED_MARKS: usize = 12;

/// Each row's mark at its meaningful place (`at`), moved apart where marks would cover
/// each other: marks at about the same place share it side by side, or with their names
/// (`named`) one under the other, so no name runs over another.
fn place_marks(
    rows: &[usize],
    at: impl Fn(usize) -> Pos2,
    radius: f32,
    column_width: f32,
    named: bool,
    bounds: Rect,
) -> Vec<Pos2> {
    let wanted: Vec<Pos2> = rows.iter().map(|&row| at(row)).collect();
    let step = radius * 2.0 + 1.0;
    let line_height = if named { step.max(14.0) } else { step };
    let mut groups: std::collections::HashMap<(i32, i32), Vec<usize>> = Default::default();
    for (position, point) in wanted.iter().enumerate() {
        let key = (
            (point.x / column_width) as i32,
            (point.y / line_height).round() as i32,
        );
        groups.entry(key).or_default().push(position);
    }
    let mut placed = wanted.clone();
    for members in groups.values() {
        let per_line = if named {
            1
        } else {
            ((column_width / step).floor() as usize).max(1)
        };
        // The group's lines go alternately above and below its place: keep them all
        // inside the bounds by moving the place itself.
        let lines = members.len().div_ceil(per_line);
        let (above, below) = (lines / 2, (lines - 1) / 2);
        let base = wanted[members[0]];
        let top = bounds.top() + radius + above as f32 * line_height;
        let bottom = (bounds.bottom() - radius - below as f32 * line_height).max(top);
        let base = Pos2::new(base.x, base.y.clamp(top, bottom));
        for (index, &position) in members.iter().enumerate() {
            let line = index / per_line;
            let in_line = members.len().min(per_line);
            let slot = (index % per_line) as f32 - (in_line as f32 - 1.0) / 2.0;
            // Lines alternate above and below the place itself.
            let offset = if line % 2 == 0 {
                (line / 2) as f32
            } else {
                -((line / 2 + 1) as f32)
            };
            placed[position] = Pos2::new(
                (base.x + slot * step).clamp(bounds.left() + radius, bounds.right() - radius),
                base.y + offset * line_height,
            );
        }
    }
    placed
}

/// The ranges the continuous measures are scaled by, over one quadrant's marks.
struct MeasureScale {
    max_months: u32,
    years: Option<(i32, i32)>,
    max_budget: i64,
}

impl MeasureScale {
    fn of(
        portfolio: &crate::domain::Portfolio,
        figures: &[crate::figures::InitiativeFigures],
        rows: &[usize],
    ) -> Self {
        let mut scale = MeasureScale {
            max_months: 1,
            years: None,
            max_budget: 1,
        };
        for &row in rows {
            if let Some(figures) = figures.get(row) {
                scale.max_months = scale.max_months.max(figures.months_in_phase.unwrap_or(0));
                scale.max_budget = scale.max_budget.max(figures.innovation_planned_cents);
            }
            if let Some(year) = portfolio.initiatives[row]
                .start_date
                .map(|date| chrono::Datelike::year(&date))
            {
                scale.years = Some(
                    scale
                        .years
                        .map_or((year, year), |(low, high)| (low.min(year), high.max(year))),
                );
            }
        }
        scale
    }

    /// Where a mark stands across, 0–1 (`None`: not known).
    fn across(
        &self,
        measure: MapAcross,
        initiative: &crate::domain::Initiative,
        figures: Option<&crate::figures::InitiativeFigures>,
    ) -> Option<f32> {
        match measure {
            MapAcross::Phase => {
                Some((initiative.phase.index() as f32 + 0.5) / Phase::ALL.len() as f32)
            }
            MapAcross::MonthsInPhase => figures?
                .months_in_phase
                .map(|months| months as f32 / self.max_months as f32),
            MapAcross::StartYear => {
                let year = chrono::Datelike::year(&initiative.start_date?);
                let (low, high) = self.years?;
                Some(if high > low {
                    (year - low) as f32 / (high - low) as f32
                } else {
                    0.5
                })
            }
        }
    }

    /// Where a mark stands up, 0–1 (`None`: not known).
    fn up(
        &self,
        measure: MapUp,
        initiative: &crate::domain::Initiative,
        figures: Option<&crate::figures::InitiativeFigures>,
    ) -> Option<f32> {
        match measure {
            MapUp::ReadinessScore => figures?
                .assessment
                .score_bp
                .map(|bp| bp.min(10_000) as f32 / 10_000.0),
            MapUp::ReadinessLevel => initiative
                .readiness_level
                .map(|level| f32::from(level.min(9)) / 9.0),
            MapUp::UseLevel => initiative
                .use_level
                .map(|level| f32::from(level.min(9)) / 9.0),
            MapUp::InnovationBudget => figures
                .map(|figures| figures.innovation_planned_cents)
                .filter(|cents| *cents > 0)
                .map(|cents| cents as f32 / self.max_budget as f32),
        }
    }
}

/// Where a quadrant sits: old left, new right; outside top, inside bottom.
fn quadrant_rect(area: Rect, quadrant: Quadrant) -> Rect {
    let half = area.size() / 2.0;
    let (column, row) = quadrant.grid_cell();
    let x = area.left() + f32::from(column) * half.x;
    let y = area.top() + f32::from(row) * half.y;
    Rect::from_min_size(Pos2::new(x, y), half).shrink(4.0)
}

pub(crate) fn quadrant_map_ui(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    let language = tr.language();
    let Some(portfolio) = state.portfolio.as_ref() else {
        return;
    };
    let mut commands = Vec::new();
    ui.heading(tr.t("nav-quadrants"));
    ui.horizontal_wrapped(|ui| {
        let total = portfolio.initiatives.len();
        ui.label(tr.f(
            "shown-of-total",
            &[
                ("shown", state.visible.len().into()),
                ("total", total.into()),
            ],
        ));
        if state.prefs.filters.is_active() {
            ui.label(RichText::new(tr.t("quadrants-filtered")).weak());
            if ui.button(tr.t("filter-clear")).clicked() {
                commands.push(Command::ClearFilters);
            }
        }
    });
    // Legend: colour is the phase, the ring is the health, the size the budget.
    ui.horizontal_wrapped(|ui| {
        for phase in Phase::ALL {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
            ui.painter()
                .circle_filled(rect.center(), 5.0, phase_color(*phase));
            ui.label(tr.name("phase", phase.id()));
        }
        ui.separator();
        for health in [Health::Red, Health::Amber] {
            let (rect, _) = ui.allocate_exact_size(Vec2::splat(12.0), Sense::hover());
            ui.painter().circle_stroke(
                rect.center(),
                5.0,
                Stroke::new(2.5, health_color(health, ui.visuals().dark_mode)),
            );
            ui.label(tr.name("health", health.id()));
        }
        ui.label(RichText::new(tr.t("quadrants-size-hint")).weak());
    });

    // The shown rows per quadrant (the table's filters apply), cached by the state.
    let shown = &state.shown;
    let max_budget = shown.max_innovation_cents;

    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr.t("axis-horizontal")).weak());
        ui.label(RichText::new(tr.t("axis-vertical")).weak());
    });
    // Inside each quadrant: the two measures the marks stand by.
    let (mut across, mut up) = (state.prefs.map_across, state.prefs.map_up);
    ui.horizontal(|ui| {
        let label = ui.label(tr.t("quadrants-across"));
        egui::ComboBox::from_id_salt("map-across")
            .selected_text(tr.t(&format!("quadrants-across-{}", across.id())))
            .show_ui(ui, |ui| {
                for option in MapAcross::ALL {
                    ui.selectable_value(
                        &mut across,
                        option,
                        tr.t(&format!("quadrants-across-{}", option.id())),
                    );
                }
            })
            .response
            .labelled_by(label.id);
        let label = ui.label(tr.t("quadrants-up"));
        egui::ComboBox::from_id_salt("map-up")
            .selected_text(tr.t(&format!("quadrants-up-{}", up.id())))
            .show_ui(ui, |ui| {
                for option in MapUp::ALL {
                    ui.selectable_value(
                        &mut up,
                        option,
                        tr.t(&format!("quadrants-up-{}", option.id())),
                    );
                }
            })
            .response
            .labelled_by(label.id);
    });
    if (across, up) != (state.prefs.map_across, state.prefs.map_up) {
        commands.push(Command::SetMapMeasures(across, up));
    }
    let available = ui.available_size();
    let size = Vec2::new(available.x, (available.y - 24.0).max(320.0));
    let (area, _) = ui.allocate_exact_size(size, Sense::hover());
    let painter = ui.painter_at(area.expand(2.0));
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    let text_color = ui.visuals().text_color();
    // Axes: old → new along the bottom, inside → outside along the left.
    painter.line_segment([area.center_top(), area.center_bottom()], stroke);
    painter.line_segment([area.left_center(), area.right_center()], stroke);

    for quadrant in Quadrant::ALL {
        let rect = quadrant_rect(area, *quadrant);
        let quadrant_rows = &shown.quadrant_rows[quadrant.index()];
        let budget = shown.quadrant_budget_cents[quadrant.index()];
        let share_bp = shown.quadrant_share_bp[quadrant.index()];
        let target_bp = portfolio.settings.quadrant_targets_bp[quadrant.index()];
        painter.rect_filled(rect, 6.0, ui.visuals().faint_bg_color);
        // The quadrant's name is a button: it filters the table to this quadrant.
        let title = format!(
            "{}: {}",
            tr.name("quadrant", quadrant.id()),
            crate::format::count(quadrant_rows.len(), tr.language())
        );
        let title_rect = Rect::from_min_size(
            rect.min + Vec2::new(8.0, 6.0),
            Vec2::new(rect.width() - 16.0, 22.0),
        );
        let title_response = ui.put(
            title_rect,
            egui::Button::new(RichText::new(title).strong()).frame(false),
        );
        if title_response
            .on_hover_text(tr.t("quadrants-click-hint"))
            .clicked()
        {
            commands.push(Command::ShowFiltered(Box::new(Filters {
                quadrant: Some(*quadrant),
                ..state.prefs.filters.clone()
            })));
        }
        let detail = tr.f(
            "quadrants-detail",
            &[
                ("budget", crate::i18n::arg(money_whole(budget, language))),
                ("share", crate::i18n::arg(percent_bp(share_bp, language))),
                ("target", crate::i18n::arg(percent_bp(target_bp, language))),
            ],
        );
        let detail_color = if share_bp + 500 < target_bp {
            health_color(Health::Amber, ui.visuals().dark_mode)
        } else {
            text_color
        };
        painter.text(
            rect.min + Vec2::new(12.0, 32.0),
            Align2::LEFT_TOP,
            detail,
            FontId::proportional(12.0),
            detail_color,
        );
        let inner = Rect::from_min_max(
            rect.min + Vec2::new(10.0, 54.0),
            rect.max - Vec2::new(10.0, 10.0),
        );
        if quadrant_rows.is_empty() {
            painter.text(
                inner.center(),
                Align2::CENTER_CENTER,
                tr.t("overview-empty-quadrant"),
                FontId::proportional(16.0),
                health_color(Health::Amber, ui.visuals().dark_mode),
            );
            continue;
        }
        if quadrant_rows.len() > MAX_MARKS {
            // Too many to tell apart: one mark per phase, sized by count.
            let per_phase = &shown.quadrant_phase_counts[quadrant.index()];
            let cell = inner.width() / 7.0;
            for phase in Phase::ALL {
                let count = per_phase[phase.index()];
                if count == 0 {
                    continue;
                }
                let center = Pos2::new(
                    inner.left() + cell * (phase.index() as f32 + 0.5),
                    inner.center().y,
                );
                let radius = (cell * 0.45)
                    * ((count as f32) / (quadrant_rows.len() as f32))
                        .sqrt()
                        .max(0.25);
                let id = ui.make_persistent_id(("quadrant-group", quadrant.id(), phase.id()));
                let response = ui.interact(
                    Rect::from_center_size(center, Vec2::splat(radius * 2.0)),
                    id,
                    Sense::click(),
                );
                let count_text = crate::format::count(count, tr.language());
                let label = format!(
                    "{}, {}: {count_text}",
                    tr.name("quadrant", quadrant.id()),
                    tr.name("phase", phase.id())
                );
                response
                    .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &label));
                painter.circle_filled(center, radius, phase_color(*phase));
                painter.text(
                    center,
                    Align2::CENTER_CENTER,
                    count_text,
                    FontId::proportional(12.0),
                    Color32::WHITE,
                );
                if response.on_hover_text(&label).clicked() {
                    commands.push(Command::ShowFiltered(Box::new(Filters {
                        quadrant: Some(*quadrant),
                        phase: Some(*phase),
                        ..state.prefs.filters.clone()
                    })));
                }
            }
            continue;
        }
        // Where a mark stands means something: by default its phase from left (idea) to
        // right (anchored, then stopped), its readiness score from bottom (0 %) to top
        // (100 %), or the two measures the user picked; not known in a band along the
        // bottom (and, across, along the left). Faint axis words say so.
        let axis_color = ui.visuals().weak_text_color().gamma_multiply(0.7);
        let plot = Rect::from_min_max(inner.min, inner.max - Vec2::new(0.0, 16.0));
        painter.text(
            Pos2::new(plot.right(), inner.bottom()),
            Align2::RIGHT_BOTTOM,
            tr.t(&format!("quadrants-axis-across-{}", across.id())),
            FontId::proportional(11.0),
            axis_color,
        );
        painter.text(
            Pos2::new(plot.left(), inner.bottom()),
            Align2::LEFT_BOTTOM,
            tr.t(&format!("quadrants-axis-up-{}", up.id())),
            FontId::proportional(11.0),
            axis_color,
        );
        let unassessed_band = (plot.height() * 0.12).clamp(10.0, 28.0);
        painter.line_segment(
            [
                Pos2::new(plot.left(), plot.bottom() - unassessed_band),
                Pos2::new(plot.right(), plot.bottom() - unassessed_band),
            ],
            Stroke::new(0.5, axis_color),
        );
        let column_width = plot.width() / Phase::ALL.len() as f32;
        // Names beside the marks when there are few enough to read them.
        let named = quadrant_rows.len() <= NAMED_MARKS;
        let max_radius = (column_width * 0.22).clamp(4.0, 14.0);
        let scale = MeasureScale::of(portfolio, state.figures, quadrant_rows);
        let placed = place_marks(
            quadrant_rows,
            |row| {
                let initiative = &portfolio.initiatives[row];
                let figures = state.figures.get(row);
                let x = match scale.across(across, initiative, figures) {
                    Some(fraction) => {
                        let left = plot.left() + column_width;
                        let right = plot.right() - column_width * 0.5;
                        match across {
                            MapAcross::Phase => {
                                plot.left() + column_width * (initiative.phase.index() as f32 + 0.5)
                            }
                            _ => left + (right - left) * fraction,
                        }
                    }
                    None => plot.left() + column_width * 0.5,
                };
                let y = match scale.up(up, initiative, figures) {
                    Some(fraction) => {
                        let top = plot.top() + max_radius;
                        let bottom = plot.bottom() - unassessed_band - max_radius;
                        bottom - (bottom - top) * fraction
                    }
                    None => plot.bottom() - unassessed_band / 2.0,
                };
                Pos2::new(x, y)
            },
            max_radius,
            column_width,
            named,
            plot,
        );
        for (position, &row) in quadrant_rows.iter().enumerate() {
            let initiative = &portfolio.initiatives[row];
            let figures = state.figures.get(row);
            let center = placed[position];
            let budget = figures.map_or(0, |f| f.innovation_planned_cents);
            let radius = (max_radius * ((budget as f32) / (max_budget as f32)).sqrt())
                .max(max_radius * 0.3)
                .max(2.5);
            let id = ui.make_persistent_id(("quadrant-mark", initiative.id));
            let response = ui.interact(
                Rect::from_center_size(center, Vec2::splat(radius * 2.0 + 2.0)),
                id,
                Sense::click(),
            );
            response.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, true, &initiative.name)
            });
            painter.circle_filled(center, radius, phase_color(initiative.phase));
            if let Some(health) = figures
                .and_then(|f| f.health)
                .filter(|health| *health != Health::Green)
            {
                painter.circle_stroke(
                    center,
                    radius + 1.5,
                    Stroke::new(2.5, health_color(health, ui.visuals().dark_mode)),
                );
            }
            if response.hovered() {
                painter.circle_stroke(center, radius + 3.0, Stroke::new(1.5, text_color));
            }
            if named {
                let mut job = egui::text::LayoutJob::single_section(
                    initiative.name.clone(),
                    egui::TextFormat::simple(FontId::proportional(11.0), axis_color),
                );
                // Within the mark's own phase column, so it never runs over the next.
                job.wrap = egui::text::TextWrapping::truncate_at_width(
                    (column_width - radius - max_radius - 6.0).max(24.0),
                );
                let galley = painter.layout_job(job);
                painter.galley(
                    center + Vec2::new(radius + 3.0, -galley.size().y / 2.0),
                    galley,
                    axis_color,
                );
            }
            let clicked = response.clicked();
            response.on_hover_ui(|ui| {
                ui.label(RichText::new(&initiative.name).strong());
                ui.label(format!(
                    "{}: {}",
                    tr.t("column-phase"),
                    tr.name("phase", initiative.phase.id())
                ));
                ui.label(format!(
                    "{}: {}",
                    tr.t("column-budget"),
                    money_whole(budget, language)
                ));
                if let Some(figures) = figures {
                    let verdict = tr.name("verdict", figures.assessment.verdict.id());
                    let score = figures
                        .assessment
                        .score_bp
                        .map(|bp| format!(" ({})", percent_bp(bp, language)))
                        .unwrap_or_default();
                    ui.label(format!("{}: {verdict}{score}", tr.t("column-readiness")));
                }
            });
            if clicked {
                commands.push(Command::OpenInitiative(initiative.id));
            }
        }
    }
    out.extend(commands);
}
