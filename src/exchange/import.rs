//! Import: read a file, map and parse it, match its rows to the open portfolio, and
//! preview exactly what will be created and updated. Nothing is written here: the store
//! writes the previewed batch in one transaction, or nothing at all.

use std::collections::HashMap;
use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::json::{self, PortfolioDocument};
use super::register::{self, ImportProblem, Mapping, Reason, Record, RegisterField, Table};
use super::{ExchangeError, Result};
use crate::domain::*;
use crate::format::Language;
use crate::i18n::{I18n, arg};

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

/// Read and recognise an import file by its content (JSON, XLSX) or else as CSV.
pub fn read_source(path: &Path, bytes: &[u8]) -> Result<Source> {
    let label = path.display().to_string();
    let extension = path
        .extension()
        .and_then(|extension| extension.to_str())
        .map(str::to_ascii_lowercase)
        .unwrap_or_default();
    let trimmed = bytes
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(bytes)
        .trim_ascii_start();
    if extension == "json" || trimmed.starts_with(b"{") {
        return Ok(Source::Json(Box::new(json::from_bytes(&label, bytes)?)));
    }
    if extension == "xlsx" || bytes.starts_with(b"PK\x03\x04") {
        let table = register::read_xlsx(&label, bytes)?;
        return Ok(Source::Register {
            table,
            described: Reason::new("source-xlsx"),
        });
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

/// One updated initiative and which of its fields change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub name: String,
    pub row: usize,
    pub fields: Vec<&'static str>,
}

/// Everything the user sees before confirming, and the batch that confirming writes.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub path: String,
    pub described: Reason,
    /// The register's headers and what each maps to (empty for JSON).
    pub headers: Vec<String>,
    pub mapping: Mapping,
    /// Rows that cannot be imported: with any of these, nothing is written.
    pub problems: Vec<ImportProblem>,
    pub created: Vec<(usize, String)>,
    pub updated: Vec<Update>,
    pub unchanged: Vec<String>,
    /// Things the user should know: unknown columns, amounts booked in a start year, …
    pub notes: Vec<Reason>,
    pub batch: ImportBatch,
    /// The parsed rows, for the preview table (register imports).
    pub records: Vec<Record>,
}

impl Preview {
    pub fn can_import(&self) -> bool {
        self.problems.is_empty() && !self.batch.is_empty()
    }

    /// The problems as messages naming file, row, column, value and reason (English).
    pub fn problem_messages(&self) -> Vec<String> {
        self.problem_messages_in(&I18n::new(Language::English))
    }

    pub fn problem_messages_in(&self, tr: &I18n) -> Vec<String> {
        self.problems
            .iter()
            .map(|problem| problem.message_in(&self.path, tr))
            .collect()
    }

    /// A plain-text report of the preview (what the CLI prints), in `tr`'s language.
    pub fn report(&self, dry_run: bool, tr: &I18n) -> String {
        let language = tr.language();
        let mut lines = vec![format!("{} ({})", self.path, self.described.render(tr))];
        if !self.headers.is_empty() {
            let mapped: Vec<String> = self
                .headers
                .iter()
                .zip(&self.mapping.columns)
                .map(|(header, field)| {
                    let target = match field {
                        Some(field) => field.header(language),
                        None => tr.t("report-ignored").to_string(),
                    };
                    format!("{header:?} -> {target}")
                })
                .collect();
            lines.push(tr.f("report-columns", &[("list", arg(mapped.join(", ")))]));
        }
        for note in &self.notes {
            lines.push(tr.f("report-note", &[("note", arg(note.render(tr)))]));
        }
        for message in self.problem_messages_in(tr) {
            lines.push(tr.f("report-error", &[("message", arg(message))]));
        }
        let counts = [
            ("created", self.created.len().into()),
            ("updated", self.updated.len().into()),
            ("unchanged", self.unchanged.len().into()),
        ];
        if self.problems.is_empty() {
            let (totals, line) = if dry_run {
                ("report-would", "report-would-update-line")
            } else {
                ("report-done", "report-updated-line")
            };
            lines.push(tr.f(totals, &counts));
            for update in &self.updated {
                lines.push(tr.f(
                    line,
                    &[
                        ("name", arg(format!("{:?}", update.name))),
                        ("row", update.row.into()),
                        ("fields", arg(update.fields.join(", "))),
                    ],
                ));
            }
            if dry_run {
                lines.push(tr.t("report-dry-run").to_string());
            }
        } else {
            lines.push(tr.f("report-problems", &[("count", self.problems.len().into())]));
        }
        lines.join("\n")
    }
}

