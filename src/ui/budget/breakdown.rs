//! The period picker and the split per department and per quadrant.

use eframe::egui::{self, RichText, Sense, Stroke, Vec2};

use super::*;
use crate::app::{BudgetView, Command, Filters};
use crate::figures::budget::Amounts;
use crate::format::money_whole;
use crate::i18n::I18n;
use crate::ui::palette::{INNOVATION, OPERATION};

pub(super) fn period_picker(
    ui: &mut egui::Ui,
    tr: &I18n,
    view: &BudgetView,
    period: Option<i32>,
    commands: &mut Vec<Command>,
) {
    let label = |period: Option<i32>| match period {
        Some(year) => year.to_string(),
        None => tr.t("budget-all-years").to_string(),
    };
    let mut choice = period;
    egui::ComboBox::from_label(tr.t("budget-period"))
        .selected_text(label(period))
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut choice, None, label(None));
            let mut years: Vec<i32> = view.figures.years.iter().map(|(year, _)| *year).collect();
            if let Some(year) = period
                && !years.contains(&year)
            {
                years.push(year);
                years.sort_unstable();
            }
            for year in years {
                ui.selectable_value(&mut choice, Some(year), label(Some(year)));
            }
        });
    if choice != period {
        commands.push(Command::SetBudgetPeriod(choice));
    }
}

/// Rows of (name, filter that opens the table, amounts), with a bar of the split.
pub(super) fn breakdown_table(
    ui: &mut egui::Ui,
    tr: &I18n,
    id: &str,
    rows: &[(String, Option<Filters>, Amounts)],
    target_bp: u32,
    commands: &mut Vec<Command>,
) {
    let language = tr.language();
    if rows
        .iter()
        .all(|(_, _, amounts)| *amounts == Amounts::default())
    {
        ui.label(tr.t("budget-no-lines-period"));
        return;
    }
    let largest = rows
        .iter()
        .map(|(_, _, amounts)| amounts.planned_total_cents())
        .max()
        .unwrap_or(0)
        .max(1);
    egui::Grid::new(id)
        .striped(true)
        .num_columns(7)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            for key in [
                "budget-col-name",
                "budget-operation-planned",
                "budget-innovation-planned",
                "budget-share-planned",
                "budget-col-split",
                "budget-operation-spent",
                "budget-innovation-spent",
            ] {
                ui.label(RichText::new(tr.t(key)).strong());
            }
            ui.end_row();
            for (name, filters, amounts) in rows {
                match filters {
                    Some(filters) => {
                        if ui
                            .button(name)
                            .on_hover_text(tr.t("budget-open-table"))
                            .clicked()
                        {
                            commands.push(Command::ShowFiltered(Box::new(filters.clone())));
                        }
                    }
                    None => {
                        ui.label(name);
                    }
                }
                ui.label(money_whole(amounts.operation_planned_cents, language));
                ui.label(money_whole(amounts.innovation_planned_cents, language));
                share_label(ui, amounts.planned_share_bp(), target_bp, language);
                split_bar(ui, amounts, largest, target_bp);
                ui.label(money_whole(amounts.operation_actual_cents, language));
                ui.label(money_whole(amounts.innovation_actual_cents, language));
                ui.end_row();
            }
        });
}

/// A horizontal bar as long as the planned total (relative to the largest row), split in
/// operation and innovation, with a tick where the target share would fall.
pub(super) fn split_bar(ui: &mut egui::Ui, amounts: &Amounts, largest: i64, target_bp: u32) {
    let (rect, _) = ui.allocate_exact_size(Vec2::new(180.0, 16.0), Sense::hover());
    let total = amounts.planned_total_cents();
    if total <= 0 {
        return;
    }
    let length = rect.width() * (total as f32 / largest as f32).max(0.01);
    let innovation = length * amounts.innovation_planned_cents as f32 / total as f32;
    let operation_rect =
        egui::Rect::from_min_size(rect.min, Vec2::new(length - innovation, rect.height()));
    let innovation_rect = egui::Rect::from_min_size(
        egui::pos2(operation_rect.max.x, rect.min.y),
        Vec2::new(innovation, rect.height()),
    );
    ui.painter().rect_filled(operation_rect, 0.0, OPERATION);
    ui.painter().rect_filled(innovation_rect, 0.0, INNOVATION);
    // The target: the innovation part should start at or before this point.
    let target_x = rect.min.x + length * (1.0 - target_bp as f32 / 10_000.0);
    ui.painter().line_segment(
        [
            egui::pos2(target_x, rect.min.y - 2.0),
            egui::pos2(target_x, rect.max.y + 2.0),
        ],
        Stroke::new(2.0, ui.visuals().strong_text_color()),
    );
}
