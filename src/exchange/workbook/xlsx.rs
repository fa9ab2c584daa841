//! The workbook as XLSX: each worksheet's XML (SpreadsheetML), written row by row into a
//! compressed part: a frozen, bold header row, column widths, inline string cells,
//! numbers with their styles, and an autofilter over the header and the data; and the
//! parts that describe the workbook.
//!
//! Written by hand rather than with rust_xlsxwriter: at 100,000 initiatives the crate
//! spent 1.5 s on its XML (a format hash and `fmt` per cell), and its zip is compressed
//! on one thread. Here a cell is a few `extend_from_slice` calls and the sheets are
//! compressed on two threads (`package.rs`).

use std::io::Write;

use chrono::NaiveDate;

use super::super::{ExchangeError, Result};
use super::package::{Part, PartWriter};
use super::{Book, Cells, Choices, MAX_ROWS, Sheet, decimal_from_cents, escape_attribute};
use crate::i18n::Message;

/// The cell styles of `styles.xml` (`package.rs`), by their index in `cellXfs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Style {
    Plain = 0,
    Header = 1,
    Date = 2,
    Money = 3,
    Percent = 4,
}

/// A worksheet holds at most this many columns.
const MAX_COLUMNS: usize = 16_384;
/// A cell holds at most this many characters (UTF-16 code units, Excel's limit).
pub(super) const MAX_CELL_CHARS: usize = 32_767;
/// The buffered XML goes to the sink in pieces of about this size.
const FLUSH_AT: usize = 256 * 1024;

/// A problem with one cell's content, told with the row and column it is in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct CellTooLong {
    pub row: u32,
    pub column: usize,
}

/// The column's letters: 0 is `A`, 25 `Z`, 26 `AA`.
pub(super) fn column_name(index: usize) -> String {
    let mut letters = Vec::new();
    let mut rest = index + 1;
    while rest > 0 {
        let digit = (rest - 1) % 26;
        letters.push(b'A' + digit as u8);
        rest = (rest - 1) / 26;
    }
    letters.reverse();
    String::from_utf8(letters).unwrap_or_default()
}

/// Excel's serial day number of `date`, or `None` outside 1900-01-01 … 9999-12-31 (which
/// a date cell cannot hold). Serial 60 is Excel's 29 February 1900, a day that never was:
/// dates from 1 March 1900 count it.
pub(super) fn excel_serial(date: NaiveDate) -> Option<i64> {
    let first = NaiveDate::from_ymd_opt(1900, 1, 1)?;
    let last = NaiveDate::from_ymd_opt(9999, 12, 31)?;
    let march = NaiveDate::from_ymd_opt(1900, 3, 1)?;
    if date < first || date > last {
        return None;
    }
    let days = (date - first).num_days() + 1;
    Some(if date >= march { days + 1 } else { days })
}

/// The sheet being written. Rows are numbered from 1 (the header) and written in order.
pub(super) struct SheetWriter<W: Write> {
    sink: W,
    xml: Vec<u8>,
    /// Each column's letters, for the cell references.
    columns: Vec<Box<[u8]>>,
    /// The last row written (1 is the header).
    row: u32,
    /// The last row the dimension declares.
    last_row: u32,
    /// The autofilter covers the header and this many data rows.
    filter_rows: u32,
    too_long: Option<CellTooLong>,
    /// The lists of choices (`<dataValidation>`), written when the sheet is closed.
    validations: Vec<u8>,
}

fn export_error(key: &'static str) -> ExchangeError {
    ExchangeError::Other(Message::new(key))
}

fn write_failed(error: std::io::Error) -> ExchangeError {
    ExchangeError::Other(Message::new("export-xlsx-failed").with("detail", error.to_string()))
}

