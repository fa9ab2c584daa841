//! The workbook, as XLSX or as ODS (OpenDocument, the open standard on the Dutch list of
//! open standards): the register (the same columns as the CSV, with real number,
//! currency and date cells), budget lines, phase history and the figures. Every sheet has
//! a frozen, bold header row and an autofilter. Text is always written as a string cell,
//! so `=HYPERLINK(…)` in a name stays text and never becomes a formula.
//!
//! What goes in which sheet is written once for both formats (`sheets.rs`, `template.rs`,
//! through [`Book`]); each format's module writes its cells (`xlsx.rs`, `ods.rs`). The sheets are written and
//! compressed on two threads: the register on `proeftuin-xlsx`, the budget lines, the
//! phase history and the figures on the caller's (`package.rs`).

mod ods;
mod package;
mod sheets;
mod template;
mod xlsx;

use std::io::Write;

use chrono::NaiveDate;

use super::{Progress, Result};
use crate::domain::*;
// Text in an attribute's quotes or an element's content, as the report escapes it.
use crate::exchange::report::escape as escape_attribute;
use crate::figures::Summary;
use crate::format::Language;
use package::Part;

/// A sheet holds at most this many rows (Excel's limit, and LibreOffice's by default).
const MAX_ROWS: usize = 1_048_576;

/// An amount from whole cents, exactly, as a number a spreadsheet reads: 1205 is `12.05`,
/// 1200 `12`, -5 `-0.05`.
fn decimal_from_cents(cents: i64, out: &mut Vec<u8>) {
    if cents < 0 {
        out.push(b'-');
    }
    let magnitude = cents.unsigned_abs();
    out.extend_from_slice(itoa::Buffer::new().format(magnitude / 100).as_bytes());
    let fraction = (magnitude % 100) as u8;
    if fraction != 0 {
        out.push(b'.');
        out.push(b'0' + fraction / 10);
        if !fraction.is_multiple_of(10) {
            out.push(b'0' + fraction % 10);
        }
    }
}

/// The cells of one row, put in left to right, whatever the format.
trait Cells {
    /// A text cell (never a formula, whatever it starts with). Empty text writes no cell.
    fn string(&mut self, column: usize, text: &str);
    /// A text cell in bold, as the header row's.
    fn header(&mut self, column: usize, text: &str);
    /// A whole number.
    fn integer(&mut self, column: usize, value: i64);
    /// An amount in euros, exactly from whole cents.
    fn cents(&mut self, column: usize, cents: i64);
    /// A date (`dd-mm-yyyy`). A date the format cannot hold writes no cell.
    fn date(&mut self, column: usize, date: NaiveDate);
    /// A fraction shown as a percentage. Not a number: no cell.
    fn percent(&mut self, column: usize, fraction: f64);
}

/// A sheet being written, row by row.
trait Sheet: Send {
    type Row<'a>: Cells
    where
        Self: 'a;
    /// Write the next row: `fill` puts its cells in, left to right.
    fn row(&mut self, fill: impl FnOnce(&mut Self::Row<'_>)) -> Result<()>;
    /// Leave the next row empty.
    fn skip_row(&mut self) -> Result<()>;
    /// Offer `choices` as a list in `column`'s cells below the header (a spreadsheet's
    /// data validation: another value gets a warning, not a refusal). Before the rows.
    fn choices(&mut self, column: usize, choices: &[String], message: &Choices);
}

/// What a list of choices tells the person who types something else.
struct Choices {
    title: String,
    message: String,
}

/// A file format's sheets: how one is started and closed.
trait Book: Sync {
    type Sheet: Sheet;
    /// A closed sheet, ready to be put in the file.
    type Written: Send;
    /// Start sheet `number` (1-based; the first is the one the file opens on) named
    /// `name`, with `headers` (bold, frozen), `rows` rows below them and an autofilter
    /// over the header and the first `filter_rows`.
    fn start(
        &self,
        number: usize,
        name: &str,
        headers: &[String],
        rows: usize,
        filter_rows: usize,
    ) -> Result<Self::Sheet>;
    /// Close a sheet; a cell the format cannot hold is an error that names the row
    /// (`row_name` of its 1-based number) and the column.
    fn finish(
        &self,
        sheet: Self::Sheet,
        name: &str,
        headers: &[String],
        filter_rows: usize,
        row_name: impl Fn(u32) -> String,
    ) -> Result<Self::Written>;
}

/// What the sheets of a series share: the format, the name and the headers.
struct SeriesOf<'a, B: Book> {
    book: &'a B,
    name: &'a str,
    headers: &'a [String],
}

impl<B: Book> SeriesOf<'_, B> {
    /// Sheet `index` (0-based) of the series: the first has the series' name, the next
    /// ones "name (2)", "name (3)", …
    fn name(&self, index: usize) -> String {
        match index {
            0 => self.name.to_string(),
            _ => format!("{} ({})", self.name, index + 1),
        }
    }

