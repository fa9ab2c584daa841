//! The eframe application: `logic` drains the store worker's replies, applies the
//! commands the views emitted and refreshes the caches (figures, the table's filtered and
//! sorted rows) when the data generation or the filters change; `ui` only draws.

pub mod exchange;
pub mod worker;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::*;
use crate::figures::{InitiativeFigures, all_initiative_figures};
use crate::i18n::{I18n, Language};
use worker::{Reply, Request, Worker};

/// Start the GUI on the portfolio at `path`.
pub fn run_gui(path: PathBuf) -> anyhow::Result<()> {
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
            Ok(Box::new(ProeftuinApp::new(
                &creation.egui_ctx,
                path,
                prefs,
                chrono::Local::now().date_naive(),
            )))
        }),
    )
    .map_err(|error| anyhow::anyhow!("cannot open the window: {error}"))
}

const PREFS_KEY: &str = "proeftuin-preferences";

/// UI preferences, remembered between sessions (eframe storage, never the portfolio file).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Preferences {
    /// `None`: follow the system locale.
    pub language: Option<Language>,
    pub dark_mode: Option<bool>,
    pub filters: Filters,
    pub sort: Sort,
}

/// Which initiatives the table shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Filters {
    pub search: String,
    pub quadrant: Option<Quadrant>,
    pub phase: Option<Phase>,
    pub kind: Option<Kind>,
    pub department: Option<String>,
    pub theme: Option<String>,
    pub health: Option<HealthFilter>,
    /// Only initiatives with this readiness verdict (set from the overview).
    pub verdict: Option<Verdict>,
    /// Only initiatives stuck in pilot or evaluation (set from the overview).
    pub stuck: bool,
    /// Only this cell of the Scaling Readiness matrix (readiness level, use level).
    pub matrix_cell: Option<(u8, u8)>,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        *self != Filters::default()
    }
}

/// Health filter: a status, or "no report yet".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum HealthFilter {
    Status(Health),
    NoReport,
}

/// Table columns, also the sort keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Column {
    #[default]
    Name,
    Kind,
    Department,
    Quadrant,
    Phase,
    MonthsInPhase,
    Readiness,
    Health,
    Budget,
}

impl Column {
    pub const ALL: [Column; 9] = [
        Column::Name,
        Column::Kind,
        Column::Department,
        Column::Quadrant,
        Column::Phase,
        Column::MonthsInPhase,
        Column::Readiness,
        Column::Health,
        Column::Budget,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Column::Name => "column-name",
            Column::Kind => "column-kind",
            Column::Department => "column-department",
            Column::Quadrant => "column-quadrant",
            Column::Phase => "column-phase",
            Column::MonthsInPhase => "column-months",
            Column::Readiness => "column-readiness",
            Column::Health => "column-health",
            Column::Budget => "column-budget",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(default)]
pub struct Sort {
    pub column: Column,
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Self {
            column: Column::Name,
            ascending: true,
        }
    }
}

/// The views in the navigation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum View {
    Overview,
    Portfolio,
    Quadrants,
    Budget,
    Phases,
    Readiness,
    Settings,
}

/// What the views ask for; applied in `logic`, after drawing.
#[derive(Debug, Clone)]
pub enum Command {
    OpenInitiative(InitiativeId),
    NewInitiative,
    Duplicate,
    SaveEditor,
    CloseEditor,
    AskDelete,
    ConfirmDelete,
    Undo,
    OpenGate,
    ConfirmGate,
    SetLanguage(Language),
    SetDarkMode(bool),
    NewPortfolio {
        path: String,
        municipality: String,
    },
    OpenPortfolio {
        path: String,
    },
    SaveSettings(PortfolioSettings),
    SaveDepartments(Vec<Department>),
    Sort(Column),
    ClearFilters,
    /// Show the table with exactly these filters (from a number on the overview).
    ShowFiltered(Box<Filters>),
    /// Close the window (asks first when the editor holds unsaved changes).
    Quit,
    /// In the unsaved-changes dialog: drop the edits, then do what was asked.
    DiscardChanges,
    /// In the unsaved-changes dialog: save instead.
    SaveFromGuard,
    /// In the unsaved-changes dialog: keep editing.
    CancelGuard,
    /// The budget view's period: one year, or every year.
    SetBudgetPeriod(Option<i32>),
    /// Tick or untick a pilot into the operation projection.
    ToggleProjection(InitiativeId),
}

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

/// The editor's working copy of an initiative, with the typed text of dates and amounts.
#[derive(Debug, Clone)]
pub struct Editor {
    pub draft: Initiative,
    /// As last stored; `None` for a new initiative.
    pub original: Option<Initiative>,
    pub start_text: String,
    pub end_text: String,
    pub themes_text: String,
    pub budget_texts: Vec<(String, String, String)>,
    pub health_dates: Vec<String>,
    pub errors: Vec<(EditorField, String)>,
    pub saving: bool,
}

/// Fields that can carry a message in the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditorField {
    Domain(Field),
    StartDate,
    BudgetYear(usize),
    BudgetPlanned(usize),
    BudgetActual(usize),
    HealthDate(usize),
}

impl Editor {
    pub fn new(initiative: Initiative, original: Option<Initiative>, language: Language) -> Self {
        let budget_texts = initiative
            .budget_lines
            .iter()
            .map(|line| {
                (
                    line.year.to_string(),
                    crate::format::money(line.planned_cents, language),
                    line.actual_cents
                        .map(|cents| crate::format::money(cents, language))
                        .unwrap_or_default(),
                )
            })
            .collect();
        let health_dates = initiative
            .health_reports
            .iter()
            .map(|report| crate::format::date(report.reported_on, language))
            .collect();
        Self {
            start_text: crate::format::date_opt(initiative.start_date, language),
            end_text: crate::format::date_opt(initiative.end_date, language),
            themes_text: initiative.themes.join(", "),
            budget_texts,
            health_dates,
            draft: initiative,
            original,
            errors: Vec::new(),
            saving: false,
        }
    }

