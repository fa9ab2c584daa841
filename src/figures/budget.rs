//! Budget figures: operation versus innovation per year, per department and per quadrant,
//! planned versus actual per initiative, and the projection of what scaling adds to the
//! operation budget. All amounts in whole cents.

use std::collections::{BTreeMap, HashSet};

use crate::domain::*;

/// Planned and actual operation and innovation of some set of budget lines.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Amounts {
    pub operation_planned_cents: i64,
    pub innovation_planned_cents: i64,
    /// Lines without an actual amount count as nothing spent.
    pub operation_actual_cents: i64,
    pub innovation_actual_cents: i64,
}

impl Amounts {
    pub fn add(&mut self, line: &BudgetLine) {
        let actual = line.actual_cents.unwrap_or(0);
        match line.category {
            BudgetCategory::Operation => {
                self.operation_planned_cents = self
                    .operation_planned_cents
                    .saturating_add(line.planned_cents);
                self.operation_actual_cents = self.operation_actual_cents.saturating_add(actual);
            }
            BudgetCategory::Innovation => {
                self.innovation_planned_cents = self
                    .innovation_planned_cents
                    .saturating_add(line.planned_cents);
                self.innovation_actual_cents = self.innovation_actual_cents.saturating_add(actual);
            }
        }
    }

    pub fn planned(&self) -> YearTotals {
        YearTotals {
            operation_cents: self.operation_planned_cents,
            innovation_cents: self.innovation_planned_cents,
        }
    }

    pub fn actual(&self) -> YearTotals {
        YearTotals {
            operation_cents: self.operation_actual_cents,
            innovation_cents: self.innovation_actual_cents,
        }
    }

    pub fn planned_total_cents(&self) -> i64 {
        self.operation_planned_cents + self.innovation_planned_cents
    }

    pub fn actual_total_cents(&self) -> i64 {
        self.operation_actual_cents + self.innovation_actual_cents
    }

    /// Planned innovation share in basis points; `None` when nothing is planned.
    pub fn planned_share_bp(&self) -> Option<u32> {
        self.planned().innovation_share_bp()
    }

    /// Actual innovation share in basis points; `None` when nothing is spent.
    pub fn actual_share_bp(&self) -> Option<u32> {
        self.actual().innovation_share_bp()
    }
}

/// Which of the departments' baseline operation lines belong in the figures. The baseline
/// has no quadrant, phase or theme, so it only fits a view filtered on at most a department.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub enum BaselineScope {
    #[default]
    All,
    Department(String),
    Excluded,
}

impl BaselineScope {
    fn includes(&self, department: &str) -> bool {
        match self {
            BaselineScope::All => true,
            BaselineScope::Department(name) => name == department,
            BaselineScope::Excluded => false,
        }
    }
}

/// One initiative's planned and actual amounts in the chosen period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InitiativeBudget {
    /// Index into `portfolio.initiatives`.
    pub row: usize,
    pub amounts: Amounts,
}

impl InitiativeBudget {
    /// Actual minus planned (positive = overspent).
    pub fn variance_cents(&self) -> i64 {
        self.amounts.actual_total_cents() - self.amounts.planned_total_cents()
    }
}

/// The name under which budget lines of initiatives without a department are grouped.
pub const NO_DEPARTMENT: &str = "";

/// Everything the budget view shows, for a set of initiatives and a period.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BudgetFigures {
    /// Every year with a budget line in scope, ascending.
    pub years: Vec<(i32, Amounts)>,
    /// Per department (initiatives by their owner, plus the baseline), in the period; by
    /// name, with [`NO_DEPARTMENT`] for initiatives without one.
    pub by_department: Vec<(String, Amounts)>,
    /// Per quadrant, in the period (initiatives only; the baseline has no quadrant).
    pub by_quadrant: Vec<(Quadrant, Amounts)>,
    /// The baseline's share of the period (operation only), for the note under the table.
    pub baseline: Amounts,
    /// Initiatives with a budget line in the period, largest overspend first, then by
    /// planned amount (largest first), then in portfolio order.
    pub initiatives: Vec<InitiativeBudget>,
}

