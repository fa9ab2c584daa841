//! The kill harness (issue "Trust"): a child process imports, edits and deletes in a loop
//! and is killed with SIGKILL at a random moment; after every kill the portfolio passes
//! SQLite's integrity check, every import is there whole or not at all, and every change
//! the child had been told was saved is there.
//!
//! The test suite runs 25 kills. The long run (RELIABILITY.md):
//!
//! ```sh
//! PROEFTUIN_KILLS=500 cargo test --release --test kill -- --nocapture
//! ```
//!
//! The child is this test binary itself, started with `PROEFTUIN_KILL_CHILD` set.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{BufRead, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use proeftuin::domain::{ImportBatch, Initiative};
use proeftuin::store;

/// How many initiatives one import writes.
const IMPORT_SIZE: usize = 60;

/// The child's work: forever import, edit, delete; print each acknowledgement after the
/// store returned (the commit is done), flushing at once.
#[test]
fn child() {
    let Ok(db) = std::env::var("PROEFTUIN_KILL_CHILD") else {
        return; // run as a test of its own: nothing to do
    };
    let round: u64 = std::env::var("PROEFTUIN_KILL_ROUND")
        .ok()
        .and_then(|round| round.parse().ok())
        .unwrap_or(0);
    let mut store = store::open(Path::new(&db)).expect("open");
    let mut ids: Vec<i64> = store
        .load_portfolio()
        .expect("load")
        .initiatives
        .iter()
        .map(|initiative| initiative.id)
        .collect();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut rng = fastrand::Rng::with_seed(round);
    for step in 0u64.. {
        match step % 8 {
            0 if ids.len() < 2_000 => {
                let batch = ImportBatch {
                    create: (0..IMPORT_SIZE)
                        .map(|row| Initiative::new(format!("imp-{round}-{step}-{row}")))
                        .collect(),
                    source: format!("kill-{round}-{step}.csv"),
                    ..ImportBatch::default()
                };
                store.apply_import(&batch, &mut |_| true).expect("import");
                writeln!(out, "import {round}-{step}").expect("print");
                ids = store
                    .load_portfolio()
                    .expect("load")
                    .initiatives
                    .iter()
                    .map(|initiative| initiative.id)
                    .collect();
            }
            1..=5 if !ids.is_empty() => {
                let id = ids[rng.usize(..ids.len())];
                let mut initiative = store.load_initiative(id).expect("load").expect("present");
                initiative.owner = format!("{round}-{step}");
                store.update_initiative(&initiative).expect("edit");
                writeln!(out, "edit {id} {round} {step}").expect("print");
            }
            6 | 7 if ids.len() > 1 => {
                let id = ids.swap_remove(rng.usize(..ids.len()));
                let initiative = store.load_initiative(id).expect("load").expect("present");
                store
                    .delete_initiative(id, initiative.row_version)
                    .expect("delete");
                writeln!(out, "delete {id}").expect("print");
            }
            _ => {}
        }
        out.flush().expect("flush");
    }
}

/// What the child was told was saved, over all rounds.
#[derive(Default)]
struct Acknowledged {
    /// Per initiative: the (round, step) of the last edit acknowledged.
    edits: BTreeMap<i64, (u64, u64)>,
    deleted: BTreeSet<i64>,
    imports: BTreeSet<String>,
}

impl Acknowledged {
    fn take(&mut self, line: &str) {
        let words: Vec<&str> = line.split_whitespace().collect();
        match words.as_slice() {
            ["import", tag] => {
                self.imports.insert((*tag).to_string());
            }
            ["edit", id, round, step] => {
                let (Ok(id), Ok(round), Ok(step)) = (id.parse(), round.parse(), step.parse())
                else {
                    return;
                };
                self.edits.insert(id, (round, step));
            }
            ["delete", id] => {
                if let Ok(id) = id.parse() {
                    self.deleted.insert(id);
                }
            }
            _ => {} // a line cut off by the kill
        }
    }
}

