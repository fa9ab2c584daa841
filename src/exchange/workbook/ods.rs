//! The workbook as ODS: an OpenDocument spreadsheet (ODF 1.2, the version on the Dutch
//! list of open standards), as LibreOffice saves one. All sheets are tables of one
//! `content.xml`; each table is written and compressed on the thread that writes it and
//! the pieces are joined (`package.rs`). Beside it: `mimetype` (stored first, as ODF
//! asks), the manifest, a minimal `styles.xml`, `meta.xml` and `settings.xml`, which
//! freezes each sheet's header row.
//!
//! Text keeps every character a cell can hold: spaces that XML would fold together, at a
//! paragraph's edges and after a tab as `<text:s/>`, tabs as `<text:tab/>`, a line break
//! as a new paragraph. Control characters, which XML 1.0 cannot hold, become U+FFFD.

use std::io::Write;

use chrono::{Datelike, NaiveDate};

use super::super::{ExchangeError, Result};
use super::package::{Part, PartWriter, Segment};
use super::xlsx::column_name;
use super::{Book, Cells, Choices, MAX_ROWS, Sheet, decimal_from_cents, escape_attribute};
use crate::i18n::Message;

/// A sheet holds at most this many columns (LibreOffice's limit since 7.4).
const MAX_COLUMNS: usize = 16_384;
/// The buffered XML goes to the sink in pieces of about this size.
const FLUSH_AT: usize = 256 * 1024;
/// Column widths, in characters of the header (as the XLSX's), from and to.
const NARROWEST: usize = 10;
const WIDEST: usize = 40;

fn export_error(key: &'static str) -> ExchangeError {
    ExchangeError::Other(Message::new(key))
}

fn write_failed(error: std::io::Error) -> ExchangeError {
    ExchangeError::Other(Message::new("export-xlsx-failed").with("detail", error.to_string()))
}

/// A table being written into its compressed piece of `content.xml`.
pub(super) struct OdsSheet {
    sink: PartWriter,
    xml: Vec<u8>,
    /// The last row written (1 is the header).
    row: u32,
    /// The last row there may be.
    last_row: u32,
    /// The sheet's number in the workbook, for the names of its lists of choices.
    number: usize,
    /// The sheet's name, for the cell addresses of its lists of choices.
    name: String,
    /// Each column's list of choices, by name (empty when none has one).
    validated: Vec<Option<String>>,
    /// The lists of choices, for `content.xml`'s head.
    validations: Vec<Validation>,
}

/// A list of choices of a column (`<table:content-validation>`).
struct Validation {
    name: String,
    /// The first cell it applies to (`'Sheet'.B2`).
    base: String,
    choices: Vec<String>,
    title: String,
    message: String,
}

impl OdsSheet {
    fn new(number: usize, name: &str, headers: &[String], rows: usize) -> Result<Self> {
        if headers.len() > MAX_COLUMNS {
            return Err(export_error("export-too-many-columns"));
        }
        let last_row = u32::try_from(rows + 1)
            .ok()
            .filter(|row| (*row as usize) <= MAX_ROWS)
            .ok_or_else(|| export_error("export-too-many-rows"))?;
        let mut sheet = Self {
            sink: PartWriter::new("content.xml"),
            xml: Vec::with_capacity(FLUSH_AT + 64 * 1024),
            row: 0,
            last_row,
            number,
            name: name.to_string(),
            validated: Vec::new(),
            validations: Vec::new(),
        };
        let xml = &mut sheet.xml;
        write!(
            xml,
            "<table:table table:name=\"{}\">",
            escape_attribute(name)
        )
        .map_err(write_failed)?;
        for header in headers {
            write!(
                xml,
                "<table:table-column table:style-name=\"co{}\"/>",
                width(header)
            )
            .map_err(write_failed)?;
        }
        // The header row repeats on every printed page.
        xml.extend_from_slice(b"<table:table-header-rows>");
        sheet.row(|row| {
            for (column, header) in headers.iter().enumerate() {
                row.header(column, header);
            }
        })?;
        sheet.xml.extend_from_slice(b"</table:table-header-rows>");
        Ok(sheet)
    }