    /// Whether the draft differs from what is stored.
    pub fn is_dirty(&self, language: Language) -> bool {
        match &self.original {
            None => true,
            Some(original) => {
                let fresh = Editor::new(original.clone(), None, language);
                fresh.draft != self.draft
                    || fresh.start_text != self.start_text
                    || fresh.end_text != self.end_text
                    || fresh.themes_text != self.themes_text
                    || fresh.budget_texts != self.budget_texts
                    || fresh.health_dates != self.health_dates
            }
        }
    }

    /// Parse the typed text into the draft and validate; the draft is ready when empty.
    pub fn parse_and_validate(&mut self, tr: &I18n) -> Vec<(EditorField, String)> {
        let mut errors = Vec::new();
        match crate::format::parse_date_opt(&self.start_text) {
            Ok(date) => self.draft.start_date = date,
            Err(_) => errors.push((EditorField::StartDate, tr.t("problem-date").to_string())),
        }
        match crate::format::parse_date_opt(&self.end_text) {
            Ok(date) => self.draft.end_date = date,
            Err(_) => errors.push((
                EditorField::Domain(Field::EndDate),
                tr.t("problem-date").to_string(),
            )),
        }
        self.draft.themes = self
            .themes_text
            .split([',', '|', ';'])
            .map(str::trim)
            .filter(|theme| !theme.is_empty())
            .map(str::to_string)
            .collect();
        for (index, (year, planned, actual)) in self.budget_texts.iter().enumerate() {
            let Some(line) = self.draft.budget_lines.get_mut(index) else {
                continue;
            };
            match year.trim().parse::<i32>() {
                Ok(value) => line.year = value,
                Err(_) => errors.push((
                    EditorField::BudgetYear(index),
                    tr.t("problem-year-range").to_string(),
                )),
            }
            match crate::format::parse_money(planned) {
                Ok(cents) => line.planned_cents = cents,
                Err(_) => errors.push((
                    EditorField::BudgetPlanned(index),
                    tr.t("problem-amount").to_string(),
                )),
            }
            if actual.trim().is_empty() {
                line.actual_cents = None;
            } else {
                match crate::format::parse_money(actual) {
                    Ok(cents) => line.actual_cents = Some(cents),
                    Err(_) => errors.push((
                        EditorField::BudgetActual(index),
                        tr.t("problem-amount").to_string(),
                    )),
                }
            }
        }
        for (index, text) in self.health_dates.iter().enumerate() {
            let Some(report) = self.draft.health_reports.get_mut(index) else {
                continue;
            };
            match crate::format::parse_date(text) {
                Ok(date) => report.reported_on = date,
                Err(_) => errors.push((
                    EditorField::HealthDate(index),
                    tr.t("problem-date").to_string(),
                )),
            }
        }
        for (field, problem) in validate(&self.draft) {
            errors.push((EditorField::Domain(field), tr.t(problem.key()).to_string()));
        }
        errors
    }
}

/// The gate-decision dialog for a phase change.
#[derive(Debug, Clone)]
pub struct GateDialog {
    pub initiative_id: InitiativeId,
    pub row_version: i64,
    pub name: String,
    pub from: Phase,
    pub to: Phase,
    pub decision: GateDecision,
    pub conditions: String,
    pub decider: String,
    pub rationale: String,
    pub date_text: String,
    pub errors: Vec<String>,
}

/// A dialog asking for a file path (typed or pasted: no OS dialog needed).
#[derive(Debug, Clone, Default)]
pub struct FileDialog {
    pub creating: bool,
    pub path: String,
    pub municipality: String,
}

/// The application.
pub struct ProeftuinApp {
    pub tr: I18n,
    pub prefs: Preferences,
    pub today: NaiveDate,
    pub(crate) worker: Worker,
    pub db_path: PathBuf,
    pub portfolio: Option<Portfolio>,
    /// Per initiative, in portfolio order; recomputed when `generation` changes.
    pub figures: Vec<InitiativeFigures>,
    /// Bumped on every change of the in-memory portfolio.
    pub generation: u64,
    figures_generation: u64,
    /// Indices into `portfolio.initiatives` that the table shows, filtered and sorted.
    pub visible: Vec<usize>,
    visible_for: Option<(u64, Filters, Sort)>,
    /// All rows in the current sort order, for (generation, sort, language).
    order: Vec<usize>,
    order_for: Option<(u64, Sort, Language)>,
    /// The overview's figures, for `summary_for` = (generation, year).
    pub summary: Option<crate::figures::Summary>,
    summary_for: Option<(u64, i32)>,
    /// The budget view's figures and projection, for `budget_for`.
    pub budget: Option<BudgetView>,
    budget_for: Option<(u64, Filters, Option<i32>, u64)>,
    /// The budget view's period (`None` = every year); this year at start.
    pub budget_period: Option<i32>,
    /// Pilots the user ticked into the projection, and a counter bumped on every tick.
    pub projection_ticked: std::collections::HashSet<InitiativeId>,
    projection_generation: u64,
    /// Latest amber and red reports: (row, status, reason), red first.
    pub attention: Vec<(usize, Health, String)>,
    /// Lower-case search text per initiative, rebuilt with the figures.
    search_index: Vec<String>,
    /// Rows edited in place since the caches were built (updated one by one).
    changed_rows: Vec<usize>,
    /// Rows were added or removed, or settings changed: rebuild every cache.
    full_rebuild: bool,
    /// Department and theme names for the filter menus.
    pub departments: Vec<String>,
    pub themes: Vec<String>,
    pub view: View,
    pub editor: Option<Editor>,
    pub gate: Option<GateDialog>,
    pub confirm_delete: bool,
    pub undo: Option<Initiative>,
    pub messages: Vec<Message>,
    pub commands: Vec<Command>,
    pub file_dialog: Option<FileDialog>,
    pub settings_draft: Option<PortfolioSettings>,
    pub departments_draft: Option<Vec<Department>>,
    pub on_network_share: bool,
    pub load_error: Option<String>,
    title: String,
    pub(crate) focus_search: bool,
    /// A command held back because the editor has unsaved changes.
    pub unsaved_guard: Option<Command>,
    pub import_dialog: Option<exchange::ImportDialog>,
    pub export_dialog: Option<exchange::ExportDialog>,
    pub snapshots_dialog: Option<exchange::SnapshotsDialog>,
    /// A snapshot shown read-only instead of the live portfolio.
    pub viewing_snapshot: Option<exchange::ViewingSnapshot>,
    /// A file chooser open for one of the dialogs.
    pub file_browser: Option<exchange::FileBrowser>,
    /// Wakes the UI from background threads (the export).
    pub(crate) repaint: Option<eframe::egui::Context>,
}

