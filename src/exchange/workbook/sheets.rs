//! What goes in which sheet of the portfolio's workbook, for both formats: the register,
//! the budget lines, the phase history and the figures.

use crate::i18n::{I18n, Message};

use super::super::register::{RegisterField, budget_cell, export_fields, field_text};
use super::super::{ExchangeError, Progress, Result};
use super::{Book, Cells, Series, SeriesOf, Sheet, sheets_for};
use crate::domain::*;
use crate::figures::Summary;
use crate::format::Language;

fn headers(names: &[&str]) -> Vec<String> {
    names.iter().map(|name| name.to_string()).collect()
}

/// `initiative`'s value of `field` as a cell of `column`: dates, levels and amounts as
/// typed cells, the rest as text.
pub(super) fn register_cell(
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

/// The workbook's sheets in order, closed: the register, then the budget lines, the
/// phase history and the figures.
pub(super) fn sheets<B: Book>(
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
