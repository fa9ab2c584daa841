//! Fuzzing of the readers in the test suite: the fixtures (and an XLSX, an ODS and a JSON
//! made from them; the Excel 97–2003 files both whole and as their workbook stream in a
//! sound container) mutated at random — bytes flipped, inserted, cut, blocks repeated — and fed
//! to the import. Every input must answer with a preview or an error, never a panic.
//! `PROEFTUIN_FUZZ_RUNS` sets the runs per seed (default 300; `RELIABILITY.md` reports a
//! long run).

use std::path::{Path, PathBuf};

use proeftuin::exchange::import::{preview, read_source};

mod support;

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

fn runs() -> usize {
    std::env::var("PROEFTUIN_FUZZ_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(300)
}

/// One random change to `bytes`.
fn mutate(rng: &mut fastrand::Rng, bytes: &mut Vec<u8>) {
    if bytes.is_empty() {
        bytes.push(rng.u8(..));
        return;
    }
    let at = rng.usize(..bytes.len());
    match rng.u8(..6) {
        0 => bytes[at] = rng.u8(..),
        1 => bytes.insert(at, rng.u8(..)),
        2 => {
            bytes.remove(at);
        }
        3 => bytes.truncate(at),
        4 => {
            // Repeat a block (rows, cells, XML elements).
            let end = (at + rng.usize(1..64)).min(bytes.len());
            let block = bytes[at..end].to_vec();
            let times = rng.usize(1..8);
            for _ in 0..times {
                bytes.splice(at..at, block.iter().copied());
            }
        }
        _ => {
            // Characters that matter to the parsers.
            let special: &[u8] = b";,\"\n\r\t{}[]<>:.-0123456789\xe2\x82\xac\xc3\xa9";
            bytes[at] = special[rng.usize(..special.len())];
        }
    }
}

/// Feed `runs` mutations of `seed` to the reader and the preview; count the inputs.
fn fuzz(name: &str, seed: &[u8], portfolio: &proeftuin::domain::Portfolio) -> usize {
    let mut rng = fastrand::Rng::with_seed(0x5052_544E);
    let path = Path::new(name);
    let mut executions = 0;
    for _ in 0..runs() {
        let mut bytes = seed.to_vec();
        for _ in 0..rng.usize(1..6) {
            mutate(&mut rng, &mut bytes);
        }
        let outcome = std::panic::catch_unwind(|| {
            if let Ok(source) = read_source(path, &bytes) {
                let _ = preview(
                    portfolio,
                    name,
                    source,
                    &Default::default(),
                    chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default(),
                );
            }
        });
        assert!(
            outcome.is_ok(),
            "{name}: a mutated input made the import panic; its bytes: {bytes:?}"
        );
        executions += 1;
    }
    executions
}

fn demo() -> proeftuin::domain::Portfolio {
    let mut portfolio = proeftuin::demo::demo_portfolio();
    for (index, initiative) in portfolio.initiatives.iter_mut().enumerate() {
        initiative.id = index as i64 + 1;
        initiative.row_version = 1;
    }
    portfolio
}

#[test]
fn csv_readers_never_panic() {
    let portfolio = demo();
    let mut executions = 0;
    for name in [
        "register-nl-excel.csv",
        "register-nl-windows1252.csv",
        "register-en.csv",
    ] {
        let seed = std::fs::read(fixture(name)).expect("fixture");
        executions += fuzz(name, &seed, &portfolio);
    }
    assert_eq!(executions, 3 * runs());
}

#[test]
fn json_xlsx_and_ods_readers_never_panic() {
    let portfolio = demo();
    let dir = tempfile::tempdir().expect("dir");
    let progress = proeftuin::exchange::Progress::new();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date");
    let mut executions = 0;
    for (format, name) in [
        (proeftuin::exchange::ExportFormat::Json, "portfolio.json"),
        (proeftuin::exchange::ExportFormat::Xlsx, "register.xlsx"),
        (proeftuin::exchange::ExportFormat::Ods, "register.ods"),
    ] {
        let path = dir.path().join(name);
        proeftuin::exchange::export(
            &portfolio,
            &proeftuin::exchange::ExportRequest::new(
                format,
                proeftuin::format::Language::Dutch,
                today,
            ),
            &path,
            &progress,
        )
        .expect("seed");
        let seed = std::fs::read(&path).expect("seed");
        executions += fuzz(name, &seed, &portfolio);
    }
    assert_eq!(executions, 3 * runs());
}

/// Excel 97–2003 workbooks: the files mutated as they are (mostly their container), and
/// their workbook streams mutated inside a sound container (the records themselves).
#[test]
fn xls_reader_never_panics() {
    let portfolio = demo();
    let mut executions = 0;
    for name in ["register-nl.xls", "register-handwerk.xls"] {
        let seed = std::fs::read(fixture(name)).expect("fixture");
        executions += fuzz(name, &seed, &portfolio);
        let stream = support::xls::workbook_of(&seed);
        let mut rng = fastrand::Rng::with_seed(0x584C_5321);
        let path = Path::new(name);
        for _ in 0..runs() {
            let mut bytes = stream.clone();
            for _ in 0..rng.usize(1..6) {
                mutate(&mut rng, &mut bytes);
            }
            let file = support::xls::compound("Workbook", &bytes);
            let outcome = std::panic::catch_unwind(|| read_source(path, &file).map(|_| ()));
            assert!(
                outcome.is_ok(),
                "{name}: a mutated workbook stream made the import panic; its bytes: {bytes:?}"
            );
            executions += 1;
        }
    }
    assert_eq!(executions, 4 * runs());
}
