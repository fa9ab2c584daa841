//! Backups: taken by hand and before an import and a replace, verified, private, rolling;
//! restored with the state before kept (issue "Trust", item 5).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use proeftuin::store::{self, backup};

fn cli(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_proeftuin"))
        .args(args)
        .env("LC_ALL", "en_GB.UTF-8")
        .env("LANG", "en_GB.UTF-8")
        .output()
        .expect("run")
}

fn demo(dir: &Path) -> PathBuf {
    let path = dir.join("p.sqlite");
    store::open(&path)
        .expect("open")
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    path
}

fn count(path: &Path) -> usize {
    store::open(path)
        .expect("open")
        .load_portfolio()
        .expect("load")
        .initiatives
        .len()
}

#[test]
fn a_backup_by_hand_is_verified_private_and_listed() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo(dir.path());
    let output = cli(&["backup", "--db", db.to_str().expect("db")]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).contains("(30 initiatives), verified"));
    let backups = backup::list(&db);
    assert_eq!(backups.len(), 1);
    let mode = |path: &Path| std::fs::metadata(path).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(&backups[0]), 0o600);
    assert_eq!(mode(&backup::folder(&db)), 0o700);
    assert!(store::check_file(&backups[0]).expect("check").is_ok());
    let listed = cli(&["backup", "--list", "--db", db.to_str().expect("db")]);
    let listed = String::from_utf8_lossy(&listed.stdout);
    assert!(
        listed.contains("by-hand") && listed.contains("30 initiatives"),
        "{listed}"
    );
}

#[test]
fn an_import_and_a_replace_are_preceded_by_a_backup_and_restore_brings_it_back() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo(dir.path());
    let db_text = db.to_str().expect("db");
    let register = dir.path().join("nieuw.csv");
    std::fs::write(&register, "Naam\nZwemwater meten\nSlimme bankjes\n").expect("write");
    let imported = cli(&["import", register.to_str().expect("file"), "--db", db_text]);
    assert!(
        imported.status.success(),
        "{}",
        String::from_utf8_lossy(&imported.stderr)
    );
    assert_eq!(count(&db), 32);
    let before_import = backup::list(&db)
        .into_iter()
        .find(|path| path.to_string_lossy().contains("before-import"))
        .expect("a backup before the import");
    assert_eq!(
        backup::describe(&before_import)
            .expect("backup")
            .initiatives,
        30
    );

    let replaced = cli(&["demo", "--size", "5", "--force", "--db", db_text]);
    assert!(replaced.status.success());
    assert_eq!(count(&db), 5);
    assert!(
        backup::list(&db)
            .iter()
            .any(|path| path.to_string_lossy().contains("before-replace"))
    );

    let restored = cli(&[
        "restore",
        "--from",
        before_import.to_str().expect("backup"),
        "--db",
        db_text,
    ]);
    assert!(
        restored.status.success(),
        "{}",
        String::from_utf8_lossy(&restored.stderr)
    );
    assert_eq!(count(&db), 30, "the portfolio as it was before the import");
    assert!(cli(&["check", "--db", db_text]).status.success());
    let before_restore = backup::list(&db)
        .into_iter()
        .find(|path| path.to_string_lossy().contains("before-restore"))
        .expect("the state before the restore is kept");
    assert_eq!(
        backup::describe(&before_restore)
            .expect("backup")
            .initiatives,
        5
    );
}

#[test]
fn a_file_that_is_not_a_sound_portfolio_is_not_restored() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo(dir.path());
    let before = std::fs::read(&db).expect("db");
    let bogus = dir.path().join("bogus.sqlite");
    std::fs::write(&bogus, "not a database").expect("write");
    let output = cli(&[
        "restore",
        "--from",
        bogus.to_str().expect("bogus"),
        "--db",
        db.to_str().expect("db"),
    ]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("not a Proeftuin portfolio"));
    assert_eq!(std::fs::read(&db).expect("db"), before);
}

#[test]
fn only_the_newest_backups_are_kept() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo(dir.path());
    let store = store::open(&db).expect("open");
    let mut taken = Vec::new();
    for _ in 0..backup::KEEP + 3 {
        taken.push(
            store
                .take_backup(backup::Occasion::ByHand)
                .expect("backup")
                .path,
        );
    }
    let kept = backup::list(&db);
    assert_eq!(kept.len(), backup::KEEP);
    // Newest first, and exactly the last ones taken.
    let mut newest: Vec<PathBuf> = taken.into_iter().rev().take(backup::KEEP).collect();
    newest.sort();
    newest.reverse();
    assert_eq!(kept, newest);
}

#[test]
fn how_many_backups_are_kept_is_a_setting() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo(dir.path());
    let mut store = store::open(&db).expect("open");
    let base = store.load_portfolio().expect("load").settings;
    assert_eq!(base.backups_kept as usize, backup::KEEP, "default");
    let settings = proeftuin::domain::PortfolioSettings {
        backups_kept: 3,
        ..base.clone()
    };
    store.save_settings(&base, &settings).expect("settings");
    for _ in 0..5 {
        store.take_backup(backup::Occasion::ByHand).expect("backup");
    }
    assert_eq!(backup::list(&db).len(), 3);
    assert_eq!(store.backups_kept(), 3);
}

#[test]
fn a_restored_portfolio_records_the_restore_in_its_audit_log() {
    let dir = tempfile::tempdir().expect("dir");
    let db = demo(dir.path());
    let taken = store::open(&db)
        .expect("open")
        .take_backup(backup::Occasion::ByHand)
        .expect("backup");
    backup::restore(&db, &taken.path).expect("restore");
    let log = store::open(&db)
        .expect("open")
        .audit(store::AuditFilter::default())
        .expect("audit");
    let last = log.last().expect("lines");
    assert_eq!(last.action, store::AuditAction::BackupRestored);
    assert_eq!(last.source, taken.path.display().to_string());
}
