//! The five activities view: the central activities of the municipal digital innovation
//! game (figure 2.5) with the concrete assignments of figure 2.6 as a checklist. Each
//! assignment is judged done, partly or not yet, with a note and the initiatives that
//! show it; beside it, what the register itself shows. Assessments are dated, kept, and
//! compared with an earlier one.

use eframe::egui::{self, RichText};

use crate::app::{AssessmentDraft, Command, ViewState};
use crate::domain::{Activity, Answer, AnswerStatus, Assignment, Portfolio};
use crate::figures::activities::RegisterEvidence;
use crate::i18n::{I18n, arg};

/// How many names an evidence line lists before "and N more".
const NAMES: usize = 4;

/// The first few initiatives of `ids` by name, then "and N more". Only those first few
/// are looked up (the rest are counted), so a line of 50,000 evidence initiatives costs a
/// frame no more than one of five.
fn names(portfolio: &Portfolio, ids: &[i64], tr: &I18n) -> String {
    let mut shown = Vec::with_capacity(NAMES);
    let mut looked_at = 0;
    for id in ids {
        if shown.len() == NAMES {
            break;
        }
        looked_at += 1;
        if let Some(initiative) = portfolio.initiative(*id) {
            shown.push(initiative.name.as_str());
        }
    }
    let mut text = shown.join(", ");
    let rest = ids.len() - looked_at;
    if rest > 0 {
        text.push_str(&tr.f("activities-and-more", &[("count", rest.into())]));
    }
    text
}

pub(crate) fn activities_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    draft: Option<&mut AssessmentDraft>,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let (Some(portfolio), Some(draft)) = (state.portfolio.as_ref(), draft) else {
        return;
    };
    let language = tr.language();
    ui.heading(tr.t("activities-title"));
    ui.label(RichText::new(tr.t("activities-subtitle")).weak());
    ui.add_space(4.0);
    let typed = draft.assessment();
    let compare = draft.compare_with.and_then(|date| {
        portfolio
            .assessments
            .iter()
            .find(|assessment| assessment.assessed_on == date)
    });
    ui.horizontal(|ui| {
        let label = ui.label(tr.t("activities-date"));
        ui.add(
            egui::TextEdit::singleline(&mut draft.date_text)
                .desired_width(110.0)
                .hint_text(tr.t("date-hint")),
        )
        .labelled_by(label.id);
        let can_save = typed.is_some() && !state.is_read_only();
        if ui
            .add_enabled(can_save, egui::Button::new(tr.t("activities-save")))
            .clicked()
        {
            out.push(Command::SaveAssessment);
        }
        ui.add_space(16.0);
        let label = ui.label(tr.t("activities-compare"));
        let date_text = |date: Option<chrono::NaiveDate>| {
            date.map_or_else(
                || tr.t("activities-compare-none").to_string(),
                |date| crate::format::date(date, language),
            )
        };
        egui::ComboBox::from_id_salt("activities-compare")
            .selected_text(date_text(draft.compare_with))
            .show_ui(ui, |ui| {
                ui.selectable_value(
                    &mut draft.compare_with,
                    None,
                    tr.t("activities-compare-none"),
                );
                for assessment in portfolio.assessments.iter().rev() {
                    ui.selectable_value(
                        &mut draft.compare_with,
                        Some(assessment.assessed_on),
                        date_text(Some(assessment.assessed_on)),
                    );
                }
            })
            .response
            .labelled_by(label.id);
    });
    if typed.is_none() {
        ui.label(
            RichText::new(tr.t("activities-date-unreadable")).color(ui.visuals().error_fg_color),
        );
    }
    if portfolio.assessments.is_empty() {
        ui.label(RichText::new(tr.t("activities-none-yet")).weak());
    }
    // The activities from weakest to strongest, by the answers typed.
    if let Some(assessment) = &typed {
        let mut standings: Vec<(Activity, u32, bool)> = Activity::ALL
            .iter()
            .map(|activity| {
                let (points, complete) = assessment.standing(*activity);
                (*activity, points, complete)
            })
            .filter(|(_, _, complete)| *complete)
            .collect();
        standings.sort_by_key(|(_, points, _)| *points);
        if let Some((weakest, points, _)) = standings.first() {
            ui.label(
                RichText::new(tr.f(
                    "activities-weakest",
                    &[
                        ("activity", arg(tr.name("activity", weakest.id()))),
                        ("points", (*points).into()),
                    ],
                ))
                .strong(),
            );
        }
    }
    ui.separator();
    egui::ScrollArea::vertical().show(ui, |ui| {
        for activity in Activity::ALL {
            activity_ui(ui, state, portfolio, draft, compare, *activity, out);
            ui.add_space(8.0);
        }
    });
}

