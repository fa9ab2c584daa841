//! Previewing a Proeftuin JSON document: a whole portfolio into an empty one, or merged by id.

use super::*;
use crate::domain::*;
use crate::exchange::json::{self, PortfolioDocument};
use crate::exchange::register::Reason;

pub(super) fn preview_json(
    portfolio: &Portfolio,
    path: &str,
    document: PortfolioDocument,
) -> Preview {
    let mut preview = Preview {
        path: path.to_string(),
        described: Reason::new("source-json")
            .with("format", json::FORMAT)
            .with_number("version", document.version),
        ..Preview::default()
    };
    let incoming = document.into_portfolio();
    if portfolio.initiatives.is_empty() {
        preview.created = incoming
            .initiatives
            .iter()
            .enumerate()
            .map(|(index, initiative)| (index + 1, initiative.name.clone()))
            .collect();
        preview.notes.push(Reason::new("note-replace-empty"));
        preview.batch.replace = Some(incoming);
        return preview;
    }
    let (by_id, by_key) = indexes(portfolio);
    for (position, initiative) in incoming.initiatives.iter().enumerate() {
        let existing = by_id
            .get(&initiative.id)
            .filter(|&&index| portfolio.initiatives[index].name == initiative.name)
            .or_else(|| {
                by_key.get(&match_key(
                    &initiative.name,
                    initiative.department.as_deref(),
                ))
            });
        match existing {
            Some(&index) => {
                let before = &portfolio.initiatives[index];
                let mut after = initiative.clone();
                after.id = before.id;
                after.row_version = before.row_version;
                let fields = changed_fields(before, &after);
                if fields.is_empty() {
                    preview.unchanged.push(after.name.clone());
                } else {
                    preview.updated.push(Update {
                        name: after.name.clone(),
                        row: position + 1,
                        fields,
                    });
                    preview.batch.update.push(after);
                }
            }
            None => {
                preview
                    .created
                    .push((position + 1, initiative.name.clone()));
                preview.batch.create.push(initiative.clone());
            }
        }
    }
    preview.batch.replace_history = true;
    preview.batch.departments = incoming
        .departments
        .iter()
        .filter(|department| {
            !portfolio
                .departments
                .iter()
                .any(|known| known.name == department.name)
        })
        .cloned()
        .collect();
    preview.notes.push(Reason::new("note-merge"));
    preview
}
