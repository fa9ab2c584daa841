//! The domain of a municipality's innovation portfolio (see docs/domain.md): plain types and
//! the pure rules on them. No egui, no SQL, no files; "today" is always passed in.

#[macro_use]
mod enums;
mod activities;
mod facet;
mod fields;
mod import_batch;
mod peer;
mod readiness;
mod rules;
#[cfg(test)]
pub(crate) mod test_support;

pub use activities::{
    Activity, Answer, AnswerStatus, Assignment, SelfAssessment, assessment_changes,
    assessments_from_rows, evidence_text, parse_evidence,
};
pub use enums::*;
pub use facet::{Dimension, Facet, playing_field};
pub use fields::{
    Difference, FieldChange, Fielded, InitiativeField, SettingsField, Take, changes, differences,
    merge,
};
pub use import_batch::ImportBatch;
pub use peer::{PeerCase, sort_peer_cases, split_peer_themes};
pub use readiness::*;
pub use rules::*;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use thin_vec::ThinVec;

/// The largest amount of one budget line: € 10 billion, in cents. No municipal line comes
/// near it, and with it the sums of a portfolio stay far inside `i64` (they also saturate).
pub const MAX_AMOUNT_CENTS: i64 = 1_000_000_000_000;

/// Database id of an initiative (0 = not stored yet).
pub type InitiativeId = i64;

/// One row of the portfolio: a pilot, living lab or experiment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Initiative {
    pub id: InitiativeId,
    /// Bumped by the store on every update; an update must name the version it read.
    pub row_version: i64,
    pub name: String,
    pub description: String,
    pub kind: Kind,
    pub department: Option<std::sync::Arc<str>>,
    pub owner: String,
    pub contact: String,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    pub quadrant: Quadrant,
    pub phase: Phase,
    /// The day the current phase began (the last phase change, else the start date).
    pub phase_since: Option<NaiveDate>,
    pub readiness: ReadinessRatings,
    pub readiness_level: Option<u8>,
    pub use_level: Option<u8>,
    pub characteristics: Characteristics,
    pub themes: ThinVec<std::sync::Arc<str>>,
    pub partners: ThinVec<Partner>,
    pub risks: ThinVec<Risk>,
    pub budget_lines: Vec<BudgetLine>,
    pub phase_history: Vec<PhaseChange>,
    pub health_reports: ThinVec<HealthReport>,
    pub stop_reason: String,
    pub lessons_learned: String,
    pub notes: String,
    /// The address of its entry in the Dutch Algoritmeregister (algoritmes.overheid.nl),
    /// when it uses an algorithm registered there; empty when none.
    #[serde(default)]
    pub algorithm_register_url: String,
}

impl Initiative {
    /// Whether `theme` is one of the initiative's themes.
    pub fn has_theme(&self, theme: &str) -> bool {
        self.themes.iter().any(|own| **own == *theme)
    }

    /// A new, empty initiative: an idea in the digital-government quadrant.
    pub fn new(name: impl Into<String>) -> Self {
        Self {
            id: 0,
            row_version: 0,
            name: name.into(),
            description: String::new(),
            kind: Kind::Pilot,
            department: None,
            owner: String::new(),
            contact: String::new(),
            start_date: None,
            end_date: None,
            quadrant: Quadrant::DigitalGovernment,
            phase: Phase::Idea,
            phase_since: None,
            readiness: ReadinessRatings::default(),
            readiness_level: None,
            use_level: None,
            characteristics: Characteristics::default(),
            themes: thin_vec::ThinVec::new(),
            partners: thin_vec::ThinVec::new(),
            risks: thin_vec::ThinVec::new(),
            budget_lines: Vec::new(),
            phase_history: Vec::new(),
            health_reports: thin_vec::ThinVec::new(),
            stop_reason: String::new(),
            lessons_learned: String::new(),
            notes: String::new(),
            algorithm_register_url: String::new(),
        }
    }

    /// The most recent health report (by date, then by order of entry).
    pub fn latest_health(&self) -> Option<&HealthReport> {
        self.latest_health_index()
            .map(|index| &self.health_reports[index])
    }

    /// Where the latest health report stands in `health_reports`: the last of the
    /// latest date.
    pub fn latest_health_index(&self) -> Option<usize> {
        self.health_reports
            .iter()
            .enumerate()
            .max_by_key(|(index, report)| (report.reported_on, *index))
            .map(|(index, _)| index)
    }

    /// Sum of the planned amounts of one category, over all years.
    pub fn planned_cents(&self, category: BudgetCategory) -> i64 {
        self.budget_lines
            .iter()
            .filter(|line| line.category == category)
            .fold(0i64, |sum, line| sum.saturating_add(line.planned_cents))
    }
}

