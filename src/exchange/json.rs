//! The JSON exchange document: the whole portfolio, complete and lossless.
//!
//! ```json
//! { "format": "proeftuin-portfolio", "version": 1, "exported_on": "2026-11-28",
//!   "snapshot": null, "settings": {...}, "departments": [...], "themes": [...],
//!   "baseline": [...], "initiatives": [ { "id": 1, "name": "...", "kind": "pilot",
//!   "quadrant": "smart_government", "phase": "pilot", "department": "...", ... } ] }
//! ```
//! Enumerations use the stable English identifiers of docs/domain.md; money is whole cents;
//! dates are `YYYY-MM-DD`. Documented field by field in `docs/exchange-formats.md`.

use crate::i18n::Message;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::Result;
use crate::domain::*;

pub const FORMAT: &str = "proeftuin-portfolio";
/// The version this build writes and the newest it reads.
pub const VERSION: u32 = 1;

/// Where a document came from when it is a snapshot.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotInfo {
    pub id: i64,
    pub label: String,
    pub taken_on: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PortfolioDocument {
    pub format: String,
    pub version: u32,
    pub exported_on: NaiveDate,
    #[serde(default)]
    pub snapshot: Option<SnapshotInfo>,
    pub settings: PortfolioSettings,
    #[serde(default)]
    pub departments: Vec<Department>,
    #[serde(default)]
    pub themes: Vec<String>,
    #[serde(default)]
    pub baseline: Vec<BaselineLine>,
    pub initiatives: Vec<Initiative>,
    /// The self-assessments of the five activities, oldest first.
    #[serde(default)]
    pub assessments: Vec<SelfAssessment>,
}

impl PortfolioDocument {
    pub fn new(portfolio: &Portfolio, exported_on: NaiveDate) -> Self {
        Self {
            format: FORMAT.to_string(),
            version: VERSION,
            exported_on,
            snapshot: None,
            settings: portfolio.settings.clone(),
            departments: portfolio.departments.clone(),
            themes: portfolio.themes.clone(),
            baseline: portfolio.baseline.clone(),
            initiatives: portfolio.initiatives.clone(),
            assessments: portfolio.assessments.clone(),
        }
    }

    pub fn into_portfolio(self) -> Portfolio {
        Portfolio {
            settings: self.settings,
            departments: self.departments,
            themes: self.themes,
            initiatives: self.initiatives,
            baseline: self.baseline,
            assessments: self.assessments,
        }
    }
}

/// The document as borrowed parts, for writing without copying the portfolio (the field
/// order is that of [`PortfolioDocument`], so both write the same bytes).
#[derive(Serialize)]
struct DocumentRef<'a> {
    format: &'static str,
    version: u32,
    exported_on: NaiveDate,
    snapshot: Option<&'a SnapshotInfo>,
    settings: &'a PortfolioSettings,
    departments: &'a [Department],
    themes: &'a [String],
    baseline: &'a [BaselineLine],
    initiatives: &'a [Initiative],
    assessments: &'a [SelfAssessment],
}

/// Write the document of `portfolio` straight to `out` in [`Lines`], with a final newline:
/// the same bytes as [`to_bytes`] of [`PortfolioDocument::new`].
pub fn write(
    portfolio: &Portfolio,
    exported_on: NaiveDate,
    snapshot: Option<&SnapshotInfo>,
    out: &mut dyn std::io::Write,
) -> std::io::Result<()> {
    let document = DocumentRef {
        format: FORMAT,
        version: VERSION,
        exported_on,
        snapshot,
        settings: &portfolio.settings,
        departments: &portfolio.departments,
        themes: &portfolio.themes,
        baseline: &portfolio.baseline,
        initiatives: &portfolio.initiatives,
        assessments: &portfolio.assessments,
    };
    document.serialize(&mut serde_json::Serializer::with_formatter(
        &mut *out,
        Lines::default(),
    ))?;
    out.write_all(b"\n")
}

/// Serialise in [`Lines`], with a final newline.
pub fn to_bytes(document: &PortfolioDocument) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut serializer = serde_json::Serializer::with_formatter(&mut bytes, Lines::default());
    // Writing into memory fails only for a value serde cannot express (none here).
    if document.serialize(&mut serializer).is_err() {
        bytes.clear();
    }
    bytes.push(b'\n');
    bytes
}

/// The document's layout: its sections and settings indented a line each, and every
/// initiative (and department, baseline line, assessment) on one line of its own. Fully
/// indented, 100,000 initiatives took 179 MB, most of it spaces, and a third of the
/// export's time; this way a person still reads and compares it initiative by initiative.
pub struct Lines {
    /// How many levels are laid out over lines; deeper ones stay on their line.
    levels: usize,
    indent: usize,
    has_value: bool,
}

