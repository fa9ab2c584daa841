//! The register: one row per initiative, as municipalities keep it in Excel. Reading
//! (CSV in any of the usual encodings and separators, or XLSX), mapping the columns by
//! their Dutch or English headers, parsing every cell with a precise complaint when it
//! cannot, and writing it back out (CSV) in the user's language.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::{ExchangeError, Result};
use crate::domain::*;
use crate::format::{Language, parse_date, parse_money};

/// The longest text a cell may hold (a description of a few pages). Longer cells are
/// refused with their row and column, rather than silently cut.
pub const MAX_CELL_CHARS: usize = 20_000;
/// Names, departments and owners are short; the database refuses more than 200.
pub const MAX_NAME_CHARS: usize = 200;

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RegisterField {
    Id,
    Name,
    Kind,
    Department,
    Owner,
    Contact,
    Quadrant,
    Phase,
    StartDate,
    EndDate,
    Themes,
    Description,
    ReadinessLevel,
    UseLevel,
    /// Planned (or with `actual`, spent) budget of one category, in one year or (without
    /// a year) booked in the year of the start date.
    Budget {
        category: BudgetCategory,
        year: Option<i32>,
        actual: bool,
    },
}

impl RegisterField {
    /// Every field a column can be mapped to by hand (budget columns without a year).
    pub const CHOICES: [RegisterField; 18] = [
        RegisterField::Id,
        RegisterField::Name,
        RegisterField::Kind,
        RegisterField::Department,
        RegisterField::Owner,
        RegisterField::Contact,
        RegisterField::Quadrant,
        RegisterField::Phase,
        RegisterField::StartDate,
        RegisterField::EndDate,
        RegisterField::Themes,
        RegisterField::Description,
        RegisterField::ReadinessLevel,
        RegisterField::UseLevel,
        RegisterField::Budget {
            category: BudgetCategory::Innovation,
            year: None,
            actual: false,
        },
        RegisterField::Budget {
            category: BudgetCategory::Operation,
            year: None,
            actual: false,
        },
        RegisterField::Budget {
            category: BudgetCategory::Innovation,
            year: None,
            actual: true,
        },
        RegisterField::Budget {
            category: BudgetCategory::Operation,
            year: None,
            actual: true,
        },
    ];

    /// The header this field gets in an export (and the template) in `language`.
    pub fn header(self, language: Language) -> String {
        let dutch = language == Language::Dutch;
        let text = match self {
            RegisterField::Id => "Id",
            RegisterField::Name => {
                if dutch {
                    "Naam"
                } else {
                    "Name"
                }
            }
            RegisterField::Kind => {
                if dutch {
                    "Soort"
                } else {
                    "Kind"
                }
            }
            RegisterField::Department => {
                if dutch {
                    "Afdeling"
                } else {
                    "Department"
                }
            }
            RegisterField::Owner => {
                if dutch {
                    "Trekker"
                } else {
                    "Owner"
                }
            }
            RegisterField::Contact => "Contact",
            RegisterField::Quadrant => {
                if dutch {
                    "Kwadrant"
                } else {
                    "Quadrant"
                }
            }
            RegisterField::Phase => {
                if dutch {
                    "Fase"
                } else {
                    "Phase"
                }
            }
            RegisterField::StartDate => {
                if dutch {
                    "Startdatum"
                } else {
                    "Start date"
                }
            }
            RegisterField::EndDate => {
                if dutch {
                    "Einddatum"
                } else {
                    "End date"
                }
            }
            RegisterField::Themes => {
                if dutch {
                    "Thema's"
                } else {
                    "Themes"
                }
            }
            RegisterField::Description => {
                if dutch {
                    "Omschrijving"
                } else {
                    "Description"
                }
            }
            RegisterField::ReadinessLevel => {
                if dutch {
                    "Gereedheidsniveau"
                } else {
                    "Readiness level"
                }
            }
            RegisterField::UseLevel => {
                if dutch {
                    "Gebruiksniveau"
                } else {
                    "Use level"
                }
            }
            RegisterField::Budget {
                category,
                year,
                actual,
            } => {
                let base = match (category, actual, dutch) {
                    (BudgetCategory::Innovation, false, true) => "Innovatiebudget",
                    (BudgetCategory::Operation, false, true) => "Beheerbudget",
                    (BudgetCategory::Innovation, true, true) => "Innovatie besteed",
                    (BudgetCategory::Operation, true, true) => "Beheer besteed",
                    (BudgetCategory::Innovation, false, false) => "Innovation budget",
                    (BudgetCategory::Operation, false, false) => "Operation budget",
                    (BudgetCategory::Innovation, true, false) => "Innovation spent",
                    (BudgetCategory::Operation, true, false) => "Operation spent",
                };
                return match year {
                    Some(year) => format!("{base} {year}"),
                    None => base.to_string(),
                };
            }
        };
        text.to_string()
    }
}

/// Lower case, accents kept, every run of spaces, `-`, `_`, `/`, `.` and `:` one space.
fn normalise(text: &str) -> String {
    let lower = text.trim().to_lowercase();
    let mut out = String::with_capacity(lower.len());
    for character in lower.chars() {
        let character = match character {
            '-' | '_' | '/' | '.' | ':' | '\u{a0}' => ' ',
            '’' | '`' => '\'',
            other => other,
        };
        if character == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(character);
    }
    out.trim_end().to_string()
}

