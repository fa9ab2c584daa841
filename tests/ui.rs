//! UI tests: the real app, driven through its accessibility labels (egui_kittest).

mod support;

use std::path::PathBuf;
use std::time::Duration;

use chrono::NaiveDate;
use eframe::egui::accesskit::Role;
use eframe::egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use proeftuin::app::{Preferences, ProeftuinApp, View};
use proeftuin::domain::{GateDecision, Phase};
use proeftuin::i18n::{I18n, Language};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).expect("date")
}

fn harness(path: PathBuf, language: Language) -> Harness<'static, ProeftuinApp> {
    harness_at(proeftuin::store::Location::File(path), language)
}

/// The app on a file or a shared portfolio, in the table.
fn harness_at(
    location: proeftuin::store::Location,
    language: Language,
) -> Harness<'static, ProeftuinApp> {
    harness_themed(location, language, eframe::egui::Theme::Dark)
}

/// As [`harness_at`], in the given theme (kittest applies its own theme every frame).
fn harness_themed(
    location: proeftuin::store::Location,
    language: Language,
    theme: eframe::egui::Theme,
) -> Harness<'static, ProeftuinApp> {
    let prefs = Preferences {
        language: Some(language),
        dark_mode: Some(theme == eframe::egui::Theme::Dark),
        ..Preferences::default()
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .with_theme(theme)
        .build_eframe(move |creation| {
            ProeftuinApp::new(&creation.egui_ctx, location, prefs, today())
        });
    settle(&mut harness);
    // The app opens on the overview; most tests work in the table.
    assert_eq!(harness.state().view(), View::Overview);
    go_to(&mut harness, View::Portfolio);
    // Start as a person would who has not touched the mouse yet.
    harness.remove_cursor();
    harness.run_steps(2);
    harness
}

/// The app's words in the harness's language (labels to find widgets by).
fn words(harness: &Harness<'static, ProeftuinApp>) -> I18n {
    I18n::new(harness.state().language())
}

/// Click the view's button in the navigation (the leftmost button with its name).
fn go_to(harness: &mut Harness<'static, ProeftuinApp>, view: View) {
    let label = words(harness).t(view.nav_key()).to_string();
    harness
        .query_all_by_label(&label)
        .filter(|node| node.accesskit_node().role() == Role::Button)
        .min_by(|a, b| a.rect().left().total_cmp(&b.rect().left()))
        .unwrap_or_else(|| panic!("no navigation button {label:?}"))
        .click();
    harness.run_steps(4);
    assert_eq!(harness.state().view(), view);
}

/// Open the combo box labelled `combo` and pick `option`.
fn choose(harness: &mut Harness<'static, ProeftuinApp>, combo: &str, option: &str) {
    // Views scroll: bring the combo box into sight first.
    harness
        .get_by_role_and_label(Role::ComboBox, combo)
        .scroll_to_me();
    harness.run_steps(3);
    harness.get_by_role_and_label(Role::ComboBox, combo).click();
    harness.run_steps(3);
    // The options are buttons in the popup (the table's cells are labels).
    harness
        .query_all_by_label(option)
        .rfind(|node| node.accesskit_node().role() == Role::Button)
        .unwrap_or_else(|| panic!("no option {option:?}"))
        .click();
    harness.run_steps(4);
}

/// Replace the text of the field labelled `label`, as a screen reader sets a value.
fn replace_text(harness: &mut Harness<'static, ProeftuinApp>, label: &str, text: &str) {
    text_field(harness, label).set_text_value_accesskit(text);
    harness.run_steps(3);
}

/// Click "Clear filters" (shown while a filter is set).
fn clear_filters(harness: &mut Harness<'static, ProeftuinApp>) {
    let label = words(harness).t("filter-clear").to_string();
    click_button(harness, &label);
    assert!(!harness.state().prefs().filters.is_active());
}

/// A fresh temporary folder for a snapshot test. The app shows the portfolio's path (in
/// the status bar, and in the import dialog's file field); [`image`] masks every line
/// that shows it, so the images do not depend on the folder's random name.
fn snapshot_dir() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("proeftuin-snapshot-")
        .tempdir()
        .expect("a fresh snapshot folder")
}

/// Settle the layout, mask the lines that show `dir` (full width, so the mask does not
/// depend on the text's width), and compare with the stored image `name`.
fn try_image(
    harness: &mut Harness<'static, ProeftuinApp>,
    dir: &std::path::Path,
    name: &str,
) -> egui_kittest::SnapshotResult {
    settle_layout(harness);
    let needle = dir.display().to_string();
    let width = harness.ctx.content_rect().width();
    let strips: Vec<eframe::egui::Rect> = harness
        .query_all(egui_kittest::kittest::by().predicate(move |node| {
            node.label().is_some_and(|text| text.contains(&needle))
                || node.value().is_some_and(|text| text.contains(&needle))
        }))
        .map(|node| {
            let rect = node.rect();
            eframe::egui::Rect::from_min_max(
                eframe::egui::pos2(0.0, rect.top() - 1.0),
                eframe::egui::pos2(width, rect.bottom() + 1.0),
            )
        })
        .collect();
    assert!(!strips.is_empty(), "the path is shown somewhere: mask it");
    for strip in strips {
        harness.mask(strip);
    }
    harness.try_snapshot(name)
}

fn image(harness: &mut Harness<'static, ProeftuinApp>, dir: &std::path::Path, name: &str) {
    if let Err(error) = try_image(harness, dir, name) {
        panic!("{error}");
    }
}

/// A Dutch demo in its own snapshot folder, showing `view`.
fn snapshot_harness(view: View) -> (tempfile::TempDir, Harness<'static, ProeftuinApp>) {
    let dir = snapshot_dir();
    let mut harness = harness(dir.path().join("demo.sqlite"), Language::Dutch);
    go_to(&mut harness, view);
    harness.remove_cursor();
    (dir, harness)
}

/// As [`snapshot_harness`], in the light theme.
fn light_snapshot_harness(view: View) -> (tempfile::TempDir, Harness<'static, ProeftuinApp>) {
    let dir = snapshot_dir();
    let mut harness = harness_themed(
        proeftuin::store::Location::File(dir.path().join("demo.sqlite")),
        Language::Dutch,
        eframe::egui::Theme::Light,
    );
    go_to(&mut harness, view);
    harness.remove_cursor();
    (dir, harness)
}

/// The views of issue "Balance and learning" in the light theme too.
#[test]
fn new_views_in_the_light_theme_snapshots() {
    for (view, name) in [
        (View::Balance, "balance_light"),
        (View::Departments, "departments_light"),
        (View::Activities, "activities_light"),
        (View::Quadrants, "quadrant_map_light"),
        (View::Peers, "peers_light"),
    ] {
        let (dir, mut harness) = light_snapshot_harness(view);
        settle(&mut harness);
        if view == View::Peers {
            import_peers_in_dutch(&mut harness, dir.path());
        }
        image(&mut harness, dir.path(), name);
    }
}

fn harness_on(
    view: View,
    language: Language,
) -> (tempfile::TempDir, Harness<'static, ProeftuinApp>) {
    let (dir, path) = demo_path();
    let mut harness = harness(path, language);
    go_to(&mut harness, view);
    (dir, harness)
}

/// Let every animation and pending layout finish (windows centred, sizes settled), so a
/// snapshot image is the same on every run however long the worker took.
fn settle_layout(harness: &mut Harness<'static, ProeftuinApp>) {
    harness.run_steps(2);
    harness.run();
}

/// Step until the store worker has answered everything, then let the UI settle.
fn settle(harness: &mut Harness<'static, ProeftuinApp>) {
    // A click is seen in one frame and its command applied in the next.
    harness.run_steps(2);
    for _ in 0..2_000 {
        harness.step();
        if !harness.state().is_busy() {
            harness.run_steps(4);
            return;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    panic!("the store worker did not answer in time");
}

/// The text field labelled `label` (its label text is a separate node with the same name).
fn text_field<'a>(
    harness: &'a Harness<'static, ProeftuinApp>,
    label: &'a str,
) -> egui_kittest::Node<'a> {
    harness
        .query_all_by_label(label)
        .find(|node| {
            matches!(
                node.accesskit_node().role(),
                Role::TextInput | Role::MultilineTextInput | Role::PasswordInput
            )
        })
        .unwrap_or_else(|| panic!("no text field labelled {label:?}"))
}

/// Focus the text field labelled `label`, then type into it.
fn type_into(harness: &mut Harness<'static, ProeftuinApp>, label: &str, text: &str) {
    text_field(harness, label).focus();
    harness.run_steps(1);
    text_field(harness, label).type_text(text);
    harness.run_steps(2);
}

/// Step until the export running in the dialog has finished (or a few seconds passed).
fn wait_for_export(harness: &mut Harness<'static, ProeftuinApp>) {
    for _ in 0..500 {
        harness.step();
        if harness
            .state()
            .drafts()
            .export
            .as_ref()
            .is_some_and(|dialog| dialog.done.is_some())
        {
            return;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
}

/// Click the button labelled `label` (not a heading or text with the same words).
fn click_button(harness: &mut Harness<'static, ProeftuinApp>, label: &str) {
    harness.get_by_role_and_label(Role::Button, label).click();
    // One frame to emit the command, one to apply it, then let dialogs fade in.
    harness.run_steps(5);
}

fn demo_path() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("demo.sqlite");
    (dir, path)
}

#[test]
fn first_start_opens_the_demo_portfolio() {
    let (_dir, path) = demo_path();
    let harness = harness(path.clone(), Language::English);
    let total = proeftuin::demo::demo_portfolio().initiatives.len();
    harness.get_by_label(&format!("{total} of {total} initiatives"));
    harness.get_by_label("Chatbot klantcontactcentrum");
    harness.get_by_label("DEMO");
    assert!(
        harness
            .state()
            .window_title()
            .contains("Gemeente Proefdorp")
    );
    assert!(harness.state().window_title().contains("demo.sqlite"));
    assert!(path.exists(), "the portfolio file was created");
}

/// A portfolio just opened shows its overview in the frame its load arrives, with every
/// figure the overview draws; the table's search index, rows and filter names follow in
/// the next frame, the same as a full rebuild makes them.
#[test]
fn the_overview_of_a_portfolio_just_opened_comes_first_and_the_table_a_frame_later() {
    let (_dir, path) = demo_path();
    let prefs = Preferences {
        language: Some(Language::English),
        ..Preferences::default()
    };
    let location = proeftuin::store::Location::File(path);
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |creation| {
            ProeftuinApp::new(&creation.egui_ctx, location, prefs, today())
        });
    let mut frames = 0;
    while harness.state().portfolio().is_none() {
        assert!(frames < 5_000, "the portfolio did not arrive");
        harness.step();
        frames += 1;
        std::thread::sleep(Duration::from_millis(2));
    }
    // The frame the portfolio arrived in: the overview's figures, not yet the table's.
    let app = harness.state();
    assert_eq!(app.view(), View::Overview);
    let portfolio = app.portfolio().expect("portfolio");
    let total = portfolio.initiatives.len();
    assert_eq!(
        app.summary(),
        Some(&proeftuin::figures::summarize(portfolio, today(), 2026))
    );
    assert_eq!(
        app.figures(),
        proeftuin::figures::all_initiative_figures(portfolio, today())
    );
    assert!(app.visible().is_empty() && app.themes().is_empty());
    harness.get_by_label_contains("Innovation share");
    let red = proeftuin::figures::summarize(portfolio, today(), 2026)
        .health
        .red;
    harness.get_by_label(&format!("Off track: {red}"));

    // The next frame: the table's rows and names, as a full rebuild makes them.
    harness.step();
    let app = harness.state();
    let portfolio = app.portfolio().expect("portfolio");
    let figures = proeftuin::figures::all_initiative_figures(portfolio, today());
    let full = proeftuin::app::filter_and_sort(
        portfolio,
        &figures,
        &app.prefs().filters,
        app.prefs().sort,
        app.tr(),
    );
    assert_eq!(app.visible().len(), total);
    assert_eq!(app.visible(), full);
    assert!(app.themes().contains(&"dienstverlening".to_string()));
    settle(&mut harness);
    go_to(&mut harness, View::Portfolio);
    type_into(&mut harness, "Search", "chatbot");
    harness.get_by_label(&format!("1 of {total} initiatives"));
}

#[test]
fn search_and_filters_narrow_the_table() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    type_into(&mut harness, "Search", "chatbot");
    harness.get_by_label("1 of 30 initiatives");
    harness.get_by_label("Chatbot klantcontactcentrum");
    assert!(harness.query_by_label("Opendataportaal").is_none());
    harness.key_combination(&[Key::Escape]);
    replace_text(&mut harness, "Search", "");
    choose(&mut harness, "Phase", "Stopped");
    let stopped = proeftuin::demo::demo_portfolio()
        .initiatives
        .iter()
        .filter(|i| i.phase == Phase::Stopped)
        .count();
    harness.get_by_label(&format!("{stopped} of 30 initiatives"));
}

#[test]
fn ctrl_f_in_any_view_puts_the_cursor_in_the_tables_search_box() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    for view in [View::Overview, View::Budget] {
        go_to(&mut harness, view);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
        harness.run_steps(4);
        assert_eq!(harness.state().view(), View::Portfolio, "from {view:?}");
        assert!(text_field(&harness, "Search").is_focused(), "from {view:?}");
    }
    // Typing goes straight into the search box, without a click.
    harness
        .input_mut()
        .events
        .push(eframe::egui::Event::Text("chatbot".into()));
    harness.run_steps(3);
    harness.get_by_label("1 of 30 initiatives");
}

