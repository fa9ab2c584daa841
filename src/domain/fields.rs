//! Records as lists of named fields: what changed between two versions of an initiative or
//! of the settings (the audit log), and a three-way merge of a save that met a newer
//! version (the conflict dialog: base = what the user read, mine = what they typed,
//! theirs = what is stored now). Values are language-neutral text: the stable English
//! ids of enumerations, ISO dates, amounts in euros with a decimal point.

use super::*;

/// A record whose fields can be compared, shown and copied one by one.
pub trait Fielded: Clone {
    type Field: Copy + Eq + std::fmt::Debug + 'static;
    /// Every field, in the order a user reads them.
    const FIELDS: &'static [Self::Field];
    /// The field's stable id (`name`, `start_date`; also its label key `field-<id>`).
    fn field_id(field: Self::Field) -> &'static str;
    /// The field's value as language-neutral text.
    fn value(&self, field: Self::Field) -> String;
    /// Take `field` from `from`.
    fn copy_field(&mut self, from: &Self, field: Self::Field);
}

/// One field that differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// The fields whose values differ between `old` and `new`, with both values.
pub fn changes<T: Fielded>(old: &T, new: &T) -> Vec<FieldChange> {
    T::FIELDS
        .iter()
        .filter_map(|&field| {
            let (before, after) = (old.value(field), new.value(field));
            (before != after).then(|| FieldChange {
                field: T::field_id(field),
                old: before,
                new: after,
            })
        })
        .collect()
}

/// Whose value a field takes when a save meets a newer stored version.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Take {
    Mine,
    Theirs,
}

/// One field where the user's version and the stored one differ.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference<F> {
    pub field: F,
    pub mine: String,
    pub theirs: String,
    /// Both changed it since the user read it (only then the choice is really theirs to make).
    pub changed_by_both: bool,
    /// The merge's proposal: whoever changed it; the user's own value when both did.
    pub proposed: Take,
}

/// The fields where `mine` and `theirs` differ, each with the merge's proposal.
pub fn differences<T: Fielded>(base: &T, mine: &T, theirs: &T) -> Vec<Difference<T::Field>> {
    T::FIELDS
        .iter()
        .filter_map(|&field| {
            let (was, mine, theirs) = (base.value(field), mine.value(field), theirs.value(field));
            if mine == theirs {
                return None;
            }
            let i_changed = mine != was;
            let they_changed = theirs != was;
            Some(Difference {
                field,
                changed_by_both: i_changed && they_changed,
                proposed: if i_changed { Take::Mine } else { Take::Theirs },
                mine,
                theirs,
            })
        })
        .collect()
}

/// `theirs` with the fields chosen as `Mine` taken from `mine`.
pub fn merge<T: Fielded>(mine: &T, theirs: &T, choices: &[(T::Field, Take)]) -> T {
    let mut merged = theirs.clone();
    for &(field, take) in choices {
        if take == Take::Mine {
            merged.copy_field(mine, field);
        }
    }
    merged
}

fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    format!("{sign}{}.{:02}", cents / 100, cents % 100)
}

fn date(date: Option<NaiveDate>) -> String {
    date.map(|date| date.to_string()).unwrap_or_default()
}

fn id_of<T: Copy>(value: Option<T>, id: fn(T) -> &'static str) -> String {
    value.map(id).unwrap_or_default().to_string()
}

fn number<T: ToString>(value: Option<T>) -> String {
    value.map(|value| value.to_string()).unwrap_or_default()
}

/// The fields of an initiative, in the editor's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InitiativeField {
    Name,
    Description,
    Kind,
    Department,
    Owner,
    Contact,
    StartDate,
    EndDate,
    Quadrant,
    Phase,
    PhaseSince,
    PhaseHistory,
    ReadinessLevel,
    UseLevel,
    Readiness,
    Degree,
    InnovationType,
    TechnologyFrom,
    TargetGroup,
    TechLevel,
    ManagementModel,
    Organised,
    Themes,
    Partners,
    Risks,
    BudgetLines,
    HealthReports,
    StopReason,
    LessonsLearned,
    Notes,
    AlgorithmRegisterUrl,
}

