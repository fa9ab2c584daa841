//! The workbook, as XLSX or as ODS (OpenDocument, the open standard on the Dutch list of
//! open standards): the register (the same columns as the CSV, with real number,
//! currency and date cells), budget lines, phase history and the figures. Every sheet has
//! a frozen, bold header row and an autofilter. Text is always written as a string cell,
//! so `=HYPERLINK(…)` in a name stays text and never becomes a formula.
//!
//! What goes in which sheet is written once, here, for both formats ([`Book`]); each
//! format's module writes its cells (`xlsx.rs`, `ods.rs`). The sheets are written and
//! compressed on two threads: the register on `proeftuin-xlsx`, the budget lines, the
//! phase history and the figures on the caller's (`package.rs`).

mod ods;
mod package;
mod xlsx;

use std::io::Write;

use chrono::NaiveDate;

use crate::i18n::{I18n, Message};

use super::register::{RegisterField, budget_cell, export_fields, field_text};
use super::{ExchangeError, Progress, Result};
use crate::domain::*;
use crate::figures::Summary;
use crate::format::Language;
use package::Part;

/// A sheet holds at most this many rows (Excel's limit, and LibreOffice's by default).
const MAX_ROWS: usize = 1_048_576;

/// `text` in an attribute's double quotes (or an element's content).
fn escape_attribute(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            other => escaped.push(other),
        }
    }
    escaped
}

/// An amount from whole cents, exactly, as a number a spreadsheet reads: 1205 is `12.05`,
/// 1200 `12`, -5 `-0.05`.
fn decimal_from_cents(cents: i64, out: &mut Vec<u8>) {
    if cents < 0 {
        out.push(b'-');
    }
    let magnitude = cents.unsigned_abs();
    out.extend_from_slice(itoa::Buffer::new().format(magnitude / 100).as_bytes());
    let fraction = (magnitude % 100) as u8;
    if fraction != 0 {
        out.push(b'.');
        out.push(b'0' + fraction / 10);
        if !fraction.is_multiple_of(10) {
            out.push(b'0' + fraction % 10);
        }
    }
}

/// The cells of one row, put in left to right, whatever the format.
trait Cells {
    /// A text cell (never a formula, whatever it starts with). Empty text writes no cell.
    fn string(&mut self, column: usize, text: &str);
    /// A text cell in bold, as the header row's.
    fn header(&mut self, column: usize, text: &str);
    /// A whole number.
    fn integer(&mut self, column: usize, value: i64);
    /// An amount in euros, exactly from whole cents.
    fn cents(&mut self, column: usize, cents: i64);
    /// A date (`dd-mm-yyyy`). A date the format cannot hold writes no cell.
    fn date(&mut self, column: usize, date: NaiveDate);
    /// A fraction shown as a percentage. Not a number: no cell.
    fn percent(&mut self, column: usize, fraction: f64);
}

/// A sheet being written, row by row.
trait Sheet: Send {
    type Row<'a>: Cells
    where
        Self: 'a;
    /// Write the next row: `fill` puts its cells in, left to right.
    fn row(&mut self, fill: impl FnOnce(&mut Self::Row<'_>)) -> Result<()>;
    /// Leave the next row empty.
    fn skip_row(&mut self) -> Result<()>;
    /// Offer `choices` as a list in `column`'s cells below the header (a spreadsheet's
    /// data validation: another value gets a warning, not a refusal). Before the rows.
    fn choices(&mut self, column: usize, choices: &[String], message: &Choices);
}

/// What a list of choices tells the person who types something else.
struct Choices {
    title: String,
    message: String,
}

/// A file format's sheets: how one is started and closed.
trait Book: Sync {
    type Sheet: Sheet;
    /// A closed sheet, ready to be put in the file.
    type Written: Send;
    /// Start sheet `number` (1-based; the first is the one the file opens on) named
    /// `name`, with `headers` (bold, frozen), `rows` rows below them and an autofilter
    /// over the header and the first `filter_rows`.
    fn start(
        &self,
        number: usize,
        name: &str,
        headers: &[String],
        rows: usize,
        filter_rows: usize,
    ) -> Result<Self::Sheet>;
    /// Close a sheet; a cell the format cannot hold is an error that names the row
    /// (`row_name` of its 1-based number) and the column.
    fn finish(
        &self,
        sheet: Self::Sheet,
        name: &str,
        headers: &[String],
        filter_rows: usize,
        row_name: impl Fn(u32) -> String,
    ) -> Result<Self::Written>;
}

/// What the sheets of a series share: the format, the name and the headers.
struct SeriesOf<'a, B: Book> {
    book: &'a B,
    name: &'a str,
    headers: &'a [String],
}

impl<B: Book> SeriesOf<'_, B> {
    /// Sheet `index` (0-based) of the series: the first has the series' name, the next
    /// ones "name (2)", "name (3)", …
    fn name(&self, index: usize) -> String {
        match index {
            0 => self.name.to_string(),
            _ => format!("{} ({})", self.name, index + 1),
        }
    }

