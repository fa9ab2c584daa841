//! The binary's command line, run as a user would.

use std::process::Command;

/// The binary with English output, whatever the machine's locale.
fn proeftuin() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_proeftuin"));
    command
        .env("LC_ALL", "en_GB.UTF-8")
        .env("LANG", "en_GB.UTF-8");
    command
}

#[test]
fn demo_check_and_list() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("x.sqlite");
    let output = proeftuin()
        .args(["demo", "--db"])
        .arg(&db)
        .output()
        .expect("run demo");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = proeftuin()
        .args(["check", "--db"])
        .arg(&db)
        .output()
        .expect("run check");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("integrity: ok"));

    let output = proeftuin()
        .args(["list", "--format", "json", "--db"])
        .arg(&db)
        .output()
        .expect("run list");
    assert!(output.status.success());
    let items: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(
        items.len(),
        proeftuin::demo::demo_portfolio().initiatives.len()
    );
    for item in &items {
        for key in ["id", "name", "kind", "department", "quadrant", "phase"] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
        assert!(
            ["pilot", "living_lab", "experiment"]
                .contains(&item["kind"].as_str().unwrap_or_default())
        );
    }

    let output = proeftuin()
        .args(["list", "--format", "csv", "--db"])
        .arg(&db)
        .output()
        .expect("run list csv");
    let mut reader = csv::Reader::from_reader(output.stdout.as_slice());
    assert_eq!(
        reader
            .headers()
            .expect("headers")
            .iter()
            .take(3)
            .collect::<Vec<_>>(),
        ["id", "name", "kind"]
    );
    assert_eq!(reader.records().count(), items.len());

    // A second demo would overwrite the register: refused without --force.
    let output = proeftuin()
        .args(["demo", "--db"])
        .arg(&db)
        .output()
        .expect("run demo again");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--force"));
}

#[test]
fn synthetic_demo_is_deterministic() {
    let dir = tempfile::tempdir().expect("dir");
    let mut listings = Vec::new();
    for name in ["a.sqlite", "b.sqlite"] {
        let db = dir.path().join(name);
        let status = proeftuin()
            .args(["demo", "--size", "500", "--seed", "42", "--db"])
            .arg(&db)
            .status()
            .expect("demo");
        assert!(status.success());
        listings.push(
            proeftuin()
                .args(["list", "--db"])
                .arg(&db)
                .output()
                .expect("list")
                .stdout,
        );
    }
    assert_eq!(listings[0], listings[1]);
    let items: Vec<serde_json::Value> = serde_json::from_slice(&listings[0]).expect("json");
    assert_eq!(items.len(), 500);
}

#[test]
fn check_refuses_foreign_files_and_leaves_them_as_they_were() {
    let dir = tempfile::tempdir().expect("dir");
    let junk = dir.path().join("junk.bin");
    std::fs::write(
        &junk,
        (0..4096u32)
            .map(|i| (i * 7919 % 251) as u8)
            .collect::<Vec<_>>(),
    )
    .expect("write");
    let empty = dir.path().join("empty.sqlite");
    std::fs::write(&empty, b"").expect("write");
    let missing = dir.path().join("missing.sqlite");
    for path in [&junk, &empty, &missing] {
        let before = std::fs::read(path).ok();
        let output = proeftuin()
            .args(["check", "--db"])
            .arg(path)
            .output()
            .expect("run check");
        assert!(!output.status.success(), "{}", path.display());
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains(&*path.display().to_string()),
            "message names the file: {stderr}"
        );
        assert_eq!(
            std::fs::read(path).ok(),
            before,
            "{} changed",
            path.display()
        );
    }
    assert!(!missing.exists(), "check must not create files");
    let output = proeftuin()
        .args(["list", "--db"])
        .arg(&missing)
        .output()
        .expect("run list");
    assert!(!output.status.success());
    assert!(!missing.exists(), "list must not create files");
}

#[test]
fn commands_need_a_database() {
    let output = proeftuin().arg("check").output().expect("run");
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("--db"));
}