/// The key an initiative is matched on when the file gives no known id.
fn match_key(name: &str, department: Option<&str>) -> (String, String) {
    (
        name.trim().to_lowercase(),
        department.unwrap_or_default().trim().to_lowercase(),
    )
}

/// The open portfolio's initiatives by id and by (name, department), for matching.
#[allow(clippy::type_complexity)]
fn indexes(
    portfolio: &Portfolio,
) -> (
    HashMap<InitiativeId, usize>,
    HashMap<(String, String), usize>,
) {
    let mut by_id = HashMap::with_capacity(portfolio.initiatives.len());
    let mut by_key = HashMap::with_capacity(portfolio.initiatives.len());
    for (index, initiative) in portfolio.initiatives.iter().enumerate() {
        by_id.insert(initiative.id, index);
        by_key.insert(
            match_key(&initiative.name, initiative.department.as_deref()),
            index,
        );
    }
    (by_id, by_key)
}

/// Preview importing `source` into `portfolio` (as of `today`).
pub fn preview(
    portfolio: &Portfolio,
    path: &str,
    source: &Source,
    overrides: &HashMap<String, Option<RegisterField>>,
    today: NaiveDate,
) -> Result<Preview> {
    match source {
        Source::Json(document) => Ok(preview_json(portfolio, path, document)),
        Source::Register { table, described } => {
            // A mapping problem is shown with the mapping, so it can be fixed by hand; the
            // rows are only read once the mapping holds.
            let (mapping, mapping_problems) = register::map_columns_checked(table, overrides);
            let (records, problems) = if mapping_problems.is_empty() {
                register::parse_rows(table, &mapping)
            } else {
                (Vec::new(), mapping_problems)
            };
            let mut preview = preview_register(portfolio, records, problems, today);
            preview.path = path.to_string();
            preview.described = described.clone();
            let unknown = mapping.unknown(table);
            if !unknown.is_empty() {
                let list = unknown
                    .iter()
                    .map(|header| format!("{header:?}"))
                    .collect::<Vec<_>>()
                    .join(", ");
                preview
                    .notes
                    .insert(0, Reason::new("note-unknown-columns").with("list", list));
            }
            if table.rows.is_empty() {
                preview.notes.push(Reason::new("note-no-rows"));
            }
            preview.headers = table.headers.clone();
            preview.mapping = mapping;
            Ok(preview)
        }
    }
}

fn preview_json(portfolio: &Portfolio, path: &str, document: &PortfolioDocument) -> Preview {
    let mut preview = Preview {
        path: path.to_string(),
        described: Reason::new("source-json")
            .with("format", json::FORMAT)
            .with_number("version", document.version),
        ..Preview::default()
    };
    let incoming = document.clone().into_portfolio();
    if portfolio.initiatives.is_empty() {
        preview.created = incoming
            .initiatives
            .iter()
            .enumerate()
            .map(|(index, initiative)| (index + 1, initiative.name.clone()))
            .collect();
        preview.notes.push(Reason::new("note-replace-empty"));
        preview.batch.replace = Some(incoming);
        return preview;
    }
    let (by_id, by_key) = indexes(portfolio);
    for (position, initiative) in incoming.initiatives.iter().enumerate() {
        let existing = by_id
            .get(&initiative.id)
            .filter(|&&index| portfolio.initiatives[index].name == initiative.name)
            .or_else(|| {
                by_key.get(&match_key(
                    &initiative.name,
                    initiative.department.as_deref(),
                ))
            });
        match existing {
            Some(&index) => {
                let before = &portfolio.initiatives[index];
                let mut after = initiative.clone();
                after.id = before.id;
                after.row_version = before.row_version;
                let fields = changed_fields(before, &after);
                if fields.is_empty() {
                    preview.unchanged.push(after.name.clone());
                } else {
                    preview.updated.push(Update {
                        name: after.name.clone(),
                        row: position + 1,
                        fields,
                    });
                    preview.batch.update.push(after);
                }
            }
            None => {
                preview
                    .created
                    .push((position + 1, initiative.name.clone()));
                preview.batch.create.push(initiative.clone());
            }
        }
    }
    preview.batch.replace_history = true;
    preview.batch.departments = incoming
        .departments
        .iter()
        .filter(|department| {
            !portfolio
                .departments
                .iter()
                .any(|known| known.name == department.name)
        })
        .cloned()
        .collect();
    preview.notes.push(Reason::new("note-merge"));
    preview
}

