//! Import, export and snapshots, end to end: the real fixtures, round trips through the
//! store, malformed inputs, and the CLI.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use chrono::NaiveDate;
use proeftuin::domain::*;
use proeftuin::exchange::import::{preview, preview_file, read_source};
use proeftuin::exchange::register::RegisterField;
use proeftuin::exchange::{ExportFormat, Progress, export};
use proeftuin::format::Language;
use proeftuin::store::{self, Store};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("date")
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// A new, empty portfolio file.
fn empty_store(dir: &Path, name: &str) -> (PathBuf, Box<dyn Store>) {
    let path = dir.join(name);
    let store = store::open(&path).expect("open");
    (path, store)
}

fn import_file(store: &mut Box<dyn Store>, path: &Path) -> proeftuin::exchange::import::Preview {
    let portfolio = store.load_portfolio().expect("load");
    let preview = preview_without_problems(&portfolio, path);
    store
        .apply_import(&preview.batch, &mut |_| true)
        .expect("import");
    preview
}

/// The register fields of a portfolio, without ids (which differ between files).
fn register_view(portfolio: &Portfolio) -> Vec<String> {
    let mut rows: Vec<String> = portfolio
        .initiatives
        .iter()
        .map(|i| {
            let mut lines: Vec<String> = i
                .budget_lines
                .iter()
                .map(|l| {
                    format!(
                        "{}:{}:{}:{:?}",
                        l.year,
                        l.category.id(),
                        l.planned_cents,
                        l.actual_cents
                    )
                })
                .collect();
            lines.sort();
            format!(
                "{}|{}|{:?}|{}|{}|{}|{:?}|{:?}|{:?}|{}|{:?}|{:?}|{}",
                i.name,
                i.kind.id(),
                i.department,
                i.owner,
                i.quadrant.id(),
                i.phase.id(),
                i.start_date,
                i.end_date,
                i.themes,
                i.description,
                i.readiness_level,
                i.use_level,
                lines.join(",")
            )
        })
        .collect();
    rows.sort();
    rows
}

/// A preview's note `key`, in `language`.
/// The preview of importing `path` into `portfolio` (as of [`today`]), which must have
/// no problem (they are listed if it has).
fn preview_without_problems(
    portfolio: &Portfolio,
    path: &Path,
) -> proeftuin::exchange::import::Preview {
    let preview = preview_file(portfolio, path, &HashMap::new(), today()).expect("preview");
    assert!(
        preview.problems.is_empty(),
        "{:?}",
        preview.problem_messages()
    );
    preview
}

/// The names of the initiatives a preview would create, in its order.
fn created_names(preview: &proeftuin::exchange::import::Preview) -> Vec<&str> {
    preview
        .created
        .iter()
        .map(|(_, name)| name.as_str())
        .collect()
}

fn note(preview: &proeftuin::exchange::import::Preview, key: &str, language: Language) -> String {
    preview
        .notes
        .iter()
        .find(|note| note.key == key)
        .unwrap_or_else(|| panic!("no note {key}: {:?}", preview.notes))
        .render(&proeftuin::i18n::I18n::new(language))
}

/// The binary with English output, whatever the machine's locale.
fn proeftuin_english() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_proeftuin"));
    command
        .env("LC_ALL", "en_GB.UTF-8")
        .env("LANG", "en_GB.UTF-8");
    command
}

/// FNV-1a (64 bits): a fixed checksum for the fixture list.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// The fixtures are copied into the repository (CI has no `../shared`). The copies must
/// match the list in `tests/fixtures/CHECKSUMS` (so an edited copy fails everywhere), and
/// where the shared originals are present, the originals too.
#[test]
fn fixture_copies_match_the_shared_originals() {
    let list = std::fs::read_to_string(fixture("CHECKSUMS")).expect("the checksum list");
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/fixtures");
    let mut checked = 0;
    for line in list
        .lines()
        .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
    {
        let fields: Vec<&str> = line.split_whitespace().collect();
        let [name, size, checksum] = fields[..] else {
            panic!("a line of CHECKSUMS is not 'name size checksum': {line:?}");
        };
        let copy = std::fs::read(fixture(name)).expect("copy");
        assert_eq!(copy.len().to_string(), size, "{name}: size");
        assert_eq!(
            format!("{:016x}", fnv1a(&copy)),
            checksum,
            "{name}: checksum"
        );
        if shared.exists() {
            let original = std::fs::read(shared.join(name)).expect("shared fixture");
            assert!(original == copy, "{name} differs from the shared original");
        }
        checked += 1;
    }
    assert_eq!(checked, 3, "every fixture is listed");
}

#[test]
fn all_three_fixtures_import_to_the_same_portfolio() {
    let dir = tempfile::tempdir().expect("dir");
    let mut views = Vec::new();
    for name in [
        "register-nl-excel.csv",
        "register-nl-windows1252.csv",
        "register-en.csv",
    ] {
        let (_, mut store) = empty_store(dir.path(), &format!("{name}.sqlite"));
        let preview = import_file(&mut store, &fixture(name));
        assert_eq!(preview.created.len(), 12, "{name}");
        let portfolio = store.load_portfolio().expect("load");
        views.push(register_view(&portfolio));
        // Spot checks: amounts, dates, encodings, quotes.
        let sensors = portfolio
            .initiatives
            .iter()
            .find(|i| i.name == "Sensoren fietsroute school")
            .expect("row 4");
        assert_eq!(sensors.planned_cents(BudgetCategory::Innovation), 6_225_050);
        assert_eq!(sensors.start_date, NaiveDate::from_ymd_opt(2025, 9, 1));
        assert_eq!(sensors.end_date, NaiveDate::from_ymd_opt(2027, 6, 30));
        assert_eq!(
            sensors.budget_lines[0].year, 2025,
            "booked in the start year"
        );
        assert_eq!(sensors.kind, Kind::LivingLab);
        assert_eq!(sensors.quadrant, Quadrant::SmartSociety);
        assert_eq!(sensors.themes, ["mobiliteit".into(), "veiligheid".into()]);
        let cafe = portfolio
            .initiatives
            .iter()
            .find(|i| i.name == "Café-overleg coöperatie energie")
            .expect("accents survive every encoding");
        assert_eq!(
            cafe.description,
            "Energiecoöperatie met inwoners; overleg in het dorpscafé"
        );
        let robot = portfolio
            .initiatives
            .iter()
            .find(|i| i.name == "Dienstenrobot in de hal")
            .expect("robot");
        assert_eq!(
            robot.description,
            "Robot wijst bezoekers de weg; \"leuk\" maar weinig gebruikt"
        );
        let blockchain = portfolio
            .initiatives
            .iter()
            .find(|i| i.name == "Blockchain armoederegeling")
            .expect("no start date");
        assert_eq!(blockchain.start_date, None);
        assert_eq!(blockchain.phase, Phase::Idea);
        assert!(
            preview.notes.iter().any(|note| note
                .in_language(Language::English)
                .contains("booked in 2026")
                && note.in_language(Language::English).contains("(row 9)")
                && note
                    .in_language(Language::Dutch)
                    .contains("geboekt in 2026 (rij 9)")),
            "{:?}",
            preview.notes
        );
        assert_eq!(
            portfolio
                .initiatives
                .iter()
                .find(|i| i.name == "Opendataportaal")
                .map(|i| (i.phase, i.planned_cents(BudgetCategory::Operation))),
            Some((Phase::Anchored, 1_800_000))
        );
    }
    assert_eq!(views[0], views[1], "Excel CSV and Windows-1252 agree");
    assert_eq!(views[0], views[2], "Dutch and English registers agree");
}

#[test]
fn reimporting_updates_instead_of_duplicating() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut store) = empty_store(dir.path(), "p.sqlite");
    import_file(&mut store, &fixture("register-nl-excel.csv"));
    let again = import_file(&mut store, &fixture("register-en.csv"));
    assert_eq!(again.created.len(), 0);
    assert_eq!(again.updated.len(), 0);
    assert_eq!(again.unchanged.len(), 12);
    assert_eq!(store.load_portfolio().expect("load").initiatives.len(), 12);
    // A changed register: one phase and one amount differ.
    let text = std::fs::read_to_string(fixture("register-en.csv")).expect("read");
    let changed = text
        .replace(
            "Zaaksysteem naar de cloud,pilot,Informatievoorziening,G. de Boer,digital government,pilot",
            "Zaaksysteem naar de cloud,pilot,Informatievoorziening,G. de Boer,digital government,scaling",
        )
        .replace("12000.00", "13500.00");
    let path = dir.path().join("changed.csv");
    std::fs::write(&path, changed).expect("write");
    let update = import_file(&mut store, &path);
    let mut updated: Vec<(String, Vec<&str>)> = update
        .updated
        .iter()
        .map(|u| (u.name.clone(), u.fields.clone()))
        .collect();
    updated.sort();
    assert_eq!(
        updated,
        vec![
            (
                "Café-overleg coöperatie energie".to_string(),
                vec!["budget"]
            ),
            ("Zaaksysteem naar de cloud".to_string(), vec!["phase"]),
        ]
    );
    assert!(
        update
            .report(false, &proeftuin::i18n::I18n::new(Language::English))
            .contains("updated \"Zaaksysteem naar de cloud\" (row 8): phase")
    );
    let portfolio = store.load_portfolio().expect("load");
    assert_eq!(portfolio.initiatives.len(), 12);
    let cafe = portfolio
        .initiatives
        .iter()
        .find(|i| i.name.starts_with("Café"))
        .expect("cafe");
    assert_eq!(cafe.planned_cents(BudgetCategory::Innovation), 1_350_000);
    assert_eq!(
        cafe.budget_lines.len(),
        1,
        "the same line, not a second one"
    );
}

#[test]
fn json_round_trip_through_an_empty_database_is_identical() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut source) = empty_store(dir.path(), "demo.sqlite");
    source
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    let portfolio = source.load_portfolio().expect("load");
    let first = dir.path().join("first.json");
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Json, Language::Dutch, today()),
        &first,
        &Progress::new(),
    )
    .expect("export");
    let (_, mut target) = empty_store(dir.path(), "empty.sqlite");
    let preview = import_file(&mut target, &first);
    assert!(
        preview.batch.replace.is_some(),
        "an empty portfolio takes everything"
    );
    let second = dir.path().join("second.json");
    export(
        &target.load_portfolio().expect("load"),
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Json, Language::Dutch, today()),
        &second,
        &Progress::new(),
    )
    .expect("export");
    let (a, b) = (
        std::fs::read(&first).expect("a"),
        std::fs::read(&second).expect("b"),
    );
    assert!(a == b, "the two JSON documents differ");
    let text = String::from_utf8(a).expect("utf-8");
    let value: serde_json::Value = serde_json::from_str(&text).expect("json");
    assert_eq!(value["format"], "proeftuin-portfolio");
    assert_eq!(value["version"], 1);
    let first_initiative = &value["initiatives"][0];
    for key in ["name", "kind", "quadrant", "phase", "department"] {
        assert!(first_initiative.get(key).is_some(), "{key}");
    }
    // Into a portfolio that has them already: matched, nothing duplicated.
    let again = import_file(&mut target, &first);
    assert_eq!(again.created.len(), 0);
    assert_eq!(again.unchanged.len(), portfolio.initiatives.len());
}