    fn flush(&mut self) -> Result<()> {
        self.sink.write_all(&self.xml).map_err(write_failed)?;
        self.xml.clear();
        Ok(())
    }
}

/// A column's width in characters, from its header (as the XLSX's).
fn width(header: &str) -> usize {
    (header.chars().count() + 4).clamp(NARROWEST, WIDEST)
}

impl Sheet for OdsSheet {
    type Row<'a> = OdsRow<'a>;

    fn row(&mut self, fill: impl FnOnce(&mut OdsRow<'_>)) -> Result<()> {
        if self.row >= self.last_row {
            return Err(export_error("export-too-many-rows"));
        }
        self.row += 1;
        self.xml.extend_from_slice(b"<table:table-row>");
        // The header row has no list of choices.
        let validated: &[Option<String>] = if self.row == 1 { &[] } else { &self.validated };
        let mut row = OdsRow {
            xml: &mut self.xml,
            next: 0,
            validated,
        };
        fill(&mut row);
        // The columns with a list of choices have a cell to carry it, empty or not.
        row.empty_cells_to(validated.len());
        if row.next == 0 {
            // A row has at least one cell.
            self.xml.extend_from_slice(b"<table:table-cell/>");
        }
        self.xml.extend_from_slice(b"</table:table-row>");
        if self.xml.len() >= FLUSH_AT {
            self.flush()?;
        }
        Ok(())
    }

    fn skip_row(&mut self) -> Result<()> {
        self.row(|_| {})
    }

    fn choices(&mut self, column: usize, choices: &[String], message: &Choices) {
        let name = format!("choices{}-{}", self.number, column + 1);
        if self.validated.len() <= column {
            self.validated.resize(column + 1, None);
        }
        self.validated[column] = Some(name.clone());
        self.validations.push(Validation {
            name,
            base: format!("{}.{}2", quoted(&self.name), column_name(column)),
            choices: choices.to_vec(),
            title: message.title.clone(),
            message: message.message.clone(),
        });
    }
}

/// The row being written: cells go in left to right; the columns left out between them
/// are empty cells.
pub(super) struct OdsRow<'a> {
    xml: &'a mut Vec<u8>,
    /// The column the next cell is in unless it says otherwise.
    next: usize,
    /// Each column's list of choices, by name (empty when none has one).
    validated: &'a [Option<String>],
}

impl OdsRow<'_> {
    /// The name of `column`'s list of choices.
    fn validation(&self, column: usize) -> Option<&str> {
        self.validated.get(column).and_then(Option::as_deref)
    }

    /// Empty cells from the next column up to `column` (not included).
    fn empty_cells_to(&mut self, column: usize) {
        while self.next < column {
            if let Some(name) = self.validation(self.next) {
                let cell = format!("<table:table-cell table:content-validation-name=\"{name}\"/>");
                self.xml.extend_from_slice(cell.as_bytes());
                self.next += 1;
                continue;
            }
            // A run of plain empty cells, up to the next column with a list.
            let mut end = self.next + 1;
            while end < column && self.validation(end).is_none() {
                end += 1;
            }
            match end - self.next {
                1 => self.xml.extend_from_slice(b"<table:table-cell/>"),
                gap => {
                    self.xml
                        .extend_from_slice(b"<table:table-cell table:number-columns-repeated=\"");
                    self.xml
                        .extend_from_slice(itoa::Buffer::new().format(gap).as_bytes());
                    self.xml.extend_from_slice(b"\"/>");
                }
            }
            self.next = end;
        }
    }

    /// Empty cells up to `column`, then the start of its cell: `<table:table-cell` and
    /// `attributes`.
    fn start_cell(&mut self, column: usize, attributes: &[u8]) {
        self.empty_cells_to(column);
        self.next = column.max(self.next) + 1;
        self.xml.extend_from_slice(b"<table:table-cell");
        if let Some(name) = self.validation(column) {
            let attribute = format!(" table:content-validation-name=\"{name}\"");
            self.xml.extend_from_slice(attribute.as_bytes());
        }
        self.xml.extend_from_slice(attributes);
    }

    fn text(&mut self, column: usize, text: &str, attributes: &[u8]) {
        if text.is_empty() {
            return;
        }
        self.start_cell(column, attributes);
        self.xml
            .extend_from_slice(b" office:value-type=\"string\"><text:p>");
        paragraphs(text, self.xml);
        self.xml.extend_from_slice(b"</text:p></table:table-cell>");
    }

    /// A number cell: `value` written by `write` after `office:value="`.
    fn number(&mut self, column: usize, attributes: &[u8], write: impl FnOnce(&mut Vec<u8>)) {
        self.start_cell(column, attributes);
        self.xml.extend_from_slice(b" office:value=\"");
        write(self.xml);
        self.xml.extend_from_slice(b"\"/>");
    }
}

