//! Pure rules over initiatives: budget share, time in phase, pilotitis, validation.

use chrono::{Datelike, NaiveDate};

use super::{BudgetCategory, BudgetLine, Health, Initiative, Phase};

/// Default threshold for "stuck": 12 months in pilot or evaluation without scaling.
pub const DEFAULT_STUCK_MONTHS: u32 = 12;

/// Operation and innovation totals of one year, in cents.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct YearTotals {
    pub operation_cents: i64,
    pub innovation_cents: i64,
}

impl YearTotals {
    pub fn add(&mut self, category: BudgetCategory, cents: i64) {
        match category {
            BudgetCategory::Operation => {
                self.operation_cents = self.operation_cents.saturating_add(cents);
            }
            BudgetCategory::Innovation => {
                self.innovation_cents = self.innovation_cents.saturating_add(cents);
            }
        }
    }

    /// Innovation share = innovation / (operation + innovation), in basis points.
    /// `None` when both are zero: a share of nothing is not 0 %.
    pub fn innovation_share_bp(&self) -> Option<u32> {
        let total = i128::from(self.operation_cents) + i128::from(self.innovation_cents);
        if total <= 0 {
            return None;
        }
        // Round half up to the nearest basis point.
        let share = (i128::from(self.innovation_cents) * 10_000 * 2 + total) / (total * 2);
        u32::try_from(share).ok()
    }
}

/// Planned totals of one year over a set of budget lines.
pub fn planned_totals<'a>(
    lines: impl IntoIterator<Item = &'a BudgetLine>,
    year: i32,
) -> YearTotals {
    let mut totals = YearTotals::default();
    for line in lines.into_iter().filter(|line| line.year == year) {
        totals.add(line.category, line.planned_cents);
    }
    totals
}

/// Whole months from `since` to `today` (0 when `today` is earlier).
pub fn months_between(since: NaiveDate, today: NaiveDate) -> u32 {
    if today <= since {
        return 0;
    }
    let mut months =
        (today.year() - since.year()) * 12 + today.month() as i32 - since.month() as i32;
    if today.day() < since.day() {
        months -= 1;
    }
    u32::try_from(months.max(0)).unwrap_or(0)
}

/// The day the initiative's current phase began: its recorded `phase_since`, else the
/// latest phase change into the current phase, else its start date.
pub fn phase_start(initiative: &Initiative) -> Option<NaiveDate> {
    initiative.phase_since.or_else(|| {
        initiative
            .phase_history
            .iter()
            .filter(|change| change.to_phase == initiative.phase)
            .map(|change| change.decided_on)
            .max()
            .or(initiative.start_date)
    })
}

/// Whole months in the current phase, `None` when no date tells.
pub fn months_in_phase(initiative: &Initiative, today: NaiveDate) -> Option<u32> {
    phase_start(initiative).map(|since| months_between(since, today))
}

/// Pilotitis: in pilot or evaluation for `threshold_months` or longer without scaling.
pub fn is_stuck(initiative: &Initiative, today: NaiveDate, threshold_months: u32) -> bool {
    initiative.phase.counts_for_stuck()
        && months_in_phase(initiative, today).is_some_and(|months| months >= threshold_months)
}

/// Months spent in each phase, from the phase history (the current phase up to today).
pub fn months_per_phase(initiative: &Initiative, today: NaiveDate) -> Vec<(Phase, u32)> {
    let mut changes: Vec<_> = initiative.phase_history.iter().collect();
    changes.sort_by_key(|change| change.decided_on);
    let mut result: Vec<(Phase, u32)> = Vec::new();
    let mut add = |phase: Phase, months: u32| {
        if let Some(entry) = result.iter_mut().find(|(existing, _)| *existing == phase) {
            entry.1 += months;
        } else {
            result.push((phase, months));
        }
    };
    for pair in changes.windows(2) {
        add(
            pair[0].to_phase,
            months_between(pair[0].decided_on, pair[1].decided_on),
        );
    }
    if let Some(last) = changes.last() {
        // Stopped ends the clock; anchored is structural operation and goes on.
        let end = if last.to_phase == Phase::Stopped {
            last.decided_on
        } else {
            today
        };
        add(last.to_phase, months_between(last.decided_on, end));
    }
    result
}

