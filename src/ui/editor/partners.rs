//! The editor's section: partners and their helix role.

use eframe::egui;

use super::{Sections, enum_combo, message_for};
use crate::app::{Command, Editor, EditorField};
use crate::domain::*;
use crate::ui::field_error;

/// Partners and their helix role.
pub(super) fn partners_ui(
    ui: &mut egui::Ui,
    cx: &Sections<'_>,
    editor: &mut Editor,
    _commands: &mut Vec<Command>,
) {
    let Sections { tr, .. } = *cx;
    let draft = &mut editor.draft;
    egui::CollapsingHeader::new(tr.t("section-partners"))
        .default_open(false)
        .show(ui, |ui| {
            let mut remove = None;
            for (index, partner) in draft.partners.iter_mut().enumerate() {
                ui.push_id(("partner", index), |ui| {
                    ui.horizontal(|ui| {
                        let label = ui.label(tr.t("field-partner"));
                        ui.add(egui::TextEdit::singleline(&mut partner.name).desired_width(160.0))
                            .labelled_by(label.id);
                        enum_combo(
                            ui,
                            tr.t("field-helix"),
                            &mut partner.helix_role,
                            HelixRole::ALL,
                            |h| tr.name("helix", h.id()),
                        );
                        if ui.button(tr.t("remove-line")).clicked() {
                            remove = Some(index);
                        }
                    });
                    field_error(
                        ui,
                        message_for(&editor.errors, EditorField::Domain(Field::Partner(index))),
                    );
                });
            }
            if let Some(index) = remove {
                draft.partners.remove(index);
                editor.errors.clear();
            }
            if ui.button(tr.t("add-partner")).clicked() {
                draft.partners.push(Partner {
                    name: String::new(),
                    helix_role: HelixRole::Government,
                });
            }
        });
}
