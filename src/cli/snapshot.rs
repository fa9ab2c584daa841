//! `proeftuin snapshot create|list|diff|delete`.

use std::io::Write;

use super::{SnapshotAction, SummaryFormat, done_with, identify, open_for_writing};
use crate::format::date as format_date;
use crate::i18n::{I18n, arg};
use crate::store;

pub(super) fn run_snapshot(
    path: &store::Location,
    action: &SnapshotAction,
    tr: &I18n,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use crate::exchange::snapshot;
    match action {
        SnapshotAction::Create { label, date } => {
            let portfolio = open_for_writing(path)?;
            let label = snapshot::check_label(label)?;
            let taken_on = date.unwrap_or_else(|| chrono::Local::now().date_naive());
            let taken = snapshot::take(&portfolio, label, taken_on);
            let count = taken.initiatives;
            // Given back now: SQLite's copies of the document come from the system's
            // malloc, which cannot reuse what this allocator keeps.
            drop(portfolio);
            crate::memory::give_back();
            let id = store::open_location(path)?.create_snapshot(store::NewSnapshot {
                label,
                taken_on,
                format_version: crate::exchange::json::VERSION,
                content: &taken.content,
                initiatives: count,
                digest: &taken.digest,
                digest_version: snapshot::DIGEST_VERSION,
            })?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-snapshot-created",
                    &[
                        ("id", id.into()),
                        ("label", arg(label)),
                        ("date", arg(format_date(taken_on, tr.language()))),
                        ("count", count.into()),
                    ]
                )
            )?;
        }
        SnapshotAction::List { format } => {
            // The snapshots' own rows: the portfolio itself is not loaded.
            identify(path)?;
            let entries = store::open_location(path)?.list_snapshots()?;
            match format {
                SummaryFormat::Json => {
                    super::json::write_pretty(out, &entries)?;
                }
                SummaryFormat::Text => {
                    if entries.is_empty() {
                        writeln!(out, "{}", tr.t("snapshots-none"))?;
                    }
                    for entry in entries {
                        writeln!(
                            out,
                            "{:>4}  {}  {}  {}",
                            entry.id,
                            format_date(entry.taken_on, tr.language()),
                            tr.f("snapshot-count", &[("count", entry.initiatives.into())]),
                            entry.label
                        )?;
                    }
                }
            }
        }
        SnapshotAction::Diff {
            from,
            to,
            format,
            today,
        } => {
            let is_now = |wanted: &str| wanted.eq_ignore_ascii_case("now");
            identify(path)?;
            let store = store::open_location(path)?;
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            // What each side is made from: a snapshot's digest (or, kept without one, its
            // document) from its row, the live portfolio loaded only when it is a side,
            // while the other side is read.
            let picture = |wanted: &str| -> anyhow::Result<snapshot::Picture<anyhow::Error>> {
                if is_now(wanted) {
                    return Ok(snapshot::Picture::Now {
                        as_of: today,
                        // Only what a comparison reads of it.
                        load: Box::new(|| Ok(store::open_location(path)?.load_for_comparison()?)),
                    });
                }
                let kept = store.load_snapshot_for_comparison(wanted, snapshot::DIGEST_VERSION)?;
                Ok(snapshot::Picture::Stored {
                    label: kept.entry.label,
                    as_of: kept.entry.taken_on,
                    text: kept.text,
                    is_digest: kept.is_digest,
                })
            };
            let (from, to) = snapshot::sides(picture(from)?, picture(to)?)?;
            let diff = snapshot::diff(&from, &to);
            done_with((from, to));
            match format {
                SummaryFormat::Json => {
                    super::json::write_pretty(out, &diff)?;
                }
                SummaryFormat::Text => writeln!(out, "{}", snapshot::diff_text(&diff, tr))?,
            }
        }
        SnapshotAction::Delete { snapshot: wanted } => {
            open_for_writing(path)?;
            let mut store = store::open_location(path)?;
            let (entry, _) = store.load_snapshot(wanted)?;
            store.delete_snapshot(entry.id)?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-snapshot-deleted",
                    &[("id", entry.id.into()), ("label", arg(&entry.label))]
                )
            )?;
        }
    }
    Ok(())
}
