//! `proeftuin peers import|list|similar`: the peer library from the command line.

use std::io::Write;

use super::{ListFormat, PeersAction, SummaryFormat, identify, open_existing, open_for_writing};
use crate::figures::peers::{PeerIndex, similar};
use crate::i18n::{I18n, Message, arg};
use crate::store;

/// One similar case as `peers similar --format json` writes it.
#[derive(Debug, serde::Serialize)]
struct SimilarCase<'a> {
    organisation: &'a str,
    name: &'a str,
    status: &'a str,
    phase: Option<&'static str>,
    score: u32,
    reason: String,
    years: Option<i32>,
    start_year: Option<i32>,
    end_year: Option<i32>,
    stop_reason: &'a str,
    lessons_learned: &'a str,
    contact: &'a str,
    country: &'a str,
    key: &'a str,
}

pub(super) fn run_peers(
    location: &store::Location,
    action: &PeersAction,
    tr: &I18n,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    match action {
        PeersAction::Import { file } => {
            open_for_writing(location)?;
            let bytes = crate::exchange::read_input_file(file)?;
            let read = crate::exchange::peers::read(file, &bytes)?;
            let source = file.file_name().map_or_else(
                || file.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            );
            let (added, updated) =
                store::open_location(location)?.import_peer_cases(&read.cases, &source)?;
            writeln!(
                out,
                "{}",
                tr.f(
                    "cli-peers-imported",
                    &[
                        ("path", arg(file.display().to_string())),
                        ("added", added.into()),
                        ("updated", updated.into()),
                        ("other", read.skipped_not_local.into()),
                    ]
                )
            )?;
        }
        PeersAction::List { format } => {
            // The peer library's own rows: the portfolio itself is not loaded.
            identify(location)?;
            let cases = store::open_location(location)?.peer_cases()?;
            match format {
                ListFormat::Json => {
                    super::json::write_pretty(out, &cases)?;
                }
                ListFormat::Csv => {
                    let mut writer = csv::Writer::from_writer(&mut *out);
                    writer.write_record([
                        "organisation",
                        "name",
                        "status",
                        "phase",
                        "quadrant",
                        "start_year",
                        "end_year",
                        "themes",
                        "technology",
                        "stop_reason",
                        "lessons_learned",
                        "contact",
                        "country",
                        "source",
                        "key",
                    ])?;
                    for case in &cases {
                        let year =
                            |year: Option<i32>| year.map(|y| y.to_string()).unwrap_or_default();
                        let cells = [
                            case.organisation.clone(),
                            case.name.clone(),
                            case.status.clone(),
                            case.phase.map(|p| p.id()).unwrap_or_default().to_string(),
                            case.quadrant
                                .map(|q| q.id())
                                .unwrap_or_default()
                                .to_string(),
                            year(case.start_year),
                            year(case.end_year),
                            case.themes.join(" | "),
                            case.technology.clone(),
                            case.stop_reason.clone(),
                            case.lessons_learned.clone(),
                            case.contact.clone(),
                            case.country.clone(),
                            case.source.clone(),
                            case.key.clone(),
                        ];
                        writer.write_record(
                            cells
                                .iter()
                                .map(|cell| crate::exchange::neutralise_formula(cell).into_owned()),
                        )?;
                    }
                    writer.flush()?;
                }
            }
        }
        PeersAction::Similar { id, format, limit } => {
            let portfolio = open_existing(location)?;
            let Some(initiative) = portfolio.initiative(*id) else {
                return Err(Message::new("cli-no-initiative")
                    .with("id", id.to_string())
                    .into());
            };
            let cases = store::open_location(location)?.peer_cases()?;
            let index = PeerIndex::new(&cases);
            let found = similar(&index, &cases, initiative, *limit);
            let this_year = chrono::Datelike::year(&chrono::Local::now().date_naive());
            match format {
                SummaryFormat::Json => {
                    let list: Vec<SimilarCase<'_>> = found
                        .iter()
                        .map(|found| {
                            let case = &cases[found.case];
                            SimilarCase {
                                organisation: &case.organisation,
                                name: &case.name,
                                status: &case.status,
                                phase: case.phase.map(|phase| phase.id()),
                                score: found.score,
                                reason: found.reason_text(),
                                years: case.years(this_year),
                                start_year: case.start_year,
                                end_year: case.end_year,
                                stop_reason: &case.stop_reason,
                                lessons_learned: &case.lessons_learned,
                                contact: &case.contact,
                                country: &case.country,
                                key: &case.key,
                            }
                        })
                        .collect();
                    super::json::write_pretty(out, &list)?;
                }
                SummaryFormat::Text => {
                    if found.is_empty() {
                        writeln!(
                            out,
                            "{}",
                            tr.f(
                                "cli-peers-none-similar",
                                &[
                                    ("name", arg(initiative.name.clone())),
                                    ("count", cases.len().into()),
                                ]
                            )
                        )?;
                    }
                    for found in &found {
                        let case = &cases[found.case];
                        writeln!(
                            out,
                            "{:>3}  {} — {} ({}{})",
                            found.score,
                            case.organisation,
                            case.name,
                            case.status,
                            case.start_year
                                .map(|start| match case.end_year {
                                    Some(end) => format!(", {start}–{end}"),
                                    None => format!(", {start}–"),
                                })
                                .unwrap_or_default(),
                        )?;
                        writeln!(out, "     {}", found.reason_text())?;
                        if !case.stop_reason.is_empty() {
                            writeln!(
                                out,
                                "     {}: {}",
                                tr.t("field-stop-reason"),
                                case.stop_reason
                            )?;
                        }
                        if !case.lessons_learned.is_empty() {
                            writeln!(
                                out,
                                "     {}: {}",
                                tr.t("field-lessons"),
                                case.lessons_learned
                            )?;
                        }
                    }
                }
            }
        }
    }
    Ok(())
}
