//! Planned versus spent per initiative, the largest overspend first.

use eframe::egui::{self, RichText};
use egui_extras::{Column as TableColumn, TableBuilder};

use super::*;
use crate::app::{BudgetView, Command};
use crate::format::{money_whole, percent_bp};
use crate::i18n::I18n;
use crate::ui::palette::health_color;

/// Planned versus spent per initiative, in the chosen period: virtual rows, so 100,000
/// initiatives cost as much as 20.
pub(super) fn initiatives_table(
    ui: &mut egui::Ui,
    tr: &I18n,
    portfolio: &Portfolio,
    view: &BudgetView,
    commands: &mut Vec<Command>,
) {
    let language = tr.language();
    let rows = &view.figures.initiatives;
    if rows.is_empty() {
        ui.label(tr.t("budget-no-lines-period"));
        return;
    }
    let row_height = ui.text_style_height(&egui::TextStyle::Body) + 6.0;
    ui.push_id("budget-initiatives", |ui| {
        TableBuilder::new(ui)
            .striped(true)
            .max_scroll_height(300.0)
            .auto_shrink([false, true])
            .column(TableColumn::initial(260.0).at_least(120.0).clip(true))
            .column(TableColumn::initial(110.0).clip(true))
            .column(TableColumn::initial(120.0))
            .column(TableColumn::initial(120.0))
            .column(TableColumn::initial(120.0))
            .column(TableColumn::remainder().at_least(80.0))
            .header(row_height, |mut header| {
                for key in [
                    "budget-col-initiative",
                    "column-phase",
                    "budget-col-planned",
                    "budget-col-spent",
                    "budget-col-difference",
                    "budget-col-spent-share",
                ] {
                    header.col(|ui| {
                        ui.label(RichText::new(tr.t(key)).strong());
                    });
                }
            })
            .body(|body| {
                body.rows(row_height, rows.len(), |mut row| {
                    let item = rows[row.index()];
                    let initiative = &portfolio.initiatives[item.row];
                    row.col(|ui| {
                        if ui
                            .link(&initiative.name)
                            .on_hover_text(tr.t("budget-open-initiative"))
                            .clicked()
                        {
                            commands.push(Command::OpenInitiative(initiative.id));
                        }
                    });
                    row.col(|ui| {
                        ui.label(tr.name("phase", initiative.phase.id()));
                    });
                    row.col(|ui| {
                        ui.label(money_whole(item.amounts.planned_total_cents(), language));
                    });
                    row.col(|ui| {
                        ui.label(money_whole(item.amounts.actual_total_cents(), language));
                    });
                    row.col(|ui| {
                        let variance = item.variance_cents();
                        let text = if variance > 0 {
                            format!("+{}", money_whole(variance, language))
                        } else {
                            money_whole(variance, language)
                        };
                        if variance > 0 {
                            ui.label(
                                RichText::new(text)
                                    .color(health_color(Health::Red, ui.visuals().dark_mode)),
                            );
                        } else {
                            ui.label(text);
                        }
                    });
                    row.col(|ui| {
                        let planned = item.amounts.planned_total_cents();
                        let spent = item.amounts.actual_total_cents();
                        let text = if planned > 0 {
                            let bp = (i128::from(spent) * 10_000 / i128::from(planned))
                                .clamp(0, i128::from(u32::MAX));
                            percent_bp(u32::try_from(bp).unwrap_or(u32::MAX), language)
                        } else {
                            "—".to_string()
                        };
                        ui.label(text);
                    });
                });
            });
    });
}
