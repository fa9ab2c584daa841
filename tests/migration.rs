//! Migrations: a portfolio file of every older schema version (in `tests/fixtures/`) opens
//! in this version with nothing lost, after a backup of it as it was (issue "Trust",
//! item 9); and ids are never given twice (item 4).

mod support;

use std::path::{Path, PathBuf};

use proeftuin::store::{self, backup};

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Take a snapshot of `portfolio` as the app does and keep it: its id and what was kept.
fn keep_snapshot(
    store: &mut dyn store::Store,
    portfolio: &proeftuin::domain::Portfolio,
    label: &str,
    taken_on: chrono::NaiveDate,
) -> (i64, proeftuin::exchange::snapshot::Taken) {
    let taken = proeftuin::exchange::snapshot::take(portfolio, label, taken_on);
    let id = support::keep_snapshot(store, label, taken_on, &taken).expect("snapshot");
    (id, taken)
}

/// The demo as this version stores it, in a new file.
fn fresh_demo(dir: &Path) -> proeftuin::domain::Portfolio {
    let path = dir.join("fresh.sqlite");
    let mut store = store::open(&path).expect("open");
    store
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    store.load_portfolio().expect("load")
}

#[test]
fn a_version_1_file_migrates_with_nothing_lost_and_a_backup_first() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v1.db"), &path).expect("copy");
    let migrated = store::open(&path).expect("open and migrate");
    let portfolio = migrated.load_portfolio().expect("load");
    assert_eq!(
        portfolio,
        fresh_demo(dir.path()),
        "every initiative, line and decision"
    );
    drop(migrated);
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
    // The file as it was is kept, and still says version 1.
    let backups = backup::list(&path);
    assert_eq!(backups.len(), 1, "{backups:?}");
    assert!(backups[0].to_string_lossy().contains("before-migration"));
    let kept = store::check_file(&backups[0]).expect("check the backup");
    assert_eq!((kept.schema_version, kept.initiatives), (1, 30));
}

#[test]
fn a_version_2_file_migrates_with_nothing_lost_and_gets_a_trash_and_audit_log() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v2.db"), &path).expect("copy");
    let mut migrated = store::open(&path).expect("open and migrate");
    let portfolio = migrated.load_portfolio().expect("load");
    assert_eq!(portfolio, fresh_demo(dir.path()));
    // The new tables work on the migrated file.
    assert!(migrated.trash().expect("trash").is_empty());
    let first = portfolio.initiatives[0].clone();
    migrated
        .delete_initiative(first.id, first.row_version)
        .expect("delete");
    assert_eq!(migrated.trash().expect("trash").len(), 1);
    let back = migrated.restore_from_trash(first.id).expect("restore");
    assert_eq!(back.id, first.id);
    let log = migrated.audit(Default::default()).expect("audit");
    assert_eq!(log.len(), 2, "{log:?}");
    drop(migrated);
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    let backups = backup::list(&path);
    assert_eq!(backups.len(), 1, "{backups:?}");
    let kept = store::check_file(&backups[0]).expect("check the backup");
    assert_eq!((kept.schema_version, kept.initiatives), (2, 30));
}

#[test]
fn a_version_3_file_migrates_and_keeps_model_targets_and_algorithm_links() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v3.db"), &path).expect("copy");
    let mut migrated = store::open(&path).expect("open and migrate");
    let portfolio = migrated.load_portfolio().expect("load");
    assert_eq!(portfolio, fresh_demo(dir.path()));
    // Version 3 had neither: no target is set, and no links.
    assert_eq!(portfolio.settings.model_targets_bp, None);
    assert!(
        portfolio
            .initiatives
            .iter()
            .all(|initiative| initiative.algorithm_register_url.is_empty())
    );
    // Both are kept now.
    let mut settings = portfolio.settings.clone();
    settings.model_targets_bp = Some([3000, 5000, 2000]);
    migrated
        .save_settings(&portfolio.settings, &settings)
        .expect("save the target");
    let mut first = portfolio.initiatives[0].clone();
    first.algorithm_register_url = "https://algoritmes.overheid.nl/nl/algoritme/12345".into();
    migrated.update_initiative(&first).expect("save the link");
    drop(migrated);
    let reopened = store::open(&path).expect("reopen");
    let again = reopened.load_portfolio().expect("load");
    assert_eq!(again.settings.model_targets_bp, Some([3000, 5000, 2000]));
    assert_eq!(
        again.initiatives[0].algorithm_register_url,
        "https://algoritmes.overheid.nl/nl/algoritme/12345"
    );
    drop(reopened);
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
    let backups = backup::list(&path);
    assert_eq!(backups.len(), 1, "{backups:?}");
    let kept = store::check_file(&backups[0]).expect("check the backup");
    assert_eq!((kept.schema_version, kept.initiatives), (3, 30));
}

