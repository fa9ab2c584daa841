//! What the register itself shows about the five activities (figures 2.5 and 2.6), beside
//! the user's own judgement: for each assignment where the register can answer, the
//! initiatives that show it. Computed when the view or a report needs it, never in a
//! frame.

use crate::domain::{
    Assignment, BudgetCategory, Criterion, HelixRole, Initiative, InitiativeId, InnovationType,
    Kind, Phase, Portfolio, RiskCategory,
};

/// The register's answer to one assignment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegisterEvidence {
    pub assignment: Assignment,
    /// The initiatives that show it (indices into `portfolio.initiatives`).
    pub rows: Vec<usize>,
    /// Their ids, in the same order (what the evidence of an answer holds).
    pub ids: Vec<InitiativeId>,
    /// For "innovate together": how many of the four helix roles the partners cover.
    pub helix_roles: Option<usize>,
}

/// Running: past the preparation and not stopped.
fn running(initiative: &Initiative) -> bool {
    matches!(
        initiative.phase,
        Phase::Pilot | Phase::Evaluation | Phase::Scaling | Phase::Anchored
    )
}

/// Whether `initiative` shows `assignment`, by the register's own fields.
fn shows(assignment: Assignment, initiative: &Initiative) -> bool {
    let met = |criterion: Criterion| initiative.readiness.get(criterion) == Some(2);
    match assignment {
        // Public value made clear: the public value and evaluation condition is met.
        Assignment::ClarifyValueAndLimits => met(Criterion::PublicValue),
        // Technological and social innovation steered together: a social innovation.
        Assignment::SteerByPublicValues => {
            initiative.characteristics.innovation_type == Some(InnovationType::Social)
        }
        // Living labs running.
        Assignment::ExperimentLocally => initiative.kind == Kind::LivingLab && running(initiative),
        // Living labs whose ethics and privacy condition is met (DEDA, DPIA).
        Assignment::EthicsOfLivingLabs => {
            initiative.kind == Kind::LivingLab && met(Criterion::EthicsPrivacy)
        }
        // New possibilities being explored: ideas and preparations with an innovation budget.
        Assignment::SeePossibilities => {
            matches!(initiative.phase, Phase::Idea | Phase::Preparation)
                && initiative.planned_cents(BudgetCategory::Innovation) > 0
        }
        // Linked to societal themes.
        Assignment::InnovateForTransitions => !initiative.themes.is_empty(),
        // Risks looked at: the ethics and privacy condition met, or risks recorded.
        Assignment::SeeRisks => met(Criterion::EthicsPrivacy) || !initiative.risks.is_empty(),
        // Public values protected: a privacy or ethics risk with its mitigation.
        Assignment::ProtectPublicValues => initiative.risks.iter().any(|risk| {
            matches!(risk.category, RiskCategory::Privacy | RiskCategory::Ethics)
                && !risk.mitigation.trim().is_empty()
        }),
        // Innovating together: a partner.
        Assignment::InnovateTogether => !initiative.partners.is_empty(),
        // Citizens involved: a partner among citizens and civil society.
        Assignment::InvolveCitizens => initiative
            .partners
            .iter()
            .any(|partner| partner.helix_role == HelixRole::CivilSociety),
    }
}

/// The register's evidence for every assignment, in the order of figure 2.6.
pub fn register_evidence(portfolio: &Portfolio) -> Vec<RegisterEvidence> {
    let mut roles = [false; 4];
    for partner in portfolio
        .initiatives
        .iter()
        .flat_map(|initiative| &initiative.partners)
    {
        roles[partner.helix_role.index()] = true;
    }
    Assignment::ALL
        .iter()
        .map(|&assignment| {
            let rows: Vec<usize> = portfolio
                .initiatives
                .iter()
                .enumerate()
                .filter(|(_, initiative)| shows(assignment, initiative))
                .map(|(row, _)| row)
                .collect();
            RegisterEvidence {
                assignment,
                ids: rows
                    .iter()
                    .map(|&row| portfolio.initiatives[row].id)
                    .collect(),
                rows,
                helix_roles: (assignment == Assignment::InnovateTogether)
                    .then(|| roles.iter().filter(|role| **role).count()),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Partner, Risk, RiskLevel};

    /// Three initiatives, worked by hand.
    #[test]
    fn the_register_answers_by_hand() {
        let mut lab = Initiative::new("Living lab luchtkwaliteit");
        lab.kind = Kind::LivingLab;
        lab.phase = Phase::Pilot;
        lab.readiness.set(Criterion::EthicsPrivacy, Some(2));
        lab.partners = thin_vec::thin_vec![Partner {
            name: "Bewonersvereniging".into(),
            helix_role: HelixRole::CivilSociety,
        }];
        lab.themes = thin_vec::thin_vec!["klimaat".into()];
        let mut idea = Initiative::new("Drones voor inspectie");
        idea.readiness.set(Criterion::PublicValue, Some(2));
        idea.risks = thin_vec::thin_vec![Risk {
            category: RiskCategory::Privacy,
            level: RiskLevel::High,
            description: "Beelden van tuinen".into(),
            mitigation: "Wazig maken".into(),
        }];
        idea.partners = thin_vec::thin_vec![Partner {
            name: "Hogeschool".into(),
            helix_role: HelixRole::Knowledge,
        }];
        let mut stopped_lab = Initiative::new("Oude proeftuin");
        stopped_lab.kind = Kind::LivingLab;
        stopped_lab.phase = Phase::Stopped;
        stopped_lab.characteristics.innovation_type = Some(InnovationType::Social);
        let portfolio = Portfolio {
            initiatives: vec![lab, idea, stopped_lab],
            ..Portfolio::default()
        };
        let evidence = register_evidence(&portfolio);
        let rows = |assignment: Assignment| {
            evidence
                .iter()
                .find(|e| e.assignment == assignment)
                .map(|e| e.rows.clone())
                .unwrap_or_default()
        };
        assert_eq!(evidence.len(), 10);
        assert_eq!(rows(Assignment::ClarifyValueAndLimits), [1]);
        assert_eq!(rows(Assignment::SteerByPublicValues), [2]);
        assert_eq!(
            rows(Assignment::ExperimentLocally),
            [0],
            "the stopped lab is not running"
        );
        assert_eq!(rows(Assignment::EthicsOfLivingLabs), [0]);
        assert!(
            rows(Assignment::SeePossibilities).is_empty(),
            "no innovation budget"
        );
        assert_eq!(rows(Assignment::InnovateForTransitions), [0]);
        assert_eq!(rows(Assignment::SeeRisks), [0, 1]);
        assert_eq!(rows(Assignment::ProtectPublicValues), [1]);
        assert_eq!(rows(Assignment::InnovateTogether), [0, 1]);
        assert_eq!(rows(Assignment::InvolveCitizens), [0]);
        let together = evidence
            .iter()
            .find(|e| e.assignment == Assignment::InnovateTogether)
            .and_then(|e| e.helix_roles);
        assert_eq!(together, Some(2), "knowledge and civil society");
        assert!(
            register_evidence(&Portfolio::default())
                .iter()
                .all(|e| e.rows.is_empty())
        );
    }
}
