//! Store integration tests on temporary portfolios: those that hold for every backend
//! run on a file and on a PostgreSQL database (see `support`).

mod support;

use chrono::NaiveDate;
use proeftuin::domain::*;
use proeftuin::store::{self, StoreError, check_file};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid date")
}

/// An initiative with every field filled, with text that tries to break things.
fn full_initiative(name: &str) -> Initiative {
    let mut initiative = Initiative::new(name);
    initiative.description = "Regel één\nRegel twee; \"aanhalingstekens\" en 'apostrof' — €".into();
    initiative.kind = Kind::LivingLab;
    initiative.department = Some("Openbare ruimte".into());
    initiative.owner = "J. de Bruijn-Öztürk".into();
    initiative.contact = "j.debruijn@gemeente.example".into();
    initiative.start_date = Some(day(2025, 3, 1));
    initiative.end_date = Some(day(2027, 2, 28));
    initiative.quadrant = Quadrant::SmartSociety;
    initiative.phase = Phase::Pilot;
    initiative.phase_since = Some(day(2025, 9, 1));
    for (criterion, rating) in Criterion::ALL.into_iter().zip([2, 1, 0, 2, 1, 2, 0, 1]) {
        initiative.readiness.set(criterion, Some(rating));
    }
    initiative.readiness_level = Some(6);
    initiative.use_level = Some(9);
    initiative.characteristics = Characteristics {
        degree: Some(Degree::Radical),
        innovation_type: Some(InnovationType::Social),
        technology_from: Some(InsideOutside::Outside),
        target_group: Some(InsideOutside::Inside),
        tech_level: Some(TechLevel::LowTech),
        management_model: Some(ManagementModel::Different),
        organised: Some(Organised::Hybrid),
    };
    initiative.themes = thin_vec::thin_vec!["klimaat".into(), "mobiliteit".into()];
    initiative.partners = thin_vec::thin_vec![
        Partner {
            name: "Hogeschool".into(),
            helix_role: HelixRole::Knowledge,
        },
        Partner {
            name: "Bewoners".into(),
            helix_role: HelixRole::CivilSociety,
        },
    ];
    initiative.risks = thin_vec::thin_vec![Risk {
        category: RiskCategory::VendorLockIn,
        level: RiskLevel::High,
        description: "Eén leverancier".into(),
        mitigation: "FIWARE".into(),
    }];
    initiative.budget_lines = vec![
        BudgetLine {
            year: 2025,
            category: BudgetCategory::Innovation,
            planned_cents: 6_225_050,
            actual_cents: Some(6_000_001),
            description: "Project".into(),
        },
        BudgetLine {
            year: 2026,
            category: BudgetCategory::Operation,
            planned_cents: 0,
            actual_cents: None,
            description: String::new(),
        },
    ];
    initiative.phase_history = vec![
        PhaseChange {
            decided_on: day(2025, 3, 1),
            from_phase: None,
            to_phase: Phase::Preparation,
            decision: GateDecision::Go,
            conditions: String::new(),
            decider: "MT".into(),
            rationale: "Start".into(),
        },
        PhaseChange {
            decided_on: day(2025, 9, 1),
            from_phase: Some(Phase::Preparation),
            to_phase: Phase::Pilot,
            decision: GateDecision::ConditionalGo,
            conditions: "DPIA eerst".into(),
            decider: "College".into(),
            rationale: "Waarde aangetoond".into(),
        },
    ];
    initiative.health_reports = thin_vec::thin_vec![
        HealthReport {
            period: "2026-Q2".into(),
            reported_on: day(2026, 6, 30),
            status: Health::Green,
            reason: String::new(),
        },
        HealthReport {
            period: "2026-Q3".into(),
            reported_on: day(2026, 9, 30),
            status: Health::Red,
            reason: "Leverancier failliet".into(),
        },
    ];
    initiative.stop_reason = String::new();
    initiative.lessons_learned = "Eerst toetsen".into();
    initiative.notes = "Notitie 📝".into();
    initiative.algorithm_register_url = "https://algoritmes.overheid.nl/nl/algoritme/4711".into();
    initiative
}

fn temp_db() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("portfolio.sqlite");
    (dir, path)
}

#[test]
fn every_field_round_trips_including_hostile_text() {
    for fresh in support::fresh_portfolios() {
        let long_mixed: String = "Ωmega 東京 مرحبا 🚲🌳 "
            .chars()
            .cycle()
            .take(2_000)
            .collect();
        let names = [
            "'); DROP TABLE initiative;--",
            long_mixed.as_str(),
            "=HYPERLINK(\"http://x\",\"y\")",
            "<script>alert(1)</script>",
        ];
        let mut ids = Vec::new();
        {
            let mut store = store::open_location(&fresh.location).expect("open");
            for name in names {
                let stored = store
                    .insert_initiative(&full_initiative(name))
                    .expect("insert");
                ids.push(stored.id);
            }
        }
        // Reopen: everything must come back exactly.
        let store = store::open_location(&fresh.location).expect("reopen");
        let portfolio = store.load_portfolio().expect("load");
        assert_eq!(portfolio.initiatives.len(), names.len());
        for (name, id) in names.iter().zip(ids) {
            let loaded = portfolio.initiative(id).expect("present");
            let mut expected = full_initiative(name);
            expected.id = id;
            expected.row_version = 1;
            assert_eq!(loaded, &expected);
            assert_eq!(
                store.load_initiative(id).expect("load one").as_ref(),
                Some(&expected)
            );
        }
        if let Some(path) = fresh.location.file() {
            assert!(check_file(path).expect("check").is_ok());
        }
    }
}

#[test]
fn updates_bump_the_version_and_conflicts_are_refused() {
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let stored = store
            .insert_initiative(&full_initiative("Chatbot"))
            .expect("insert");
        let mut edited = stored.clone();
        edited.name = "Chatbot 2.0".into();
        edited.budget_lines.pop();
        edited.themes = thin_vec::thin_vec!["dienstverlening".into()];
        let updated = store.update_initiative(&edited).expect("update");
        assert_eq!(updated.row_version, stored.row_version + 1);
        let loaded = store
            .load_initiative(stored.id)
            .expect("load")
            .expect("present");
        assert_eq!(loaded.name, "Chatbot 2.0");
        assert_eq!(loaded.budget_lines.len(), 1);
        assert_eq!(loaded.themes, ["dienstverlening".into()]);
        assert_eq!(
            loaded.phase_history, stored.phase_history,
            "updates keep the history"
        );
        // A second writer that read the old version is refused, and nothing changes.
        let mut stale = stored.clone();
        stale.name = "Overwritten".into();
        assert!(matches!(
            store.update_initiative(&stale),
            Err(StoreError::Conflict { .. })
        ));
        assert_eq!(
            store
                .load_initiative(stored.id)
                .expect("load")
                .expect("present")
                .name,
            "Chatbot 2.0"
        );
    }
}

