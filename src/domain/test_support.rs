//! Small builders shared by the unit tests.

use chrono::NaiveDate;

use super::{BudgetCategory, BudgetLine, GateDecision, Phase, PhaseChange};

pub(crate) fn day(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

/// A planned budget line without an actual amount.
pub(crate) fn line(year: i32, category: BudgetCategory, cents: i64) -> BudgetLine {
    BudgetLine {
        year,
        category,
        planned_cents: cents,
        actual_cents: None,
        description: String::new(),
    }
}

/// A "go" decision into `to` on `on`.
pub(crate) fn change(on: NaiveDate, to: Phase) -> PhaseChange {
    PhaseChange {
        decided_on: on,
        from_phase: None,
        to_phase: to,
        decision: GateDecision::Go,
        conditions: String::new(),
        decider: "MT".into(),
        rationale: "r".into(),
    }
}
