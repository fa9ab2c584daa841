//! Modal dialogs: the gate decision, delete confirmation, new/open portfolio.

use eframe::egui::{self, RichText};

use super::{text_area, text_field};
use crate::app::{Command, Drafts, ViewState};
use crate::domain::*;

pub(crate) fn dialogs_ui(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    gate_dialog(ctx, state, drafts, out);
    delete_dialog(ctx, state, drafts, out);
    file_dialog(ctx, state, drafts, out);
    shared_dialog(ctx, state, drafts, out);
    unsaved_dialog(ctx, state, drafts, out);
}

/// File, Open shared portfolio… (a server address, a password for this session only, a
/// test button) and File, Copy portfolio to… (a file or a server).
fn shared_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let Some(dialog) = drafts.shared.as_mut() else {
        return;
    };
    let mut cancel = false;
    let modal = egui::Modal::new(egui::Id::unique("shared-dialog")).show(ctx, |ui| {
        ui.set_width(560.0);
        ui.heading(if dialog.copying {
            tr.t("copy-to-title")
        } else {
            tr.t("open-shared-title")
        });
        ui.label(
            RichText::new(if dialog.copying {
                tr.t("copy-to-hint")
            } else {
                tr.t("open-shared-hint")
            })
            .weak(),
        );
        let address = text_field(
            ui,
            if dialog.copying {
                tr.t("field-copy-target")
            } else {
                tr.t("field-server-address")
            },
            &mut dialog.address,
        );
        let label = ui.label(tr.t("field-password"));
        ui.add(
            egui::TextEdit::singleline(&mut dialog.password)
                .password(true)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
        ui.label(RichText::new(tr.t("password-hint")).weak());
        if dialog.copying {
            ui.checkbox(&mut dialog.replace, tr.t("copy-replace"));
        }
        if let Some((text, ok)) = &dialog.tested {
            let color = if *ok {
                ui.visuals().text_color()
            } else {
                ui.visuals().error_fg_color
            };
            ui.label(RichText::new(text).color(color));
        }
        ui.horizontal(|ui| {
            let ready = !dialog.address.trim().is_empty() && !dialog.working;
            let submit = if dialog.copying {
                tr.t("copy")
            } else {
                tr.t("open")
            };
            if ui.add_enabled(ready, egui::Button::new(submit)).clicked()
                || (address.lost_focus()
                    && ui.input(|input| input.key_pressed(egui::Key::Enter))
                    && ready)
            {
                out.push(Command::SubmitShared);
            }
            if ui
                .add_enabled(ready, egui::Button::new(tr.t("test-connection")))
                .clicked()
            {
                out.push(Command::TestConnection);
            }
            if dialog.working {
                crate::ui::busy(ui, tr.t("busy-connecting"));
            }
            if ui.button(tr.t("cancel")).clicked() {
                cancel = true;
            }
        });
    });
    if cancel || modal.should_close() {
        out.push(Command::CloseShared);
    }
}

fn unsaved_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &Drafts,
    out: &mut Vec<Command>,
) {
    if !state.unsaved_guard {
        return;
    }
    let tr = state.tr;
    let name = drafts
        .editor
        .as_ref()
        .map(|editor| editor.draft.name.clone())
        .unwrap_or_default();
    let mut choice = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved-dialog")).show(ctx, |ui| {
        ui.set_width(400.0);
        ui.heading(tr.t("unsaved-title"));
        ui.label(tr.f("unsaved-what", &[("name", crate::i18n::arg(name))]));
        ui.horizontal(|ui| {
            if ui.button(tr.t("save")).clicked() {
                choice = Some(Command::SaveFromGuard);
            }
            if ui.button(tr.t("discard")).clicked() {
                choice = Some(Command::DiscardChanges);
            }
            if ui.button(tr.t("cancel")).clicked() {
                choice = Some(Command::CancelGuard);
            }
        });
    });
    if let Some(command) = choice {
        out.push(command);
    } else if modal.should_close() {
        out.push(Command::CancelGuard);
    }
}

