//! Parsing the cells of a mapped table into initiatives, with a precise problem (row,
//! column, value, reason) for every cell that cannot be read.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::*;
use crate::domain::*;
use crate::format::{Language, parse_date, parse_money};

/// One register row, parsed. `None` fields were absent (an update keeps the old value).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Record {
    /// The file's line number (the header is line 1).
    pub row: usize,
    pub id: Option<i64>,
    pub name: String,
    pub kind: Option<Kind>,
    pub department: Option<Option<String>>,
    pub owner: Option<String>,
    pub contact: Option<String>,
    pub quadrant: Option<Quadrant>,
    pub phase: Option<Phase>,
    pub start_date: Option<Option<NaiveDate>>,
    pub end_date: Option<Option<NaiveDate>>,
    pub themes: Option<Vec<String>>,
    pub description: Option<String>,
    pub stop_reason: Option<String>,
    pub lessons_learned: Option<String>,
    pub notes: Option<String>,
    pub algorithm_register_url: Option<String>,
    pub readiness_level: Option<Option<u8>>,
    pub use_level: Option<Option<u8>>,
    /// (category, year — `None` for "the start date's year" —, actual?, cents); an amount
    /// without a year of its own is in the row's [`Record::year`] when it has one.
    pub budgets: Vec<(BudgetCategory, Option<i32>, bool, i64)>,
    /// The year of a register with a row per initiative per year (a `Jaar` column).
    pub year: Option<i32>,
    /// Texts that stand for "no amount" or "no date" here (`PM`, `n.v.t.`, `doorlopend`),
    /// read as an empty cell.
    pub placeholders: Vec<String>,
}

/// A year cell: `2026` (a number or text; `2026.0` as a spreadsheet keeps it), or empty.
fn cell_year(cell: &Cell) -> std::result::Result<Option<i32>, Reason> {
    let year = match cell {
        Cell::Empty => return Ok(None),
        Cell::Number(number) if number.fract() == 0.0 => Some(*number as i64),
        Cell::Date(date) => Some(i64::from(chrono::Datelike::year(date))),
        Cell::Number(_) => None,
        Cell::Text(text) if text.trim().is_empty() => return Ok(None),
        Cell::Text(text) => text.trim().parse::<i64>().ok(),
    };
    match year {
        Some(year) if (1900..=2200).contains(&year) => Ok(i32::try_from(year).ok()),
        _ => Err(Reason::new("reason-year")),
    }
}

/// Whether an amount or date cell's text says there is none (yet): `PM` (pro memorie),
/// `n.v.t.`, `n.b.`, `onbekend`, `nader te bepalen`, `-`, `€ -` (Excel's accounting
/// format for nothing), `?`, `n/a`, `TBD`, and for a date also `doorlopend`, `ongoing`,
/// `structureel`.
pub(super) fn is_placeholder(text: &str, date: bool) -> bool {
    // Nearly every cell is an amount or a date, with digits: no placeholder has one.
    if text.len() > 24 || text.bytes().any(|byte| byte.is_ascii_digit()) {
        return false;
    }
    let folded: String = text
        .trim()
        .to_lowercase()
        .chars()
        .filter(|character| !matches!(character, '.' | ' ' | '/' | '\u{a0}'))
        .collect();
    matches!(
        folded.as_str(),
        "pm" | "nvt"
            | "nb"
            | "ntb"
            | "onbekend"
            | "nogonbekend"
            | "nognietbekend"
            | "nadertebepalen"
            | "tbd"
            | "tba"
            | "na"
            | "unknown"
            | "-"
            | "–"
            | "—"
            | "--"
            | "?"
            | "??"
            // Excel's accounting format shows nothing as "€ -".
            | "€-"
            | "€--"
            | "€–"
            | "eur-"
    ) || (date
        && matches!(
            folded.as_str(),
            "doorlopend" | "ongoing" | "structureel" | "open" | "geeneinddatum" | "noenddate"
        ))
}

/// A cell that could not be used: where, what, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportProblem {
    pub row: usize,
    pub column: String,
    pub value: String,
    pub reason: Reason,
}

/// A message in Dutch and English (why a cell could not be used, a note, …).
pub type Reason = crate::i18n::Message;

