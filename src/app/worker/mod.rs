//! The store worker: a named thread that owns the database connection, so no SQL or file
//! work ever runs inside a frame. The app sends requests; replies come back over a
//! channel and wake the UI with `request_repaint`.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

mod handle;

use crate::domain::*;
use crate::exchange::ExchangeError;
use crate::i18n::Message;
use crate::store::{Store, StoreError};

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
                    let reply = handle::handle(&mut store, request);
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