    /// Close sheet `index`, which holds `rows` rows after the series' `rows_before`.
    fn close(
        &self,
        index: usize,
        rows_before: usize,
        rows: usize,
        sheet: B::Sheet,
        row_name: &impl Fn(usize) -> String,
    ) -> Result<B::Written> {
        self.book
            .finish(sheet, &self.name(index), self.headers, rows, |row| {
                row_name(rows_before + (row as usize).saturating_sub(2))
            })
    }
}

/// Rows that may not fit one sheet, written over as many as they need: "Budget lines",
/// "Budget lines (2)", … each with the header row and its own filter.
struct Series<'a, B: Book> {
    of: SeriesOf<'a, B>,
    /// The number of the series' first sheet in the workbook.
    first_number: usize,
    /// Rows below the header in the whole series, and at most per sheet.
    total_rows: usize,
    rows_per_sheet: usize,
    current: B::Sheet,
    /// Rows written to the sheets before the current one, and to the current one.
    rows_before: usize,
    rows_here: usize,
    done: Vec<B::Written>,
}

/// How many sheets `rows` rows (below the header) take, at most `rows_per_sheet` each.
fn sheets_for(rows: usize, rows_per_sheet: usize) -> usize {
    rows.div_ceil(rows_per_sheet.max(1)).max(1)
}

impl<'a, B: Book> Series<'a, B> {
    fn new(
        of: SeriesOf<'a, B>,
        first_number: usize,
        total_rows: usize,
        rows_per_sheet: usize,
    ) -> Result<Self> {
        let rows_per_sheet = rows_per_sheet.max(1);
        let rows = total_rows.min(rows_per_sheet);
        let current = of
            .book
            .start(first_number, &of.name(0), of.headers, rows, rows)?;
        Ok(Self {
            of,
            first_number,
            total_rows,
            rows_per_sheet,
            current,
            rows_before: 0,
            rows_here: 0,
            done: Vec::new(),
        })
    }

