//! The five central activities of the municipal digital innovation game (figure 2.5 of
//! the source, after Van Es, De Bakker et al., 2018) and the concrete assignments of
//! figure 2.6 within each. The portfolio keeps a dated self-assessment of each
//! assignment: done, partly or not yet, with a note and the initiatives that show it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::InitiativeId;

identified_enum!(
    /// The five central activities (figure 2.5).
    Activity {
        Valuing => "valuing",
        Experimenting => "experimenting",
        SeizingOpportunities => "seizing_opportunities",
        MitigatingRisks => "mitigating_risks",
        CollaboratingAndLearning => "collaborating_and_learning",
    }
);

identified_enum!(
    /// The assignments of figure 2.6, two per activity.
    Assignment {
        ClarifyValueAndLimits => "clarify_value_and_limits",
        SteerByPublicValues => "steer_by_public_values",
        ExperimentLocally => "experiment_locally",
        EthicsOfLivingLabs => "ethics_of_living_labs",
        SeePossibilities => "see_possibilities",
        InnovateForTransitions => "innovate_for_transitions",
        SeeRisks => "see_risks",
        ProtectPublicValues => "protect_public_values",
        InnovateTogether => "innovate_together",
        InvolveCitizens => "involve_citizens",
    }
);

identified_enum!(
    /// How far an assignment is done.
    AnswerStatus { Done => "done", Partly => "partly", NotYet => "not_yet" }
);

impl Activity {
    /// Its two assignments, in the order of figure 2.6.
    pub fn assignments(self) -> [Assignment; 2] {
        match self {
            Activity::Valuing => [
                Assignment::ClarifyValueAndLimits,
                Assignment::SteerByPublicValues,
            ],
            Activity::Experimenting => [
                Assignment::ExperimentLocally,
                Assignment::EthicsOfLivingLabs,
            ],
            Activity::SeizingOpportunities => [
                Assignment::SeePossibilities,
                Assignment::InnovateForTransitions,
            ],
            Activity::MitigatingRisks => [Assignment::SeeRisks, Assignment::ProtectPublicValues],
            Activity::CollaboratingAndLearning => {
                [Assignment::InnovateTogether, Assignment::InvolveCitizens]
            }
        }
    }
}

impl Assignment {
    pub fn activity(self) -> Activity {
        Activity::ALL
            .iter()
            .copied()
            .find(|activity| activity.assignments().contains(&self))
            .unwrap_or(Activity::Valuing)
    }
}

impl AnswerStatus {
    /// Points towards an activity's standing: done 2, partly 1, not yet 0.
    pub fn points(self) -> u32 {
        match self {
            AnswerStatus::Done => 2,
            AnswerStatus::Partly => 1,
            AnswerStatus::NotYet => 0,
        }
    }
}

/// The answer to one assignment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Answer {
    pub assignment: Assignment,
    pub status: AnswerStatus,
    pub note: String,
    /// The initiatives that show it, by id.
    #[serde(default)]
    pub evidence: Vec<InitiativeId>,
}

/// A dated self-assessment of the portfolio: at most one answer per assignment (an
/// assignment without one is not assessed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SelfAssessment {
    pub assessed_on: NaiveDate,
    pub answers: Vec<Answer>,
}

impl SelfAssessment {
    pub fn answer(&self, assignment: Assignment) -> Option<&Answer> {
        self.answers
            .iter()
            .find(|answer| answer.assignment == assignment)
    }

    /// An activity's points out of 4 (both assignments done), and whether both of its
    /// assignments were answered.
    pub fn standing(&self, activity: Activity) -> (u32, bool) {
        let answers: Vec<&Answer> = activity
            .assignments()
            .iter()
            .filter_map(|assignment| self.answer(*assignment))
            .collect();
        (
            answers.iter().map(|answer| answer.status.points()).sum(),
            answers.len() == 2,
        )
    }

    /// The answers in the order of figure 2.6, one per assignment at most (the last one
    /// given wins), without evidence that names no initiative twice.
    pub fn normalised(&self) -> SelfAssessment {
        let mut answers: Vec<Answer> = Vec::new();
        for assignment in Assignment::ALL {
            if let Some(answer) = self
                .answers
                .iter()
                .rev()
                .find(|answer| answer.assignment == *assignment)
            {
                let mut answer = answer.clone();
                let mut seen = std::collections::HashSet::new();
                answer.evidence.retain(|id| seen.insert(*id));
                answers.push(answer);
            }
        }
        SelfAssessment {
            assessed_on: self.assessed_on,
            answers,
        }
    }
}

/// Evidence as a store keeps it: the ids, comma-separated.
pub fn evidence_text(ids: &[InitiativeId]) -> String {
    ids.iter()
        .map(|id| id.to_string())
        .collect::<Vec<_>>()
        .join(",")
}