/// Budget figures over `rows` (indices into the portfolio) and the baseline in `baseline`,
/// for `period` (one year, or every year when `None`).
pub fn budget_figures(
    portfolio: &Portfolio,
    rows: &[usize],
    baseline: &BaselineScope,
    period: Option<i32>,
) -> BudgetFigures {
    let in_period = |line: &BudgetLine| period.is_none_or(|year| line.year == year);
    let mut years: BTreeMap<i32, Amounts> = BTreeMap::new();
    let mut departments: BTreeMap<&str, Amounts> = BTreeMap::new();
    let mut quadrants = [Amounts::default(); 4];
    let mut baseline_amounts = Amounts::default();
    let mut initiatives = Vec::new();
    for &row in rows {
        let Some(initiative) = portfolio.initiatives.get(row) else {
            continue;
        };
        let mut own = Amounts::default();
        let mut any = false;
        for line in &initiative.budget_lines {
            years.entry(line.year).or_default().add(line);
            if in_period(line) {
                own.add(line);
                any = true;
            }
        }
        if any {
            departments
                .entry(initiative.department.as_deref().unwrap_or(NO_DEPARTMENT))
                .or_default()
                .add_amounts(&own);
            quadrants[initiative.quadrant.index()].add_amounts(&own);
            initiatives.push(InitiativeBudget { row, amounts: own });
        }
    }
    for item in &portfolio.baseline {
        if !baseline.includes(&item.department) {
            continue;
        }
        years.entry(item.line.year).or_default().add(&item.line);
        if in_period(&item.line) {
            departments
                .entry(item.department.as_str())
                .or_default()
                .add(&item.line);
            baseline_amounts.add(&item.line);
        }
    }
    // Integer keys only (ties in portfolio order): a string comparison per step made this
    // sort most of the cost at 100,000 initiatives.
    initiatives.sort_unstable_by_key(|item| {
        (
            std::cmp::Reverse(item.variance_cents()),
            std::cmp::Reverse(item.amounts.planned_total_cents()),
            item.row,
        )
    });
    BudgetFigures {
        years: years.into_iter().collect(),
        by_department: departments
            .into_iter()
            .map(|(name, amounts)| (name.to_string(), amounts))
            .collect(),
        by_quadrant: Quadrant::ALL
            .iter()
            .map(|quadrant| (*quadrant, quadrants[quadrant.index()]))
            .collect(),
        baseline: baseline_amounts,
        initiatives,
    }
}

impl Amounts {
    fn add_amounts(&mut self, other: &Amounts) {
        self.operation_planned_cents = self
            .operation_planned_cents
            .saturating_add(other.operation_planned_cents);
        self.innovation_planned_cents = self
            .innovation_planned_cents
            .saturating_add(other.innovation_planned_cents);
        self.operation_actual_cents = self
            .operation_actual_cents
            .saturating_add(other.operation_actual_cents);
        self.innovation_actual_cents = self
            .innovation_actual_cents
            .saturating_add(other.innovation_actual_cents);
    }
}

/// How many years ahead the projection looks.
pub const PROJECTION_YEARS: i32 = 5;

/// Can the user tick this initiative into the projection? Pilots running or in evaluation.
pub fn can_tick_into_projection(phase: Phase) -> bool {
    matches!(phase, Phase::Pilot | Phase::Evaluation)
}

/// Is this initiative in the projection: scaling and anchored always, pilots when ticked.
pub fn in_projection(initiative: &Initiative, ticked: &HashSet<InitiativeId>) -> bool {
    matches!(initiative.phase, Phase::Scaling | Phase::Anchored)
        || (can_tick_into_projection(initiative.phase) && ticked.contains(&initiative.id))
}

/// One year of the projection.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ProjectionYear {
    pub year: i32,
    /// Operation as planned today: the initiatives in scope and the departments' baseline.
    /// A department without a baseline for this year keeps that of its latest planned
    /// year (operating existing systems does not stop when the plan does).
    pub planned_operation_cents: i64,
    /// Whether some department's baseline was carried on from an earlier year.
    pub baseline_carried: bool,
    /// What the initiatives in the projection add once their costs are structural.
    pub added_cents: i64,
}

impl ProjectionYear {
    pub fn projected_operation_cents(&self) -> i64 {
        self.planned_operation_cents + self.added_cents
    }
}

/// One initiative's contribution to the projection.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectedInitiative {
    pub row: usize,
    /// Added operation per projection year, in the order of [`Projection::years`].
    pub added_cents: Vec<i64>,
    /// The year whose costs are carried forward into years without a plan, if any.
    pub carried_from: Option<i32>,
}