/// Recognise a header: known synonyms in Dutch and English, budget columns with an
/// optional year (`Innovatiebudget 2026`, `Innovation budget (€)`, `Beheer besteed 2025`).
pub fn field_for_header(header: &str) -> Option<RegisterField> {
    let mut text = normalise(header);
    for noise in ["(€)", "(eur)", "(euro)", "in €", "in euro", "€", "(", ")"] {
        text = text.replace(noise, " ");
    }
    let text = normalise(&text);
    let simple = match text.as_str() {
        "id" | "nr" | "nummer" | "number" => Some(RegisterField::Id),
        "name" | "naam" | "initiative" | "initiatief" | "titel" | "title" | "project"
        | "projectnaam" => Some(RegisterField::Name),
        "kind" | "soort" | "type" => Some(RegisterField::Kind),
        "department" | "afdeling" | "directie" | "directorate" | "organisatieonderdeel" => {
            Some(RegisterField::Department)
        }
        "owner" | "trekker" | "eigenaar" | "projectleider" | "lead" | "verantwoordelijke" => {
            Some(RegisterField::Owner)
        }
        "contact" | "contactpersoon" | "e mail" | "email" | "contact person" => {
            Some(RegisterField::Contact)
        }
        "quadrant" | "kwadrant" => Some(RegisterField::Quadrant),
        "phase" | "fase" | "stage" => Some(RegisterField::Phase),
        "start date" | "startdatum" | "start" | "begindatum" | "begin" => {
            Some(RegisterField::StartDate)
        }
        "end date" | "einddatum" | "planned end date" | "geplande einddatum" | "eind" | "end" => {
            Some(RegisterField::EndDate)
        }
        "themes" | "theme" | "thema's" | "themas" | "thema" | "maatschappelijke thema's" => {
            Some(RegisterField::Themes)
        }
        "description" | "omschrijving" | "beschrijving" | "toelichting" | "summary" => {
            Some(RegisterField::Description)
        }
        "readiness level" | "gereedheidsniveau" | "gereedheid" => {
            Some(RegisterField::ReadinessLevel)
        }
        "use level" | "gebruiksniveau" | "gebruik" => Some(RegisterField::UseLevel),
        _ => None,
    };
    if simple.is_some() {
        return simple;
    }
    // Budget columns, with an optional four-digit year at the end.
    let (stem, year) = match text.rsplit_once(' ') {
        Some((stem, last))
            if last.len() == 4 && last.chars().all(|character| character.is_ascii_digit()) =>
        {
            (stem.trim().to_string(), last.parse().ok())
        }
        _ => (text.clone(), None),
    };
    let (category, actual) = match stem.as_str() {
        "innovation budget" | "innovatiebudget" | "budget innovatie" | "innovatie"
        | "innovation" | "innovatie begroot" | "innovation planned" => {
            (BudgetCategory::Innovation, false)
        }
        "operation budget" | "beheerbudget" | "budget beheer" | "beheer" | "operation"
        | "exploitatiebudget" | "exploitatie" | "beheer begroot" | "operation planned" => {
            (BudgetCategory::Operation, false)
        }
        "innovation spent" | "innovatie besteed" | "innovation actual" | "innovatie werkelijk" => {
            (BudgetCategory::Innovation, true)
        }
        "operation spent" | "beheer besteed" | "operation actual" | "beheer werkelijk" => {
            (BudgetCategory::Operation, true)
        }
        _ => return None,
    };
    Some(RegisterField::Budget {
        category,
        year,
        actual,
    })
}

/// A cell as read from the file.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
}

impl Cell {
    fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Number(number) => format_number(*number),
            Cell::Date(date) => date.format("%Y-%m-%d").to_string(),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

fn format_number(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e15 {
        format!("{number:.0}")
    } else {
        format!("{number}")
    }
}

/// A sheet of cells with its headers; `rows[i]` is line `row_numbers[i]` of the file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Table {
    pub headers: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
    pub row_numbers: Vec<usize>,
}

/// How a CSV file was read, for the import report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CsvInfo {
    pub encoding: &'static str,
    pub delimiter: char,
}

/// Decode a text file: UTF-8 (with or without a byte-order mark), UTF-16 with a mark, or
/// Windows-1252 (what older Excel writes) when the bytes are not UTF-8.
fn decode(path: &str, bytes: &[u8]) -> Result<(String, &'static str)> {
    if bytes.is_empty() {
        return Err(refuse(
            path,
            "het bestand is leeg".into(),
            "the file is empty".into(),
        ));
    }
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, had_errors) = encoding.decode(bytes);
        if had_errors {
            return Err(invalid(
                path,
                format!("the file says it is {} but is not", encoding.name()),
            ));
        }
        let name = if encoding == encoding_rs::UTF_8 {
            "UTF-8 with BOM"
        } else {
            encoding.name()
        };
        return Ok((text.into_owned(), name));
    }
    // Text files do not hold NUL or most control bytes: this is a binary file.
    let controls = bytes
        .iter()
        .take(64 * 1024)
        .filter(|byte| **byte < 0x20 && !matches!(**byte, b'\t' | b'\n' | b'\r' | 0x0c))
        .count();
    if bytes.contains(&0) || controls > 0 {
        return Err(refuse(
            path,
            "dit is geen tekstbestand (CSV); sla het register op als CSV of XLSX".into(),
            "this is not a text (CSV) file; save the register as CSV or XLSX".into(),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), "UTF-8")),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((text.into_owned(), "Windows-1252"))
        }
    }
}

fn invalid(path: &str, message: String) -> ExchangeError {
    ExchangeError::Invalid {
        path: path.to_string(),
        message,
        dutch: None,
    }
}

/// A refusal of the whole file, in Dutch and English.
pub(crate) fn refuse(path: &str, dutch: String, english: String) -> ExchangeError {
    ExchangeError::Invalid {
        path: path.to_string(),
        message: english,
        dutch: Some(dutch),
    }
}

/// The separator of a CSV file: whichever of `;`, `,` and tab splits the header line
/// into the most fields (outside quotes).
fn sniff_delimiter(text: &str) -> u8 {
    let first_line = text.lines().next().unwrap_or_default();
    let mut best = (b',', 0usize);
    for candidate in [b';', b',', b'\t'] {
        let mut in_quotes = false;
        let mut count = 0;
        for byte in first_line.bytes() {
            if byte == b'"' {
                in_quotes = !in_quotes;
            } else if byte == candidate && !in_quotes {
                count += 1;
            }
        }
        if count > best.1 {
            best = (candidate, count);
        }
    }
    best.0
}

