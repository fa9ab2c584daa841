//! The import template as a workbook: the register's columns with an example row, and
//! lists of choices for kind, quadrant and phase.

use crate::i18n::I18n;

use super::super::Result;
use super::super::register::{RegisterField, template_example};
use super::sheets::register_cell;
use super::{Book, Cells, Choices, Sheet};
use crate::domain::*;
use crate::format::Language;

/// The rows of the import template's register sheet below its header: the example, then
/// empty rows whose lists of choices are ready to use.
pub(super) const TEMPLATE_ROWS: usize = 500;

pub(super) fn template_sheets<B: Book>(book: &B, language: Language) -> Result<Vec<B::Written>> {
    let tr = I18n::new(language);
    let dutch = language == Language::Dutch;
    let example = template_example(language);
    let headers: Vec<String> = example
        .fields
        .iter()
        .map(|field| field.header(language))
        .collect();
    let lists: Vec<(RegisterField, Vec<String>)> = vec![
        (
            RegisterField::Kind,
            Kind::ALL
                .iter()
                .map(|kind| tr.name("kind", kind.id()))
                .collect(),
        ),
        (
            RegisterField::Quadrant,
            Quadrant::ALL
                .iter()
                .map(|quadrant| tr.name("quadrant", quadrant.id()))
                .collect(),
        ),
        (
            RegisterField::Phase,
            Phase::ALL
                .iter()
                .map(|phase| tr.name("phase", phase.id()))
                .collect(),
        ),
    ];
    let message = Choices {
        title: tr.t("template-choices-title").to_string(),
        message: tr.t("template-choices-message").to_string(),
    };
    let name = if dutch { "Initiatieven" } else { "Initiatives" };
    let mut sheet = book.start(1, name, &headers, TEMPLATE_ROWS, TEMPLATE_ROWS)?;
    for (field, choices) in &lists {
        if let Some(column) = example.fields.iter().position(|own| own == field) {
            sheet.choices(column, choices, &message);
        }
    }
    for initiative in &example.initiatives {
        sheet.row(|row| {
            for (column, field) in example.fields.iter().enumerate() {
                register_cell(row, column, example.value_field(*field), initiative, &tr);
            }
        })?;
    }
    for _ in example.initiatives.len()..TEMPLATE_ROWS {
        sheet.skip_row()?;
    }
    let register = book.finish(sheet, name, &headers, TEMPLATE_ROWS, |_| String::new())?;

    let name = if dutch { "Keuzelijsten" } else { "Choices" };
    let headers: Vec<String> = lists
        .iter()
        .map(|(field, _)| field.header(language))
        .collect();
    let rows = lists
        .iter()
        .map(|(_, choices)| choices.len())
        .max()
        .unwrap_or(0);
    let mut sheet = book.start(2, name, &headers, rows, rows)?;
    for index in 0..rows {
        sheet.row(|row| {
            for (column, (_, choices)) in lists.iter().enumerate() {
                if let Some(choice) = choices.get(index) {
                    row.string(column, choice);
                }
            }
        })?;
    }
    let choices = book.finish(sheet, name, &headers, rows, |_| String::new())?;
    Ok(vec![register, choices])
}