#[test]
fn gate_decisions_move_the_phase_and_write_history() {
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let stored = store
            .insert_initiative(&full_initiative("Sensoren"))
            .expect("insert");
        let change = PhaseChange {
            decided_on: day(2026, 11, 1),
            from_phase: Some(Phase::Pilot),
            to_phase: Phase::Evaluation,
            decision: GateDecision::Go,
            conditions: String::new(),
            decider: "Managementteam".into(),
            rationale: "Pilotperiode voorbij".into(),
        };
        store
            .change_phase(stored.id, stored.row_version, &change)
            .expect("change");
        let loaded = store
            .load_initiative(stored.id)
            .expect("load")
            .expect("present");
        assert_eq!(loaded.phase, Phase::Evaluation);
        assert_eq!(loaded.phase_since, Some(day(2026, 11, 1)));
        assert_eq!(loaded.phase_history.last(), Some(&change));
        assert_eq!(loaded.row_version, stored.row_version + 1);
        // Skipping ahead is refused; so is a stale version.
        let skip = PhaseChange {
            to_phase: Phase::Anchored,
            ..change.clone()
        };
        assert!(matches!(
            store.change_phase(stored.id, loaded.row_version, &skip),
            Err(StoreError::PhaseChangeNotAllowed { .. })
        ));
        assert!(matches!(
            store.change_phase(stored.id, stored.row_version, &change),
            Err(StoreError::Conflict { .. })
        ));
        // Stopping records the rationale as the stop reason.
        let stop = PhaseChange {
            to_phase: Phase::Stopped,
            decision: GateDecision::Stop,
            rationale: "Geen budget".into(),
            ..change
        };
        store
            .change_phase(stored.id, loaded.row_version, &stop)
            .expect("stop");
        let stopped = store
            .load_initiative(stored.id)
            .expect("load")
            .expect("present");
        assert_eq!(stopped.phase, Phase::Stopped);
        assert_eq!(stopped.stop_reason, "Geen budget");
    }
}

#[test]
fn delete_and_restore_keep_everything() {
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let stored = store
            .insert_initiative(&full_initiative("Robot"))
            .expect("insert");
        let before = store
            .load_initiative(stored.id)
            .expect("load")
            .expect("present");
        store
            .delete_initiative(stored.id, before.row_version)
            .expect("delete");
        assert_eq!(store.load_initiative(stored.id).expect("load"), None);
        assert!(matches!(
            store.delete_initiative(stored.id, before.row_version),
            Err(StoreError::Missing)
        ));
        store.insert_initiative(&before).expect("restore");
        assert_eq!(
            store.load_initiative(stored.id).expect("load"),
            Some(before)
        );
        if let Some(path) = fresh.location.file() {
            assert!(check_file(path).expect("check").is_ok());
        }
    }
}

#[test]
fn the_database_refuses_invalid_data() {
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let mut red_without_reason = full_initiative("x");
        red_without_reason.health_reports[1].reason = "  ".into();
        assert!(store.insert_initiative(&red_without_reason).is_err());
        let mut negative = full_initiative("y");
        negative.budget_lines[0].planned_cents = -1;
        assert!(store.insert_initiative(&negative).is_err());
        let mut reversed = full_initiative("z");
        reversed.end_date = Some(day(2020, 1, 1));
        assert!(store.insert_initiative(&reversed).is_err());
        // Each failed action changed nothing.
        assert!(store.load_portfolio().expect("load").initiatives.is_empty());
    }
}

#[test]
fn settings_and_demo_round_trip() {
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let demo = proeftuin::demo::demo_portfolio();
        store.replace_portfolio(&demo).expect("demo");
        let loaded = store.load_portfolio().expect("load");
        assert_eq!(loaded.settings, demo.settings);
        let mut departments = demo.departments.clone();
        departments.sort_by(|a, b| a.name.cmp(&b.name));
        assert_eq!(loaded.departments, departments);
        let key = |b: &BaselineLine| (b.department.clone(), b.line.year, b.line.category);
        let (mut got, mut want) = (loaded.baseline.clone(), demo.baseline.clone());
        got.sort_by_key(key);
        want.sort_by_key(key);
        assert_eq!(got, want);
        assert_eq!(loaded.initiatives.len(), demo.initiatives.len());
        for (stored, original) in loaded.initiatives.iter().zip(&demo.initiatives) {
            let mut expected = original.clone();
            expected.id = stored.id;
            expected.row_version = 1;
            expected.themes.sort();
            assert_eq!(stored, &expected);
        }
        let mut settings = loaded.settings.clone();
        settings.readiness.weights[Criterion::Regulation.index()] = 3;
        settings.stuck_threshold_months = 9;
        store
            .save_settings(&loaded.settings, &settings)
            .expect("settings");
        drop(store);
        assert_eq!(
            store::open_location(&fresh.location)
                .expect("reopen")
                .load_portfolio()
                .expect("load")
                .settings,
            settings
        );
    }
}

#[test]
fn foreign_files_are_refused_and_left_untouched() {
    let dir = tempfile::tempdir().expect("dir");
    let junk = dir.path().join("junk.sqlite");
    std::fs::write(&junk, [0x13u8, 0x37, 0xFF, 0x00, 0x42].repeat(400)).expect("write");
    let other = dir.path().join("other.sqlite");
    make_foreign_sqlite(&other);
    for path in [&junk, &other] {
        let before = std::fs::read(path).expect("read");
        assert!(
            matches!(store::open(path), Err(StoreError::NotAPortfolio { .. })),
            "{}",
            path.display()
        );
        assert!(check_file(path).is_err());
        assert_eq!(
            std::fs::read(path).expect("read"),
            before,
            "{} changed",
            path.display()
        );
    }
}