/// Read a CSV register.
pub fn read_csv(path: &str, bytes: &[u8]) -> Result<(Table, CsvInfo)> {
    let (text, encoding) = decode(path, bytes)?;
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    let mut first = true;
    let (mut line_count, mut counted_to) = (0usize, 0usize);
    for record in reader.records() {
        let record = record.map_err(|error| {
            let line = error.position().map_or(0, |position| position.line());
            invalid(path, format!("row {line}: the CSV cannot be read: {error}"))
        })?;
        // The file's line where the record starts (csv's own line count is off by one
        // with CRLF line ends): count the line breaks before the record's first byte.
        let start = record
            .position()
            .map_or(0, |position| usize::try_from(position.byte()).unwrap_or(0));
        let mut start = start.min(text.len());
        // A record after CRLF is reported to start at its "\n".
        while start < text.len() && matches!(text.as_bytes()[start], b'\r' | b'\n') {
            start += 1;
        }
        line_count += text.as_bytes()[counted_to..start]
            .iter()
            .filter(|byte| **byte == b'\n')
            .count();
        counted_to = start;
        let line = line_count + 1;
        if first {
            table.headers = record
                .iter()
                .map(|header| header.trim().to_string())
                .collect();
            first = false;
            continue;
        }
        let cells: Vec<Cell> = record
            .iter()
            .map(|value| {
                if value.trim().is_empty() {
                    Cell::Empty
                } else {
                    Cell::Text(value.to_string())
                }
            })
            .collect();
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        table.rows.push(cells);
        table.row_numbers.push(line);
    }
    if table.headers.iter().all(|header| header.is_empty()) {
        return Err(refuse(
            path,
            "het bestand is leeg".into(),
            "the file is empty".into(),
        ));
    }
    // A last row with fewer cells than there are headers, without a line break after it:
    // the file was cut off (a broken download or copy), and that row is incomplete.
    if let (Some(last), Some(line)) = (table.rows.last(), table.row_numbers.last())
        && last.len() < table.headers.len()
        && !text.ends_with(['\n', '\r'])
    {
        return Err(refuse(
            path,
            format!(
                "rij {line} heeft {} van de {} kolommen en het bestand houdt midden in die rij op: het bestand lijkt afgebroken",
                last.len(),
                table.headers.len()
            ),
            format!(
                "row {line} has {} of {} columns and the file ends in the middle of it: the file seems cut off",
                last.len(),
                table.headers.len()
            ),
        ));
    }
    Ok((
        table,
        CsvInfo {
            encoding,
            delimiter: char::from(delimiter),
        },
    ))
}

/// Read an XLSX register: the sheet named like "Initiatives"/"Initiatieven"/"Register",
/// else the first sheet. Date cells arrive as dates, numbers as numbers.
pub fn read_xlsx(path: &str, bytes: &[u8]) -> Result<Table> {
    use calamine::{Data, Reader, Xlsx};
    if bytes.is_empty() {
        return Err(refuse(
            path,
            "het bestand is leeg".into(),
            "the file is empty".into(),
        ));
    }
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|error| {
            refuse(
                path,
                format!("geen leesbare Excel-werkmap (.xlsx): {error}"),
                format!("not a readable Excel workbook (.xlsx): {error}"),
            )
        })?;
    let names = workbook.sheet_names();
    let sheet = names
        .iter()
        .find(|name| {
            matches!(
                normalise(name).as_str(),
                "initiatives" | "initiatieven" | "register" | "portfolio" | "portefeuille"
            )
        })
        .or_else(|| names.first())
        .cloned()
        .ok_or_else(|| invalid(path, "the workbook has no sheets".into()))?;
    let range = workbook
        .worksheet_range(&sheet)
        .map_err(|error| invalid(path, format!("sheet {sheet:?} cannot be read: {error}")))?;
    let mut table = Table::default();
    let start_row = range.start().map_or(0, |(row, _)| row as usize);
    let mut first = true;
    for (offset, row) in range.rows().enumerate() {
        let cells: Vec<Cell> = row
            .iter()
            .map(|cell| match cell {
                Data::Empty => Cell::Empty,
                Data::String(text) => {
                    if text.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(text.clone())
                    }
                }
                Data::Float(number) => Cell::Number(*number),
                Data::Int(number) => Cell::Number(*number as f64),
                Data::Bool(value) => Cell::Text(value.to_string()),
                Data::DateTime(value) => {
                    let (year, month, day, ..) = value.to_ymd_hms_milli();
                    NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))
                        .map_or_else(|| Cell::Number(value.as_f64()), Cell::Date)
                }
                Data::DateTimeIso(text) => {
                    NaiveDate::parse_from_str(&text[..text.len().min(10)], "%Y-%m-%d")
                        .map_or_else(|_| Cell::Text(text.clone()), Cell::Date)
                }
                Data::DurationIso(text) => Cell::Text(text.clone()),
                Data::Error(error) => Cell::Text(format!("#{error:?}")),
            })
            .collect();
        if first {
            table.headers = cells
                .iter()
                .map(|cell| cell.text().trim().to_string())
                .collect();
            first = false;
            continue;
        }
        if cells.iter().all(Cell::is_empty) {
            continue;
        }
        table.rows.push(cells);
        table.row_numbers.push(start_row + offset + 1);
    }
    if table.headers.iter().all(|header| header.is_empty()) {
        return Err(invalid(path, format!("sheet {sheet:?} is empty")));
    }
    Ok(table)
}

/// Which field each column holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    /// Per column, in file order.
    pub columns: Vec<Option<RegisterField>>,
}

impl Mapping {
    /// Headers that map to nothing (reported, and mappable by hand in the GUI).
    pub fn unknown<'a>(&self, table: &'a Table) -> Vec<&'a str> {
        table
            .headers
            .iter()
            .zip(&self.columns)
            .filter(|(header, field)| field.is_none() && !header.is_empty())
            .map(|(header, _)| header.as_str())
            .collect()
    }
}