impl<W: Write> SheetWriter<W> {
    /// Start a sheet with `headers` (bold, frozen, each column as wide as its header
    /// needs), `rows` rows below the header in all, and an autofilter over the header and
    /// the first `filter_rows` of them. `selected`: the sheet the workbook opens on.
    pub(super) fn new(
        sink: W,
        headers: &[String],
        rows: usize,
        filter_rows: usize,
        selected: bool,
    ) -> Result<Self> {
        if headers.len() > MAX_COLUMNS {
            return Err(export_error("export-too-many-columns"));
        }
        let last_row = u32::try_from(rows + 1)
            .ok()
            .filter(|row| (*row as usize) <= MAX_ROWS)
            .ok_or_else(|| export_error("export-too-many-rows"))?;
        let columns = (0..headers.len().max(1))
            .map(|index| column_name(index).into_bytes().into_boxed_slice())
            .collect();
        let mut sheet = Self {
            sink,
            xml: Vec::with_capacity(FLUSH_AT + 64 * 1024),
            columns,
            row: 0,
            last_row,
            filter_rows: u32::try_from(filter_rows.min(rows)).unwrap_or(0),
            too_long: None,
            validations: Vec::new(),
        };
        let last_column = column_name(headers.len().max(1) - 1);
        let xml = &mut sheet.xml;
        xml.extend_from_slice(
            b"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet \
              xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
              xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">",
        );
        write!(xml, "<dimension ref=\"A1:{last_column}{last_row}\"/>").map_err(write_failed)?;
        xml.extend_from_slice(if selected {
            b"<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">".as_slice()
        } else {
            b"<sheetViews><sheetView workbookViewId=\"0\">".as_slice()
        });
        xml.extend_from_slice(
            b"<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>\
              <selection pane=\"bottomLeft\"/></sheetView></sheetViews>\
              <sheetFormatPr defaultRowHeight=\"15\"/>",
        );
        if !headers.is_empty() {
            xml.extend_from_slice(b"<cols>");
            for (index, header) in headers.iter().enumerate() {
                // Excel's width in characters, plus the padding it adds itself (Calibri 11).
                let width = (header.chars().count() as f64 + 4.0).clamp(10.0, 40.0);
                let column = index + 1;
                write!(
                    xml,
                    "<col min=\"{column}\" max=\"{column}\" width=\"{}\" customWidth=\"1\"/>",
                    width + 0.7109375
                )
                .map_err(write_failed)?;
            }
            xml.extend_from_slice(b"</cols>");
        }
        xml.extend_from_slice(b"<sheetData>");
        sheet.row(|row| {
            for (column, header) in headers.iter().enumerate() {
                row.string_styled(column, header, Style::Header);
            }
        })?;
        Ok(sheet)
    }

