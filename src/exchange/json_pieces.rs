//! A portfolio document read from a stream in pieces, for speed at 100,000 initiatives.
//!
//! serde_json reads a stream byte by byte (a third of a JSON import went into its string
//! reading), and a whole document held in memory to read it faster would be 110 MB beside
//! the portfolio it describes. So a small scanner that follows only strings, brackets,
//! colons and commas finds the pieces of the document's top-level object in a buffered
//! stream: each initiative's bytes, which two threads parse with serde_json from memory,
//! and the other members, which are put together as a small document of their own and
//! parsed the same way. Every piece is parsed by serde_json, so what is read is what
//! serde_json reads; the scanner only has to find where valid pieces end.
//!
//! Anything this reading does not take — a syntax error anywhere, a second
//! `"initiatives"`, more than [`MAX_DEPTH`] levels, an unreadable stream — gives `None`,
//! and the caller reads the file again the general way, which says exactly what is wrong
//! and where.

use std::io::BufRead;
use std::sync::{Arc, Mutex, mpsc};

use super::json::PortfolioDocument;
use crate::domain::Initiative;

/// The initiatives' bytes handed to a parsing thread at a time.
const BATCH_BYTES: usize = 1 << 20;

/// Deeper nesting is left to serde_json's reading of the whole (its limit is 128).
const MAX_DEPTH: usize = 100;

/// One batch of initiatives: its place, their bytes, and where each one ends in them.
type Batch = (usize, Vec<u8>, Vec<usize>);

/// The document in `reader`, or `None` when it is not one this reading takes (see the
/// module's documentation).
pub(super) fn read(reader: impl BufRead) -> Option<PortfolioDocument> {
    let (members, batches) = std::thread::scope(|scope| {
        let (to_parse, waiting) = mpsc::sync_channel::<Batch>(2);
        let waiting = Arc::new(Mutex::new(waiting));
        let (parsed, results) = mpsc::channel();
        for number in 1..=2 {
            let (waiting, parsed) = (waiting.clone(), parsed.clone());
            // Without the threads nothing would take the batches: read the general way
            // (returning drops the sender, so a thread already started ends).
            std::thread::Builder::new()
                .name(format!("proeftuin-json-{number}"))
                .spawn_scoped(scope, move || parse_batches(&waiting, &parsed))
                .ok()?;
        }
        drop(parsed);
        let mut scanner = Scanner {
            reader,
            batches: to_parse,
            batch_count: 0,
        };
        let members = scanner.document();
        let batch_count = scanner.batch_count;
        // The last sender: the threads end once they have taken every batch.
        drop(scanner);
        let mut batches: Vec<(usize, Option<Vec<Initiative>>)> = results.iter().collect();
        if batches.len() != batch_count {
            return None;
        }
        batches.sort_unstable_by_key(|(index, _)| *index);
        Some((members?, batches))
    })?;
    let mut document: PortfolioDocument = serde_json::from_slice(&members).ok()?;
    let batches = batches
        .into_iter()
        .map(|(_, batch)| batch)
        .collect::<Option<Vec<Vec<Initiative>>>>()?;
    // Sized once: growing by doubling held up to one and a half lists at once.
    let mut initiatives = Vec::with_capacity(batches.iter().map(Vec::len).sum());
    for batch in batches {
        initiatives.extend(batch);
    }
    document.initiatives = initiatives;
    Some(document)
}

/// A parsing thread: each batch it takes comes back parsed (`None` when one of its
/// initiatives is not one).
fn parse_batches(
    waiting: &Mutex<mpsc::Receiver<Batch>>,
    parsed: &mpsc::Sender<(usize, Option<Vec<Initiative>>)>,
) {
    loop {
        let next = match waiting.lock() {
            Ok(receiver) => receiver.recv(),
            Err(_) => return,
        };
        let Ok((index, bytes, ends)) = next else {
            return;
        };
        let mut start = 0;
        let initiatives = ends
            .into_iter()
            .map(|end| {
                let initiative = serde_json::from_slice::<Initiative>(&bytes[start..end]).ok();
                start = end;
                initiative
            })
            .collect::<Option<Vec<Initiative>>>();
        if parsed.send((index, initiatives)).is_err() {
            return;
        }
    }
}

struct Scanner<R> {
    reader: R,
    batches: mpsc::SyncSender<Batch>,
    batch_count: usize,
}

fn is_whitespace(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r')
}