/// What scaling adds to the operation budget of the next [`PROJECTION_YEARS`] years.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Projection {
    pub years: Vec<ProjectionYear>,
    /// Initiatives in the projection, the largest addition first (ties in portfolio order).
    pub initiatives: Vec<ProjectedInitiative>,
    /// Initiatives in the projection without any budget line: their running costs are
    /// unknown, so the projection leaves them out (and says so).
    pub without_budget: Vec<usize>,
}

/// Project the operation budget of the [`PROJECTION_YEARS`] years after `this_year`, as if
/// the initiatives in scaling and anchored — and the ticked pilots — became structural.
///
/// The rule (docs/domain.md: once anchored, an initiative's costs move to the operation
/// budget): in a year for which the initiative has budget lines, its planned innovation
/// becomes operation (its planned operation is already in the plan). In a year without
/// lines, its whole planned cost of the latest earlier year with lines carries forward as
/// operation: the running costs of a structural service go on.
pub fn project_operation(
    portfolio: &Portfolio,
    rows: &[usize],
    baseline: &BaselineScope,
    ticked: &HashSet<InitiativeId>,
    this_year: i32,
) -> Projection {
    let horizon: Vec<i32> = (1..=PROJECTION_YEARS)
        .map(|ahead| this_year + ahead)
        .collect();
    let mut years: Vec<ProjectionYear> = horizon
        .iter()
        .map(|&year| ProjectionYear {
            year,
            ..ProjectionYear::default()
        })
        .collect();
    let position = |year: i32| usize::try_from(year - this_year - 1).ok();
    let add_planned_operation = |line: &BudgetLine, years: &mut Vec<ProjectionYear>| {
        if line.category == BudgetCategory::Operation
            && let Some(entry) = position(line.year).and_then(|index| years.get_mut(index))
        {
            entry.planned_operation_cents = entry
                .planned_operation_cents
                .saturating_add(line.planned_cents);
        }
    };
    let mut initiatives = Vec::new();
    let mut without_budget = Vec::new();
    for &row in rows {
        let Some(initiative) = portfolio.initiatives.get(row) else {
            continue;
        };
        for line in &initiative.budget_lines {
            add_planned_operation(line, &mut years);
        }
        if !in_projection(initiative, ticked) {
            continue;
        }
        if initiative.budget_lines.is_empty() {
            without_budget.push(row);
            continue;
        }
        // One pass over the lines: per projection year its innovation and total, and the
        // total of the latest year before the projection (no map per initiative: there
        // are tens of thousands of them at 100,000 initiatives).
        const SPAN: usize = PROJECTION_YEARS as usize;
        let span = horizon.len().min(SPAN);
        let mut planned_in = [false; SPAN];
        let mut innovation_in = [0i64; SPAN];
        let mut total_in = [0i64; SPAN];
        let mut before: Option<(i32, i64)> = None;
        for line in &initiative.budget_lines {
            match position(line.year).filter(|&index| index < span) {
                Some(index) => {
                    planned_in[index] = true;
                    total_in[index] = total_in[index].saturating_add(line.planned_cents);
                    if line.category == BudgetCategory::Innovation {
                        innovation_in[index] =
                            innovation_in[index].saturating_add(line.planned_cents);
                    }
                }
                None if line.year <= this_year => {
                    before = match before {
                        Some((year, cents)) if year == line.year => {
                            Some((year, cents.saturating_add(line.planned_cents)))
                        }
                        Some((year, _)) if year > line.year => before,
                        _ => Some((line.year, line.planned_cents)),
                    };
                }
                None => {}
            }
        }
        let mut carried_from = None;
        let mut latest = before;
        let added_cents: Vec<i64> = (0..span)
            .map(|index| {
                if planned_in[index] {
                    latest = Some((horizon[index], total_in[index]));
                    innovation_in[index]
                } else if let Some((from, cents)) = latest {
                    carried_from = Some(carried_from.map_or(from, |f: i32| f.max(from)));
                    cents
                } else {
                    0
                }
            })
            .collect();
        for (entry, added) in years.iter_mut().zip(&added_cents) {
            entry.added_cents = entry.added_cents.saturating_add(*added);
        }
        initiatives.push(ProjectedInitiative {
            row,
            added_cents,
            carried_from,
        });
    }
    let mut departments: BTreeMap<&str, BTreeMap<i32, i64>> = BTreeMap::new();
    for item in &portfolio.baseline {
        if baseline.includes(&item.department) && item.line.category == BudgetCategory::Operation {
            let total = departments
                .entry(item.department.as_str())
                .or_default()
                .entry(item.line.year)
                .or_default();
            *total = total.saturating_add(item.line.planned_cents);
        }
    }
    for per_year in departments.values() {
        for entry in &mut years {
            if let Some(cents) = per_year.get(&entry.year) {
                entry.planned_operation_cents =
                    entry.planned_operation_cents.saturating_add(*cents);
            } else if let Some((_, cents)) = per_year.range(..entry.year).next_back() {
                entry.planned_operation_cents =
                    entry.planned_operation_cents.saturating_add(*cents);
                entry.baseline_carried = true;
            }
        }
    }
    // Integer keys only (ties in portfolio order): no string comparisons at 100,000 rows.
    initiatives.sort_by_cached_key(|item| {
        (
            std::cmp::Reverse(
                item.added_cents
                    .iter()
                    .fold(0i64, |sum, cents| sum.saturating_add(*cents)),
            ),
            item.row,
        )
    });
    without_budget.sort_by(|&a, &b| {
        portfolio.initiatives[a]
            .name
            .cmp(&portfolio.initiatives[b].name)
    });
    Projection {
        years,
        initiatives,
        without_budget,
    }
}

