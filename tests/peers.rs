//! The peer library (issue "Balance and learning", item 5), end to end through the CLI:
//! a Public Sector Tech Watch file as its releases write it (semicolons, Windows-1252,
//! header variants, other levels of government), a municipality's Proeftuin publication,
//! re-imports that update, refused files that add nothing, peer data kept out of every
//! own figure, and the similar cases of an initiative with a top match written by hand.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

mod support;

fn proeftuin(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_proeftuin"))
        .args(args)
        .env("LC_ALL", "en_GB.UTF-8")
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("run proeftuin")
}

fn ok(args: &[&str]) -> String {
    let output = proeftuin(args);
    assert!(
        output.status.success(),
        "proeftuin {args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn text(path: &Path) -> &str {
    path.to_str().expect("a path")
}

/// A PSTW-style file: Windows-1252, semicolons, headers in another case and spacing,
/// American spelling, and two cases of other levels of government.
fn pstw_file(dir: &Path) -> PathBuf {
    let rows = [
        "PSTW id;Name;Description;Geographical Coverage (Country);Responsible Organization;Responsible organization category;Status ;Start year;End Year;Primary technology;Functions of Government (COFOG level I/II)",
        "PSTW-101;Slim parkeren;Parkeersensoren in het wegdek tonen vrije plekken;Netherlands;Gemeente Utrecht;Local Government;Implemented;2019;;Internet of Things;Transport",
        "PSTW-102;Luchtkwaliteit meten;Sensoren meten fijnstof in de binnenstad;Netherlands;Gemeente Zwolle;Local government;Pilot;2021;2022;Internet of Things;Environmental protection",
        "PSTW-103;Chatbot Gemeentebalie;Vragen van inwoners beantwoorden met een chatbot (café-uren);Netherlands;Gemeente Delft;Local Government;Not in use;2018;2020;Artificial Intelligence;General public services",
        "PSTW-201;Nationale parkeerdatabank;Parkeerrechten landelijk;Netherlands;RDW;National Government;Implemented;2015;;Blockchain;Transport",
        "PSTW-301;Provinciale sensoren;Sensoren op provinciale wegen;Netherlands;Provincie Utrecht;Regional Government;Pilot;2022;;Internet of Things;Transport",
    ];
    let joined = rows.join("\r\n") + "\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&joined);
    let path = dir.join("pstw-cases.csv");
    std::fs::write(&path, &bytes).expect("write");
    assert!(std::str::from_utf8(&bytes).is_err(), "really Windows-1252");
    path
}

fn own_portfolio(dir: &Path) -> PathBuf {
    let db = dir.join("eigen.sqlite");
    ok(&["demo", "--db", text(&db)]);
    db
}

fn peers(db: &Path) -> Vec<serde_json::Value> {
    serde_json::from_str(&ok(&[
        "peers",
        "list",
        "--db",
        text(db),
        "--format",
        "json",
    ]))
    .expect("json")
}

#[test]
fn a_pstw_file_imports_its_local_cases_and_a_second_import_updates() {
    let dir = tempfile::tempdir().expect("dir");
    let db = own_portfolio(dir.path());
    let file = pstw_file(dir.path());
    let said = ok(&["peers", "import", text(&file), "--db", text(&db)]);
    assert!(
        said.contains("3 cases added to the peer library, 0 updated; 2 of other levels"),
        "{said}"
    );
    let cases = peers(&db);
    let names: Vec<&str> = cases
        .iter()
        .map(|c| c["name"].as_str().unwrap_or(""))
        .collect();
    // By organisation: Delft, Utrecht, Zwolle.
    assert_eq!(
        names,
        [
            "Chatbot Gemeentebalie",
            "Slim parkeren",
            "Luchtkwaliteit meten"
        ]
    );
    assert_eq!(
        cases[0]["description"],
        "Vragen van inwoners beantwoorden met een chatbot (café-uren)"
    );
    assert_eq!(cases[0]["phase"], "stopped");
    assert_eq!(cases[0]["end_year"], 2020);
    assert_eq!(cases[1]["phase"], "scaling");
    assert_eq!(cases[1]["organisation"], "Gemeente Utrecht");
    assert_eq!(cases[2]["status"], "Pilot");
    assert_eq!(cases[2]["themes"][0], "Environmental protection");
    // The same file again: updated, not doubled.
    let said = ok(&["peers", "import", text(&file), "--db", text(&db)]);
    assert!(
        said.contains("0 cases added to the peer library, 3 updated"),
        "{said}"
    );
    assert_eq!(peers(&db).len(), 3);
}

/// A release with a title above its table and other words for a municipality: the
/// headers are found below the title, and towns and municipalities count as local.
#[test]
fn a_pstw_release_with_a_title_and_other_words_for_local() {
    let dir = tempfile::tempdir().expect("dir");
    let db = own_portfolio(dir.path());
    let file = dir.path().join("pstw-release.csv");
    std::fs::write(
        &file,
        "Public Sector Tech Watch: cases (release 2025)\n\nCase ID;Case name;Short description;Country;Organisation;Government level;Case status\nX-1;Slimme lantaarns;Lantaarns dimmen;Belgium;Stad Gent;Municipality;Pilot\nX-2;Afvalroutes;Routes voor de vuilniswagen;France;Ville de Lyon;Town council;Implemented\nX-3;Provinciale wegen;Sensoren;Netherlands;Provincie;Regional Government;Pilot\n",
    )
    .expect("write");
    let said = ok(&["peers", "import", text(&file), "--db", text(&db)]);
    assert!(
        said.contains("2 cases added to the peer library, 0 updated; 1 of other levels"),
        "{said}"
    );
}

/// The dataset saved again in LibreOffice, as an OpenDocument spreadsheet: read as the CSV
/// (numbers as number cells, an empty cell where the CSV has none).
#[test]
fn a_pstw_file_saved_as_ods_imports_its_local_cases() {
    let dir = tempfile::tempdir().expect("dir");
    let db = own_portfolio(dir.path());
    let file = dir.path().join("pstw-cases.ods");
    let cell = |text: &str| {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{text}</text:p></table:table-cell>"#
        )
    };
    let year = |year: u32| {
        format!(
            r#"<table:table-cell office:value-type="float" office:value="{year}"><text:p>{year}</text:p></table:table-cell>"#
        )
    };
    let row = |cells: Vec<String>| format!("<table:table-row>{}</table:table-row>", cells.concat());
    let rows = [
        row([
            "PSTW ID",
            "Name",
            "Description",
            "Responsible organisation",
            "Responsible organisation category",
            "Status",
            "Start Year",
        ]
        .map(cell)
        .to_vec()),
        row(vec![
            cell("PSTW-101"),
            cell("Slim parkeren"),
            cell("Parkeersensoren &amp; borden"),
            cell("Gemeente Utrecht"),
            cell("Local Government"),
            cell("Implemented"),
            year(2019),
        ]),
        row(vec![
            cell("PSTW-201"),
            cell("Nationale parkeerdatabank"),
            cell("Landelijk"),
            cell("RDW"),
            cell("National Government"),
            cell("Implemented"),
            year(2015),
        ]),
    ];
    support::ods::with_rows(&file, &rows.concat());
    let said = ok(&["peers", "import", text(&file), "--db", text(&db)]);
    assert!(
        said.contains("1 case added to the peer library, 0 updated; 1 of other levels"),
        "{said}"
    );
    let cases = peers(&db);
    assert_eq!(cases[0]["name"], "Slim parkeren");
    assert_eq!(cases[0]["description"], "Parkeersensoren & borden");
    assert_eq!(cases[0]["start_year"], 2019);
    assert_eq!(cases[0]["phase"], "scaling");
}

