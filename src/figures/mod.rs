//! Figures: every number a user sees is computed here, once, so the GUI, the CLI and the
//! reports cannot disagree. Pure functions of the portfolio, its settings and "today".

use chrono::NaiveDate;

pub mod activities;
pub mod balance;
pub mod budget;
pub mod departments;
mod names;
pub mod peers;
pub mod shown;

pub use names::NameOrder;
pub use shown::{ShownFigures, shown_figures};

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
    /// The year of its earliest gate decision, else of its start (the roadmap's first
    /// year is the earliest over the shown rows).
    pub earliest_year: Option<i32>,
    /// Copies of the fields the shown rows are counted by, so counting 100,000 rows reads
    /// these 48-byte figures and never the initiatives themselves.
    pub phase: Phase,
    pub quadrant: Quadrant,
    pub readiness_level: Option<u8>,
    pub use_level: Option<u8>,
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
        earliest_year: initiative
            .phase_history
            .iter()
            .map(|change| change.decided_on)
            .min()
            .or(initiative.start_date)
            .map(|date| chrono::Datelike::year(&date)),
        phase: initiative.phase,
        quadrant: initiative.quadrant,
        readiness_level: initiative.readiness_level,
        use_level: initiative.use_level,
    }
}

/// The initiatives whose latest health report is amber or red: (row, status), red first,
/// then by name. The overview and the status report list them, each with its
/// [`health_reason`].
pub fn needs_attention(portfolio: &Portfolio) -> Vec<(usize, Health)> {
    let mut attention = amber_and_red(portfolio);
    attention.sort_by(|a, b| {
        b.1.cmp(&a.1).then_with(|| {
            portfolio.initiatives[a.0]
                .name
                .cmp(&portfolio.initiatives[b.0].name)
        })
    });
    attention
}

/// [`needs_attention`] in the kept name order (the table's, lower case first), as the
/// window refreshes it after every edit: integers compared, not 20,000 names.
pub fn needs_attention_in(portfolio: &Portfolio, names: &NameOrder) -> Vec<(usize, Health)> {
    let mut attention = amber_and_red(portfolio);
    attention.sort_unstable_by_key(|&(row, status)| (std::cmp::Reverse(status), names.rank(row)));
    attention
}

fn amber_and_red(portfolio: &Portfolio) -> Vec<(usize, Health)> {
    portfolio
        .initiatives
        .iter()
        .enumerate()
        .filter_map(|(row, initiative)| {
            let report = initiative.latest_health()?;
            (report.status != Health::Green).then_some((row, report.status))
        })
        .collect()
}

/// Why the latest health report is what it is ("" without a report or a reason).
pub fn health_reason(initiative: &Initiative) -> &str {
    initiative
        .latest_health()
        .map_or("", |report| report.reason.as_str())
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

/// Count and planned innovation budget (all years) of a group of initiatives.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct CountAndBudget {
    pub count: usize,
    pub innovation_cents: i64,
}

/// Planned operation and innovation of one year, over the whole portfolio (initiatives and
/// the departments' baseline operation).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct YearBudget {
    pub year: i32,
    pub operation_cents: i64,
    pub innovation_cents: i64,
    /// innovation / (operation + innovation), 0–1; absent when both are zero.
    pub innovation_share: Option<f64>,
    pub innovation_share_bp: Option<u32>,
    /// Actual spend recorded so far (lines without an actual amount count as nothing).
    pub operation_actual_cents: i64,
    pub innovation_actual_cents: i64,
}

/// Verdict counts of the readiness model.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct ReadinessCounts {
    pub ready: usize,
    pub conditionally_ready: usize,
    pub not_ready: usize,
    pub blocked: usize,
    pub not_assessed: usize,
}

/// Latest health status counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct HealthCounts {
    pub green: usize,
    pub amber: usize,
    pub red: usize,
    pub none: usize,
}

/// The portfolio at a glance: the numbers `proeftuin summary` prints.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Summary {
    pub municipality: String,
    pub today: NaiveDate,
    /// The year the headline share is for.
    pub year: i32,
    pub initiatives: usize,
    /// Keyed by the stable phase identifiers, in lifecycle order.
    pub by_phase: std::collections::BTreeMap<&'static str, CountAndBudget>,
    pub by_quadrant: std::collections::BTreeMap<&'static str, CountAndBudget>,
    /// Every year with a budget line, ascending.
    pub budget: Vec<YearBudget>,
    /// The target innovation share, 0–1, and in basis points.
    pub target_innovation_share: f64,
    pub target_innovation_share_bp: u32,
    pub readiness: ReadinessCounts,
    /// Names of initiatives stuck in pilot or evaluation (pilotitis), by name.
    pub stuck: Vec<String>,
    pub stuck_threshold_months: u32,
    pub health: HealthCounts,
}

