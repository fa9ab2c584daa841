//! Scaling readiness: the conditions the source names, rated 0 (not met), 1 (partly met)
//! or 2 (met), and the verdict they give (docs/domain.md, "Scaling readiness").

use serde::{Deserialize, Serialize};

/// The eight conditions for moving from experiment to structural use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Criterion {
    PublicValue,
    EthicsPrivacy,
    StructuralFunding,
    KnowledgeCapacity,
    Ownership,
    IntegrationStandards,
    Regulation,
    CollaborationAdoption,
}

impl Criterion {
    pub const ALL: [Criterion; 8] = [
        Criterion::PublicValue,
        Criterion::EthicsPrivacy,
        Criterion::StructuralFunding,
        Criterion::KnowledgeCapacity,
        Criterion::Ownership,
        Criterion::IntegrationStandards,
        Criterion::Regulation,
        Criterion::CollaborationAdoption,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Criterion::PublicValue => "public_value",
            Criterion::EthicsPrivacy => "ethics_privacy",
            Criterion::StructuralFunding => "structural_funding",
            Criterion::KnowledgeCapacity => "knowledge_capacity",
            Criterion::Ownership => "ownership",
            Criterion::IntegrationStandards => "integration_standards",
            Criterion::Regulation => "regulation",
            Criterion::CollaborationAdoption => "collaboration_adoption",
        }
    }

    pub fn from_id(id: &str) -> Option<Self> {
        Criterion::ALL
            .into_iter()
            .find(|criterion| criterion.id() == id)
    }

    pub fn index(self) -> usize {
        self as usize
    }

    /// A zero on one of these blocks scaling whatever the score.
    pub fn is_blocking(self) -> bool {
        matches!(
            self,
            Criterion::StructuralFunding | Criterion::EthicsPrivacy | Criterion::Ownership
        )
    }
}

/// Highest rating of a criterion (met).
pub const MAX_RATING: u8 = 2;

/// The ratings of one initiative; `None` = not rated.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadinessRatings(pub [Option<u8>; 8]);

impl ReadinessRatings {
    pub fn get(&self, criterion: Criterion) -> Option<u8> {
        self.0[criterion.index()]
    }

    pub fn set(&mut self, criterion: Criterion, rating: Option<u8>) {
        self.0[criterion.index()] = rating.map(|value| value.min(MAX_RATING));
    }

    pub fn is_unrated(&self) -> bool {
        self.0.iter().all(Option::is_none)
    }
}

/// Portfolio settings for the readiness model, with the defaults of docs/domain.md.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadinessSettings {
    /// Weight per criterion, in `Criterion::ALL` order. Default 1 each (score = sum / 16).
    pub weights: [u32; 8],
    /// Percentage at or above which an unblocked initiative is ready (default 75).
    pub ready_threshold_pct: u32,
    /// Percentage at or above which it is conditionally ready (default 50).
    pub conditional_threshold_pct: u32,
}

impl Default for ReadinessSettings {
    fn default() -> Self {
        Self {
            weights: [1; 8],
            ready_threshold_pct: 75,
            conditional_threshold_pct: 50,
        }
    }
}

/// The verdict of the readiness model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Ready,
    ConditionallyReady,
    NotReady,
    Blocked,
    NotAssessed,
}

impl Verdict {
    pub const ALL: [Verdict; 5] = [
        Verdict::Ready,
        Verdict::ConditionallyReady,
        Verdict::NotReady,
        Verdict::Blocked,
        Verdict::NotAssessed,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Verdict::Ready => "ready",
            Verdict::ConditionallyReady => "conditionally_ready",
            Verdict::NotReady => "not_ready",
            Verdict::Blocked => "blocked",
            Verdict::NotAssessed => "not_assessed",
        }
    }

    /// Position in `ALL`, for arrays indexed by verdict.
    pub fn index(self) -> usize {
        self as usize
    }
}

/// A set of criteria, in `Criterion::ALL` order: one byte (an assessment is computed for
/// every initiative, so 100,000 of them hold no lists of their own).
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct CriterionSet(u8);

impl CriterionSet {
    pub fn insert(&mut self, criterion: Criterion) {
        self.0 |= 1 << criterion.index();
    }

