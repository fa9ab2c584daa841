//! The window: eframe's glue between the app (state, commands, caches) and the views.
//! `logic` lets the app take in replies and commands; `ui` draws. Neither `app` nor `ui`
//! knows the other's insides: the views get a `ViewState` and give back commands.

use crate::app::{PREFS_KEY, Preferences, ProeftuinApp};
use crate::format::Language;

/// Start the GUI on the portfolio at `path`.
///
/// The window is drawn with OpenGL (eframe's glow renderer) where it can be, and with
/// wgpu (Vulkan, DirectX 12, Metal) where OpenGL cannot start: OpenGL starts sooner and
/// takes less memory (see `BENCHMARKS.md`), wgpu runs where OpenGL is missing or too old
/// (a remote desktop's OpenGL 1.1). `PROEFTUIN_RENDERER=glow` or `wgpu` takes one alone.
pub fn run_gui(location: crate::store::Location) -> anyhow::Result<()> {
    timings::start();
    let window_failed = |detail: String| {
        let reason = crate::i18n::Message::new("gui-window-failed").with("detail", detail);
        anyhow::anyhow!(reason.in_language(Language::from_system()))
    };
    let renderers =
        renderers(std::env::var("PROEFTUIN_RENDERER").ok().as_deref()).map_err(window_failed)?;
    // The store starts opening the portfolio while the window starts; the app takes it
    // over once a renderer has started (a renderer that fails leaves it for the next).
    let opening = std::cell::RefCell::new(Some(crate::app::Opening::start(location)));
    let mut failures: Vec<String> = Vec::new();
    for (turn, &renderer) in renderers.iter().enumerate() {
        let options = eframe::NativeOptions {
            viewport: eframe::egui::ViewportBuilder::default()
                .with_title("Proeftuin")
                .with_inner_size([1280.0, 800.0])
                .with_min_inner_size([720.0, 480.0]),
            renderer,
            ..Default::default()
        };
        let result = eframe::run_native(
            "Proeftuin",
            options,
            Box::new(|creation| {
                let prefs: Preferences = creation
                    .storage
                    .and_then(|storage| eframe::get_value(storage, PREFS_KEY))
                    .unwrap_or_default();
                let opening = opening
                    .borrow_mut()
                    .take()
                    .ok_or("the window was made before")?;
                Ok(Box::new(ProeftuinApp::opening(
                    &creation.egui_ctx,
                    opening,
                    prefs,
                    chrono::Local::now().date_naive(),
                )))
            }),
        );
        match result {
            Ok(()) => return Ok(()),
            // The app was never made: this renderer could not start. The next may.
            Err(error) if opening.borrow().is_some() => {
                if let Some(next) = renderers.get(turn + 1) {
                    let said = crate::i18n::Message::new("gui-renderer-failed")
                        .with("renderer", renderer.to_string())
                        .with("detail", error.to_string())
                        .with("next", next.to_string());
                    eprintln!("proeftuin: {}", said.in_language(Language::from_system()));
                }
                failures.push(error.to_string());
            }
            Err(error) => return Err(window_failed(error.to_string())),
        }
    }
    let tried = renderers.iter().zip(&failures);
    Err(window_failed(
        tried
            .map(|(renderer, failure)| format!("{renderer}: {failure}"))
            .collect::<Vec<_>>()
            .join("; "),
    ))
}

/// The renderers to try, in turn: `chosen` (`PROEFTUIN_RENDERER`) alone, or OpenGL first
/// and wgpu where OpenGL cannot start.
fn renderers(chosen: Option<&str>) -> Result<Vec<eframe::Renderer>, String> {
    match chosen.map(str::trim).filter(|name| !name.is_empty()) {
        None => Ok(vec![eframe::Renderer::Glow, eframe::Renderer::Wgpu]),
        Some(name) => Ok(vec![
            name.to_ascii_lowercase()
                .parse::<eframe::Renderer>()
                .map_err(|_| format!("PROEFTUIN_RENDERER={name}: glow or wgpu"))?,
        ]),
    }
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

    fn ui(&mut self, ui: &mut eframe::egui::Ui, frame: &mut eframe::Frame) {
        draw(self, ui);
        timings::frame_drawn(
            self.portfolio()
                .map(|portfolio| portfolio.initiatives.len()),
            if frame.gl().is_some() { "glow" } else { "wgpu" },
        );
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, self.prefs());
    }
}

/// `PROEFTUIN_TIMINGS=1`: the window says on stderr when its first frame was drawn (and
/// by which renderer) and when the first frame with the portfolio in it was, in
/// milliseconds since start, with its resident memory then (what `scripts/gui-measure.sh`
/// and `tests/window.rs` read). Off by default.
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

    pub fn frame_drawn(initiatives: Option<usize>, renderer: &str) {
        if !enabled() {
            return;
        }
        let said = SAID.load(Ordering::Relaxed);
        let milliseconds = START.get().map_or(0, |start| start.elapsed().as_millis());
        if said == 0 {
            eprintln!(
                "timing first-frame ms={milliseconds} renderer={renderer} rss-kb={}",
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

#[cfg(test)]
mod tests {
    use super::renderers;
    use eframe::Renderer;

    #[test]
    fn opengl_first_and_wgpu_where_it_cannot_start_or_the_one_chosen() {
        assert_eq!(renderers(None), Ok(vec![Renderer::Glow, Renderer::Wgpu]));
        assert_eq!(
            renderers(Some(" ")),
            Ok(vec![Renderer::Glow, Renderer::Wgpu])
        );
        assert_eq!(renderers(Some("wgpu")), Ok(vec![Renderer::Wgpu]));
        assert_eq!(renderers(Some(" GLOW ")), Ok(vec![Renderer::Glow]));
        let refused = renderers(Some("vulkan")).expect_err("not a renderer");
        assert!(
            refused.contains("vulkan") && refused.contains("glow or wgpu"),
            "{refused}"
        );
    }
}
