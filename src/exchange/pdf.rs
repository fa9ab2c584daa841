//! The status report as PDF (A4), made with krilla: the same content as the HTML report
//! (`report::ReportData`), laid out on pages. The text is real text in an embedded font
//! (egui's Ubuntu Light, which covers Dutch), so it can be searched, copied and read
//! aloud.

use crate::i18n::Message;
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::{Font, TextDirection};

use super::report::ReportData;
use super::{ExchangeError, Progress, Result};
use crate::domain::*;
use crate::format::{money_whole, percent_bp};
use crate::palette;

const PAGE_WIDTH: f32 = 595.0;
const PAGE_HEIGHT: f32 = 842.0;
const MARGIN: f32 = 42.0;
const CONTENT_WIDTH: f32 = PAGE_WIDTH - 2.0 * MARGIN;

const INK: [u8; 3] = palette::INK.0;
const MUTED: [u8; 3] = palette::MUTED.0;
const RULE: [u8; 3] = palette::RULE.0;
const PANEL: [u8; 3] = palette::PANEL.0;

/// One drawing operation, in page coordinates (points, y down).
enum Op {
    Text {
        x: f32,
        y: f32,
        size: f32,
        text: String,
        color: [u8; 3],
    },
    Rect {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
        color: [u8; 3],
    },
    Circle {
        x: f32,
        y: f32,
        radius: f32,
        color: [u8; 3],
    },
}

/// Pages of operations, with a cursor that flows down and starts a new page when full.
struct Layout {
    pages: Vec<Vec<Op>>,
    y: f32,
}

impl Layout {
    fn new() -> Self {
        Self {
            pages: vec![Vec::new()],
            y: MARGIN,
        }
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        if self.pages.is_empty() {
            self.pages.push(Vec::new());
        }
        let last = self.pages.len() - 1;
        &mut self.pages[last]
    }

    /// Make room for `height` points, starting a new page when they do not fit.
    fn need(&mut self, height: f32) {
        if self.y + height > PAGE_HEIGHT - MARGIN {
            self.pages.push(Vec::new());
            self.y = MARGIN;
        }
    }

    fn text(&mut self, x: f32, y: f32, size: f32, text: &str, color: [u8; 3]) {
        if text.is_empty() {
            return;
        }
        self.ops().push(Op::Text {
            x,
            y,
            size,
            text: text.to_string(),
            color,
        });
    }

    fn rect(&mut self, x: f32, y: f32, width: f32, height: f32, color: [u8; 3]) {
        if width <= 0.0 || height <= 0.0 {
            return;
        }
        self.ops().push(Op::Rect {
            x,
            y,
            width,
            height,
            color,
        });
    }

    fn circle(&mut self, x: f32, y: f32, radius: f32, color: [u8; 3]) {
        self.ops().push(Op::Circle {
            x,
            y,
            radius,
            color,
        });
    }

    /// A paragraph, wrapped to `width`.
    fn paragraph(&mut self, text: &str, size: f32, color: [u8; 3]) {
        for line in wrap(text, size, CONTENT_WIDTH) {
            self.need(size * 1.4);
            self.y += size * 1.15;
            let y = self.y;
            self.text(MARGIN, y, size, &line, color);
            self.y += size * 0.25;
        }
    }

    fn heading(&mut self, text: &str) {
        self.need(60.0);
        self.y += 16.0;
        let y = self.y;
        self.text(MARGIN, y, 13.0, text, INK);
        self.y += 5.0;
        let y = self.y;
        self.rect(MARGIN, y, CONTENT_WIDTH, 0.7, RULE);
        self.y += 6.0;
    }
}

/// An estimate of a text's width in Ubuntu Light (average advance ≈ 0.5 em), on the safe
/// side so that clipped cells never overlap the next column.
fn text_width(text: &str, size: f32) -> f32 {
    text.chars()
        .map(|character| match character {
            'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ' ' | '\'' | '|' | ':' | ';' => 0.3,
            'm' | 'w' | 'M' | 'W' | '€' => 0.85,
            character if character.is_uppercase() => 0.65,
            _ => 0.53,
        })
        .sum::<f32>()
        * size
}

/// Cut a text to `width`, with an ellipsis when cut.
fn fit(text: &str, size: f32, width: f32) -> String {
    if text_width(text, size) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    for character in text.chars() {
        out.push(character);
        if text_width(&out, size) + text_width("…", size) > width {
            out.pop();
            break;
        }
    }
    out.push('…');
    out
}

