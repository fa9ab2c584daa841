//! The demo portfolio of the fictional municipality of Proefdorp, built from the cases the
//! source names (invented budgets and dates), and a deterministic generator of N synthetic
//! but plausible initiatives for tests and benchmarks.

use chrono::{Datelike, Months, NaiveDate};

use crate::domain::*;

/// The municipality of the demo portfolio.
pub const DEMO_MUNICIPALITY: &str = "Gemeente Proefdorp";

const DEPARTMENTS: &[(&str, StartingPosition)] = &[
    ("Dienstverlening", StartingPosition::ConcretePlans),
    ("Informatievoorziening", StartingPosition::ConcretePlans),
    ("Mobiliteit", StartingPosition::ConcretePlans),
    ("Openbare ruimte", StartingPosition::MustDoSomething),
    ("Sociaal domein", StartingPosition::MustDoSomething),
    ("Financiën", StartingPosition::ConcretePlans),
    ("Milieu", StartingPosition::MustDoSomething),
    ("Juridische zaken", StartingPosition::NoIdeaYet),
    ("Economie", StartingPosition::NoIdeaYet),
    ("Veiligheid", StartingPosition::MustDoSomething),
];

const THEMES: &[&str] = &[
    "bedrijfsvoering",
    "dienstverlening",
    "energie",
    "gezondheid",
    "inclusie",
    "klimaat",
    "mobiliteit",
    "transparantie",
    "veiligheid",
    "wonen",
    "zorg",
];

/// One demo case: (name, description, kind, department, owner, quadrant, phase,
/// start (year, month), duration in months, innovation € per year, operation € per year,
/// themes, readiness ratings (None = not assessed), readiness level, use level, health).
type Case = (
    &'static str,
    &'static str,
    Kind,
    &'static str,
    &'static str,
    Quadrant,
    Phase,
    (i32, u32),
    u32,
    i64,
    i64,
    &'static [&'static str],
    Option<[u8; 8]>,
    Option<(u8, u8)>,
    Option<(Health, &'static str)>,
);

use Health::{Amber, Green, Red};
use Kind::{Experiment, LivingLab, Pilot as PilotKind};
use Phase::*;
use Quadrant::*;