    /// The next row; a full sheet is closed and the next one started first.
    /// `row_name(i)` names the series' row `i` (0-based) if a cell is too long.
    fn row(
        &mut self,
        row_name: &impl Fn(usize) -> String,
        fill: impl FnOnce(&mut <B::Sheet as Sheet>::Row<'_>),
    ) -> Result<()> {
        if self.rows_here == self.rows_per_sheet {
            let rows_left = self
                .total_rows
                .saturating_sub(self.rows_before + self.rows_here);
            let rows = rows_left.min(self.rows_per_sheet);
            let index = self.done.len() + 1;
            let next = self.of.book.start(
                self.first_number + index,
                &self.of.name(index),
                self.of.headers,
                rows,
                rows,
            )?;
            let full = std::mem::replace(&mut self.current, next);
            let written = self.of.close(
                self.done.len(),
                self.rows_before,
                self.rows_here,
                full,
                row_name,
            )?;
            self.done.push(written);
            self.rows_before += self.rows_here;
            self.rows_here = 0;
        }
        self.current.row(fill)?;
        self.rows_here += 1;
        Ok(())
    }

    /// Close the last sheet: the series' sheets in order.
    fn finish(self, row_name: &impl Fn(usize) -> String) -> Result<Vec<B::Written>> {
        let Self {
            of,
            current,
            rows_before,
            rows_here,
            mut done,
            ..
        } = self;
        let last = of.close(done.len(), rows_before, rows_here, current, row_name)?;
        done.push(last);
        Ok(done)
    }
}

fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// `initiative`'s value of `field` as a cell of `column`: dates, levels and amounts as
/// typed cells, the rest as text.
fn register_cell(
    row: &mut impl Cells,
    column: usize,
    field: RegisterField,
    initiative: &Initiative,
    tr: &I18n,
) {
    match field {
        RegisterField::Id => row.integer(column, initiative.id),
        RegisterField::StartDate => {
            if let Some(date) = initiative.start_date {
                row.date(column, date);
            }
        }
        RegisterField::EndDate => {
            if let Some(date) = initiative.end_date {
                row.date(column, date);
            }
        }
        RegisterField::ReadinessLevel => {
            if let Some(level) = initiative.readiness_level {
                row.integer(column, i64::from(level));
            }
        }
        RegisterField::UseLevel => {
            if let Some(level) = initiative.use_level {
                row.integer(column, i64::from(level));
            }
        }
        RegisterField::Budget {
            category,
            year,
            actual,
        } => {
            if let Some(cents) = budget_cell(initiative, category, year, actual) {
                row.cents(column, cents);
            }
        }
        text_field => row.string(column, &field_text(initiative, text_field, tr)),
    }
}

/// The register: a row per initiative.
fn register_sheet<B: Book>(
    book: &B,
    portfolio: &Portfolio,
    language: Language,
    progress: &Progress,
) -> Result<B::Written> {
    let tr = I18n::new(language);
    let name = if language == Language::Dutch {
        "Initiatieven"
    } else {
        "Initiatives"
    };
    let fields = export_fields(portfolio);
    let headers: Vec<String> = fields.iter().map(|field| field.header(language)).collect();
    let rows = portfolio.initiatives.len();
    let mut sheet = book.start(1, name, &headers, rows, rows)?;
    for (index, initiative) in portfolio.initiatives.iter().enumerate() {
        if index.is_multiple_of(1024) {
            progress.check()?;
        }
        sheet.row(|row| {
            for (column, field) in fields.iter().enumerate() {
                register_cell(row, column, *field, initiative, &tr);
            }
        })?;
        progress.advance(1);
    }
    book.finish(sheet, name, &headers, rows, |row| {
        portfolio
            .initiatives
            .get((row as usize).saturating_sub(2))
            .map(|initiative| initiative.name.clone())
            .unwrap_or_default()
    })
}

/// The budget lines' rows: the initiatives' and the departments' baseline.
fn budget_rows(portfolio: &Portfolio) -> usize {
    portfolio
        .initiatives
        .iter()
        .map(|initiative| initiative.budget_lines.len())
        .sum::<usize>()
        + portfolio.baseline.len()
}

/// The phase history's rows: a row per phase decision.
fn history_rows(portfolio: &Portfolio) -> usize {
    portfolio
        .initiatives
        .iter()
        .map(|initiative| initiative.phase_history.len())
        .sum()
}

/// Budget lines: the initiatives' and the departments' baseline, from sheet
/// `first_number` on, as many sheets as they need.
fn budget_sheets<B: Book>(
    book: &B,
    portfolio: &Portfolio,
    tr: &I18n,
    progress: &Progress,
    first_number: usize,
    rows_per_sheet: usize,
) -> Result<Vec<B::Written>> {
    let dutch = tr.language() == Language::Dutch;
    let name = if dutch {
        "Begrotingsregels"
    } else {
        "Budget lines"
    };
    let headers = headers(if dutch {
        &[
            "Id",
            "Initiatief",
            "Afdeling",
            "Jaar",
            "Soort budget",
            "Begroot",
            "Besteed",
            "Omschrijving",
        ]
    } else {
        &[
            "Id",
            "Initiative",
            "Department",
            "Year",
            "Category",
            "Planned",
            "Spent",
            "Description",
        ]
    });
    let lines = || {
        portfolio
            .initiatives
            .iter()
            .flat_map(|initiative| {
                initiative.budget_lines.iter().map(move |line| {
                    (
                        Some(initiative.id),
                        initiative.name.as_str(),
                        initiative.department.as_deref().unwrap_or_default(),
                        line,
                    )
                })
            })
            .chain(
                portfolio
                    .baseline
                    .iter()
                    .map(|baseline| (None, "", baseline.department.as_str(), &baseline.line)),
            )
    };
    let categories: Vec<String> = BudgetCategory::ALL
        .iter()
        .map(|category| tr.name("category", category.id()))
        .collect();
    let row_name = |index: usize| {
        lines()
            .nth(index)
            .map(|(_, initiative, department, _)| {
                if initiative.is_empty() {
                    department.to_string()
                } else {
                    initiative.to_string()
                }
            })
            .unwrap_or_default()
    };
    let rows = budget_rows(portfolio);
    let of = SeriesOf {
        book,
        name,
        headers: &headers,
    };
    let mut series = Series::new(of, first_number, rows, rows_per_sheet)?;
    for (index, (id, initiative, department, line)) in lines().enumerate() {
        if index.is_multiple_of(1024) {
            progress.check()?;
        }
        series.row(&row_name, |row| {
            if let Some(id) = id {
                row.integer(0, id);
            }
            row.string(1, initiative);
            row.string(2, department);
            row.integer(3, i64::from(line.year));
            row.string(4, &categories[line.category.index()]);
            row.cents(5, line.planned_cents);
            if let Some(actual) = line.actual_cents {
                row.cents(6, actual);
            }
            row.string(7, &line.description);
        })?;
        progress.advance(1);
    }
    series.finish(&row_name)
}

/// Phase history: a row per phase decision, from sheet `first_number` on, as many sheets
/// as they need.
fn history_sheets<B: Book>(
    book: &B,
    portfolio: &Portfolio,
    tr: &I18n,
    progress: &Progress,
    first_number: usize,
    rows_per_sheet: usize,
) -> Result<Vec<B::Written>> {
    let dutch = tr.language() == Language::Dutch;
    let name = if dutch {
        "Fasebesluiten"
    } else {
        "Phase history"
    };
    let headers = headers(if dutch {
        &[
            "Id",
            "Initiatief",
            "Datum",
            "Van",
            "Naar",
            "Besluit",
            "Besloten door",
            "Onderbouwing",
            "Voorwaarden",
        ]
    } else {
        &[
            "Id",
            "Initiative",
            "Date",
            "From",
            "To",
            "Decision",
            "Decided by",
            "Rationale",
            "Conditions",
        ]
    });
    let changes = || {
        portfolio.initiatives.iter().flat_map(|initiative| {
            initiative
                .phase_history
                .iter()
                .map(move |change| (initiative, change))
        })
    };
    let phases: Vec<String> = Phase::ALL
        .iter()
        .map(|phase| tr.name("phase", phase.id()))
        .collect();
    let decisions: Vec<String> = GateDecision::ALL
        .iter()
        .map(|decision| tr.name("decision", decision.id()))
        .collect();
    let row_name = |index: usize| {
        changes()
            .nth(index)
            .map(|(initiative, _)| initiative.name.clone())
            .unwrap_or_default()
    };
    let rows = history_rows(portfolio);
    let of = SeriesOf {
        book,
        name,
        headers: &headers,
    };
    let mut series = Series::new(of, first_number, rows, rows_per_sheet)?;
    for (index, (initiative, change)) in changes().enumerate() {
        if index.is_multiple_of(1024) {
            progress.check()?;
        }
        series.row(&row_name, |row| {
            row.integer(0, initiative.id);
            row.string(1, &initiative.name);
            row.date(2, change.decided_on);
            if let Some(from) = change.from_phase {
                row.string(3, &phases[from.index()]);
            }
            row.string(4, &phases[change.to_phase.index()]);
            row.string(5, &decisions[change.decision.index()]);
            row.string(6, &change.decider);
            row.string(7, &change.rationale);
            row.string(8, &change.conditions);
        })?;
        progress.advance(1);
    }
    series.finish(&row_name)
}

/// The figures: budget per year with the share, per phase and per quadrant.
fn figures_sheet<B: Book>(
    book: &B,
    summary: &Summary,
    tr: &I18n,
    number: usize,
) -> Result<B::Written> {
    let dutch = tr.language() == Language::Dutch;
    let name = if dutch { "Kengetallen" } else { "Figures" };
    let headers = headers(if dutch {
        &[
            "Jaar",
            "Beheer begroot",
            "Innovatie begroot",
            "Innovatieaandeel",
            "Doel",
            "Beheer besteed",
            "Innovatie besteed",
        ]
    } else {
        &[
            "Year",
            "Operation planned",
            "Innovation planned",
            "Innovation share",
            "Target",
            "Operation spent",
            "Innovation spent",
        ]
    });
    let groups = [
        (
            if dutch { "Fase" } else { "Phase" },
            Phase::ALL
                .iter()
                .map(|phase| {
                    (
                        tr.name("phase", phase.id()),
                        summary.by_phase.get(phase.id()),
                    )
                })
                .collect::<Vec<_>>(),
        ),
        (
            if dutch { "Kwadrant" } else { "Quadrant" },
            Quadrant::ALL
                .iter()
                .map(|quadrant| {
                    (
                        tr.name("quadrant", quadrant.id()),
                        summary.by_quadrant.get(quadrant.id()),
                    )
                })
                .collect::<Vec<_>>(),
        ),
    ];
    // Below the years, after two empty rows: each group's header and its rows, an empty
    // row after each.
    let years = summary.budget.len();
    let rows = years
        + 2
        + groups
            .iter()
            .map(|(_, entries)| 1 + entries.len() + 1)
            .sum::<usize>();
    let mut sheet = book.start(number, name, &headers, rows, years)?;
    for year in &summary.budget {
        sheet.row(|row| {
            row.integer(0, i64::from(year.year));
            row.cents(1, year.operation_cents);
            row.cents(2, year.innovation_cents);
            if let Some(share) = year.innovation_share {
                row.percent(3, share);
            }
            row.percent(4, summary.target_innovation_share);
            row.cents(5, year.operation_actual_cents);
            row.cents(6, year.innovation_actual_cents);
        })?;
    }
    sheet.skip_row()?;
    sheet.skip_row()?;
    for (title, entries) in groups {
        sheet.row(|row| {
            row.header(0, title);
            row.header(1, if dutch { "Aantal" } else { "Count" });
            row.header(
                2,
                if dutch {
                    "Innovatiebudget"
                } else {
                    "Innovation budget"
                },
            );
        })?;
        for (name, entry) in entries {
            let entry = entry.copied().unwrap_or_default();
            sheet.row(|row| {
                row.string(0, &name);
                row.integer(1, i64::try_from(entry.count).unwrap_or(i64::MAX));
                row.cents(2, entry.innovation_cents);
            })?;
        }
        sheet.skip_row()?;
    }
    book.finish(sheet, name, &headers, years, |_| String::new())
}

/// The spreadsheet formats of the workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spreadsheet {
    /// Office Open XML, as Excel saves it.
    Xlsx,
    /// OpenDocument, as LibreOffice saves it.
    Ods,
}