#[test]
fn csv_xlsx_and_ods_keep_every_register_field() {
    let dir = tempfile::tempdir().expect("dir");
    let mut portfolio = proeftuin::demo::demo_portfolio();
    portfolio.initiatives[0].name = "=HYPERLINK(\"http://x\",\"y\")".into();
    portfolio.initiatives[1].description = "-1+2 regel\nmet een nieuwe regel; en \"quotes\"".into();
    let (_, mut source) = empty_store(dir.path(), "source.sqlite");
    source.replace_portfolio(&portfolio).expect("store");
    let portfolio = source.load_portfolio().expect("load");
    for (format, language) in [
        (ExportFormat::Csv, Language::Dutch),
        (ExportFormat::Csv, Language::English),
        (ExportFormat::Xlsx, Language::Dutch),
        (ExportFormat::Xlsx, Language::English),
        (ExportFormat::Ods, Language::Dutch),
        (ExportFormat::Ods, Language::English),
    ] {
        let file = dir
            .path()
            .join(format!("register-{language:?}.{}", format.extension()));
        export(
            &portfolio,
            &proeftuin::exchange::ExportRequest::new(format, language, today()),
            &file,
            &Progress::new(),
        )
        .expect("export");
        let (_, mut target) = empty_store(dir.path(), &format!("{format:?}-{language:?}.sqlite"));
        let preview = import_file(&mut target, &file);
        assert_eq!(preview.created.len(), portfolio.initiatives.len());
        assert_eq!(
            register_view(&target.load_portfolio().expect("load")),
            register_view(&portfolio),
            "{format:?} in {language:?}"
        );
    }
}

#[test]
fn exported_csv_and_xlsx_read_back_with_other_readers() {
    use calamine::{Data, Reader, Xlsx};
    let dir = tempfile::tempdir().expect("dir");
    let mut portfolio = proeftuin::demo::demo_portfolio();
    portfolio.initiatives[0].name = "=HYPERLINK(\"http://x\",\"y\")".into();
    let csv_path = dir.path().join("r.csv");
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Csv, Language::English, today()),
        &csv_path,
        &Progress::new(),
    )
    .expect("csv");
    let mut reader = csv::Reader::from_path(&csv_path).expect("csv reader");
    let headers = reader.headers().expect("headers").clone();
    assert_eq!(&headers[1], "Name");
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), portfolio.initiatives.len());
    assert_eq!(
        &rows[0][1], "'=HYPERLINK(\"http://x\",\"y\")",
        "a formula is neutralised"
    );

    let xlsx_path = dir.path().join("r.xlsx");
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Xlsx, Language::Dutch, today()),
        &xlsx_path,
        &Progress::new(),
    )
    .expect("xlsx");
    let mut workbook: Xlsx<_> = calamine::open_workbook(&xlsx_path).expect("open");
    assert_eq!(
        workbook.sheet_names(),
        vec![
            "Initiatieven",
            "Begrotingsregels",
            "Fasebesluiten",
            "Kengetallen"
        ]
    );
    let sheet = workbook.worksheet_range("Initiatieven").expect("sheet");
    let header: Vec<String> = sheet
        .rows()
        .next()
        .expect("header")
        .iter()
        .map(|c| c.to_string())
        .collect();
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let first = sheet.rows().nth(1).expect("row");
    assert_eq!(
        first[column("Naam")],
        Data::String("=HYPERLINK(\"http://x\",\"y\")".into()),
        "a text cell, never a formula"
    );
    assert!(
        matches!(first[column("Startdatum")], Data::DateTime(_)),
        "a real date cell"
    );
    let innovation_2026 = column("Innovatiebudget 2026");
    assert!(
        sheet
            .rows()
            .skip(1)
            .any(|row| matches!(row[innovation_2026], Data::Float(_))),
        "amounts are numbers"
    );
    let formulas = workbook
        .worksheet_formula("Initiatieven")
        .expect("formulas");
    assert!(
        formulas
            .used_cells()
            .all(|(_, _, formula)| formula.is_empty()),
        "no formulas at all"
    );
    // Every sheet has a frozen header row and an autofilter over its data.
    let mut archive =
        zip::ZipArchive::new(std::fs::File::open(&xlsx_path).expect("open")).expect("zip");
    for index in 1..=4 {
        let mut xml = String::new();
        std::io::Read::read_to_string(
            &mut archive
                .by_name(&format!("xl/worksheets/sheet{index}.xml"))
                .expect("sheet"),
            &mut xml,
        )
        .expect("read");
        assert!(
            xml.contains(
                r#"<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>"#
            ),
            "sheet {index}: frozen header row"
        );
        assert!(
            xml.contains("<autoFilter ref=\"A1:"),
            "sheet {index}: autofilter"
        );
    }
    let lines = workbook.worksheet_range("Begrotingsregels").expect("lines");
    let planned: f64 = lines
        .rows()
        .skip(1)
        .filter_map(|row| match row[5] {
            Data::Float(euros) => Some(euros),
            _ => None,
        })
        .sum();
    let expected: i64 = portfolio
        .initiatives
        .iter()
        .flat_map(|i| &i.budget_lines)
        .chain(portfolio.baseline.iter().map(|b| &b.line))
        .map(|l| l.planned_cents)
        .sum();
    assert!((planned * 100.0 - expected as f64).abs() < 0.5);
}

/// The cells of `sheet` in the XLSX or ODS at `path`, read by calamine.
fn workbook_rows(path: &Path, sheet: &str) -> Vec<Vec<calamine::Data>> {
    use calamine::Reader;
    let mut workbook = calamine::open_workbook_auto(path).expect("open");
    let range = workbook.worksheet_range(sheet).expect("sheet");
    range.rows().map(|row| row.to_vec()).collect()
}

/// A text as a cell of `format` keeps it: XLSX keeps every character (Excel's `_xHHHH_`
/// for those XML cannot hold); an ODS cell's line ends are its paragraphs, and a
/// character XML cannot hold is U+FFFD.
fn as_kept(format: ExportFormat, text: &str) -> String {
    if format == ExportFormat::Xlsx {
        return text.to_string();
    }
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .chars()
        .map(|c| match c {
            '\t' | '\n' => c,
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => '\u{FFFD}',
            c => c,
        })
        .collect()
}

#[test]
fn xlsx_cells_read_back_exactly_as_typed() {
    cells_read_back_exactly_as_typed(ExportFormat::Xlsx);
}

#[test]
fn ods_cells_read_back_as_typed() {
    cells_read_back_exactly_as_typed(ExportFormat::Ods);
}

fn cells_read_back_exactly_as_typed(format: ExportFormat) {
    use calamine::Data;
    let dir = tempfile::tempdir().expect("dir");
    let mut portfolio = proeftuin::demo::demo_portfolio();
    let texts = [
        "tab\tand\nnewline",
        "windows\r\nline end",
        "bell\u{7} and nul\u{0} and escape\u{1b}",
        "_x0041_ looks like an escape",
        "already _x005F_x0041_ escaped, lowercase _x00e9_",
        "  leading and trailing  ",
        "& < > \" ' ]]>",
        "emoji 🌱, Hebrew עברית, Arabic العربية, ï",
        "non-characters \u{FFFE}\u{FFFF}",
        "=HYPERLINK(\"http://x\",\"y\")",
    ];
    for (initiative, text) in portfolio.initiatives.iter_mut().zip(texts) {
        initiative.name = text.into();
        initiative.description = format!("{text} (beschrijving)");
    }
    let dates = [
        (NaiveDate::from_ymd_opt(1900, 1, 1), "1900-01-01"),
        (NaiveDate::from_ymd_opt(1900, 2, 28), "1900-02-28"),
        (NaiveDate::from_ymd_opt(1900, 3, 1), "1900-03-01"),
        (NaiveDate::from_ymd_opt(2026, 11, 30), "2026-11-30"),
        (NaiveDate::from_ymd_opt(9999, 12, 31), "9999-12-31"),
    ];
    for (initiative, (date, _)) in portfolio.initiatives.iter_mut().zip(dates) {
        initiative.start_date = date;
        initiative.end_date = None;
    }
    // Before 1900 a spreadsheet has no date: the cell stays empty.
    portfolio.initiatives[5].start_date = NaiveDate::from_ymd_opt(1899, 12, 31);
    // Valid amounts (not negative, at most the domain's maximum), so that the file also
    // imports; negative and larger ones: the writer's unit test.
    let amounts = [0, 1, 1205, 1200, 5, 120_000, MAX_AMOUNT_CENTS];
    let year = portfolio.initiatives[0].budget_lines[0].year;
    for (initiative, cents) in portfolio.initiatives.iter_mut().zip(amounts) {
        initiative.budget_lines = vec![BudgetLine {
            year,
            category: BudgetCategory::Innovation,
            planned_cents: cents,
            actual_cents: Some(cents / 2),
            description: "regel".into(),
        }];
    }
    // Saved and loaded, so that the initiatives have their ids.
    let (_, mut source) = empty_store(dir.path(), "source.sqlite");
    source.replace_portfolio(&portfolio).expect("store");
    let portfolio = source.load_portfolio().expect("load");
    let path = dir.path().join(format!("cells.{}", format.extension()));
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(format, Language::Dutch, today()),
        &path,
        &Progress::new(),
    )
    .expect("export");

    let register = workbook_rows(&path, "Initiatieven");
    let header: Vec<String> = register[0].iter().map(|cell| cell.to_string()).collect();
    let column = |name: &str| header.iter().position(|h| h == name).expect(name);
    let (name, description, start) = (column("Naam"), column("Omschrijving"), column("Startdatum"));
    for (row, text) in register[1..].iter().zip(texts) {
        let text = as_kept(format, text);
        assert_eq!(row[name], Data::String(text.clone()));
        assert_eq!(
            row[description],
            Data::String(format!("{text} (beschrijving)"))
        );
    }
    for (row, (date, expected)) in register[1..].iter().zip(dates) {
        let read = match &row[start] {
            Data::DateTime(value) => {
                let (year, month, day, ..) = value.to_ymd_hms_milli();
                NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))
            }
            Data::DateTimeIso(value) => NaiveDate::parse_from_str(value, "%Y-%m-%d").ok(),
            other => panic!("{expected}: {other:?} is not a date cell"),
        };
        assert_eq!(read, date, "{expected}");
    }
    if format == ExportFormat::Xlsx {
        assert_eq!(register[6][start], Data::Empty, "1899 has no cell");
    } else {
        assert_eq!(
            register[6][start],
            Data::DateTimeIso("1899-12-31".into()),
            "ODS has dates before 1900"
        );
    }

    // Amounts: exact to the cent, in both columns; each line read back through the
    // budget sheet.
    let lines = workbook_rows(&path, "Begrotingsregels");
    for (row, cents) in lines[1..].iter().zip(amounts) {
        assert_eq!(row[5], Data::Float(cents as f64 / 100.0), "{cents}");
        assert_eq!(row[6], Data::Float((cents / 2) as f64 / 100.0), "{cents}");
    }
    let innovation = column(&format!("Innovatiebudget {year}"));
    for (row, cents) in register[1..].iter().zip(amounts) {
        assert_eq!(
            row[innovation],
            Data::Float(cents as f64 / 100.0),
            "{cents}"
        );
    }

    // Through Proeftuin's own import: every text as it was typed (the register's import
    // trims a cell's outer spaces, as for CSV).
    let (_, mut target) = empty_store(dir.path(), "target.sqlite");
    import_file(&mut target, &path);
    let imported = target.load_portfolio().expect("load");
    for text in texts {
        let text = as_kept(format, text);
        assert!(
            imported
                .initiatives
                .iter()
                .any(|initiative| initiative.name == text.trim()
                    && initiative.description == format!("{} (beschrijving)", text.trim_start())),
            "{text:?} came back"
        );
    }

    // The same portfolio gives the same bytes; the zip's checksums hold.
    let again = dir.path().join(format!("again.{}", format.extension()));
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(format, Language::Dutch, today()),
        &again,
        &Progress::new(),
    )
    .expect("export");
    let bytes = std::fs::read(&path).expect("read");
    assert_eq!(bytes, std::fs::read(&again).expect("read"));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
    for index in 0..archive.len() {
        let mut entry = archive.by_index(index).expect("entry");
        let mut content = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut content).expect("checksum holds");
        assert_eq!(content.len() as u64, entry.size());
    }
}