fn share(basis_points: Option<u32>) -> Option<f64> {
    basis_points.map(|bp| f64::from(bp) / 10_000.0)
}

/// Summarise the portfolio as of `today`, with the headline year `year`. Two halves of
/// the initiatives on two threads when there are many (at 100,000, 19 ms on one).
///
/// It reads no free text (no description, person's name, note, reason, condition,
/// rationale or link; the names of the initiatives it does): `proeftuin summary` loads
/// the portfolio without them (`Store::load_for_summary`), and a test holds the two
/// summaries equal.
pub fn summarize(portfolio: &Portfolio, today: NaiveDate, year: i32) -> Summary {
    let tally_of = |initiatives: &[Initiative]| {
        let figures: Vec<InitiativeFigures> = initiatives
            .iter()
            .map(|initiative| initiative_figures(initiative, &portfolio.settings, today))
            .collect();
        Tally::of(initiatives, &figures)
    };
    let initiatives = portfolio.initiatives.as_slice();
    let tally = if initiatives.len() < 4_096 {
        tally_of(initiatives)
    } else {
        let (first, second) = initiatives.split_at(initiatives.len() / 2);
        std::thread::scope(|scope| {
            let other = std::thread::Builder::new()
                .name("proeftuin-summary".into())
                .spawn_scoped(scope, || tally_of(second));
            let tally = tally_of(first);
            match other.map(std::thread::ScopedJoinHandle::join) {
                Ok(Ok(rest)) => tally.merge(rest),
                Ok(Err(panic)) => std::panic::resume_unwind(panic),
                // No second thread: the other half on this one.
                Err(_) => tally.merge(tally_of(second)),
            }
        })
    };
    tally.finish(portfolio, today, year)
}

/// As [`summarize`], reusing per-initiative figures already computed (in portfolio order).
pub fn summarize_with(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    today: NaiveDate,
    year: i32,
) -> Summary {
    Tally::of(&portfolio.initiatives, figures).finish(portfolio, today, year)
}

/// What a [`Summary`] counts and adds up over a run of initiatives. Sums are kept exact
/// (i128) and capped to whole cents' range only at the end, so halves tallied apart add up
/// to what the whole gives, in any order.
#[derive(Default)]
struct Tally {
    by_phase: std::collections::BTreeMap<&'static str, (usize, i128)>,
    by_quadrant: std::collections::BTreeMap<&'static str, (usize, i128)>,
    /// Per year: planned operation, planned innovation, actual operation, actual innovation.
    years: std::collections::BTreeMap<i32, [i128; 4]>,
    readiness: ReadinessCounts,
    health: HealthCounts,
    stuck: Vec<String>,
}

impl Tally {
    fn of(initiatives: &[Initiative], figures: &[InitiativeFigures]) -> Self {
        let mut tally = Self::default();
        for (initiative, figures) in initiatives.iter().zip(figures) {
            let innovation = i128::from(figures.innovation_planned_cents);
            for entry in [
                tally.by_phase.entry(initiative.phase.id()).or_default(),
                tally
                    .by_quadrant
                    .entry(initiative.quadrant.id())
                    .or_default(),
            ] {
                entry.0 += 1;
                entry.1 += innovation;
            }
            let readiness = &mut tally.readiness;
            match figures.assessment.verdict {
                Verdict::Ready => readiness.ready += 1,
                Verdict::ConditionallyReady => readiness.conditionally_ready += 1,
                Verdict::NotReady => readiness.not_ready += 1,
                Verdict::Blocked => readiness.blocked += 1,
                Verdict::NotAssessed => readiness.not_assessed += 1,
            }
            let health = &mut tally.health;
            match figures.health {
                Some(Health::Green) => health.green += 1,
                Some(Health::Amber) => health.amber += 1,
                Some(Health::Red) => health.red += 1,
                None => health.none += 1,
            }
            if figures.stuck {
                tally.stuck.push(initiative.name.clone());
            }
            for line in &initiative.budget_lines {
                tally.add_line(line);
            }
        }
        tally
    }