#[cfg(test)]
// Amounts are written as euros_cents (`120_00` is € 120,00) to read like the money.
#[allow(clippy::inconsistent_digit_grouping)]
mod tests {
    use super::*;
    use crate::domain::test_support::line;

    fn spent(year: i32, category: BudgetCategory, planned: i64, actual: i64) -> BudgetLine {
        BudgetLine {
            actual_cents: Some(actual),
            ..line(year, category, planned)
        }
    }

    /// Four initiatives and two departments' baseline, computed by hand in the tests.
    fn fixture() -> Portfolio {
        let mut sensors = Initiative::new("Sensoren");
        sensors.phase = Phase::Scaling;
        sensors.quadrant = Quadrant::SmartSociety;
        sensors.department = Some("Ruimte".into());
        sensors.budget_lines = vec![
            spent(2026, BudgetCategory::Innovation, 100_00, 120_00),
            spent(2026, BudgetCategory::Operation, 20_00, 10_00),
            line(2027, BudgetCategory::Innovation, 50_00),
            line(2027, BudgetCategory::Operation, 30_00),
        ];
        let mut chatbot = Initiative::new("Chatbot");
        chatbot.phase = Phase::Pilot;
        chatbot.quadrant = Quadrant::SmartGovernment;
        chatbot.department = Some("Dienstverlening".into());
        chatbot.budget_lines = vec![spent(2026, BudgetCategory::Innovation, 40_00, 30_00)];
        let mut portal = Initiative::new("Portaal");
        portal.phase = Phase::Anchored;
        portal.quadrant = Quadrant::EGovernance;
        portal.budget_lines = vec![line(2025, BudgetCategory::Operation, 60_00)];
        let mut idea = Initiative::new("Idee");
        idea.phase = Phase::Scaling; // scaling, but without any budget line
        let mut portfolio = Portfolio {
            initiatives: vec![sensors, chatbot, portal, idea],
            ..Portfolio::default()
        };
        for (id, initiative) in (1..).zip(&mut portfolio.initiatives) {
            initiative.id = id;
        }
        for (department, year, cents) in [
            ("Ruimte", 2026, 500_00),
            ("ICT", 2026, 1_000_00),
            ("ICT", 2028, 1_100_00),
        ] {
            portfolio.baseline.push(BaselineLine {
                department: department.into(),
                line: line(year, BudgetCategory::Operation, cents),
            });
        }
        portfolio
    }

    fn all_rows(portfolio: &Portfolio) -> Vec<usize> {
        (0..portfolio.initiatives.len()).collect()
    }

