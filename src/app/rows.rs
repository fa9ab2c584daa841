//! The table's rows (filtered, then sorted) and the budget view's figures: computed by
//! the app when the data, the filters or the sort change, never in a frame.

use crate::domain::*;
use crate::figures::InitiativeFigures;
use crate::i18n::I18n;

use super::{Column, Filters, HealthFilter, Sort};

/// What the budget view draws, computed when the data, filters, period or ticks change.
#[derive(Debug, Clone, Default)]
pub struct BudgetView {
    pub figures: crate::figures::budget::BudgetFigures,
    pub projection: crate::figures::budget::Projection,
    /// Whether the departments' baseline operation is in the figures.
    pub baseline: crate::figures::budget::BaselineScope,
    /// Pilots in view that can be ticked into the projection, in the table's order.
    pub tickable: Vec<usize>,
    /// How many of `tickable` are ticked.
    pub ticked_in_view: usize,
    /// The target innovation share in basis points.
    pub target_bp: u32,
}

impl BudgetView {
    pub fn compute(
        portfolio: &Portfolio,
        rows: &[usize],
        filters: &Filters,
        period: Option<i32>,
        ticked: &std::collections::HashSet<InitiativeId>,
        this_year: i32,
    ) -> Self {
        use crate::figures::budget::{self, BaselineScope};
        let only_department = Filters {
            department: filters.department.clone(),
            ..Filters::default()
        };
        let baseline = match &filters.department {
            None if !filters.is_active() => BaselineScope::All,
            Some(name) if *filters == only_department => BaselineScope::Department(name.clone()),
            _ => BaselineScope::Excluded,
        };
        // In the table's order, so the list reads like the table.
        let tickable: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&row| budget::can_tick_into_projection(portfolio.initiatives[row].phase))
            .collect();
        let ticked_in_view = tickable
            .iter()
            .filter(|&&row| ticked.contains(&portfolio.initiatives[row].id))
            .count();
        // The two are independent: on two cores they take the time of the slower one.
        let (figures, projection) = std::thread::scope(|scope| {
            let figures =
                scope.spawn(|| budget::budget_figures(portfolio, rows, &baseline, period));
            let projection =
                budget::project_operation(portfolio, rows, &baseline, ticked, this_year);
            (figures.join(), projection)
        });
        let figures =
            figures.unwrap_or_else(|_| budget::budget_figures(portfolio, rows, &baseline, period));
        Self {
            ticked_in_view,
            figures,
            projection,
            baseline,
            tickable,
            target_bp: portfolio.settings.target_innovation_share_bp,
        }
    }
}

/// The rows the table shows: filtered, then sorted (ties by name, then id).
pub fn filter_and_sort(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    filters: &Filters,
    sort: Sort,
    tr: &I18n,
) -> Vec<usize> {
    let order = sort_order(portfolio, figures, sort, tr);
    filter_rows(
        portfolio,
        figures,
        &search_index(portfolio),
        filters,
        &order,
    )
}

/// Per initiative, its name, description and owner in lower case, separated by a line
/// break (which a typed search cannot contain). Built once per data change, so a search
/// is one substring scan per row.
pub fn search_index(portfolio: &Portfolio) -> Vec<String> {
    portfolio.initiatives.iter().map(search_text).collect()
}

/// One initiative's entry in the search index.
pub(super) fn search_text(initiative: &Initiative) -> String {
    // str::to_lowercase has a fast path for ASCII, unlike char-by-char folding.
    let mut text = initiative.name.to_lowercase();
    text.push('\n');
    text.push_str(&initiative.description.to_lowercase());
    text.push('\n');
    text.push_str(&initiative.owner.to_lowercase());
    text
}