/// What is wrong with a field of an initiative. The UI shows it next to the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    NameRequired,
    EndBeforeStart,
    LevelOutOfRange,
    NegativeAmount,
    AmountTooLarge,
    YearOutOfRange,
    ReasonRequired,
    PeriodRequired,
    PartnerNameRequired,
    /// Not a web address (`https://…`), or longer than 2,000 characters.
    LinkInvalid,
}

impl Problem {
    /// Translation key of the message.
    pub fn key(self) -> &'static str {
        match self {
            Problem::NameRequired => "problem-name-required",
            Problem::EndBeforeStart => "problem-end-before-start",
            Problem::LevelOutOfRange => "problem-level-range",
            Problem::NegativeAmount => "problem-negative-amount",
            Problem::AmountTooLarge => "problem-amount-too-large",
            Problem::YearOutOfRange => "problem-year-range",
            Problem::ReasonRequired => "problem-reason-required",
            Problem::PeriodRequired => "problem-period-required",
            Problem::PartnerNameRequired => "problem-partner-name-required",
            Problem::LinkInvalid => "problem-link-invalid",
        }
    }
}

/// Which field a problem belongs to (for budget lines etc. with the row index).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Name,
    EndDate,
    ReadinessLevel,
    UseLevel,
    BudgetLine(usize),
    HealthReport(usize),
    Partner(usize),
    AlgorithmRegisterUrl,
}

/// Validate an initiative before it is stored; empty when it may be saved.
pub fn validate(initiative: &Initiative) -> Vec<(Field, Problem)> {
    let mut problems = Vec::new();
    if initiative.name.trim().is_empty() {
        problems.push((Field::Name, Problem::NameRequired));
    }
    if let (Some(start), Some(end)) = (initiative.start_date, initiative.end_date)
        && end < start
    {
        problems.push((Field::EndDate, Problem::EndBeforeStart));
    }
    if initiative.readiness_level.is_some_and(|level| level > 9) {
        problems.push((Field::ReadinessLevel, Problem::LevelOutOfRange));
    }
    if initiative.use_level.is_some_and(|level| level > 9) {
        problems.push((Field::UseLevel, Problem::LevelOutOfRange));
    }
    for (index, line) in initiative.budget_lines.iter().enumerate() {
        if line.planned_cents < 0 || line.actual_cents.is_some_and(|cents| cents < 0) {
            problems.push((Field::BudgetLine(index), Problem::NegativeAmount));
        }
        if line.planned_cents > super::MAX_AMOUNT_CENTS
            || line
                .actual_cents
                .is_some_and(|cents| cents > super::MAX_AMOUNT_CENTS)
        {
            problems.push((Field::BudgetLine(index), Problem::AmountTooLarge));
        }
        if !(1900..=2200).contains(&line.year) {
            problems.push((Field::BudgetLine(index), Problem::YearOutOfRange));
        }
    }
    for (index, report) in initiative.health_reports.iter().enumerate() {
        if report.period.trim().is_empty() {
            problems.push((Field::HealthReport(index), Problem::PeriodRequired));
        }
        if report.status != Health::Green && report.reason.trim().is_empty() {
            problems.push((Field::HealthReport(index), Problem::ReasonRequired));
        }
    }
    for (index, partner) in initiative.partners.iter().enumerate() {
        if partner.name.trim().is_empty() {
            problems.push((Field::Partner(index), Problem::PartnerNameRequired));
        }
    }
    if !is_web_address_or_empty(&initiative.algorithm_register_url) {
        problems.push((Field::AlgorithmRegisterUrl, Problem::LinkInvalid));
    }
    problems
}