impl Default for Lines {
    /// The portfolio document's: its sections, and a line per item of each.
    fn default() -> Self {
        Self::new(2)
    }
}

impl Lines {
    /// `levels` laid out over lines: 1 for a list (a line per item).
    pub fn new(levels: usize) -> Self {
        Self {
            levels,
            indent: 0,
            has_value: false,
        }
    }

    fn line<W: ?Sized + std::io::Write>(&self, out: &mut W) -> std::io::Result<()> {
        if self.indent <= self.levels {
            out.write_all(b"\n")?;
            for _ in 0..self.indent {
                out.write_all(b"  ")?;
            }
        }
        Ok(())
    }

    fn open<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.indent += 1;
        self.has_value = false;
        out.write_all(bracket)
    }

    /// Before an item of a list or a key of an object.
    fn next<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        if !first {
            out.write_all(b",")?;
        }
        self.line(out)
    }

    fn close<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        bracket: &[u8],
    ) -> std::io::Result<()> {
        self.indent -= 1;
        if self.has_value && self.indent < self.levels {
            self.line(out)?;
        }
        out.write_all(bracket)
    }
}

impl serde_json::ser::Formatter for Lines {
    fn begin_array<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"[")
    }

    fn end_array<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"]")
    }

    fn begin_array_value<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.next(out, first)
    }

    fn end_array_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.open(out, b"{")
    }

    fn end_object<W: ?Sized + std::io::Write>(&mut self, out: &mut W) -> std::io::Result<()> {
        self.close(out, b"}")
    }

    fn begin_object_key<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
        first: bool,
    ) -> std::io::Result<()> {
        self.next(out, first)
    }

    fn begin_object_value<W: ?Sized + std::io::Write>(
        &mut self,
        out: &mut W,
    ) -> std::io::Result<()> {
        out.write_all(if self.indent <= self.levels {
            b": "
        } else {
            b":"
        })
    }

    fn end_object_value<W: ?Sized + std::io::Write>(&mut self, _: &mut W) -> std::io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

/// First only the marker and version (serde skips the rest without building it), so a
/// foreign or newer document gets a clear answer, not a field-by-field complaint.
#[derive(Deserialize)]
struct Header {
    format: Option<serde_json::Value>,
    version: Option<serde_json::Value>,
}

/// Parse and check a document: its format marker, its version, and every initiative's
/// rules (a name, an end after the start, ratings 0–2, levels 0–9, health reasons).
///
/// The document is read whole first; its marker and version are then checked as the
/// header's would be. A snapshot's document has its version last (its keys are in
/// alphabetical order), so reading the header first read all of it twice: 80 ms more for 100,000
/// initiatives. What does not read whole is read again header first, which says what
/// is wrong.
pub fn from_bytes(path: &str, bytes: &[u8]) -> Result<PortfolioDocument> {
    if let Ok(document) = serde_json::from_slice::<PortfolioDocument>(bytes) {
        let header = Header {
            format: Some(serde_json::Value::from(document.format.as_str())),
            version: Some(serde_json::Value::from(document.version)),
        };
        return parse(path, move || Ok(header), move || Ok(document));
    }
    parse(
        path,
        || serde_json::from_slice(bytes),
        || serde_json::from_slice(bytes),
    )
}

/// [`from_bytes`] of a file, read twice as a stream (the marker, then the document, in
/// pieces: `json_pieces`) instead of whole: a document of 100,000 initiatives is 110 MB of
/// text, which would be held beside all it describes. A file of more than [`super::MAX_INPUT_BYTES`] is
/// refused, as every import's is.
pub fn from_file(path: &std::path::Path) -> Result<PortfolioDocument> {
    use std::io::Read;
    super::open_input_file(path)?;
    let open = || -> serde_json::Result<_> {
        let file = std::fs::File::open(path).map_err(serde_json::Error::io)?;
        Ok(std::io::BufReader::with_capacity(
            1 << 16,
            file.take(super::MAX_INPUT_BYTES),
        ))
    };
    parse(
        &path.display().to_string(),
        || header_of(open()?),
        // In pieces on two threads; what that reading does not take is read again the
        // general way, which says what is wrong.
        || match super::json_pieces::read(open()?) {
            Some(document) => Ok(document),
            None => serde_json::from_reader(open()?),
        },
    )
}