    /// Close sheet `index`, which holds `rows` rows after the series' `rows_before`.
    fn close(
        &self,
        index: usize,
        rows_before: usize,
        rows: usize,
        sheet: B::Sheet,
        row_name: &impl Fn(usize) -> String,
    ) -> Result<B::Written> {
        self.book
            .finish(sheet, &self.name(index), self.headers, rows, |row| {
                row_name(rows_before + (row as usize).saturating_sub(2))
            })
    }
}

/// Rows that may not fit one sheet, written over as many as they need: "Budget lines",
/// "Budget lines (2)", … each with the header row and its own filter.
struct Series<'a, B: Book> {
    of: SeriesOf<'a, B>,
    /// The number of the series' first sheet in the workbook.
    first_number: usize,
    /// Rows below the header in the whole series, and at most per sheet.
    total_rows: usize,
    rows_per_sheet: usize,
    current: B::Sheet,
    /// Rows written to the sheets before the current one, and to the current one.
    rows_before: usize,
    rows_here: usize,
    done: Vec<B::Written>,
}

/// How many sheets `rows` rows (below the header) take, at most `rows_per_sheet` each.
fn sheets_for(rows: usize, rows_per_sheet: usize) -> usize {
    rows.div_ceil(rows_per_sheet.max(1)).max(1)
}

