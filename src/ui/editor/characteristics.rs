//! The editor's section: characteristics (section 2.2 of the source).

use eframe::egui;

use super::{Sections, optional_combo};
use crate::app::{Command, Editor};
use crate::domain::*;

/// Characteristics (section 2.2 of the source).
pub(super) fn characteristics_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    _commands: &mut Vec<Command>,
) {
    let Sections { tr, .. } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-characteristics"))
        .default_open(false)
        .show(ui, |ui| {
            let c = &mut draft.characteristics;
            egui::Grid::new("characteristics-grid")
                .num_columns(2)
                .spacing([12.0, 4.0])
                .show(ui, |ui| {
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-degree"),
                        &mut c.degree,
                        Degree::ALL,
                        |v| tr.name("degree", v.id()),
                    );
                    ui.end_row();
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-innovation-type"),
                        &mut c.innovation_type,
                        InnovationType::ALL,
                        |v| tr.name("innovation-type", v.id()),
                    );
                    ui.end_row();
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-technology-from"),
                        &mut c.technology_from,
                        InsideOutside::ALL,
                        |v| tr.name("inside-outside", v.id()),
                    );
                    ui.end_row();
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-target-group"),
                        &mut c.target_group,
                        InsideOutside::ALL,
                        |v| tr.name("inside-outside", v.id()),
                    );
                    ui.end_row();
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-tech-level"),
                        &mut c.tech_level,
                        TechLevel::ALL,
                        |v| tr.name("tech-level", v.id()),
                    );
                    ui.end_row();
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-management-model"),
                        &mut c.management_model,
                        ManagementModel::ALL,
                        |v| tr.name("management-model", v.id()),
                    );
                    ui.end_row();
                    optional_combo(
                        ui,
                        tr,
                        tr.t("field-organised"),
                        &mut c.organised,
                        Organised::ALL,
                        |v| tr.name("organised", v.id()),
                    );
                    ui.end_row();
                });
        });
}
