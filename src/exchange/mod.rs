//! Getting data in and out: the versioned JSON document, CSV and XLSX registers, the HTML
//! and PDF status report, and status snapshots. Pure functions over the domain plus file
//! writing that never leaves a half-written file (a temporary file, then a rename).

pub mod import;
pub mod json;
mod json_pieces;
pub mod pdf;
pub mod peers;
pub mod pstw;
pub mod register;
pub mod report;
pub mod snapshot;
pub mod workbook;

use crate::i18n::Message;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// A cell a spreadsheet would run as a formula gets a leading apostrophe (OWASP).
pub fn neutralise_formula(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// The largest file an import reads (a register of 100,000 initiatives is about 60 MB).
pub const MAX_INPUT_BYTES: u64 = 256 * 1024 * 1024;

/// Read a file to import, bounded before anything is allocated: only a regular file (not
/// a folder, a device such as `/dev/zero`, or a pipe), and at most [`MAX_INPUT_BYTES`],
/// even when the file grows while it is read.
pub fn read_input_file(path: &Path) -> Result<Vec<u8>> {
    use std::io::Read;
    let (file, length) = open_input_file(path)?;
    let mut bytes = Vec::with_capacity(usize::try_from(length).unwrap_or(0));
    file.take(MAX_INPUT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| ExchangeError::Io {
            path: path.display().to_string(),
            source,
        })?;
    if bytes.len() as u64 > MAX_INPUT_BYTES {
        return Err(input_too_large(path));
    }
    Ok(bytes)
}

/// Open a file to import after the checks of [`read_input_file`]; its length comes back.
pub(crate) fn open_input_file(path: &Path) -> Result<(std::fs::File, u64)> {
    let io = |source| ExchangeError::Io {
        path: path.display().to_string(),
        source,
    };
    let metadata = std::fs::metadata(path).map_err(io)?;
    if !metadata.is_file() {
        return Err(ExchangeError::Invalid {
            path: path.display().to_string(),
            message: Message::new("file-not-regular"),
        });
    }
    if metadata.len() > MAX_INPUT_BYTES {
        return Err(input_too_large(path));
    }
    Ok((std::fs::File::open(path).map_err(io)?, metadata.len()))
}

fn input_too_large(path: &Path) -> ExchangeError {
    ExchangeError::Invalid {
        path: path.display().to_string(),
        message: Message::new("file-too-large")
            .with_number("megabytes", MAX_INPUT_BYTES / (1024 * 1024)),
    }
}

/// Why an import or export failed. Messages name the file, and for imports the row,
/// column, value and reason.
#[derive(Debug, thiserror::Error)]
pub enum ExchangeError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    /// The file cannot be used as it is; `message` says why.
    #[error("{path}: {}", .message.in_language(crate::format::Language::English))]
    Invalid { path: String, message: Message },
    #[error("cancelled; nothing was written")]
    Cancelled,
    #[error("{}", .0.in_language(crate::format::Language::English))]
    Other(Message),
}

pub type Result<T> = std::result::Result<T, ExchangeError>;

impl ExchangeError {
    /// The message in `language` (English where no Dutch text exists).
    pub fn localized(&self, language: crate::format::Language) -> String {
        self.message().in_language(language)
    }

    /// What went wrong, to be put in the user's language.
    pub fn message(&self) -> Message {
        match self {
            ExchangeError::Io { path, source } => Message::new("file-problem")
                .with("path", path.clone())
                .with_message("reason", crate::i18n::io_reason(source)),
            ExchangeError::Invalid { path, message } => Message::new("file-problem")
                .with("path", path.clone())
                .with_message("reason", message.clone()),
            ExchangeError::Cancelled => Message::new("store-cancelled"),
            ExchangeError::Other(message) => message.clone(),
        }
    }
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ExportFormat {
    Json,
    Csv,
    Xlsx,
    /// The workbook as an OpenDocument spreadsheet.
    Ods,
    Html,
    Pdf,
    /// The Public Sector Tech Watch case layout (CSV), for peers.
    Pstw,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 7] = [
        ExportFormat::Json,
        ExportFormat::Csv,
        ExportFormat::Xlsx,
        ExportFormat::Ods,
        ExportFormat::Html,
        ExportFormat::Pdf,
        ExportFormat::Pstw,
    ];

