//! Counts over the rows the views show (the table's filters applied): the readiness
//! matrix, verdicts per phase, the phase funnel, the stuck list, the roadmap's first
//! year and the quadrant map's groups. Computed once when the shown rows change, never
//! in a frame.

use super::{InitiativeFigures, NameOrder};
use crate::domain::{Phase, Portfolio, Quadrant, Verdict};

/// What the quadrant map, phases and readiness views count over the shown rows.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShownFigures {
    /// How many rows are shown.
    pub shown: usize,
    /// Initiatives per (readiness level, use level), each 0–9.
    pub matrix: [[usize; 10]; 10],
    /// The largest cell of `matrix` (at least 1, for shading).
    pub matrix_max: usize,
    /// Initiatives without both levels recorded (or out of range).
    pub levels_unrecorded: usize,
    /// Per phase (`Phase::index`), per verdict (in `Verdict::ALL` order).
    pub verdicts_per_phase: [[usize; 5]; 7],
    /// Per phase: initiatives and their planned innovation budget.
    pub phase_counts: [usize; 7],
    pub phase_budget_cents: [i64; 7],
    /// Stuck initiatives (row, months in phase), longest first, then by name.
    pub stuck: Vec<(usize, u32)>,
    /// The year of the earliest start or gate decision among the shown rows.
    pub earliest_year: Option<i32>,
    /// Shown rows per quadrant (`Quadrant::index`), in the table's order.
    pub quadrant_rows: [Vec<usize>; 4],
    /// Per quadrant: planned innovation budget, and share of the shown rows in basis points.
    pub quadrant_budget_cents: [i64; 4],
    pub quadrant_share_bp: [u32; 4],
    /// Per quadrant, per phase: initiatives (the map groups large quadrants by phase).
    pub quadrant_phase_counts: [[usize; 7]; 4],
    /// The largest planned innovation budget of one shown initiative (at least 1).
    pub max_innovation_cents: i64,
}

/// Count over `rows` (indices into `portfolio.initiatives`, in the table's order).
/// `figures` is per initiative, in portfolio order; `names` the portfolio's name order
/// (built here when it does not cover the portfolio).
pub fn shown_figures(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    names: &NameOrder,
    rows: &[usize],
) -> ShownFigures {
    if names.len() != portfolio.initiatives.len() {
        return shown_figures(portfolio, figures, &NameOrder::build(portfolio), rows);
    }
    let mut shown = ShownFigures {
        shown: rows.len(),
        max_innovation_cents: 1,
        ..ShownFigures::default()
    };
    // Counted in portfolio order, not the table's: one pass through memory instead of a
    // jump per row (at 100,000 rows that was most of the time). Only the quadrant lists
    // keep the table's order, from the quadrant noted per row.
    let initiatives = &portfolio.initiatives;
    let mut quadrant_of: Vec<u8> = vec![u8::MAX; initiatives.len()];
    for &row in rows {
        if let Some(slot) = quadrant_of.get_mut(row) {
            *slot = 0;
        }
    }
    for (row, initiative) in initiatives.iter().enumerate() {
        if quadrant_of[row] == u8::MAX {
            continue;
        }
        // From the figures' copies when there are figures: the initiative is not touched.
        let (phase, quadrant, levels) = match figures.get(row) {
            Some(figures) => (
                figures.phase.index(),
                figures.quadrant.index(),
                (figures.readiness_level, figures.use_level),
            ),
            None => (
                initiative.phase.index(),
                initiative.quadrant.index(),
                (initiative.readiness_level, initiative.use_level),
            ),
        };
        quadrant_of[row] = quadrant as u8;
        match levels {
            (Some(readiness), Some(usage)) if readiness <= 9 && usage <= 9 => {
                shown.matrix[usize::from(readiness)][usize::from(usage)] += 1;
            }
            _ => shown.levels_unrecorded += 1,
        }
        shown.phase_counts[phase] += 1;
        shown.quadrant_phase_counts[quadrant][phase] += 1;
        if let Some(figures) = figures.get(row) {
            shown.verdicts_per_phase[phase][figures.assessment.verdict.index()] += 1;
            let budget = figures.innovation_planned_cents;
            shown.phase_budget_cents[phase] =
                shown.phase_budget_cents[phase].saturating_add(budget);
            shown.quadrant_budget_cents[quadrant] =
                shown.quadrant_budget_cents[quadrant].saturating_add(budget);
            shown.max_innovation_cents = shown.max_innovation_cents.max(budget);
            if figures.stuck {
                shown
                    .stuck
                    .push((row, figures.months_in_phase.unwrap_or(0)));
            }
            if let Some(year) = figures.earliest_year {
                shown.earliest_year =
                    Some(shown.earliest_year.map_or(year, |known| known.min(year)));
            }
        }
    }
    for &row in rows {
        if let Some(&quadrant) = quadrant_of.get(row) {
            shown.quadrant_rows[usize::from(quadrant)].push(row);
        }
    }
    shown.matrix_max = shown
        .matrix
        .iter()
        .flatten()
        .copied()
        .max()
        .unwrap_or(0)
        .max(1);
    let total = rows.len().max(1);
    for quadrant in Quadrant::ALL {
        let index = quadrant.index();
        shown.quadrant_share_bp[index] =
            u32::try_from(shown.quadrant_rows[index].len() * 10_000 / total).unwrap_or(0);
    }
    // Longest first, then by name (lower case, as the table sorts).
    shown
        .stuck
        .sort_unstable_by_key(|&(row, months)| (std::cmp::Reverse(months), names.rank(row)));
    shown
}

