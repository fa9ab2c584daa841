//! The package of an XLSX or ODS file: a zip of the workbook's parts. The sheets are
//! compressed as they are written (raw deflate, with their CRC-32), each sheet on the
//! thread that writes it; the zip's headers and directory are written here around them.
//! An ODS file keeps all its sheets in one part (`content.xml`): each sheet is compressed
//! apart as a [`Segment`] and the segments are joined, as pigz joins the pieces it
//! compresses on several threads.

use std::io::Write;

use flate2::{Compression, Crc, CrcWriter, write::DeflateEncoder};

use super::super::{ExchangeError, Result};
use crate::i18n::Message;

/// Deflate level for the sheets. At 100,000 initiatives (160 MB of sheet XML) the export
/// took 0.74 s at level 3 (18.1 MB), 0.63 s at level 2 (19.5 MB) and 0.87 s at level 1
/// (26.2 MB: zlib-rs's quick strategy); level 3 keeps the file as small as before.
const LEVEL: u32 = 3;

fn failed(detail: impl ToString) -> ExchangeError {
    ExchangeError::Other(Message::new("export-xlsx-failed").with("detail", detail.to_string()))
}

/// How a part is kept in the zip.
const STORED: u16 = 0;
const DEFLATE: u16 = 8;

/// A part of the package, compressed (or stored as it is).
pub(super) struct Part {
    pub name: String,
    method: u16,
    compressed: Vec<u8>,
    crc: u32,
    size: u64,
}

impl Part {
    /// A part stored uncompressed (ODS's `mimetype`, which a reader finds at a fixed
    /// place at the file's start).
    pub(super) fn stored(name: impl Into<String>, content: &[u8]) -> Self {
        let mut crc = Crc::new();
        crc.update(content);
        Self {
            name: name.into(),
            method: STORED,
            compressed: content.to_vec(),
            crc: crc.sum(),
            size: content.len() as u64,
        }
    }

    /// One part `name` of `segments` in order.
    pub(super) fn joined(name: impl Into<String>, segments: &[Segment]) -> Self {
        let mut crc = Crc::new();
        let mut size = 0;
        let mut compressed = Vec::with_capacity(
            segments
                .iter()
                .map(|segment| segment.compressed.len())
                .sum(),
        );
        for segment in segments {
            crc.combine(&segment.crc);
            size += segment.size;
            compressed.extend_from_slice(&segment.compressed);
        }
        // The end of the deflate stream: an empty last block (fixed codes).
        compressed.extend_from_slice(&[0x03, 0x00]);
        Self {
            name: name.into(),
            method: DEFLATE,
            compressed,
            crc: crc.sum(),
            size,
        }
    }
}

/// A piece of a part, compressed apart: deflate blocks that end on a byte (a sync flush)
/// and not the stream, so that pieces compressed on different threads can follow each
/// other in one part.
pub(super) struct Segment {
    compressed: Vec<u8>,
    crc: Crc,
    size: u64,
}

/// A sink that compresses what is written to it into a [`Part`].
pub(super) struct PartWriter {
    name: String,
    encoder: CrcWriter<DeflateEncoder<Vec<u8>>>,
    /// Bytes written (the CRC's own count is 32 bits).
    size: u64,
}

impl PartWriter {
    pub(super) fn new(name: impl Into<String>) -> Self {
        Self {
            name: name.into(),
            encoder: CrcWriter::new(DeflateEncoder::new(Vec::new(), Compression::new(LEVEL))),
            size: 0,
        }
    }

    pub(super) fn finish(self) -> Result<Part> {
        let crc = self.encoder.crc().sum();
        let size = self.size;
        let compressed = self.encoder.into_inner().finish().map_err(failed)?;
        Ok(Part {
            name: self.name,
            method: DEFLATE,
            compressed,
            crc,
            size,
        })
    }

    /// What was written, as a [`Segment`] of a part.
    pub(super) fn finish_segment(mut self) -> Result<Segment> {
        // A sync flush: everything written so far is in the vector, ending on a byte.
        self.encoder.flush().map_err(failed)?;
        let mut crc = Crc::new();
        crc.combine(self.encoder.crc());
        let compressed = std::mem::take(self.encoder.get_mut().get_mut());
        // The encoder, dropped, ends its stream in the vector it is left with: not ours.
        Ok(Segment {
            compressed,
            crc,
            size: self.size,
        })
    }

    /// A small part given whole.
    pub(super) fn whole(name: impl Into<String>, content: &str) -> Result<Part> {
        let mut writer = Self::new(name);
        writer.write_all(content.as_bytes()).map_err(failed)?;
        writer.finish()
    }
}

impl Write for PartWriter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let written = self.encoder.write(buf)?;
        self.size += written as u64;
        Ok(written)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.encoder.flush()
    }
}