/// The workbook, its parts compressed, ready to be written.
pub struct Workbook {
    parts: Vec<Part>,
}

impl Workbook {
    /// Write the file (a zip of the parts) to `out`.
    pub fn write_to(&self, out: &mut dyn Write) -> std::io::Result<()> {
        package::write_zip(&self.parts, out)
    }
}

/// Make the workbook of `portfolio` in `format`. The register is one sheet (the import
/// reads it back; more initiatives than a sheet's rows are refused); the budget lines and
/// the phase history go on as many sheets as they need.
pub fn workbook(
    portfolio: &Portfolio,
    summary: &Summary,
    language: Language,
    format: Spreadsheet,
    progress: &Progress,
) -> Result<Workbook> {
    workbook_with(portfolio, summary, language, format, progress, MAX_ROWS - 1)
}

/// [`workbook`] with at most `rows_per_sheet` rows below each sheet's header.
fn workbook_with(
    portfolio: &Portfolio,
    summary: &Summary,
    language: Language,
    format: Spreadsheet,
    progress: &Progress,
    rows_per_sheet: usize,
) -> Result<Workbook> {
    let parts = match format {
        Spreadsheet::Xlsx => {
            let book = xlsx::XlsxBook;
            xlsx::package(sheets(
                &book,
                portfolio,
                summary,
                language,
                progress,
                rows_per_sheet,
            )?)?
        }
        Spreadsheet::Ods => {
            let book = ods::OdsBook;
            ods::package(sheets(
                &book,
                portfolio,
                summary,
                language,
                progress,
                rows_per_sheet,
            )?)?
        }
    };
    Ok(Workbook { parts })
}

