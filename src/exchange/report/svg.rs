//! The report's charts as inline SVG: the quadrant map, the budget bars and the phase funnel.

use std::fmt::Write as _;

use super::*;
use crate::domain::*;
use crate::format::{money_whole, percent_bp};
use crate::i18n::arg;
use crate::palette;

/// The quadrant map as SVG: four labelled quadrants (old → new, inside → outside), one
/// dot per initiative coloured by phase; above `per_quadrant_limit` dots a count is shown.
pub fn quadrant_svg(data: &ReportData<'_>) -> String {
    let (width, height) = (640.0f32, 420.0f32);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-label="{}">"##,
        escape(data.tr.t("nav-quadrants"))
    );
    let cell = |quadrant: Quadrant| -> (f32, f32) {
        let (column, row) = quadrant.grid_cell();
        (
            40.0 + f32::from(column) * 300.0,
            10.0 + f32::from(row) * 190.0,
        )
    };
    let mut per_quadrant: Vec<Vec<usize>> = vec![Vec::new(); 4];
    for (row, initiative) in data.portfolio.initiatives.iter().enumerate() {
        per_quadrant[initiative.quadrant.index()].push(row);
    }
    for quadrant in Quadrant::ALL {
        let (x, y) = cell(*quadrant);
        let rows = &per_quadrant[quadrant.index()];
        let summary = data
            .summary
            .by_quadrant
            .get(quadrant.id())
            .copied()
            .unwrap_or_default();
        let _ = write!(
            svg,
            r##"<rect x="{x}" y="{y}" width="296" height="186" fill="#f4f6f8" stroke="#b0b8c0"/><text x="{}" y="{}" font-size="13" font-weight="bold" fill="#222">{}</text><text x="{}" y="{}" font-size="11" fill="#444">{}</text>"##,
            x + 8.0,
            y + 18.0,
            escape(&data.tr.name("quadrant", quadrant.id())),
            x + 8.0,
            y + 33.0,
            escape(&data.tr.f(
                "report-quadrant-count",
                &[
                    ("count", summary.count.into()),
                    (
                        "budget",
                        arg(money_whole(summary.innovation_cents, data.language()))
                    ),
                ]
            ))
        );
        const LIMIT: usize = 390;
        for (index, &row) in rows.iter().take(LIMIT).enumerate() {
            let column = (index % 26) as f32;
            let line = (index / 26) as f32;
            let phase = data.portfolio.initiatives[row].phase;
            let _ = write!(
                svg,
                r##"<circle cx="{:.1}" cy="{:.1}" r="4" fill="{}"><title>{}</title></circle>"##,
                x + 14.0 + column * 10.8,
                y + 48.0 + line * 9.0,
                palette::phase(phase).hex(),
                escape(&data.portfolio.initiatives[row].name)
            );
        }
        if rows.len() > LIMIT {
            let _ = write!(
                svg,
                r##"<text x="{}" y="{}" font-size="11" fill="#222">+{}</text>"##,
                x + 250.0,
                y + 18.0,
                rows.len() - LIMIT
            );
        }
    }
    let _ = write!(
        svg,
        r##"<text x="340" y="408" font-size="11" text-anchor="middle" fill="#444">{}</text><text x="14" y="200" font-size="11" text-anchor="middle" fill="#444" transform="rotate(-90 14 200)">{}</text>"##,
        escape(data.tr.t("report-axis-old-new")),
        escape(data.tr.t("report-axis-inside-outside"))
    );
    svg.push_str("</svg>");
    svg
}