    /// Write the next row: `fill` puts its cells in, left to right.
    pub(super) fn row(&mut self, fill: impl FnOnce(&mut Row<'_>)) -> Result<()> {
        if self.row >= self.last_row {
            return Err(export_error("export-too-many-rows"));
        }
        self.row += 1;
        let mut number = itoa::Buffer::new();
        let number = number.format(self.row).as_bytes();
        self.xml.extend_from_slice(b"<row r=\"");
        self.xml.extend_from_slice(number);
        self.xml.extend_from_slice(b"\">");
        let mut row = Row {
            xml: &mut self.xml,
            columns: &self.columns,
            number,
            too_long: None,
        };
        fill(&mut row);
        if let Some(column) = row.too_long {
            self.too_long = Some(CellTooLong {
                row: self.row,
                column,
            });
        }
        self.xml.extend_from_slice(b"</row>");
        if self.xml.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    /// Leave the next row empty.
    pub(super) fn skip_row(&mut self) -> Result<()> {
        if self.row >= self.last_row {
            return Err(export_error("export-too-many-rows"));
        }
        self.row += 1;
        Ok(())
    }

    /// The first cell that was too long for a spreadsheet (and was not written).
    pub(super) fn too_long(&self) -> Option<&CellTooLong> {
        self.too_long.as_ref()
    }

    fn flush(&mut self) -> Result<()> {
        self.sink.write_all(&self.xml).map_err(write_failed)?;
        self.xml.clear();
        Ok(())
    }

    /// Close the sheet: its autofilter and page margins. Gives the sink back.
    pub(super) fn finish(mut self) -> Result<W> {
        let last_column = column_name(self.columns.len() - 1);
        let filter_last = self.filter_rows + 1;
        write!(
            self.xml,
            "</sheetData><autoFilter ref=\"A1:{last_column}{filter_last}\"/>"
        )
        .map_err(write_failed)?;
        if !self.validations.is_empty() {
            self.xml.extend_from_slice(b"<dataValidations>");
            self.xml.extend_from_slice(&self.validations);
            self.xml.extend_from_slice(b"</dataValidations>");
        }
        self.xml.extend_from_slice(
            b"<pageMargins left=\"0.7\" right=\"0.7\" top=\"0.75\" bottom=\"0.75\" \
              header=\"0.3\" footer=\"0.3\"/></worksheet>",
        );
        self.flush()?;
        Ok(self.sink)
    }
}

/// The filter's range in a defined name: `'Sheet'!$A$1:$H$9`.
pub(super) fn filter_range(sheet_name: &str, columns: usize, filter_rows: usize) -> String {
    format!(
        "'{}'!$A$1:${}${}",
        sheet_name.replace('\'', "''"),
        column_name(columns.max(1) - 1),
        filter_rows + 1
    )
}

/// The row being written: cells go in left to right.
pub(super) struct Row<'a> {
    xml: &'a mut Vec<u8>,
    columns: &'a [Box<[u8]>],
    number: &'a [u8],
    too_long: Option<usize>,
}

impl Row<'_> {
    fn start_cell(&mut self, column: usize, style: Style, kind: &[u8]) {
        self.xml.extend_from_slice(b"<c r=\"");
        match self.columns.get(column) {
            Some(letters) => self.xml.extend_from_slice(letters),
            None => self.xml.extend_from_slice(column_name(column).as_bytes()),
        }
        self.xml.extend_from_slice(self.number);
        self.xml.push(b'"');
        if style != Style::Plain {
            self.xml.extend_from_slice(b" s=\"");
            self.xml.push(b'0' + style as u8);
            self.xml.push(b'"');
        }
        self.xml.extend_from_slice(kind);
    }

    /// A text cell (never a formula, whatever it starts with). Empty text writes no cell.
    pub(super) fn string(&mut self, column: usize, text: &str) {
        self.string_styled(column, text, Style::Plain);
    }

    pub(super) fn string_styled(&mut self, column: usize, text: &str, style: Style) {
        if text.is_empty() {
            return;
        }
        if text.len() > MAX_CELL_CHARS && text.encode_utf16().count() > MAX_CELL_CHARS {
            self.too_long.get_or_insert(column);
            return;
        }
        self.start_cell(column, style, b" t=\"inlineStr\"><is>");
        let edge = |c: char| matches!(c, ' ' | '\t' | '\n');
        if text.starts_with(edge) || text.ends_with(edge) {
            self.xml.extend_from_slice(b"<t xml:space=\"preserve\">");
        } else {
            self.xml.extend_from_slice(b"<t>");
        }
        escape_text(text, self.xml);
        self.xml.extend_from_slice(b"</t></is></c>");
    }

    /// A whole number.
    pub(super) fn integer(&mut self, column: usize, value: i64) {
        self.start_cell(column, Style::Plain, b"><v>");
        self.xml
            .extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
        self.xml.extend_from_slice(b"</v></c>");
    }

    /// An amount in euros (from whole cents, written exactly: 1205 is `12.05`).
    pub(super) fn cents(&mut self, column: usize, cents: i64) {
        self.start_cell(column, Style::Money, b"><v>");
        decimal_from_cents(cents, self.xml);
        self.xml.extend_from_slice(b"</v></c>");
    }

    /// A date cell (`dd-mm-yyyy`). A date a spreadsheet cannot hold (before 1900) writes
    /// no cell.
    pub(super) fn date(&mut self, column: usize, date: NaiveDate) {
        if let Some(serial) = excel_serial(date) {
            self.start_cell(column, Style::Date, b"><v>");
            self.xml
                .extend_from_slice(itoa::Buffer::new().format(serial).as_bytes());
            self.xml.extend_from_slice(b"</v></c>");
        }
    }