#[test]
fn a_version_4_file_migrates_and_gets_an_empty_peer_library() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v4.db"), &path).expect("copy");
    let mut migrated = store::open(&path).expect("open and migrate");
    assert_eq!(
        migrated.load_portfolio().expect("load"),
        fresh_demo(dir.path())
    );
    assert!(migrated.peer_cases().expect("library").is_empty());
    let case = proeftuin::domain::PeerCase {
        key: "pstw:1".into(),
        source: "pstw.csv".into(),
        organisation: "Gemeente Utrecht".into(),
        country: "Netherlands".into(),
        name: "Slim parkeren".into(),
        description: String::new(),
        status: "Implemented".into(),
        phase: Some(proeftuin::domain::Phase::Scaling),
        quadrant: None,
        themes: Vec::new(),
        start_year: Some(2019),
        end_year: None,
        technology: String::new(),
        stop_reason: String::new(),
        lessons_learned: String::new(),
        contact: String::new(),
    };
    migrated
        .import_peer_cases(std::slice::from_ref(&case), "pstw.csv")
        .expect("the new table works");
    assert_eq!(migrated.peer_cases().expect("library"), vec![case]);
    drop(migrated);
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
    let kept = store::check_file(&backup::list(&path)[0]).expect("the backup");
    assert_eq!((kept.schema_version, kept.initiatives), (4, 30));
}

#[test]
fn a_version_5_file_migrates_and_keeps_self_assessments() {
    use proeftuin::domain::{Answer, AnswerStatus, Assignment, SelfAssessment};
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v5.db"), &path).expect("copy");
    let mut migrated = store::open(&path).expect("open and migrate");
    let portfolio = migrated.load_portfolio().expect("load");
    assert_eq!(portfolio, fresh_demo(dir.path()));
    assert!(portfolio.assessments.is_empty());
    let assessment = SelfAssessment {
        assessed_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("date"),
        answers: vec![Answer {
            assignment: Assignment::SeeRisks,
            status: AnswerStatus::Partly,
            note: "DEDA bij twee projecten".into(),
            evidence: vec![portfolio.initiatives[0].id],
        }],
    };
    migrated
        .save_assessment(&assessment)
        .expect("the new table works");
    assert_eq!(
        migrated.load_portfolio().expect("load").assessments,
        vec![assessment]
    );
    drop(migrated);
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
    let kept = store::check_file(&backup::list(&path)[0]).expect("the backup");
    assert_eq!((kept.schema_version, kept.initiatives), (5, 30));
}

#[test]
fn ids_are_never_given_twice() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("p.sqlite");
    std::fs::copy(fixture("portfolio-v1.db"), &path).expect("copy");
    let mut store = store::open(&path).expect("open");
    let portfolio = store.load_portfolio().expect("load");
    let newest = portfolio
        .initiatives
        .iter()
        .max_by_key(|initiative| initiative.id)
        .expect("initiatives")
        .clone();
    store
        .delete_initiative(newest.id, newest.row_version)
        .expect("delete");
    let created = store
        .insert_initiative(&proeftuin::domain::Initiative::new(
            "Nieuw na het verwijderen",
        ))
        .expect("insert");
    assert!(
        created.id > newest.id,
        "{} reused {}",
        created.id,
        newest.id
    );
    // Undo of the delete brings it back under its own id, beside the new one.
    let restored = store.insert_initiative(&newest).expect("restore");
    assert_eq!(restored.id, newest.id);
    let again = store
        .insert_initiative(&proeftuin::domain::Initiative::new("Nog een"))
        .expect("insert");
    assert!(again.id > created.id);
    assert_eq!(store.load_portfolio().expect("load").initiatives.len(), 32);
}