/// Another program's SQLite file, made with the sqlite3 shell when present, else by hand
/// through a Proeftuin store whose application id is then changed.
fn make_foreign_sqlite(path: &std::path::Path) {
    let made = std::process::Command::new("sqlite3")
        .arg(path)
        .arg("CREATE TABLE notes(text); INSERT INTO notes VALUES ('hallo');")
        .status()
        .is_ok_and(|status| status.success());
    if !made {
        // Header of an empty SQLite database page is enough to be "another program's".
        let mut store = store::open(path).expect("open");
        let base = store.load_portfolio().expect("load").settings;
        store
            .save_settings(&base, &PortfolioSettings::default())
            .expect("settings");
        drop(store);
        let mut bytes = std::fs::read(path).expect("read");
        bytes[68..72].copy_from_slice(&[0, 0, 0, 1]); // application_id lives at offset 68
        std::fs::write(path, bytes).expect("write");
    }
}

#[test]
fn a_newer_schema_is_refused() {
    let (_dir, path) = temp_db();
    drop(store::open(&path).expect("open"));
    let mut bytes = std::fs::read(&path).expect("read");
    bytes[60..64].copy_from_slice(&99i32.to_be_bytes()); // user_version lives at offset 60
    std::fs::write(&path, &bytes).expect("write");
    assert!(matches!(
        store::open(&path),
        Err(StoreError::TooNew { found: 99, .. })
    ));
    assert_eq!(std::fs::read(&path).expect("read"), bytes);
}

#[test]
fn department_starting_positions_are_saved() {
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        store
            .replace_portfolio(&proeftuin::demo::demo_portfolio())
            .expect("demo");
        let base = store.load_portfolio().expect("load").departments;
        let mut departments = base.clone();
        departments[0].starting_position = Some(StartingPosition::NoIdeaYet);
        departments[1].starting_position = None;
        departments.push(Department {
            name: "Cultuur".into(),
            starting_position: Some(StartingPosition::ConcretePlans),
        });
        store.save_departments(&base, &departments).expect("save");
        drop(store);
        let mut loaded = store::open_location(&fresh.location)
            .expect("reopen")
            .load_portfolio()
            .expect("load")
            .departments;
        loaded.sort_by(|a, b| a.name.cmp(&b.name));
        departments.sort_by(|a, b| a.name.cmp(&b.name));
        assert_eq!(loaded, departments);
    }
}

#[test]
fn processes_creating_the_same_new_file_at_once_all_succeed() {
    for round in 0..10 {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join(format!("nieuw-{round}.sqlite"));
        let start = std::sync::Barrier::new(4);
        let counts: Vec<usize> = std::thread::scope(|scope| {
            let handles: Vec<_> = (0..4)
                .map(|_| {
                    scope.spawn(|| {
                        start.wait();
                        let store = store::open(&path).expect("open a file created at once");
                        store.load_portfolio().expect("load").initiatives.len()
                    })
                })
                .collect();
            handles
                .into_iter()
                .map(|handle| handle.join().expect("thread"))
                .collect()
        });
        assert_eq!(counts, [0, 0, 0, 0]);
        let report = check_file(&path).expect("check");
        assert!(report.is_ok(), "{report:?}");
    }
}

#[test]
fn a_read_only_portfolio_can_be_read_and_refuses_every_write() {
    let (_dir, path) = temp_db();
    let mut writer = store::open(&path).expect("open");
    writer
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    drop(writer);
    let before = std::fs::read(&path).expect("read");
    let mut store = store::open_read_only(&path).expect("open read-only");
    assert!(store.is_read_only());
    let portfolio = store.load_portfolio().expect("load");
    assert_eq!(portfolio.initiatives.len(), 30);
    assert!(store.quick_check().expect("check").is_empty());
    let first = portfolio.initiatives[0].clone();
    let refused = |result: Result<(), StoreError>| {
        assert!(
            matches!(result, Err(StoreError::ReadOnly { .. })),
            "{result:?}"
        );
    };
    refused(store.update_initiative(&first).map(drop));
    refused(store.delete_initiative(first.id, first.row_version));
    refused(store.insert_initiative(&Initiative::new("x")).map(drop));
    refused(store.save_settings(&portfolio.settings, &portfolio.settings));
    refused(store.empty_trash().map(drop));
    drop(store);
    assert_eq!(
        std::fs::read(&path).expect("read"),
        before,
        "not a byte changed"
    );
}

/// When the operating system refuses writing (not for root, who may write anything).
#[test]
fn a_file_this_user_may_not_write_opens_read_only() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = temp_db();
    drop(store::open(&path).expect("open"));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o400)).expect("chmod");
    if std::fs::OpenOptions::new().write(true).open(&path).is_ok() {
        // `.ci/run` runs this test again as an unprivileged user, and says so.
        assert!(
            std::env::var_os("PROEFTUIN_EXPECT_UNPRIVILEGED").is_none(),
            "run as a user who may write a read-only file"
        );
        eprintln!("skipped: this user (root) may write a read-only file");
        return;
    }
    let store = store::open(&path).expect("open");
    assert!(store.is_read_only());
}

/// The target spreads are kept, and one that does not add up to 100 % is refused with
/// nothing written, on both backends.
#[test]
fn target_spreads_are_kept_and_must_add_up() {
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let base = store.load_portfolio().expect("load").settings;
        let mut settings = base.clone();
        settings.quadrant_targets_bp = [4000, 2000, 2000, 2000];
        settings.model_targets_bp = Some([2000, 5000, 3000]);
        store.save_settings(&base, &settings).expect("save");
        let stored = store.load_portfolio().expect("load").settings;
        assert_eq!(stored, settings, "{}", fresh.location.describe());
        let mut wrong = stored.clone();
        wrong.model_targets_bp = Some([2000, 5000, 2000]);
        let error = store.save_settings(&stored, &wrong).expect_err("90 %");
        assert!(
            matches!(
                error,
                store::StoreError::TargetsDoNotAddUp {
                    spread: "models",
                    total: 9000
                }
            ),
            "{error:?}"
        );
        let mut wrong = stored.clone();
        wrong.quadrant_targets_bp = [4000, 2000, 2000, 2500];
        assert!(store.save_settings(&stored, &wrong).is_err());
        assert_eq!(store.load_portfolio().expect("load").settings, stored);
        // Unset again.
        let mut unset = stored.clone();
        unset.model_targets_bp = None;
        store.save_settings(&stored, &unset).expect("unset");
        assert_eq!(
            store
                .load_portfolio()
                .expect("load")
                .settings
                .model_targets_bp,
            None
        );
    }
}