impl<'a, B: Book> Series<'a, B> {
    fn new(
        of: SeriesOf<'a, B>,
        first_number: usize,
        total_rows: usize,
        rows_per_sheet: usize,
    ) -> Result<Self> {
        let rows_per_sheet = rows_per_sheet.max(1);
        let rows = total_rows.min(rows_per_sheet);
        let current = of
            .book
            .start(first_number, &of.name(0), of.headers, rows, rows)?;
        Ok(Self {
            of,
            first_number,
            total_rows,
            rows_per_sheet,
            current,
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
        fill: impl FnOnce(&mut <B::Sheet as Sheet>::Row<'_>),
    ) -> Result<()> {
        if self.rows_here == self.rows_per_sheet {
            let rows_left = self
                .total_rows
                .saturating_sub(self.rows_before + self.rows_here);
            let rows = rows_left.min(self.rows_per_sheet);
            let index = self.done.len() + 1;
            let next = self.of.book.start(
                self.first_number + index,
                &self.of.name(index),
                self.of.headers,
                rows,
                rows,
            )?;
            let full = std::mem::replace(&mut self.current, next);
            let written = self.of.close(
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
    fn finish(self, row_name: &impl Fn(usize) -> String) -> Result<Vec<B::Written>> {
        let Self {
            of,
            current,
            rows_before,
            rows_here,
            mut done,
            ..
        } = self;
        let last = of.close(done.len(), rows_before, rows_here, current, row_name)?;
        done.push(last);
        Ok(done)
    }
}

/// The spreadsheet formats of the workbook.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Spreadsheet {
    /// Office Open XML, as Excel saves it.
    Xlsx,
    /// OpenDocument, as LibreOffice saves it.
    Ods,
}

/// The workbook, its parts compressed, ready to be written.
pub struct Workbook {
    parts: Vec<Part>,
}

impl Workbook {
    /// Write the file (a zip of the parts) to `out`.
    pub fn write_to(&self, out: &mut dyn Write) -> std::io::Result<()> {
        package::write_zip(&self.parts, out)
    }
}

/// Make the workbook of `portfolio` in `format`. The register is one sheet (the import
/// reads it back; more initiatives than a sheet's rows are refused); the budget lines and
/// the phase history go on as many sheets as they need.
pub fn workbook(
    portfolio: &Portfolio,
    summary: &Summary,
    language: Language,
    format: Spreadsheet,
    progress: &Progress,
) -> Result<Workbook> {
    workbook_with(portfolio, summary, language, format, progress, MAX_ROWS - 1)
}

/// [`workbook`] with at most `rows_per_sheet` rows below each sheet's header.
fn workbook_with(
    portfolio: &Portfolio,
    summary: &Summary,
    language: Language,
    format: Spreadsheet,
    progress: &Progress,
    rows_per_sheet: usize,
) -> Result<Workbook> {
    let parts = match format {
        Spreadsheet::Xlsx => {
            let book = xlsx::XlsxBook;
            xlsx::package(sheets::sheets(
                &book,
                portfolio,
                summary,
                language,
                progress,
                rows_per_sheet,
            )?)?
        }
        Spreadsheet::Ods => {
            let book = ods::OdsBook;
            ods::package(sheets::sheets(
                &book,
                portfolio,
                summary,
                language,
                progress,
                rows_per_sheet,
            )?)?
        }
    };
    package::check_fits(&parts)?;
    Ok(Workbook { parts })
}

/// The import template as a workbook in `format`: the register's columns with an example
/// row, a list of choices on the kind, quadrant and phase columns (the names the import
/// knows, in `language`), and a sheet that lists those choices.
pub fn template(language: Language, format: Spreadsheet) -> Result<Workbook> {
    let parts = match format {
        Spreadsheet::Xlsx => xlsx::package(template::template_sheets(&xlsx::XlsxBook, language)?)?,
        Spreadsheet::Ods => ods::package(template::template_sheets(&ods::OdsBook, language)?)?,
    };
    Ok(Workbook { parts })
}

#[cfg(test)]
mod tests {
    use calamine::{Data, Reader};

    use super::template::TEMPLATE_ROWS;
    use super::*;

    /// A cell as text, a date as `yyyy-mm-dd` whichever way the format keeps it.
    fn cell_text(cell: &Data) -> String {
        match cell {
            Data::DateTime(date) => {
                let (year, month, day, ..) = date.to_ymd_hms_milli();
                format!("{year:04}-{month:02}-{day:02}")
            }
            Data::DateTimeIso(date) => date.clone(),
            other => other.to_string(),
        }
    }

    /// Each sheet of the workbook: its name and its rows as text (read by calamine, which
    /// tells the format by the content).
    fn sheets_of(workbook: &Workbook) -> Vec<(String, Vec<Vec<String>>)> {
        let mut bytes = Vec::new();
        workbook.write_to(&mut bytes).expect("write");
        let mut book =
            calamine::open_workbook_auto_from_rs(std::io::Cursor::new(bytes)).expect("open");
        book.sheet_names()
            .into_iter()
            .map(|name| {
                let range = book.worksheet_range(&name).expect("sheet");
                let rows = range
                    .rows()
                    .map(|row| row.iter().map(cell_text).collect())
                    .collect();
                (name, rows)
            })
            .collect()
    }

    fn demo_workbook(
        format: Spreadsheet,
        rows_per_sheet: usize,
    ) -> Vec<(String, Vec<Vec<String>>)> {
        let portfolio = crate::demo::demo_portfolio();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let summary = crate::figures::summarize(&portfolio, today, 2026);
        sheets_of(
            &workbook_with(
                &portfolio,
                &summary,
                Language::Dutch,
                format,
                &Progress::new(),
                rows_per_sheet,
            )
            .expect("workbook"),
        )
    }

    #[test]
    fn xlsx_and_ods_hold_the_same_cells() {
        let xlsx = demo_workbook(Spreadsheet::Xlsx, MAX_ROWS - 1);
        let ods = demo_workbook(Spreadsheet::Ods, MAX_ROWS - 1);
        assert_eq!(xlsx.len(), 4);
        for ((xlsx_name, xlsx_rows), (ods_name, ods_rows)) in xlsx.iter().zip(&ods) {
            assert_eq!(xlsx_name, ods_name);
            assert!(xlsx_rows.len() > 8, "{xlsx_name}: {} rows", xlsx_rows.len());
            // calamine gives an ODS row up to its last cell, an XLSX row up to the
            // sheet's last column: compare the cells both have, then that the rest is empty.
            assert_eq!(xlsx_rows.len(), ods_rows.len(), "{xlsx_name}");
            for (index, (xlsx_row, ods_row)) in xlsx_rows.iter().zip(ods_rows).enumerate() {
                let width = xlsx_row.len().max(ods_row.len());
                let padded = |row: &Vec<String>| {
                    let mut row = row.clone();
                    row.resize(width, String::new());
                    row
                };
                assert_eq!(
                    padded(xlsx_row),
                    padded(ods_row),
                    "{xlsx_name}, row {}",
                    index + 1
                );
            }
        }
        assert_eq!(xlsx, ods);
    }

    /// A part of a workbook, unpacked.
    fn part(workbook: &Workbook, name: &str) -> String {
        let mut bytes = Vec::new();
        workbook.write_to(&mut bytes).expect("write");
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("zip");
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_name(name).expect(name), &mut text)
            .expect("read");
        text
    }

    #[test]
    fn the_template_offers_the_known_names_as_lists_of_choices() {
        let phases = "Idee,Voorbereiding,Pilot loopt,Evaluatie,Opschaling,Geborgd,Gestopt";
        let xlsx = template(Language::Dutch, Spreadsheet::Xlsx).expect("xlsx");
        let sheet = part(&xlsx, "xl/worksheets/sheet1.xml");
        for (column, list) in [
            ("B", "Pilot,Living lab,Experiment"),
            (
                "E",
                "Digitale overheid,E-governance,Slimme overheid,Slimme samenleving",
            ),
            ("F", phases),
        ] {
            assert!(
                sheet.contains(&format!(
                    "sqref=\"{column}2:{column}{}\"><formula1>\"{list}\"</formula1>",
                    TEMPLATE_ROWS + 1
                )),
                "{column}: {sheet}"
            );
        }
        assert_eq!(sheet.matches("errorStyle=\"warning\"").count(), 3);

        let ods = template(Language::English, Spreadsheet::Ods).expect("ods");
        let content = part(&ods, "content.xml");
        assert!(content.contains("xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\""));
        assert!(content.contains(
            "table:condition=\"of:cell-content-is-in-list(&quot;Idea&quot;;&quot;Preparation&quot;;"
        ));
        assert!(content.contains("table:base-cell-address=\"&#39;Initiatives&#39;.F2\""));
        // Every row below the header carries the three lists, filled or empty.
        for column in [2, 5, 6] {
            assert_eq!(
                content
                    .matches(&format!(
                        "table:content-validation-name=\"choices1-{column}\""
                    ))
                    .count(),
                TEMPLATE_ROWS,
                "column {column}"
            );
        }
        assert!(
            !content.contains("choices2-"),
            "the lists' own sheet has none"
        );

        // The second sheet lists the choices, read by another reader.
        let sheets = sheets_of(&ods);
        assert_eq!(sheets[1].0, "Choices");
        assert_eq!(sheets[1].1[0], ["Kind", "Quadrant", "Phase"]);
        assert_eq!(sheets[1].1.len(), 1 + 7, "the header and the seven phases");
        assert_eq!(sheets[1].1[3][2], "Pilot running");
    }

    #[test]
    fn rows_beyond_a_sheet_go_on_in_numbered_sheets_with_the_header() {
        for format in [Spreadsheet::Xlsx, Spreadsheet::Ods] {
            rows_beyond_a_sheet_go_on_in(format);
        }
    }

    fn rows_beyond_a_sheet_go_on_in(format: Spreadsheet) {
        let make = |rows_per_sheet| demo_workbook(format, rows_per_sheet);
        let whole = make(MAX_ROWS - 1);
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
