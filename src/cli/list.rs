//! `proeftuin list`: one line per initiative with its id and the stable English
//! identifiers, for scripts. (The register export, `proeftuin export --format csv`, is the
//! spreadsheet for people: translated headers, amounts and dates in the user's language.)

use std::io::Write;

use crate::domain::Portfolio;

#[derive(serde::Serialize)]
struct ListedInitiative<'a> {
    id: i64,
    name: &'a str,
    kind: &'static str,
    department: Option<&'a str>,
    owner: &'a str,
    quadrant: &'static str,
    phase: &'static str,
    start_date: Option<Iso>,
    end_date: Option<Iso>,
    themes: &'a [std::sync::Arc<str>],
}

/// A date as ISO 8601 text, written straight into the output (no string per date).
struct Iso(chrono::NaiveDate);

impl serde::Serialize for Iso {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(&self.0)
    }
}

impl std::fmt::Display for Iso {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

fn listed(portfolio: &Portfolio) -> impl Iterator<Item = ListedInitiative<'_>> {
    portfolio
        .initiatives
        .iter()
        .map(|initiative| ListedInitiative {
            id: initiative.id,
            name: &initiative.name,
            kind: initiative.kind.id(),
            department: initiative.department.as_deref(),
            owner: &initiative.owner,
            quadrant: initiative.quadrant.id(),
            phase: initiative.phase.id(),
            start_date: initiative.start_date.map(Iso),
            end_date: initiative.end_date.map(Iso),
            themes: &initiative.themes,
        })
}

/// The items one after another as they are made, not gathered first.
struct Items<'a>(&'a Portfolio);

impl serde::Serialize for Items<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(listed(self.0))
    }
}

pub(super) fn write_json(portfolio: &Portfolio, out: &mut dyn Write) -> anyhow::Result<()> {
    // A line per initiative (fully indented, 100,000 took a fifth of the command's time).
    super::json::write_with(out, &Items(portfolio), crate::exchange::json::Lines::new(1))
}

pub(super) fn write_csv(portfolio: &Portfolio, out: &mut dyn Write) -> anyhow::Result<()> {
    let mut writer = csv::Writer::from_writer(out);
    writer.write_record([
        "id",
        "name",
        "kind",
        "department",
        "owner",
        "quadrant",
        "phase",
        "start_date",
        "end_date",
        "themes",
    ])?;
    for item in listed(portfolio) {
        writer.write_record([
            item.id.to_string().as_str(),
            &crate::exchange::neutralise_formula(item.name),
            item.kind,
            &crate::exchange::neutralise_formula(item.department.unwrap_or_default()),
            &crate::exchange::neutralise_formula(item.owner),
            item.quadrant,
            item.phase,
            &item
                .start_date
                .map(|date| date.to_string())
                .unwrap_or_default(),
            &item
                .end_date
                .map(|date| date.to_string())
                .unwrap_or_default(),
            &crate::exchange::neutralise_formula(&item.themes.join("|")),
        ])?;
    }
    writer.flush()?;
    Ok(())
}
