//! Reading a register file into a table of cells: CSV in any of the usual encodings and
//! separators, or the first sheet of an XLSX workbook.

use crate::i18n::Message;
use chrono::NaiveDate;

use super::*;
use crate::exchange::{ExchangeError, Result};

/// A cell as read from the file.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
}

impl Cell {
    pub(super) fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(text) => text.clone(),
            Cell::Number(number) => format_number(*number),
            Cell::Date(date) => date.format("%Y-%m-%d").to_string(),
        }
    }

    pub(super) fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(text) => text.trim().is_empty(),
            _ => false,
        }
    }
}

pub(super) fn format_number(number: f64) -> String {
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
pub(super) fn decode(path: &str, bytes: &[u8]) -> Result<(String, &'static str)> {
    if bytes.is_empty() {
        return Err(refuse(path, Message::new("file-empty")));
    }
    if let Some((encoding, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, had_errors) = encoding.decode(bytes);
        if had_errors {
            return Err(refuse(
                path,
                Message::new("file-false-encoding").with("encoding", encoding.name()),
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
        return Err(refuse(path, Message::new("file-not-text")));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok((text.to_string(), "UTF-8")),
        Err(_) => {
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            Ok((text.into_owned(), "Windows-1252"))
        }
    }
}

/// A refusal of the whole file, with the reason.
pub(crate) fn refuse(path: &str, message: Message) -> ExchangeError {
    ExchangeError::Invalid {
        path: path.to_string(),
        message,
    }
}

/// The separator of a CSV file: whichever of `;`, `,` and tab splits the header line
/// into the most fields (outside quotes).
pub(super) fn sniff_delimiter(text: &str) -> u8 {
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
            refuse(
                path,
                Message::new("file-csv-unreadable")
                    .with_number("row", line)
                    .with("detail", error.to_string()),
            )
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
        return Err(refuse(path, Message::new("file-empty")));
    }
    // A last row with fewer cells than there are headers, without a line break after it:
    // the file was cut off (a broken download or copy), and that row is incomplete.
    if let (Some(last), Some(line)) = (table.rows.last(), table.row_numbers.last())
        && last.len() < table.headers.len()
        && !text.ends_with(['\n', '\r'])
    {
        return Err(refuse(
            path,
            Message::new("file-cut-off")
                .with_number("row", *line)
                .with_number("cells", last.len())
                .with_number("columns", table.headers.len()),
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
        return Err(refuse(path, Message::new("file-empty")));
    }
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|error: calamine::XlsxError| {
            refuse(
                path,
                Message::new("file-not-xlsx").with("detail", error.to_string()),
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
        .ok_or_else(|| refuse(path, Message::new("file-no-sheets")))?;
    let range = workbook.worksheet_range(&sheet).map_err(|error| {
        refuse(
            path,
            Message::new("file-sheet-unreadable")
                .with("sheet", sheet.clone())
                .with("detail", error.to_string()),
        )
    })?;
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
        return Err(refuse(
            path,
            Message::new("file-sheet-empty").with("sheet", sheet.clone()),
        ));
    }
    Ok(table)
}