impl Cells for OdsRow<'_> {
    fn string(&mut self, column: usize, text: &str) {
        self.text(column, text, b"");
    }

    fn header(&mut self, column: usize, text: &str) {
        self.text(column, text, b" table:style-name=\"hd\"");
    }

    fn integer(&mut self, column: usize, value: i64) {
        self.number(column, b" office:value-type=\"float\"", |xml| {
            xml.extend_from_slice(itoa::Buffer::new().format(value).as_bytes());
        });
    }

    fn cents(&mut self, column: usize, cents: i64) {
        self.number(
            column,
            b" table:style-name=\"mo\" office:value-type=\"currency\" office:currency=\"EUR\"",
            |xml| decimal_from_cents(cents, xml),
        );
    }

    fn date(&mut self, column: usize, date: NaiveDate) {
        if !(1..=9999).contains(&date.year()) {
            return;
        }
        self.start_cell(
            column,
            b" table:style-name=\"da\" office:value-type=\"date\" office:date-value=\"",
        );
        let _ = write!(
            self.xml,
            "{:04}-{:02}-{:02}\"/>",
            date.year(),
            date.month(),
            date.day()
        );
    }

    fn percent(&mut self, column: usize, fraction: f64) {
        if fraction.is_finite() {
            self.number(
                column,
                b" table:style-name=\"pc\" office:value-type=\"percentage\"",
                |xml| {
                    xml.extend_from_slice(ryu::Buffer::new().format_finite(fraction).as_bytes());
                },
            );
        }
    }
}

/// Whether XML 1.0 cannot hold `character`.
fn not_xml(character: char) -> bool {
    matches!(character, '\u{0}'..='\u{8}' | '\u{B}' | '\u{C}' | '\u{E}'..='\u{1F}' | '\u{FFFE}' | '\u{FFFF}')
}

