//! Scaling readiness of the portfolio: the Scaling Readiness matrix (readiness level ×
//! use level, Sartas et al. 2020), verdict counts per phase, and what each condition
//! means in the source's terms. The table's filters apply; every count opens the table.

use eframe::egui::{self, Color32, RichText, Sense, Vec2};

use crate::app::{Command, Filters, ViewState};
use crate::domain::*;

pub(crate) fn readiness_ui(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    let Some(portfolio) = state.portfolio.as_ref() else {
        return;
    };
    let mut commands = Vec::new();
    let base = state.prefs.filters.clone();

    // Counts over the shown rows (the table's filters apply), cached by the state.
    let shown = &state.shown;
    let (matrix, unrecorded, per_phase, max_cell) = (
        &shown.matrix,
        shown.levels_unrecorded,
        &shown.verdicts_per_phase,
        shown.matrix_max,
    );

    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(tr.t("nav-readiness"));
            ui.label(tr.f(
                "shown-of-total",
                &[
                    ("shown", state.visible.len().into()),
                    ("total", portfolio.initiatives.len().into()),
                ],
            ));
            ui.add_space(6.0);
            ui.label(RichText::new(tr.t("matrix-title")).strong());
            ui.label(RichText::new(tr.t("matrix-hint")).weak());
            let cell = Vec2::new(46.0, 26.0);
            egui::Grid::new("readiness-matrix")
                .spacing([2.0, 2.0])
                .show(ui, |ui| {
                    // Rows from readiness 9 (top) down to 0; columns use 0..9.
                    for readiness in (0..10u8).rev() {
                        ui.label(
                            RichText::new(format!(
                                "{} {readiness}",
                                tr.t("matrix-readiness-short")
                            ))
                            .weak(),
                        )
                        .on_hover_text(tr.name("readiness-level", &readiness.to_string()));
                        for usage in 0..10u8 {
                            let count = matrix[usize::from(readiness)][usize::from(usage)];
                            let intensity = if count == 0 {
                                0.0
                            } else {
                                0.25 + 0.75 * (count as f32 / max_cell as f32)
                            };
                            let fill = Color32::from_rgba_unmultiplied(
                                0x1E,
                                0x88,
                                0xE5,
                                (intensity * 255.0) as u8,
                            );
                            let (rect, response) = ui.allocate_exact_size(
                                cell,
                                if count > 0 {
                                    Sense::click()
                                } else {
                                    Sense::hover()
                                },
                            );
                            let label = tr.f(
                                "matrix-cell",
                                &[
                                    ("readiness", readiness.into()),
                                    ("use", usage.into()),
                                    ("count", count.into()),
                                ],
                            );
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, count > 0, &label)
                            });
                            ui.painter()
                                .rect_filled(rect, 3.0, ui.visuals().faint_bg_color);
                            ui.painter().rect_filled(rect, 3.0, fill);
                            if count > 0 {
                                ui.painter().text(
                                    rect.center(),
                                    egui::Align2::CENTER_CENTER,
                                    crate::format::count(count, tr.language()),
                                    egui::FontId::proportional(13.0),
                                    ui.visuals().strong_text_color(),
                                );
                            }
                            let clicked = response.clicked();
                            response.on_hover_text(&label);
                            if clicked {
                                commands.push(Command::ShowFiltered(Box::new(Filters {
                                    matrix_cell: Some((readiness, usage)),
                                    ..base.clone()
                                })));
                            }
                        }
                        ui.end_row();
                    }
                    ui.label("");
                    for usage in 0..10u8 {
                        ui.label(
                            RichText::new(format!("{} {usage}", tr.t("matrix-use-short"))).weak(),
                        )
                        .on_hover_text(tr.name("use-level", &usage.to_string()));
                    }
                    ui.end_row();
                });
            ui.label(RichText::new(tr.t("matrix-axes")).weak());
            if unrecorded > 0 {
                ui.label(tr.f("matrix-unrecorded", &[("count", unrecorded.into())]));
            }

            ui.separator();
            ui.label(RichText::new(tr.t("verdicts-per-phase")).strong());
            egui::Grid::new("verdicts-per-phase")
                .striped(true)
                .spacing([10.0, 4.0])
                .show(ui, |ui| {
                    ui.label("");
                    for verdict in Verdict::ALL {
                        ui.label(RichText::new(tr.name("verdict", verdict.id())).strong());
                    }
                    ui.end_row();
                    for phase in Phase::ALL {
                        ui.label(tr.name("phase", phase.id()));
                        for (column, verdict) in Verdict::ALL.iter().enumerate() {
                            let count = per_phase[phase.index()][column];
                            let label = format!(
                                "{} · {}: {count}",
                                tr.name("phase", phase.id()),
                                tr.name("verdict", verdict.id())
                            );
                            let button =
                                egui::Button::new(crate::format::count(count, tr.language()))
                                    .frame(count > 0);
                            let response = ui.add_enabled(count > 0, button);
                            response.widget_info(|| {
                                egui::WidgetInfo::labeled(egui::Role::Button, count > 0, &label)
                            });
                            if response.on_hover_text(&label).clicked() {
                                commands.push(Command::ShowFiltered(Box::new(Filters {
                                    phase: Some(*phase),
                                    verdict: Some(*verdict),
                                    ..base.clone()
                                })));
                            }
                        }
                        ui.end_row();
                    }
                });

            ui.separator();
            ui.label(RichText::new(tr.t("criteria-title")).strong());
            let settings = &portfolio.settings.readiness;
            ui.label(tr.f(
                "criteria-model",
                &[
                    ("ready", settings.ready_threshold_pct.into()),
                    ("conditional", settings.conditional_threshold_pct.into()),
                ],
            ));
            for criterion in Criterion::ALL {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new(tr.name("criterion", criterion.id())).strong());
                    if criterion.is_blocking() {
                        ui.label(RichText::new(tr.t("criterion-blocking")).color(
                            super::palette::health_color(Health::Amber, ui.visuals().dark_mode),
                        ));
                    }
                    ui.label(tr.f(
                        "criterion-weight",
                        &[("weight", settings.weights[criterion.index()].into())],
                    ));
                });
                ui.label(RichText::new(tr.name("explain", criterion.id())).weak());
            }
        });
    out.extend(commands);
}