impl ProeftuinApp {
    /// A new app that opens `path` (a new file gets the demo portfolio).
    pub fn new(
        ctx: &eframe::egui::Context,
        path: PathBuf,
        prefs: Preferences,
        today: NaiveDate,
    ) -> Self {
        let language = prefs.language.unwrap_or_else(Language::from_system);
        if let Some(dark) = prefs.dark_mode {
            ctx.set_theme(if dark {
                eframe::egui::Theme::Dark
            } else {
                eframe::egui::Theme::Light
            });
        }
        let wake_ctx = ctx.clone();
        let mut worker = Worker::start(move || wake_ctx.request_repaint());
        worker.send(Request::Open {
            path: path.clone(),
            demo_if_new: true,
        });
        Self {
            tr: I18n::new(language),
            prefs,
            today,
            worker,
            db_path: path,
            portfolio: None,
            figures: Vec::new(),
            generation: 0,
            figures_generation: u64::MAX,
            visible: Vec::new(),
            visible_for: None,
            order: Vec::new(),
            order_for: None,
            search_index: Vec::new(),
            summary: None,
            summary_for: None,
            budget: None,
            budget_for: None,
            budget_period: Some(chrono::Datelike::year(&today)),
            projection_ticked: std::collections::HashSet::new(),
            projection_generation: 0,
            attention: Vec::new(),
            changed_rows: Vec::new(),
            full_rebuild: true,
            departments: Vec::new(),
            themes: Vec::new(),
            view: View::Overview,
            editor: None,
            gate: None,
            confirm_delete: false,
            undo: None,
            messages: Vec::new(),
            commands: Vec::new(),
            file_dialog: None,
            settings_draft: None,
            departments_draft: None,
            on_network_share: false,
            load_error: None,
            title: String::new(),
            focus_search: false,
            unsaved_guard: None,
            import_dialog: None,
            export_dialog: None,
            snapshots_dialog: None,
            viewing_snapshot: None,
            file_browser: None,
            repaint: Some(ctx.clone()),
        }
    }

    /// Whether the store has requests in flight (tests wait for this to clear).
    pub fn is_busy(&self) -> bool {
        self.worker.pending() > 0 || !self.commands.is_empty()
    }

    pub fn language(&self) -> Language {
        self.tr.language()
    }

    fn say(&mut self, text: String, is_error: bool) {
        self.messages.push(Message { text, is_error });
        if self.messages.len() > 5 {
            self.messages.remove(0);
        }
    }

    /// The window title: Proeftuin, the municipality and the file.
    pub fn window_title(&self) -> String {
        let file = self
            .db_path
            .file_name()
            .map(|name| name.to_string_lossy().into_owned())
            .unwrap_or_default();
        match &self.portfolio {
            Some(portfolio) => {
                let municipality = if portfolio.settings.municipality.is_empty() {
                    self.tr.t("untitled-portfolio").to_string()
                } else {
                    portfolio.settings.municipality.clone()
                };
                let demo = if portfolio.settings.is_demo {
                    format!(" — {}", self.tr.t("demo-badge"))
                } else {
                    String::new()
                };
                format!("Proeftuin — {municipality} ({file}){demo}")
            }
            None => format!("Proeftuin — {file}"),
        }
    }

