//! Legacy Excel 97–2003 workbooks (`.xls`) made record by record: what a register in one
//! reads as, and crafted ones that must be refused at once, with their reason, before the
//! reader can ask for more memory than a register takes.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use proeftuin::exchange::import::preview_file;
use proeftuin::format::Language;
use support::xls::{
    bof, compound, dimensions, eof, formula, label, label_sst, number, record, shared_strings,
    stream,
};

mod support;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date")
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("write");
    path
}

/// The headers of a small register on row 1.
fn headers() -> Vec<Vec<u8>> {
    vec![
        label(0, 0, "Naam"),
        label(0, 1, "Fase"),
        label(0, 2, "Innovatiebudget 2026"),
    ]
}

fn empty_portfolio() -> proeftuin::domain::Portfolio {
    proeftuin::domain::Portfolio::default()
}

/// Preview `file`: refused within seconds; the reason in English and Dutch.
fn refused(file: &Path) -> (String, String) {
    let started = Instant::now();
    let error = preview_file(&empty_portfolio(), file, &Default::default(), today())
        .expect_err("the file must be refused");
    assert!(
        started.elapsed() < Duration::from_secs(10),
        "refused at once: {:?}",
        started.elapsed()
    );
    (
        error.localized(Language::English),
        error.localized(Language::Dutch),
    )
}

#[test]
fn an_xls_register_reads_its_cells_shared_strings_numbers_and_formula_values() {
    let dir = tempfile::tempdir().expect("dir");
    // A long shared string over CONTINUE records, numbers, and a formula whose tokens
    // are damaged (they claim more than they hold): its cached value is what counts.
    let long = "lang ".repeat(3_000);
    let mut cells = headers();
    cells.extend([
        label(0, 3, "Omschrijving"),
        label_sst(1, 0, 0),
        label(1, 1, "pilot"),
        number(1, 2, 85_000.5),
        label_sst(1, 3, 1),
        label(2, 0, "Nieuwe app"),
        label(2, 1, "idee"),
        formula(2, 2, 1_234.0, &[0xFF, 0xFF, 0x3A]),
    ]);
    let bytes = compound(
        "Workbook",
        &stream(
            &[shared_strings(&["Chatbot", long.trim_end()])],
            &[
                ("Uitleg", vec![label(0, 0, "Lees dit eerst")]),
                ("Projecten", cells),
            ],
        ),
    );
    let path = write(dir.path(), "register.xls", &bytes);
    let preview =
        preview_file(&empty_portfolio(), &path, &Default::default(), today()).expect("read");
    assert!(
        preview.problems.is_empty(),
        "{:?}",
        preview.problem_messages()
    );
    assert_eq!(
        preview
            .described
            .render(&proeftuin::i18n::I18n::new(Language::English)),
        "Excel 97–2003 workbook (XLS), sheet “Projecten”"
    );
    let names: Vec<&str> = preview
        .records
        .iter()
        .map(|record| record.name.as_str())
        .collect();
    assert_eq!(names, ["Chatbot", "Nieuwe app"]);
    assert_eq!(
        preview.records[0].description.as_deref(),
        Some(long.trim_end())
    );
    let budgets: Vec<i64> = preview
        .records
        .iter()
        .map(|record| record.budgets.iter().map(|budget| budget.3).sum())
        .collect();
    assert_eq!(budgets, [8_500_050, 123_400]);
}