#[test]
fn xlsx_refuses_a_text_longer_than_a_cell_and_names_it() {
    let dir = tempfile::tempdir().expect("dir");
    let mut portfolio = proeftuin::demo::demo_portfolio();
    portfolio.initiatives[3].name = "Lange beschrijving".into();
    portfolio.initiatives[3].description = "woord ".repeat(6_000);
    let path = dir.path().join("long.xlsx");
    let error = export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Xlsx, Language::Dutch, today()),
        &path,
        &Progress::new(),
    )
    .expect_err("too long for a cell");
    let message = error.message().in_language(Language::Dutch);
    assert!(
        message.contains(
            "Initiatieven, Lange beschrijving: Omschrijving heeft meer dan 32.767 tekens"
        ),
        "{message}"
    );
    assert!(!path.exists());
    // 32,767 characters still fit.
    portfolio.initiatives[3].description = "x".repeat(32_767);
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Xlsx, Language::Dutch, today()),
        &path,
        &Progress::new(),
    )
    .expect("fits");
}

#[test]
fn an_ods_export_is_an_opendocument_package() {
    let dir = tempfile::tempdir().expect("dir");
    let mut portfolio = proeftuin::demo::demo_portfolio();
    // As long as a description may be: 20,000 characters, with spaces XML would fold.
    portfolio.initiatives[3].description = "woord  ".repeat(2_856) + "woord ab";
    // Saved and loaded, so that the initiatives have their ids.
    let (_, mut source) = empty_store(dir.path(), "source.sqlite");
    source.replace_portfolio(&portfolio).expect("store");
    let portfolio = source.load_portfolio().expect("load");
    let path = dir.path().join("werkmap.ods");
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Ods, Language::Dutch, today()),
        &path,
        &Progress::new(),
    )
    .expect("ods");
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&path).expect("open")).expect("zip");
    let mut read = |name: &str| {
        let mut entry = archive.by_name(name).expect(name);
        let mut text = String::new();
        std::io::Read::read_to_string(&mut entry, &mut text).expect("checksum holds");
        (text, entry.compression())
    };
    // ODF: `mimetype` is the first entry, stored, so a reader finds it at byte 38.
    let bytes = std::fs::read(&path).expect("read");
    assert_eq!(&bytes[30..38], b"mimetype");
    assert_eq!(
        &bytes[38..84],
        b"application/vnd.oasis.opendocument.spreadsheet"
    );
    let (mimetype, compression) = read("mimetype");
    assert_eq!(mimetype, "application/vnd.oasis.opendocument.spreadsheet");
    assert_eq!(compression, zip::CompressionMethod::Stored);
    let (manifest, _) = read("META-INF/manifest.xml");
    for part in ["content.xml", "styles.xml", "meta.xml", "settings.xml"] {
        assert!(
            manifest.contains(&format!("manifest:full-path=\"{part}\"")),
            "{part}"
        );
    }
    let (content, _) = read("content.xml");
    let (settings, _) = read("settings.xml");
    for sheet in [
        "Initiatieven",
        "Begrotingsregels",
        "Fasebesluiten",
        "Kengetallen",
    ] {
        assert!(
            content.contains(&format!("<table:table table:name=\"{sheet}\">")),
            "{sheet}"
        );
        assert!(
            content.contains(&format!(
                "table:target-range-address=\"&#39;{sheet}&#39;.A1:&#39;{sheet}&#39;."
            )),
            "{sheet}: autofilter"
        );
        assert!(
            settings.contains(&format!(
                "<config:config-item-map-entry config:name=\"{sheet}\">"
            )),
            "{sheet}: frozen header row"
        );
    }
    assert_eq!(content.matches("<table:table-header-rows>").count(), 4);
    assert_eq!(
        settings
            .matches(
                "<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2<"
            )
            .count(),
        4
    );
    // The longest text comes back whole, through another reader and through the import.
    let register = workbook_rows(&path, "Initiatieven");
    let description = register[0]
        .iter()
        .position(|cell| *cell == "Omschrijving")
        .expect("column");
    assert_eq!(
        register[4][description],
        calamine::Data::String(portfolio.initiatives[3].description.clone())
    );
    let (_, mut target) = empty_store(dir.path(), "target.sqlite");
    import_file(&mut target, &path);
    let imported = target.load_portfolio().expect("load");
    assert!(
        imported
            .initiatives
            .iter()
            .any(|initiative| initiative.description == portfolio.initiatives[3].description)
    );
}

#[test]
fn malformed_inputs_are_refused_and_change_nothing() {
    let dir = tempfile::tempdir().expect("dir");
    let (db, mut store) = empty_store(dir.path(), "p.sqlite");
    import_file(&mut store, &fixture("register-nl-excel.csv"));
    let before = store.load_portfolio().expect("load");
    drop(store);
    let bytes_before = std::fs::read(&db).expect("db");
    let register = std::fs::read(fixture("register-en.csv")).expect("fixture");
    let mut json = Vec::new();
    {
        let path = dir.path().join("full.json");
        export(
            &before,
            &proeftuin::exchange::ExportRequest::new(ExportFormat::Json, Language::Dutch, today()),
            &path,
            &Progress::new(),
        )
        .expect("json");
        json.extend(std::fs::read(&path).expect("read"));
    }
    let mut xlsx = Vec::new();
    {
        let path = dir.path().join("full.xlsx");
        export(
            &before,
            &proeftuin::exchange::ExportRequest::new(ExportFormat::Xlsx, Language::Dutch, today()),
            &path,
            &Progress::new(),
        )
        .expect("xlsx");
        xlsx.extend(std::fs::read(&path).expect("read"));
    }
    let big_cell = format!("Name,Description\nGroot,{}\n", "x".repeat(1024 * 1024));
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "truncated.csv",
            register[..register.len() / 2].to_vec(),
            "the file seems cut off",
        ),
        (
            "truncated.json",
            json[..json.len() / 2].to_vec(),
            "not valid JSON",
        ),
        (
            "truncated.xlsx",
            xlsx[..xlsx.len() / 2].to_vec(),
            "not a readable Excel workbook",
        ),
        (
            "wrong-types.csv",
            b"Name,Start date,Innovation budget,Readiness level\nA,next week,lots,12\n".to_vec(),
            "row 2, column \"Start date\", value \"next week\"",
        ),
        (
            "big-cell.csv",
            big_cell.into_bytes(),
            "longer than 20,000 characters",
        ),
        (
            "junk.csv",
            (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect(),
            "not a text (CSV) file",
        ),
        (
            "duplicate-headers.csv",
            b"Naam,Name\nA,B\n".to_vec(),
            "both hold name",
        ),
        ("empty.csv", Vec::new(), "the file is empty"),
        ("empty.xlsx", Vec::new(), "the file is empty"),
        (
            "no-names.csv",
            b"Fase,Kwadrant\npilot,e-governance\n".to_vec(),
            "no column with the initiatives' names",
        ),
    ];
    for (name, bytes, expected) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).expect("write");
        let output = proeftuin_english()
            .args([
                "import",
                path.to_str().expect("path"),
                "--db",
                db.to_str().expect("db"),
            ])
            .output()
            .expect("run");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(!output.status.success(), "{name} was accepted: {text}");
        assert!(
            text.contains(name),
            "{name}: the message names the file: {text}"
        );
        assert!(
            text.contains(expected),
            "{name}: expected {expected:?} in {text}"
        );
        assert!(text.len() < 5_000, "{name}: the message is short");
        assert!(
            std::fs::read(&db).expect("db") == bytes_before,
            "{name}: the database is unchanged"
        );
    }
}

#[test]
fn one_bad_row_writes_nothing_at_all() {
    let dir = tempfile::tempdir().expect("dir");
    let (db, store) = empty_store(dir.path(), "p.sqlite");
    drop(store);
    let mut text = std::fs::read_to_string(fixture("register-en.csv")).expect("read");
    text.push_str("Laatste rij,pilot,ICT,Z,smart society,flying,2026-01-01,,1.00,,,\n");
    let path = dir.path().join("bad-last-row.csv");
    std::fs::write(&path, text).expect("write");
    let output = proeftuin_english()
        .args([
            "import",
            path.to_str().expect("path"),
            "--db",
            db.to_str().expect("db"),
        ])
        .output()
        .expect("run");
    assert!(!output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("row 14, column \"Phase\", value \"flying\": unknown phase"),
        "{stdout}"
    );
    let store = store::open(&db).expect("open");
    assert!(store.load_portfolio().expect("load").initiatives.is_empty());
}

#[test]
fn a_problem_of_the_merged_initiative_names_the_files_column_and_value() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut store) = empty_store(dir.path(), "p.sqlite");
    let mut portfolio = store.load_portfolio().expect("load");
    let mut existing = Initiative::new("Slimme lantaarnpalen");
    existing.start_date = NaiveDate::from_ymd_opt(2026, 1, 1);
    portfolio.initiatives.push(existing);
    store.replace_portfolio(&portfolio).expect("store");
    let portfolio = store.load_portfolio().expect("load");
    // The first row is sound on its own, but its end date lies before the start date the
    // initiative has already; the second row's own level is wrong (told once).
    let path = dir.path().join("register.csv");
    std::fs::write(
        &path,
        "Naam;Einddatum;Gereedheidsniveau\nSlimme lantaarnpalen;30-06-2025;\nNieuw;;12\n",
    )
    .expect("write");
    let preview = preview_file(&portfolio, &path, &HashMap::new(), today()).expect("preview");
    let messages = preview.problem_messages();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert!(
        messages[0].ends_with(
            "row 2, column \"Einddatum\", value \"2025-06-30\": the end date lies before the start date"
        ),
        "{messages:?}"
    );
    assert!(
        messages[1].contains("row 3, column \"Gereedheidsniveau\", value \"12\""),
        "{messages:?}"
    );
    // A row whose own dates are the wrong way round: told once, by the row's check.
    std::fs::write(
        &path,
        "Naam;Startdatum;Einddatum\nNieuw;01-02-2025;01-01-2025\n",
    )
    .expect("write");
    let preview = preview_file(&portfolio, &path, &HashMap::new(), today()).expect("preview");
    let messages = preview.problem_messages();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].contains("row 2, column \"Einddatum\""),
        "{messages:?}"
    );
}

