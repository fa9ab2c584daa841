//! The overview: the director's first page. Every number is a button that opens the
//! table filtered to exactly those initiatives.

use eframe::egui::{self, RichText};

use super::palette::health_color;
use crate::app::{Command, Filters, HealthFilter, ViewState};
use crate::domain::*;
use crate::format::{money_whole, percent_bp};

/// How many names a list on the overview shows before pointing to the table.
const LIST_LIMIT: usize = 12;

fn count_button(
    ui: &mut egui::Ui,
    language: crate::format::Language,
    label: &str,
    count: usize,
    filters: Filters,
    commands: &mut Vec<Command>,
) {
    // Grouped from five digits, as every count ("Idee: 14.291").
    let button = egui::Button::new(format!(
        "{label}: {}",
        crate::format::count(count, language)
    ));
    if ui.add_enabled(count > 0, button).clicked() {
        commands.push(Command::ShowFiltered(Box::new(filters)));
    }
}

pub(crate) fn overview_ui(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    let language = tr.language();
    let (Some(summary), Some(portfolio)) = (state.summary.as_ref(), state.portfolio.as_ref())
    else {
        crate::ui::busy(ui, tr.t("busy-figures"));
        return;
    };
    let mut commands = Vec::new();
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.heading(tr.t("nav-overview"));
            if summary.initiatives == 0 {
                ui.label(tr.t("empty-portfolio"));
                ui.label(tr.t("empty-portfolio-hint"));
                return;
            }

            // Budget ratio of this year.
            ui.add_space(6.0);
            ui.label(
                RichText::new(tr.f("overview-budget-title", &[("year", summary.year.into())]))
                    .strong(),
            );
            match summary.budget.iter().find(|year| year.year == summary.year) {
                Some(year) => {
                    let share = year
                        .innovation_share_bp
                        .map_or_else(|| "—".to_string(), |bp| percent_bp(bp, language));
                    let target = percent_bp(summary.target_innovation_share_bp, language);
                    let below = year
                        .innovation_share_bp
                        .is_some_and(|bp| bp < summary.target_innovation_share_bp);
                    let text = tr.f(
                        "overview-share",
                        &[
                            ("share", crate::i18n::arg(share)),
                            ("target", crate::i18n::arg(target)),
                        ],
                    );
                    let color = if below {
                        health_color(Health::Amber, ui.visuals().dark_mode)
                    } else {
                        ui.visuals().text_color()
                    };
                    ui.label(RichText::new(text).size(18.0).color(color));
                    if below {
                        ui.label(tr.t("overview-share-below"));
                    }
                    ui.label(tr.f(
                        "overview-planned",
                        &[
                            (
                                "operation",
                                crate::i18n::arg(money_whole(year.operation_cents, language)),
                            ),
                            (
                                "innovation",
                                crate::i18n::arg(money_whole(year.innovation_cents, language)),
                            ),
                        ],
                    ));
                    ui.label(tr.f(
                        "overview-actual",
                        &[
                            (
                                "operation",
                                crate::i18n::arg(money_whole(
                                    year.operation_actual_cents,
                                    language,
                                )),
                            ),
                            (
                                "innovation",
                                crate::i18n::arg(money_whole(
                                    year.innovation_actual_cents,
                                    language,
                                )),
                            ),
                        ],
                    ));
                }
                None => {
                    ui.label(tr.t("overview-no-budget"));
                }
            }
            ui.separator();

            ui.columns(2, |columns| {
                let ui = &mut columns[0];
                ui.label(RichText::new(tr.t("overview-by-phase")).strong());
                for phase in Phase::ALL {
                    let entry = summary
                        .by_phase
                        .get(phase.id())
                        .copied()
                        .unwrap_or_default();
                    ui.horizontal(|ui| {
                        count_button(
                            ui,
                            language,
                            &tr.name("phase", phase.id()),
                            entry.count,
                            Filters {
                                phase: Some(*phase),
                                ..Filters::default()
                            },
                            &mut commands,
                        );
                        ui.label(
                            RichText::new(money_whole(entry.innovation_cents, language)).weak(),
                        );
                    });
                }
                ui.add_space(8.0);
                ui.label(RichText::new(tr.t("overview-by-quadrant")).strong());
                for quadrant in Quadrant::ALL {
                    let entry = summary
                        .by_quadrant
                        .get(quadrant.id())
                        .copied()
                        .unwrap_or_default();
                    ui.horizontal(|ui| {
                        count_button(
                            ui,
                            language,
                            &tr.name("quadrant", quadrant.id()),
                            entry.count,
                            Filters {
                                quadrant: Some(*quadrant),
                                ..Filters::default()
                            },
                            &mut commands,
                        );
                        if entry.count == 0 {
                            ui.label(
                                RichText::new(tr.t("overview-empty-quadrant"))
                                    .color(health_color(Health::Amber, ui.visuals().dark_mode)),
                            );
                        } else {
                            ui.label(
                                RichText::new(money_whole(entry.innovation_cents, language)).weak(),
                            );
                        }
                    });
                }
                ui.add_space(8.0);
                ui.label(RichText::new(tr.t("overview-readiness")).strong());
                let readiness = summary.readiness;
                for (verdict, count) in [
                    (Verdict::Ready, readiness.ready),
                    (Verdict::ConditionallyReady, readiness.conditionally_ready),
                    (Verdict::NotReady, readiness.not_ready),
                    (Verdict::Blocked, readiness.blocked),
                    (Verdict::NotAssessed, readiness.not_assessed),
                ] {
                    count_button(
                        ui,
                        language,
                        &tr.name("verdict", verdict.id()),
                        count,
                        Filters {
                            verdict: Some(verdict),
                            ..Filters::default()
                        },
                        &mut commands,
                    );
                }

                let ui = &mut columns[1];
                ui.label(RichText::new(tr.t("overview-health")).strong());
                let health = summary.health;
                ui.horizontal_wrapped(|ui| {
                    for (status, count) in [
                        (Health::Red, health.red),
                        (Health::Amber, health.amber),
                        (Health::Green, health.green),
                    ] {
                        count_button(
                            ui,
                            language,
                            &tr.name("health", status.id()),
                            count,
                            Filters {
                                health: Some(HealthFilter::Status(status)),
                                ..Filters::default()
                            },
                            &mut commands,
                        );
                    }
                    count_button(
                        ui,
                        language,
                        tr.t("health-none"),
                        health.none,
                        Filters {
                            health: Some(HealthFilter::NoReport),
                            ..Filters::default()
                        },
                        &mut commands,
                    );
                });
                for (index, status) in state.attention.iter().take(LIST_LIMIT) {
                    let Some(initiative) = portfolio.initiatives.get(*index) else {
                        continue;
                    };
                    ui.horizontal_wrapped(|ui| {
                        ui.label(
                            RichText::new(tr.name("health", status.id()))
                                .color(health_color(*status, ui.visuals().dark_mode)),
                        );
                        if ui.link(&initiative.name).clicked() {
                            commands.push(Command::OpenInitiative(initiative.id));
                        }
                        ui.label(RichText::new(crate::figures::health_reason(initiative)).weak());
                    });
                }
                if state.attention.len() > LIST_LIMIT {
                    ui.label(tr.f(
                        "overview-more",
                        &[("count", (state.attention.len() - LIST_LIMIT).into())],
                    ));
                }
                ui.add_space(8.0);
                ui.label(
                    RichText::new(tr.f(
                        "overview-stuck",
                        &[("months", summary.stuck_threshold_months.into())],
                    ))
                    .strong(),
                );
                count_button(
                    ui,
                    language,
                    tr.t("overview-stuck-button"),
                    summary.stuck.len(),
                    Filters {
                        stuck: true,
                        ..Filters::default()
                    },
                    &mut commands,
                );
                for name in summary.stuck.iter().take(LIST_LIMIT) {
                    ui.label(format!("• {name}"));
                }
                if summary.stuck.len() > LIST_LIMIT {
                    ui.label(tr.f(
                        "overview-more",
                        &[("count", (summary.stuck.len() - LIST_LIMIT).into())],
                    ));
                }
            });
        });
    out.extend(commands);
}