/// With a Dutch locale, output, store errors and the CLI's own errors are Dutch.
#[test]
fn a_dutch_user_reads_dutch() {
    let dutch = || {
        let mut command = Command::new(env!("CARGO_BIN_EXE_proeftuin"));
        command
            .env("LC_ALL", "nl_NL.UTF-8")
            .env("LANG", "nl_NL.UTF-8");
        command
    };
    let help = dutch().arg("--help").output().expect("help");
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("Gebruik: proeftuin"), "{help}");
    assert!(help.contains("Opdrachten:"), "{help}");
    assert!(
        help.contains("Controleer integriteit, verwijzingen en schemaversie"),
        "{help}"
    );
    let english = proeftuin()
        .args(["import", "--help"])
        .output()
        .expect("help");
    let english = String::from_utf8_lossy(&english.stdout);
    assert!(
        english.contains("Show what would be created and updated, and write nothing."),
        "{english}"
    );

    let output = dutch().arg("check").output().expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("geen database opgegeven: voeg --db PAD toe"),
        "{stderr}"
    );

    let dir = tempfile::tempdir().expect("dir");
    let text = dir.path().join("notities.txt");
    std::fs::write(&text, "geen portefeuille").expect("write");
    let output = dutch()
        .args(["check", "--db"])
        .arg(&text)
        .output()
        .expect("run");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("dit is geen Proeftuin-portfolio (het is geen SQLite-database)"),
        "{stderr}"
    );

    let db = dir.path().join("p.sqlite");
    let output = dutch()
        .args(["demo", "--db"])
        .arg(&db)
        .output()
        .expect("demo");
    assert!(output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("initiatieven geschreven naar"), "{stdout}");
    let output = dutch()
        .args(["check", "--db"])
        .arg(&db)
        .output()
        .expect("check");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("integriteit: ok"), "{stdout}");
    let output = dutch()
        .args(["summary", "--format", "text", "--db"])
        .arg(&db)
        .output()
        .expect("summary");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Per fase (aantal, gepland innovatiebudget):"),
        "{stdout}"
    );
    assert!(stdout.contains("Pilot loopt"), "{stdout}");
    assert!(stdout.contains("<- dit jaar"), "{stdout}");
}

#[test]
fn summary_prints_the_same_figures_as_the_library() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("x.sqlite");
    assert!(
        proeftuin()
            .args(["demo", "--db"])
            .arg(&db)
            .status()
            .expect("demo")
            .success()
    );
    let output = proeftuin()
        .args([
            "summary",
            "--format",
            "json",
            "--today",
            "2026-11-28",
            "--year",
            "2026",
            "--db",
        ])
        .arg(&db)
        .output()
        .expect("run summary");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");

    let portfolio = proeftuin::store::open(&db)
        .expect("open")
        .load_portfolio()
        .expect("load");
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let expected = serde_json::to_value(proeftuin::figures::summarize(&portfolio, today, 2026))
        .expect("value");
    assert_eq!(printed, expected);

    assert_eq!(printed["initiatives"], 30);
    for key in [
        "idea",
        "preparation",
        "pilot",
        "evaluation",
        "scaling",
        "anchored",
        "stopped",
    ] {
        assert!(printed["by_phase"][key]["count"].is_u64(), "by_phase.{key}");
        assert!(
            printed["by_phase"][key]["innovation_cents"].is_i64(),
            "by_phase.{key}"
        );
    }
    for key in [
        "digital_government",
        "e_governance",
        "smart_government",
        "smart_society",
    ] {
        assert!(
            printed["by_quadrant"][key]["count"].is_u64(),
            "by_quadrant.{key}"
        );
    }
    let year_2026 = printed["budget"]
        .as_array()
        .expect("budget")
        .iter()
        .find(|y| y["year"] == 2026)
        .expect("2026");
    for key in ["operation_cents", "innovation_cents", "innovation_share"] {
        assert!(!year_2026[key].is_null(), "budget.{key}");
    }
    for key in [
        "ready",
        "conditionally_ready",
        "not_ready",
        "blocked",
        "not_assessed",
    ] {
        assert!(printed["readiness"][key].is_u64(), "readiness.{key}");
    }
    for key in ["green", "amber", "red", "none"] {
        assert!(printed["health"][key].is_u64(), "health.{key}");
    }
    assert!(
        printed["stuck"]
            .as_array()
            .is_some_and(|names| !names.is_empty())
    );

    let text = proeftuin()
        .args(["summary", "--today", "2026-11-28", "--db"])
        .arg(&db)
        .output()
        .expect("text");
    assert!(text.status.success());
    assert!(String::from_utf8_lossy(&text.stdout).contains("<- this year"));
}