#[test]
fn ctrl_s_saves_the_editor_while_typing_in_it() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    let name = "Chatbot klantcontactcentrum";
    harness.get_by_label(name).click();
    harness.run_steps(3);
    type_into(&mut harness, "Owner", " (waarnemend)");
    assert!(text_field(&harness, "Owner").is_focused());
    press(&mut harness, Modifiers::COMMAND, Key::S);
    let owner = owner_of(&harness, name).expect("demo initiative");
    assert!(owner.ends_with(" (waarnemend)"), "saved: {owner:?}");
}

#[test]
fn create_an_initiative_change_its_phase_and_find_it() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path.clone(), Language::English);
    click_button(&mut harness, "Portfolio");
    click_button(&mut harness, "New initiative");
    type_into(&mut harness, "Name", "Slimme bankjes in het park");
    type_into(&mut harness, "Owner", "P. Tester");
    click_button(&mut harness, "Save");
    settle(&mut harness);
    let created = harness
        .state()
        .portfolio()
        .and_then(|portfolio| {
            portfolio
                .initiatives
                .iter()
                .find(|i| i.name == "Slimme bankjes in het park")
        })
        .cloned()
        .expect("the initiative was stored");
    assert_eq!(created.owner, "P. Tester");
    assert_eq!(created.phase, Phase::Idea);
    harness.get_by_label("31 of 31 initiatives");

    // A phase change goes through the gate dialog and writes the history.
    click_button(&mut harness, "Gate decision / change phase…");
    click_button(&mut harness, "Record decision");
    harness.get_by_label("Say who decided");
    type_into(&mut harness, "Decided by", "Managementteam");
    type_into(&mut harness, "Rationale", "Probleem en waarde zijn helder");
    click_button(&mut harness, "Record decision");
    settle(&mut harness);
    let moved = harness
        .state()
        .portfolio()
        .and_then(|portfolio| portfolio.initiative(created.id))
        .cloned()
        .expect("still there");
    assert_eq!(moved.phase, Phase::Preparation);
    let last = moved.phase_history.last().expect("history");
    assert_eq!(last.decision, GateDecision::Go);
    assert_eq!(&*last.decider, "Managementteam");
    assert_eq!(last.decided_on, today());

    // Close the editor and find it by search.
    click_button(&mut harness, "Close");
    type_into(&mut harness, "Search", "bankjes");
    harness.get_by_label("1 of 31 initiatives");
    harness.get_by_label("Slimme bankjes in het park");

    // It is in the file too.
    let stored = proeftuin::store::open(&path)
        .expect("open")
        .load_portfolio()
        .expect("load");
    assert!(
        stored
            .initiatives
            .iter()
            .any(|i| i.name == "Slimme bankjes in het park" && i.phase == Phase::Preparation)
    );
}

#[test]
fn invalid_input_is_shown_next_to_the_field_and_nothing_is_saved() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    click_button(&mut harness, "New initiative");
    type_into(&mut harness, "Planned end date", "31-12-2020");
    click_button(&mut harness, "Save");
    harness.get_by_label("A name is required");
    harness.get_by_label("The end date lies before the start date");
    assert_eq!(
        harness.state().portfolio().map(|p| p.initiatives.len()),
        Some(30)
    );
}

#[test]
fn delete_asks_names_what_is_lost_and_can_be_undone() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    harness.get_by_label("Opendataportaal").click();
    harness.run_steps(2);
    click_button(&mut harness, "Delete");
    let dialog_text = harness
        .query_all_by_label_contains("will be deleted with its")
        .count();
    assert_eq!(dialog_text, 1);
    harness
        .get_all_by_label("Delete")
        .last()
        .expect("confirm button")
        .click();
    settle(&mut harness);
    harness.get_by_label("29 of 29 initiatives");
    assert!(harness.query_by_label("Opendataportaal").is_none());
    harness
        .get_by_label_contains("Undo: deleting “Opendataportaal”")
        .click();
    settle(&mut harness);
    harness.get_by_label("30 of 30 initiatives");
    let restored = harness.state().portfolio().and_then(|p| {
        p.initiatives
            .iter()
            .find(|i| i.name == "Opendataportaal")
            .cloned()
    });
    assert!(restored.is_some_and(|i| i.phase_history.len() >= 5 && !i.budget_lines.is_empty()));
}

#[test]
fn switch_language_to_dutch() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    click_button(&mut harness, "Settings");
    harness
        .get_by_role_and_label(Role::RadioButton, "Nederlands")
        .click();
    harness.run_steps(3);
    assert_eq!(harness.state().language(), Language::Dutch);
    harness.get_by_role_and_label(Role::Button, "Instellingen");
    click_button(&mut harness, "Portfolio");
    harness.get_by_label("30 van 30 initiatieven");
    harness.get_by_label("Zoeken");
    // Amounts in Dutch format.
    assert!(harness.query_all_by_label_contains("€ 85.000").count() >= 1);
}

#[test]
fn snapshots_of_the_main_views() {
    let dir = snapshot_dir();
    let path = dir.path().join("demo.sqlite");
    let mut harness = harness(path, Language::Dutch);
    let mut results = egui_kittest::SnapshotResults::new();
    harness.run_steps(2);
    results.add(try_image(&mut harness, dir.path(), "portfolio_table"));
    harness.get_by_label("Chatbot klantcontactcentrum").click();
    harness.run_steps(3);
    results.add(try_image(&mut harness, dir.path(), "initiative_editor"));
    click_button(&mut harness, "Instellingen");
    results.add(try_image(&mut harness, dir.path(), "settings"));
}

#[test]
fn unsaved_changes_are_never_dropped_without_asking() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    harness.get_by_label("Chatbot klantcontactcentrum").click();
    harness.run_steps(3);
    type_into(&mut harness, "Owner", " (waarnemend)");
    // Opening another initiative asks first; Cancel keeps the edits.
    harness.get_by_label("Opendataportaal").click();
    harness.run_steps(5);
    harness.get_by_label("Unsaved changes");
    click_button(&mut harness, "Cancel");
    let editor = harness.state().editor().expect("still editing");
    assert_eq!(editor.draft.owner, "A. de Vries (waarnemend)");
    // Save from the dialog stores the edit.
    harness.get_by_label("Opendataportaal").click();
    harness.run_steps(5);
    // The dialog's Save (the editor has one too; the dialog's comes last).
    harness
        .get_all_by_role_and_label(Role::Button, "Save")
        .last()
        .expect("dialog button")
        .click();
    settle(&mut harness);
    let stored = harness.state().portfolio().and_then(|p| {
        p.initiatives
            .iter()
            .find(|i| i.name == "Chatbot klantcontactcentrum")
            .cloned()
    });
    assert_eq!(
        stored.map(|i| i.owner),
        Some("A. de Vries (waarnemend)".to_string())
    );
    // Discard drops the edits and goes on to what was asked.
    type_into(&mut harness, "Owner", " X");
    harness.get_by_label("Opendataportaal").click();
    harness.run_steps(5);
    click_button(&mut harness, "Discard");
    harness.run_steps(3);
    assert_eq!(
        harness.state().editor().map(|e| e.draft.name.as_str()),
        Some("Opendataportaal")
    );
    let kept = harness.state().portfolio().and_then(|p| {
        p.initiatives
            .iter()
            .find(|i| i.name == "Chatbot klantcontactcentrum")
            .cloned()
    });
    assert_eq!(
        kept.map(|i| i.owner),
        Some("A. de Vries (waarnemend)".to_string())
    );
}

#[test]
fn an_edit_updates_the_table_as_a_full_rebuild_would() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    harness.get_by_label("Algoritmeregister").click();
    harness.run_steps(3);
    // Rename so it moves from first to last in name order, and give it a new theme.
    text_field(&harness, "Name").focus();
    harness.run_steps(1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.run_steps(1);
    type_into(&mut harness, "Name", "Zwemwater meten");
    type_into(&mut harness, "Themes", ", waterkwaliteit");
    click_button(&mut harness, "Save");
    settle(&mut harness);
    let app = harness.state();
    let portfolio = app.portfolio().expect("portfolio");
    let last = *app.visible().last().expect("rows");
    assert_eq!(portfolio.initiatives[last].name, "Zwemwater meten");
    let fresh_figures = proeftuin::figures::all_initiative_figures(portfolio, today());
    assert_eq!(app.figures(), fresh_figures);
    let full = proeftuin::app::filter_and_sort(
        portfolio,
        &fresh_figures,
        &app.prefs().filters,
        app.prefs().sort,
        app.tr(),
    );
    assert_eq!(app.visible(), full);
    assert!(app.themes().contains(&"waterkwaliteit".to_string()));
    // The search index follows the edit too.
    type_into(&mut harness, "Search", "zwemwater");
    harness.get_by_label("1 of 30 initiatives");
}

#[test]
fn overview_numbers_open_exactly_those_initiatives() {
    let (_dir, mut harness) = harness_on(View::Overview, Language::English);
    harness.get_by_label_contains("Innovation share");
    let demo = proeftuin::demo::demo_portfolio();
    let summary = proeftuin::figures::summarize(&demo, today(), 2026);

    let cases: Vec<(String, usize)> = vec![
        (
            format!("Stopped: {}", summary.by_phase["stopped"].count),
            summary.by_phase["stopped"].count,
        ),
        (
            format!(
                "Smart society: {}",
                summary.by_quadrant["smart_society"].count
            ),
            summary.by_quadrant["smart_society"].count,
        ),
        (
            format!("Blocked: {}", summary.readiness.blocked),
            summary.readiness.blocked,
        ),
        (
            format!("Stuck initiatives: {}", summary.stuck.len()),
            summary.stuck.len(),
        ),
        (
            format!("Off track: {}", summary.health.red),
            summary.health.red,
        ),
    ];
    for (label, count) in cases {
        assert!(count > 0, "{label}: the demo should have some");
        go_to(&mut harness, View::Overview);
        click_button(&mut harness, &label);
        assert_eq!(harness.state().view(), View::Portfolio, "{label}");
        harness.get_by_label(&format!("{count} of 30 initiatives"));
    }
    // The last filter (off track) holds exactly the red initiatives.
    let app = harness.state();
    let portfolio = app.portfolio().expect("portfolio");
    assert!(app.visible().iter().all(|&row| {
        portfolio.initiatives[row]
            .latest_health()
            .is_some_and(|h| h.status == proeftuin::domain::Health::Red)
    }));
    // Stuck names on the overview are the library's.
    assert_eq!(
        summary.stuck.len(),
        app.figures().iter().filter(|f| f.stuck).count()
    );
}

#[test]
fn balance_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Balance);
    harness.get_by_label_contains("Managementmodel");
    image(&mut harness, dir.path(), "balance");
}

#[test]
fn overview_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Overview);
    harness.get_by_label_contains("Innovatieaandeel");
    image(&mut harness, dir.path(), "overview");
}

#[test]
fn quadrant_map_marks_open_initiatives_and_titles_filter_the_table() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    let demo = proeftuin::demo::demo_portfolio();
    let count = |quadrant: proeftuin::domain::Quadrant| {
        demo.initiatives
            .iter()
            .filter(|i| i.quadrant == quadrant)
            .count()
    };
    go_to(&mut harness, View::Quadrants);
    harness.get_by_label_contains("Horizontal: from old");
    // Every initiative is a mark, reachable by its name.
    for initiative in &demo.initiatives {
        harness.get_by_role_and_label(Role::Button, &initiative.name);
    }
    click_button(&mut harness, "Chatbot klantcontactcentrum");
    assert_eq!(
        harness.state().editor().map(|e| e.draft.name.as_str()),
        Some("Chatbot klantcontactcentrum")
    );
    click_button(&mut harness, "Close");

    // The table's filters apply to the map.
    go_to(&mut harness, View::Portfolio);
    choose(&mut harness, "Phase", "Stopped");
    go_to(&mut harness, View::Quadrants);
    let stopped_society = demo
        .initiatives
        .iter()
        .filter(|i| {
            i.phase == Phase::Stopped && i.quadrant == proeftuin::domain::Quadrant::SmartSociety
        })
        .count();
    harness.get_by_role_and_label(Role::Button, &format!("Smart society: {stopped_society}"));
    clear_filters(&mut harness);

    // A quadrant's title opens the table filtered to it.
    let society = count(proeftuin::domain::Quadrant::SmartSociety);
    click_button(&mut harness, &format!("Smart society: {society}"));
    assert_eq!(harness.state().view(), View::Portfolio);
    harness.get_by_label(&format!("{society} of 30 initiatives"));
}

#[test]
fn quadrant_map_groups_large_quadrants_per_phase() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("big.sqlite");
    let portfolio = proeftuin::demo::synthetic_portfolio(2_000, 3);
    proeftuin::store::open(&path)
        .expect("open")
        .replace_portfolio(&portfolio)
        .expect("write");
    let mut harness = harness(path, Language::English);
    go_to(&mut harness, View::Quadrants);
    let pilots_in_society = portfolio
        .initiatives
        .iter()
        .filter(|i| {
            i.quadrant == proeftuin::domain::Quadrant::SmartSociety && i.phase == Phase::Pilot
        })
        .count();
    assert!(pilots_in_society > 0);
    click_button(
        &mut harness,
        &format!("Smart society, Pilot running: {pilots_in_society}"),
    );
    harness.get_by_label(&format!("{pilots_in_society} of 2000 initiatives"));
}

#[test]
fn the_overview_groups_counts_of_five_digits() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("big.sqlite");
    let portfolio = proeftuin::demo::synthetic_portfolio(30_000, 3);
    proeftuin::store::open(&path)
        .expect("open")
        .replace_portfolio(&portfolio)
        .expect("write");
    let blocked = proeftuin::figures::all_initiative_figures(&portfolio, today())
        .iter()
        .filter(|figures| figures.assessment.verdict == proeftuin::domain::Verdict::Blocked)
        .count();
    assert!(blocked >= 10_000, "{blocked}");
    let mut harness = harness(path, Language::English);
    go_to(&mut harness, View::Overview);
    let label = format!(
        "Blocked: {}",
        proeftuin::format::count(blocked, Language::English)
    );
    assert!(label.contains(','), "{label}");
    harness.get_by_role_and_label(Role::Button, &label);
}