impl ImportProblem {
    /// "file, row 4, column "Fase", value "vliegen": unknown phase (…)" (in English).
    pub fn message(&self, path: &str) -> String {
        self.message_in(path, &crate::i18n::I18n::new(Language::English))
    }

    /// The same, as a message to put in a language.
    pub fn describe(&self, path: &str) -> crate::i18n::Message {
        let mut value = self.value.clone();
        if value.chars().count() > 60 {
            value = value.chars().take(60).collect::<String>() + "…";
        }
        crate::i18n::Message::new("import-problem")
            .with("path", path)
            .with_number("row", self.row)
            .with("column", format!("{:?}", self.column))
            .with("value", format!("{value:?}"))
            .with_message("reason", self.reason.clone())
    }

    pub fn message_in(&self, path: &str, tr: &crate::i18n::I18n) -> String {
        self.describe(path).render(tr)
    }
}

/// Parse a name of an enumeration in either language, or its identifier.
#[cfg(test)]
pub(super) fn enum_value<T: Copy>(all: &[T], id: fn(T) -> &'static str, text: &str) -> Option<T> {
    Names::new(all, id).meaning(text)
}

/// The names an enumeration's values go by in a register (identifier and
/// [`synonyms`]), normalised once for a whole table, and what each text a column held so
/// far meant: most cells of a column repeat a few texts.
pub(super) struct Names<T> {
    by_name: HashMap<String, T>,
    seen: HashMap<String, Option<T>>,
}

impl<T: Copy> Names<T> {
    /// At most this many different texts are remembered per column.
    const SEEN: usize = 1024;

    pub(super) fn new(all: &[T], id: fn(T) -> &'static str) -> Self {
        let mut names = Names {
            by_name: HashMap::new(),
            seen: HashMap::new(),
        };
        names.add(all, id);
        names
    }

    /// Add names; a name already taken keeps its first value (as a search in order would).
    fn add(&mut self, all: &[T], id: fn(T) -> &'static str) {
        for &value in all {
            let identifier = id(value);
            for name in std::iter::once(&identifier).chain(synonyms(identifier)) {
                self.by_name.entry(normalise(name)).or_insert(value);
            }
        }
    }

    fn meaning(&self, text: &str) -> Option<T> {
        let text = normalise(text);
        if let Some(found) = self.by_name.get(&text) {
            return Some(*found);
        }
        // The ways a spreadsheet's list of choices writes a value around its name: a hint
        // in brackets (`Slimme overheid (smart government)`), a number first (`3. Pilot`,
        // `3 - pilot`), the word for phase (`Pilotfase`, `Fase 3: pilot`, `Pilot phase`).
        let mut bare = String::with_capacity(text.len());
        let mut depth = 0usize;
        for character in text.chars() {
            match character {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ if depth == 0 => bare.push(character),
                _ => {}
            }
        }
        let mut bare = bare.trim();
        for _ in 0..2 {
            bare = bare
                .strip_prefix("fase ")
                .or_else(|| bare.strip_prefix("phase "))
                .unwrap_or(bare)
                .trim_start_matches(|character: char| {
                    character.is_ascii_digit() || matches!(character, ' ' | ',' | ';' | '\'')
                })
                .trim();
        }
        let bare = bare
            .strip_suffix("phase")
            .or_else(|| bare.strip_suffix("fase"))
            .map_or(bare, str::trim);
        self.by_name
            .get(bare)
            .or_else(|| self.by_name.get(bare.strip_suffix('s')?))
            .copied()
    }

    /// What a cell's text means, remembered for the next cell with the same text.
    pub(super) fn find(&mut self, text: &str) -> Option<T> {
        if let Some(&found) = self.seen.get(text) {
            return found;
        }
        let found = self.meaning(text);
        if self.seen.len() < Self::SEEN {
            self.seen.insert(text.to_owned(), found);
        }
        found
    }
}

impl Names<Phase> {
    /// The phases, with the ways registers write "the pilot is running" first.
    pub(super) fn phases() -> Self {
        let mut names = Names {
            by_name: [
                "pilot",
                "pilot running",
                "pilot loopt",
                "experiment",
                "experiment pilot",
                "proef",
            ]
            .into_iter()
            .map(|name| (name.to_owned(), Phase::Pilot))
            .collect(),
            seen: HashMap::new(),
        };
        names.add(Phase::ALL, Phase::id);
        names
    }
}

