//! Import: read a file, map and parse it, match its rows to the open portfolio, and
//! preview exactly what will be created and updated. Nothing is written here: the store
//! writes the previewed batch in one transaction, or nothing at all.

mod from_json;
mod from_register;
mod preview;

use std::collections::HashMap;
use std::path::Path;

use chrono::NaiveDate;

use super::Result;
use super::json::{self, PortfolioDocument};
use super::register::{self, Reason, RegisterField, Table, ValueMap};
use crate::domain::*;
use from_json::preview_json;
pub use from_register::changed_fields;
use from_register::{indexes, match_key, preview_register};
pub use preview::*;

/// What was read from the file.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    Json(Box<PortfolioDocument>),
    Register {
        table: Table,
        /// "CSV, UTF-8 with BOM, separator ';'" or "XLSX".
        described: Reason,
    },
}

/// A JSON document: by its extension, or by a `{` first (after a BOM and white space).
fn is_json(path: &Path, start: &[u8]) -> bool {
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    extension == "json"
        || start
            .strip_prefix(b"\xef\xbb\xbf")
            .unwrap_or(start)
            .trim_ascii_start()
            .starts_with(b"{")
}

/// Read and recognise an import file by its content (JSON, XLS, ODS, XLSX) or else as CSV.
pub fn read_source(path: &Path, bytes: &[u8]) -> Result<Source> {
    let label = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    if is_json(path, bytes) {
        return Ok(Source::Json(Box::new(json::from_bytes(&label, bytes)?)));
    }
    if register::is_xls(bytes) {
        let table = register::read_xls_with(&label, bytes, register::register_header)?;
        let described =
            Reason::new("source-xls-sheet").with("sheet", table.sheet.clone().unwrap_or_default());
        return Ok(Source::Register { table, described });
    }
    if extension == "ods" || register::is_ods(bytes) {
        let table = register::read_ods_with(&label, bytes, register::register_header)?;
        let described =
            Reason::new("source-ods-sheet").with("sheet", table.sheet.clone().unwrap_or_default());
        return Ok(Source::Register { table, described });
    }
    if extension == "xlsx" || bytes.starts_with(b"PK\x03\x04") {
        let table = register::read_xlsx(&label, bytes)?;
        let described =
            Reason::new("source-xlsx-sheet").with("sheet", table.sheet.clone().unwrap_or_default());
        return Ok(Source::Register { table, described });
    }
    let (table, info) = register::read_csv(&label, bytes)?;
    let separator = match info.delimiter {
        '\t' => crate::i18n::Message::new("separator-tab"),
        other => crate::i18n::Message::new("separator-char").with("char", other.to_string()),
    };
    Ok(Source::Register {
        table,
        described: Reason::new("source-csv")
            .with_both(
                "encoding",
                info.encoding.replace("with BOM", "met BOM"),
                info.encoding,
            )
            .with_message("separator", separator),
    })
}

/// Preview importing `source` into `portfolio` (as of `today`).
pub fn preview(
    portfolio: &Portfolio,
    path: &str,
    source: Source,
    overrides: &HashMap<String, Option<RegisterField>>,
    today: NaiveDate,
) -> Result<Preview> {
    preview_with(portfolio, path, source, overrides, &ValueMap::new(), today)
}

/// [`preview`], with the meanings chosen by hand for a register's unknown texts.
pub fn preview_with(
    portfolio: &Portfolio,
    path: &str,
    source: Source,
    overrides: &HashMap<String, Option<RegisterField>>,
    values: &ValueMap,
    today: NaiveDate,
) -> Result<Preview> {
    let mut preview = preview_source(portfolio, path, source, overrides, values, today)?;
    // The audit log names the file every imported initiative came from.
    preview.batch.source = path.to_string();
    Ok(preview)
}