impl<R: BufRead> Scanner<R> {
    /// The top-level object: the members other than `"initiatives"` come back as a
    /// document of their own (with `"initiatives": []`); the initiatives go to the
    /// parsing threads.
    fn document(&mut self) -> Option<Vec<u8>> {
        let mut members = vec![b'{'];
        self.skip_whitespace()?;
        self.take_byte(b'{')?;
        self.skip_whitespace()?;
        let mut seen_initiatives = false;
        if self.peek()? == b'}' {
            self.bump();
        } else {
            loop {
                self.skip_whitespace()?;
                let start = members.len();
                if self.peek()? != b'"' {
                    return None;
                }
                self.string(&mut members)?;
                let key: String = serde_json::from_slice(&members[start..]).ok()?;
                self.skip_whitespace()?;
                self.take_byte(b':')?;
                members.push(b':');
                self.skip_whitespace()?;
                if key == "initiatives" {
                    if std::mem::replace(&mut seen_initiatives, true) {
                        return None;
                    }
                    self.initiatives()?;
                    members.extend_from_slice(b"[]");
                } else {
                    self.value(&mut members)?;
                }
                self.skip_whitespace()?;
                match self.peek()? {
                    b',' => {
                        self.bump();
                        members.push(b',');
                    }
                    b'}' => {
                        self.bump();
                        break;
                    }
                    _ => return None,
                }
            }
        }
        members.push(b'}');
        self.skip_whitespace()?;
        // Nothing may follow the document.
        self.reader.fill_buf().ok()?.is_empty().then_some(members)
    }

    /// The array of initiatives, each one's bytes sent on in batches.
    fn initiatives(&mut self) -> Option<()> {
        self.take_byte(b'[')?;
        self.skip_whitespace()?;
        if self.peek()? == b']' {
            self.bump();
            return Some(());
        }
        let mut bytes = Vec::with_capacity(BATCH_BYTES + BATCH_BYTES / 4);
        let mut ends = Vec::new();
        loop {
            self.skip_whitespace()?;
            self.value(&mut bytes)?;
            ends.push(bytes.len());
            if bytes.len() >= BATCH_BYTES {
                self.send(&mut bytes, &mut ends)?;
            }
            self.skip_whitespace()?;
            match self.peek()? {
                b',' => self.bump(),
                b']' => {
                    self.bump();
                    break;
                }
                _ => return None,
            }
        }
        if !ends.is_empty() {
            self.send(&mut bytes, &mut ends)?;
        }
        Some(())
    }

    fn send(&mut self, bytes: &mut Vec<u8>, ends: &mut Vec<usize>) -> Option<()> {
        let batch = (
            self.batch_count,
            std::mem::replace(bytes, Vec::with_capacity(BATCH_BYTES + BATCH_BYTES / 4)),
            std::mem::take(ends),
        );
        self.batch_count += 1;
        self.batches.send(batch).ok()
    }

    fn peek(&mut self) -> Option<u8> {
        self.reader.fill_buf().ok()?.first().copied()
    }

    fn bump(&mut self) {
        self.reader.consume(1);
    }

    fn take_byte(&mut self, byte: u8) -> Option<()> {
        (self.peek()? == byte).then(|| self.bump())
    }

    fn skip_whitespace(&mut self) -> Option<()> {
        loop {
            let buffer = self.reader.fill_buf().ok()?;
            let blank = buffer
                .iter()
                .take_while(|byte| is_whitespace(**byte))
                .count();
            let all = blank == buffer.len();
            self.reader.consume(blank);
            if !all || blank == 0 {
                return Some(());
            }
        }
    }

    /// One value's bytes, appended to `out`: a string, an object or array (to its
    /// matching bracket), or a number, `true`, `false` or `null` (to the next delimiter).
    fn value(&mut self, out: &mut Vec<u8>) -> Option<()> {
        match self.peek()? {
            b'"' => self.string(out),
            b'{' | b'[' => self.nested(out),
            _ => self.scalar(out),
        }
    }

    fn string(&mut self, out: &mut Vec<u8>) -> Option<()> {
        out.push(b'"');
        self.bump();
        let mut escaped = false;
        self.copy_through(out, |byte| {
            if escaped {
                escaped = false;
            } else if byte == b'\\' {
                escaped = true;
            } else if byte == b'"' {
                return Some(true);
            }
            Some(false)
        })
    }

    fn nested(&mut self, out: &mut Vec<u8>) -> Option<()> {
        let (mut depth, mut in_string, mut escaped) = (0usize, false, false);
        self.copy_through(out, |byte| {
            if in_string {
                if escaped {
                    escaped = false;
                } else if byte == b'\\' {
                    escaped = true;
                } else if byte == b'"' {
                    in_string = false;
                }
                return Some(false);
            }
            match byte {
                b'"' => in_string = true,
                b'{' | b'[' => {
                    depth += 1;
                    if depth > MAX_DEPTH {
                        return None;
                    }
                }
                b'}' | b']' => {
                    depth = depth.checked_sub(1)?;
                    return Some(depth == 0);
                }
                _ => {}
            }
            Some(false)
        })
    }

