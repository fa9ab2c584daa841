//! Reading a register file into a table of cells: CSV in any of the usual encodings and
//! separators, or the register's sheet of an XLSX workbook or an ODS spreadsheet.

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
    pub(crate) fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Cell::Empty => "".into(),
            Cell::Text(text) => text.as_str().into(),
            Cell::Number(number) => format_number(*number).into(),
            Cell::Date(date) => date.format("%Y-%m-%d").to_string().into(),
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
    /// The line (CSV) or row (XLSX) the headers are on, counted from 1: below a title,
    /// a date or notes when it is more than 1 (what lies above is not read).
    pub header_row: usize,
    /// The row of a second header line joined to the first (see [`join_header_rows`]).
    pub second_header_row: Option<usize>,
    /// The sheet read, for a workbook.
    pub sheet: Option<String>,
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

/// How many of a file's first rows are looked at for its column headers.
pub(super) const HEADER_SEARCH_ROWS: usize = 30;

/// What recognises a file's headers: a key for each field it knows (two headers of one
/// field have one key). A register's are [`register_header`]; a peer file has its own.
pub type Recognise = fn(&str) -> Option<String>;

/// A register's header: the field it holds, as a key (`Name`, `Budget { … }`).
pub fn register_header(header: &str) -> Option<String> {
    field_for_header(header).map(|field| format!("{field:?}"))
}

/// A header is a few words (with a hint in brackets at most): a longer text is a row's
/// content, not looked at as a header.
const LONGEST_HEADER_BYTES: usize = 1_000;

/// How many different fields `recognise` knows among a row's texts.
pub(super) fn known_headers<'a>(
    texts: impl Iterator<Item = &'a str>,
    recognise: Recognise,
) -> usize {
    texts
        .filter(|text| text.len() <= LONGEST_HEADER_BYTES)
        .filter_map(recognise)
        .collect::<std::collections::HashSet<String>>()
        .len()
}

/// Which of the first rows (by their recognised headers, see [`known_headers`]) holds the
/// column headers: the first, unless a later one has more, and at least two. A register
/// kept by hand often has a title, a date or a note above its table.
fn header_index(scores: impl Iterator<Item = usize>) -> usize {
    let mut best = (0, 0);
    for (index, score) in scores.take(HEADER_SEARCH_ROWS).enumerate() {
        if index == 0 {
            best = (0, score);
        } else if score > best.1 && score >= 2 {
            best = (index, score);
        }
    }
    best.0
}

/// The separator of a CSV file and the index of its header record: the separator (`;`,
/// `,` or tab) that splits some early line into the most known headers; when none gives
/// two, the one that splits the first line into the most fields (outside quotes), with
/// the headers on that line.
pub(super) fn sniff_delimiter(text: &str, recognise: Recognise) -> (u8, usize) {
    let records = |delimiter: u8| {
        csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.as_bytes())
            .into_records()
            .take(HEADER_SEARCH_ROWS)
            .map_while(std::result::Result::ok)
            .map(|record| known_headers(record.iter(), recognise))
            .collect::<Vec<_>>()
    };
    let mut found: Option<(u8, usize, usize)> = None;
    for candidate in [b';', b',', b'\t'] {
        let scores = records(candidate);
        let index = header_index(scores.iter().copied());
        let score = scores.get(index).copied().unwrap_or(0);
        if score >= 2 && found.is_none_or(|(_, _, best)| score > best) {
            found = Some((candidate, index, score));
        }
    }
    if let Some((delimiter, index, _)) = found {
        return (delimiter, index);
    }
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
    (best.0, 0)
}

/// Read a CSV register.
pub fn read_csv(path: &str, bytes: &[u8]) -> Result<(Table, CsvInfo)> {
    read_csv_with(path, bytes, register_header)
}