/// Run on the portfolio `db`.
fn run_on(args: &[&str], db: &std::path::Path) -> std::process::Output {
    proeftuin()
        .args(args)
        .arg("--db")
        .arg(db)
        .output()
        .expect("run")
}

/// Run and demand success; the standard output.
fn run_ok(args: &[&str], db: &std::path::Path) -> String {
    let output = run_on(args, db);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// Run and demand failure; the standard error.
fn run_fails(args: &[&str], db: &std::path::Path) -> String {
    let output = run_on(args, db);
    assert!(!output.status.success(), "{args:?} succeeded");
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn audit_and_trash_from_the_command_line() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    run_ok(&["demo"], &db);
    // A change and a delete, as the app makes them.
    let mut store = proeftuin::store::open(&db).expect("open");
    let portfolio = store.load_portfolio().expect("load");
    let mut first = portfolio.initiatives[0].clone();
    first.owner = "=HYPERLINK(\"http://x\")".into();
    store.update_initiative(&first).expect("update");
    let second = portfolio.initiatives[1].clone();
    store
        .delete_initiative(second.id, second.row_version)
        .expect("delete");
    drop(store);

    let csv_text = run_ok(&["audit", "--format", "csv"], &db);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader
            .headers()
            .expect("headers")
            .iter()
            .collect::<Vec<_>>(),
        [
            "id",
            "at_utc",
            "user",
            "initiative_id",
            "subject",
            "action",
            "field",
            "old",
            "new",
            "source"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|row| row.expect("row")).collect();
    let actions: Vec<&str> = rows.iter().map(|row| &row[5]).collect();
    assert_eq!(actions, ["replaced", "changed", "deleted"], "{csv_text}");
    assert_eq!(&rows[1][6], "owner");
    assert!(
        rows[1][8].starts_with('\''),
        "a formula is neutralised: {}",
        &rows[1][8]
    );
    assert!(rows[0][1].ends_with('Z'), "UTC: {}", &rows[0][1]);

    let json_text = run_ok(&["audit", "--format", "json", "--since", "2000-01-01"], &db);
    let lines: Vec<serde_json::Value> = serde_json::from_str(&json_text).expect("json");
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[2]["subject"], second.name.as_str());
    let none = run_ok(&["audit", "--format", "json", "--since", "2999-01-01"], &db);
    assert_eq!(
        serde_json::from_str::<Vec<serde_json::Value>>(&none)
            .expect("json")
            .len(),
        0
    );

    let listed = run_ok(&["trash"], &db);
    assert!(listed.contains(&second.name), "{listed}");
    let id = second.id.to_string();
    let restored = run_ok(&["trash", "--restore", &id], &db);
    assert!(restored.contains("restored"), "{restored}");
    assert!(run_ok(&["trash"], &db).contains("The trash is empty."));
    let store = proeftuin::store::open(&db).expect("open");
    assert!(store.load_initiative(second.id).expect("load").is_some());
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    use std::io::Read;
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    run_ok(&["demo", "--size", "3000"], &db);
    // `proeftuin list | head -c 10`: far more output than a pipe holds.
    let mut child = proeftuin()
        .args(["list", "--format", "json", "--db"])
        .arg(&db)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("run list");
    let mut first = [0u8; 10];
    child
        .stdout
        .take()
        .expect("stdout")
        .read_exact(&mut first)
        .expect("read");
    let output = child.wait_with_output().expect("wait");
    assert!(output.status.success(), "{:?}", output.status);
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

/// The commands that read the snapshots or the peer library read only those: with an
/// initiative row the load cannot read, `list` fails with the reason, while the snapshots
/// are still listed, compared and exported, and the peer library listed (at 100,000
/// initiatives `snapshot list` and `peers list` no longer wait 0.19 s for a load they did
/// not use).
#[test]
fn snapshots_and_peers_are_read_without_loading_the_portfolio() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("x.sqlite");
    run_ok(&["demo"], &db);
    run_ok(
        &[
            "snapshot",
            "create",
            "--label",
            "Kwartaal 3",
            "--date",
            "2026-09-30",
        ],
        &db,
    );
    run_ok(
        &[
            "snapshot",
            "create",
            "--label",
            "Kwartaal 4",
            "--date",
            "2026-11-30",
        ],
        &db,
    );
    let conn = rusqlite::Connection::open(&db).expect("sqlite");
    conn.execute(
        "UPDATE initiative SET row_version = 'kapot' WHERE id = (SELECT min(id) FROM initiative)",
        [],
    )
    .expect("an initiative row the load cannot read");
    drop(conn);
    // The load fails.
    run_fails(&["list"], &db);
    let listed = run_ok(&["snapshot", "list", "--format", "json"], &db);
    let entries: Vec<serde_json::Value> = serde_json::from_str(&listed).expect("json");
    let demo = proeftuin::demo::demo_portfolio().initiatives.len();
    assert_eq!(entries.len(), 2);
    for entry in &entries {
        assert_eq!(entry["initiatives"], demo, "{entry}");
    }
    let diff = run_ok(
        &[
            "snapshot",
            "diff",
            "Kwartaal 3",
            "Kwartaal 4",
            "--format",
            "json",
        ],
        &db,
    );
    assert!(
        serde_json::from_str::<serde_json::Value>(&diff).is_ok(),
        "{diff}"
    );
    let csv = dir.path().join("kwartaal-3.csv");
    run_ok(
        &[
            "export",
            "--format",
            "csv",
            "--snapshot",
            "Kwartaal 3",
            "--out",
            csv.to_str().expect("path"),
        ],
        &db,
    );
    let exported = std::fs::read_to_string(&csv).expect("the export");
    assert_eq!(
        exported.lines().count(),
        demo + 1,
        "a header and every initiative"
    );
    assert_eq!(
        run_ok(&["peers", "list", "--format", "json"], &db).trim(),
        "[]"
    );
    // "now" is the portfolio itself: that comparison reads only names, phases, ratings,
    // budget lines and health reports of it (not the row version it cannot read), and
    // says why not when one of those cannot be read.
    run_ok(&["snapshot", "diff", "Kwartaal 4", "now"], &db);
    let conn = rusqlite::Connection::open(&db).expect("sqlite");
    conn.execute(
        "UPDATE initiative SET name = CAST(X'4BFF' AS TEXT) WHERE id = (SELECT min(id) FROM initiative)",
        [],
    )
    .expect("a name that is not UTF-8");
    drop(conn);
    let said = run_fails(&["snapshot", "diff", "Kwartaal 4", "now"], &db);
    assert!(said.contains("UTF-8") || said.contains("utf-8"), "{said}");
}

/// A portfolio made by an older Proeftuin is sound: `check` says which version it is and
/// that opening it brings it up to date, exits 0, and changes no byte of it. One made by
/// a newer Proeftuin fails the check.
#[test]
fn check_calls_an_older_portfolio_sound_and_leaves_it_as_it_is() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("ouder.sqlite");
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/portfolio-v9.db"),
        &db,
    )
    .expect("copy");
    let before = std::fs::read(&db).expect("bytes");
    let said = run_ok(&["check"], &db);
    assert!(
        said.contains(&format!(
            "schema version: 9 (made by an older Proeftuin: opening the portfolio brings it to version {}",
            proeftuin::store::SCHEMA_VERSION
        )),
        "{said}"
    );
    assert!(said.contains("integrity: ok"), "{said}");
    assert_eq!(
        std::fs::read(&db).expect("bytes"),
        before,
        "not a byte changed"
    );
    let conn = rusqlite::Connection::open(&db).expect("sqlite");
    conn.execute_batch("PRAGMA user_version = 99")
        .expect("a newer version");
    drop(conn);
    // A newer portfolio fails the check.
    run_fails(&["check"], &db);
}