/// Which fields differ between two versions of an initiative (for "what it updated").
pub fn changed_fields(before: &Initiative, after: &Initiative) -> Vec<&'static str> {
    let mut fields = Vec::new();
    let mut check = |differs: bool, name: &'static str| {
        if differs {
            fields.push(name);
        }
    };
    check(before.name != after.name, "name");
    check(before.description != after.description, "description");
    check(before.kind != after.kind, "kind");
    check(before.department != after.department, "department");
    check(before.owner != after.owner, "owner");
    check(before.contact != after.contact, "contact");
    check(before.start_date != after.start_date, "start date");
    check(before.end_date != after.end_date, "end date");
    check(before.quadrant != after.quadrant, "quadrant");
    check(before.phase != after.phase, "phase");
    check(before.themes != after.themes, "themes");
    check(before.budget_lines != after.budget_lines, "budget");
    check(
        before.readiness != after.readiness
            || before.readiness_level != after.readiness_level
            || before.use_level != after.use_level,
        "readiness",
    );
    check(before.health_reports != after.health_reports, "health");
    check(before.phase_history != after.phase_history, "phase history");
    check(
        before.partners != after.partners
            || before.risks != after.risks
            || before.characteristics != after.characteristics
            || before.stop_reason != after.stop_reason
            || before.lessons_learned != after.lessons_learned
            || before.notes != after.notes
            || before.phase_since != after.phase_since,
        "other fields",
    );
    fields
}

/// Set a planned or spent amount of one year and category.
fn book(
    initiative: &mut Initiative,
    category: BudgetCategory,
    year: i32,
    actual: bool,
    cents: i64,
) {
    let line = match initiative
        .budget_lines
        .iter_mut()
        .find(|line| line.year == year && line.category == category)
    {
        Some(line) => line,
        None => {
            initiative.budget_lines.push(BudgetLine {
                year,
                category,
                planned_cents: 0,
                actual_cents: None,
                description: String::new(),
            });
            let last = initiative.budget_lines.len() - 1;
            &mut initiative.budget_lines[last]
        }
    };
    if actual {
        line.actual_cents = Some(cents);
    } else {
        line.planned_cents = cents;
    }
}