/// The peer library on both backends: kept apart from the portfolio, updated by key,
/// recorded in the audit log, and carried by a copy.
#[test]
fn the_peer_library_is_kept_apart_and_updated_by_key() {
    use proeftuin::domain::{PeerCase, Phase, Quadrant};
    let case = |key: &str, name: &str| PeerCase {
        key: key.into(),
        source: "buren.csv".into(),
        organisation: "Gemeente Zwolle".into(),
        country: "Netherlands".into(),
        name: name.into(),
        description: "Sensoren meten fijnstof".into(),
        status: "Pilot".into(),
        phase: Some(Phase::Pilot),
        quadrant: Some(Quadrant::SmartSociety),
        themes: vec!["klimaat".into(), "gezondheid".into()],
        start_year: Some(2021),
        end_year: None,
        technology: "IoT".into(),
        stop_reason: String::new(),
        lessons_learned: "Eerst de buurt vragen".into(),
        contact: String::new(),
    };
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let before = store.load_portfolio().expect("load");
        let first = vec![case("zwolle#1", "Luchtmeetnet"), case("zwolle#2", "Geluid")];
        assert_eq!(
            store
                .import_peer_cases(&first, "buren.csv")
                .expect("import"),
            (2, 0)
        );
        let mut again = vec![case("zwolle#1", "Luchtmeetnet 2.0")];
        again[0].end_year = Some(2024);
        assert_eq!(
            store.import_peer_cases(&again, "buren.csv").expect("again"),
            (0, 1)
        );
        let library = store.peer_cases().expect("library");
        assert_eq!(library.len(), 2, "{}", fresh.location.describe());
        // By organisation, then name.
        assert_eq!(library[0].name, "Geluid");
        assert_eq!(library[1], again[0]);
        assert_eq!(store.load_portfolio().expect("load"), before, "apart");
        let log = store.audit(Default::default()).expect("audit");
        assert_eq!(
            log.last().map(|line| line.source.as_str()),
            Some("buren.csv")
        );
        assert_eq!(
            log.last().map(|line| line.new.as_str()),
            Some("0 added, 1 updated")
        );
        // A copy carries the library.
        let everything = store.everything().expect("everything");
        assert_eq!(everything.peers, library);
    }
}

/// The self-assessments of the five activities on both backends: kept per date (a save
/// of the same date replaces it), oldest first, in the whole portfolio's load, recorded,
/// removable, and carried by a copy.
#[test]
fn self_assessments_are_kept_per_date() {
    use proeftuin::domain::{Answer, AnswerStatus, Assignment, SelfAssessment};
    let day = |text: &str| chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").expect("date");
    let answer = |assignment, status, note: &str, evidence: Vec<i64>| Answer {
        assignment,
        status,
        note: note.into(),
        evidence,
    };
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let lab = store
            .insert_initiative(&full_initiative("Living lab"))
            .expect("insert");
        let autumn = SelfAssessment {
            assessed_on: day("2026-11-01"),
            answers: vec![
                answer(
                    Assignment::InvolveCitizens,
                    AnswerStatus::Partly,
                    "Twee buurten",
                    vec![lab.id],
                ),
                answer(
                    Assignment::ExperimentLocally,
                    AnswerStatus::Done,
                    "",
                    vec![lab.id, lab.id],
                ),
            ],
        };
        let spring = SelfAssessment {
            assessed_on: day("2026-03-01"),
            answers: vec![answer(
                Assignment::ExperimentLocally,
                AnswerStatus::NotYet,
                "Nog geen lab; 'quotes' en \"meer\"",
                vec![],
            )],
        };
        store.save_assessment(&autumn).expect("autumn");
        store.save_assessment(&spring).expect("spring");
        let loaded = store.load_portfolio().expect("load").assessments;
        assert_eq!(loaded.len(), 2, "{}", fresh.location.describe());
        assert_eq!(loaded[0], spring, "oldest first");
        // Kept in the order of figure 2.6, the evidence once each.
        assert_eq!(loaded[1], autumn.normalised());
        assert_eq!(
            loaded[1].answers[0].assignment,
            Assignment::ExperimentLocally
        );
        assert_eq!(loaded[1].answers[0].evidence, [lab.id]);
        // The same date again replaces it.
        let mut revised = autumn.clone();
        revised.answers.truncate(1);
        store.save_assessment(&revised).expect("revised");
        let loaded = store.load_portfolio().expect("load").assessments;
        assert_eq!(loaded.len(), 2);
        assert_eq!(loaded[1].answers.len(), 1);
        let log = store.audit(Default::default()).expect("audit");
        assert!(
            log.iter()
                .any(|line| line.field == "self_assessment" && line.old == "2026-11-01")
        );
        // A copy carries them.
        assert_eq!(
            store.everything().expect("all").portfolio.assessments,
            loaded
        );
        assert!(store.delete_assessment(day("2026-03-01")).expect("delete"));
        assert!(!store.delete_assessment(day("2026-03-01")).expect("again"));
        assert_eq!(store.load_portfolio().expect("load").assessments.len(), 1);
    }
}

/// A whole-portfolio write of 10,000 or more initiatives rebuilds the indexes afterwards
/// (faster than keeping them up to date row by row): every index is back, the file passes
/// the full integrity check, and the portfolio reads back as written.
#[test]
fn a_large_replace_puts_every_index_back() {
    let (_dir, path) = temp_db();
    let indexes = |path: &std::path::Path| -> Vec<String> {
        let conn = rusqlite::Connection::open(path).expect("open");
        let mut statement = conn
            .prepare("SELECT name || ':' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")
            .expect("indexes");
        statement
            .query_map([], |row| row.get::<_, String>(0))
            .expect("rows")
            .map(|row| row.expect("row"))
            .collect()
    };
    drop(store::open(&path).expect("new"));
    let before = indexes(&path);
    assert!(before.len() >= 9, "{before:?}");
    let portfolio = proeftuin::demo::synthetic_portfolio(10_000, 3);
    let mut store = store::open(&path).expect("open");
    store.replace_portfolio(&portfolio).expect("replace");
    let loaded = store.load_portfolio().expect("load");
    assert_eq!(loaded.initiatives.len(), 10_000);
    assert_eq!(
        loaded.initiatives[9_999].name,
        portfolio.initiatives[9_999].name
    );
    drop(store);
    assert_eq!(indexes(&path), before);
    let report = check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
}

