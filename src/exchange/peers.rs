//! Reading peer files into the peer library: the Public Sector Tech Watch case dataset
//! (CSV in any of the usual encodings and separators, or XLSX; only its local-government
//! cases) and other municipalities' Proeftuin publications (the same layout with its
//! `proeftuin_` columns). Headers are matched whatever their case, spacing and
//! punctuation, with the variants PSTW releases use. A file in another layout is refused
//! with the columns it lacks; nothing is added from a file that cannot be read whole.

use std::collections::HashMap;
use std::path::Path;

use super::register::{self, Cell, Table};
use super::{Result, pstw};
use crate::domain::{PeerCase, Phase, Quadrant};
use crate::i18n::Message;

/// What a peer file held.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PeerFile {
    pub cases: Vec<PeerCase>,
    /// Rows of other levels of government (the library keeps local government only).
    pub skipped_not_local: usize,
    /// Rows without a name (nothing to learn from).
    pub skipped_unnamed: usize,
    /// Whether the file is a Proeftuin publication (it has `proeftuin_` columns).
    pub from_proeftuin: bool,
}

/// The fields a peer file can give, and the headers (folded) that name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum Column {
    PstwId,
    Name,
    Description,
    Country,
    Organisation,
    Category,
    Status,
    StartYear,
    EndYear,
    PrimaryTechnology,
    SecondaryTechnology,
    Functions,
    ProeftuinId,
    Quadrant,
    Phase,
    Themes,
    StopReason,
    Lessons,
    Contact,
    PublishedBy,
}

const ALIASES: &[(Column, &[&str])] = &[
    (Column::PstwId, &["pstw id", "pstwid", "case id"]),
    (
        Column::Name,
        &["name", "case name", "title", "solution name"],
    ),
    (
        Column::Description,
        &["description", "short description", "case description"],
    ),
    (
        Column::Country,
        &[
            "geographical coverage country",
            "geographical coverage",
            "country",
        ],
    ),
    (
        Column::Organisation,
        &[
            "responsible organisation",
            "organisation",
            "responsible organisation name",
        ],
    ),
    (
        Column::Category,
        &[
            "responsible organisation category",
            "organisation category",
            "responsible organisation type",
            "administrative level",
            "government level",
        ],
    ),
    (
        Column::Status,
        &["status", "case status", "implementation status"],
    ),
    (
        Column::StartYear,
        &["start year", "year of start", "start", "start date"],
    ),
    (
        Column::EndYear,
        &["end year", "year of end", "end", "end date"],
    ),
    (
        Column::PrimaryTechnology,
        &["primary technology", "technology", "main technology"],
    ),
    (Column::SecondaryTechnology, &["secondary technology"]),
    (
        Column::Functions,
        &[
            "functions of government cofog level i ii",
            "functions of government cofog",
            "functions of government",
            "cofog",
        ],
    ),
    (Column::ProeftuinId, &["proeftuin id"]),
    (Column::Quadrant, &["proeftuin quadrant"]),
    (Column::Phase, &["proeftuin phase"]),
    (Column::Themes, &["proeftuin themes"]),
    (Column::StopReason, &["proeftuin stop reason"]),
    (Column::Lessons, &["proeftuin lessons learned"]),
    (Column::Contact, &["proeftuin contact"]),
    (Column::PublishedBy, &["proeftuin published by"]),
];

/// A header folded for matching: lower case, American "organization" as British, every
/// run of other characters one space.
fn fold(header: &str) -> String {
    let lower = header
        .to_lowercase()
        .replace("organization", "organisation");
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first year (1900–2200) written in a cell: "2021", "2021-03-01", "03/2021".
fn year_in(text: &str) -> Option<i32> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|part| part.len() == 4)
        .filter_map(|part| part.parse::<i32>().ok())
        .find(|year| (1900..=2200).contains(year))
}

/// A peer file's header: the column it names, as a key (to find the headers below a
/// title, and the sheet that has them).
fn peer_header(header: &str) -> Option<String> {
    let folded = fold(header);
    ALIASES
        .iter()
        .find(|(_, names)| names.contains(&folded.as_str()))
        .map(|(column, _)| format!("{column:?}"))
}

/// Read a peer file (`bytes` of the file at `path`).
pub fn read(path: &Path, bytes: &[u8]) -> Result<PeerFile> {
    let label = path.display().to_string();
    let trimmed = bytes
        .strip_prefix(b"\xef\xbb\xbf")
        .unwrap_or(bytes)
        .trim_ascii_start();
    let is_workbook = bytes.starts_with(b"PK\x03\x04")
        || register::is_xls(bytes)
        || path
            .extension()
            .and_then(|extension| extension.to_str())
            .is_some_and(|extension| {
                ["xlsx", "ods", "xls"]
                    .iter()
                    .any(|known| extension.eq_ignore_ascii_case(known))
            });
    if trimmed.starts_with(b"{") || trimmed.starts_with(b"[") {
        return Err(register::refuse(&label, Message::new("peers-json")));
    }
    let table = if is_workbook {
        register::read_workbook_with(&label, bytes, peer_header)?
    } else {
        register::read_csv_with(&label, bytes, peer_header)?.0
    };
    let source = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_else(|| label.clone());
    from_table(&label, &source, &table)
}

