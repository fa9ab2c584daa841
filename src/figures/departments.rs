//! The departments view (issue "Balance and learning", item 2): per department its
//! starting position (figure 2.7 of the source), its initiatives per quadrant and phase,
//! its innovation share of the year's planned budget against the portfolio's target, its
//! stuck pilots and the readiness verdicts of its pilots and evaluations, and from these
//! what it needs, so a director sees which department needs help and of what kind.
//! Computed when the view is shown and the portfolio changes, never in a frame.

use std::collections::BTreeMap;

use super::InitiativeFigures;
use super::budget::Amounts;
use crate::domain::{Health, Phase, Portfolio, Quadrant, StartingPosition, Verdict};

/// What a department needs, read from its starting position and its register. Each
/// names the kind of help in the source's words (see the view's texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// The starting position is not recorded, so the kind of help cannot be chosen.
    PositionNotRecorded,
    /// "We have no idea": gather knowledge first, awareness and a first orientation.
    Orientation,
    /// "We must do something, but what?" and nothing has reached the pilot phase yet:
    /// concrete plans for pilots and living labs, the infrastructure (money, network,
    /// knowledge) in order, limited experiments.
    FirstExperiments,
    /// The register contradicts the recorded position: pilots run where it says "no idea"
    /// or "must do something", or nothing runs where it says "concrete plans". `running`:
    /// its initiatives in pilot, evaluation, scaling or anchored.
    PositionOutdated { running: usize },
    /// Pilots that do not move on: stuck longer than the threshold, or in pilot or
    /// evaluation with a verdict of not ready or blocked. The questions of scaling and
    /// anchoring.
    Scaling { stuck: usize, not_ready: usize },
    /// The planned innovation share of the year is below the portfolio's target (`None`:
    /// nothing planned for the year at all).
    BelowTarget {
        share_bp: Option<u32>,
        target_bp: u32,
    },
    /// Initiatives whose latest health report is amber or red.
    Troubled(usize),
}

impl Need {
    /// A stable identifier (translation keys `departments-need-{id}` and `-help`).
    pub fn id(self) -> &'static str {
        match self {
            Need::PositionNotRecorded => "position-not-recorded",
            Need::Orientation => "orientation",
            Need::FirstExperiments => "first-experiments",
            Need::PositionOutdated { .. } => "position-outdated",
            Need::Scaling { .. } => "scaling",
            Need::BelowTarget { .. } => "below-target",
            Need::Troubled(_) => "troubled",
        }
    }
}

/// One department's figures. `name` is `None` for the initiatives without a department.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DepartmentFigures {
    pub name: Option<String>,
    pub starting_position: Option<StartingPosition>,
    pub initiatives: usize,
    /// Initiatives per quadrant (`Quadrant::index`) and phase (`Phase::index`).
    pub grid: [[usize; 7]; 4],
    /// Planned amounts of the year: its initiatives' lines and its baseline operation.
    pub amounts: Amounts,
    pub innovation_share_bp: Option<u32>,
    /// Stuck in pilot or evaluation longer than the portfolio's threshold.
    pub stuck: usize,
    /// Verdicts of its initiatives in pilot or evaluation, in `Verdict::ALL` order.
    pub verdicts: [usize; 5],
    /// Latest health report amber or red.
    pub troubled: usize,
    /// What it needs, in the order the view lists them.
    pub needs: Vec<Need>,
}

impl DepartmentFigures {
    fn new(name: Option<String>, starting_position: Option<StartingPosition>) -> Self {
        Self {
            name,
            starting_position,
            initiatives: 0,
            grid: [[0; 7]; 4],
            amounts: Amounts::default(),
            innovation_share_bp: None,
            stuck: 0,
            verdicts: [0; 5],
            troubled: 0,
            needs: Vec::new(),
        }
    }

    /// Initiatives in a phase, over all quadrants.
    pub fn in_phase(&self, phase: Phase) -> usize {
        self.grid.iter().map(|row| row[phase.index()]).sum()
    }

    /// Initiatives in a quadrant, over all phases.
    pub fn in_quadrant(&self, quadrant: Quadrant) -> usize {
        self.grid[quadrant.index()].iter().sum()
    }