/// The marker and version from a stream: reading stops once both are found (a document
/// this app writes begins with them), else at the document's end.
fn header_of(reader: impl std::io::Read) -> serde_json::Result<Header> {
    struct Early<'a>(&'a mut Header);
    impl<'de> serde::de::Visitor<'de> for Early<'_> {
        type Value = ();

        fn expecting(&self, formatter: &mut std::fmt::Formatter) -> std::fmt::Result {
            formatter.write_str("a JSON object")
        }

        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> std::result::Result<(), A::Error> {
            while let Some(key) = map.next_key::<String>()? {
                match key.as_str() {
                    "format" => self.0.format = Some(map.next_value()?),
                    "version" => self.0.version = Some(map.next_value()?),
                    _ => {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                }
                if self.0.format.is_some() && self.0.version.is_some() {
                    break;
                }
            }
            Ok(())
        }
    }
    let mut header = Header {
        format: None,
        version: None,
    };
    let mut reading = serde_json::Deserializer::from_reader(reader);
    let read = serde::Deserializer::deserialize_map(&mut reading, Early(&mut header));
    match read {
        // Stopped early, the object's end unread: what was wanted is there.
        Err(_) if header.format.is_some() && header.version.is_some() => Ok(header),
        Err(error) => Err(error),
        Ok(()) => Ok(header),
    }
}

