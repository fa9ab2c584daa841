//! The store worker: a named thread that owns the database connection, so no SQL or file
//! work ever runs inside a frame. The app sends requests; replies come back over a
//! channel and wake the UI with `request_repaint`.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::domain::*;
use crate::exchange::ExchangeError;
use crate::i18n::Message;
use crate::store::{self, Store, StoreError};

/// What the app asks of the store.
#[derive(Debug)]
pub enum Request {
    /// Open (or create) a portfolio file; a file that did not exist gets the demo portfolio.
    Open {
        path: PathBuf,
        demo_if_new: bool,
    },
    /// Create a new, empty portfolio file (refused when the file exists).
    Create {
        path: PathBuf,
        municipality: String,
    },
    Insert(Initiative),
    Update(Initiative),
    ChangePhase {
        id: InitiativeId,
        row_version: i64,
        change: PhaseChange,
    },
    Delete(InitiativeId),
    /// Put a deleted initiative back (undo), with its id and history.
    Restore(Initiative),
    SaveSettings(PortfolioSettings),
    SaveDepartments(Vec<Department>),
    /// Read an import file and preview it against the stored portfolio.
    PreviewImport {
        path: PathBuf,
        overrides:
            std::collections::HashMap<String, Option<crate::exchange::register::RegisterField>>,
        today: chrono::NaiveDate,
    },
    /// Write a previewed import (one transaction; cancelled through `progress`).
    ApplyImport {
        batch: Box<crate::domain::ImportBatch>,
        progress: crate::exchange::Progress,
        summary: String,
    },
    /// Write the import template beside the portfolio.
    WriteTemplate {
        path: PathBuf,
        language: crate::format::Language,
    },
    ListSnapshots,
    CreateSnapshot {
        label: String,
        taken_on: chrono::NaiveDate,
    },
    DeleteSnapshot(i64),
    /// Load a snapshot to show it read-only.
    OpenSnapshot(i64),
    /// Compare two snapshots, or a snapshot with the live portfolio (`None`).
    DiffSnapshots {
        from: Option<i64>,
        to: Option<i64>,
        today: chrono::NaiveDate,
    },
}

/// What the store answers.
#[derive(Debug)]
pub enum Reply {
    Opened {
        path: PathBuf,
        portfolio: Portfolio,
        on_network_share: bool,
    },
    /// An initiative as stored after a write; `created` when it is new to the portfolio.
    Saved {
        initiative: Initiative,
        created: bool,
    },
    Deleted {
        initiative: Initiative,
    },
    SettingsSaved(PortfolioSettings),
    DepartmentsSaved(Vec<Department>),
    ImportPreview(Box<crate::exchange::import::Preview>),
    /// An import was written; the portfolio as stored now.
    Imported {
        portfolio: Portfolio,
        summary: String,
    },
    TemplateWritten(PathBuf),
    Snapshots(Vec<crate::store::SnapshotEntry>),
    SnapshotCreated {
        entry: crate::store::SnapshotEntry,
        snapshots: Vec<crate::store::SnapshotEntry>,
    },
    SnapshotOpened {
        entry: crate::store::SnapshotEntry,
        portfolio: Portfolio,
    },
    Diff(Box<crate::exchange::snapshot::Diff>),
    /// A request failed; nothing was changed.
    Failed {
        action: ActionKind,
        error: Failure,
    },
}

/// The user action a request belongs to (the status bar names it when it fails).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    Open,
    Create,
    Save,
    Phase,
    Delete,
    Settings,
    Import,
    Snapshot,
}

impl ActionKind {
    /// The translation key of "… failed".
    pub fn key(self) -> &'static str {
        match self {
            ActionKind::Open => "action-open",
            ActionKind::Create => "action-create",
            ActionKind::Save => "action-save",
            ActionKind::Phase => "action-phase",
            ActionKind::Delete => "action-delete",
            ActionKind::Settings => "action-settings",
            ActionKind::Import => "action-import",
            ActionKind::Snapshot => "action-snapshot",
        }
    }
}