/// The rows of the import template's register sheet below its header: the example, then
/// empty rows whose lists of choices are ready to use.
const TEMPLATE_ROWS: usize = 500;

/// The import template as a workbook in `format`: the register's columns with an example
/// row, a list of choices on the kind, quadrant and phase columns (the names the import
/// knows, in `language`), and a sheet that lists those choices.
pub fn template(language: Language, format: Spreadsheet) -> Result<Workbook> {
    let parts = match format {
        Spreadsheet::Xlsx => xlsx::package(template_sheets(&xlsx::XlsxBook, language)?)?,
        Spreadsheet::Ods => ods::package(template_sheets(&ods::OdsBook, language)?)?,
    };
    Ok(Workbook { parts })
}

fn template_sheets<B: Book>(book: &B, language: Language) -> Result<Vec<B::Written>> {
    let tr = I18n::new(language);
    let dutch = language == Language::Dutch;
    let example = super::register::template_example(language);
    let headers: Vec<String> = example
        .fields
        .iter()
        .map(|field| field.header(language))
        .collect();
    let lists: Vec<(RegisterField, Vec<String>)> = vec![
        (
            RegisterField::Kind,
            Kind::ALL
                .iter()
                .map(|kind| tr.name("kind", kind.id()))
                .collect(),
        ),
        (
            RegisterField::Quadrant,
            Quadrant::ALL
                .iter()
                .map(|quadrant| tr.name("quadrant", quadrant.id()))
                .collect(),
        ),
        (
            RegisterField::Phase,
            Phase::ALL
                .iter()
                .map(|phase| tr.name("phase", phase.id()))
                .collect(),
        ),
    ];
    let message = Choices {
        title: tr.t("template-choices-title").to_string(),
        message: tr.t("template-choices-message").to_string(),
    };
    let name = if dutch { "Initiatieven" } else { "Initiatives" };
    let mut sheet = book.start(1, name, &headers, TEMPLATE_ROWS, TEMPLATE_ROWS)?;
    for (field, choices) in &lists {
        if let Some(column) = example.fields.iter().position(|own| own == field) {
            sheet.choices(column, choices, &message);
        }
    }
    for initiative in &example.initiatives {
        sheet.row(|row| {
            for (column, field) in example.fields.iter().enumerate() {
                register_cell(row, column, example.value_field(*field), initiative, &tr);
            }
        })?;
    }
    for _ in example.initiatives.len()..TEMPLATE_ROWS {
        sheet.skip_row()?;
    }
    let register = book.finish(sheet, name, &headers, TEMPLATE_ROWS, |_| String::new())?;

    let name = if dutch { "Keuzelijsten" } else { "Choices" };
    let headers: Vec<String> = lists
        .iter()
        .map(|(field, _)| field.header(language))
        .collect();
    let rows = lists
        .iter()
        .map(|(_, choices)| choices.len())
        .max()
        .unwrap_or(0);
    let mut sheet = book.start(2, name, &headers, rows, rows)?;
    for index in 0..rows {
        sheet.row(|row| {
            for (column, (_, choices)) in lists.iter().enumerate() {
                if let Some(choice) = choices.get(index) {
                    row.string(column, choice);
                }
            }
        })?;
    }
    let choices = book.finish(sheet, name, &headers, rows, |_| String::new())?;
    Ok(vec![register, choices])
}

