//! Reading a legacy Excel 97–2003 workbook (`.xls`): a compound file (OLE2) holding the
//! workbook as one stream of BIFF records (BIFF8; BIFF5 of Excel 5 and 95 too). Many
//! municipal registers were started in those years and are still saved that way.
//!
//! calamine reads the records, but it lays out every sheet of the workbook as a full
//! rectangle in memory at once, reserves what a sheet's `DIMENSIONS` record claims, and
//! copies a shared string into every cell that names it. A crafted file of a few
//! kilobytes could so ask for gigabytes, which ends the process rather than failing. So
//! the workbook stream is taken out of its container (with the `cfb` crate) and its
//! records are walked first, the way calamine will walk them, to bound what calamine
//! will hold:
//! - every sheet must start on a record of the stream (else calamine's walk and this
//!   one could read different records), and the sheets must not overlap (else the same
//!   records are read once per sheet that covers them);
//! - the sheets' extents (from their first to their last cell, empty cells between
//!   counted) span at most [`MAX_XLS_CELLS`] together, and no sheet claims more rows or
//!   columns than Excel 97–2003 has;
//! - the texts the cells will hold, a shared string counted for every cell that names
//!   it, are at most the sheet text bound of every spreadsheet register;
//! - a password-protected workbook is refused (its records are encrypted);
//! - where a sheet is named as the register, the other sheets are hidden from calamine.
//!
//! The formulas' tokens are cleared before calamine reads them (their cached values are
//! what the register needs): a formula's text can name a long defined name hundreds of
//! times. calamine then reads the stream from a container written anew, not from the
//! file's own, and a panic of its reader on damaged records is a refusal, not a crash.

use std::io::{Cursor, Read, Write};

use calamine::{Data, Range, Reader};

use super::ods::named_as_register;
use super::read::{
    Cell, HEADER_SEARCH_ROWS, MAX_SHEET_TEXT_BYTES, Recognise, SheetCells, Table, date_time_cell,
    iso_date_cell, known_headers, refuse, text_cell,
};
use crate::exchange::{ExchangeError, Result};
use crate::i18n::Message;

/// The first bytes of a compound file (what Office 97–2003 saves).
const SIGNATURE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
/// The largest workbook stream read: a full sheet of Excel 2003 (65,536 rows) of a
/// register is far smaller.
const MAX_STREAM_BYTES: u64 = 128 * 1024 * 1024;
/// The most cells the workbook's sheets may span in all (and hold while one is read):
/// 65,536 rows (all Excel 97–2003 has) of 76 columns.
pub const MAX_XLS_CELLS: u64 = 5_000_000;
/// The most cells a sheet may claim to span: all of Excel 97–2003's sheet (65,536 rows of
/// 256 columns). calamine reserves the claim (address space, not yet memory).
const MAX_CLAIMED_CELLS: u64 = 65_536 * 256;

/// The most bytes of UTF-8 one byte of a record's text becomes in calamine: a compressed
/// character is widened to UTF-16 and decoded by the workbook's code page, which a
/// crafted file can set to one that reads the added zero as a character of its own.
const TEXT_PER_BYTE: u64 = 4;

/// Record types (MS-XLS 2.3).
mod record {
    pub const FORMULA: u16 = 0x0006;
    pub const EOF: u16 = 0x000A;
    pub const FILE_PASS: u16 = 0x002F;
    pub const CONTINUE: u16 = 0x003C;
    pub const BOUND_SHEET: u16 = 0x0085;
    pub const MUL_RK: u16 = 0x00BD;
    pub const RSTRING: u16 = 0x00D6;
    pub const SST: u16 = 0x00FC;
    pub const LABEL_SST: u16 = 0x00FD;
    pub const DIMENSIONS: u16 = 0x0200;
    pub const NUMBER: u16 = 0x0203;
    pub const LABEL: u16 = 0x0204;
    pub const BOOL_ERR: u16 = 0x0205;
    pub const STRING: u16 = 0x0207;
    pub const RK: u16 = 0x027E;
    pub const BOF: u16 = 0x0809;
}

