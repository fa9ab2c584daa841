//! The departments view: per department its starting position (figure 2.7, editable
//! here), its initiatives per quadrant and phase, its innovation share of the year's
//! budget against the target, its stuck pilots and readiness verdicts, and what it needs
//! in the source's words, most in need of attention first. Every count opens the table
//! filtered to exactly those initiatives.

use eframe::egui::{self, RichText};

use crate::app::{Command, Filters, ViewState};
use crate::domain::{Department, Phase, Quadrant, StartingPosition, Verdict};
use crate::figures::departments::{DepartmentFigures, Need};
use crate::format::percent_bp;
use crate::i18n::{I18n, arg};

/// The department's name as shown ("(no department)" for the initiatives without one).
fn department_name(tr: &I18n, department: &DepartmentFigures) -> String {
    department
        .name
        .clone()
        .unwrap_or_else(|| tr.t("no-department").to_string())
}

/// The table's filters for this department (the empty name: without a department).
fn department_filters(department: &DepartmentFigures) -> Filters {
    Filters {
        department: Some(department.name.clone().unwrap_or_default()),
        ..Filters::default()
    }
}

/// What a need says, and the help it asks for.
fn need_texts(tr: &I18n, need: Need, year: i32) -> (String, String) {
    let key = format!("departments-need-{}", need.id());
    let language = tr.language();
    let title = match need {
        Need::Scaling { stuck, not_ready } => tr.f(
            &key,
            &[("stuck", stuck.into()), ("not_ready", not_ready.into())],
        ),
        Need::BelowTarget {
            share_bp,
            target_bp,
        } => match share_bp {
            Some(share) => tr.f(
                &key,
                &[
                    ("share", arg(percent_bp(share, language))),
                    ("target", arg(percent_bp(target_bp, language))),
                    ("year", arg(year.to_string())),
                ],
            ),
            None => tr.f(
                "departments-need-no-budget",
                &[("year", arg(year.to_string()))],
            ),
        },
        Need::Troubled(count) => tr.f(&key, &[("count", count.into())]),
        Need::PositionOutdated { running } => tr.f(&key, &[("running", running.into())]),
        _ => tr.t(&key).to_string(),
    };
    (title, tr.t(&format!("{key}-help")).to_string())
}

pub(crate) fn departments_ui(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    let language = tr.language();
    let year = chrono::Datelike::year(&state.today);
    ui.heading(tr.t("departments-title"));
    ui.label(
        RichText::new(tr.f("departments-subtitle", &[("year", arg(year.to_string()))])).weak(),
    );
    ui.add_space(6.0);
    if state.department_figures.is_empty() {
        ui.label(tr.t("departments-none"));
        return;
    }
    let target = state
        .portfolio
        .as_ref()
        .map_or(0, |portfolio| portfolio.settings.target_innovation_share_bp);
    let read_only = state.is_read_only();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for department in state.department_figures {
            let name = department_name(tr, department);
            egui::Frame::group(ui.style()).show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    ui.label(RichText::new(&name).strong().size(16.0));
                    if let Some(stored) = &department.name {
                        ui.add_space(12.0);
                        position_picker(ui, state, stored, department, read_only, out);
                    }
                });
                // The figures in one line.
                let share = department
                    .innovation_share_bp
                    .map_or_else(|| "—".to_string(), |share| percent_bp(share, language));
                ui.label(tr.f(
                    "departments-line",
                    &[
                        ("count", department.initiatives.into()),
                        ("share", arg(share)),
                        ("target", arg(percent_bp(target, language))),
                        ("year", arg(year.to_string())),
                        ("stuck", department.stuck.into()),
                    ],
                ));
                verdicts_line(ui, tr, &name, department, out);
                if department.initiatives > 0 {
                    grid(ui, tr, &name, department, out);
                }
                if department.needs.is_empty() {
                    ui.label(RichText::new(tr.t("departments-no-needs")).color(
                        super::palette::health_color(
                            crate::domain::Health::Green,
                            ui.visuals().dark_mode,
                        ),
                    ));
                }
                for need in &department.needs {
                    let (title, help) = need_texts(tr, *need, year);
                    ui.label(RichText::new(format!("⚠ {title}")).strong());
                    ui.label(RichText::new(help).weak());
                }
                if department.initiatives > 0
                    && ui
                        .button(tr.f(
                            "departments-show",
                            &[
                                ("count", department.initiatives.into()),
                                ("department", arg(name.clone())),
                            ],
                        ))
                        .clicked()
                {
                    out.push(Command::ShowFiltered(Box::new(department_filters(
                        department,
                    ))));
                }
            });
            ui.add_space(6.0);
        }
    });
}