    /// Drain replies, apply commands, refresh caches. Never draws.
    pub fn update_state(&mut self, ctx: &eframe::egui::Context) {
        let language = self.tr.language();
        if ctx.input(|input| input.viewport().close_requested())
            && self
                .editor
                .as_ref()
                .is_some_and(|editor| editor.is_dirty(language))
        {
            ctx.send_viewport_cmd(eframe::egui::ViewportCommand::CancelClose);
            self.unsaved_guard = Some(Command::Quit);
        }
        for reply in self.worker.poll() {
            if let Some(reply) = self.apply_exchange_reply(reply) {
                self.apply_reply(reply);
            }
        }
        self.poll_export();
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply_command(ctx, command);
        }
        self.refresh_caches();
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(eframe::egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    fn apply_reply(&mut self, reply: Reply) {
        match reply {
            Reply::Opened {
                path,
                portfolio,
                on_network_share,
            } => {
                if let Some(viewing) = self.viewing_snapshot.take() {
                    self.today = viewing.real_today;
                }
                self.full_rebuild = true;
                self.db_path = path;
                self.on_network_share = on_network_share;
                self.portfolio = Some(portfolio);
                self.load_error = None;
                self.editor = None;
                self.gate = None;
                self.undo = None;
                self.settings_draft = None;
                self.generation += 1;
                let text = self.tr.f(
                    "opened",
                    &[("path", crate::i18n::arg(self.db_path.display().to_string()))],
                );
                self.say(text, false);
            }
            Reply::Saved {
                initiative,
                created,
            } => {
                let Some(portfolio) = self.portfolio.as_mut() else {
                    return;
                };
                let name = initiative.name.clone();
                match portfolio
                    .initiatives
                    .iter()
                    .position(|existing| existing.id == initiative.id)
                {
                    Some(index) => {
                        portfolio.initiatives[index] = initiative.clone();
                        self.changed_rows.push(index);
                    }
                    None => {
                        portfolio.initiatives.push(initiative.clone());
                        self.full_rebuild = true;
                    }
                }
                self.generation += 1;
                // Refresh the editor when it shows this initiative (or was creating it).
                if let Some(editor) = &self.editor {
                    let same =
                        editor.draft.id == initiative.id || (created && editor.original.is_none());
                    if same {
                        self.editor = Some(Editor::new(
                            initiative.clone(),
                            Some(initiative),
                            self.tr.language(),
                        ));
                    }
                }
                let text = self.tr.f("saved", &[("name", crate::i18n::arg(name))]);
                self.say(text, false);
            }
            Reply::Deleted { initiative } => {
                self.full_rebuild = true;
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio
                        .initiatives
                        .retain(|existing| existing.id != initiative.id);
                }
                if self
                    .editor
                    .as_ref()
                    .is_some_and(|editor| editor.draft.id == initiative.id)
                {
                    self.editor = None;
                }
                self.generation += 1;
                let text = self.tr.f(
                    "deleted",
                    &[("name", crate::i18n::arg(initiative.name.clone()))],
                );
                self.undo = Some(initiative);
                self.say(text, false);
            }
            Reply::SettingsSaved(settings) => {
                self.full_rebuild = true;
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio.settings = settings;
                }
                self.settings_draft = None;
                self.generation += 1;
                let text = self.tr.t("settings-saved").to_string();
                self.say(text, false);
            }
            Reply::DepartmentsSaved(departments) => {
                self.full_rebuild = true;
                if let Some(portfolio) = self.portfolio.as_mut() {
                    portfolio.departments = departments;
                }
                self.departments_draft = None;
                self.generation += 1;
                let text = self.tr.t("settings-saved").to_string();
                self.say(text, false);
            }
            Reply::Failed { what, message } => {
                if let Some(editor) = self.editor.as_mut() {
                    editor.saving = false;
                }
                if what == "action-open" && self.portfolio.is_none() {
                    self.load_error = Some(message.clone());
                }
                let text = format!("{}: {message}", self.tr.t(what));
                self.say(text, true);
            }
            // Handled by `apply_exchange_reply` before they get here.
            Reply::ImportPreview(_)
            | Reply::Imported { .. }
            | Reply::Snapshots(_)
            | Reply::TemplateWritten(_)
            | Reply::SnapshotCreated { .. }
            | Reply::SnapshotOpened { .. }
            | Reply::Diff(_) => {}
        }
    }

    fn apply_command(&mut self, ctx: &eframe::egui::Context, command: Command) {
        let language = self.tr.language();
        // A snapshot is a frozen picture: nothing in it can be changed.
        if self.is_read_only()
            && matches!(
                command,
                Command::NewInitiative
                    | Command::Duplicate
                    | Command::SaveEditor
                    | Command::AskDelete
                    | Command::ConfirmDelete
                    | Command::Undo
                    | Command::OpenGate
                    | Command::ConfirmGate
                    | Command::SaveSettings(_)
                    | Command::SaveDepartments(_)
                    | Command::SaveFromGuard
            )
        {
            let text = self.tr.t("snapshot-read-only-refused").to_string();
            self.say(text, true);
            return;
        }
        // Nothing a user typed is dropped without asking.
        let leaves_editor = matches!(
            command,
            Command::OpenInitiative(_)
                | Command::NewInitiative
                | Command::CloseEditor
                | Command::Duplicate
                | Command::OpenPortfolio { .. }
                | Command::NewPortfolio { .. }
                | Command::Quit
        );
        if leaves_editor && let Some(editor) = &self.editor {
            let reopening = matches!(command, Command::OpenInitiative(id) if editor.original.is_some() && editor.draft.id == id);
            if reopening {
                return;
            }
            if editor.is_dirty(language) {
                self.unsaved_guard = Some(command);
                return;
            }
        }
        match command {
            Command::Quit => ctx.send_viewport_cmd(eframe::egui::ViewportCommand::Close),
            Command::DiscardChanges => {
                // Back to the stored version (or no editor for a new one), then go on.
                self.editor = self.editor.take().and_then(|editor| {
                    editor
                        .original
                        .map(|original| Editor::new(original.clone(), Some(original), language))
                });
                if let Some(next) = self.unsaved_guard.take() {
                    self.apply_command(ctx, next);
                }
            }
            Command::SaveFromGuard => {
                self.unsaved_guard = None;
                self.apply_command(ctx, Command::SaveEditor);
            }
            Command::CancelGuard => self.unsaved_guard = None,
            Command::OpenInitiative(id) => {
                if let Some(initiative) = self
                    .portfolio
                    .as_ref()
                    .and_then(|portfolio| portfolio.initiative(id))
                {
                    self.editor = Some(Editor::new(
                        initiative.clone(),
                        Some(initiative.clone()),
                        language,
                    ));
                    self.view = View::Portfolio;
                }
            }
            Command::NewInitiative => {
                if self.portfolio.is_some() {
                    let mut initiative = Initiative::new("");
                    initiative.start_date = Some(self.today);
                    self.editor = Some(Editor::new(initiative, None, language));
                    self.view = View::Portfolio;
                }
            }
            Command::Duplicate => {
                if let Some(editor) = &self.editor {
                    let mut copy = editor.draft.clone();
                    copy.id = 0;
                    copy.row_version = 0;
                    copy.name = self
                        .tr
                        .f("copy-of", &[("name", crate::i18n::arg(copy.name.clone()))]);
                    copy.phase_history.clear();
                    copy.phase = Phase::Idea;
                    copy.phase_since = None;
                    copy.health_reports.clear();
                    self.editor = Some(Editor::new(copy, None, language));
                }
            }
            Command::SaveEditor => {
                let Some(editor) = self.editor.as_mut() else {
                    return;
                };
                editor.errors = editor.parse_and_validate(&self.tr);
                if editor.errors.is_empty() {
                    editor.saving = true;
                    let draft = editor.draft.clone();
                    if editor.original.is_some() {
                        self.worker.send(Request::Update(draft));
                    } else {
                        self.worker.send(Request::Insert(draft));
                    }
                } else {
                    let text = self.tr.t("fix-fields").to_string();
                    self.say(text, true);
                }
            }
            Command::CloseEditor => {
                self.editor = None;
                self.confirm_delete = false;
            }
            Command::AskDelete => {
                if self
                    .editor
                    .as_ref()
                    .is_some_and(|editor| editor.original.is_some())
                {
                    self.confirm_delete = true;
                }
            }
            Command::ConfirmDelete => {
                self.confirm_delete = false;
                if let Some(id) = self
                    .editor
                    .as_ref()
                    .and_then(|editor| editor.original.as_ref())
                    .map(|original| original.id)
                {
                    self.worker.send(Request::Delete(id));
                }
            }
            Command::Undo => {
                if let Some(initiative) = self.undo.take() {
                    self.worker.send(Request::Restore(initiative));
                }
            }
            Command::OpenGate => {
                let Some(original) = self
                    .editor
                    .as_ref()
                    .and_then(|editor| editor.original.as_ref())
                else {
                    return;
                };
                if original.phase == Phase::Stopped {
                    return;
                }
                let to = original.phase.next().unwrap_or(Phase::Stopped);
                self.gate = Some(GateDialog {
                    initiative_id: original.id,
                    row_version: original.row_version,
                    name: original.name.clone(),
                    from: original.phase,
                    to,
                    decision: if to == Phase::Stopped {
                        GateDecision::Stop
                    } else {
                        GateDecision::Go
                    },
                    conditions: String::new(),
                    decider: String::new(),
                    rationale: String::new(),
                    date_text: crate::format::date(self.today, language),
                    errors: Vec::new(),
                });
            }
            Command::ConfirmGate => {
                let Some(gate) = self.gate.as_mut() else {
                    return;
                };
                let mut errors = Vec::new();
                let decided_on = crate::format::parse_date(&gate.date_text);
                if decided_on.is_err() {
                    errors.push(self.tr.t("problem-date").to_string());
                }
                if gate.decider.trim().is_empty() {
                    errors.push(self.tr.t("problem-decider-required").to_string());
                }
                if gate.rationale.trim().is_empty() {
                    errors.push(self.tr.t("problem-rationale-required").to_string());
                }
                if gate.decision == GateDecision::ConditionalGo && gate.conditions.trim().is_empty()
                {
                    errors.push(self.tr.t("problem-conditions-required").to_string());
                }
                gate.errors = errors;
                if let (true, Ok(decided_on)) = (gate.errors.is_empty(), decided_on) {
                    let change = PhaseChange {
                        decided_on,
                        from_phase: Some(gate.from),
                        to_phase: gate.to,
                        decision: gate.decision,
                        conditions: gate.conditions.trim().to_string(),
                        decider: gate.decider.trim().to_string(),
                        rationale: gate.rationale.trim().to_string(),
                    };
                    self.worker.send(Request::ChangePhase {
                        id: gate.initiative_id,
                        row_version: gate.row_version,
                        change,
                    });
                    self.gate = None;
                }
            }
            Command::SetLanguage(language) => {
                self.prefs.language = Some(language);
                self.tr = I18n::new(language);
                // Re-render the editor's typed amounts and dates in the new language.
                if let Some(editor) = self.editor.take() {
                    let mut fresh =
                        Editor::new(editor.draft.clone(), editor.original.clone(), language);
                    fresh.errors = editor.errors;
                    self.editor = Some(fresh);
                }
            }
            Command::SetDarkMode(dark) => {
                self.prefs.dark_mode = Some(dark);
                ctx.set_theme(if dark {
                    eframe::egui::Theme::Dark
                } else {
                    eframe::egui::Theme::Light
                });
            }
            Command::NewPortfolio { path, municipality } => {
                self.file_dialog = None;
                self.worker.send(Request::Create {
                    path: PathBuf::from(path.trim()),
                    municipality: municipality.trim().to_string(),
                });
            }
            Command::OpenPortfolio { path } => {
                self.file_dialog = None;
                self.worker.send(Request::Open {
                    path: PathBuf::from(path.trim()),
                    demo_if_new: false,
                });
            }
            Command::SaveSettings(settings) => self.worker.send(Request::SaveSettings(settings)),
            Command::SaveDepartments(departments) => {
                self.worker.send(Request::SaveDepartments(departments));
            }
            Command::Sort(column) => {
                if self.prefs.sort.column == column {
                    self.prefs.sort.ascending = !self.prefs.sort.ascending;
                } else {
                    self.prefs.sort = Sort {
                        column,
                        ascending: true,
                    };
                }
            }
            Command::ClearFilters => self.prefs.filters = Filters::default(),
            Command::SetBudgetPeriod(period) => self.budget_period = period,
            Command::ToggleProjection(id) => {
                if !self.projection_ticked.remove(&id) {
                    self.projection_ticked.insert(id);
                }
                self.projection_generation += 1;
            }
            Command::ShowFiltered(filters) => {
                self.prefs.filters = *filters;
                self.view = View::Portfolio;
            }
        }
    }

    /// Recompute figures and the table's rows when the data or the filters changed.
    pub fn refresh_caches(&mut self) {
        let Some(portfolio) = &self.portfolio else {
            return;
        };
        let sort = self.prefs.sort;
        let language = self.tr.language();
        if self.figures_generation != self.generation {
            let order_current = self
                .order_for
                .is_some_and(|(_, order_sort, order_language)| {
                    order_sort == sort && order_language == language
                });
            if self.full_rebuild || self.figures.len() != portfolio.initiatives.len() {
                self.figures = all_initiative_figures(portfolio, self.today);
                self.search_index = search_index(portfolio);
                let mut departments: Vec<String> = portfolio
                    .departments
                    .iter()
                    .map(|department| department.name.clone())
                    .collect();
                departments.extend(
                    portfolio
                        .initiatives
                        .iter()
                        .filter_map(|initiative| initiative.department.clone()),
                );
                departments.sort();
                departments.dedup();
                self.departments = departments;
                let mut themes: Vec<String> = portfolio.themes.clone();
                themes.extend(
                    portfolio
                        .initiatives
                        .iter()
                        .flat_map(|initiative| initiative.themes.iter().cloned()),
                );
                themes.sort();
                themes.dedup();
                self.themes = themes;
            } else {
                // Edits to existing rows: update just those rows (a full rebuild costs
                // ~120 ms at 100,000 initiatives, a noticeable pause after every save).
                let kind_names: Vec<String> = Kind::ALL
                    .iter()
                    .map(|kind| self.tr.name("kind", kind.id()))
                    .collect();
                let quadrant_names: Vec<String> = Quadrant::ALL
                    .iter()
                    .map(|quadrant| self.tr.name("quadrant", quadrant.id()))
                    .collect();
                for &index in &self.changed_rows {
                    let Some(initiative) = portfolio.initiatives.get(index) else {
                        continue;
                    };
                    self.figures[index] = crate::figures::initiative_figures(
                        initiative,
                        &portfolio.settings,
                        self.today,
                    );
                    self.search_index[index] = search_text(initiative);
                    if let Some(name) = &initiative.department
                        && let Err(position) = self.departments.binary_search(name)
                    {
                        self.departments.insert(position, name.clone());
                    }
                    for name in &initiative.themes {
                        if let Err(position) = self.themes.binary_search(name) {
                            self.themes.insert(position, name.clone());
                        }
                    }
                    if order_current
                        && let Some(position) = self.order.iter().position(|&row| row == index)
                    {
                        self.order.remove(position);
                        let folded = initiative.name.to_lowercase();
                        let insert_at = self.order.partition_point(|&other| {
                            let other_folded = portfolio.initiatives[other].name.to_lowercase();
                            compare_rows(
                                portfolio,
                                &self.figures,
                                sort,
                                (&kind_names, &quadrant_names),
                                (other, &other_folded),
                                (index, &folded),
                            ) == std::cmp::Ordering::Less
                        });
                        self.order.insert(insert_at, index);
                    }
                }
                if order_current {
                    self.order_for = Some((self.generation, sort, language));
                }
            }
            self.changed_rows.clear();
            self.full_rebuild = false;
            self.figures_generation = self.generation;
        }
        let year = chrono::Datelike::year(&self.today);
        if self.view == View::Overview && self.summary_for != Some((self.generation, year)) {
            self.summary = Some(crate::figures::summarize_with(
                portfolio,
                &self.figures,
                self.today,
                year,
            ));
            let mut attention: Vec<(usize, Health, String)> = portfolio
                .initiatives
                .iter()
                .enumerate()
                .filter_map(|(index, initiative)| {
                    let report = initiative.latest_health()?;
                    (report.status != Health::Green)
                        .then(|| (index, report.status, report.reason.clone()))
                })
                .collect();
            attention.sort_by(|a, b| {
                b.1.cmp(&a.1).then_with(|| {
                    portfolio.initiatives[a.0]
                        .name
                        .cmp(&portfolio.initiatives[b.0].name)
                })
            });
            self.attention = attention;
            self.summary_for = Some((self.generation, year));
        }
        let order_key = (self.generation, self.prefs.sort, self.tr.language());
        if self.order_for != Some(order_key) {
            self.order = sort_order(portfolio, &self.figures, self.prefs.sort, &self.tr);
            self.order_for = Some(order_key);
            self.visible_for = None;
        }
        let key = (self.generation, self.prefs.filters.clone(), self.prefs.sort);
        if self.visible_for.as_ref() != Some(&key) {
            self.visible = filter_rows(
                portfolio,
                &self.figures,
                &self.search_index,
                &self.prefs.filters,
                &self.order,
            );
            self.visible_for = Some(key);
        }
        let budget_key = (
            self.generation,
            self.prefs.filters.clone(),
            self.budget_period,
            self.projection_generation,
        );
        if self.view == View::Budget && self.budget_for.as_ref() != Some(&budget_key) {
            self.budget = Some(BudgetView::compute(
                portfolio,
                &self.visible,
                &self.prefs.filters,
                self.budget_period,
                &self.projection_ticked,
                year,
            ));
            self.budget_for = Some(budget_key);
        }
    }

    pub fn db_path(&self) -> &Path {
        &self.db_path
    }
}