#[test]
fn a_proeftuin_publication_imports_with_its_quadrants_and_exact_phases() {
    let dir = tempfile::tempdir().expect("dir");
    let theirs = dir.path().join("buurgemeente.sqlite");
    ok(&["demo", "--db", text(&theirs)]);
    let published = dir.path().join("buurgemeente-pstw.csv");
    ok(&[
        "export",
        "--db",
        text(&theirs),
        "--format",
        "pstw",
        "--out",
        text(&published),
    ]);
    let theirs_list: Vec<serde_json::Value> =
        serde_json::from_str(&ok(&["list", "--db", text(&theirs), "--format", "json"]))
            .expect("json");
    let db = dir.path().join("eigen.sqlite");
    ok(&["demo", "--db", text(&db)]);
    ok(&["peers", "import", text(&published), "--db", text(&db)]);
    let cases = peers(&db);
    assert_eq!(cases.len(), theirs_list.len());
    for initiative in &theirs_list {
        let case = cases
            .iter()
            .find(|case| case["name"] == initiative["name"])
            .unwrap_or_else(|| panic!("{}", initiative["name"]));
        assert_eq!(case["phase"], initiative["phase"], "the exact phase");
        assert_eq!(case["quadrant"], initiative["quadrant"]);
        assert_eq!(case["organisation"], "Gemeente Proefdorp");
        assert_eq!(case["contact"], "", "no personal data was published");
    }
    // Again: updated, not doubled (known by the publisher's own ids).
    let said = ok(&["peers", "import", text(&published), "--db", text(&db)]);
    assert!(
        said.contains(&format!(
            "0 cases added to the peer library, {} updated",
            cases.len()
        )),
        "{said}"
    );
}