#[test]
fn quadrant_map_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Quadrants);
    image(&mut harness, dir.path(), "quadrant_map");
}

#[test]
fn readiness_matrix_cells_and_verdicts_per_phase_open_the_table() {
    let (_dir, mut harness) = harness_on(View::Readiness, Language::English);
    let demo = proeftuin::demo::demo_portfolio();
    harness.get_by_label_contains("Scaling Readiness matrix");
    // The chatbot sits at readiness 6, use 2.
    let cell = demo
        .initiatives
        .iter()
        .filter(|i| i.readiness_level == Some(6) && i.use_level == Some(2))
        .count();
    click_button(
        &mut harness,
        &format!("Readiness 6, use 2: {cell} initiatives"),
    );
    assert_eq!(harness.state().view(), View::Portfolio);
    harness.get_by_label(&format!("{cell} of 30 initiatives"));
    harness.get_by_label("Chatbot klantcontactcentrum");

    clear_filters(&mut harness);
    go_to(&mut harness, View::Readiness);
    let summary_blocked_in_pilot = harness
        .state()
        .visible()
        .iter()
        .filter(|&&row| {
            let app = harness.state();
            let initiative = &app.portfolio().expect("portfolio").initiatives[row];
            initiative.phase == Phase::Pilot
                && app.figures()[row].assessment.verdict == proeftuin::domain::Verdict::Blocked
        })
        .count();
    click_button(
        &mut harness,
        &format!("Pilot running · Blocked: {summary_blocked_in_pilot}"),
    );
    harness.get_by_label(&format!("{summary_blocked_in_pilot} of 30 initiatives"));
}

#[test]
fn changing_a_readiness_weight_changes_the_verdict_shown() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    // Chatbot: 12 of 16 = 75 %, ready. Knowledge and capacity (rated 1) weighing 3 gives
    // 14 of 20 = 70 %: conditionally ready.
    let chatbot_verdict = |harness: &Harness<'static, ProeftuinApp>| {
        let app = harness.state();
        let portfolio = app.portfolio().expect("portfolio");
        let row = portfolio
            .initiatives
            .iter()
            .position(|i| i.name == "Chatbot klantcontactcentrum")
            .expect("chatbot");
        app.figures()[row].assessment.verdict
    };
    assert_eq!(chatbot_verdict(&harness), proeftuin::domain::Verdict::Ready);
    let before = harness
        .query_all_by_label("Conditionally ready (70.0%)")
        .count();
    click_button(&mut harness, "Settings");
    harness
        .get_by_label("Weight: Knowledge and capacity")
        .set_value_accesskit(3.0);
    harness.run_steps(3);
    click_button(&mut harness, "Save");
    settle(&mut harness);
    click_button(&mut harness, "Portfolio");
    harness.run_steps(3);
    assert!(
        harness
            .query_all_by_label("Conditionally ready (70.0%)")
            .count()
            > before,
        "the table shows the new verdict"
    );
    assert_eq!(
        chatbot_verdict(&harness),
        proeftuin::domain::Verdict::ConditionallyReady
    );
    let app = harness.state();
    let portfolio = app.portfolio().expect("portfolio");
    assert_eq!(
        portfolio.settings.readiness.weights
            [proeftuin::domain::Criterion::KnowledgeCapacity.index()],
        3
    );
}

#[test]
fn readiness_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Readiness);
    image(&mut harness, dir.path(), "readiness");
}

#[test]
fn phases_funnel_filters_and_roadmap_opens_initiatives() {
    let (_dir, mut harness) = harness_on(View::Phases, Language::English);
    let demo = proeftuin::demo::demo_portfolio();
    harness.get_by_label_contains("Funnel");
    // The stuck list shows the library's stuck initiatives with the threshold.
    harness.get_by_label("Stuck: 12 months or more in pilot or evaluation");
    for figures_row in harness
        .state()
        .figures()
        .iter()
        .enumerate()
        .filter(|(_, f)| f.stuck)
        .map(|(row, _)| row)
    {
        let name = harness.state().portfolio().expect("portfolio").initiatives[figures_row]
            .name
            .clone();
        harness.get_by_role_and_label(Role::Link, &name);
    }
    // A funnel bar opens the table with that phase.
    let pilots = demo
        .initiatives
        .iter()
        .filter(|i| i.phase == Phase::Pilot)
        .count();
    let label = harness
        .query_all_by_role(Role::Button)
        .find_map(|node| {
            node.accesskit_node()
                .label()
                .filter(|label| label.starts_with("Pilot running: "))
        })
        .expect("funnel bar");
    click_button(&mut harness, &label);
    harness.get_by_label(&format!("{pilots} of 30 initiatives"));
    // A roadmap bar opens the initiative.
    clear_filters(&mut harness);
    go_to(&mut harness, View::Phases);
    click_button(&mut harness, "Roadmap: Chatbot klantcontactcentrum");
    assert_eq!(
        harness.state().editor().map(|e| e.draft.name.as_str()),
        Some("Chatbot klantcontactcentrum")
    );
}

#[test]
fn phases_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Phases);
    image(&mut harness, dir.path(), "phases");
}

/// Every labelled node's text, for a test's failure message.
fn labels(harness: &Harness<'static, ProeftuinApp>, role: Role) -> Vec<String> {
    harness
        .query_all_by_role(role)
        .filter_map(|node| node.accesskit_node().label())
        .collect()
}

/// At least one node carries exactly this text.
fn shows(harness: &Harness<'static, ProeftuinApp>, text: &str) {
    assert!(
        harness.query_all_by_label(text).next().is_some(),
        "{text:?} is not shown"
    );
}

#[test]
fn budget_view_shows_the_figures_and_projects_scaling() {
    use proeftuin::figures::budget::{BaselineScope, project_operation};
    use proeftuin::format::money_whole;
    let (_dir, mut harness) = harness_on(View::Budget, Language::English);
    harness.get_by_label("Operation and innovation per year");
    harness.get_by_label("Includes the departments' baseline operation budget.");
    let portfolio = harness.state().portfolio().cloned().expect("portfolio");
    let rows: Vec<usize> = (0..portfolio.initiatives.len()).collect();
    let view = harness.state().budget().cloned().expect("budget figures");
    // The years table shows the library's planned amounts of every year.
    let summary = proeftuin::figures::summarize(&portfolio, today(), 2026);
    for (year, amounts) in &view.figures.years {
        let from_summary = summary
            .budget
            .iter()
            .find(|b| b.year == *year)
            .expect("same years as the summary");
        assert_eq!(
            amounts.operation_planned_cents,
            from_summary.operation_cents
        );
        assert_eq!(
            amounts.innovation_planned_cents,
            from_summary.innovation_cents
        );
        assert!(
            harness
                .query_all_by_label(&money_whole(
                    amounts.operation_planned_cents,
                    Language::English
                ))
                .next()
                .is_some(),
            "{year}: operation shown"
        );
    }
    // The projection row of next year, as the library computes it.
    let before = project_operation(
        &portfolio,
        &rows,
        &BaselineScope::All,
        &Default::default(),
        2026,
    );
    assert_eq!(view.projection, before);
    assert!(
        before.years[0].added_cents > 0,
        "the demo has scaling initiatives"
    );
    shows(
        &harness,
        &money_whole(
            before.years[0].projected_operation_cents(),
            Language::English,
        ),
    );

    // Ticking a pilot adds its running costs to the projection.
    let pilot = &portfolio.initiatives[view.tickable[0]];
    let checkbox = format!("{} (Pilot running)", pilot.name);
    assert!(
        labels(&harness, Role::CheckBox).contains(&checkbox),
        "{:?}",
        labels(&harness, Role::CheckBox)
    );
    // Below the fold: ticked as a screen reader would, by the accessibility action.
    harness
        .get_by_role_and_label(Role::CheckBox, &checkbox)
        .click_accesskit();
    harness.run_steps(4);
    let ticked = harness
        .state()
        .budget()
        .cloned()
        .expect("budget")
        .projection;
    assert!(harness.state().projection_ticked().contains(&pilot.id));
    let expected = project_operation(
        &portfolio,
        &rows,
        &BaselineScope::All,
        &[pilot.id].into_iter().collect(),
        2026,
    );
    assert_eq!(ticked, expected);
    assert!(
        expected.years[4].added_cents > before.years[4].added_cents,
        "the pilot's costs carry on"
    );
    shows(
        &harness,
        &money_whole(
            expected.years[4].projected_operation_cents(),
            Language::English,
        ),
    );

    // A department opens the table filtered to it; the baseline follows the filter.
    let department = view
        .figures
        .by_department
        .iter()
        .map(|(name, _)| name.clone())
        .find(|name| {
            !name.is_empty()
                && portfolio
                    .initiatives
                    .iter()
                    .any(|i| i.department.as_deref() == Some(name))
        })
        .expect("a department with initiatives");
    let count = portfolio
        .initiatives
        .iter()
        .filter(|i| i.department.as_deref() == Some(department.as_str()))
        .count();
    click_button(&mut harness, &department);
    assert_eq!(harness.state().view(), View::Portfolio);
    harness.get_by_label(&format!("{count} of 30 initiatives"));
    go_to(&mut harness, View::Budget);
    harness.get_by_label(&format!(
        "Includes the baseline operation budget of {department}."
    ));

    // A name in the planned-versus-spent table opens the initiative.
    let first = harness
        .state()
        .budget()
        .cloned()
        .expect("budget")
        .figures
        .initiatives[0];
    let name = portfolio.initiatives[first.row].name.clone();
    harness
        .query_all_by_role(Role::Link)
        .find(|node| node.accesskit_node().label().as_deref() == Some(name.as_str()))
        .expect("the initiative's link")
        .click_accesskit();
    harness.run_steps(4);
    assert_eq!(
        harness.state().editor().map(|e| e.draft.name.clone()),
        Some(name)
    );
}

#[test]
fn budget_period_and_other_filters() {
    let (_dir, mut harness) = harness_on(View::Budget, Language::Dutch);
    harness.get_by_label("Beheer en innovatie per jaar");
    assert_eq!(harness.state().budget_period(), Some(2026));
    harness
        .get_by_label("Periode van de tabellen hieronder")
        .click();
    harness.run_steps(3);
    harness.get_by_label("Alle jaren").click();
    harness.run_steps(4);
    assert_eq!(harness.state().budget_period(), None);
    let all_years = harness.state().budget().cloned().expect("budget");
    assert_eq!(
        all_years.figures.initiatives.len(),
        harness
            .state()
            .portfolio()
            .expect("portfolio")
            .initiatives
            .iter()
            .filter(|i| !i.budget_lines.is_empty())
            .count()
    );
    // A phase filter leaves the baseline out, and says so.
    go_to(&mut harness, View::Portfolio);
    choose(&mut harness, "Fase", "Pilot loopt");
    go_to(&mut harness, View::Budget);
    harness.get_by_label_contains("blijft buiten beschouwing");
    let pilots = harness.state().budget().cloned().expect("budget");
    assert_eq!(
        pilots.baseline,
        proeftuin::figures::budget::BaselineScope::Excluded
    );
    for (year, amounts) in &pilots.figures.years {
        let all = all_years
            .figures
            .years
            .iter()
            .find(|(other, _)| other == year)
            .map(|(_, all)| *all)
            .expect("the same year");
        assert!(
            amounts.operation_planned_cents < all.operation_planned_cents
                || all.operation_planned_cents == 0
        );
        assert!(amounts.innovation_planned_cents <= all.innovation_planned_cents);
    }
}

#[test]
fn budget_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Budget);
    image(&mut harness, dir.path(), "budget");
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name)
}

/// Open the File menu and click one of its entries.
fn file_menu(harness: &mut Harness<'static, ProeftuinApp>, entry: &str) {
    let menu = words(harness).t("menu-portfolio").to_string();
    click_button(harness, &menu);
    click_button(harness, entry);
}

#[test]
fn import_a_register_through_the_dialog() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    // What the library says this import will do, against the demo.
    let portfolio = harness.state().portfolio().cloned().expect("portfolio");
    let expected = proeftuin::exchange::import::preview_file(
        &portfolio,
        &fixture("register-nl-excel.csv"),
        &Default::default(),
        today(),
    )
    .expect("preview");
    file_menu(&mut harness, "Import register…");
    harness.get_by_label("Import a register");
    let file = fixture("register-nl-excel.csv").display().to_string();
    replace_text(&mut harness, "File to import", &file);
    click_button(&mut harness, "Read file");
    settle(&mut harness);
    harness.get_by_label(&format!(
        "Will create {}, update {}, leave {} unchanged.",
        expected.created.len(),
        expected.updated.len(),
        expected.unchanged.len()
    ));
    // The column mapping is shown, and the notes say where yearless amounts went.
    harness.get_by_label("Startdatum");
    harness.get_by_label_contains("booked in the year of the start date");
    click_button(&mut harness, "Import");
    settle(&mut harness);
    assert!(
        harness.state().drafts().import.is_none(),
        "the dialog closes"
    );
    let total = portfolio.initiatives.len() + expected.created.len();
    harness.get_by_label(&format!("{total} of {total} initiatives"));
    harness.get_by_label_contains("Import done:");
    let imported = harness
        .state()
        .portfolio()
        .and_then(|p| {
            p.initiatives
                .iter()
                .find(|i| i.name == "Sensoren fietsroute school")
                .cloned()
        })
        .expect("imported");
    assert_eq!(
        imported.planned_cents(proeftuin::domain::BudgetCategory::Innovation),
        6_225_050
    );
}

