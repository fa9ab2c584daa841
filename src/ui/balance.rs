//! The balance view: for the shown initiatives (the table's filters apply), how many have
//! each value of the characteristics of section 2.2, the management models of table 2.3,
//! the partners' helix roles (figure 2.6) and the themes, with their planned innovation
//! budget. "Not classified" is a bar of its own, never hidden. Each bar opens the table
//! filtered to exactly its initiatives; each heading explains the dimension in the
//! source's terms on hover.

use eframe::egui::{self, FontId, Rect, RichText, Sense, Stroke, Vec2};

use super::palette;
use crate::app::{Command, ViewState};
use crate::domain::{Dimension, Facet};
use crate::format::money_whole;
use crate::i18n::I18n;

/// A bar's value in words: "Radical", "Not classified", "No partners", "klimaat".
pub(crate) fn facet_label(tr: &I18n, facet: &Facet) -> String {
    let value = match facet {
        Facet::Degree(Some(value)) => tr.name("degree", value.id()),
        Facet::InnovationType(Some(value)) => tr.name("innovation-type", value.id()),
        Facet::PlayingField(Some((technology, group))) => tr
            .t(&format!("playing-field-{}-{}", technology.id(), group.id()))
            .to_string(),
        Facet::TechLevel(Some(value)) => tr.name("tech-level", value.id()),
        Facet::ManagementModel(Some(value)) => tr.name("management-model", value.id()),
        Facet::Organised(Some(value)) => tr.name("organised", value.id()),
        Facet::Helix(Some(role)) => tr.name("helix", role.id()),
        Facet::Helix(None) => tr.t("balance-no-partners").to_string(),
        Facet::Theme(Some(theme)) => theme.clone(),
        Facet::Theme(None) => tr.t("balance-no-theme").to_string(),
        _ => tr.t("balance-not-classified").to_string(),
    };
    match facet {
        // In the table's filter line the dimension says which "not classified".
        facet if facet.is_unclassified() => format!(
            "{}: {value}",
            tr.t(&format!("balance-{}", facet.dimension().id()))
        ),
        _ => value,
    }
}

