//! The palette (`crate::palette`) as egui colours.

use eframe::egui::Color32;

use crate::domain::{Health, Phase};
use crate::palette::{self, Rgb};

pub(crate) const fn color(Rgb([r, g, b]): Rgb) -> Color32 {
    Color32::from_rgb(r, g, b)
}

pub(crate) const OPERATION: Color32 = color(palette::OPERATION);
pub(crate) const INNOVATION: Color32 = color(palette::INNOVATION);
pub(crate) const OPERATION_SPENT: Color32 = color(palette::OPERATION_SPENT);
pub(crate) const INNOVATION_SPENT: Color32 = color(palette::INNOVATION_SPENT);
pub(crate) const ADDED: Color32 = color(palette::ADDED);
pub(crate) const DEMO_BADGE: Color32 = color(palette::DEMO_BADGE);

/// A health status in the theme's readable variant.
pub(crate) fn health_color(health: Health, dark_mode: bool) -> Color32 {
    color(palette::health(health, dark_mode))
}

pub(crate) fn phase_color(phase: Phase) -> Color32 {
    color(palette::phase(phase))
}