#[allow(clippy::too_many_arguments)]
fn activity_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    portfolio: &Portfolio,
    draft: &mut AssessmentDraft,
    compare: Option<&crate::domain::SelfAssessment>,
    activity: Activity,
    _out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let language = tr.language();
    let points: u32 = activity
        .assignments()
        .iter()
        .filter_map(|assignment| draft.answers[assignment.index()].as_ref())
        .map(|answer| answer.status.points())
        .sum();
    let mut heading = tr.f(
        "activities-standing",
        &[
            ("activity", arg(tr.name("activity", activity.id()))),
            ("points", points.into()),
        ],
    );
    if let Some(earlier) = compare {
        let (before, _) = earlier.standing(activity);
        heading.push_str(&tr.f(
            "activities-standing-then",
            &[
                ("points", before.into()),
                (
                    "date",
                    arg(crate::format::date(earlier.assessed_on, language)),
                ),
            ],
        ));
    }
    ui.label(RichText::new(heading).strong().size(16.0))
        .on_hover_text(tr.t(&format!(
            "activity-{}-hint",
            activity.id().replace('_', "-")
        )));
    for assignment in activity.assignments() {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            assignment_ui(ui, state, portfolio, draft, compare, assignment);
        });
    }
}

fn assignment_ui(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    portfolio: &Portfolio,
    draft: &mut AssessmentDraft,
    compare: Option<&crate::domain::SelfAssessment>,
    assignment: Assignment,
) {
    let tr = state.tr;
    let name = tr.name("assignment", assignment.id());
    ui.label(RichText::new(&name).strong())
        .on_hover_text(tr.t(&format!(
            "assignment-{}-hint",
            assignment.id().replace('_', "-")
        )));
    ui.label(
        RichText::new(tr.t(&format!(
            "assignment-{}-hint",
            assignment.id().replace('_', "-")
        )))
        .weak()
        .small(),
    );
    let slot = &mut draft.answers[assignment.index()];
    let current = slot.as_ref().map(|answer| answer.status);
    ui.horizontal(|ui| {
        let mut chosen = current;
        for status in AnswerStatus::ALL {
            let label = tr.name("answer", status.id());
            ui.radio_value(&mut chosen, Some(*status), &label)
                .widget_info(|| {
                    egui::WidgetInfo::selected(
                        egui::Role::RadioButton,
                        true,
                        chosen == Some(*status),
                        format!("{name}: {label}"),
                    )
                });
        }
        let label = tr.t("assessment-not-assessed").to_string();
        ui.radio_value(&mut chosen, None, &label).widget_info(|| {
            egui::WidgetInfo::selected(
                egui::Role::RadioButton,
                true,
                chosen.is_none(),
                format!("{name}: {label}"),
            )
        });
        if chosen != current {
            *slot = chosen.map(|status| Answer {
                assignment,
                status,
                note: slot
                    .as_ref()
                    .map(|answer| answer.note.clone())
                    .unwrap_or_default(),
                evidence: slot
                    .as_ref()
                    .map(|answer| answer.evidence.clone())
                    .unwrap_or_default(),
            });
        }
        if let Some(earlier) = compare {
            let then = earlier.answer(assignment).map_or_else(
                || tr.t("assessment-not-assessed").to_string(),
                |answer| tr.name("answer", answer.status.id()),
            );
            ui.label(
                RichText::new(tr.f(
                    "activities-then",
                    &[
                        (
                            "date",
                            arg(crate::format::date(earlier.assessed_on, tr.language())),
                        ),
                        ("status", arg(then)),
                    ],
                ))
                .weak(),
            );
        }
    });
    if let Some(answer) = slot.as_mut() {
        let label = ui.label(tr.f("activities-note", &[("assignment", arg(name.clone()))]));
        ui.add(
            egui::TextEdit::multiline(&mut answer.note)
                .desired_rows(1)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        if !answer.evidence.is_empty() {
            ui.label(tr.f(
                "activities-evidence",
                &[
                    ("count", answer.evidence.len().into()),
                    ("names", arg(names(portfolio, &answer.evidence, tr))),
                ],
            ));
        }
    }
    register_line(ui, state, portfolio, slot, assignment, &name);
}

/// What the register shows for an assignment, and a button to take it as evidence.
fn register_line(
    ui: &mut egui::Ui,
    state: &ViewState<'_>,
    portfolio: &Portfolio,
    slot: &mut Option<Answer>,
    assignment: Assignment,
    name: &str,
) {
    let tr = state.tr;
    let Some(evidence): Option<&RegisterEvidence> = state
        .activity_evidence
        .iter()
        .find(|evidence| evidence.assignment == assignment)
    else {
        return;
    };
    // Computed with the register's figures, once per change: nothing here walks the
    // portfolio (at 10,000 initiatives that made this view's frame 70 ms).
    let ids = &evidence.ids;
    let mut text = tr.f(
        &format!("evidence-{}", assignment.id().replace('_', "-")),
        &[("count", ids.len().into())],
    );
    if let Some(roles) = evidence.helix_roles {
        text.push_str(&tr.f("evidence-helix-roles", &[("roles", roles.into())]));
    }
    if !ids.is_empty() {
        text.push_str(&format!(": {}", names(portfolio, ids, tr)));
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(tr.f("activities-register", &[("text", arg(text))])).italics());
        let already = slot.as_ref().is_some_and(|answer| answer.evidence == *ids);
        if !ids.is_empty()
            && slot.is_some()
            && !already
            && ui
                .small_button(tr.f("activities-take-evidence", &[("count", ids.len().into())]))
                .on_hover_text(tr.f(
                    "activities-take-evidence-hint",
                    &[("assignment", arg(name.to_string()))],
                ))
                .clicked()
            && let Some(answer) = slot.as_mut()
        {
            answer.evidence.clone_from(ids);
        }
    });
}
