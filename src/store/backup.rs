//! Rolling backups of a portfolio file, in `backups/` beside it: taken through SQLite's
//! `VACUUM INTO` (a consistent copy of a live file, never a torn one), each verified by
//! opening it, the newest [`KEEP`] kept. Taken at the first open of a day and before every
//! import, replace and migration; `proeftuin backup` and `proeftuin restore` by hand.

use std::path::{Path, PathBuf};

use super::{Result, Store, StoreError};

/// How many backups of a portfolio are kept unless its setting says otherwise.
pub const KEEP: usize = crate::domain::DEFAULT_BACKUPS_KEPT as usize;

/// Why a backup was taken; part of its file name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Occasion {
    Daily,
    BeforeImport,
    BeforeReplace,
    BeforeRestore,
    BeforeMigration,
    ByHand,
}

impl Occasion {
    pub fn id(self) -> &'static str {
        match self {
            Occasion::Daily => "daily",
            Occasion::BeforeImport => "before-import",
            Occasion::BeforeReplace => "before-replace",
            Occasion::BeforeRestore => "before-restore",
            Occasion::BeforeMigration => "before-migration",
            Occasion::ByHand => "by-hand",
        }
    }
}

/// One backup file.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Backup {
    pub path: PathBuf,
    /// Local time, from the name (`None` for a file named otherwise).
    pub taken_at: Option<chrono::NaiveDateTime>,
    pub occasion: String,
    pub bytes: u64,
    pub initiatives: usize,
}

/// The folder of a portfolio's backups.
pub fn folder(portfolio: &Path) -> PathBuf {
    portfolio
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."))
        .join("backups")
}

fn stem(portfolio: &Path) -> String {
    portfolio
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_else(|| "portfolio".into())
}

fn io(path: &Path) -> impl Fn(std::io::Error) -> StoreError + '_ {
    move |source| StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Take a backup of the open `store` (whose file is `portfolio`), verify it and keep the
/// newest [`KEEP`].
pub fn take(store: &dyn Store, portfolio: &Path, occasion: Occasion) -> Result<Backup> {
    let folder = folder(portfolio);
    create_private_folder(&folder)?;
    // The time to the millisecond: names sort as the backups were taken.
    let mut now = chrono::Local::now();
    let mut target = name_at(&folder, portfolio, now, occasion);
    while target.exists() {
        now += chrono::TimeDelta::milliseconds(1);
        target = name_at(&folder, portfolio, now, occasion);
    }
    // Written and checked under another name, then renamed: a copy cut off (the app
    // closed while the day's backup of a large portfolio is taken) is never a backup.
    remove_stale_partials(&folder);
    let partial = partial_name(&target);
    let checked = store
        .copy_to(&partial)
        .and_then(|()| private(&partial))
        // A backup that cannot be opened is no backup.
        .and_then(|()| describe(&partial))
        .and_then(|backup| {
            std::fs::rename(&partial, &target).map_err(io(&target))?;
            Ok(backup)
        });
    let mut backup = match checked {
        Ok(backup) => backup,
        Err(error) => {
            let _ = std::fs::remove_file(&partial);
            return Err(error);
        }
    };
    (backup.taken_at, backup.occasion) = name_parts(&target);
    backup.path = target;
    prune(portfolio, store.backups_kept());
    Ok(backup)
}

/// Only the owner may read a backup.
fn private(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600)).map_err(io(path))?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// The name a backup is written under until it is checked (never listed as a backup).
fn partial_name(target: &Path) -> PathBuf {
    let mut name = target.as_os_str().to_owned();
    name.push(".partial");
    PathBuf::from(name)
}