    /// A fraction shown as a percentage (`0.0%`). Not a number (NaN, infinite): no cell.
    pub(super) fn percent(&mut self, column: usize, fraction: f64) {
        if fraction.is_finite() {
            self.start_cell(column, Style::Percent, b"><v>");
            self.xml
                .extend_from_slice(ryu::Buffer::new().format_finite(fraction).as_bytes());
            self.xml.extend_from_slice(b"</v></c>");
        }
    }
}

/// Whether `text` has, at `index`, the form `_xHHHH_` of an escaped character.
fn escape_form_at(text: &[u8], index: usize) -> bool {
    text.len() >= index + 7
        && text[index] == b'_'
        && text[index + 1] == b'x'
        && text[index + 2..index + 6].iter().all(u8::is_ascii_hexdigit)
        && text[index + 6] == b'_'
}

/// Append `text` as the content of a `<t>` element: `&`, `<` and `>` as entities;
/// control characters (but tab and newline) and U+FFFE/U+FFFF, which XML cannot hold, as
/// Excel's `_xHHHH_`; and a `_xHHHH_` the user typed with its underscore escaped
/// (`_x005F_`), so that a reader gives back exactly the text.
pub(super) fn escape_text(text: &str, xml: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    let special = |byte: u8| {
        matches!(byte, b'&' | b'<' | b'>' | b'_' | 0xEF)
            || (byte < 0x20 && byte != b'\t' && byte != b'\n')
    };
    if !bytes.iter().any(|byte| special(*byte)) {
        xml.extend_from_slice(bytes);
        return;
    }
    let mut copied = 0;
    for (index, character) in text.char_indices() {
        let escaped: Option<std::borrow::Cow<'static, [u8]>> = match character {
            '&' => Some(b"&amp;".as_slice().into()),
            '<' => Some(b"&lt;".as_slice().into()),
            '>' => Some(b"&gt;".as_slice().into()),
            '_' if escape_form_at(bytes, index) => Some(b"_x005F_".as_slice().into()),
            '\t' | '\n' => None,
            '\u{0}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}' => Some(
                format!("_x{:04X}_", u32::from(character))
                    .into_bytes()
                    .into(),
            ),
            _ => None,
        };
        if let Some(escaped) = escaped {
            xml.extend_from_slice(&bytes[copied..index]);
            xml.extend_from_slice(&escaped);
            // The underscore that starts `_xHHHH_` is part of the escape `_x005F_`.
            copied = index + character.len_utf8();
        }
    }
    xml.extend_from_slice(&bytes[copied..]);
}

impl Cells for Row<'_> {
    fn string(&mut self, column: usize, text: &str) {
        Row::string(self, column, text);
    }

    fn header(&mut self, column: usize, text: &str) {
        self.string_styled(column, text, Style::Header);
    }

    fn integer(&mut self, column: usize, value: i64) {
        Row::integer(self, column, value);
    }

    fn cents(&mut self, column: usize, cents: i64) {
        Row::cents(self, column, cents);
    }

    fn date(&mut self, column: usize, date: NaiveDate) {
        Row::date(self, column, date);
    }

    fn percent(&mut self, column: usize, fraction: f64) {
        Row::percent(self, column, fraction);
    }
}

impl<W: Write + Send> Sheet for SheetWriter<W> {
    type Row<'a>
        = Row<'a>
    where
        W: 'a;