/// Append `text` as the content of `<text:p>` (already open): `&`, `<` and `>` as
/// entities; a line break (`\n`, `\r\n` or `\r`) closes the paragraph and opens the
/// next; a tab as `<text:tab/>`; spaces that a reader would fold away (more than one in
/// a row, at a paragraph's start or end, after a tab) as `<text:s/>`; a character XML
/// cannot hold as U+FFFD.
fn paragraphs(text: &str, xml: &mut Vec<u8>) {
    let bytes = text.as_bytes();
    let plain = !bytes.starts_with(b" ")
        && !bytes.ends_with(b" ")
        && !bytes.windows(2).any(|pair| pair == b"  ")
        && !bytes
            .iter()
            .any(|byte| matches!(byte, b'&' | b'<' | b'>' | 0xEF) || *byte < 0x20);
    if plain {
        xml.extend_from_slice(bytes);
        return;
    }
    let mut characters = text.chars().peekable();
    // Whether the last thing written is a character a space may follow as it is.
    let mut after_text = false;
    while let Some(character) = characters.next() {
        match character {
            ' ' => {
                let mut run = 1;
                while characters.peek() == Some(&' ') {
                    characters.next();
                    run += 1;
                }
                let before_text = characters
                    .peek()
                    .is_some_and(|next| !matches!(next, '\t' | '\n' | '\r'));
                if after_text && before_text {
                    xml.push(b' ');
                    run -= 1;
                }
                match run {
                    0 => {}
                    1 => xml.extend_from_slice(b"<text:s/>"),
                    _ => {
                        let _ = write!(xml, "<text:s text:c=\"{run}\"/>");
                    }
                }
                after_text = false;
            }
            '\t' => {
                xml.extend_from_slice(b"<text:tab/>");
                after_text = false;
            }
            '\r' | '\n' => {
                if character == '\r' && characters.peek() == Some(&'\n') {
                    characters.next();
                }
                xml.extend_from_slice(b"</text:p><text:p>");
                after_text = false;
            }
            '&' => {
                xml.extend_from_slice(b"&amp;");
                after_text = true;
            }
            '<' => {
                xml.extend_from_slice(b"&lt;");
                after_text = true;
            }
            '>' => {
                xml.extend_from_slice(b"&gt;");
                after_text = true;
            }
            other => {
                let other = if not_xml(other) { '\u{FFFD}' } else { other };
                let mut buffer = [0; 4];
                xml.extend_from_slice(other.encode_utf8(&mut buffer).as_bytes());
                after_text = true;
            }
        }
    }
}

/// A table written and compressed: its piece of `content.xml`, with what the other
/// parts say of it.
pub(super) struct WrittenTable {
    name: String,
    columns: usize,
    filter_rows: usize,
    validations: Vec<Validation>,
    segment: Segment,
}

/// The ODS format of the workbook.
pub(super) struct OdsBook;

impl Book for OdsBook {
    type Sheet = OdsSheet;
    type Written = WrittenTable;

    fn start(
        &self,
        number: usize,
        name: &str,
        headers: &[String],
        rows: usize,
        _filter_rows: usize,
    ) -> Result<OdsSheet> {
        OdsSheet::new(number, name, headers, rows)
    }

    fn finish(
        &self,
        mut sheet: OdsSheet,
        name: &str,
        headers: &[String],
        filter_rows: usize,
        _row_name: impl Fn(u32) -> String,
    ) -> Result<WrittenTable> {
        sheet.xml.extend_from_slice(b"</table:table>");
        sheet.flush()?;
        Ok(WrittenTable {
            name: name.to_string(),
            columns: headers.len(),
            filter_rows,
            validations: std::mem::take(&mut sheet.validations),
            segment: sheet.sink.finish_segment()?,
        })
    }
}

const XML_DECLARATION: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
const OFFICE: &str = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
const STYLE: &str = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
const FO: &str = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
const MIME_TYPE: &str = "application/vnd.oasis.opendocument.spreadsheet";

/// A sheet's name in a cell range address: `'Name'`, a quote in it doubled.
fn quoted(name: &str) -> String {
    format!("'{}'", name.replace('\'', "''"))
}