#[test]
fn a_version_6_file_migrates_to_checks_written_as_comparisons_that_still_refuse() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v6.db"), &path).expect("copy");
    // Read-only, the older file opens as it is (version 7 changed no table or column).
    let before = store::open_read_only(&path)
        .expect("read-only")
        .load_portfolio()
        .expect("load");
    let migrated = store::open(&path).expect("open and migrate");
    let portfolio = migrated.load_portfolio().expect("load");
    assert_eq!(portfolio, before);
    assert_eq!(portfolio, fresh_demo(dir.path()));
    drop(migrated);
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    let with_lists: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE '% IN (''%'")
        .and_then(|mut statement| {
            statement
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .expect("schema");
    assert!(with_lists.is_empty(), "lists left: {with_lists:?}");
    // The rules hold as before: a value outside a list is refused, NULL where allowed is not.
    let refused = [
        "UPDATE initiative SET kind = 'hackathon' WHERE id = (SELECT MIN(id) FROM initiative)",
        "UPDATE initiative SET phase = 'Pilot' WHERE id = (SELECT MIN(id) FROM initiative)",
        "UPDATE phase_change SET decision = 'maybe' WHERE id = (SELECT MIN(id) FROM phase_change)",
        "INSERT INTO audit (at, user_name, subject, action) VALUES ('2026-11-30 00:00:00', 'u', 's', 'hacked')",
    ];
    for sql in refused {
        assert!(conn.execute(sql, []).is_err(), "{sql}");
    }
    conn.execute(
        "UPDATE initiative SET degree = NULL, kind = 'experiment' WHERE id = (SELECT MIN(id) FROM initiative)",
        [],
    )
    .expect("allowed values and NULL pass");
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
}

#[test]
fn a_version_7_file_migrates_without_the_indexes_no_query_uses_and_keeps_the_rest() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v7.db"), &path).expect("copy");
    let indexes = |path: &std::path::Path| -> Vec<String> {
        let conn = rusqlite::Connection::open(path).expect("sqlite");
        conn.prepare(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name",
        )
        .and_then(|mut statement| {
            statement
                .query_map([], |row| row.get(0))?
                .collect::<rusqlite::Result<Vec<String>>>()
        })
        .expect("indexes")
    };
    let unused = [
        "audit_at",
        "budget_line_year",
        "initiative_kind",
        "initiative_name",
        "initiative_phase",
        "initiative_quadrant",
        "initiative_start",
    ];
    let before = indexes(&path);
    for name in unused {
        assert!(
            before.iter().any(|index| index == name),
            "{name} in {before:?}"
        );
    }
    // Read-only, the older file opens as it is (version 8 changed no table or column).
    let as_it_was = store::open_read_only(&path)
        .expect("read-only")
        .load_portfolio()
        .expect("load");
    let migrated = store::open(&path).expect("open and migrate");
    assert_eq!(migrated.load_portfolio().expect("load"), as_it_was);
    assert_eq!(as_it_was, fresh_demo(dir.path()));
    drop(migrated);
    let after = indexes(&path);
    let kept: Vec<String> = before
        .iter()
        .filter(|index| !unused.contains(&index.as_str()))
        .cloned()
        .collect();
    assert_eq!(after, kept);
    // The same indexes as a file made new by this version.
    drop(store::open(&dir.path().join("new.sqlite")).expect("new"));
    assert_eq!(indexes(&dir.path().join("new.sqlite")), after);
    for name in [
        "initiative_department",
        "initiative_theme_theme",
        "budget_line_initiative",
        "phase_change_initiative",
        "audit_initiative",
    ] {
        assert!(
            after.iter().any(|index| index == name),
            "{name} in {after:?}"
        );
    }
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
}

