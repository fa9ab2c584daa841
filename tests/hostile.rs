//! Hostile and broken input: every case answers with a clear message and changes nothing,
//! and nothing crashes or hangs (issue "Trust", item 1). Each crafted case is named.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use proeftuin::exchange::ExchangeError;
use proeftuin::exchange::import::preview_file;
use proeftuin::format::Language;
use proeftuin::store;

mod support;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date")
}

/// The demo in a fresh portfolio file, and its initiatives as stored.
fn demo(dir: &Path) -> (PathBuf, proeftuin::domain::Portfolio) {
    let path = dir.join("p.sqlite");
    let mut store = store::open(&path).expect("open");
    store
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    let portfolio = store.load_portfolio().expect("load");
    (path, portfolio)
}

/// Preview `file` against the demo; the error's words in English and Dutch.
fn refused(file: &Path) -> (String, String) {
    let dir = tempfile::tempdir().expect("dir");
    let (_, portfolio) = demo(dir.path());
    let started = Instant::now();
    let error = preview_file(&portfolio, file, &Default::default(), today())
        .expect_err("the file must be refused");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "refused at once, not after reading: {:?}",
        started.elapsed()
    );
    (
        error.localized(Language::English),
        error.localized(Language::Dutch),
    )
}

/// The CLI, in English, with a deadline: a run that does not end in time fails the test.
fn run_cli(args: &[&str], deadline: Duration) -> std::process::Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_proeftuin"))
        .args(args)
        .env("LC_ALL", "en_GB.UTF-8")
        .env("LANG", "en_GB.UTF-8")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    loop {
        if child.try_wait().expect("wait").is_some() {
            return child.wait_with_output().expect("output");
        }
        if started.elapsed() > deadline {
            let _ = child.kill();
            panic!("proeftuin {args:?} did not finish within {deadline:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// An XLSX of one sheet, "Register", whose `sheet.xml` is given.
fn xlsx_with_sheet(path: &Path, sheet_xml: &str) {
    xlsx_with_sheets(path, &[("Register", sheet_xml)]);
}

/// An XLSX of the sheets given by name and `sheet.xml` (the rest is the minimal package).
fn xlsx_with_sheets(path: &Path, sheets: &[(&str, &str)]) {
    let file = std::fs::File::create(path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let options = zip::write::SimpleFileOptions::default();
    let numbered = || {
        sheets
            .iter()
            .enumerate()
            .map(|(index, sheet)| (index + 1, sheet))
    };
    let overrides: String = numbered()
        .map(|(n, _)| format!(r#"<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>"#))
        .collect();
    let listed: String = numbered()
        .map(|(n, (name, _))| format!(r#"<sheet name="{name}" sheetId="{n}" r:id="rId{n}"/>"#))
        .collect();
    let relations: String = numbered()
        .map(|(n, _)| format!(r#"<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>"#))
        .collect();
    let mut parts = vec![
        (
            "[Content_Types].xml".to_string(),
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{overrides}</Types>"#),
        ),
        (
            "_rels/.rels".to_string(),
            r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"#.to_string(),
        ),
        (
            "xl/workbook.xml".to_string(),
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>{listed}</sheets></workbook>"#),
        ),
        (
            "xl/_rels/workbook.xml.rels".to_string(),
            format!(r#"<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{relations}</Relationships>"#),
        ),
    ];
    for (n, (_, xml)) in numbered() {
        parts.push((format!("xl/worksheets/sheet{n}.xml"), (*xml).to_string()));
    }
    for (name, content) in parts {
        zip.start_file(name, options).expect("entry");
        zip.write_all(content.as_bytes()).expect("write");
    }
    zip.finish().expect("finish");
}

/// The header row of the ODS registers below: `Naam`, `Fase`.
const ODS_HEADERS: &str = r#"<table:table-row><table:table-cell office:value-type="string"><text:p>Naam</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Fase</text:p></table:table-cell></table:table-row>"#;

/// An ODS file of a few kilobytes can describe billions of cells: a cell repeated across
/// 16,384 columns, a row repeated a million times. calamine lays every sheet out in
/// memory when it opens the file (20,000 such rows would be 18 GB), so the extent is
/// measured first and such a file refused at once; the empty rows and cells LibreOffice
/// writes to the sheet's end are not counted.
#[test]
fn an_ods_that_would_expand_beyond_a_register_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    let wide = dir.path().join("wide.ods");
    let row = r#"<table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#;
    support::ods::with_rows(&wide, &format!("{ODS_HEADERS}{}", row.repeat(20_000)));
    let long = dir.path().join("long.ods");
    support::ods::with_rows(
        &long,
        &format!(
            r#"{ODS_HEADERS}<table:table-row table:number-rows-repeated="1000000"><table:table-cell table:number-columns-repeated="95" office:value-type="float" office:value="1"/></table:table-row>"#
        ),
    );
    for file in [&wide, &long] {
        assert!(std::fs::metadata(file).expect("size").len() < 100_000);
        let (english, dutch) = refused(file);
        assert!(
            english.contains("the spreadsheet spans more than 10,000,000 cells"),
            "{english}"
        );
        assert!(
            dutch.contains("het rekenblad beslaat meer dan 10.000.000 cellen"),
            "{dutch}"
        );
    }
    // LibreOffice's own padding: empty cells to column 1,024 and empty rows to the end.
    let padded = dir.path().join("padded.ods");
    support::ods::with_rows(
        &padded,
        &format!(
            r#"{ODS_HEADERS}<table:table-row><table:table-cell office:value-type="string"><text:p>Chatbot &amp; co</text:p></table:table-cell><table:table-cell><text:p>pilot</text:p></table:table-cell><table:table-cell table:number-columns-repeated="1022"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>"#
        ),
    );
    let dir2 = tempfile::tempdir().expect("dir");
    let (_, portfolio) = demo(dir2.path());
    let preview = preview_file(&portfolio, &padded, &Default::default(), today()).expect("read");
    let created: Vec<&str> = preview
        .created
        .iter()
        .map(|(_, name)| name.as_str())
        .collect();
    assert_eq!(created, ["Chatbot & co"]);
}

/// An ODS file cut off in the middle of a sheet (a broken download): calamine reads a
/// sheet until its end and would wait for it for ever (the import never returned). It is
/// refused at once, with the reason, from the command line and in the app alike.
#[test]
fn an_ods_cut_off_in_a_sheet_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let (db, _) = demo(dir.path());
    let file = dir.path().join("afgebroken.ods");
    support::ods::with_content(
        &file,
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {}><office:body><office:spreadsheet><table:table table:name="Blad1">{ODS_HEADERS}<table:table-row><table:table-cell office:value-type="string"><text:p>A</text:p></table:table-cell>"#,
            support::ods::NAMESPACES
        ),
    );
    let output = run_cli(
        &[
            "import",
            "--dry-run",
            file.to_str().expect("path"),
            "--db",
            db.to_str().expect("path"),
        ],
        Duration::from_secs(20),
    );
    assert!(!output.status.success());
    let said = String::from_utf8_lossy(&output.stderr);
    assert!(
        said.contains("the file is cut off: the spreadsheet ends in the middle of a sheet"),
        "{said}"
    );
    let (english, dutch) = refused(&file);
    assert!(english.contains("the file is cut off"), "{english}");
    assert!(dutch.contains("het bestand is afgebroken"), "{dutch}");
}

fn sheet(cells: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{cells}</sheetData></worksheet>"#
    )
}

#[test]
fn dev_zero_is_refused_at_once() {
    let (english, dutch) = refused(Path::new("/dev/zero"));
    assert!(english.contains("this is not a regular file"), "{english}");
    assert!(dutch.contains("dit is geen gewoon bestand"), "{dutch}");
    // The CLI case of the report: it used to never return.
    let dir = tempfile::tempdir().expect("dir");
    let (db, _) = demo(dir.path());
    let before = std::fs::read(&db).expect("db");
    let output = run_cli(
        &[
            "import",
            "/dev/zero",
            "--db",
            db.to_str().expect("db"),
            "--dry-run",
        ],
        Duration::from_secs(20),
    );
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a regular file"));
    assert_eq!(std::fs::read(&db).expect("db"), before, "nothing changed");
}

#[test]
fn a_folder_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let (english, _) = refused(dir.path());
    assert!(english.contains("not a regular file"), "{english}");
}

#[test]
fn a_file_larger_than_a_register_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("huge.csv");
    // Sparse: no disk is used, and the size alone must refuse it.
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(proeftuin::exchange::MAX_INPUT_BYTES + 1)
        .expect("size");
    let (english, dutch) = refused(&path);
    assert!(english.contains("larger than 256 MB"), "{english}");
    assert!(dutch.contains("groter dan 256 MB"), "{dutch}");
}

#[test]
fn a_sheet_with_a_cell_at_xfd1048576_is_refused_without_building_it() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("far.xlsx");
    xlsx_with_sheet(
        &path,
        &sheet(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c></row><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>"#,
        ),
    );
    assert!(std::fs::metadata(&path).expect("size").len() < 4096);
    let (english, dutch) = refused(&path);
    assert!(
        english.contains("cell XFD1048576 lies beyond column 1000"),
        "{english}"
    );
    assert!(
        dutch.contains("cel XFD1048576 ligt voorbij kolom 1000"),
        "{dutch}"
    );
}

/// A register kept by hand: a title in A1, a date below it, the table from B4 on. The
/// headers are found on row 4, the title's column is not part of the table, and the
/// preview says what was not read.
#[test]
fn an_xlsx_register_below_a_title_is_read_from_its_headers() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, portfolio) = demo(dir.path());
    let path = dir.path().join("titel.xlsx");
    let text = |cell: &str, value: &str| {
        format!(r#"<c r="{cell}" t="inlineStr"><is><t>{value}</t></is></c>"#)
    };
    xlsx_with_sheet(
        &path,
        &sheet(&format!(
            r#"<row r="1">{}</row><row r="2">{}</row><row r="4">{}{}{}</row><row r="5">{}{}<c r="D5"><v>1000.5</v></c></row>"#,
            text("A1", "Pilotregister Gemeente Voorbeeld"),
            text("A2", "Stand: 1 november 2026"),
            text("B4", "Naam"),
            text("C4", "Fase"),
            text("D4", "Innovatiebudget"),
            text("B5", "Slimme lantaarnpalen"),
            text("C5", "pilot"),
        )),
    );
    let preview = preview_file(&portfolio, &path, &Default::default(), today()).expect("a preview");
    assert!(
        preview.problems.is_empty(),
        "{:?}",
        preview.problem_messages()
    );
    assert_eq!(preview.headers, vec!["Naam", "Fase", "Innovatiebudget"]);
    assert_eq!(preview.created.len(), 1);
    let record = &preview.records[0];
    assert_eq!(record.name, "Slimme lantaarnpalen");
    assert!(
        preview
            .notes
            .iter()
            .any(|note| note.key == "note-header-row"),
        "{:?}",
        preview.notes
    );
}

/// A workbook that opens on its explanation: the sheet whose first rows hold the
/// register's headers is read, and the preview names it.
#[test]
fn the_sheet_with_the_register_is_read_not_the_explanation_before_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, portfolio) = demo(dir.path());
    let path = dir.path().join("werkmap.xlsx");
    let text = |cell: &str, value: &str| {
        format!(r#"<c r="{cell}" t="inlineStr"><is><t>{value}</t></is></c>"#)
    };
    let explanation = sheet(&format!(
        r#"<row r="1">{}</row><row r="2">{}</row>"#,
        text("A1", "Toelichting bij dit register"),
        text(
            "A2",
            "Vul per pilot een rij in op het tabblad Pilots; de naam is verplicht."
        ),
    ));
    let pilots = sheet(&format!(
        r#"<row r="1">{}{}</row><row r="2">{}{}</row>"#,
        text("A1", "Naam"),
        text("B1", "Fase"),
        text("A2", "Slimme lantaarnpalen"),
        text("B2", "pilot"),
    ));
    let codes = sheet(&format!(r#"<row r="1">{}</row>"#, text("A1", "Fase")));
    xlsx_with_sheets(
        &path,
        &[
            ("Toelichting", &explanation),
            ("Pilots", &pilots),
            ("Codes", &codes),
        ],
    );
    let preview = preview_file(&portfolio, &path, &Default::default(), today()).expect("a preview");
    assert!(
        preview.problems.is_empty(),
        "{:?}",
        preview.problem_messages()
    );
    assert_eq!(preview.headers, vec!["Naam", "Fase"]);
    assert_eq!(
        preview
            .described
            .render(&proeftuin::i18n::I18n::new(Language::English)),
        "Excel workbook (XLSX), sheet “Pilots”"
    );
}

#[test]
fn an_iso_date_cell_with_multibyte_text_does_not_panic() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, portfolio) = demo(dir.path());
    let path = dir.path().join("dates.xlsx");
    // A `t="d"` cell whose text has a multi-byte character across byte 10.
    xlsx_with_sheet(
        &path,
        &sheet(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c><c r="B1" t="inlineStr"><is><t>Startdatum</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Zwemwater</t></is></c><c r="B2" t="d"><v>2026-01-0€5</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Fietspad</t></is></c><c r="B3" t="d"><v>2026-03-01T00:00:00</v></c></row>"#,
        ),
    );
    let preview = preview_file(&portfolio, &path, &Default::default(), today()).expect("a preview");
    // The odd date is a problem of its row; the good one is read.
    assert_eq!(
        preview.problems.len(),
        1,
        "{:?}",
        preview.problem_messages()
    );
    assert!(preview.problem_messages()[0].contains("row 2"));
    assert!(
        preview
            .records
            .iter()
            .any(|record| record.name == "Fietspad")
    );
}

#[test]
fn a_huge_number_in_a_date_column_is_not_a_date() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, portfolio) = demo(dir.path());
    let path = dir.path().join("serial.xlsx");
    xlsx_with_sheet(
        &path,
        &sheet(
            r#"<row r="1"><c r="A1" t="inlineStr"><is><t>Naam</t></is></c><c r="B1" t="inlineStr"><is><t>Startdatum</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Zwemwater</t></is></c><c r="B2"><v>1e300</v></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>Fietspad</t></is></c><c r="B3"><v>-9e18</v></c></row>"#,
        ),
    );
    let preview = preview_file(&portfolio, &path, &Default::default(), today()).expect("a preview");
    let messages = preview.problem_messages();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages
            .iter()
            .all(|message| message.contains("not a date"))
    );
}

