//! Reading an OpenDocument spreadsheet (ODS) register: `content.xml` read once, as a
//! stream, with quick-xml. The cells are taken as calamine's ODS reader takes them
//! (values from `office:value`, `office:date-value`, …; text from the paragraphs, with
//! `<text:s/>`, tabs and line breaks), but only the register's sheet is kept, and only its
//! filled cells: calamine laid every sheet out as a full rectangle in memory, and the
//! file had to be read twice (once to bound that rectangle). At 100,000 initiatives
//! Proeftuin's own ODS workbook was read in 2.6 s at 456 MB that way.
//!
//! A file's repeats are bounded before anything is expanded: a few bytes
//! (`number-rows-repeated="1048576"`) can stand for billions of cells.

use std::io::BufReader;

use quick_xml::events::{BytesStart, Event};

use super::read::{
    Cell, HEADER_SEARCH_ROWS, MAX_CELL_BYTES, MAX_XLSX_COLUMNS, Recognise, SheetCells, Table,
    check_container, iso_date_cell, known_headers, refuse, text_cell,
};
use super::*;
use crate::exchange::{ExchangeError, Result};
use crate::i18n::Message;

/// The media type an OpenDocument spreadsheet (`.ods`) names in its `mimetype` entry.
const ODS_MEDIA_TYPE: &[u8] = b"application/vnd.oasis.opendocument.spreadsheet";

/// Whether a zip container is an OpenDocument spreadsheet (by its `mimetype` entry, which
/// the format puts first and uncompressed), not an Excel workbook.
pub fn is_ods(bytes: &[u8]) -> bool {
    let Ok(mut archive) = zip::ZipArchive::new(std::io::Cursor::new(bytes)) else {
        return false;
    };
    let Ok(entry) = archive.by_name("mimetype") else {
        return false;
    };
    let mut start = Vec::with_capacity(ODS_MEDIA_TYPE.len());
    std::io::Read::read_to_end(
        &mut std::io::Read::take(entry, ODS_MEDIA_TYPE.len() as u64 + 1),
        &mut start,
    )
    .is_ok()
        && start == ODS_MEDIA_TYPE
}

/// The most cells an ODS file may span over all its sheets, each from its first row and
/// column to its last filled ones, repeats expanded (empty cells in between counted): a
/// register is far smaller. Proeftuin's own workbook of 100,000 initiatives, saved again
/// by LibreOffice, spans 5.1 million (four sheets, seven years of budgets).
const MAX_ODS_CELLS: u64 = 10_000_000;
/// The most row elements an ODS file may hold over all its sheets.
const MAX_ODS_ROW_ELEMENTS: u64 = 2_000_000;
/// A spreadsheet's rows and columns as LibreOffice bounds them.
const ODS_ROWS: u64 = 1_048_576;
const ODS_COLUMNS: u64 = 16_384;

/// Whether a sheet's name says it is the register.
pub(super) fn named_as_register(name: &str) -> bool {
    matches!(
        normalise(name).as_str(),
        "initiatives" | "initiatieven" | "register" | "portfolio" | "portefeuille"
    )
}

/// A sheet as it is read: its name, how well its first rows match the headers, and its
/// filled cells (unless an earlier sheet is the register anyway).
struct SheetRead {
    name: String,
    named: bool,
    /// The most known headers in one of its first filled rows, and how many filled rows
    /// were scored.
    score: usize,
    scored_rows: usize,
    cells: Option<SheetCells>,
    /// The first problem with its cells (a cell too far right, too many cells), told
    /// only if this sheet turns out to be the register.
    problem: Option<ExchangeError>,
}

impl SheetRead {
    /// Whether this sheet is a better register than `other` (the first of equals wins).
    fn beats(&self, other: &SheetRead) -> bool {
        match (self.named, other.named) {
            (true, false) => true,
            (false, true) | (true, true) => false,
            (false, false) => self.score > other.score,
        }
    }
}

