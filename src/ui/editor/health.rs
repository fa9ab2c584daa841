//! The editor's section: health reports per period, with a reason for amber and red.

use eframe::egui;

use super::{Sections, enum_combo, message_for};
use crate::app::{Command, Editor, EditorField};
use crate::domain::*;
use crate::ui::{field_error, text_field};

/// Health reports per period, with a reason for amber and red.
pub(super) fn health_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    _commands: &mut Vec<Command>,
) {
    let Sections {
        tr,
        language,
        today,
        ..
    } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-health"))
        .default_open(false)
        .show(ui, |ui| {
            let mut remove = None;
            for index in 0..draft.health_reports.len() {
                let Some(date_text) = editor.health_dates.get_mut(index) else {
                    continue;
                };
                let report = &mut draft.health_reports[index];
                ui.push_id(("health", index), |ui| {
                    ui.horizontal(|ui| {
                        let label = ui.label(tr.t("field-period"));
                        ui.add(egui::TextEdit::singleline(&mut report.period).desired_width(70.0))
                            .labelled_by(label.id);
                        let label = ui.label(tr.t("field-reported-on"));
                        ui.add(egui::TextEdit::singleline(date_text).desired_width(90.0))
                            .labelled_by(label.id);
                        enum_combo(
                            ui,
                            tr.t("field-status"),
                            &mut report.status,
                            Health::ALL,
                            |h| tr.name("health", h.id()),
                        );
                        if ui.button(tr.t("remove-line")).clicked() {
                            remove = Some(index);
                        }
                    });
                    text_field(ui, tr.t("field-reason"), &mut report.reason);
                    for field in [
                        EditorField::HealthDate(index),
                        EditorField::Domain(Field::HealthReport(index)),
                    ] {
                        field_error(ui, message_for(&editor.errors, field));
                    }
                    ui.separator();
                });
            }
            if let Some(index) = remove {
                draft.health_reports.remove(index);
                editor.health_dates.remove(index);
                editor.errors.clear();
            }
            if ui.button(tr.t("add-health")).clicked() {
                let quarter = (chrono::Datelike::month(&today) - 1) / 3 + 1;
                draft.health_reports.push(HealthReport {
                    period: format!("{}-Q{quarter}", chrono::Datelike::year(&today)),
                    reported_on: today,
                    status: Health::Green,
                    reason: String::new(),
                });
                editor
                    .health_dates
                    .push(crate::format::date(today, language));
            }
        });
}
