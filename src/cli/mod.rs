//! The command line: `proeftuin [--db PATH]` starts the GUI; subcommands work on a
//! portfolio file without it. Machine formats use the stable English identifiers.

use std::io::Write;
use std::path::{Path, PathBuf};

use crate::domain::Portfolio;
use crate::format::Language;
use crate::i18n::{I18n, Message, arg};
use crate::store;

mod args;
mod audit;
mod json;
mod list;
mod peers;
mod snapshot;
mod summary;
mod terminal;

pub use args::*;
pub use terminal::{TerminalSafe, safe_text};

/// The default portfolio file in the platform's data directory.
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("nl", "Proeftuin", "Proeftuin")
        .map(|dirs| dirs.data_dir().join("portfolio.sqlite"))
        .unwrap_or_else(|| PathBuf::from("proeftuin.sqlite"))
}

fn require_db(db: Option<&store::Location>) -> anyhow::Result<&store::Location> {
    db.ok_or_else(|| Message::new("cli-no-db").into())
}

/// The portfolio's file, for what only a file has (its integrity check, backups).
fn require_file(location: &store::Location) -> anyhow::Result<&Path> {
    location.file().ok_or_else(|| {
        store::StoreError::FileOnly {
            server: location.describe(),
        }
        .into()
    })
}

/// That a file is a portfolio, without changing it (a server's is checked on opening).
fn identify(location: &store::Location) -> anyhow::Result<()> {
    if let Some(path) = location.file() {
        store::identify_file(path)?;
    }
    Ok(())
}

/// Whether the portfolio is there (a server's database always is; opening says more).
fn exists(location: &store::Location) -> bool {
    location.file().is_none_or(Path::exists)
}

use crate::memory::done_with;