/// Read an ODS register: the first sheet named like a register, else the one whose first
/// rows hold the most known headers, else the first.
pub fn read_ods_with(path: &str, bytes: &[u8], recognise: Recognise) -> Result<Table> {
    let not_ods = |detail: &dyn std::fmt::Display| {
        refuse(
            path,
            Message::new("file-not-ods").with("detail", detail.to_string()),
        )
    };
    check_container(path, bytes)?;
    let mut archive =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|error| not_ods(&error))?;
    let content = archive
        .by_name("content.xml")
        .map_err(|error| not_ods(&error))?;
    let mut reader = quick_xml::Reader::from_reader(BufReader::with_capacity(1 << 16, content));
    reader.config_mut().check_end_names = false;
    let too_large = || {
        refuse(
            path,
            Message::new("file-ods-too-large").with_number("cells", MAX_ODS_CELLS),
        )
    };

    let mut best: Option<SheetRead> = None;
    let mut sheet: Option<SheetRead> = None;
    // The extent of the file so far: cells spanned by the sheets before, row elements.
    let (mut spanned, mut row_elements) = (0u64, 0u64);
    // How deep in tables the reader is (a sheet is at depth 1; a table inside a cell is
    // counted with its sheet), and in elements at all.
    let (mut depth, mut open) = (0u32, 0u64);
    // Within a sheet: the next row, the end of its last filled row, its widest row.
    let (mut row, mut filled_rows, mut width) = (0u64, 0u64, 0u64);
    // Within a row: its repeats, the next column, the end of its last filled cell, and
    // its filled cells as runs (first column, columns, value): a repeated cell is kept
    // once, and only the sheet's cells are copies (bounded there).
    let (mut row_repeats, mut column, mut row_width) = (1u64, 0u64, 0u64);
    let mut row_cells: Vec<Run> = Vec::new();
    // Within a cell: its repeats, value, whether its text is its value, its text.
    let mut cell = CellRead::default();
    let mut in_cell = false;
    // Inside an annotation (a comment), whose text is not the cell's.
    let mut annotation = 0u32;
    let mut buffer = Vec::new();
    loop {
        let event = reader
            .read_event_into(&mut buffer)
            .map_err(|error| not_ods(&error))?;
        let opens = matches!(event, Event::Start(_));
        match &event {
            Event::Start(_) => open += 1,
            Event::End(_) => open = open.saturating_sub(1),
            _ => {}
        }
        match event {
            // A document that ends inside an element: a broken download or copy.
            Event::Eof if open > 0 => return Err(refuse(path, Message::new("file-ods-cut-off"))),
            Event::Eof => break,
            Event::Start(element) if element.name().as_ref() == "table:table" => {
                if depth == 0 {
                    (row, filled_rows, width) = (0, 0, 0);
                    let name = attribute(&element, "table:name").unwrap_or_default();
                    let named = named_as_register(&name);
                    // After a sheet named as the register, no other is kept.
                    let wanted = !best.as_ref().is_some_and(|best| best.named);
                    sheet = Some(SheetRead {
                        name,
                        named,
                        score: 0,
                        scored_rows: 0,
                        cells: wanted.then(SheetCells::default),
                        problem: None,
                    });
                }
                depth += 1;
            }
            Event::End(element) if element.name().as_ref() == "table:table" => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    spanned = spanned.saturating_add(filled_rows.saturating_mul(width));
                    if let Some(done) = sheet.take()
                        && best.as_ref().is_none_or(|best| done.beats(best))
                    {
                        best = Some(done);
                    }
                }
            }
            Event::Start(element) | Event::Empty(element)
                if element.name().as_ref() == "table:table-row" =>
            {
                row_elements += 1;
                if row_elements > MAX_ODS_ROW_ELEMENTS {
                    return Err(too_large());
                }
                row_repeats = repeats(&element, "table:number-rows-repeated", ODS_ROWS);
                (column, row_width) = (0, 0);
                row_cells.clear();
                if !opens {
                    row = row.saturating_add(row_repeats).min(ODS_ROWS);
                }
            }
            Event::End(element) if element.name().as_ref() == "table:table-row" => {
                let first = row;
                row = row.saturating_add(row_repeats).min(ODS_ROWS);
                if row_width > 0 {
                    filled_rows = row;
                    width = width.max(row_width);
                    if spanned.saturating_add(filled_rows.saturating_mul(width)) > MAX_ODS_CELLS {
                        return Err(too_large());
                    }
                }
                if depth == 1
                    && !row_cells.is_empty()
                    && let Some(sheet) = sheet.as_mut()
                {
                    take_row(sheet, path, first, row, &mut row_cells, recognise);
                }
            }
            Event::Start(element) | Event::Empty(element)
                if matches!(
                    element.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                cell = CellRead::of(&element);
                in_cell = opens;
                if !in_cell {
                    end_cell(
                        &mut cell,
                        depth,
                        &mut column,
                        &mut row_width,
                        &mut row_cells,
                    );
                }
            }
            Event::End(element)
                if matches!(
                    element.name().as_ref(),
                    "table:table-cell" | "table:covered-table-cell"
                ) =>
            {
                in_cell = false;
                end_cell(
                    &mut cell,
                    depth,
                    &mut column,
                    &mut row_width,
                    &mut row_cells,
                );
            }
            _ if !in_cell => {}
            Event::Start(element) if element.name().as_ref() == "office:annotation" => {
                annotation += 1;
            }
            Event::End(element) if element.name().as_ref() == "office:annotation" => {
                annotation = annotation.saturating_sub(1);
            }
            _ if annotation > 0 => {}
            Event::Text(text) => {
                if !text.trim().is_empty() {
                    cell.has_text = true;
                }
                if cell.takes_text() {
                    cell.push(&text.xml10_content());
                }
            }
            Event::CData(_) => cell.has_text = true,
            Event::GeneralRef(reference) => {
                cell.has_text = true;
                if cell.takes_text() {
                    if let Some(resolved) = quick_xml::escape::resolve_xml_entity(&reference) {
                        cell.push(resolved);
                    } else if let Ok(Some(character)) = reference.resolve_char_ref() {
                        cell.push(character.encode_utf8(&mut [0; 4]));
                    }
                }
            }
            Event::Start(element) | Event::Empty(element) if cell.takes_text() => {
                match element.name().as_ref() {
                    "text:p" => {
                        if cell.paragraphs > 0 {
                            cell.push("\n");
                        }
                        cell.paragraphs += 1;
                    }
                    "text:s" => {
                        let spaces = repeats(&element, "text:c", ODS_COLUMNS);
                        for _ in 0..spaces {
                            if !cell.push(" ") {
                                break;
                            }
                        }
                    }
                    "text:tab" => {
                        cell.push("\t");
                    }
                    "text:line-break" => {
                        cell.push("\n");
                    }
                    _ => {}
                }
            }
            _ => {}
        }
        buffer.clear();
    }
    let best = best.ok_or_else(|| refuse(path, Message::new("file-no-sheets")))?;
    if let Some(problem) = best.problem {
        return Err(problem);
    }
    best.cells
        .unwrap_or_default()
        .into_table(path, best.name, recognise)
}