/// A register's own numbering (`Nr.`, a SharePoint list's `ID`) is not Proeftuin's ids:
/// when most rows with a known id name another initiative, nothing is written until the
/// column is mapped; mapped to id by hand, the ids are meant and the initiatives renamed.
/// One renamed row among matching ones is a rename, and the preview says so.
#[test]
fn a_files_own_numbering_never_overwrites_other_initiatives() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut store) = empty_store(dir.path(), "p.sqlite");
    let mut portfolio = store.load_portfolio().expect("load");
    for name in ["Chatbot", "Opendataportaal", "Sensoren"] {
        portfolio.initiatives.push(Initiative::new(name));
    }
    store.replace_portfolio(&portfolio).expect("store");
    let portfolio = store.load_portfolio().expect("load");
    let ids: Vec<i64> = portfolio.initiatives.iter().map(|i| i.id).collect();
    let path = dir.path().join("register.csv");
    std::fs::write(
        &path,
        format!(
            "Nr.;Naam;Fase\n{};Lantaarnpalen;pilot\n{};Woo-verzoeken;idee\n{};Sensoren;pilot\n",
            ids[0], ids[1], ids[2]
        ),
    )
    .expect("write");
    let preview = preview_file(&portfolio, &path, &HashMap::new(), today()).expect("preview");
    let messages = preview.problem_messages();
    assert_eq!(messages.len(), 1, "{messages:?}");
    assert!(
        messages[0].contains(&format!(
            "column \"Nr.\", value \"{}\": 2 of the 3 rows with a known id name another initiative than the one with that id (id {} is \"Chatbot\")",
            ids[0], ids[0]
        )),
        "{messages:?}"
    );
    assert!(!preview.can_import());
    // Ignored: matched by name, two new ones.
    let ignore: HashMap<String, Option<RegisterField>> =
        [("Nr.".to_string(), None)].into_iter().collect();
    let preview = preview_file(&portfolio, &path, &ignore, today()).expect("preview");
    assert!(preview.problems.is_empty());
    assert_eq!((preview.created.len(), preview.updated.len()), (2, 1));
    // Mapped to id by hand: renamed, as asked.
    let by_hand: HashMap<String, Option<RegisterField>> =
        [("Nr.".to_string(), Some(RegisterField::Id))]
            .into_iter()
            .collect();
    let preview = preview_file(&portfolio, &path, &by_hand, today()).expect("preview");
    assert!(preview.problems.is_empty());
    assert_eq!((preview.created.len(), preview.updated.len()), (0, 3));
    assert!(
        preview
            .notes
            .iter()
            .any(|note| note.key == "note-renamed-by-id")
    );
    // One rename among rows that match: a rename, told.
    std::fs::write(
        &path,
        format!(
            "Id;Naam\n{};Chatbot Gemeente\n{};Opendataportaal\n{};Sensoren\n",
            ids[0], ids[1], ids[2]
        ),
    )
    .expect("write");
    let preview = preview_without_problems(&portfolio, &path);
    assert_eq!(preview.updated.len(), 1);
    assert!(
        preview
            .notes
            .iter()
            .any(|note| note.key == "note-renamed-by-id")
    );
}

/// A register's own words for kinds, quadrants and phases: each unknown text is listed
/// once with its rows, and given a meaning (for its column, or for any column on the
/// command line) the rows import.
#[test]
fn unknown_texts_are_listed_once_and_can_be_given_a_meaning() {
    let dir = tempfile::tempdir().expect("dir");
    let (db, store) = empty_store(dir.path(), "p.sqlite");
    let portfolio = store.load_portfolio().expect("load");
    let path = dir.path().join("register.csv");
    std::fs::write(
        &path,
        "Naam;Soort;Fase;Kwadrant\nA;Project;Afgerond;Smart city\nB;Pilot;Afgerond;Slimme overheid\nC;Pilot; On hold ;Slimme overheid\n",
    )
    .expect("write");
    let preview = preview_file(&portfolio, &path, &HashMap::new(), today()).expect("preview");
    let unknown: Vec<(&str, &str, RegisterField, usize)> = preview
        .unknown_values
        .iter()
        .map(|value| {
            (
                value.column.as_str(),
                value.text.as_str(),
                value.field,
                value.rows,
            )
        })
        .collect();
    assert_eq!(
        unknown,
        [
            ("Soort", "Project", RegisterField::Kind, 1),
            ("Fase", "Afgerond", RegisterField::Phase, 2),
            ("Kwadrant", "Smart city", RegisterField::Quadrant, 1),
            ("Fase", "On hold", RegisterField::Phase, 1),
        ]
    );
    // No "no quadrant given" note for a row that gave one Proeftuin does not know.
    assert!(
        !preview
            .notes
            .iter()
            .any(|note| note.key == "note-default-quadrant")
    );
    let values: proeftuin::exchange::register::ValueMap = [
        (("Soort", "Project"), "pilot"),
        (("Fase", "Afgerond"), "evaluatie"),
        (("Kwadrant", "Smart city"), "smart society"),
        (("Fase", "On hold"), "pilot"),
    ]
    .into_iter()
    .map(|((column, text), meaning)| ((column.to_string(), text.to_string()), meaning.to_string()))
    .collect();
    let preview = proeftuin::exchange::import::preview_file_with(
        &portfolio,
        &path,
        &HashMap::new(),
        &values,
        today(),
    )
    .expect("preview");
    assert!(
        preview.problems.is_empty(),
        "{:?}",
        preview.problem_messages()
    );
    let phases: Vec<Phase> = preview.batch.create.iter().map(|i| i.phase).collect();
    assert_eq!(phases, [Phase::Evaluation, Phase::Evaluation, Phase::Pilot]);
    assert_eq!(preview.batch.create[0].quadrant, Quadrant::SmartSociety);
    // On the command line, for any column; a meaning that is none is refused.
    let output = proeftuin_english()
        .args(["import", "--db"])
        .arg(&db)
        .arg(&path)
        .args([
            "--value",
            "Project=pilot",
            "--value",
            "Afgerond=evaluation",
            "--value",
            "Smart city=slimme samenleving",
            "--value",
            "On hold=pilot",
        ])
        .output()
        .expect("run");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let portfolio = store::open(&db)
        .expect("open")
        .load_portfolio()
        .expect("load");
    assert_eq!(portfolio.initiatives.len(), 3);
    let output = proeftuin_english()
        .args(["import", "--dry-run", "--db"])
        .arg(&db)
        .arg(&path)
        .args(["--value", "Afgerond=klaar"])
        .output()
        .expect("run");
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("\"klaar\" is no kind, quadrant or phase")
    );
}

/// "PM", "n.v.t." and "doorlopend" in amount and date columns: no amount or date, and
/// the preview says which texts on which rows.
#[test]
fn placeholders_are_read_as_no_amount_or_date_and_told() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, store) = empty_store(dir.path(), "p.sqlite");
    let portfolio = store.load_portfolio().expect("load");
    let path = dir.path().join("register.csv");
    std::fs::write(
        &path,
        "Naam;Innovatiebudget 2026;Einddatum\nA;PM;doorlopend\nB;1000;\nC;n.v.t.;31-12-2026\n",
    )
    .expect("write");
    let preview = preview_without_problems(&portfolio, &path);
    assert_eq!(preview.batch.create.len(), 3);
    assert!(preview.batch.create[0].budget_lines.is_empty());
    assert_eq!(
        note(&preview, "note-placeholders", Language::Dutch),
        "rijen 2, 4: \"PM\", \"doorlopend\", \"n.v.t.\" zijn gelezen als geen bedrag of datum (nog niet bekend, of geen)"
    );
}

/// A department or theme in other upper and lower case or spacing is the one already
/// there (or first met in the file), not a second one; the preview says so.
#[test]
fn departments_and_themes_keep_one_spelling() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut store) = empty_store(dir.path(), "p.sqlite");
    let mut portfolio = store.load_portfolio().expect("load");
    let mut existing = Initiative::new("Chatbot");
    existing.department = Some("Dienstverlening".into());
    existing.themes = ["klimaat".into()].into_iter().collect();
    portfolio.initiatives.push(existing);
    store.replace_portfolio(&portfolio).expect("store");
    let path = dir.path().join("register.csv");
    std::fs::write(
        &path,
        "Naam;Afdeling;Thema's\nA;dienstverlening ;Klimaat|KLIMAAT\nB;Nieuwe afdeling;wonen\nC;nieuwe  AFDELING;Wonen\n",
    )
    .expect("write");
    let preview = import_file(&mut store, &path);
    let portfolio = store.load_portfolio().expect("load");
    let mut departments: Vec<&str> = portfolio
        .departments
        .iter()
        .map(|d| d.name.as_str())
        .collect();
    departments.sort_unstable();
    assert_eq!(departments, ["Dienstverlening", "Nieuwe afdeling"]);
    let mut themes = portfolio.themes.clone();
    themes.sort();
    assert_eq!(themes, ["klimaat", "wonen"]);
    let a = portfolio
        .initiatives
        .iter()
        .find(|i| i.name == "A")
        .expect("A");
    assert_eq!(
        a.themes.iter().map(|t| &**t).collect::<Vec<_>>(),
        ["klimaat"]
    );
    assert!(
        preview
            .notes
            .iter()
            .any(|note| note.key == "note-respelled"),
        "{:?}",
        preview.notes
    );
}

/// A totals row under the initiatives is not an initiative: imported, it would count the
/// portfolio's money twice. A row that merely starts so, with a phase, is one. A formula's
/// error in a totals row (`#REF!`) is no problem of the import: the row is left out.
#[test]
fn a_totals_row_is_not_imported() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, store) = empty_store(dir.path(), "p.sqlite");
    let portfolio = store.load_portfolio().expect("load");
    let path = dir.path().join("register.csv");
    std::fs::write(
        &path,
        "Naam;Fase;Innovatiebudget 2026\nA;pilot;1000\nB;idee;2000\nSubtotaal:;;3000\nTotaal;;3000\nTotaalplan wijken;pilot;500\nEindtotaal;;#REF!\n",
    )
    .expect("write");
    let preview = preview_without_problems(&portfolio, &path);
    assert_eq!(created_names(&preview), ["A", "B", "Totaalplan wijken"]);
    assert_eq!(
        note(&preview, "note-totals-rows", Language::English),
        "rows 4, 5, 7: totals rows (named \"Totaal\" or \"Total\", with amounts only) were not imported: they would count the money twice"
    );
}