/// Run a subcommand, writing its output to `out`.
pub fn run(
    db: Option<&store::Location>,
    command: &Action,
    tr: &I18n,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    let language = tr.language();
    match command {
        Action::Demo { size, seed, force } => {
            let path = require_db(db)?;
            if path
                .file()
                .is_none_or(|file| std::fs::metadata(file).is_ok_and(|metadata| metadata.len() > 0))
            {
                open_for_writing(path)?;
            }
            let mut store = store::open_location(path)?;
            let existing = store.load_portfolio()?.initiatives.len();
            if existing > 0 && !force {
                return Err(Message::new("cli-demo-exists")
                    .with("path", path.to_string())
                    .with_number("count", existing)
                    .into());
            }
            let started = std::time::Instant::now();
            let portfolio = match size {
                Some(size) => crate::demo::synthetic_portfolio(*size, *seed),
                None => crate::demo::demo_portfolio(),
            };
            // A shared portfolio is backed up by the server (pg_dump).
            if existing > 0 && path.file().is_some() {
                store.take_backup(store::backup::Occasion::BeforeReplace)?;
            }
            store.replace_portfolio(&portfolio)?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-demo-written",
                    &[
                        ("count", portfolio.initiatives.len().into()),
                        ("path", arg(path.to_string())),
                        ("seconds", arg(seconds(started, language))),
                    ]
                )
            )?;
        }
        Action::Check => {
            let path = require_db(db)?;
            let report = store::check_location(path)?;
            writeln!(
                out,
                "{}",
                tr.f(
                    if report.is_older() {
                        "cli-check-schema-older"
                    } else {
                        "cli-check-schema"
                    },
                    &[
                        ("found", report.schema_version.into()),
                        ("expected", report.expected_version.into()),
                    ]
                )
            )?;
            writeln!(
                out,
                "{}: {}",
                tr.t("cli-check-integrity"),
                if report.integrity.is_empty() {
                    "ok".to_string()
                } else {
                    report.integrity.join("; ")
                }
            )?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-check-foreign-keys",
                    &[("count", report.foreign_key_violations.into())]
                )
            )?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-check-initiatives",
                    &[("count", report.initiatives.into())]
                )
            )?;
            if !report.is_ok() {
                return Err(Message::new("cli-check-failed")
                    .with("path", path.to_string())
                    .into());
            }
        }
        Action::Summary {
            year,
            format,
            today,
        } => {
            let path = require_db(db)?;
            if let Some(file) = path.file() {
                store::identify_file(file)?;
            }
            // Its figures read no free text: the portfolio is loaded without them.
            let portfolio = store::open_location(path)?.load_for_summary()?;
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            let year = year.unwrap_or_else(|| chrono::Datelike::year(&today));
            let summary = crate::figures::summarize(&portfolio, today, year);
            match format {
                SummaryFormat::Json => {
                    json::write_pretty(out, &summary)?;
                }
                SummaryFormat::Text => summary::write_summary_text(&summary, tr, out)?,
            }
            done_with(portfolio);
        }
        Action::Audit { since, format } => {
            let path = require_db(db)?;
            identify(path)?;
            let entries = store::open_location(path)?.audit(store::AuditFilter {
                initiative: None,
                since: *since,
            })?;
            match format {
                ListFormat::Json => audit::write_json(&entries, out)?,
                ListFormat::Csv => audit::write_csv(&entries, out)?,
            }
        }
        Action::Trash { restore, empty } => {
            let path = require_db(db)?;
            if let Some(id) = restore {
                open_for_writing(path)?;
                let restored = store::open_location(path)?.restore_from_trash(*id)?;
                writeln!(
                    out,
                    "{}",
                    tr.f(
                        "cli-trash-restored",
                        &[("id", restored.id.into()), ("name", arg(restored.name))]
                    )
                )?;
            } else if *empty {
                open_for_writing(path)?;
                let count = store::open_location(path)?.empty_trash()?;
                writeln!(
                    out,
                    "{}",
                    crate::i18n::Message::new("trash-emptied")
                        .with_number("count", i64::try_from(count).unwrap_or(i64::MAX))
                        .render(tr)
                )?;
            } else {
                identify(path)?;
                let entries = store::open_location(path)?.trash()?;
                if entries.is_empty() {
                    writeln!(out, "{}", tr.t("trash-none"))?;
                }
                for entry in entries {
                    writeln!(
                        out,
                        "{}",
                        tr.f(
                            "cli-trash-line",
                            &[
                                ("id", entry.id.into()),
                                ("name", arg(entry.name)),
                                (
                                    "when",
                                    arg(crate::format::date_time(
                                        Some(crate::format::utc_as_local(entry.deleted_at)),
                                        language
                                    ))
                                ),
                                ("user", arg(entry.deleted_by)),
                            ]
                        )
                    )?;
                }
            }
        }
        Action::List { format } => {
            let path = require_db(db)?;
            // Only what the list shows: the initiatives' own rows and their themes.
            identify(path)?;
            let initiatives = store::open_location(path)?.load_register()?;
            match format {
                ListFormat::Json => list::write_json(&initiatives, out)?,
                ListFormat::Csv => list::write_csv(&initiatives, out)?,
            }
            done_with(initiatives);
        }
        Action::Export {
            format,
            out: file,
            snapshot,
            language,
            today,
            force,
            no_personal,
            personal,
            appendix,
        } => {
            let path = require_db(db)?;
            refuse_existing(file, *force)?;
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            let (portfolio, info) = match snapshot {
                Some(wanted) => {
                    // The snapshot's own content: the portfolio itself is not loaded.
                    identify(path)?;
                    let store = store::open_location(path)?;
                    let (entry, content) = store.load_snapshot(wanted)?;
                    let portfolio =
                        crate::exchange::snapshot::portfolio_of(&entry.label, &content)?;
                    let info = crate::exchange::json::SnapshotInfo {
                        id: entry.id,
                        label: entry.label,
                        taken_on: entry.taken_on,
                    };
                    (portfolio, Some(info))
                }
                None => (open_existing(path)?, None),
            };
            // Published for peers: personal data only when asked for.
            let strip = if *format == ExportFormatArg::Pstw {
                !*personal
            } else {
                *no_personal
            };
            let portfolio = if strip {
                portfolio.without_personal_data()
            } else {
                portfolio
            };
            let started = std::time::Instant::now();
            let request = crate::exchange::ExportRequest {
                snapshot: info,
                appendix: (*appendix).into(),
                ..crate::exchange::ExportRequest::new((*format).into(), (*language).into(), today)
            };
            crate::exchange::export(
                &portfolio,
                &request,
                file,
                &crate::exchange::Progress::new(),
            )?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-export-written",
                    &[
                        ("path", arg(file.display().to_string())),
                        ("count", portfolio.initiatives.len().into()),
                        ("seconds", arg(seconds(started, tr.language()))),
                    ]
                )
            )?;
            done_with(portfolio);
        }
        Action::Import {
            file,
            dry_run,
            mappings,
            values,
            today,
        } => {
            let path = require_db(db)?;
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            let mut overrides = std::collections::HashMap::new();
            for mapping in mappings {
                let (header, field) = crate::exchange::import::parse_mapping_option(mapping)
                    .map_err(anyhow::Error::msg)?;
                overrides.insert(header, field);
            }
            let mut meanings = crate::exchange::register::ValueMap::new();
            for value in values {
                let (text, meaning) = crate::exchange::import::parse_value_option(value)
                    .map_err(anyhow::Error::msg)?;
                meanings.insert((String::new(), text), meaning);
            }
            // Importing into a file that does not exist yet starts a new portfolio there
            // (but a dry run creates nothing).
            let portfolio = if exists(path) && *dry_run {
                open_existing(path)?
            } else if exists(path) {
                open_for_writing(path)?
            } else {
                Portfolio::default()
            };
            let preview = crate::exchange::import::preview_file_with(
                &portfolio, file, &overrides, &meanings, today,
            )?;
            if !preview.problems.is_empty() {
                writeln!(out, "{}", preview.report(true, tr))?;
                return Err(Message::new("cli-import-problems")
                    .with("file", file.display().to_string())
                    .with_number("count", preview.problems.len())
                    .with("path", path.to_string())
                    .into());
            }
            if !*dry_run && !preview.batch.is_empty() {
                let mut store = store::open_location(path)?;
                if !portfolio.initiatives.is_empty() && path.file().is_some() {
                    store.take_backup(store::backup::Occasion::BeforeImport)?;
                }
                store.apply_import(&preview.batch, &mut |_| true)?;
            }
            writeln!(out, "{}", preview.report(*dry_run, tr))?;
        }
        Action::Backup { list } => {
            let location = require_db(db)?;
            let path = require_file(location)?;
            if *list {
                store::identify_file(path)?;
                let backups = store::backup::list(path);
                if backups.is_empty() {
                    writeln!(out, "{}", tr.t("cli-backups-none"))?;
                }
                for backup in backups {
                    match store::backup::describe(&backup) {
                        Ok(backup) => writeln!(
                            out,
                            "{}",
                            tr.f(
                                "cli-backup-line",
                                &[
                                    (
                                        "when",
                                        arg(crate::format::date_time(backup.taken_at, language)),
                                    ),
                                    ("occasion", arg(backup.occasion)),
                                    (
                                        "size",
                                        arg(crate::format::megabytes(backup.bytes, language))
                                    ),
                                    ("count", backup.initiatives.into()),
                                    ("path", arg(backup.path.display().to_string())),
                                ]
                            )
                        )?,
                        Err(error) => writeln!(
                            out,
                            "{}",
                            tr.f(
                                "cli-backup-unusable",
                                &[
                                    ("path", arg(backup.display().to_string())),
                                    ("reason", arg(error.message().render(tr))),
                                ]
                            )
                        )?,
                    }
                }
            } else {
                open_for_writing(location)?;
                let backup = store::open(path)?.take_backup(store::backup::Occasion::ByHand)?;
                writeln!(
                    out,
                    "{}",
                    tr.f(
                        "cli-backup-taken",
                        &[
                            ("path", arg(backup.path.display().to_string())),
                            ("count", backup.initiatives.into()),
                        ]
                    )
                )?;
            }
        }
        Action::Restore { from } => {
            let path = require_file(require_db(db)?)?;
            store::identify_file(path)?;
            let restored = store::backup::restore(path, from)?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-restored",
                    &[
                        ("path", arg(path.display().to_string())),
                        ("from", arg(from.display().to_string())),
                        ("count", restored.initiatives.into()),
                    ]
                )
            )?;
        }
        Action::Copy { from, to, replace } => {
            let started = std::time::Instant::now();
            if let Some(path) = from.file() {
                store::identify_file(path)?;
            }
            let source = store::open_location(from)?;
            let mut target = store::open_location(to)?;
            let copied = store::copy_portfolio(source.as_ref(), target.as_mut(), *replace)?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-copied",
                    &[
                        ("initiatives", copied.portfolio.initiatives.len().into()),
                        ("snapshots", copied.snapshots.len().into()),
                        ("trash", copied.trash.len().into()),
                        ("audit", copied.audit.len().into()),
                        ("from", arg(from.describe())),
                        ("to", arg(to.describe())),
                        ("seconds", arg(seconds(started, language))),
                    ]
                )
            )?;
        }
        Action::Snapshot { action } => {
            let path = require_db(db)?;
            snapshot::run_snapshot(path, action, tr, out)?;
        }
        Action::Peers { action } => {
            let path = require_db(db)?;
            peers::run_peers(path, action, tr, out)?;
        }
        Action::Template {
            language,
            out: file,
            force,
        } => {
            refuse_existing(file, *force)?;
            let format = crate::exchange::TemplateFormat::from_path(file);
            let bytes = crate::exchange::template((*language).into(), format)?;
            crate::exchange::write_atomically(file, &crate::exchange::Progress::new(), |writer| {
                writer
                    .write_all(&bytes)
                    .map_err(crate::exchange::write_error(file))
            })?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-template-written",
                    &[("path", arg(file.display().to_string()))]
                )
            )?;
        }
    }
    Ok(())
}

