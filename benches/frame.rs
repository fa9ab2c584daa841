//! Frame time and filtering at 1,000 and 100,000 initiatives (budgets in CONTRIBUTING.md, "Performance budgets":
//! a table frame ≤ 2 ms and flat in N; filter/search ≤ 10 ms).
//!
//! Run with `cargo bench --bench frame`. The portfolio files are generated once per run
//! with the same synthetic data as `proeftuin demo --size N`.

use std::path::Path;
use std::time::Duration;

use chrono::NaiveDate;
use criterion::{Criterion, criterion_group, criterion_main};
use eframe::egui;
use proeftuin::app::{
    Command, NameOrder, Preferences, ProeftuinApp, View, filter_rows, search_index, sort_order,
};
use proeftuin::i18n::{I18n, Language};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default()
}

fn loaded_app(path: &Path, size: usize) -> (egui::Context, ProeftuinApp) {
    let mut store = proeftuin::store::open(path).expect("open");
    store
        .replace_portfolio(&proeftuin::demo::synthetic_portfolio(size, 1))
        .expect("write");
    drop(store);
    let ctx = egui::Context::default();
    let prefs = Preferences {
        language: Some(Language::Dutch),
        ..Preferences::default()
    };
    let mut app = ProeftuinApp::new(
        &ctx,
        proeftuin::store::Location::File(path.to_path_buf()),
        prefs,
        today(),
    );
    while app.portfolio().is_none() {
        std::thread::sleep(Duration::from_millis(5));
        app.update_state(&ctx);
    }
    // The app starts on the overview; the table cases below measure the table.
    app.push(Command::ShowView(View::Portfolio));
    app.update_state(&ctx);
    (ctx, app)
}

fn input(scroll: f32) -> egui::RawInput {
    let mut raw = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1280.0, 800.0),
        )),
        ..egui::RawInput::default()
    };
    raw.events
        .push(egui::Event::PointerMoved(egui::pos2(600.0, 400.0)));
    if scroll != 0.0 {
        raw.events.push(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, scroll),
            phase: egui::TouchPhase::Move,
            modifiers: egui::Modifiers::NONE,
            source: egui::MouseWheelSource::Wheel,
        });
    }
    raw
}

fn frames(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("dir");
    // PROEFTUIN_BENCH_SIZES=1000,10000 measures other sizes (scripts/scale-curve.sh).
    let sizes: Vec<usize> = std::env::var("PROEFTUIN_BENCH_SIZES")
        .ok()
        .map(|text| {
            text.split(',')
                .filter_map(|size| size.trim().parse().ok())
                .collect()
        })
        .unwrap_or_else(|| vec![1_000, 100_000]);
    for size in sizes {
        let (ctx, mut app) = loaded_app(&dir.path().join(format!("{size}.sqlite")), size);
        // Warm up fonts and layout caches.
        for _ in 0..3 {
            let _ = ctx.run_ui(input(0.0), |ui| proeftuin::gui::draw(&mut app, ui));
        }
        c.bench_function(&format!("table frame idle, {size} initiatives"), |b| {
            b.iter(|| ctx.run_ui(input(0.0), |ui| proeftuin::gui::draw(&mut app, ui)))
        });
        c.bench_function(&format!("table frame scrolling, {size} initiatives"), |b| {
            b.iter(|| ctx.run_ui(input(-120.0), |ui| proeftuin::gui::draw(&mut app, ui)))
        });
        // Every other view, once its caches are computed (the peer library arrives from the
        // store worker).
        for view in View::ALL
            .into_iter()
            .filter(|view| *view != View::Portfolio)
        {
            app.push(Command::ShowView(view));
            for _ in 0..20 {
                app.update_state(&ctx);
                let _ = ctx.run_ui(input(0.0), |ui| proeftuin::gui::draw(&mut app, ui));
                std::thread::sleep(Duration::from_millis(5));
            }
            c.bench_function(&format!("{view:?} view frame, {size} initiatives"), |b| {
                b.iter(|| ctx.run_ui(input(0.0), |ui| proeftuin::gui::draw(&mut app, ui)))
            });
        }
        app.push(Command::ShowView(View::Portfolio));
        app.update_state(&ctx);
        let portfolio = app.portfolio().cloned().expect("loaded");
        let tr = I18n::new(Language::Dutch);
        let mut filters = proeftuin::app::Filters {
            search: "afval".into(),
            ..Default::default()
        };
        let names = NameOrder::build(&portfolio);
        let order = sort_order(&portfolio, app.figures(), &names, app.prefs().sort, &tr);
        let index = search_index(&portfolio);
        c.bench_function(&format!("search while typing, {size} initiatives"), |b| {
            b.iter(|| filter_rows(&portfolio, app.figures(), &index, &filters, &order))
        });
        c.bench_function(&format!("search index rebuild, {size} initiatives"), |b| {
            b.iter(|| search_index(&portfolio))
        });
        c.bench_function(&format!("sort by name, {size} initiatives"), |b| {
            b.iter(|| sort_order(&portfolio, app.figures(), &names, app.prefs().sort, &tr))
        });
        c.bench_function(&format!("name order rebuild, {size} initiatives"), |b| {
            b.iter(|| NameOrder::build(&portfolio))
        });
        filters.search.clear();
        c.bench_function(&format!("figures of all initiatives, {size}"), |b| {
            b.iter(|| proeftuin::figures::all_initiative_figures(&portfolio, today()))
        });
        let rows: Vec<usize> = (0..portfolio.initiatives.len()).collect();
        c.bench_function(&format!("budget figures and projection, {size}"), |b| {
            b.iter(|| {
                proeftuin::app::BudgetView::compute(
                    &portfolio,
                    &rows,
                    &filters,
                    Some(2026),
                    &Default::default(),
                    2026,
                )
            })
        });
        c.bench_function(&format!("budget only figures, {size}"), |b| {
            b.iter(|| {
                proeftuin::figures::budget::budget_figures(
                    &portfolio,
                    &rows,
                    &proeftuin::figures::budget::BaselineScope::All,
                    Some(2026),
                )
            })
        });
        c.bench_function(&format!("budget only projection, {size}"), |b| {
            b.iter(|| {
                proeftuin::figures::budget::project_operation(
                    &portfolio,
                    &rows,
                    &proeftuin::figures::budget::BaselineScope::All,
                    &Default::default(),
                    2026,
                )
            })
        });
        c.bench_function(&format!("load portfolio, {size}"), |b| {
            let store =
                proeftuin::store::open(&dir.path().join(format!("{size}.sqlite"))).expect("open");
            b.iter(|| store.load_portfolio().expect("load"))
        });
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_secs(1));
    targets = frames
}
criterion_main!(benches);