    /// Initiatives that have reached the pilot phase and are not stopped.
    fn running(&self) -> usize {
        [
            Phase::Pilot,
            Phase::Evaluation,
            Phase::Scaling,
            Phase::Anchored,
        ]
        .into_iter()
        .map(|phase| self.in_phase(phase))
        .sum()
    }

    /// How many of its initiatives need help (stuck, not ready or blocked, troubled):
    /// the second key of the attention order.
    pub fn initiatives_needing_help(&self) -> usize {
        self.needs
            .iter()
            .map(|need| match need {
                Need::Scaling { stuck, not_ready } => stuck + not_ready,
                Need::Troubled(count) => *count,
                _ => 0,
            })
            .sum()
    }
}

/// Every department of the portfolio (and, when there are any, the initiatives without
/// one), most in need of attention first: by the number of needs, then by how many
/// initiatives need help, then by name. `figures` is per initiative, in portfolio order;
/// the budget is that of `year`.
pub fn department_figures(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    year: i32,
) -> Vec<DepartmentFigures> {
    let mut departments: BTreeMap<Option<&str>, DepartmentFigures> = portfolio
        .departments
        .iter()
        .map(|department| {
            (
                Some(department.name.as_str()),
                DepartmentFigures::new(Some(department.name.clone()), department.starting_position),
            )
        })
        .collect();
    for (initiative, figures) in portfolio.initiatives.iter().zip(figures) {
        let key = initiative.department.as_deref();
        let department = departments
            .entry(key)
            .or_insert_with(|| DepartmentFigures::new(key.map(str::to_string), None));
        department.initiatives += 1;
        department.grid[initiative.quadrant.index()][initiative.phase.index()] += 1;
        for line in &initiative.budget_lines {
            if line.year == year {
                department.amounts.add(line);
            }
        }
        if figures.stuck {
            department.stuck += 1;
        }
        if matches!(initiative.phase, Phase::Pilot | Phase::Evaluation) {
            department.verdicts[figures.assessment.verdict.index()] += 1;
        }
        if matches!(figures.health, Some(Health::Amber | Health::Red)) {
            department.troubled += 1;
        }
    }
    for item in &portfolio.baseline {
        if item.line.year != year {
            continue;
        }
        let key = Some(item.department.as_str());
        departments
            .entry(key)
            .or_insert_with(|| DepartmentFigures::new(Some(item.department.clone()), None))
            .amounts
            .add(&item.line);
    }
    let target_bp = portfolio.settings.target_innovation_share_bp;
    let mut list: Vec<DepartmentFigures> = departments
        .into_values()
        .map(|mut department| {
            department.innovation_share_bp = department.amounts.planned_share_bp();
            department.needs = needs(&department, target_bp);
            department
        })
        .collect();
    list.sort_by(|a, b| {
        b.needs
            .len()
            .cmp(&a.needs.len())
            .then_with(|| {
                b.initiatives_needing_help()
                    .cmp(&a.initiatives_needing_help())
            })
            // Named departments by name; the initiatives without one last among equals.
            .then_with(|| a.name.is_none().cmp(&b.name.is_none()))
            .then_with(|| a.name.cmp(&b.name))
    });
    list
}