/// What the budget view draws, computed when the data, filters, period or ticks change.
#[derive(Debug, Clone, Default)]
pub struct BudgetView {
    pub figures: crate::figures::budget::BudgetFigures,
    pub projection: crate::figures::budget::Projection,
    /// Whether the departments' baseline operation is in the figures.
    pub baseline: crate::figures::budget::BaselineScope,
    /// Pilots in view that can be ticked into the projection, in the table's order.
    pub tickable: Vec<usize>,
    /// How many of `tickable` are ticked.
    pub ticked_in_view: usize,
    /// The target innovation share in basis points.
    pub target_bp: u32,
}

impl BudgetView {
    pub fn compute(
        portfolio: &Portfolio,
        rows: &[usize],
        filters: &Filters,
        period: Option<i32>,
        ticked: &std::collections::HashSet<InitiativeId>,
        this_year: i32,
    ) -> Self {
        use crate::figures::budget::{self, BaselineScope};
        let only_department = Filters {
            department: filters.department.clone(),
            ..Filters::default()
        };
        let baseline = match &filters.department {
            None if !filters.is_active() => BaselineScope::All,
            Some(name) if *filters == only_department => BaselineScope::Department(name.clone()),
            _ => BaselineScope::Excluded,
        };
        // In the table's order, so the list reads like the table.
        let tickable: Vec<usize> = rows
            .iter()
            .copied()
            .filter(|&row| budget::can_tick_into_projection(portfolio.initiatives[row].phase))
            .collect();
        let ticked_in_view = tickable
            .iter()
            .filter(|&&row| ticked.contains(&portfolio.initiatives[row].id))
            .count();
        // The two are independent: on two cores they take the time of the slower one.
        let (figures, projection) = std::thread::scope(|scope| {
            let figures =
                scope.spawn(|| budget::budget_figures(portfolio, rows, &baseline, period));
            let projection =
                budget::project_operation(portfolio, rows, &baseline, ticked, this_year);
            (figures.join(), projection)
        });
        let figures =
            figures.unwrap_or_else(|_| budget::budget_figures(portfolio, rows, &baseline, period));
        Self {
            ticked_in_view,
            figures,
            projection,
            baseline,
            tickable,
            target_bp: portfolio.settings.target_innovation_share_bp,
        }
    }
}