/// Why a request failed, kept typed until it is shown in the user's language.
#[derive(Debug)]
pub enum Failure {
    Store(StoreError),
    Exchange(ExchangeError),
    Message(Message),
}

impl Failure {
    pub fn message(&self) -> Message {
        match self {
            Failure::Store(error) => error.message(),
            Failure::Exchange(error) => error.message(),
            Failure::Message(message) => message.clone(),
        }
    }
}

impl From<StoreError> for Failure {
    fn from(error: StoreError) -> Self {
        Failure::Store(error)
    }
}

impl From<std::io::Error> for Failure {
    fn from(error: std::io::Error) -> Self {
        Failure::Message(crate::i18n::io_reason(&error))
    }
}

impl From<ExchangeError> for Failure {
    fn from(error: ExchangeError) -> Self {
        Failure::Exchange(error)
    }
}

/// The app's handle on the worker thread.
pub struct Worker {
    requests: Sender<Request>,
    replies: Receiver<Reply>,
    pending: usize,
}

impl Worker {
    /// Start the worker; `wake` is called after every reply (the UI's repaint).
    pub fn start(wake: impl Fn() + Send + 'static) -> Self {
        let (requests, request_receiver) = channel::<Request>();
        let (reply_sender, replies) = channel::<Reply>();
        let spawned = std::thread::Builder::new()
            .name("proeftuin-store".into())
            .spawn(move || {
                let mut store: Option<Box<dyn Store>> = None;
                while let Ok(request) = request_receiver.recv() {
                    let reply = handle(&mut store, request);
                    if reply_sender.send(reply).is_err() {
                        break;
                    }
                    wake();
                }
            });
        let (requests, replies) = match spawned {
            Ok(_) => (requests, replies),
            Err(error) => {
                // Without a thread the app cannot reach its data; say so instead of hanging.
                let (sender, receiver) = channel();
                let _ = sender.send(Reply::Failed {
                    action: ActionKind::Open,
                    error: error.into(),
                });
                (requests, receiver)
            }
        };
        Self {
            requests,
            replies,
            pending: 0,
        }
    }

    pub fn send(&mut self, request: Request) {
        if self.requests.send(request).is_ok() {
            self.pending += 1;
        }
    }

    /// Replies that have arrived, without waiting.
    pub fn poll(&mut self) -> Vec<Reply> {
        let mut replies = Vec::new();
        while let Ok(reply) = self.replies.try_recv() {
            self.pending = self.pending.saturating_sub(1);
            replies.push(reply);
        }
        replies
    }

    /// Requests sent and not yet answered.
    pub fn pending(&self) -> usize {
        self.pending
    }
}

fn no_store() -> Reply {
    Reply::Failed {
        action: ActionKind::Save,
        error: Failure::Message(Message::new("worker-no-portfolio")),
    }
}

/// Answer a write with the initiative exactly as stored (read back after the commit).
fn saved_reply(
    store: &dyn Store,
    written: crate::store::Result<Initiative>,
    created: bool,
) -> Reply {
    match written.and_then(|stored| store.load_initiative(stored.id)) {
        Ok(Some(initiative)) => Reply::Saved {
            initiative,
            created,
        },
        Ok(None) => Reply::Failed {
            action: ActionKind::Save,
            error: Failure::Message(Message::new("worker-vanished")),
        },
        Err(error) => Reply::Failed {
            action: ActionKind::Save,
            error: error.into(),
        },
    }
}

/// Answer an open or create: keep the store and report the portfolio, or say what failed.
fn opened_reply(
    store: &mut Option<Box<dyn Store>>,
    path: PathBuf,
    result: crate::store::Result<(Box<dyn Store>, Portfolio)>,
    action: ActionKind,
) -> Reply {
    match result {
        Ok((opened, portfolio)) => {
            let on_network_share = crate::store::is_on_network_share(&path);
            *store = Some(opened);
            Reply::Opened {
                path,
                portfolio,
                on_network_share,
            }
        }
        Err(error) => Reply::Failed {
            action,
            error: error.into(),
        },
    }
}

