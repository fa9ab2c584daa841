//! What an import will do, before it is confirmed: the preview and its plain-text report.

use crate::domain::*;
use crate::exchange::register::{ImportProblem, Mapping, Reason, Record, RegisterField};
use crate::format::Language;
use crate::i18n::{I18n, arg};

/// One updated initiative and which of its fields change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Update {
    pub name: String,
    pub row: usize,
    pub fields: Vec<&'static str>,
}

/// Everything the user sees before confirming, and the batch that confirming writes.
#[derive(Debug, Clone, Default)]
pub struct Preview {
    pub path: String,
    pub described: Reason,
    /// The register's headers and what each maps to (empty for JSON).
    pub headers: Vec<String>,
    pub mapping: Mapping,
    /// Rows that cannot be imported: with any of these, nothing is written.
    pub problems: Vec<ImportProblem>,
    pub created: Vec<(usize, String)>,
    pub updated: Vec<Update>,
    pub unchanged: Vec<String>,
    /// Things the user should know: unknown columns, amounts booked in a start year, …
    pub notes: Vec<Reason>,
    pub batch: ImportBatch,
    /// The parsed rows, for the preview table (register imports).
    pub records: Vec<Record>,
    /// Texts of a kind, quadrant or phase column that Proeftuin does not know, each once,
    /// in the order met: what can be given a meaning by hand.
    pub unknown_values: Vec<UnknownValue>,
}

/// A text Proeftuin does not know in a kind, quadrant or phase column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownValue {
    /// The column's header.
    pub column: String,
    /// The cell's text, without the spaces around it.
    pub text: String,
    /// What the column holds: [`RegisterField::Kind`], `Quadrant` or `Phase`.
    pub field: RegisterField,
    /// On how many rows.
    pub rows: usize,
}

impl UnknownValue {
    /// The texts no meaning was found for, from a preview's problems.
    pub fn of(problems: &[ImportProblem]) -> Vec<Self> {
        let mut found: Vec<Self> = Vec::new();
        let mut index: std::collections::HashMap<(&str, &str), usize> = Default::default();
        for problem in problems {
            let field = match problem.reason.key {
                "reason-unknown-kind" => RegisterField::Kind,
                "reason-unknown-quadrant" => RegisterField::Quadrant,
                "reason-unknown-phase" => RegisterField::Phase,
                _ => continue,
            };
            let text = problem.value.trim();
            match index.get(&(problem.column.as_str(), text)) {
                Some(&at) => found[at].rows += 1,
                None => {
                    index.insert((problem.column.as_str(), text), found.len());
                    found.push(Self {
                        column: problem.column.clone(),
                        text: text.to_owned(),
                        field,
                        rows: 1,
                    });
                }
            }
        }
        found
    }
}

impl Preview {
    pub fn can_import(&self) -> bool {
        self.problems.is_empty() && !self.batch.is_empty()
    }

    /// The problems as messages naming file, row, column, value and reason (English).
    pub fn problem_messages(&self) -> Vec<String> {
        self.problem_messages_in(&I18n::new(Language::English))
    }

    pub fn problem_messages_in(&self, tr: &I18n) -> Vec<String> {
        self.problems
            .iter()
            .map(|problem| problem.message_in(&self.path, tr))
            .collect()
    }

    /// A plain-text report of the preview (what the CLI prints), in `tr`'s language.
    pub fn report(&self, dry_run: bool, tr: &I18n) -> String {
        let language = tr.language();
        let mut lines = vec![format!("{} ({})", self.path, self.described.render(tr))];
        if !self.headers.is_empty() {
            let mapped: Vec<String> = self
                .headers
                .iter()
                .zip(&self.mapping.columns)
                .map(|(header, field)| {
                    let target = match field {
                        Some(field) => field.header(language),
                        None => tr.t("report-ignored").to_string(),
                    };
                    format!("{header:?} -> {target}")
                })
                .collect();
            lines.push(tr.f("report-columns", &[("list", arg(mapped.join(", ")))]));
        }
        for note in &self.notes {
            lines.push(tr.f("report-note", &[("note", arg(note.render(tr)))]));
        }
        for message in self.problem_messages_in(tr) {
            lines.push(tr.f("report-error", &[("message", arg(message))]));
        }
        let counts = [
            ("created", self.created.len().into()),
            ("updated", self.updated.len().into()),
            ("unchanged", self.unchanged.len().into()),
        ];
        if self.problems.is_empty() {
            let (totals, line) = if dry_run {
                ("report-would", "report-would-update-line")
            } else {
                ("report-done", "report-updated-line")
            };
            lines.push(tr.f(totals, &counts));
            for update in &self.updated {
                lines.push(tr.f(
                    line,
                    &[
                        ("name", arg(format!("{:?}", update.name))),
                        ("row", update.row.into()),
                        ("fields", arg(update.fields.join(", "))),
                    ],
                ));
            }
            if dry_run {
                lines.push(tr.t("report-dry-run").to_string());
            }
        } else {
            lines.push(tr.f("report-problems", &[("count", self.problems.len().into())]));
        }
        lines.join("\n")
    }
}