/// Cells far apart make calamine lay out the rectangle between them, on every sheet at
/// once: 40 sheets of two cells each, A1 and IV65536, took 64 s and 22 GB before they were
/// bounded. A sheet's `DIMENSIONS` record is a claim calamine reserves room for: a few
/// bytes can claim four billion rows. Both are refused before calamine reads the file.
#[test]
fn an_xls_claiming_or_spanning_more_than_a_register_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().expect("dir");
    let far_apart: Vec<(String, Vec<Vec<u8>>)> = (0..40)
        .map(|sheet| {
            let mut records = headers();
            records.push(number(65_535, 255, 1.0));
            (format!("Blad{sheet}"), records)
        })
        .collect();
    let far_apart: Vec<(&str, Vec<Vec<u8>>)> = far_apart
        .iter()
        .map(|(name, records)| (name.as_str(), records.clone()))
        .collect();
    let bytes = compound("Workbook", &stream(&[], &far_apart));
    assert!(bytes.len() < 20_000, "it is small: {}", bytes.len());
    let (english, dutch) = refused(&write(dir.path(), "far.xls", &bytes));
    assert!(
        english.contains("sheets span more than 5,000,000 cells"),
        "{english}"
    );
    assert!(
        dutch.contains("beslaan meer dan 5.000.000 cellen"),
        "{dutch}"
    );
    // Four billion rows claimed; a last row before the first (calamine's arithmetic
    // wraps on it). A claim of the whole sheet of Excel 97–2003 is read.
    for (name, claim, refusal) in [
        (
            "claims.xls",
            ((0, u32::MAX), (0, 256)),
            Some("claims more rows or columns"),
        ),
        (
            "wraps.xls",
            ((10, 5), (0, 3)),
            Some("impossible dimensions"),
        ),
        ("whole.xls", ((0, 65_536), (0, 256)), None),
    ] {
        let mut records = vec![dimensions(claim.0, claim.1)];
        records.extend(headers());
        records.push(label(1, 0, "Chatbot"));
        let path = write(
            dir.path(),
            name,
            &compound("Workbook", &stream(&[], &[("Register", records)])),
        );
        match refusal {
            Some(reason) => {
                let (english, _) = refused(&path);
                assert!(
                    english.contains("not a readable Excel 97–2003 workbook")
                        && english.contains(reason),
                    "{name}: {english}"
                );
            }
            None => {
                let preview = preview_file(&empty_portfolio(), &path, &Default::default(), today())
                    .expect(name);
                assert_eq!(preview.records.len(), 1, "{name}");
            }
        }
    }
}

/// A shared string is copied into every cell that names it: 100,000 cells naming one
/// string of 30,000 characters (a 1.4 MB file) took 4.7 s and 6.4 GB before the texts
/// were bounded. Refused at once, never cut.
#[test]
fn one_long_shared_string_in_many_xls_cells_is_refused_at_once() {
    let dir = tempfile::tempdir().expect("dir");
    let long = "x".repeat(30_000);
    let mut cells = vec![label_sst(0, 0, 0)];
    for row in 1..=50_000u16 {
        cells.push(label_sst(row, 0, 1));
        cells.push(label_sst(row, 1, 1));
    }
    let bytes = compound(
        "Workbook",
        &stream(&[shared_strings(&["Naam", &long])], &[("Register", cells)]),
    );
    assert!(bytes.len() < 2_000_000, "it is small: {}", bytes.len());
    let (english, dutch) = refused(&write(dir.path(), "shared.xls", &bytes));
    assert!(english.contains("more than 256 MB of text"), "{english}");
    assert!(dutch.contains("meer dan 256 MB tekst"), "{dutch}");
}