/// Operation and innovation per year as stacked bars, with the innovation share above
/// each bar and the target named in the legend.
pub fn budget_svg(data: &ReportData<'_>) -> String {
    let language = data.language();
    let years = &data.summary.budget;
    let (width, height) = (640.0f32, 260.0f32);
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-label="{}">"##,
        escape(data.tr.t("budget-years-title"))
    );
    let highest = years
        .iter()
        .map(|year| year.operation_cents + year.innovation_cents)
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    let plot_top = 40.0;
    let plot_bottom = 220.0;
    let (operation_hex, innovation_hex) = (palette::OPERATION.hex(), palette::INNOVATION.hex());
    let slot = if years.is_empty() {
        1.0
    } else {
        (width - 80.0) / years.len() as f32
    };
    let _ = write!(
        svg,
        r##"<line x1="70" y1="{plot_bottom}" x2="{}" y2="{plot_bottom}" stroke="#666"/><text x="66" y="{}" font-size="10" text-anchor="end" fill="#444">{}</text><text x="66" y="{plot_bottom}" font-size="10" text-anchor="end" fill="#444">{}</text>"##,
        width - 10.0,
        plot_top + 4.0,
        escape(&money_whole(highest as i64, language)),
        escape(&money_whole(0, language)),
    );
    for (index, year) in years.iter().enumerate() {
        let x = 75.0 + index as f32 * slot;
        let bar = (slot * 0.6).min(60.0);
        let scale = (plot_bottom - plot_top) / highest;
        let operation = year.operation_cents as f32 * scale;
        let innovation = year.innovation_cents as f32 * scale;
        let _ = write!(
            svg,
            r##"<rect x="{x:.1}" y="{:.1}" width="{bar:.1}" height="{operation:.1}" fill="{operation_hex}"/><rect x="{x:.1}" y="{:.1}" width="{bar:.1}" height="{innovation:.1}" fill="{innovation_hex}"/><text x="{:.1}" y="{:.1}" font-size="10" text-anchor="middle" fill="#222">{}</text><text x="{:.1}" y="{}" font-size="10" text-anchor="middle" fill="#444">{}</text>"##,
            plot_bottom - operation,
            plot_bottom - operation - innovation,
            x + bar / 2.0,
            plot_bottom - operation - innovation - 4.0,
            escape(
                &year
                    .innovation_share_bp
                    .map_or_else(|| "—".into(), |bp| percent_bp(bp, language))
            ),
            x + bar / 2.0,
            plot_bottom + 14.0,
            year.year
        );
    }
    let _ = write!(
        svg,
        r##"<rect x="70" y="8" width="10" height="10" fill="{operation_hex}"/><text x="84" y="17" font-size="11" fill="#222">{}</text><rect x="200" y="8" width="10" height="10" fill="{innovation_hex}"/><text x="214" y="17" font-size="11" fill="#222">{}</text><text x="330" y="17" font-size="11" fill="#222">{}</text>"##,
        escape(data.tr.t("category-operation")),
        escape(data.tr.t("category-innovation")),
        escape(&data.tr.f(
            "report-share-legend",
            &[(
                "target",
                arg(percent_bp(
                    data.summary.target_innovation_share_bp,
                    language
                ))
            )]
        ))
    );
    svg.push_str("</svg>");
    svg
}

/// The funnel: count and planned innovation budget per phase, as centred bars.
pub fn funnel_svg(data: &ReportData<'_>) -> String {
    let language = data.language();
    let (width, row_height) = (640.0f32, 26.0f32);
    let height = row_height * Phase::ALL.len() as f32 + 10.0;
    let most = data.largest_phase_count() as f32;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" aria-label="{}">"##,
        escape(data.tr.t("funnel-title"))
    );
    for (index, phase) in Phase::ALL.iter().enumerate() {
        let entry = data
            .summary
            .by_phase
            .get(phase.id())
            .copied()
            .unwrap_or_default();
        let bar = (380.0 * entry.count as f32 / most).max(2.0);
        let y = 5.0 + index as f32 * row_height;
        let _ = write!(
            svg,
            r##"<rect x="{:.1}" y="{y:.1}" width="{bar:.1}" height="{}" rx="3" fill="{}"/><text x="8" y="{:.1}" font-size="11" fill="#222">{}</text><text x="632" y="{:.1}" font-size="11" text-anchor="end" fill="#222">{} · {}</text>"##,
            330.0 - bar / 2.0,
            row_height - 6.0,
            palette::phase(*phase).hex(),
            y + 15.0,
            escape(&data.tr.name("phase", phase.id())),
            y + 15.0,
            entry.count,
            escape(&money_whole(entry.innovation_cents, language))
        );
    }
    svg.push_str("</svg>");
    svg
}