    fn add_line(&mut self, line: &BudgetLine) {
        let sums = self.years.entry(line.year).or_default();
        let (planned, actual) = match line.category {
            BudgetCategory::Operation => (0, 2),
            BudgetCategory::Innovation => (1, 3),
        };
        sums[planned] += i128::from(line.planned_cents);
        sums[actual] += i128::from(line.actual_cents.unwrap_or(0));
    }

    fn merge(mut self, other: Self) -> Self {
        for (mine, theirs) in [
            (&mut self.by_phase, other.by_phase),
            (&mut self.by_quadrant, other.by_quadrant),
        ] {
            for (key, (count, cents)) in theirs {
                let entry = mine.entry(key).or_default();
                entry.0 += count;
                entry.1 += cents;
            }
        }
        for (year, sums) in other.years {
            let mine = self.years.entry(year).or_default();
            for (sum, theirs) in mine.iter_mut().zip(sums) {
                *sum += theirs;
            }
        }
        let (readiness, theirs) = (&mut self.readiness, other.readiness);
        readiness.ready += theirs.ready;
        readiness.conditionally_ready += theirs.conditionally_ready;
        readiness.not_ready += theirs.not_ready;
        readiness.blocked += theirs.blocked;
        readiness.not_assessed += theirs.not_assessed;
        let (health, theirs) = (&mut self.health, other.health);
        health.green += theirs.green;
        health.amber += theirs.amber;
        health.red += theirs.red;
        health.none += theirs.none;
        self.stuck.extend(other.stuck);
        self
    }

    /// The summary, with the departments' baseline operation added to the years.
    fn finish(mut self, portfolio: &Portfolio, today: NaiveDate, year: i32) -> Summary {
        for baseline in &portfolio.baseline {
            self.add_line(&baseline.line);
        }
        let cents =
            |sum: i128| i64::try_from(sum).unwrap_or(if sum < 0 { i64::MIN } else { i64::MAX });
        let counted =
            |ids: Vec<&'static str>,
             tally: &std::collections::BTreeMap<&'static str, (usize, i128)>| {
                ids.into_iter()
                    .map(|id| {
                        let (count, innovation) = tally.get(id).copied().unwrap_or_default();
                        (
                            id,
                            CountAndBudget {
                                count,
                                innovation_cents: cents(innovation),
                            },
                        )
                    })
                    .collect()
            };
        let by_phase = counted(
            Phase::ALL.iter().map(|phase| phase.id()).collect(),
            &self.by_phase,
        );
        let by_quadrant = counted(
            Quadrant::ALL.iter().map(|quadrant| quadrant.id()).collect(),
            &self.by_quadrant,
        );
        let budget = self
            .years
            .into_iter()
            .map(|(year, sums)| {
                let planned = YearTotals {
                    operation_cents: cents(sums[0]),
                    innovation_cents: cents(sums[1]),
                };
                YearBudget {
                    year,
                    operation_cents: planned.operation_cents,
                    innovation_cents: planned.innovation_cents,
                    innovation_share: share(planned.innovation_share_bp()),
                    innovation_share_bp: planned.innovation_share_bp(),
                    operation_actual_cents: cents(sums[2]),
                    innovation_actual_cents: cents(sums[3]),
                }
            })
            .collect();
        self.stuck.sort();
        Summary {
            municipality: portfolio.settings.municipality.clone(),
            today,
            year,
            initiatives: portfolio.initiatives.len(),
            by_phase,
            by_quadrant,
            budget,
            target_innovation_share: f64::from(portfolio.settings.target_innovation_share_bp)
                / 10_000.0,
            target_innovation_share_bp: portfolio.settings.target_innovation_share_bp,
            readiness: self.readiness,
            stuck: self.stuck,
            stuck_threshold_months: portfolio.settings.stuck_threshold_months,
            health: self.health,
        }
    }
}

#[cfg(test)]
mod summary_tests {
    use super::*;
    use crate::domain::test_support::{day, line};

