//! The peers view ("slim volgen"): the peer library of other municipalities' cases, kept
//! apart from the portfolio; the cases most like one of the portfolio's initiatives, with
//! why they match and how they ended; and every case by organisation and outcome, with
//! search. Importing a peer file runs on the store worker.

use eframe::egui::{self, RichText};
use egui_extras::{Column as TableColumn, TableBuilder};

use crate::app::exchange::BrowseTarget;
use crate::app::{Command, Drafts, ViewState};
use crate::domain::PeerCase;
use crate::figures::peers::Reason;
use crate::i18n::{I18n, arg};
use crate::ui::text_field;

/// How many of the table's rows the "compare with" list offers.
const CHOICES: usize = 500;

/// A reason in the user's words.
fn reason_text(tr: &I18n, reason: &Reason) -> String {
    match reason {
        Reason::SharedWords(words) => {
            tr.f("peers-reason-words", &[("words", arg(words.join(", ")))])
        }
        Reason::SharedThemes(themes) => {
            tr.f("peers-reason-themes", &[("themes", arg(themes.join(", ")))])
        }
        Reason::SameQuadrant(quadrant) => tr.f(
            "peers-reason-quadrant",
            &[("quadrant", arg(tr.name("quadrant", quadrant.id())))],
        ),
        Reason::SameStatus(status) => tr.f(
            "peers-reason-status",
            &[("status", arg(status.to_string()))],
        ),
    }
}

/// "Implemented, 2019–2022" / "Pilot, since 2021".
fn outcome(tr: &I18n, case: &PeerCase) -> String {
    let status = if case.status.is_empty() {
        tr.t("peers-status-unknown").to_string()
    } else {
        case.status.clone()
    };
    match (case.start_year, case.end_year) {
        (Some(start), Some(end)) => format!("{status}, {start}–{end}"),
        (Some(start), None) => tr.f(
            "peers-since",
            &[("status", arg(status)), ("year", arg(start.to_string()))],
        ),
        _ => status,
    }
}

pub(crate) fn peers_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    ui.heading(tr.t("peers-title"));
    let Some(library) = state.peers else {
        crate::ui::busy(ui, tr.t("busy-peers"));
        return;
    };
    let mut organisations: Vec<&str> = library
        .cases
        .iter()
        .map(|case| case.organisation.as_str())
        .collect();
    organisations.dedup();
    ui.label(
        RichText::new(tr.f(
            "peers-subtitle",
            &[
                ("count", library.cases.len().into()),
                ("organisations", organisations.len().into()),
            ],
        ))
        .weak(),
    );
    ui.add_space(4.0);
    ui.add_enabled_ui(!state.is_read_only(), |ui| {
        ui.horizontal(|ui| {
            text_field(ui, tr.t("peers-file"), &mut drafts.peer_file);
        });
        ui.horizontal(|ui| {
            if ui.button(tr.t("browse")).clicked() {
                out.push(Command::Browse {
                    target: BrowseTarget::Peers,
                    from: drafts.peer_file.clone(),
                });
            }
            if ui
                .add_enabled(
                    !drafts.peer_file.trim().is_empty(),
                    egui::Button::new(tr.t("peers-import")),
                )
                .clicked()
            {
                out.push(Command::ImportPeers);
            }
        });
        ui.label(RichText::new(tr.t("peers-file-hint")).weak());
    });
    ui.separator();
    similar_ui(ui, state, out);
    ui.separator();
    cases_ui(ui, state, drafts);
}