/// The ODS file's parts: `mimetype` first, then the manifest, the styles, the metadata,
/// the settings and `content.xml` with every table.
pub(super) fn package(tables: Vec<WrittenTable>) -> Result<Vec<Part>> {
    let mut head = PartWriter::new("content.xml");
    head.write_all(content_head(&tables).as_bytes())
        .map_err(write_failed)?;
    let mut tail = PartWriter::new("content.xml");
    let mut ranges = String::from("<table:database-ranges>");
    for (index, table) in tables.iter().enumerate() {
        let sheet = quoted(&table.name);
        let last_column = column_name(table.columns.max(1) - 1);
        ranges.push_str(&format!(
            "<table:database-range table:name=\"__Anonymous_Sheet_DB__{index}\" \
             table:target-range-address=\"{}\" table:display-filter-buttons=\"true\"/>",
            escape_attribute(&format!(
                "{sheet}.A1:{sheet}.{last_column}{}",
                table.filter_rows + 1
            ))
        ));
    }
    ranges.push_str(
        "</table:database-ranges></office:spreadsheet></office:body></office:document-content>",
    );
    tail.write_all(ranges.as_bytes()).map_err(write_failed)?;
    let settings = settings(&tables);
    let mut segments = vec![head.finish_segment()?];
    segments.extend(tables.into_iter().map(|table| table.segment));
    segments.push(tail.finish_segment()?);
    let manifest = format!(
        "{XML_DECLARATION}<manifest:manifest \
         xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\" manifest:version=\"1.2\">\
         <manifest:file-entry manifest:full-path=\"/\" manifest:version=\"1.2\" manifest:media-type=\"{MIME_TYPE}\"/>\
         <manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>\
         <manifest:file-entry manifest:full-path=\"styles.xml\" manifest:media-type=\"text/xml\"/>\
         <manifest:file-entry manifest:full-path=\"meta.xml\" manifest:media-type=\"text/xml\"/>\
         <manifest:file-entry manifest:full-path=\"settings.xml\" manifest:media-type=\"text/xml\"/>\
         </manifest:manifest>"
    );
    let styles = format!(
        "{XML_DECLARATION}<office:document-styles xmlns:office=\"{OFFICE}\" xmlns:style=\"{STYLE}\" \
         xmlns:fo=\"{FO}\" office:version=\"1.2\"><office:styles>\
         <style:style style:name=\"Default\" style:family=\"table-cell\"/>\
         </office:styles></office:document-styles>"
    );
    let meta = format!(
        "{XML_DECLARATION}<office:document-meta xmlns:office=\"{OFFICE}\" \
         xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.2\">\
         <office:meta><meta:generator>Proeftuin/{}</meta:generator></office:meta>\
         </office:document-meta>",
        env!("CARGO_PKG_VERSION")
    );
    Ok(vec![
        Part::stored("mimetype", MIME_TYPE.as_bytes()),
        PartWriter::whole("META-INF/manifest.xml", &manifest)?,
        PartWriter::whole("styles.xml", &styles)?,
        PartWriter::whole("meta.xml", &meta)?,
        PartWriter::whole("settings.xml", &settings)?,
        Part::joined("content.xml", &segments),
    ])
}