/// The workbook's sheets in order, closed: the register, then the budget lines, the
/// phase history and the figures.
fn sheets<B: Book>(
    book: &B,
    portfolio: &Portfolio,
    summary: &Summary,
    language: Language,
    progress: &Progress,
    rows_per_sheet: usize,
) -> Result<Vec<B::Written>> {
    let total_lines: usize = portfolio
        .initiatives
        .iter()
        .map(|initiative| 1 + initiative.budget_lines.len() + initiative.phase_history.len())
        .sum();
    progress.set_total(total_lines.max(1));
    let tr = I18n::new(language);
    // Sheet 1 the register, then the budget lines, the phase history and the figures.
    let budget_first = 2;
    let history_first = budget_first + sheets_for(budget_rows(portfolio), rows_per_sheet);
    let figures = history_first + sheets_for(history_rows(portfolio), rows_per_sheet);
    let others = || -> Result<Vec<B::Written>> {
        let mut sheets =
            budget_sheets(book, portfolio, &tr, progress, budget_first, rows_per_sheet)?;
        sheets.extend(history_sheets(
            book,
            portfolio,
            &tr,
            progress,
            history_first,
            rows_per_sheet,
        )?);
        sheets.push(figures_sheet(book, summary, &tr, figures)?);
        Ok(sheets)
    };
    // The register on its own thread, the other sheets on this one (if the thread cannot
    // start, all on this one).
    let (register, others) = std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("proeftuin-xlsx".into())
            .spawn_scoped(scope, || {
                register_sheet(book, portfolio, language, progress)
            });
        match spawned {
            Ok(handle) => {
                let others = others();
                let register = handle.join().unwrap_or_else(|_| {
                    Err(ExchangeError::Other(
                        Message::new("export-xlsx-failed").with("detail", "the thread stopped"),
                    ))
                });
                (register, others)
            }
            Err(_) => (
                register_sheet(book, portfolio, language, progress),
                others(),
            ),
        }
    });
    let mut sheets = vec![register?];
    sheets.extend(others?);
    Ok(sheets)
}