const CASES: &[Case] = &[
    (
        "Chatbot klantcontactcentrum",
        "Chatbot beantwoordt veelgestelde vragen van inwoners; koppeling met het zaaksysteem.",
        PilotKind,
        "Dienstverlening",
        "A. de Vries",
        SmartGovernment,
        Evaluation,
        (2025, 3),
        22,
        85_000,
        12_500,
        &["dienstverlening"],
        Some([2, 2, 1, 1, 2, 1, 2, 1]),
        Some((6, 2)),
        Some((Green, "")),
    ),
    (
        "Opendataportaal",
        "Portaal met open datasets van de gemeente, bron voor inwoners, bedrijven en onderzoekers.",
        PilotKind,
        "Informatievoorziening",
        "B. Jansen",
        EGovernance,
        Anchored,
        (2022, 9),
        15,
        40_000,
        18_000,
        &["transparantie"],
        Some([2, 2, 2, 2, 2, 2, 2, 2]),
        Some((9, 8)),
        Some((Green, "")),
    ),
    (
        "Fietssensoren voor scholieren",
        "Naar het voorbeeld van Bonheiden: kinderen sparen kilometers met een sensor op hun fiets; data over veilige schoolroutes.",
        LivingLab,
        "Mobiliteit",
        "C. Bakker",
        SmartSociety,
        Pilot,
        (2024, 9),
        34,
        62_250,
        4_000,
        &["mobiliteit", "veiligheid"],
        Some([2, 1, 0, 1, 1, 1, 2, 2]),
        Some((6, 3)),
        Some((
            Amber,
            "Privacytoets loopt nog; ouders vragen naar bewaartermijn",
        )),
    ),
    (
        "NLP bij Woo-verzoeken",
        "Natural language processing lakt en ordent documenten bij verzoeken op grond van de Woo (voorheen Wob).",
        Experiment,
        "Juridische zaken",
        "D. Visser",
        SmartGovernment,
        Preparation,
        (2026, 2),
        12,
        120_000,
        0,
        &["transparantie"],
        Some([1, 1, 0, 0, 1, 1, 1, 0]),
        Some((3, 1)),
        Some((Green, "")),
    ),
    (
        "Burgermeetnet luchtkwaliteit",
        "Inwoners meten fijnstof met eigen sensoren; de data staan op het opendataportaal.",
        LivingLab,
        "Milieu",
        "E. Smit",
        SmartSociety,
        Scaling,
        (2023, 4),
        48,
        95_000,
        22_000,
        &["gezondheid", "klimaat"],
        Some([2, 2, 2, 1, 2, 2, 2, 2]),
        Some((8, 7)),
        Some((Green, "")),
    ),
    (
        "Robotic process automation facturen",
        "Softwarerobots verwerken inkomende facturen.",
        PilotKind,
        "Financiën",
        "F. Meijer",
        SmartGovernment,
        Stopped,
        (2024, 1),
        18,
        45_000,
        0,
        &["bedrijfsvoering"],
        Some([1, 2, 0, 1, 1, 1, 2, 1]),
        Some((5, 1)),
        Some((
            Red,
            "Gestopt: licentiekosten te hoog ten opzichte van de besparing",
        )),
    ),
    (
        "Zaaksysteem naar de cloud",
        "Migratie van het zaaksysteem naar een cloudomgeving.",
        PilotKind,
        "Informatievoorziening",
        "G. de Boer",
        DigitalGovernment,
        Pilot,
        (2025, 6),
        19,
        150_000,
        310_000,
        &["bedrijfsvoering"],
        Some([1, 2, 2, 1, 2, 1, 2, 1]),
        Some((7, 1)),
        Some((Amber, "Migratie van archiefdata loopt twee maanden achter")),
    ),
    (
        "Blockchain in de armoederegeling",
        "Verkenning: tegoed voor minima als blockchain-token, zoals in enkele gemeentelijke minimaregelingen.",
        Experiment,
        "Sociaal domein",
        "H. Mulder",
        EGovernance,
        Idea,
        (2026, 6),
        12,
        10_000,
        0,
        &["inclusie"],
        None,
        Some((1, 0)),
        None,
    ),
    (
        "Dienstenrobot in de hal",
        "Een servicerobot in de hal van het stadskantoor wijst bezoekers de weg, zoals in Leidschendam-Voorburg.",
        Experiment,
        "Dienstverlening",
        "I. de Groot",
        SmartGovernment,
        Evaluation,
        (2024, 10),
        6,
        18_500,
        0,
        &["dienstverlening"],
        Some([0, 2, 0, 1, 1, 1, 2, 0]),
        Some((5, 1)),
        Some((
            Red,
            "Weinig gebruikt; geen eigenaar voor beheer na de pilot",
        )),
    ),
    (
        "Satellietbeelden wegbeheer",
        "Schade aan het wegdek opsporen met satellietbeelden in plaats van inspecties ter plaatse.",
        PilotKind,
        "Openbare ruimte",
        "J. Bos",
        SmartSociety,
        Pilot,
        (2026, 1),
        12,
        55_000,
        5_000,
        &["mobiliteit"],
        Some([1, 2, 1, 1, 1, 2, 2, 1]),
        Some((5, 1)),
        Some((Green, "")),
    ),
    (
        "Dashboard bedrijfsvoering",
        "Stuurinformatie voor het managementteam uit financiële en personele systemen.",
        PilotKind,
        "Financiën",
        "K. Vos",
        SmartGovernment,
        Anchored,
        (2023, 1),
        12,
        30_000,
        9_000,
        &["bedrijfsvoering"],
        Some([2, 2, 2, 2, 2, 1, 2, 2]),
        Some((9, 3)),
        Some((Green, "")),
    ),
    (
        "Energiecoöperatie in het dorpscafé",
        "Energiecoöperatie met inwoners; het overleg vindt plaats in het dorpscafé.",
        LivingLab,
        "Economie",
        "L. Peters",
        SmartSociety,
        Pilot,
        (2025, 5),
        24,
        12_000,
        0,
        &["energie", "klimaat"],
        Some([2, 1, 1, 1, 0, 1, 2, 2]),
        Some((6, 6)),
        Some((Green, "")),
    ),
    (
        "Gatenmelder (StreetBump)",
        "Naar Bostons StreetBump: de app registreert schokken tijdens het rijden en meldt gaten in de weg.",
        PilotKind,
        "Openbare ruimte",
        "M. Kok",
        SmartSociety,
        Evaluation,
        (2024, 3),
        18,
        38_000,
        3_000,
        &["mobiliteit"],
        Some([1, 1, 1, 1, 1, 1, 2, 1]),
        Some((6, 7)),
        Some((
            Amber,
            "Meldingen vooral uit wijken met veel smartphonegebruik: scheef beeld",
        )),
    ),
    (
        "IoT-handvest",
        "Spelregels voor sensoren in de openbare ruimte, naar het Eindhovense IoT-handvest.",
        Experiment,
        "Informatievoorziening",
        "N. Jacobs",
        SmartSociety,
        Anchored,
        (2022, 3),
        12,
        15_000,
        2_000,
        &["transparantie", "veiligheid"],
        Some([2, 2, 2, 2, 2, 2, 2, 2]),
        Some((9, 5)),
        Some((Green, "")),
    ),
    (
        "Algoritmeregister",
        "Transparantie over algoritmen die de gemeente gebruikt, naar het Amsterdamse algoritmeregister.",
        PilotKind,
        "Juridische zaken",
        "O. van Dijk",
        EGovernance,
        Scaling,
        (2024, 2),
        30,
        48_000,
        8_000,
        &["transparantie"],
        Some([2, 2, 1, 1, 2, 2, 2, 1]),
        Some((8, 4)),
        Some((Green, "")),
    ),
    (
        "Huurkorting voor woningdata",
        "Zoals in Helmond: huurders krijgen korting als zij data over hun woning en energiegebruik delen.",
        LivingLab,
        "Economie",
        "P. Hendriks",
        SmartSociety,
        Preparation,
        (2026, 4),
        24,
        70_000,
        0,
        &["energie", "wonen"],
        Some([1, 0, 1, 1, 1, 1, 1, 1]),
        Some((2, 0)),
        Some((Amber, "DEDA-sessie en DPIA nog niet gepland")),
    ),
    (
        "Operationeel centrum openbare orde",
        "Verkenning van een centrum dat camerabeelden, meldingen en sensordata bundelt, zoals in Rio de Janeiro.",
        Experiment,
        "Veiligheid",
        "Q. Willems",
        SmartGovernment,
        Idea,
        (2026, 9),
        12,
        0,
        0,
        &["veiligheid"],
        None,
        None,
        None,
    ),
    (
        "Buiten Beter meldingen",
        "Inwoners melden problemen in de openbare ruimte met de Buiten Beter-app; meldingen komen in het zaaksysteem.",
        PilotKind,
        "Openbare ruimte",
        "R. van Leeuwen",
        EGovernance,
        Anchored,
        (2021, 5),
        12,
        25_000,
        14_000,
        &["dienstverlening"],
        Some([2, 2, 2, 2, 2, 2, 2, 2]),
        Some((9, 9)),
        Some((Green, "")),
    ),
    (
        "Burgersensornetwerk geluid",
        "Een netwerk van sensoren bij inwoners meet geluidsoverlast rond het bedrijventerrein.",
        LivingLab,
        "Milieu",
        "S. de Wit",
        SmartSociety,
        Pilot,
        (2024, 6),
        36,
        58_000,
        6_000,
        &["gezondheid"],
        Some([1, 1, 0, 0, 1, 1, 1, 2]),
        Some((5, 6)),
        Some((
            Red,
            "Sensorleverancier failliet; geen vervanger gecontracteerd",
        )),
    ),
    (
        "FIWARE-lab",
        "Proeftuin voor data-uitwisseling via de open standaard FIWARE, samen met de hogeschool.",
        LivingLab,
        "Informatievoorziening",
        "T. Dekker",
        SmartSociety,
        Pilot,
        (2025, 1),
        36,
        80_000,
        10_000,
        &["mobiliteit", "klimaat"],
        Some([1, 2, 1, 2, 1, 2, 2, 2]),
        Some((4, 2)),
        Some((Green, "")),
    ),
    (
        "Slimme lantaarnpalen",
        "Led-verlichting die dimt als er niemand is, met sensoren voor verkeerstellingen.",
        PilotKind,
        "Openbare ruimte",
        "U. Brouwer",
        SmartSociety,
        Scaling,
        (2023, 9),
        24,
        110_000,
        35_000,
        &["energie", "veiligheid"],
        Some([2, 2, 1, 2, 2, 1, 2, 2]),
        Some((8, 5)),
        Some((Green, "")),
    ),
    (
        "Digitale ondertekening besluiten",
        "Raads- en collegebesluiten digitaal ondertekenen en archiveren.",
        PilotKind,
        "Juridische zaken",
        "V. Koster",
        DigitalGovernment,
        Anchored,
        (2022, 1),
        9,
        22_000,
        11_000,
        &["bedrijfsvoering"],
        Some([2, 2, 2, 2, 2, 2, 2, 2]),
        Some((9, 3)),
        Some((Green, "")),
    ),
    (
        "Shared service center ICT",
        "ICT-beheer samen met twee buurgemeenten in een shared service center.",
        PilotKind,
        "Informatievoorziening",
        "W. Prins",
        DigitalGovernment,
        Scaling,
        (2024, 1),
        36,
        60_000,
        420_000,
        &["bedrijfsvoering"],
        Some([2, 2, 2, 1, 1, 1, 2, 2]),
        Some((7, 4)),
        Some((Amber, "Afspraken over kostenverdeling nog niet getekend")),
    ),
    (
        "Mijn Gemeente-app",
        "Eén app voor afspraken, aanvragen en de status van meldingen.",
        PilotKind,
        "Dienstverlening",
        "X. Huisman",
        EGovernance,
        Pilot,
        (2025, 10),
        15,
        90_000,
        20_000,
        &["dienstverlening", "inclusie"],
        Some([1, 1, 1, 1, 2, 0, 2, 1]),
        Some((6, 8)),
        Some((Green, "")),
    ),
    (
        "Zelfrijdend busje bedrijventerrein",
        "Proef met een zelfrijdend busje tussen station en bedrijventerrein.",
        Experiment,
        "Mobiliteit",
        "Y. Kuipers",
        SmartSociety,
        Stopped,
        (2023, 5),
        12,
        140_000,
        0,
        &["mobiliteit"],
        Some([1, 1, 0, 0, 0, 1, 0, 1]),
        Some((4, 1)),
        Some((Red, "Gestopt: geen ontheffing voor de openbare weg")),
    ),
    (
        "Voorspellend onderhoud riolering",
        "Sensoren en data-analyse voorspellen waar de riolering onderhoud nodig heeft.",
        PilotKind,
        "Openbare ruimte",
        "Z. Verbeek",
        SmartGovernment,
        Pilot,
        (2024, 11),
        24,
        75_000,
        7_500,
        &["klimaat"],
        Some([2, 2, 1, 1, 2, 2, 2, 1]),
        Some((7, 2)),
        Some((Green, "")),
    ),
    (
        "Schuldhulp vroegsignalering",
        "Signalen van betalingsachterstanden eerder bij elkaar brengen, met waarborgen voor privacy.",
        PilotKind,
        "Sociaal domein",
        "A. Claassen",
        SmartGovernment,
        Evaluation,
        (2024, 9),
        18,
        52_000,
        4_000,
        &["inclusie", "zorg"],
        Some([2, 0, 1, 2, 2, 1, 1, 2]),
        Some((6, 4)),
        Some((Amber, "DPIA vraagt om extra waarborgen voor gegevensdeling")),
    ),
    (
        "Digitale buurtcoaches",
        "Vrijwilligers helpen ouderen met digitale overheidsdiensten.",
        PilotKind,
        "Sociaal domein",
        "B. Smits",
        EGovernance,
        Preparation,
        (2026, 3),
        18,
        20_000,
        0,
        &["inclusie", "zorg"],
        None,
        Some((2, 0)),
        None,
    ),
    (
        "Challenge slim parkeren",
        "Start-up in residence: een start-up ontwikkelt met de gemeente slim parkeren in het centrum.",
        Experiment,
        "Mobiliteit",
        "C. Maas",
        SmartSociety,
        Idea,
        (2026, 10),
        12,
        5_000,
        0,
        &["mobiliteit"],
        None,
        Some((0, 0)),
        None,
    ),
    (
        "E-formulieren vergunningen",
        "Alle vergunningaanvragen via slimme e-formulieren, gekoppeld aan de backoffice.",
        PilotKind,
        "Dienstverlening",
        "D. Postma",
        DigitalGovernment,
        Evaluation,
        (2025, 2),
        14,
        35_000,
        15_000,
        &["dienstverlening"],
        Some([2, 2, 2, 1, 2, 2, 2, 1]),
        Some((7, 3)),
        Some((Green, "")),
    ),
];

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
    for (
        name,
        description,
        kind,
        department,
        owner,
        quadrant,
        phase,
        (year, month),
        duration,
        innovation,
        operation,
        themes,
        ratings,
        levels,
        health,
    ) in CASES.iter().copied()
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
        initiative.themes = themes.iter().map(|theme| theme.to_string()).collect();
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
        initiative.partners = demo_partners(quadrant, kind);
        initiative.risks = demo_risks(&initiative);
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

