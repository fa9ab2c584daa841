//! The editor's section: phase and gate decisions; the stop reason and lessons once stopped.

use eframe::egui::{self, RichText};

use super::Sections;
use crate::app::{Command, Editor};
use crate::domain::*;
use crate::ui::text_area;

/// Phase and gate decisions; the stop reason and lessons once stopped.
pub(super) fn phase_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    commands: &mut Vec<Command>,
) {
    let Sections {
        tr,
        language,
        is_new,
        dirty,
        ..
    } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-phase"))
        .default_open(true)
        .show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(tr.t("field-phase"));
                ui.label(RichText::new(tr.name("phase", draft.phase.id())).strong());
                if let Some(since) = draft.phase_since {
                    ui.label(tr.f(
                        "since",
                        &[(
                            "date",
                            crate::i18n::arg(crate::format::date(since, language)),
                        )],
                    ));
                }
            });
            if is_new {
                ui.label(RichText::new(tr.t("phase-after-save")).weak());
            } else if draft.phase != Phase::Stopped {
                let enabled = !dirty;
                let button = ui.add_enabled(enabled, egui::Button::new(tr.t("change-phase")));
                let button = if enabled {
                    button
                } else {
                    button.on_disabled_hover_text(tr.t("save-first"))
                };
                if button.clicked() {
                    commands.push(Command::OpenGate);
                }
            }
            if !draft.phase_history.is_empty() {
                ui.label(RichText::new(tr.t("phase-history")).strong());
                for change in draft.phase_history.iter().rev() {
                    let from = change
                        .from_phase
                        .map(|phase| tr.name("phase", phase.id()))
                        .unwrap_or_default();
                    let arrow = if from.is_empty() {
                        String::new()
                    } else {
                        format!("{from} » ")
                    };
                    ui.label(format!(
                        "{}  {arrow}{} — {} ({})",
                        crate::format::date(change.decided_on, language),
                        tr.name("phase", change.to_phase.id()),
                        tr.name("decision", change.decision.id()),
                        change.decider
                    ));
                    let mut detail = change.rationale.clone();
                    if !change.conditions.is_empty() {
                        detail = format!(
                            "{detail} — {}: {}",
                            tr.t("field-conditions"),
                            change.conditions
                        );
                    }
                    ui.label(RichText::new(detail).weak());
                }
            }
            if draft.phase == Phase::Stopped {
                text_area(ui, tr.t("field-stop-reason"), &mut draft.stop_reason);
                text_area(ui, tr.t("field-lessons"), &mut draft.lessons_learned);
            }
        });
}