/// Before writing `file`: what a crash left beside it goes, anything that holds a
/// portfolio is refused, and an existing file is replaced only with `--force`.
/// Whether writing the output failed because its reader went away (`… | head`).
pub fn is_broken_pipe(error: &anyhow::Error) -> bool {
    use std::io::ErrorKind::BrokenPipe;
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == BrokenPipe)
            || cause.downcast_ref::<csv::Error>().is_some_and(
                |csv| matches!(csv.kind(), csv::ErrorKind::Io(io) if io.kind() == BrokenPipe),
            )
            || cause
                .downcast_ref::<serde_json::Error>()
                .is_some_and(|json| json.io_error_kind() == Some(BrokenPipe))
    })
}

fn refuse_existing(file: &Path, force: bool) -> anyhow::Result<()> {
    let folder = file
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    crate::exchange::remove_stale_partials(folder);
    crate::exchange::check_target(file)?;
    if file.exists() && !force {
        return Err(crate::exchange::ExchangeError::Invalid {
            path: file.display().to_string(),
            message: Message::new("export-exists"),
        }
        .into());
    }
    Ok(())
}

/// Seconds since `started`, with one decimal in the language's style.
fn seconds(started: std::time::Instant, language: Language) -> String {
    let text = format!("{:.1}", started.elapsed().as_secs_f64());
    match language {
        Language::Dutch => text.replace('.', ","),
        Language::English => text,
    }
}

