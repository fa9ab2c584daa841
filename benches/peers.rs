//! The peer library (issue "Balance and learning", item 5): the similar cases of one
//! initiative against a library of 10,000 peer cases (goal: ≤ 50 ms), with the library's
//! index prebuilt (as the app keeps it) and built afresh (as `proeftuin peers similar`
//! does). Run with `cargo bench --bench peers`; `PROEFTUIN_BENCH_PEERS` sets the size.

use criterion::{Criterion, criterion_group, criterion_main};
use proeftuin::domain::{Initiative, PeerCase, Phase, Quadrant};
use proeftuin::figures::peers::{PeerIndex, similar};

const SUBJECTS: &[&str] = &[
    "parkeren",
    "afval",
    "verlichting",
    "mobiliteit",
    "zorg",
    "wonen",
    "energie",
    "water",
    "luchtkwaliteit",
    "geluid",
    "veiligheid",
    "onderwijs",
    "armoede",
    "schuldhulp",
    "vergunningen",
    "klantcontact",
    "archief",
    "riolering",
    "bruggen",
    "groen",
    "fietsen",
    "openbaar vervoer",
    "evenementen",
    "toerisme",
    "sport",
    "cultuur",
    "bibliotheek",
    "jeugd",
    "ouderen",
    "inclusie",
];
const MEANS: &[&str] = &[
    "sensoren",
    "chatbot",
    "dashboard",
    "app",
    "drones",
    "blockchain",
    "machine learning",
    "digital twin",
    "open data",
    "robot",
    "camera's",
    "satellietbeelden",
    "platform",
    "portaal",
    "algoritme",
    "datawarehouse",
    "slimme meters",
    "lorawan",
    "spraakherkenning",
    "beeldherkenning",
];
const PLACES: &[&str] = &[
    "in de binnenstad",
    "in de wijken",
    "voor inwoners",
    "voor ondernemers",
    "in het buitengebied",
    "op bedrijventerreinen",
    "bij de balie",
    "in de regio",
    "langs de snelweg",
    "op scholen",
];

/// A deterministic library of `size` cases (a small linear congruential generator).
fn library(size: usize) -> Vec<PeerCase> {
    let mut seed: u64 = 0x5052_544E;
    let mut next = |modulo: usize| {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        ((seed >> 33) as usize) % modulo
    };
    (0..size)
        .map(|index| {
            let subject = SUBJECTS[next(SUBJECTS.len())];
            let means = MEANS[next(MEANS.len())];
            let place = PLACES[next(PLACES.len())];
            let other = SUBJECTS[next(SUBJECTS.len())];
            PeerCase {
                key: format!("pstw:{index}"),
                source: "bench".into(),
                organisation: format!("Gemeente {}", index % 340),
                country: "Netherlands".into(),
                name: format!("{means} voor {subject}"),
                description: format!(
                    "Met {means} {place} werken aan {subject} en {other}; een proef met partners uit de regio."
                ),
                status: "Pilot".into(),
                phase: Some(Phase::ALL[next(Phase::ALL.len())]),
                quadrant: (next(2) == 0).then(|| Quadrant::ALL[next(4)]),
                themes: vec![subject.to_string()],
                start_year: Some(2015 + next(10) as i32),
                end_year: None,
                technology: means.to_string(),
                stop_reason: String::new(),
                lessons_learned: String::new(),
                contact: String::new(),
            }
        })
        .collect()
}

fn peers(c: &mut Criterion) {
    let size: usize = std::env::var("PROEFTUIN_BENCH_PEERS")
        .ok()
        .and_then(|text| text.parse().ok())
        .unwrap_or(10_000);
    let cases = library(size);
    let mut initiative = Initiative::new("Slim parkeren met sensoren");
    initiative.description =
        "Sensoren in het wegdek tonen vrije parkeerplekken in de binnenstad".into();
    initiative.themes = thin_vec::thin_vec!["parkeren".into(), "mobiliteit".into()];
    initiative.phase = Phase::Pilot;
    initiative.quadrant = Quadrant::SmartSociety;
    let index = PeerIndex::new(&cases);
    let found = similar(&index, &cases, &initiative, 10);
    assert_eq!(found.len(), 10, "a library this size has matches");
    let mut group = c.benchmark_group(format!("peers similar, {size} cases"));
    group.bench_function("index kept (the app)", |b| {
        b.iter(|| similar(&index, &cases, &initiative, 10))
    });
    group.bench_function("index built (the CLI)", |b| {
        b.iter(|| {
            let index = PeerIndex::new(&cases);
            similar(&index, &cases, &initiative, 10)
        })
    });
    group.finish();
}

criterion_group!(benches, peers);
criterion_main!(benches);