#[test]
fn protected_foreign_and_damaged_office_files_are_refused_with_their_reason() {
    let dir = tempfile::tempdir().expect("dir");
    let register = || vec![("Register", headers())];
    // A workbook saved with a password (its records are encrypted).
    let mut file_pass = 1u16.to_le_bytes().to_vec();
    file_pass.extend([0; 52]);
    let protected = compound(
        "Workbook",
        &stream(&[record(0x002F, &file_pass)], &register()),
    );
    // An XLSX saved with a password is a compound file too.
    let encrypted_xlsx = compound("EncryptedPackage", b"encrypted bytes");
    for (name, bytes) in [
        ("protected.xls", protected),
        ("protected.xlsx", encrypted_xlsx),
    ] {
        let (english, dutch) = refused(&write(dir.path(), name, &bytes));
        assert!(english.contains("protected with a password"), "{english}");
        assert!(dutch.contains("met een wachtwoord beveiligd"), "{dutch}");
    }
    // A Word document.
    let (english, _) = refused(&write(
        dir.path(),
        "brief.doc",
        &compound("WordDocument", b"tekst"),
    ));
    assert!(english.contains("holds no workbook"), "{english}");
    // A sheet that starts inside another record: calamine's walk and the check's would
    // read different records.
    let mut inside = stream(&[], &register());
    let entry = inside
        .windows(2)
        .position(|pair| pair == [0x85, 0x00])
        .expect("the sheet's entry");
    let start = u32::from_le_bytes(inside[entry + 4..entry + 8].try_into().expect("four"));
    inside[entry + 4..entry + 8].copy_from_slice(&(start + 6).to_le_bytes());
    let (english, _) = refused(&write(
        dir.path(),
        "inside.xls",
        &compound("Workbook", &inside),
    ));
    assert!(english.contains("does not start on a record"), "{english}");
    // Cut off in the middle of a record, and a file of only the compound file's start.
    let whole = stream(&[], &register());
    let cut = compound("Workbook", &whole[..whole.len() - 3]);
    let (english, _) = refused(&write(dir.path(), "cut.xls", &cut));
    assert!(
        english.contains("not a readable Excel 97–2003 workbook"),
        "{english}"
    );
    let head = compound("Workbook", &whole);
    let (english, _) = refused(&write(dir.path(), "head.xls", &head[..600]));
    assert!(
        english.contains("not a readable Excel 97–2003 workbook"),
        "{english}"
    );
    // Two thousand entries for one sheet of 20,000 records: calamine would read it two
    // thousand times.
    let mut long: Vec<Vec<u8>> = headers();
    long.extend((0..20_000).map(|_| record(0x0208, &[0; 16])));
    let one = stream(&[], &[("Blad1", long)]);
    let entry = one
        .windows(2)
        .position(|pair| pair == [0x85, 0x00])
        .expect("the sheet's entry");
    let entry_length = 4 + usize::from(u16::from_le_bytes([one[entry + 2], one[entry + 3]]));
    let start = u32::from_le_bytes(one[entry + 4..entry + 8].try_into().expect("four"));
    let extra = 2_000 * entry_length;
    let mut copies = one[..entry].to_vec();
    for index in 0..2_000u32 {
        let mut copy = one[entry..entry + entry_length].to_vec();
        copy[4..8].copy_from_slice(&(start + u32::try_from(extra).expect("small")).to_le_bytes());
        // Names differ, as calamine keeps sheets by name.
        copy[entry_length - 1] = b'A' + u8::try_from(index % 26).expect("letter");
        copies.extend(copy);
    }
    copies.extend(&one[entry..]);
    // Every entry, the first included, points at the sheet after the added entries.
    let first = copies.len() - (one.len() - entry);
    copies[first + 4..first + 8]
        .copy_from_slice(&(start + u32::try_from(extra).expect("small")).to_le_bytes());
    let (english, _) = refused(&write(
        dir.path(),
        "overlap.xls",
        &compound("Workbook", &copies),
    ));
    assert!(english.contains("its sheets overlap"), "{english}");
    // A workbook without a sheet.
    let bare = compound("Workbook", &[bof(5), eof()].concat());
    let (english, _) = refused(&write(dir.path(), "bare.xls", &bare));
    assert!(english.contains("no sheets"), "{english}");
}

/// A peer file (the Public Sector Tech Watch dataset) saved as Excel 97–2003: its local
/// cases are read as from the CSV, whatever the file is called.
#[test]
fn a_peer_file_saved_as_xls_reads_its_local_cases() {
    let dir = tempfile::tempdir().expect("dir");
    let headers = [
        "PSTW ID",
        "Name",
        "Description",
        "Responsible organisation",
        "Responsible organisation category",
        "Status",
        "Start Year",
    ];
    let mut cells: Vec<Vec<u8>> = headers
        .iter()
        .zip(0u16..)
        .map(|(header, column)| label(0, column, header))
        .collect();
    for ((id, name, category), row) in [
        ("PSTW-101", "Slim parkeren", "Local Government"),
        (
            "PSTW-201",
            "Nationale parkeerdatabank",
            "National Government",
        ),
    ]
    .into_iter()
    .zip(1u16..)
    {
        cells.extend([
            label(row, 0, id),
            label(row, 1, name),
            label(row, 2, "Sensoren"),
            label(row, 3, "Gemeente Utrecht"),
            label(row, 4, category),
            label(row, 5, "Implemented"),
            number(row, 6, 2019.0),
        ]);
    }
    let bytes = compound("Workbook", &stream(&[], &[("Cases", cells)]));
    let path = write(dir.path(), "pstw-cases.dat", &bytes);
    let file = proeftuin::exchange::peers::read(&path, &bytes).expect("read");
    let names: Vec<&str> = file.cases.iter().map(|case| case.name.as_str()).collect();
    assert_eq!(names, ["Slim parkeren"]);
    assert_eq!(file.skipped_not_local, 1);
    assert_eq!(file.cases[0].start_year, Some(2019));
}

