//! Writing the register back out (CSV) in the user's language, and the import template.

use crate::i18n::Message;
use chrono::NaiveDate;
use std::borrow::Cow;

use super::*;
use crate::domain::*;
use crate::exchange::{ExchangeError, Result};
use crate::format::Language;

/// The register columns of an export: the fields, then per year with a budget line the
/// planned and spent amounts of both categories.
pub fn export_fields(portfolio: &Portfolio) -> Vec<RegisterField> {
    // Every field but the yearless budget columns (which close `RegisterField::CHOICES`)
    // and the year of a row per year: a row per initiative, with a column per year.
    let mut fields: Vec<RegisterField> = RegisterField::CHOICES
        .into_iter()
        .filter(|field| !matches!(field, RegisterField::Budget { .. } | RegisterField::Year))
        .collect();
    let mut years: Vec<i32> = portfolio
        .initiatives
        .iter()
        .flat_map(|initiative| initiative.budget_lines.iter().map(|line| line.year))
        .collect();
    years.sort_unstable();
    years.dedup();
    for year in years {
        for actual in [false, true] {
            for category in [BudgetCategory::Innovation, BudgetCategory::Operation] {
                fields.push(RegisterField::Budget {
                    category,
                    year: Some(year),
                    actual,
                });
            }
        }
    }
    fields
}

/// A register field's value for an initiative, as text in `language` (amounts without
/// the euro sign so a spreadsheet reads them as numbers).
pub fn field_text<'a>(
    initiative: &'a Initiative,
    field: RegisterField,
    tr: &'a crate::i18n::I18n,
) -> Cow<'a, str> {
    let language = tr.language();
    let date = |value: Option<NaiveDate>| Cow::Owned(crate::format::date_opt(value, language));
    let level =
        |value: Option<u8>| Cow::Owned(value.map(|level| level.to_string()).unwrap_or_default());
    match field {
        RegisterField::Id => Cow::Owned(initiative.id.to_string()),
        RegisterField::Name => Cow::Borrowed(&initiative.name),
        RegisterField::Kind => Cow::Borrowed(tr.name_str("kind", initiative.kind.id())),
        RegisterField::Department => {
            Cow::Borrowed(initiative.department.as_deref().unwrap_or_default())
        }
        RegisterField::Owner => Cow::Borrowed(&initiative.owner),
        RegisterField::Contact => Cow::Borrowed(&initiative.contact),
        RegisterField::Quadrant => Cow::Borrowed(tr.name_str("quadrant", initiative.quadrant.id())),
        RegisterField::Phase => Cow::Borrowed(tr.name_str("phase", initiative.phase.id())),
        RegisterField::StartDate => date(initiative.start_date),
        RegisterField::EndDate => date(initiative.end_date),
        RegisterField::Themes => match initiative.themes.as_slice() {
            [] => Cow::Borrowed(""),
            [theme] => Cow::Borrowed(theme),
            themes => Cow::Owned(themes.join("|")),
        },
        RegisterField::Description => Cow::Borrowed(&initiative.description),
        RegisterField::StopReason => Cow::Borrowed(&initiative.stop_reason),
        RegisterField::LessonsLearned => Cow::Borrowed(&initiative.lessons_learned),
        RegisterField::Notes => Cow::Borrowed(&initiative.notes),
        RegisterField::AlgorithmRegister => Cow::Borrowed(&initiative.algorithm_register_url),
        RegisterField::ReadinessLevel => level(initiative.readiness_level),
        RegisterField::UseLevel => level(initiative.use_level),
        // Not a field of the initiative (never exported, see `export_fields`).
        RegisterField::Year => Cow::Borrowed(""),
        RegisterField::Budget {
            category,
            year,
            actual,
        } => match budget_cell(initiative, category, year, actual) {
            Some(total) => Cow::Owned(plain_amount(total, language)),
            None => Cow::Borrowed(""),
        },
    }
}

/// A budget column's amount for an initiative: the sum of its lines of that category and
/// year, planned or spent; `None` when it has no such line (an empty cell, not a zero).
pub fn budget_cell(
    initiative: &Initiative,
    category: BudgetCategory,
    year: Option<i32>,
    actual: bool,
) -> Option<i64> {
    let mut amounts = initiative
        .budget_lines
        .iter()
        .filter(|line| line.category == category && Some(line.year) == year)
        .filter_map(|line| {
            if actual {
                line.actual_cents
            } else {
                Some(line.planned_cents)
            }
        })
        .peekable();
    amounts.peek()?;
    Some(amounts.sum())
}

/// `85000,00` (Dutch) or `85000.00` (English): no grouping, so every spreadsheet and
/// this importer read it back exactly.
pub fn plain_amount(cents: i64, language: Language) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let magnitude = i128::from(cents).unsigned_abs();
    let separator = if language == Language::Dutch {
        ','
    } else {
        '.'
    };
    format!("{sign}{}{separator}{:02}", magnitude / 100, magnitude % 100)
}