/// Remove what a backup cut off more than an hour ago left (a younger one may still be
/// written by another process).
fn remove_stale_partials(folder: &Path) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    for entry in entries.flatten() {
        // The copy, and the journal SQLite keeps beside it while writing it.
        let stale = entry
            .file_name()
            .to_string_lossy()
            .contains(".sqlite.partial")
            && entry
                .metadata()
                .and_then(|meta| meta.modified())
                .is_ok_and(|modified| modified < hour_ago);
        if stale {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

fn name_at(
    folder: &Path,
    portfolio: &Path,
    at: chrono::DateTime<chrono::Local>,
    occasion: Occasion,
) -> PathBuf {
    folder.join(format!(
        "{}-{}-{}.sqlite",
        stem(portfolio),
        at.format("%Y%m%d-%H%M%S-%3f"),
        occasion.id()
    ))
}

/// Take today's backup when none was taken today (the first open of a day).
pub fn take_daily(store: &dyn Store, portfolio: &Path) -> Result<Option<Backup>> {
    let today = chrono::Local::now().format("%Y%m%d").to_string();
    let prefix = format!("{}-{today}-", stem(portfolio));
    let taken_today = std::fs::read_dir(folder(portfolio))
        .map(|entries| {
            entries
                .flatten()
                .any(|entry| entry.file_name().to_string_lossy().starts_with(&prefix))
        })
        .unwrap_or(false);
    if taken_today {
        return Ok(None);
    }
    take(store, portfolio, Occasion::Daily).map(Some)
}

/// What a backup file holds, from its name and a count (no integrity check: for lists).
pub fn describe_quickly(path: &Path) -> Result<Backup> {
    super::identify_file(path)?;
    let initiatives = super::open_read_only_count(path)?;
    let (taken_at, occasion) = name_parts(path);
    Ok(Backup {
        path: path.to_path_buf(),
        taken_at,
        occasion,
        bytes: std::fs::metadata(path).map(|meta| meta.len()).unwrap_or(0),
        initiatives,
    })
}

/// The time and occasion in a backup's name.
fn name_parts(path: &Path) -> (Option<chrono::NaiveDateTime>, String) {
    let name = path
        .file_stem()
        .map(|stem| stem.to_string_lossy().into_owned())
        .unwrap_or_default();
    // "<stem>-YYYYMMDD-HHMMSS-mmm-<occasion>"
    name.char_indices()
        .filter(|(_, c)| *c == '-')
        .map(|(index, _)| index)
        .find_map(|index| {
            let rest = name.get(index + 1..)?;
            let stamp = rest.get(..15)?;
            let parsed = chrono::NaiveDateTime::parse_from_str(stamp, "%Y%m%d-%H%M%S").ok()?;
            let occasion = rest.get(20..).unwrap_or_default().to_string();
            Some((Some(parsed), occasion))
        })
        .unwrap_or_default()
}

/// What a backup file holds, after checking that it is a sound portfolio.
pub fn describe(path: &Path) -> Result<Backup> {
    let report = super::check_file(path)?;
    // An older schema version is fine: opening a restored backup migrates it.
    if !report.integrity.is_empty() || report.foreign_key_violations > 0 {
        return Err(StoreError::Damaged {
            path: path.to_path_buf(),
            details: report.integrity,
        });
    }
    let (taken_at, occasion) = name_parts(path);
    Ok(Backup {
        path: path.to_path_buf(),
        taken_at,
        occasion,
        bytes: std::fs::metadata(path).map(|meta| meta.len()).unwrap_or(0),
        initiatives: report.initiatives,
    })
}

/// The backups of `portfolio`, newest first (the names sort by time).
pub fn list(portfolio: &Path) -> Vec<PathBuf> {
    let prefix = format!("{}-", stem(portfolio));
    let mut found: Vec<PathBuf> = std::fs::read_dir(folder(portfolio))
        .map(|entries| {
            entries
                .flatten()
                .map(|entry| entry.path())
                .filter(|path| {
                    path.extension()
                        .is_some_and(|extension| extension == "sqlite")
                        && path
                            .file_name()
                            .is_some_and(|name| name.to_string_lossy().starts_with(&prefix))
                })
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.reverse();
    found
}

/// Remove all but the newest `keep` backups.
fn prune(portfolio: &Path, keep: usize) {
    for old in list(portfolio).into_iter().skip(keep) {
        let _ = std::fs::remove_file(old);
    }
}

/// Put the backup `from` back as the portfolio at `portfolio`: `from` is checked first,
/// the current state is backed up, then the file is replaced in one rename (its journal
/// files are emptied and removed first, so SQLite cannot replay them onto the backup).
/// Nobody else may have the portfolio open.
pub fn restore(portfolio: &Path, from: &Path) -> Result<Backup> {
    let restored = describe(from)?;
    let backed_up = (|| {
        let current = super::open(portfolio)?;
        take(current.as_ref(), portfolio, Occasion::BeforeRestore)?;
        current.checkpoint()
    })();
    if let Err(error) = backed_up {
        // A damaged file cannot be copied through SQLite: keep its bytes as they are.
        match error {
            StoreError::Damaged { .. }
            | StoreError::Database(_)
            | StoreError::NotAPortfolio {
                what: super::ForeignFile::Damaged,
                ..
            } => {
                keep_damaged(portfolio)?;
            }
            other => return Err(other),
        }
    }
    let folder = portfolio
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let temporary = folder.join(format!(".{}.restoring", stem(portfolio)));
    std::fs::copy(from, &temporary).map_err(io(&temporary))?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&temporary, std::fs::Permissions::from_mode(0o600))
            .map_err(io(&temporary))?;
    }
    std::fs::File::open(&temporary)
        .and_then(|file| file.sync_all())
        .map_err(io(&temporary))?;
    for suffix in ["-wal", "-shm"] {
        let journal = PathBuf::from(format!("{}{suffix}", portfolio.display()));
        match std::fs::remove_file(&journal) {
            Ok(()) => {}
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
            Err(source) => {
                let _ = std::fs::remove_file(&temporary);
                return Err(StoreError::Io {
                    path: journal,
                    source,
                });
            }
        }
    }
    std::fs::rename(&temporary, portfolio).map_err(io(portfolio))?;
    // The restored portfolio says so in its own audit log.
    super::open(portfolio)?.record_backup_restored(&from.display().to_string())?;
    Ok(restored)
}

/// The newest backup of `portfolio` that passes the full integrity check (offered when
/// the portfolio itself is damaged).
pub fn newest_sound(portfolio: &Path) -> Option<Backup> {
    list(portfolio).iter().find_map(|path| describe(path).ok())
}

/// Copy a damaged portfolio file (and its journal) byte for byte into the backups folder,
/// named `<stem>-<time>-damaged.sqlite.damaged`: kept, never listed as a backup or pruned.
fn keep_damaged(portfolio: &Path) -> Result<PathBuf> {
    let folder = folder(portfolio);
    create_private_folder(&folder)?;
    let target = folder.join(format!(
        "{}-{}-damaged.sqlite.damaged",
        stem(portfolio),
        chrono::Local::now().format("%Y%m%d-%H%M%S-%3f")
    ));
    std::fs::copy(portfolio, &target).map_err(io(&target))?;
    let wal = PathBuf::from(format!("{}-wal", portfolio.display()));
    if wal.exists() {
        let kept = PathBuf::from(format!("{}-wal", target.display()));
        std::fs::copy(&wal, &kept).map_err(io(&kept))?;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o600))
            .map_err(io(&target))?;
    }
    Ok(target)
}