#[test]
fn a_version_8_file_migrates_with_its_readiness_ratings_in_the_initiative_row() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v8.db"), &path).expect("copy");
    let count = |path: &Path, sql: &str| -> i64 {
        rusqlite::Connection::open(path)
            .expect("sqlite")
            .query_row(sql, [], |row| row.get(0))
            .expect(sql)
    };
    let rows = count(&path, "SELECT count(*) FROM readiness_rating");
    assert!(rows > 100, "the fixture has ratings: {rows}");
    // Read-only, the older file opens as it is: its ratings come from their own table.
    let as_it_was = store::open_read_only(&path)
        .expect("read-only")
        .load_portfolio()
        .expect("load");
    let rated: usize = as_it_was
        .initiatives
        .iter()
        .map(|initiative| initiative.readiness.0.iter().flatten().count())
        .sum();
    assert_eq!(rated as i64, rows, "every rating read from the older file");
    let migrated = store::open(&path).expect("open and migrate");
    assert_eq!(migrated.load_portfolio().expect("load"), as_it_was);
    assert_eq!(as_it_was, fresh_demo(dir.path()));
    drop(migrated);
    assert_eq!(
        count(
            &path,
            "SELECT count(*) FROM sqlite_master WHERE name = 'readiness_rating'"
        ),
        0,
        "the table is gone"
    );
    let columns: Vec<String> = proeftuin::domain::Criterion::ALL
        .iter()
        .map(|criterion| format!("rating_{}", criterion.id()))
        .collect();
    let in_columns: i64 = columns
        .iter()
        .map(|column| {
            count(
                &path,
                &format!("SELECT count(*) FROM initiative WHERE {column} IS NOT NULL"),
            )
        })
        .sum();
    assert_eq!(in_columns, rows, "each rating in its column");
    // The rule holds: 0, 1, 2 or nothing.
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    for column in &columns {
        let sql = format!(
            "UPDATE initiative SET {column} = 3 WHERE id = (SELECT MIN(id) FROM initiative)"
        );
        assert!(conn.execute(&sql, []).is_err(), "{sql}");
    }
    drop(conn);
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
}

#[test]
fn a_version_9_file_migrates_with_each_snapshots_count_in_its_row() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v9.db"), &path).expect("copy");
    let counts = |entries: &[store::SnapshotEntry]| -> Vec<(String, usize)> {
        entries
            .iter()
            .map(|entry| (entry.label.clone(), entry.initiatives))
            .collect()
    };
    let expected = vec![
        ("Kwartaal 4".to_string(), 33),
        ("Kwartaal 3".to_string(), 30),
    ];
    // Read-only, the older file opens as it is: its counts are taken from the documents,
    // and a snapshot reads from it as from the file brought up to date.
    let read_only = store::open_read_only(&path).expect("read-only");
    let as_it_was = read_only.list_snapshots().expect("list");
    assert_eq!(counts(&as_it_was), expected);
    let read_as_it_was = read_only.load_snapshot("Kwartaal 3").expect("snapshot");
    let compared_as_it_was = read_only
        .load_snapshot_for_comparison("Kwartaal 3", proeftuin::exchange::snapshot::DIGEST_VERSION)
        .expect("for a comparison");
    assert!(
        !compared_as_it_was.is_digest,
        "an older file keeps no digests"
    );
    assert_eq!(compared_as_it_was.text, read_as_it_was.1);
    drop(read_only);
    let mut migrated = store::open(&path).expect("open and migrate");
    assert_eq!(migrated.list_snapshots().expect("list"), as_it_was);
    let (entry, content) = migrated.load_snapshot("Kwartaal 3").expect("snapshot");
    assert_eq!(entry.initiatives, 30);
    assert!(content.starts_with('{'), "the document is kept as it was");
    assert_eq!(read_as_it_was, (entry.clone(), content.clone()));
    // A snapshot taken now keeps the count of what it holds.
    let portfolio = migrated.load_portfolio().expect("load");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let taken = keep_snapshot(migrated.as_mut(), &portfolio, "December", today).1;
    assert_eq!(
        counts(&migrated.list_snapshots().expect("list"))[0],
        ("December".to_string(), portfolio.initiatives.len())
    );
    // A comparison reads the new snapshot's digest, and an older one's document, which
    // it had no digest beside (version 11 keeps one only for snapshots taken from then).
    let version = proeftuin::exchange::snapshot::DIGEST_VERSION;
    let december = migrated
        .load_snapshot_for_comparison("December", version)
        .expect("December");
    assert!(december.is_digest);
    assert_eq!(december.text, taken.digest);
    let older = migrated
        .load_snapshot_for_comparison("Kwartaal 3", version)
        .expect("Kwartaal 3");
    assert!(!older.is_digest);
    assert_eq!((older.entry, older.text), (entry.clone(), content.clone()));
    // A digest of another version is not read: the document is.
    let other = migrated
        .load_snapshot_for_comparison("December", version + 1)
        .expect("December");
    assert!(!other.is_digest);
    assert_eq!(other.text, taken.content);
    drop(migrated);
    // In its own column, with its rule.
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    let in_rows: Vec<i64> = conn
        .prepare("SELECT initiatives FROM snapshot ORDER BY id")
        .expect("prepare")
        .query_map([], |row| row.get(0))
        .expect("query")
        .collect::<rusqlite::Result<_>>()
        .expect("rows");
    assert_eq!(in_rows, [30, 33, 33]);
    assert!(
        conn.execute("UPDATE snapshot SET initiatives = -1 WHERE id = 1", [])
            .is_err(),
        "a count below zero is refused"
    );
    drop(conn);
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
}