#[test]
fn cancelling_an_import_or_export_leaves_nothing_behind() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut store) = empty_store(dir.path(), "p.sqlite");
    let portfolio = store.load_portfolio().expect("load");
    let path = fixture("register-nl-excel.csv");
    let preview = preview_file(&portfolio, &path, &HashMap::new(), today()).expect("preview");
    let result = store.apply_import(&preview.batch, &mut |_| false);
    assert!(matches!(
        result,
        Err(proeftuin::store::StoreError::Cancelled)
    ));
    assert!(store.load_portfolio().expect("load").initiatives.is_empty());

    let demo = proeftuin::demo::demo_portfolio();
    let progress = Progress::new();
    progress.cancel();
    for format in ExportFormat::ALL {
        let out = dir.path().join(format!("report.{}", format.extension()));
        let result = export(
            &demo,
            &proeftuin::exchange::ExportRequest::new(format, Language::Dutch, today()),
            &out,
            &progress,
        );
        assert!(result.is_err(), "{format:?}");
        assert!(!out.exists(), "{format:?}: no file");
    }
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .expect("list")
        .filter_map(|entry| entry.ok())
        .map(|entry| entry.file_name().to_string_lossy().to_string())
        .filter(|name| name.ends_with(".partial"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn html_and_pdf_reports() {
    let dir = tempfile::tempdir().expect("dir");
    let mut portfolio = proeftuin::demo::demo_portfolio();
    portfolio.initiatives[0].name = "<script>alert(1)</script>".into();
    let html_path = dir.path().join("rapport.html");
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Html, Language::Dutch, today()),
        &html_path,
        &Progress::new(),
    )
    .expect("html");
    let html = std::fs::read_to_string(&html_path).expect("read");
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert!(html.contains("@page { size: A4;"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("<script"));
    assert_eq!(
        html.matches("<svg").count(),
        3,
        "quadrant map, budget and funnel"
    );
    assert!(html.contains("Statusrapportage innovatieportefeuille — Gemeente Proefdorp"));
    assert!(html.contains("Stand van 28-11-2026"));
    let summary = proeftuin::figures::summarize(&portfolio, today(), 2026);
    let share = summary
        .budget
        .iter()
        .find(|b| b.year == 2026)
        .and_then(|b| b.innovation_share_bp)
        .map(|bp| proeftuin::format::percent_bp(bp, Language::Dutch))
        .expect("share");
    assert!(html.contains(&share), "the headline share {share}");

    let pdf_path = dir.path().join("rapport.pdf");
    export(
        &portfolio,
        &proeftuin::exchange::ExportRequest::new(ExportFormat::Pdf, Language::Dutch, today()),
        &pdf_path,
        &Progress::new(),
    )
    .expect("pdf");
    let bytes = std::fs::read(&pdf_path).expect("read");
    assert!(bytes.starts_with(b"%PDF"));
    let text = pdf_extract::extract_text_from_mem(&bytes).expect("text");
    let flat: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for expected in [
        "Statusrapportage innovatieportefeuille",
        "Gemeente Proefdorp",
        "Stand van 28-11-2026",
        "Kwadrantenkaart",
        "Uit koers en risico",
        "Opendataportaal",
        "<script>alert(1)</script>",
        share.as_str(),
    ] {
        assert!(flat.contains(expected), "{expected:?} not in the PDF text");
    }
}

#[test]
fn snapshot_diff_after_a_scripted_sequence_of_changes() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    let run = |args: &[&str]| {
        let output = proeftuin_english()
            .args(args)
            .args(["--db", db.to_str().expect("db")])
            .output()
            .expect("run");
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8")
    };
    run(&["demo"]);
    run(&[
        "snapshot",
        "create",
        "--label",
        "Q3 2026",
        "--date",
        "2026-09-30",
    ]);
    // The script: one phase move, one stop, a budget change, a readiness change, a new
    // health report, one new initiative and one deleted.
    let mut store = store::open(&db).expect("open");
    let portfolio = store.load_portfolio().expect("load");
    let find = |name: &str| {
        portfolio
            .initiatives
            .iter()
            .find(|i| i.name == name)
            .cloned()
            .expect(name)
    };
    let mut chatbot = find("Chatbot klantcontactcentrum");
    let from_phase = chatbot.phase;
    store
        .change_phase(
            chatbot.id,
            chatbot.row_version,
            &PhaseChange {
                decided_on: NaiveDate::from_ymd_opt(2026, 10, 15).expect("d"),
                from_phase: Some(from_phase),
                to_phase: Phase::Scaling,
                decision: GateDecision::Go,
                conditions: String::new(),
                decider: "MT".into(),
                rationale: "bewezen".into(),
            },
        )
        .expect("phase");
    chatbot = store
        .load_initiative(chatbot.id)
        .expect("load")
        .expect("chatbot");
    chatbot.budget_lines[0].planned_cents += 1_000_000;
    chatbot.readiness = ReadinessRatings([Some(2); 8]);
    chatbot.health_reports.push(HealthReport {
        period: "Q4".into(),
        reported_on: NaiveDate::from_ymd_opt(2026, 11, 1).expect("d"),
        status: Health::Amber,
        reason: "extra budget nodig".into(),
    });
    store.update_initiative(&chatbot).expect("update");
    let busje = find("Zelfrijdend busje bedrijventerrein");
    let parking = find("Challenge slim parkeren");
    store
        .change_phase(
            parking.id,
            parking.row_version,
            &PhaseChange {
                decided_on: NaiveDate::from_ymd_opt(2026, 10, 20).expect("d"),
                from_phase: Some(parking.phase),
                to_phase: Phase::Stopped,
                decision: GateDecision::Stop,
                conditions: String::new(),
                decider: "MT".into(),
                rationale: "geen animo".into(),
            },
        )
        .expect("stop");
    let busje_now = store
        .load_initiative(busje.id)
        .expect("load")
        .expect("present");
    store
        .delete_initiative(busje.id, busje_now.row_version)
        .expect("delete");
    store
        .insert_initiative(&Initiative::new("Digitale tweeling centrum"))
        .expect("new");
    drop(store);
    run(&[
        "snapshot",
        "create",
        "--label",
        "Q4 2026",
        "--date",
        "2026-11-28",
    ]);
    let list = run(&["snapshot", "list"]);
    assert!(
        list.contains("Q3 2026") && list.contains("Q4 2026"),
        "{list}"
    );

    let json = run(&["snapshot", "diff", "Q3 2026", "Q4 2026", "--format", "json"]);
    let diff: serde_json::Value = serde_json::from_str(&json).expect("json");
    assert_eq!(
        diff["new"],
        serde_json::json!(["Digitale tweeling centrum"])
    );
    assert_eq!(
        diff["removed"],
        serde_json::json!(["Zelfrijdend busje bedrijventerrein"])
    );
    assert_eq!(
        diff["stopped"],
        serde_json::json!(["Challenge slim parkeren"])
    );
    let moves: Vec<(String, String, String)> = diff["phase_moves"]
        .as_array()
        .expect("moves")
        .iter()
        .map(|m| {
            (
                m["name"].as_str().unwrap_or_default().to_string(),
                m["from"].as_str().unwrap_or_default().to_string(),
                m["to"].as_str().unwrap_or_default().to_string(),
            )
        })
        .collect();
    assert_eq!(moves.len(), 2);
    assert!(moves.contains(&(
        "Chatbot klantcontactcentrum".into(),
        from_phase.id().into(),
        "scaling".into()
    )));
    assert_eq!(diff["budget_changes"].as_array().map(Vec::len), Some(1));
    assert_eq!(
        diff["readiness_changes"][0]["name"],
        "Chatbot klantcontactcentrum"
    );
    assert_eq!(diff["readiness_changes"][0]["to"], "ready");
    assert_eq!(diff["health_changes"][0]["to"], "amber");
    assert_eq!(diff["health_changes"][0]["reason"], "extra budget nodig");
    // Against now: the same, since nothing changed after Q4; a snapshot by id works too.
    let text = run(&["snapshot", "diff", "1", "now", "--today", "2026-11-28"]);
    assert!(text.contains("Q3 2026 -> now"), "{text}");
    assert!(
        text.contains("new (1):\n  Digitale tweeling centrum"),
        "{text}"
    );
    let none = run(&["snapshot", "diff", "Q4 2026", "now"]);
    assert!(none.contains("no changes"), "{none}");
    // A snapshot exports like the live portfolio, dated on its own day.
    let out = dir.path().join("q3.html");
    run(&[
        "export",
        "--format",
        "html",
        "--out",
        out.to_str().expect("out"),
        "--snapshot",
        "Q3 2026",
    ]);
    let html = std::fs::read_to_string(&out).expect("html");
    assert!(html.contains("Momentopname “Q3 2026” van 30-09-2026"));
    assert!(
        html.contains("Zelfrijdend busje bedrijventerrein"),
        "as it was then"
    );
}

#[test]
fn the_template_imports_cleanly_in_both_languages_and_formats() {
    use proeftuin::exchange::TemplateFormat;
    let dir = tempfile::tempdir().expect("dir");
    for (language, format) in [Language::Dutch, Language::English]
        .into_iter()
        .flat_map(|language| TemplateFormat::ALL.map(|format| (language, format)))
    {
        let bytes = proeftuin::exchange::template(language, format).expect("template");
        let path = dir
            .path()
            .join(format!("template-{language:?}.{}", format.extension()));
        std::fs::write(&path, &bytes).expect("write");
        let source = read_source(&path, &bytes).expect("read");
        let preview = preview(
            &Portfolio::default(),
            "template",
            source.clone(),
            &HashMap::new(),
            today(),
        )
        .expect("preview");
        assert!(
            preview.problems.is_empty(),
            "{language:?} {format:?}: {:?}",
            preview.problem_messages()
        );
        assert_eq!(preview.created.len(), 1, "{language:?} {format:?}");
        let example = &preview.batch.create[0];
        assert_eq!(example.phase, Phase::Pilot, "{language:?} {format:?}");
        assert_eq!(
            example.start_date,
            NaiveDate::from_ymd_opt(2026, 3, 1),
            "{language:?} {format:?}"
        );
        assert_eq!(
            example.budget_lines.first().map(|line| line.planned_cents),
            Some(8_500_000),
            "{language:?} {format:?}"
        );
        assert!(
            preview
                .mapping
                .unknown(&match &source {
                    proeftuin::exchange::import::Source::Register { table, .. } => table.clone(),
                    _ => unreachable!(),
                })
                .is_empty()
        );
    }
}