/// A load hands each initiative its lists at their exact length (rows pushed one by one
/// left room for four in every list: a third of the memory of 100,000 initiatives), in
/// the order the store gives, also when an initiative's rows are not written together.
#[test]
fn a_load_gives_every_list_its_exact_length_and_order() {
    for fresh in support::fresh_portfolios() {
        let mut store = store::open_location(&fresh.location).expect("open");
        let first = store
            .insert_initiative(&full_initiative("Eerste"))
            .expect("insert");
        let mut second = full_initiative("Tweede");
        second.themes = thin_vec::thin_vec!["zorg".into()];
        second.phase_history.truncate(1);
        second.health_reports.clear();
        let second = store.insert_initiative(&second).expect("insert");
        // The first's third change is written after all of the second's rows.
        let later = PhaseChange {
            decided_on: day(2026, 11, 1),
            from_phase: Some(Phase::Pilot),
            to_phase: Phase::Evaluation,
            decision: GateDecision::Go,
            conditions: String::new(),
            decider: "Managementteam".into(),
            rationale: "Pilotperiode voorbij".into(),
        };
        store
            .change_phase(first.id, first.row_version, &later)
            .expect("change");
        let portfolio = store.load_portfolio().expect("load");
        let loaded = |id| {
            portfolio
                .initiatives
                .iter()
                .find(|initiative| initiative.id == id)
                .expect("loaded")
        };
        let (first, second) = (loaded(first.id), loaded(second.id));
        let deciders: Vec<&str> = first
            .phase_history
            .iter()
            .map(|change| &*change.decider)
            .collect();
        assert_eq!(deciders, ["MT", "College", "Managementteam"]);
        assert_eq!(second.themes, ["zorg".into()]);
        // Names that recur are kept once and shared (the memory of 100,000 initiatives).
        assert!(std::sync::Arc::ptr_eq(
            first.department.as_ref().expect("department"),
            second.department.as_ref().expect("department")
        ));
        assert!(std::sync::Arc::ptr_eq(
            &first.phase_history[0].decider,
            &second.phase_history[0].decider
        ));
        assert_eq!(second.phase_history.len(), 1);
        assert!(second.health_reports.is_empty());
        for initiative in [first, second] {
            let lengths = [
                (initiative.themes.len(), initiative.themes.capacity()),
                (initiative.partners.len(), initiative.partners.capacity()),
                (initiative.risks.len(), initiative.risks.capacity()),
                (
                    initiative.budget_lines.len(),
                    initiative.budget_lines.capacity(),
                ),
                (
                    initiative.phase_history.len(),
                    initiative.phase_history.capacity(),
                ),
                (
                    initiative.health_reports.len(),
                    initiative.health_reports.capacity(),
                ),
            ];
            for (length, capacity) in lengths {
                assert_eq!(length, capacity, "{}: {lengths:?}", initiative.name);
            }
        }
    }
}

/// An import writes its new initiatives in one transaction: their ids follow one another
/// above any id ever given (also one deleted before), the next new initiative continues
/// above them, and a department or theme named by many is stored once.
#[test]
fn an_import_gives_ids_above_any_ever_given_and_stores_shared_names_once() {
    let (_dir, path) = temp_db();
    let mut store = store::open(&path).expect("open");
    let first = store
        .insert_initiative(&Initiative::new("Eerste"))
        .expect("insert");
    let second = store
        .insert_initiative(&Initiative::new("Tweede"))
        .expect("insert");
    store
        .delete_initiative(second.id, second.row_version)
        .expect("delete");
    let create = (0..3)
        .map(|n| {
            let mut initiative = Initiative::new(format!("Nieuw {n}"));
            initiative.department = Some(
                if n == 1 {
                    " Sociaal domein "
                } else {
                    "Sociaal domein"
                }
                .into(),
            );
            initiative.themes = thin_vec::thin_vec!["zorg".into(), "wonen".into()];
            initiative
        })
        .collect();
    let batch = ImportBatch {
        create,
        source: "register.csv".into(),
        ..ImportBatch::default()
    };
    store.apply_import(&batch, &mut |_| true).expect("import");
    let sequence = || -> i64 {
        rusqlite::Connection::open(&path)
            .expect("sqlite")
            .query_row(
                "SELECT last_id FROM id_sequence WHERE name = 'initiative'",
                [],
                |row| row.get(0),
            )
            .expect("sequence")
    };
    assert_eq!(
        sequence(),
        second.id + 3,
        "raised when the import is written"
    );
    let loaded = store.load_portfolio().expect("load");
    let ids: Vec<InitiativeId> = loaded.initiatives.iter().map(|i| i.id).collect();
    assert_eq!(ids, [first.id, second.id + 1, second.id + 2, second.id + 3]);
    for initiative in &loaded.initiatives[1..] {
        assert_eq!(initiative.department.as_deref(), Some("Sociaal domein"));
        assert_eq!(initiative.themes.len(), 2);
    }
    let next = store
        .insert_initiative(&Initiative::new("Daarna"))
        .expect("insert");
    assert_eq!(next.id, second.id + 4);
    assert_eq!(sequence(), next.id);
    drop(store);
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    let count = |table: &str| -> i64 {
        conn.query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .expect("count")
    };
    assert_eq!(
        (
            count("department"),
            count("theme"),
            count("initiative_theme")
        ),
        (1, 2, 6)
    );
}