#[test]
fn amounts_beyond_ten_billion_are_refused_and_sums_cannot_overflow() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, portfolio) = demo(dir.path());
    let path = dir.path().join("bedragen.csv");
    std::fs::write(
        &path,
        "Naam;Innovatiebudget 2026\nA;99999999999999999999\nB;10.000.000.000,01\nC;9.999.999.999,99\n",
    )
    .expect("write");
    let preview = preview_file(&portfolio, &path, &Default::default(), today()).expect("a preview");
    let messages = preview.problem_messages();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(messages[0].contains("row 2") && messages[0].contains("amount too large"));
    assert!(messages[1].contains("row 3") && messages[1].contains("amount too large"));

    // Figures over amounts at the limit saturate instead of wrapping or panicking.
    let mut crafted = proeftuin::domain::Portfolio::default();
    let mut initiative = proeftuin::domain::Initiative::new("Groot");
    initiative.budget_lines = (0..20_000)
        .map(|_| proeftuin::domain::BudgetLine {
            year: 2026,
            category: proeftuin::domain::BudgetCategory::Innovation,
            planned_cents: i64::MAX / 10_000,
            actual_cents: Some(i64::MAX / 10_000),
            description: String::new(),
        })
        .collect();
    crafted.initiatives.push(initiative);
    let summary = proeftuin::figures::summarize(&crafted, today(), 2026);
    assert_eq!(summary.by_phase["idea"].innovation_cents, i64::MAX);
}