fn preview_source(
    portfolio: &Portfolio,
    path: &str,
    source: Source,
    overrides: &HashMap<String, Option<RegisterField>>,
    values: &ValueMap,
    today: NaiveDate,
) -> Result<Preview> {
    match source {
        Source::Json(document) => Ok(preview_json(portfolio, path, *document)),
        Source::Register { table, described } => {
            // A mapping problem is shown with the mapping, so it can be fixed by hand; the
            // rows are only read once the mapping holds.
            let (mapping, mapping_problems) = register::map_columns_checked(&table, overrides);
            let (records, problems) = if mapping_problems.is_empty() {
                register::parse_rows_with(&table, &mapping, values)
            } else {
                (Vec::new(), mapping_problems)
            };
            let unknown = mapping
                .unknown(&table)
                .iter()
                .map(|header| format!("{header:?}"))
                .collect::<Vec<_>>()
                .join(", ");
            let no_rows = table.rows.is_empty();
            // Read month first (only said when the rows were read).
            let american = (!records.is_empty())
                .then(|| register::american_dates(&table, &mapping))
                .flatten();
            // A column mapped to id by hand: its ids are meant, even where names differ.
            let ids_by_hand = overrides
                .values()
                .any(|field| *field == Some(RegisterField::Id));
            let header_row = table.header_row;
            let second_header_row = table.second_header_row;
            let headers = table.headers;
            // The cells are read: they go before the initiatives are made of the records.
            drop(table.rows);
            let mut preview = preview_register(
                portfolio,
                records,
                problems,
                &headers,
                &mapping,
                ids_by_hand,
                today,
            );
            preview.path = path.to_string();
            preview.described = described;
            if !unknown.is_empty() {
                preview
                    .notes
                    .insert(0, Reason::new("note-unknown-columns").with("list", unknown));
            }
            // A budget column in thousands or millions: say how its amounts were read.
            for (header, field) in headers.iter().zip(&mapping.columns) {
                let scale = register::header_scale(header);
                if scale > 0 && matches!(field, Some(RegisterField::Budget { .. })) {
                    preview.notes.push(
                        Reason::new(if scale == 3 {
                            "note-column-in-thousands"
                        } else {
                            "note-column-in-millions"
                        })
                        .with("column", header.clone()),
                    );
                }
            }
            if let Some(second) = second_header_row {
                preview.notes.insert(
                    0,
                    Reason::new("note-two-header-rows")
                        .with_number("first", header_row)
                        .with_number("second", second),
                );
            }
            if header_row > 1 {
                preview.notes.insert(
                    0,
                    Reason::new("note-header-row").with_number("row", header_row),
                );
            }
            if let Some((row, example)) = american {
                preview.notes.push(
                    Reason::new("note-american-dates")
                        .with("example", example)
                        .with_number("row", row),
                );
            }
            if no_rows {
                preview.notes.push(Reason::new("note-no-rows"));
            }
            preview.headers = headers;
            preview.mapping = mapping;
            Ok(preview)
        }
    }
}

/// Read, map and preview a file in one go (the CLI's path).
pub fn preview_file(
    portfolio: &Portfolio,
    path: &Path,
    overrides: &HashMap<String, Option<RegisterField>>,
    today: NaiveDate,
) -> Result<Preview> {
    preview_file_with(portfolio, path, overrides, &ValueMap::new(), today)
}

/// [`preview_file`], with the meanings chosen by hand for a register's unknown texts.
pub fn preview_file_with(
    portfolio: &Portfolio,
    path: &Path,
    overrides: &HashMap<String, Option<RegisterField>>,
    values: &ValueMap,
    today: NaiveDate,
) -> Result<Preview> {
    // A JSON document is read as a stream, never whole (see `json::from_file`); a
    // register's bytes go before the preview is made. What decides is the file's start,
    // as `read_source` decides (a longer run of white space before a `{` than this only
    // reads it whole).
    let mut start = Vec::with_capacity(4096);
    {
        use std::io::Read;
        let (file, _) = crate::exchange::open_input_file(path)?;
        file.take(4096).read_to_end(&mut start).map_err(|source| {
            crate::exchange::ExchangeError::Io {
                path: path.display().to_string(),
                source,
            }
        })?;
    }
    let source = if is_json(path, &start) {
        Source::Json(Box::new(json::from_file(path)?))
    } else {
        read_source(path, &crate::exchange::read_input_file(path)?)?
    };
    preview_with(
        portfolio,
        &path.display().to_string(),
        source,
        overrides,
        values,
        today,
    )
}