/// Name parts for synthetic initiatives.
const SUBJECTS: &[&str] = &[
    "Chatbot",
    "Sensornetwerk",
    "Dashboard",
    "Datalab",
    "App",
    "Robot",
    "Algoritme",
    "Portaal",
    "Platform",
    "Digitale tweeling",
    "Slimme meter",
    "Drone",
    "Camerasysteem",
    "E-formulier",
    "Koppeling",
];
const OBJECTS: &[&str] = &[
    "afvalinzameling",
    "parkeren",
    "luchtkwaliteit",
    "vergunningen",
    "schuldhulp",
    "jeugdzorg",
    "wegbeheer",
    "groenonderhoud",
    "verkeersveiligheid",
    "energietransitie",
    "burgerzaken",
    "subsidies",
    "archief",
    "klantcontact",
    "wateroverlast",
    "woningbouw",
];
const FIRST: &[&str] = &[
    "A.", "B.", "C.", "D.", "E.", "F.", "H.", "J.", "K.", "L.", "M.", "N.", "P.", "R.", "S.", "T.",
];
const LAST: &[&str] = &[
    "de Vries",
    "Jansen",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "de Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "van Leeuwen",
    "Dekker",
    "Brouwer",
];

fn pick<'a, T>(rng: &mut fastrand::Rng, items: &'a [T]) -> &'a T {
    &items[rng.usize(..items.len())]
}

