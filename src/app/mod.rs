//! The eframe application: `logic` drains the store worker's replies, applies the
//! commands the views emitted and refreshes the caches (figures, the table's filtered and
//! sorted rows) when the data generation or the filters change; `ui` only draws, from a
//! [`ViewState`], and answers with [`Command`]s. `docs/architecture.md` shows the flow.

mod caches;
mod command;
pub mod conflict;
mod editor;
pub mod exchange;
mod prefs;
mod replies;
mod rows;
pub mod undo;
mod view_state;
pub mod worker;

use std::collections::HashSet;
use std::path::PathBuf;

use chrono::NaiveDate;

use crate::domain::*;
use crate::figures::{InitiativeFigures, ShownFigures};
use crate::i18n::{I18n, Language};
use worker::{Request, Worker};

pub use crate::figures::NameOrder;
pub use command::{Command, Resolution};
pub use editor::{Editor, EditorField, FileDialog, GateDialog};
pub use prefs::{Column, Filters, HealthFilter, MapAcross, MapUp, PREFS_KEY, Preferences, Sort};
pub use rows::{BudgetView, SearchIndex, filter_and_sort, filter_rows, search_index, sort_order};
pub use view_state::{Drafts, ViewState};

/// A portfolio that failed its check, and the newest sound backup (if any) to restore.
#[derive(Debug, Clone)]
pub struct DamagedFile {
    pub path: PathBuf,
    pub backup: Option<crate::store::backup::Backup>,
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
    Balance,
    Departments,
    Activities,
    Peers,
    Settings,
}

impl View {
    /// In the order of the navigation.
    pub const ALL: [View; 11] = [
        View::Overview,
        View::Portfolio,
        View::Quadrants,
        View::Budget,
        View::Phases,
        View::Readiness,
        View::Balance,
        View::Departments,
        View::Activities,
        View::Peers,
        View::Settings,
    ];

    /// The translation key of the view's name in the navigation (its accessible label).
    pub fn nav_key(self) -> &'static str {
        match self {
            View::Overview => "nav-overview",
            View::Portfolio => "nav-portfolio",
            View::Quadrants => "nav-quadrants",
            View::Budget => "nav-budget",
            View::Phases => "nav-phases",
            View::Readiness => "nav-readiness",
            View::Balance => "nav-balance",
            View::Departments => "nav-departments",
            View::Peers => "nav-peers",
            View::Activities => "nav-activities",
            View::Settings => "nav-settings",
        }
    }
}

/// The self-assessment the five activities view fills in: its date as typed, an answer
/// per assignment (in `Assignment::ALL` order; `None` = not assessed), the assessment it
/// is compared with, and the one last saved from it.
#[derive(Debug, Clone, PartialEq)]
pub struct AssessmentDraft {
    pub date_text: String,
    pub answers: Vec<Option<crate::domain::Answer>>,
    pub compare_with: Option<NaiveDate>,
    pub saved: Option<crate::domain::SelfAssessment>,
}

impl AssessmentDraft {
    /// Start from `from` (the latest assessment, answers copied) for the date `today`.
    pub fn new(
        from: Option<&crate::domain::SelfAssessment>,
        today: NaiveDate,
        language: Language,
    ) -> Self {
        AssessmentDraft {
            date_text: crate::format::date(today, language),
            answers: crate::domain::Assignment::ALL
                .iter()
                .map(|assignment| {
                    from.and_then(|assessment| assessment.answer(*assignment))
                        .cloned()
                })
                .collect(),
            compare_with: from.map(|assessment| assessment.assessed_on),
            saved: None,
        }
    }

    /// The assessment as typed, when its date reads.
    pub fn assessment(&self) -> Option<crate::domain::SelfAssessment> {
        let assessed_on = crate::format::parse_date(self.date_text.trim()).ok()?;
        Some(crate::domain::SelfAssessment {
            assessed_on,
            answers: self.answers.iter().flatten().cloned().collect(),
        })
    }
}

/// A message in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub is_error: bool,
}