/// A large portfolio's load is split over two threads, each with its own connection; it
/// reads exactly what a load on one thread reads. While another process writes (holds the
/// write lock), the load is not split and does not wait for the writer.
#[test]
fn a_split_load_reads_what_one_thread_reads_and_never_waits_for_a_writer() {
    let (_dir, path) = temp_db();
    let portfolio = proeftuin::demo::synthetic_portfolio(6_000, 7);
    let mut store = store::open(&path).expect("open");
    store.replace_portfolio(&portfolio).expect("replace");
    let split = store.load_portfolio().expect("split load");
    assert_eq!(split.initiatives.len(), 6_000);
    assert!(
        split
            .initiatives
            .iter()
            .any(|initiative| !initiative.phase_history.is_empty()
                && !initiative.budget_lines.is_empty()
                && initiative.readiness != Default::default()),
        "the second thread's tables are there"
    );
    // Each initiative has its own lists, in the store's order: by date (phase changes,
    // health reports), by year and category (budget lines), by name (themes), rows of
    // the same key as written.
    for (written, loaded) in portfolio.initiatives.iter().zip(&split.initiatives) {
        assert_eq!(written.name, loaded.name);
        let mut history = written.phase_history.clone();
        history.sort_by_key(|change| change.decided_on);
        assert_eq!(loaded.phase_history, history, "{}", written.name);
        let mut lines = written.budget_lines.clone();
        lines.sort_by(|a, b| (a.year, a.category.id()).cmp(&(b.year, b.category.id())));
        assert_eq!(loaded.budget_lines, lines, "{}", written.name);
        let mut reports = written.health_reports.clone();
        reports.sort_by_key(|report| report.reported_on);
        assert_eq!(loaded.health_reports, reports, "{}", written.name);
        let mut themes = written.themes.clone();
        themes.sort();
        assert_eq!(loaded.themes, themes, "{}", written.name);
    }
    let writer = rusqlite::Connection::open(&path).expect("writer");
    writer
        .execute_batch("BEGIN IMMEDIATE")
        .expect("another process writes");
    let started = std::time::Instant::now();
    let one_thread = store.load_portfolio().expect("load beside a writer");
    assert!(
        started.elapsed() < std::time::Duration::from_secs(2),
        "waited {:?} for the writer",
        started.elapsed()
    );
    writer.execute_batch("ROLLBACK").expect("done");
    assert_eq!(split, one_thread);
    assert_eq!(split.baseline.len(), portfolio.baseline.len());
    // And the split load let the write lock go: a write goes through at once.
    let mut first = split.initiatives[0].clone();
    first.name.push_str(" (bijgewerkt)");
    store
        .update_initiative(&first)
        .expect("write after a split load");
}

/// A file whose child rows were not written initiative by initiative (rows added to old
/// initiatives later, rows of two initiatives taking turns) loads each list whole and in
/// the store's order, on two threads as on one, as a load of the initiative alone gives it.
#[test]
fn child_rows_in_any_order_load_into_their_own_lists_in_order() {
    let (_dir, path) = temp_db();
    let mut portfolio = proeftuin::demo::synthetic_portfolio(3_000, 11);
    for (number, initiative) in portfolio.initiatives.iter_mut().enumerate() {
        for partner in 0..number % 4 {
            initiative.partners.push(Partner {
                name: format!("Partner {partner} van {number}"),
                helix_role: HelixRole::ALL[(number + partner) % HelixRole::ALL.len()],
            });
        }
        for risk in 0..number % 3 {
            initiative.risks.push(Risk {
                category: RiskCategory::ALL[(number + risk) % RiskCategory::ALL.len()],
                level: RiskLevel::ALL[risk % RiskLevel::ALL.len()],
                description: format!("Risico {risk}"),
                mitigation: String::new(),
            });
        }
    }
    let mut store = store::open(&path).expect("open");
    store.replace_portfolio(&portfolio).expect("replace");
    drop(store);
    // Every child table written anew in a scrambled order: new rowids, so "as written"
    // is now that order, and one initiative's rows come in many runs.
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    for (table, columns) in [
        (
            "budget_line",
            "initiative_id, department_id, year, category, planned_cents, actual_cents, description",
        ),
        (
            "phase_change",
            "initiative_id, decided_on, from_phase, to_phase, decision, conditions, decider, rationale",
        ),
        (
            "health_report",
            "initiative_id, period, reported_on, status, reason",
        ),
        ("partner", "initiative_id, name, helix_role"),
        (
            "risk",
            "initiative_id, category, level, description, mitigation",
        ),
    ] {
        conn.execute_batch(&format!(
            "BEGIN;
             CREATE TEMP TABLE scrambled AS SELECT * FROM {table};
             DELETE FROM {table};
             INSERT INTO {table} ({columns}) SELECT {columns} FROM scrambled
                 ORDER BY (id * 7919) % 1009, id DESC;
             DROP TABLE scrambled;
             COMMIT;"
        ))
        .expect("scramble");
    }
    drop(conn);
    let store = store::open(&path).expect("open");
    let split = store.load_portfolio().expect("split load");
    assert_eq!(split.initiatives.len(), 3_000);
    let mut several = 0;
    for initiative in split.initiatives.iter().step_by(7) {
        let alone = store
            .load_initiative(initiative.id)
            .expect("load one")
            .expect("there");
        assert_eq!(initiative, &alone, "{}", initiative.name);
        if initiative.budget_lines.len() > 1 && initiative.partners.len() > 1 {
            several += 1;
        }
    }
    assert!(
        several > 50,
        "lists of several rows were compared: {several}"
    );
    for (written, loaded) in portfolio.initiatives.iter().zip(&split.initiatives) {
        let mut lines = written.budget_lines.clone();
        lines.sort_by(|a, b| (a.year, a.category.id()).cmp(&(b.year, b.category.id())));
        let mut loaded_lines = loaded.budget_lines.clone();
        // Lines of one year and category keep the scrambled order: compare as sets.
        loaded_lines.sort_by(|a, b| {
            (a.year, a.category.id(), a.planned_cents).cmp(&(
                b.year,
                b.category.id(),
                b.planned_cents,
            ))
        });
        lines.sort_by(|a, b| {
            (a.year, a.category.id(), a.planned_cents).cmp(&(
                b.year,
                b.category.id(),
                b.planned_cents,
            ))
        });
        assert_eq!(loaded_lines, lines, "{}", written.name);
        assert_eq!(loaded.partners.len(), written.partners.len());
        assert_eq!(loaded.risks.len(), written.risks.len());
        // Lists that came in many runs hold no room beyond their rows.
        assert_eq!(loaded.budget_lines.capacity(), loaded.budget_lines.len());
        assert_eq!(loaded.partners.capacity(), loaded.partners.len());
        assert_eq!(loaded.phase_history.capacity(), loaded.phase_history.len());
        assert_eq!(loaded.phase_history.len(), written.phase_history.len());
        assert_eq!(loaded.health_reports.len(), written.health_reports.len());
    }
    let writer = rusqlite::Connection::open(&path).expect("writer");
    writer
        .execute_batch("BEGIN IMMEDIATE")
        .expect("another process writes");
    let one_thread = store.load_portfolio().expect("load on one thread");
    writer.execute_batch("ROLLBACK").expect("done");
    assert_eq!(split, one_thread);
}