/// What a department needs (see [`Need`]).
fn needs(department: &DepartmentFigures, target_bp: u32) -> Vec<Need> {
    let mut needs = Vec::new();
    let running = department.running();
    // The initiatives without a department have no starting position to speak of.
    if department.name.is_some() {
        match department.starting_position {
            None => needs.push(Need::PositionNotRecorded),
            Some(StartingPosition::NoIdeaYet) => {
                needs.push(Need::Orientation);
                if running > 0 {
                    needs.push(Need::PositionOutdated { running });
                }
            }
            Some(StartingPosition::MustDoSomething) => {
                if running > 0 {
                    needs.push(Need::PositionOutdated { running });
                } else {
                    needs.push(Need::FirstExperiments);
                }
            }
            Some(StartingPosition::ConcretePlans) => {
                if running == 0 {
                    needs.push(Need::PositionOutdated { running });
                }
            }
        }
    }
    let not_ready = department.verdicts[Verdict::NotReady.index()]
        + department.verdicts[Verdict::Blocked.index()];
    if department.stuck > 0 || not_ready > 0 {
        needs.push(Need::Scaling {
            stuck: department.stuck,
            not_ready,
        });
    }
    // A department with nothing in the register and no budget has no share to miss.
    let has_anything = department.initiatives > 0 || department.amounts.planned_total_cents() > 0;
    let share = department.innovation_share_bp;
    if has_anything && share.is_none_or(|share| share < target_bp) {
        needs.push(Need::BelowTarget {
            share_bp: share,
            target_bp,
        });
    }
    if department.troubled > 0 {
        needs.push(Need::Troubled(department.troubled));
    }
    needs
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::domain::{
        BaselineLine, BudgetCategory, BudgetLine, Criterion, Department, HealthReport, Initiative,
        PhaseChange,
    };

    fn line(year: i32, category: BudgetCategory, euros: i64) -> BudgetLine {
        BudgetLine {
            year,
            category,
            planned_cents: euros * 100,
            actual_cents: None,
            description: String::new(),
        }
    }

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    /// Three departments and one initiative without a department, worked by hand:
    /// - Ruimte ("concrete plans"): a pilot since 2024-01-01 (stuck at 12 months on
    ///   2026-11-29), not rated (not assessed), innovation € 30,000 in 2026, and a
    ///   baseline of € 70,000 operation: share 30 % ≥ 25 %. Needs: scaling (1 stuck).
    /// - Sociaal ("we must do something, but what?"): two ideas, one red, no budget.
    ///   Needs: first experiments, below target (nothing planned), troubled (1).
    /// - Economie (no position, no initiatives, no budget): needs its position only.
    /// - Without department: one anchored initiative with € 10,000 operation in 2026:
    ///   share 0 % < 25 %. Needs: below target.
    fn portfolio() -> Portfolio {
        let departments = vec![
            Department {
                name: "Ruimte".into(),
                starting_position: Some(StartingPosition::ConcretePlans),
            },
            Department {
                name: "Sociaal".into(),
                starting_position: Some(StartingPosition::MustDoSomething),
            },
            Department {
                name: "Economie".into(),
                starting_position: None,
            },
        ];
        let mut sensors = Initiative::new("Sensoren");
        sensors.department = Some("Ruimte".into());
        sensors.quadrant = Quadrant::SmartSociety;
        sensors.phase = Phase::Pilot;
        sensors.start_date = Some(day("2023-06-01"));
        sensors.phase_history.push(PhaseChange {
            decided_on: day("2024-01-01"),
            from_phase: Some(Phase::Preparation),
            to_phase: Phase::Pilot,
            decision: crate::domain::GateDecision::Go,
            conditions: String::new(),
            decider: "Wethouder".into(),
            rationale: "Go".into(),
        });
        sensors.phase_since = Some(day("2024-01-01"));
        sensors
            .budget_lines
            .push(line(2026, BudgetCategory::Innovation, 30_000));
        sensors
            .budget_lines
            .push(line(2025, BudgetCategory::Innovation, 99_000));
        let mut idea = Initiative::new("Buurtapp");
        idea.department = Some("Sociaal".into());
        let mut red = Initiative::new("Mantelzorg");
        red.department = Some("Sociaal".into());
        red.quadrant = Quadrant::EGovernance;
        red.health_reports.push(HealthReport {
            period: "2026-Q3".into(),
            reported_on: day("2026-09-30"),
            status: Health::Red,
            reason: "Geen trekker".into(),
        });
        let mut loose = Initiative::new("Zaaksysteem");
        loose.phase = Phase::Anchored;
        loose
            .budget_lines
            .push(line(2026, BudgetCategory::Operation, 10_000));
        Portfolio {
            departments,
            initiatives: vec![sensors, idea, red, loose],
            baseline: vec![BaselineLine {
                department: "Ruimte".into(),
                line: line(2026, BudgetCategory::Operation, 70_000),
            }],
            ..Portfolio::default()
        }
    }

    #[test]
    fn departments_worked_by_hand_most_in_need_first() {
        let portfolio = portfolio();
        let today = day("2026-11-29");
        let figures = crate::figures::all_initiative_figures(&portfolio, today);
        let list = department_figures(&portfolio, &figures, 2026);
        let names: Vec<Option<&str>> = list.iter().map(|d| d.name.as_deref()).collect();
        // Sociaal has three needs; Ruimte, Economie and the loose one have one each:
        // Ruimte first (one initiative needs help), then Economie, then no department.
        assert_eq!(
            names,
            [Some("Sociaal"), Some("Ruimte"), Some("Economie"), None]
        );
        let sociaal = &list[0];
        assert_eq!(sociaal.initiatives, 2);
        assert_eq!(sociaal.grid[Quadrant::DigitalGovernment.index()][0], 1);
        assert_eq!(sociaal.grid[Quadrant::EGovernance.index()][0], 1);
        assert_eq!(sociaal.in_phase(Phase::Idea), 2);
        assert_eq!(sociaal.innovation_share_bp, None);
        assert_eq!(
            sociaal.needs,
            [
                Need::FirstExperiments,
                Need::BelowTarget {
                    share_bp: None,
                    target_bp: 2500
                },
                Need::Troubled(1)
            ]
        );
        let ruimte = &list[1];
        assert_eq!(ruimte.initiatives, 1);
        assert_eq!(ruimte.in_quadrant(Quadrant::SmartSociety), 1);
        assert_eq!(ruimte.amounts.innovation_planned_cents, 3_000_000);
        assert_eq!(ruimte.amounts.operation_planned_cents, 7_000_000);
        assert_eq!(ruimte.innovation_share_bp, Some(3000));
        assert_eq!(ruimte.stuck, 1);
        // Not rated: "not assessed", which is not "not ready".
        assert_eq!(ruimte.verdicts, [0, 0, 0, 0, 1]);
        assert_eq!(
            ruimte.needs,
            [Need::Scaling {
                stuck: 1,
                not_ready: 0
            }]
        );
        let economie = &list[2];
        assert_eq!(economie.initiatives, 0);
        assert_eq!(economie.needs, [Need::PositionNotRecorded]);
        let loose = &list[3];
        assert_eq!(loose.innovation_share_bp, Some(0));
        assert_eq!(
            loose.needs,
            [Need::BelowTarget {
                share_bp: Some(0),
                target_bp: 2500
            }]
        );
    }

    #[test]
    fn verdicts_and_contradicted_positions() {
        let mut portfolio = portfolio();
        // Rate the Ruimte pilot: ethics and privacy not met blocks it.
        let sensors = &mut portfolio.initiatives[0];
        for criterion in Criterion::ALL {
            sensors.readiness.set(criterion, Some(2));
        }
        sensors.readiness.set(Criterion::EthicsPrivacy, Some(0));
        // Sociaal's idea becomes a pilot: "must do something" is then out of date.
        portfolio.initiatives[1].phase = Phase::Pilot;
        portfolio.initiatives[1].phase_since = Some(day("2026-10-01"));
        // Ruimte says "no idea" while it runs a pilot.
        portfolio.departments[0].starting_position = Some(StartingPosition::NoIdeaYet);
        let today = day("2026-11-29");
        let figures = crate::figures::all_initiative_figures(&portfolio, today);
        let list = department_figures(&portfolio, &figures, 2026);
        let find = |name: &str| {
            list.iter()
                .find(|d| d.name.as_deref() == Some(name))
                .cloned()
                .unwrap_or_else(|| DepartmentFigures::new(None, None))
        };
        let ruimte = find("Ruimte");
        assert_eq!(ruimte.verdicts, [0, 0, 0, 1, 0]);
        assert_eq!(
            ruimte.needs,
            [
                Need::Orientation,
                Need::PositionOutdated { running: 1 },
                Need::Scaling {
                    stuck: 1,
                    not_ready: 1
                }
            ]
        );
        let sociaal = find("Sociaal");
        assert_eq!(sociaal.needs[0], Need::PositionOutdated { running: 1 });
        assert_eq!(sociaal.verdicts[Verdict::ALL.len() - 1], 1);
    }

    #[test]
    fn an_empty_portfolio_has_no_departments() {
        assert!(department_figures(&Portfolio::default(), &[], 2026).is_empty());
    }
}