/// A cell as it is read.
#[derive(Default)]
struct CellRead {
    repeats: u64,
    /// Its value from its attributes, if it has one.
    value: Option<Cell>,
    /// A text cell without `office:string-value` (or an error's text): its paragraphs are
    /// its value, as calamine reads them.
    text_is_value: bool,
    text: String,
    paragraphs: usize,
    /// Whether it has text of its own (it counts in the file's extent then).
    has_text: bool,
    /// Whether it has a value or a formula (it counts in the file's extent then).
    valued: bool,
    /// Its text is longer than a cell may hold (and was not read further).
    overflow: bool,
}

impl CellRead {
    /// The cell an element starts, from its attributes.
    fn of(element: &BytesStart<'_>) -> Self {
        let mut cell = CellRead {
            repeats: 1,
            ..CellRead::default()
        };
        let (mut is_string, mut is_error) = (false, false);
        for attribute in element.attributes().with_checks(false).flatten() {
            let value = || {
                quick_xml::escape::unescape(&attribute.value)
                    .map(std::borrow::Cow::into_owned)
                    .unwrap_or_else(|_| attribute.value.to_string())
            };
            match attribute.key.as_ref() {
                "table:number-columns-repeated" => {
                    cell.repeats = attribute
                        .value
                        .trim()
                        .parse()
                        .unwrap_or(1u64)
                        .clamp(1, ODS_COLUMNS);
                }
                "office:value" if cell.value.is_none() => {
                    cell.valued = true;
                    let text = value();
                    cell.value = Some(match text.trim().parse::<f64>() {
                        Ok(number) => Cell::Number(number),
                        Err(_) => text_cell(&text),
                    });
                }
                "office:string-value" if cell.value.is_none() => {
                    cell.valued = true;
                    cell.value = Some(text_cell(&value()));
                }
                "office:date-value" if cell.value.is_none() => {
                    cell.valued = true;
                    cell.value = Some(iso_date_cell(&value()));
                }
                "office:time-value" if cell.value.is_none() => {
                    cell.valued = true;
                    cell.value = Some(text_cell(&value()));
                }
                "office:boolean-value" if cell.value.is_none() => {
                    cell.valued = true;
                    let text = value();
                    let truth = text == "TRUE" || text == "true";
                    cell.value = Some(Cell::Text(truth.to_string()));
                }
                "office:value-type" if cell.value.is_none() => {
                    is_string = attribute.value == "string";
                }
                "calcext:value-type" => is_error = attribute.value == "error",
                "table:formula" => cell.valued = true,
                _ => {}
            }
        }
        let empty_string = matches!(&cell.value, Some(Cell::Text(text)) if text.is_empty())
            || matches!(&cell.value, Some(Cell::Empty));
        cell.text_is_value = (cell.value.is_none() && is_string) || (is_error && empty_string);
        if cell.text_is_value {
            cell.value = None;
        }
        cell
    }

