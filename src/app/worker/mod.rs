//! The store worker: a named thread that owns the database connection, so no SQL or file
//! work ever runs inside a frame. The app sends requests; replies come back over a
//! channel and wake the UI with `request_repaint`.

use crate::store::Location;
use std::sync::mpsc::{Receiver, Sender, channel};

mod handle;
mod messages;
mod step;

pub use messages::*;

use crate::domain::*;
use crate::i18n::Message;
use crate::store::{Store, StoreError};

/// The app's handle on the worker thread.
pub struct Worker {
    requests: Sender<Request>,
    replies: Receiver<Reply>,
    /// The actions of the requests sent and not yet answered, oldest first (the worker
    /// answers in order).
    pending: std::collections::VecDeque<ActionKind>,
    /// Answers made here, not by the thread: to requests it can no longer take.
    failed: Vec<Reply>,
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
                // A password typed in for a server, for opening it again (the snapshot
                // view, reconnecting): in memory only.
                let mut remembered: Option<(Location, String)> = None;
                // A server that stopped answering, tried again every few seconds.
                let mut offline: Option<Lost> = None;
                // What another connection last committed, as far as this one has seen.
                let mut seen: Option<i64> = None;
                loop {
                    let request = match request_receiver.recv_timeout(WATCH_INTERVAL) {
                        Ok(request) => request,
                        Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                            let reply =
                                match offline.as_mut() {
                                    Some(lost) => reconnect(&mut store, lost, &remembered),
                                    None => watch(store.as_deref(), &mut seen).map(|watched| {
                                        match watched {
                                            Watched::Changed(portfolio) => {
                                                Reply::ChangedElsewhere { portfolio }
                                            }
                                            Watched::Lost { location, error } => {
                                                offline = Some(Lost { location, ticks: 0 });
                                                Reply::Offline(error.into())
                                            }
                                        }
                                    }),
                                };
                            if reply
                                .as_ref()
                                .is_some_and(|reply| matches!(reply, Reply::Online { .. }))
                            {
                                offline = None;
                                seen = store.as_deref().and_then(|store| store.data_version().ok());
                            }
                            if let Some(reply) = reply {
                                if reply_sender.send(reply).is_err() {
                                    break;
                                }
                                wake();
                            }
                            continue;
                        }
                        Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
                    };
                    #[cfg(test)]
                    if matches!(request, Request::Exit) {
                        break;
                    }
                    let request = remember_password(request, &mut remembered);
                    // Opening another portfolio ends the wait for a lost server.
                    if matches!(request, Request::Open { .. } | Request::Create { .. }) {
                        offline = None;
                    }
                    let action = request.action();
                    let opening = match &request {
                        Request::Open { location, .. } => Some(location.clone()),
                        _ => None,
                    };
                    // An existing portfolio (a server's is there) gets its daily backup.
                    let daily_backup = opening.as_ref().is_some_and(|location| {
                        location.file().is_none_or(std::path::Path::exists)
                    });
                    // A request that puts another connection in place starts the count
                    // of others' commits again; any other keeps it, so a colleague's
                    // commit made while this request ran is still noticed.
                    let replaces_store = matches!(
                        request,
                        Request::Open { .. }
                            | Request::Create { .. }
                            | Request::RestoreDamaged { .. }
                            | Request::RestoreBackup(_)
                    );
                    // A bug in one request must not take the portfolio away: the user sees
                    // an error and the next request works (an open transaction rolls back
                    // as the panic unwinds).
                    let reply = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        handle::handle(&mut store, request)
                    }))
                    .unwrap_or_else(|_| Reply::Failed {
                        action,
                        error: Failure::Message(Message::new("worker-panicked")),
                    });
                    // A server that stopped answering: wait for it and try again. At the
                    // first open there is nothing to show meanwhile; later the last loaded
                    // portfolio stays on screen, read-only.
                    if offline.is_none()
                        && let Reply::Failed {
                            error:
                                Failure::Store(
                                    StoreError::Server { .. } | StoreError::ServerLost { .. },
                                ),
                            ..
                        } = &reply
                    {
                        offline = match (opening, store.as_deref()) {
                            (Some(location), None) => Some(Lost { location, ticks: 0 }),
                            (None, Some(open)) if open.location().is_none() => Some(Lost {
                                location: open.address(),
                                ticks: 0,
                            }),
                            _ => None,
                        };
                    }
                    // This connection's own writes never count (neither SQLite's
                    // `data_version` nor the server's notifications of this connection).
                    if replaces_store || seen.is_none() {
                        seen = store.as_deref().and_then(|store| store.data_version().ok());
                    }
                    let opened = matches!(reply, Reply::Opened { .. });
                    if reply_sender.send(reply).is_err() {
                        break;
                    }
                    wake();
                    // The first open of a day keeps a copy of the portfolio as it was, taken
                    // once the portfolio is on screen: copying a large one (3.6 s at
                    // 1,000,000 initiatives) no longer keeps it from the user. The window's
                    // first change waits here, so the copy is still from before this
                    // session's changes. Best effort: a folder that cannot hold backups
                    // must not keep the portfolio from opening (`proeftuin backup` says
                    // why it fails).
                    if daily_backup
                        && opened
                        && let Some(store) = store.as_deref()
                    {
                        let _ = store.take_daily_backup();
                    }
                    // What the request freed here (a load's scratch lists, a replaced
                    // store) goes back to the system; the portfolio went to the window.
                    crate::memory::give_back();
                }
            });
        let mut failed = Vec::new();
        if let Err(error) = spawned {
            // Without a thread the app cannot reach its data; say so instead of hanging.
            failed.push(Reply::Failed {
                action: ActionKind::Open,
                error: error.into(),
            });
        }
        Self {
            requests,
            replies,
            pending: std::collections::VecDeque::new(),
            failed,
        }
    }

    pub fn send(&mut self, request: Request) {
        let action = request.action();
        if self.requests.send(request).is_ok() {
            self.pending.push_back(action);
        } else {
            self.failed.push(gone(action));
        }
    }

    /// Replies that have arrived, without waiting. When the thread has ended, every
    /// request still waiting is answered with an error: the UI never waits forever.
    pub fn poll(&mut self) -> Vec<Reply> {
        let mut replies = std::mem::take(&mut self.failed);
        loop {
            match self.replies.try_recv() {
                Ok(reply) => {
                    // What the worker says by itself answers no request.
                    if !matches!(
                        reply,
                        Reply::ChangedElsewhere { .. } | Reply::Offline(_) | Reply::Online { .. }
                    ) {
                        self.pending.pop_front();
                    }
                    replies.push(reply);
                }
                Err(std::sync::mpsc::TryRecvError::Empty) => break,
                Err(std::sync::mpsc::TryRecvError::Disconnected) => {
                    replies.extend(self.pending.drain(..).map(gone));
                    break;
                }
            }
        }
        replies
    }

    /// Requests sent and not yet answered.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }
}