/// Open the import dialog (Dutch), give it `file` and read it.
fn read_in_import_dialog(harness: &mut Harness<'static, ProeftuinApp>, file: &std::path::Path) {
    file_menu(harness, "Register importeren…");
    replace_text(
        harness,
        "Te importeren bestand",
        &file.display().to_string(),
    );
    click_button(harness, "Bestand lezen");
    settle(harness);
}

#[test]
fn import_problems_are_listed_and_nothing_is_written() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::Dutch);
    let bad = dir.path().join("fout.csv");
    std::fs::write(
        &bad,
        "Naam;Fase;Startdatum\nA;vliegen;01-01-2026\nB;pilot;31-02-2026\n",
    )
    .expect("write");
    let before = harness.state().portfolio().cloned();
    read_in_import_dialog(&mut harness, &bad);
    harness.get_by_label_contains("2 problemen");
    harness.get_by_label_contains("rij 2, kolom \"Fase\", waarde \"vliegen\": onbekende fase");
    harness.get_by_label_contains(
        "rij 3, kolom \"Startdatum\", waarde \"31-02-2026\": geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd)",
    );
    let import = harness.get_by_role_and_label(Role::Button, "Importeren");
    assert!(
        import.accesskit_node().is_disabled(),
        "no import with problems"
    );
    click_button(&mut harness, "Sluiten");
    assert!(harness.state().drafts().import.is_none());
    assert_eq!(harness.state().portfolio().cloned(), before);
}

/// A register numbered by its own `Nr.`: refused with the reason and two ways on, one
/// click each: match by name (new initiatives) or use the ids (renames).
#[test]
fn a_files_own_numbering_is_refused_with_two_ways_on() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::Dutch);
    let file = dir.path().join("nummers.csv");
    std::fs::write(
        &file,
        "Nr.;Naam;Fase\n1;Lantaarnpalen;pilot\n2;Woo-verzoeken;idee\n",
    )
    .expect("write");
    let before = harness.state().portfolio().cloned();
    read_in_import_dialog(&mut harness, &file);
    harness.get_by_label_contains("lijkt de eigen nummering van het bestand te bevatten");
    click_button(
        &mut harness,
        "Rijen op naam koppelen (deze kolom niet importeren)",
    );
    settle(&mut harness);
    harness.get_by_label_contains("Maakt 2 nieuw, werkt 0 bij");
    assert!(
        !harness
            .get_by_role_and_label(Role::Button, "Importeren")
            .accesskit_node()
            .is_disabled()
    );
    click_button(&mut harness, "Sluiten");
    assert_eq!(harness.state().portfolio().cloned(), before);
}

/// A text Proeftuin does not know in the phase column: listed once with its rows, given a
/// meaning from a list, and the file can be imported.
#[test]
fn an_unknown_phase_is_given_a_meaning_in_the_dialog() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::Dutch);
    let file = dir.path().join("fasen.csv");
    std::fs::write(&file, "Naam;Fase\nNieuw A;Afgerond\nNieuw B;Afgerond\n").expect("write");
    read_in_import_dialog(&mut harness, &file);
    harness.get_by_label_contains("2 problemen");
    harness.get_by_label("Teksten die Proeftuin niet kent: kies wat elk betekent");
    choose(&mut harness, "Fase: “Afgerond” (2 rijen)", "Evaluatie");
    settle(&mut harness);
    harness.get_by_label_contains("Maakt 2 nieuw, werkt 0 bij");
    click_button(&mut harness, "Importeren");
    settle(&mut harness);
    assert!(
        harness.state().drafts().import.is_none(),
        "the dialog closes"
    );
    let portfolio = harness.state().portfolio().cloned().expect("portfolio");
    let imported: Vec<Phase> = portfolio
        .initiatives
        .iter()
        .filter(|initiative| initiative.name.starts_with("Nieuw "))
        .map(|initiative| initiative.phase)
        .collect();
    assert_eq!(imported, [Phase::Evaluation, Phase::Evaluation]);
}

#[test]
fn export_a_status_report_with_progress() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::Dutch);
    file_menu(&mut harness, "Exporteren / statusrapportage…");
    harness.get_by_label("Exporteren en statusrapportage");
    harness
        .get_by_role_and_label(
            Role::RadioButton,
            "HTML-statusrapportage — voor het overleg, opent in elke browser",
        )
        .click();
    harness.run_steps(3);
    assert_eq!(
        harness.state().drafts().export.as_ref().map(|d| d.format),
        Some(proeftuin::exchange::ExportFormat::Html)
    );
    let out = dir.path().join("rapport.html");
    replace_text(&mut harness, "Opslaan als", &out.display().to_string());
    click_button(&mut harness, "Exporteren");
    wait_for_export(&mut harness);
    harness.run_steps(2);
    shows(&harness, &format!("Opgeslagen: {}", out.display()));
    let html = std::fs::read_to_string(&out).expect("the report was written");
    assert!(html.contains("Statusrapportage innovatieportefeuille — Gemeente Proefdorp"));
}

/// The workbook as ODS, chosen in the dialog by keyboard: the file name follows the
/// format, and LibreOffice's format is what is written.
#[test]
fn export_the_workbook_as_ods_from_the_dialog() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::Dutch);
    file_menu(&mut harness, "Exporteren / statusrapportage…");
    let ods = "OpenDocument (ODS) — dezelfde werkmap in de open standaard, voor LibreOffice en andere programma's";
    harness
        .get_by_role_and_label(Role::RadioButton, ods)
        .focus();
    harness.run_steps(2);
    harness.key_press(Key::Space);
    harness.run_steps(3);
    let (format, path) = harness
        .state()
        .drafts()
        .export
        .as_ref()
        .map(|draft| (draft.format, draft.path.clone()))
        .expect("dialog");
    assert_eq!(format, proeftuin::exchange::ExportFormat::Ods);
    assert!(
        path.ends_with(".ods"),
        "the file name follows the format: {path}"
    );
    let out = dir.path().join("werkmap.ods");
    replace_text(&mut harness, "Opslaan als", &out.display().to_string());
    click_button(&mut harness, "Exporteren");
    wait_for_export(&mut harness);
    harness.run_steps(2);
    shows(&harness, &format!("Opgeslagen: {}", out.display()));
    let bytes = std::fs::read(&out).expect("the workbook was written");
    assert_eq!(
        &bytes[30..84],
        b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
    );
    let mut workbook = calamine::open_workbook_auto(&out).expect("a spreadsheet");
    assert_eq!(
        calamine::Reader::sheet_names(&workbook),
        [
            "Initiatieven",
            "Begrotingsregels",
            "Fasebesluiten",
            "Kengetallen"
        ]
    );
    let register = calamine::Reader::worksheet_range(&mut workbook, "Initiatieven").expect("sheet");
    assert_eq!(register.height(), 31, "the header and 30 initiatives");
}

#[test]
fn snapshots_open_read_only_and_compare_with_now() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    file_menu(&mut harness, "Snapshots…");
    settle(&mut harness);
    harness.get_by_label("No snapshots yet.");
    click_button(&mut harness, "Take snapshot");
    settle(&mut harness);
    harness.get_by_label("Status 2026-11-28");
    harness.get_by_label("30 initiatives");
    // Compare with now: nothing changed yet. While the store compares, the dialog's
    // other work waits (one frame to emit the command, one to apply it and draw).
    harness
        .get_by_role_and_label(Role::Button, "Compare")
        .click();
    harness.run_steps(2);
    for label in [
        "Compare",
        "Take snapshot",
        "Open “Status 2026-11-28” (read only)",
        "Delete “Status 2026-11-28”",
    ] {
        assert!(
            harness
                .get_by_role_and_label(Role::Button, label)
                .accesskit_node()
                .is_disabled(),
            "{label} is disabled while the store works"
        );
    }
    settle(&mut harness);
    harness.get_by_label("No changes.");
    assert!(
        !harness
            .get_by_role_and_label(Role::Button, "Compare")
            .accesskit_node()
            .is_disabled()
    );
    click_button(&mut harness, "Open “Status 2026-11-28” (read only)");
    settle(&mut harness);
    harness
        .get_by_label("You are looking at snapshot “Status 2026-11-28” of 2026-11-28: read only.");
    assert!(harness.state().is_read_only());
    // Nothing can be changed in a snapshot: Ctrl+N is refused.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_steps(3);
    assert!(harness.state().editor().is_none());
    harness.get_by_label("A snapshot cannot be changed; go back to the current portfolio first.");
    click_button(&mut harness, "Back to the current portfolio");
    settle(&mut harness);
    assert!(!harness.state().is_read_only());
    assert!(
        harness
            .query_by_label_contains("You are looking at snapshot")
            .is_none()
    );
}

#[test]
fn import_dialog_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Portfolio);
    let file = dir.path().join("register.csv");
    std::fs::copy(fixture("register-nl-excel.csv"), &file).expect("copy");
    read_in_import_dialog(&mut harness, &file);
    harness.get_by_label_contains("Maakt 3 nieuw, werkt 9 bij");
    harness.remove_cursor();
    image(&mut harness, dir.path(), "import_dialog");
}

#[test]
fn export_and_snapshot_dialog_snapshots() {
    let (dir, mut harness) = snapshot_harness(View::Overview);
    file_menu(&mut harness, "Exporteren / statusrapportage…");
    harness.remove_cursor();
    image(&mut harness, dir.path(), "export_dialog");
    click_button(&mut harness, "Sluiten");
    file_menu(&mut harness, "Momentopnamen…");
    settle(&mut harness);
    click_button(&mut harness, "Momentopname maken");
    settle(&mut harness);
    click_button(&mut harness, "Vergelijken");
    settle(&mut harness);
    harness.get_by_label("Geen wijzigingen.");
    image(&mut harness, dir.path(), "snapshots_dialog");
}

#[test]
fn the_import_template_is_one_click_away() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    file_menu(&mut harness, "Import register…");
    click_button(&mut harness, "Template (English)");
    settle(&mut harness);
    // An Excel workbook with lists of choices unless another format is chosen.
    let template = dir.path().join("proeftuin-import-template.xlsx");
    assert!(
        template.exists(),
        "the template was written beside the portfolio"
    );
    harness.get_by_label(&format!("Template saved as {}", template.display()));
    assert_eq!(
        harness
            .state()
            .drafts()
            .import
            .as_ref()
            .map(|d| d.path.clone()),
        Some(template.display().to_string()),
        "and is ready to be read"
    );
    click_button(&mut harness, "Read file");
    settle(&mut harness);
    harness.get_by_label("Will create 1, update 0, leave 0 unchanged.");

    // As OpenDocument, in Dutch.
    harness
        .get_by_role_and_label(Role::ComboBox, "Template format")
        .click();
    harness.run_steps(2);
    harness
        .get_by_label("OpenDocument (ODS) with lists of choices")
        .click();
    harness.run_steps(2);
    click_button(&mut harness, "Template (Dutch)");
    settle(&mut harness);
    let template = dir.path().join("importsjabloon-proeftuin.ods");
    harness.get_by_label(&format!("Template saved as {}", template.display()));
    let bytes = std::fs::read(&template).expect("the ODS template was written");
    assert_eq!(
        &bytes[30..84],
        b"mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
    );
    click_button(&mut harness, "Read file");
    settle(&mut harness);
    // The Dutch example is one of the demo's initiatives.
    harness.get_by_label("Will create 0, update 1, leave 0 unchanged.");
}

#[test]
fn an_unknown_column_is_mapped_by_hand() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    go_to(&mut harness, View::Overview);
    let file = dir.path().join("eigen-register.csv");
    std::fs::write(&file, "Benaming;Fase\nSlimme bankjes;pilot\n").expect("write");
    file_menu(&mut harness, "Import register…");
    replace_text(&mut harness, "File to import", &file.display().to_string());
    click_button(&mut harness, "Read file");
    settle(&mut harness);
    // The mapping is shown with the problem, so it can be fixed here.
    harness.get_by_label_contains("no column with the initiatives' names");
    let import = harness.get_by_role_and_label(Role::Button, "Import");
    assert!(import.accesskit_node().is_disabled());
    harness
        .get_by_role_and_label(Role::ComboBox, "Benaming")
        .click();
    harness.run_steps(3);
    harness
        .query_all_by_label("Name")
        .last()
        .expect("the option Name")
        .click();
    settle(&mut harness);
    harness.get_by_label("Will create 1, update 0, leave 0 unchanged.");
    click_button(&mut harness, "Import");
    settle(&mut harness);
    assert!(harness.state().portfolio().is_some_and(|p| {
        p.initiatives
            .iter()
            .any(|i| i.name == "Slimme bankjes" && i.phase == proeftuin::domain::Phase::Pilot)
    }));
    // The import was preceded by a backup of the portfolio as it was.
    let backups = proeftuin::store::backup::list(&dir.path().join("demo.sqlite"));
    assert!(
        backups
            .iter()
            .any(|path| path.to_string_lossy().contains("before-import")),
        "{backups:?}"
    );
}

/// Errors of the portfolio file reach a Dutch user in Dutch, through the typed reply of
/// the store worker.
#[test]
fn a_dutch_user_reads_store_errors_in_dutch() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("notities.sqlite");
    std::fs::write(&path, "geen portefeuille").expect("write");
    let prefs = Preferences {
        language: Some(Language::Dutch),
        dark_mode: Some(false),
        ..Preferences::default()
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |creation| {
            ProeftuinApp::new(
                &creation.egui_ctx,
                proeftuin::store::Location::File(path),
                prefs,
                today(),
            )
        });
    settle(&mut harness);
    // In the page's message and in the status bar.
    assert_eq!(
        harness
            .query_all_by_label_contains(
                "dit is geen Proeftuin-portfolio (het is geen SQLite-database)"
            )
            .count(),
        2
    );
    harness.get_by_label_contains("Het portfolio kon niet worden geopend");
}