/// `count` synthetic but plausible initiatives, the same for the same seed.
pub fn synthetic_portfolio(count: usize, seed: u64) -> Portfolio {
    let mut rng = fastrand::Rng::with_seed(seed);
    let mut portfolio = demo_portfolio();
    portfolio.settings.municipality = format!("Gemeente Proefdorp (synthetisch, {count})");
    portfolio.initiatives.clear();
    portfolio.initiatives.reserve(count);
    for number in 0..count {
        let quadrant = *pick(&mut rng, Quadrant::ALL);
        let phase = *pick(&mut rng, Phase::ALL);
        let kind = *pick(&mut rng, Kind::ALL);
        let start = ymd(rng.i32(2019..=2026), rng.u32(1..=12), 1);
        let duration = rng.u32(6..=48);
        let end = add_months(start, duration);
        let phase_start = add_months(start, rng.u32(0..=duration.min(30))).min(ymd(2026, 11, 1));
        let mut initiative = Initiative::new(format!(
            "{} {} {}",
            pick(&mut rng, SUBJECTS),
            pick(&mut rng, OBJECTS),
            number + 1
        ));
        initiative.description = format!(
            "{} voor {} in de wijk {}.",
            pick(&mut rng, SUBJECTS),
            pick(&mut rng, OBJECTS),
            rng.u32(1..=40)
        );
        initiative.kind = kind;
        initiative.department = Some(pick(&mut rng, DEPARTMENTS).0.to_string());
        initiative.owner = format!("{} {}", pick(&mut rng, FIRST), pick(&mut rng, LAST));
        initiative.start_date = Some(start);
        initiative.end_date = rng.bool().then_some(end);
        initiative.quadrant = quadrant;
        initiative.phase = phase;
        initiative.phase_since = Some(phase_start);
        initiative.phase_history = vec![PhaseChange {
            decided_on: phase_start,
            from_phase: None,
            to_phase: phase,
            decision: if phase == Phase::Stopped {
                GateDecision::Stop
            } else {
                GateDecision::Go
            },
            conditions: String::new(),
            decider: "Managementteam".into(),
            rationale: "Besluit in het portfolio-overleg".into(),
        }];
        if rng.u8(0..10) < 7 {
            for criterion in Criterion::ALL {
                initiative.readiness.set(criterion, Some(rng.u8(0..=2)));
            }
            initiative.readiness_level = Some(rng.u8(0..=9));
            initiative.use_level = Some(rng.u8(0..=9));
        }
        initiative.themes = vec![pick(&mut rng, THEMES).to_string()];
        let budget_year = start.year().max(2023);
        initiative.budget_lines.push(BudgetLine {
            year: budget_year,
            category: BudgetCategory::Innovation,
            planned_cents: i64::from(rng.u32(5..=200)) * 100_000,
            actual_cents: None,
            description: String::new(),
        });
        if rng.bool() {
            initiative.budget_lines.push(BudgetLine {
                year: budget_year,
                category: BudgetCategory::Operation,
                planned_cents: i64::from(rng.u32(1..=60)) * 100_000,
                actual_cents: None,
                description: String::new(),
            });
        }
        if rng.u8(0..10) < 6 {
            let status = *pick(&mut rng, Health::ALL);
            initiative.health_reports.push(HealthReport {
                period: "2026-Q3".into(),
                reported_on: ymd(2026, 9, 30),
                status,
                reason: if status == Health::Green {
                    String::new()
                } else {
                    "Planning loopt achter".into()
                },
            });
        }
        if phase == Phase::Stopped {
            initiative.stop_reason = "Onvoldoende waarde aangetoond".into();
        }
        portfolio.initiatives.push(initiative);
    }
    portfolio
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