/// The rows the table shows: filtered, then sorted (ties by name, then id).
pub fn filter_and_sort(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    filters: &Filters,
    sort: Sort,
    tr: &I18n,
) -> Vec<usize> {
    let order = sort_order(portfolio, figures, sort, tr);
    filter_rows(
        portfolio,
        figures,
        &search_index(portfolio),
        filters,
        &order,
    )
}

/// Per initiative, its name, description and owner in lower case, separated by a line
/// break (which a typed search cannot contain). Built once per data change, so a search
/// is one substring scan per row.
pub fn search_index(portfolio: &Portfolio) -> Vec<String> {
    portfolio.initiatives.iter().map(search_text).collect()
}

/// One initiative's entry in the search index.
fn search_text(initiative: &Initiative) -> String {
    // str::to_lowercase has a fast path for ASCII, unlike char-by-char folding.
    let mut text = initiative.name.to_lowercase();
    text.push('\n');
    text.push_str(&initiative.description.to_lowercase());
    text.push('\n');
    text.push_str(&initiative.owner.to_lowercase());
    text
}

/// All initiatives in the order of `sort`. Costly at 100,000 rows, so the app caches it
/// per data generation, sort and language; typing in the search box only filters.
pub fn sort_order(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    sort: Sort,
    tr: &I18n,
) -> Vec<usize> {
    let initiatives = &portfolio.initiatives;
    // Sort keys computed once per row, not once per comparison.
    let folded_names: Vec<String> = initiatives
        .iter()
        .map(|initiative| initiative.name.to_lowercase())
        .collect();
    let kind_names: Vec<String> = Kind::ALL
        .iter()
        .map(|kind| tr.name("kind", kind.id()))
        .collect();
    let quadrant_names: Vec<String> = Quadrant::ALL
        .iter()
        .map(|quadrant| tr.name("quadrant", quadrant.id()))
        .collect();
    let mut rows: Vec<usize> = (0..initiatives.len()).collect();
    rows.sort_unstable_by(|&a, &b| {
        compare_rows(
            portfolio,
            figures,
            sort,
            (&kind_names, &quadrant_names),
            (a, &folded_names[a]),
            (b, &folded_names[b]),
        )
    });
    rows
}