#[test]
fn peer_cases_never_enter_the_own_figures() {
    let dir = tempfile::tempdir().expect("dir");
    let db = own_portfolio(dir.path());
    let before = [
        ok(&[
            "summary",
            "--db",
            text(&db),
            "--format",
            "json",
            "--today",
            "2026-11-29",
        ]),
        ok(&["list", "--db", text(&db), "--format", "json"]),
    ];
    ok(&[
        "peers",
        "import",
        text(&pstw_file(dir.path())),
        "--db",
        text(&db),
    ]);
    let after = [
        ok(&[
            "summary",
            "--db",
            text(&db),
            "--format",
            "json",
            "--today",
            "2026-11-29",
        ]),
        ok(&["list", "--db", text(&db), "--format", "json"]),
    ];
    assert_eq!(before, after);
}

#[test]
fn garbage_cut_off_and_unknown_files_are_refused_and_add_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let db = own_portfolio(dir.path());
    let good = std::fs::read(pstw_file(dir.path())).expect("read");
    let garbage = dir.path().join("garbage.csv");
    std::fs::write(&garbage, [0u8, 159, 146, 150, 7, 0, 1, 2, 255]).expect("write");
    let cut = dir.path().join("cut.csv");
    std::fs::write(&cut, &good[..good.len() - 40]).expect("write");
    let register = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/register-en.csv");
    let json = dir.path().join("portfolio.json");
    ok(&[
        "export",
        "--db",
        text(&db),
        "--format",
        "json",
        "--out",
        text(&json),
    ]);
    for (file, words) in [
        (&garbage, "not a text (CSV) file"),
        (&cut, "cut off"),
        (
            &register,
            "the columns Status, Responsible organisation are missing",
        ),
        (&json, "this is a JSON document, not a peer file"),
    ] {
        let output = proeftuin(&["peers", "import", text(file), "--db", text(&db)]);
        assert!(!output.status.success(), "{file:?} was accepted");
        let said = String::from_utf8_lossy(&output.stderr);
        assert!(said.contains(words), "{file:?}: {said}");
        assert!(peers(&db).is_empty(), "nothing added from {file:?}");
    }
}

/// The initiative "Slimme parkeersensoren" (a pilot about parking sensors in the road
/// surface) resembles Utrecht's "Slim parkeren" most: written down by hand, as are the
/// reasons.
#[test]
fn the_similar_cases_of_an_initiative_come_best_first_with_the_reason() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("eigen.sqlite");
    let mut store = proeftuin::store::open(&db).expect("open");
    let mut initiative = proeftuin::domain::Initiative::new("Slimme parkeersensoren");
    initiative.description = "Sensoren in het wegdek melden vrije parkeerplekken".into();
    initiative.phase = proeftuin::domain::Phase::Pilot;
    let stored = store.insert_initiative(&initiative).expect("insert");
    drop(store);
    ok(&[
        "peers",
        "import",
        text(&pstw_file(dir.path())),
        "--db",
        text(&db),
    ]);
    let id = stored.id.to_string();
    let found: Vec<serde_json::Value> = serde_json::from_str(&ok(&[
        "peers",
        "similar",
        "--db",
        text(&db),
        "--id",
        &id,
        "--format",
        "json",
    ]))
    .expect("json");
    assert!(found.len() >= 2, "{found:?}");
    assert_eq!(found[0]["organisation"], "Gemeente Utrecht");
    assert_eq!(found[0]["name"], "Slim parkeren");
    assert_eq!(found[0]["status"], "Implemented");
    assert_eq!(found[1]["name"], "Luchtkwaliteit meten");
    let scores: Vec<u64> = found
        .iter()
        .map(|f| f["score"].as_u64().unwrap_or(0))
        .collect();
    assert!(
        scores.windows(2).all(|pair| pair[0] >= pair[1]),
        "{scores:?}"
    );
    let reason = found[0]["reason"].as_str().unwrap_or("");
    assert!(reason.starts_with("shared words: "), "{reason}");
    for word in ["wegdek", "parkeersensoren", "vrije"] {
        assert!(reason.contains(word), "{word} in {reason}");
    }
    // Zwolle's pilot shares "sensoren" and the status.
    assert!(
        found[1]["reason"]
            .as_str()
            .unwrap_or("")
            .ends_with("same status: Pilot"),
        "{}",
        found[1]["reason"]
    );
    // The text form names them too; an unknown id is refused.
    let said = ok(&["peers", "similar", "--db", text(&db), "--id", &id]);
    assert!(
        said.contains("Gemeente Utrecht — Slim parkeren (Implemented, 2019–)"),
        "{said}"
    );
    let output = proeftuin(&["peers", "similar", "--db", text(&db), "--id", "999"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("no initiative with id 999"));
}
