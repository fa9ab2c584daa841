//! Text for a terminal: names and labels come from users and files, so control characters
//! in them (an escape sequence could recolour, hide or rewrite the screen) are shown as
//! visible text instead of being sent to the terminal.

use std::io::Write;

/// Write `byte` (a control character) as visible text.
fn visible(byte: u32, out: &mut Vec<u8>) {
    out.extend_from_slice(format!("\\u{{{byte:x}}}").as_bytes());
}

/// C0 but tab, line feed and carriage return; DEL; 0xC2, which starts a C1 control
/// (U+0080..U+009F are 0xC2 0x80..0x9F in UTF-8) as well as other characters.
fn special(byte: &u8) -> bool {
    matches!(byte, 0x00..=0x08 | 0x0b | 0x0c | 0x0e..=0x1f | 0x7f | 0xc2)
}

/// Where the first [`special`] byte of `bytes` is. A byte by byte test took a fifth of
/// writing `list` at 100,000 initiatives.
fn first_special(bytes: &[u8]) -> Option<usize> {
    find(
        bytes,
        |word| below(word, 0x20) | equal(word, 0x7f) | equal(word, 0xc2) != 0,
        special,
    )
}

const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);

/// Nonzero when some byte of `word` is below `limit` (at most 0x80). Exact as to whether
/// there is one, in either byte order.
pub(super) const fn below(word: u64, limit: u8) -> u64 {
    word.wrapping_sub(ONES * limit as u64) & !word & HIGHS
}

/// Nonzero when some byte of `word` is `byte`.
pub(super) const fn equal(word: u64, byte: u8) -> u64 {
    below(word ^ (ONES * byte as u64), 1)
}

/// Where the first byte that `is` holds for lies, eight bytes at a time: a word that
/// `may_hold` rules out (nearly every word of ordinary text) is passed over whole.
pub(super) fn find(
    bytes: &[u8],
    may_hold: impl Fn(u64) -> bool,
    is: impl Fn(&u8) -> bool,
) -> Option<usize> {
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let mut word = [0; 8];
        word.copy_from_slice(chunk);
        // A word whose only low bytes are tabs and line ends has nothing: look on.
        if may_hold(u64::from_ne_bytes(word))
            && let Some(at) = chunk.iter().position(&is)
        {
            return Some(offset + at);
        }
        offset += 8;
    }
    chunks.remainder().iter().position(is).map(|at| offset + at)
}

/// A writer that passes text through, with control characters (other than tab, line
/// feed and carriage return) made visible: C0, DEL and the C1 range.
pub struct TerminalSafe<W: Write> {
    inner: W,
    /// The first byte of a two-byte UTF-8 sequence that ended the last write.
    held: Option<u8>,
}

impl<W: Write> TerminalSafe<W> {
    pub fn new(inner: W) -> Self {
        Self { inner, held: None }
    }
}

impl<W: Write> Write for TerminalSafe<W> {
    /// Text without a control character (nearly all output) is passed on as it is; what
    /// lies between control characters is copied in runs, not byte by byte.
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = Vec::new();
        let mut rest = buf;
        if let Some(first) = self.held.take() {
            match rest.first() {
                None => {
                    self.held = Some(first);
                    return Ok(0);
                }
                Some(&next) if (0x80..=0x9f).contains(&next) => {
                    visible(u32::from(next), &mut out);
                    rest = &rest[1..];
                }
                Some(_) => out.push(first),
            }
        }
        while let Some(at) = first_special(rest) {
            out.extend_from_slice(&rest[..at]);
            let byte = rest[at];
            rest = &rest[at + 1..];
            if byte != 0xc2 {
                visible(u32::from(byte), &mut out);
                continue;
            }
            match rest.first() {
                Some(&next) if (0x80..=0x9f).contains(&next) => {
                    visible(u32::from(next), &mut out);
                    rest = &rest[1..];
                }
                Some(_) => out.push(byte),
                // The write ends inside a character: the next write decides.
                None => self.held = Some(byte),
            }
        }
        if out.is_empty() {
            self.inner.write_all(rest)?;
        } else {
            out.extend_from_slice(rest);
            self.inner.write_all(&out)?;
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if let Some(byte) = self.held.take() {
            self.inner.write_all(&[byte])?;
        }
        self.inner.flush()
    }
}