#[test]
fn the_template_command_writes_the_format_its_file_name_says() {
    let dir = tempfile::tempdir().expect("dir");
    for (name, start) in [
        ("sjabloon.xlsx", b"PK\x03\x04".as_slice()),
        ("sjabloon.ods", b"PK\x03\x04".as_slice()),
        ("sjabloon.csv", "\u{feff}Naam;".as_bytes()),
        ("sjabloon.txt", "\u{feff}Naam;".as_bytes()),
    ] {
        let path = dir.path().join(name);
        let output = proeftuin_english()
            .args(["template", "--out"])
            .arg(&path)
            .output()
            .expect("run");
        assert!(
            output.status.success(),
            "{name}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let bytes = std::fs::read(&path).expect(name);
        assert!(bytes.starts_with(start), "{name}");
        if name.ends_with(".ods") {
            assert_eq!(
                &bytes[30..84],
                b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
            );
        }
    }
}

#[test]
fn one_command_imports_the_excel_register_into_a_new_portfolio() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("gemeente.sqlite");
    let run = |args: &[&str]| {
        let output = proeftuin_english().args(args).output().expect("run");
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).expect("utf-8")
    };
    let register = fixture("register-nl-excel.csv");
    let dry = run(&[
        "import",
        register.to_str().expect("path"),
        "--db",
        db.to_str().expect("db"),
        "--dry-run",
    ]);
    assert!(dry.contains("would create 12"), "{dry}");
    assert!(!db.exists(), "a dry run creates nothing");
    let done = run(&[
        "import",
        register.to_str().expect("path"),
        "--db",
        db.to_str().expect("db"),
    ]);
    assert!(
        done.contains("created 12, updated 0, unchanged 0"),
        "{done}"
    );
    let pdf = dir.path().join("statusrapportage.pdf");
    run(&[
        "export",
        "--db",
        db.to_str().expect("db"),
        "--format",
        "pdf",
        "--out",
        pdf.to_str().expect("pdf"),
    ]);
    let text =
        pdf_extract::extract_text_from_mem(&std::fs::read(&pdf).expect("pdf")).expect("text");
    assert!(text.contains("Burgermeetnet luchtkwaliteit"));
    let summary = run(&[
        "summary",
        "--db",
        db.to_str().expect("db"),
        "--format",
        "json",
    ]);
    let value: serde_json::Value = serde_json::from_str(&summary).expect("json");
    assert_eq!(value["initiatives"], 12);
    assert_eq!(value["by_phase"]["pilot"]["count"], 4);
}

#[test]
fn the_cli_maps_unknown_columns_by_hand() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    let file = dir.path().join("eigen.csv");
    std::fs::write(
        &file,
        "Benaming;Kosten 2027;Opmerking\nSlimme bankjes;€ 1.250,00;los\n",
    )
    .expect("write");
    let run = |extra: &[&str]| {
        proeftuin_english()
            .args([
                "import",
                file.to_str().expect("file"),
                "--db",
                db.to_str().expect("db"),
            ])
            .args(extra)
            .output()
            .expect("run")
    };
    let refused = run(&[]);
    assert!(!refused.status.success());
    assert!(
        String::from_utf8_lossy(&refused.stdout).contains("no column with the initiatives' names")
    );
    let mapped = run(&[
        "--map",
        "Benaming=name",
        "--map",
        "Kosten 2027=operation:2027",
        "--map",
        "Opmerking=ignore",
    ]);
    let stdout = String::from_utf8_lossy(&mapped.stdout);
    assert!(mapped.status.success(), "{stdout}");
    assert!(stdout.contains("\"Benaming\" -> Name"), "{stdout}");
    assert!(stdout.contains("\"Opmerking\" -> (ignored)"), "{stdout}");
    let portfolio = store::open(&db)
        .expect("open")
        .load_portfolio()
        .expect("load");
    let bankjes = &portfolio.initiatives[0];
    assert_eq!(bankjes.name, "Slimme bankjes");
    assert_eq!(
        (
            bankjes.budget_lines[0].year,
            bankjes.budget_lines[0].category,
            bankjes.budget_lines[0].planned_cents
        ),
        (2027, BudgetCategory::Operation, 125_000)
    );
    let bad = run(&["--map", "Benaming=titel"]);
    assert!(!bad.status.success());
    assert!(String::from_utf8_lossy(&bad.stderr).contains("unknown field \"titel\""));
}

/// A Dutch register as such registers are written: whole euros as `€ 45.000,-`, amounts
/// in thousands and millions, the currency as a word, and the budget columns under
/// their usual Dutch names (running costs as `Exploitatiekosten`, `Structurele kosten`,
/// innovation money as `Projectbudget`). Every amount arrives in whole cents, in the
/// column's category and year, worked out by hand.
#[test]
fn a_dutch_register_with_its_own_notations_and_column_names_imports_exactly() {
    let dir = tempfile::tempdir().expect("dir");
    let register = dir.path().join("register-gemeente.csv");
    std::fs::write(
        &register,
        "Naam;Afdeling;Fase;Projectbudget 2026;Exploitatiekosten 2026;Structurele kosten 2027;Gerealiseerde exploitatie 2025\n\
         Slimme verlichting;Openbare ruimte;pilot;€ 45.000,-;€ 12.500,--;€ 1,2 mln;1.000 euro\n\
         Digitaal loket;Dienstverlening;idee;150k;k€ 2,5;1.250,=;\n",
    )
    .expect("register");
    let (_path, mut store) = empty_store(dir.path(), "p.sqlite");
    let preview = import_file(&mut store, &register);
    assert!(
        preview.problems.is_empty(),
        "{:?}",
        preview.problem_messages()
    );
    let portfolio = store.load_portfolio().expect("load");
    let lines = |name: &str| -> Vec<(i32, BudgetCategory, i64, Option<i64>)> {
        let initiative = portfolio
            .initiatives
            .iter()
            .find(|initiative| initiative.name == name)
            .expect("imported");
        let mut lines: Vec<_> = initiative
            .budget_lines
            .iter()
            .map(|line| {
                (
                    line.year,
                    line.category,
                    line.planned_cents,
                    line.actual_cents,
                )
            })
            .collect();
        lines.sort_by_key(|line| (line.0, line.1.id()));
        lines
    };
    use BudgetCategory::{Innovation, Operation};
    assert_eq!(
        lines("Slimme verlichting"),
        vec![
            (2025, Operation, 0, Some(100_000)),
            (2026, Innovation, 4_500_000, None),
            (2026, Operation, 1_250_000, None),
            (2027, Operation, 120_000_000, None),
        ]
    );
    assert_eq!(
        lines("Digitaal loket"),
        vec![
            (2026, Innovation, 15_000_000, None),
            (2026, Operation, 250_000, None),
            (2027, Operation, 125_000, None),
        ]
    );
}

/// `proeftuin export --format pstw`: the PSTW headers first, in their order, then the
/// `proeftuin_` columns; read back with the `csv` crate (semicolons, a byte-order mark),
/// every status maps back to its phase's group and `proeftuin_phase` restores the exact
/// phase; personal fields only with `--personal`; formulas neutralised.
#[test]
fn the_pstw_export_reads_back_with_its_statuses_and_without_personal_data() {
    use proeftuin::exchange::pstw::{EXTRA_HEADERS, PSTW_HEADERS, phase_of, status_of};
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    let mut store = store::open(&db).expect("open");
    let mut demo = proeftuin::demo::demo_portfolio();
    demo.initiatives[0].name = "=HYPERLINK(\"http://x\",\"y\")".into();
    demo.initiatives[1].algorithm_register_url =
        "https://algoritmes.overheid.nl/nl/algoritme/42".into();
    store.replace_portfolio(&demo).expect("demo");
    let stored = store.load_portfolio().expect("load");
    drop(store);
    let read = |personal: bool| -> Vec<HashMap<String, String>> {
        let out = dir.path().join(format!("pstw-{personal}.csv"));
        let mut command = proeftuin_english();
        command.args([
            "export",
            "--db",
            db.to_str().expect("path"),
            "--format",
            "pstw",
            "--out",
            out.to_str().expect("path"),
        ]);
        if personal {
            command.arg("--personal");
        }
        let output = command.output().expect("run");
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let bytes = std::fs::read(&out).expect("read");
        assert!(
            bytes.starts_with("\u{feff}".as_bytes()),
            "a byte-order mark"
        );
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(b';')
            .from_reader(&bytes[3..]);
        let headers: Vec<String> = reader
            .headers()
            .expect("headers")
            .iter()
            .map(str::to_string)
            .collect();
        let expected: Vec<String> = PSTW_HEADERS
            .iter()
            .chain(EXTRA_HEADERS.iter())
            .map(|h| h.to_string())
            .collect();
        assert_eq!(headers, expected);
        reader
            .records()
            .map(|record| {
                headers
                    .iter()
                    .cloned()
                    .zip(record.expect("record").iter().map(str::to_string))
                    .collect()
            })
            .collect()
    };
    let rows = read(false);
    assert_eq!(rows.len(), stored.initiatives.len());
    for (row, initiative) in rows.iter().zip(&stored.initiatives) {
        assert_eq!(row["proeftuin_id"], initiative.id.to_string());
        assert_eq!(row["Status"], status_of(initiative.phase));
        let back = phase_of(&row["Status"]).expect("a PSTW status");
        assert_eq!(status_of(back), row["Status"]);
        assert_eq!(
            Phase::from_id(&row["proeftuin_phase"]),
            Some(initiative.phase),
            "the exact phase"
        );
        assert_eq!(
            row["Responsible organisation"],
            stored.settings.municipality
        );
        assert_eq!(row["Responsible organisation category"], "Local Government");
        assert_eq!(row["proeftuin_quadrant"], initiative.quadrant.id());
        assert_eq!(row["proeftuin_owner"], "", "no personal data");
        assert_eq!(row["proeftuin_contact"], "");
        assert_eq!(
            row["Start Year"],
            initiative
                .start_date
                .map(|d| chrono::Datelike::year(&d).to_string())
                .unwrap_or_default()
        );
        assert_eq!(
            row["proeftuin_algoritmeregister"],
            initiative.algorithm_register_url
        );
        for decider in initiative.phase_history.iter().map(|c| c.decider.trim()) {
            if !decider.is_empty() {
                assert!(!row["proeftuin_gate_decisions"].contains(&format!("({decider})")));
            }
        }
    }
    assert!(rows[0]["Name"].starts_with("'="), "{}", rows[0]["Name"]);
    assert_eq!(
        rows[1]["proeftuin_algoritmeregister"],
        "https://algoritmes.overheid.nl/nl/algoritme/42"
    );
    let with_personal = read(true);
    let owned = stored
        .initiatives
        .iter()
        .position(|i| !i.owner.is_empty())
        .expect("an owner");
    assert_eq!(
        with_personal[owned]["proeftuin_owner"],
        stored.initiatives[owned].owner
    );
}