/// Map columns by their headers; `overrides` (header → field, or `None` to ignore a
/// column) come from the user. What is wrong with the mapping (two columns for one field,
/// no column for the names) comes back as problems on row 1, so the import dialog can
/// still show the mapping and let the user fix it by hand.
pub fn map_columns_checked(
    table: &Table,
    overrides: &HashMap<String, Option<RegisterField>>,
) -> (Mapping, Vec<ImportProblem>) {
    let columns: Vec<Option<RegisterField>> = table
        .headers
        .iter()
        .map(|header| match overrides.get(header) {
            Some(choice) => *choice,
            None => field_for_header(header),
        })
        .collect();
    let mut problems = Vec::new();
    let mut seen: HashMap<RegisterField, &str> = HashMap::new();
    for (header, field) in table.headers.iter().zip(&columns) {
        if let Some(field) = field
            && let Some(first) = seen.insert(*field, header)
        {
            problems.push(ImportProblem {
                row: 1,
                column: header.clone(),
                value: header.clone(),
                reason: Reason::new(
                    format!(
                        "de kolommen {first:?} en {header:?} bevatten allebei {}; verwijder er één of wijs hem een ander veld toe",
                        field.header(Language::Dutch).to_lowercase()
                    ),
                    format!(
                        "columns {first:?} and {header:?} both hold {}; remove one or map it to another field",
                        field.header(Language::English).to_lowercase()
                    ),
                ),
            });
        }
    }
    if !columns.contains(&Some(RegisterField::Name)) {
        let found: Vec<&str> = table.headers.iter().map(String::as_str).collect();
        problems.push(ImportProblem {
            row: 1,
            column: String::new(),
            value: found.join(", "),
            reason: Reason::new(
                "geen kolom met de namen van de initiatieven (een kop als \"Naam\" of \"Name\"); wijs de kolom met de namen toe",
                "no column with the initiatives' names (a header like \"Naam\" or \"Name\"); map the column that holds them",
            ),
        });
    }
    (Mapping { columns }, problems)
}

/// As [`map_columns_checked`], with the first problem as the error of the whole file.
pub fn map_columns(
    path: &str,
    table: &Table,
    overrides: &HashMap<String, Option<RegisterField>>,
) -> Result<Mapping> {
    let (mapping, problems) = map_columns_checked(table, overrides);
    match problems.first() {
        Some(problem) => Err(refuse(
            path,
            problem.reason.nl.clone(),
            problem.reason.en.clone(),
        )),
        None => Ok(mapping),
    }
}

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
    pub readiness_level: Option<Option<u8>>,
    pub use_level: Option<Option<u8>>,
    /// (category, year — `None` for "the start date's year" —, actual?, cents)
    pub budgets: Vec<(BudgetCategory, Option<i32>, bool, i64)>,
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
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reason {
    pub nl: String,
    pub en: String,
}

impl Reason {
    pub fn new(nl: impl Into<String>, en: impl Into<String>) -> Self {
        Self {
            nl: nl.into(),
            en: en.into(),
        }
    }

    pub fn text(&self, language: Language) -> &str {
        match language {
            Language::Dutch => &self.nl,
            Language::English => &self.en,
        }
    }
}

impl ImportProblem {
    /// "file, row 4, column "Fase", value "vliegen": unknown phase (…)" (in English).
    pub fn message(&self, path: &str) -> String {
        self.message_in(path, Language::English)
    }

    pub fn message_in(&self, path: &str, language: Language) -> String {
        let mut value = self.value.clone();
        if value.chars().count() > 60 {
            value = value.chars().take(60).collect::<String>() + "…";
        }
        let (row, column, value_word) = match language {
            Language::Dutch => ("rij", "kolom", "waarde"),
            Language::English => ("row", "column", "value"),
        };
        format!(
            "{path}, {row} {}, {column} {:?}, {value_word} {value:?}: {}",
            self.row,
            self.column,
            self.reason.text(language)
        )
    }
}

/// Parse a name of an enumeration in either language, or its identifier.
fn enum_value<T: Copy>(all: &[T], id: fn(T) -> &'static str, text: &str) -> Option<T> {
    let wanted = normalise(text);
    all.iter().copied().find(|value| {
        let identifier = id(*value);
        normalise(identifier) == wanted
            || synonyms(identifier)
                .iter()
                .any(|synonym| normalise(synonym) == wanted)
    })
}

/// Names the register may use for an identifier, beyond the identifier itself: the
/// Dutch and English names of docs/domain.md and the app, and common variants.
fn synonyms(id: &str) -> &'static [&'static str] {
    match id {
        "pilot" => &["pilot", "proef"],
        "living_lab" => &["living lab", "livinglab", "proeftuin", "praktijklab"],
        "experiment" => &["experiment"],
        "digital_government" => &["digital government", "digitale overheid"],
        "e_governance" => &["e-governance", "egovernance", "e overheid", "e-overheid"],
        "smart_government" => &["smart government", "slimme overheid"],
        "smart_society" => &["smart society", "slimme samenleving"],
        "idea" => &[
            "idea",
            "idee",
            "verkenning",
            "idee/verkenning",
            "exploration",
        ],
        "preparation" => &["preparation", "voorbereiding"],
        "evaluation" => &["evaluation", "evaluatie"],
        "scaling" => &["scaling", "opschaling", "opschalen", "scaling up"],
        "anchored" => &["anchored", "geborgd", "borging", "structureel", "embedded"],
        "stopped" => &["stopped", "gestopt", "stop", "beëindigd"],
        _ => &[],
    }
}

fn parse_phase(text: &str) -> Option<Phase> {
    let wanted = normalise(text);
    if matches!(
        wanted.as_str(),
        "pilot" | "pilot running" | "pilot loopt" | "experiment" | "experiment pilot" | "proef"
    ) {
        return Some(Phase::Pilot);
    }
    enum_value(Phase::ALL, Phase::id, text)
}