#[cfg(test)]
mod tests {
    use calamine::{Data, Reader};

    use super::*;

    /// A cell as text, a date as `yyyy-mm-dd` whichever way the format keeps it.
    fn cell_text(cell: &Data) -> String {
        match cell {
            Data::DateTime(date) => {
                let (year, month, day, ..) = date.to_ymd_hms_milli();
                format!("{year:04}-{month:02}-{day:02}")
            }
            Data::DateTimeIso(date) => date.clone(),
            other => other.to_string(),
        }
    }

    /// Each sheet of the workbook: its name and its rows as text (read by calamine, which
    /// tells the format by the content).
    fn sheets_of(workbook: &Workbook) -> Vec<(String, Vec<Vec<String>>)> {
        let mut bytes = Vec::new();
        workbook.write_to(&mut bytes).expect("write");
        let mut book =
            calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("open");
        book.sheet_names()
            .into_iter()
            .map(|name| {
                let range = book.worksheet_range(&name).expect("sheet");
                let rows = range
                    .rows()
                    .map(|row| row.iter().map(cell_text).collect())
                    .collect();
                (name, rows)
            })
            .collect()
    }

    fn demo_workbook(
        format: Spreadsheet,
        rows_per_sheet: usize,
    ) -> Vec<(String, Vec<Vec<String>>)> {
        let portfolio = crate::demo::demo_portfolio();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let summary = crate::figures::summarize(&portfolio, today, 2026);
        sheets_of(
            &workbook_with(
                &portfolio,
                &summary,
                Language::Dutch,
                format,
                &Progress::new(),
                rows_per_sheet,
            )
            .expect("workbook"),
        )
    }

    #[test]
    fn xlsx_and_ods_hold_the_same_cells() {
        let xlsx = demo_workbook(Spreadsheet::Xlsx, MAX_ROWS - 1);
        let ods = demo_workbook(Spreadsheet::Ods, MAX_ROWS - 1);
        assert_eq!(xlsx.len(), 4);
        for ((xlsx_name, xlsx_rows), (ods_name, ods_rows)) in xlsx.iter().zip(&ods) {
            assert_eq!(xlsx_name, ods_name);
            assert!(xlsx_rows.len() > 8, "{xlsx_name}: {} rows", xlsx_rows.len());
            // calamine gives an ODS row up to its last cell, an XLSX row up to the
            // sheet's last column: compare the cells both have, then that the rest is empty.
            assert_eq!(xlsx_rows.len(), ods_rows.len(), "{xlsx_name}");
            for (index, (xlsx_row, ods_row)) in xlsx_rows.iter().zip(ods_rows).enumerate() {
                let width = xlsx_row.len().max(ods_row.len());
                let padded = |row: &Vec<String>| {
                    let mut row = row.clone();
                    row.resize(width, String::new());
                    row
                };
                assert_eq!(
                    padded(xlsx_row),
                    padded(ods_row),
                    "{xlsx_name}, row {}",
                    index + 1
                );
            }
        }
        assert_eq!(xlsx, ods);
    }