/// The application: the portfolio as loaded, the caches the views draw from, the drafts
/// the user types into, and the store worker. Views see it only through
/// [`ViewState`] and [`Drafts`]; every change goes through a [`Command`].
pub struct ProeftuinApp {
    tr: I18n,
    prefs: Preferences,
    today: NaiveDate,
    worker: Worker,
    /// The open portfolio: a file or a shared portfolio on a server.
    db: crate::store::Location,
    /// Where files about it go by default (exports, the template): the portfolio's file,
    /// or for a shared portfolio a file named after it in the user's documents.
    db_path: PathBuf,
    portfolio: Option<Portfolio>,
    /// Per initiative, in portfolio order; recomputed when `generation` changes.
    figures: Vec<InitiativeFigures>,
    /// Bumped on every change of the in-memory portfolio.
    generation: u64,
    figures_generation: u64,
    /// Indices into `portfolio.initiatives` that the table shows, filtered and sorted.
    visible: Vec<usize>,
    /// Counts over `visible` for the quadrant map, phases and readiness views.
    shown: ShownFigures,
    visible_for: Option<(u64, Filters, Sort)>,
    /// The balance view's bars over the shown rows, and what they were computed for.
    balance: crate::figures::balance::Balance,
    balance_for: Option<(u64, Filters, Sort)>,
    /// The departments view's figures, most in need first, and what they were computed
    /// for (the data generation and the year).
    department_figures: Vec<crate::figures::departments::DepartmentFigures>,
    department_figures_for: Option<(u64, i32)>,
    /// The register's evidence for the five activities, and for which data generation.
    activity_evidence: Vec<crate::figures::activities::RegisterEvidence>,
    activity_evidence_for: Option<u64>,
    /// The peer library of the open portfolio (`None` until loaded; asked for once).
    peers: Option<worker::PeerLibrary>,
    peers_requested: bool,
    /// Bumped whenever the library is replaced.
    peers_generation: u64,
    /// The cases the peers view's search shows, and what for.
    peer_shown: Vec<usize>,
    peer_shown_for: Option<(u64, String)>,
    /// The initiative the peers view compares (`None`: the open one, else the first shown).
    peer_choice: Option<InitiativeId>,
    peer_for: Option<InitiativeId>,
    peer_matches: Vec<crate::figures::peers::PeerMatch>,
    peer_matches_for: Option<(u64, u64, InitiativeId)>,
    /// All rows in the current sort order, for (generation, sort, language).
    order: Vec<usize>,
    order_for: Option<(u64, Sort, Language)>,
    /// The overview's figures, for `summary_for` = (generation, year).
    summary: Option<crate::figures::Summary>,
    summary_for: Option<(u64, i32)>,
    /// The budget view's figures and projection, for `budget_for`.
    budget: Option<BudgetView>,
    budget_for: Option<(u64, Filters, Option<i32>, u64)>,
    /// The budget view's period (`None` = every year); this year at start.
    budget_period: Option<i32>,
    /// Pilots the user ticked into the projection, and a counter bumped on every tick.
    projection_ticked: HashSet<InitiativeId>,
    projection_generation: u64,
    /// Latest amber and red reports: (row, status), red first.
    attention: Vec<(usize, Health)>,
    /// The opened portfolio's quick check is to be asked for (see `update_state`).
    quick_check_due: bool,
    /// Lower-case search text per initiative, rebuilt with the figures.
    search_index: rows::SearchIndex,
    /// The name order every sort breaks ties by; with `figures`.
    name_order: crate::figures::NameOrder,
    /// Rows edited in place since the caches were built (updated one by one).
    changed_rows: Vec<usize>,
    /// Rows were added or removed, or settings changed: rebuild every cache.
    full_rebuild: bool,
    /// The search index and the filters' department and theme names are still to be
    /// made for the portfolio (the overview of one just opened is drawn first).
    search_due: bool,
    /// Department and theme names for the filter menus.
    departments: Vec<String>,
    themes: Vec<String>,
    view: View,
    drafts: Drafts,
    confirm_delete: bool,
    /// The user's own steps, to undo and redo until the app is closed.
    history: undo::History,
    /// The settings and departments as they were when the settings view began editing
    /// its copies (a save is based on them: a change made elsewhere since is a conflict).
    settings_base: Option<PortfolioSettings>,
    departments_base: Option<Vec<Department>>,
    /// The file can only be read here (its permissions): every change is refused.
    file_read_only: bool,
    /// The server stopped answering (why, in words); the worker tries again.
    offline: Option<String>,
    /// The portfolio failed its quick check, and the backup to offer.
    damaged: Option<DamagedFile>,
    /// The audit log of the initiative open in the editor.
    initiative_history: Option<(InitiativeId, Vec<crate::store::AuditEntry>)>,
    messages: Vec<Message>,
    /// What the views asked for this frame, applied after drawing.
    commands: Vec<Command>,
    on_network_share: bool,
    load_error: Option<String>,
    title: String,
    focus_search: bool,
    /// A command held back because the editor has unsaved changes.
    unsaved_guard: Option<Command>,
    /// A snapshot shown read-only instead of the live portfolio.
    viewing_snapshot: Option<exchange::ViewingSnapshot>,
    /// Wakes the UI from background threads (the export).
    repaint: Option<eframe::egui::Context>,
}

