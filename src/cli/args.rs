//! The command line's arguments (clap), their help in the user's language, and the
//! value types the commands take.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use crate::i18n::I18n;
use crate::store;

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
    /// Verify integrity, foreign keys and schema version (exit 0 only when all hold; a portfolio of an older Proeftuin holds, opening it brings it up to date).
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
    /// Export the portfolio (or a snapshot): json (complete, re-importable), csv (the
    /// register), xlsx and ods (the register with budget lines, phase decisions and
    /// figures), html and pdf (the status report), pstw (the Public Sector Tech Watch
    /// case layout, for peers).
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
        /// stop_reason, lessons_learned, notes, algorithm_register, readiness_level,
        /// use_level, innovation, operation, innovation_spent,
        /// operation_spent, optionally with :YEAR; or ignore). Repeatable.
        #[arg(long = "map", value_name = "HEADER=FIELD")]
        mappings: Vec<String>,
        /// What a text Proeftuin does not know means in a kind, quadrant or phase column:
        /// "Text=meaning" (an identifier such as evaluation, or its Dutch or English name).
        /// Repeatable.
        #[arg(long = "value", value_name = "TEXT=MEANING")]
        values: Vec<String>,
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
    /// Write the import template: the headers and an example row; as a workbook with
    /// lists of choices for kind, quadrant and phase when the file ends in .xlsx or .ods,
    /// else as CSV.
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
    Ods,
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
            ExportFormatArg::Ods => ExportFormat::Ods,
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
