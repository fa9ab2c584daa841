//! The XLSX workbook: the register (the same columns as the CSV, with real number,
//! currency and date cells), budget lines, phase history and the figures. Every sheet has
//! a frozen, bold header row and an autofilter. Text is always written as a string cell,
//! so `=HYPERLINK(…)` in a name stays text and never becomes a formula.
//!
//! The sheets are written and compressed on two threads: the register on
//! `proeftuin-xlsx`, the budget lines, the phase history and the figures on the caller's.

mod package;
mod sheet;

use std::io::Write;

use crate::i18n::{I18n, Message};

use super::register::{RegisterField, budget_cell, export_fields, field_text};
use super::{ExchangeError, Progress, Result};
use crate::domain::*;
use crate::figures::Summary;
use crate::format::Language;
use package::{Part, PartWriter, SheetEntry};
use sheet::{SheetWriter, Style};

/// A sheet written and compressed, with its entry in `workbook.xml`.
struct WrittenSheet {
    entry: SheetEntry,
    part: Part,
}

/// Start sheet `number` (1-based; the first is the one the workbook opens on) in a
/// compressed part.
fn start_sheet(
    number: usize,
    headers: &[String],
    rows: usize,
    filter_rows: usize,
) -> Result<SheetWriter<PartWriter>> {
    SheetWriter::new(
        PartWriter::new(format!("xl/worksheets/sheet{number}.xml")),
        headers,
        rows,
        filter_rows,
        number == 1,
    )
}

/// Close a sheet; a cell too long for a spreadsheet is an error that names the row and
/// column.
fn finish_sheet(
    sheet: SheetWriter<PartWriter>,
    name: &str,
    headers: &[String],
    filter_rows: usize,
    row_name: impl Fn(u32) -> String,
) -> Result<WrittenSheet> {
    if let Some(problem) = sheet.too_long() {
        return Err(ExchangeError::Other(
            Message::new("export-xlsx-cell-too-long")
                .with("sheet", name.to_string())
                .with("row", row_name(problem.row))
                .with(
                    "column",
                    headers.get(problem.column).cloned().unwrap_or_default(),
                )
                .with_number("max", sheet::MAX_CELL_CHARS),
        ));
    }
    let part = sheet.finish()?.finish()?;
    Ok(WrittenSheet {
        entry: SheetEntry {
            name: name.to_string(),
            filter_range: sheet::filter_range(name, headers.len(), filter_rows),
        },
        part,
    })
}

/// Rows that may not fit one worksheet, written over as many as they need: "Budget
/// lines", "Budget lines (2)", … each with the header row and its own filter.
struct Series<'a> {
    name: &'a str,
    headers: &'a [String],
    /// The number of the series' first sheet in the workbook.
    first_number: usize,
    /// Rows below the header in the whole series, and at most per sheet.
    total_rows: usize,
    rows_per_sheet: usize,
    current: SheetWriter<PartWriter>,
    /// Rows written to the sheets before the current one, and to the current one.
    rows_before: usize,
    rows_here: usize,
    done: Vec<WrittenSheet>,
}

/// How many sheets `rows` rows (below the header) take, at most `rows_per_sheet` each.
fn sheets_for(rows: usize, rows_per_sheet: usize) -> usize {
    rows.div_ceil(rows_per_sheet.max(1)).max(1)
}

