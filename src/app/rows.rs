//! The table's rows (filtered, then sorted) and the budget view's figures: computed by
//! the app when the data, the filters or the sort change, never in a frame.

use crate::domain::*;
use crate::figures::{InitiativeFigures, NameOrder};
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
    let order = sort_order(portfolio, figures, &NameOrder::build(portfolio), sort, tr);
    filter_rows(
        portfolio,
        figures,
        &search_index(portfolio),
        filters,
        &order,
    )
}

/// What the search box searches: per initiative its name, description and owner in
/// lower case, each followed by a line break (which a typed search cannot contain, so a
/// match never runs from one field or initiative into the next). One contiguous text, not
/// a string per row: a search is one SIMD substring scan over it (`memchr::memmem`), and
/// 100,000 initiatives cost one allocation instead of 100,000. An edited row's new text
/// is appended and its old text left unreachable, until that waste outgrows the rest.
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    text: String,
    /// (start in `text`, row), by start.
    segments: Vec<(u32, u32)>,
    /// Per row, the index in `segments` of its current text.
    current: Vec<u32>,
    /// Bytes of texts no longer current.
    waste: usize,
}

impl SearchIndex {
    pub fn build(portfolio: &Portfolio) -> Self {
        let initiatives = &portfolio.initiatives;
        // Sized to fit (lower case is mostly the same length): a guess per row left a
        // fifth of it unused.
        let length: usize = initiatives
            .iter()
            .map(|initiative| {
                initiative.name.len() + initiative.description.len() + initiative.owner.len() + 3
            })
            .sum();
        let mut index = Self {
            text: String::with_capacity(length),
            segments: Vec::with_capacity(initiatives.len()),
            current: Vec::with_capacity(initiatives.len()),
            waste: 0,
        };
        for (row, initiative) in initiatives.iter().enumerate() {
            index.current.push(index.segments.len() as u32);
            index.push(row, initiative);
        }
        index
    }

    fn push(&mut self, row: usize, initiative: &Initiative) {
        self.segments.push((self.text.len() as u32, row as u32));
        // str::to_lowercase has a fast path for ASCII, unlike char-by-char folding.
        for field in [&initiative.name, &initiative.description, &initiative.owner] {
            let folded = field.to_lowercase();
            if folded.contains('\n') {
                // A line break inside a description reads as a space.
                self.text.push_str(&folded.replace('\n', " "));
            } else {
                self.text.push_str(&folded);
            }
            self.text.push('\n');
        }
    }

    /// Row `row` was edited: its new text replaces the old.
    pub fn update(&mut self, portfolio: &Portfolio, row: usize) {
        let (Some(&segment), Some(initiative)) =
            (self.current.get(row), portfolio.initiatives.get(row))
        else {
            return;
        };
        let segment = segment as usize;
        let end = self
            .segments
            .get(segment + 1)
            .map_or(self.text.len(), |next| next.0 as usize);
        self.waste += end - self.segments[segment].0 as usize;
        if self.waste > self.text.len() / 2 {
            *self = Self::build(portfolio);
            return;
        }
        self.current[row] = self.segments.len() as u32;
        self.push(row, initiative);
    }

    /// Row `row`'s current text (its fields, each followed by a line break).
    pub fn text(&self, row: usize) -> &str {
        let Some(&segment) = self.current.get(row) else {
            return "";
        };
        let segment = segment as usize;
        let start = self.segments[segment].0 as usize;
        let end = self
            .segments
            .get(segment + 1)
            .map_or(self.text.len(), |next| next.0 as usize);
        &self.text[start..end]
    }