/// Translated kind and quadrant names, which the sort compares as the user reads them.
type TranslatedNames<'a> = (&'a [String], &'a [String]);

/// The order of two rows under `sort`; ties by lower-case name, then id.
fn compare_rows(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    sort: Sort,
    (kind_names, quadrant_names): TranslatedNames<'_>,
    (a, folded_a): (usize, &str),
    (b, folded_b): (usize, &str),
) -> std::cmp::Ordering {
    let (left, right) = (&portfolio.initiatives[a], &portfolio.initiatives[b]);
    let (left_figures, right_figures) = (figures.get(a), figures.get(b));
    let ordering = match sort.column {
        Column::Name => std::cmp::Ordering::Equal,
        Column::Kind => kind_names[left.kind.index()].cmp(&kind_names[right.kind.index()]),
        Column::Department => left.department.cmp(&right.department),
        Column::Quadrant => {
            quadrant_names[left.quadrant.index()].cmp(&quadrant_names[right.quadrant.index()])
        }
        Column::Phase => left.phase.cmp(&right.phase),
        Column::MonthsInPhase => left_figures
            .map(|f| f.months_in_phase)
            .cmp(&right_figures.map(|f| f.months_in_phase)),
        Column::Readiness => left_figures
            .map(|f| (f.assessment.score_bp, f.assessment.verdict))
            .cmp(&right_figures.map(|f| (f.assessment.score_bp, f.assessment.verdict))),
        Column::Health => left_figures
            .map(|f| f.health)
            .cmp(&right_figures.map(|f| f.health)),
        Column::Budget => left_figures
            .map(|f| f.innovation_planned_cents)
            .cmp(&right_figures.map(|f| f.innovation_planned_cents)),
    }
    .then_with(|| folded_a.cmp(folded_b))
    .then_with(|| left.id.cmp(&right.id));
    if sort.ascending {
        ordering
    } else {
        ordering.reverse()
    }
}

