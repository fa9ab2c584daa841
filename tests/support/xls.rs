//! Excel 97–2003 workbooks (`.xls`) made in a test: BIFF8 records in a compound file, as
//! Excel writes them, for the imports that read them (and crafted ones that must be
//! refused).

use std::io::{Read, Write};

/// One record: its type, its length, its data.
pub fn record(typ: u16, data: &[u8]) -> Vec<u8> {
    let mut bytes = typ.to_le_bytes().to_vec();
    bytes.extend_from_slice(
        &u16::try_from(data.len())
            .expect("a record's data")
            .to_le_bytes(),
    );
    bytes.extend_from_slice(data);
    bytes
}

/// The start of a substream: BIFF8, the workbook's globals (`0x0005`) or a sheet (`0x0010`).
pub fn bof(kind: u16) -> Vec<u8> {
    let mut data = 0x0600u16.to_le_bytes().to_vec();
    data.extend(kind.to_le_bytes());
    data.extend([0; 12]);
    record(0x0809, &data)
}

pub fn eof() -> Vec<u8> {
    record(0x000A, &[])
}

/// A cell's row, column and format (none).
fn at(row: u16, column: u16) -> Vec<u8> {
    let mut data = row.to_le_bytes().to_vec();
    data.extend(column.to_le_bytes());
    data.extend([0, 0]);
    data
}

/// A text cell (`LABEL`), its characters stored as one byte each.
pub fn label(row: u16, column: u16, text: &str) -> Vec<u8> {
    let mut data = at(row, column);
    let bytes: Vec<u8> = text
        .chars()
        .map(|c| u8::try_from(c).unwrap_or(b'?'))
        .collect();
    data.extend(u16::try_from(bytes.len()).expect("short").to_le_bytes());
    data.push(0);
    data.extend(bytes);
    record(0x0204, &data)
}

/// A number cell (`NUMBER`).
pub fn number(row: u16, column: u16, value: f64) -> Vec<u8> {
    let mut data = at(row, column);
    data.extend(value.to_le_bytes());
    record(0x0203, &data)
}

/// A cell naming shared string `index` (`LABELSST`).
pub fn label_sst(row: u16, column: u16, index: u32) -> Vec<u8> {
    let mut data = at(row, column);
    data.extend(index.to_le_bytes());
    record(0x00FD, &data)
}

/// A formula cell whose cached value is `value` and whose tokens are `tokens`.
pub fn formula(row: u16, column: u16, value: f64, tokens: &[u8]) -> Vec<u8> {
    let mut data = at(row, column);
    data.extend(value.to_le_bytes());
    data.extend([0; 6]);
    data.extend(u16::try_from(tokens.len()).expect("short").to_le_bytes());
    data.extend(tokens);
    record(0x0006, &data)
}

/// What a sheet claims to span (`DIMENSIONS`): rows first..last (one past), columns.
pub fn dimensions(rows: (u32, u32), columns: (u16, u16)) -> Vec<u8> {
    let mut data = rows.0.to_le_bytes().to_vec();
    data.extend(rows.1.to_le_bytes());
    data.extend(columns.0.to_le_bytes());
    data.extend(columns.1.to_le_bytes());
    data.extend([0, 0]);
    record(0x0200, &data)
}

/// The shared strings (`SST`), in one record and the CONTINUE records it needs.
pub fn shared_strings(strings: &[&str]) -> Vec<u8> {
    let count = u32::try_from(strings.len()).expect("few").to_le_bytes();
    let mut data = count.to_vec();
    data.extend(count);
    let mut pieces = Vec::new();
    for text in strings {
        let mut piece = u16::try_from(text.len())
            .expect("short")
            .to_le_bytes()
            .to_vec();
        piece.push(0);
        piece.extend(text.as_bytes());
        pieces.push(piece);
    }
    // A string split over records goes on with its flags again (compressed here).
    let mut records = Vec::new();
    let mut typ = 0x00FC;
    for piece in pieces {
        let mut rest = &piece[..];
        let mut first = true;
        while !rest.is_empty() {
            let room = 8224 - data.len();
            if room < 4 {
                records.extend(record(typ, &data));
                typ = 0x003C;
                data = if first { Vec::new() } else { vec![0] };
                continue;
            }
            let take = rest.len().min(room);
            data.extend(&rest[..take]);
            rest = &rest[take..];
            first = false;
            if !rest.is_empty() {
                records.extend(record(typ, &data));
                typ = 0x003C;
                data = vec![0];
            }
        }
    }
    records.extend(record(typ, &data));
    records
}

/// A workbook stream: the globals (`globals` after their BOF), then each sheet's records
/// (after its BOF, before its EOF), the sheets entered where they start.
pub fn stream(globals: &[Vec<u8>], sheets: &[(&str, Vec<Vec<u8>>)]) -> Vec<u8> {
    let entry = |name: &str, at: u32| {
        let mut data = at.to_le_bytes().to_vec();
        data.extend([0, 0, u8::try_from(name.len()).expect("short"), 0]);
        data.extend(name.as_bytes());
        record(0x0085, &data)
    };
    let head: usize = bof(5).len() + globals.iter().map(Vec::len).sum::<usize>();
    let entries: usize = sheets.iter().map(|(name, _)| entry(name, 0).len()).sum();
    let mut at = head + entries + eof().len();
    let mut starts = Vec::new();
    let bodies: Vec<Vec<u8>> = sheets
        .iter()
        .map(|(_, records)| {
            let mut body = bof(0x10);
            body.extend(records.concat());
            body.extend(eof());
            body
        })
        .collect();
    for body in &bodies {
        starts.push(at);
        at += body.len();
    }
    let mut bytes = bof(5);
    bytes.extend(globals.concat());
    for ((name, _), start) in sheets.iter().zip(starts) {
        bytes.extend(entry(name, u32::try_from(start).expect("small")));
    }
    bytes.extend(eof());
    for body in bodies {
        bytes.extend(body);
    }
    bytes
}

/// A compound file holding `stream` as its stream `name` (`Workbook` for a workbook).
pub fn compound(name: &str, stream: &[u8]) -> Vec<u8> {
    let mut file =
        cfb::CompoundFile::create_with_version(cfb::Version::V3, std::io::Cursor::new(Vec::new()))
            .expect("create");
    file.create_stream(format!("/{name}"))
        .expect("stream")
        .write_all(stream)
        .expect("write");
    file.flush().expect("flush");
    file.into_inner().into_inner()
}

/// The workbook stream of an `.xls` file.
pub fn workbook_of(bytes: &[u8]) -> Vec<u8> {
    let mut file = cfb::CompoundFile::open(std::io::Cursor::new(bytes)).expect("compound file");
    let mut stream = Vec::new();
    file.open_stream("/Workbook")
        .expect("workbook")
        .read_to_end(&mut stream)
        .expect("read");
    stream
}