    /// Per row, whether its text contains `needle` (lower case, without line breaks).
    pub fn matches(&self, needle: &str) -> Vec<bool> {
        let mut hits = vec![false; self.current.len()];
        let finder = memchr::memmem::Finder::new(needle.as_bytes());
        let bytes = self.text.as_bytes();
        let mut position = 0;
        let mut segment = 0;
        while position < bytes.len() {
            let Some(found) = finder.find(&bytes[position..]) else {
                break;
            };
            let at = position + found;
            // The segment holding `at`: the last one starting at or before it.
            segment += self.segments[segment..].partition_point(|&(start, _)| start as usize <= at);
            segment -= 1;
            let row = self.segments[segment].1 as usize;
            if self.current[row] as usize == segment {
                hits[row] = true;
            }
            // On to the next segment: one hit per text is enough.
            position = self
                .segments
                .get(segment + 1)
                .map_or(bytes.len(), |next| next.0 as usize);
        }
        hits
    }

    /// Bytes held (the text and the tables), for the memory figures.
    pub fn bytes(&self) -> usize {
        self.text.capacity()
            + self.segments.capacity() * std::mem::size_of::<(u32, u32)>()
            + self.current.capacity() * std::mem::size_of::<u32>()
    }
}

/// The search index of a portfolio.
pub fn search_index(portfolio: &Portfolio) -> SearchIndex {
    SearchIndex::build(portfolio)
}

/// All initiatives in the order of `sort`, ties by name (lower case), then id. Each row's
/// key is one integer (a translated name's rank, a phase, a figure), so sorting 100,000
/// rows on any column is an integer sort; descending is the ascending order reversed
/// (the keys are unique with the name rank in them).
pub fn sort_order(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    names: &NameOrder,
    sort: Sort,
    tr: &I18n,
) -> Vec<usize> {
    let initiatives = &portfolio.initiatives;
    if names.len() != initiatives.len() {
        return sort_order(portfolio, figures, &NameOrder::build(portfolio), sort, tr);
    }
    let mut rows: Vec<usize> = if sort.column == Column::Name {
        names.rows().iter().map(|&row| row as usize).collect()
    } else {
        let keys = column_keys(portfolio, figures, sort.column, tr);
        let mut keyed: Vec<(u64, u32)> = (0..initiatives.len())
            .map(|row| (keys[row], names.rank(row)))
            .collect();
        keyed.sort_unstable();
        keyed
            .into_iter()
            .map(|(_, rank)| names.rows()[rank as usize] as usize)
            .collect()
    };
    if !sort.ascending {
        rows.reverse();
    }
    rows
}

/// Ranks of translated names (kinds, quadrants) as the user reads them.
fn name_ranks(names: &[String]) -> Vec<u64> {
    names
        .iter()
        .map(|name| names.iter().filter(|other| *other < name).count() as u64)
        .collect()
}

