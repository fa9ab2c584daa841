//! The editor's working copy of an initiative (with the typed text of dates and
//! amounts), the gate-decision dialog and the new/open portfolio dialog: the drafts the
//! views type into before a command takes them.

use crate::domain::*;
use crate::i18n::{I18n, Language};

/// The editor's working copy of an initiative, with the typed text of dates and amounts.
#[derive(Debug, Clone)]
pub struct Editor {
    pub draft: Initiative,
    /// As last stored; `None` for a new initiative.
    pub original: Option<Initiative>,
    pub start_text: String,
    pub end_text: String,
    pub themes_text: String,
    pub budget_texts: Vec<(String, String, String)>,
    pub health_dates: Vec<String>,
    pub errors: Vec<(EditorField, String)>,
    pub saving: bool,
}

/// Fields that can carry a message in the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorField {
    Domain(Field),
    StartDate,
    BudgetYear(usize),
    BudgetPlanned(usize),
    BudgetActual(usize),
    HealthDate(usize),
}

impl Editor {
    pub fn new(initiative: Initiative, original: Option<Initiative>, language: Language) -> Self {
        let budget_texts = initiative
            .budget_lines
            .iter()
            .map(|line| {
                (
                    line.year.to_string(),
                    crate::format::money(line.planned_cents, language),
                    line.actual_cents
                        .map(|cents| crate::format::money(cents, language))
                        .unwrap_or_default(),
                )
            })
            .collect();
        let health_dates = initiative
            .health_reports
            .iter()
            .map(|report| crate::format::date(report.reported_on, language))
            .collect();
        Self {
            start_text: crate::format::date_opt(initiative.start_date, language),
            end_text: crate::format::date_opt(initiative.end_date, language),
            themes_text: initiative.themes.join(", "),
            budget_texts,
            health_dates,
            draft: initiative,
            original,
            errors: Vec::new(),
            saving: false,
        }
    }

    /// Whether the draft differs from what is stored.
    pub fn is_dirty(&self, language: Language) -> bool {
        match &self.original {
            None => true,
            Some(original) => {
                let fresh = Editor::new(original.clone(), None, language);
                fresh.draft != self.draft
                    || fresh.start_text != self.start_text
                    || fresh.end_text != self.end_text
                    || fresh.themes_text != self.themes_text
                    || fresh.budget_texts != self.budget_texts
                    || fresh.health_dates != self.health_dates
            }
        }
    }

    /// Parse the typed text into the draft and validate; the draft is ready when empty.
    pub fn parse_and_validate(&mut self, tr: &I18n) -> Vec<(EditorField, String)> {
        let mut errors = Vec::new();
        match crate::format::parse_date_opt(&self.start_text) {
            Ok(date) => self.draft.start_date = date,
            Err(_) => errors.push((EditorField::StartDate, tr.t("problem-date").to_string())),
        }
        match crate::format::parse_date_opt(&self.end_text) {
            Ok(date) => self.draft.end_date = date,
            Err(_) => errors.push((
                EditorField::Domain(Field::EndDate),
                tr.t("problem-date").to_string(),
            )),
        }
        self.draft.themes = self
            .themes_text
            .split([',', '|', ';'])
            .map(str::trim)
            .filter(|theme| !theme.is_empty())
            .map(Into::into)
            .collect();
        for (index, (year, planned, actual)) in self.budget_texts.iter().enumerate() {
            let Some(line) = self.draft.budget_lines.get_mut(index) else {
                continue;
            };
            match year.trim().parse::<i32>() {
                Ok(value) => line.year = value,
                Err(_) => errors.push((
                    EditorField::BudgetYear(index),
                    tr.t("problem-year-range").to_string(),
                )),
            }
            match crate::format::parse_money(planned) {
                Ok(cents) => line.planned_cents = cents,
                Err(_) => errors.push((
                    EditorField::BudgetPlanned(index),
                    tr.t("problem-amount").to_string(),
                )),
            }
            if actual.trim().is_empty() {
                line.actual_cents = None;
            } else {
                match crate::format::parse_money(actual) {
                    Ok(cents) => line.actual_cents = Some(cents),
                    Err(_) => errors.push((
                        EditorField::BudgetActual(index),
                        tr.t("problem-amount").to_string(),
                    )),
                }
            }
        }
        for (index, text) in self.health_dates.iter().enumerate() {
            let Some(report) = self.draft.health_reports.get_mut(index) else {
                continue;
            };
            match crate::format::parse_date(text) {
                Ok(date) => report.reported_on = date,
                Err(_) => errors.push((
                    EditorField::HealthDate(index),
                    tr.t("problem-date").to_string(),
                )),
            }
        }
        for (field, problem) in validate(&self.draft) {
            errors.push((EditorField::Domain(field), tr.t(problem.key()).to_string()));
        }
        errors
    }
}

/// The gate-decision dialog for a phase change.
#[derive(Debug, Clone)]
pub struct GateDialog {
    pub initiative_id: InitiativeId,
    pub row_version: i64,
    pub name: String,
    pub from: Phase,
    pub to: Phase,
    pub decision: GateDecision,
    pub conditions: String,
    pub decider: String,
    pub rationale: String,
    pub date_text: String,
    pub errors: Vec<String>,
}

/// File, Open shared portfolio… and File, Copy portfolio to…: a server address (or for
/// a copy, a file path), a password for this session only, and the connection test.
#[derive(Debug, Clone, Default)]
pub struct SharedDialog {
    /// Copying the open portfolio to the target, instead of opening it.
    pub copying: bool,
    /// postgres://user@host/database (for a copy also a file path).
    pub address: String,
    /// Typed in for this session, never kept; empty: PGPASSWORD, ~/.pgpass or a
    /// PGSERVICE entry gives it.
    pub password: String,
    /// A copy replaces what the target holds.
    pub replace: bool,
    /// A test or a copy is under way.
    pub working: bool,
    /// What the connection test found: a sentence, and whether it went well.
    pub tested: Option<(String, bool)>,
}

/// A dialog asking for a file path (typed or pasted: no OS dialog needed).
#[derive(Debug, Clone, Default)]
pub struct FileDialog {
    pub creating: bool,
    pub path: String,
    pub municipality: String,
    /// Creating because File, Open named a file that does not exist (the dialog says so).
    pub missing: bool,
}