impl Fielded for Initiative {
    type Field = InitiativeField;
    const FIELDS: &'static [InitiativeField] = {
        use InitiativeField::*;
        &[
            Name,
            Description,
            Kind,
            Department,
            Owner,
            Contact,
            StartDate,
            EndDate,
            Quadrant,
            Phase,
            PhaseSince,
            PhaseHistory,
            ReadinessLevel,
            UseLevel,
            Readiness,
            Degree,
            InnovationType,
            TechnologyFrom,
            TargetGroup,
            TechLevel,
            ManagementModel,
            Organised,
            Themes,
            Partners,
            Risks,
            BudgetLines,
            HealthReports,
            StopReason,
            LessonsLearned,
            Notes,
            AlgorithmRegisterUrl,
        ]
    };

    fn field_id(field: InitiativeField) -> &'static str {
        use InitiativeField::*;
        match field {
            Name => "name",
            Description => "description",
            Kind => "kind",
            Department => "department",
            Owner => "owner",
            Contact => "contact",
            StartDate => "start_date",
            EndDate => "end_date",
            Quadrant => "quadrant",
            Phase => "phase",
            PhaseSince => "phase_since",
            PhaseHistory => "phase_history",
            ReadinessLevel => "readiness_level",
            UseLevel => "use_level",
            Readiness => "readiness",
            Degree => "degree",
            InnovationType => "innovation_type",
            TechnologyFrom => "technology_from",
            TargetGroup => "target_group",
            TechLevel => "tech_level",
            ManagementModel => "management_model",
            Organised => "organised",
            Themes => "themes",
            Partners => "partners",
            Risks => "risks",
            BudgetLines => "budget_lines",
            HealthReports => "health_reports",
            StopReason => "stop_reason",
            LessonsLearned => "lessons_learned",
            Notes => "notes",
            AlgorithmRegisterUrl => "algorithm_register_url",
        }
    }

    fn value(&self, field: InitiativeField) -> String {
        use InitiativeField as F;
        let c = &self.characteristics;
        match field {
            F::Name => self.name.clone(),
            F::Description => self.description.clone(),
            F::Kind => self.kind.id().to_string(),
            F::Department => self.department.as_deref().unwrap_or_default().to_string(),
            F::Owner => self.owner.clone(),
            F::Contact => self.contact.clone(),
            F::StartDate => date(self.start_date),
            F::EndDate => date(self.end_date),
            F::Quadrant => self.quadrant.id().to_string(),
            F::Phase => self.phase.id().to_string(),
            F::PhaseSince => date(self.phase_since),
            F::PhaseHistory => self
                .phase_history
                .iter()
                .map(|change| {
                    format!(
                        "{} {} -> {} {} ({}: {}{})",
                        change.decided_on,
                        id_of(change.from_phase, Phase::id),
                        change.to_phase.id(),
                        change.decision.id(),
                        change.decider,
                        change.rationale,
                        if change.conditions.is_empty() {
                            String::new()
                        } else {
                            format!("; {}", change.conditions)
                        }
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            F::ReadinessLevel => number(self.readiness_level),
            F::UseLevel => number(self.use_level),
            F::Readiness => Criterion::ALL
                .iter()
                .filter_map(|&criterion| {
                    self.readiness
                        .get(criterion)
                        .map(|rating| format!("{}={rating}", criterion.id()))
                })
                .collect::<Vec<_>>()
                .join(", "),
            F::Degree => id_of(c.degree, Degree::id),
            F::InnovationType => id_of(c.innovation_type, InnovationType::id),
            F::TechnologyFrom => id_of(c.technology_from, InsideOutside::id),
            F::TargetGroup => id_of(c.target_group, InsideOutside::id),
            F::TechLevel => id_of(c.tech_level, TechLevel::id),
            F::ManagementModel => id_of(c.management_model, ManagementModel::id),
            F::Organised => id_of(c.organised, Organised::id),
            F::Themes => self.themes.join(", "),
            F::Partners => self
                .partners
                .iter()
                .map(|partner| format!("{} ({})", partner.name, partner.helix_role.id()))
                .collect::<Vec<_>>()
                .join("; "),
            F::Risks => self
                .risks
                .iter()
                .map(|risk| {
                    format!(
                        "{} {}: {} / {}",
                        risk.category.id(),
                        risk.level.id(),
                        risk.description,
                        risk.mitigation
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            F::BudgetLines => self
                .budget_lines
                .iter()
                .map(|line| {
                    format!(
                        "{} {} {} / {}{}",
                        line.year,
                        line.category.id(),
                        euros(line.planned_cents),
                        line.actual_cents.map(euros).unwrap_or_else(|| "-".into()),
                        if line.description.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", line.description)
                        }
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            F::HealthReports => self
                .health_reports
                .iter()
                .map(|report| {
                    format!(
                        "{} {} {}{}",
                        report.period,
                        report.reported_on,
                        report.status.id(),
                        if report.reason.is_empty() {
                            String::new()
                        } else {
                            format!(": {}", report.reason)
                        }
                    )
                })
                .collect::<Vec<_>>()
                .join("\n"),
            F::StopReason => self.stop_reason.clone(),
            F::LessonsLearned => self.lessons_learned.clone(),
            F::Notes => self.notes.clone(),
            F::AlgorithmRegisterUrl => self.algorithm_register_url.clone(),
        }
    }

    fn copy_field(&mut self, from: &Self, field: InitiativeField) {
        use InitiativeField as F;
        let (c, from_c) = (&mut self.characteristics, &from.characteristics);
        match field {
            F::Name => self.name.clone_from(&from.name),
            F::Description => self.description.clone_from(&from.description),
            F::Kind => self.kind = from.kind,
            F::Department => self.department.clone_from(&from.department),
            F::Owner => self.owner.clone_from(&from.owner),
            F::Contact => self.contact.clone_from(&from.contact),
            F::StartDate => self.start_date = from.start_date,
            F::EndDate => self.end_date = from.end_date,
            F::Quadrant => self.quadrant = from.quadrant,
            F::Phase => self.phase = from.phase,
            F::PhaseSince => self.phase_since = from.phase_since,
            F::PhaseHistory => self.phase_history.clone_from(&from.phase_history),
            F::ReadinessLevel => self.readiness_level = from.readiness_level,
            F::UseLevel => self.use_level = from.use_level,
            F::Readiness => self.readiness = from.readiness,
            F::Degree => c.degree = from_c.degree,
            F::InnovationType => c.innovation_type = from_c.innovation_type,
            F::TechnologyFrom => c.technology_from = from_c.technology_from,
            F::TargetGroup => c.target_group = from_c.target_group,
            F::TechLevel => c.tech_level = from_c.tech_level,
            F::ManagementModel => c.management_model = from_c.management_model,
            F::Organised => c.organised = from_c.organised,
            F::Themes => self.themes.clone_from(&from.themes),
            F::Partners => self.partners.clone_from(&from.partners),
            F::Risks => self.risks.clone_from(&from.risks),
            F::BudgetLines => self.budget_lines.clone_from(&from.budget_lines),
            F::HealthReports => self.health_reports.clone_from(&from.health_reports),
            F::StopReason => self.stop_reason.clone_from(&from.stop_reason),
            F::LessonsLearned => self.lessons_learned.clone_from(&from.lessons_learned),
            F::Notes => self.notes.clone_from(&from.notes),
            F::AlgorithmRegisterUrl => self
                .algorithm_register_url
                .clone_from(&from.algorithm_register_url),
        }
    }
}

/// The portfolio-wide settings, field by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SettingsField {
    Municipality,
    TargetInnovationShare,
    StuckThreshold,
    ReadyThreshold,
    ConditionalThreshold,
    ReadinessWeights,
    QuadrantTargets,
    BackupsKept,
    ModelTargets,
}

impl Fielded for PortfolioSettings {
    type Field = SettingsField;
    const FIELDS: &'static [SettingsField] = &[
        SettingsField::Municipality,
        SettingsField::TargetInnovationShare,
        SettingsField::StuckThreshold,
        SettingsField::ReadyThreshold,
        SettingsField::ConditionalThreshold,
        SettingsField::ReadinessWeights,
        SettingsField::QuadrantTargets,
        SettingsField::BackupsKept,
        SettingsField::ModelTargets,
    ];

    fn field_id(field: SettingsField) -> &'static str {
        match field {
            SettingsField::Municipality => "municipality",
            SettingsField::TargetInnovationShare => "target_innovation_share",
            SettingsField::StuckThreshold => "stuck_threshold",
            SettingsField::ReadyThreshold => "ready_threshold",
            SettingsField::ConditionalThreshold => "conditional_threshold",
            SettingsField::ReadinessWeights => "readiness_weights",
            SettingsField::QuadrantTargets => "quadrant_targets",
            SettingsField::BackupsKept => "backups_kept",
            SettingsField::ModelTargets => "model_targets",
        }
    }

    fn value(&self, field: SettingsField) -> String {
        let basis_points = |bp: u32| format!("{}.{:02} %", bp / 100, bp % 100);
        match field {
            SettingsField::Municipality => self.municipality.clone(),
            SettingsField::TargetInnovationShare => basis_points(self.target_innovation_share_bp),
            SettingsField::StuckThreshold => self.stuck_threshold_months.to_string(),
            SettingsField::ReadyThreshold => format!("{} %", self.readiness.ready_threshold_pct),
            SettingsField::ConditionalThreshold => {
                format!("{} %", self.readiness.conditional_threshold_pct)
            }
            SettingsField::ReadinessWeights => Criterion::ALL
                .iter()
                .map(|criterion| {
                    format!(
                        "{}={}",
                        criterion.id(),
                        self.readiness.weights[criterion.index()]
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
            SettingsField::QuadrantTargets => Quadrant::ALL
                .iter()
                .map(|quadrant| {
                    format!(
                        "{}={}",
                        quadrant.id(),
                        basis_points(self.quadrant_targets_bp[quadrant.index()])
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
            SettingsField::BackupsKept => self.backups_kept.to_string(),
            SettingsField::ModelTargets => match self.model_targets_bp {
                None => String::new(),
                Some(targets) => ManagementModel::ALL
                    .iter()
                    .map(|model| format!("{}={}", model.id(), basis_points(targets[model.index()])))
                    .collect::<Vec<_>>()
                    .join(", "),
            },
        }
    }

    fn copy_field(&mut self, from: &Self, field: SettingsField) {
        match field {
            SettingsField::Municipality => self.municipality.clone_from(&from.municipality),
            SettingsField::TargetInnovationShare => {
                self.target_innovation_share_bp = from.target_innovation_share_bp;
            }
            SettingsField::StuckThreshold => {
                self.stuck_threshold_months = from.stuck_threshold_months;
            }
            SettingsField::ReadyThreshold => {
                self.readiness.ready_threshold_pct = from.readiness.ready_threshold_pct;
            }
            SettingsField::ConditionalThreshold => {
                self.readiness.conditional_threshold_pct = from.readiness.conditional_threshold_pct;
            }
            SettingsField::ReadinessWeights => self.readiness.weights = from.readiness.weights,
            SettingsField::QuadrantTargets => self.quadrant_targets_bp = from.quadrant_targets_bp,
            SettingsField::BackupsKept => self.backups_kept = from.backups_kept,
            SettingsField::ModelTargets => self.model_targets_bp = from.model_targets_bp,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn changed_everywhere(initiative: &Initiative) -> Initiative {
        let mut other = initiative.clone();
        other.name.push('!');
        other.description.push('!');
        other.kind = Kind::LivingLab;
        other.department = Some("Elders".into());
        other.owner.push('!');
        other.contact.push('!');
        other.start_date = NaiveDate::from_ymd_opt(2001, 1, 1);
        other.end_date = NaiveDate::from_ymd_opt(2031, 1, 1);
        other.quadrant = Quadrant::SmartSociety;
        other.phase = Phase::Stopped;
        other.phase_since = NaiveDate::from_ymd_opt(2002, 2, 2);
        other.phase_history.push(PhaseChange {
            decided_on: NaiveDate::from_ymd_opt(2002, 2, 2).expect("date"),
            from_phase: Some(Phase::Pilot),
            to_phase: Phase::Stopped,
            decision: GateDecision::Stop,
            conditions: String::new(),
            decider: "Raad".into(),
            rationale: "Klaar".into(),
        });
        other.readiness_level = Some(9);
        other.use_level = Some(9);
        other.readiness.set(Criterion::Regulation, Some(0));
        other.characteristics = Characteristics {
            degree: Some(Degree::Radical),
            innovation_type: Some(InnovationType::Social),
            technology_from: Some(InsideOutside::Outside),
            target_group: Some(InsideOutside::Outside),
            tech_level: Some(TechLevel::LowTech),
            management_model: Some(ManagementModel::Different),
            organised: Some(Organised::Hybrid),
        };
        // Each characteristic differs from the base's, whatever the base has.
        let base = &initiative.characteristics;
        let mine = &mut other.characteristics;
        if mine.degree == base.degree {
            mine.degree = Some(Degree::Incremental);
        }
        if mine.innovation_type == base.innovation_type {
            mine.innovation_type = Some(InnovationType::Technological);
        }
        if mine.technology_from == base.technology_from {
            mine.technology_from = Some(InsideOutside::Inside);
        }
        if mine.target_group == base.target_group {
            mine.target_group = Some(InsideOutside::Inside);
        }
        if mine.tech_level == base.tech_level {
            mine.tech_level = Some(TechLevel::HighTech);
        }
        if mine.management_model == base.management_model {
            mine.management_model = Some(ManagementModel::More);
        }
        if mine.organised == base.organised {
            mine.organised = Some(Organised::Inside);
        }
        other.themes.push("Nieuw thema".into());
        other.partners.push(Partner {
            name: "Hogeschool".into(),
            helix_role: HelixRole::Knowledge,
        });
        other.risks.push(Risk {
            category: RiskCategory::Other,
            level: RiskLevel::High,
            description: "x".into(),
            mitigation: "y".into(),
        });
        other.budget_lines.push(BudgetLine {
            year: 2030,
            category: BudgetCategory::Innovation,
            planned_cents: 123_456,
            actual_cents: None,
            description: String::new(),
        });
        other.health_reports.push(HealthReport {
            period: "Q9".into(),
            reported_on: NaiveDate::from_ymd_opt(2030, 1, 1).expect("date"),
            status: Health::Red,
            reason: "z".into(),
        });
        other.stop_reason.push('!');
        other.lessons_learned.push('!');
        other.notes.push('!');
        other.algorithm_register_url = "https://algoritmes.overheid.nl/nl/algoritme/9".into();
        other
    }

    #[test]
    fn every_field_is_seen_and_copied() {
        let base = crate::demo::demo_portfolio().initiatives[3].clone();
        let other = changed_everywhere(&base);
        let found = changes(&base, &other);
        assert_eq!(found.len(), Initiative::FIELDS.len(), "{found:#?}");
        // Copying every field one by one makes the two equal (no field forgotten).
        let mut copy = base.clone();
        for &field in Initiative::FIELDS {
            copy.copy_field(&other, field);
        }
        assert_eq!(copy, other);
        assert!(changes(&other, &copy).is_empty());
    }

    #[test]
    fn a_merge_takes_each_side_s_own_changes_and_asks_about_the_rest() {
        let base = crate::demo::demo_portfolio().initiatives[0].clone();
        let mut mine = base.clone();
        mine.name = "Mijn naam".into();
        mine.notes = "mijn notitie".into();
        let mut theirs = base.clone();
        theirs.owner = "Collega".into();
        theirs.notes = "hun notitie".into();
        theirs.row_version += 1;
        let found = differences(&base, &mine, &theirs);
        let by_field = |field| found.iter().find(|d| d.field == field).expect("listed");
        assert_eq!(by_field(InitiativeField::Name).proposed, Take::Mine);
        assert_eq!(by_field(InitiativeField::Owner).proposed, Take::Theirs);
        assert!(by_field(InitiativeField::Notes).changed_by_both);
        assert_eq!(found.len(), 3, "{found:#?}");
        let choices: Vec<_> = found.iter().map(|d| (d.field, d.proposed)).collect();
        let merged = merge(&mine, &theirs, &choices);
        assert_eq!(merged.name, "Mijn naam");
        assert_eq!(merged.owner, "Collega");
        assert_eq!(merged.notes, "mijn notitie");
        // The merge is based on the stored version, so it can be saved over it.
        assert_eq!(merged.row_version, theirs.row_version);
        let theirs_for_notes: Vec<_> = choices
            .iter()
            .map(|&(field, take)| {
                if field == InitiativeField::Notes {
                    (field, Take::Theirs)
                } else {
                    (field, take)
                }
            })
            .collect();
        assert_eq!(
            merge(&mine, &theirs, &theirs_for_notes).notes,
            "hun notitie"
        );
    }

    #[test]
    fn settings_fields_cover_every_setting_but_the_demo_flag() {
        let base = PortfolioSettings::default();
        let other = PortfolioSettings {
            municipality: "Utrecht".into(),
            is_demo: base.is_demo,
            target_innovation_share_bp: 3000,
            stuck_threshold_months: 6,
            readiness: ReadinessSettings {
                weights: [2; 8],
                ready_threshold_pct: 80,
                conditional_threshold_pct: 40,
            },
            quadrant_targets_bp: [1000, 2000, 3000, 4000],
            backups_kept: 30,
            model_targets_bp: Some([3000, 5000, 2000]),
        };
        assert_eq!(
            changes(&base, &other).len(),
            PortfolioSettings::FIELDS.len()
        );
        let mut copy = base.clone();
        for &field in PortfolioSettings::FIELDS {
            copy.copy_field(&other, field);
        }
        assert_eq!(copy, other);
        assert_eq!(base.value(SettingsField::TargetInnovationShare), "25.00 %");
        assert_eq!(
            other.value(SettingsField::ModelTargets),
            "more=30.00 %, better=50.00 %, different=20.00 %"
        );
    }

    #[test]
    fn amounts_are_written_in_euros_without_floats() {
        assert_eq!(euros(123_456), "1234.56");
        assert_eq!(euros(5), "0.05");
        assert_eq!(euros(-250), "-2.50");
    }
}