/// Per row, its key under `column` (ascending), as [`compare_rows`] orders them.
fn column_keys(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    column: Column,
    tr: &I18n,
) -> Vec<u64> {
    let initiatives = &portfolio.initiatives;
    let figure = |row: usize| figures.get(row);
    match column {
        Column::Name => vec![0; initiatives.len()],
        Column::Kind => {
            let names: Vec<String> = Kind::ALL
                .iter()
                .map(|kind| tr.name("kind", kind.id()))
                .collect();
            let ranks = name_ranks(&names);
            initiatives
                .iter()
                .map(|initiative| ranks[initiative.kind.index()])
                .collect()
        }
        Column::Quadrant => {
            let names: Vec<String> = Quadrant::ALL
                .iter()
                .map(|quadrant| tr.name("quadrant", quadrant.id()))
                .collect();
            let ranks = name_ranks(&names);
            initiatives
                .iter()
                .map(|initiative| ranks[initiative.quadrant.index()])
                .collect()
        }
        Column::Department => {
            // None first, then the names in order. One look at each row's name: first
            // numbered as met, then the few distinct names ranked.
            let mut met: std::collections::HashMap<&str, u32> = std::collections::HashMap::new();
            let provisional: Vec<u32> = initiatives
                .iter()
                .map(|initiative| {
                    initiative.department.as_deref().map_or(0, |name| {
                        let next = met.len() as u32 + 1;
                        *met.entry(name).or_insert(next)
                    })
                })
                .collect();
            let mut names: Vec<(&str, u32)> = met.into_iter().collect();
            names.sort_unstable();
            let mut ranks = vec![0u64; names.len() + 1];
            for (rank, (_, number)) in names.iter().enumerate() {
                ranks[*number as usize] = rank as u64 + 1;
            }
            provisional
                .into_iter()
                .map(|number| ranks[number as usize])
                .collect()
        }
        Column::Phase => initiatives
            .iter()
            .map(|initiative| initiative.phase.index() as u64)
            .collect(),
        Column::MonthsInPhase => (0..initiatives.len())
            .map(|row| {
                figure(row).map_or(0, |f| {
                    f.months_in_phase.map_or(1, |months| u64::from(months) + 2)
                })
            })
            .collect(),
        Column::Readiness => (0..initiatives.len())
            .map(|row| {
                figure(row).map_or(0, |f| {
                    let score = f.assessment.score_bp.map_or(0, |bp| u64::from(bp) + 1);
                    1 + score * 8 + f.assessment.verdict as u64
                })
            })
            .collect(),
        Column::Health => (0..initiatives.len())
            .map(|row| {
                figure(row).map_or(0, |f| {
                    f.health.map_or(1, |health| health.index() as u64 + 2)
                })
            })
            .collect(),
        Column::Budget => (0..initiatives.len())
            .map(|row| {
                // i64 order as u64 order: flip the sign bit. (Figures are there for every
                // row or for none.)
                figure(row).map_or(0, |f| f.innovation_planned_cents as u64 ^ (1 << 63))
            })
            .collect(),
    }
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
    search_index: &SearchIndex,
    filters: &Filters,
    order: &[usize],
) -> Vec<usize> {
    // Without a filter every row in the order is shown, and no initiative need be looked
    // at: reading each (in the order's sequence, all over memory) took 4 ms at 100,000,
    // most of an edit's refresh.
    if !filters.is_active() {
        let count = portfolio.initiatives.len();
        return order
            .iter()
            .copied()
            .filter(|&index| index < count)
            .collect();
    }
    // A line break cannot match: it separates the fields in the index.
    let needle = filters.search.trim().replace('\n', " ").to_lowercase();
    let hits = (!needle.is_empty()).then(|| search_index.matches(&needle));
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
                        initiative.department.as_deref() == Some(department.as_str())
                    }
                })
                && filters
                    .theme
                    .as_ref()
                    .is_none_or(|theme| initiative.has_theme(theme))
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
                && hits
                    .as_ref()
                    .is_none_or(|hits| hits.get(index).copied().unwrap_or(false))
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

    /// The order `compare_rows` gives: what the integer keys must reproduce.
    fn reference_order(
        portfolio: &Portfolio,
        figures: &[InitiativeFigures],
        sort: Sort,
        tr: &I18n,
    ) -> Vec<usize> {
        let folded: Vec<String> = portfolio
            .initiatives
            .iter()
            .map(|initiative| initiative.name.to_lowercase())
            .collect();
        let kinds: Vec<String> = Kind::ALL.iter().map(|k| tr.name("kind", k.id())).collect();
        let quadrants: Vec<String> = Quadrant::ALL
            .iter()
            .map(|q| tr.name("quadrant", q.id()))
            .collect();
        let mut rows: Vec<usize> = (0..portfolio.initiatives.len()).collect();
        rows.sort_by(|&a, &b| {
            compare_rows(
                portfolio,
                figures,
                sort,
                (&kinds, &quadrants),
                (a, &folded[a]),
                (b, &folded[b]),
            )
        });
        rows
    }

    #[test]
    fn every_column_sorts_as_compared_and_edits_keep_the_name_order() {
        let mut portfolio = crate::demo::synthetic_portfolio(1_500, 5);
        for (row, initiative) in portfolio.initiatives.iter_mut().enumerate() {
            initiative.id = row as i64 + 1;
        }
        // Ties and edge cases: equal names in other case, no department, extreme budgets.
        portfolio.initiatives[3].name = portfolio.initiatives[4].name.to_uppercase();
        portfolio.initiatives[7].department = None;
        portfolio.initiatives[9].department = None;
        portfolio.initiatives[11].budget_lines.push(BudgetLine {
            year: 2026,
            category: BudgetCategory::Innovation,
            planned_cents: -5_000,
            actual_cents: None,
            description: String::new(),
        });
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let figures = crate::figures::all_initiative_figures(&portfolio, today);
        for language in [Language::Dutch, Language::English] {
            let tr = I18n::new(language);
            let mut names = NameOrder::build(&portfolio);
            for column in Column::ALL {
                for ascending in [true, false] {
                    let sort = Sort { column, ascending };
                    let sorted = sort_order(&portfolio, &figures, &names, sort, &tr);
                    let reference = reference_order(&portfolio, &figures, sort, &tr);
                    let first_difference = sorted.iter().zip(&reference).position(|(a, b)| a != b);
                    assert_eq!(
                        first_difference, None,
                        "{column:?}, ascending {ascending}, {language:?}"
                    );
                }
            }
            // Renamed rows move; the kept order equals one built afresh.
            let mut edited = portfolio.clone();
            for (row, name) in [(0, "aaa eerst"), (700, "ZZZ laatst"), (1_499, "Midden m")] {
                edited.initiatives[row].name = name.into();
                names.update(&edited, row);
            }
            let fresh = NameOrder::build(&edited);
            assert_eq!(names.rows(), fresh.rows());
            assert!((0..1_500).all(|row| names.rank(row) == fresh.rank(row)));
        }
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
    fn the_search_index_follows_edits() {
        let mut portfolio = portfolio();
        let mut index = SearchIndex::build(&portfolio);
        let hits = |index: &SearchIndex, needle: &str| -> Vec<usize> {
            index
                .matches(needle)
                .iter()
                .enumerate()
                .filter_map(|(row, hit)| hit.then_some(row))
                .collect()
        };
        assert_eq!(
            hits(&index, "b"),
            [0, 1, 2],
            "Chatbot, B. Jansen, Burgermeetnet"
        );
        assert_eq!(index.text(1), "afvalapp\nmeldingen\nb. jansen\n");
        // Edited many times over: the old text never matches, the new one does, and the
        // index stays the size of one text per row (the waste is cleared).
        for round in 0..50 {
            portfolio.initiatives[1].name = format!("Ronde {round} ÄNDERUNG");
            index.update(&portfolio, 1);
            assert_eq!(hits(&index, "afvalapp"), Vec::<usize>::new());
            assert_eq!(hits(&index, &format!("ronde {round} ä")), [1]);
            assert_eq!(hits(&index, "ronde"), [1], "round {round}");
        }
        assert!(index.bytes() < 4 * 1024, "{} bytes", index.bytes());
        portfolio.initiatives[2].description = "Eerste regel\nTweede regel".into();
        index.update(&portfolio, 2);
        assert_eq!(
            hits(&index, "regel tweede"),
            [2],
            "a line break reads as a space"
        );
        assert_eq!(hits(&index, "regelc. bakker"), Vec::<usize>::new());
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

    /// Without a filter the order is shown as it is (rows past the portfolio left out),
    /// the same rows as a filter that lets everything through.
    #[test]
    fn without_a_filter_every_row_in_the_order_is_shown() {
        let portfolio = portfolio();
        let index = search_index(&portfolio);
        let order = [2, 0, 7, 1];
        let none = filter_rows(&portfolio, &[], &index, &Filters::default(), &order);
        assert_eq!(none, [2, 0, 1]);
        let blank_search = Filters {
            search: "  ".into(),
            ..Filters::default()
        };
        assert!(blank_search.is_active());
        assert_eq!(
            filter_rows(&portfolio, &[], &index, &blank_search, &order),
            none
        );
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