    /// Bytes appended to `out` up to and with the one where `last` says `Some(true)`;
    /// `None` when it says `None` or the stream ends first.
    fn copy_through(
        &mut self,
        out: &mut Vec<u8>,
        mut last: impl FnMut(u8) -> Option<bool>,
    ) -> Option<()> {
        loop {
            let buffer = self.reader.fill_buf().ok()?;
            if buffer.is_empty() {
                return None;
            }
            let mut end = None;
            for (index, &byte) in buffer.iter().enumerate() {
                if last(byte)? {
                    end = Some(index + 1);
                    break;
                }
            }
            let taken = end.unwrap_or(buffer.len());
            out.extend_from_slice(&buffer[..taken]);
            self.reader.consume(taken);
            if end.is_some() {
                return Some(());
            }
        }
    }

    fn scalar(&mut self, out: &mut Vec<u8>) -> Option<()> {
        let start = out.len();
        loop {
            let buffer = self.reader.fill_buf().ok()?;
            let taken = buffer
                .iter()
                .take_while(|byte| !is_whitespace(**byte) && !b",]}".contains(byte))
                .count();
            let all = taken == buffer.len();
            out.extend_from_slice(&buffer[..taken]);
            self.reader.consume(taken);
            if !all || taken == 0 {
                return (out.len() > start).then_some(());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::exchange::json::{PortfolioDocument, to_bytes};

    fn document(size: usize) -> PortfolioDocument {
        let portfolio = if size == 0 {
            crate::demo::demo_portfolio()
        } else {
            crate::demo::synthetic_portfolio(size, 3)
        };
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        PortfolioDocument::new(&portfolio, today)
    }

    fn pieces(bytes: &[u8]) -> Option<PortfolioDocument> {
        // A small buffer, so that pieces cross the buffer's edges often.
        read(std::io::BufReader::with_capacity(97, bytes))
    }

    /// What this reading gives is what serde_json gives for the whole: the app's own
    /// layout, a compact one, members in another order (initiatives first, the marker
    /// last), unknown members, escaped keys, tabs and CRLF, and more initiatives than fit
    /// in one batch.
    #[test]
    fn reads_what_serde_json_reads() {
        let demo = document(0);
        let large = document(4_000);
        let mut inputs = vec![to_bytes(&demo), to_bytes(&large)];
        let generic: serde_json::Value = serde_json::from_slice(&inputs[0]).unwrap_or_default();
        inputs.push(serde_json::to_vec(&generic).unwrap_or_default());
        inputs.push(serde_json::to_vec_pretty(&generic).unwrap_or_default());
        let mut reordered = String::from("{\r\n\t\"initi\\u0061tives\" : ");
        reordered.push_str(&generic["initiatives"].to_string());
        for key in [
            "settings",
            "departments",
            "themes",
            "baseline",
            "exported_on",
        ] {
            reordered.push_str(&format!(",\r\n\t\"{key}\":\t{}", generic[key]));
        }
        reordered.push_str(",\"unknown\": [1, {\"a\": \"]}\\\"\"}, -2.5e3, true, null],");
        reordered.push_str("\"version\":1,\"format\":\"proeftuin-portfolio\"}\n");
        inputs.push(reordered.into_bytes());
        for (number, input) in inputs.iter().enumerate() {
            let whole: Option<PortfolioDocument> = serde_json::from_slice(input).ok();
            assert!(whole.is_some(), "input {number} is a document");
            assert_eq!(pieces(input), whole, "input {number}");
        }
        assert_eq!(pieces(&inputs[1]).map(|d| d.initiatives.len()), Some(4_000));
    }

    /// Whatever serde_json would refuse, or this reading does not take, gives `None` (the
    /// general reading then says what is wrong).
    #[test]
    fn leaves_what_it_does_not_take() {
        let good = String::from_utf8(to_bytes(&document(0))).unwrap_or_default();
        let first = good.find("{\"id\":").unwrap_or(0);
        let deep = format!("{}1{}", "[".repeat(120), "]".repeat(120));
        let cases = [
            String::new(),
            "\u{feff}".to_string() + &good,
            good.replacen(
                "\"initiatives\": [",
                "\"initiatives\": [], \"initiatives\": [",
                1,
            ),
            good.clone() + "x",
            good.clone() + "{}",
            good[..good.len() / 2].to_string(),
            good.replacen("\"name\":", "\"name\"", 1),
            good.replacen("}", "]", 3),
            format!(
                "{}{}{}",
                &good[..first],
                "{\"id\": [1}, ",
                &good[first + 1..]
            ),
            good.replacen("\"themes\":", "\u{c}\"themes\":", 1),
            good.replacen("\"themes\":", &format!("\"deep\": {deep}, \"themes\":"), 1),
            good.replacen("\"version\": 1", "\"version\": 1x", 1),
            good.replacen("\"initiatives\": [", "\"initiatives\": [5, ", 1),
        ];
        for (number, case) in cases.iter().enumerate() {
            assert!(pieces(case.as_bytes()).is_none(), "case {number}");
        }
    }
}
