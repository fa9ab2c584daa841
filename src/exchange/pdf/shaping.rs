//! Text shaping for the PDF with the font read once and one shaping plan per kind of
//! text. krilla's `draw_text` reads the font's tables and builds a plan for every text it
//! draws: for the report's register appendix of 100,000 initiatives (a million texts)
//! that was most of the time. The glyphs are the ones `draw_text` gives (same font, same
//! plan, same positions); they are drawn with krilla's `draw_glyphs`. Short texts, which
//! recur (a phase, a kind, a date, an amount), are shaped once.

use krilla::text::{GlyphId, KrillaGlyph};
use rustybuzz::{Direction, Face, Language, Script, ShapePlan, UnicodeBuffer};

/// Texts up to this many bytes are kept once shaped.
const SHORT: usize = 40;

/// At most this many short texts are kept (then the list starts again).
const KEPT: usize = 8_192;

/// What a shaping plan is made for: a text's direction, script and language.
type PlanKey = (Direction, Option<Script>, Option<Language>);

pub(super) struct Shaper<'font> {
    face: Face<'font>,
    units_per_em: f32,
    /// The plans made so far, by the text's direction, script and language (a report
    /// needs one or two).
    plans: Vec<(PlanKey, ShapePlan)>,
    short: std::collections::HashMap<Box<str>, Vec<KrillaGlyph>>,
    last: Vec<KrillaGlyph>,
}

impl<'font> Shaper<'font> {
    /// A shaper for the font at `index` in `data`; `None` when it is not a font.
    pub(super) fn new(data: &'font [u8], index: u32) -> Option<Self> {
        let face = Face::from_slice(data, index)?;
        let units_per_em = face.units_per_em() as f32;
        Some(Self {
            face,
            units_per_em,
            plans: Vec::new(),
            short: std::collections::HashMap::new(),
            last: Vec::new(),
        })
    }

    /// The glyphs of `text` (see [`Shaper::shape`]), a short text's shaped only once.
    pub(super) fn glyphs(&mut self, text: &str) -> &[KrillaGlyph] {
        if text.len() > SHORT {
            self.last = self.shape(text);
            return &self.last;
        }
        if !self.short.contains_key(text) {
            if self.short.len() >= KEPT {
                self.short.clear();
            }
            let glyphs = self.shape(text);
            self.short.insert(text.into(), glyphs);
        }
        self.short.get(text).map_or(&[], Vec::as_slice)
    }

    /// The glyphs of `text`, as krilla's `draw_text` shapes it (`TextDirection::Auto`).
    fn shape(&mut self, text: &str) -> Vec<KrillaGlyph> {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.guess_segment_properties();
        let direction = buffer.direction();
        // A text of digits and signs only has no script of its own: the buffer keeps none.
        let script = Some(buffer.script()).filter(|script| *script != rustybuzz::script::UNKNOWN);
        let key: PlanKey = (direction, script, buffer.language());
        let at = match self.plans.iter().position(|(known, _)| *known == key) {
            Some(at) => at,
            None => {
                let plan = ShapePlan::new(&self.face, direction, script, key.2.as_ref(), &[]);
                self.plans.push((key, plan));
                self.plans.len() - 1
            }
        };
        let output = rustybuzz::shape_with_plan(&self.face, &self.plans[at].1, buffer);
        let positions = output.glyph_positions();
        let infos = output.glyph_infos();
        let forward = matches!(direction, Direction::LeftToRight | Direction::TopToBottom);
        let scale = |value: i32| value as f32 / self.units_per_em;
        (0..output.len())
            .map(|i| {
                let (position, info) = (positions[i], infos[i]);
                let start = info.cluster as usize;
                // The text a glyph stands for runs to the next cluster's start (as krilla
                // counts it).
                let last = if forward {
                    let mut next = i + 1;
                    while infos
                        .get(next)
                        .is_some_and(|other| other.cluster == info.cluster)
                    {
                        next += 1;
                    }
                    infos.get(next)
                } else {
                    let mut previous = i.checked_sub(1);
                    while let Some(index) = previous {
                        match infos.get(index) {
                            Some(other) if other.cluster == info.cluster => {
                                previous = index.checked_sub(1);
                            }
                            _ => break,
                        }
                    }
                    previous.and_then(|index| infos.get(index))
                };
                let end = last.map_or(text.len(), |other| other.cluster as usize);
                KrillaGlyph::new(
                    GlyphId::new(info.glyph_id),
                    scale(position.x_advance),
                    scale(position.x_offset),
                    scale(position.y_offset),
                    scale(position.y_advance),
                    start..end,
                    None,
                )
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use krilla::Document;
    use krilla::geom::Point;
    use krilla::page::PageSettings;
    use krilla::text::{Font, TextDirection};

    /// The same PDF, byte for byte, as krilla's own shaping gives, for Dutch and English
    /// text with accents, ligatures, digits only, signs only, an empty text, right-to-left
    /// Arabic and Hebrew (a plan of their own), and a mix.
    #[test]
    fn draws_what_krillas_own_shaping_draws() {
        let texts = [
            "Slimme lantaarnpalen in de binnenstad",
            "Coördinatie, één efficiënt afvalinzameling — fijne officiële ﬁ",
            "€ 85.000,00",
            "2026-11-30",
            "12 / 340",
            "",
            "(),.;:!?",
            "مرحبا بالعالم",
            "שלום עולם",
            "Proeftuin مرحبا 42",
            "Ĳsselmonde ĳs Œuvre ß ẞ",
        ];
        let data = epaint_default_fonts::UBUNTU_LIGHT;
        let pdf = |ours: bool| -> Vec<u8> {
            let font = Font::new(data.into(), 0).expect("font");
            let mut shaper = Shaper::new(data, 0).expect("shaper");
            let mut document = Document::new();
            let settings = PageSettings::from_wh(595.0, 842.0).expect("page");
            let mut page = document.start_page_with(settings);
            let mut surface = page.surface();
            // Each text twice: shaped, then (a short one) as kept.
            for (line, text) in texts.iter().chain(&texts).enumerate() {
                let at = Point::from_xy(40.0, 40.0 + 20.0 * line as f32);
                if ours {
                    let glyphs = shaper.glyphs(text);
                    surface.draw_glyphs(at, glyphs, font.clone(), text, 11.0, false);
                } else {
                    surface.draw_text(at, font.clone(), 11.0, text, false, TextDirection::Auto);
                }
            }
            surface.finish();
            page.finish();
            document.finish().expect("pdf")
        };
        let (krillas, ours) = (pdf(false), pdf(true));
        assert!(krillas.len() > 1000);
        assert!(krillas == ours, "the same document");
        let mut shaper = Shaper::new(data, 0).expect("shaper");
        for text in texts {
            shaper.glyphs(text);
        }
        assert!(
            shaper.plans.len() >= 3,
            "left-to-right and right-to-left plans"
        );
        assert_eq!(shaper.short.len(), texts.len() - 1, "the short texts kept");
    }
}