    fn row(&mut self, fill: impl FnOnce(&mut Row<'_>)) -> Result<()> {
        SheetWriter::row(self, fill)
    }

    fn skip_row(&mut self) -> Result<()> {
        SheetWriter::skip_row(self)
    }

    fn choices(&mut self, column: usize, choices: &[String], message: &Choices) {
        // An inline list: the choices joined by commas in quotes (Excel's own file form,
        // whatever the reader's locale), at most 255 characters.
        let list = choices
            .iter()
            .map(|choice| choice.replace(['"', ','], ""))
            .collect::<Vec<_>>()
            .join(",");
        if list.chars().count() > 255 || self.last_row < 2 {
            return;
        }
        let letters = column_name(column);
        let _ = write!(
            self.validations,
            "<dataValidation type=\"list\" errorStyle=\"warning\" allowBlank=\"1\" \
             showErrorMessage=\"1\" errorTitle=\"{}\" error=\"{}\" sqref=\"{letters}2:{letters}{}\">\
             <formula1>\"{}\"</formula1></dataValidation>",
            escape_attribute(&message.title),
            escape_attribute(&message.message),
            self.last_row,
            escape_attribute(&list)
        );
    }
}

/// A worksheet written and compressed, with its entry in `workbook.xml`.
pub(super) struct WrittenSheet {
    entry: SheetEntry,
    part: Part,
}

/// The XLSX format of the workbook.
pub(super) struct XlsxBook;

impl Book for XlsxBook {
    type Sheet = SheetWriter<PartWriter>;
    type Written = WrittenSheet;

    fn start(
        &self,
        number: usize,
        _name: &str,
        headers: &[String],
        rows: usize,
        filter_rows: usize,
    ) -> Result<Self::Sheet> {
        SheetWriter::new(
            PartWriter::new(format!("xl/worksheets/sheet{number}.xml")),
            headers,
            rows,
            filter_rows,
            number == 1,
        )
    }

    fn finish(
        &self,
        sheet: Self::Sheet,
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
                    .with_number("max", MAX_CELL_CHARS),
            ));
        }
        let part = sheet.finish()?.finish()?;
        Ok(WrittenSheet {
            entry: SheetEntry {
                name: name.to_string(),
                filter_range: filter_range(name, headers.len(), filter_rows),
            },
            part,
        })
    }
}

/// The XLSX file's parts: those that describe the workbook, then the sheets.
pub(super) fn package(sheets: Vec<WrittenSheet>) -> Result<Vec<Part>> {
    let entries: Vec<SheetEntry> = sheets.iter().map(|sheet| sheet.entry.clone()).collect();
    let mut parts = workbook_parts(&entries)?;
    parts.extend(sheets.into_iter().map(|sheet| sheet.part));
    Ok(parts)
}

/// A sheet of the workbook as `workbook.xml` names it.
#[derive(Clone)]
pub(super) struct SheetEntry {
    pub name: String,
    /// The autofilter's range (`'Name'!$A$1:$H$9`), for its defined name.
    pub filter_range: String,
}

const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
const WORKSHEET_TYPE: &str =
    "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const RELATIONSHIPS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// The parts that describe the workbook: content types, relationships, the workbook with
