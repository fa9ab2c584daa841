//! The peer library: other municipalities' cases (issue "Balance and learning", item 5),
//! read-only and kept apart from the portfolio. Never an initiative and never in the
//! portfolio's figures: the app only compares its own initiatives with them.

use serde::{Deserialize, Serialize};

use super::{Phase, Quadrant};

/// One case of another organisation, as its publication describes it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeerCase {
    /// What identifies the case across imports: `pstw:<PSTW ID>`, or
    /// `<organisation>#<its own id>` for a Proeftuin publication, or
    /// `<organisation>#<name>` otherwise (folded to lower case).
    pub key: String,
    /// The file it came from (its name).
    pub source: String,
    pub organisation: String,
    pub country: String,
    pub name: String,
    pub description: String,
    /// The status as the file writes it ("Pilot", "Implemented", …).
    pub status: String,
    /// The phase the status stands for (a Proeftuin publication gives it exactly).
    pub phase: Option<Phase>,
    /// Known only from a Proeftuin publication.
    pub quadrant: Option<Quadrant>,
    pub themes: Vec<String>,
    pub start_year: Option<i32>,
    pub end_year: Option<i32>,
    /// The technologies the case names (PSTW's primary and secondary technology).
    pub technology: String,
    pub stop_reason: String,
    pub lessons_learned: String,
    /// Whom to ask: a contact when published, else empty (the organisation remains).
    pub contact: String,
}

impl PeerCase {
    /// How many years it ran, when both its start and end (or this year) are known.
    pub fn years(&self, this_year: i32) -> Option<i32> {
        let start = self.start_year?;
        let end = self.end_year.unwrap_or(this_year);
        (end >= start).then_some(end - start + 1)
    }
}

/// The themes as a library keeps them (`|`-separated), back into a list.
pub fn split_peer_themes(text: &str) -> Vec<String> {
    text.split('|')
        .map(str::trim)
        .filter(|theme| !theme.is_empty())
        .map(str::to_string)
        .collect()
}

/// The library's order: by organisation, then name, then key (byte for byte).
pub fn sort_peer_cases(cases: &mut [PeerCase]) {
    cases.sort_by(|a, b| {
        (&a.organisation, &a.name, &a.key).cmp(&(&b.organisation, &b.name, &b.key))
    });
}