/// The rows of `order` that pass the filters and the free-text search, in that order.
pub fn filter_rows(
    portfolio: &Portfolio,
    figures: &[InitiativeFigures],
    search_index: &[String],
    filters: &Filters,
    order: &[usize],
) -> Vec<usize> {
    // A line break cannot match: it separates the fields in the index.
    let needle = filters.search.trim().replace('\n', " ").to_lowercase();
    order
        .iter()
        .copied()
        .filter(|&index| {
            let Some(initiative) = portfolio.initiatives.get(index) else {
                return false;
            };
            filters
                .quadrant
                .is_none_or(|quadrant| initiative.quadrant == quadrant)
                && filters.phase.is_none_or(|phase| initiative.phase == phase)
                && filters.kind.is_none_or(|kind| initiative.kind == kind)
                && filters
                    .department
                    .as_ref()
                    .is_none_or(|department| initiative.department.as_ref() == Some(department))
                && filters
                    .theme
                    .as_ref()
                    .is_none_or(|theme| initiative.themes.contains(theme))
                && filters.health.is_none_or(|health| {
                    let latest = figures.get(index).and_then(|figures| figures.health);
                    match health {
                        HealthFilter::Status(status) => latest == Some(status),
                        HealthFilter::NoReport => latest.is_none(),
                    }
                })
                && filters.verdict.is_none_or(|verdict| {
                    figures
                        .get(index)
                        .is_some_and(|figures| figures.assessment.verdict == verdict)
                })
                && (!filters.stuck || figures.get(index).is_some_and(|figures| figures.stuck))
                && filters.matrix_cell.is_none_or(|(readiness, usage)| {
                    initiative.readiness_level == Some(readiness)
                        && initiative.use_level == Some(usage)
                })
                && (needle.is_empty()
                    || search_index
                        .get(index)
                        .is_some_and(|text| text.contains(needle.as_str())))
        })
        .collect()
}

impl eframe::App for ProeftuinApp {
    fn logic(&mut self, ctx: &eframe::egui::Context, _frame: &mut eframe::Frame) {
        self.update_state(ctx);
    }

    fn ui(&mut self, ui: &mut eframe::egui::Ui, _frame: &mut eframe::Frame) {
        crate::ui::app_ui(self, ui);
        if !self.commands.is_empty() {
            ui.ctx().request_repaint();
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, PREFS_KEY, &self.prefs);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn portfolio() -> Portfolio {
        let mut portfolio = Portfolio::default();
        for (name, description, owner, phase) in [
            ("Chatbot", "Vragen van inwoners", "A. Öztürk", Phase::Pilot),
            ("afvalapp", "Meldingen", "B. Jansen", Phase::Idea),
            ("Burgermeetnet", "Fijnstof meten", "C. Bakker", Phase::Pilot),
        ] {
            let mut initiative = Initiative::new(name);
            initiative.id = portfolio.initiatives.len() as i64 + 1;
            initiative.description = description.into();
            initiative.owner = owner.into();
            initiative.phase = phase;
            portfolio.initiatives.push(initiative);
        }
        portfolio
    }

    fn names(portfolio: &Portfolio, rows: &[usize]) -> Vec<String> {
        rows.iter()
            .map(|&row| portfolio.initiatives[row].name.clone())
            .collect()
    }

    #[test]
    fn search_folds_case_and_stays_within_a_field() {
        let portfolio = portfolio();
        let tr = I18n::new(Language::Dutch);
        let search = |text: &str| {
            let filters = Filters {
                search: text.into(),
                ..Filters::default()
            };
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &filters, Sort::default(), &tr),
            )
        };
        assert_eq!(search("ÖZTÜRK"), vec!["Chatbot"]);
        assert_eq!(search("fijnstof"), vec!["Burgermeetnet"]);
        assert_eq!(search("  meldingen "), vec!["afvalapp"]);
        assert!(
            search("inwonersA.").is_empty(),
            "no match across description and owner"
        );
        assert_eq!(search("").len(), 3);
    }

    #[test]
    fn filters_and_sort() {
        let portfolio = portfolio();
        let tr = I18n::new(Language::English);
        let all = Filters::default();
        // Name order is case-insensitive: "afvalapp" sorts first.
        assert_eq!(
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &all, Sort::default(), &tr)
            ),
            ["afvalapp", "Burgermeetnet", "Chatbot"]
        );
        let descending = Sort {
            column: Column::Name,
            ascending: false,
        };
        assert_eq!(
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &all, descending, &tr)
            ),
            ["Chatbot", "Burgermeetnet", "afvalapp"]
        );
        let pilots = Filters {
            phase: Some(Phase::Pilot),
            ..Filters::default()
        };
        assert_eq!(
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &pilots, Sort::default(), &tr)
            ),
            ["Burgermeetnet", "Chatbot"]
        );
        let by_phase = Sort {
            column: Column::Phase,
            ascending: true,
        };
        assert_eq!(
            names(
                &portfolio,
                &filter_and_sort(&portfolio, &[], &all, by_phase, &tr)
            )[0],
            "afvalapp"
        );
        let no_report = Filters {
            health: Some(HealthFilter::NoReport),
            ..Filters::default()
        };
        assert_eq!(
            filter_and_sort(&portfolio, &[], &no_report, Sort::default(), &tr).len(),
            3
        );
    }
}