#[test]
fn a_pipe_or_folder_is_never_opened_as_a_portfolio() {
    let dir = tempfile::tempdir().expect("dir");
    let Err(error) = store::open(dir.path()) else {
        panic!("a folder opened as a portfolio");
    };
    assert!(
        error
            .message()
            .in_language(Language::English)
            .contains("a folder, a device or a pipe"),
        "{error}"
    );
    let output = run_cli(&["check", "--db", "/dev/zero"], Duration::from_secs(20));
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a Proeftuin portfolio"));
}

#[test]
fn a_workbook_that_unpacks_to_gigabytes_is_refused() {
    // The limit is checked on the container's own directory, before calamine reads it.
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("bomb.xlsx");
    let body = " ".repeat(8 * 1024 * 1024);
    xlsx_with_sheet(&path, &sheet(&body));
    let bytes = std::fs::read(&path).expect("read");
    assert!(bytes.len() < 64 * 1024, "it packs small: {}", bytes.len());
    let error =
        proeftuin::exchange::register::check_container_within("bomb.xlsx", &bytes, 1024 * 1024)
            .expect_err("refused");
    assert!(matches!(error, ExchangeError::Invalid { .. }));
    assert!(
        error
            .localized(Language::English)
            .contains("unpacks to more than 1 MB"),
        "{}",
        error.localized(Language::English)
    );
}