    /// Whether the cell's text is read as its value.
    fn takes_text(&self) -> bool {
        self.text_is_value
    }

    /// Add `text` to the cell's text, up to one byte more than a cell may hold (a longer
    /// one is refused as it is: [`SheetCells::add`]). Whether there was room.
    fn push(&mut self, text: &str) -> bool {
        if self.text.len() > MAX_CELL_BYTES {
            self.overflow = true;
            return false;
        }
        let room = MAX_CELL_BYTES + 1 - self.text.len();
        if text.len() <= room {
            self.text.push_str(text);
        } else {
            // Cut on a character boundary: the text is over the bound either way.
            let mut end = room;
            while !text.is_char_boundary(end) {
                end += 1;
            }
            self.text.push_str(&text[..end]);
        }
        true
    }
}

/// Filled cells side by side with one value: (first column, columns, value).
type Run = (u32, u32, Cell);

/// The value of `element`'s attribute `name`, unescaped.
fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|attribute| attribute.key.as_ref() == name)
        .map(|attribute| {
            quick_xml::escape::unescape(&attribute.value)
                .map(std::borrow::Cow::into_owned)
                .unwrap_or_else(|_| attribute.value.to_string())
        })
}

/// A repeat count (`number-rows-repeated`, `text:c`, …): 1 when absent or unreadable,
/// at most `most`.
fn repeats(element: &BytesStart<'_>, name: &str, most: u64) -> u64 {
    element
        .attributes()
        .with_checks(false)
        .flatten()
        .find(|attribute| attribute.key.as_ref() == name)
        .and_then(|attribute| attribute.value.trim().parse().ok())
        .unwrap_or(1u64)
        .clamp(1, most)
}

/// A cell is done: its columns counted, and its value kept in the row (once, with the
/// columns it repeats over).
fn end_cell(
    cell: &mut CellRead,
    depth: u32,
    column: &mut u64,
    row_width: &mut u64,
    row_cells: &mut Vec<Run>,
) {
    let first = *column;
    *column = column.saturating_add(cell.repeats).min(ODS_COLUMNS);
    if cell.valued || cell.has_text {
        *row_width = *column;
    }
    if depth != 1 {
        return;
    }
    let value = match cell.value.take() {
        Some(value) => value,
        // Too long, blank or not: refused with its cell when the sheet is read.
        None if cell.text_is_value && cell.overflow => Cell::Text(std::mem::take(&mut cell.text)),
        None if cell.text_is_value => text_cell(&std::mem::take(&mut cell.text)),
        None => return,
    };
    if value.is_empty() && !cell.overflow {
        return;
    }
    if let (Ok(first), Ok(columns)) = (u32::try_from(first), u32::try_from(*column - first)) {
        row_cells.push((first, columns, value));
    }
}