/// How often the worker looks whether another connection changed the portfolio.
const WATCH_INTERVAL: std::time::Duration = std::time::Duration::from_millis(750);

/// What the watch saw.
enum Watched {
    /// Another connection committed: the portfolio as stored now.
    Changed(Portfolio),
    /// The server cannot be reached any more.
    Lost {
        location: Location,
        error: StoreError,
    },
}

/// A server that stopped answering.
struct Lost {
    location: Location,
    /// Watch intervals since the last attempt.
    ticks: u32,
}

/// Try a lost server again every this many watch intervals (about 3 s).
const RECONNECT_TICKS: u32 = 4;

/// When another connection committed since `seen`: the portfolio as stored now; or
/// that the server is gone.
fn watch(store: Option<&dyn Store>, seen: &mut Option<i64>) -> Option<Watched> {
    let store = store?;
    let now = match store.data_version() {
        Ok(now) => now,
        Err(error @ (StoreError::Server { .. } | StoreError::ServerLost { .. })) => {
            return Some(Watched::Lost {
                location: store.address(),
                error,
            });
        }
        Err(_) => return None,
    };
    let changed = seen.is_some_and(|seen| seen != now);
    *seen = Some(now);
    if !changed {
        return None;
    }
    match store.load_portfolio() {
        Ok(portfolio) => Some(Watched::Changed(portfolio)),
        Err(error @ (StoreError::Server { .. } | StoreError::ServerLost { .. })) => {
            Some(Watched::Lost {
                location: store.address(),
                error,
            })
        }
        Err(_) => None,
    }
}

