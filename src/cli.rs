//! The command line: `proeftuin [--db PATH]` starts the GUI; subcommands work on a
//! portfolio file without it. Machine formats use the stable English identifiers.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, bail};
use clap::{Parser, Subcommand, ValueEnum};

use crate::domain::Portfolio;
use crate::store::{self, Store};

#[derive(Debug, Parser)]
#[command(
    name = "proeftuin",
    version,
    about = "Portfolio manager for municipal innovation: pilots, living labs and experiments"
)]
pub struct Cli {
    /// The portfolio database (default: portfolio.sqlite in the platform's data directory).
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
    /// Print the initiatives.
    List {
        #[arg(long, value_enum, default_value_t = ListFormat::Json)]
        format: ListFormat,
    },
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

/// The default portfolio file in the platform's data directory.
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("nl", "Proeftuin", "Proeftuin")
        .map(|dirs| dirs.data_dir().join("portfolio.sqlite"))
        .unwrap_or_else(|| PathBuf::from("proeftuin.sqlite"))
}

fn require_db(db: Option<&Path>) -> anyhow::Result<&Path> {
    db.context("no database given: add --db PATH")
}

/// Run a subcommand, writing its output to `out`.
pub fn run(db: Option<&Path>, command: &Command, out: &mut dyn Write) -> anyhow::Result<()> {
    match command {
        Command::Demo { size, seed, force } => {
            let path = require_db(db)?;
            let mut store = Store::open(path)?;
            let existing = store.load_portfolio()?.initiatives.len();
            if existing > 0 && !force {
                bail!(
                    "{}: the portfolio already holds {existing} initiatives; add --force to replace them",
                    path.display()
                );
            }
            let started = std::time::Instant::now();
            let portfolio = match size {
                Some(size) => crate::demo::synthetic_portfolio(*size, *seed),
                None => crate::demo::demo_portfolio(),
            };
            store.replace_portfolio(&portfolio)?;
            writeln!(
                out,
                "wrote {} initiatives to {} in {:.1} s",
                portfolio.initiatives.len(),
                path.display(),
                started.elapsed().as_secs_f64()
            )?;
        }
        Command::Check => {
            let path = require_db(db)?;
            let report = store::check_file(path)?;
            writeln!(
                out,
                "schema version: {} (expected {})",
                report.schema_version,
                store::SCHEMA_VERSION
            )?;
            writeln!(
                out,
                "integrity: {}",
                if report.integrity.is_empty() {
                    "ok".to_string()
                } else {
                    report.integrity.join("; ")
                }
            )?;
            writeln!(
                out,
                "foreign key violations: {}",
                report.foreign_key_violations
            )?;
            writeln!(out, "initiatives: {}", report.initiatives)?;
            if !report.is_ok() {
                bail!(
                    "{}: the portfolio failed its check (see above)",
                    path.display()
                );
            }
        }
        Command::Summary {
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
                SummaryFormat::Text => write_summary_text(&summary, out)?,
            }
        }
        Command::List { format } => {
            let path = require_db(db)?;
            let portfolio = open_existing(path)?;
            match format {
                ListFormat::Json => write_json(&portfolio, out)?,
                ListFormat::Csv => write_csv(&portfolio, out)?,
            }
        }
    }
    Ok(())
}

/// Open a portfolio that must already exist (never create or touch a foreign file).
fn open_existing(path: &Path) -> anyhow::Result<Portfolio> {
    store::check_file(path)
        .map(drop)
        .or_else(|error| match error {
            store::StoreError::Io { .. } | store::StoreError::NotAPortfolio { .. } => Err(error),
            _ => Ok(()),
        })?;
    Ok(Store::open(path)?.load_portfolio()?)
}