/// `content.xml` up to its first table: the data styles of dates (`dd-mm-yyyy`), amounts
/// (`€ 1.234,56`, the separators the reader's locale has) and percentages (`21,5%`), the
/// cell styles that use them, the bold header and the column widths.
fn content_head(tables: &[WrittenTable]) -> String {
    let mut head = format!(
        "{XML_DECLARATION}<office:document-content xmlns:office=\"{OFFICE}\" \
         xmlns:style=\"{STYLE}\" \
         xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" \
         xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" \
         xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" \
         xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\" \
         xmlns:fo=\"{FO}\" office:version=\"1.2\"><office:automatic-styles>\
         <number:date-style style:name=\"N1\"><number:day number:style=\"long\"/>\
         <number:text>-</number:text><number:month number:style=\"long\"/>\
         <number:text>-</number:text><number:year number:style=\"long\"/></number:date-style>\
         <number:currency-style style:name=\"N2\"><number:currency-symbol>€</number:currency-symbol>\
         <number:text> </number:text><number:number number:decimal-places=\"2\" \
         number:min-decimal-places=\"2\" number:min-integer-digits=\"1\" number:grouping=\"true\"/>\
         </number:currency-style>\
         <number:percentage-style style:name=\"N3\"><number:number number:decimal-places=\"1\" \
         number:min-decimal-places=\"1\" number:min-integer-digits=\"1\"/><number:text>%</number:text>\
         </number:percentage-style>\
         <style:style style:name=\"hd\" style:family=\"table-cell\" style:parent-style-name=\"Default\">\
         <style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" \
         style:font-weight-complex=\"bold\"/></style:style>\
         <style:style style:name=\"da\" style:family=\"table-cell\" style:parent-style-name=\"Default\" \
         style:data-style-name=\"N1\"/>\
         <style:style style:name=\"mo\" style:family=\"table-cell\" style:parent-style-name=\"Default\" \
         style:data-style-name=\"N2\"/>\
         <style:style style:name=\"pc\" style:family=\"table-cell\" style:parent-style-name=\"Default\" \
         style:data-style-name=\"N3\"/>"
    );
    for characters in NARROWEST..=WIDEST {
        // About 0.19 cm a character, and a margin.
        let centimetres = characters as f64 * 0.19 + 0.2;
        head.push_str(&format!(
            "<style:style style:name=\"co{characters}\" style:family=\"table-column\">\
             <style:table-column-properties style:column-width=\"{centimetres:.2}cm\"/></style:style>"
        ));
    }
    head.push_str("</office:automatic-styles><office:body><office:spreadsheet>");
    let validations: Vec<&Validation> =
        tables.iter().flat_map(|table| &table.validations).collect();
    if !validations.is_empty() {
        head.push_str("<table:content-validations>");
        for validation in validations {
            // OpenFormula's list: each choice a string in quotes (a quote doubled),
            // separated by semicolons.
            let list = validation
                .choices
                .iter()
                .map(|choice| format!("\"{}\"", choice.replace('"', "\"\"")))
                .collect::<Vec<_>>()
                .join(";");
            head.push_str(&format!(
                "<table:content-validation table:name=\"{}\" \
                 table:condition=\"{}\" table:base-cell-address=\"{}\" \
                 table:allow-empty-cell=\"true\" \
                 table:display-list=\"unsorted\"><table:error-message table:display=\"true\" \
                 table:message-type=\"warning\" table:title=\"{}\"><text:p>{}</text:p>\
                 </table:error-message></table:content-validation>",
                escape_attribute(&validation.name),
                escape_attribute(&format!("of:cell-content-is-in-list({list})")),
                escape_attribute(&validation.base),
                escape_attribute(&validation.title),
                escape_attribute(&validation.message)
            ));
        }
        head.push_str("</table:content-validations>");
    }
    head
}