fn parse(
    path: &str,
    header: impl FnOnce() -> serde_json::Result<Header>,
    document: impl FnOnce() -> serde_json::Result<PortfolioDocument>,
) -> Result<PortfolioDocument> {
    let refuse = |message: Message| super::register::refuse(path, message);
    let header: Header = header().map_err(|error| {
        refuse(
            Message::new("json-not-valid")
                .with_number("line", error.line())
                .with_number("column", error.column())
                .with("detail", error.to_string()),
        )
    })?;
    match header.format.as_ref().and_then(|format| format.as_str()) {
        Some(FORMAT) => {}
        Some(other) => {
            return Err(refuse(
                Message::new("json-foreign")
                    .with("other", format!("{other:?}"))
                    .with("format", format!("{FORMAT:?}")),
            ));
        }
        None => {
            return Err(refuse(
                Message::new("json-no-format").with("format", FORMAT),
            ));
        }
    }
    let version = header
        .version
        .as_ref()
        .and_then(|version| version.as_u64())
        .unwrap_or(0);
    if version == 0 || version > u64::from(VERSION) {
        return Err(refuse(
            Message::new("json-version")
                .with_number("version", version)
                .with_number("known", VERSION),
        ));
    }
    let document: PortfolioDocument = document().map_err(|error| {
        // Not JSON past the marker (only a stream's first pass stops there).
        if error.is_syntax() || error.is_eof() {
            refuse(
                Message::new("json-not-valid")
                    .with_number("line", error.line())
                    .with_number("column", error.column())
                    .with("detail", error.to_string()),
            )
        } else {
            refuse(Message::new("json-shape").with("detail", error.to_string()))
        }
    })?;
    for (position, initiative) in document.initiatives.iter().enumerate() {
        let problems = validate(initiative);
        if let Some((field, problem)) = problems.first() {
            return Err(refuse(
                Message::new("json-initiative")
                    .with_number("position", position + 1)
                    .with("name", format!("{:?}", initiative.name))
                    .with("field", format!("{field:?}"))
                    .with_message("problem", Message::new(problem.key())),
            ));
        }
    }
    Ok(document)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_of_the_demo() {
        let portfolio = crate::demo::demo_portfolio();
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let bytes = to_bytes(&PortfolioDocument::new(&portfolio, today));
        let text = String::from_utf8(bytes.clone()).unwrap_or_default();
        assert!(text.starts_with("{\n  \"format\": \"proeftuin-portfolio\",\n  \"version\": 1,"));
        let back = from_bytes("x.json", &bytes).map(PortfolioDocument::into_portfolio);
        assert_eq!(back.ok(), Some(portfolio.clone()));
        let mut streamed = Vec::new();
        assert!(write(&portfolio, today, None, &mut streamed).is_ok());
        assert!(streamed == bytes, "streaming writes the same document");
        // One initiative per line, each a JSON value of its own; serde_json reads the
        // layout as it reads any other.
        let lines: Vec<&str> = text
            .lines()
            .filter(|line| line.starts_with("    {\"id\":"))
            .collect();
        assert_eq!(lines.len(), portfolio.initiatives.len());
        for (line, initiative) in lines.iter().zip(&portfolio.initiatives) {
            let value = serde_json::from_str::<Initiative>(line.trim_end_matches(','));
            assert_eq!(value.ok().as_ref(), Some(initiative));
        }
        let generic: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_default();
        let pretty = serde_json::to_vec_pretty(&generic).unwrap_or_default();
        assert_eq!(
            serde_json::from_slice::<serde_json::Value>(&pretty).ok(),
            Some(generic)
        );
        assert!(
            bytes.len() * 3 < pretty.len() * 2,
            "no room taken by indenting every value"
        );
    }

    #[test]
    fn refuses_other_documents_with_a_reason() {
        for (input, reason) in [
            (&b"{\"format\": \"something-else\", \"version\": 1}"[..], "not a Proeftuin"),
            (b"{\"version\": 1}", "no \"format\""),
            (b"{\"format\": \"proeftuin-portfolio\", \"version\": 9}", "version 9"),
            (b"{\"format\": \"proeftuin-portfolio\", \"version\": 1, \"settings\"", "line 1"),
            (b"\x00\x01binary", "not valid JSON"),
            (b"", "not valid JSON"),
            (
                b"{\"format\": \"proeftuin-portfolio\", \"version\": 1, \"exported_on\": \"2026-01-01\", \"settings\": 5, \"initiatives\": []}",
                "does not match",
            ),
        ] {
            let error = from_bytes("in.json", input).map(drop).err().map(|e| e.to_string());
            assert!(
                error.as_deref().is_some_and(|e| e.contains(reason) && e.starts_with("in.json: ")),
                "{error:?} should mention {reason:?}"
            );
            // Read from a file as a stream: the same answer.
            let dir = tempfile::tempdir().expect("dir");
            let path = dir.path().join("in.json");
            std::fs::write(&path, input).expect("write");
            let streamed = from_file(&path).map(drop).err().map(|e| e.to_string());
            let named = path.display().to_string();
            assert!(
                streamed
                    .as_deref()
                    .is_some_and(|e| e.contains(reason) && e.starts_with(&format!("{named}: "))),
                "{streamed:?} should mention {reason:?}"
            );
        }
    }

    /// A document that reads whole is still refused for its marker and version, in the
    /// same words as when its header is read first; a snapshot's document (its keys in
    /// alphabetical order, the version last) reads as the portfolio it was made from.
    #[test]
    fn a_whole_document_is_checked_for_its_marker_and_version() {
        let portfolio = crate::demo::demo_portfolio();
        let today = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap_or_default();
        let bytes = to_bytes(&PortfolioDocument::new(&portfolio, today));
        let generic: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(&bytes).unwrap_or_default();
        for (key, value, reason) in [
            (
                "version",
                serde_json::json!(VERSION + 1),
                format!("version {}", VERSION + 1),
            ),
            ("version", serde_json::json!(0), "version 0".into()),
            (
                "format",
                serde_json::json!("something-else"),
                "not a Proeftuin".into(),
            ),
        ] {
            let mut changed = generic.clone();
            changed.insert(key.into(), value);
            let changed = serde_json::to_vec(&changed).unwrap_or_default();
            assert!(
                serde_json::from_slice::<PortfolioDocument>(&changed).is_ok(),
                "{key}: the document reads whole"
            );
            let error = from_bytes("in.json", &changed)
                .map(drop)
                .err()
                .map(|e| e.to_string());
            assert!(
                error.as_deref().is_some_and(|e| e.contains(&reason)),
                "{error:?} should mention {reason:?}"
            );
        }
        let snapshot = crate::exchange::snapshot::content(&portfolio, "Kwartaal 4", today);
        assert!(snapshot.ends_with(&format!("\"version\":{VERSION}}}")));
        let read =
            from_bytes("snapshot", snapshot.as_bytes()).map(PortfolioDocument::into_portfolio);
        assert_eq!(read.ok(), Some(portfolio));
    }

    /// A file read as a stream gives the document its bytes give, also when the marker
    /// and version come last, and a syntax error after them is still "not valid JSON".
    #[test]
    fn a_file_reads_as_its_bytes_read() {
        let portfolio = crate::demo::demo_portfolio();
        let today = NaiveDate::from_ymd_opt(2026, 11, 28).unwrap_or_default();
        let bytes = to_bytes(&PortfolioDocument::new(&portfolio, today));
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("portfolio.json");
        std::fs::write(&path, &bytes).expect("write");
        let streamed = from_file(&path).map(PortfolioDocument::into_portfolio);
        assert_eq!(streamed.ok(), Some(portfolio.clone()));
        let mut generic: serde_json::Map<String, serde_json::Value> =
            serde_json::from_slice(&bytes).unwrap_or_default();
        let format = generic.remove("format").unwrap_or_default();
        let version = generic.remove("version").unwrap_or_default();
        generic.insert("format".into(), format);
        generic.insert("version".into(), version);
        let last = serde_json::to_vec(&generic).unwrap_or_default();
        assert!(last.ends_with(b"\"version\":1}"), "marker and version last");
        std::fs::write(&path, &last).expect("write");
        let streamed = from_file(&path).map(PortfolioDocument::into_portfolio);
        assert_eq!(streamed.ok(), Some(portfolio));
        let mut broken = bytes.clone();
        broken.truncate(bytes.len() / 2);
        std::fs::write(&path, &broken).expect("write");
        let error = from_file(&path).map(drop).err().map(|e| e.to_string());
        assert!(
            error
                .as_deref()
                .is_some_and(|e| e.contains("not valid JSON")),
            "{error:?}"
        );
    }
}