/// Whether the bytes are a compound file, as an Excel 97–2003 workbook is.
pub fn is_xls(bytes: &[u8]) -> bool {
    bytes.starts_with(&SIGNATURE)
}

/// Read an Excel 97–2003 register: the sheet named like a register, else the one whose
/// first rows hold the most headers `recognise` knows, else the first.
pub fn read_xls_with(path: &str, bytes: &[u8], recognise: Recognise) -> Result<Table> {
    if bytes.is_empty() {
        return Err(refuse(path, Message::new("file-empty")));
    }
    let mut stream = workbook_stream(path, bytes)?;
    check(path, &mut stream)?;
    let mut workbook = parse(path, stream)?;
    let names = workbook.sheet_names();
    // calamine hands out a copy of a sheet: one at a time, the best so far kept.
    let mut range_of = |name: &str| workbook.worksheet_range(name).unwrap_or_default();
    let (sheet, range) = match names.iter().find(|name| named_as_register(name)) {
        Some(name) => (name.clone(), range_of(name)),
        None => {
            let mut best: Option<(&String, Range<Data>, usize)> = None;
            for name in &names {
                let range = range_of(name);
                let score = sheet_score(&range, recognise);
                if best.as_ref().is_none_or(|(_, _, most)| score > *most) {
                    best = Some((name, range, score));
                }
            }
            best.map(|(name, range, _)| (name.clone(), range))
                .ok_or_else(|| refuse(path, Message::new("file-no-sheets")))?
        }
    };
    drop(workbook);
    let (first_row, first_column) = range.start().unwrap_or_default();
    let mut cells = SheetCells::default();
    for (row, column, value) in range.used_cells() {
        let cell = data_cell(value);
        // Positions come from u16 fields of the records: no sum overflows.
        let (row, column) = (first_row + row as u32, first_column + column as u32);
        cells.add(path, row, column, cell)?;
    }
    cells.into_table(path, sheet, recognise)
}

/// A cell of calamine's, as the register reads it.
fn data_cell(value: &Data) -> Cell {
    match value {
        Data::Empty => Cell::Empty,
        Data::String(text) => text_cell(text),
        Data::Float(number) => Cell::Number(*number),
        Data::Int(number) => Cell::Number(*number as f64),
        Data::Bool(value) => Cell::Text(value.to_string()),
        Data::DateTime(value) => date_time_cell(value),
        Data::DateTimeIso(text) => iso_date_cell(text),
        Data::DurationIso(text) => Cell::Text(text.clone()),
        Data::Error(error) => Cell::Text(format!("#{error:?}")),
    }
}

/// How much a sheet's first rows look like a register's: the most known headers on one
/// of its first [`HEADER_SEARCH_ROWS`] filled rows.
fn sheet_score(range: &Range<Data>, recognise: Recognise) -> usize {
    range
        .rows()
        .filter(|row| row.iter().any(|cell| *cell != Data::Empty))
        .take(HEADER_SEARCH_ROWS)
        .map(|row| {
            known_headers(
                row.iter().filter_map(|cell| match cell {
                    Data::String(text) => Some(text.as_str()),
                    _ => None,
                }),
                recognise,
            )
        })
        .max()
        .unwrap_or(0)
}

fn not_xls(path: &str, detail: impl std::fmt::Display) -> ExchangeError {
    refuse(
        path,
        Message::new("file-not-xls").with("detail", detail.to_string()),
    )
}