/// The cases most like one initiative, with why and how they ended.
fn similar_ui(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    let (Some(portfolio), Some(library)) = (state.portfolio.as_ref(), state.peers) else {
        return;
    };
    let current = state.peer_for.and_then(|id| portfolio.initiative(id));
    ui.horizontal(|ui| {
        let label = ui.label(RichText::new(tr.t("peers-compare")).strong());
        egui::ComboBox::from_id_salt("peers-compare")
            .selected_text(current.map_or("—", |initiative| initiative.name.as_str()))
            .width(360.0)
            .show_ui(ui, |ui| {
                for &row in state.visible.iter().take(CHOICES) {
                    let Some(initiative) = portfolio.initiatives.get(row) else {
                        continue;
                    };
                    if ui
                        .selectable_label(state.peer_for == Some(initiative.id), &initiative.name)
                        .clicked()
                    {
                        out.push(Command::ComparePeersWith(initiative.id));
                    }
                }
            })
            .response
            .labelled_by(label.id)
            .on_hover_text(tr.t("peers-compare-hint"));
    });
    if library.cases.is_empty() {
        ui.label(tr.t("peers-empty"));
        return;
    }
    let Some(initiative) = current else {
        return;
    };
    if state.peer_matches.is_empty() {
        ui.label(tr.f(
            "peers-none-similar",
            &[("name", arg(initiative.name.clone()))],
        ));
        return;
    }
    ui.label(RichText::new(tr.t("peers-score-hint")).weak());
    egui::ScrollArea::vertical()
        .id_salt("peers-similar")
        .max_height(ui.available_height() * 0.55)
        .show(ui, |ui| {
            for found in state.peer_matches {
                let Some(case) = library.cases.get(found.case) else {
                    continue;
                };
                egui::Frame::group(ui.style()).show(ui, |ui| {
                    ui.set_width(ui.available_width());
                    ui.label(
                        RichText::new(tr.f(
                            "peers-match",
                            &[
                                ("score", found.score.into()),
                                ("organisation", arg(case.organisation.clone())),
                                ("name", arg(case.name.clone())),
                            ],
                        ))
                        .strong(),
                    );
                    ui.label(outcome(tr, case));
                    let reasons: Vec<String> = found
                        .reasons
                        .iter()
                        .map(|reason| reason_text(tr, reason))
                        .collect();
                    ui.label(
                        RichText::new(tr.f("peers-why", &[("reasons", arg(reasons.join("; ")))]))
                            .weak(),
                    );
                    if !case.stop_reason.is_empty() {
                        ui.label(format!(
                            "{}: {}",
                            tr.t("field-stop-reason"),
                            case.stop_reason
                        ));
                    }
                    if !case.lessons_learned.is_empty() {
                        ui.label(format!(
                            "{}: {}",
                            tr.t("field-lessons"),
                            case.lessons_learned
                        ));
                    }
                    let contact = if case.contact.is_empty() {
                        case.organisation.clone()
                    } else {
                        format!("{} ({})", case.contact, case.organisation)
                    };
                    ui.label(tr.f("peers-ask", &[("contact", arg(contact))]));
                });
            }
        });
}

/// Every case, by organisation, with search.
fn cases_ui(ui: &mut egui::Ui, state: &ViewState<'_>, drafts: &mut Drafts) {
    let tr = state.tr;
    let Some(library) = state.peers else {
        return;
    };
    ui.horizontal(|ui| {
        ui.label(RichText::new(tr.t("peers-all")).strong());
        let label = ui.label(tr.t("peers-search"));
        ui.add(
            egui::TextEdit::singleline(&mut drafts.peer_search)
                .hint_text(tr.t("peers-search-hint"))
                .desired_width(260.0),
        )
        .labelled_by(label.id);
        ui.label(tr.f(
            "peers-shown-of-total",
            &[
                ("shown", state.peer_shown.len().into()),
                ("total", library.cases.len().into()),
            ],
        ));
    });
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    TableBuilder::new(ui)
        .id_salt("peers-table")
        .striped(true)
        .resizable(true)
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(TableColumn::initial(200.0).clip(true))
        .column(TableColumn::initial(260.0).clip(true))
        .column(TableColumn::initial(170.0).clip(true))
        .column(TableColumn::remainder().clip(true))
        .header(row_height, |mut header| {
            for key in [
                "peers-organisation",
                "column-name",
                "peers-outcome",
                "peers-stop-or-lessons",
            ] {
                header.col(|ui| {
                    ui.strong(tr.t(key));
                });
            }
        })
        .body(|body| {
            body.rows(row_height, state.peer_shown.len(), |mut row| {
                let Some(case) = state
                    .peer_shown
                    .get(row.index())
                    .and_then(|&index| library.cases.get(index))
                else {
                    return;
                };
                row.col(|ui| {
                    ui.label(&case.organisation);
                });
                row.col(|ui| {
                    ui.label(&case.name).on_hover_text(&case.description);
                });
                row.col(|ui| {
                    ui.label(outcome(tr, case));
                });
                row.col(|ui| {
                    let text = if case.stop_reason.is_empty() {
                        &case.lessons_learned
                    } else {
                        &case.stop_reason
                    };
                    ui.label(text);
                });
            });
        });
}
