//! The command line: `proeftuin [--db PATH]` starts the GUI; subcommands work on a
//! portfolio file without it. Machine formats use the stable English identifiers.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::Portfolio;
use crate::format::Language;
use crate::i18n::{I18n, Message, arg};
use crate::store;

mod audit;
mod list;
mod peers;
mod snapshot;
mod summary;
mod terminal;

pub use terminal::{TerminalSafe, safe_text};

#[derive(Debug, Parser)]
#[command(
    name = "proeftuin",
    version,
    about = "Portfolio manager for municipal innovation: pilots, living labs and experiments"
)]
pub struct Cli {
    /// The portfolio: a file (default: portfolio.sqlite in the platform's data directory)
    /// or a shared portfolio on a PostgreSQL server (postgres://user@host/database; the
    /// password from PGPASSWORD, ~/.pgpass or PGSERVICE).
    #[arg(long, global = true, value_name = "PATH|URL")]
    pub db: Option<store::Location>,
    #[command(subcommand)]
    pub command: Option<Action>,
}

#[derive(Debug, Subcommand)]
pub enum Action {
    /// Write the demo portfolio, or N synthetic initiatives, into the database.
    Demo {
        /// Number of synthetic initiatives instead of the demo portfolio.
        #[arg(long)]
        size: Option<usize>,
        /// Seed for the synthetic initiatives (same seed, same portfolio).
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// Replace a portfolio that already has initiatives.
        #[arg(long)]
        force: bool,
    },
    /// Verify integrity, foreign keys and schema version (exit 0 only when all hold).
    Check,
    /// Print the portfolio's figures: counts per phase and quadrant, budget per year with the
    /// innovation share, readiness verdicts, stuck pilots and health.
    Summary {
        /// The year of the headline innovation share (default: this year).
        #[arg(long)]
        year: Option<i32>,
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
        /// Compute as of this date (YYYY-MM-DD) instead of today, for reproducible reports.
        #[arg(long, value_name = "DATE")]
        today: Option<chrono::NaiveDate>,
    },
    /// The audit log: who changed what and when (oldest first), for accountability.
    Audit {
        /// Only changes from this date (YYYY-MM-DD, UTC) on.
        #[arg(long, value_name = "DATE")]
        since: Option<chrono::NaiveDate>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = ListFormat::Csv)]
        format: ListFormat,
    },
    /// The trash: list the deleted initiatives, restore one, or empty it for good.
    Trash {
        /// Put this initiative (its id) back from the trash.
        #[arg(long, value_name = "ID", conflicts_with = "empty")]
        restore: Option<i64>,
        /// Delete everything in the trash for good.
        #[arg(long)]
        empty: bool,
    },
    /// Print the initiatives.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Json)]
        format: ListFormat,
    },
    /// Export the portfolio (or a snapshot): json (complete, re-importable), csv and xlsx
    /// (the register), html and pdf (the status report), pstw (the Public Sector Tech
    /// Watch case layout, for peers).
    Export {
        #[arg(long, value_enum)]
        format: ExportFormatArg,
        /// The file to write (written completely or not at all).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Export this snapshot (its id or label) instead of the live portfolio.
        #[arg(long, value_name = "ID|LABEL")]
        snapshot: Option<String>,
        /// Language of headers, names and the report.
        #[arg(long, value_enum, default_value_t = LanguageArg::Nl)]
        language: LanguageArg,
        /// Compute the report as of this date (YYYY-MM-DD) instead of today.
        #[arg(long, value_name = "DATE")]
        today: Option<chrono::NaiveDate>,
        /// Replace the file when it exists.
        #[arg(long)]
        force: bool,
        /// Leave out personal data (owners, contacts, deciders) for sharing outside the
        /// municipality.
        #[arg(long)]
        no_personal: bool,
        /// With --format pstw (published for peers, where personal data is left out):
        /// include the owners, contacts and deciders.
        #[arg(long)]
        personal: bool,
        /// With --format pdf or html: the full register (a line per initiative) as the
        /// report's appendix: auto (up to 200 initiatives), register (always) or none.
        /// The report itself summarises at any size.
        #[arg(long, value_enum, default_value_t = AppendixArg::Auto)]
        appendix: AppendixArg,
    },
    /// Import a register (CSV or XLSX, Dutch or English headers) or a Proeftuin JSON
    /// document. Any problem: nothing is written, and every problem is listed with its
    /// row, column, value and reason. Re-importing updates instead of duplicating.
    Import {
        file: PathBuf,
        /// Show what would be created and updated, and write nothing.
        #[arg(long)]
        dry_run: bool,
        /// Map a column by hand: "Header=field" (fields: id, name, kind, department, owner,
        /// contact, quadrant, phase, start_date, end_date, themes, description,
        /// readiness_level, use_level, innovation, operation, innovation_spent,
        /// operation_spent, optionally with :YEAR; or ignore). Repeatable.
        #[arg(long = "map", value_name = "HEADER=FIELD")]
        mappings: Vec<String>,
        /// Book amounts without a year or start date in this date's year.
        #[arg(long, value_name = "DATE")]
        today: Option<chrono::NaiveDate>,
    },
    /// Status snapshots: frozen, dated copies of the portfolio with its figures.
    Snapshot {
        #[command(subcommand)]
        action: SnapshotAction,
    },
    /// The peer library: other municipalities' cases (Public Sector Tech Watch or their
    /// Proeftuin publications), kept apart from the portfolio, to learn from.
    Peers {
        #[command(subcommand)]
        action: PeersAction,
    },
    /// Take a verified backup now (in backups/ beside the portfolio; the newest 14 are
    /// kept unless the setting says otherwise), or list the backups.
    Backup {
        /// List the backups instead: date, occasion, size and initiatives.
        #[arg(long)]
        list: bool,
    },
    /// Put a backup back as the portfolio (the current state is backed up first). Close
    /// Proeftuin everywhere the portfolio is open before restoring.
    Restore {
        /// The backup to restore.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// Copy a whole portfolio (initiatives, snapshots, trash, audit log and settings)
    /// from a file to a shared portfolio on a server, or back. The target must be empty
    /// unless --replace.
    Copy {
        /// The portfolio to copy: a file or a postgres:// address.
        #[arg(long, value_name = "PATH|URL")]
        from: store::Location,
        /// Where to copy it: a new file or an empty database (postgres://…).
        #[arg(long, value_name = "PATH|URL")]
        to: store::Location,
        /// Replace what the target holds.
        #[arg(long)]
        replace: bool,
    },
    /// Write the import template (CSV with the headers and an example row).
    Template {
        #[arg(long, value_enum, default_value_t = LanguageArg::Nl)]
        language: LanguageArg,
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Replace the file when it exists.
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum PeersAction {
    /// Add the cases of a peer file to the library (updating those it has): all or
    /// nothing.
    Import { file: PathBuf },
    /// The library's cases, by organisation.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Json)]
        format: ListFormat,
    },
    /// The peer cases most like one of the portfolio's initiatives, best first, with why.
    Similar {
        /// The initiative's id.
        #[arg(long)]
        id: i64,
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
        /// At most this many.
        #[arg(long, default_value_t = 10)]
        limit: usize,
    },
}

#[derive(Debug, Subcommand)]
pub enum SnapshotAction {
    /// Freeze the portfolio under a label.
    Create {
        #[arg(long)]
        label: String,
        /// The snapshot's date (default: today).
        #[arg(long, value_name = "DATE")]
        date: Option<chrono::NaiveDate>,
    },
    /// List the snapshots, newest first.
    List {
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
    },
    /// Compare two snapshots (by id or label), or a snapshot with `now`.
    Diff {
        from: String,
        to: String,
        #[arg(long, value_enum, default_value_t = SummaryFormat::Text)]
        format: SummaryFormat,
        /// The date "now" stands for (default: today).
        #[arg(long, value_name = "DATE")]
        today: Option<chrono::NaiveDate>,
    },
    /// Delete a snapshot (by id or label).
    Delete { snapshot: String },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormatArg {
    Json,
    Csv,
    Xlsx,
    Html,
    Pdf,
    Pstw,
}

impl From<ExportFormatArg> for crate::exchange::ExportFormat {
    fn from(format: ExportFormatArg) -> Self {
        use crate::exchange::ExportFormat;
        match format {
            ExportFormatArg::Json => ExportFormat::Json,
            ExportFormatArg::Csv => ExportFormat::Csv,
            ExportFormatArg::Xlsx => ExportFormat::Xlsx,
            ExportFormatArg::Html => ExportFormat::Html,
            ExportFormatArg::Pdf => ExportFormat::Pdf,
            ExportFormatArg::Pstw => ExportFormat::Pstw,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AppendixArg {
    Auto,
    Register,
    None,
}

impl From<AppendixArg> for crate::exchange::report::Appendix {
    fn from(appendix: AppendixArg) -> Self {
        use crate::exchange::report::Appendix;
        match appendix {
            AppendixArg::Auto => Appendix::Auto,
            AppendixArg::Register => Appendix::Register,
            AppendixArg::None => Appendix::None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LanguageArg {
    Nl,
    En,
}

impl From<LanguageArg> for crate::format::Language {
    fn from(language: LanguageArg) -> Self {
        match language {
            LanguageArg::Nl => crate::format::Language::Dutch,
            LanguageArg::En => crate::format::Language::English,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    Json,
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    Json,
    Csv,
}

/// The arguments, with `--help` in the user's language.
pub fn parse(tr: &I18n) -> Cli {
    let matches = localize(<Cli as clap::CommandFactory>::command(), tr, "").get_matches();
    <Cli as clap::FromArgMatches>::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// Put a command's help texts (and its subcommands', recursively) in the user's words:
/// keys `cli-about-{path}` and `cli-arg-{path}-{id}` in `assets/i18n`.
fn localize(mut command: clap::Command, tr: &I18n, path: &str) -> clap::Command {
    let prefixed = |kind: &str, name: &str| match (path.is_empty(), name.is_empty()) {
        (true, true) => format!("cli-{kind}"),
        (true, false) => format!("cli-{kind}-{name}"),
        (false, true) => format!("cli-{kind}-{path}"),
        (false, false) => format!("cli-{kind}-{path}-{name}"),
    };
    let about = prefixed("about", "");
    if tr.has(&about) {
        command = command.about(tr.t(&about).to_string());
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|arg| arg.get_id().to_string())
        .collect();
    for id in ids {
        let key = prefixed("arg", &id);
        let help = tr.has(&key).then(|| tr.t(&key).to_string());
        let (options, arguments) = (
            tr.t("cli-options-heading").to_string(),
            tr.t("cli-arguments-heading").to_string(),
        );
        command = command.mut_arg(id, |arg| {
            let heading = if arg.is_positional() {
                arguments
            } else {
                options
            };
            let arg = arg.help_heading(heading);
            match help {
                Some(help) => arg.help(help),
                None => arg,
            }
        });
    }
    command = command
        .disable_help_subcommand(true)
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(tr.t("cli-help-flag").to_string())
                .help_heading(tr.t("cli-options-heading").to_string()),
        )
        .subcommand_help_heading(tr.t("cli-commands-heading").to_string())
        .help_template(format!(
            "{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            tr.t("cli-usage-heading")
        ));
    if path.is_empty() {
        command = command.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(tr.t("cli-version-flag").to_string())
                .help_heading(tr.t("cli-options-heading").to_string()),
        );
    }
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    for name in names {
        let sub_path = if path.is_empty() {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        command = command.mut_subcommand(&name, |sub| localize(sub, tr, &sub_path));
    }
    command
}

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
                    "cli-check-schema",
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
            let portfolio = open_existing(path)?;
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            let year = year.unwrap_or_else(|| chrono::Datelike::year(&today));
            let summary = crate::figures::summarize(&portfolio, today, year);
            match format {
                SummaryFormat::Json => {
                    serde_json::to_writer_pretty(&mut *out, &summary)?;
                    writeln!(out)?;
                }
                SummaryFormat::Text => summary::write_summary_text(&summary, tr, out)?,
            }
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
            let portfolio = open_existing(path)?;
            match format {
                ListFormat::Json => list::write_json(&portfolio, out)?,
                ListFormat::Csv => list::write_csv(&portfolio, out)?,
            }
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
                    open_existing(path)?;
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
        }
        Action::Import {
            file,
            dry_run,
            mappings,
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
            // Importing into a file that does not exist yet starts a new portfolio there
            // (but a dry run creates nothing).
            let portfolio = if exists(path) && *dry_run {
                open_existing(path)?
            } else if exists(path) {
                open_for_writing(path)?
            } else {
                Portfolio::default()
            };
            let preview =
                crate::exchange::import::preview_file(&portfolio, file, &overrides, today)?;
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
            let bytes = crate::exchange::register::template_csv((*language).into());
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