/// A workbook of a few kilobytes whose cells all name one long shared string: each cell
/// read became a copy (13 KB took 8 s and 3.5 GB; ten times the cells would take 35 GB).
/// The text a sheet may hold is bounded: refused at once.
#[test]
fn one_long_shared_string_in_many_cells_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("shared.xlsx");
    let long = "woord ".repeat(100_000);
    let rows: String = (2..5_002)
        .map(|row| {
            let cells: String = (0..10u8)
                .map(|column| {
                    format!(
                        r#"<c r="{}{row}" t="s"><v>1</v></c>"#,
                        char::from(b'A' + column)
                    )
                })
                .collect();
            format!(r#"<row r="{row}">{cells}</row>"#)
        })
        .collect();
    xlsx_with_sheet(
        &path,
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row>{rows}</sheetData></worksheet>"#
        ),
    );
    // The shared strings beside the sheet.
    let mut bytes = std::fs::read(&path).expect("read");
    {
        let mut zip = zip::ZipWriter::new_append(std::io::Cursor::new(&mut bytes)).expect("append");
        zip.start_file(
            "xl/sharedStrings.xml",
            zip::write::SimpleFileOptions::default(),
        )
        .expect("entry");
        write!(
            zip,
            r#"<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>Naam</t></si><si><t>{long}</t></si></sst>"#
        )
        .expect("write");
        zip.finish().expect("finish");
    }
    std::fs::write(&path, &bytes).expect("write");
    assert!(bytes.len() < 200 * 1024, "it packs small: {}", bytes.len());
    let (english, dutch) = refused(&path);
    assert!(english.contains("more than 256 MB of text"), "{english}");
    assert!(dutch.contains("meer dan 256 MB tekst"), "{dutch}");
}