/// The export dialog never writes over the open portfolio, and asks before it replaces
/// any other file.
#[test]
fn the_export_dialog_asks_before_replacing_and_never_touches_the_portfolio() {
    let (dir, path) = demo_path();
    let mut harness = harness(path.clone(), Language::English);
    file_menu(&mut harness, "Export / status report…");
    let before = std::fs::read(&path).expect("portfolio");
    replace_text(&mut harness, "Save as", &path.display().to_string());
    click_button(&mut harness, "Export");
    harness.get_by_label_contains("is never written over by an export");
    assert_eq!(std::fs::read(&path).expect("portfolio"), before);

    let existing = dir.path().join("report.pdf");
    std::fs::write(&existing, "keep me").expect("write");
    replace_text(&mut harness, "Save as", &existing.display().to_string());
    click_button(&mut harness, "Export");
    harness.get_by_label("Replace the existing file?");
    click_button(&mut harness, "Cancel");
    assert!(
        harness
            .query_by_label("Replace the existing file?")
            .is_none()
    );
    assert_eq!(std::fs::read_to_string(&existing).expect("file"), "keep me");

    click_button(&mut harness, "Export");
    click_button(&mut harness, "Replace");
    wait_for_export(&mut harness);
    assert!(std::fs::read(&existing).expect("file").starts_with(b"%PDF"));
}

/// Backups in the app: the list, a backup by hand, and a restore that brings back the
/// portfolio as it was (after asking).
#[test]
fn a_backup_is_taken_and_restored_from_the_backups_dialog() {
    let (dir, path) = demo_path();
    let mut harness = harness(path.clone(), Language::English);
    file_menu(&mut harness, "Backups…");
    settle(&mut harness);
    harness.get_by_label("No backups yet.");
    click_button(&mut harness, "Take a backup now");
    settle(&mut harness);
    assert_eq!(proeftuin::store::backup::list(&path).len(), 1);
    let taken = harness
        .state()
        .drafts()
        .backups
        .as_ref()
        .expect("dialog")
        .backups[0]
        .clone();
    assert_eq!(taken.initiatives, 30);
    click_button(&mut harness, "Close");

    // A change after the backup: a new initiative.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_steps(3);
    type_into(&mut harness, "Name", "Na de reservekopie");
    click_button(&mut harness, "Save");
    settle(&mut harness);
    assert_eq!(
        harness
            .state()
            .portfolio()
            .expect("portfolio")
            .initiatives
            .len(),
        31
    );

    file_menu(&mut harness, "Backups…");
    settle(&mut harness);
    click_button(
        &mut harness,
        &format!(
            "Restore the backup of {}",
            proeftuin::format::date_time(taken.taken_at, Language::English)
        ),
    );
    harness.get_by_label("Restore this backup?");
    click_button(&mut harness, "Restore");
    settle(&mut harness);
    assert_eq!(
        harness
            .state()
            .portfolio()
            .expect("portfolio")
            .initiatives
            .len(),
        30,
        "the portfolio as it was at the backup"
    );
    harness.get_by_label_contains("is restored (30 initiatives)");
    // The state before the restore is kept.
    assert!(
        proeftuin::store::backup::list(&path)
            .iter()
            .any(|backup| backup.to_string_lossy().contains("before-restore"))
    );
    drop(dir);
}

#[test]
fn the_export_dialog_can_leave_out_personal_data_and_the_register() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    let owner = harness.state().portfolio().expect("portfolio").initiatives[0]
        .owner
        .clone();
    file_menu(&mut harness, "Export / status report…");
    harness
        .get_by_role_and_label(
            Role::RadioButton,
            "HTML status report — for the meeting, opens in any browser",
        )
        .click();
    harness.run_steps(3);
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            "Leave out personal data (owners, contacts and deciders), for sharing outside the municipality",
        )
        .click();
    harness.run_steps(3);
    let out = dir.path().join("gedeeld.html");
    replace_text(&mut harness, "Save as", &out.display().to_string());
    click_button(&mut harness, "Export");
    wait_for_export(&mut harness);
    let html = std::fs::read_to_string(&out).expect("the report was written");
    assert!(
        html.contains("Innovation portfolio status report"),
        "a report"
    );
    assert!(!html.contains(&owner), "without {owner}");
    // 30 initiatives: the register is the report's appendix unless unticked.
    assert!(html.contains("Appendix: all initiatives"));
    // The dialog grew by its "written" line: let it settle before clicking in it.
    harness.run_steps(5);
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            "Full register as appendix (a line for each of the 30 initiatives)",
        )
        .click();
    harness.run_steps(3);
    assert!(
        !harness
            .state()
            .drafts()
            .export
            .as_ref()
            .expect("dialog")
            .register_appendix
    );
    let summary = dir.path().join("samenvatting.html");
    replace_text(&mut harness, "Save as", &summary.display().to_string());
    click_button(&mut harness, "Export");
    wait_for_export(&mut harness);
    let html = std::fs::read_to_string(&summary).expect("the report was written");
    assert!(!html.contains("Appendix: all initiatives"));
    assert!(html.contains("The register itself (30 initiatives) is not in this report."));
}

/// Publishing for peers from the app: the Public Sector Tech Watch layout of only the
/// initiatives the table shows, without personal data (it is ticked in, not out).
#[test]
fn the_export_dialog_publishes_the_shown_initiatives_for_peers() {
    use proeftuin::domain::Quadrant;
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    let portfolio = harness.state().portfolio().cloned().expect("portfolio");
    choose(&mut harness, "Quadrant", "Smart society");
    let mut expected: Vec<String> = portfolio
        .initiatives
        .iter()
        .filter(|i| i.quadrant == Quadrant::SmartSociety)
        .map(|i| i.name.clone())
        .collect();
    expected.sort();
    assert_eq!(harness.state().visible().len(), expected.len());
    file_menu(&mut harness, "Export / status report…");
    harness
        .get_by_role_and_label(
            Role::RadioButton,
            "Public Sector Tech Watch (CSV) — the cases in the EU's catalogue layout, for other municipalities",
        )
        .click();
    harness.run_steps(3);
    assert!(
        !harness
            .get_by_role_and_label(
                Role::CheckBox,
                "Include personal data (owners, contacts, deciders)"
            )
            .accesskit_node()
            .is_selected()
            .unwrap_or(false)
    );
    harness
        .get_by_role_and_label(
            Role::CheckBox,
            &format!(
                "Only the {} initiatives the table shows (its filters)",
                expected.len()
            ),
        )
        .click();
    harness.run_steps(3);
    let out = dir.path().join("voor-peers.csv");
    replace_text(&mut harness, "Save as", &out.display().to_string());
    click_button(&mut harness, "Export");
    wait_for_export(&mut harness);
    let bytes = std::fs::read(&out).expect("written");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let headers = reader.headers().expect("headers").clone();
    let column = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (name, owner) = (column("Name"), column("proeftuin_owner"));
    let mut names = Vec::new();
    for record in reader.records() {
        let record = record.expect("record");
        names.push(record[name].to_string());
        assert_eq!(&record[owner], "", "no personal data unless ticked in");
    }
    names.sort();
    assert_eq!(names, expected);
}

/// Another window or colleague changes the portfolio: the app shows it as it is now and
/// keeps what the user is typing.
#[test]
fn a_change_made_elsewhere_is_shown_and_the_draft_is_kept() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path.clone(), Language::English);
    harness.get_by_label("Chatbot klantcontactcentrum").click();
    harness.run_steps(3);
    type_into(&mut harness, "Description", " half getypt");
    // Another process adds an initiative.
    let mut other = proeftuin::store::open(&path).expect("open elsewhere");
    other
        .insert_initiative(&proeftuin::domain::Initiative::new("Van een collega"))
        .expect("insert");
    drop(other);
    let mut seen = false;
    for _ in 0..400 {
        harness.step();
        if harness
            .state()
            .portfolio()
            .is_some_and(|portfolio| portfolio.initiatives.len() == 31)
        {
            seen = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(seen, "the change made elsewhere was not picked up");
    harness.run_steps(3);
    harness.get_by_label_contains("The portfolio was changed elsewhere");
    let draft = harness.state().editor().expect("still editing");
    assert!(
        draft.draft.description.contains("half getypt"),
        "the draft is kept"
    );
}

/// Press a key with modifiers (a shortcut), then let the app take it.
fn press(harness: &mut Harness<'static, ProeftuinApp>, modifiers: Modifiers, key: Key) {
    harness.key_press_modifiers(modifiers, key);
    settle(harness);
}

fn owner_of(harness: &Harness<'static, ProeftuinApp>, name: &str) -> Option<String> {
    harness.state().portfolio().and_then(|portfolio| {
        portfolio
            .initiatives
            .iter()
            .find(|initiative| initiative.name == name)
            .map(|initiative| initiative.owner.clone())
    })
}

#[test]
fn ctrl_z_and_ctrl_shift_z_undo_and_redo_several_steps() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    let name = "Chatbot klantcontactcentrum";
    let original = owner_of(&harness, name).expect("demo initiative");
    harness.get_by_label(name).click();
    harness.run_steps(3);
    for owner in ["Eerste eigenaar", "Tweede eigenaar"] {
        replace_text(&mut harness, "Owner", owner);
        click_button(&mut harness, "Save");
        settle(&mut harness);
    }
    assert_eq!(owner_of(&harness, name).as_deref(), Some("Tweede eigenaar"));
    // Out of the text field, so Ctrl+Z is the app's and not the field's.
    click_button(&mut harness, "Close");
    settle(&mut harness);
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(owner_of(&harness, name).as_deref(), Some("Eerste eigenaar"));
    harness.get_by_label_contains("Undone: the change to");
    press(&mut harness, Modifiers::COMMAND, Key::Z);
    assert_eq!(owner_of(&harness, name), Some(original.clone()));
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(owner_of(&harness, name).as_deref(), Some("Eerste eigenaar"));
    press(&mut harness, Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    assert_eq!(owner_of(&harness, name).as_deref(), Some("Tweede eigenaar"));
    // The editor's history shows both changes with their old and new values.
    harness.get_by_label(name).click();
    harness.run_steps(3);
    harness.get_by_label("History of changes").scroll_to_me();
    harness.run_steps(3);
    harness.get_by_label("History of changes").click();
    harness.run_steps(10);
    settle(&mut harness);
    let lines = harness
        .query_all_by_label_contains("Owner: “Eerste eigenaar” became “Tweede eigenaar”")
        .count();
    assert!(
        lines >= 1,
        "the history names the change: {:?}",
        harness
            .query_all_by_label_contains("istory")
            .chain(harness.query_all_by_label_contains("eigenaar"))
            .map(|node| node.accesskit_node().label().unwrap_or_default())
            .collect::<Vec<_>>()
    );
}

#[test]
fn a_deleted_initiative_is_restored_from_the_trash() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    harness.get_by_label("Opendataportaal").click();
    harness.run_steps(2);
    click_button(&mut harness, "Delete");
    harness
        .get_all_by_label("Delete")
        .last()
        .expect("confirm button")
        .click();
    settle(&mut harness);
    harness.get_by_label("29 of 29 initiatives");
    harness.get_by_label("Edit").click();
    harness.run_steps(2);
    harness.get_by_label("Trash…").click();
    settle(&mut harness);
    harness.get_by_label_contains("deleted ");
    harness.get_by_label("Restore “Opendataportaal”").click();
    settle(&mut harness);
    harness.get_by_label("30 of 30 initiatives");
    assert!(
        harness
            .query_by_label("Restore “Opendataportaal”")
            .is_none()
    );
    harness.get_by_label("The trash is empty.");
}

#[test]
fn a_save_over_a_colleague_s_change_shows_both_and_merges() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path.clone(), Language::English);
    let name = "Chatbot klantcontactcentrum";
    harness.get_by_label(name).click();
    harness.run_steps(3);
    replace_text(&mut harness, "Owner", "Mijn eigenaar");
    // Meanwhile a colleague changes the notes of the same initiative.
    let mut other = proeftuin::store::open(&path).expect("open elsewhere");
    let mut theirs = other
        .load_portfolio()
        .expect("load")
        .initiatives
        .into_iter()
        .find(|initiative| initiative.name == name)
        .expect("present");
    theirs.notes = "Notitie van een collega".into();
    other.update_initiative(&theirs).expect("their save");
    drop(other);
    click_button(&mut harness, "Save");
    settle(&mut harness);
    harness.get_by_label("Changed elsewhere");
    // Both fields are listed with both values; the proposal keeps each side's change.
    harness.get_by_label("Yours for Owner");
    harness.get_by_label("Stored for Notes");
    click_button(&mut harness, "Save these choices");
    settle(&mut harness);
    let stored = harness
        .state()
        .portfolio()
        .and_then(|portfolio| {
            portfolio
                .initiatives
                .iter()
                .find(|initiative| initiative.name == name)
                .cloned()
        })
        .expect("present");
    assert_eq!(stored.owner, "Mijn eigenaar");
    assert_eq!(stored.notes, "Notitie van een collega");
    assert!(harness.state().drafts().conflict.is_none());
}

/// A harness on a file that may not open normally (no view switch, no assertion).
fn bare_harness(path: PathBuf) -> Harness<'static, ProeftuinApp> {
    let prefs = Preferences {
        language: Some(Language::English),
        dark_mode: Some(false),
        ..Preferences::default()
    };
    let mut harness = Harness::builder()
        .with_size([1400.0, 900.0])
        .build_eframe(move |creation| {
            ProeftuinApp::new(
                &creation.egui_ctx,
                proeftuin::store::Location::File(path),
                prefs,
                today(),
            )
        });
    settle(&mut harness);
    harness
}