    /// A stable identifier (translation key `export-format-{id}`).
    pub fn id(self) -> &'static str {
        match self {
            ExportFormat::Pstw => "pstw",
            other => other.extension(),
        }
    }

    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Json => "json",
            ExportFormat::Csv => "csv",
            ExportFormat::Xlsx => "xlsx",
            ExportFormat::Ods => "ods",
            ExportFormat::Html => "html",
            ExportFormat::Pdf => "pdf",
            ExportFormat::Pstw => "csv",
        }
    }

    /// The format a file name's extension names.
    pub fn from_path(path: &Path) -> Option<Self> {
        let extension = path.extension()?.to_str()?.to_ascii_lowercase();
        Self::ALL
            .into_iter()
            .find(|format| format.extension() == extension)
    }
}

/// The import template's file formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TemplateFormat {
    /// An Excel workbook with lists of choices.
    #[default]
    Xlsx,
    /// An OpenDocument spreadsheet with lists of choices.
    Ods,
    /// Plain CSV, the way Excel in the template's language opens it.
    Csv,
}

impl TemplateFormat {
    pub const ALL: [TemplateFormat; 3] = [
        TemplateFormat::Xlsx,
        TemplateFormat::Ods,
        TemplateFormat::Csv,
    ];

    pub fn extension(self) -> &'static str {
        match self {
            TemplateFormat::Xlsx => "xlsx",
            TemplateFormat::Ods => "ods",
            TemplateFormat::Csv => "csv",
        }
    }

    /// The format a file name's extension names: `.xlsx` and `.ods` a workbook, anything
    /// else CSV.
    pub fn from_path(path: &Path) -> Self {
        let extension = path
            .extension()
            .and_then(|extension| extension.to_str())
            .map(str::to_ascii_lowercase);
        match extension.as_deref() {
            Some("xlsx") => TemplateFormat::Xlsx,
            Some("ods") => TemplateFormat::Ods,
            _ => TemplateFormat::Csv,
        }
    }
}

/// The import template in `language`, as the bytes of a `format` file.
pub fn template(language: crate::format::Language, format: TemplateFormat) -> Result<Vec<u8>> {
    let spreadsheet = match format {
        TemplateFormat::Csv => return Ok(register::template_csv(language)),
        TemplateFormat::Xlsx => workbook::Spreadsheet::Xlsx,
        TemplateFormat::Ods => workbook::Spreadsheet::Ods,
    };
    let mut bytes = Vec::new();
    workbook::template(language, spreadsheet)?
        .write_to(&mut bytes)
        .map_err(|error| {
            ExchangeError::Other(Message::new("io-other").with("detail", error.to_string()))
        })?;
    Ok(bytes)
}

/// Progress of a long export or import, shared with the UI thread, with a cancel flag.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    done: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    cancelled: Arc<AtomicBool>,
}

impl Progress {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn set_total(&self, total: usize) {
        self.total.store(total, Ordering::Relaxed);
    }

    pub fn advance(&self, by: usize) {
        self.done.fetch_add(by, Ordering::Relaxed);
    }

    /// Done so far, 0–1 (0 while the total is unknown).
    pub fn fraction(&self) -> f32 {
        let total = self.total.load(Ordering::Relaxed);
        if total == 0 {
            return 0.0;
        }
        (self.done.load(Ordering::Relaxed) as f32 / total as f32).min(1.0)
    }

    pub fn cancel(&self) {
        self.cancelled.store(true, Ordering::Relaxed);
    }

    pub fn is_cancelled(&self) -> bool {
        self.cancelled.load(Ordering::Relaxed)
    }

    /// `Err(Cancelled)` once the user cancelled: call between units of work.
    pub fn check(&self) -> Result<()> {
        if self.is_cancelled() {
            Err(ExchangeError::Cancelled)
        } else {
            Ok(())
        }
    }
}