/// The binary with English output, in a shell with `umask`.
fn run_cli_with_umask(umask: &str, args: &[&str]) -> std::process::Output {
    let mut script = format!("umask {umask}; exec \"$0\"");
    for index in 1..=args.len() {
        script.push_str(&format!(" \"${index}\""));
    }
    Command::new("sh")
        .arg("-c")
        .arg(script)
        .arg(env!("CARGO_BIN_EXE_proeftuin"))
        .args(args)
        .env("LC_ALL", "en_GB.UTF-8")
        .output()
        .expect("sh")
}

#[test]
fn an_export_never_writes_over_a_portfolio() {
    let dir = tempfile::tempdir().expect("dir");
    let (db, _) = demo(dir.path());
    let db_text = db.to_str().expect("db");
    let before = std::fs::read(&db).expect("db");
    // Over the open portfolio itself (the case of the report), its journal, a folder.
    let wal = format!("{db_text}-wal");
    let folder = dir.path().to_str().expect("dir");
    for target in [db_text, wal.as_str(), folder] {
        let output = run_cli(
            &[
                "export", "--db", db_text, "--format", "csv", "--out", target, "--force",
            ],
            Duration::from_secs(60),
        );
        assert!(!output.status.success(), "{target}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("never written over by an export")
                || stderr.contains("this is a folder"),
            "{target}: {stderr}"
        );
    }
    assert_eq!(
        std::fs::read(&db).expect("db"),
        before,
        "the portfolio is untouched"
    );
    let check = run_cli(&["check", "--db", db_text], Duration::from_secs(60));
    assert!(check.status.success());
    // Another portfolio (or a backup) is refused as well, through the library too.
    let other = dir.path().join("backup.sqlite");
    std::fs::copy(&db, &other).expect("copy");
    let error = proeftuin::exchange::write_atomically(
        &other,
        &proeftuin::exchange::Progress::new(),
        |out| {
            out.write_all(b"x")
                .map_err(proeftuin::exchange::write_error(&other))
        },
    )
    .expect_err("refused");
    assert!(
        error
            .localized(Language::Dutch)
            .contains("nooit door een export overschreven")
    );
}

