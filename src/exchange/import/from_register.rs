//! Previewing a register (CSV or XLSX) against the open portfolio: matching rows to initiatives, booking amounts, and the problems and notes.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::*;
use crate::domain::*;
use crate::exchange::register::{self, ImportProblem, Reason, Record};

/// The key an initiative is matched on when the file gives no known id.
pub(super) fn match_key(name: &str, department: Option<&str>) -> (String, String) {
    (
        name.trim().to_lowercase(),
        department.unwrap_or_default().trim().to_lowercase(),
    )
}

/// The open portfolio's initiatives by id and by (name, department), for matching.
#[allow(clippy::type_complexity)]
pub(super) fn indexes(
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
    check(before.stop_reason != after.stop_reason, "stop reason");
    check(
        before.lessons_learned != after.lessons_learned,
        "lessons learned",
    );
    check(before.notes != after.notes, "notes");
    check(
        before.algorithm_register_url != after.algorithm_register_url,
        "algorithm register",
    );
    check(
        before.partners != after.partners
            || before.risks != after.risks
            || before.characteristics != after.characteristics
            || before.phase_since != after.phase_since,
        "other fields",
    );
    fields
}

/// Set a planned or spent amount of one year and category.
pub(super) fn book(
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

/// The file's column and the value a problem of the whole initiative (after the row was
/// merged into it) is about: the column's header as the file has it, and the value as
/// the initiative would have held it.
fn problem_cell(
    field: Field,
    after: &Initiative,
    headers: &[String],
    mapping: &register::Mapping,
) -> (String, String) {
    let header_of = |wanted: &dyn Fn(RegisterField) -> bool| {
        headers
            .iter()
            .zip(&mapping.columns)
            .find(|(_, mapped)| mapped.is_some_and(wanted))
            .map(|(header, _)| header.clone())
    };
    let level = |level: Option<u8>| level.map(|level| level.to_string()).unwrap_or_default();
    let (column, value) = match field {
        Field::EndDate => (
            header_of(&|mapped| mapped == RegisterField::EndDate),
            after
                .end_date
                .map(|date| date.to_string())
                .unwrap_or_default(),
        ),
        Field::ReadinessLevel => (
            header_of(&|mapped| mapped == RegisterField::ReadinessLevel),
            level(after.readiness_level),
        ),
        Field::UseLevel => (
            header_of(&|mapped| mapped == RegisterField::UseLevel),
            level(after.use_level),
        ),
        Field::BudgetLine(index) => match after.budget_lines.get(index) {
            Some(line) => (
                header_of(&|mapped| {
                    matches!(mapped, RegisterField::Budget { category, year, .. }
                        if category == line.category && year.is_none_or(|year| year == line.year))
                }),
                {
                    let money =
                        |cents| crate::format::money(cents, crate::format::Language::English);
                    match line.actual_cents {
                        Some(actual) => format!(
                            "{}: {} / {}",
                            line.year,
                            money(line.planned_cents),
                            money(actual)
                        ),
                        None => format!("{}: {}", line.year, money(line.planned_cents)),
                    }
                },
            ),
            None => (None, after.name.clone()),
        },
        Field::AlgorithmRegisterUrl => (
            header_of(&|mapped| mapped == RegisterField::AlgorithmRegister),
            after.algorithm_register_url.clone(),
        ),
        Field::Name | Field::HealthReport(_) | Field::Partner(_) => (None, after.name.clone()),
    };
    let column = column
        .or_else(|| header_of(&|mapped| mapped == RegisterField::Name))
        .unwrap_or_else(|| "Naam / Name".into());
    (column, value)
}

pub(super) fn preview_register(
    portfolio: &Portfolio,
    records: Vec<Record>,
    mut problems: Vec<ImportProblem>,
    headers: &[String],
    mapping: &register::Mapping,
    ids_by_hand: bool,
    today: NaiveDate,
) -> Preview {
    let mut preview = Preview::default();
    let (records, year_rows) = merge_year_rows(records);
    if year_rows.initiatives > 0 {
        let column = headers
            .iter()
            .zip(&mapping.columns)
            .find(|(_, field)| **field == Some(RegisterField::Year))
            .map(|(header, _)| header.clone())
            .unwrap_or_default();
        preview.notes.push(
            Reason::new("note-year-rows")
                .with("rows", rows_text(&year_rows.rows))
                .with("column", column)
                .with_number("count", year_rows.initiatives),
        );
    }
    // A row that has a problem already is not reported a second time for the initiative
    // it would make.
    let rows_with_problems: std::collections::HashSet<usize> =
        problems.iter().map(|problem| problem.row).collect();
    // Rows whose quadrant is a text Proeftuin does not know: one was given.
    let unknown_quadrant: std::collections::HashSet<usize> = problems
        .iter()
        .filter(|problem| problem.reason.key == "reason-unknown-quadrant")
        .map(|problem| problem.row)
        .collect();
    let (by_id, by_key) = indexes(portfolio);
    let renamed = renamed_by_id(portfolio, &records, &by_id);
    let id_matches = records
        .iter()
        .filter(|record| record.id.is_some_and(|id| by_id.contains_key(&id)))
        .count();
    // Most rows with a known id naming another initiative: the column is the file's own
    // numbering (`Nr.`, a SharePoint list's `ID`), not Proeftuin's ids. Matching on it
    // would overwrite unrelated initiatives, so nothing is written until the column is
    // mapped: as "ignore" (matched by name) or as id by hand (renamed after all).
    let by_id = if !ids_by_hand && renamed.len() >= 2 && renamed.len() * 2 > id_matches {
        let (row, id, existing) = &renamed[0];
        let column = mapping
            .columns
            .iter()
            .position(|field| *field == Some(RegisterField::Id))
            .and_then(|index| headers.get(index))
            .cloned()
            .unwrap_or_default();
        problems.push(ImportProblem {
            row: *row,
            column: column.clone(),
            value: id.to_string(),
            reason: register::Reason::new("reason-foreign-ids")
                .with_number("count", renamed.len())
                .with_number("total", id_matches)
                .with_number("id", *id)
                .with("existing", existing.clone())
                .with("column", column),
        });
        HashMap::new()
    } else {
        if !renamed.is_empty() {
            let rows: Vec<usize> = renamed.iter().map(|(row, ..)| *row).collect();
            preview.notes.push(
                Reason::new("note-renamed-by-id")
                    .with_number("count", rows.len())
                    .with("rows", rows_text(&rows)),
            );
        }
        by_id
    };
    let mut seen: HashMap<(String, String), usize> = HashMap::new();
    let mut totals_rows = Vec::new();
    // Departments and themes as the portfolio spells them (case and spaces aside).
    let mut departments = Spellings::new(portfolio.departments.iter().map(|d| d.name.as_str()));
    let mut themes = Spellings::new(portfolio.themes.iter().map(String::as_str));
    // Rows with a "no amount" or "no date" text, and the texts (each once).
    let mut placeholder_rows = Vec::new();
    let mut placeholder_texts: Vec<String> = Vec::new();
    let mut booked_in_start_year = Vec::new();
    let mut booked_this_year = Vec::new();
    let mut defaulted_quadrant = Vec::new();
    for record in &records {
        if record.name.is_empty() {
            continue; // already a problem
        }
        if is_totals_row(record) {
            totals_rows.push(record.row);
            continue;
        }
        if !record.placeholders.is_empty() {
            placeholder_rows.push(record.row);
            for text in &record.placeholders {
                if !placeholder_texts.contains(text) && placeholder_texts.len() < 8 {
                    placeholder_texts.push(text.clone());
                }
            }
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
            after.department = department
                .as_deref()
                .map(|name| departments.spelled(name, record.row));
        }
        if let Some(owner) = &record.owner {
            after.owner = owner.clone();
        }
        if let Some(contact) = &record.contact {
            after.contact = contact.clone();
        }
        match record.quadrant {
            Some(quadrant) => after.quadrant = quadrant,
            None if before.is_none() && !unknown_quadrant.contains(&record.row) => {
                defaulted_quadrant.push(record.row);
            }
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
        if let Some(given) = &record.themes {
            let mut spelled: Vec<std::sync::Arc<str>> = given
                .iter()
                .map(|theme| themes.spelled(theme, record.row))
                .collect();
            spelled.sort();
            spelled.dedup();
            after.themes = spelled.into_iter().collect();
        }
        for (given, field) in [
            (&record.description, &mut after.description),
            (&record.stop_reason, &mut after.stop_reason),
            (&record.lessons_learned, &mut after.lessons_learned),
            (&record.notes, &mut after.notes),
            (
                &record.algorithm_register_url,
                &mut after.algorithm_register_url,
            ),
        ] {
            if let Some(given) = given {
                field.clone_from(given);
            }
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
            if !rows_with_problems.contains(&record.row) {
                let (column, value) = problem_cell(*field, &after, headers, mapping);
                // In the words the register's own problems use, where it has them.
                let key = match problem {
                    Problem::EndBeforeStart => "reason-end-before-start",
                    Problem::LevelOutOfRange => "reason-level",
                    Problem::NegativeAmount => "reason-negative-amount",
                    Problem::NameRequired => "reason-name-required",
                    Problem::AmountTooLarge => "reason-amount-too-large",
                    other => other.key(),
                };
                problems.push(ImportProblem {
                    row: record.row,
                    column,
                    value,
                    reason: register::Reason::new(key),
                });
            }
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
        preview.notes.push(
            Reason::new("note-booked-start-year")
                .with_number("count", booked_in_start_year.len())
                .with("rows", rows),
        );
    }
    if !booked_this_year.is_empty() {
        let (year, rows) = (today.year(), rows_text(&booked_this_year));
        preview.notes.push(
            Reason::new("note-booked-this-year")
                .with_number("year", year)
                .with_number("count", booked_this_year.len())
                .with("rows", rows),
        );
    }
    if !placeholder_rows.is_empty() {
        let texts: Vec<String> = placeholder_texts
            .iter()
            .map(|text| format!("{text:?}"))
            .collect();
        preview.notes.push(
            Reason::new("note-placeholders")
                .with_number("count", placeholder_rows.len())
                .with("rows", rows_text(&placeholder_rows))
                .with("texts", texts.join(", ")),
        );
    }
    let mut respelled = departments.changed;
    respelled.extend(themes.changed);
    if !respelled.is_empty() {
        let mut rows: Vec<usize> = departments.rows;
        rows.extend(themes.rows);
        rows.sort_unstable();
        rows.dedup();
        let pairs: Vec<String> = respelled
            .iter()
            .take(8)
            .map(|(given, kept)| format!("{given:?} → {kept:?}"))
            .collect();
        preview.notes.push(
            Reason::new("note-respelled")
                .with_number("count", rows.len())
                .with("rows", rows_text(&rows))
                .with("pairs", pairs.join(", ")),
        );
    }
    if !totals_rows.is_empty() {
        preview.notes.push(
            Reason::new("note-totals-rows")
                .with_number("count", totals_rows.len())
                .with("rows", rows_text(&totals_rows)),
        );
    }
    if !defaulted_quadrant.is_empty() {
        let rows = rows_text(&defaulted_quadrant);
        preview.notes.push(
            Reason::new("note-default-quadrant")
                .with_number("count", defaulted_quadrant.len())
                .with("rows", rows),
        );
    }
    // A totals row is left out, and so is what its cells could not be read as (a
    // formula's error such as `#REF!` or `Err:510` in a sum nobody imports).
    problems.retain(|problem| !totals_rows.contains(&problem.row));
    problems.sort_by_key(|problem| problem.row);
    preview.unknown_values = UnknownValue::of(&problems);
    preview.problems = problems;
    preview.records = records;
    preview
}

/// Names (departments, themes) in the spelling first known: the portfolio's, else the
/// file's first. `Dienstverlening` and `dienstverlening ` are one department, not two.
/// Each is kept once and shared by the initiatives that name it.
struct Spellings {
    /// Folded (lower case, spaces as one) → as kept.
    known: HashMap<String, std::sync::Arc<str>>,
    /// The file's texts met so far → as kept (most rows repeat a few names).
    seen: HashMap<String, std::sync::Arc<str>>,
    /// (as the file wrote it, as kept), each once.
    changed: Vec<(String, String)>,
    /// The rows where a name was read in another spelling.
    rows: Vec<usize>,
}

impl Spellings {
    fn new<'a>(names: impl Iterator<Item = &'a str>) -> Self {
        let mut known = HashMap::new();
        for name in names {
            known.entry(Self::fold(name)).or_insert_with(|| name.into());
        }
        Self {
            known,
            seen: HashMap::new(),
            changed: Vec::new(),
            rows: Vec::new(),
        }
    }

    fn fold(name: &str) -> String {
        name.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    }

    /// `name` as it is kept; told when that is another spelling than the file's.
    fn spelled(&mut self, name: &str, row: usize) -> std::sync::Arc<str> {
        let name = name.trim();
        let kept = match self.seen.get(name) {
            Some(kept) => kept.clone(),
            None => {
                let kept = self
                    .known
                    .entry(Self::fold(name))
                    .or_insert_with(|| name.into())
                    .clone();
                if *kept != *name {
                    self.changed.push((name.to_owned(), kept.to_string()));
                }
                self.seen.insert(name.to_owned(), kept.clone());
                kept
            }
        };
        if *kept != *name && self.rows.last() != Some(&row) {
            self.rows.push(row);
        }
        kept
    }
}

/// The rows [`merge_year_rows`] took together: every one of them (in order), and how many
/// initiatives they made.
#[derive(Default)]
struct YearRows {
    rows: Vec<usize>,
    initiatives: usize,
}

/// A register with a row per initiative per year (a `Jaar` column, as a finance system
/// exports it): the rows of one initiative (by id, else by name and department) taken
/// together, each amount in its row's year, amounts of one year and kind added up. Where
/// the rows give a field different values, the latest year's row counts; an empty cell
/// never overwrites a filled one. Rows without a year stay as they are (two rows of one
/// initiative are then a problem, as in any register).
fn merge_year_rows(records: Vec<Record>) -> (Vec<Record>, YearRows) {
    #[derive(PartialEq, Eq, Hash)]
    enum Key {
        Id(i64),
        Named(String, String),
    }
    let mut merged: Vec<Record> = Vec::with_capacity(records.len());
    let mut at: HashMap<Key, usize> = HashMap::new();
    // The kept record of each group that took another row in, and the rows taken in.
    let mut groups: Vec<usize> = Vec::new();
    let mut taken = Vec::new();
    for record in records {
        let Some(year) = record.year.filter(|_| !record.name.is_empty()) else {
            merged.push(record);
            continue;
        };
        let key = match record.id {
            Some(id) => Key::Id(id),
            None => {
                let (name, department) =
                    match_key(&record.name, record.department.clone().flatten().as_deref());
                Key::Named(name, department)
            }
        };
        let Some(&index) = at.get(&key) else {
            at.insert(key, merged.len());
            merged.push(record);
            continue;
        };
        let kept = &mut merged[index];
        if !groups.contains(&index) {
            groups.push(index);
        }
        taken.push(record.row);
        let later = year >= kept.year.unwrap_or(i32::MIN);
        take_over(kept, record, later);
    }
    let mut rows = taken;
    for &index in &groups {
        let kept = &mut merged[index];
        rows.push(kept.row);
        // One amount per year, category and kind: the rows' amounts added up.
        let mut sums: Vec<(BudgetCategory, Option<i32>, bool, i64)> = Vec::new();
        for (category, year, actual, cents) in kept.budgets.drain(..) {
            match sums
                .iter_mut()
                .find(|sum| (sum.0, sum.1, sum.2) == (category, year, actual))
            {
                Some(sum) => sum.3 = sum.3.saturating_add(cents),
                None => sums.push((category, year, actual, cents)),
            }
        }
        kept.budgets = sums;
    }
    rows.sort_unstable();
    let initiatives = groups.len();
    (merged, YearRows { rows, initiatives })
}

/// Take row `next` of one initiative into `kept`: its amounts and placeholders, and each
/// field it gives where `kept` has none, or (when `next` is of a later year) a value.
fn take_over(kept: &mut Record, next: Record, later: bool) {
    fn pick<T>(kept: &mut Option<T>, next: Option<T>, later: bool, empty: fn(&T) -> bool) {
        let Some(next) = next else { return };
        if kept.as_ref().is_none_or(empty) || (later && !empty(&next)) {
            *kept = Some(next);
        }
    }
    fn never<T>(_: &T) -> bool {
        false
    }
    pick(&mut kept.id, next.id, later, never);
    pick(&mut kept.kind, next.kind, later, never);
    pick(
        &mut kept.department,
        next.department,
        later,
        Option::is_none,
    );
    pick(&mut kept.owner, next.owner, later, String::is_empty);
    pick(&mut kept.contact, next.contact, later, String::is_empty);
    pick(&mut kept.quadrant, next.quadrant, later, never);
    pick(&mut kept.phase, next.phase, later, never);
    pick(
        &mut kept.start_date,
        next.start_date,
        later,
        Option::is_none,
    );
    pick(&mut kept.end_date, next.end_date, later, Option::is_none);
    pick(&mut kept.themes, next.themes, later, Vec::is_empty);
    for (kept, next) in [
        (&mut kept.description, next.description),
        (&mut kept.stop_reason, next.stop_reason),
        (&mut kept.lessons_learned, next.lessons_learned),
        (&mut kept.notes, next.notes),
        (
            &mut kept.algorithm_register_url,
            next.algorithm_register_url,
        ),
    ] {
        pick(kept, next, later, String::is_empty);
    }
    pick(
        &mut kept.readiness_level,
        next.readiness_level,
        later,
        Option::is_none,
    );
    pick(&mut kept.use_level, next.use_level, later, Option::is_none);
    if later {
        kept.name = next.name;
        kept.year = next.year;
    }
    kept.budgets.extend(next.budgets);
    kept.placeholders.extend(next.placeholders);
}

/// A spreadsheet's totals row under the initiatives (`Totaal`, `Subtotaal ICT`, `Total:`):
/// named so, with amounts at most, and no id, kind, phase, quadrant, department, owner,
/// dates or themes. Imported, it would count the portfolio's money twice.
fn is_totals_row(record: &Record) -> bool {
    let name = record.name.trim().to_lowercase();
    let first = name
        .split(|character: char| character.is_whitespace() || character == ':')
        .next()
        .unwrap_or_default();
    let totals = matches!(
        first,
        "totaal"
            | "totalen"
            | "subtotaal"
            | "eindtotaal"
            | "som"
            | "total"
            | "totals"
            | "subtotal"
            | "sum"
            | "grand"
    ) && (first != "grand" || name.starts_with("grand total"));
    let text =
        |value: &Option<String>| value.as_deref().is_some_and(|text| !text.trim().is_empty());
    totals
        && record.id.is_none()
        && record.kind.is_none()
        && record.phase.is_none()
        && record.quadrant.is_none()
        && !record.department.as_ref().is_some_and(text)
        && !text(&record.owner)
        && !text(&record.contact)
        && record.start_date.is_none_or(|date| date.is_none())
        && record.end_date.is_none_or(|date| date.is_none())
        && record.themes.as_ref().is_none_or(Vec::is_empty)
}

/// Rows whose id is an initiative's with another name: (row, id, that initiative's name).
fn renamed_by_id(
    portfolio: &Portfolio,
    records: &[Record],
    by_id: &HashMap<InitiativeId, usize>,
) -> Vec<(usize, InitiativeId, String)> {
    records
        .iter()
        .filter_map(|record| {
            let id = record.id?;
            let existing = &portfolio.initiatives[*by_id.get(&id)?];
            (!record.name.is_empty()
                && existing.name.trim().to_lowercase() != record.name.trim().to_lowercase())
            .then(|| (record.row, id, existing.name.clone()))
        })
        .collect()
}

/// Row numbers for a message: the first 20, then how many more (in either language).
pub(super) fn rows_text(rows: &[usize]) -> String {
    let shown: Vec<String> = rows.iter().take(20).map(usize::to_string).collect();
    let mut text = shown.join(", ");
    if rows.len() > 20 {
        text.push_str(&format!(", … (+{})", rows.len() - 20));
    }
    text
}
