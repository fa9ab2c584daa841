//! Text for a terminal: names and labels come from users and files, so control characters
//! in them (an escape sequence could recolour, hide or rewrite the screen) are shown as
//! visible text instead of being sent to the terminal.

use std::io::Write;

/// Write `byte` (a control character) as visible text.
fn visible(byte: u32, out: &mut Vec<u8>) {
    out.extend_from_slice(format!("\\u{{{byte:x}}}").as_bytes());
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
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len());
        let mut bytes = self
            .held
            .take()
            .into_iter()
            .chain(buf.iter().copied())
            .peekable();
        while let Some(byte) = bytes.next() {
            match byte {
                b'\t' | b'\n' | b'\r' => out.push(byte),
                0x00..=0x1f | 0x7f => visible(u32::from(byte), &mut out),
                // U+0080..U+009F are C1 controls: 0xC2 0x80..0x9F in UTF-8.
                0xc2 => match bytes.peek() {
                    Some(&next) if (0x80..=0x9f).contains(&next) => {
                        bytes.next();
                        visible(u32::from(next), &mut out);
                    }
                    Some(_) => out.push(byte),
                    None => self.held = Some(byte),
                },
                _ => out.push(byte),
            }
        }
        self.inner.write_all(&out)?;
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
}