/// The workbook stream of the compound file, bounded in size.
fn workbook_stream(path: &str, bytes: &[u8]) -> Result<Vec<u8>> {
    let mut file =
        cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|error| not_xls(path, error))?;
    // An XLSX saved with a password is a compound file holding the encrypted package.
    if file.is_stream("/EncryptedPackage") {
        return Err(refuse(path, Message::new("file-password")));
    }
    let Some(name) = ["/Workbook", "/Book"]
        .into_iter()
        .find(|name| file.is_stream(name))
    else {
        return Err(refuse(path, Message::new("file-office-not-workbook")));
    };
    let stream = file
        .open_stream(name)
        .map_err(|error| not_xls(path, error))?;
    if stream.len() > MAX_STREAM_BYTES {
        return Err(refuse(
            path,
            Message::new("file-too-large").with_number("megabytes", MAX_STREAM_BYTES >> 20),
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(stream.len()).unwrap_or(0));
    stream
        .take(MAX_STREAM_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|error| not_xls(path, error))?;
    Ok(bytes)
}

/// One record as calamine's reader sees it: the CONTINUE records after it joined to it.
struct Record<'a> {
    typ: u16,
    /// Where its data starts in the stream.
    offset: usize,
    data: &'a [u8],
    cont: Vec<&'a [u8]>,
}

/// The records of a stream from `at`, split as calamine's `RecordIter` splits them.
struct Records<'a> {
    stream: &'a [u8],
    at: usize,
}

fn u16_at(bytes: &[u8], at: usize) -> u16 {
    bytes
        .get(at..at + 2)
        .map_or(0, |pair| u16::from_le_bytes([pair[0], pair[1]]))
}

fn u32_at(bytes: &[u8], at: usize) -> u32 {
    bytes.get(at..at + 4).map_or(0, |four| {
        u32::from_le_bytes([four[0], four[1], four[2], four[3]])
    })
}

impl<'a> Iterator for Records<'a> {
    /// `Err` when a record runs past the end of the stream (calamine stops there too).
    type Item = std::result::Result<Record<'a>, ()>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.stream.len() - self.at;
        let len = usize::from(u16_at(self.stream, self.at + 2));
        if rest < 4 || rest < len + 4 {
            // The end, or a record running past it: nothing more after it.
            self.at = self.stream.len();
            return (rest > 0).then_some(Err(()));
        }
        let typ = u16_at(self.stream, self.at);
        let offset = self.at + 4;
        let data = &self.stream[offset..offset + len];
        self.at = offset + len;
        let mut cont = Vec::new();
        while self.stream.len() - self.at > 4 && u16_at(self.stream, self.at) == record::CONTINUE {
            let len = usize::from(u16_at(self.stream, self.at + 2));
            if self.stream.len() - self.at < len + 4 {
                self.at = self.stream.len();
                return Some(Err(()));
            }
            cont.push(&self.stream[self.at + 4..self.at + 4 + len]);
            self.at += 4 + len;
        }
        Some(Ok(Record {
            typ,
            offset,
            data,
            cont,
        }))
    }
}

/// The rows and columns a sheet's cells reach.
#[derive(Default)]
struct Extent(Option<(u32, u32, u32, u32)>);

impl Extent {
    fn add(&mut self, row: u32, column: u32) {
        let (top, left, bottom, right) = self.0.unwrap_or((row, column, row, column));
        self.0 = Some((
            top.min(row),
            left.min(column),
            bottom.max(row),
            right.max(column),
        ));
    }

    /// The cells of its rectangle, as calamine lays it out.
    fn cells(&self) -> u64 {
        self.0.map_or(0, |(top, left, bottom, right)| {
            u64::from(bottom - top + 1) * u64::from(right - left + 1)
        })
    }
}

/// The cells calamine reserves for a `DIMENSIONS` record (as its `parse_dimensions`
/// reads it); `None` when the claim is one calamine's arithmetic would wrap on.
fn claimed_cells(data: &[u8]) -> Option<u64> {
    let (first_row, last_row, mut first_column, last_column) = match data.len() {
        10 => (
            u32::from(u16_at(data, 0)),
            u32::from(u16_at(data, 2)),
            u32::from(u16_at(data, 4)),
            u32::from(u16_at(data, 6)),
        ),
        14 | 16 => (
            u32_at(data, 0),
            u32_at(data, 4),
            u32::from(u16_at(data, 8)),
            u32::from(u16_at(data, 10)),
        ),
        // calamine refuses the workbook.
        _ => return Some(0),
    };
    if first_column > 0xFF || last_column < first_column {
        first_column = 0;
    }
    if last_row < 1 || last_column < 1 {
        return Some(1);
    }
    // calamine's rows: (last - 1) - first + 1, in u32; below zero it wraps.
    let rows = i64::from(last_row) - i64::from(first_row);
    let columns = i64::from(last_column) - i64::from(first_column);
    (rows >= 0).then(|| (rows * columns).unsigned_abs())
}