/// Try the lost server again (every few seconds); `Online` when it answers.
fn reconnect(
    store: &mut Option<Box<dyn Store>>,
    lost: &mut Lost,
    remembered: &Option<(Location, String)>,
) -> Option<Reply> {
    lost.ticks += 1;
    if lost.ticks < RECONNECT_TICKS {
        return None;
    }
    lost.ticks = 0;
    let password = remembered
        .as_ref()
        .filter(|(known, _)| *known == lost.location)
        .map(|(_, password)| password.as_str());
    let opened = crate::store::open_with_password(&lost.location, password).ok()?;
    let portfolio = opened.load_portfolio().ok()?;
    let read_only = opened.is_read_only();
    *store = Some(opened);
    Some(Reply::Online {
        location: lost.location.clone(),
        portfolio,
        read_only,
    })
}

/// Keep a password typed in for a server; give it to a later open of the same server.
fn remember_password(request: Request, remembered: &mut Option<(Location, String)>) -> Request {
    match request {
        Request::Open {
            location,
            password: Some(password),
            if_missing,
        } => {
            *remembered = Some((location.clone(), password.clone()));
            Request::Open {
                location,
                password: Some(password),
                if_missing,
            }
        }
        Request::Open {
            location,
            password: None,
            if_missing,
        } => {
            let password = remembered
                .as_ref()
                .filter(|(known, _)| *known == location)
                .map(|(_, password)| password.clone());
            Request::Open {
                location,
                password,
                if_missing,
            }
        }
        request => request,
    }
}