#[test]
fn a_damaged_portfolio_offers_its_newest_sound_backup_and_restores_it() {
    let (_dir, path) = demo_path();
    {
        let mut store = proeftuin::store::open(&path).expect("open");
        store
            .replace_portfolio(&proeftuin::demo::demo_portfolio())
            .expect("demo");
        store
            .take_backup(proeftuin::store::backup::Occasion::ByHand)
            .expect("backup");
        store.checkpoint().expect("checkpoint");
    }
    let mut bytes = std::fs::read(&path).expect("read");
    // A page in the middle (the header and the first page stay).
    let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
    assert!(bytes.len() > 5 * page, "the demo spans pages");
    for byte in &mut bytes[3 * page..4 * page] {
        *byte = 0xA5;
    }
    std::fs::write(&path, &bytes).expect("damage");
    let mut harness = bare_harness(path.clone());
    settle(&mut harness);
    assert!(
        harness
            .query_all_by_label_contains("failed its integrity check")
            .count()
            >= 1
    );
    harness
        .get_by_label_contains("Restore the backup of")
        .click();
    settle(&mut harness);
    assert!(harness.state().damaged().is_none());
    assert_eq!(
        harness.state().portfolio().map(|p| p.initiatives.len()),
        Some(30)
    );
}

#[test]
fn file_open_of_a_path_without_a_file_asks_before_creating() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    let missing = dir.path().join("tikfout.sqlite");
    file_menu(&mut harness, "Open portfolio…");
    settle(&mut harness);
    replace_text(&mut harness, "File", &missing.display().to_string());
    click_button(&mut harness, "Open");
    settle(&mut harness);
    harness.get_by_label_contains("There is no portfolio at this path");
    assert!(!missing.exists(), "nothing is created without asking");
    click_button(&mut harness, "Create");
    settle(&mut harness);
    assert!(missing.exists());
    assert_eq!(
        harness.state().portfolio().map(|p| p.initiatives.len()),
        Some(0)
    );
}

#[test]
fn a_department_changed_by_a_colleague_meanwhile_is_asked_about() {
    use proeftuin::domain::StartingPosition;
    let (_dir, path) = demo_path();
    let mut harness = harness(path.clone(), Language::English);
    go_to(&mut harness, View::Settings);
    choose(&mut harness, "Milieu", "We have concrete plans");
    // A colleague sets the same department otherwise.
    let mut other = proeftuin::store::open(&path).expect("open elsewhere");
    let read = other.load_portfolio().expect("load").departments;
    let mut theirs = read.clone();
    for department in &mut theirs {
        if department.name == "Milieu" {
            department.starting_position = Some(StartingPosition::NoIdeaYet);
        }
    }
    other.save_departments(&read, &theirs).expect("their save");
    drop(other);
    click_button(&mut harness, "Save departments");
    settle(&mut harness);
    harness.get_by_label("Changed elsewhere");
    harness.get_by_label("Yours for Milieu");
    harness.get_by_label("Stored for Milieu");
    click_button(&mut harness, "Save these choices");
    settle(&mut harness);
    let stored = proeftuin::store::open(&path)
        .expect("open")
        .load_portfolio()
        .expect("load")
        .departments;
    let milieu = stored
        .iter()
        .find(|department| department.name == "Milieu")
        .expect("Milieu");
    assert_eq!(
        milieu.starting_position,
        Some(StartingPosition::ConcretePlans)
    );
}

/// A file the user may not write (not for root, who may write anything: `.ci/run` runs
/// this test again as an unprivileged user).
#[test]
fn a_file_you_may_not_write_opens_read_only_with_a_banner() {
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = demo_path();
    {
        let mut store = proeftuin::store::open(&path).expect("open");
        store
            .replace_portfolio(&proeftuin::demo::demo_portfolio())
            .expect("demo");
        store.checkpoint().expect("checkpoint");
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).expect("chmod");
    if std::fs::OpenOptions::new().write(true).open(&path).is_ok() {
        assert!(
            std::env::var_os("PROEFTUIN_EXPECT_UNPRIVILEGED").is_none(),
            "run as a user who may write a read-only file"
        );
        eprintln!("skipped: this user (root) may write a read-only file");
        return;
    }
    let before = std::fs::read(&path).expect("read");
    let mut harness = harness(path.clone(), Language::English);
    harness.get_by_label_contains("Read-only: you may not write");
    harness.get_by_label("Opendataportaal").click();
    settle(&mut harness);
    // The editor shows the initiative but cannot change it…
    assert!(
        harness
            .get_by_label("Delete")
            .accesskit_node()
            .is_disabled()
    );
    // …and a change asked for otherwise is refused in words.
    press(&mut harness, Modifiers::COMMAND, Key::N);
    harness.get_by_label_contains("This portfolio is read-only here");
    assert_eq!(
        harness.state().portfolio().map(|p| p.initiatives.len()),
        Some(30)
    );
    drop(harness);
    assert_eq!(std::fs::read(&path).expect("read"), before);
}

/// A shared portfolio on the test server with the demo in it, or `None` without a server.
fn shared_demo() -> Option<support::Fresh> {
    let server = support::fresh_server()?;
    server
        .open()
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    Some(server)
}

/// Step `harness` until `done` holds (or `limit` passes); how long it took.
fn step_until(
    harness: &mut Harness<'static, ProeftuinApp>,
    limit: Duration,
    done: impl Fn(&ProeftuinApp) -> bool,
) -> Duration {
    let started = std::time::Instant::now();
    while !done(harness.state()) {
        assert!(started.elapsed() < limit, "not within {limit:?}");
        harness.step();
        std::thread::sleep(Duration::from_millis(5));
    }
    harness.run_steps(3);
    started.elapsed()
}

fn owner_in(app: &ProeftuinApp, name: &str) -> Option<String> {
    app.portfolio()?
        .initiatives
        .iter()
        .find(|initiative| initiative.name == name)
        .map(|initiative| initiative.owner.clone())
}

/// Two apps on one shared portfolio (two users): a save by one appears in the other
/// within 2 s with its draft kept, and a save over the other's change is a conflict.
#[test]
fn two_apps_on_one_shared_portfolio_see_each_other_and_never_overwrite() {
    let Some(server) = shared_demo() else {
        return;
    };
    let mut anne = harness_at(server.location.clone(), Language::English);
    let mut bert = harness_at(server.location.clone(), Language::English);
    assert!(matches!(
        anne.state().location(),
        proeftuin::store::Location::Server(_)
    ));
    let name = "Chatbot klantcontactcentrum";
    // Bert starts an edit of the same initiative (his draft: the contact).
    bert.get_by_label(name).click();
    bert.run_steps(3);
    replace_text(&mut bert, "Contact", "bert@gemeente.example");
    // Anne changes the owner and saves.
    anne.get_by_label(name).click();
    anne.run_steps(3);
    replace_text(&mut anne, "Owner", "Anne de Wit");
    click_button(&mut anne, "Save");
    settle(&mut anne);
    let seen_in = step_until(&mut bert, Duration::from_secs(2), |app| {
        owner_in(app, name).as_deref() == Some("Anne de Wit")
    });
    eprintln!(
        "Anne's change appeared in Bert's app after {} ms",
        seen_in.as_millis()
    );
    // Bert's draft is still his.
    assert_eq!(
        bert.state().editor().expect("Bert's editor").draft.contact,
        "bert@gemeente.example"
    );
    // His save meets Anne's newer version: the conflict dialog, nothing overwritten.
    click_button(&mut bert, "Save");
    settle(&mut bert);
    bert.get_by_label("Changed elsewhere");
    bert.get_by_label("Stored for Owner");
    click_button(&mut bert, "Save these choices");
    settle(&mut bert);
    settle(&mut anne);
    let stored = server
        .open()
        .load_portfolio()
        .expect("load")
        .initiatives
        .into_iter()
        .find(|initiative| initiative.name == name)
        .expect("present");
    assert_eq!(stored.owner, "Anne de Wit");
    assert_eq!(stored.contact, "bert@gemeente.example");
    // The status bar names the server.
    let shown = server.location.describe();
    assert!(shown.contains(" @ "), "{shown}");
    bert.get_by_label(&format!("🖧 {shown}"));
}

/// A director's login: the app opens read-only, says so, and refuses every change.
#[test]
fn a_viewer_s_app_opens_the_shared_portfolio_read_only() {
    let Some(server) = shared_demo() else {
        return;
    };
    let admin = support::test_server().expect("server");
    let database = server.database().expect("a server database").to_string();
    let viewer = format!("kijker_{}", std::process::id());
    {
        let mut config = admin.clone();
        config.dbname(&database);
        let mut client = config.connect(postgres::NoTls).expect("connect");
        let roles =
            std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/roles.postgres.sql"))
                .expect("roles");
        client.batch_execute(&roles).expect("roles");
        client
            .batch_execute(&format!(
                "DROP ROLE IF EXISTS {viewer}; CREATE ROLE {viewer} LOGIN IN ROLE proeftuin_viewer;"
            ))
            .expect("viewer");
    }
    let location = proeftuin::store::Location::parse(&support::address(&admin, &viewer, &database))
        .expect("address");
    let mut harness = harness_at(location, Language::English);
    assert!(harness.state().is_read_only());
    let banner = format!(
        "{}: you may read this shared portfolio but not change it (a viewer's login).",
        harness.state().location().describe()
    );
    harness.get_by_label(&banner);
    let count = harness
        .state()
        .portfolio()
        .expect("loaded")
        .initiatives
        .len();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run_steps(4);
    shows(
        &harness,
        "Your login may read this shared portfolio but not change it; nothing was written.",
    );
    assert_eq!(
        harness
            .state()
            .portfolio()
            .expect("loaded")
            .initiatives
            .len(),
        count
    );
    drop(harness);
    drop(server);
    if let Ok(mut client) = admin.connect(postgres::NoTls) {
        let _ = client.batch_execute(&format!("DROP ROLE IF EXISTS {viewer}"));
    }
}

/// The server goes away: the portfolio stays visible read-only with the reason, the
/// draft stays, and when the server is back the app reconnects by itself and saves.
#[test]
fn a_lost_server_keeps_the_portfolio_visible_and_the_draft_until_it_is_back() {
    let Some(server) = shared_demo() else {
        return;
    };
    let admin = support::test_server().expect("server");
    let database = server.database().expect("a server database").to_string();
    let mut harness = harness_at(server.location.clone(), Language::English);
    let name = "Chatbot klantcontactcentrum";
    harness.get_by_label(name).click();
    harness.run_steps(3);
    replace_text(&mut harness, "Owner", "Tijdens de storing");
    // The server refuses this database and drops its connections ("down").
    let mut client = admin.connect(postgres::NoTls).expect("admin");
    client
        .batch_execute(&format!(
            "ALTER DATABASE {database} ALLOW_CONNECTIONS false;
             SELECT pg_terminate_backend(pid) FROM pg_stat_activity
             WHERE datname = '{database}' AND pid <> pg_backend_pid();"
        ))
        .expect("take the database away");
    step_until(
        &mut harness,
        Duration::from_secs(10),
        ProeftuinApp::is_offline,
    );
    assert!(harness.state().is_read_only());
    assert!(harness.state().portfolio().is_some(), "still visible");
    let shown = harness
        .state()
        .messages()
        .last()
        .expect("a message")
        .text
        .clone();
    assert!(
        shown.contains("Cannot reach the server") || shown.contains("was lost"),
        "{shown}"
    );
    harness.get_by_label(&format!(
        "{shown}. You see the portfolio as last loaded, read-only; Proeftuin tries again every few seconds, and your unsaved changes stay."
    ));
    click_button(&mut harness, "Save");
    assert_eq!(
        harness.state().editor().expect("the editor").draft.owner,
        "Tijdens de storing",
        "the draft stays"
    );
    // Back: the app reconnects by itself within seconds; the draft is saved then.
    client
        .batch_execute(&format!("ALTER DATABASE {database} ALLOW_CONNECTIONS true"))
        .expect("bring it back");
    step_until(&mut harness, Duration::from_secs(15), |app| {
        !app.is_offline()
    });
    click_button(&mut harness, "Save");
    settle(&mut harness);
    assert_eq!(
        owner_in(harness.state(), name).as_deref(),
        Some("Tijdens de storing")
    );
}