/// The most bytes of text each shared string becomes ([`TEXT_PER_BYTE`] per byte it
/// takes in the file), walked as calamine's `parse_sst`
/// walks the table; `None` when calamine would fail or stop on it.
fn shared_string_bytes(record: &Record<'_>) -> Option<Vec<u64>> {
    let mut cont = record.cont.iter();
    let mut data = record.data.get(8..)?;
    let mut strings = Vec::new();
    loop {
        if data.is_empty() {
            let Some(next) = cont.next() else {
                return Some(strings);
            };
            data = next;
            // calamine reads an empty string where a CONTINUE record is empty.
            if data.is_empty() {
                strings.push(0);
                continue;
            }
        }
        if data.len() < 3 {
            return None;
        }
        let mut chars = usize::from(u16_at(data, 0));
        let flags = data[2];
        data = &data[3..];
        let mut wide = flags & 0x1 != 0;
        let mut runs = 0;
        if flags & 0x8 != 0 {
            runs = usize::from(u16_at(data, 0)) * 4;
            data = data.get(2..)?;
        }
        let mut extension = 0;
        if flags & 0x4 != 0 {
            extension =
                usize::try_from(i32::from_le_bytes(data.get(..4)?.try_into().ok()?)).ok()?;
            data = &data[4..];
        }
        let mut bytes = 0u64;
        while chars > 0 {
            let taken = if wide {
                (data.len() / 2).min(chars)
            } else {
                data.len().min(chars)
            };
            let width = if wide { 2 } else { 1 };
            data = &data[taken * width..];
            bytes += (taken * width) as u64;
            chars -= taken;
            if chars > 0 {
                data = cont.next()?;
                wide = *data.first()? & 0x1 != 0;
                data = &data[1..];
            }
        }
        for mut skip in [runs, extension] {
            while skip > 0 {
                if data.is_empty() {
                    data = cont.next()?;
                }
                let taken = skip.min(data.len());
                data = &data[taken..];
                skip -= taken;
            }
        }
        strings.push(bytes * TEXT_PER_BYTE);
    }
}