fn from_table(label: &str, source: &str, table: &Table) -> Result<PeerFile> {
    let mut columns: HashMap<Column, usize> = HashMap::new();
    for (index, header) in table.headers.iter().enumerate() {
        let folded = fold(header);
        if let Some((column, _)) = ALIASES
            .iter()
            .find(|(_, names)| names.contains(&folded.as_str()))
        {
            columns.entry(*column).or_insert(index);
        }
    }
    let from_proeftuin = columns.contains_key(&Column::ProeftuinId);
    let missing: Vec<&str> = [
        (Column::Name, "Name"),
        (Column::Status, "Status"),
        (Column::Organisation, "Responsible organisation"),
    ]
    .into_iter()
    .filter(|(column, _)| {
        !(columns.contains_key(column)
            || (*column == Column::Status && columns.contains_key(&Column::Phase))
            || (*column == Column::Organisation && columns.contains_key(&Column::PublishedBy)))
    })
    .map(|(_, name)| name)
    .collect();
    if !missing.is_empty() {
        let found: Vec<&str> = table
            .headers
            .iter()
            .map(String::as_str)
            .filter(|header| !header.trim().is_empty())
            .take(12)
            .collect();
        return Err(register::refuse(
            label,
            Message::new("peers-unknown-layout")
                .with("missing", missing.join(", "))
                .with("found", found.join(", ")),
        ));
    }
    let mut file = PeerFile {
        cases: Vec::new(),
        skipped_not_local: 0,
        skipped_unnamed: 0,
        from_proeftuin,
    };
    let mut seen: HashMap<String, usize> = HashMap::new();
    for row in &table.rows {
        let cell = |column: Column| -> String {
            columns
                .get(&column)
                .and_then(|&index| row.get(index))
                .map(Cell::text)
                .map(|text| text.trim().to_string())
                .unwrap_or_default()
        };
        let category = cell(Column::Category).to_lowercase();
        if !category.is_empty()
            && ![
                "local",
                "municipal",
                "gemeente",
                "city",
                "town",
                "commune",
                "urban",
                "lokale",
            ]
            .iter()
            .any(|word| category.contains(word))
        {
            file.skipped_not_local += 1;
            continue;
        }
        let name = cell(Column::Name);
        if name.is_empty() {
            file.skipped_unnamed += 1;
            continue;
        }
        let mut organisation = cell(Column::Organisation);
        if organisation.is_empty() {
            organisation = cell(Column::PublishedBy);
        }
        let status = cell(Column::Status);
        let phase = Phase::from_id(&cell(Column::Phase)).or_else(|| pstw::phase_of(&status));
        let status = if status.is_empty() {
            phase.map(pstw::status_of).unwrap_or_default().to_string()
        } else {
            status
        };
        let technology = [
            cell(Column::PrimaryTechnology),
            cell(Column::SecondaryTechnology),
        ]
        .into_iter()
        .filter(|text| !text.is_empty())
        .collect::<Vec<_>>()
        .join("; ");
        let mut themes = crate::domain::split_peer_themes(&cell(Column::Themes));
        // PSTW has no themes: its functions of government say what the case serves.
        if themes.is_empty() {
            themes = cell(Column::Functions)
                .split([';', '|', '\n'])
                .map(str::trim)
                .filter(|theme| !theme.is_empty())
                .map(str::to_string)
                .collect();
        }
        let key = {
            let pstw_id = cell(Column::PstwId);
            let own_id = cell(Column::ProeftuinId);
            if !pstw_id.is_empty() {
                format!("pstw:{}", pstw_id.to_lowercase())
            } else if !own_id.is_empty() {
                format!("{}#{}", organisation.to_lowercase(), own_id)
            } else {
                format!("{}#{}", organisation.to_lowercase(), fold(&name))
            }
        };
        let case = PeerCase {
            key: key.clone(),
            source: source.to_string(),
            organisation,
            country: cell(Column::Country),
            name,
            description: cell(Column::Description),
            status,
            phase,
            quadrant: Quadrant::from_id(&cell(Column::Quadrant)),
            themes,
            start_year: year_in(&cell(Column::StartYear)),
            end_year: year_in(&cell(Column::EndYear)),
            technology,
            stop_reason: cell(Column::StopReason),
            lessons_learned: cell(Column::Lessons),
            contact: cell(Column::Contact),
        };
        // The same case twice in one file: the later row wins.
        match seen.get(&key) {
            Some(&at) => file.cases[at] = case,
            None => {
                seen.insert(key, file.cases.len());
                file.cases.push(case);
            }
        }
    }
    if file.cases.is_empty() {
        return Err(register::refuse(
            label,
            Message::new("peers-none-local")
                .with_number("other", file.skipped_not_local)
                .with_number("unnamed", file.skipped_unnamed),
        ));
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_fold_to_one_spelling() {
        assert_eq!(
            fold("  Responsible Organization "),
            "responsible organisation"
        );
        assert_eq!(
            fold("Functions of Government (COFOG level I/II)"),
            "functions of government cofog level i ii"
        );
        assert_eq!(
            fold("proeftuin_lessons_learned"),
            "proeftuin lessons learned"
        );
        assert_eq!(fold("PSTW ID"), "pstw id");
    }

    #[test]
    fn years_are_found_in_dates_and_numbers() {
        assert_eq!(year_in("2021"), Some(2021));
        assert_eq!(year_in("2021-03-01"), Some(2021));
        assert_eq!(year_in("03/2019"), Some(2019));
        assert_eq!(year_in("n.b."), None);
        assert_eq!(year_in("12345"), None);
    }
}
