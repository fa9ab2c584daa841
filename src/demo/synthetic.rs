//! A deterministic generator of N synthetic but plausible initiatives, for tests and
//! benchmarks (`proeftuin demo --size N`).

use chrono::Datelike;

use super::*;

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
        initiative.department = Some(pick(&mut rng, DEPARTMENTS).0.into());
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
        initiative.themes = thin_vec::thin_vec![(*pick(&mut rng, THEMES)).into()];
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