/// Whole cents from a cell: numbers as they are, text as people write money.
fn cell_cents(cell: &Cell) -> std::result::Result<i64, Reason> {
    match cell {
        Cell::Number(number) => {
            let cents = (number * 100.0).round();
            if cents.abs() > 9e15 {
                return Err(Reason::new("bedrag te groot", "amount too large"));
            }
            Ok(cents as i64)
        }
        Cell::Text(text) => parse_money(text).map_err(|error| match error {
            crate::format::ParseError::TooManyDecimals => {
                Reason::new("meer dan twee decimalen", "more than two decimals")
            }
            crate::format::ParseError::TooLarge => {
                Reason::new("bedrag te groot", "amount too large")
            }
            _ => Reason::new(
                "geen bedrag (schrijf het als € 85.000,00 of 85000.00)",
                "not an amount (write it like € 85.000,00 or 85000.00)",
            ),
        }),
        Cell::Date(_) => Err(Reason::new(
            "een datum waar een bedrag hoort",
            "a date, where an amount was expected",
        )),
        Cell::Empty => Ok(0),
    }
}

fn not_a_date() -> Reason {
    Reason::new(
        "geen datum (schrijf dd-mm-jjjj of jjjj-mm-dd)",
        "not a date (use dd-mm-jjjj or yyyy-mm-dd)",
    )
}

fn cell_date(cell: &Cell) -> std::result::Result<Option<NaiveDate>, Reason> {
    match cell {
        Cell::Empty => Ok(None),
        Cell::Date(date) => Ok(Some(*date)),
        Cell::Text(text) => parse_date(text).map(Some).map_err(|_| not_a_date()),
        Cell::Number(number) => {
            // An Excel serial date that arrived without a date format.
            let days = number.trunc() as i64;
            NaiveDate::from_ymd_opt(1899, 12, 30)
                .and_then(|epoch| epoch.checked_add_signed(chrono::Duration::days(days)))
                .filter(|_| (1..=2_958_465).contains(&days))
                .map(Some)
                .ok_or_else(not_a_date)
        }
    }
}

fn cell_level(cell: &Cell) -> std::result::Result<Option<u8>, Reason> {
    let text = cell.text();
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<u8>() {
        Ok(level) if level <= 9 => Ok(Some(level)),
        _ => Err(Reason::new(
            "een niveau is een geheel getal van 0 tot en met 9",
            "a level is a whole number from 0 to 9",
        )),
    }
}

/// Remove the apostrophe an export puts before text a spreadsheet would run as a formula.
fn unneutralise(text: &str) -> &str {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@', '\t', '\r']) => rest,
        _ => text,
    }
}

/// Parse every row; problems are collected (all of them, so the user can fix the file in
/// one go), never guessed around.
pub fn parse_rows(table: &Table, mapping: &Mapping) -> (Vec<Record>, Vec<ImportProblem>) {
    let mut records = Vec::with_capacity(table.rows.len());
    let mut problems = Vec::new();
    for (cells, &row) in table.rows.iter().zip(&table.row_numbers) {
        let mut record = Record {
            row,
            ..Record::default()
        };
        let mut problem = |column: usize, value: String, reason: Reason| {
            problems.push(ImportProblem {
                row,
                column: table.headers.get(column).cloned().unwrap_or_default(),
                value,
                reason,
            });
        };
        for (column, field) in mapping.columns.iter().enumerate() {
            let Some(field) = field else { continue };
            let cell = cells.get(column).unwrap_or(&Cell::Empty);
            let raw = cell.text();
            if raw.chars().count() > MAX_CELL_CHARS {
                problem(
                    column,
                    raw,
                    Reason::new(
                        format!("langer dan {MAX_CELL_CHARS} tekens"),
                        format!("longer than {MAX_CELL_CHARS} characters"),
                    ),
                );
                continue;
            }
            let text = unneutralise(raw.trim()).to_string();
            let short = |text: &str| text.chars().count() <= MAX_NAME_CHARS;
            match field {
                RegisterField::Id => {
                    if !text.is_empty() {
                        match text.parse::<i64>() {
                            Ok(id) if id > 0 => record.id = Some(id),
                            _ => problem(
                                column,
                                raw,
                                Reason::new(
                                    "een id is een geheel getal boven 0",
                                    "an id is a whole number above 0",
                                ),
                            ),
                        }
                    }
                }
                RegisterField::Name => {
                    if text.is_empty() {
                        problem(
                            column,
                            raw,
                            Reason::new(
                                "elk initiatief heeft een naam nodig",
                                "every initiative needs a name",
                            ),
                        );
                    } else if !short(&text) {
                        problem(
                            column,
                            raw,
                            Reason::new(
                                format!("een naam heeft ten hoogste {MAX_NAME_CHARS} tekens"),
                                format!("a name has at most {MAX_NAME_CHARS} characters"),
                            ),
                        );
                    } else {
                        record.name = text;
                    }
                }
                RegisterField::Kind => {
                    if !text.is_empty() {
                        match enum_value(Kind::ALL, Kind::id, &text) {
                            Some(kind) => record.kind = Some(kind),
                            None => problem(
                                column,
                                raw,
                                Reason::new(
                                    "onbekende soort (gebruik pilot, living lab of experiment)",
                                    "unknown kind (use pilot, living lab or experiment)",
                                ),
                            ),
                        }
                    }
                }
                RegisterField::Department => {
                    if !short(&text) {
                        problem(
                            column,
                            raw,
                            Reason::new(
                                format!("een afdeling heeft ten hoogste {MAX_NAME_CHARS} tekens"),
                                format!("a department has at most {MAX_NAME_CHARS} characters"),
                            ),
                        );
                    } else {
                        record.department = Some((!text.is_empty()).then_some(text));
                    }
                }
                RegisterField::Owner => {
                    if !short(&text) {
                        problem(
                            column,
                            raw,
                            Reason::new(
                                format!("een trekker heeft ten hoogste {MAX_NAME_CHARS} tekens"),
                                format!("an owner has at most {MAX_NAME_CHARS} characters"),
                            ),
                        );
                    } else {
                        record.owner = Some(text);
                    }
                }
                RegisterField::Contact => record.contact = Some(text),
                RegisterField::Quadrant => {
                    if !text.is_empty() {
                        match enum_value(Quadrant::ALL, Quadrant::id, &text) {
                            Some(quadrant) => record.quadrant = Some(quadrant),
                            None => problem(
                                column,
                                raw,
                                Reason::new(
                                    "onbekend kwadrant (gebruik digitale overheid, e-governance, slimme overheid of slimme samenleving)",
                                    "unknown quadrant (use digitale overheid, e-governance, slimme overheid or slimme samenleving)",
                                ),
                            ),
                        }
                    }
                }
                RegisterField::Phase => {
                    if !text.is_empty() {
                        match parse_phase(&text) {
                            Some(phase) => record.phase = Some(phase),
                            None => problem(
                                column,
                                raw,
                                Reason::new(
                                    "onbekende fase (gebruik idee, voorbereiding, pilot, evaluatie, opschaling, geborgd of gestopt)",
                                    "unknown phase (use idee, voorbereiding, pilot, evaluatie, opschaling, geborgd or gestopt)",
                                ),
                            ),
                        }
                    }
                }
                RegisterField::StartDate | RegisterField::EndDate => match cell_date(cell) {
                    Ok(date) => {
                        if *field == RegisterField::StartDate {
                            record.start_date = Some(date);
                        } else {
                            record.end_date = Some(date);
                        }
                    }
                    Err(reason) => problem(column, raw, reason),
                },
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
                            raw,
                            Reason::new(
                                format!("een thema heeft ten hoogste {MAX_NAME_CHARS} tekens"),
                                format!("a theme has at most {MAX_NAME_CHARS} characters"),
                            ),
                        );
                    } else {
                        record.themes = Some(themes);
                    }
                }
                RegisterField::Description => record.description = Some(text),
                RegisterField::ReadinessLevel | RegisterField::UseLevel => match cell_level(cell) {
                    Ok(level) => {
                        if *field == RegisterField::ReadinessLevel {
                            record.readiness_level = Some(level);
                        } else {
                            record.use_level = Some(level);
                        }
                    }
                    Err(reason) => problem(column, raw, reason),
                },
                RegisterField::Budget {
                    category,
                    year,
                    actual,
                } => {
                    if cell.is_empty() {
                        continue;
                    }
                    match cell_cents(cell) {
                        Ok(cents) if cents < 0 => problem(
                            column,
                            raw,
                            Reason::new(
                                "een bedrag kan niet negatief zijn",
                                "an amount cannot be negative",
                            ),
                        ),
                        Ok(cents) => record.budgets.push((*category, *year, *actual, cents)),
                        Err(reason) => problem(column, raw, reason),
                    }
                }
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
                end.format("%d-%m-%Y").to_string(),
                Reason::new(
                    "de einddatum ligt voor de startdatum",
                    "the end date lies before the start date",
                ),
            );
        }
        records.push(record);
    }
    (records, problems)
}

