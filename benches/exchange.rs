//! The budgets of the issue "Speed and memory at 100,000 initiatives" that move data in
//! and out, in-process with criterion (`scripts/bench.sh` times the same as whole
//! processes, with their peak memory and the peers):
//!
//! - `demo --size N`: the synthetic portfolio made and written into a new file;
//! - import of the register as CSV and as XLSX, and of the JSON document, into a new
//!   portfolio; a re-import of the unchanged CSV;
//! - export as CSV, XLSX, ODS and JSON, and the PDF status report.
//!
//! Run with `cargo bench --bench exchange` (`-- "export XLSX"` for one). Sizes:
//! `PROEFTUIN_BENCH_SIZES=1000,100000` (the default is 100,000). The files to import are
//! this portfolio's own exports, made once per size.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use proeftuin::domain::Portfolio;
use proeftuin::exchange::{ExportFormat, ExportRequest, Progress, export};
use proeftuin::i18n::Language;

mod common;
use common::{sizes, today};

/// A new, empty portfolio file (what `import` into a new portfolio starts from).
fn new_store(dir: &Path, name: &str) -> (PathBuf, Box<dyn proeftuin::store::Store>) {
    let path = dir.join(name);
    for suffix in ["", "-wal", "-shm"] {
        let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
    }
    let store = proeftuin::store::open(&path).expect("open");
    (path, store)
}

/// Import `file` into `store` as the CLI does: preview, then one transaction.
fn import(store: &mut Box<dyn proeftuin::store::Store>, file: &Path) -> usize {
    let portfolio = store.load_portfolio().expect("load");
    let preview =
        proeftuin::exchange::import::preview_file(&portfolio, file, &HashMap::new(), today())
            .expect("preview");
    assert!(
        preview.problems.is_empty(),
        "{:?}",
        preview.problem_messages()
    );
    store
        .apply_import(&preview.batch, &mut |_| true)
        .expect("import");
    preview.created.len() + preview.updated.len()
}

fn export_to(portfolio: &Portfolio, format: ExportFormat, path: &Path) {
    let _ = std::fs::remove_file(path);
    export(
        portfolio,
        &ExportRequest::new(format, Language::Dutch, today()),
        path,
        &Progress::new(),
    )
    .expect("export");
}

fn exchange(c: &mut Criterion) {
    for size in sizes() {
        let dir = tempfile::tempdir().expect("dir");
        let (_, mut store) = new_store(dir.path(), "portfolio.sqlite");
        store
            .replace_portfolio(&proeftuin::demo::synthetic_portfolio(size, 1))
            .expect("write");
        let portfolio = store.load_portfolio().expect("load");
        drop(store);
        let files: HashMap<&str, PathBuf> = [
            ("csv", ExportFormat::Csv),
            ("xlsx", ExportFormat::Xlsx),
            ("json", ExportFormat::Json),
        ]
        .into_iter()
        .map(|(name, format)| {
            let path = dir.path().join(format!("register.{name}"));
            export_to(&portfolio, format, &path);
            (name, path)
        })
        .collect();

        let mut group = c.benchmark_group(format!("{size} initiatives"));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(10));
        group.warm_up_time(Duration::from_secs(1));

        group.bench_function("demo: make and write a new portfolio", |b| {
            b.iter(|| {
                let (_, mut store) = new_store(dir.path(), "demo.sqlite");
                store
                    .replace_portfolio(&proeftuin::demo::synthetic_portfolio(size, 1))
                    .expect("write");
            })
        });
        for (name, label) in [("csv", "CSV"), ("xlsx", "XLSX"), ("json", "JSON")] {
            group.bench_function(format!("import {label} into a new portfolio"), |b| {
                b.iter(|| {
                    let (_, mut store) = new_store(dir.path(), "import.sqlite");
                    assert_eq!(import(&mut store, &files[name]), size);
                })
            });
        }
        {
            // Into a portfolio that holds it already: every row matched, nothing written.
            let (_, mut store) = new_store(dir.path(), "reimport.sqlite");
            import(&mut store, &files["csv"]);
            group.bench_function("re-import of the unchanged CSV", |b| {
                b.iter(|| {
                    let portfolio = store.load_portfolio().expect("load");
                    let preview = proeftuin::exchange::import::preview_file(
                        &portfolio,
                        &files["csv"],
                        &HashMap::new(),
                        today(),
                    )
                    .expect("preview");
                    assert_eq!(preview.unchanged.len(), size);
                    store
                        .apply_import(&preview.batch, &mut |_| true)
                        .expect("import");
                })
            });
        }
        for (format, label) in [
            (ExportFormat::Csv, "CSV"),
            (ExportFormat::Xlsx, "XLSX"),
            (ExportFormat::Ods, "ODS"),
            (ExportFormat::Json, "JSON"),
            (ExportFormat::Pdf, "PDF status report"),
        ] {
            let path = dir.path().join(format!("out.{}", format.extension()));
            group.bench_function(format!("export {label}"), |b| {
                b.iter(|| export_to(&portfolio, format, &path))
            });
        }
        group.finish();
    }
}

criterion_group!(benches, exchange);
criterion_main!(benches);