fn preview_register(
    portfolio: &Portfolio,
    records: Vec<Record>,
    mut problems: Vec<ImportProblem>,
    today: NaiveDate,
) -> Preview {
    let mut preview = Preview::default();
    let (by_id, by_key) = indexes(portfolio);
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut booked_in_start_year = Vec::new();
    let mut booked_this_year = Vec::new();
    let mut defaulted_quadrant = Vec::new();
    for record in &records {
        if record.name.is_empty() {
            continue; // already a problem
        }
        let existing = record
            .id
            .and_then(|id| by_id.get(&id))
            .or_else(|| {
                let department = match &record.department {
                    Some(department) => department.as_deref(),
                    None => None,
                };
                by_key.get(&match_key(&record.name, department))
            })
            .copied();
        let key = match existing {
            Some(index) => match_key(
                &portfolio.initiatives[index].name,
                portfolio.initiatives[index].department.as_deref(),
            ),
            None => match_key(&record.name, record.department.clone().flatten().as_deref()),
        };
        if let Some(first) = seen.insert(key, record.row) {
            problems.push(ImportProblem {
                row: record.row,
                column: "Naam / Name".into(),
                value: record.name.clone(),
                reason: register::Reason::new("reason-duplicate-row").with_number("first", first),
            });
            continue;
        }
        let before = existing.map(|index| &portfolio.initiatives[index]);
        let mut after = before
            .cloned()
            .unwrap_or_else(|| Initiative::new(record.name.clone()));
        after.name = record.name.clone();
        if let Some(kind) = record.kind {
            after.kind = kind;
        }
        if let Some(department) = &record.department {
            after.department = department.clone();
        }
        if let Some(owner) = &record.owner {
            after.owner = owner.clone();
        }
        if let Some(contact) = &record.contact {
            after.contact = contact.clone();
        }
        match record.quadrant {
            Some(quadrant) => after.quadrant = quadrant,
            None if before.is_none() => defaulted_quadrant.push(record.row),
            None => {}
        }
        if let Some(phase) = record.phase {
            after.phase = phase;
        }
        if let Some(start) = record.start_date {
            after.start_date = start;
        }
        if let Some(end) = record.end_date {
            after.end_date = end;
        }
        if let Some(themes) = &record.themes {
            after.themes = themes.clone();
        }
        if let Some(description) = &record.description {
            after.description = description.clone();
        }
        if let Some(level) = record.readiness_level {
            after.readiness_level = level;
        }
        if let Some(level) = record.use_level {
            after.use_level = level;
        }
        for &(category, year, actual, cents) in &record.budgets {
            let year = match (year, after.start_date) {
                (Some(year), _) => year,
                (None, Some(start)) => {
                    booked_in_start_year.push(record.row);
                    start.year()
                }
                (None, None) => {
                    booked_this_year.push(record.row);
                    today.year()
                }
            };
            book(&mut after, category, year, actual, cents);
        }
        if let Some((field, problem)) = validate(&after).first() {
            problems.push(ImportProblem {
                row: record.row,
                column: format!("{field:?}"),
                value: after.name.clone(),
                reason: register::Reason::new(problem.key()),
            });
            continue;
        }
        match before {
            Some(before) => {
                let fields = changed_fields(before, &after);
                if fields.is_empty() {
                    preview.unchanged.push(after.name.clone());
                } else {
                    preview.updated.push(Update {
                        name: after.name.clone(),
                        row: record.row,
                        fields,
                    });
                    preview.batch.update.push(after);
                }
            }
            None => {
                preview.created.push((record.row, after.name.clone()));
                preview.batch.create.push(after);
            }
        }
    }
    booked_in_start_year.dedup();
    booked_this_year.dedup();
    if !booked_in_start_year.is_empty() {
        let rows = rows_text(&booked_in_start_year);
        preview
            .notes
            .push(Reason::new("note-booked-start-year").with("rows", rows));
    }
    if !booked_this_year.is_empty() {
        let (year, rows) = (today.year(), rows_text(&booked_this_year));
        preview.notes.push(
            Reason::new("note-booked-this-year")
                .with_number("year", year)
                .with("rows", rows),
        );
    }
    if !defaulted_quadrant.is_empty() {
        let rows = rows_text(&defaulted_quadrant);
        preview
            .notes
            .push(Reason::new("note-default-quadrant").with("rows", rows));
    }
    problems.sort_by_key(|problem| problem.row);
    preview.problems = problems;
    preview.records = records;
    preview
}

fn rows_text(rows: &[usize]) -> String {
    let shown: Vec<String> = rows.iter().take(20).map(usize::to_string).collect();
    let mut text = shown.join(", ");
    if rows.len() > 20 {
        text.push_str(&format!(" and {} more", rows.len() - 20));
    }
    text
}

/// Read, map and preview a file in one go (the CLI's path).
pub fn preview_file(
    portfolio: &Portfolio,
    path: &Path,
    overrides: &HashMap<String, Option<RegisterField>>,
    today: NaiveDate,
) -> Result<Preview> {
    let bytes = std::fs::read(path).map_err(|source| ExchangeError::Io {
        path: path.display().to_string(),
        source,
    })?;
    let source = read_source(path, &bytes)?;
    preview(
        portfolio,
        &path.display().to_string(),
        &source,
        overrides,
        today,
    )
}

/// Parse a `--map "Header=field"` option: field ids `id`, `name`, `kind`, `department`,
/// `owner`, `contact`, `quadrant`, `phase`, `start_date`, `end_date`, `themes`,
/// `description`, `readiness_level`, `use_level`, `innovation`, `operation`,
/// `innovation_spent`, `operation_spent` (optionally with `:YEAR`), or `ignore`.
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
        "readiness_level" => Some(RegisterField::ReadinessLevel),
        "use_level" => Some(RegisterField::UseLevel),
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
        "other fields" => "overige velden",
        other => other,
    }
}