/// Moving a file onto the server from the GUI: File, Copy portfolio to… a server; then
/// File, Open shared portfolio…, its test button, Open; both are in File, Recent.
#[test]
fn a_file_is_copied_onto_the_server_and_opened_there_from_the_menu() {
    let Some(server) = support::fresh_server() else {
        return;
    };
    let (_dir, path) = demo_path();
    let mut harness = harness(path.clone(), Language::English);
    let count = harness.state().portfolio().expect("demo").initiatives.len();
    let url = server.location.as_text();
    file_menu(&mut harness, "Copy portfolio to…");
    replace_text(&mut harness, "Copy to (a file or a server address)", &url);
    click_button(&mut harness, "Copy");
    step_until(&mut harness, Duration::from_secs(20), |app| {
        app.drafts().shared.is_none()
    });
    let said = harness
        .state()
        .messages()
        .last()
        .expect("a message")
        .text
        .clone();
    assert!(
        said.starts_with(&format!("Copied {count} initiatives")),
        "{said}"
    );
    // Now open it: test first, then open.
    file_menu(&mut harness, "Open shared portfolio…");
    replace_text(&mut harness, "Server address", &url);
    click_button(&mut harness, "Test connection");
    step_until(&mut harness, Duration::from_secs(10), |app| {
        app.drafts()
            .shared
            .as_ref()
            .is_some_and(|dialog| dialog.tested.is_some())
    });
    let (tested, ok) = harness
        .state()
        .drafts()
        .shared
        .as_ref()
        .and_then(|dialog| dialog.tested.clone())
        .expect("tested");
    assert!(ok, "{tested}");
    assert!(
        tested.ends_with(&format!("{count} initiatives. You may change them.")),
        "{tested}"
    );
    harness.get_by_label(&tested);
    // A password typed in is used for this session and never kept.
    replace_text(
        &mut harness,
        "Password (for this session only)",
        "geheim-wachtwoord",
    );
    click_button(&mut harness, "Open");
    settle(&mut harness);
    assert_eq!(harness.state().location(), &server.location);
    assert_eq!(
        harness
            .state()
            .portfolio()
            .expect("loaded")
            .initiatives
            .len(),
        count
    );
    assert!(harness.state().window_title().contains(" @ "));
    let recent = &harness.state().prefs().recent;
    assert_eq!(recent[0], url);
    assert_eq!(recent[1], path.display().to_string());
    let kept = serde_json::to_string(harness.state().prefs()).expect("preferences");
    assert!(!kept.contains("geheim-wachtwoord"), "{kept}");
}

/// Another person's process imports a register into the shared portfolio: the new
/// initiatives appear in this app within 2 s, and what is being typed here stays.
#[test]
fn an_import_by_another_process_appears_in_the_open_app() {
    let Some(server) = shared_demo() else {
        return;
    };
    let mut harness = harness_at(server.location.clone(), Language::English);
    let name = "Chatbot klantcontactcentrum";
    harness.get_by_label(name).click();
    harness.run_steps(3);
    replace_text(&mut harness, "Owner", "Half getypt");
    let dir = tempfile::tempdir().expect("dir");
    let register = dir.path().join("register.csv");
    std::fs::write(
        &register,
        "Naam;Afdeling;Fase\nDeelfietsen op het plein;Mobiliteit;idee\n",
    )
    .expect("register");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_proeftuin"))
        .env("LC_ALL", "en_GB.UTF-8")
        .arg("import")
        .arg(&register)
        .args(["--db", &server.location.as_text()])
        .output()
        .expect("the other process");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let seen_in = step_until(&mut harness, Duration::from_secs(2), |app| {
        app.portfolio().is_some_and(|portfolio| {
            portfolio
                .initiatives
                .iter()
                .any(|initiative| initiative.name == "Deelfietsen op het plein")
        })
    });
    eprintln!(
        "another process's import appeared after {} ms",
        seen_in.as_millis()
    );
    assert_eq!(
        harness.state().editor().expect("the editor").draft.owner,
        "Half getypt"
    );
}

/// The balance view: a bar per value, "not classified" included, counted by hand from
/// the demo; clicking a bar shows exactly its initiatives in the table.
#[test]
fn balance_bars_count_by_hand_and_open_exactly_their_initiatives() {
    use proeftuin::domain::{ManagementModel, Portfolio};
    let (_dir, harness_path) = demo_path();
    let mut harness = harness(harness_path, Language::English);
    go_to(&mut harness, View::Balance);
    let portfolio: Portfolio = harness.state().portfolio().cloned().expect("demo");
    let different: Vec<String> = portfolio
        .initiatives
        .iter()
        .filter(|initiative| {
            initiative.characteristics.management_model == Some(ManagementModel::Different)
        })
        .map(|initiative| initiative.name.clone())
        .collect();
    let unclassified = portfolio
        .initiatives
        .iter()
        .filter(|initiative| initiative.characteristics.management_model.is_none())
        .count();
    assert!(!different.is_empty());
    let bar = |prefix: &str| -> String {
        labels(&harness, Role::Button)
            .into_iter()
            .find(|label| label.starts_with(prefix))
            .unwrap_or_else(|| panic!("no bar {prefix:?}"))
    };
    assert!(
        bar("Different (transformation): ").starts_with(&format!(
            "Different (transformation): {} (",
            different.len()
        )),
        "{}",
        bar("Different (transformation): ")
    );
    // "Not classified" has its own bar in each characteristic.
    let not_classified: Vec<String> = labels(&harness, Role::Button)
        .into_iter()
        .filter(|label| label.starts_with("Not classified: "))
        .collect();
    assert_eq!(not_classified.len(), 6, "{not_classified:?}");
    assert!(
        not_classified[0].starts_with(&format!("Not classified: {unclassified} (")),
        "the management model first: {not_classified:?}"
    );
    let label = bar("Different (transformation): ");
    harness.get_by_role_and_label(Role::Button, &label).click();
    harness.run_steps(6);
    assert_eq!(harness.state().view(), View::Portfolio);
    let mut shown: Vec<String> = harness
        .state()
        .visible()
        .iter()
        .map(|&row| portfolio.initiatives[row].name.clone())
        .collect();
    shown.sort();
    let mut expected = different.clone();
    expected.sort();
    assert_eq!(shown, expected);
    shows(&harness, "Only: Different (transformation)");
}

/// The departments view: a count of the quadrant × phase grid, counted by hand here,
/// opens the table with exactly those initiatives; "Show the … initiatives" opens the
/// department's; and the starting position changed here is saved.
#[test]
fn departments_counts_open_exactly_their_initiatives_and_positions_save() {
    use proeftuin::domain::{Phase, Portfolio, Quadrant, StartingPosition};
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    go_to(&mut harness, View::Departments);
    let portfolio: Portfolio = harness.state().portfolio().cloned().expect("demo");
    let of = |department: &str, quadrant: Option<Quadrant>, phase: Option<Phase>| {
        let mut names: Vec<String> = portfolio
            .initiatives
            .iter()
            .filter(|i| {
                i.department.as_deref() == Some(department)
                    && quadrant.is_none_or(|q| i.quadrant == q)
                    && phase.is_none_or(|p| i.phase == p)
            })
            .map(|i| i.name.clone())
            .collect();
        names.sort();
        names
    };
    let shown = |harness: &Harness<'static, ProeftuinApp>| {
        let mut names: Vec<String> = harness
            .state()
            .visible()
            .iter()
            .map(|&row| portfolio.initiatives[row].name.clone())
            .collect();
        names.sort();
        names
    };
    // A non-empty cell in the window (the view scrolls; the first cards are in sight).
    let (department, quadrant, phase) = portfolio
        .departments
        .iter()
        .flat_map(|d| {
            Quadrant::ALL
                .iter()
                .flat_map(move |q| Phase::ALL.iter().map(move |p| (d.name.clone(), *q, *p)))
        })
        .find(|(d, q, p)| {
            let count = of(d, Some(*q), Some(*p)).len();
            count > 0
                && harness.query_all_by_role(Role::Button).any(|node| {
                    node.accesskit_node()
                        .label()
                        .is_some_and(|label| label.starts_with(&format!("{d}: {count} in ")))
                        && node.rect().bottom() < 600.0
                })
        })
        .expect("a department with initiatives in sight");
    let expected = of(&department, Some(quadrant), Some(phase));
    let tr = words(&harness);
    let cell = format!(
        "{department}: {} in {}, {}",
        expected.len(),
        tr.name("quadrant", quadrant.id()),
        tr.name("phase", phase.id())
    );
    harness.get_by_role_and_label(Role::Button, &cell).click();
    harness.run_steps(6);
    assert_eq!(harness.state().view(), View::Portfolio);
    assert_eq!(shown(&harness), expected);
    go_to(&mut harness, View::Departments);
    let all = of(&department, None, None);
    click_button(
        &mut harness,
        &format!(
            "Show the {} initiatives of {department} in the table",
            all.len()
        ),
    );
    assert_eq!(shown(&harness), all);
    // Change a starting position in the view: the store keeps it.
    go_to(&mut harness, View::Departments);
    let economie = portfolio
        .departments
        .iter()
        .find(|d| d.name == "Economie")
        .expect("Economie");
    assert_eq!(
        economie.starting_position,
        Some(StartingPosition::NoIdeaYet)
    );
    assert_eq!(
        harness
            .query_all_by_label_contains("Starting position \"we have no idea\"")
            .count(),
        2,
        "Economie and Juridische zaken"
    );
    let combos: Vec<_> = harness
        .query_all_by_role(Role::ComboBox)
        .filter(|node| node.accesskit_node().label().as_deref() == Some("Starting position:"))
        .map(|node| node.rect().top())
        .collect();
    assert_eq!(combos.len(), portfolio.departments.len());
    let economie_top = harness.get_by_label("Economie").rect().top();
    let combo = harness
        .query_all_by_role(Role::ComboBox)
        .filter(|node| node.accesskit_node().label().as_deref() == Some("Starting position:"))
        .min_by(|a, b| {
            (a.rect().top() - economie_top)
                .abs()
                .total_cmp(&(b.rect().top() - economie_top).abs())
        })
        .expect("Economie's combo");
    combo.click();
    harness.run_steps(3);
    harness
        .query_all_by_label("We have concrete plans")
        .rfind(|node| node.accesskit_node().role() == Role::Button)
        .expect("the option")
        .click();
    settle(&mut harness);
    let saved = harness
        .state()
        .portfolio()
        .and_then(|p| p.departments.iter().find(|d| d.name == "Economie").cloned())
        .expect("Economie");
    assert_eq!(
        saved.starting_position,
        Some(StartingPosition::ConcretePlans)
    );
}

/// The director sets a target spread over more, better and different in Settings; it is
/// stored, and the balance view measures the classified initiatives against it (the
/// shares worked out here from the demo). A spread that does not add up cannot be saved.
#[test]
fn the_model_target_set_in_settings_is_measured_in_the_balance_view() {
    use proeftuin::domain::ManagementModel;
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    go_to(&mut harness, View::Balance);
    harness.get_by_label_contains("No target spread set");
    go_to(&mut harness, View::Settings);
    harness
        .get_by_label("Set a target spread over more, better and different (table 2.3)")
        .click();
    harness.run_steps(3);
    for (model, percent) in [
        ("More (efficiency)", 20.0),
        ("Better (better services)", 40.0),
    ] {
        harness
            .get_by_label(&format!("Target share: {model}"))
            .set_value_accesskit(percent);
        harness.run_steps(2);
    }
    // 20 + 40 + 33 = 93 %: refused before the store sees it.
    harness.get_by_label_contains("must add up to 100 %");
    assert!(harness.get_by_label("Save").accesskit_node().is_disabled());
    harness
        .get_by_label("Target share: Different (transformation)")
        .set_value_accesskit(40.0);
    harness.run_steps(3);
    click_button(&mut harness, "Save");
    settle(&mut harness);
    let portfolio = harness.state().portfolio().cloned().expect("demo");
    assert_eq!(
        portfolio.settings.model_targets_bp,
        Some([2000, 4000, 4000])
    );
    go_to(&mut harness, View::Balance);
    let count = |model: ManagementModel| {
        portfolio
            .initiatives
            .iter()
            .filter(|i| i.characteristics.management_model == Some(model))
            .count()
    };
    let classified: usize = ManagementModel::ALL.iter().map(|m| count(*m)).sum();
    harness.get_by_label_contains(&format!("Target over the {classified} classified"));
    // The widest gap is named in words.
    let targets = [2000i64, 4000, 4000];
    let names = [
        "More (efficiency)",
        "Better (better services)",
        "Different (transformation)",
    ];
    let shares: Vec<i64> = ManagementModel::ALL
        .iter()
        .map(|m| (count(*m) * 10_000 / classified) as i64)
        .collect();
    let (widest, gap) = (0..3)
        .map(|index| (index, shares[index] - targets[index]))
        .max_by_key(|(_, gap)| gap.abs())
        .expect("three");
    assert!(
        gap.abs() >= 500,
        "the demo is far from 20/40/40: {shares:?}"
    );
    let expected = format!(
        "\"{}\" is {}.{} percentage points {} its target.",
        names[widest],
        (gap.abs() + 5) / 10 / 10,
        (gap.abs() + 5) / 10 % 10,
        if gap < 0 { "below" } else { "above" }
    );
    harness.get_by_label(&expected);
    let different = shares[2];
    let bar = labels(&harness, Role::Button)
        .into_iter()
        .find(|label| label.starts_with("Different (transformation): "))
        .expect("the bar");
    assert!(
        bar.ends_with(&format!(
            "; target 40.0% of the classified, now {}.{}%",
            different / 100,
            (different % 100) / 10
        )),
        "{bar}"
    );
}

/// A PSTW-style peer file for the peers view (semicolons; one national case left out).
fn peer_file(dir: &std::path::Path) -> PathBuf {
    let rows = [
        "PSTW ID;Name;Description;Responsible organisation;Responsible organisation category;Status;Start Year;End Year",
        "P-1;Slim parkeren;Sensoren tonen vrije parkeerplekken en sturen het parkeren;Gemeente Utrecht;Local Government;Implemented;2019;",
        "P-2;Luchtkwaliteit meten;Sensoren meten fijnstof;Gemeente Zwolle;Local Government;Pilot;2021;2022",
        "P-3;Landelijk parkeerregister;Parkeerrechten;RDW;National Government;Implemented;2015;",
    ];
    let path = dir.join("buren.csv");
    std::fs::write(&path, rows.join("\n") + "\n").expect("write");
    path
}

