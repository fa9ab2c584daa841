//! The report laid out on A4 pages: headline figures, charts, lists and the register, as drawing operations.

use super::*;
use crate::domain::*;
use crate::exchange::report::{LISTED, ReportData};
use crate::exchange::{Progress, Result};
use crate::format::{money_whole, percent_bp};
use crate::palette;

/// Lay out the report.
pub(super) fn layout(data: &ReportData<'_>, progress: &Progress) -> Result<Layout> {
    let tr = &data.tr;
    let language = data.language();
    let mut page = Layout::new();
    page.y += 18.0;
    let y = page.y;
    page.text(
        MARGIN,
        y,
        17.0,
        &fit(&data.title(), 17.0, CONTENT_WIDTH),
        INK,
    );
    page.y += 8.0;
    page.paragraph(&data.subtitle(), 10.5, MUTED);
    page.y += 6.0;

    // Headline figures, three to a row.
    let headlines = data.headlines();
    let box_width = (CONTENT_WIDTH - 12.0) / 3.0;
    for chunk in headlines.chunks(3) {
        page.need(46.0);
        let top = page.y;
        for (index, (label, value)) in chunk.iter().enumerate() {
            let x = MARGIN + index as f32 * (box_width + 6.0);
            page.rect(x, top, box_width, 40.0, PANEL);
            page.text(
                x + 6.0,
                top + 13.0,
                8.5,
                &fit(label, 8.5, box_width - 12.0),
                MUTED,
            );
            page.text(
                x + 6.0,
                top + 31.0,
                12.5,
                &fit(value, 12.5, box_width - 12.0),
                INK,
            );
        }
        page.y = top + 46.0;
    }

    // Quadrant map.
    page.heading(tr.t("nav-quadrants"));
    page.need(260.0);
    let top = page.y;
    let half_width = (CONTENT_WIDTH - 40.0) / 2.0;
    let half_height = 112.0;
    let mut per_quadrant: Vec<Vec<Phase>> = vec![Vec::new(); 4];
    for initiative in &data.portfolio.initiatives {
        per_quadrant[initiative.quadrant.index()].push(initiative.phase);
    }
    for quadrant in Quadrant::ALL {
        let (column, row) = quadrant.grid_cell();
        let x = MARGIN + 34.0 + f32::from(column) * (half_width + 6.0);
        let y = top + f32::from(row) * (half_height + 6.0);
        page.rect(x, y, half_width, half_height, PANEL);
        page.text(
            x + 6.0,
            y + 13.0,
            10.0,
            &tr.name("quadrant", quadrant.id()),
            INK,
        );
        let entry = data
            .summary
            .by_quadrant
            .get(quadrant.id())
            .copied()
            .unwrap_or_default();
        let caption = tr.f(
            "report-quadrant-count",
            &[
                ("count", entry.count.into()),
                (
                    "budget",
                    crate::i18n::arg(money_whole(entry.innovation_cents, language)),
                ),
            ],
        );
        page.text(
            x + 6.0,
            y + 25.0,
            8.0,
            &fit(&caption, 8.0, half_width - 12.0),
            MUTED,
        );
        let phases = &per_quadrant[quadrant.index()];
        let per_row = ((half_width - 12.0) / 8.0) as usize;
        let capacity = per_row * 9;
        for (index, phase) in phases.iter().take(capacity).enumerate() {
            let dot_x = x + 9.0 + (index % per_row) as f32 * 8.0;
            let dot_y = y + 36.0 + (index / per_row) as f32 * 8.0;
            page.circle(dot_x, dot_y, 2.8, palette::phase(*phase).0);
        }
        if phases.len() > capacity {
            page.text(
                x + half_width - 40.0,
                y + 13.0,
                8.5,
                &format!("+{}", phases.len() - capacity),
                INK,
            );
        }
    }
    // The axes: inside (bottom) to outside (top), old (left) to new (right).
    page.text(
        MARGIN,
        top + half_height / 2.0,
        8.0,
        tr.t("report-outside"),
        MUTED,
    );
    page.text(
        MARGIN,
        top + half_height * 1.5 + 6.0,
        8.0,
        tr.t("report-inside"),
        MUTED,
    );
    let axis = tr.t("report-axis-old-new");
    page.text(
        MARGIN + 34.0 + half_width + 3.0 - text_width(axis, 8.5) / 2.0,
        top + 2.0 * half_height + 20.0,
        8.5,
        axis,
        MUTED,
    );
    page.y = top + 2.0 * half_height + 26.0;
    let mut x = MARGIN;
    for phase in Phase::ALL {
        let name = tr.name("phase", phase.id());
        page.circle(x + 3.0, page.y + 4.0, 3.0, palette::phase(*phase).0);
        let y = page.y + 7.0;
        page.text(x + 9.0, y, 8.0, &name, INK);
        x += 14.0 + text_width(&name, 8.0);
    }
    page.y += 14.0;

    // Budget per year.
    page.heading(tr.t("budget-years-title"));
    let years = &data.summary.budget;
    if years.is_empty() {
        page.paragraph(tr.t("budget-no-lines"), 10.0, INK);
    } else {
        page.need(190.0);
        let top = page.y + 14.0;
        let bottom = top + 140.0;
        let highest = years
            .iter()
            .map(|year| year.operation_cents + year.innovation_cents)
            .max()
            .unwrap_or(0)
            .max(1) as f32;
        page.rect(MARGIN, top - 14.0, 8.0, 8.0, palette::OPERATION.0);
        page.text(
            MARGIN + 11.0,
            top - 7.0,
            8.5,
            tr.t("category-operation"),
            INK,
        );
        page.rect(MARGIN + 110.0, top - 14.0, 8.0, 8.0, palette::INNOVATION.0);
        page.text(
            MARGIN + 121.0,
            top - 7.0,
            8.5,
            tr.t("category-innovation"),
            INK,
        );
        let legend = tr.f(
            "report-share-legend",
            &[(
                "target",
                crate::i18n::arg(percent_bp(
                    data.summary.target_innovation_share_bp,
                    language,
                )),
            )],
        );
        page.text(
            MARGIN + 230.0,
            top - 7.0,
            8.5,
            &fit(&legend, 8.5, 280.0),
            MUTED,
        );
        let slot = (CONTENT_WIDTH - 70.0) / years.len() as f32;
        let bar = (slot * 0.6).min(40.0);
        page.text(
            MARGIN,
            top + 8.0,
            7.5,
            &money_whole(highest as i64, language),
            MUTED,
        );
        page.rect(MARGIN + 66.0, bottom, CONTENT_WIDTH - 66.0, 0.7, MUTED);
        for (index, year) in years.iter().enumerate() {
            let x = MARGIN + 70.0 + index as f32 * slot;
            let scale = (bottom - top - 12.0) / highest;
            let operation = year.operation_cents as f32 * scale;
            let innovation = year.innovation_cents as f32 * scale;
            page.rect(x, bottom - operation, bar, operation, palette::OPERATION.0);
            page.rect(
                x,
                bottom - operation - innovation,
                bar,
                innovation,
                palette::INNOVATION.0,
            );
            let share = year
                .innovation_share_bp
                .map_or_else(|| "—".to_string(), |bp| percent_bp(bp, language));
            page.text(x, bottom - operation - innovation - 3.0, 7.5, &share, INK);
            page.text(x, bottom + 11.0, 8.0, &year.year.to_string(), MUTED);
        }
        page.y = bottom + 18.0;
    }

    // Funnel.
    page.heading(tr.t("funnel-title"));
    let most = data.largest_phase_count() as f32;
    for phase in Phase::ALL {
        page.need(18.0);
        let entry = data
            .summary
            .by_phase
            .get(phase.id())
            .copied()
            .unwrap_or_default();
        let y = page.y;
        let width = (240.0 * entry.count as f32 / most).max(1.5);
        page.text(MARGIN, y + 11.0, 9.0, &tr.name("phase", phase.id()), INK);
        page.rect(
            MARGIN + 230.0 - width / 2.0 + 60.0,
            y + 2.0,
            width,
            12.0,
            palette::phase(*phase).0,
        );
        let figures = format!(
            "{} · {}",
            entry.count,
            money_whole(entry.innovation_cents, language)
        );
        page.text(
            PAGE_WIDTH - MARGIN - text_width(&figures, 9.0),
            y + 11.0,
            9.0,
            &figures,
            INK,
        );
        page.y += 17.0;
    }

    // Readiness.
    page.heading(tr.t("overview-readiness"));
    let readiness = data.summary.readiness;
    let counts = [
        readiness.ready,
        readiness.conditionally_ready,
        readiness.not_ready,
        readiness.blocked,
        readiness.not_assessed,
    ];
    let verdicts: Vec<String> = Verdict::ALL
        .iter()
        .zip(counts)
        .map(|(verdict, count)| format!("{}: {count}", tr.name("verdict", verdict.id())))
        .collect();
    page.paragraph(&verdicts.join("   "), 10.0, INK);
    if !data.blocked.is_empty() {
        page.paragraph(tr.t("report-blocked-why"), 9.5, MUTED);
        for row in data.blocked.iter().take(LISTED) {
            page.paragraph(&format!("• {}", data.blocked_line(*row)), 9.0, INK);
        }
        if let Some(more) = data.more(data.blocked.len()) {
            page.paragraph(&more, 9.0, MUTED);
        }
    }

    // The self-assessment of the five activities.
    page.heading(tr.t("report-assessment"));
    let assessment = data.assessment_lines();
    if assessment.is_empty() {
        page.paragraph(tr.t("report-assessment-none"), 10.0, INK);
    }
    for (index, (is_activity, line)) in assessment.iter().enumerate() {
        // The first line says when; then each activity with its assignments below it.
        if index == 0 || *is_activity {
            page.paragraph(line, 10.0, INK);
        } else {
            page.paragraph(&format!("• {line}"), 9.0, MUTED);
        }
    }

    // What needs attention: per department, then red and amber, then stuck.
    page.heading(tr.t("report-attention"));
    if !data.departments.is_empty() {
        page.paragraph(tr.t("report-departments-intro"), 9.5, MUTED);
        let widths = [231.0, 60.0, 80.0, 70.0, 70.0];
        let row = |page: &mut Layout, cells: &[String; 5], header: bool| {
            page.need(14.0);
            let y = page.y;
            if header {
                page.rect(MARGIN, y, CONTENT_WIDTH, 14.0, PANEL);
            }
            let mut x = MARGIN + 2.0;
            for (index, (cell, width)) in cells.iter().zip(widths).enumerate() {
                let text = fit(cell, 8.0, width - 4.0);
                let left = if index == 0 {
                    x
                } else {
                    x + width - 4.0 - text_width(&text, 8.0)
                };
                page.text(left, y + 10.0, 8.0, &text, INK);
                x += width;
            }
            page.y += if header { 16.0 } else { 12.0 };
        };
        let rows = data.department_rows();
        // The header stays with its first rows.
        page.need(16.0 + 12.0 * rows.len().min(4) as f32);
        row(&mut page, &data.department_headers(), true);
        for cells in rows {
            row(&mut page, &cells, false);
        }
        if let Some(more) = data.more_departments() {
            page.paragraph(&more, 9.0, MUTED);
        }
        page.y += 4.0;
    }
    page.subheading(tr.t("report-red-amber-list"));
    if data.attention.is_empty() {
        page.paragraph(tr.t("report-attention-none"), 10.0, INK);
    }
    for (row, status) in data.attention.iter().take(LISTED) {
        let color = if *status == Health::Red {
            palette::health(Health::Red, false).0
        } else {
            palette::health(Health::Amber, false).0
        };
        page.need(14.0);
        let y = page.y + 10.0;
        let label = tr.name("health", status.id());
        page.text(MARGIN, y, 9.0, &label, color);
        page.text(
            MARGIN + 62.0,
            y,
            9.0,
            &fit(&data.portfolio.initiatives[*row].name, 9.0, 170.0),
            INK,
        );
        let reason = crate::figures::health_reason(&data.portfolio.initiatives[*row]);
        let lines = wrap(reason, 9.0, CONTENT_WIDTH - 240.0);
        for (index, line) in lines.iter().enumerate() {
            if index > 0 {
                page.need(12.0);
            }
            let y = page.y + 10.0;
            page.text(MARGIN + 240.0, y, 9.0, line, MUTED);
            page.y += 12.0;
        }
        if lines.is_empty() {
            page.y += 12.0;
        }
    }
    if let Some(more) = data.more(data.attention.len()) {
        page.paragraph(&more, 9.0, MUTED);
    }
    page.subheading(&tr.f(
        "report-stuck-title",
        &[("months", data.summary.stuck_threshold_months.into())],
    ));
    if data.stuck.is_empty() {
        page.paragraph(tr.t("report-stuck-none"), 10.0, INK);
    }
    for row in data.stuck.iter().take(LISTED) {
        page.paragraph(&format!("• {}", data.stuck_line(*row)), 9.0, INK);
    }
    if let Some(more) = data.more(data.stuck.len()) {
        page.paragraph(&more, 9.0, MUTED);
    }

    // The appendix: a line per initiative, on pages of its own; or where to find them.
    if !data.register {
        page.y += 6.0;
        page.paragraph(&data.register_note(), 9.0, MUTED);
    } else {
        page.need(PAGE_HEIGHT);
        page.heading(tr.t("report-all-initiatives"));
        let widths = [150.0, 78.0, 70.0, 62.0, 62.0, 50.0, 39.0];
        let headers = data.line_headers();
        let draw_header = |page: &mut Layout| {
            let y = page.y;
            page.rect(MARGIN, y, CONTENT_WIDTH, 14.0, PANEL);
            let mut x = MARGIN + 2.0;
            for (header, width) in headers.iter().zip(widths) {
                page.text(x, y + 10.0, 7.5, &fit(header, 7.5, width - 4.0), INK);
                x += width;
            }
            page.y += 16.0;
        };
        page.need(30.0);
        draw_header(&mut page);
        progress.set_total(data.order.len().max(1));
        for (count, &row) in data.order.iter().enumerate() {
            if count.is_multiple_of(1024) {
                progress.check()?;
            }
            if page.y + 12.0 > PAGE_HEIGHT - MARGIN {
                page.need(PAGE_HEIGHT);
                draw_header(&mut page);
            }
            let cells = data.line(row);
            let y = page.y + 8.0;
            let mut x = MARGIN + 2.0;
            for (index, (cell, width)) in cells.iter().zip(widths).enumerate() {
                let text = fit(cell, 7.5, width - 4.0);
                let left = if index == 6 {
                    x + width - 4.0 - text_width(&text, 7.5)
                } else {
                    x
                };
                page.text(left, y, 7.5, &text, INK);
                x += width;
            }
            page.y += 11.0;
            progress.advance(1);
        }
    }
    page.paragraph("", 9.0, INK);
    page.y += 8.0;
    page.paragraph(
        &tr.f(
            "report-footer",
            &[(
                "date",
                crate::i18n::arg(crate::format::date(data.today, language)),
            )],
        ),
        8.0,
        MUTED,
    );
    Ok(page)
}