/// An error for the terminal, in `tr`'s language: the store's, a file's and the CLI's own
/// messages come from the translation files; anything else says what the system said.
pub fn error_text(error: &anyhow::Error, tr: &I18n) -> String {
    for cause in error.chain() {
        if let Some(error) = cause.downcast_ref::<store::StoreError>() {
            return error.message().render(tr);
        }
        if let Some(error) = cause.downcast_ref::<crate::exchange::ExchangeError>() {
            return error.message().render(tr);
        }
        if let Some(message) = cause.downcast_ref::<Message>() {
            return message.render(tr);
        }
    }
    format!("{error:#}")
}

/// Open a portfolio that must already exist (never create or touch a foreign file).
/// For the read-only commands (`list`, `summary`, `export`, snapshot `list` and `diff`):
/// they do not pay for a full integrity check, only that it is a portfolio.
fn open_existing(location: &store::Location) -> anyhow::Result<Portfolio> {
    if let Some(path) = location.file() {
        store::identify_file(path)?;
    }
    Ok(store::open_location(location)?.load_portfolio()?)
}

/// For the commands that write: SQLite's full integrity check first, and no write into a
/// damaged file.
fn open_for_writing(location: &store::Location) -> anyhow::Result<Portfolio> {
    // A server keeps its own files sound.
    let Some(path) = location.file() else {
        return Ok(store::open_location(location)?.load_portfolio()?);
    };
    let report = store::check_file(path)?;
    if !report.integrity.is_empty() || report.foreign_key_violations > 0 {
        let mut details = report.integrity.clone();
        if report.foreign_key_violations > 0 {
            details.push(format!(
                "{} foreign key violations",
                report.foreign_key_violations
            ));
        }
        return Err(store::StoreError::Damaged {
            path: path.to_path_buf(),
            details,
        }
        .into());
    }
    Ok(store::open(path)?.load_portfolio()?)
}
