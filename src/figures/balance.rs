//! The portfolio's balance (issue "Balance and learning", item 1): per dimension of
//! section 2.2 (and the partners' helix roles and the themes), how many of the shown
//! initiatives have each value and their planned innovation budget, with "not
//! classified" as a bar of its own. Computed when the balance view is shown and the
//! shown rows change, never in a frame.

use std::collections::HashMap;

use super::InitiativeFigures;
use crate::domain::{
    Degree, Dimension, Facet, HelixRole, InnovationType, InsideOutside, ManagementModel, Organised,
    Portfolio, TechLevel, playing_field,
};

/// One bar: a facet, its initiatives among the shown rows, and their planned
/// innovation budget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetBar {
    pub facet: Facet,
    pub count: usize,
    pub innovation_cents: i64,
}

/// One dimension's bars, in a fixed order ("not classified" last; themes by count).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetGroup {
    pub dimension: Dimension,
    pub bars: Vec<FacetBar>,
}

impl FacetGroup {
    /// The largest count of a bar (at least 1, for the bars' lengths).
    pub fn max_count(&self) -> usize {
        self.bars
            .iter()
            .map(|bar| bar.count)
            .max()
            .unwrap_or(0)
            .max(1)
    }
}

/// The balance of the shown rows (`rows`: indices into `portfolio.initiatives`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Balance {
    /// How many rows are shown.
    pub shown: usize,
    /// In `Dimension::ALL` order.
    pub groups: Vec<FacetGroup>,
    /// The management models against the director's target spread.
    pub models: ModelSpread,
}

/// More, better and different (table 2.3) among the shown initiatives classified by
/// management model, against the target spread the director set (both in basis points,
/// in `ManagementModel::ALL` order; the target is 100 % of the classified).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ModelSpread {
    /// Shown initiatives with a management model.
    pub classified: usize,
    /// Each model's share of the classified (rounded down); `None` when none is.
    pub shares_bp: Option<[u32; 3]>,
    /// The director's target; `None` when none is set.
    pub targets_bp: Option<[u32; 3]>,
}

impl ModelSpread {
    /// How far a model's share is from its target, in basis points (negative: below it);
    /// `None` without a target or without classified initiatives.
    pub fn gap_bp(&self, model: ManagementModel) -> Option<i64> {
        let (shares, targets) = (self.shares_bp?, self.targets_bp?);
        Some(i64::from(shares[model.index()]) - i64::from(targets[model.index()]))
    }

    /// How many of the classified initiatives the target asks for in `model` (rounded
    /// to the nearest), for the mark on the bar.
    pub fn target_count(&self, model: ManagementModel) -> Option<f64> {
        let targets = self.targets_bp?;
        Some(self.classified as f64 * f64::from(targets[model.index()]) / 10_000.0)
    }
}

/// Counts per value of a dimension with a fixed list of values (index `values.len()`:
/// not classified).
struct Tally {
    counts: Vec<(usize, i64)>,
}

impl Tally {
    fn new(values: usize) -> Self {
        Tally {
            counts: vec![(0, 0); values + 1],
        }
    }

    fn add(&mut self, index: Option<usize>, budget: i64) {
        let slot = index.unwrap_or(self.counts.len() - 1);
        let (count, cents) = &mut self.counts[slot];
        *count += 1;
        *cents = cents.saturating_add(budget);
    }

    fn group(self, dimension: Dimension) -> FacetGroup {
        FacetGroup {
            dimension,
            bars: Facet::values(dimension)
                .into_iter()
                .zip(self.counts)
                .map(|(facet, (count, innovation_cents))| FacetBar {
                    facet,
                    count,
                    innovation_cents,
                })
                .collect(),
        }
    }
}