/// The peers view: a peer file imported from the view, the cases most like an initiative
/// with the reason (the top match written down by hand), and the search over the library.
#[test]
fn the_peers_view_imports_a_file_and_shows_the_most_similar_cases() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    let file = peer_file(dir.path());
    go_to(&mut harness, View::Peers);
    settle(&mut harness);
    harness.get_by_label("The library is empty: import a peer file above.");
    replace_text(&mut harness, "Peer file", &file.display().to_string());
    click_button(&mut harness, "Import into the library");
    settle(&mut harness);
    harness
        .get_by_label_contains("2 cases added to the peer library, 0 updated; 1 of other levels");
    choose(&mut harness, "Most like:", "Challenge slim parkeren");
    harness.run_steps(3);
    let utrecht = harness
        .get_by_label_contains("Gemeente Utrecht: Slim parkeren")
        .rect()
        .top();
    let zwolle = harness
        .query_all_by_label_contains("Gemeente Zwolle: Luchtkwaliteit meten")
        .next()
        .map(|node| node.rect().top());
    assert!(
        zwolle.is_none_or(|zwolle| zwolle > utrecht),
        "Utrecht first"
    );
    harness.get_by_label_contains("Why: shared words: parkeren");
    harness.get_by_label("Ask: Gemeente Utrecht");
    // Search the library.
    type_into(&mut harness, "Search", "zwolle");
    harness.run_steps(3);
    harness.get_by_label("1 of 2 cases");
}

/// In the peers view (Dutch): import the peer file and compare "Challenge slim parkeren".
fn import_peers_in_dutch(harness: &mut Harness<'static, ProeftuinApp>, dir: &std::path::Path) {
    settle(harness);
    let file = peer_file(dir);
    replace_text(
        harness,
        "Bestand van andere gemeenten",
        &file.display().to_string(),
    );
    click_button(harness, "Importeren in de bibliotheek");
    settle(harness);
    choose(harness, "Lijkt het meest op:", "Challenge slim parkeren");
    harness.remove_cursor();
    harness.run_steps(3);
}

#[test]
fn peers_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Peers);
    import_peers_in_dutch(&mut harness, dir.path());
    image(&mut harness, dir.path(), "peers");
}

/// The five activities: a self-assessment filled in with a click per assignment, the
/// register's living labs taken as evidence, saved under its date; a second one later,
/// compared with the first.
#[test]
fn the_five_activities_are_assessed_saved_by_date_and_compared() {
    use proeftuin::domain::{AnswerStatus, Assignment, Kind, Phase};
    let (_dir, path) = demo_path();
    let mut harness = harness(path.clone(), Language::English);
    go_to(&mut harness, View::Activities);
    harness.get_by_label("No assessment has been saved yet: this one starts empty.");
    let portfolio = harness.state().portfolio().cloned().expect("demo");
    let mut labs: Vec<i64> = portfolio
        .initiatives
        .iter()
        .filter(|i| {
            i.kind == Kind::LivingLab
                && matches!(
                    i.phase,
                    Phase::Pilot | Phase::Evaluation | Phase::Scaling | Phase::Anchored
                )
        })
        .map(|i| i.id)
        .collect();
    labs.sort_unstable();
    assert!(!labs.is_empty(), "the demo runs living labs");
    let radio = |harness: &mut Harness<'static, ProeftuinApp>, label: &str| {
        let node = harness.get_by_role_and_label(Role::RadioButton, label);
        node.scroll_to_me();
        harness.run();
        harness
            .get_by_role_and_label(Role::RadioButton, label)
            .click();
        harness.run_steps(3);
    };
    radio(&mut harness, "Experiment locally in public space: Done");
    harness
        .get_by_role_and_label(
            Role::Button,
            &format!("Take these {} as evidence", labs.len()),
        )
        .click();
    harness.run_steps(3);
    radio(
        &mut harness,
        "Keep an eye on the risks of digitalisation in the whole data value chain: Not yet",
    );
    replace_text(&mut harness, "Assessment of", "2026-03-01");
    click_button(&mut harness, "Save assessment");
    settle(&mut harness);
    let stored = proeftuin::store::open(&path)
        .expect("open")
        .load_portfolio()
        .expect("load")
        .assessments;
    assert_eq!(stored.len(), 1);
    let spring = &stored[0];
    assert_eq!(spring.assessed_on.to_string(), "2026-03-01");
    let experiment = spring
        .answer(Assignment::ExperimentLocally)
        .expect("answered");
    assert_eq!(experiment.status, AnswerStatus::Done);
    let mut evidence = experiment.evidence.clone();
    evidence.sort_unstable();
    assert_eq!(evidence, labs);
    assert_eq!(
        spring.answer(Assignment::SeeRisks).map(|a| a.status),
        Some(AnswerStatus::NotYet)
    );
    // Later: risks are seen to; a second assessment, compared with the first.
    radio(
        &mut harness,
        "Keep an eye on the risks of digitalisation in the whole data value chain: Done",
    );
    radio(
        &mut harness,
        "Protect public values through debate, policy, technology and organisation: Partly",
    );
    replace_text(&mut harness, "Assessment of", "2026-11-01");
    click_button(&mut harness, "Save assessment");
    settle(&mut harness);
    let stored = harness
        .state()
        .portfolio()
        .cloned()
        .expect("portfolio")
        .assessments;
    assert_eq!(stored.len(), 2);
    choose(&mut harness, "Compare with", "2026-03-01");
    harness.get_by_label_contains("Mitigating risks: 3 of 4 points (on 2026-03-01: 0)");
    assert!(
        harness
            .query_all_by_label("on 2026-03-01: Not yet")
            .next()
            .is_some()
    );
    // The only activity with both assignments answered.
    harness.get_by_label("Weakest: Mitigating risks (3 of 4 points)");
}

/// A self-assessment being filled in stays with its portfolio: opening another one starts
/// afresh there (the evidence named the first portfolio's initiatives).
#[test]
fn an_assessment_in_progress_does_not_follow_to_another_portfolio() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    go_to(&mut harness, View::Activities);
    let label = "Experiment locally in public space: Done";
    harness
        .get_by_role_and_label(Role::RadioButton, label)
        .click();
    harness.run_steps(3);
    let answered = |harness: &Harness<'static, ProeftuinApp>| {
        harness
            .state()
            .drafts()
            .assessment
            .as_ref()
            .map_or(0, |draft| draft.answers.iter().flatten().count())
    };
    assert_eq!(answered(&harness), 1);
    let other = dir.path().join("ander.sqlite");
    file_menu(&mut harness, "Open portfolio…");
    settle(&mut harness);
    replace_text(&mut harness, "File", &other.display().to_string());
    click_button(&mut harness, "Open");
    settle(&mut harness);
    click_button(&mut harness, "Create");
    settle(&mut harness);
    go_to(&mut harness, View::Activities);
    harness.run_steps(3);
    assert_eq!(
        answered(&harness),
        0,
        "the new portfolio's assessment starts empty"
    );
}

#[test]
fn activities_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Activities);
    harness.get_by_label("De vijf activiteiten van digitale innovatie");
    image(&mut harness, dir.path(), "activities");
}

#[test]
fn departments_snapshot() {
    let (dir, mut harness) = snapshot_harness(View::Departments);
    harness.get_by_label("Afdelingen en hun startposities");
    image(&mut harness, dir.path(), "departments");
}

/// The user picks what the marks stand by: across the start year, up the use level; the
/// order of every pair of marks in a quadrant follows (clear differences only, as marks
/// at one place stand apart).
#[test]
fn quadrant_map_measures_are_picked_by_the_user() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    go_to(&mut harness, View::Quadrants);
    choose(&mut harness, "Inside each quadrant, across:", "Start year");
    choose(&mut harness, "up:", "Use level (0–9)");
    harness.run_steps(3);
    assert_eq!(
        (
            harness.state().prefs().map_across,
            harness.state().prefs().map_up
        ),
        (
            proeftuin::app::MapAcross::StartYear,
            proeftuin::app::MapUp::UseLevel
        )
    );
    let portfolio = harness.state().portfolio().cloned().expect("demo");
    let centre = |name: &str| {
        harness
            .get_by_role_and_label(Role::Button, name)
            .rect()
            .center()
    };
    let year = |i: &proeftuin::domain::Initiative| i.start_date.map(|d| chrono::Datelike::year(&d));
    let mut compared = (0, 0);
    for first in &portfolio.initiatives {
        for second in &portfolio.initiatives {
            if first.id == second.id || first.quadrant != second.quadrant {
                continue;
            }
            if let (Some(early), Some(late)) = (year(first), year(second))
                && late >= early + 2
            {
                assert!(
                    centre(&first.name).x < centre(&second.name).x,
                    "{} ({early}) left of {} ({late})",
                    first.name,
                    second.name
                );
                compared.0 += 1;
            }
            if let (Some(high), Some(low)) = (first.use_level, second.use_level)
                && high >= low + 3
            {
                assert!(
                    centre(&first.name).y < centre(&second.name).y,
                    "{} (use {high}) above {} (use {low})",
                    first.name,
                    second.name
                );
                compared.1 += 1;
            }
        }
    }
    assert!(compared.0 > 5 && compared.1 > 5, "{compared:?}");
}

/// Where a mark stands on the quadrant map means something: a later phase stands
/// further right, a clearly higher readiness score higher up, within each quadrant.
#[test]
fn quadrant_map_places_marks_by_phase_and_readiness() {
    let (_dir, path) = demo_path();
    let mut harness = harness(path, Language::English);
    go_to(&mut harness, View::Quadrants);
    let portfolio = harness.state().portfolio().cloned().expect("demo");
    let figures = harness.state().figures().to_vec();
    let centre = |name: &str| {
        harness
            .get_by_role_and_label(Role::Button, name)
            .rect()
            .center()
    };
    let mut compared = (0, 0);
    for (a, first) in portfolio.initiatives.iter().enumerate() {
        for (b, second) in portfolio.initiatives.iter().enumerate() {
            if a == b || first.quadrant != second.quadrant {
                continue;
            }
            if first.phase.index() < second.phase.index() {
                assert!(
                    centre(&first.name).x < centre(&second.name).x,
                    "{} ({:?}) left of {} ({:?})",
                    first.name,
                    first.phase,
                    second.name,
                    second.phase
                );
                compared.0 += 1;
            }
            if first.phase == second.phase
                && let (Some(high), Some(low)) = (
                    figures[a].assessment.score_bp,
                    figures[b].assessment.score_bp,
                )
                && high >= low + 3_000
            {
                assert!(
                    centre(&first.name).y < centre(&second.name).y,
                    "{} ({high}) above {} ({low})",
                    first.name,
                    second.name
                );
                compared.1 += 1;
            }
        }
    }
    assert!(compared.0 > 20 && compared.1 > 0, "{compared:?}");
}

/// A register kept by hand in LibreOffice through the dialog, as ODS and as Excel
/// 97–2003 (XLS): the sheet it read is named, its notes shown, and it is imported.
#[test]
fn ods_and_xls_registers_are_imported_through_the_dialog() {
    for (name, described) in [
        (
            "register-handwerk.ods",
            "OpenDocument-rekenblad (ODS), tabblad “Projecten 2026”",
        ),
        (
            "register-handwerk.xls",
            "Excel 97-2003-werkmap (XLS), tabblad “Projecten 2026”",
        ),
    ] {
        let (_dir, path) = demo_path();
        let mut harness = harness(path, Language::Dutch);
        let file = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        read_in_import_dialog(&mut harness, &file);
        harness.get_by_label_contains(described);
        harness.get_by_label_contains("een totaalregel");
        harness.get_by_label_contains("Maakt 1 nieuw, werkt 1 bij");
        click_button(&mut harness, "Importeren");
        settle(&mut harness);
        assert!(
            harness.state().drafts().import.is_none(),
            "{name}: the dialog closes"
        );
        let portfolio = harness.state().portfolio().cloned().expect("portfolio");
        let chatbot = portfolio
            .initiatives
            .iter()
            .find(|initiative| initiative.name == "Chatbot & livechat")
            .expect("imported");
        assert_eq!(chatbot.phase, Phase::Pilot, "{name}");
    }
}

/// A file dropped on the window, as a file manager drops it.
#[derive(Debug)]
struct Dropped(PathBuf);

impl eframe::egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|error| error.to_string())
    }
}

/// A register dragged from the file manager onto the window: while it hovers the window
/// says what a drop does; dropped, it is read for import as from the dialog (the preview
/// first). In the view of other municipalities a dropped peer file goes to the library.
#[test]
fn a_file_dropped_on_the_window_is_read_for_import() {
    let (dir, path) = demo_path();
    let mut harness = harness(path, Language::Dutch);
    let file =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/register-handwerk.xls");
    harness
        .input_mut()
        .hovered_files
        .push(eframe::egui::HoveredFile {
            path: Some(file.clone()),
            ..Default::default()
        });
    harness.run_steps(2);
    harness.get_by_label_contains("Laat los om register-handwerk.xls te lezen voor import");
    harness.input_mut().hovered_files.clear();
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file)));
    settle(&mut harness);
    assert!(
        harness.query_by_label_contains("Laat los om").is_none(),
        "the overlay is gone"
    );
    harness.get_by_label_contains("Excel 97-2003-werkmap (XLS), tabblad “Projecten 2026”");
    harness.get_by_label_contains("Maakt 1 nieuw, werkt 1 bij");
    assert!(
        harness.state().drafts().import.is_some(),
        "nothing imported yet"
    );
    // A peer file dropped in the view of other municipalities.
    click_button(&mut harness, "Sluiten");
    settle(&mut harness);
    go_to(&mut harness, View::Peers);
    let peers = dir.path().join("pstw.csv");
    std::fs::write(
        &peers,
        "Case ID;Case name;Short description;Country;Organisation;Government level;Case status\n\
         X-1;Slimme lantaarns;Lantaarns dimmen;Belgium;Stad Gent;Municipality;Pilot\n",
    )
    .expect("write");
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(peers)));
    settle(&mut harness);
    harness.get_by_label_contains("Slimme lantaarns");
}