/// All initiatives in the order of `sort`. Costly at 100,000 rows, so the app caches it
/// per data generation, sort and language; typing in the search box only filters.
pub fn sort_order(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    sort: Sort,
    tr: &I18n,
) -> Vec<usize> {
    let initiatives = &portfolio.initiatives;
    // Sort keys computed once per row, not once per comparison.
    let folded_names: Vec<String> = initiatives
        .iter()
        .map(|initiative| initiative.name.to_lowercase())
        .collect();
    let kind_names: Vec<String> = Kind::ALL
        .iter()
        .map(|kind| tr.name("kind", kind.id()))
        .collect();
    let quadrant_names: Vec<String> = Quadrant::ALL
        .iter()
        .map(|quadrant| tr.name("quadrant", quadrant.id()))
        .collect();
    let mut rows: Vec<usize> = (0..initiatives.len()).collect();
    rows.sort_unstable_by(|&a, &b| {
        compare_rows(
            portfolio,
            figures,
            sort,
            (&kind_names, &quadrant_names),
            (a, &folded_names[a]),
            (b, &folded_names[b]),
        )
    });
    rows
}

/// Translated kind and quadrant names, which the sort compares as the user reads them.
type TranslatedNames<'a> = (&'a [String], &'a [String]);

/// The order of two rows under `sort`; ties by lower-case name, then id.
pub(super) fn compare_rows(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    sort: Sort,
    (kind_names, quadrant_names): TranslatedNames<'_>,
    (a, folded_a): (usize, &str),
    (b, folded_b): (usize, &str),
) -> std::cmp::Ordering {
    let (left, right) = (&portfolio.initiatives[a], &portfolio.initiatives[b]);
    let (left_figures, right_figures) = (figures.get(a), figures.get(b));
    let ordering = match sort.column {
        Column::Name => std::cmp::Ordering::Equal,
        Column::Kind => kind_names[left.kind.index()].cmp(&kind_names[right.kind.index()]),
        Column::Department => left.department.cmp(&right.department),
        Column::Quadrant => {
            quadrant_names[left.quadrant.index()].cmp(&quadrant_names[right.quadrant.index()])
        }
        Column::Phase => left.phase.cmp(&right.phase),
        Column::MonthsInPhase => left_figures
            .map(|f| f.months_in_phase)
            .cmp(&right_figures.map(|f| f.months_in_phase)),
        Column::Readiness => left_figures
            .map(|f| (f.assessment.score_bp, f.assessment.verdict))
            .cmp(&right_figures.map(|f| (f.assessment.score_bp, f.assessment.verdict))),
        Column::Health => left_figures
            .map(|f| f.health)
            .cmp(&right_figures.map(|f| f.health)),
        Column::Budget => left_figures
            .map(|f| f.innovation_planned_cents)
            .cmp(&right_figures.map(|f| f.innovation_planned_cents)),
    }
    .then_with(|| folded_a.cmp(folded_b))
    .then_with(|| left.id.cmp(&right.id));
    if sort.ascending {
        ordering
    } else {
        ordering.reverse()
    }
}