/// The file a portfolio's exports are named after and put beside (see `db_path`).
pub(crate) fn file_like(location: &crate::store::Location) -> PathBuf {
    match location {
        crate::store::Location::File(path) => path.clone(),
        crate::store::Location::Server(address) => {
            let folder = directories::UserDirs::new()
                .and_then(|dirs| dirs.document_dir().map(std::path::Path::to_path_buf))
                .or_else(|| directories::BaseDirs::new().map(|dirs| dirs.home_dir().to_path_buf()))
                .unwrap_or_default();
            let database = address
                .config(None)
                .ok()
                .and_then(|config| config.get_dbname().map(str::to_string))
                .unwrap_or_else(|| "proeftuin".to_string());
            folder.join(format!("{database}.sqlite"))
        }
    }
}

/// The store's thread, started and already opening a portfolio before the window exists:
/// the load runs while the window and its renderer start (about 100 ms).
pub struct Opening {
    worker: Worker,
    location: crate::store::Location,
    /// The window's context once there is one; the thread wakes it after each reply.
    window: std::sync::Arc<std::sync::OnceLock<eframe::egui::Context>>,
}

impl Opening {
    /// Start opening `location` (a new file gets the demo portfolio).
    pub fn start(location: crate::store::Location) -> Self {
        let window: std::sync::Arc<std::sync::OnceLock<eframe::egui::Context>> =
            std::sync::Arc::default();
        let wake = window.clone();
        let mut worker = Worker::start(move || {
            // Before the window exists there is nothing to wake: its first frame reads
            // the replies that came.
            if let Some(ctx) = wake.get() {
                ctx.request_repaint();
            }
        });
        worker.send(Request::Open {
            location: location.clone(),
            password: None,
            if_missing: worker::IfMissing::Demo,
        });
        Self {
            worker,
            location,
            window,
        }
    }
}

impl ProeftuinApp {
    /// A new app that opens `location` (a new file gets the demo portfolio).
    pub fn new(
        ctx: &eframe::egui::Context,
        location: crate::store::Location,
        prefs: Preferences,
        today: NaiveDate,
    ) -> Self {
        Self::opening(ctx, Opening::start(location), prefs, today)
    }