/// The starting position, editable here: saving it saves the departments as the
/// settings view does.
fn position_picker(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    stored: &str,
    department: &DepartmentFigures,
    read_only: bool,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let Some(portfolio) = state.portfolio.as_ref() else {
        return;
    };
    let label = ui.label(tr.t("departments-position"));
    let mut chosen = department.starting_position;
    let selected = chosen.map_or_else(
        || tr.t("not-set").to_string(),
        |position| tr.name("position", position.id()),
    );
    let response = ui
        .add_enabled_ui(!read_only, |ui| {
            egui::ComboBox::from_id_salt(("department-position", stored))
                .selected_text(selected)
                .width(280.0)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut chosen, None, tr.t("not-set"));
                    for position in StartingPosition::ALL {
                        ui.selectable_value(
                            &mut chosen,
                            Some(*position),
                            tr.name("position", position.id()),
                        )
                        .on_hover_text(tr.t(&format!(
                            "position-{}-hint",
                            position.id().replace('_', "-")
                        )));
                    }
                })
                .response
        })
        .inner
        .labelled_by(label.id);
    let hint = chosen.map_or_else(
        || tr.t("departments-position-hint").to_string(),
        |position| {
            tr.t(&format!(
                "position-{}-hint",
                position.id().replace('_', "-")
            ))
            .to_string()
        },
    );
    response.on_hover_text(hint);
    if chosen != department.starting_position {
        let departments: Vec<Department> = portfolio
            .departments
            .iter()
            .map(|known| Department {
                name: known.name.clone(),
                starting_position: if known.name == stored {
                    chosen
                } else {
                    known.starting_position
                },
            })
            .collect();
        out.push(Command::SaveDepartments(departments));
    }
}

/// The verdicts of the department's pilots and evaluations, each opening the table.
fn verdicts_line(
    ui: &mut egui::Ui,
    tr: &I18n,
    name: &str,
    department: &DepartmentFigures,
    out: &mut Vec<Command>,
) {
    let assessed: usize = department.verdicts.iter().sum();
    if assessed == 0 {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(tr.t("departments-verdicts"));
        for verdict in Verdict::ALL {
            let count = department.verdicts[verdict.index()];
            if count == 0 {
                continue;
            }
            let text = format!("{}: {count}", tr.name("verdict", verdict.id()));
            let button = ui.add(egui::Button::new(&text).small()).on_hover_text(tr.f(
                "departments-verdict-hint",
                &[
                    ("department", arg(name.to_string())),
                    ("verdict", arg(tr.name("verdict", verdict.id()))),
                ],
            ));
            if button.clicked() {
                // Pilots and evaluations with this verdict: the table filters one phase at
                // a time, so the verdict alone (the overview does the same).
                out.push(Command::ShowFiltered(Box::new(Filters {
                    verdict: Some(verdict),
                    ..department_filters(department)
                })));
            }
        }
        if department.stuck > 0 {
            let text = tr.f("departments-stuck", &[("count", department.stuck.into())]);
            if ui.add(egui::Button::new(text).small()).clicked() {
                out.push(Command::ShowFiltered(Box::new(Filters {
                    stuck: true,
                    ..department_filters(department)
                })));
            }
        }
    });
}

/// Initiatives per quadrant (rows) and phase (columns); each count opens the table.
fn grid(
    ui: &mut egui::Ui,
    tr: &I18n,
    name: &str,
    department: &DepartmentFigures,
    out: &mut Vec<Command>,
) {
    egui::Grid::new(("department-grid", name))
        .num_columns(Phase::ALL.len() + 1)
        .spacing([10.0, 2.0])
        .show(ui, |ui| {
            ui.label("");
            for phase in Phase::ALL {
                ui.label(RichText::new(tr.name("phase", phase.id())).small().weak());
            }
            ui.end_row();
            for quadrant in Quadrant::ALL {
                if department.in_quadrant(*quadrant) == 0 {
                    continue;
                }
                ui.label(RichText::new(tr.name("quadrant", quadrant.id())).small());
                for phase in Phase::ALL {
                    let count = department.grid[quadrant.index()][phase.index()];
                    if count == 0 {
                        ui.label(RichText::new("·").weak());
                        continue;
                    }
                    let label = tr.f(
                        "departments-cell",
                        &[
                            ("department", arg(name.to_string())),
                            ("count", count.into()),
                            ("quadrant", arg(tr.name("quadrant", quadrant.id()))),
                            ("phase", arg(tr.name("phase", phase.id()))),
                        ],
                    );
                    let response = ui
                        .add(egui::Button::new(crate::format::count(count, tr.language())).small());
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                    });
                    if response.on_hover_text(&label).clicked() {
                        out.push(Command::ShowFiltered(Box::new(Filters {
                            quadrant: Some(*quadrant),
                            phase: Some(*phase),
                            ..department_filters(department)
                        })));
                    }
                }
                ui.end_row();
            }
        });
}