    #[test]
    fn red_then_amber_then_by_name_and_only_the_latest_report_counts() {
        let report = |on: NaiveDate, status: Health, reason: &str| HealthReport {
            period: String::new(),
            reported_on: on,
            status,
            reason: reason.into(),
        };
        let mut portfolio = Portfolio::default();
        for (name, reports) in [
            (
                "Zwemwater",
                vec![report(day(2026, 6, 1), Health::Amber, "later")],
            ),
            (
                "Afvalapp",
                vec![report(day(2026, 6, 1), Health::Amber, "plan")],
            ),
            (
                "Chatbot",
                vec![
                    report(day(2026, 3, 1), Health::Green, ""),
                    report(day(2026, 9, 1), Health::Red, "leverancier"),
                ],
            ),
            (
                "Buurtapp",
                vec![
                    report(day(2026, 3, 1), Health::Red, "oud"),
                    report(day(2026, 9, 1), Health::Green, ""),
                ],
            ),
            ("Geen rapport", vec![]),
        ] {
            let mut initiative = Initiative::new(name);
            initiative.health_reports = reports.into();
            portfolio.initiatives.push(initiative);
        }
        let attention = needs_attention(&portfolio);
        // The window's, in the kept name order, lists the same here (names differ before
        // any case does).
        assert_eq!(
            needs_attention_in(&portfolio, &NameOrder::build(&portfolio)),
            attention
        );
        let listed: Vec<(&str, Health, &str)> = attention
            .iter()
            .map(|(row, status)| {
                let initiative = &portfolio.initiatives[*row];
                (initiative.name.as_str(), *status, health_reason(initiative))
            })
            .collect();
        assert_eq!(
            listed,
            [
                ("Chatbot", Health::Red, "leverancier"),
                ("Afvalapp", Health::Amber, "plan"),
                ("Zwemwater", Health::Amber, "later"),
            ]
        );
    }

    /// Three initiatives and a baseline, computed by hand below.
    pub(crate) fn fixture() -> Portfolio {
        let mut chatbot = Initiative::new("Chatbot");
        chatbot.quadrant = Quadrant::SmartGovernment;
        chatbot.phase = Phase::Pilot;
        chatbot.start_date = Some(day(2025, 1, 1)); // 22 months in pilot on 2026-11-28: stuck
        chatbot.readiness = ReadinessRatings([Some(2); 8]);
        chatbot.budget_lines = vec![
            line(2026, BudgetCategory::Innovation, 100_000),
            line(2026, BudgetCategory::Operation, 20_000),
        ];
        chatbot.health_reports.push(HealthReport {
            period: "Q3".into(),
            reported_on: day(2026, 9, 30),
            status: Health::Red,
            reason: "late".into(),
        });
        let mut portal = Initiative::new("Portaal");
        portal.quadrant = Quadrant::EGovernance;
        portal.phase = Phase::Anchored;
        portal.readiness = ReadinessRatings([Some(2); 8]);
        portal.readiness.set(Criterion::StructuralFunding, Some(0));
        portal.budget_lines = vec![line(2025, BudgetCategory::Innovation, 50_000)];
        let mut idea = Initiative::new("Idee");
        idea.quadrant = Quadrant::SmartGovernment;
        idea.phase = Phase::Stopped;
        let mut portfolio = Portfolio {
            initiatives: vec![chatbot, portal, idea],
            ..Portfolio::default()
        };
        portfolio.baseline.push(BaselineLine {
            department: "ICT".into(),
            line: line(2026, BudgetCategory::Operation, 280_000),
        });
        portfolio.settings.target_innovation_share_bp = 2_500;
        portfolio
    }

    #[test]
    fn summary_matches_hand_computed_figures() {
        let summary = summarize(&fixture(), day(2026, 11, 28), 2026);
        assert_eq!(summary.initiatives, 3);
        assert_eq!(
            summary.by_phase["pilot"],
            CountAndBudget {
                count: 1,
                innovation_cents: 100_000
            }
        );
        assert_eq!(
            summary.by_phase["anchored"],
            CountAndBudget {
                count: 1,
                innovation_cents: 50_000
            }
        );
        assert_eq!(
            summary.by_phase["stopped"],
            CountAndBudget {
                count: 1,
                innovation_cents: 0
            }
        );
        assert_eq!(summary.by_phase["idea"], CountAndBudget::default());
        assert_eq!(
            summary.by_quadrant["smart_government"],
            CountAndBudget {
                count: 2,
                innovation_cents: 100_000
            }
        );
        assert_eq!(
            summary.by_quadrant["digital_government"],
            CountAndBudget::default(),
            "an empty quadrant is listed"
        );
        // 2025: innovation only. 2026: 100,000 innovation vs 20,000 + 280,000 operation = 25 %.
        assert_eq!(summary.budget.len(), 2);
        assert_eq!(summary.budget[0].year, 2025);
        assert_eq!(summary.budget[0].innovation_share_bp, Some(10_000));
        assert_eq!(summary.budget[1].operation_cents, 300_000);
        assert_eq!(summary.budget[1].innovation_cents, 100_000);
        assert_eq!(summary.budget[1].innovation_share_bp, Some(2_500));
        assert_eq!(summary.budget[1].innovation_share, Some(0.25));
        assert_eq!(
            summary.readiness,
            ReadinessCounts {
                ready: 1,
                conditionally_ready: 0,
                not_ready: 0,
                blocked: 1,
                not_assessed: 1
            }
        );
        assert_eq!(summary.stuck, vec!["Chatbot".to_string()]);
        assert_eq!(
            summary.health,
            HealthCounts {
                green: 0,
                amber: 0,
                red: 1,
                none: 2
            }
        );
    }