/// Refuse, with the reason in the user's language, parts that a zip without zip64 cannot
/// hold: a part over 4 GiB (packed or unpacked), or the whole (an ODS keeps all its sheets
/// in one `content.xml`, which passes 4 GiB at about 1.4 million initiatives).
pub(super) fn check_fits(parts: &[Part]) -> Result<()> {
    let limit = u64::from(u32::MAX);
    let mut whole: u64 = 0;
    for part in parts {
        let name = part.name.len() as u64;
        whole += part.compressed.len() as u64 + 30 + 46 + 2 * name;
        if part.size > limit || part.compressed.len() as u64 > limit || whole > limit {
            return Err(ExchangeError::Other(
                Message::new("export-workbook-too-large").with("part", part.name.clone()),
            ));
        }
    }
    Ok(())
}

/// Write the zip: each part's local header and data, then the central directory.
/// (No zip64: a part or the whole over 4 GiB is refused; a full worksheet of 1,048,576
/// initiatives is well under a gigabyte.)
pub(super) fn write_zip(parts: &[Part], out: &mut dyn Write) -> std::io::Result<()> {
    let too_large = || std::io::Error::other("the workbook is larger than 4 GiB");
    // 1 January 1980, 00:00: the earliest date a zip holds, so that the same portfolio
    // gives the same bytes.
    const TIME: u16 = 0;
    const DATE: u16 = (1 << 5) | 1;
    const VERSION: u16 = 20;
    let mut offset: u32 = 0;
    let mut directory = Vec::new();
    for part in parts {
        let name = part.name.as_bytes();
        let name_length = u16::try_from(name.len()).map_err(|_| too_large())?;
        let compressed = u32::try_from(part.compressed.len()).map_err(|_| too_large())?;
        let size = u32::try_from(part.size).map_err(|_| too_large())?;
        let mut header = Vec::with_capacity(30 + name.len());
        header.extend_from_slice(&0x0403_4b50u32.to_le_bytes());
        for field in [VERSION, 0, part.method, TIME, DATE] {
            header.extend_from_slice(&field.to_le_bytes());
        }
        for field in [part.crc, compressed, size] {
            header.extend_from_slice(&field.to_le_bytes());
        }
        header.extend_from_slice(&name_length.to_le_bytes());
        header.extend_from_slice(&0u16.to_le_bytes());
        header.extend_from_slice(name);
        out.write_all(&header)?;
        out.write_all(&part.compressed)?;

        directory.extend_from_slice(&0x0201_4b50u32.to_le_bytes());
        for field in [VERSION, VERSION, 0, part.method, TIME, DATE] {
            directory.extend_from_slice(&field.to_le_bytes());
        }
        for field in [part.crc, compressed, size] {
            directory.extend_from_slice(&field.to_le_bytes());
        }
        // Name length, extra, comment, disk, internal attributes.
        for field in [name_length, 0, 0, 0, 0] {
            directory.extend_from_slice(&field.to_le_bytes());
        }
        directory.extend_from_slice(&0u32.to_le_bytes());
        directory.extend_from_slice(&offset.to_le_bytes());
        directory.extend_from_slice(name);

        offset = u32::try_from(header.len())
            .ok()
            .and_then(|length| offset.checked_add(length))
            .and_then(|offset| offset.checked_add(compressed))
            .ok_or_else(too_large)?;
    }
    let entries = u16::try_from(parts.len()).map_err(|_| too_large())?;
    let directory_size = u32::try_from(directory.len()).map_err(|_| too_large())?;
    offset.checked_add(directory_size).ok_or_else(too_large)?;
    out.write_all(&directory)?;
    let mut end = Vec::with_capacity(22);
    end.extend_from_slice(&0x0605_4b50u32.to_le_bytes());
    for field in [0u16, 0, entries, entries] {
        end.extend_from_slice(&field.to_le_bytes());
    }
    end.extend_from_slice(&directory_size.to_le_bytes());
    end.extend_from_slice(&offset.to_le_bytes());
    end.extend_from_slice(&0u16.to_le_bytes());
    out.write_all(&end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn part(name: &str, compressed: usize, size: u64) -> Part {
        Part {
            name: name.to_string(),
            method: 8,
            compressed: vec![0; compressed],
            crc: 0,
            size,
        }
    }

    /// A part that unpacks beyond 4 GiB (an ODS's `content.xml` at about 1.4 million
    /// initiatives) is refused before anything is written, in the user's language.
    #[test]
    fn parts_beyond_a_zip_are_refused_with_the_reason() {
        let fits = [
            part("mimetype", 46, 46),
            part("content.xml", 1_000, 1 << 31),
        ];
        assert!(check_fits(&fits).is_ok());
        let beyond = [
            part("mimetype", 46, 46),
            part("content.xml", 1_000, 5 << 30),
        ];
        let error = check_fits(&beyond).expect_err("refused");
        assert_eq!(
            error.localized(crate::format::Language::English),
            "the workbook would be larger than a spreadsheet file can hold (4 GiB, passed in \
             “content.xml”); export the portfolio as CSV or JSON, which have no such bound"
        );
        assert!(
            error
                .localized(crate::format::Language::Dutch)
                .contains("groter worden dan een spreadsheetbestand")
        );
    }
}