/// The answer to a request the worker thread can no longer take.
fn gone(action: ActionKind) -> Reply {
    Reply::Failed {
        action,
        error: Failure::Message(Message::new("worker-gone")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Poll until `count` replies arrived (or a few seconds passed).
    fn replies(worker: &mut Worker, count: usize) -> Vec<Reply> {
        let mut replies = Vec::new();
        for _ in 0..500 {
            replies.extend(worker.poll());
            if replies.len() >= count {
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        replies
    }

    fn failure_key(reply: &Reply) -> Option<&'static str> {
        match reply {
            Reply::Failed { error, .. } => Some(error.message().key),
            _ => None,
        }
    }

    /// Replies that come within `wait`, whatever they are.
    fn replies_within(worker: &mut Worker, wait: std::time::Duration) -> Vec<Reply> {
        let started = std::time::Instant::now();
        let mut replies = Vec::new();
        while started.elapsed() < wait {
            replies.extend(worker.poll());
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        replies
    }

    /// Open `path` (a new file gets the demo) and wait for the portfolio.
    fn open_demo(worker: &mut Worker, path: &std::path::Path) -> Portfolio {
        worker.send(Request::Open {
            location: Location::File(path.to_path_buf()),
            password: None,
            if_missing: IfMissing::Demo,
        });
        match replies(worker, 1).into_iter().next() {
            Some(Reply::Opened { portfolio, .. }) => portfolio,
            other => panic!("opened: {other:?}"),
        }
    }

    #[test]
    fn own_writes_are_not_news_and_another_connection_s_are() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("p.sqlite");
        let mut worker = Worker::start(|| {});
        let portfolio = open_demo(&mut worker, &path);
        let mut initiative = portfolio.initiatives[0].clone();
        initiative.owner = "Eigen wijziging".into();
        worker.send(Request::Update(initiative.clone()));
        let own = replies_within(&mut worker, WATCH_INTERVAL * 3);
        assert!(own.iter().any(|reply| matches!(reply, Reply::Saved { .. })));
        assert!(
            !own.iter()
                .any(|reply| matches!(reply, Reply::ChangedElsewhere { .. })),
            "an own write is not a change made elsewhere"
        );
        // Another connection (a colleague's process) commits while a request runs here:
        // it is still noticed afterwards.
        let mut other = crate::store::open(&path).expect("open elsewhere");
        let mut theirs = other
            .load_initiative(initiative.id)
            .expect("load")
            .expect("there");
        theirs.notes = "Van een collega".into();
        other.update_initiative(&theirs).expect("their save");
        worker.send(Request::ListTrash);
        let news = replies_within(&mut worker, WATCH_INTERVAL * 3);
        assert!(
            news.iter()
                .any(|reply| matches!(reply, Reply::ChangedElsewhere { .. })),
            "a colleague's commit is noticed even when a request ran right after it"
        );
    }

    #[test]
    fn a_panic_in_one_request_is_an_error_and_the_next_request_works() {
        let dir = tempfile::tempdir().expect("dir");
        let mut worker = Worker::start(|| {});
        worker.send(Request::Panic);
        worker.send(Request::Open {
            location: Location::File(dir.path().join("p.sqlite")),
            password: None,
            if_missing: IfMissing::Demo,
        });
        let replies = replies(&mut worker, 2);
        assert_eq!(replies.len(), 2);
        assert_eq!(failure_key(&replies[0]), Some("worker-panicked"));
        assert!(
            matches!(replies[1], Reply::Opened { .. }),
            "{:?}",
            replies[1]
        );
        assert_eq!(worker.pending(), 0);
    }

    /// The window asks for snapshots by id: a snapshot labelled with another's id is not
    /// taken for it. A snapshot kept before the digests is compared by its document and
    /// keeps the digest made from it, which the next comparison reads.
    #[test]
    fn snapshots_are_found_by_id_and_an_older_one_keeps_its_digest_once_compared() {
        use crate::exchange::snapshot::{DIGEST_VERSION, take};
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("p.sqlite");
        let mut worker = Worker::start(|| {});
        let portfolio = open_demo(&mut worker, &path);
        let day = chrono::NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        let mut changed = portfolio.clone();
        changed.initiatives.pop();
        let mut other = crate::store::open(&path).expect("open elsewhere");
        // Snapshot 1 is labelled "2"; snapshot 2 is labelled "Q".
        for (label, portfolio) in [("2", &portfolio), ("Q", &changed)] {
            let taken = take(portfolio, label, day);
            other
                .create_snapshot(crate::store::NewSnapshot {
                    label,
                    taken_on: day,
                    format_version: crate::exchange::json::VERSION,
                    content: &taken.content,
                    initiatives: taken.initiatives,
                    digest: &taken.digest,
                    digest_version: DIGEST_VERSION,
                })
                .expect("snapshot");
        }
        // As if kept before the digests: none of this version.
        for id in [1, 2] {
            other
                .keep_snapshot_digest(id, DIGEST_VERSION + 98, "{}")
                .expect("an older digest");
        }
        let digests = |version: u32| -> Vec<bool> {
            ["2", "Q"]
                .iter()
                .map(|label| {
                    other
                        .load_snapshot_for_comparison(label, version)
                        .expect("snapshot")
                        .is_digest
                })
                .collect()
        };
        assert_eq!(digests(DIGEST_VERSION), [false, false]);
        worker.send(Request::OpenSnapshot(2));
        worker.send(Request::DiffSnapshots {
            from: Some(1),
            to: Some(2),
            today: day,
        });
        let answers = replies(&mut worker, 2);
        assert!(
            matches!(&answers[0], Reply::SnapshotOpened { entry, .. } if entry.label == "Q"),
            "{:?}",
            answers.first()
        );
        let Some(Reply::Diff(diff)) = answers.get(1) else {
            panic!("{:?}", answers.get(1));
        };
        assert_eq!((diff.from.as_str(), diff.to.as_str()), ("2", "Q"));
        assert_eq!(diff.removed.len(), 1, "{diff:?}");
        // Both now keep a digest of this version, and comparing again gives the same.
        assert_eq!(digests(DIGEST_VERSION), [true, true]);
        worker.send(Request::DiffSnapshots {
            from: Some(1),
            to: Some(2),
            today: day,
        });
        let again = replies(&mut worker, 1);
        assert!(
            matches!(again.first(), Some(Reply::Diff(same)) if same == diff),
            "{again:?}"
        );
    }

    /// The first open of a day keeps one backup, taken after the portfolio is shown
    /// (its copy does not keep a large portfolio from the user) and before the session's
    /// first change: a change sent right after the open is not in it.
    #[test]
    fn the_first_open_of_a_day_keeps_a_backup_and_only_one() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("p.sqlite");
        crate::store::open(&path)
            .expect("open")
            .replace_portfolio(&crate::demo::demo_portfolio())
            .expect("demo");
        let mut worker = Worker::start(|| {});
        let portfolio = open_demo(&mut worker, &path);
        let mut changed = portfolio.initiatives[0].clone();
        changed.owner = "Na de back-up".into();
        worker.send(Request::Update(changed.clone()));
        worker.send(Request::Open {
            location: Location::File(path.clone()),
            password: None,
            if_missing: IfMissing::Demo,
        });
        let replies = replies(&mut worker, 2);
        assert!(
            matches!(replies[0], Reply::Saved { .. }),
            "{:?}",
            replies[0]
        );
        assert!(matches!(replies[1], Reply::Opened { .. }));
        let backups = crate::store::backup::list(&path);
        assert_eq!(backups.len(), 1, "{backups:?}");
        assert!(backups[0].to_string_lossy().contains("-daily"));
        let kept = crate::store::open(&backups[0])
            .expect("the backup")
            .load_portfolio()
            .expect("load");
        let before = kept
            .initiatives
            .iter()
            .find(|initiative| initiative.id == changed.id)
            .expect("the initiative");
        assert_eq!(before.owner, portfolio.initiatives[0].owner);
        assert_ne!(before.owner, changed.owner);
    }

    #[test]
    fn requests_to_a_dead_worker_are_answered_not_waited_on() {
        let mut worker = Worker::start(|| {});
        worker.send(Request::Exit);
        worker.send(Request::ListSnapshots);
        let replies = replies(&mut worker, 2);
        assert!(
            replies
                .iter()
                .all(|reply| failure_key(reply) == Some("worker-gone")),
            "{replies:?}"
        );
        assert_eq!(worker.pending(), 0, "nothing is left waiting");
        worker.send(Request::ListSnapshots);
        assert_eq!(failure_key(&worker.poll()[0]), Some("worker-gone"));
    }

    #[test]
    fn opening_a_path_without_a_file_asks_and_creates_nothing() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("typo.sqlite");
        let mut worker = Worker::start(|| {});
        worker.send(Request::Open {
            location: Location::File(path.clone()),
            password: None,
            if_missing: IfMissing::Ask,
        });
        let replies = replies(&mut worker, 1);
        assert!(
            matches!(&replies[0], Reply::DoesNotExist(asked) if *asked == path),
            "{replies:?}"
        );
        assert!(!path.exists());
    }

    #[test]
    fn a_damaged_portfolio_is_closed_and_its_newest_sound_backup_offered_and_restored() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("p.sqlite");
        {
            let store = crate::store::open(&path).expect("open");
            let mut store = store;
            store
                .replace_portfolio(&crate::demo::demo_portfolio())
                .expect("demo");
            store
                .take_backup(crate::store::backup::Occasion::ByHand)
                .expect("backup");
            store.checkpoint().expect("checkpoint");
        }
        // Damage a page in the middle (header and first page intact).
        let mut bytes = std::fs::read(&path).expect("read");
        let page = usize::from(u16::from_be_bytes([bytes[16], bytes[17]]));
        assert!(bytes.len() >= 5 * page, "a page in the middle");
        for byte in &mut bytes[3 * page..4 * page] {
            *byte = 0xA5;
        }
        std::fs::write(&path, &bytes).expect("damage");
        let mut worker = Worker::start(|| {});
        worker.send(Request::Open {
            location: Location::File(path.clone()),
            password: None,
            if_missing: IfMissing::Ask,
        });
        worker.send(Request::QuickCheck);
        // A write queued behind the check does not reach the damaged file.
        worker.send(Request::Insert(Initiative::new(
            "Niet in een kapot bestand",
        )));
        let replies = replies(&mut worker, 3);
        let offered = replies
            .iter()
            .find_map(|reply| match reply {
                Reply::Damaged { backup, .. } => Some(backup.clone()),
                _ => None,
            })
            .expect("damage reported");
        let backup = offered.expect("the backup is offered");
        assert_eq!(backup.initiatives, 30);
        assert!(
            matches!(replies.last(), Some(Reply::Failed { .. })),
            "{replies:?}"
        );
        assert_eq!(
            std::fs::read(&path).expect("read"),
            bytes,
            "nothing written"
        );
        worker.send(Request::RestoreDamaged {
            path: path.clone(),
            from: backup.path.clone(),
        });
        let restored = self::replies(&mut worker, 1);
        assert!(
            matches!(&restored[0], Reply::Restored { portfolio, .. } if portfolio.initiatives.len() == 30),
            "{restored:?}"
        );
        // The damaged file is kept as it was, beside the backups.
        let kept: Vec<_> = std::fs::read_dir(crate::store::backup::folder(&path))
            .expect("folder")
            .flatten()
            .filter(|entry| entry.file_name().to_string_lossy().ends_with(".damaged"))
            .collect();
        assert_eq!(kept.len(), 1);
        assert_eq!(std::fs::read(kept[0].path()).expect("read"), bytes);
    }
}
