//! The window: eframe's glue between the app (state, commands, caches) and the views.
//! `logic` lets the app take in replies and commands; `ui` draws. Neither `app` nor `ui`
//! knows the other's insides: the views get a `ViewState` and give back commands.

use crate::app::{PREFS_KEY, Preferences, ProeftuinApp};
use crate::format::Language;

/// Start the GUI on the portfolio at `path`.
pub fn run_gui(location: crate::store::Location) -> anyhow::Result<()> {
    timings::start();
    let opening = crate::app::Opening::start(location);
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Proeftuin")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Proeftuin",
        options,
        Box::new(move |creation| {
            let prefs: Preferences = creation
                .storage
                .and_then(|storage| eframe::get_value(storage, PREFS_KEY))
                .unwrap_or_default();
            Ok(Box::new(ProeftuinApp::opening(
                &creation.egui_ctx,
                opening,
                prefs,
                chrono::Local::now().date_naive(),
            )))
        }),
    )
    .map_err(|error| {
        let reason =
            crate::i18n::Message::new("gui-window-failed").with("detail", error.to_string());
        anyhow::anyhow!(reason.in_language(Language::from_system()))
    })
}

/// Draw the whole window (the `ui` half of a frame).
pub fn draw(app: &mut ProeftuinApp, ui: &mut eframe::egui::Ui) {
    let (state, drafts, commands) = app.frame_parts();
    crate::ui::app_ui(ui, &state, drafts, commands);
    if !commands.is_empty() {
        ui.ctx().request_repaint();
    }
}

impl eframe::App for ProeftuinApp {
    fn logic(&mut self, ctx: &eframe::egui::Context, _frame: &mut eframe::Frame) {
        self.update_state(ctx);
    }

    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        draw(self, ui);
        timings::frame_drawn(
            self.portfolio()
                .map(|portfolio| portfolio.initiatives.len()),
        );
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, self.prefs());
    }
}

/// `PROEFTUIN_TIMINGS=1`: the window says on stderr when its first frame was drawn and
/// when the first frame with the portfolio in it was, in milliseconds since start, with
/// its resident memory then (what `scripts/gui-measure.sh` reads). Off by default.
mod timings {
    use std::sync::OnceLock;
    use std::sync::atomic::{AtomicU8, Ordering};
    use std::time::Instant;

    static START: OnceLock<Instant> = OnceLock::new();
    /// 0: nothing said yet; 1: the first frame said; 2: the portfolio's too.
    static SAID: AtomicU8 = AtomicU8::new(0);

    fn enabled() -> bool {
        static ENABLED: OnceLock<bool> = OnceLock::new();
        *ENABLED.get_or_init(|| std::env::var_os("PROEFTUIN_TIMINGS").is_some())
    }

    pub fn start() {
        START.get_or_init(Instant::now);
    }

    fn resident_kb() -> u64 {
        std::fs::read_to_string("/proc/self/status")
            .ok()
            .and_then(|status| {
                status
                    .lines()
                    .find_map(|line| line.strip_prefix("VmRSS:"))
                    .and_then(|value| value.split_whitespace().next()?.parse().ok())
            })
            .unwrap_or(0)
    }

    pub fn frame_drawn(initiatives: Option<usize>) {
        if !enabled() {
            return;
        }
        let said = SAID.load(Ordering::Relaxed);
        let milliseconds = START.get().map_or(0, |start| start.elapsed().as_millis());
        if said == 0 {
            eprintln!(
                "timing first-frame ms={milliseconds} rss-kb={}",
                resident_kb()
            );
            SAID.store(1, Ordering::Relaxed);
        }
        if said < 2
            && let Some(count) = initiatives
        {
            eprintln!(
                "timing portfolio-shown ms={milliseconds} initiatives={count} rss-kb={}",
                resident_kb()
            );
            SAID.store(2, Ordering::Relaxed);
        }
    }
}