/// A row is done: its cells (on each of its repeats) go to the sheet's, and its texts
/// count towards the sheet's score while it is among the first filled rows.
fn take_row(
    sheet: &mut SheetRead,
    path: &str,
    first: u64,
    end: u64,
    row_cells: &mut Vec<Run>,
    recognise: Recognise,
) {
    if sheet.scored_rows < HEADER_SEARCH_ROWS {
        let texts = row_cells.iter().flat_map(|(_, columns, cell)| match cell {
            Cell::Text(text) => {
                std::iter::repeat_n(text.as_str(), (*columns).min(MAX_XLSX_COLUMNS) as usize)
            }
            _ => std::iter::repeat_n("", 0),
        });
        sheet.score = sheet.score.max(known_headers(texts, recognise));
        sheet.scored_rows += 1;
    }
    let Some(cells) = sheet.cells.as_mut() else {
        return;
    };
    if sheet.problem.is_some() {
        return;
    }
    for row in first..end {
        let Ok(row) = u32::try_from(row) else {
            break;
        };
        for (first, columns, cell) in row_cells.iter() {
            // A column beyond a register's is refused by the first of them.
            let end = first
                .saturating_add(*columns)
                .min((*first).max(MAX_XLSX_COLUMNS) + 1);
            for column in *first..end {
                if let Err(problem) = cells.add(path, row, column, cell.clone()) {
                    sheet.problem = Some(problem);
                    sheet.cells = None;
                    return;
                }
            }
        }
    }
    row_cells.clear();
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use chrono::NaiveDate;

    use super::*;

    /// An ODS file whose `content.xml` holds `tables`.
    fn ods(tables: &str) -> Vec<u8> {
        let mut bytes = Vec::new();
        {
            let mut zip = zip::ZipWriter::new(std::io::Cursor::new(&mut bytes));
            let stored = zip::write::SimpleFileOptions::default()
                .compression_method(zip::CompressionMethod::Stored);
            zip.start_file("mimetype", stored).expect("entry");
            zip.write_all(ODS_MEDIA_TYPE).expect("write");
            zip.start_file("content.xml", zip::write::SimpleFileOptions::default())
                .expect("entry");
            write!(
                zip,
                r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"><office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"#
            )
            .expect("write");
            zip.finish().expect("finish");
        }
        bytes
    }

    fn text(value: &str) -> String {
        format!(
            r#"<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>"#
        )
    }

    #[test]
    fn cells_are_read_as_calamine_read_them_from_the_register_sheet() {
        let headers = ["Naam", "Fase", "Startdatum", "Innovatiebudget", "Opmerking"]
            .map(text)
            .concat();
        let bytes = ods(&format!(
            r#"<table:table table:name="Toelichting"><table:table-row>{}</table:table-row></table:table>
            <table:table table:name="Gegevens"><table:table-row>{headers}</table:table-row>
            <table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="2"/>b<text:tab/>c<text:line-break/>d</text:p><office:annotation><text:p>not this</text:p></office:annotation><text:p>R&amp;D &#233;</text:p></table:table-cell>{}<table:table-cell office:value-type="date" office:date-value="2025-03-01T00:00:00"/><table:table-cell office:value-type="currency" office:currency="EUR" office:value="85000.5"/><table:table-cell office:value-type="boolean" office:boolean-value="true"/></table:table-row>
            <table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string" office:string-value="Herhaald"><text:p>shown, not the value</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>idee</text:p></table:table-cell><table:table-cell/><table:table-cell office:value-type="string" calcext:value-type="error" office:string-value=""><text:p>Err:510</text:p></table:table-cell></table:table-row>
            <table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>
            </table:table>"#,
            text("Dit werkblad legt het register uit."),
            text("pilot"),
        ));
        assert!(is_ods(&bytes));
        let table = read_ods_with("x.ods", &bytes, register_header).expect("read");
        assert_eq!(
            table.sheet.as_deref(),
            Some("Gegevens"),
            "the most known headers"
        );
        assert_eq!(
            table.headers,
            ["Naam", "Fase", "Startdatum", "Innovatiebudget", "Opmerking"]
        );
        assert_eq!(table.row_numbers, [2, 3, 4]);
        assert_eq!(
            table.rows[0],
            [
                Cell::Text("a  b\tc\nd\nR&D é".into()),
                Cell::Text("pilot".into()),
                Cell::Date(NaiveDate::from_ymd_opt(2025, 3, 1).expect("date")),
                Cell::Number(85_000.5),
                Cell::Text("true".into()),
            ]
        );
        for row in &table.rows[1..] {
            assert_eq!(
                row,
                &[
                    Cell::Text("Herhaald".into()),
                    Cell::Text("idee".into()),
                    Cell::Text("idee".into()),
                    Cell::Empty,
                    Cell::Text("Err:510".into()),
                ]
            );
        }
    }

    #[test]
    fn the_first_sheet_named_as_a_register_is_read_wherever_it_is() {
        let sheet = |name: &str, first: &str| {
            format!(
                r#"<table:table table:name="{name}"><table:table-row>{}{}</table:table-row><table:table-row>{}</table:table-row></table:table>"#,
                text("Naam"),
                text("Fase"),
                text(first)
            )
        };
        let bytes = ods(&[
            sheet("Blad1", "Eerste"),
            sheet("Initiatieven", "Tweede"),
            sheet("Register", "Derde"),
        ]
        .concat());
        let table = read_ods_with("x.ods", &bytes, register_header).expect("read");
        assert_eq!(table.sheet.as_deref(), Some("Initiatieven"));
        assert_eq!(table.rows[0][0], Cell::Text("Tweede".into()));
        // Of equals, the first.
        let bytes = ods(&[sheet("Blad1", "Eerste"), sheet("Blad2", "Tweede")].concat());
        let table = read_ods_with("x.ods", &bytes, register_header).expect("read");
        assert_eq!(table.sheet.as_deref(), Some("Blad1"));
    }

    fn refusal(bytes: &[u8]) -> String {
        read_ods_with("x.ods", bytes, register_header)
            .expect_err("refused")
            .localized(crate::format::Language::English)
    }

    /// A few kilobytes must not become gigabytes of text: a space repeated by
    /// `<text:s text:c="16384"/>` thousands of times, one long text repeated in every
    /// column of thousands of rows.
    #[test]
    fn repeated_text_is_bounded_and_refused_never_cut() {
        let headers = format!(
            "<table:table-row>{}{}</table:table-row>",
            text("Naam"),
            text("Fase")
        );
        let spaces = r#"<text:s text:c="16384"/>"#.repeat(100);
        let bytes = ods(&format!(
            r#"<table:table table:name="Register">{headers}<table:table-row><table:table-cell office:value-type="string"><text:p>{spaces}x</text:p></table:table-cell></table:table-row></table:table>"#
        ));
        let message = refusal(&bytes);
        assert!(
            message.contains("cell A2 holds more than 1 MB of text"),
            "{message}"
        );

        let long = "woord ".repeat(90_000);
        let bytes = ods(&format!(
            r#"<table:table table:name="Register">{headers}<table:table-row table:number-rows-repeated="5000"><table:table-cell table:number-columns-repeated="999" office:value-type="string"><text:p>{long}</text:p></table:table-cell></table:table-row></table:table>"#
        ));
        let started = std::time::Instant::now();
        let message = refusal(&bytes);
        assert!(message.contains("more than 256 MB of text"), "{message}");
        assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    }

    #[test]
    fn a_sheet_holds_no_more_text_than_a_register() {
        let mut cells = SheetCells::default();
        let too_long = "x".repeat(MAX_CELL_BYTES + 1);
        assert!(cells.add("x", 1, 2, Cell::Text(too_long)).is_err());
        // Blank, but far too long for a cell all the same.
        assert!(
            cells
                .add("x", 1, 2, Cell::Text(" ".repeat(MAX_CELL_BYTES + 1)))
                .is_err()
        );
        let mut cells = SheetCells::default();
        let longest = "x".repeat(MAX_CELL_BYTES);
        let mut added = 0;
        while cells
            .add("x", added, 0, Cell::Text(longest.clone()))
            .is_ok()
        {
            added += 1;
        }
        assert_eq!(added, 256, "256 MB of text in all");
    }
}