/// Names the register may use for an identifier, beyond the identifier itself: the
/// Dutch and English names of docs/domain.md and the app, and common variants.
pub(super) fn synonyms(id: &str) -> &'static [&'static str] {
    match id {
        "pilot" => &["pilot", "proef"],
        "living_lab" => &["living lab", "livinglab", "proeftuin", "praktijklab"],
        "experiment" => &["experiment"],
        "digital_government" => &["digital government", "digitale overheid"],
        "e_governance" => &["e-governance", "egovernance", "e overheid", "e-overheid"],
        "smart_government" => &["smart government", "slimme overheid"],
        "smart_society" => &["smart society", "slimme samenleving"],
        // Beyond the source's names: what registers write, and the statuses of the EU's
        // Public Sector Tech Watch (Planned, In development, Implemented, Not in use)
        // and of the Algoritmeregister (In ontwikkeling, In gebruik, Buiten gebruik), as
        // docs/exchange-formats.md maps them.
        "idea" => &[
            "idea",
            "idee",
            "verkenning",
            "idee/verkenning",
            "verkennen",
            "exploration",
            "planned",
            "gepland",
        ],
        "preparation" => &[
            "preparation",
            "voorbereiding",
            "in voorbereiding",
            "voorbereiden",
            "in development",
            "in ontwikkeling",
            "ontwikkeling",
            "planvorming",
            "opstart",
        ],
        "evaluation" => &["evaluation", "evaluatie", "in evaluatie", "evalueren"],
        "scaling" => &[
            "scaling",
            "opschaling",
            "opschalen",
            "scaling up",
            "uitrol",
            "rollout",
            "roll out",
            "implementatie",
        ],
        "anchored" => &[
            "anchored",
            "geborgd",
            "borging",
            "structureel",
            "embedded",
            "opgeschaald",
            "implemented",
            "in gebruik",
            "in beheer",
            "regulier",
        ],
        "stopped" => &[
            "stopped",
            "gestopt",
            "stop",
            "beëindigd",
            "beeindigd",
            "gestaakt",
            "afgebroken",
            "niet doorgegaan",
            "cancelled",
            "canceled",
            "not in use",
            "buiten gebruik",
        ],
        _ => &[],
    }
}

#[cfg(test)]
pub(super) fn parse_phase(text: &str) -> Option<Phase> {
    Names::phases().meaning(text)
}

/// Whole cents from a cell: numbers as they are, text as people write money.
pub(super) fn cell_cents(cell: &Cell) -> std::result::Result<i64, Reason> {
    match cell {
        Cell::Number(number) => {
            let cents = (number * 100.0).round();
            if cents.is_nan() || cents.abs() > crate::domain::MAX_AMOUNT_CENTS as f64 {
                return Err(Reason::new("reason-amount-too-large"));
            }
            Ok(cents as i64)
        }
        Cell::Text(text) => parse_money(text).map_err(|error| match error {
            crate::format::ParseError::TooManyDecimals => Reason::new("reason-too-many-decimals"),
            crate::format::ParseError::TooLarge => Reason::new("reason-amount-too-large"),
            _ => Reason::new("reason-not-an-amount"),
        }),
        Cell::Date(_) => Err(Reason::new("reason-date-not-amount")),
        Cell::Empty => Ok(0),
    }
}

/// `cents` times ten to the power `scale` (a column in thousands or millions of euros),
/// within the amounts a portfolio holds.
fn scaled(cents: i64, scale: u32) -> std::result::Result<i64, Reason> {
    10i64
        .checked_pow(scale)
        .and_then(|factor| cents.checked_mul(factor))
        .filter(|cents| cents.abs() <= crate::domain::MAX_AMOUNT_CENTS)
        .ok_or_else(|| Reason::new("reason-amount-too-large"))
}

pub(super) fn not_a_date() -> Reason {
    Reason::new("reason-not-a-date")
}