/// After a kill: sound, imports whole or absent, acknowledged changes present.
fn verify(db: &Path, acknowledged: &Acknowledged) {
    let report = store::check_file(db).expect("check");
    assert!(report.is_ok(), "after a kill: {report:?}");
    let store = store::open(db).expect("open");
    let portfolio = store.load_portfolio().expect("load");
    // Per import: how many of its initiatives are in the portfolio and in the trash.
    let tag_of = |name: &str| {
        name.strip_prefix("imp-")
            .and_then(|rest| rest.rsplit_once('-'))
            .map(|(tag, _row)| tag.to_string())
    };
    let mut imported: BTreeMap<String, usize> = BTreeMap::new();
    for name in portfolio
        .initiatives
        .iter()
        .map(|initiative| initiative.name.clone())
        .chain(
            store
                .trash()
                .expect("trash")
                .into_iter()
                .map(|entry| entry.name),
        )
    {
        if let Some(tag) = tag_of(&name) {
            *imported.entry(tag).or_default() += 1;
        }
    }
    // Deletes take single initiatives out of an import afterwards (to the trash): an
    // import is whole when the portfolio and the trash hold all of it.
    for (tag, count) in &imported {
        assert_eq!(*count, IMPORT_SIZE, "import {tag} is not whole");
    }
    for tag in &acknowledged.imports {
        assert!(
            imported.contains_key(tag),
            "acknowledged import {tag} is missing"
        );
    }
    let by_id: BTreeMap<i64, &Initiative> = portfolio
        .initiatives
        .iter()
        .map(|initiative| (initiative.id, initiative))
        .collect();
    for id in &acknowledged.deleted {
        assert!(
            !by_id.contains_key(id),
            "acknowledged delete of {id} undone"
        );
    }
    let in_trash: BTreeSet<i64> = store
        .trash()
        .expect("trash")
        .iter()
        .map(|entry| entry.id)
        .collect();
    for id in &acknowledged.deleted {
        assert!(in_trash.contains(id), "deleted {id} is not in the trash");
    }
    for (id, acked) in &acknowledged.edits {
        let Some(initiative) = by_id.get(id) else {
            // Deleted after the edit (perhaps just before the kill, unacknowledged): then
            // it waits in the trash.
            assert!(
                in_trash.contains(id),
                "edited {id} is gone, and not in the trash"
            );
            continue;
        };
        let stored = initiative
            .owner
            .split_once('-')
            .and_then(|(round, step)| Some((round.parse().ok()?, step.parse().ok()?)))
            .unwrap_or((0, 0));
        // The acknowledged edit, or one made after it that was not acknowledged yet.
        assert!(
            stored >= *acked,
            "initiative {id}: stored edit {stored:?} older than acknowledged {acked:?}"
        );
    }
}

#[test]
fn killed_at_random_moments_nothing_acknowledged_is_lost() {
    if std::env::var("PROEFTUIN_KILL_CHILD").is_ok() {
        return; // the child runs `child` only
    }
    let kills: usize = std::env::var("PROEFTUIN_KILLS")
        .ok()
        .and_then(|kills| kills.parse().ok())
        .unwrap_or(25);
    let dir = tempfile::tempdir().expect("dir");
    let db = dir.path().join("p.sqlite");
    store::open(&db)
        .expect("open")
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    let mut acknowledged = Acknowledged::default();
    let mut rng = fastrand::Rng::with_seed(2026);
    let started = Instant::now();
    for round in 0..kills {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args(["--exact", "child", "--nocapture", "--test-threads=1"])
            .env("PROEFTUIN_KILL_CHILD", &db)
            .env("PROEFTUIN_KILL_ROUND", (round + 1).to_string())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("start the child");
        let stdout = child.stdout.take().expect("stdout");
        let reader = std::thread::spawn(move || {
            std::io::BufReader::new(stdout)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<String>>()
        });
        std::thread::sleep(Duration::from_millis(rng.u64(30..400)));
        child.kill().expect("SIGKILL"); // SIGKILL on Unix: no unwinding, no cleanup
        let _ = child.wait();
        for line in reader.join().expect("reader") {
            acknowledged.take(&line);
        }
        verify(&db, &acknowledged);
    }
    let log = store::open(&db)
        .expect("open")
        .load_portfolio()
        .expect("load");
    eprintln!(
        "{kills} kills survived in {:.1} s: {} imports, {} edits and {} deletes acknowledged, none lost; {} initiatives now",
        started.elapsed().as_secs_f64(),
        acknowledged.imports.len(),
        acknowledged.edits.len(),
        acknowledged.deleted.len(),
        log.initiatives.len()
    );
    assert!(
        !acknowledged.imports.is_empty() && !acknowledged.edits.is_empty(),
        "the child did work between the kills"
    );
}
