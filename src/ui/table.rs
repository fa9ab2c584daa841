//! The portfolio table: filters, free-text search, sortable columns, virtual scrolling.

use eframe::egui::{self, RichText};

use super::palette::health_color;
use egui_extras::{Column as TableColumn, TableBuilder};

use crate::app::{Column, Command, Editor, HealthFilter, ViewState};
use crate::domain::*;
use crate::i18n::I18n;

/// A combo box choosing one of `options` or "all".
fn filter_combo<T: Clone + PartialEq>(
    ui: &mut egui::Ui,
    tr: &I18n,
    label: &str,
    value: &mut Option<T>,
    options: &[T],
    name: impl Fn(&T) -> String,
) {
    let label_response = ui.label(label);
    let selected = value
        .as_ref()
        .map_or_else(|| tr.t("filter-all").to_string(), &name);
    egui::ComboBox::from_id_salt(label)
        .selected_text(selected)
        .width(130.0)
        .show_ui(ui, |ui| {
            ui.selectable_value(value, None, tr.t("filter-all"));
            for option in options {
                ui.selectable_value(value, Some(option.clone()), name(option));
            }
        })
        .response
        .labelled_by(label_response.id);
}

/// The table with its search box and filters. `editor` is the open editor (its row is
/// highlighted).
pub(crate) fn portfolio_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    editor: Option<&Editor>,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    // The controls edit a copy; a change becomes one command, applied after drawing.
    let mut filters = state.prefs.filters.clone();
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(tr.t("search"));
        let search = ui.add(
            egui::TextEdit::singleline(&mut filters.search)
                .hint_text(tr.t("search-hint"))
                .desired_width(220.0),
        );
        let search = search.labelled_by(label.id);
        if state.focus_search {
            search.request_focus();
            out.push(Command::SearchFocused);
        }
        let filters = &mut filters;
        filter_combo(
            ui,
            tr,
            tr.t("column-quadrant"),
            &mut filters.quadrant,
            Quadrant::ALL,
            |q| tr.name("quadrant", q.id()),
        );
        filter_combo(
            ui,
            tr,
            tr.t("column-phase"),
            &mut filters.phase,
            Phase::ALL,
            |p| tr.name("phase", p.id()),
        );
        filter_combo(
            ui,
            tr,
            tr.t("column-kind"),
            &mut filters.kind,
            Kind::ALL,
            |k| tr.name("kind", k.id()),
        );
        // The departments, and "" for the initiatives without one.
        let departments: Vec<String> = state
            .departments
            .iter()
            .cloned()
            .chain(std::iter::once(String::new()))
            .collect();
        filter_combo(
            ui,
            tr,
            tr.t("column-department"),
            &mut filters.department,
            &departments,
            |name| {
                if name.is_empty() {
                    tr.t("no-department").to_string()
                } else {
                    name.clone()
                }
            },
        );
        filter_combo(
            ui,
            tr,
            tr.t("filter-theme"),
            &mut filters.theme,
            state.themes,
            Clone::clone,
        );
        let health_options: Vec<HealthFilter> = Health::ALL
            .iter()
            .map(|health| HealthFilter::Status(*health))
            .chain(std::iter::once(HealthFilter::NoReport))
            .collect();
        filter_combo(
            ui,
            tr,
            tr.t("column-health"),
            &mut filters.health,
            &health_options,
            |health| match health {
                HealthFilter::Status(status) => tr.name("health", status.id()),
                HealthFilter::NoReport => tr.t("health-none").to_string(),
            },
        );
        if let Some(verdict) = filters.verdict {
            let text = tr.f(
                "filter-verdict-active",
                &[(
                    "verdict",
                    crate::i18n::arg(tr.name("verdict", verdict.id())),
                )],
            );
            ui.label(RichText::new(text).strong());
        }
        if filters.stuck {
            ui.label(RichText::new(tr.t("filter-stuck-active")).strong());
        }
        if let Some(facet) = &filters.facet {
            let text = tr.f(
                "filter-facet-active",
                &[(
                    "facet",
                    crate::i18n::arg(super::balance::facet_label(tr, facet)),
                )],
            );
            ui.label(RichText::new(text).strong());
        }
        if filters.is_active() && ui.button(tr.t("filter-clear")).clicked() {
            out.push(Command::ClearFilters);
        }
    });
    if filters != state.prefs.filters {
        out.push(Command::SetFilters(Box::new(filters)));
    }
    ui.horizontal(|ui| {
        let total = state
            .portfolio
            .as_ref()
            .map_or(0, |portfolio| portfolio.initiatives.len());
        ui.label(tr.f(
            "shown-of-total",
            &[
                ("shown", state.visible.len().into()),
                ("total", total.into()),
            ],
        ));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .button(tr.t("menu-new-initiative"))
                .on_hover_text("Ctrl+N")
                .clicked()
            {
                out.push(Command::NewInitiative);
            }
        });
    });
    ui.separator();

    let Some(portfolio) = state.portfolio.as_ref() else {
        return;
    };
    if portfolio.initiatives.is_empty() {
        ui.add_space(24.0);
        ui.label(RichText::new(tr.t("empty-portfolio")).heading());
        ui.label(tr.t("empty-portfolio-hint"));
        return;
    }
    if state.visible.is_empty() {
        ui.add_space(24.0);
        ui.label(tr.t("no-matches"));
        return;
    }

    let language = tr.language();
    let open_id = editor.map(|editor| editor.draft.id);
    let sort = state.prefs.sort;
    let mut clicked_row = None;
    let mut clicked_header = None;
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 8.0;
    TableBuilder::new(ui)
        .id_salt("portfolio-table")
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(TableColumn::initial(210.0).at_least(120.0).clip(true))
        .column(TableColumn::initial(75.0).clip(true))
        .column(TableColumn::initial(140.0).clip(true))
        .column(TableColumn::initial(125.0).clip(true))
        .column(TableColumn::initial(95.0).clip(true))
        .column(TableColumn::initial(70.0).clip(true))
        .column(TableColumn::initial(165.0).clip(true))
        .column(TableColumn::initial(80.0).clip(true))
        .column(TableColumn::remainder().at_least(100.0))
        .header(row_height + 4.0, |mut header| {
            for column in Column::ALL {
                header.col(|ui| {
                    let button =
                        egui::Button::new(RichText::new(tr.t(column.key())).strong()).frame(false);
                    let response = ui.add(button).on_hover_text(tr.t("sort-hint"));
                    if sort.column == column {
                        // A painted triangle: the bundled fonts have no arrow glyphs.
                        let rect = response.rect;
                        let x = rect.right() + 8.0;
                        let y = rect.center().y;
                        let points = if sort.ascending {
                            vec![
                                egui::pos2(x - 4.0, y + 3.0),
                                egui::pos2(x + 4.0, y + 3.0),
                                egui::pos2(x, y - 3.0),
                            ]
                        } else {
                            vec![
                                egui::pos2(x - 4.0, y - 3.0),
                                egui::pos2(x + 4.0, y - 3.0),
                                egui::pos2(x, y + 3.0),
                            ]
                        };
                        let color = ui.visuals().strong_text_color();
                        ui.painter().add(egui::Shape::convex_polygon(
                            points,
                            color,
                            egui::Stroke::NONE,
                        ));
                    }
                    if response.clicked() {
                        clicked_header = Some(column);
                    }
                });
            }
        })
        .body(|body| {
            body.rows(row_height, state.visible.len(), |mut row| {
                let index = state.visible[row.index()];
                let initiative = &portfolio.initiatives[index];
                let figures = state.figures.get(index);
                row.set_selected(open_id == Some(initiative.id));
                row.col(|ui| {
                    let mut name = RichText::new(&initiative.name);
                    if figures.is_some_and(|figures| figures.stuck) {
                        name = name.color(health_color(Health::Amber, ui.visuals().dark_mode));
                    }
                    if ui
                        .add(
                            egui::Button::selectable(open_id == Some(initiative.id), name)
                                .truncate(),
                        )
                        .clicked()
                    {
                        clicked_row = Some(initiative.id);
                    }
                });
                row.col(|ui| {
                    ui.label(tr.name("kind", initiative.kind.id()));
                });
                row.col(|ui| {
                    ui.label(initiative.department.as_deref().unwrap_or("—"));
                });
                row.col(|ui| {
                    ui.label(tr.name("quadrant", initiative.quadrant.id()));
                });
                row.col(|ui| {
                    ui.label(tr.name("phase", initiative.phase.id()));
                });
                row.col(|ui| {
                    let months = figures.and_then(|figures| figures.months_in_phase);
                    let text = months.map_or_else(|| "—".to_string(), |months| months.to_string());
                    let label = ui.label(text);
                    if figures.is_some_and(|figures| figures.stuck) {
                        label.on_hover_text(tr.t("stuck-hint"));
                    }
                });
                row.col(|ui| {
                    if let Some(figures) = figures {
                        let verdict = tr.name("verdict", figures.assessment.verdict.id());
                        let text = match figures.assessment.score_bp {
                            Some(score) => format!(
                                "{verdict} ({})",
                                crate::format::percent_bp(score, language)
                            ),
                            None => verdict,
                        };
                        ui.label(text);
                    }
                });
                row.col(|ui| match figures.and_then(|figures| figures.health) {
                    Some(health) => {
                        ui.label(
                            RichText::new(tr.name("health", health.id()))
                                .color(health_color(health, ui.visuals().dark_mode)),
                        );
                    }
                    None => {
                        ui.label(RichText::new(tr.t("health-none")).weak());
                    }
                });
                row.col(|ui| {
                    let cents = figures.map_or(0, |figures| figures.innovation_planned_cents);
                    ui.label(crate::format::money_whole(cents, language));
                });
                if row.response().clicked() {
                    clicked_row = Some(initiative.id);
                }
            });
        });
    if let Some(id) = clicked_row {
        out.push(Command::OpenInitiative(id));
    }
    if let Some(column) = clicked_header {
        out.push(Command::Sort(column));
    }
}