/// A workbook of Excel 5 and 95 (BIFF5, its stream called `Book`): texts of one byte per
/// character in the workbook's code page, no shared strings.
#[test]
fn an_excel_95_workbook_is_read_in_its_code_page() {
    let dir = tempfile::tempdir().expect("dir");
    let bof5 = |kind: u16| {
        let mut data = 0x0500u16.to_le_bytes().to_vec();
        data.extend(kind.to_le_bytes());
        data.extend([0; 4]);
        record(0x0809, &data)
    };
    let label5 = |row: u16, column: u16, text: &[u8]| {
        let mut data = row.to_le_bytes().to_vec();
        data.extend(column.to_le_bytes());
        data.extend([0, 0]);
        data.extend(u16::try_from(text.len()).expect("short").to_le_bytes());
        data.extend(text);
        record(0x0204, &data)
    };
    let sheet = [
        bof5(0x10),
        label5(0, 0, b"Naam"),
        label5(0, 1, b"Fase"),
        label5(1, 0, b"Caf\xe9-overleg"),
        label5(1, 1, b"pilot"),
        number(1, 2, 1.0),
        eof(),
    ]
    .concat();
    let name = b"Projecten";
    let entry_length = 4 + 4 + 2 + 1 + name.len();
    let globals_length = bof5(5).len() + 6 + entry_length + eof().len();
    let mut entry = u32::try_from(globals_length)
        .expect("small")
        .to_le_bytes()
        .to_vec();
    entry.extend([0, 0, u8::try_from(name.len()).expect("short")]);
    entry.extend(name);
    let workbook = [
        bof5(5),
        record(0x0042, &1252u16.to_le_bytes()),
        record(0x0085, &entry),
        eof(),
        sheet,
    ]
    .concat();
    let path = write(dir.path(), "oud.xls", &compound("Book", &workbook));
    let preview =
        preview_file(&empty_portfolio(), &path, &Default::default(), today()).expect("read");
    let names: Vec<&str> = preview
        .records
        .iter()
        .map(|record| record.name.as_str())
        .collect();
    assert_eq!(names, ["Café-overleg"]);
    assert_eq!(
        preview.records[0].phase,
        Some(proeftuin::domain::Phase::Pilot)
    );
}

/// A sheet named as the register ("Initiatieven") is the one read; calamine is not even
/// shown the others, so a large sheet beside it (here one spanning 16 million cells, beyond
/// the bound for the sheets read) costs nothing.
#[test]
fn the_sheet_named_as_the_register_is_read_and_the_others_not_laid_out() {
    let dir = tempfile::tempdir().expect("dir");
    let mut register = headers();
    register.extend([label(1, 0, "Chatbot"), label(1, 1, "pilot")]);
    let workbook = stream(
        &[],
        &[
            (
                "Begroting",
                vec![label(0, 0, "Naam"), number(65_535, 255, 1.0)],
            ),
            ("Initiatieven", register),
        ],
    );
    let path = write(dir.path(), "werkmap.xls", &compound("Workbook", &workbook));
    let started = Instant::now();
    let preview =
        preview_file(&empty_portfolio(), &path, &Default::default(), today()).expect("read");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(
        preview
            .described
            .render(&proeftuin::i18n::I18n::new(Language::English)),
        "Excel 97–2003 workbook (XLS), sheet “Initiatieven”"
    );
    assert_eq!(preview.records.len(), 1);
    assert_eq!(preview.records[0].name, "Chatbot");
}