pub fn balance(portfolio: &Portfolio, figures: &[InitiativeFigures], rows: &[usize]) -> Balance {
    let mut degree = Tally::new(Degree::ALL.len());
    let mut kind = Tally::new(InnovationType::ALL.len());
    let mut field = Tally::new(InsideOutside::ALL.len() * InsideOutside::ALL.len());
    let mut tech = Tally::new(TechLevel::ALL.len());
    let mut model = Tally::new(ManagementModel::ALL.len());
    let mut organised = Tally::new(Organised::ALL.len());
    let mut helix = Tally::new(HelixRole::ALL.len());
    let mut themes: HashMap<&str, (usize, i64)> = HashMap::new();
    let mut no_theme = (0usize, 0i64);
    for &row in rows {
        let Some(initiative) = portfolio.initiatives.get(row) else {
            continue;
        };
        let budget = figures
            .get(row)
            .map_or(0, |figures| figures.innovation_planned_cents);
        let c = &initiative.characteristics;
        degree.add(c.degree.map(Degree::index), budget);
        kind.add(c.innovation_type.map(InnovationType::index), budget);
        field.add(
            playing_field(initiative).map(|(technology, group)| {
                technology.index() * InsideOutside::ALL.len() + group.index()
            }),
            budget,
        );
        tech.add(c.tech_level.map(TechLevel::index), budget);
        model.add(c.management_model.map(ManagementModel::index), budget);
        organised.add(c.organised.map(Organised::index), budget);
        // An initiative counts once in each role its partners have.
        let mut roles = [false; 4];
        for partner in &initiative.partners {
            roles[partner.helix_role.index()] = true;
        }
        if roles.iter().any(|role| *role) {
            for (index, _) in roles.iter().enumerate().filter(|(_, has)| **has) {
                helix.add(Some(index), budget);
            }
        } else {
            helix.add(None, budget);
        }
        if initiative.themes.is_empty() {
            no_theme.0 += 1;
            no_theme.1 = no_theme.1.saturating_add(budget);
        }
        for (position, theme) in initiative.themes.iter().enumerate() {
            // A theme written twice counts once.
            if initiative.themes[..position].contains(theme) {
                continue;
            }
            let (count, cents) = themes.entry(&**theme).or_default();
            *count += 1;
            *cents = cents.saturating_add(budget);
        }
    }
    let mut theme_bars: Vec<FacetBar> = themes
        .into_iter()
        .map(|(theme, (count, innovation_cents))| FacetBar {
            facet: Facet::Theme(Some(theme.to_string())),
            count,
            innovation_cents,
        })
        .collect();
    theme_bars.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then_with(|| theme_name(&a.facet).cmp(theme_name(&b.facet)))
    });
    theme_bars.push(FacetBar {
        facet: Facet::Theme(None),
        count: no_theme.0,
        innovation_cents: no_theme.1,
    });
    let classified: usize = model.counts[..ManagementModel::ALL.len()]
        .iter()
        .map(|(count, _)| count)
        .sum();
    let models = ModelSpread {
        classified,
        shares_bp: (classified > 0).then(|| {
            let mut shares = [0u32; 3];
            for (share, (count, _)) in shares.iter_mut().zip(&model.counts) {
                *share = u32::try_from(count * 10_000 / classified).unwrap_or(10_000);
            }
            shares
        }),
        targets_bp: portfolio.settings.model_targets_bp,
    };
    let mut groups = Vec::new();
    for dimension in Dimension::ALL {
        let tally = match dimension {
            Dimension::Degree => std::mem::replace(&mut degree, Tally::new(0)),
            Dimension::InnovationType => std::mem::replace(&mut kind, Tally::new(0)),
            Dimension::PlayingField => std::mem::replace(&mut field, Tally::new(0)),
            Dimension::TechLevel => std::mem::replace(&mut tech, Tally::new(0)),
            Dimension::ManagementModel => std::mem::replace(&mut model, Tally::new(0)),
            Dimension::Organised => std::mem::replace(&mut organised, Tally::new(0)),
            Dimension::Helix => std::mem::replace(&mut helix, Tally::new(0)),
            Dimension::Theme => {
                groups.push(FacetGroup {
                    dimension,
                    bars: std::mem::take(&mut theme_bars),
                });
                continue;
            }
        };
        groups.push(tally.group(dimension));
    }
    Balance {
        shown: rows.len(),
        groups,
        models,
    }
}