/// The rows of `order` that pass the filters and the free-text search, in that order.
pub fn filter_rows(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    search_index: &[String],
    filters: &Filters,
    order: &[usize],
) -> Vec<usize> {
    // A line break cannot match: it separates the fields in the index.
    let needle = filters.search.trim().replace('\n', " ").to_lowercase();
    order
        .iter()
        .copied()
        .filter(|&index| {
            let Some(initiative) = portfolio.initiatives.get(index) else {
                return false;
            };
            filters
                .quadrant
                .is_none_or(|quadrant| initiative.quadrant == quadrant)
                && filters.phase.is_none_or(|phase| initiative.phase == phase)
                && filters.kind.is_none_or(|kind| initiative.kind == kind)
                // The empty name stands for "without a department" (names are never empty).
                && filters.department.as_ref().is_none_or(|department| {
                    if department.is_empty() {
                        initiative.department.is_none()
                    } else {
                        initiative.department.as_ref() == Some(department)
                    }
                })
                && filters
                    .theme
                    .as_ref()
                    .is_none_or(|theme| initiative.themes.contains(theme))
                && filters.health.is_none_or(|health| {
                    let latest = figures.get(index).and_then(|figures| figures.health);
                    match health {
                        HealthFilter::Status(status) => latest == Some(status),
                        HealthFilter::NoReport => latest.is_none(),
                    }
                })
                && filters.verdict.is_none_or(|verdict| {
                    figures
                        .get(index)
                        .is_some_and(|figures| figures.assessment.verdict == verdict)
                })
                && (!filters.stuck || figures.get(index).is_some_and(|figures| figures.stuck))
                && filters
                    .facet
                    .as_ref()
                    .is_none_or(|facet| facet.matches(initiative))
                && filters.matrix_cell.is_none_or(|(readiness, usage)| {
                    initiative.readiness_level == Some(readiness)
                        && initiative.use_level == Some(usage)
                })
                && (needle.is_empty()
                    || search_index
                        .get(index)
                        .is_some_and(|text| text.contains(needle.as_str())))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Language;

    fn portfolio() -> Portfolio {
        let mut portfolio = Portfolio::default();
        for (name, description, owner, phase) in [
            ("Chatbot", "Vragen van inwoners", "A. Öztürk", Phase::Pilot),
            ("afvalapp", "Meldingen", "B. Jansen", Phase::Idea),
            ("Burgermeetnet", "Fijnstof meten", "C. Bakker", Phase::Pilot),
        ] {
            let mut initiative = Initiative::new(name);
            initiative.id = portfolio.initiatives.len() as i64 + 1;
            initiative.description = description.into();
            initiative.owner = owner.into();
            initiative.phase = phase;
            portfolio.initiatives.push(initiative);
        }
        portfolio
    }

    fn names(portfolio: &Portfolio, rows: &[usize]) -> Vec<String> {
        rows.iter()
            .map(|&row| portfolio.initiatives[row].name.clone())
            .collect()
    }

    #[test]
    fn search_folds_case_and_stays_within_a_field() {
        let portfolio = portfolio();
        let tr = I18n::new(Language::Dutch);
        let search = |text: &str| {
            let filters = Filters {
                search: text.into(),
                ..Filters::default()
            };
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &filters, Sort::default(), &tr),
            )
        };
        assert_eq!(search("ÖZTÜRK"), vec!["Chatbot"]);
        assert_eq!(search("fijnstof"), vec!["Burgermeetnet"]);
        assert_eq!(search("  meldingen "), vec!["afvalapp"]);
        assert!(
            search("inwonersA.").is_empty(),
            "no match across description and owner"
        );
        assert_eq!(search("").len(), 3);
    }

    #[test]
    fn the_empty_department_filter_means_without_a_department() {
        let mut portfolio = portfolio();
        portfolio.initiatives[0].department = Some("Dienstverlening".into());
        let tr = I18n::new(Language::English);
        let shown = |department: &str| {
            let filters = Filters {
                department: Some(department.into()),
                ..Filters::default()
            };
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &filters, Sort::default(), &tr),
            )
        };
        assert_eq!(shown("Dienstverlening"), ["Chatbot"]);
        assert_eq!(shown(""), ["afvalapp", "Burgermeetnet"]);
    }

    #[test]
    fn filters_and_sort() {
        let portfolio = portfolio();
        let tr = I18n::new(Language::English);
        let all = Filters::default();
        // Name order is case-insensitive: "afvalapp" sorts first.
        assert_eq!(
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &all, Sort::default(), &tr)
            ),
            ["afvalapp", "Burgermeetnet", "Chatbot"]
        );
        let descending = Sort {
            column: Column::Name,
            ascending: false,
        };
        assert_eq!(
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &all, descending, &tr)
            ),
            ["Chatbot", "Burgermeetnet", "afvalapp"]
        );
        let pilots = Filters {
            phase: Some(Phase::Pilot),
            ..Filters::default()
        };
        assert_eq!(
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &pilots, Sort::default(), &tr)
            ),
            ["Burgermeetnet", "Chatbot"]
        );
        let by_phase = Sort {
            column: Column::Phase,
            ascending: true,
        };
        assert_eq!(
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &all, by_phase, &tr)
            )[0],
            "afvalapp"
        );
        let no_report = Filters {
            health: Some(HealthFilter::NoReport),
            ..Filters::default()
        };
        assert_eq!(
            filter_and_sort(&portfolio, &[], &no_report, Sort::default(), &tr).len(),
            3
        );
    }
}