#[test]
fn the_cli_replaces_a_file_only_with_force_and_uses_the_umask() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let (db, _) = demo(dir.path());
    let db_text = db.to_str().expect("db");
    let out = dir.path().join("register.csv");
    let out_text = out.to_str().expect("out");
    let first = run_cli_with_umask(
        "027",
        &[
            "export", "--db", db_text, "--format", "csv", "--out", out_text,
        ],
    );
    assert!(
        first.status.success(),
        "{}",
        String::from_utf8_lossy(&first.stderr)
    );
    let mode = std::fs::metadata(&out).expect("out").permissions().mode() & 0o777;
    assert_eq!(mode, 0o640, "a new export follows the umask: {mode:o}");
    std::fs::write(&out, "mine").expect("write");
    let again = run_cli(
        &[
            "export", "--db", db_text, "--format", "csv", "--out", out_text,
        ],
        Duration::from_secs(60),
    );
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("add --force to replace it"));
    assert_eq!(std::fs::read_to_string(&out).expect("out"), "mine");
    let forced = run_cli(
        &[
            "export", "--db", db_text, "--format", "csv", "--out", out_text, "--force",
        ],
        Duration::from_secs(60),
    );
    assert!(forced.status.success());
    assert_ne!(std::fs::read_to_string(&out).expect("out"), "mine");
}

#[test]
fn what_a_crashed_export_left_is_removed_at_the_next_start() {
    let dir = tempfile::tempdir().expect("dir");
    // A process id that is not running, and ours (a write in progress is kept).
    let stale = dir
        .path()
        .join(".register.csv.4000000000.0.proeftuin-partial");
    let ours = dir.path().join(format!(
        ".register.csv.{}.0.proeftuin-partial",
        std::process::id()
    ));
    let unrelated = dir.path().join("notes.proeftuin-partial.txt");
    for path in [&stale, &ours, &unrelated] {
        std::fs::write(path, "half").expect("write");
    }
    assert_eq!(proeftuin::exchange::remove_stale_partials(dir.path()), 1);
    assert!(!stale.exists());
    assert!(ours.exists() && unrelated.exists());
    // The CLI clears them before an export beside them.
    std::fs::write(&stale, "half").expect("write");
    let (db, _) = demo(dir.path());
    let out = dir.path().join("register.csv");
    let output = run_cli(
        &[
            "export",
            "--db",
            db.to_str().expect("db"),
            "--format",
            "csv",
            "--out",
            out.to_str().expect("out"),
        ],
        Duration::from_secs(60),
    );
    assert!(output.status.success());
    assert!(!stale.exists());
}

#[test]
fn a_damaged_portfolio_is_not_written_into() {
    let dir = tempfile::tempdir().expect("dir");
    let (db, _) = demo(dir.path());
    // Damage a page in the middle of the file (the header and the first page stay).
    let mut bytes = std::fs::read(&db).expect("db");
    let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    assert!(bytes.len() > 5 * page, "the demo spans pages");
    for byte in &mut bytes[3 * page..4 * page] {
        *byte = 0xA5;
    }
    std::fs::write(&db, &bytes).expect("damage");
    let register = dir.path().join("r.csv");
    std::fs::write(&register, "Naam\nNieuw\n").expect("write");
    let output = run_cli(
        &[
            "import",
            register.to_str().expect("register"),
            "--db",
            db.to_str().expect("db"),
        ],
        Duration::from_secs(60),
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("failed its integrity check"), "{stderr}");
    assert_eq!(
        std::fs::read(&db).expect("db"),
        bytes,
        "nothing was written"
    );
}

#[test]
fn a_busy_portfolio_is_reported_as_busy_not_damaged() {
    let dir = tempfile::tempdir().expect("dir");
    let (db, _) = demo(dir.path());
    let holder = rusqlite::Connection::open(&db).expect("open");
    holder
        .execute_batch(
            "PRAGMA journal_mode = DELETE; PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE;",
        )
        .expect("lock");
    let output = run_cli(
        &["summary", "--db", db.to_str().expect("db")],
        Duration::from_secs(60),
    );
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("is busy"), "{stderr}");
    assert!(!stderr.contains("damaged"), "{stderr}");
    drop(holder);
}