/// The self-assessments of the five activities over two dates: each snapshot keeps the
/// assessments it was taken with, `snapshot diff` names the assignments whose status
/// changed, and the HTML report shows the latest against the one before.
#[test]
fn self_assessments_over_two_dates_in_a_snapshot_diff_and_the_report() {
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    let text = |path: &Path| path.to_str().expect("path").to_string();
    let run = |args: &[&str]| {
        let output = proeftuin_english().args(args).output().expect("run");
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    run(&["demo", "--db", &text(&db)]);
    let answer = |assignment, status, note: &str| Answer {
        assignment,
        status,
        note: note.into(),
        evidence: Vec::new(),
    };
    let mut store = store::open(&db).expect("open");
    store
        .save_assessment(&SelfAssessment {
            assessed_on: NaiveDate::from_ymd_opt(2026, 3, 1).expect("date"),
            answers: vec![
                answer(Assignment::ExperimentLocally, AnswerStatus::Partly, ""),
                answer(Assignment::SeeRisks, AnswerStatus::NotYet, "Nog geen DEDA"),
            ],
        })
        .expect("spring");
    drop(store);
    run(&[
        "snapshot",
        "create",
        "--db",
        &text(&db),
        "--label",
        "voorjaar",
        "--date",
        "2026-03-02",
    ]);
    let mut store = store::open(&db).expect("open");
    store
        .save_assessment(&SelfAssessment {
            assessed_on: NaiveDate::from_ymd_opt(2026, 11, 1).expect("date"),
            answers: vec![
                answer(Assignment::ExperimentLocally, AnswerStatus::Partly, ""),
                answer(
                    Assignment::SeeRisks,
                    AnswerStatus::Done,
                    "DEDA bij alle labs",
                ),
                answer(Assignment::InvolveCitizens, AnswerStatus::Partly, ""),
            ],
        })
        .expect("autumn");
    drop(store);
    run(&[
        "snapshot",
        "create",
        "--db",
        &text(&db),
        "--label",
        "najaar",
        "--date",
        "2026-11-02",
    ]);
    let diff: serde_json::Value = serde_json::from_str(&run(&[
        "snapshot",
        "diff",
        "voorjaar",
        "najaar",
        "--db",
        &text(&db),
        "--format",
        "json",
    ]))
    .expect("json");
    assert_eq!(diff["assessed_from"], "2026-03-01");
    assert_eq!(diff["assessed_to"], "2026-11-01");
    assert_eq!(
        diff["assessment_changes"],
        serde_json::json!([
            {"assignment": "see_risks", "from": "not_yet", "to": "done"},
            {"assignment": "involve_citizens", "from": null, "to": "partly"}
        ])
    );
    let said = run(&["snapshot", "diff", "voorjaar", "najaar", "--db", &text(&db)]);
    assert!(
        said.contains("self-assessment of the five activities"),
        "{said}"
    );
    assert!(
        said.contains("Keep an eye on the risks of digitalisation in the whole data value chain: Not yet -> Done"),
        "{said}"
    );
    let report = dir.path().join("rapport.html");
    run(&[
        "export",
        "--db",
        &text(&db),
        "--format",
        "html",
        "--out",
        &text(&report),
        "--language",
        "en",
        "--today",
        "2026-11-29",
    ]);
    let html = std::fs::read_to_string(&report).expect("report");
    assert!(
        html.contains("Self-assessment of the five activities"),
        "a section"
    );
    assert!(
        html.contains("Assessed on 2026-11-01, compared with 2026-03-01."),
        "dates"
    );
    assert!(
        html.contains("Mitigating risks: 2 of 4 points (on 2026-03-01: 0)"),
        "standing"
    );
    assert!(html.contains("(was: Not yet)"), "the change");
    assert!(html.contains("DEDA bij alle labs"), "the note");
    let pdf = dir.path().join("rapport.pdf");
    run(&[
        "export",
        "--db",
        &text(&db),
        "--format",
        "pdf",
        "--out",
        &text(&pdf),
        "--today",
        "2026-11-29",
    ]);
    assert!(std::fs::metadata(&pdf).expect("pdf").len() > 1000);
}

/// Pages in a PDF written by krilla (each page object says `/Type/Page`).
fn pdf_pages(bytes: &[u8]) -> usize {
    let needle = b"/Type/Page";
    bytes
        .windows(needle.len() + 1)
        .filter(|window| window.starts_with(needle) && window[needle.len()] != b's')
        .count()
}

#[test]
fn the_status_report_stays_readable_at_any_size() {
    use proeftuin::exchange::ExportRequest;
    use proeftuin::exchange::report::{Appendix, LISTED};
    let mut portfolio = proeftuin::demo::synthetic_portfolio(3_000, 3);
    // Some without a department: the department table names them so.
    for initiative in portfolio.initiatives.iter_mut().take(300) {
        initiative.department = None;
    }
    let figures = proeftuin::figures::all_initiative_figures(&portfolio, today());
    let troubled = proeftuin::figures::needs_attention(&portfolio).len();
    let stuck = figures.iter().filter(|f| f.stuck).count();
    assert!(troubled > LISTED && stuck > LISTED, "the lists are cut");
    let dir = tempfile::tempdir().expect("dir");
    let write = |format: ExportFormat, appendix: Appendix, name: &str| {
        let path = dir.path().join(name);
        let request = ExportRequest {
            appendix,
            ..ExportRequest::new(format, Language::Dutch, today())
        };
        export(&portfolio, &request, &path, &Progress::new()).expect("export");
        std::fs::read(&path).expect("read")
    };
    let flat = |bytes: &[u8]| {
        let text = pdf_extract::extract_text_from_mem(bytes).expect("text");
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };

    // By default a portfolio this size is summarised: a few pages, the lists cut with
    // what was left out counted, and where the register is.
    let summary = write(ExportFormat::Pdf, Appendix::Auto, "summary.pdf");
    let pages = pdf_pages(&summary);
    assert!((2..=6).contains(&pages), "{pages} pages");
    let text = flat(&summary);
    let more = format!(
        "… en nog {}: elk initiatief staat in het register",
        proeftuin::format::count(troubled - LISTED, Language::Dutch)
    );
    assert!(text.contains(&more), "{more:?} not in the summary");
    assert!(text.contains("Het register zelf (3000 initiatieven) staat niet in deze rapportage"));
    assert!(text.contains("Per afdeling"));
    assert!(
        text.contains("(geen afdeling)"),
        "the row of those without one"
    );
    assert!(!text.contains("Er zijn nog geen afdelingen"));
    assert!(!text.contains("Bijlage: alle initiatieven"));

    // On request, the register follows as an appendix: a line per initiative.
    let full = write(ExportFormat::Pdf, Appendix::Register, "full.pdf");
    let full_pages = pdf_pages(&full);
    assert!(
        full_pages >= pages + 3_000 / 70,
        "{full_pages} pages for 3,000 lines"
    );
    let text = flat(&full);
    assert!(text.contains("Bijlage: alle initiatieven"));
    assert!(text.contains("elk initiatief staat in de bijlage"));
    for initiative in portfolio.initiatives.iter().step_by(250) {
        let start: String = initiative.name.chars().take(20).collect();
        assert!(text.contains(&start), "{start:?} not in the appendix");
    }

    // The HTML report alike: at most LISTED red and amber lines, the rest counted.
    let html =
        String::from_utf8(write(ExportFormat::Html, Appendix::Auto, "r.html")).expect("utf-8");
    let listed = html.matches("<tr><td class=\"red\">").count()
        + html.matches("<tr><td class=\"amber\">").count();
    assert_eq!(listed, LISTED);
    assert!(html.contains(&more));
    assert!(!html.contains("Bijlage: alle initiatieven"));
    let rows_without = html.matches("<tr><td>").count();
    let html =
        String::from_utf8(write(ExportFormat::Html, Appendix::Register, "f.html")).expect("utf-8");
    assert!(html.contains("Bijlage: alle initiatieven"));
    assert_eq!(
        html.matches("<tr><td>").count() - rows_without,
        3_000,
        "a row per initiative"
    );

    // A small portfolio keeps its register by default.
    let demo = proeftuin::demo::demo_portfolio();
    let path = dir.path().join("demo.pdf");
    export(
        &demo,
        &ExportRequest::new(ExportFormat::Pdf, Language::Dutch, today()),
        &path,
        &Progress::new(),
    )
    .expect("demo");
    assert!(flat(&std::fs::read(&path).expect("read")).contains("Bijlage: alle initiatieven"));
}

/// An OpenDocument spreadsheet (what LibreOffice saves, and the Dutch government's open
/// standard) and a legacy Excel 97–2003 workbook (`.xls`, the same sheet saved by
/// LibreOffice as "Excel 97–2003") read as the CSV they were made from: LibreOffice turned
/// the dates into date cells and the amounts into numbers.
#[test]
fn ods_and_xls_registers_read_as_their_csv() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut from_csv) = empty_store(dir.path(), "csv.sqlite");
    let csv = import_file(&mut from_csv, &fixture("register-nl-excel.csv"));
    for (name, described) in [
        (
            "register-nl.ods",
            "OpenDocument-rekenblad (ODS), tabblad “register-nl”",
        ),
        (
            "register-nl.xls",
            "Excel 97-2003-werkmap (XLS), tabblad “register-nl”",
        ),
    ] {
        let (_, mut from_sheet) = empty_store(dir.path(), &format!("{name}.sqlite"));
        let sheet = import_file(&mut from_sheet, &fixture(name));
        assert_eq!(sheet.created.len(), 12, "{name}");
        assert_eq!(sheet.created, csv.created, "{name}");
        assert_eq!(
            register_view(&from_sheet.load_portfolio().expect("load")),
            register_view(&from_csv.load_portfolio().expect("load")),
            "{name}"
        );
        assert_eq!(
            sheet
                .described
                .render(&proeftuin::i18n::I18n::new(Language::Dutch)),
            described
        );
    }
}

/// A register kept by hand in LibreOffice: an explanation sheet first, a title and a date
/// above the table, "Budget 2026" merged over "Innovatie" and "Beheer", amounts as
/// currency cells, "PM", and a totals row; the same saved as Excel 97–2003 (`.xls`).
#[test]
fn a_hand_kept_register_is_read_as_it_is() {
    for name in ["register-handwerk.ods", "register-handwerk.xls"] {
        hand_kept_register_is_read_as_it_is(name);
    }
}

fn hand_kept_register_is_read_as_it_is(name: &str) {
    let dir = tempfile::tempdir().expect("dir");
    let (_, store) = empty_store(dir.path(), "p.sqlite");
    let portfolio = store.load_portfolio().expect("load");
    let preview =
        preview_file(&portfolio, &fixture(name), &HashMap::new(), today()).expect("preview");
    assert!(
        preview.problems.is_empty(),
        "{name}: {:?}",
        preview.problem_messages()
    );
    assert_eq!(
        created_names(&preview),
        ["Chatbot & livechat", "Slimme lantaarnpalen"]
    );
    for key in [
        "note-header-row",
        "note-two-header-rows",
        "note-placeholders",
        "note-totals-rows",
    ] {
        assert!(
            preview.notes.iter().any(|note| note.key == key),
            "{key}: {:?}",
            preview.notes
        );
    }
    let (_, mut target) = empty_store(dir.path(), "t.sqlite");
    import_file(&mut target, &fixture(name));
    let imported = target.load_portfolio().expect("load");
    let chatbot = imported
        .initiatives
        .iter()
        .find(|initiative| initiative.name == "Chatbot & livechat")
        .expect("chatbot");
    assert_eq!(chatbot.phase, Phase::Pilot);
    assert_eq!(
        chatbot.start_date,
        chrono::NaiveDate::from_ymd_opt(2025, 3, 1)
    );
    let mut lines: Vec<(i32, BudgetCategory, i64)> = chatbot
        .budget_lines
        .iter()
        .map(|line| (line.year, line.category, line.planned_cents))
        .collect();
    lines.sort_by_key(|line| line.2);
    assert_eq!(
        lines,
        [
            (2026, BudgetCategory::Operation, 1_250_050),
            (2026, BudgetCategory::Innovation, 8_500_000)
        ]
    );
}