    /// Past 4,096 initiatives the summary is tallied in two halves on two threads: the
    /// same as one pass over the figures (the window's way), down to the stuck names' order
    /// and sums beyond whole cents' range (capped the same way).
    #[test]
    fn halves_tallied_apart_give_what_one_pass_gives() {
        let mut portfolio = fixture();
        let three = portfolio.initiatives.clone();
        for copy in 0..2_000 {
            for initiative in &three {
                let mut initiative = initiative.clone();
                initiative.name = format!("{} {copy}", initiative.name);
                portfolio.initiatives.push(initiative);
            }
        }
        // Far beyond i64 in sum, and back: the exact total fits again.
        portfolio.initiatives[10].budget_lines =
            vec![line(2030, BudgetCategory::Operation, i64::MAX)];
        portfolio.initiatives[5_000].budget_lines =
            vec![line(2030, BudgetCategory::Operation, i64::MAX)];
        portfolio.initiatives[5_001].budget_lines =
            vec![line(2030, BudgetCategory::Operation, -i64::MAX)];
        portfolio.initiatives[20].budget_lines =
            vec![line(2031, BudgetCategory::Innovation, i64::MAX)];
        portfolio.initiatives[5_002].budget_lines =
            vec![line(2031, BudgetCategory::Innovation, i64::MAX)];
        let today = day(2026, 11, 28);
        let summary = summarize(&portfolio, today, 2026);
        let figures = all_initiative_figures(&portfolio, today);
        assert_eq!(summary, summarize_with(&portfolio, &figures, today, 2026));
        assert_eq!(summary.initiatives, 6_003);
        assert_eq!(summary.by_phase["pilot"].count, 2_001);
        assert_eq!(summary.stuck.len(), 2_001);
        assert!(summary.stuck.is_sorted());
        let year = |wanted: i32| summary.budget.iter().find(|year| year.year == wanted);
        assert_eq!(year(2030).map(|year| year.operation_cents), Some(i64::MAX));
        assert_eq!(year(2031).map(|year| year.innovation_cents), Some(i64::MAX));
    }

    #[test]
    fn all_stopped() {
        let mut portfolio = fixture();
        for initiative in &mut portfolio.initiatives {
            initiative.phase = Phase::Stopped;
            initiative.health_reports.clear();
        }
        let summary = summarize(&portfolio, day(2026, 11, 28), 2026);
        assert_eq!(
            summary.by_phase["stopped"],
            CountAndBudget {
                count: 3,
                innovation_cents: 150_000
            }
        );
        assert!(
            Phase::ALL
                .iter()
                .filter(|phase| **phase != Phase::Stopped)
                .all(|phase| summary.by_phase[phase.id()] == CountAndBudget::default())
        );
        // Stopped initiatives are not stuck, whatever their age; their budget still counts.
        assert!(summary.stuck.is_empty());
        assert_eq!(summary.budget[1].innovation_share_bp, Some(2_500));
        assert_eq!(summary.health.none, 3);
    }

    #[test]
    fn empty_portfolio() {
        let summary = summarize(&Portfolio::default(), day(2026, 11, 28), 2026);
        assert_eq!(summary.initiatives, 0);
        assert!(summary.budget.is_empty());
        assert_eq!(summary.readiness, ReadinessCounts::default());
        assert_eq!(summary.by_phase.len(), Phase::ALL.len());
    }
}