/// Write the register as CSV: in Dutch as Dutch Excel expects (UTF-8 with BOM, `;`,
/// decimal comma, `31-12-2026`), in English with `,`, decimal point and ISO dates.
/// Text a spreadsheet would run as a formula is neutralised.
pub fn write_csv(
    portfolio: &Portfolio,
    language: Language,
    progress: &crate::exchange::Progress,
    out: &mut dyn std::io::Write,
) -> Result<()> {
    let fields = export_fields(portfolio);
    let tr = crate::i18n::I18n::new(language);
    let delimiter = if language == Language::Dutch {
        b';'
    } else {
        b','
    };
    if language == Language::Dutch {
        out.write_all("\u{feff}".as_bytes()).map_err(|error| {
            ExchangeError::Other(Message::new("io-other").with("detail", error.to_string()))
        })?;
    }
    let mut writer = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    let csv_error = |error: csv::Error| {
        ExchangeError::Other(Message::new("io-other").with("detail", error.to_string()))
    };
    writer
        .write_record(fields.iter().map(|field| field.header(language)))
        .map_err(csv_error)?;
    progress.set_total(portfolio.initiatives.len());
    for (index, initiative) in portfolio.initiatives.iter().enumerate() {
        if index.is_multiple_of(1024) {
            progress.check()?;
        }
        // Field by field into the writer: no record of copies per row.
        for field in &fields {
            let text = field_text(initiative, *field, &tr);
            match field {
                RegisterField::Budget { .. }
                | RegisterField::Id
                | RegisterField::ReadinessLevel
                | RegisterField::UseLevel => writer.write_field(text.as_bytes()),
                _ => writer.write_field(&*crate::exchange::neutralise_formula(&text)),
            }
            .map_err(csv_error)?;
        }
        writer.write_record(None::<&[u8]>).map_err(csv_error)?;
        progress.advance(1);
    }
    writer.flush().map_err(|error| {
        ExchangeError::Other(Message::new("io-other").with("detail", error.to_string()))
    })?;
    Ok(())
}

/// The import template's columns and example rows, in `language` (as CSV here, as a
/// workbook in `exchange::workbook::template`).
pub struct TemplateExample {
    /// The columns; a budget column has no year in its header, its amount is booked in
    /// the start date's year.
    pub fields: Vec<RegisterField>,
    pub initiatives: Vec<Initiative>,
    /// The year of the example's amounts.
    pub year: i32,
}

impl TemplateExample {
    /// The field whose value `initiative` has under `field`'s column: a budget column's
    /// amount of the example's year.
    pub fn value_field(&self, field: RegisterField) -> RegisterField {
        match field {
            RegisterField::Budget {
                category, actual, ..
            } => RegisterField::Budget {
                category,
                year: Some(self.year),
                actual,
            },
            other => other,
        }
    }
}

pub fn template_example(language: Language) -> TemplateExample {
    let mut example = Portfolio::default();
    let year = 2026;
    let mut first = Initiative::new(if language == Language::Dutch {
        "Chatbot klantcontactcentrum"
    } else {
        "Contact centre chatbot"
    });
    first.kind = Kind::Pilot;
    first.department = Some(
        if language == Language::Dutch {
            "Dienstverlening"
        } else {
            "Customer services"
        }
        .into(),
    );
    first.owner = "A. de Vries".into();
    first.quadrant = Quadrant::SmartGovernment;
    first.phase = Phase::Pilot;
    first.start_date = NaiveDate::from_ymd_opt(year, 3, 1);
    first.end_date = NaiveDate::from_ymd_opt(year, 12, 31);
    first.themes = thin_vec::thin_vec!["dienstverlening".into()];
    first.description = if language == Language::Dutch {
        "Beantwoordt veelgestelde vragen; koppeling met het zaaksysteem".into()
    } else {
        "Answers frequently asked questions; linked to the case system".into()
    };
    first.budget_lines = vec![BudgetLine {
        year,
        category: BudgetCategory::Innovation,
        planned_cents: 8_500_000,
        actual_cents: None,
        description: String::new(),
    }];
    example.initiatives.push(first);
    let fields: Vec<RegisterField> = [
        RegisterField::Name,
        RegisterField::Kind,
        RegisterField::Department,
        RegisterField::Owner,
        RegisterField::Quadrant,
        RegisterField::Phase,
        RegisterField::StartDate,
        RegisterField::EndDate,
        RegisterField::Budget {
            category: BudgetCategory::Innovation,
            year: None,
            actual: false,
        },
        RegisterField::Budget {
            category: BudgetCategory::Operation,
            year: None,
            actual: false,
        },
        RegisterField::Themes,
        RegisterField::Description,
    ]
    .to_vec();
    TemplateExample {
        fields,
        initiatives: example.initiatives,
        year,
    }
}

/// The import template: the headers and an example row, in `language`, as CSV the way
/// Excel in that language opens it.
pub fn template_csv(language: Language) -> Vec<u8> {
    let example = template_example(language);
    let fields = &example.fields;
    let tr = crate::i18n::I18n::new(language);
    let delimiter = if language == Language::Dutch {
        b';'
    } else {
        b','
    };
    let mut bytes = Vec::new();
    if language == Language::Dutch {
        bytes.extend_from_slice("\u{feff}".as_bytes());
    }
    {
        let mut writer = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .terminator(csv::Terminator::CRLF)
            .from_writer(&mut bytes);
        // Writing to memory cannot fail; a failed record would only shorten the example.
        writer
            .write_record(fields.iter().map(|field| field.header(language)))
            .ok();
        for initiative in &example.initiatives {
            let record: Vec<Cow<'_, str>> = fields
                .iter()
                .map(|field| field_text(initiative, example.value_field(*field), &tr))
                .collect();
            writer
                .write_record(record.iter().map(|text| text.as_bytes()))
                .ok();
        }
        writer.flush().ok();
    }
    bytes
}