fn io_error(path: &Path, source: std::io::Error) -> ExchangeError {
    ExchangeError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// The end of the name of a file being written; a leftover of a crash is removed by
/// [`remove_stale_partials`].
const PARTIAL_SUFFIX: &str = ".proeftuin-partial";

/// Refuse to write over anything that holds a portfolio: a folder, any SQLite database
/// (the open portfolio, another portfolio, a backup) and the journal files beside one.
pub fn check_target(path: &Path) -> Result<()> {
    let refuse = |key: &'static str| ExchangeError::Invalid {
        path: path.display().to_string(),
        message: Message::new(key),
    };
    let is_database = |candidate: &Path| {
        use std::io::Read;
        let mut header = [0u8; 16];
        std::fs::File::open(candidate)
            .and_then(|mut file| file.read_exact(&mut header))
            .is_ok_and(|()| &header == b"SQLite format 3\0")
    };
    match std::fs::metadata(path) {
        Ok(metadata) if metadata.is_dir() => return Err(refuse("export-target-folder")),
        Ok(metadata) if !metadata.is_file() => return Err(refuse("file-not-regular")),
        Ok(_) if is_database(path) => return Err(refuse("export-target-database")),
        _ => {}
    }
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    for suffix in ["-wal", "-shm", "-journal"] {
        if let Some(stem) = name.strip_suffix(suffix)
            && is_database(&path.with_file_name(stem))
        {
            return Err(refuse("export-target-database"));
        }
    }
    Ok(())
}

/// Write `path` all at once or not at all: `write` fills a temporary file beside it, which
/// is synced and renamed over `path` only when everything succeeded. On an error or a
/// cancel the temporary file is removed and an existing `path` is left untouched. A new
/// file gets the permissions the user's umask gives; a replaced file keeps its own.
/// Refused before anything is written: see [`check_target`].
pub fn write_atomically(
    path: &Path,
    progress: &Progress,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    check_target(path)?;
    let directory = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| "export".into());
    // The process id in the name tells a leftover of a crash from a file being written.
    let temporary_path = (0..100u32)
        .map(|attempt| {
            directory.join(format!(
                ".{name}.{}.{attempt}{PARTIAL_SUFFIX}",
                std::process::id()
            ))
        })
        .find(|candidate| !candidate.exists())
        .unwrap_or_else(|| {
            directory.join(format!(".{name}.{}{PARTIAL_SUFFIX}", std::process::id()))
        });
    // Created like any new file (mode 0666 less the umask), and never over another file.
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&temporary_path)
        .map_err(|error| io_error(path, error))?;
    let guard = RemoveOnDrop(Some(temporary_path.clone()));
    {
        let mut buffered = std::io::BufWriter::new(&file);
        write(&mut buffered)?;
        buffered.flush().map_err(|error| io_error(path, error))?;
    }
    progress.check()?;
    file.sync_all().map_err(|error| io_error(path, error))?;
    #[cfg(unix)]
    if let Ok(existing) = std::fs::metadata(path) {
        file.set_permissions(existing.permissions())
            .map_err(|error| io_error(path, error))?;
    }
    drop(file);
    std::fs::rename(&temporary_path, path).map_err(|error| io_error(path, error))?;
    guard.disarm();
    Ok(())
}

/// Removes a file when dropped (an error or a cancel on the way), unless disarmed.
struct RemoveOnDrop(Option<PathBuf>);