/// A version-10 file keeps its snapshots without digests: read-only as it is and after
/// the migration alike, each is compared by its document, and that gives what comparing
/// digests made from the documents gives. A snapshot taken afterwards keeps a digest,
/// which goes with it when it is deleted; the digest's rule refuses text that is not JSON.
#[test]
fn a_version_10_file_migrates_and_its_snapshots_compare_by_their_documents() {
    use proeftuin::exchange::ExchangeError;
    use proeftuin::exchange::snapshot::{self, DIGEST_VERSION, Digest, Picture, Side};
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("gemeente.sqlite");
    std::fs::copy(fixture("portfolio-v10.db"), &path).expect("copy");
    let compare = |store: &dyn store::Store| -> snapshot::Diff {
        let picture = |wanted: &str| -> Picture<'static, ExchangeError> {
            let kept = store
                .load_snapshot_for_comparison(wanted, DIGEST_VERSION)
                .expect("a snapshot");
            assert!(!kept.is_digest, "{wanted}: kept before the digests");
            assert!(
                kept.text.contains("\"proeftuin-portfolio\""),
                "the document"
            );
            Picture::Stored {
                label: kept.entry.label,
                as_of: kept.entry.taken_on,
                text: kept.text,
                is_digest: kept.is_digest,
            }
        };
        let (from, to) =
            snapshot::sides(picture("Kwartaal 3"), picture("Kwartaal 4")).expect("both");
        snapshot::diff(&from, &to)
    };
    let read_only = store::open_read_only(&path).expect("read-only");
    let as_it_was = compare(read_only.as_ref());
    drop(read_only);
    let mut migrated = store::open(&path).expect("open and migrate");
    let compared = compare(migrated.as_ref());
    assert_eq!(compared, as_it_was);
    assert_eq!(
        (compared.initiatives_from, compared.initiatives_to),
        (30, 33)
    );
    assert_eq!(compared.new.len(), 3, "{compared:?}");
    // What digests made from the two documents give.
    let side = |wanted: &str| {
        let (entry, content) = migrated.load_snapshot(wanted).expect("snapshot");
        Side {
            label: entry.label,
            as_of: entry.taken_on,
            digest: Digest::taking(snapshot::portfolio_of(wanted, &content).expect("read")),
        }
    };
    assert_eq!(
        snapshot::diff(&side("Kwartaal 3"), &side("Kwartaal 4")),
        compared
    );
    // A snapshot taken now keeps its digest, and a comparison reads that.
    let portfolio = migrated.load_portfolio().expect("load");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
    let (id, taken) = keep_snapshot(migrated.as_mut(), &portfolio, "December", today);
    let kept = migrated
        .load_snapshot_for_comparison("December", DIGEST_VERSION)
        .expect("December");
    assert_eq!((kept.is_digest, kept.text), (true, taken.digest.clone()));
    drop(migrated);
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    assert!(
        conn.execute(
            "INSERT INTO snapshot_digest (snapshot_id, version, digest) VALUES (1, 1, '{niet')",
            [],
        )
        .is_err(),
        "a digest that is not JSON is refused"
    );
    drop(conn);
    let mut store = store::open(&path).expect("open");
    store.delete_snapshot(id).expect("delete");
    drop(store);
    let conn = rusqlite::Connection::open(&path).expect("sqlite");
    let digests: i64 = conn
        .query_row("SELECT count(*) FROM snapshot_digest", [], |row| row.get(0))
        .expect("count");
    assert_eq!(digests, 0, "the digest went with its snapshot");
    drop(conn);
    let report = store::check_file(&path).expect("check");
    assert!(report.is_ok(), "{report:?}");
    assert_eq!(report.schema_version, store::SCHEMA_VERSION);
}