/// Empty, or a web address: `http://` or `https://`, a host, no spaces, at most 2,000
/// characters (what the schema keeps).
pub fn is_web_address_or_empty(text: &str) -> bool {
    if text.is_empty() {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.') && !host.starts_with('.')
    }) && !text.chars().any(char::is_whitespace)
        && text.chars().count() <= 2000
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::HealthReport;
    use crate::domain::test_support::{change, day as date, line};

    #[test]
    fn algorithm_register_links() {
        for good in [
            "",
            "https://algoritmes.overheid.nl/nl/algoritme/parkeerscan-gemeente-utrecht/12345",
            "http://example.nl",
            "HTTPS://ALGORITMES.OVERHEID.NL/x?y=1#z",
        ] {
            assert!(is_web_address_or_empty(good), "{good}");
        }
        for bad in [
            "algoritmes.overheid.nl/nl/algoritme/1",
            "https://",
            "https://localhost",
            "javascript:alert(1)",
            "https://algoritmes.overheid.nl/met spatie",
            "ftp://algoritmes.overheid.nl",
        ] {
            assert!(!is_web_address_or_empty(bad), "{bad}");
        }
        let mut initiative = Initiative::new("Parkeerscan");
        initiative.algorithm_register_url = "algoritmeregister".into();
        assert_eq!(
            validate(&initiative),
            [(Field::AlgorithmRegisterUrl, Problem::LinkInvalid)]
        );
    }

    #[test]
    fn innovation_share() {
        let lines = vec![
            line(2026, BudgetCategory::Operation, 30_000),
            line(2026, BudgetCategory::Innovation, 10_000),
            line(2025, BudgetCategory::Innovation, 99_900),
        ];
        let totals = planned_totals(&lines, 2026);
        assert_eq!(
            totals,
            YearTotals {
                operation_cents: 30_000,
                innovation_cents: 10_000
            }
        );
        assert_eq!(totals.innovation_share_bp(), Some(2_500));
        // Only innovation: 100 %.
        assert_eq!(
            planned_totals(&lines, 2025).innovation_share_bp(),
            Some(10_000)
        );
        // No lines, or zero totals: no share at all.
        assert_eq!(planned_totals(&lines, 2024).innovation_share_bp(), None);
        assert_eq!(
            planned_totals(&[line(2024, BudgetCategory::Operation, 0)], 2024).innovation_share_bp(),
            None
        );
        // Rounds to the nearest basis point: 1 / 3 = 33.33 %.
        let thirds = [
            line(2026, BudgetCategory::Operation, 2),
            line(2026, BudgetCategory::Innovation, 1),
        ];
        assert_eq!(
            planned_totals(&thirds, 2026).innovation_share_bp(),
            Some(3_333)
        );
        // Large budgets do not overflow.
        let huge = [
            line(2026, BudgetCategory::Operation, i64::MAX / 2),
            line(2026, BudgetCategory::Innovation, i64::MAX / 2),
        ];
        assert_eq!(
            planned_totals(&huge, 2026).innovation_share_bp(),
            Some(5_000)
        );
    }

    #[test]
    fn months() {
        assert_eq!(months_between(date(2025, 1, 31), date(2025, 2, 28)), 0);
        assert_eq!(months_between(date(2025, 1, 15), date(2025, 2, 15)), 1);
        assert_eq!(months_between(date(2024, 11, 28), date(2026, 11, 28)), 24);
        assert_eq!(
            months_between(date(2026, 1, 1), date(2025, 1, 1)),
            0,
            "future start"
        );
    }

    fn pilot_since(since: Option<NaiveDate>) -> Initiative {
        let mut initiative = Initiative::new("Sensoren");
        initiative.phase = Phase::Pilot;
        initiative.start_date = since;
        initiative
    }

    #[test]
    fn stuck_detection() {
        let today = date(2026, 11, 28);
        assert!(is_stuck(&pilot_since(Some(date(2025, 11, 28))), today, 12));
        assert!(!is_stuck(&pilot_since(Some(date(2025, 11, 29))), today, 12));
        assert!(
            !is_stuck(&pilot_since(None), today, 12),
            "no dates: cannot tell, not stuck"
        );
        let mut stopped = pilot_since(Some(date(2020, 1, 1)));
        stopped.phase = Phase::Stopped;
        assert!(
            !is_stuck(&stopped, today, 12),
            "stopped initiatives are not stuck"
        );
        let mut scaling = pilot_since(Some(date(2020, 1, 1)));
        scaling.phase = Phase::Scaling;
        assert!(!is_stuck(&scaling, today, 12));
    }

    #[test]
    fn phase_start_prefers_the_last_change_into_the_phase() {
        let mut initiative = pilot_since(Some(date(2023, 1, 1)));
        initiative.phase_history = vec![change(date(2024, 3, 1), Phase::Pilot)];
        assert_eq!(phase_start(&initiative), Some(date(2024, 3, 1)));
        assert_eq!(months_in_phase(&initiative, date(2026, 3, 1)), Some(24));
        initiative.phase_since = Some(date(2026, 1, 1));
        assert_eq!(months_in_phase(&initiative, date(2026, 3, 1)), Some(2));
    }

    #[test]
    fn months_per_phase_from_history() {
        let mut initiative = Initiative::new("x");
        initiative.phase_history = vec![
            change(date(2025, 1, 1), Phase::Pilot),
            change(date(2024, 1, 1), Phase::Idea),
            change(date(2026, 1, 1), Phase::Stopped),
        ];
        let today = date(2026, 11, 28);
        assert_eq!(
            months_per_phase(&initiative, today),
            vec![(Phase::Idea, 12), (Phase::Pilot, 12), (Phase::Stopped, 0)]
        );
        assert!(months_per_phase(&Initiative::new("y"), today).is_empty());
        // Anchored goes on until today.
        initiative.phase_history.pop();
        initiative
            .phase_history
            .push(change(date(2026, 1, 1), Phase::Anchored));
        assert_eq!(
            months_per_phase(&initiative, today).last(),
            Some(&(Phase::Anchored, 10))
        );
    }

    #[test]
    fn validation() {
        let mut initiative = Initiative::new("  ");
        initiative.start_date = Some(date(2026, 2, 1));
        initiative.end_date = Some(date(2026, 1, 1));
        initiative.readiness_level = Some(10);
        initiative
            .budget_lines
            .push(line(2026, BudgetCategory::Innovation, -1));
        initiative.health_reports.push(HealthReport {
            period: "2026-Q3".into(),
            reported_on: date(2026, 9, 30),
            status: Health::Red,
            reason: " ".into(),
        });
        let problems = validate(&initiative);
        assert!(problems.contains(&(Field::Name, Problem::NameRequired)));
        assert!(problems.contains(&(Field::EndDate, Problem::EndBeforeStart)));
        assert!(problems.contains(&(Field::ReadinessLevel, Problem::LevelOutOfRange)));
        assert!(problems.contains(&(Field::BudgetLine(0), Problem::NegativeAmount)));
        assert!(problems.contains(&(Field::HealthReport(0), Problem::ReasonRequired)));
        assert!(validate(&Initiative::new("Chatbot")).is_empty());
        // Same start and end day is fine.
        let mut one_day = Initiative::new("Dag");
        one_day.start_date = Some(date(2026, 1, 1));
        one_day.end_date = Some(date(2026, 1, 1));
        assert!(validate(&one_day).is_empty());
    }

    #[test]
    fn latest_health_and_planned_totals() {
        let mut initiative = Initiative::new("x");
        assert!(initiative.latest_health().is_none());
        for (month, status) in [(9, Health::Red), (3, Health::Green)] {
            initiative.health_reports.push(HealthReport {
                period: format!("2026-{month}"),
                reported_on: date(2026, month, 1),
                status,
                reason: "r".into(),
            });
        }
        assert_eq!(
            initiative.latest_health().map(|report| report.status),
            Some(Health::Red)
        );
        initiative
            .budget_lines
            .push(line(2025, BudgetCategory::Innovation, 5));
        initiative
            .budget_lines
            .push(line(2026, BudgetCategory::Innovation, 7));
        assert_eq!(initiative.planned_cents(BudgetCategory::Innovation), 12);
        assert_eq!(initiative.planned_cents(BudgetCategory::Operation), 0);
    }
}