/// `settings.xml`: each sheet's header row frozen, and the first sheet shown.
fn settings(tables: &[WrittenTable]) -> String {
    let item = |name: &str, kind: &str, value: &str| {
        format!(
            "<config:config-item config:name=\"{name}\" config:type=\"{kind}\">{value}</config:config-item>"
        )
    };
    let mut settings = format!(
        "{XML_DECLARATION}<office:document-settings xmlns:office=\"{OFFICE}\" \
         xmlns:config=\"urn:oasis:names:tc:opendocument:xmlns:config:1.0\" office:version=\"1.2\">\
         <office:settings><config:config-item-set config:name=\"ooo:view-settings\">\
         <config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>{}\
         <config:config-item-map-named config:name=\"Tables\">",
        item("ViewId", "string", "view1")
    );
    for table in tables {
        settings.push_str(&format!(
            "<config:config-item-map-entry config:name=\"{}\">",
            escape_attribute(&table.name)
        ));
        for (name, kind, value) in [
            ("HorizontalSplitMode", "short", "0"),
            ("VerticalSplitMode", "short", "2"),
            ("HorizontalSplitPosition", "int", "0"),
            ("VerticalSplitPosition", "int", "1"),
            ("ActiveSplitRange", "short", "2"),
            ("PositionLeft", "int", "0"),
            ("PositionRight", "int", "0"),
            ("PositionTop", "int", "0"),
            ("PositionBottom", "int", "1"),
        ] {
            settings.push_str(&item(name, kind, value));
        }
        settings.push_str("</config:config-item-map-entry>");
    }
    settings.push_str("</config:config-item-map-named>");
    if let Some(first) = tables.first() {
        settings.push_str(&item(
            "ActiveTable",
            "string",
            &escape_attribute(&first.name),
        ));
    }
    settings.push_str(
        "</config:config-item-map-entry></config:config-item-map-indexed>\
         </config:config-item-set></office:settings></office:document-settings>",
    );
    settings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn paragraph(text: &str) -> String {
        let mut xml = Vec::new();
        paragraphs(text, &mut xml);
        String::from_utf8(xml).expect("utf-8")
    }

    #[test]
    fn text_keeps_what_xml_would_fold_away() {
        assert_eq!(paragraph("Wijkpilot Noord"), "Wijkpilot Noord");
        assert_eq!(paragraph("a & b <c> \"d\""), "a &amp; b &lt;c&gt; \"d\"");
        assert_eq!(paragraph(" lead"), "<text:s/>lead");
        assert_eq!(paragraph("trail  "), "trail<text:s text:c=\"2\"/>");
        assert_eq!(paragraph("a   b"), "a <text:s text:c=\"2\"/>b");
        assert_eq!(paragraph("a\t b"), "a<text:tab/><text:s/>b");
        assert_eq!(
            paragraph("one\ntwo\r\nthree\rfour"),
            "one</text:p><text:p>two</text:p><text:p>three</text:p><text:p>four"
        );
        assert_eq!(paragraph("a \nb"), "a<text:s/></text:p><text:p>b");
        assert_eq!(paragraph("bell\u{7}\u{FFFF}"), "bell\u{FFFD}\u{FFFD}");
        assert_eq!(paragraph("ï € 🌱 עברית"), "ï € 🌱 עברית");
    }

    fn one_row(fill: impl FnOnce(&mut OdsRow<'_>)) -> String {
        let mut xml = Vec::new();
        let mut row = OdsRow {
            xml: &mut xml,
            next: 0,
            validated: &[],
        };
        fill(&mut row);
        String::from_utf8(xml).expect("utf-8")
    }

    #[test]
    fn cells_carry_their_type_value_and_style_with_gaps_between_them() {
        assert_eq!(
            one_row(|row| {
                row.integer(0, -7);
                row.string(3, "x");
            }),
            "<table:table-cell office:value-type=\"float\" office:value=\"-7\"/>\
             <table:table-cell table:number-columns-repeated=\"2\"/>\
             <table:table-cell office:value-type=\"string\"><text:p>x</text:p></table:table-cell>"
        );
        assert_eq!(
            one_row(|row| {
                row.cents(1, 1205);
                row.date(2, NaiveDate::from_ymd_opt(1850, 1, 31).expect("date"));
                row.percent(3, 0.215);
            }),
            "<table:table-cell/>\
             <table:table-cell table:style-name=\"mo\" office:value-type=\"currency\" \
             office:currency=\"EUR\" office:value=\"12.05\"/>\
             <table:table-cell table:style-name=\"da\" office:value-type=\"date\" \
             office:date-value=\"1850-01-31\"/>\
             <table:table-cell table:style-name=\"pc\" office:value-type=\"percentage\" \
             office:value=\"0.215\"/>"
        );
        assert_eq!(
            one_row(|row| {
                row.string(0, "");
                row.percent(1, f64::NAN);
            }),
            "",
            "nothing that a cell cannot hold"
        );
    }

    #[test]
    fn a_sheet_holds_no_more_rows_than_declared() {
        let headers = ["A".to_string()];
        assert!(OdsSheet::new(1, "x", &headers, MAX_ROWS).is_err());
        let mut sheet = OdsSheet::new(1, "x", &headers, 1).expect("sheet");
        sheet.row(|_| {}).expect("row 2");
        assert!(sheet.row(|_| {}).is_err(), "more rows than declared");
        assert!(sheet.skip_row().is_err());
    }
}