fn create_private_folder(folder: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(folder).map_err(io(folder))
}

#[cfg(test)]
mod partial_tests {
    use super::*;

    /// A backup is written under a name no list shows until it is checked; what a backup
    /// cut off long ago left is removed by the next one, a young one (another process's,
    /// being written) is left alone.
    #[test]
    fn a_backup_cut_off_is_never_listed_and_is_cleared_later() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("p.sqlite");
        let mut store = crate::store::open(&path).expect("open");
        store
            .replace_portfolio(&crate::demo::demo_portfolio())
            .expect("demo");
        let folder = folder(&path);
        create_private_folder(&folder).expect("folder");
        let old = folder.join("p-20261130-090000-000-daily.sqlite.partial");
        let young = folder.join("p-20261201-090000-000-daily.sqlite.partial");
        for partial in [&old, &young] {
            std::fs::write(partial, b"SQLite format 3\0 cut off").expect("write");
        }
        std::fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|file| {
                file.set_modified(
                    std::time::SystemTime::now() - std::time::Duration::from_secs(7200),
                )
            })
            .expect("age");
        assert!(list(&path).is_empty(), "a partial is no backup");
        let backup = take(store.as_ref(), &path, Occasion::ByHand).expect("backup");
        assert!(backup.path.to_string_lossy().ends_with("-by-hand.sqlite"));
        assert_eq!(backup.occasion, "by-hand");
        assert_eq!(backup.initiatives, 30);
        assert_eq!(list(&path), std::slice::from_ref(&backup.path));
        assert!(!old.exists(), "an old partial is removed");
        assert!(young.exists(), "a young one may still be written");
        let names: Vec<String> = std::fs::read_dir(&folder)
            .expect("folder")
            .flatten()
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 2, "{names:?}");
    }
}
