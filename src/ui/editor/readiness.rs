//! The editor's section: scaling readiness: the eight conditions, the verdict, and the two levels.

use eframe::egui::{self, RichText};

use super::{LEVELS, Sections, optional_combo};
use crate::app::{Command, Editor};
use crate::domain::*;

/// Scaling readiness: the eight conditions, the verdict, and the two levels.
pub(super) fn readiness_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    _commands: &mut Vec<Command>,
) {
    let Sections {
        tr,
        language,
        settings,
        ..
    } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-readiness"))
        .default_open(false)
        .show(ui, |ui| {
            let assessment = assess(&draft.readiness, &settings.readiness);
            let verdict = tr.name("verdict", assessment.verdict.id());
            let score = assessment
                .score_bp
                .map(|bp| format!(" ({})", crate::format::percent_bp(bp, language)))
                .unwrap_or_default();
            ui.label(RichText::new(format!("{}: {verdict}{score}", tr.t("verdict"))).strong());
            if !assessment.blocking.is_empty() {
                let names: Vec<String> = assessment
                    .blocking
                    .iter()
                    .map(|c| tr.name("criterion", c.id()))
                    .collect();
                ui.label(tr.f(
                    "blocked-by",
                    &[("criteria", crate::i18n::arg(names.join(", ")))],
                ));
            } else if !assessment.holding_back.is_empty()
                && assessment.verdict != Verdict::NotAssessed
            {
                let names: Vec<String> = assessment
                    .holding_back
                    .iter()
                    .map(|c| tr.name("criterion", c.id()))
                    .collect();
                ui.label(tr.f(
                    "held-back-by",
                    &[("criteria", crate::i18n::arg(names.join(", ")))],
                ));
            }
            egui::Grid::new("readiness-grid")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    for criterion in Criterion::ALL {
                        let mut rating = draft.readiness.get(criterion);
                        optional_combo(
                            ui,
                            tr,
                            &tr.name("criterion", criterion.id()),
                            &mut rating,
                            &[0, 1, 2],
                            |r| tr.name("rating", &r.to_string()),
                        )
                        .on_hover_text(tr.name("explain", criterion.id()));
                        draft.readiness.set(criterion, rating);
                        ui.end_row();
                    }
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-readiness-level"),
                        &mut draft.readiness_level,
                        &LEVELS,
                        |l| tr.name("readiness-level", &l.to_string()),
                    );
                    ui.end_row();
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-use-level"),
                        &mut draft.use_level,
                        &LEVELS,
                        |l| tr.name("use-level", &l.to_string()),
                    );
                    ui.end_row();
                });
        });
}