impl ShownFigures {
    /// Initiatives in `phase` with `verdict` among the shown rows.
    pub fn verdict_count(&self, phase: Phase, verdict: Verdict) -> usize {
        self.verdicts_per_phase[phase.index()][verdict.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::day;
    use crate::domain::{Initiative, PortfolioSettings};
    use crate::figures::all_initiative_figures;

    fn portfolio() -> Portfolio {
        let mut portfolio = Portfolio {
            settings: PortfolioSettings::default(),
            ..Portfolio::default()
        };
        let rows = [
            (
                "A",
                Quadrant::SmartGovernment,
                Phase::Pilot,
                Some((3, 1)),
                2020,
            ),
            (
                "B",
                Quadrant::SmartGovernment,
                Phase::Pilot,
                Some((3, 1)),
                2023,
            ),
            ("C", Quadrant::SmartSociety, Phase::Idea, None, 2025),
            (
                "D",
                Quadrant::DigitalGovernment,
                Phase::Anchored,
                Some((9, 8)),
                2019,
            ),
        ];
        for (index, (name, quadrant, phase, levels, start)) in rows.into_iter().enumerate() {
            let mut initiative = Initiative::new(name);
            initiative.id = index as i64 + 1;
            initiative.quadrant = quadrant;
            initiative.phase = phase;
            initiative.start_date = Some(day(start, 1, 1));
            initiative.phase_since = Some(day(start, 1, 1));
            if let Some((readiness, usage)) = levels {
                initiative.readiness_level = Some(readiness);
                initiative.use_level = Some(usage);
            }
            portfolio.initiatives.push(initiative);
        }
        portfolio
    }

    #[test]
    fn counts_over_the_shown_rows_only() {
        let portfolio = portfolio();
        let today = day(2026, 11, 28);
        let figures = all_initiative_figures(&portfolio, today);
        // Rows in a table order that is not the portfolio's; D is filtered out.
        let shown = shown_figures(&portfolio, &figures, &NameOrder::default(), &[2, 1, 0]);
        assert_eq!(shown.shown, 3);
        assert_eq!(shown.matrix[3][1], 2);
        assert_eq!(shown.matrix[9][8], 0, "D is not shown");
        assert_eq!(shown.matrix_max, 2);
        assert_eq!(shown.levels_unrecorded, 1);
        assert_eq!(shown.phase_counts[Phase::Pilot.index()], 2);
        assert_eq!(shown.phase_counts[Phase::Idea.index()], 1);
        assert_eq!(shown.phase_counts[Phase::Anchored.index()], 0);
        assert_eq!(
            shown.quadrant_rows[Quadrant::SmartGovernment.index()],
            vec![1, 0],
            "in the table's order"
        );
        assert_eq!(
            shown.quadrant_share_bp[Quadrant::SmartGovernment.index()],
            6_666
        );
        assert_eq!(
            shown.quadrant_share_bp[Quadrant::SmartSociety.index()],
            3_333
        );
        assert_eq!(
            shown.quadrant_phase_counts[Quadrant::SmartGovernment.index()][Phase::Pilot.index()],
            2
        );
        assert_eq!(shown.earliest_year, Some(2020));
        // A (since 2020) and B (since 2023) are pilots past 12 months: A first.
        assert_eq!(
            shown.stuck.iter().map(|(row, _)| *row).collect::<Vec<_>>(),
            vec![0, 1]
        );
        let verdicts: usize = Verdict::ALL
            .iter()
            .map(|verdict| shown.verdict_count(Phase::Pilot, *verdict))
            .sum();
        assert_eq!(verdicts, 2);
    }

    #[test]
    fn nothing_shown() {
        let portfolio = portfolio();
        let shown = shown_figures(&portfolio, &[], &NameOrder::default(), &[]);
        assert_eq!(shown.shown, 0);
        assert_eq!(shown.matrix_max, 1);
        assert_eq!(shown.max_innovation_cents, 1);
        assert_eq!(shown.earliest_year, None);
        assert_eq!(shown.quadrant_share_bp, [0; 4]);
    }
}