/// A new file gets 16 KB pages (bulk writes a tenth faster); a file made with SQLite's
/// 4 KB pages keeps them, and both read and write the same.
#[test]
fn a_new_file_has_16_kb_pages_and_an_older_file_keeps_its_own() {
    let page_size = |path: &std::path::Path| -> i64 {
        rusqlite::Connection::open(path)
            .expect("sqlite")
            .query_row("PRAGMA page_size", [], |row| row.get(0))
            .expect("page size")
    };
    let (dir, path) = temp_db();
    let mut new = store::open(&path).expect("new");
    new.replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    drop(new);
    assert_eq!(page_size(&path), 16_384);
    let older = dir.path().join("older.sqlite");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/portfolio-v8.db"),
        &older,
    )
    .expect("copy");
    assert_eq!(page_size(&older), 4_096);
    let mut kept = store::open(&older).expect("open and migrate");
    let mut initiative = kept.load_portfolio().expect("load").initiatives[0].clone();
    initiative.notes = "bewerkt".into();
    kept.update_initiative(&initiative).expect("save");
    drop(kept);
    assert_eq!(page_size(&older), 4_096);
    let a = store::open(&path)
        .expect("open")
        .load_portfolio()
        .expect("load");
    let b = store::open(&older)
        .expect("open")
        .load_portfolio()
        .expect("load");
    assert_eq!(a.initiatives.len(), b.initiatives.len());
    assert_eq!(a.initiatives[1], b.initiatives[1]);
}

/// A snapshot is read back as the exact text it was stored with, found by its label
/// before an id that reads the same, on every backend; from a file also when the file
/// is opened read-only. A comparison reads its digest, found the same way, and the digest
/// goes with the snapshot when it is deleted. Text that is not UTF-8 (written by another
/// program) is an error, never a panic or a changed text.
#[test]
fn a_snapshot_reads_back_byte_for_byte_by_label_before_id() {
    use proeftuin::exchange::snapshot::{DIGEST_VERSION, take};
    let portfolio = proeftuin::demo::demo_portfolio();
    let taken_on = day(2026, 12, 1);
    let first = take(&portfolio, "2", taken_on);
    let mut changed = portfolio.clone();
    changed.initiatives.pop();
    let second = take(&changed, "Kwartaal 4", taken_on);
    for fresh in support::fresh_portfolios() {
        let backend = fresh.backend;
        let mut store = fresh.open();
        let mut keep = |label: &str, taken: &proeftuin::exchange::snapshot::Taken| {
            support::keep_snapshot(store.as_mut(), label, taken_on, taken)
                .unwrap_or_else(|error| panic!("{backend}: snapshot: {error}"))
        };
        // Snapshot 1 is labelled "2"; snapshot 2 is labelled "Kwartaal 4".
        assert_eq!(keep("2", &first), 1, "{backend}");
        assert_eq!(keep("Kwartaal 4", &second), 2, "{backend}");
        let read = |wanted: &str| {
            let (entry, content) = store
                .load_snapshot(wanted)
                .unwrap_or_else(|error| panic!("{backend}: {wanted}: {error}"));
            (entry.id, entry.label, entry.initiatives, content)
        };
        assert_eq!(
            read("2"),
            (1, "2".into(), 30, first.content.clone()),
            "{backend}"
        );
        assert_eq!(
            read(" 1 "),
            (1, "2".into(), 30, first.content.clone()),
            "{backend}"
        );
        assert_eq!(
            read("Kwartaal 4"),
            (2, "Kwartaal 4".into(), 29, second.content.clone()),
            "{backend}"
        );
        assert!(
            matches!(store.load_snapshot("3"), Err(StoreError::NoSnapshot(_))),
            "{backend}"
        );
        // For a comparison: the digest, by label before id; the document for a digest of
        // another version.
        let compared = |store: &dyn store::Store, wanted: &str, version: u32| {
            let kept = store
                .load_snapshot_for_comparison(wanted, version)
                .unwrap_or_else(|error| panic!("{backend}: {wanted}: {error}"));
            (kept.entry.id, kept.is_digest, kept.text)
        };
        assert_eq!(
            compared(store.as_ref(), "2", DIGEST_VERSION),
            (1, true, first.digest.clone()),
            "{backend}"
        );
        assert_eq!(
            compared(store.as_ref(), "Kwartaal 4", DIGEST_VERSION),
            (2, true, second.digest.clone()),
            "{backend}"
        );
        assert_eq!(
            compared(store.as_ref(), "2", DIGEST_VERSION + 1),
            (1, false, first.content.clone()),
            "{backend}"
        );
        assert!(
            matches!(
                store.load_snapshot_for_comparison("3", DIGEST_VERSION),
                Err(StoreError::NoSnapshot(_))
            ),
            "{backend}"
        );
        // A digest kept afterwards (for a snapshot taken before the digests) takes the
        // place of the one it had; there is none to keep for a snapshot that is not there.
        store
            .keep_snapshot_digest(2, DIGEST_VERSION + 1, "{\"later\": true}")
            .unwrap_or_else(|error| panic!("{backend}: keep: {error}"));
        assert_eq!(
            compared(store.as_ref(), "Kwartaal 4", DIGEST_VERSION + 1),
            (2, true, "{\"later\": true}".to_string()),
            "{backend}"
        );
        assert_eq!(
            compared(store.as_ref(), "Kwartaal 4", DIGEST_VERSION),
            (2, false, second.content.clone()),
            "{backend}"
        );
        store
            .keep_snapshot_digest(2, DIGEST_VERSION, &second.digest)
            .unwrap_or_else(|error| panic!("{backend}: keep: {error}"));
        assert!(
            matches!(
                store.keep_snapshot_digest(3, DIGEST_VERSION, "{}"),
                Err(StoreError::NoSnapshot(_))
            ),
            "{backend}"
        );
        let Some(path) = fresh.location.file() else {
            // On the server the digest goes with its snapshot.
            store.delete_snapshot(1).expect("delete");
            assert!(
                store
                    .load_snapshot_for_comparison("1", DIGEST_VERSION)
                    .is_err()
            );
            continue;
        };
        drop(store);
        let read_only = store::open_read_only(path).expect("read-only");
        let (entry, content) = read_only.load_snapshot("Kwartaal 4").expect("read-only");
        assert_eq!((entry.id, content), (2, second.content.clone()));
        let kept = read_only
            .load_snapshot_for_comparison("Kwartaal 4", DIGEST_VERSION)
            .expect("read-only");
        assert_eq!((kept.is_digest, kept.text), (true, second.digest.clone()));
        drop(read_only);
        // Another program put bytes that are not UTF-8 into a document (SQLite's own
        // JSON check lets them through).
        let conn = rusqlite::Connection::open(path).expect("sqlite");
        conn.execute(
            "UPDATE snapshot SET content = CAST(X'7B22223A2022FF227D' AS TEXT) WHERE id = 2",
            [],
        )
        .expect("write bytes that are not UTF-8");
        drop(conn);
        let mut store = store::open(path).expect("open");
        assert!(store.load_snapshot("Kwartaal 4").is_err());
        assert_eq!(
            store.load_snapshot("2").expect("the other").1,
            first.content
        );
        // The digest goes with its snapshot.
        store.delete_snapshot(1).expect("delete");
        drop(store);
        let conn = rusqlite::Connection::open(path).expect("sqlite");
        let digests: Vec<i64> = conn
            .prepare("SELECT snapshot_id FROM snapshot_digest")
            .expect("prepare")
            .query_map([], |row| row.get(0))
            .expect("query")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        assert_eq!(digests, [2]);
    }
}