    #[test]
    fn years_departments_quadrants_and_initiatives() {
        let portfolio = fixture();
        let figures = budget_figures(
            &portfolio,
            &all_rows(&portfolio),
            &BaselineScope::All,
            Some(2026),
        );
        let years: Vec<i32> = figures.years.iter().map(|(year, _)| *year).collect();
        assert_eq!(years, vec![2025, 2026, 2027, 2028]);
        // 2026: operation 20 + 500 + 1,000; innovation 100 + 40; actual op 10, inn 150.
        let y2026 = figures.years[1].1;
        assert_eq!(y2026.operation_planned_cents, 1_520_00);
        assert_eq!(y2026.innovation_planned_cents, 140_00);
        assert_eq!(y2026.operation_actual_cents, 10_00);
        assert_eq!(y2026.innovation_actual_cents, 150_00);
        // 140 / 1,660 = 8.43 %
        assert_eq!(y2026.planned_share_bp(), Some(843));
        // 150 / 160 = 93.75 %
        assert_eq!(y2026.actual_share_bp(), Some(9_375));
        assert_eq!(figures.years[3].1.planned_share_bp(), Some(0));

        let departments: Vec<&str> = figures
            .by_department
            .iter()
            .map(|(name, _)| name.as_str())
            .collect();
        assert_eq!(departments, vec!["Dienstverlening", "ICT", "Ruimte"]);
        let ruimte = figures.by_department[2].1;
        assert_eq!(ruimte.operation_planned_cents, 520_00);
        assert_eq!(ruimte.innovation_planned_cents, 100_00);
        assert_eq!(figures.baseline.operation_planned_cents, 1_500_00);

        let smart_society = figures.by_quadrant[Quadrant::SmartSociety.index()].1;
        assert_eq!(smart_society.innovation_planned_cents, 100_00);
        assert_eq!(smart_society.operation_planned_cents, 20_00);
        assert_eq!(
            figures.by_quadrant[Quadrant::DigitalGovernment.index()].1,
            Amounts::default(),
            "an empty quadrant is listed with nothing in it"
        );

        // Sensors: planned 120, actual 130 (+10); chatbot planned 40, actual 30 (−10).
        // The portal has no 2026 line and is left out.
        let rows: Vec<(usize, i64)> = figures
            .initiatives
            .iter()
            .map(|item| (item.row, item.variance_cents()))
            .collect();
        assert_eq!(rows, vec![(0, 10_00), (1, -10_00)]);
    }

    #[test]
    fn every_year_and_scopes() {
        let portfolio = fixture();
        let all = budget_figures(&portfolio, &all_rows(&portfolio), &BaselineScope::All, None);
        assert_eq!(all.initiatives.len(), 3);
        let portal = all.initiatives.iter().find(|item| item.row == 2);
        assert_eq!(
            portal.map(|item| item.amounts.operation_planned_cents),
            Some(60_00)
        );
        // Only the sensors, with the Ruimte baseline: ICT is not in the figures.
        let ruimte = budget_figures(
            &portfolio,
            &[0],
            &BaselineScope::Department("Ruimte".into()),
            None,
        );
        assert_eq!(
            ruimte
                .years
                .iter()
                .map(|(year, _)| *year)
                .collect::<Vec<_>>(),
            vec![2026, 2027]
        );
        assert_eq!(ruimte.years[0].1.operation_planned_cents, 520_00);
        let without = budget_figures(&portfolio, &[1], &BaselineScope::Excluded, None);
        assert_eq!(without.baseline, Amounts::default());
        assert_eq!(without.years.len(), 1);
        assert_eq!(without.years[0].1.planned_share_bp(), Some(10_000));
    }

    #[test]
    fn empty_scope_has_no_years() {
        let portfolio = fixture();
        let figures = budget_figures(&portfolio, &[], &BaselineScope::Excluded, Some(2026));
        assert!(figures.years.is_empty());
        assert!(figures.initiatives.is_empty());
        assert!(figures.by_department.is_empty());
        assert_eq!(figures.by_quadrant.len(), 4);
    }

