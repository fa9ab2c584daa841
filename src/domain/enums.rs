//! The enumerations of the domain, each with its stable English identifier (used in the
//! database, the CLI and the exchange formats). The UI translates them by identifier.

use serde::{Deserialize, Serialize};

/// Declares an enum with stable identifiers, `ALL`, `id()` and `from_id()`.
macro_rules! identified_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable English identifier.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id),+ }
            }

            /// Parses the stable identifier (exactly, as stored).
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }

            /// Position in `ALL`, for arrays indexed by this enum.
            pub fn index(self) -> usize {
                self as usize
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

identified_enum!(
    /// What sort of initiative: a pilot, a living lab (a permanent experimentation
    /// environment in public space, with real citizens) or an experiment.
    Kind { Pilot => "pilot", LivingLab => "living_lab", Experiment => "experiment" }
);

identified_enum!(
    /// The four-quadrant vision (figure 2.8 of the source).
    Quadrant {
        DigitalGovernment => "digital_government",
        EGovernance => "e_governance",
        SmartGovernment => "smart_government",
        SmartSociety => "smart_society",
    }
);

/// Horizontal axis of the quadrant map: old or new digitalisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Novelty {
    Old,
    New,
}

/// Vertical axis of the quadrant map: inside or outside the organisation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Orientation {
    Inside,
    Outside,
}

impl Quadrant {
    pub fn novelty(self) -> Novelty {
        match self {
            Quadrant::DigitalGovernment | Quadrant::EGovernance => Novelty::Old,
            Quadrant::SmartGovernment | Quadrant::SmartSociety => Novelty::New,
        }
    }

    /// Where the quadrant sits in figure 2.8, as (column, row) of a 2 × 2 grid: old left,
    /// new right; outside on top, inside below.
    pub fn grid_cell(self) -> (u8, u8) {
        let column = match self.novelty() {
            Novelty::Old => 0,
            Novelty::New => 1,
        };
        let row = match self.orientation() {
            Orientation::Outside => 0,
            Orientation::Inside => 1,
        };
        (column, row)
    }

    pub fn orientation(self) -> Orientation {
        match self {
            Quadrant::DigitalGovernment | Quadrant::SmartGovernment => Orientation::Inside,
            Quadrant::EGovernance | Quadrant::SmartSociety => Orientation::Outside,
        }
    }

    pub fn from_axes(novelty: Novelty, orientation: Orientation) -> Self {
        match (novelty, orientation) {
            (Novelty::Old, Orientation::Inside) => Quadrant::DigitalGovernment,
            (Novelty::Old, Orientation::Outside) => Quadrant::EGovernance,
            (Novelty::New, Orientation::Inside) => Quadrant::SmartGovernment,
            (Novelty::New, Orientation::Outside) => Quadrant::SmartSociety,
        }
    }
}

identified_enum!(
    /// The lifecycle of an initiative, in order; `Stopped` is an end state from any phase.
    Phase {
        Idea => "idea",
        Preparation => "preparation",
        Pilot => "pilot",
        Evaluation => "evaluation",
        Scaling => "scaling",
        Anchored => "anchored",
        Stopped => "stopped",
    }
);

impl Phase {
    /// An end state: nothing follows.
    pub fn is_final(self) -> bool {
        matches!(self, Phase::Anchored | Phase::Stopped)
    }

    /// The next phase in the lifecycle (none after anchored or stopped).
    pub fn next(self) -> Option<Phase> {
        match self {
            Phase::Idea => Some(Phase::Preparation),
            Phase::Preparation => Some(Phase::Pilot),
            Phase::Pilot => Some(Phase::Evaluation),
            Phase::Evaluation => Some(Phase::Scaling),
            Phase::Scaling => Some(Phase::Anchored),
            Phase::Anchored | Phase::Stopped => None,
        }
    }

    /// Which phase changes a gate decision may make. Forward one step; back any number of
    /// steps (an evaluation can send a pilot back to preparation); to stopped from any
    /// phase but stopped. An anchored initiative can still be stopped. Stopped is final.
    pub fn can_move_to(self, target: Phase) -> bool {
        if self == target || self == Phase::Stopped {
            return false;
        }
        if target == Phase::Stopped {
            return true;
        }
        if self == Phase::Anchored {
            return false;
        }
        target.index() < self.index() || self.next() == Some(target)
    }