impl<W: Write> Drop for TerminalSafe<W> {
    fn drop(&mut self) {
        let _ = self.flush();
    }
}

/// `text` with its control characters made visible (for one message on stderr).
pub fn safe_text(text: &str) -> String {
    let mut out = Vec::new();
    {
        let mut writer = TerminalSafe::new(&mut out);
        let _ = writer.write_all(text.as_bytes());
        let _ = writer.flush();
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_are_made_visible_and_text_is_kept() {
        assert_eq!(
            safe_text("Chatbot \u{1b}[31mrood\u{1b}[0m\tklaar\n"),
            "Chatbot \\u{1b}[31mrood\\u{1b}[0m\tklaar\n"
        );
        assert_eq!(safe_text("Café coöperatie €"), "Café coöperatie €");
        assert_eq!(safe_text("a\u{9b}b\u{7}"), "a\\u{9b}b\\u{7}");
    }

    #[test]
    fn a_c1_character_split_across_writes_is_still_caught() {
        let mut out = Vec::new();
        {
            let mut writer = TerminalSafe::new(&mut out);
            writer.write_all(&[b'x', 0xc2]).expect("write");
            writer.write_all(&[0x9b, b'y']).expect("write");
        }
        assert_eq!(String::from_utf8_lossy(&out), "x\\u{9b}y");
    }

    /// Every control character and every character of two bytes starting with 0xC2, at the
    /// start, middle and end of a write and split over two writes, comes out as the byte
    /// by byte rule gives it.
    #[test]
    fn runs_come_out_as_byte_by_byte() {
        let by_byte = |bytes: &[u8]| -> Vec<u8> {
            let mut out = Vec::new();
            let mut iter = bytes.iter().copied().peekable();
            while let Some(byte) = iter.next() {
                match byte {
                    b'\t' | b'\n' | b'\r' => out.push(byte),
                    0x00..=0x1f | 0x7f => visible(u32::from(byte), &mut out),
                    0xc2 => match iter.peek() {
                        Some(&next) if (0x80..=0x9f).contains(&next) => {
                            iter.next();
                            visible(u32::from(next), &mut out);
                        }
                        _ => out.push(byte),
                    },
                    _ => out.push(byte),
                }
            }
            out
        };
        let mut samples: Vec<Vec<u8>> = Vec::new();
        for code in (0x00u8..=0x20).chain([0x7f]) {
            samples.push(vec![code]);
            samples.push(vec![b'a', code, b'b']);
        }
        for second in [0x80u8, 0x9b, 0x9f, 0xa0, 0xa9, 0xbf] {
            samples.push(vec![0xc2, second]);
            samples.push(vec![b'a', 0xc2, second, b'z', 0x1b, b'[']);
        }
        samples.push("Café coöperatie € ½".as_bytes().to_vec());
        // Longer runs, so that each kind of byte falls at every place of a word of eight,
        // beside line ends and tabs (which are let through) in the same word.
        for code in [
            0x00u8, 0x09, 0x0a, 0x0d, 0x1b, 0x1f, 0x20, 0x7e, 0x7f, 0xc2, 0xc3,
        ] {
            for at in 0..20 {
                let mut sample = b"lijn\n\tregel met tekst".to_vec();
                sample.insert(at, code);
                if code >= 0xc2 {
                    sample.insert(at + 1, 0x9b);
                }
                samples.push(sample);
            }
        }
        for sample in &samples {
            for split in 0..=sample.len() {
                let mut out = Vec::new();
                {
                    let mut writer = TerminalSafe::new(&mut out);
                    writer.write_all(&sample[..split]).expect("write");
                    writer.write_all(&sample[split..]).expect("write");
                }
                assert_eq!(out, by_byte(sample), "{sample:?} split at {split}");
            }
        }
    }
}