/// What `proeftuin list` reads: every initiative with the fields of its own row and its
/// themes, in id order, as the whole load gives them; on two threads over two halves of
/// the ids, on one beside another process's write lock, and read-only; on the server
/// (the whole load's initiatives there) too. A theme written to an initiative in the
/// second half after the others still lands with it.
#[test]
fn the_register_is_what_the_whole_load_gives_without_the_child_lists() {
    let row_and_themes = |initiatives: Vec<Initiative>| -> Vec<Initiative> {
        initiatives
            .into_iter()
            .map(|mut initiative| {
                initiative.partners.clear();
                initiative.risks.clear();
                initiative.budget_lines.clear();
                initiative.phase_history.clear();
                initiative.health_reports.clear();
                initiative
            })
            .collect()
    };
    let portfolio = proeftuin::demo::synthetic_portfolio(4_001, 5);
    for fresh in support::fresh_portfolios() {
        let backend = fresh.backend;
        let mut store = fresh.open();
        store.replace_portfolio(&portfolio).expect("replace");
        let whole = store.load_portfolio().expect("load").initiatives;
        assert_eq!(whole.len(), 4_001, "{backend}");
        let register = row_and_themes(store.load_register().expect("register"));
        assert_eq!(register, row_and_themes(whole.clone()), "{backend}");
        let Some(path) = fresh.location.file() else {
            continue;
        };
        // A theme linked late (a higher rowid) to the last initiative.
        let conn = rusqlite::Connection::open(path).expect("sqlite");
        conn.execute_batch(
            "INSERT INTO theme (name) VALUES ('zzz laatst');
             INSERT INTO initiative_theme (initiative_id, theme_id)
             SELECT (SELECT max(id) FROM initiative), id FROM theme WHERE name = 'zzz laatst';",
        )
        .expect("a late theme");
        let whole = row_and_themes(store.load_portfolio().expect("load").initiatives);
        assert!(
            whole.last().is_some_and(|last| last
                .themes
                .last()
                .is_some_and(|theme| &**theme == "zzz laatst")),
            "the late theme is there"
        );
        assert_eq!(row_and_themes(store.load_register().expect("split")), whole);
        conn.execute_batch("BEGIN IMMEDIATE")
            .expect("another process writes");
        let started = std::time::Instant::now();
        let beside_a_writer = store.load_register().expect("beside a writer");
        assert!(started.elapsed() < std::time::Duration::from_secs(2));
        conn.execute_batch("ROLLBACK").expect("done");
        assert_eq!(row_and_themes(beside_a_writer), whole);
        drop(store);
        let read_only = store::open_read_only(path).expect("read-only");
        assert_eq!(
            row_and_themes(read_only.load_register().expect("read-only")),
            whole
        );
    }
}

/// The loads that read only part of the portfolio give what their readers need: the
/// summary's figures from `load_for_summary` are those of the whole load, on every
/// backend, for a large file read on two threads and a small one read on one (and the
/// free texts, which the summary does not read, are left out of a file's load); a
/// comparison's digest from `load_for_comparison` is the whole load's.
#[test]
fn the_summary_and_a_comparison_read_from_their_loads_what_the_whole_load_gives() {
    use proeftuin::exchange::snapshot::Digest;
    let mut large = proeftuin::demo::synthetic_portfolio(4_001, 11);
    // Partners, risks and texts of every kind, a report whose reason is compared.
    let demo = proeftuin::demo::demo_portfolio();
    for (initiative, from_demo) in large.initiatives.iter_mut().zip(demo.initiatives.iter()) {
        initiative.partners = from_demo.partners.clone();
        initiative.risks = from_demo.risks.clone();
        initiative.notes = "notitie; \"=1+1\"\nregel 2".into();
    }
    // Some in pilot for years with only a start date or only the day their phase began,
    // and no gate decisions to tell: stuck by those dates alone.
    for (index, initiative) in large.initiatives.iter_mut().enumerate().take(300) {
        initiative.phase = Phase::Pilot;
        initiative.phase_history.clear();
        if index % 2 == 0 {
            initiative.phase_since = Some(day(2022, 3, 1));
        } else {
            initiative.phase_since = None;
            initiative.start_date = Some(day(2021, 5, 1));
            initiative.end_date = None;
        }
    }
    large.assessments = demo.assessments.clone();
    for portfolio in [large, demo] {
        for fresh in support::fresh_portfolios() {
            let backend = fresh.backend;
            let mut store = fresh.open();
            store.replace_portfolio(&portfolio).expect("replace");
            let whole = store.load_portfolio().expect("whole");
            let for_summary = store.load_for_summary().expect("for the summary");
            for (today, year) in [(day(2026, 12, 1), 2026), (day(2027, 6, 30), 2025)] {
                assert_eq!(
                    proeftuin::figures::summarize(&for_summary, today, year),
                    proeftuin::figures::summarize(&whole, today, year),
                    "{backend}: {} initiatives",
                    whole.initiatives.len()
                );
            }
            let for_comparison = store.load_for_comparison().expect("for a comparison");
            assert_eq!(
                Digest::taking(for_comparison),
                Digest::of(&whole),
                "{backend}"
            );
            if fresh.location.file().is_some() {
                // Read without what the summary does not read.
                assert_eq!(for_summary.initiatives.len(), whole.initiatives.len());
                assert!(
                    for_summary
                        .initiatives
                        .iter()
                        .all(|i| i.description.is_empty() && i.partners.is_empty()),
                    "{backend}"
                );
                assert!(whole.initiatives.iter().any(|i| !i.description.is_empty()));
                assert!(whole.initiatives.iter().any(|i| !i.partners.is_empty()));
            }
        }
    }
}