    /// The app for a portfolio that is being opened (see [`Opening`]).
    pub fn opening(
        ctx: &eframe::egui::Context,
        opening: Opening,
        prefs: Preferences,
        today: NaiveDate,
    ) -> Self {
        let Opening {
            worker,
            location,
            window,
        } = opening;
        // Set once, here; a second set cannot happen (the lock is this app's own).
        let _ = window.set(ctx.clone());
        let language = prefs.language.unwrap_or_else(Language::from_system);
        if let Some(dark) = prefs.dark_mode {
            ctx.set_theme(if dark {
                eframe::egui::Theme::Dark
            } else {
                eframe::egui::Theme::Light
            });
        }
        Self {
            tr: I18n::new(language),
            prefs,
            today,
            worker,
            db_path: file_like(&location),
            db: location,
            portfolio: None,
            figures: Vec::new(),
            generation: 0,
            figures_generation: u64::MAX,
            visible: Vec::new(),
            shown: crate::figures::ShownFigures::default(),
            visible_for: None,
            balance: Default::default(),
            balance_for: None,
            department_figures: Vec::new(),
            department_figures_for: None,
            activity_evidence: Vec::new(),
            activity_evidence_for: None,
            peers: None,
            peers_requested: false,
            peers_generation: 0,
            peer_shown: Vec::new(),
            peer_shown_for: None,
            peer_choice: None,
            peer_for: None,
            peer_matches: Vec::new(),
            peer_matches_for: None,
            order: Vec::new(),
            order_for: None,
            search_index: rows::SearchIndex::default(),
            name_order: crate::figures::NameOrder::default(),
            summary: None,
            summary_for: None,
            budget: None,
            budget_for: None,
            budget_period: Some(chrono::Datelike::year(&today)),
            projection_ticked: std::collections::HashSet::new(),
            projection_generation: 0,
            attention: Vec::new(),
            quick_check_due: false,
            changed_rows: Vec::new(),
            full_rebuild: true,
            search_due: false,
            departments: Vec::new(),
            themes: Vec::new(),
            view: View::Overview,
            drafts: Drafts::default(),
            confirm_delete: false,
            history: undo::History::default(),
            settings_base: None,
            file_read_only: false,
            offline: None,
            damaged: None,
            departments_base: None,
            initiative_history: None,
            messages: Vec::new(),
            commands: Vec::new(),
            on_network_share: false,
            load_error: None,
            title: String::new(),
            focus_search: false,
            unsaved_guard: None,
            viewing_snapshot: None,
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

    /// The address form's test button, Open and Copy.
    pub(super) fn submit_shared(&mut self, command: &Command) {
        let Some(dialog) = self.drafts.shared.as_mut() else {
            return;
        };
        let password = (!dialog.password.is_empty()).then(|| dialog.password.clone());
        let location = match crate::store::Location::parse(&dialog.address) {
            Ok(crate::store::Location::File(_)) if !dialog.copying => {
                Err(self.tr.t("shared-address-not-server").to_string())
            }
            Ok(location) => Ok(location),
            Err(reason) => Err(crate::i18n::Message::new("shared-address-invalid")
                .with("reason", reason)
                .render(&self.tr)),
        };
        let location = match location {
            Ok(location) => location,
            Err(text) => {
                dialog.tested = Some((text, false));
                return;
            }
        };
        dialog.tested = None;
        match (command, dialog.copying) {
            (Command::TestConnection, _) => {
                dialog.working = true;
                self.worker
                    .send(Request::TestConnection { location, password });
            }
            (_, false) => {
                self.drafts.shared = None;
                self.worker.send(Request::Open {
                    location,
                    password,
                    if_missing: worker::IfMissing::Ask,
                });
            }
            (_, true) => {
                dialog.working = true;
                let replace = dialog.replace;
                self.worker.send(Request::CopyTo {
                    target: location,
                    password,
                    replace,
                });
            }
        }
    }

    /// Remember an opened portfolio in File → Recent.
    pub(super) fn remember_recent(&mut self, location: &crate::store::Location) {
        self.prefs.remember(location);
    }

    pub(super) fn say(&mut self, text: String, is_error: bool) {
        self.messages.push(Message { text, is_error });
        if self.messages.len() > 5 {
            self.messages.remove(0);
        }
    }

    /// The window title: Proeftuin, the municipality and the file.
    pub fn window_title(&self) -> String {
        let file = self.db.short_name();
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
                .drafts
                .editor
                .as_ref()
                .is_some_and(|editor| editor.is_dirty(language))
        {
            ctx.send_viewport_cmd(eframe::egui::ViewportCommand::CancelClose);
            self.unsaved_guard = Some(Command::Quit);
        }
        // Asked for once the opened portfolio has been drawn, so that the check does not
        // take the second core from that first frame; still before any command of it
        // (nothing is written before the quick check has answered).
        if std::mem::take(&mut self.quick_check_due) {
            self.worker.send(Request::QuickCheck);
        }
        for reply in self.worker.poll() {
            self.apply_reply(reply);
        }
        if self.quick_check_due {
            if self.commands.is_empty() {
                ctx.request_repaint();
            } else {
                // Commands made while the portfolio was opening: the check goes first.
                self.quick_check_due = false;
                self.worker.send(Request::QuickCheck);
            }
        }
        self.poll_export();
        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.apply_command(ctx, command);
        }
        self.refresh_caches();
        self.refresh_peers();
        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(eframe::egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// What the views may read this frame, the drafts they type into, and where their
    /// commands go.
    pub fn frame_parts(&mut self) -> (ViewState<'_>, &mut Drafts, &mut Vec<Command>) {
        let dialog_open = self.drafts.gate.is_some()
            || self.drafts.file_dialog.is_some()
            || self.drafts.shared.is_some()
            || self.drafts.conflict.is_some()
            || self.drafts.trash.is_some();
        let state = ViewState {
            tr: &self.tr,
            prefs: &self.prefs,
            today: self.today,
            view: self.view,
            db_path: &self.db_path,
            db: &self.db,
            balance: &self.balance,
            department_figures: &self.department_figures,
            activity_evidence: &self.activity_evidence,
            peers: self.peers.as_ref(),
            peer_shown: &self.peer_shown,
            peer_for: self.peer_for,
            peer_matches: &self.peer_matches,
            portfolio: &self.portfolio,
            figures: &self.figures,
            visible: &self.visible,
            shown: &self.shown,
            summary: &self.summary,
            attention: &self.attention,
            budget: &self.budget,
            budget_period: self.budget_period,
            projection_ticked: &self.projection_ticked,
            departments: &self.departments,
            themes: &self.themes,
            messages: &self.messages,
            history: &self.history,
            file_read_only: self.file_read_only,
            offline: self.offline.as_deref(),
            damaged: self.damaged.as_ref(),
            initiative_history: self
                .initiative_history
                .as_ref()
                .filter(|(id, _)| {
                    self.drafts
                        .editor
                        .as_ref()
                        .is_some_and(|editor| editor.draft.id == *id)
                })
                .map(|(_, entries)| entries.as_slice()),
            viewing_snapshot: self.viewing_snapshot.as_ref(),
            load_error: self.load_error.as_deref(),
            on_network_share: self.on_network_share,
            busy: self.worker.pending() > 0 || !self.commands.is_empty(),
            focus_search: self.focus_search,
            confirm_delete: self.confirm_delete,
            unsaved_guard: self.unsaved_guard.is_some(),
            dialog_open,
        };
        (state, &mut self.drafts, &mut self.commands)
    }

    /// Queue a command as a view would; it is applied by the next `update_state`.
    /// (Scripts and benchmarks drive the app this way; the views push theirs.)
    pub fn push(&mut self, command: Command) {
        self.commands.push(command);
    }

    /// Per initiative, in portfolio order.
    /// The data generation: goes up with every change the views must redraw from.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    pub fn figures(&self) -> &[InitiativeFigures] {
        &self.figures
    }

    /// Whether nothing can be changed: a snapshot is shown, or the file is read-only.
    pub fn is_read_only(&self) -> bool {
        self.viewing_snapshot.is_some() || self.file_read_only || self.offline.is_some()
    }

    /// Whether a snapshot is shown instead of the live portfolio.
    pub fn is_offline(&self) -> bool {
        self.offline.is_some()
    }

    /// The open portfolio: its file, or its server and database.
    pub fn location(&self) -> &crate::store::Location {
        &self.db
    }

    /// Whether a snapshot is shown instead of the live portfolio.
    pub fn is_viewing_snapshot(&self) -> bool {
        self.viewing_snapshot.is_some()
    }

    /// The damaged portfolio and the backup offered for it.
    pub fn damaged(&self) -> Option<&DamagedFile> {
        self.damaged.as_ref()
    }

    /// The view on screen.
    pub fn view(&self) -> View {
        self.view
    }

    /// The portfolio as loaded (or the snapshot shown).
    pub fn portfolio(&self) -> Option<&Portfolio> {
        self.portfolio.as_ref()
    }

    pub fn prefs(&self) -> &Preferences {
        &self.prefs
    }

    /// The rows the table shows, filtered and sorted (indices into the portfolio).
    pub fn visible(&self) -> &[usize] {
        &self.visible
    }

    /// The overview's figures, once computed.
    pub fn summary(&self) -> Option<&crate::figures::Summary> {
        self.summary.as_ref()
    }

    /// The budget view's figures, once computed.
    pub fn budget(&self) -> Option<&BudgetView> {
        self.budget.as_ref()
    }

    /// The words of the user's language.
    pub fn tr(&self) -> &I18n {
        &self.tr
    }

    /// Theme names for the filter menu (the portfolio's list and every one in use).
    pub fn themes(&self) -> &[String] {
        &self.themes
    }

    /// The budget view's period (`None` = every year).
    pub fn budget_period(&self) -> Option<i32> {
        self.budget_period
    }

    /// Pilots the user ticked into the operation projection.
    pub fn projection_ticked(&self) -> &HashSet<InitiativeId> {
        &self.projection_ticked
    }

    /// The editor's working copy, when the editor is open.
    pub fn editor(&self) -> Option<&Editor> {
        self.drafts.editor.as_ref()
    }

    /// The dialogs and other drafts, as the user left them.
    pub fn drafts(&self) -> &Drafts {
        &self.drafts
    }

    /// Messages of the status bar, oldest first.
    pub fn messages(&self) -> &[Message] {
        &self.messages
    }

    /// The steps Ctrl+Z undoes and Ctrl+Shift+Z redoes.
    pub fn history(&self) -> &undo::History {
        &self.history
    }
}