fn handle(store: &mut Option<Box<dyn Store>>, request: Request) -> Reply {
    match request {
        Request::Open { path, demo_if_new } => {
            let existed = path.exists();
            let result = store::open(&path).and_then(|mut opened| {
                if !existed && demo_if_new {
                    opened.replace_portfolio(&crate::demo::demo_portfolio())?;
                }
                let portfolio = opened.load_portfolio()?;
                Ok((opened, portfolio))
            });
            opened_reply(store, path, result, ActionKind::Open)
        }
        Request::Create { path, municipality } => {
            if path.exists() {
                return Reply::Failed {
                    action: ActionKind::Create,
                    error: Failure::Message(
                        Message::new("worker-file-exists").with("path", path.display().to_string()),
                    ),
                };
            }
            let result = store::open(&path).and_then(|mut opened| {
                let settings = PortfolioSettings {
                    municipality,
                    ..PortfolioSettings::default()
                };
                opened.save_settings(&settings)?;
                let portfolio = opened.load_portfolio()?;
                Ok((opened, portfolio))
            });
            opened_reply(store, path, result, ActionKind::Create)
        }
        Request::Insert(initiative) | Request::Restore(initiative) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let stored = store.insert_initiative(&initiative);
            saved_reply(store.as_ref(), stored, true)
        }
        Request::Update(initiative) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let stored = store.update_initiative(&initiative);
            saved_reply(store.as_ref(), stored, false)
        }
        Request::ChangePhase {
            id,
            row_version,
            change,
        } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store
                .change_phase(id, row_version, &change)
                .and_then(|()| store.load_initiative(id))
            {
                Ok(Some(initiative)) => Reply::Saved {
                    initiative,
                    created: false,
                },
                Ok(None) => Reply::Failed {
                    action: ActionKind::Phase,
                    error: StoreError::Missing.into(),
                },
                Err(error) => Reply::Failed {
                    action: ActionKind::Phase,
                    error: error.into(),
                },
            }
        }
        Request::Delete(id) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let result = store.load_initiative(id).and_then(|initiative| {
                store.delete_initiative(id)?;
                Ok(initiative)
            });
            match result {
                Ok(Some(initiative)) => Reply::Deleted { initiative },
                Ok(None) => Reply::Failed {
                    action: ActionKind::Delete,
                    error: StoreError::Missing.into(),
                },
                Err(error) => Reply::Failed {
                    action: ActionKind::Delete,
                    error: error.into(),
                },
            }
        }
        Request::SaveDepartments(departments) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store
                .save_departments(&departments)
                .and_then(|()| store.load_portfolio())
            {
                Ok(portfolio) => Reply::DepartmentsSaved(portfolio.departments),
                Err(error) => Reply::Failed {
                    action: ActionKind::Settings,
                    error: error.into(),
                },
            }
        }
        Request::PreviewImport {
            path,
            overrides,
            today,
        } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let result = store
                .load_portfolio()
                .map_err(Failure::from)
                .and_then(|portfolio| {
                    crate::exchange::import::preview_file(&portfolio, &path, &overrides, today)
                        .map_err(Failure::from)
                });
            match result {
                Ok(preview) => Reply::ImportPreview(Box::new(preview)),
                Err(error) => Reply::Failed {
                    action: ActionKind::Import,
                    error,
                },
            }
        }
        Request::ApplyImport {
            batch,
            progress,
            summary,
        } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            progress.set_total(batch.len().max(1));
            let mut reported = 0usize;
            let result = store
                .apply_import(&batch, &mut |written| {
                    progress.advance(written.saturating_sub(reported));
                    reported = written;
                    !progress.is_cancelled()
                })
                .and_then(|()| store.load_portfolio());
            match result {
                Ok(portfolio) => Reply::Imported { portfolio, summary },
                Err(error) => Reply::Failed {
                    action: ActionKind::Import,
                    error: error.into(),
                },
            }
        }
        Request::WriteTemplate { path, language } => {
            let bytes = crate::exchange::register::template_csv(language);
            let result = crate::exchange::write_atomically(
                &path,
                &crate::exchange::Progress::new(),
                |out| {
                    out.write_all(&bytes)
                        .map_err(crate::exchange::write_error(&path))
                },
            );
            match result {
                Ok(()) => Reply::TemplateWritten(path),
                Err(error) => Reply::Failed {
                    action: ActionKind::Import,
                    error: error.into(),
                },
            }
        }
        Request::ListSnapshots => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store.list_snapshots() {
                Ok(entries) => Reply::Snapshots(entries),
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error: error.into(),
                },
            }
        }
        Request::CreateSnapshot { label, taken_on } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let result = crate::exchange::snapshot::check_label(&label)
                .map(str::to_string)
                .map_err(Failure::from)
                .and_then(|label| {
                    let portfolio = store.load_portfolio().map_err(Failure::from)?;
                    let content = crate::exchange::snapshot::content(&portfolio, &label, taken_on);
                    let id = store
                        .create_snapshot(&label, taken_on, crate::exchange::json::VERSION, &content)
                        .map_err(Failure::from)?;
                    let snapshots = store.list_snapshots().map_err(Failure::from)?;
                    let entry = snapshots
                        .iter()
                        .find(|entry| entry.id == id)
                        .cloned()
                        .ok_or_else(|| {
                            Failure::Message(Message::new("worker-snapshot-vanished"))
                        })?;
                    Ok((entry, snapshots))
                });
            match result {
                Ok((entry, snapshots)) => Reply::SnapshotCreated { entry, snapshots },
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error,
                },
            }
        }
        Request::DeleteSnapshot(id) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store
                .delete_snapshot(id)
                .and_then(|()| store.list_snapshots())
            {
                Ok(entries) => Reply::Snapshots(entries),
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error: error.into(),
                },
            }
        }
        Request::OpenSnapshot(id) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let result = store
                .load_snapshot(&id.to_string())
                .map_err(Failure::from)
                .and_then(|(entry, content)| {
                    crate::exchange::snapshot::portfolio_of(&entry.label, &content)
                        .map(|portfolio| (entry, portfolio))
                        .map_err(Failure::from)
                });
            match result {
                Ok((entry, portfolio)) => Reply::SnapshotOpened { entry, portfolio },
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error,
                },
            }
        }
        Request::DiffSnapshots { from, to, today } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let side = |wanted: Option<i64>| -> Result<crate::exchange::snapshot::Side, Failure> {
                match wanted {
                    None => Ok(crate::exchange::snapshot::Side {
                        label: "now".into(),
                        as_of: today,
                        portfolio: store.load_portfolio().map_err(Failure::from)?,
                    }),
                    Some(id) => {
                        let (entry, content) = store
                            .load_snapshot(&id.to_string())
                            .map_err(Failure::from)?;
                        Ok(crate::exchange::snapshot::Side {
                            portfolio: crate::exchange::snapshot::portfolio_of(
                                &entry.label,
                                &content,
                            )
                            .map_err(Failure::from)?,
                            label: entry.label,
                            as_of: entry.taken_on,
                        })
                    }
                }
            };
            match side(from).and_then(|from| Ok((from, side(to)?))) {
                Ok((from, to)) => {
                    Reply::Diff(Box::new(crate::exchange::snapshot::diff(&from, &to)))
                }
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error,
                },
            }
        }
        Request::SaveSettings(settings) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store.save_settings(&settings) {
                Ok(()) => Reply::SettingsSaved(settings),
                Err(error) => Reply::Failed {
                    action: ActionKind::Settings,
                    error: error.into(),
                },
            }
        }
    }
}
