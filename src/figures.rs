//! Figures: every number a user sees is computed here, once, so the GUI, the CLI and the
//! reports cannot disagree. Pure functions of the portfolio, its settings and "today".

use chrono::NaiveDate;

use crate::domain::*;

/// What the table and the detail view show about one initiative beyond its own fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InitiativeFigures {
    pub assessment: Assessment,
    pub months_in_phase: Option<u32>,
    pub stuck: bool,
    pub health: Option<Health>,
    pub innovation_planned_cents: i64,
    pub operation_planned_cents: i64,
}

/// The figures of one initiative.
pub fn initiative_figures(
    initiative: &Initiative,
    settings: &PortfolioSettings,
    today: NaiveDate,
) -> InitiativeFigures {
    InitiativeFigures {
        assessment: assess(&initiative.readiness, &settings.readiness),
        months_in_phase: months_in_phase(initiative, today),
        stuck: is_stuck(initiative, today, settings.stuck_threshold_months),
        health: initiative.latest_health().map(|report| report.status),
        innovation_planned_cents: initiative.planned_cents(BudgetCategory::Innovation),
        operation_planned_cents: initiative.planned_cents(BudgetCategory::Operation),
    }
}

/// The figures of every initiative, in portfolio order.
pub fn all_initiative_figures(portfolio: &Portfolio, today: NaiveDate) -> Vec<InitiativeFigures> {
    portfolio
        .initiatives
        .iter()
        .map(|initiative| initiative_figures(initiative, &portfolio.settings, today))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_of_an_initiative() {
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let mut initiative = Initiative::new("Chatbot");
        initiative.phase = Phase::Pilot;
        initiative.start_date = NaiveDate::from_ymd_opt(2025, 1, 1);
        initiative.budget_lines.push(BudgetLine {
            year: 2025,
            category: BudgetCategory::Innovation,
            planned_cents: 8_500_000,
            actual_cents: None,
            description: String::new(),
        });
        let figures = initiative_figures(&initiative, &PortfolioSettings::default(), today);
        assert_eq!(figures.months_in_phase, Some(22));
        assert!(figures.stuck);
        assert_eq!(figures.assessment.verdict, Verdict::NotAssessed);
        assert_eq!(figures.innovation_planned_cents, 8_500_000);
        assert_eq!(figures.operation_planned_cents, 0);
        assert_eq!(figures.health, None);
        let strict = PortfolioSettings {
            stuck_threshold_months: 24,
            ..PortfolioSettings::default()
        };
        assert!(!initiative_figures(&initiative, &strict, today).stuck);
    }
}
