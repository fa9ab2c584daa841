//! The demo portfolio of the fictional municipality of Proefdorp, built from the cases the
//! source names (invented budgets and dates), and a deterministic generator of N synthetic
//! but plausible initiatives for tests and benchmarks.

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::*;
use cases::{CASES, Case, DEPARTMENTS, THEMES};

mod cases;
mod synthetic;

pub use synthetic::synthetic_portfolio;

/// The municipality of the demo portfolio.
pub const DEMO_MUNICIPALITY: &str = "Gemeente Proefdorp";

/// Actual spend in the demo: the whole amount for past years, ten months' worth for the
/// current demo year (2026), nothing yet for later years.
fn demo_actual(year: i32, full_year_cents: i64) -> Option<i64> {
    match year {
        ..2026 => Some(full_year_cents),
        2026 => Some(full_year_cents * 10 / 12),
        _ => None,
    }
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

fn add_months(date: NaiveDate, months: u32) -> NaiveDate {
    date.checked_add_months(Months::new(months)).unwrap_or(date)
}

/// The gate decisions that brought an initiative from idea to `phase`, spread over the
/// time from `start` to the phase's start (`phase_start`).
fn history(
    start: NaiveDate,
    phase_start: NaiveDate,
    phase: Phase,
    stopped_from: Phase,
    reason: &str,
) -> Vec<PhaseChange> {
    let target_index = if phase == Phase::Stopped {
        stopped_from.index()
    } else {
        phase.index()
    };
    let path: Vec<Phase> = Phase::ALL[..=target_index].to_vec();
    let steps = u32::try_from(path.len()).unwrap_or(1);
    let total_months = crate::domain::months_between(start, phase_start);
    let mut changes = Vec::new();
    for (index, to_phase) in path.iter().enumerate() {
        let step = u32::try_from(index).unwrap_or(0);
        let decided_on = if step + 1 == steps && phase != Phase::Stopped {
            phase_start
        } else {
            add_months(start, total_months * step / steps.max(1))
        };
        changes.push(PhaseChange {
            decided_on,
            from_phase: index.checked_sub(1).map(|previous| path[previous]),
            to_phase: *to_phase,
            decision: if index == 0 {
                GateDecision::Go
            } else if index % 3 == 2 {
                GateDecision::ConditionalGo
            } else {
                GateDecision::Go
            },
            conditions: if index % 3 == 2 {
                "Evaluatie na zes maanden".into()
            } else {
                String::new()
            },
            decider: if index <= 1 {
                "Afdelingshoofd".into()
            } else {
                "Managementteam".into()
            },
            rationale: match to_phase {
                Phase::Idea => "Idee ingebracht in het innovatieoverleg".into(),
                Phase::Preparation => "Probleem en waarde voor inwoners zijn helder".into(),
                Phase::Pilot => "Plan van aanpak, budget en partners rond".into(),
                Phase::Evaluation => "Pilotperiode afgerond".into(),
                Phase::Scaling => {
                    "Evaluatie positief; structurele financiering in de begroting".into()
                }
                Phase::Anchored => "Overgedragen aan de lijnorganisatie".into(),
                Phase::Stopped => reason.into(),
            },
        });
    }
    if phase == Phase::Stopped {
        changes.push(PhaseChange {
            decided_on: phase_start,
            from_phase: Some(stopped_from),
            to_phase: Phase::Stopped,
            decision: GateDecision::Stop,
            conditions: String::new(),
            decider: "Managementteam".into(),
            rationale: reason.into(),
        });
    }
    changes
}

/// The demo portfolio: 30 initiatives from the source's cases, every quadrant, phase and
/// kind, budgets for 2021–2027 with the departments' baseline operation, phase histories,
/// readiness ratings and health reports.
pub fn demo_portfolio() -> Portfolio {
    let mut initiatives = Vec::new();
    for &Case {
        name,
        description,
        kind,
        department,
        owner,
        quadrant,
        phase,
        start: (year, month),
        months: duration,
        innovation_euros_per_year: innovation,
        operation_euros_per_year: operation,
        themes,
        ratings,
        levels,
        health,
    } in CASES
    {
        let start = ymd(year, month, 1);
        let end = add_months(start, duration).pred_opt().unwrap_or(start);
        // The current phase began at two thirds of the way (final phases: at the end).
        let phase_start = match phase {
            Phase::Anchored | Phase::Stopped => end.min(ymd(2026, 11, 1)),
            Phase::Idea => start,
            _ => add_months(start, duration * 2 / 3)
                .min(ymd(2026, 10, 1))
                .max(start),
        };
        let stop_reason = match health {
            Some((_, reason)) if phase == Phase::Stopped => reason.to_string(),
            _ => String::new(),
        };
        let mut initiative = Initiative::new(name);
        initiative.description = description.into();
        initiative.kind = kind;
        initiative.department = Some(department.into());
        initiative.owner = owner.into();
        initiative.contact = format!(
            "{}@proefdorp.example",
            owner.to_lowercase().replace([' ', '.'], "")
        );
        initiative.start_date = Some(start);
        initiative.end_date = (phase != Phase::Idea || year < 2026).then_some(end);
        initiative.quadrant = quadrant;
        initiative.phase = phase;
        initiative.phase_since = Some(phase_start);
        initiative.phase_history = history(start, phase_start, phase, Phase::Pilot, &stop_reason);
        if let Some(ratings) = ratings {
            for criterion in Criterion::ALL {
                initiative
                    .readiness
                    .set(criterion, Some(ratings[criterion.index()]));
            }
        }
        if let Some((readiness_level, use_level)) = levels {
            initiative.readiness_level = Some(readiness_level);
            initiative.use_level = Some(use_level);
        }
        initiative.themes = themes.iter().map(|&theme| theme.into()).collect();
        initiative.stop_reason = stop_reason;
        if phase == Phase::Stopped {
            initiative.lessons_learned =
                "Eerst de businesscase en de juridische ruimte toetsen, dan pas bouwen.".into();
        }
        initiative.characteristics = Characteristics {
            degree: Some(if quadrant.novelty() == Novelty::New {
                Degree::Radical
            } else {
                Degree::Incremental
            }),
            innovation_type: Some(if kind == Kind::LivingLab {
                InnovationType::Social
            } else {
                InnovationType::Technological
            }),
            technology_from: Some(if kind == Kind::Experiment {
                InsideOutside::Outside
            } else {
                InsideOutside::Inside
            }),
            target_group: Some(if quadrant.orientation() == Orientation::Outside {
                InsideOutside::Outside
            } else {
                InsideOutside::Inside
            }),
            tech_level: Some(if innovation >= 60_000 {
                TechLevel::HighTech
            } else {
                TechLevel::LowTech
            }),
            management_model: Some(match quadrant {
                Quadrant::DigitalGovernment => ManagementModel::More,
                Quadrant::EGovernance | Quadrant::SmartGovernment => ManagementModel::Better,
                Quadrant::SmartSociety => ManagementModel::Different,
            }),
            organised: Some(match kind {
                Kind::LivingLab => Organised::Hybrid,
                Kind::Experiment => Organised::Outside,
                Kind::Pilot => Organised::Inside,
            }),
        };
        // Budget: innovation spread over the years the initiative runs (capped at 2027),
        // operation from the pilot phase on; actuals for years before 2026.
        let last_year = end.year().min(2027);
        let years: Vec<i32> = (year..=last_year).collect();
        let count = i64::try_from(years.len().max(1)).unwrap_or(1);
        for (index, budget_year) in years.iter().enumerate() {
            let share = innovation * 100 / count;
            let offset = i64::try_from(index).unwrap_or(0);
            if share > 0 {
                initiative.budget_lines.push(BudgetLine {
                    year: *budget_year,
                    category: BudgetCategory::Innovation,
                    planned_cents: share,
                    actual_cents: demo_actual(*budget_year, share * (95 + offset * 4) / 100),
                    description: "Projectbudget".into(),
                });
            }
            if operation > 0 && phase.index() >= Phase::Pilot.index() {
                initiative.budget_lines.push(BudgetLine {
                    year: *budget_year,
                    category: BudgetCategory::Operation,
                    planned_cents: operation * 100,
                    actual_cents: demo_actual(*budget_year, operation * 100),
                    description: "Licenties en beheer".into(),
                });
            }
        }
        if let Some((status, reason)) = health {
            initiative.health_reports.push(HealthReport {
                period: "2026-Q2".into(),
                reported_on: ymd(2026, 6, 30),
                status: Health::Green,
                reason: String::new(),
            });
            initiative.health_reports.push(HealthReport {
                period: "2026-Q3".into(),
                reported_on: ymd(2026, 9, 30),
                status,
                reason: reason.into(),
            });
        }
        initiative.partners = demo_partners(quadrant, kind).into();
        initiative.risks = demo_risks(&initiative).into();
        initiatives.push(initiative);
    }

    let mut baseline = Vec::new();
    for (index, (department, _)) in DEPARTMENTS.iter().enumerate() {
        let base = 250_000 + 90_000 * i64::try_from(index % 4).unwrap_or(0);
        for budget_year in 2021..=2027 {
            let growth = 100 + 3 * i64::from(budget_year - 2021);
            let planned_cents = base * growth;
            baseline.push(BaselineLine {
                department: department.to_string(),
                line: BudgetLine {
                    year: budget_year,
                    category: BudgetCategory::Operation,
                    planned_cents,
                    actual_cents: demo_actual(budget_year, planned_cents * 102 / 100),
                    description: "Beheer en exploitatie bestaande systemen".into(),
                },
            });
        }
    }

    Portfolio {
        settings: PortfolioSettings {
            municipality: DEMO_MUNICIPALITY.into(),
            is_demo: true,
            target_innovation_share_bp: 2_100,
            quadrant_targets_bp: [3_000, 2_500, 2_500, 2_000],
            ..PortfolioSettings::default()
        },
        departments: DEPARTMENTS
            .iter()
            .map(|(name, position)| Department {
                name: name.to_string(),
                starting_position: Some(*position),
            })
            .collect(),
        themes: THEMES.iter().map(|theme| theme.to_string()).collect(),
        initiatives,
        baseline,
        // The self-assessment of the five activities is the municipality's own to make.
        assessments: Vec::new(),
    }
}

fn demo_partners(quadrant: Quadrant, kind: Kind) -> Vec<Partner> {
    let mut partners = vec![Partner {
        name: "Buurgemeente Hoeveland".into(),
        helix_role: HelixRole::Government,
    }];
    if quadrant.novelty() == Novelty::New {
        partners.push(Partner {
            name: "Hogeschool Proefdorp".into(),
            helix_role: HelixRole::Knowledge,
        });
        partners.push(Partner {
            name: "Datalab B.V.".into(),
            helix_role: HelixRole::Business,
        });
    }
    if kind == Kind::LivingLab || quadrant.orientation() == Orientation::Outside {
        partners.push(Partner {
            name: "Bewonersvereniging Centrum".into(),
            helix_role: HelixRole::CivilSociety,
        });
    }
    partners
}

fn demo_risks(initiative: &Initiative) -> Vec<Risk> {
    let mut risks = Vec::new();
    if initiative.quadrant.orientation() == Orientation::Outside {
        risks.push(Risk {
            category: RiskCategory::Privacy,
            level: if initiative.kind == Kind::LivingLab {
                RiskLevel::High
            } else {
                RiskLevel::Medium
            },
            description: "Persoonsgegevens van inwoners".into(),
            mitigation: "DPIA en DEDA-sessie; dataminimalisatie".into(),
        });
    }
    if initiative.quadrant.novelty() == Novelty::New {
        risks.push(Risk {
            category: RiskCategory::VendorLockIn,
            level: RiskLevel::Medium,
            description: "Afhankelijk van één leverancier".into(),
            mitigation: "Open standaarden (Common Ground, FIWARE) in het contract".into(),
        });
    }
    risks
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn demo_covers_every_quadrant_phase_and_kind() {
        let portfolio = demo_portfolio();
        assert!(portfolio.initiatives.len() >= 25);
        for quadrant in Quadrant::ALL {
            assert!(
                portfolio
                    .initiatives
                    .iter()
                    .any(|i| i.quadrant == *quadrant),
                "{quadrant:?}"
            );
        }
        for phase in Phase::ALL {
            assert!(
                portfolio.initiatives.iter().any(|i| i.phase == *phase),
                "{phase:?}"
            );
        }
        for kind in Kind::ALL {
            assert!(
                portfolio.initiatives.iter().any(|i| i.kind == *kind),
                "{kind:?}"
            );
        }
        let years: std::collections::BTreeSet<i32> =
            portfolio.baseline.iter().map(|b| b.line.year).collect();
        assert!(
            years.len() >= 4,
            "baseline over at least 4 years: {years:?}"
        );
        for initiative in &portfolio.initiatives {
            assert!(
                validate(initiative).is_empty(),
                "{}: {:?}",
                initiative.name,
                validate(initiative)
            );
            assert!(!initiative.phase_history.is_empty(), "{}", initiative.name);
            assert_eq!(
                initiative.phase_history.last().map(|c| c.to_phase),
                Some(initiative.phase),
                "{}",
                initiative.name
            );
            for pair in initiative.phase_history.windows(2) {
                assert!(
                    pair[0].decided_on <= pair[1].decided_on,
                    "{}",
                    initiative.name
                );
            }
        }
        assert!(
            portfolio
                .initiatives
                .iter()
                .any(|i| i.readiness.is_unrated())
        );
        assert!(
            portfolio
                .initiatives
                .iter()
                .any(|i| i.latest_health().is_some_and(|h| h.status == Health::Red))
        );
    }

    #[test]
    fn synthetic_is_deterministic() {
        let first = synthetic_portfolio(200, 7);
        assert_eq!(first, synthetic_portfolio(200, 7));
        assert_ne!(first.initiatives, synthetic_portfolio(200, 8).initiatives);
        assert_eq!(first.initiatives.len(), 200);
        assert!(first.initiatives.iter().all(|i| validate(i).is_empty()));
    }
}