/// Evidence read back (anything that is not an id is left out).
pub fn parse_evidence(text: &str) -> Vec<InitiativeId> {
    text.split(',')
        .filter_map(|part| part.trim().parse().ok())
        .collect()
}

/// Rows of (date, assignment, status, note, evidence) as stored, into self-assessments,
/// oldest first; rows naming an unknown assignment or status are left out.
pub fn assessments_from_rows(
    rows: Vec<(NaiveDate, String, String, String, String)>,
) -> Vec<SelfAssessment> {
    let mut by_date: std::collections::BTreeMap<NaiveDate, Vec<Answer>> = Default::default();
    for (date, assignment, status, note, evidence) in rows {
        let (Some(assignment), Some(status)) = (
            Assignment::from_id(&assignment),
            AnswerStatus::from_id(&status),
        ) else {
            continue;
        };
        by_date.entry(date).or_default().push(Answer {
            assignment,
            status,
            note,
            evidence: parse_evidence(&evidence),
        });
    }
    by_date
        .into_iter()
        .map(|(assessed_on, answers)| {
            SelfAssessment {
                assessed_on,
                answers,
            }
            .normalised()
        })
        .collect()
}

/// What changed between two self-assessments, per assignment: (assignment, before,
/// after), only where the status differs (`None`: not assessed then).
pub fn assessment_changes(
    before: Option<&SelfAssessment>,
    after: Option<&SelfAssessment>,
) -> Vec<(Assignment, Option<AnswerStatus>, Option<AnswerStatus>)> {
    Assignment::ALL
        .iter()
        .filter_map(|assignment| {
            let old = before
                .and_then(|assessment| assessment.answer(*assignment))
                .map(|answer| answer.status);
            let new = after
                .and_then(|assessment| assessment.answer(*assignment))
                .map(|answer| answer.status);
            (old != new).then_some((*assignment, old, new))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap_or_default()
    }

    fn answer(assignment: Assignment, status: AnswerStatus) -> Answer {
        Answer {
            assignment,
            status,
            note: String::new(),
            evidence: Vec::new(),
        }
    }

    #[test]
    fn ten_assignments_two_per_activity() {
        assert_eq!(Assignment::ALL.len(), 10);
        for activity in Activity::ALL {
            for assignment in activity.assignments() {
                assert_eq!(assignment.activity(), *activity);
            }
        }
    }

    #[test]
    fn standing_and_changes_between_two_dates() {
        let spring = SelfAssessment {
            assessed_on: day("2026-03-01"),
            answers: vec![
                answer(Assignment::ExperimentLocally, AnswerStatus::Done),
                answer(Assignment::EthicsOfLivingLabs, AnswerStatus::NotYet),
                answer(Assignment::InvolveCitizens, AnswerStatus::Partly),
            ],
        };
        let autumn = SelfAssessment {
            assessed_on: day("2026-11-01"),
            answers: vec![
                answer(Assignment::ExperimentLocally, AnswerStatus::Done),
                answer(Assignment::EthicsOfLivingLabs, AnswerStatus::Partly),
                answer(Assignment::SeeRisks, AnswerStatus::NotYet),
            ],
        };
        assert_eq!(spring.standing(Activity::Experimenting), (2, true));
        assert_eq!(autumn.standing(Activity::Experimenting), (3, true));
        assert_eq!(
            autumn.standing(Activity::CollaboratingAndLearning),
            (0, false)
        );
        assert_eq!(
            assessment_changes(Some(&spring), Some(&autumn)),
            [
                (
                    Assignment::EthicsOfLivingLabs,
                    Some(AnswerStatus::NotYet),
                    Some(AnswerStatus::Partly)
                ),
                (Assignment::SeeRisks, None, Some(AnswerStatus::NotYet)),
                (
                    Assignment::InvolveCitizens,
                    Some(AnswerStatus::Partly),
                    None
                ),
            ]
        );
    }

    #[test]
    fn normalised_keeps_one_answer_per_assignment_in_figure_order() {
        let mut first = answer(Assignment::InvolveCitizens, AnswerStatus::NotYet);
        first.evidence = vec![3, 3, 1];
        let assessment = SelfAssessment {
            assessed_on: day("2026-11-29"),
            answers: vec![
                answer(Assignment::InvolveCitizens, AnswerStatus::Partly),
                answer(Assignment::ClarifyValueAndLimits, AnswerStatus::Done),
                first,
            ],
        };
        let normal = assessment.normalised();
        assert_eq!(normal.answers.len(), 2);
        assert_eq!(
            normal.answers[0].assignment,
            Assignment::ClarifyValueAndLimits
        );
        assert_eq!(
            normal.answers[1].status,
            AnswerStatus::NotYet,
            "the last wins"
        );
        assert_eq!(normal.answers[1].evidence, [3, 1]);
    }
}