/// Break a text into lines of at most `width`.
fn wrap(text: &str, size: f32, width: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size) > width && !line.is_empty() {
            lines.push(std::mem::take(&mut line));
            line = fit(word, size, width);
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// Lay out the report.
fn layout(data: &ReportData<'_>, progress: &Progress) -> Result<Layout> {
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
    let blocked: Vec<usize> = data
        .order
        .iter()
        .copied()
        .filter(|&row| data.figures[row].assessment.verdict == Verdict::Blocked)
        .collect();
    if !blocked.is_empty() {
        page.paragraph(tr.t("report-blocked-why"), 9.5, MUTED);
        for row in blocked.iter().take(100) {
            let reasons: Vec<String> = data.figures[*row]
                .assessment
                .blocking
                .iter()
                .map(|criterion| tr.name("criterion", criterion.id()))
                .collect();
            page.paragraph(
                &format!(
                    "• {}: {}",
                    data.portfolio.initiatives[*row].name,
                    reasons.join(", ")
                ),
                9.0,
                INK,
            );
        }
    }

    // Red and amber.
    page.heading(tr.t("report-attention"));
    if data.attention.is_empty() {
        page.paragraph(tr.t("report-attention-none"), 10.0, INK);
    }
    for (row, status, reason) in &data.attention {
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

    // A line per initiative.
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

fn fill(color: [u8; 3]) -> Fill {
    Fill {
        paint: rgb::Color::new(color[0], color[1], color[2]).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// Render the report to PDF bytes.
pub fn pdf(data: &ReportData<'_>, progress: &Progress) -> Result<Vec<u8>> {
    let layout = layout(data, progress)?;
    let font = Font::new(epaint_default_fonts::UBUNTU_LIGHT.into(), 0)
        .ok_or_else(|| ExchangeError::Other(Message::new("export-pdf-font")))?;
    let mut document = Document::new();
    document.set_metadata(
        Metadata::new()
            .title(data.title())
            .language(data.language().code().to_string())
            .creator(format!("Proeftuin {}", env!("CARGO_PKG_VERSION"))),
    );
    let settings = PageSettings::from_wh(PAGE_WIDTH, PAGE_HEIGHT)
        .ok_or_else(|| ExchangeError::Other(Message::new("export-pdf-page")))?;
    let page_count = layout.pages.len();
    for (number, ops) in layout.pages.into_iter().enumerate() {
        progress.check()?;
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        for op in ops {
            match op {
                Op::Text {
                    x,
                    y,
                    size,
                    text,
                    color,
                } => {
                    surface.set_fill(Some(fill(color)));
                    surface.draw_text(
                        Point::from_xy(x, y),
                        font.clone(),
                        size,
                        &text,
                        false,
                        TextDirection::Auto,
                    );
                }
                Op::Rect {
                    x,
                    y,
                    width,
                    height,
                    color,
                } => {
                    let Some(rect) = Rect::from_xywh(x, y, width, height) else {
                        continue;
                    };
                    let mut builder = PathBuilder::new();
                    builder.push_rect(rect);
                    if let Some(path) = builder.finish() {
                        surface.set_fill(Some(fill(color)));
                        surface.draw_path(&path);
                    }
                }
                Op::Circle {
                    x,
                    y,
                    radius,
                    color,
                } => {
                    // Four cubic Béziers make a circle.
                    let k = 0.552_284_8 * radius;
                    let mut builder = PathBuilder::new();
                    builder.move_to(x + radius, y);
                    builder.cubic_to(x + radius, y + k, x + k, y + radius, x, y + radius);
                    builder.cubic_to(x - k, y + radius, x - radius, y + k, x - radius, y);
                    builder.cubic_to(x - radius, y - k, x - k, y - radius, x, y - radius);
                    builder.cubic_to(x + k, y - radius, x + radius, y - k, x + radius, y);
                    builder.close();
                    if let Some(path) = builder.finish() {
                        surface.set_fill(Some(fill(color)));
                        surface.draw_path(&path);
                    }
                }
            }
        }
        // Page number.
        surface.set_fill(Some(fill(MUTED)));
        surface.draw_text(
            Point::from_xy(PAGE_WIDTH - MARGIN - 40.0, PAGE_HEIGHT - 20.0),
            font.clone(),
            7.5,
            &format!("{} / {page_count}", number + 1),
            false,
            TextDirection::Auto,
        );
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|error| {
        ExchangeError::Other(Message::new("export-pdf-failed").with("detail", format!("{error:?}")))
    })
}
