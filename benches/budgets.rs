//! The app's budgets at 100,000 initiatives (issue "Speed and memory at 100,000
//! initiatives"), each beside its floor where it has one:
//!
//! - the floor: a bare rusqlite scan of every row of every table (no formatting, no
//!   allocation per value);
//! - the store's load of the whole portfolio, one edited initiative saved (the write and
//!   its commit), and the app's open-to-table (the load on the
//!   store worker, then figures, search index, sort and visible rows);
//! - the first frame after start;
//! - sorting on each column, search while typing, and one edit's refresh.
//!
//! Run with `cargo bench --bench budgets` (`-- --quick` for a faster, rougher run). The
//! portfolio is written once per run with the same data as `proeftuin demo --size N`.
//! Sizes: `PROEFTUIN_BENCH_SIZES=1000,100000` (the default is 100,000).

use std::path::Path;
use std::time::{Duration, Instant};

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use eframe::egui;
use proeftuin::app::{
    Column, Command, Filters, NameOrder, Preferences, ProeftuinApp, Sort, View, filter_rows,
    search_index, sort_order,
};
use proeftuin::i18n::{I18n, Language};

mod common;
use common::{sizes, today};

fn write_portfolio(path: &Path, size: usize) {
    let mut store = proeftuin::store::open(path).expect("open");
    store
        .replace_portfolio(&proeftuin::demo::synthetic_portfolio(size, 1))
        .expect("write");
}

/// The floor: every row of every table through rusqlite, each value looked at (its
/// integer, or the length of its text) and nothing built from it.
fn bare_scan(path: &Path) -> u64 {
    let conn = rusqlite::Connection::open_with_flags(
        path,
        rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .expect("open");
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .expect("tables")
        .query_map([], |row| row.get(0))
        .expect("tables")
        .collect::<Result<_, _>>()
        .expect("tables");
    let mut checksum = 0u64;
    for table in tables {
        let mut statement = conn
            .prepare(&format!("SELECT * FROM \"{table}\""))
            .expect("select");
        let columns = statement.column_count();
        let mut rows = statement.query([]).expect("query");
        while let Some(row) = rows.next().expect("row") {
            for column in 0..columns {
                checksum = checksum.wrapping_add(match row.get_ref(column).expect("value") {
                    rusqlite::types::ValueRef::Null => 0,
                    rusqlite::types::ValueRef::Integer(value) => value as u64,
                    rusqlite::types::ValueRef::Real(value) => value as u64,
                    rusqlite::types::ValueRef::Text(text) => text.len() as u64,
                    rusqlite::types::ValueRef::Blob(blob) => blob.len() as u64,
                });
            }
        }
    }
    checksum
}

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..egui::RawInput::default()
    }
}

fn new_app(ctx: &egui::Context, path: &Path) -> ProeftuinApp {
    let prefs = Preferences {
        language: Some(Language::Dutch),
        ..Preferences::default()
    };
    ProeftuinApp::new(
        ctx,
        proeftuin::store::Location::File(path.to_path_buf()),
        prefs,
        today(),
    )
}

/// Open the app on `path` and wait until the overview and the table have what they draw
/// (the load on the store worker, then figures, search index, sort order, visible rows
/// and the overview's summary).
fn open_to_table(ctx: &egui::Context, path: &Path) -> ProeftuinApp {
    let mut app = new_app(ctx, path);
    while app.portfolio().is_none() {
        std::thread::sleep(Duration::from_micros(200));
        app.update_state(ctx);
    }
    assert!(!app.visible().is_empty(), "the table has its rows");
    app
}