pub(crate) fn balance_ui(ui: &mut egui::Ui, state: &ViewState<'_>, out: &mut Vec<Command>) {
    let tr = state.tr;
    let language = tr.language();
    let balance = state.balance;
    ui.heading(tr.t("balance-title"));
    ui.label(RichText::new(tr.f("balance-subtitle", &[("count", balance.shown.into())])).weak());
    ui.add_space(6.0);
    egui::ScrollArea::vertical().show(ui, |ui| {
        let columns = if ui.available_width() > 1100.0 { 2 } else { 1 };
        ui.columns(columns, |columns| {
            for (position, group) in balance.groups.iter().enumerate() {
                let ui = &mut columns[position % columns.len()];
                let dimension = group.dimension;
                ui.label(
                    RichText::new(tr.t(&format!("balance-{}", dimension.id())))
                        .strong()
                        .size(15.0),
                )
                .on_hover_text(tr.t(&format!("balance-{}-hint", dimension.id())));
                if dimension == Dimension::Helix {
                    ui.label(RichText::new(tr.t("balance-helix-note")).weak());
                }
                if dimension == Dimension::ManagementModel {
                    model_target_note(ui, tr, &balance.models);
                }
                let max = group.max_count();
                let width = ui.available_width();
                for bar in &group.bars {
                    let value = facet_label(tr, &bar.facet);
                    let value = if bar.facet.is_unclassified() {
                        value
                            .rsplit_once(": ")
                            .map_or(value.clone(), |(_, value)| value.to_string())
                    } else {
                        value
                    };
                    let share = (bar.count * 10_000)
                        .checked_div(balance.shown)
                        .and_then(|share| u32::try_from(share).ok())
                        .unwrap_or(0);
                    let label = tr.f(
                        "balance-bar",
                        &[
                            ("value", crate::i18n::arg(value)),
                            ("count", bar.count.into()),
                            (
                                "share",
                                crate::i18n::arg(crate::format::percent_bp(share, language)),
                            ),
                            (
                                "budget",
                                crate::i18n::arg(money_whole(bar.innovation_cents, language)),
                            ),
                        ],
                    );
                    // The management models: the director's target beside the share.
                    let model = match bar.facet {
                        Facet::ManagementModel(Some(model)) => Some(model),
                        _ => None,
                    };
                    let target = model.and_then(|model| {
                        let targets = balance.models.targets_bp?;
                        Some((model, targets[model.index()]))
                    });
                    let label = match target {
                        Some((model, target_bp)) => format!(
                            "{label}; {}",
                            tr.f(
                                "balance-model-target",
                                &[
                                    (
                                        "target",
                                        crate::i18n::arg(crate::format::percent_bp(
                                            target_bp, language
                                        )),
                                    ),
                                    (
                                        "share",
                                        crate::i18n::arg(crate::format::percent_bp(
                                            balance
                                                .models
                                                .shares_bp
                                                .map_or(0, |shares| { shares[model.index()] }),
                                            language
                                        )),
                                    ),
                                ],
                            )
                        ),
                        None => label,
                    };
                    let clickable = bar.count > 0;
                    let (rect, response) = ui.allocate_exact_size(
                        Vec2::new(width, 22.0),
                        if clickable {
                            Sense::click()
                        } else {
                            Sense::hover()
                        },
                    );
                    response.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::Button, clickable, &label)
                    });
                    let color = if bar.facet.is_unclassified() {
                        ui.visuals().weak_text_color()
                    } else {
                        palette::INNOVATION
                    };
                    let length = (rect.width() * 0.35 * bar.count as f32 / max as f32)
                        .max(if bar.count > 0 { 2.0 } else { 0.0 });
                    let bar_rect = Rect::from_min_size(
                        rect.left_top() + Vec2::new(0.0, 3.0),
                        Vec2::new(length, rect.height() - 6.0),
                    );
                    ui.painter()
                        .rect_filled(bar_rect, 2.0, color.gamma_multiply(0.8));
                    // Where the target would put the bar: a mark across it.
                    if let Some(count) = model.and_then(|model| balance.models.target_count(model))
                    {
                        let x = rect.left() + rect.width() * 0.35 * count as f32 / max as f32;
                        let x = x.min(rect.left() + rect.width() * 0.35);
                        ui.painter().line_segment(
                            [egui::pos2(x, rect.top()), egui::pos2(x, rect.bottom())],
                            Stroke::new(2.0, ui.visuals().strong_text_color()),
                        );
                    }
                    if response.hovered() && clickable {
                        ui.painter().rect_stroke(
                            rect.shrink(1.0),
                            2.0,
                            Stroke::new(1.0, ui.visuals().strong_text_color()),
                            egui::StrokeKind::Inside,
                        );
                    }
                    // One line, cut with … where the column ends (the whole text is the
                    // bar's accessible label and its tooltip).
                    let text_x = rect.left() + rect.width() * 0.35 + 8.0;
                    let mut job = egui::text::LayoutJob::single_section(
                        label.clone(),
                        egui::TextFormat::simple(
                            FontId::proportional(13.0),
                            ui.visuals().text_color(),
                        ),
                    );
                    job.wrap = egui::text::TextWrapping::truncate_at_width(
                        (rect.right() - text_x).max(20.0),
                    );
                    let galley = ui.painter().layout_job(job);
                    ui.painter().galley(
                        egui::pos2(text_x, rect.center().y - galley.size().y / 2.0),
                        galley,
                        ui.visuals().text_color(),
                    );
                    let response = if clickable {
                        response.on_hover_text(format!("{label}\n{}", tr.t("balance-click-hint")))
                    } else {
                        response.on_hover_text(&label)
                    };
                    if response.clicked() {
                        out.push(Command::ShowFiltered(Box::new(crate::app::Filters {
                            facet: Some(bar.facet.clone()),
                            ..state.prefs.filters.clone()
                        })));
                    }
                }
                ui.add_space(10.0);
            }
        });
    });
}

/// Under the management model's heading: the target spread and how far the classified
/// initiatives are from it, or how to set one.
fn model_target_note(ui: &mut egui::Ui, tr: &I18n, models: &crate::figures::balance::ModelSpread) {
    use crate::domain::ManagementModel;
    let language = tr.language();
    let Some(targets) = models.targets_bp else {
        ui.label(RichText::new(tr.t("balance-model-no-target")).weak());
        return;
    };
    let percent = |bp: u32| crate::i18n::arg(crate::format::percent_bp(bp, language));
    ui.label(
        RichText::new(tr.f(
            "balance-model-target-line",
            &[
                ("count", models.classified.into()),
                ("more", percent(targets[ManagementModel::More.index()])),
                ("better", percent(targets[ManagementModel::Better.index()])),
                (
                    "different",
                    percent(targets[ManagementModel::Different.index()]),
                ),
            ],
        ))
        .weak(),
    );
    // The largest gap in words, for the director's question: "more of the same" or
    // also "different"?
    let widest = ManagementModel::ALL
        .iter()
        .filter_map(|model| Some((*model, models.gap_bp(*model)?)))
        .max_by_key(|(_, gap)| gap.abs());
    if let Some((model, gap)) = widest
        && gap.unsigned_abs() >= 500
    {
        let key = if gap < 0 {
            "balance-model-below"
        } else {
            "balance-model-above"
        };
        ui.label(
            RichText::new(
                tr.f(
                    key,
                    &[
                        (
                            "model",
                            crate::i18n::arg(tr.name("management-model", model.id())),
                        ),
                        (
                            "points",
                            crate::i18n::arg(
                                crate::format::percent_bp(
                                    u32::try_from(gap.unsigned_abs()).unwrap_or(u32::MAX),
                                    language,
                                )
                                .trim_end_matches('%')
                                .trim_end()
                                .to_string(),
                            ),
                        ),
                    ],
                ),
            )
            .strong(),
        );
    }
}
