//! JSON on standard output. serde escapes the C0 controls in strings, but lets DEL and the
//! C1 controls (U+007F..U+009F) through as they are; the terminal guard would then show
//! them as `\u{9b}`, which is not JSON. Escaped here as `\u009b`, they stay valid JSON and
//! never reach a terminal raw.

use std::io::Write;

use serde_json::ser::Formatter;

/// A formatter that lays out JSON as `F` does, with DEL and the C1 controls escaped.
pub(super) struct Printable<F>(pub F);

impl<F: Formatter> Formatter for Printable<F> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        fragment: &str,
    ) -> std::io::Result<()> {
        let bytes = fragment.as_bytes();
        let mut start = 0;
        let mut from = 0;
        // DEL is 0x7F, the C1 controls are 0xC2 0x80..=0x9F in UTF-8. Most fragments are
        // short (keys, names), so eight bytes at a time, not a search with a setup.
        while let Some(found) = super::terminal::find(
            &bytes[from..],
            |word| super::terminal::equal(word, 0x7f) | super::terminal::equal(word, 0xc2) != 0,
            |&byte| byte == 0x7f || byte == 0xc2,
        ) {
            let at = from + found;
            from = at + 1;
            let code = match bytes[at] {
                0x7f => 0x7f,
                _ => match bytes.get(at + 1) {
                    Some(&next @ 0x80..=0x9f) => next,
                    _ => continue,
                },
            };
            out.write_all(&bytes[start..at])?;
            write!(out, "\\u{code:04x}")?;
            from = at + if code == 0x7f { 1 } else { 2 };
            start = from;
        }
        out.write_all(&bytes[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.begin_array(out)
    }

    fn end_array<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_array(out)
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_array_value(out, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_array_value(out)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.begin_object(out)
    }

    fn end_object<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_object(out)
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.0.begin_object_key(out, first)
    }

    fn end_object_key<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_object_key(out)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.begin_object_value(out)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.0.end_object_value(out)
    }
}

/// Write `value` with `formatter`'s layout and a final line end. Buffered here, so that
/// serde's many small writes are plain copies, not calls through `out`.
pub(super) fn write_with(
    out: &mut dyn Write,
    value: &impl serde::Serialize,
    formatter: impl Formatter,
) -> anyhow::Result<()> {
    let mut buffered = std::io::BufWriter::with_capacity(1 << 16, out);
    value.serialize(&mut serde_json::Serializer::with_formatter(
        &mut buffered,
        Printable(formatter),
    ))?;
    writeln!(buffered)?;
    buffered.flush()?;
    Ok(())
}

/// Write `value` indented, as `serde_json::to_writer_pretty` would, with a final line end.
pub(super) fn write_pretty(
    out: &mut dyn Write,
    value: &impl serde::Serialize,
) -> anyhow::Result<()> {
    write_with(out, value, serde_json::ser::PrettyFormatter::new())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn del_and_c1_controls_are_escaped_and_the_json_reads_back() {
        let text = "a\u{7f}b\u{9b}[31mc\u{80}\u{9f} Café ½ \u{a0}€ \u{1b}";
        let mut out = Vec::new();
        write_pretty(&mut out, &vec![text]).expect("write");
        let written = String::from_utf8(out).expect("utf-8");
        assert!(
            written.contains(r"a\u007fb\u009b[31mc\u0080\u009f Café ½ "),
            "{written}"
        );
        assert!(
            !written.chars().any(|c| c.is_control() && c != '\n'),
            "{written:?}"
        );
        let back: Vec<String> = serde_json::from_str(&written).expect("valid JSON");
        assert_eq!(back, vec![text.to_string()]);
    }

    #[test]
    fn the_layout_is_the_inner_formatters() {
        let value = serde_json::json!({"a": [1, 2], "b": {"c": "d"}});
        let mut out = Vec::new();
        write_pretty(&mut out, &value).expect("write");
        let mut expected = serde_json::to_string_pretty(&value).expect("json");
        expected.push('\n');
        assert_eq!(String::from_utf8(out).expect("utf-8"), expected);
    }
}
