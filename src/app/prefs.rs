//! What the app remembers per user between sessions (eframe storage, never the
//! portfolio file): language, theme, the table's filters and sort.

use serde::{Deserialize, Serialize};

use crate::domain::*;
use crate::i18n::Language;

/// Where eframe keeps the preferences.
pub const PREFS_KEY: &str = "proeftuin-preferences";

/// UI preferences, remembered between sessions (eframe storage, never the portfolio file).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// `None`: follow the system locale.
    pub language: Option<Language>,
    pub dark_mode: Option<bool>,
    pub filters: Filters,
    pub sort: Sort,
    /// The portfolios opened last, newest first: file paths and server addresses (an
    /// address never holds a password: it is taken out before it gets here).
    pub recent: Vec<String>,
    /// What the quadrant map's marks stand by, across and up, inside each quadrant.
    pub map_across: MapAcross,
    pub map_up: MapUp,
}

/// The quadrant map's horizontal measure inside each quadrant.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapAcross {
    /// From idea (left) to anchored and stopped (right).
    #[default]
    Phase,
    /// Months in the current phase, fewest left.
    MonthsInPhase,
    /// Year of the start date, earliest left.
    StartYear,
}

impl MapAcross {
    pub const ALL: [MapAcross; 3] = [
        MapAcross::Phase,
        MapAcross::MonthsInPhase,
        MapAcross::StartYear,
    ];

    pub fn id(self) -> &'static str {
        match self {
            MapAcross::Phase => "phase",
            MapAcross::MonthsInPhase => "months",
            MapAcross::StartYear => "start",
        }
    }
}

/// The quadrant map's vertical measure inside each quadrant.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum MapUp {
    /// The readiness model's score, 0–100 %.
    #[default]
    ReadinessScore,
    /// Scaling Readiness: readiness level 0–9.
    ReadinessLevel,
    /// Scaling Readiness: use level 0–9.
    UseLevel,
    /// The planned innovation budget, none at the bottom.
    InnovationBudget,
}

impl MapUp {
    pub const ALL: [MapUp; 4] = [
        MapUp::ReadinessScore,
        MapUp::ReadinessLevel,
        MapUp::UseLevel,
        MapUp::InnovationBudget,
    ];

    pub fn id(self) -> &'static str {
        match self {
            MapUp::ReadinessScore => "readiness",
            MapUp::ReadinessLevel => "readiness-level",
            MapUp::UseLevel => "use-level",
            MapUp::InnovationBudget => "budget",
        }
    }
}

/// How many recent portfolios File → Recent lists.
pub const RECENT_KEPT: usize = 8;

impl Preferences {
    /// Put `location` first in the recent list.
    pub fn remember(&mut self, location: &crate::store::Location) {
        let text = location.as_text();
        self.recent.retain(|known| *known != text);
        self.recent.insert(0, text);
        self.recent.truncate(RECENT_KEPT);
    }
}

/// Which initiatives the table shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub search: String,
    pub quadrant: Option<Quadrant>,
    pub phase: Option<Phase>,
    pub kind: Option<Kind>,
    pub department: Option<String>,
    pub theme: Option<String>,
    pub health: Option<HealthFilter>,
    /// Only initiatives with this readiness verdict (set from the overview).
    pub verdict: Option<Verdict>,
    /// Only initiatives stuck in pilot or evaluation (set from the overview).
    pub stuck: bool,
    /// Only this cell of the Scaling Readiness matrix (readiness level, use level).
    pub matrix_cell: Option<(u8, u8)>,
    /// Only initiatives with this value of a balance (set from the balance view).
    pub facet: Option<Facet>,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        *self != Filters::default()
    }
}

/// Health filter: a status, or "no report yet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HealthFilter {
    Status(Health),
    NoReport,
}

/// Table columns, also the sort keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Column {
    #[default]
    Name,
    Kind,
    Department,
    Quadrant,
    Phase,
    MonthsInPhase,
    Readiness,
    Health,
    Budget,
}

impl Column {
    pub const ALL: [Column; 9] = [
        Column::Name,
        Column::Kind,
        Column::Department,
        Column::Quadrant,
        Column::Phase,
        Column::MonthsInPhase,
        Column::Readiness,
        Column::Health,
        Column::Budget,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Column::Name => "column-name",
            Column::Kind => "column-kind",
            Column::Department => "column-department",
            Column::Quadrant => "column-quadrant",
            Column::Phase => "column-phase",
            Column::MonthsInPhase => "column-months",
            Column::Readiness => "column-readiness",
            Column::Health => "column-health",
            Column::Budget => "column-budget",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Sort {
    pub column: Column,
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Self {
            column: Column::Name,
            ascending: true,
        }
    }
}