/// Section 2.2 of the source: how an initiative can be classified. `None` = not classified.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Characteristics {
    pub degree: Option<Degree>,
    pub innovation_type: Option<InnovationType>,
    pub technology_from: Option<InsideOutside>,
    pub target_group: Option<InsideOutside>,
    pub tech_level: Option<TechLevel>,
    pub management_model: Option<ManagementModel>,
    pub organised: Option<Organised>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Partner {
    pub name: String,
    pub helix_role: HelixRole,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Risk {
    pub category: RiskCategory,
    pub level: RiskLevel,
    pub description: String,
    pub mitigation: String,
}

/// A budget line: planned and actual amounts for one year and category, in cents.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BudgetLine {
    pub year: i32,
    pub category: BudgetCategory,
    pub planned_cents: i64,
    pub actual_cents: Option<i64>,
    pub description: String,
}

/// A gate decision that moved (or held) an initiative's phase.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PhaseChange {
    pub decided_on: NaiveDate,
    pub from_phase: Option<Phase>,
    pub to_phase: Phase,
    pub decision: GateDecision,
    pub conditions: String,
    pub decider: std::sync::Arc<str>,
    pub rationale: String,
}

/// A health status for one reporting period.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct HealthReport {
    pub period: String,
    pub reported_on: NaiveDate,
    pub status: Health,
    pub reason: String,
}

/// A department of the municipality and its starting position (figure 2.7).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Department {
    pub name: String,
    pub starting_position: Option<StartingPosition>,
}

/// A baseline budget line that belongs to the portfolio (a department), not to an initiative.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BaselineLine {
    pub department: String,
    pub line: BudgetLine,
}

/// Portfolio-wide settings and targets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PortfolioSettings {
    pub municipality: String,
    pub is_demo: bool,
    /// Target innovation share of the budget, in basis points (2500 = 25 %).
    pub target_innovation_share_bp: u32,
    pub stuck_threshold_months: u32,
    pub readiness: ReadinessSettings,
    /// Desired spread over the quadrants, basis points, in `Quadrant::ALL` order.
    pub quadrant_targets_bp: [u32; 4],
    /// How many rolling backups of the portfolio file are kept (the oldest go first).
    #[serde(default = "default_backups_kept")]
    pub backups_kept: u32,
    /// The director's target spread over the management models of table 2.3 (more,
    /// better, different), basis points in `ManagementModel::ALL` order, summing to
    /// 10,000; `None` until one is set.
    #[serde(default)]
    pub model_targets_bp: Option<[u32; 3]>,
}

impl PortfolioSettings {
    /// The quadrants' target spread in basis points; it must add up to 10,000.
    pub fn quadrant_targets_total(&self) -> u32 {
        self.quadrant_targets_bp.iter().sum()
    }

    /// The management models' target spread in basis points (`None`: no target set); a
    /// set target must add up to 10,000.
    pub fn model_targets_total(&self) -> Option<u32> {
        self.model_targets_bp.map(|targets| targets.iter().sum())
    }
}

/// How many backups are kept unless the portfolio says otherwise.
pub const DEFAULT_BACKUPS_KEPT: u32 = 14;

fn default_backups_kept() -> u32 {
    DEFAULT_BACKUPS_KEPT
}

impl Default for PortfolioSettings {
    fn default() -> Self {
        Self {
            municipality: String::new(),
            is_demo: false,
            target_innovation_share_bp: 2500,
            stuck_threshold_months: DEFAULT_STUCK_MONTHS,
            readiness: ReadinessSettings::default(),
            quadrant_targets_bp: [2500; 4],
            backups_kept: DEFAULT_BACKUPS_KEPT,
            model_targets_bp: None,
        }
    }
}

/// The whole portfolio as the app holds it in memory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Portfolio {
    pub settings: PortfolioSettings,
    pub departments: Vec<Department>,
    pub themes: Vec<String>,
    pub initiatives: Vec<Initiative>,
    pub baseline: Vec<BaselineLine>,
    /// The self-assessments of the five activities, oldest first (one per date).
    #[serde(default)]
    pub assessments: Vec<SelfAssessment>,
}

impl Portfolio {
    /// The portfolio without personal data (AVG/GDPR), for sharing outside the
    /// municipality: every initiative's owner and contact, and the deciders of its gate
    /// decisions, are left out. Everything else (names, figures, reasons) stays.
    pub fn without_personal_data(&self) -> Portfolio {
        let mut shared = self.clone();
        for initiative in &mut shared.initiatives {
            initiative.owner.clear();
            initiative.contact.clear();
            for change in &mut initiative.phase_history {
                change.decider = "".into();
            }
        }
        shared
    }

    /// The newest self-assessment, if any.
    pub fn latest_assessment(&self) -> Option<&SelfAssessment> {
        self.assessments.iter().max_by_key(|a| a.assessed_on)
    }

    /// The initiative with `id`. Initiatives are loaded in id order and new ones come
    /// last, so a binary search finds it at once; when the order was changed (or the id
    /// is gone) a scan makes sure. Ids are unique, so what the search finds is the one.
    pub fn initiative(&self, id: InitiativeId) -> Option<&Initiative> {
        match self
            .initiatives
            .binary_search_by_key(&id, |initiative| initiative.id)
        {
            Ok(index) => Some(&self.initiatives[index]),
            Err(_) => self
                .initiatives
                .iter()
                .find(|initiative| initiative.id == id),
        }
    }
}