fn budgets(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("dir");
    for size in sizes() {
        let path = dir.path().join(format!("{size}.sqlite"));
        write_portfolio(&path, size);

        let mut group = c.benchmark_group(format!("{size} initiatives"));
        group.sample_size(10);
        group.measurement_time(Duration::from_secs(8));
        group.warm_up_time(Duration::from_secs(1));
        group.bench_function("floor: bare rusqlite scan of every row", |b| {
            b.iter(|| bare_scan(&path))
        });
        let store = proeftuin::store::open(&path).expect("open");
        group.bench_function("store: load the whole portfolio", |b| {
            b.iter(|| store.load_portfolio().expect("load"))
        });
        drop(store);
        let mut store = proeftuin::store::open(&path).expect("open");
        let mut edited = store.load_portfolio().expect("load").initiatives[size / 2].clone();
        group.bench_function(
            "store: save one edited initiative (write and commit)",
            |b| {
                b.iter(|| {
                    edited.notes.push('.');
                    edited = store.update_initiative(&edited).expect("save");
                })
            },
        );
        drop(store);
        let ctx = egui::Context::default();
        group.bench_function("app: open to table (load, figures, index, sort)", |b| {
            // Timed to the table; the app is dropped (its worker finishing the quick check
            // it starts after a load) outside the time.
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    let started = Instant::now();
                    let app = open_to_table(&ctx, &path);
                    total += started.elapsed();
                    drop(app);
                }
                total
            })
        });
        group.bench_function("app: first frame after start", |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    let ctx = egui::Context::default();
                    let started = Instant::now();
                    let mut app = new_app(&ctx, &path);
                    app.update_state(&ctx);
                    let _ = ctx.run_ui(input(), |ui| proeftuin::gui::draw(&mut app, ui));
                    total += started.elapsed();
                    // Let the load finish before the app is dropped.
                    while app.portfolio().is_none() {
                        std::thread::sleep(Duration::from_millis(1));
                        app.update_state(&ctx);
                    }
                }
                total
            })
        });

        let mut app = open_to_table(&ctx, &path);
        let portfolio = app.portfolio().cloned().expect("loaded");
        let tr = I18n::new(Language::Dutch);
        let names = NameOrder::build(&portfolio);
        for column in Column::ALL {
            for ascending in [true, false] {
                let sort = Sort { column, ascending };
                group.bench_function(
                    BenchmarkId::new(
                        "sort",
                        format!(
                            "{column:?} {}",
                            if ascending { "ascending" } else { "descending" }
                        ),
                    ),
                    |b| b.iter(|| sort_order(&portfolio, app.figures(), &names, sort, &tr)),
                );
            }
        }
        let order = sort_order(&portfolio, app.figures(), &names, Sort::default(), &tr);
        let index = search_index(&portfolio);
        // Each keystroke of "afvalinzameling" filters the whole portfolio again.
        let word = "afvalinzameling";
        group.bench_function("search while typing (one keystroke, 1–15 letters)", |b| {
            let mut typed = 0;
            b.iter(|| {
                typed = typed % word.len() + 1;
                let filters = Filters {
                    search: word[..typed].to_string(),
                    ..Filters::default()
                };
                filter_rows(&portfolio, app.figures(), &index, &filters, &order)
            })
        });

        // One edit's refresh: the saved initiative comes back from the store worker and the
        // table's caches (figures, search text, sort position, visible rows, shown totals)
        // are brought up to date. The store's write itself is not part of it.
        let id = portfolio.initiatives[size / 2].id;
        let mut edits = 0u32;
        app.push(Command::ShowView(View::Portfolio));
        app.update_state(&ctx);
        group.bench_function("one edit's refresh in the table (after the save)", |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    app.push(Command::OpenInitiative(id));
                    app.update_state(&ctx);
                    while app.editor().is_none() {
                        std::thread::sleep(Duration::from_micros(200));
                        app.update_state(&ctx);
                    }
                    edits += 1;
                    {
                        let (_, drafts, _) = app.frame_parts();
                        let editor = drafts.editor.as_mut().expect("editor");
                        editor.draft.name = format!("Bewerkt initiatief {edits}");
                    }
                    app.push(Command::SaveEditor);
                    let generation = app.generation();
                    app.update_state(&ctx);
                    // The worker writes; the refresh is the call that applies its reply.
                    while app.generation() == generation {
                        std::thread::sleep(Duration::from_millis(1));
                        let started = Instant::now();
                        app.update_state(&ctx);
                        if app.generation() != generation {
                            total += started.elapsed();
                        }
                    }
                    assert!(app.generation() > generation, "the edit was applied");
                    app.push(Command::CloseEditor);
                    app.update_state(&ctx);
                }
                total
            })
        });
        group.finish();
    }
}

criterion_group!(benches, budgets);
criterion_main!(benches);