/// A date written with slashes, `first/second/year` (one or two digits each, a year of
/// four), as its three numbers.
fn slashed(text: &str) -> Option<(u32, u32, i32)> {
    let mut parts = text.trim().split('/');
    let (first, second, year) = (parts.next()?, parts.next()?, parts.next()?);
    let small = |part: &str| {
        (1..=2).contains(&part.len()) && part.bytes().all(|byte| byte.is_ascii_digit())
    };
    if parts.next().is_some()
        || !small(first)
        || !small(second)
        || year.len() != 4
        || !year.bytes().all(|byte| byte.is_ascii_digit())
    {
        return None;
    }
    Some((
        first.parse().ok()?,
        second.parse().ok()?,
        year.parse().ok()?,
    ))
}

/// Whether a register writes its dates month first, as American spreadsheets do
/// (`12/31/2025`): some date cell of its date columns has a second number above 12 and
/// none has a first number above 12 (`31/12/2025`, the Dutch order). Then the date and
/// its row, the evidence the preview names. A register with both, or with neither, is
/// read day first.
pub fn american_dates(table: &Table, mapping: &Mapping) -> Option<(usize, String)> {
    let columns: Vec<usize> = mapping
        .columns
        .iter()
        .enumerate()
        .filter(|(_, field)| {
            matches!(
                field,
                Some(RegisterField::StartDate | RegisterField::EndDate)
            )
        })
        .map(|(column, _)| column)
        .collect();
    let mut evidence = None;
    for (cells, &row) in table.rows.iter().zip(&table.row_numbers) {
        for &column in &columns {
            let Some(Cell::Text(text)) = cells.get(column) else {
                continue;
            };
            match slashed(text) {
                Some((first, _, _)) if first > 12 => return None,
                Some((_, second, _)) if second > 12 && evidence.is_none() => {
                    evidence = Some((row, text.trim().to_string()));
                }
                _ => {}
            }
        }
    }
    evidence
}

/// A date cell: a date, an Excel serial day, or a text; `month_first` for a register
/// whose dates are American ([`american_dates`]).
fn cell_date(cell: &Cell, month_first: bool) -> std::result::Result<Option<NaiveDate>, Reason> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Date(date) => Ok(Some(*date)),
        Cell::Text(text) if month_first && slashed(text).is_some() => slashed(text)
            .and_then(|(month, day, year)| NaiveDate::from_ymd_opt(year, month, day))
            .map(Some)
            .ok_or_else(not_a_date),
        Cell::Text(text) => parse_date(text).map(Some).map_err(|_| not_a_date()),
        Cell::Number(number) => {
            // An Excel serial date that arrived without a date format.
            // Excel's dates run from 1 (1900-01-01) to 2,958,465 (9999-12-31); anything
            // else (a huge number, NaN) is no date, checked before any arithmetic on it.
            let days = number.trunc();
            if !(1.0..=2_958_465.0).contains(&days) {
                return Err(not_a_date());
            }
            NaiveDate::from_ymd_opt(1899, 12, 30)
                .and_then(|epoch| epoch.checked_add_days(chrono::Days::new(days as u64)))
                .map(Some)
                .ok_or_else(not_a_date)
        }
    }
}

pub(super) fn cell_level(cell: &Cell) -> std::result::Result<Option<u8>, Reason> {
    let text = cell.text();
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(level) if level <= 9 => Ok(Some(level)),
        _ => Err(Reason::new("reason-level")),
    }
}