impl RemoveOnDrop {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(path) = self.0.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

/// Remove what crashed writes left in `directory`: files named like ours whose process
/// is no longer running. Returns how many were removed. (Linux tells whether a process
/// runs by `/proc`; elsewhere only files older than a day are removed.)
pub fn remove_stale_partials(directory: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(directory) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let Some(rest) = name.strip_suffix(PARTIAL_SUFFIX) else {
            continue;
        };
        // ".{name}.{pid}.{attempt}"
        let mut parts = rest.rsplitn(3, '.');
        let (_attempt, pid) = (parts.next(), parts.next());
        let Some(pid) = pid.and_then(|pid| pid.parse::<u32>().ok()) else {
            continue;
        };
        let running = if Path::new("/proc/self").exists() {
            Path::new(&format!("/proc/{pid}")).exists()
        } else {
            entry
                .metadata()
                .and_then(|metadata| metadata.modified())
                .ok()
                .and_then(|modified| modified.elapsed().ok())
                .is_none_or(|age| age < std::time::Duration::from_secs(24 * 3600))
        };
        if !running && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

/// What to export: the format, its language and date, and for the status report whether
/// it carries the register.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    pub format: ExportFormat,
    pub language: crate::format::Language,
    pub today: chrono::NaiveDate,
    /// The snapshot the portfolio comes from (label and date), which then also is the
    /// report's date.
    pub snapshot: Option<json::SnapshotInfo>,
    /// For the status report (HTML, PDF): the full register as its appendix.
    pub appendix: report::Appendix,
}

impl ExportRequest {
    pub fn new(
        format: ExportFormat,
        language: crate::format::Language,
        today: chrono::NaiveDate,
    ) -> Self {
        Self {
            format,
            language,
            today,
            snapshot: None,
            appendix: report::Appendix::Auto,
        }
    }
}

/// Export `portfolio` to `path` as `request` says, atomically.
pub fn export(
    portfolio: &crate::domain::Portfolio,
    request: &ExportRequest,
    path: &Path,
    progress: &Progress,
) -> Result<()> {
    let ExportRequest {
        format,
        language,
        today,
        snapshot,
        appendix,
    } = request.clone();
    let as_of = snapshot.as_ref().map_or(today, |info| info.taken_on);
    let bytes: Vec<u8> = match format {
        // JSON and CSV stream into the file: no second copy of a large portfolio.
        ExportFormat::Json => {
            return write_atomically(path, progress, |out| {
                json::write(portfolio, today, snapshot.as_ref(), out).map_err(write_error(path))
            });
        }
        ExportFormat::Csv => {
            return write_atomically(path, progress, |out| {
                register::write_csv(portfolio, language, progress, out)
            });
        }
        ExportFormat::Pstw => {
            return write_atomically(path, progress, |out| {
                pstw::write(portfolio, today, progress, out)
            });
        }
        ExportFormat::Xlsx | ExportFormat::Ods => {
            let summary =
                crate::figures::summarize(portfolio, as_of, chrono::Datelike::year(&as_of));
            let spreadsheet = if format == ExportFormat::Ods {
                workbook::Spreadsheet::Ods
            } else {
                workbook::Spreadsheet::Xlsx
            };
            let workbook =
                workbook::workbook(portfolio, &summary, language, spreadsheet, progress)?;
            progress.check()?;
            return write_atomically(path, progress, |out| {
                workbook.write_to(out).map_err(write_error(path))
            });
        }
        ExportFormat::Html | ExportFormat::Pdf => {
            let data = report::ReportData::new(
                portfolio,
                as_of,
                language,
                snapshot.map(|info| (info.label, info.taken_on)),
                appendix,
            );
            if format == ExportFormat::Html {
                report::html(&data, progress)?.into_bytes()
            } else {
                pdf::pdf(&data, progress)?
            }
        }
    };
    progress.check()?;
    write_atomically(path, progress, |out| {
        out.write_all(&bytes).map_err(write_error(path))
    })
}

/// Adapt an `std::io::Error` while writing `path`.
pub fn write_error(path: &Path) -> impl Fn(std::io::Error) -> ExchangeError + '_ {
    move |error| io_error(path, error)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_leaves_nothing_on_error_or_cancel() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("out.txt");
        std::fs::write(&path, "old").expect("write");
        let progress = Progress::new();
        let failed = write_atomically(&path, &progress, |out| {
            out.write_all(b"half").map_err(write_error(&path))?;
            Err(ExchangeError::Other(
                Message::new("io-other").with("detail", "disk on fire"),
            ))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "old");
        progress.cancel();
        let cancelled = write_atomically(&path, &progress, |out| {
            out.write_all(b"new").map_err(write_error(&path))
        });
        assert!(matches!(cancelled, Err(ExchangeError::Cancelled)));
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "old");
        let leftovers = std::fs::read_dir(dir.path()).expect("list").count();
        assert_eq!(leftovers, 1, "no temporary files left behind");
        write_atomically(&path, &Progress::new(), |out| {
            out.write_all(b"new").map_err(write_error(&path))
        })
        .expect("written");
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "new");
    }

    #[test]
    fn format_from_extension() {
        assert_eq!(
            ExportFormat::from_path(Path::new("x/Rapport.PDF")),
            Some(ExportFormat::Pdf)
        );
        assert_eq!(ExportFormat::from_path(Path::new("x.txt")), None);
    }
}