/// its sheets and filters, and the styles of `sheet::Style`.
pub(super) fn workbook_parts(sheets: &[SheetEntry]) -> Result<Vec<Part>> {
    let mut types = format!(
        "{XML_DECLARATION}<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
         <Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
         <Default Extension=\"xml\" ContentType=\"application/xml\"/>\
         <Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>\
         <Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
    );
    let mut workbook_relationships = format!(
        "{XML_DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    );
    let mut workbook = format!(
        "{XML_DECLARATION}<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" \
         xmlns:r=\"{RELATIONSHIPS}\"><bookViews><workbookView/></bookViews><sheets>"
    );
    let mut filters = String::new();
    for (index, sheet) in sheets.iter().enumerate() {
        let number = index + 1;
        types.push_str(&format!(
            "<Override PartName=\"/xl/worksheets/sheet{number}.xml\" ContentType=\"{WORKSHEET_TYPE}\"/>"
        ));
        workbook_relationships.push_str(&format!(
            "<Relationship Id=\"rId{number}\" Type=\"{RELATIONSHIPS}/worksheet\" \
             Target=\"worksheets/sheet{number}.xml\"/>"
        ));
        workbook.push_str(&format!(
            "<sheet name=\"{}\" sheetId=\"{number}\" r:id=\"rId{number}\"/>",
            crate::exchange::report::escape(&sheet.name)
        ));
        filters.push_str(&format!(
            "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"{index}\" hidden=\"1\">{}</definedName>",
            crate::exchange::report::escape(&sheet.filter_range)
        ));
    }
    types.push_str("</Types>");
    workbook_relationships.push_str(&format!(
        "<Relationship Id=\"rId{}\" Type=\"{RELATIONSHIPS}/styles\" Target=\"styles.xml\"/></Relationships>",
        sheets.len() + 1
    ));
    workbook.push_str(&format!(
        "</sheets><definedNames>{filters}</definedNames><calcPr calcId=\"124519\" fullCalcOnLoad=\"1\"/></workbook>"
    ));
    let root_relationships = format!(
        "{XML_DECLARATION}<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
         <Relationship Id=\"rId1\" Type=\"{RELATIONSHIPS}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"
    );
    // The order of `cellXfs` is `sheet::Style`: plain, bold header, date, money, percent.
    let styles = format!(
        "{XML_DECLARATION}<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">\
         <numFmts count=\"3\"><numFmt numFmtId=\"164\" formatCode=\"dd-mm-yyyy\"/>\
         <numFmt numFmtId=\"165\" formatCode=\"€ #,##0.00\"/><numFmt numFmtId=\"166\" formatCode=\"0.0%\"/></numFmts>\
         <fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font>\
         <font><b/><sz val=\"11\"/><name val=\"Calibri\"/><family val=\"2\"/></font></fonts>\
         <fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>\
         <borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
         <cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>\
         <cellXfs count=\"5\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>\
         <xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>\
         <xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
         <xf numFmtId=\"165\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/>\
         <xf numFmtId=\"166\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>\
         <cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles></styleSheet>"
    );
    Ok(vec![
        PartWriter::whole("[Content_Types].xml", &types)?,
        PartWriter::whole("_rels/.rels", &root_relationships)?,
        PartWriter::whole("xl/workbook.xml", &workbook)?,
        PartWriter::whole("xl/_rels/workbook.xml.rels", &workbook_relationships)?,
        PartWriter::whole("xl/styles.xml", &styles)?,
    ])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("date")
    }

    #[test]
    fn column_letters() {
        for (index, letters) in [
            (0, "A"),
            (25, "Z"),
            (26, "AA"),
            (29, "AD"),
            (701, "ZZ"),
            (702, "AAA"),
            (16_383, "XFD"),
        ] {
            assert_eq!(column_name(index), letters, "{index}");
        }
    }

    #[test]
    fn excel_serial_days_count_the_leap_day_1900_never_had() {
        assert_eq!(excel_serial(date(1900, 1, 1)), Some(1));
        assert_eq!(excel_serial(date(1900, 2, 28)), Some(59));
        // 60 is Excel's 29 February 1900.
        assert_eq!(excel_serial(date(1900, 3, 1)), Some(61));
        assert_eq!(excel_serial(date(2024, 1, 1)), Some(45_292));
        assert_eq!(excel_serial(date(9999, 12, 31)), Some(2_958_465));
        assert_eq!(excel_serial(date(1899, 12, 31)), None);
        assert_eq!(excel_serial(date(10_000, 1, 1)), None);
    }

    fn escaped(text: &str) -> String {
        let mut xml = Vec::new();
        escape_text(text, &mut xml);
        String::from_utf8(xml).expect("utf-8")
    }

    #[test]
    fn text_is_escaped_for_xml_and_for_excel() {
        assert_eq!(escaped("Wijkpilot"), "Wijkpilot");
        assert_eq!(escaped("a & b <c> \"d\""), "a &amp; b &lt;c&gt; \"d\"");
        assert_eq!(escaped("tab\tline\n"), "tab\tline\n");
        assert_eq!(
            escaped("cr\r\nbell\u{7}nul\u{0}"),
            "cr_x000D_\nbell_x0007_nul_x0000_"
        );
        assert_eq!(escaped("\u{FFFE}\u{FFFF}"), "_xFFFE__xFFFF_");
        // Text that looks like an escape keeps its form.
        assert_eq!(escaped("_x0041_"), "_x005F_x0041_");
        assert_eq!(escaped("a_x00e9_b"), "a_x005F_x00e9_b");
        assert_eq!(escaped("_x12_ _x_ snake_case"), "_x12_ _x_ snake_case");
        assert_eq!(escaped("ï € 🌱 עברית"), "ï € 🌱 עברית");
    }

    fn one_row(fill: impl FnOnce(&mut Row<'_>)) -> String {
        let mut sheet =
            SheetWriter::new(Vec::new(), &["A".to_string(), "B".to_string()], 1, 1, false)
                .expect("sheet");
        sheet.row(fill).expect("row");
        let xml = String::from_utf8(sheet.finish().expect("finish")).expect("utf-8");
        let start = xml.find("<row r=\"2\">").expect("row 2");
        let end = xml[start..].find("</row>").expect("end") + start;
        xml[start + "<row r=\"2\">".len()..end].to_string()
    }

    #[test]
    fn amounts_are_written_exactly_from_cents() {
        for (cents, value) in [
            (0, "0"),
            (1205, "12.05"),
            (1200, "12"),
            (1250, "12.5"),
            (-5, "-0.05"),
            (-120_000, "-1200"),
            (123_456_789_012_345, "1234567890123.45"),
            (i64::MIN, "-92233720368547758.08"),
        ] {
            assert_eq!(
                one_row(|row| row.cents(1, cents)),
                format!("<c r=\"B2\" s=\"3\"><v>{value}</v></c>"),
                "{cents}"
            );
        }
    }

    #[test]
    fn cells_carry_their_reference_style_and_type() {
        assert_eq!(
            one_row(|row| {
                row.integer(0, -7);
                row.string(1, " spaced ");
            }),
            "<c r=\"A2\"><v>-7</v></c><c r=\"B2\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> \
             spaced </t></is></c>"
        );
        assert_eq!(
            one_row(|row| {
                row.date(0, date(2024, 1, 1));
                row.percent(1, 0.215);
            }),
            "<c r=\"A2\" s=\"2\"><v>45292</v></c><c r=\"B2\" s=\"4\"><v>0.215</v></c>"
        );
        assert_eq!(
            one_row(|row| {
                row.string(0, "");
                row.date(0, date(1850, 1, 1));
                row.percent(1, f64::NAN);
            }),
            "",
            "nothing that a cell cannot hold"
        );
    }

    #[test]
    fn rows_and_cells_beyond_a_sheet_are_refused() {
        let headers = ["A".to_string()];
        assert!(SheetWriter::new(Vec::new(), &headers, MAX_ROWS, 0, false).is_err());
        let mut sheet =
            SheetWriter::new(Vec::new(), &headers, MAX_ROWS - 1, 0, false).expect("sheet");
        sheet.skip_row().expect("row 2");
        let mut sheet = SheetWriter::new(Vec::new(), &headers, 1, 1, false).expect("sheet");
        sheet.row(|_| {}).expect("row 2");
        assert!(sheet.row(|_| {}).is_err(), "more rows than declared");
        assert!(sheet.skip_row().is_err());

        let mut sheet = SheetWriter::new(Vec::new(), &headers, 2, 2, false).expect("sheet");
        let long = "é".repeat(MAX_CELL_CHARS + 1);
        let fits = "😀".repeat(MAX_CELL_CHARS / 2);
        sheet.row(|row| row.string(0, &fits)).expect("row 2");
        assert_eq!(sheet.too_long(), None, "32,766 UTF-16 units fit");
        sheet.row(|row| row.string(0, &long)).expect("row 3");
        assert_eq!(sheet.too_long(), Some(&CellTooLong { row: 3, column: 0 }));
        let xml = String::from_utf8(sheet.finish().expect("finish")).expect("utf-8");
        assert!(
            !xml.contains("<row r=\"3\"><c"),
            "the long cell is not written"
        );
    }
}