/// Remove the apostrophe an export puts before text a spreadsheet would run as a formula.
pub(super) fn unneutralise(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// Parse every row; problems are collected (all of them, so the user can fix the file in
/// one go), never guessed around.
/// What a text of a column means, chosen by hand where Proeftuin does not know it
/// (`Fase`, `Afgerond` → `evaluation`): (header, the cell's text) → a value's identifier or
/// its name in either language. An empty header is any kind, quadrant or phase column
/// (the command line's `--value "Afgerond=evaluation"`).
pub type ValueMap = HashMap<(String, String), String>;

/// Whether `meaning` is a kind, quadrant or phase (identifier or name, either language).
pub fn is_value_meaning(meaning: &str) -> bool {
    Names::new(Kind::ALL, Kind::id).meaning(meaning).is_some()
        || Names::new(Quadrant::ALL, Quadrant::id)
            .meaning(meaning)
            .is_some()
        || Names::phases().meaning(meaning).is_some()
}

pub fn parse_rows(table: &Table, mapping: &Mapping) -> (Vec<Record>, Vec<ImportProblem>) {
    parse_rows_with(table, mapping, &ValueMap::new())
}

/// [`parse_rows`], with the meanings chosen by hand for texts Proeftuin does not know.
pub fn parse_rows_with(
    table: &Table,
    mapping: &Mapping,
    values: &ValueMap,
) -> (Vec<Record>, Vec<ImportProblem>) {
    // The meaning chosen for a column's text, if any.
    let chosen = |column: usize, text: &str| -> Option<&str> {
        if values.is_empty() {
            return None;
        }
        let header = table.headers.get(column)?;
        values
            .get(&(header.clone(), text.to_owned()))
            .or_else(|| values.get(&(String::new(), text.to_owned())))
            .map(String::as_str)
    };
    let mut records = Vec::with_capacity(table.rows.len());
    let mut problems = Vec::new();
    let month_first = american_dates(table, mapping).is_some();
    let mut kinds = Names::new(Kind::ALL, Kind::id);
    let mut quadrants = Names::new(Quadrant::ALL, Quadrant::id);
    let mut phases = Names::phases();
    // Amounts in thousands or millions, as a budget column's header says.
    let scales: Vec<u32> = table
        .headers
        .iter()
        .map(|header| header_scale(header))
        .collect();
    for (cells, &row) in table.rows.iter().zip(&table.row_numbers) {
        let mut record = Record {
            row,
            ..Record::default()
        };
        let mut problem = |column: usize, value: &str, reason: Reason| {
            problems.push(ImportProblem {
                row,
                column: table.headers.get(column).cloned().unwrap_or_default(),
                value: value.to_owned(),
                reason,
            });
        };
        for (column, field) in mapping.columns.iter().enumerate() {
            let Some(field) = field else { continue };
            let cell = cells.get(column).unwrap_or(&Cell::Empty);
            let raw = cell.text();
            if raw.len() > MAX_CELL_CHARS && raw.chars().count() > MAX_CELL_CHARS {
                problem(
                    column,
                    &raw,
                    Reason::new("reason-cell-too-long").with_number("max", MAX_CELL_CHARS),
                );
                continue;
            }
            let text = unneutralise(raw.trim());
            let short = |text: &str| text.chars().count() <= MAX_NAME_CHARS;
            match field {
                RegisterField::Id => {
                    if !text.is_empty() {
                        match text.parse::<i64>() {
                            Ok(id) if id > 0 => record.id = Some(id),
                            _ => problem(column, &raw, Reason::new("reason-id")),
                        }
                    }
                }
                RegisterField::Name => {
                    if text.is_empty() {
                        problem(column, &raw, Reason::new("reason-name-required"));
                    } else if !short(text) {
                        problem(
                            column,
                            &raw,
                            Reason::new("reason-name-too-long").with_number("max", MAX_NAME_CHARS),
                        );
                    } else {
                        record.name = text.to_owned();
                    }
                }
                RegisterField::Kind => {
                    if !text.is_empty() {
                        match chosen(column, text)
                            .and_then(|meant| kinds.meaning(meant))
                            .or_else(|| kinds.find(text))
                        {
                            Some(kind) => record.kind = Some(kind),
                            None => problem(column, &raw, Reason::new("reason-unknown-kind")),
                        }
                    }
                }
                RegisterField::Department => {
                    if !short(text) {
                        problem(
                            column,
                            &raw,
                            Reason::new("reason-department-too-long")
                                .with_number("max", MAX_NAME_CHARS),
                        );
                    } else {
                        record.department = Some((!text.is_empty()).then(|| text.to_owned()));
                    }
                }
                RegisterField::Owner => {
                    if !short(text) {
                        problem(
                            column,
                            &raw,
                            Reason::new("reason-owner-too-long").with_number("max", MAX_NAME_CHARS),
                        );
                    } else {
                        record.owner = Some(text.to_owned());
                    }
                }
                RegisterField::Contact => record.contact = Some(text.to_owned()),
                RegisterField::Quadrant => {
                    if !text.is_empty() {
                        match chosen(column, text)
                            .and_then(|meant| quadrants.meaning(meant))
                            .or_else(|| quadrants.find(text))
                        {
                            Some(quadrant) => record.quadrant = Some(quadrant),
                            None => problem(column, &raw, Reason::new("reason-unknown-quadrant")),
                        }
                    }
                }
                RegisterField::Phase => {
                    if !text.is_empty() {
                        match chosen(column, text)
                            .and_then(|meant| phases.meaning(meant))
                            .or_else(|| phases.find(text))
                        {
                            Some(phase) => record.phase = Some(phase),
                            None => problem(column, &raw, Reason::new("reason-unknown-phase")),
                        }
                    }
                }
                RegisterField::StartDate | RegisterField::EndDate if is_placeholder(text, true) => {
                    record.placeholders.push(text.to_owned());
                    if *field == RegisterField::StartDate {
                        record.start_date = Some(None);
                    } else {
                        record.end_date = Some(None);
                    }
                }
                RegisterField::StartDate | RegisterField::EndDate => {
                    match cell_date(cell, month_first) {
                        Ok(date) => {
                            if *field == RegisterField::StartDate {
                                record.start_date = Some(date);
                            } else {
                                record.end_date = Some(date);
                            }
                        }
                        Err(reason) => problem(column, &raw, reason),
                    }
                }
                RegisterField::Themes => {
                    // Sorted and without repeats, as the portfolio keeps them.
                    let mut themes: Vec<String> = text
                        .split(['|', ';', ','])
                        .map(|theme| theme.trim().to_string())
                        .filter(|theme| !theme.is_empty())
                        .collect();
                    themes.sort();
                    themes.dedup();
                    if themes.iter().any(|theme| !short(theme)) {
                        problem(
                            column,
                            &raw,
                            Reason::new("reason-theme-too-long").with_number("max", MAX_NAME_CHARS),
                        );
                    } else {
                        record.themes = Some(themes);
                    }
                }
                RegisterField::Description => record.description = Some(text.to_owned()),
                RegisterField::StopReason => record.stop_reason = Some(text.to_owned()),
                RegisterField::LessonsLearned => record.lessons_learned = Some(text.to_owned()),
                RegisterField::Notes => record.notes = Some(text.to_owned()),
                RegisterField::AlgorithmRegister => {
                    if crate::domain::is_web_address_or_empty(text) {
                        record.algorithm_register_url = Some(text.to_owned());
                    } else {
                        problem(column, &raw, Reason::new("reason-link"));
                    }
                }
                RegisterField::ReadinessLevel | RegisterField::UseLevel => match cell_level(cell) {
                    Ok(level) => {
                        if *field == RegisterField::ReadinessLevel {
                            record.readiness_level = Some(level);
                        } else {
                            record.use_level = Some(level);
                        }
                    }
                    Err(reason) => problem(column, &raw, reason),
                },
                RegisterField::Year => match cell_year(cell) {
                    Ok(year) => record.year = year,
                    Err(reason) => problem(column, &raw, reason),
                },
                RegisterField::Budget {
                    category,
                    year,
                    actual,
                } => {
                    if cell.is_empty() {
                        continue;
                    }
                    if is_placeholder(text, false) {
                        record.placeholders.push(text.to_owned());
                        continue;
                    }
                    let scale = scales.get(column).copied().unwrap_or(0);
                    match cell_cents(cell).and_then(|cents| scaled(cents, scale)) {
                        Ok(cents) if cents < 0 => {
                            problem(column, &raw, Reason::new("reason-negative-amount"))
                        }
                        Ok(cents) => record.budgets.push((*category, *year, *actual, cents)),
                        Err(reason) => problem(column, &raw, reason),
                    }
                }
            }
        }
        // The row's year for the amounts that name none (columns may come in any order).
        if let Some(row_year) = record.year {
            for (_, year, _, _) in &mut record.budgets {
                year.get_or_insert(row_year);
            }
        }
        if let (Some(Some(start)), Some(Some(end))) = (record.start_date, record.end_date)
            && end < start
        {
            let column = mapping
                .columns
                .iter()
                .position(|field| *field == Some(RegisterField::EndDate))
                .unwrap_or(0);
            problem(
                column,
                &end.format("%d-%m-%Y").to_string(),
                Reason::new("reason-end-before-start"),
            );
        }
        records.push(record);
    }
    (records, problems)
}