    pub fn contains(self, criterion: Criterion) -> bool {
        self.0 & (1 << criterion.index()) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// The criteria in the set, in `Criterion::ALL` order.
    pub fn iter(self) -> impl Iterator<Item = Criterion> {
        Criterion::ALL
            .into_iter()
            .filter(move |criterion| self.contains(*criterion))
    }
}

impl std::fmt::Debug for CriterionSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl FromIterator<Criterion> for CriterionSet {
    fn from_iter<I: IntoIterator<Item = Criterion>>(criteria: I) -> Self {
        let mut set = Self::default();
        for criterion in criteria {
            set.insert(criterion);
        }
        set
    }
}

/// A verdict that explains itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub verdict: Verdict,
    /// Weighted score in basis points of the maximum (7500 = 75 %); `None` when not assessed.
    pub score_bp: Option<u32>,
    /// Criteria rated 0 that block scaling.
    pub blocking: CriterionSet,
    /// Criteria not fully met (rated 0 or 1), which hold the score back.
    pub holding_back: CriterionSet,
    /// Criteria not rated (they count as 0 in the score once anything is rated).
    pub unrated: CriterionSet,
}

/// Assess an initiative's scaling readiness.
///
/// Unrated initiatives are "not assessed", never 0 %. Once any criterion is rated, an
/// unrated one counts as 0 for the score but does not block: only a rating of 0 on
/// structural funding, ethics and privacy, or ownership blocks.
pub fn assess(ratings: &ReadinessRatings, settings: &ReadinessSettings) -> Assessment {
    let unrated: CriterionSet = Criterion::ALL
        .into_iter()
        .filter(|criterion| ratings.get(*criterion).is_none())
        .collect();
    if ratings.is_unrated() {
        return Assessment {
            verdict: Verdict::NotAssessed,
            score_bp: None,
            blocking: CriterionSet::default(),
            holding_back: CriterionSet::default(),
            unrated,
        };
    }
    let mut achieved: u64 = 0;
    let mut possible: u64 = 0;
    let mut blocking = CriterionSet::default();
    let mut holding_back = CriterionSet::default();
    for criterion in Criterion::ALL {
        let weight = u64::from(settings.weights[criterion.index()]);
        possible += weight * u64::from(MAX_RATING);
        let Some(rating) = ratings.get(criterion) else {
            continue;
        };
        achieved += weight * u64::from(rating.min(MAX_RATING));
        if rating == 0 && criterion.is_blocking() {
            blocking.insert(criterion);
        }
        if rating < MAX_RATING {
            holding_back.insert(criterion);
        }
    }
    // All weights zero: nothing can be scored, so the model cannot assess.
    if possible == 0 {
        return Assessment {
            verdict: Verdict::NotAssessed,
            score_bp: None,
            blocking,
            holding_back,
            unrated,
        };
    }
    let score_bp = u32::try_from(achieved * 10_000 / possible).unwrap_or(10_000);
    let verdict = if !blocking.is_empty() {
        Verdict::Blocked
    } else if score_bp >= settings.ready_threshold_pct * 100 {
        Verdict::Ready
    } else if score_bp >= settings.conditional_threshold_pct * 100 {
        Verdict::ConditionallyReady
    } else {
        Verdict::NotReady
    };
    Assessment {
        verdict,
        score_bp: Some(score_bp),
        blocking,
        holding_back,
        unrated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(rating: u8) -> ReadinessRatings {
        ReadinessRatings([Some(rating); 8])
    }

    #[test]
    fn unrated_is_not_assessed_not_zero() {
        let assessment = assess(&ReadinessRatings::default(), &ReadinessSettings::default());
        assert_eq!(assessment.verdict, Verdict::NotAssessed);
        assert_eq!(assessment.score_bp, None);
        assert_eq!(assessment.unrated.len(), 8);
    }

    #[test]
    fn full_marks_are_ready() {
        let assessment = assess(&all(2), &ReadinessSettings::default());
        assert_eq!(assessment.verdict, Verdict::Ready);
        assert_eq!(assessment.score_bp, Some(10_000));
        assert!(assessment.holding_back.is_empty());
    }

    #[test]
    fn thresholds_are_inclusive() {
        // 12 of 16 = 75 %: ready. Four criteria at 1 (none blocking at 0).
        let mut ratings = all(2);
        for criterion in [
            Criterion::PublicValue,
            Criterion::KnowledgeCapacity,
            Criterion::Regulation,
            Criterion::IntegrationStandards,
        ] {
            ratings.set(criterion, Some(1));
        }
        let assessment = assess(&ratings, &ReadinessSettings::default());
        assert_eq!(assessment.score_bp, Some(7_500));
        assert_eq!(assessment.verdict, Verdict::Ready);
        assert_eq!(assessment.holding_back.len(), 4);

        // 8 of 16 = 50 %: conditionally ready.
        let assessment = assess(&all(1), &ReadinessSettings::default());
        assert_eq!(assessment.score_bp, Some(5_000));
        assert_eq!(assessment.verdict, Verdict::ConditionallyReady);

        // 7 of 16 = 43.75 %: not ready.
        let mut ratings = all(1);
        ratings.set(Criterion::Regulation, Some(0));
        let assessment = assess(&ratings, &ReadinessSettings::default());
        assert_eq!(assessment.score_bp, Some(4_375));
        assert_eq!(assessment.verdict, Verdict::NotReady);
    }

    #[test]
    fn zero_on_a_blocking_criterion_blocks_whatever_the_score() {
        for criterion in [
            Criterion::StructuralFunding,
            Criterion::EthicsPrivacy,
            Criterion::Ownership,
        ] {
            let mut ratings = all(2);
            ratings.set(criterion, Some(0));
            let assessment = assess(&ratings, &ReadinessSettings::default());
            assert_eq!(assessment.verdict, Verdict::Blocked, "{criterion:?}");
            assert_eq!(
                assessment.blocking.iter().collect::<Vec<_>>(),
                vec![criterion]
            );
            assert_eq!(assessment.score_bp, Some(8_750));
        }
        // A zero elsewhere lowers the score but does not block.
        let mut ratings = all(2);
        ratings.set(Criterion::Regulation, Some(0));
        assert_eq!(
            assess(&ratings, &ReadinessSettings::default()).verdict,
            Verdict::Ready
        );
    }

    #[test]
    fn unrated_criteria_count_as_zero_but_do_not_block() {
        let mut ratings = ReadinessRatings::default();
        ratings.set(Criterion::PublicValue, Some(2));
        let assessment = assess(&ratings, &ReadinessSettings::default());
        assert_eq!(assessment.verdict, Verdict::NotReady);
        assert_eq!(assessment.score_bp, Some(1_250));
        assert!(assessment.blocking.is_empty());
        assert_eq!(assessment.unrated.len(), 7);
    }

    #[test]
    fn weights_and_thresholds_change_the_verdict() {
        let mut ratings = all(2);
        ratings.set(Criterion::Regulation, Some(0));
        ratings.set(Criterion::KnowledgeCapacity, Some(0));
        // Default: 12/16 = 75 % → ready.
        assert_eq!(
            assess(&ratings, &ReadinessSettings::default()).verdict,
            Verdict::Ready
        );
        // Regulation weighs 3: 12/20 = 60 % → conditionally ready.
        let mut settings = ReadinessSettings::default();
        settings.weights[Criterion::Regulation.index()] = 3;
        assert_eq!(assess(&ratings, &settings).score_bp, Some(6_000));
        assert_eq!(
            assess(&ratings, &settings).verdict,
            Verdict::ConditionallyReady
        );
        // A stricter threshold.
        let settings = ReadinessSettings {
            ready_threshold_pct: 80,
            ..ReadinessSettings::default()
        };
        assert_eq!(
            assess(&ratings, &settings).verdict,
            Verdict::ConditionallyReady
        );
        // All weights zero: cannot assess.
        let settings = ReadinessSettings {
            weights: [0; 8],
            ..ReadinessSettings::default()
        };
        assert_eq!(assess(&ratings, &settings).verdict, Verdict::NotAssessed);
    }

    #[test]
    fn ratings_are_clamped() {
        let mut ratings = ReadinessRatings::default();
        ratings.set(Criterion::Ownership, Some(7));
        assert_eq!(ratings.get(Criterion::Ownership), Some(2));
    }
}