/// The register columns of an export: the fields, then per year with a budget line the
/// planned and spent amounts of both categories.
pub fn export_fields(portfolio: &Portfolio) -> Vec<RegisterField> {
    // Every field but the yearless budget columns (which close `RegisterField::CHOICES`).
    let mut fields: Vec<RegisterField> = RegisterField::CHOICES
        .into_iter()
        .filter(|field| !matches!(field, RegisterField::Budget { .. }))
        .collect();
    let mut years: Vec<i32> = portfolio
        .initiatives
        .iter()
        .flat_map(|initiative| initiative.budget_lines.iter().map(|line| line.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    for year in years {
        for actual in [false, true] {
            for category in [BudgetCategory::Innovation, BudgetCategory::Operation] {
                fields.push(RegisterField::Budget {
                    category,
                    year: Some(year),
                    actual,
                });
            }
        }
    }
    fields
}

/// A register field's value for an initiative, as text in `language` (amounts without
/// the euro sign so a spreadsheet reads them as numbers).
pub fn field_text(initiative: &Initiative, field: RegisterField, tr: &crate::i18n::I18n) -> String {
    let language = tr.language();
    let date = |value: Option<NaiveDate>| crate::format::date_opt(value, language);
    match field {
        RegisterField::Id => initiative.id.to_string(),
        RegisterField::Name => initiative.name.clone(),
        RegisterField::Kind => tr.name("kind", initiative.kind.id()),
        RegisterField::Department => initiative.department.clone().unwrap_or_default(),
        RegisterField::Owner => initiative.owner.clone(),
        RegisterField::Contact => initiative.contact.clone(),
        RegisterField::Quadrant => tr.name("quadrant", initiative.quadrant.id()),
        RegisterField::Phase => tr.name("phase", initiative.phase.id()),
        RegisterField::StartDate => date(initiative.start_date),
        RegisterField::EndDate => date(initiative.end_date),
        RegisterField::Themes => initiative.themes.join("|"),
        RegisterField::Description => initiative.description.clone(),
        RegisterField::ReadinessLevel => initiative
            .readiness_level
            .map(|level| level.to_string())
            .unwrap_or_default(),
        RegisterField::UseLevel => initiative
            .use_level
            .map(|level| level.to_string())
            .unwrap_or_default(),
        RegisterField::Budget {
            category,
            year,
            actual,
        } => {
            let lines = initiative
                .budget_lines
                .iter()
                .filter(|line| line.category == category && Some(line.year) == year);
            let mut any = false;
            let mut total = 0i64;
            for line in lines {
                let amount = if actual {
                    line.actual_cents
                } else {
                    Some(line.planned_cents)
                };
                if let Some(amount) = amount {
                    total += amount;
                    any = true;
                }
            }
            if any {
                plain_amount(total, language)
            } else {
                String::new()
            }
        }
    }
}

/// `85000,00` (Dutch) or `85000.00` (English): no grouping, so every spreadsheet and
/// this importer read it back exactly.
pub fn plain_amount(cents: i64, language: Language) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let magnitude = i128::from(cents).unsigned_abs();
    let separator = if language == Language::Dutch {
        ','
    } else {
        '.'
    };
    format!("{sign}{}{separator}{:02}", magnitude / 100, magnitude % 100)
}

/// Write the register as CSV: in Dutch as Dutch Excel expects (UTF-8 with BOM, `;`,
/// decimal comma, `31-12-2026`), in English with `,`, decimal point and ISO dates.
/// Text a spreadsheet would run as a formula is neutralised.
pub fn write_csv(
    portfolio: &Portfolio,
    language: Language,
    progress: &super::Progress,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let fields = export_fields(portfolio);
    let tr = crate::i18n::I18n::new(language);
    let delimiter = if language == Language::Dutch {
        b';'
    } else {
        b','
    };
    if language == Language::Dutch {
        out.write_all("\u{feff}".as_bytes())
            .map_err(|error| ExchangeError::Other(error.to_string()))?;
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let csv_error = |error: csv::Error| ExchangeError::Other(error.to_string());
    writer
        .write_record(fields.iter().map(|field| field.header(language)))
        .map_err(csv_error)?;
    progress.set_total(portfolio.initiatives.len());
    for (index, initiative) in portfolio.initiatives.iter().enumerate() {
        if index.is_multiple_of(1024) {
            progress.check()?;
        }
        let record: Vec<String> = fields
            .iter()
            .map(|field| {
                let text = field_text(initiative, *field, &tr);
                match field {
                    RegisterField::Budget { .. }
                    | RegisterField::Id
                    | RegisterField::ReadinessLevel
                    | RegisterField::UseLevel => text,
                    _ => super::neutralise_formula(&text).into_owned(),
                }
            })
            .collect();
        writer.write_record(&record).map_err(csv_error)?;
        progress.advance(1);
    }
    writer
        .flush()
        .map_err(|error| ExchangeError::Other(error.to_string()))?;
    Ok(())
}

/// The import template: the headers and two example rows, in `language`, as CSV the way
/// Excel in that language opens it.
pub fn template_csv(language: Language) -> Vec<u8> {
    let mut example = Portfolio::default();
    let year = 2026;
    let mut first = Initiative::new(if language == Language::Dutch {
        "Chatbot klantcontactcentrum"
    } else {
        "Contact centre chatbot"
    });
    first.kind = Kind::Pilot;
    first.department = Some(
        if language == Language::Dutch {
            "Dienstverlening"
        } else {
            "Customer services"
        }
        .into(),
    );
    first.owner = "A. de Vries".into();
    first.quadrant = Quadrant::SmartGovernment;
    first.phase = Phase::Pilot;
    first.start_date = NaiveDate::from_ymd_opt(year, 3, 1);
    first.end_date = NaiveDate::from_ymd_opt(year, 12, 31);
    first.themes = vec!["dienstverlening".into()];
    first.description = if language == Language::Dutch {
        "Beantwoordt veelgestelde vragen; koppeling met het zaaksysteem".into()
    } else {
        "Answers frequently asked questions; linked to the case system".into()
    };
    first.budget_lines = vec![BudgetLine {
        year,
        category: BudgetCategory::Innovation,
        planned_cents: 8_500_000,
        actual_cents: None,
        description: String::new(),
    }];
    example.initiatives.push(first);
    let fields: Vec<RegisterField> = [
        RegisterField::Name,
        RegisterField::Kind,
        RegisterField::Department,
        RegisterField::Owner,
        RegisterField::Quadrant,
        RegisterField::Phase,
        RegisterField::StartDate,
        RegisterField::EndDate,
        RegisterField::Budget {
            category: BudgetCategory::Innovation,
            year: None,
            actual: false,
        },
        RegisterField::Budget {
            category: BudgetCategory::Operation,
            year: None,
            actual: false,
        },
        RegisterField::Themes,
        RegisterField::Description,
    ]
    .to_vec();
    let tr = crate::i18n::I18n::new(language);
    let delimiter = if language == Language::Dutch {
        b';'
    } else {
        b','
    };
    let mut bytes = Vec::new();
    if language == Language::Dutch {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut bytes);
        let _ = writer.write_record(fields.iter().map(|field| field.header(language)));
        for initiative in &example.initiatives {
            let record: Vec<String> = fields
                .iter()
                .map(|field| match field {
                    RegisterField::Budget {
                        category, actual, ..
                    } => field_text(
                        initiative,
                        RegisterField::Budget {
                            category: *category,
                            year: Some(year),
                            actual: *actual,
                        },
                        &tr,
                    ),
                    other => field_text(initiative, *other, &tr),
                })
                .collect();
            let _ = writer.write_record(&record);
        }
        let _ = writer.flush();
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_in_both_languages() {
        assert_eq!(field_for_header("Naam"), Some(RegisterField::Name));
        assert_eq!(
            field_for_header(" Start date "),
            Some(RegisterField::StartDate)
        );
        assert_eq!(field_for_header("Thema's"), Some(RegisterField::Themes));
        assert_eq!(
            field_for_header("Innovatiebudget"),
            Some(RegisterField::Budget {
                category: BudgetCategory::Innovation,
                year: None,
                actual: false
            })
        );
        assert_eq!(
            field_for_header("Beheer besteed 2025"),
            Some(RegisterField::Budget {
                category: BudgetCategory::Operation,
                year: Some(2025),
                actual: true
            })
        );
        assert_eq!(
            field_for_header("Operation budget (€)"),
            Some(RegisterField::Budget {
                category: BudgetCategory::Operation,
                year: None,
                actual: false
            })
        );
        assert_eq!(field_for_header("Opmerkingen van de wethouder"), None);
        for language in [Language::Dutch, Language::English] {
            for field in RegisterField::CHOICES {
                assert_eq!(
                    field_for_header(&field.header(language)),
                    Some(field),
                    "{field:?}"
                );
            }
        }
    }

    #[test]
    fn values_in_both_languages() {
        assert_eq!(parse_phase("geborgd"), Some(Phase::Anchored));
        assert_eq!(parse_phase("Pilot loopt"), Some(Phase::Pilot));
        assert_eq!(parse_phase("evaluation"), Some(Phase::Evaluation));
        assert_eq!(parse_phase("idee"), Some(Phase::Idea));
        assert_eq!(
            enum_value(Quadrant::ALL, Quadrant::id, "Slimme samenleving"),
            Some(Quadrant::SmartSociety)
        );
        assert_eq!(
            enum_value(Quadrant::ALL, Quadrant::id, "e_governance"),
            Some(Quadrant::EGovernance)
        );
        assert_eq!(
            enum_value(Kind::ALL, Kind::id, "Living lab"),
            Some(Kind::LivingLab)
        );
        // The app's own names (what an export writes) read back.
        for language in [Language::Dutch, Language::English] {
            let tr = crate::i18n::I18n::new(language);
            for phase in Phase::ALL {
                assert_eq!(parse_phase(&tr.name("phase", phase.id())), Some(*phase));
            }
            for quadrant in Quadrant::ALL {
                assert_eq!(
                    enum_value(
                        Quadrant::ALL,
                        Quadrant::id,
                        &tr.name("quadrant", quadrant.id())
                    ),
                    Some(*quadrant)
                );
            }
            for kind in Kind::ALL {
                assert_eq!(
                    enum_value(Kind::ALL, Kind::id, &tr.name("kind", kind.id())),
                    Some(*kind)
                );
            }
        }
    }

    #[test]
    fn decoding_and_separators() {
        let (table, info) =
            read_csv("a.csv", b"\xef\xbb\xbfNaam;Afdeling\r\nA;B\r\n").expect("read");
        assert_eq!(info.encoding, "UTF-8 with BOM");
        assert_eq!(info.delimiter, ';');
        assert_eq!(table.headers, vec!["Naam", "Afdeling"]);
        let (table, _) = read_csv("crlf.csv", b"Naam\r\nA\r\n\r\nB\r\n").expect("read");
        assert_eq!(
            table.row_numbers,
            vec![2, 4],
            "line numbers as a text editor shows them"
        );
        let (table, info) = read_csv("b.csv", b"Naam;Afdeling\nCaf\xe9 \x80;X\n").expect("read");
        assert_eq!(info.encoding, "Windows-1252");
        assert_eq!(table.rows[0][0], Cell::Text("Café €".into()));
        assert_eq!(table.row_numbers, vec![2]);
        let empty = read_csv("c.csv", b"").map(drop).err();
        assert_eq!(
            empty.as_ref().map(|e| e.localized(Language::Dutch)),
            Some("c.csv: het bestand is leeg".to_string())
        );
        assert_eq!(
            empty.map(|e| e.localized(Language::English)),
            Some("c.csv: the file is empty".to_string())
        );
        let junk = read_csv("d.bin", b"PK\x03\x04\x00\x00binary")
            .map(drop)
            .err();
        assert!(junk.is_some_and(|e| e.to_string().contains("not a text (CSV) file")));
    }

    #[test]
    fn problems_name_row_column_value_and_reason() {
        let (table, _) = read_csv(
            "r.csv",
            "Naam,Startdatum,Innovatiebudget,Fase\nA,31-02-2026,€ 1.000,00,pilot\n,01-01-2026,12,pilot\nC,01-01-2026,twaalf,vliegen\n"
                .replace("€ 1.000,00", "\"€ 1.000,00\"")
                .as_bytes(),
        )
        .expect("read");
        let mapping = map_columns("r.csv", &table, &HashMap::new()).expect("mapping");
        let (_, problems) = parse_rows(&table, &mapping);
        let messages: Vec<String> = problems.iter().map(|p| p.message("r.csv")).collect();
        assert_eq!(
            messages,
            vec![
                "r.csv, row 2, column \"Startdatum\", value \"31-02-2026\": not a date (use dd-mm-jjjj or yyyy-mm-dd)",
                "r.csv, row 3, column \"Naam\", value \"\": every initiative needs a name",
                "r.csv, row 4, column \"Innovatiebudget\", value \"twaalf\": not an amount (write it like € 85.000,00 or 85000.00)",
                "r.csv, row 4, column \"Fase\", value \"vliegen\": unknown phase (use idee, voorbereiding, pilot, evaluatie, opschaling, geborgd or gestopt)",
            ]
        );
    }

    #[test]
    fn duplicate_and_missing_columns() {
        let (table, _) = read_csv("x.csv", b"Naam,Name\nA,B\n").expect("read");
        let error = map_columns("x.csv", &table, &HashMap::new())
            .map(drop)
            .err();
        assert!(error.is_some_and(|e| {
            e.to_string()
                .contains("\"Naam\" and \"Name\" both hold name")
        }));
        let (table, _) = read_csv("y.csv", b"Afdeling,Fase\nA,B\n").expect("read");
        let error = map_columns("y.csv", &table, &HashMap::new())
            .map(drop)
            .err();
        assert!(error.is_some_and(|e| {
            e.to_string()
                .contains("no column with the initiatives' names")
        }));
        // By hand: the unknown column holds the names.
        let (table, _) = read_csv("z.csv", b"Projecttitel,Fase\nA,pilot\n").expect("read");
        let overrides: HashMap<String, Option<RegisterField>> =
            [("Projecttitel".to_string(), Some(RegisterField::Name))]
                .into_iter()
                .collect();
        let mapping = map_columns("z.csv", &table, &overrides).expect("mapped by hand");
        assert_eq!(
            mapping.columns,
            vec![Some(RegisterField::Name), Some(RegisterField::Phase)]
        );
    }
}