fn theme_name(facet: &Facet) -> &str {
    match facet {
        Facet::Theme(Some(theme)) => theme,
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::*;

    fn initiative(name: &str, innovation_euros: i64) -> Initiative {
        let mut initiative = Initiative::new(name);
        initiative.budget_lines.push(BudgetLine {
            year: 2026,
            category: BudgetCategory::Innovation,
            planned_cents: innovation_euros * 100,
            actual_cents: None,
            description: String::new(),
        });
        initiative
    }

    fn bar(balance: &Balance, facet: Facet) -> (usize, i64) {
        balance
            .groups
            .iter()
            .flat_map(|group| &group.bars)
            .find(|bar| bar.facet == facet)
            .map(|bar| (bar.count, bar.innovation_cents))
            .unwrap_or_else(|| panic!("no bar {facet:?}"))
    }

    /// Three initiatives, classified by hand; the counts and sums worked out by hand.
    #[test]
    fn counts_and_budgets_per_value_with_not_classified_as_its_own_bar() {
        let mut a = initiative("Chatbot", 10_000);
        a.characteristics.degree = Some(Degree::Radical);
        a.characteristics.management_model = Some(ManagementModel::Different);
        a.characteristics.technology_from = Some(InsideOutside::Inside);
        a.characteristics.target_group = Some(InsideOutside::Outside);
        a.partners = thin_vec::thin_vec![
            Partner {
                name: "Hogeschool".into(),
                helix_role: HelixRole::Knowledge,
            },
            Partner {
                name: "Universiteit".into(),
                helix_role: HelixRole::Knowledge,
            },
            Partner {
                name: "Bewoners".into(),
                helix_role: HelixRole::CivilSociety,
            },
        ];
        a.themes = thin_vec::thin_vec!["mobiliteit".into(), "klimaat".into()];
        let mut b = initiative("Sensoren", 2_500);
        b.characteristics.degree = Some(Degree::Incremental);
        b.characteristics.management_model = Some(ManagementModel::Different);
        b.characteristics.technology_from = Some(InsideOutside::Outside);
        b.themes = thin_vec::thin_vec!["klimaat".into()];
        let c = initiative("Dashboard", 400);
        let portfolio = Portfolio {
            initiatives: vec![a, b, c],
            ..Portfolio::default()
        };
        let settings = PortfolioSettings::default();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("date");
        let figures: Vec<_> = portfolio
            .initiatives
            .iter()
            .map(|initiative| super::super::initiative_figures(initiative, &settings, today))
            .collect();
        let all = balance(&portfolio, &figures, &[0, 1, 2]);
        assert_eq!(all.shown, 3);
        assert_eq!(all.groups.len(), Dimension::ALL.len());
        assert_eq!(
            bar(&all, Facet::Degree(Some(Degree::Radical))),
            (1, 1_000_000)
        );
        assert_eq!(
            bar(&all, Facet::Degree(Some(Degree::Incremental))),
            (1, 250_000)
        );
        assert_eq!(bar(&all, Facet::Degree(None)), (1, 40_000));
        assert_eq!(
            bar(
                &all,
                Facet::ManagementModel(Some(ManagementModel::Different))
            ),
            (2, 1_250_000)
        );
        assert_eq!(
            bar(&all, Facet::ManagementModel(Some(ManagementModel::More))),
            (0, 0)
        );
        assert_eq!(bar(&all, Facet::ManagementModel(None)), (1, 40_000));
        // Table 2.1 needs both: the sensors (technology only) are not classified.
        assert_eq!(
            bar(
                &all,
                Facet::PlayingField(Some((InsideOutside::Inside, InsideOutside::Outside)))
            ),
            (1, 1_000_000)
        );
        assert_eq!(bar(&all, Facet::PlayingField(None)), (2, 290_000));
        // Two knowledge partners count the chatbot once there.
        assert_eq!(
            bar(&all, Facet::Helix(Some(HelixRole::Knowledge))),
            (1, 1_000_000)
        );
        assert_eq!(
            bar(&all, Facet::Helix(Some(HelixRole::CivilSociety))),
            (1, 1_000_000)
        );
        assert_eq!(bar(&all, Facet::Helix(Some(HelixRole::Business))), (0, 0));
        assert_eq!(bar(&all, Facet::Helix(None)), (2, 290_000));
        assert_eq!(
            bar(&all, Facet::Theme(Some("klimaat".into()))),
            (2, 1_250_000)
        );
        assert_eq!(bar(&all, Facet::Theme(None)), (1, 40_000));
        let themes = &all.groups[Dimension::ALL
            .iter()
            .position(|dimension| *dimension == Dimension::Theme)
            .expect("themes")];
        assert_eq!(
            themes
                .bars
                .iter()
                .map(|bar| bar.facet.clone())
                .collect::<Vec<_>>(),
            vec![
                Facet::Theme(Some("klimaat".into())),
                Facet::Theme(Some("mobiliteit".into())),
                Facet::Theme(None)
            ],
            "by count, then name; no theme last"
        );
        // Two classified, both "different": 100 % different; no target set yet.
        assert_eq!(all.models.classified, 2);
        assert_eq!(all.models.shares_bp, Some([0, 0, 10_000]));
        assert_eq!(all.models.gap_bp(ManagementModel::Different), None);
        // Every dimension with fixed values sums to the shown rows.
        for group in &all.groups {
            if !matches!(group.dimension, Dimension::Helix | Dimension::Theme) {
                assert_eq!(
                    group.bars.iter().map(|bar| bar.count).sum::<usize>(),
                    3,
                    "{:?}",
                    group.dimension
                );
            }
        }
        // Each bar's facet picks exactly the initiatives it counted.
        for group in &all.groups {
            for bar in &group.bars {
                let matching = portfolio
                    .initiatives
                    .iter()
                    .filter(|initiative| bar.facet.matches(initiative))
                    .count();
                assert_eq!(matching, bar.count, "{:?}", bar.facet);
            }
        }
        // Nothing shown: every bar is there, at zero.
        let none = balance(&portfolio, &figures, &[]);
        assert_eq!(none.shown, 0);
        assert_eq!(bar(&none, Facet::Degree(None)), (0, 0));
        assert_eq!(bar(&none, Facet::Theme(None)), (0, 0));
    }

    /// The spread against the director's target, worked by hand: 3 more, 1 better, 0
    /// different and 2 not classified; target 50 / 30 / 20.
    #[test]
    fn management_models_against_the_target_spread() {
        let mut initiatives = Vec::new();
        for (name, model) in [
            ("a", Some(ManagementModel::More)),
            ("b", Some(ManagementModel::More)),
            ("c", Some(ManagementModel::More)),
            ("d", Some(ManagementModel::Better)),
            ("e", None),
            ("f", None),
        ] {
            let mut initiative = initiative(name, 100);
            initiative.characteristics.management_model = model;
            initiatives.push(initiative);
        }
        let mut portfolio = Portfolio {
            initiatives,
            ..Portfolio::default()
        };
        portfolio.settings.model_targets_bp = Some([5000, 3000, 2000]);
        let rows: Vec<usize> = (0..6).collect();
        let spread = balance(&portfolio, &[], &rows).models;
        assert_eq!(spread.classified, 4);
        assert_eq!(spread.shares_bp, Some([7500, 2500, 0]));
        assert_eq!(spread.gap_bp(ManagementModel::More), Some(2500));
        assert_eq!(spread.gap_bp(ManagementModel::Better), Some(-500));
        assert_eq!(spread.gap_bp(ManagementModel::Different), Some(-2000));
        assert_eq!(spread.target_count(ManagementModel::Different), Some(0.8));
        // Only the unclassified shown: no shares, so no gaps.
        let none = balance(&portfolio, &[], &[4, 5]).models;
        assert_eq!((none.classified, none.shares_bp), (0, None));
        assert_eq!(none.gap_bp(ManagementModel::More), None);
    }
}