/// The gate decision; `drafts.gate` holds what the user types.
fn gate_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    let tr = state.tr;
    let Some(gate) = drafts.gate.as_mut() else {
        return;
    };
    let mut confirm = false;
    let mut cancel = false;
    let modal = egui::Modal::new(egui::Id::unique("gate-dialog")).show(ctx, |ui| {
        ui.set_width(440.0);
        ui.heading(tr.t("gate-title"));
        ui.label(RichText::new(&gate.name).strong());
        ui.label(tr.f(
            "gate-from",
            &[("phase", crate::i18n::arg(tr.name("phase", gate.from.id())))],
        ));
        ui.separator();
        egui::Grid::new("gate-grid")
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                let label = ui.label(tr.t("field-decision"));
                let before = gate.decision;
                egui::ComboBox::from_id_salt("gate-decision")
                    .selected_text(tr.name("decision", gate.decision.id()))
                    .show_ui(ui, |ui| {
                        for decision in GateDecision::ALL {
                            ui.selectable_value(
                                &mut gate.decision,
                                *decision,
                                tr.name("decision", decision.id()),
                            );
                        }
                    })
                    .response
                    .labelled_by(label.id);
                if gate.decision != before {
                    gate.to = match gate.decision {
                        GateDecision::Stop => Phase::Stopped,
                        GateDecision::Hold => gate.from,
                        GateDecision::Go | GateDecision::ConditionalGo => {
                            gate.from.next().unwrap_or(gate.from)
                        }
                    };
                }
                ui.end_row();
                let label = ui.label(tr.t("field-new-phase"));
                match gate.decision {
                    GateDecision::Go | GateDecision::ConditionalGo => {
                        let targets: Vec<Phase> = gate
                            .from
                            .allowed_targets()
                            .into_iter()
                            .filter(|phase| *phase != Phase::Stopped)
                            .collect();
                        egui::ComboBox::from_id_salt("gate-target")
                            .selected_text(tr.name("phase", gate.to.id()))
                            .show_ui(ui, |ui| {
                                for target in targets {
                                    ui.selectable_value(
                                        &mut gate.to,
                                        target,
                                        tr.name("phase", target.id()),
                                    );
                                }
                            })
                            .response
                            .labelled_by(label.id);
                    }
                    GateDecision::Hold | GateDecision::Stop => {
                        ui.label(tr.name("phase", gate.to.id()));
                    }
                }
                ui.end_row();
                let label = ui.label(tr.t("field-decided-on"));
                ui.add(egui::TextEdit::singleline(&mut gate.date_text))
                    .labelled_by(label.id);
                ui.end_row();
                let label = ui.label(tr.t("field-decider"));
                ui.add(
                    egui::TextEdit::singleline(&mut gate.decider).hint_text(tr.t("decider-hint")),
                )
                .labelled_by(label.id);
                ui.end_row();
            });
        text_area(ui, tr.t("field-rationale"), &mut gate.rationale);
        if gate.decision == GateDecision::ConditionalGo {
            text_area(ui, tr.t("field-conditions"), &mut gate.conditions);
        }
        for error in &gate.errors {
            ui.label(RichText::new(error.as_str()).color(ui.visuals().error_fg_color));
        }
        ui.separator();
        ui.horizontal(|ui| {
            if ui.button(tr.t("gate-confirm")).clicked() {
                confirm = true;
            }
            if ui.button(tr.t("cancel")).clicked() {
                cancel = true;
            }
        });
    });
    if confirm {
        out.push(Command::ConfirmGate);
    } else if cancel || modal.should_close() {
        out.push(Command::CancelGate);
    }
}

fn delete_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &Drafts,
    out: &mut Vec<Command>,
) {
    if !state.confirm_delete {
        return;
    }
    let tr = state.tr;
    let Some(original) = drafts
        .editor
        .as_ref()
        .and_then(|editor| editor.original.as_ref())
    else {
        out.push(Command::CancelDelete);
        return;
    };
    let mut confirm = false;
    let mut cancel = false;
    let modal = egui::Modal::new(egui::Id::unique("delete-dialog")).show(ctx, |ui| {
        ui.set_width(400.0);
        ui.heading(tr.t("delete-title"));
        ui.label(tr.f(
            "delete-what",
            &[
                ("name", crate::i18n::arg(original.name.clone())),
                ("budget", original.budget_lines.len().into()),
                ("decisions", original.phase_history.len().into()),
                ("reports", original.health_reports.len().into()),
                ("partners", original.partners.len().into()),
                ("risks", original.risks.len().into()),
            ],
        ));
        ui.label(RichText::new(tr.t("delete-undo-hint")).weak());
        ui.horizontal(|ui| {
            if ui.button(tr.t("delete")).clicked() {
                confirm = true;
            }
            if ui.button(tr.t("cancel")).clicked() {
                cancel = true;
            }
        });
    });
    if confirm {
        out.push(Command::ConfirmDelete);
    } else if cancel || modal.should_close() {
        out.push(Command::CancelDelete);
    }
}

/// New or open portfolio; `drafts.file_dialog` holds the typed path and name.
fn file_dialog(
    ctx: &egui::Context,
    state: &ViewState<'_>,
    drafts: &mut Drafts,
    out: &mut Vec<Command>,
) {
    if drafts.file_browser.is_some() {
        return;
    }
    let tr = state.tr;
    let Some(dialog) = drafts.file_dialog.as_mut() else {
        return;
    };
    let mut submit = false;
    let mut cancel = false;
    let mut browse_from: Option<String> = None;
    let modal = egui::Modal::new(egui::Id::unique("file-dialog")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(if dialog.creating {
            tr.t("new-portfolio-title")
        } else {
            tr.t("open-portfolio-title")
        });
        if dialog.missing {
            ui.label(RichText::new(tr.t("open-missing")).color(ui.visuals().warn_fg_color));
        }
        ui.label(RichText::new(tr.t("path-hint")).weak());
        ui.horizontal(|ui| {
            text_field(ui, tr.t("field-path"), &mut dialog.path);
            if !dialog.creating && ui.button(tr.t("browse")).clicked() {
                browse_from = Some(dialog.path.clone());
            }
        });
        if dialog.creating {
            text_field(ui, tr.t("field-municipality"), &mut dialog.municipality);
        }
        ui.horizontal(|ui| {
            let label = if dialog.creating {
                tr.t("create")
            } else {
                tr.t("open")
            };
            if ui
                .add_enabled(!dialog.path.trim().is_empty(), egui::Button::new(label))
                .clicked()
            {
                submit = true;
            }
            if ui.button(tr.t("cancel")).clicked() {
                cancel = true;
            }
        });
    });
    if let Some(from) = browse_from {
        out.push(Command::Browse {
            target: crate::app::exchange::BrowseTarget::OpenPortfolio,
            from,
        });
        return;
    }
    if submit {
        let dialog = dialog.clone();
        out.push(if dialog.creating {
            Command::NewPortfolio {
                path: dialog.path,
                municipality: dialog.municipality,
            }
        } else {
            Command::OpenPortfolio { path: dialog.path }
        });
    } else if cancel || modal.should_close() {
        out.push(Command::CloseFileDialog);
    }
}