    /// A part of a workbook, unpacked.
    fn part(workbook: &Workbook, name: &str) -> String {
        let mut bytes = Vec::new();
        workbook.write_to(&mut bytes).expect("write");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).expect(name), &mut text)
            .expect("read");
        text
    }

    #[test]
    fn the_template_offers_the_known_names_as_lists_of_choices() {
        let phases = "Idee,Voorbereiding,Pilot loopt,Evaluatie,Opschaling,Geborgd,Gestopt";
        let xlsx = template(Language::Dutch, Spreadsheet::Xlsx).expect("xlsx");
        let sheet = part(&xlsx, "xl/worksheets/sheet1.xml");
        for (column, list) in [
            ("B", "Pilot,Living lab,Experiment"),
            (
                "E",
                "Digitale overheid,E-governance,Slimme overheid,Slimme samenleving",
            ),
            ("F", phases),
        ] {
            assert!(
                sheet.contains(&format!(
                    "sqref=\"{column}2:{column}{}\"><formula1>\"{list}\"</formula1>",
                    TEMPLATE_ROWS + 1
                )),
                "{column}: {sheet}"
            );
        }
        assert_eq!(sheet.matches("errorStyle=\"warning\"").count(), 3);

        let ods = template(Language::English, Spreadsheet::Ods).expect("ods");
        let content = part(&ods, "content.xml");
        assert!(content.contains("xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""));
        assert!(content.contains(
            "table:condition=\"of:cell-content-is-in-list(&quot;Idea&quot;;&quot;Preparation&quot;;"
        ));
        assert!(content.contains("table:base-cell-address=\"'Initiatives'.F2\""));
        // Every row below the header carries the three lists, filled or empty.
        for column in [2, 5, 6] {
            assert_eq!(
                content
                    .matches(&format!(
                        "table:content-validation-name=\"choices1-{column}\""
                    ))
                    .count(),
                TEMPLATE_ROWS,
                "column {column}"
            );
        }
        assert!(
            !content.contains("choices2-"),
            "the lists' own sheet has none"
        );

        // The second sheet lists the choices, read by another reader.
        let sheets = sheets_of(&ods);
        assert_eq!(sheets[1].0, "Choices");
        assert_eq!(sheets[1].1[0], ["Kind", "Quadrant", "Phase"]);
        assert_eq!(sheets[1].1.len(), 1 + 7, "the header and the seven phases");
        assert_eq!(sheets[1].1[3][2], "Pilot running");
    }

    #[test]
    fn rows_beyond_a_sheet_go_on_in_numbered_sheets_with_the_header() {
        for format in [Spreadsheet::Xlsx, Spreadsheet::Ods] {
            rows_beyond_a_sheet_go_on_in(format);
        }
    }

    fn rows_beyond_a_sheet_go_on_in(format: Spreadsheet) {
        let make = |rows_per_sheet| demo_workbook(format, rows_per_sheet);
        let whole = make(MAX_ROWS - 1);
        let names: Vec<&str> = whole.iter().map(|(name, _)| name.as_str()).collect();
        assert_eq!(
            names,
            [
                "Initiatieven",
                "Begrotingsregels",
                "Fasebesluiten",
                "Kengetallen"
            ]
        );
        let budget_rows = whole[1].1.len() - 1;
        let history_rows = whole[2].1.len() - 1;
        assert!(
            budget_rows > 40 && history_rows > 40,
            "{budget_rows} {history_rows}"
        );

        let per_sheet = 20;
        let split = make(per_sheet);
        let budget_sheets = budget_rows.div_ceil(per_sheet);
        let history_sheets = history_rows.div_ceil(per_sheet);
        assert_eq!(split.len(), 2 + budget_sheets + history_sheets);
        assert_eq!(split[0], whole[0], "the register stays one sheet");
        assert_eq!(split.last(), whole.last(), "the figures come last");
        for (series, first, count) in [
            (&whole[1], 1, budget_sheets),
            (&whole[2], 1 + budget_sheets, history_sheets),
        ] {
            let pieces = &split[first..first + count];
            let mut rows = Vec::new();
            for (index, (name, piece)) in pieces.iter().enumerate() {
                let expected = match index {
                    0 => series.0.clone(),
                    _ => format!("{} ({})", series.0, index + 1),
                };
                assert_eq!(name, &expected);
                assert_eq!(piece[0], series.1[0], "{name} has the header row");
                assert!(piece.len() - 1 <= per_sheet, "{name}: {} rows", piece.len());
                rows.extend(piece[1..].iter().cloned());
            }
            assert_eq!(
                rows,
                series.1[1..],
                "{}: every row once, in order",
                series.0
            );
        }
    }
}
