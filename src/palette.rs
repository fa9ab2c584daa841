//! The one colour palette: the GUI (through `ui::palette`), the HTML report and the PDF
//! all take their colours from here, so a chart reads the same on screen and on paper.
//! No egui here: colours are plain sRGB triples.

use crate::domain::{Health, Phase};

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub [u8; 3]);

impl Rgb {
    /// `#rrggbb`, for HTML and SVG.
    pub fn hex(self) -> String {
        let [r, g, b] = self.0;
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// Operation: a muted blue; innovation: orange. Both readable on light and dark.
pub const OPERATION: Rgb = Rgb([0x54, 0x76, 0xA6]);
pub const INNOVATION: Rgb = Rgb([0xE2, 0x84, 0x24]);
/// Spent amounts: the same hues, darker.
pub const OPERATION_SPENT: Rgb = Rgb([0x2C, 0x46, 0x6E]);
pub const INNOVATION_SPENT: Rgb = Rgb([0x96, 0x50, 0x0A]);
/// What scaling adds to the operation budget.
pub const ADDED: Rgb = Rgb([0xC4, 0x40, 0x60]);
/// The DEMO badge's background (white text on it: 5.6:1).
pub const DEMO_BADGE: Rgb = Rgb([0xB3, 0x4A, 0x00]);

/// Printed pages: body text, secondary text, rules and panels.
pub const INK: Rgb = Rgb([0x1A, 0x1A, 0x1A]);
pub const MUTED: Rgb = Rgb([0x55, 0x55, 0x55]);
pub const RULE: Rgb = Rgb([0xD0, 0xD6, 0xDC]);
pub const PANEL: Rgb = Rgb([0xF4, 0xF6, 0xF8]);

/// A health status as text or mark; every pair meets WCAG AA (≥ 4.5:1) on its theme's
/// background (white for light and paper, egui's dark panel for dark).
pub fn health(health: Health, dark_mode: bool) -> Rgb {
    match (health, dark_mode) {
        (Health::Green, false) => Rgb([0x2E, 0x7D, 0x32]),
        (Health::Green, true) => Rgb([0x66, 0xBB, 0x6A]),
        (Health::Amber, false) => Rgb([0x8A, 0x53, 0x00]),
        (Health::Amber, true) => Rgb([0xE0, 0x9A, 0x1A]),
        (Health::Red, false) => Rgb([0xC6, 0x28, 0x28]),
        (Health::Red, true) => Rgb([0xEF, 0x53, 0x50]),
    }
}

/// One colour per phase, distinguishable in light and dark themes and in print.
pub fn phase(phase: Phase) -> Rgb {
    Rgb(match phase {
        Phase::Idea => [0x9E, 0x9E, 0x9E],
        Phase::Preparation => [0x64, 0xB5, 0xF6],
        Phase::Pilot => [0x1E, 0x88, 0xE5],
        Phase::Evaluation => [0x8E, 0x24, 0xAA],
        Phase::Scaling => [0x43, 0xA0, 0x47],
        Phase::Anchored => [0x1B, 0x5E, 0x20],
        Phase::Stopped => [0x6D, 0x4C, 0x41],
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// WCAG relative luminance and contrast ratio.
    fn luminance(Rgb(rgb): Rgb) -> f64 {
        let channel = |value: u8| {
            let c = f64::from(value) / 255.0;
            if c <= 0.039_28 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(rgb[0]) + 0.7152 * channel(rgb[1]) + 0.0722 * channel(rgb[2])
    }

    fn contrast(a: Rgb, b: Rgb) -> f64 {
        let (la, lb) = (luminance(a), luminance(b));
        (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
    }

    #[test]
    fn hex_is_lower_case_rrggbb() {
        assert_eq!(OPERATION.hex(), "#5476a6");
        assert_eq!(health(Health::Amber, false).hex(), "#8a5300");
    }

    #[test]
    fn health_text_meets_wcag_aa_on_both_themes() {
        let white = Rgb([0xFF, 0xFF, 0xFF]);
        // egui's dark panel fill.
        let dark = Rgb([0x1B, 0x1B, 0x1B]);
        for status in [Health::Green, Health::Amber, Health::Red] {
            let on_light = contrast(health(status, false), white);
            let on_dark = contrast(health(status, true), dark);
            assert!(on_light >= 4.5, "{status:?} on light: {on_light:.2}");
            assert!(on_dark >= 4.5, "{status:?} on dark: {on_dark:.2}");
        }
        assert!(contrast(white, DEMO_BADGE) >= 4.5);
        assert!(contrast(INK, white) >= 4.5 && contrast(MUTED, white) >= 4.5);
    }
}