    /// The phases this one may move to, in lifecycle order.
    pub fn allowed_targets(self) -> Vec<Phase> {
        Phase::ALL
            .iter()
            .copied()
            .filter(|target| self.can_move_to(*target))
            .collect()
    }

    /// Phases in which a long stay means "pilotitis": experimenting without scaling.
    pub fn counts_for_stuck(self) -> bool {
        matches!(self, Phase::Pilot | Phase::Evaluation)
    }
}

identified_enum!(
    /// A gate decision at a phase change.
    GateDecision { Go => "go", ConditionalGo => "conditional_go", Hold => "hold", Stop => "stop" }
);

identified_enum!(
    /// Health status of a reporting period: on track, at risk, off track.
    Health { Green => "green", Amber => "amber", Red => "red" }
);

identified_enum!(
    /// Budget category: operation (beheer, exploitatie) or innovation.
    BudgetCategory { Operation => "operation", Innovation => "innovation" }
);

identified_enum!(
    /// A partner's role in the quadruple helix.
    HelixRole {
        Government => "government",
        Business => "business",
        Knowledge => "knowledge",
        CivilSociety => "civil_society",
    }
);

identified_enum!(
    RiskCategory {
        Privacy => "privacy",
        Ethics => "ethics",
        Cybersecurity => "cybersecurity",
        VendorLockIn => "vendor_lock_in",
        Regulation => "regulation",
        Other => "other",
    }
);

identified_enum!(RiskLevel { Low => "low", Medium => "medium", High => "high" });

identified_enum!(
    /// A department's starting position (figure 2.7 of the source).
    StartingPosition {
        NoIdeaYet => "no_idea_yet",
        MustDoSomething => "must_do_something",
        ConcretePlans => "concrete_plans",
    }
);

identified_enum!(Degree { Incremental => "incremental", Radical => "radical" });
identified_enum!(InnovationType { Technological => "technological", Social => "social" });
identified_enum!(InsideOutside { Inside => "inside", Outside => "outside" });
identified_enum!(TechLevel { HighTech => "high_tech", LowTech => "low_tech" });
identified_enum!(
    /// Table 2.3 of the source: more (efficiency), better (services), different (transformation).
    ManagementModel { More => "more", Better => "better", Different => "different" }
);
identified_enum!(
    /// How the initiative is organised: from inside, from outside, or hybrid.
    Organised { Inside => "inside", Outside => "outside", Hybrid => "hybrid" }
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn identifiers_round_trip() {
        for phase in Phase::ALL {
            assert_eq!(Phase::from_id(phase.id()), Some(*phase));
        }
        for quadrant in Quadrant::ALL {
            assert_eq!(Quadrant::from_id(quadrant.id()), Some(*quadrant));
        }
        assert_eq!(Kind::from_id("living_lab"), Some(Kind::LivingLab));
        assert_eq!(Kind::from_id("Living lab"), None);
    }

    #[test]
    fn quadrant_axes_match_figure_2_8() {
        assert_eq!(Quadrant::DigitalGovernment.novelty(), Novelty::Old);
        assert_eq!(
            Quadrant::DigitalGovernment.orientation(),
            Orientation::Inside
        );
        assert_eq!(Quadrant::EGovernance.orientation(), Orientation::Outside);
        assert_eq!(Quadrant::SmartGovernment.novelty(), Novelty::New);
        assert_eq!(Quadrant::SmartSociety.orientation(), Orientation::Outside);
        for quadrant in Quadrant::ALL {
            assert_eq!(
                Quadrant::from_axes(quadrant.novelty(), quadrant.orientation()),
                *quadrant
            );
        }
    }

    #[test]
    fn phase_changes() {
        assert!(Phase::Idea.can_move_to(Phase::Preparation));
        assert!(!Phase::Idea.can_move_to(Phase::Pilot), "no skipping ahead");
        assert!(
            Phase::Evaluation.can_move_to(Phase::Preparation),
            "back is allowed"
        );
        assert!(Phase::Anchored.can_move_to(Phase::Stopped));
        assert!(!Phase::Anchored.can_move_to(Phase::Scaling));
        assert!(!Phase::Stopped.can_move_to(Phase::Idea), "stopped is final");
        assert!(!Phase::Pilot.can_move_to(Phase::Pilot));
        assert_eq!(
            Phase::Idea.allowed_targets(),
            vec![Phase::Preparation, Phase::Stopped]
        );
        assert!(Phase::Stopped.allowed_targets().is_empty());
    }
}