/// A finance system's export: a row per initiative per year (a `Jaar` column). The rows
/// of one initiative are taken together, each amount in its row's year (two of one year
/// added up); where they differ the latest year counts, whatever the rows' order, and an
/// empty cell does not wipe a filled one. Imported again, nothing changes.
#[test]
fn a_register_with_a_row_per_year_is_taken_together() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, mut store) = empty_store(dir.path(), "p.sqlite");
    let path = dir.path().join("per-jaar.csv");
    std::fs::write(
        &path,
        "Projectnaam;Afdeling;Trekker;Fase;Begrotingsjaar;Innovatiebudget;Beheerbudget\n\
         Chatbot;Dienstverlening;;evaluatie;2026;45.000;7.500\n\
         Chatbot;Dienstverlening;A. de Vries;pilot;2025;40.000;5.000\n\
         Nieuwe app;Dienstverlening;;idee;2026;10.000;\n\
         Nieuwe app;Dienstverlening;;;2026;2.500;\n",
    )
    .expect("write");
    let preview = import_file(&mut store, &path);
    assert_eq!(preview.created.len(), 2);
    assert_eq!(
        note(&preview, "note-year-rows", Language::English),
        "rows 2, 3, 4, 5: a row per initiative per year (column “Begrotingsjaar”), taken together into 2 initiatives, each amount in its row’s year; where the rows differ, the latest year’s row counts"
    );
    let portfolio = store.load_portfolio().expect("load");
    let find = |name: &str| {
        portfolio
            .initiatives
            .iter()
            .find(|initiative| initiative.name == name)
            .expect(name)
    };
    let chatbot = find("Chatbot");
    assert_eq!(chatbot.phase, Phase::Evaluation, "the latest year's phase");
    assert_eq!(chatbot.owner, "A. de Vries", "an empty cell wipes nothing");
    let lines = |initiative: &Initiative| {
        let mut lines: Vec<(i32, BudgetCategory, i64)> = initiative
            .budget_lines
            .iter()
            .map(|line| (line.year, line.category, line.planned_cents))
            .collect();
        lines.sort_by_key(|line| (line.0, line.1.id()));
        lines
    };
    assert_eq!(
        lines(chatbot),
        [
            (2025, BudgetCategory::Innovation, 4_000_000),
            (2025, BudgetCategory::Operation, 500_000),
            (2026, BudgetCategory::Innovation, 4_500_000),
            (2026, BudgetCategory::Operation, 750_000),
        ]
    );
    assert_eq!(
        lines(find("Nieuwe app")),
        [(2026, BudgetCategory::Innovation, 1_250_000)]
    );
    let again = preview_file(&portfolio, &path, &HashMap::new(), today()).expect("again");
    assert_eq!(again.unchanged.len(), 2, "{:?}", again.updated);
    // Without a year, two rows of one initiative are a problem, as before.
    std::fs::write(&path, "Naam;Innovatiebudget\nA;1\nA;2\n").expect("write");
    let twice = preview_file(&portfolio, &path, &HashMap::new(), today()).expect("preview");
    assert_eq!(twice.problems.len(), 1);
    assert_eq!(twice.problems[0].reason.key, "reason-duplicate-row");
    // A year that is none.
    std::fs::write(&path, "Naam;Jaar;Innovatiebudget\nA;twintig;1\n").expect("write");
    let wrong = preview_file(&portfolio, &path, &HashMap::new(), today()).expect("preview");
    assert_eq!(
        wrong.problem_messages(),
        [format!(
            "{}, row 2, column \"Jaar\", value \"twintig\": not a year (write it like 2026)",
            path.display()
        )]
    );
}

/// A register from an American spreadsheet writes its dates month first: `12/31/2025`
/// cannot be day first, so every slashed date of the file is read month first (and
/// `1/3/2025` is 3 January, not 1 March), and the preview says so. A file with a date
/// that can only be day first (`31/12/2025`) is read day first throughout; one with both
/// has a problem where a date cannot be read.
#[test]
fn american_dates_are_read_month_first_when_the_file_shows_it() {
    let dir = tempfile::tempdir().expect("dir");
    let (_, store) = empty_store(dir.path(), "p.sqlite");
    let portfolio = store.load_portfolio().expect("load");
    let path = dir.path().join("us.csv");
    let read = |content: &str| {
        std::fs::write(&path, content).expect("write");
        preview_file(&portfolio, &path, &HashMap::new(), today()).expect("preview")
    };
    let start_of = |preview: &proeftuin::exchange::import::Preview, name: &str| {
        preview
            .batch
            .create
            .iter()
            .find(|initiative| initiative.name == name)
            .and_then(|initiative| initiative.start_date)
    };
    let date = |year, month, day| NaiveDate::from_ymd_opt(year, month, day);
    let american =
        read("Name,Phase,Start date,End date\nA,pilot,1/3/2025,12/31/2025\nB,idea,02/10/2026,\n");
    assert!(
        american.problems.is_empty(),
        "{:?}",
        american.problem_messages()
    );
    assert_eq!(start_of(&american, "A"), date(2025, 1, 3));
    assert_eq!(start_of(&american, "B"), date(2026, 2, 10));
    assert_eq!(
        note(&american, "note-american-dates", Language::English),
        "dates with slashes were read month first (month/day/year), as American spreadsheets write them: “12/31/2025” in row 2 can be read no other way; check the dates"
    );
    let dutch = read("Naam;Fase;Startdatum;Einddatum\nA;pilot;1/3/2025;31/12/2025\n");
    assert!(dutch.problems.is_empty(), "{:?}", dutch.problem_messages());
    assert_eq!(start_of(&dutch, "A"), date(2025, 3, 1));
    assert!(
        !dutch
            .notes
            .iter()
            .any(|note| note.key == "note-american-dates")
    );
    let mixed = read("Naam;Startdatum;Einddatum\nA;31/12/2025;\nB;12/31/2025;\n");
    assert_eq!(
        mixed.problem_messages(),
        [format!(
            "{}, row 3, column \"Startdatum\", value \"12/31/2025\": not a date (use dd-mm-yyyy or yyyy-mm-dd)",
            path.display()
        )]
    );
}

/// A register's columns for why an initiative stopped, its lessons, notes and entry in
/// the Algoritmeregister are imported under their usual names (an entry that is no web
/// address is a problem of its cell), updated by a second import (and named so in what it
/// updates), and written to every register export, from which they import again exactly.
#[test]
fn stop_reasons_lessons_notes_and_algorithm_entries_travel_with_the_register() {
    let dir = tempfile::tempdir().expect("dir");
    let register = dir.path().join("register.csv");
    std::fs::write(
        &register,
        "Naam;Fase;Reden stoppen;Leerpunten;Opmerkingen;Link algoritmeregister\n\
         Slimme verlichting;gestopt;Sensoren te duur;Eerst de markt verkennen;\"Zie notulen; MT 3-3\";https://algoritmes.overheid.nl/nl/algoritme/lantaarns/42\n\
         Digitaal loket;pilot;;;=1+1;\n",
    )
    .expect("register");
    let (_path, mut store) = empty_store(dir.path(), "p.sqlite");
    let preview = import_file(&mut store, &register);
    let mapped: Vec<Option<RegisterField>> = preview.mapping.columns.clone();
    assert_eq!(
        mapped[2..],
        [
            Some(RegisterField::StopReason),
            Some(RegisterField::LessonsLearned),
            Some(RegisterField::Notes),
            Some(RegisterField::AlgorithmRegister)
        ]
    );
    let texts = |store: &dyn Store| -> Vec<(String, String, String, String, String)> {
        let mut texts: Vec<_> = store
            .load_portfolio()
            .expect("load")
            .initiatives
            .into_iter()
            .map(|i| {
                (
                    i.name,
                    i.stop_reason,
                    i.lessons_learned,
                    i.notes,
                    i.algorithm_register_url,
                )
            })
            .collect();
        texts.sort();
        texts
    };
    let expected = vec![
        (
            "Digitaal loket".to_string(),
            String::new(),
            String::new(),
            "=1+1".to_string(),
            String::new(),
        ),
        (
            "Slimme verlichting".to_string(),
            "Sensoren te duur".to_string(),
            "Eerst de markt verkennen".to_string(),
            "Zie notulen; MT 3-3".to_string(),
            "https://algoritmes.overheid.nl/nl/algoritme/lantaarns/42".to_string(),
        ),
    ];
    assert_eq!(texts(store.as_ref()), expected);
    // Again with a new note: the update says which field it changes.
    std::fs::write(
        &register,
        "Naam;Fase;Reden stoppen;Leerpunten;Opmerkingen;Link algoritmeregister\n\
         Slimme verlichting;gestopt;Sensoren te duur;Eerst de markt verkennen;\"Zie notulen; MT 3-3\";https://algoritmes.overheid.nl/nl/algoritme/lantaarns/42\n\
         Digitaal loket;pilot;;;\"Twee regels:\nbesluit volgt\";\n",
    )
    .expect("register");
    let preview = import_file(&mut store, &register);
    let updates: Vec<(&str, &[&str])> = preview
        .updated
        .iter()
        .map(|update| (update.name.as_str(), update.fields.as_slice()))
        .collect();
    assert_eq!(updates, [("Digitaal loket", &["notes"][..])]);
    let mut expected = expected;
    expected[0].3 = "Twee regels:\nbesluit volgt".into();
    assert_eq!(texts(store.as_ref()), expected);
    // Every register export carries the three columns, and imports back as it was.
    let portfolio = store.load_portfolio().expect("load");
    for (format, extension) in [
        (ExportFormat::Csv, "csv"),
        (ExportFormat::Xlsx, "xlsx"),
        (ExportFormat::Ods, "ods"),
    ] {
        for language in [Language::Dutch, Language::English] {
            let out = dir.path().join(format!("export-{language:?}.{extension}"));
            let request = proeftuin::exchange::ExportRequest::new(format, language, today());
            export(&portfolio, &request, &out, &Progress::new()).expect("export");
            let (_fresh, mut fresh) = empty_store(
                dir.path(),
                &format!("fresh-{language:?}-{extension}.sqlite"),
            );
            let preview = import_file(&mut fresh, &out);
            let headers: Vec<String> = [
                RegisterField::StopReason,
                RegisterField::LessonsLearned,
                RegisterField::Notes,
                RegisterField::AlgorithmRegister,
            ]
            .into_iter()
            .map(|field| field.header(language))
            .collect();
            assert!(
                headers
                    .iter()
                    .all(|header| preview.headers.contains(header)),
                "{extension} {language:?}: {:?}",
                preview.headers
            );
            assert_eq!(texts(fresh.as_ref()), expected, "{extension} {language:?}");
        }
    }
    // An entry that is no web address: a problem of its row, column and value.
    std::fs::write(
        &register,
        "Naam;Algoritmeregister\nDigitaal loket;algoritmes.overheid.nl/nl/algoritme/7\n",
    )
    .expect("register");
    let preview = preview_file(&portfolio, &register, &HashMap::new(), today()).expect("preview");
    let problems = preview.problem_messages();
    assert!(
        problems.len() == 1
            && problems[0].contains("row 2")
            && problems[0].contains("Algoritmeregister")
            && problems[0].contains("not a web address"),
        "{problems:?}"
    );
}