fn write_summary_text(
    summary: &crate::figures::Summary,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use crate::format::{Language, money_whole, percent_bp};
    let english = Language::English;
    writeln!(
        out,
        "{} — {} initiatives, as of {}",
        summary.municipality, summary.initiatives, summary.today
    )?;
    writeln!(out, "\nBy phase (count, planned innovation budget):")?;
    for phase in crate::domain::Phase::ALL {
        let entry = summary
            .by_phase
            .get(phase.id())
            .copied()
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<12} {:>6}  {:>16}",
            phase.id(),
            entry.count,
            money_whole(entry.innovation_cents, english)
        )?;
    }
    writeln!(out, "\nBy quadrant:")?;
    for quadrant in crate::domain::Quadrant::ALL {
        let entry = summary
            .by_quadrant
            .get(quadrant.id())
            .copied()
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<20} {:>6}  {:>16}",
            quadrant.id(),
            entry.count,
            money_whole(entry.innovation_cents, english)
        )?;
    }
    writeln!(
        out,
        "\nBudget per year (planned; target innovation share {}):",
        percent_bp(summary.target_innovation_share_bp, english)
    )?;
    for year in &summary.budget {
        let share = year
            .innovation_share_bp
            .map_or_else(|| "-".to_string(), |bp| percent_bp(bp, english));
        let marker = if year.year == summary.year {
            "  <- this year"
        } else {
            ""
        };
        writeln!(
            out,
            "  {}  operation {:>16}  innovation {:>16}  share {:>7}{marker}",
            year.year,
            money_whole(year.operation_cents, english),
            money_whole(year.innovation_cents, english),
            share
        )?;
    }
    let readiness = summary.readiness;
    writeln!(
        out,
        "\nScaling readiness: {} ready, {} conditionally ready, {} not ready, {} blocked, {} not assessed",
        readiness.ready,
        readiness.conditionally_ready,
        readiness.not_ready,
        readiness.blocked,
        readiness.not_assessed
    )?;
    let health = summary.health;
    writeln!(
        out,
        "Health: {} green, {} amber, {} red, {} without a report",
        health.green, health.amber, health.red, health.none
    )?;
    writeln!(
        out,
        "Stuck (pilot or evaluation for {} months or more): {}",
        summary.stuck_threshold_months,
        summary.stuck.len()
    )?;
    for name in &summary.stuck {
        writeln!(out, "  - {name}")?;
    }
    Ok(())
}

#[derive(serde::Serialize)]
struct ListedInitiative<'a> {
    id: i64,
    name: &'a str,
    kind: &'static str,
    department: Option<&'a str>,
    owner: &'a str,
    quadrant: &'static str,
    phase: &'static str,
    start_date: Option<String>,
    end_date: Option<String>,
    themes: &'a [String],
}

fn listed(portfolio: &Portfolio) -> impl Iterator<Item = ListedInitiative<'_>> {
    portfolio
        .initiatives
        .iter()
        .map(|initiative| ListedInitiative {
            id: initiative.id,
            name: &initiative.name,
            kind: initiative.kind.id(),
            department: initiative.department.as_deref(),
            owner: &initiative.owner,
            quadrant: initiative.quadrant.id(),
            phase: initiative.phase.id(),
            start_date: initiative.start_date.map(|date| date.to_string()),
            end_date: initiative.end_date.map(|date| date.to_string()),
            themes: &initiative.themes,
        })
}

fn write_json(portfolio: &Portfolio, out: &mut dyn Write) -> anyhow::Result<()> {
    let items: Vec<_> = listed(portfolio).collect();
    serde_json::to_writer_pretty(&mut *out, &items)?;
    writeln!(out)?;
    Ok(())
}

/// A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP).
pub fn neutralise_formula(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

fn write_csv(portfolio: &Portfolio, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "id",
        "name",
        "kind",
        "department",
        "owner",
        "quadrant",
        "phase",
        "start_date",
        "end_date",
        "themes",
    ])?;
    for item in listed(portfolio) {
        writer.write_record([
            item.id.to_string().as_str(),
            &neutralise_formula(item.name),
            item.kind,
            &neutralise_formula(item.department.unwrap_or_default()),
            &neutralise_formula(item.owner),
            item.quadrant,
            item.phase,
            item.start_date.as_deref().unwrap_or_default(),
            item.end_date.as_deref().unwrap_or_default(),
            &neutralise_formula(&item.themes.join("|")),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