impl<'a> Series<'a> {
    fn new(
        name: &'a str,
        headers: &'a [String],
        first_number: usize,
        total_rows: usize,
        rows_per_sheet: usize,
    ) -> Result<Self> {
        let rows_per_sheet = rows_per_sheet.max(1);
        let rows = total_rows.min(rows_per_sheet);
        Ok(Self {
            name,
            headers,
            first_number,
            total_rows,
            rows_per_sheet,
            current: start_sheet(first_number, headers, rows, rows)?,
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
        fill: impl FnOnce(&mut sheet::Row<'_>),
    ) -> Result<()> {
        if self.rows_here == self.rows_per_sheet {
            let rows_left = self
                .total_rows
                .saturating_sub(self.rows_before + self.rows_here);
            let rows = rows_left.min(self.rows_per_sheet);
            let number = self.first_number + self.done.len() + 1;
            let next = start_sheet(number, self.headers, rows, rows)?;
            let full = std::mem::replace(&mut self.current, next);
            let written = close_in_series(
                self.name,
                self.headers,
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
    fn finish(self, row_name: &impl Fn(usize) -> String) -> Result<Vec<WrittenSheet>> {
        let Self {
            name,
            headers,
            current,
            rows_before,
            rows_here,
            mut done,
            ..
        } = self;
        let last = close_in_series(
            name,
            headers,
            done.len(),
            rows_before,
            rows_here,
            current,
            row_name,
        )?;
        done.push(last);
        Ok(done)
    }
}

/// Close sheet `index` (0-based) of a series: the first has the series' name, the next
/// ones "name (2)", "name (3)", … `rows_before`: the series' rows on the sheets before it.
fn close_in_series(
    name: &str,
    headers: &[String],
    index: usize,
    rows_before: usize,
    rows: usize,
    sheet: SheetWriter<PartWriter>,
    row_name: &impl Fn(usize) -> String,
) -> Result<WrittenSheet> {
    let name = match index {
        0 => name.to_string(),
        _ => format!("{name} ({})", index + 1),
    };
    finish_sheet(sheet, &name, headers, rows, |row| {
        row_name(rows_before + (row as usize).saturating_sub(2))
    })
}

fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// The register: a row per initiative.
fn register_sheet(
    portfolio: &Portfolio,
    language: Language,
    progress: &Progress,
) -> Result<WrittenSheet> {
    let tr = I18n::new(language);
    let name = if language == Language::Dutch {
        "Initiatieven"
    } else {
        "Initiatives"
    };
    let fields = export_fields(portfolio);
    let headers: Vec<String> = fields.iter().map(|field| field.header(language)).collect();
    let rows = portfolio.initiatives.len();
    let mut sheet = start_sheet(1, &headers, rows, rows)?;
    for (index, initiative) in portfolio.initiatives.iter().enumerate() {
        if index.is_multiple_of(1024) {
            progress.check()?;
        }
        sheet.row(|row| {
            for (column, field) in fields.iter().enumerate() {
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
                        if let Some(cents) = budget_cell(initiative, *category, *year, *actual) {
                            row.cents(column, cents);
                        }
                    }
                    text_field => row.string(column, &field_text(initiative, *text_field, &tr)),
                }
            }
        })?;
        progress.advance(1);
    }
    finish_sheet(sheet, name, &headers, rows, |row| {
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
fn budget_sheets(
    portfolio: &Portfolio,
    tr: &I18n,
    progress: &Progress,
    first_number: usize,
    rows_per_sheet: usize,
) -> Result<Vec<WrittenSheet>> {
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
    let mut series = Series::new(name, &headers, first_number, rows, rows_per_sheet)?;
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
fn history_sheets(
    portfolio: &Portfolio,
    tr: &I18n,
    progress: &Progress,
    first_number: usize,
    rows_per_sheet: usize,
) -> Result<Vec<WrittenSheet>> {
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
    let mut series = Series::new(name, &headers, first_number, rows, rows_per_sheet)?;
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
fn figures_sheet(summary: &Summary, tr: &I18n, number: usize) -> Result<WrittenSheet> {
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
    let mut sheet = start_sheet(number, &headers, rows, years)?;
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
            row.string_styled(0, title, Style::Header);
            row.string_styled(1, if dutch { "Aantal" } else { "Count" }, Style::Header);
            row.string_styled(
                2,
                if dutch {
                    "Innovatiebudget"
                } else {
                    "Innovation budget"
                },
                Style::Header,
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
    finish_sheet(sheet, name, &headers, years, |_| String::new())
}

/// The workbook, its parts compressed, ready to be written.
pub struct Workbook {
    parts: Vec<Part>,
}

impl Workbook {
    /// Write the XLSX file (a zip of the parts) to `out`.
    pub fn write_to(&self, out: &mut dyn Write) -> std::io::Result<()> {
        package::write_zip(&self.parts, out)
    }
}

/// Make the workbook of `portfolio`. The register is one sheet (the import reads it back;
/// more initiatives than a sheet's rows are refused); the budget lines and the phase
/// history go on as many sheets as they need.
pub fn workbook(
    portfolio: &Portfolio,
    summary: &Summary,
    language: Language,
    progress: &Progress,
) -> Result<Workbook> {
    workbook_with(portfolio, summary, language, progress, sheet::MAX_ROWS - 1)
}

/// [`workbook`] with at most `rows_per_sheet` rows below each sheet's header.
fn workbook_with(
    portfolio: &Portfolio,
    summary: &Summary,
    language: Language,
    progress: &Progress,
    rows_per_sheet: usize,
) -> Result<Workbook> {
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
    let others = || -> Result<Vec<WrittenSheet>> {
        let mut sheets = budget_sheets(portfolio, &tr, progress, budget_first, rows_per_sheet)?;
        sheets.extend(history_sheets(
            portfolio,
            &tr,
            progress,
            history_first,
            rows_per_sheet,
        )?);
        sheets.push(figures_sheet(summary, &tr, figures)?);
        Ok(sheets)
    };
    // The register on its own thread, the other sheets on this one (if the thread cannot
    // start, all on this one).
    let (register, others) = std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("proeftuin-xlsx".into())
            .spawn_scoped(scope, || register_sheet(portfolio, language, progress));
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
            Err(_) => (register_sheet(portfolio, language, progress), others()),
        }
    });
    let mut sheets = vec![register?];
    sheets.extend(others?);
    let entries: Vec<SheetEntry> = sheets.iter().map(|sheet| sheet.entry.clone()).collect();
    let mut parts = package::workbook_parts(&entries)?;
    parts.extend(sheets.into_iter().map(|sheet| sheet.part));
    Ok(Workbook { parts })
}

#[cfg(test)]
mod tests {
    use calamine::{Data, Reader, Xlsx};

    use super::*;

    /// Each sheet of the workbook: its name and its rows as text.
    fn sheets(workbook: &Workbook) -> Vec<(String, Vec<Vec<String>>)> {
        let mut bytes = Vec::new();
        workbook.write_to(&mut bytes).expect("write");
        let mut xlsx = Xlsx::new(std::io::Cursor::new(bytes)).expect("open");
        xlsx.sheet_names()
            .into_iter()
            .map(|name| {
                let range = xlsx.worksheet_range(&name).expect("sheet");
                let rows = range
                    .rows()
                    .map(|row| row.iter().map(Data::to_string).collect())
                    .collect();
                (name, rows)
            })
            .collect()
    }

    #[test]
    fn rows_beyond_a_sheet_go_on_in_numbered_sheets_with_the_header() {
        let portfolio = crate::demo::demo_portfolio();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let summary = crate::figures::summarize(&portfolio, today, 2026);
        let make = |rows_per_sheet| {
            sheets(
                &workbook_with(
                    &portfolio,
                    &summary,
                    Language::Dutch,
                    &Progress::new(),
                    rows_per_sheet,
                )
                .expect("workbook"),
            )
        };
        let whole = make(sheet::MAX_ROWS - 1);
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