/// Parse a `--map "Header=field"` option: field ids `id`, `name`, `kind`, `department`,
/// `owner`, `contact`, `quadrant`, `phase`, `start_date`, `end_date`, `themes`,
/// `description`, `readiness_level`, `use_level`, `innovation`, `operation`,
/// `innovation_spent`, `operation_spent` (optionally with `:YEAR`), or `ignore`.
/// A command line's `--value "Afgerond=evaluation"`: what a text of a kind, quadrant or
/// phase column means (an identifier or a name, Dutch or English).
pub fn parse_value_option(text: &str) -> std::result::Result<(String, String), String> {
    let (cell, meaning) = text
        .rsplit_once('=')
        .map(|(cell, meaning)| (cell.trim(), meaning.trim()))
        .filter(|(cell, meaning)| !cell.is_empty() && !meaning.is_empty())
        .ok_or_else(|| format!("{text:?}: write a value as \"Text=meaning\""))?;
    if !register::is_value_meaning(meaning) {
        return Err(format!(
            "{text:?}: {meaning:?} is no kind, quadrant or phase (use an identifier such as \
             evaluation, smart_society or living_lab, or its Dutch or English name)"
        ));
    }
    Ok((cell.to_owned(), meaning.to_owned()))
}

pub fn parse_mapping_option(
    text: &str,
) -> std::result::Result<(String, Option<RegisterField>), String> {
    let (header, target) = text
        .rsplit_once('=')
        .ok_or_else(|| format!("{text:?}: write a mapping as \"Header=field\""))?;
    let (target, year) = match target.split_once(':') {
        Some((target, year)) => (
            target,
            Some(
                year.trim()
                    .parse::<i32>()
                    .map_err(|_| format!("{text:?}: {year:?} is not a year"))?,
            ),
        ),
        None => (target, None),
    };
    let budget = |category, actual| {
        Some(RegisterField::Budget {
            category,
            year,
            actual,
        })
    };
    let field = match target.trim() {
        "ignore" => None,
        "id" => Some(RegisterField::Id),
        "name" => Some(RegisterField::Name),
        "kind" => Some(RegisterField::Kind),
        "department" => Some(RegisterField::Department),
        "owner" => Some(RegisterField::Owner),
        "contact" => Some(RegisterField::Contact),
        "quadrant" => Some(RegisterField::Quadrant),
        "phase" => Some(RegisterField::Phase),
        "start_date" => Some(RegisterField::StartDate),
        "end_date" => Some(RegisterField::EndDate),
        "themes" => Some(RegisterField::Themes),
        "description" => Some(RegisterField::Description),
        "stop_reason" => Some(RegisterField::StopReason),
        "lessons_learned" => Some(RegisterField::LessonsLearned),
        "notes" => Some(RegisterField::Notes),
        "algorithm_register" => Some(RegisterField::AlgorithmRegister),
        "readiness_level" => Some(RegisterField::ReadinessLevel),
        "use_level" => Some(RegisterField::UseLevel),
        "year" => Some(RegisterField::Year),
        "innovation" => budget(BudgetCategory::Innovation, false),
        "operation" => budget(BudgetCategory::Operation, false),
        "innovation_spent" => budget(BudgetCategory::Innovation, true),
        "operation_spent" => budget(BudgetCategory::Operation, true),
        other => return Err(format!("{text:?}: unknown field {other:?}")),
    };
    Ok((header.trim().to_string(), field))
}

/// A changed field's name (as `changed_fields` gives it) in `language`.
pub fn field_label(field: &str, language: crate::format::Language) -> &str {
    if language == crate::format::Language::English {
        return field;
    }
    match field {
        "name" => "naam",
        "description" => "omschrijving",
        "kind" => "soort",
        "department" => "afdeling",
        "owner" => "trekker",
        "contact" => "contact",
        "start date" => "startdatum",
        "end date" => "einddatum",
        "quadrant" => "kwadrant",
        "phase" => "fase",
        "themes" => "thema's",
        "budget" => "begroting",
        "readiness" => "gereedheid",
        "health" => "status",
        "phase history" => "fasebesluiten",
        "stop reason" => "reden van stoppen",
        "lessons learned" => "geleerde lessen",
        "notes" => "notities",
        "algorithm register" => "algoritmeregister",
        "other fields" => "overige velden",
        other => other,
    }
}
