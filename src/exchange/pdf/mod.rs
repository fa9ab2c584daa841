//! The status report as PDF (A4), made with krilla: the same content as the HTML report
//! (`report::ReportData`), laid out on pages. The text is real text in an embedded font
//! (egui's Ubuntu Light, which covers Dutch), so it can be searched, copied and read
//! aloud.

mod layout;
mod shaping;

use crate::i18n::Message;
use krilla::Document;
use krilla::color::rgb;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::Metadata;
use krilla::num::NormalizedF32;
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::text::Font;

use super::report::ReportData;
use super::{ExchangeError, Progress, Result};
use crate::palette;
use layout::layout;

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

    /// A heading within a section.
    fn subheading(&mut self, text: &str) {
        self.need(40.0);
        self.y += 10.0;
        let y = self.y;
        self.text(MARGIN, y, 10.5, text, INK);
        self.y += 6.0;
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

/// An estimate of a character's advance in Ubuntu Light, in em (average ≈ 0.5 em), on the
/// safe side so that clipped cells never overlap the next column.
fn char_width(character: char) -> f32 {
    match character {
        'i' | 'l' | 'j' | 't' | 'f' | 'r' | '.' | ',' | ' ' | '\'' | '|' | ':' | ';' => 0.3,
        'm' | 'w' | 'M' | 'W' | '€' => 0.85,
        character if character.is_uppercase() => 0.65,
        _ => 0.53,
    }
}

/// An estimate of a text's width at `size` (see [`char_width`]).
fn text_width(text: &str, size: f32) -> f32 {
    text.chars().map(char_width).sum::<f32>() * size
}

/// Cut a text to `width`, with an ellipsis when cut (one pass over the text).
fn fit(text: &str, size: f32, width: f32) -> String {
    if text_width(text, size) <= width {
        return text.to_string();
    }
    let room = width - text_width("…", size);
    let mut used = 0.0;
    let mut out = String::new();
    for character in text.chars() {
        used += char_width(character) * size;
        if used > room {
            break;
        }
        out.push(character);
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
    let mut shaper = shaping::Shaper::new(epaint_default_fonts::UBUNTU_LIGHT, 0)
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
                    let glyphs = shaper.glyphs(&text);
                    surface.draw_glyphs(
                        Point::from_xy(x, y),
                        glyphs,
                        font.clone(),
                        &text,
                        size,
                        false,
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
        let number = format!("{} / {page_count}", number + 1);
        let glyphs = shaper.glyphs(&number);
        surface.draw_glyphs(
            Point::from_xy(PAGE_WIDTH - MARGIN - 40.0, PAGE_HEIGHT - 20.0),
            glyphs,
            font.clone(),
            &number,
            7.5,
            false,
        );
        surface.finish();
        page.finish();
    }
    document.finish().map_err(|error| {
        ExchangeError::Other(Message::new("export-pdf-failed").with("detail", format!("{error:?}")))
    })
}
