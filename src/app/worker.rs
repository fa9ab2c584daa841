//! The store worker: a named thread that owns the database connection, so no SQL or file
//! work ever runs inside a frame. The app sends requests; replies come back over a
//! channel and wake the UI with `request_repaint`.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::domain::*;
use crate::store::Store;

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
    /// A request failed; nothing was changed. `what` is a translation key of the action.
    Failed {
        what: &'static str,
        message: String,
    },
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
                let mut store: Option<Store> = None;
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
                    what: "action-open",
                    message: error.to_string(),
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
        what: "action-save",
        message: "no portfolio is open".into(),
    }
}

/// Answer a write with the initiative exactly as stored (read back after the commit).
fn saved_reply(store: &Store, written: crate::store::Result<Initiative>, created: bool) -> Reply {
    match written.and_then(|stored| store.load_initiative(stored.id)) {
        Ok(Some(initiative)) => Reply::Saved {
            initiative,
            created,
        },
        Ok(None) => Reply::Failed {
            what: "action-save",
            message: "the initiative vanished after saving".into(),
        },
        Err(error) => Reply::Failed {
            what: "action-save",
            message: error.to_string(),
        },
    }
}

/// Answer an open or create: keep the store and report the portfolio, or say what failed.
fn opened_reply(
    store: &mut Option<Store>,
    path: PathBuf,
    result: crate::store::Result<(Store, Portfolio)>,
    what: &'static str,
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
            what,
            message: error.to_string(),
        },
    }
}

fn handle(store: &mut Option<Store>, request: Request) -> Reply {
    match request {
        Request::Open { path, demo_if_new } => {
            let existed = path.exists();
            let result = Store::open(&path).and_then(|mut opened| {
                if !existed && demo_if_new {
                    opened.replace_portfolio(&crate::demo::demo_portfolio())?;
                }
                let portfolio = opened.load_portfolio()?;
                Ok((opened, portfolio))
            });
            opened_reply(store, path, result, "action-open")
        }
        Request::Create { path, municipality } => {
            if path.exists() {
                return Reply::Failed {
                    what: "action-create",
                    message: format!(
                        "{}: a file with this name already exists; choose another name",
                        path.display()
                    ),
                };
            }
            let result = Store::open(&path).and_then(|mut opened| {
                let settings = PortfolioSettings {
                    municipality,
                    ..PortfolioSettings::default()
                };
                opened.save_settings(&settings)?;
                let portfolio = opened.load_portfolio()?;
                Ok((opened, portfolio))
            });
            opened_reply(store, path, result, "action-create")
        }
        Request::Insert(initiative) | Request::Restore(initiative) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let stored = store.insert_initiative(&initiative);
            saved_reply(store, stored, true)
        }
        Request::Update(initiative) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let stored = store.update_initiative(&initiative);
            saved_reply(store, stored, false)
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
                    what: "action-phase",
                    message: "the initiative no longer exists".into(),
                },
                Err(error) => Reply::Failed {
                    what: "action-phase",
                    message: error.to_string(),
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
                    what: "action-delete",
                    message: "the initiative no longer exists".into(),
                },
                Err(error) => Reply::Failed {
                    what: "action-delete",
                    message: error.to_string(),
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
                    what: "action-settings",
                    message: error.to_string(),
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
                    what: "action-settings",
                    message: error.to_string(),
                },
            }
        }
    }
}
