//! The editor's section: risks with level and mitigation.

use eframe::egui;

use super::{Sections, enum_combo};
use crate::app::{Command, Editor};
use crate::domain::*;
use crate::ui::text_field;

/// Risks with level and mitigation.
pub(super) fn risks_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    _commands: &mut Vec<Command>,
) {
    let Sections { tr, .. } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-risks"))
        .default_open(false)
        .show(ui, |ui| {
            let mut remove = None;
            for (index, risk) in draft.risks.iter_mut().enumerate() {
                ui.push_id(("risk", index), |ui| {
                    ui.horizontal(|ui| {
                        enum_combo(
                            ui,
                            tr.t("field-risk"),
                            &mut risk.category,
                            RiskCategory::ALL,
                            |r| tr.name("risk", r.id()),
                        );
                        enum_combo(
                            ui,
                            tr.t("field-level"),
                            &mut risk.level,
                            RiskLevel::ALL,
                            |l| tr.name("level", l.id()),
                        );
                        if ui.button(tr.t("remove-line")).clicked() {
                            remove = Some(index);
                        }
                    });
                    text_field(ui, tr.t("field-risk-description"), &mut risk.description);
                    text_field(ui, tr.t("field-mitigation"), &mut risk.mitigation);
                    ui.separator();
                });
            }
            if let Some(index) = remove {
                draft.risks.remove(index);
            }
            if ui.button(tr.t("add-risk")).clicked() {
                draft.risks.push(Risk {
                    category: RiskCategory::Privacy,
                    level: RiskLevel::Medium,
                    description: String::new(),
                    mitigation: String::new(),
                });
            }
        });
}
