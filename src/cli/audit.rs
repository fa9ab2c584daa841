//! `proeftuin audit`: the audit log for the people who answer for the decisions — who
//! changed what and when, oldest first, as CSV (formulas neutralised) or JSON. Times are
//! UTC in ISO 8601; fields and values use the stable English identifiers.

use std::io::Write;

use crate::store::AuditEntry;

const HEADERS: [&str; 10] = [
    "id",
    "at_utc",
    "user",
    "initiative_id",
    "subject",
    "action",
    "field",
    "old",
    "new",
    "source",
];

fn moment(entry: &AuditEntry) -> String {
    entry.at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

pub(super) fn write_csv(entries: &[AuditEntry], out: &mut dyn Write) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record(HEADERS)?;
    let cell = crate::exchange::neutralise_formula;
    for entry in entries {
        writer.write_record([
            entry.id.to_string().as_str(),
            &moment(entry),
            &cell(&entry.user),
            &entry
                .initiative_id
                .map(|id| id.to_string())
                .unwrap_or_default(),
            &cell(&entry.subject),
            entry.action.id(),
            &entry.field,
            &cell(&entry.old),
            &cell(&entry.new),
            &cell(&entry.source),
        ])?;
    }
    writer.flush()?;
    Ok(())
}

#[derive(serde::Serialize)]
struct Line<'a> {
    id: i64,
    at_utc: String,
    user: &'a str,
    initiative_id: Option<i64>,
    subject: &'a str,
    action: &'static str,
    field: &'a str,
    old: &'a str,
    new: &'a str,
    source: &'a str,
}

pub(super) fn write_json(entries: &[AuditEntry], out: &mut dyn Write) -> anyhow::Result<()> {
    let lines: Vec<Line<'_>> = entries
        .iter()
        .map(|entry| Line {
            id: entry.id,
            at_utc: moment(entry),
            user: &entry.user,
            initiative_id: entry.initiative_id,
            subject: &entry.subject,
            action: entry.action.id(),
            field: &entry.field,
            old: &entry.old,
            new: &entry.new,
            source: &entry.source,
        })
        .collect();
    super::json::write_pretty(out, &lines)?;
    Ok(())
}
