//! OpenDocument spreadsheets (`.ods`) made in a test, for the imports that read them.

use std::io::Write;
use std::path::Path;

/// An OpenDocument spreadsheet of one sheet, "Blad1", whose rows (`table:table-row`
/// elements) are given; the rest is the minimal package LibreOffice writes.
pub fn with_rows(path: &Path, rows: &str) {
    with_content(
        path,
        &format!(
            r#"<?xml version="1.0" encoding="UTF-8"?><office:document-content {NAMESPACES} office:version="1.2"><office:body><office:spreadsheet><table:table table:name="Blad1">{rows}</table:table></office:spreadsheet></office:body></office:document-content>"#
        ),
    );
}

/// The namespaces a spreadsheet's `content.xml` declares for its tables and texts.
pub const NAMESPACES: &str = r#"xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0""#;

/// An OpenDocument spreadsheet whose `content.xml` is given as it is.
pub fn with_content(path: &Path, content: &str) {
    let file = std::fs::File::create(path).expect("create");
    let mut zip = zip::ZipWriter::new(file);
    let stored =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    zip.start_file("mimetype", stored).expect("entry");
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet")
        .expect("write");
    let options = zip::write::SimpleFileOptions::default();
    zip.start_file("META-INF/manifest.xml", options)
        .expect("entry");
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#).expect("write");
    zip.start_file("content.xml", options).expect("entry");
    zip.write_all(content.as_bytes()).expect("write");
    zip.finish().expect("finish");
}