/// Walk the workbook's records as calamine will, bound what it will hold, and clear the
/// formulas' tokens. Refuses what would take more than a register can.
fn check(path: &str, stream: &mut [u8]) -> Result<()> {
    let damaged = |what: &str| not_xls(path, what);
    let too_large = || {
        refuse(
            path,
            Message::new("file-xls-too-large").with_number("cells", MAX_XLS_CELLS),
        )
    };
    // The workbook's globals: up to their end, as calamine reads them.
    // Each sheet's start, its entry's place and its name.
    let mut entries: Vec<(usize, usize, String)> = Vec::new();
    let mut shared: Vec<u64> = Vec::new();
    let mut biff5 = false;
    for record in (Records { stream, at: 0 }) {
        let record = record.map_err(|()| damaged("a record runs past the end of the file"))?;
        match record.typ {
            record::BOF if entries.is_empty() => biff5 = u16_at(record.data, 0) == 0x0500,
            record::FILE_PASS => return Err(refuse(path, Message::new("file-password"))),
            record::BOUND_SHEET => {
                if record.data.len() < 6 {
                    return Err(damaged("a sheet's entry is too short"));
                }
                entries.push((
                    u32_at(record.data, 0) as usize,
                    record.offset - 4,
                    sheet_name(record.data, biff5),
                ));
            }
            record::SST => {
                shared = shared_string_bytes(&record)
                    .ok_or_else(|| damaged("the table of shared strings is damaged"))?;
            }
            record::EOF => break,
            _ => {}
        }
    }
    // A sheet named as the register is the one read: the others' entries are hidden from
    // calamine (their record type changed, the stream's layout kept), so it neither lays
    // them out nor needs them bounded.
    let mut hidden = Vec::new();
    if let Some(kept) = entries
        .iter()
        .position(|(_, _, name)| named_as_register(name))
    {
        let entry = entries.swap_remove(kept);
        hidden = entries.iter().map(|(_, header, _)| *header).collect();
        entries = vec![entry];
    }
    let sheets: Vec<usize> = entries.iter().map(|(start, ..)| *start).collect();
    // Each sheet starts on a record of the stream read from its start.
    let mut starts = sheets.clone();
    starts.sort_unstable();
    let mut at = 0;
    for start in starts {
        while at < start && at + 4 <= stream.len() {
            at += 4 + usize::from(u16_at(stream, at + 2));
        }
        if at != start || start + 4 > stream.len() {
            return Err(damaged("a sheet does not start on a record"));
        }
    }
    let (mut spanned, mut text, mut cells_read) = (0u64, 0u64, 0u64);
    let mut formulas = Vec::new();
    // The bytes the sheets' walks covered: sheets lie one after the other, so together
    // they cover the stream at most once. Overlapping sheets (many entries starting in one
    // long sheet) would have calamine, and this check, read the same records over and
    // over.
    let mut walked = 0;
    for start in sheets {
        let (mut values, mut formula_cells) = (Extent::default(), Extent::default());
        let (mut claimed, mut cells) = (0u64, 0u64);
        let (mut seen_start, mut depth) = (false, 0usize);
        let mut records = Records { stream, at: start };
        for record in records.by_ref() {
            let record = record.map_err(|()| damaged("a record runs past the end of the file"))?;
            if depth > 0 {
                match record.typ {
                    record::BOF => depth += 1,
                    record::EOF => depth -= 1,
                    _ => {}
                }
                continue;
            }
            let data = record.data;
            let position = || (u32::from(u16_at(data, 0)), u32::from(u16_at(data, 2)));
            match record.typ {
                record::BOF if seen_start => depth += 1,
                record::BOF => seen_start = true,
                record::DIMENSIONS => {
                    claimed = claimed.saturating_add(
                        claimed_cells(data)
                            .ok_or_else(|| damaged("a sheet claims impossible dimensions"))?,
                    );
                }
                record::NUMBER
                | record::LABEL
                | record::RSTRING
                | record::BOOL_ERR
                | record::RK
                | record::STRING => {
                    let (row, column) = position();
                    values.add(row, column);
                    cells += 1;
                    if matches!(record.typ, record::LABEL | record::RSTRING | record::STRING) {
                        text += TEXT_PER_BYTE * data.len() as u64;
                    }
                }
                record::LABEL_SST => {
                    let (row, column) = position();
                    values.add(row, column);
                    cells += 1;
                    text = text
                        .saturating_add(shared.get(u32_at(data, 6) as usize).copied().unwrap_or(0));
                }
                record::MUL_RK if data.len() >= 6 => {
                    let (row, first) = position();
                    let last = u32::from(u16_at(data, data.len() - 2));
                    if last < first {
                        return Err(damaged("a row of numbers ends before it starts"));
                    }
                    values.add(row, first);
                    values.add(row, last);
                    cells += u64::from(last - first + 1);
                }
                record::FORMULA => {
                    let (row, column) = position();
                    values.add(row, column);
                    formula_cells.add(row, column);
                    cells += 2;
                    if data.len() >= 22 {
                        formulas.push(record.offset + 20);
                    }
                }
                record::EOF => break,
                _ => {}
            }
        }
        walked += records.at - start;
        if walked > stream.len() {
            return Err(damaged("its sheets overlap"));
        }
        if claimed > MAX_CLAIMED_CELLS {
            return Err(damaged(
                "a sheet claims more rows or columns than Excel 97–2003 has",
            ));
        }
        // While calamine reads a sheet it holds its cells beside the rectangles of the
        // sheets before; then the sheet's rectangles.
        cells_read += cells;
        if spanned + cells > MAX_XLS_CELLS {
            return Err(too_large());
        }
        spanned += values.cells() + formula_cells.cells();
        if spanned > MAX_XLS_CELLS || cells_read > MAX_XLS_CELLS {
            return Err(too_large());
        }
    }
    if text > MAX_SHEET_TEXT_BYTES as u64 {
        return Err(refuse(
            path,
            Message::new("file-sheet-too-much-text")
                .with_number("megabytes", (MAX_SHEET_TEXT_BYTES >> 20) as u64),
        ));
    }
    // Every formula's token count set to none: calamine reads an empty formula (the
    // records were split on the same boundaries by every walk, so no header changes).
    for at in formulas {
        stream[at..at + 2].fill(0);
    }
    for header in hidden {
        stream[header..header + 2].copy_from_slice(&HIDDEN.to_le_bytes());
    }
    Ok(())
}