    #[test]
    fn projection_by_hand() {
        let portfolio = fixture();
        let rows = all_rows(&portfolio);
        let projection = project_operation(
            &portfolio,
            &rows,
            &BaselineScope::All,
            &HashSet::new(),
            2026,
        );
        let years: Vec<i32> = projection.years.iter().map(|year| year.year).collect();
        assert_eq!(years, vec![2027, 2028, 2029, 2030, 2031]);
        // Planned operation: 2027 sensors 30 plus the baselines of 2026 carried on
        // (ICT 1,000, Ruimte 500); from 2028 ICT's 1,100 and Ruimte's 500 carried on.
        let planned: Vec<i64> = projection
            .years
            .iter()
            .map(|year| year.planned_operation_cents)
            .collect();
        assert_eq!(
            planned,
            vec![1_530_00, 1_600_00, 1_600_00, 1_600_00, 1_600_00]
        );
        assert!(projection.years.iter().all(|year| year.baseline_carried));
        // Sensors (scaling): 2027 its innovation 50 becomes operation; from 2028 its
        // 2027 total of 80 carries forward. Portal (anchored): its 2025 operation of 60
        // carries forward; it is already operation, but not planned after 2025.
        // Chatbot (pilot, not ticked) is out; "Idee" (scaling) has no budget.
        let added: Vec<i64> = projection
            .years
            .iter()
            .map(|year| year.added_cents)
            .collect();
        assert_eq!(added, vec![110_00, 140_00, 140_00, 140_00, 140_00]);
        assert_eq!(projection.years[1].projected_operation_cents(), 1_740_00);
        assert_eq!(projection.initiatives.len(), 2);
        assert_eq!(projection.initiatives[0].row, 0);
        assert_eq!(
            projection.initiatives[0].added_cents,
            vec![50_00, 80_00, 80_00, 80_00, 80_00]
        );
        assert_eq!(projection.initiatives[0].carried_from, Some(2027));
        assert_eq!(projection.initiatives[1].carried_from, Some(2025));
        assert_eq!(projection.without_budget, vec![3]);
    }

    #[test]
    fn baseline_of_one_department_without_carrying() {
        let mut portfolio = fixture();
        portfolio.baseline.push(BaselineLine {
            department: "ICT".into(),
            line: line(2027, BudgetCategory::Operation, 900_00),
        });
        let projection = project_operation(
            &portfolio,
            &[],
            &BaselineScope::Department("ICT".into()),
            &HashSet::new(),
            2026,
        );
        assert_eq!(projection.years[0].planned_operation_cents, 900_00);
        assert!(!projection.years[0].baseline_carried);
        assert_eq!(projection.years[1].planned_operation_cents, 1_100_00);
        assert_eq!(projection.years[2].planned_operation_cents, 1_100_00);
        assert!(projection.years[2].baseline_carried);
        let excluded = project_operation(
            &portfolio,
            &[],
            &BaselineScope::Excluded,
            &HashSet::new(),
            2026,
        );
        assert!(
            excluded
                .years
                .iter()
                .all(|year| year.planned_operation_cents == 0)
        );
    }

    #[test]
    fn ticked_pilot_joins_the_projection() {
        let portfolio = fixture();
        let rows = all_rows(&portfolio);
        let ticked: HashSet<InitiativeId> = [portfolio.initiatives[1].id].into_iter().collect();
        let projection = project_operation(&portfolio, &rows, &BaselineScope::All, &ticked, 2026);
        // The chatbot's 2026 cost of 40 carries forward into every projected year.
        let added: Vec<i64> = projection
            .years
            .iter()
            .map(|year| year.added_cents)
            .collect();
        assert_eq!(added, vec![150_00, 180_00, 180_00, 180_00, 180_00]);
        // Ticking a stopped or anchored initiative changes nothing.
        let stray: HashSet<InitiativeId> = [portfolio.initiatives[2].id].into_iter().collect();
        assert_eq!(
            project_operation(&portfolio, &rows, &BaselineScope::All, &stray, 2026),
            project_operation(
                &portfolio,
                &rows,
                &BaselineScope::All,
                &HashSet::new(),
                2026
            )
        );
    }

    #[test]
    fn all_stopped_projects_nothing() {
        let mut portfolio = fixture();
        for initiative in &mut portfolio.initiatives {
            initiative.phase = Phase::Stopped;
        }
        let rows = all_rows(&portfolio);
        let ticked: HashSet<InitiativeId> =
            portfolio.initiatives.iter().map(|item| item.id).collect();
        let projection = project_operation(&portfolio, &rows, &BaselineScope::All, &ticked, 2026);
        assert!(projection.initiatives.is_empty());
        assert!(projection.years.iter().all(|year| year.added_cents == 0));
        assert_eq!(projection.years[1].planned_operation_cents, 1_600_00);
    }
}