/// Read a CSV file whose headers `recognise` knows (to find them below a title).
pub fn read_csv_with(path: &str, bytes: &[u8], recognise: Recognise) -> Result<(Table, CsvInfo)> {
    let (text, encoding) = decode(path, bytes)?;
    let (delimiter, header_index) = sniff_delimiter(&text, recognise);
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut table = Table::default();
    let mut first = true;
    let (mut line_count, mut counted_to) = (0usize, 0usize);
    for (index, record) in reader.records().enumerate() {
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
        // A title, a date or notes above the headers are not read.
        if index < header_index {
            continue;
        }
        if first {
            table.headers = record
                .iter()
                .map(|header| header.trim().to_string())
                .collect();
            table.header_row = line;
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
    join_header_rows(&mut table, recognise);
    Ok((
        table,
        CsvInfo {
            encoding,
            delimiter: char::from(delimiter),
        },
    ))
}

/// At most this many unpacked bytes in an XLSX container (its sheets, shared strings, …).
const MAX_XLSX_UNPACKED_BYTES: u64 = 1024 * 1024 * 1024;
/// At most this many filled cells in the sheet read (100,000 initiatives × 50 columns).
const MAX_XLSX_CELLS: usize = 5_000_000;
/// A register's columns lie within the first 1,000 (Excel allows 16,384).
pub(super) const MAX_XLSX_COLUMNS: u32 = 1_000;
/// The most text one cell of a sheet may hold: far more than any field (a description
/// holds 20,000 characters, which the parse checks with the row and column). A file whose
/// cell holds more is refused, never cut.
pub(super) const MAX_CELL_BYTES: usize = 1024 * 1024;
/// The most text the sheet read may hold in all: a crafted file can repeat one long text
/// in millions of cells (a shared string in XLSX, a repeated cell in ODS) from a few
/// kilobytes.
pub(super) const MAX_SHEET_TEXT_BYTES: usize = 256 * 1024 * 1024;

/// Refuse a container that would unpack to more than a register can be, before calamine
/// reads it (a "zip bomb" of a few KB can unpack to gigabytes).
pub(super) fn check_container(path: &str, bytes: &[u8]) -> Result<()> {
    check_container_within(path, bytes, MAX_XLSX_UNPACKED_BYTES)
}

pub fn check_container_within(path: &str, bytes: &[u8], limit: u64) -> Result<()> {
    let not_xlsx =
        |detail: String| refuse(path, Message::new("file-not-xlsx").with("detail", detail));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|error| not_xlsx(error.to_string()))?;
    let mut unpacked: u64 = 0;
    for index in 0..archive.len() {
        let entry = archive
            .by_index_raw(index)
            .map_err(|error| not_xlsx(error.to_string()))?;
        unpacked = unpacked.saturating_add(entry.size());
    }
    if unpacked > limit {
        return Err(refuse(
            path,
            Message::new("file-xlsx-unpacked-too-large")
                .with_number("megabytes", limit / (1024 * 1024)),
        ));
    }
    Ok(())
}

/// Read a spreadsheet register: an Excel workbook (XLSX), an OpenDocument spreadsheet
/// (ODS, what LibreOffice saves and the Dutch government's open standard) or a legacy
/// Excel 97–2003 workbook (XLS), told apart by their content.
pub fn read_workbook_with(path: &str, bytes: &[u8], recognise: Recognise) -> Result<Table> {
    if is_xls(bytes) {
        read_xls_with(path, bytes, recognise)
    } else if is_ods(bytes) {
        read_ods_with(path, bytes, recognise)
    } else {
        read_xlsx_with(path, bytes, recognise)
    }
}

/// A spreadsheet reference such as `XFD1048576` for a 0-based (row, column).
fn cell_reference(row: u32, column: u32) -> String {
    let mut letters = Vec::new();
    let mut rest = column + 1;
    while rest > 0 {
        let digit = u8::try_from((rest - 1) % 26).unwrap_or(0);
        letters.push(char::from(b'A' + digit));
        rest = (rest - 1) / 26;
    }
    letters.iter().rev().collect::<String>() + &(u64::from(row) + 1).to_string()
}

/// Read an XLSX register: the sheet named like "Initiatives"/"Initiatieven"/"Register",
/// else the first sheet. Date cells arrive as dates, numbers as numbers. The cells are
/// streamed one by one (never a dense range, which a cell at XFD1048576 would make
/// 17 billion cells large), and their number and columns are bounded.
pub fn read_xlsx(path: &str, bytes: &[u8]) -> Result<Table> {
    read_xlsx_with(path, bytes, register_header)
}

/// Read a workbook whose headers `recognise` knows (to choose its sheet and find them
/// below a title).
pub fn read_xlsx_with(path: &str, bytes: &[u8], recognise: Recognise) -> Result<Table> {
    use calamine::{DataRef, Reader, Xlsx};
    if bytes.is_empty() {
        return Err(refuse(path, Message::new("file-empty")));
    }
    check_container(path, bytes)?;
    let mut workbook: Xlsx<_> = calamine::open_workbook_from_rs(std::io::Cursor::new(bytes))
        .map_err(|error: calamine::XlsxError| {
            refuse(
                path,
                Message::new("file-not-xlsx").with("detail", error.to_string()),
            )
        })?;
    let names = workbook.sheet_names();
    // A sheet named for the register; else the one whose first rows hold the most known
    // headers (a workbook often opens on its explanation); else the first.
    let named = names.iter().find(|name| {
        matches!(
            normalise(name).as_str(),
            "initiatives" | "initiatieven" | "register" | "portfolio" | "portefeuille"
        )
    });
    let sheet = match named {
        Some(name) => name.clone(),
        None => {
            let mut best: Option<(&String, usize)> = None;
            for name in &names {
                let score = sheet_score(&mut workbook, name, recognise);
                if best.is_none_or(|(_, most)| score > most) {
                    best = Some((name, score));
                }
            }
            best.map(|(name, _)| name.clone())
                .ok_or_else(|| refuse(path, Message::new("file-no-sheets")))?
        }
    };
    let unreadable = |error: calamine::XlsxError| {
        refuse(
            path,
            Message::new("file-sheet-unreadable")
                .with("sheet", sheet.clone())
                .with("detail", error.to_string()),
        )
    };
    let mut reader = workbook
        .worksheet_cells_reader(&sheet)
        .map_err(unreadable)?;
    let mut cells = SheetCells::default();
    while let Some(found) = reader.next_cell().map_err(unreadable)? {
        let (row, column) = found.get_position();
        let cell = match found.get_value() {
            DataRef::Empty => continue,
            DataRef::String(text) => text_cell(text),
            DataRef::SharedString(text) => text_cell(text),
            DataRef::Float(number) => Cell::Number(*number),
            DataRef::Int(number) => Cell::Number(*number as f64),
            DataRef::Bool(value) => Cell::Text(value.to_string()),
            DataRef::DateTime(value) => date_time_cell(value),
            DataRef::DateTimeIso(text) => iso_date_cell(text),
            DataRef::DurationIso(text) => Cell::Text(text.clone()),
            DataRef::Error(error) => Cell::Text(format!("#{error:?}")),
        };
        cells.add(path, row, column, cell)?;
    }
    cells.into_table(path, sheet, recognise)
}

/// A sheet's filled cells as they are read, bounded in number and columns.
#[derive(Default)]
pub(super) struct SheetCells {
    /// Filled cells per row, in the sheet's order: (column, cell).
    rows: std::collections::BTreeMap<u32, Vec<(u32, Cell)>>,
    count: usize,
    /// The bytes of all its texts.
    text_bytes: usize,
}

impl SheetCells {
    pub(super) fn add(&mut self, path: &str, row: u32, column: u32, cell: Cell) -> Result<()> {
        // Before anything else: a text too long for a cell, blank or not, is refused.
        if let Cell::Text(text) = &cell
            && text.len() > MAX_CELL_BYTES
        {
            return Err(refuse(
                path,
                Message::new("file-cell-too-large")
                    .with("cell", cell_reference(row, column))
                    .with_number("megabytes", MAX_CELL_BYTES >> 20),
            ));
        }
        if cell.is_empty() {
            return Ok(());
        }
        if column >= MAX_XLSX_COLUMNS {
            return Err(refuse(
                path,
                Message::new("file-xlsx-column-too-far")
                    .with("cell", cell_reference(row, column))
                    .with_number("columns", MAX_XLSX_COLUMNS),
            ));
        }
        self.count += 1;
        if self.count > MAX_XLSX_CELLS {
            return Err(refuse(
                path,
                Message::new("file-xlsx-too-many-cells").with_number("cells", MAX_XLSX_CELLS),
            ));
        }
        if let Cell::Text(text) = &cell {
            self.text_bytes += text.len();
            if self.text_bytes > MAX_SHEET_TEXT_BYTES {
                return Err(refuse(
                    path,
                    Message::new("file-sheet-too-much-text")
                        .with_number("megabytes", MAX_SHEET_TEXT_BYTES >> 20),
                ));
            }
        }
        self.rows.entry(row).or_default().push((column, cell));
        Ok(())
    }

    /// The table of the sheet `sheet`: its headers on the row [`header_index`] finds,
    /// starting at the first filled column below a title, as a range would.
    pub(super) fn into_table(
        self,
        path: &str,
        sheet: String,
        recognise: Recognise,
    ) -> Result<Table> {
        // A title, a date or notes above the headers are not read.
        let header_index = header_index(self.rows.values().map(|cells| {
            let texts: Vec<_> = cells.iter().map(|(_, cell)| cell.text()).collect();
            known_headers(texts.iter().map(|text| text.as_ref()), recognise)
        }));
        let rows: Vec<(u32, Vec<(u32, Cell)>)> = self.rows.into_iter().skip(header_index).collect();
        let mut first_column = u32::MAX;
        let mut last_column = 0;
        for (column, _) in rows.iter().flat_map(|(_, cells)| cells) {
            first_column = first_column.min(*column);
            last_column = last_column.max(*column);
        }
        let width = if rows.is_empty() {
            0
        } else {
            (last_column - first_column + 1) as usize
        };
        let mut table = Table::default();
        let mut first = true;
        for (row, cells) in rows {
            let mut line = vec![Cell::Empty; width];
            for (column, cell) in cells {
                if let Some(slot) = line.get_mut((column - first_column) as usize) {
                    *slot = cell;
                }
            }
            if first {
                table.headers = line
                    .iter()
                    .map(|cell| cell.text().trim().to_string())
                    .collect();
                table.header_row = row as usize + 1;
                first = false;
                continue;
            }
            table.rows.push(line);
            table.row_numbers.push(row as usize + 1);
        }
        if table.headers.iter().all(|header| header.is_empty()) {
            return Err(refuse(
                path,
                Message::new("file-sheet-empty").with("sheet", sheet.clone()),
            ));
        }
        join_header_rows(&mut table, recognise);
        table.sheet = Some(sheet);
        Ok(table)
    }
}

/// A date cell (a spreadsheet's serial day number), or its number when it is no date.
pub(super) fn date_time_cell(value: &calamine::ExcelDateTime) -> Cell {
    let (year, month, day, ..) = value.to_ymd_hms_milli();
    NaiveDate::from_ymd_opt(i32::from(year), u32::from(month), u32::from(day))
        .map_or_else(|| Cell::Number(value.as_f64()), Cell::Date)
}

/// The date part of an ISO date-time, cut on a character boundary (the text comes from
/// the file and need not be ASCII); else the text as it is.
pub(super) fn iso_date_cell(text: &str) -> Cell {
    text.get(..10)
        .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .map_or_else(|| text_cell(text), Cell::Date)
}

/// Headers over two rows, as spreadsheets lay out a group over its columns: `Budget 2026`
/// merged over `Innovatie` and `Beheer`, or `Innovatiebudget` over `2026`, `2027`, `2028`.
/// The row under the headers is taken as their second line when it has no name (a row of
/// initiatives has one) and joining it (to the nearest header on its left where a merged
/// cell left the column blank) gives more known fields than the first row alone.
fn join_header_rows(table: &mut Table, recognise: Recognise) {
    let Some(lower) = table.rows.first() else {
        return;
    };
    let name_column = table
        .headers
        .iter()
        .position(|header| recognise(header).as_deref() == Some("Name"));
    if name_column.is_some_and(|column| lower.get(column).is_some_and(|cell| !cell.is_empty())) {
        return;
    }
    let mut joined = Vec::with_capacity(table.headers.len());
    let mut group = String::new();
    for (column, upper) in table.headers.iter().enumerate() {
        if !upper.is_empty() {
            group.clone_from(upper);
        }
        let below = lower.get(column).map(|cell| cell.text().trim().to_string());
        joined.push(match below.filter(|text| !text.is_empty()) {
            Some(below) if group.is_empty() => below,
            Some(below) => format!("{group} {below}"),
            None => upper.clone(),
        });
    }
    let known = |headers: &[String]| known_headers(headers.iter().map(String::as_str), recognise);
    if known(&joined) > known(&table.headers) {
        table.headers = joined;
        table.rows.remove(0);
        table.second_header_row = Some(table.row_numbers.remove(0));
    }
}

/// How much a sheet's first rows look like a register's: the most known headers on one
/// of its first [`HEADER_SEARCH_ROWS`] rows (read as a stream, at most 30,000 cells).
fn sheet_score<RS: std::io::Read + std::io::Seek>(
    workbook: &mut calamine::Xlsx<RS>,
    sheet: &str,
    recognise: Recognise,
) -> usize {
    use calamine::DataRef;
    let Ok(mut reader) = workbook.worksheet_cells_reader(sheet) else {
        return 0;
    };
    let (mut best, mut rows, mut cells) = (0, 0, 0);
    let mut texts: Vec<String> = Vec::new();
    let mut current: Option<u32> = None;
    loop {
        let next = reader.next_cell().ok().flatten();
        let row = next.as_ref().map(|cell| cell.get_position().0);
        if row != current {
            if current.is_some() {
                best = best.max(known_headers(texts.iter().map(String::as_str), recognise));
                texts.clear();
                rows += 1;
            }
            if rows >= HEADER_SEARCH_ROWS || row.is_none() {
                return best;
            }
            current = row;
        }
        cells += 1;
        if cells > 30_000 {
            return best;
        }
        match next.as_ref().map(calamine::Cell::get_value) {
            Some(DataRef::String(text)) => texts.push(text.clone()),
            Some(DataRef::SharedString(text)) => texts.push((*text).to_owned()),
            _ => {}
        }
    }
}

/// A text cell; blank text is an empty cell.
pub(super) fn text_cell(text: &str) -> Cell {
    if text.trim().is_empty() {
        Cell::Empty
    } else {
        Cell::Text(text.to_string())
    }
}