/// The record type a sheet's entry is given to hide it: one calamine does not know.
const HIDDEN: u16 = 0xFFFF;

/// A sheet's name in its entry (`BoundSheet8`): one byte per character, or UTF-16 when its
/// flags say so (BIFF8); bytes of the code page in BIFF5, read as Latin-1 (enough to know
/// a register's name).
fn sheet_name(data: &[u8], biff5: bool) -> String {
    let count = usize::from(data.get(6).copied().unwrap_or(0));
    if biff5 {
        let bytes = data.get(7..).unwrap_or_default();
        return bytes
            .iter()
            .take(count)
            .map(|byte| char::from(*byte))
            .collect();
    }
    let wide = data.get(7).is_some_and(|flags| flags & 0x1 != 0);
    let bytes = data.get(8..).unwrap_or_default();
    if wide {
        let units = bytes
            .chunks_exact(2)
            .take(count)
            .map(|pair| u16::from_le_bytes([pair[0], pair[1]]));
        char::decode_utf16(units)
            .map(|unit| unit.unwrap_or(char::REPLACEMENT_CHARACTER))
            .collect()
    } else {
        bytes
            .iter()
            .take(count)
            .map(|byte| char::from(*byte))
            .collect()
    }
}

/// The workbook as calamine reads it, from a container holding only the checked stream.
type Workbook = calamine::Xls<Cursor<Vec<u8>>>;