#[test]
fn names_cannot_send_escape_sequences_to_the_terminal() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    let mut store = store::open(&db).expect("open");
    let mut initiative = proeftuin::domain::Initiative::new("Scherm \u{1b}[2J\u{1b}[31mleeg");
    initiative.phase = proeftuin::domain::Phase::Pilot;
    initiative.start_date = chrono::NaiveDate::from_ymd_opt(2020, 1, 1);
    initiative.phase_since = chrono::NaiveDate::from_ymd_opt(2020, 1, 1);
    store.insert_initiative(&initiative).expect("insert");
    drop(store);
    let output = run_cli(
        &[
            "summary",
            "--format",
            "text",
            "--today",
            "2026-11-28",
            "--db",
            db.to_str().expect("db"),
        ],
        Duration::from_secs(60),
    );
    assert!(output.status.success());
    assert!(!output.stdout.contains(&0x1b), "no raw escape character");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("Scherm \\u{1b}[2J\\u{1b}[31mleeg"),
        "{stdout}"
    );
    // And in an error that names a label.
    let output = run_cli(
        &[
            "snapshot",
            "delete",
            "oud\u{1b}]0;titel\u{7}",
            "--db",
            db.to_str().expect("db"),
        ],
        Duration::from_secs(60),
    );
    assert!(!output.status.success());
    assert!(!output.stderr.contains(&0x1b) && !output.stderr.contains(&0x07));
}

/// DEL and the C1 controls (U+0080..U+009F; U+009B is a terminal's escape on its own)
/// reach neither the terminal nor a script raw, and the JSON stays JSON: escaped as
/// `\u009b`, not shown as the terminal guard's `\u{9b}`, which no JSON reader accepts.
#[test]
fn json_on_standard_output_escapes_c1_controls_and_reads_back() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    let mut store = store::open(&db).expect("open");
    let name = "Scherm \u{9b}2J\u{9b}31m leeg\u{7f} ½ \u{a0}€";
    let initiative = proeftuin::domain::Initiative::new(name);
    store.insert_initiative(&initiative).expect("insert");
    drop(store);
    let output = run_cli(
        &["list", "--format", "json", "--db", db.to_str().expect("db")],
        Duration::from_secs(60),
    );
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).expect("utf-8");
    assert!(
        !stdout.chars().any(|c| c.is_control() && c != '\n'),
        "{stdout:?}"
    );
    assert!(
        stdout.contains(r"Scherm \u009b2J\u009b31m leeg\u007f ½"),
        "{stdout}"
    );
    let listed: serde_json::Value = serde_json::from_str(&stdout).expect("valid JSON");
    assert_eq!(listed[0]["name"], name);
}

#[test]
fn an_export_for_outside_the_municipality_leaves_out_personal_data() {
    let dir = tempfile::tempdir().expect("dir");
    let (db, portfolio) = demo(dir.path());
    let owner = portfolio.initiatives[0].owner.clone();
    let contact = portfolio.initiatives[0].contact.clone();
    assert!(!owner.is_empty() && contact.contains('@'));
    for (format, with_personal) in [
        ("json", false),
        ("html", false),
        ("csv", false),
        ("json", true),
    ] {
        let out = dir.path().join(format!("export-{with_personal}.{format}"));
        let mut args = vec![
            "export",
            "--db",
            db.to_str().expect("db"),
            "--format",
            format,
            "--out",
            out.to_str().expect("out"),
        ];
        if !with_personal {
            args.push("--no-personal");
        }
        let output = run_cli(&args, Duration::from_secs(60));
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let text = String::from_utf8_lossy(&std::fs::read(&out).expect("export")).into_owned();
        assert_eq!(text.contains(&owner), with_personal, "{format}: owner");
        assert_eq!(text.contains(&contact), with_personal, "{format}: contact");
    }
    let shared = portfolio.without_personal_data();
    assert!(shared.initiatives.iter().all(|initiative| {
        initiative.owner.is_empty()
            && initiative.contact.is_empty()
            && initiative
                .phase_history
                .iter()
                .all(|change| change.decider.is_empty())
    }));
    assert_eq!(shared.initiatives.len(), portfolio.initiatives.len());
    assert_eq!(shared.initiatives[0].name, portfolio.initiatives[0].name);
}
