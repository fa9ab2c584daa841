//! `proeftuin list`: one line per initiative with its id and the stable English
//! identifiers, for scripts. (The register export, `proeftuin export --format csv`, is the
//! spreadsheet for people: translated headers, amounts and dates in the user's language.)

use std::io::Write;

use crate::domain::Initiative;

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

fn listed_one(initiative: &Initiative) -> ListedInitiative<'_> {
    ListedInitiative {
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
    }
}

/// Initiatives written per round: two halves of it at once, on two threads.
const ROUND: usize = 16_384;

/// `initiatives` as JSON objects on lines of their own (the first without its indent).
fn lines(initiatives: &[Initiative]) -> serde_json::Result<Vec<u8>> {
    let mut buffer = Vec::with_capacity(initiatives.len() * 256);
    for (index, initiative) in initiatives.iter().enumerate() {
        if index > 0 {
            buffer.extend_from_slice(b",\n  ");
        }
        serde::Serialize::serialize(
            &listed_one(initiative),
            &mut serde_json::Serializer::with_formatter(
                &mut buffer,
                super::json::Printable(serde_json::ser::CompactFormatter),
            ),
        )?;
    }
    Ok(buffer)
}

/// A JSON list with an initiative on each line (fully indented, 100,000 took a fifth of
/// the command's time). Made in rounds, each round's two halves on two threads (one
/// thread took a quarter of the command at 100,000), and written in order.
pub(super) fn write_json(initiatives: &[Initiative], out: &mut dyn Write) -> anyhow::Result<()> {
    if initiatives.is_empty() {
        writeln!(out, "[]")?;
        return Ok(());
    }
    out.write_all(b"[\n  ")?;
    for (round, part) in initiatives.chunks(ROUND).enumerate() {
        if round > 0 {
            out.write_all(b",\n  ")?;
        }
        if part.len() < 4_096 {
            out.write_all(&lines(part)?)?;
            continue;
        }
        let (first, second) = part.split_at(part.len() / 2);
        let (first, second) = std::thread::scope(|scope| {
            let other = std::thread::Builder::new()
                .name("proeftuin-list".into())
                .spawn_scoped(scope, || lines(second));
            let first = lines(first);
            let second = match other.map(std::thread::ScopedJoinHandle::join) {
                Ok(Ok(second)) => second,
                Ok(Err(panic)) => std::panic::resume_unwind(panic),
                // No second thread: the other half on this one.
                Err(_) => lines(second),
            };
            (first, second)
        });
        out.write_all(&first?)?;
        out.write_all(b",\n  ")?;
        out.write_all(&second?)?;
    }
    out.write_all(b"\n]\n")?;
    Ok(())
}

pub(super) fn write_csv(initiatives: &[Initiative], out: &mut dyn Write) -> anyhow::Result<()> {
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
    for item in initiatives.iter().map(listed_one) {
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Made in rounds on two threads, the list is byte for byte what one serde pass with
    /// the line layout writes, at sizes around a round and its halves.
    #[test]
    fn the_list_in_rounds_is_the_list_in_one_pass() {
        for count in [0, 1, 4_095, 4_096, ROUND, ROUND + 1, 2 * ROUND + 4_097] {
            let portfolio = crate::demo::synthetic_portfolio(count, 7);
            let mut rounds = Vec::new();
            write_json(&portfolio.initiatives, &mut rounds).expect("write");
            let mut one_pass = Vec::new();
            let items: Vec<ListedInitiative<'_>> =
                portfolio.initiatives.iter().map(listed_one).collect();
            super::super::json::write_with(
                &mut one_pass,
                &items,
                crate::exchange::json::Lines::new(1),
            )
            .expect("write");
            assert_eq!(
                String::from_utf8_lossy(&rounds),
                String::from_utf8_lossy(&one_pass),
                "{count} initiatives"
            );
        }
    }
}