fn parse(path: &str, stream: Vec<u8>) -> Result<Workbook> {
    // Version 3 (512-byte sectors), as Excel 97–2003 writes it and calamine reads it.
    let mut container =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, Cursor::new(Vec::new()))
            .map_err(|error| not_xls(path, error))?;
    let written = container
        .create_stream("/Workbook")
        .and_then(|mut workbook| workbook.write_all(&stream))
        .and_then(|()| container.flush());
    written.map_err(|error| not_xls(path, error))?;
    drop(stream);
    let container = container.into_inner().into_inner();
    let parsed = std::panic::catch_unwind(move || Workbook::new(Cursor::new(container)));
    match parsed {
        Ok(Ok(workbook)) => Ok(workbook),
        Ok(Err(detail)) => Err(not_xls(path, detail)),
        Err(_) => Err(not_xls(path, "its records are damaged")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(typ: u16, data: &[u8]) -> Vec<u8> {
        let mut bytes = typ.to_le_bytes().to_vec();
        bytes.extend_from_slice(&u16::try_from(data.len()).expect("short").to_le_bytes());
        bytes.extend_from_slice(data);
        bytes
    }

    #[test]
    fn records_join_their_continues_as_calamine_does() {
        let mut stream = record(0x00FC, b"12345678");
        stream.extend(record(record::CONTINUE, b"ab"));
        stream.extend(record(record::CONTINUE, b"c"));
        stream.extend(record(record::EOF, b""));
        let records: Vec<_> = Records {
            stream: &stream,
            at: 0,
        }
        .collect::<std::result::Result<_, _>>()
        .expect("records");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].cont, vec![&b"ab"[..], &b"c"[..]]);
        assert_eq!(records[0].offset, 4);
        assert_eq!(records[1].typ, record::EOF);
        // A record running past the end is an error, as in calamine.
        let cut = &stream[..stream.len() - 1];
        let last = Records { stream: cut, at: 0 }.last().expect("one");
        assert!(last.is_err());
    }

    #[test]
    fn shared_strings_are_measured_across_continues() {
        // Two strings: "abc" compressed, then "déf" in UTF-16 split over a CONTINUE
        // record that switches to compressed characters.
        let mut data = 2u32.to_le_bytes().to_vec();
        data.extend(2u32.to_le_bytes());
        data.extend([3, 0, 0]);
        data.extend(b"abc");
        data.extend([3, 0, 1]);
        data.extend([b'd', 0, 0xE9, 0]);
        let mut stream = record(record::SST, &data);
        stream.extend(record(record::CONTINUE, &[0, b'f']));
        let first = Records {
            stream: &stream,
            at: 0,
        }
        .next()
        .expect("one")
        .expect("whole");
        // Three bytes, then four and one: each byte at most [`TEXT_PER_BYTE`] of text.
        assert_eq!(
            shared_string_bytes(&first),
            Some(vec![3 * TEXT_PER_BYTE, 5 * TEXT_PER_BYTE])
        );
        // Rich text runs and an extension are skipped; a string cut short is damage.
        let mut rich = 1u32.to_le_bytes().to_vec();
        rich.extend(1u32.to_le_bytes());
        rich.extend([1, 0, 0x0C, 1, 0, 2, 0, 0, 0, b'x', 1, 2, 3, 4, 9, 9]);
        let rich = record(record::SST, &rich);
        let record = Records {
            stream: &rich,
            at: 0,
        }
        .next()
        .expect("one")
        .expect("whole");
        assert_eq!(shared_string_bytes(&record), Some(vec![TEXT_PER_BYTE]));
        let mut short = 1u32.to_le_bytes().to_vec();
        short.extend(1u32.to_le_bytes());
        short.extend([5, 0, 0, b'x']);
        let short = record_of(&short);
        assert_eq!(shared_string_bytes(&short), None);
    }

    fn record_of(data: &[u8]) -> Record<'_> {
        Record {
            typ: record::SST,
            offset: 4,
            data,
            cont: Vec::new(),
        }
    }

    #[test]
    fn claimed_dimensions_are_read_as_calamine_reads_them() {
        let biff8 = |rows: (u32, u32), columns: (u16, u16)| {
            let mut data = rows.0.to_le_bytes().to_vec();
            data.extend(rows.1.to_le_bytes());
            data.extend(columns.0.to_le_bytes());
            data.extend(columns.1.to_le_bytes());
            data.extend([0, 0]);
            data
        };
        // Rows 0..100 (the last is one past), columns 0..10.
        assert_eq!(claimed_cells(&biff8((0, 100), (0, 10))), Some(1_000));
        assert_eq!(claimed_cells(&biff8((0, 0), (0, 0))), Some(1));
        // A last row before the first wraps calamine's arithmetic: refused.
        assert_eq!(claimed_cells(&biff8((10, 5), (0, 3))), None);
        assert_eq!(claimed_cells(&biff8((5, 5), (0, 3))), Some(0));
        assert_eq!(
            claimed_cells(&biff8((0, u32::MAX), (0, 256))),
            Some(u64::from(u32::MAX) * 256)
        );
        // A first column past 255 is read as 0.
        assert_eq!(claimed_cells(&biff8((0, 2), (300, 4))), Some(4 * 2));
    }

    #[test]
    fn extents_count_the_rectangle() {
        let mut extent = Extent::default();
        assert_eq!(extent.cells(), 0);
        extent.add(5, 2);
        assert_eq!(extent.cells(), 1);
        extent.add(65_535, 255);
        assert_eq!(extent.cells(), 65_531 * 254);
    }
}
