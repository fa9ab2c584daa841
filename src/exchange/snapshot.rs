//! Status snapshots: a frozen, dated copy of the whole portfolio with its figures, and
//! the comparison of two of them (or of one with the live portfolio).

use crate::i18n::Message;
use chrono::NaiveDate;
use serde::Serialize;

use super::json::{self, PortfolioDocument, SnapshotInfo};
use super::{ExchangeError, Result};
use crate::domain::*;
use crate::figures::summarize;

/// The content a snapshot stores: the JSON document plus its figures as of the day it
/// was taken (for readers outside Proeftuin; Proeftuin recomputes them identically).
/// Compact, every object's keys in order, as `serde_json::Value` writes them. Only the
/// small parts are made values; the initiatives are written one at a time. (The whole
/// document made one value first: taking a snapshot of 100,000 initiatives, a text of
/// 112 MB, peaked at 1.6 GB.)
pub fn content(portfolio: &Portfolio, label: &str, taken_on: NaiveDate) -> String {
    use serde_json::{Value, to_value};
    use std::fmt::Write;
    let snapshot = SnapshotInfo {
        id: 0,
        label: label.to_string(),
        taken_on,
    };
    let figures = summarize(portfolio, taken_on, chrono::Datelike::year(&taken_on));
    let value = |part: std::result::Result<Value, serde_json::Error>| part.unwrap_or_default();
    // The document's parts by name, in the order a value's keys are written; the
    // initiatives hold their place.
    let parts: serde_json::Map<String, Value> = [
        ("format", value(to_value(json::FORMAT))),
        ("version", value(to_value(json::VERSION))),
        ("exported_on", value(to_value(taken_on))),
        ("snapshot", value(to_value(&snapshot))),
        ("settings", value(to_value(&portfolio.settings))),
        ("departments", value(to_value(&portfolio.departments))),
        ("themes", value(to_value(&portfolio.themes))),
        ("baseline", value(to_value(&portfolio.baseline))),
        ("initiatives", Value::Null),
        ("assessments", value(to_value(&portfolio.assessments))),
        ("figures", value(to_value(&figures))),
    ]
    .into_iter()
    .map(|(name, part)| (name.to_string(), part))
    .collect();
    let mut out = String::new();
    out.push('{');
    for (index, (name, part)) in parts.iter().enumerate() {
        if index > 0 {
            out.push(',');
        }
        // Writing into a String cannot fail.
        let _ = write!(out, "{}:", Value::String(name.clone()));
        if name == "initiatives" {
            out.push('[');
            for (index, initiative) in portfolio.initiatives.iter().enumerate() {
                if index > 0 {
                    out.push(',');
                }
                let before = out.len();
                let _ = write!(out, "{}", value(to_value(initiative)));
                if index == 0 {
                    // Room for the rest at the first one's length and a half: the text is
                    // not copied as it grows (112 MB at 100,000; 2.16 → 2.00 s for taking
                    // the snapshot), and room it does not use is never touched. Without
                    // that room (an outsized first one) it grows as before.
                    let each = out.len() - before + 1;
                    let _ =
                        out.try_reserve(each.saturating_mul(portfolio.initiatives.len()) / 2 * 3);
                }
            }
            out.push(']');
        } else {
            let _ = write!(out, "{part}");
        }
    }
    out.push('}');
    out
}

/// Read a stored snapshot back into a portfolio.
pub fn portfolio_of(label: &str, content: &str) -> Result<Portfolio> {
    json::from_bytes(&format!("snapshot {label:?}"), content.as_bytes())
        .map(PortfolioDocument::into_portfolio)
}

/// One side of a comparison.
#[derive(Debug, Clone)]
pub struct Side {
    /// "now", or the snapshot's label.
    pub label: String,
    /// The day its figures are computed for (the snapshot's date, or today).
    pub as_of: NaiveDate,
    pub portfolio: Portfolio,
}

/// How the live side of a comparison is loaded (on its own thread, while the other
/// side's document is read).
pub type Load<'a, E> = Box<dyn FnOnce() -> std::result::Result<Portfolio, E> + Send + 'a>;

/// What one side of a comparison is made from: the live portfolio, loaded when the
/// sides are read, or a stored snapshot's document still to be read. `E` is the
/// caller's error, which the load gives and a document's refusal becomes.
pub enum Picture<'a, E> {
    Now {
        as_of: NaiveDate,
        load: Load<'a, E>,
    },
    Stored {
        label: String,
        as_of: NaiveDate,
        content: String,
    },
}

impl<E: From<ExchangeError>> Picture<'_, E> {
    /// The side: the portfolio loaded, or a stored document read (and let go of once
    /// read).
    pub fn into_side(self) -> std::result::Result<Side, E> {
        match self {
            Self::Now { as_of, load } => Ok(Side {
                label: "now".into(),
                as_of,
                portfolio: load()?,
            }),
            Self::Stored {
                label,
                as_of,
                content,
            } => Ok(Side {
                portfolio: portfolio_of(&label, &content)?,
                label,
                as_of,
            }),
        }
    }
}

/// Both sides of a comparison, read at once on two threads: reading a document of
/// 100,000 initiatives (112 MB of text) takes half a second on one thread, loading the
/// live portfolio a sixth of a second on two.
pub fn sides<E: From<ExchangeError> + Send>(
    from: Picture<'_, E>,
    to: Picture<'_, E>,
) -> std::result::Result<(Side, Side), E> {
    let to = std::sync::Mutex::new(Some(to));
    let take = || to.lock().ok().and_then(|mut to| to.take());
    let (from, to) = std::thread::scope(|scope| {
        let other = std::thread::Builder::new()
            .name("proeftuin-snapshot-read".into())
            .spawn_scoped(scope, || take().map(Picture::into_side));
        let from = from.into_side();
        let to = match other.map(std::thread::ScopedJoinHandle::join) {
            Ok(Ok(to)) => to,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            // No second thread: the other side on this one.
            Err(_) => take().map(Picture::into_side),
        };
        (from, to)
    });
    match to {
        Some(to) => Ok((from?, to?)),
        // Each side is taken once, by one thread or the other.
        None => unreachable!("a comparison's second side was never read"),
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PhaseMove {
    pub name: String,
    pub from: &'static str,
    pub to: &'static str,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BudgetChange {
    pub name: String,
    pub innovation_from_cents: i64,
    pub innovation_to_cents: i64,
    pub operation_from_cents: i64,
    pub operation_to_cents: i64,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerdictChange {
    pub name: String,
    pub from: &'static str,
    pub to: &'static str,
    pub score_from_bp: Option<u32>,
    pub score_to_bp: Option<u32>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HealthChange {
    pub name: String,
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
    pub reason: String,
}

/// An assignment of the five activities whose self-assessed status changed between the
/// latest self-assessments of the two sides (`None`: not assessed).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AssessmentChange {
    pub assignment: &'static str,
    pub from: Option<&'static str>,
    pub to: Option<&'static str>,
}

/// What changed between two pictures of the portfolio. Initiatives are matched by id.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diff {
    pub from: String,
    pub to: String,
    pub initiatives_from: usize,
    pub initiatives_to: usize,
    /// In `to` but not in `from`.
    pub new: Vec<String>,
    /// In `from` but deleted by `to`.
    pub removed: Vec<String>,
    /// Moved to stopped between the two.
    pub stopped: Vec<String>,
    pub phase_moves: Vec<PhaseMove>,
    pub budget_changes: Vec<BudgetChange>,
    pub readiness_changes: Vec<VerdictChange>,
    pub health_changes: Vec<HealthChange>,
    /// The dates of each side's latest self-assessment of the five activities.
    pub assessed_from: Option<NaiveDate>,
    pub assessed_to: Option<NaiveDate>,
    pub assessment_changes: Vec<AssessmentChange>,
}

impl Diff {
    pub fn is_empty(&self) -> bool {
        self.new.is_empty()
            && self.removed.is_empty()
            && self.stopped.is_empty()
            && self.phase_moves.is_empty()
            && self.budget_changes.is_empty()
            && self.readiness_changes.is_empty()
            && self.health_changes.is_empty()
            && self.assessment_changes.is_empty()
    }
}

fn verdict_id(verdict: Verdict) -> &'static str {
    verdict.id()
}

/// Compare `from` with `to`.
pub fn diff(from: &Side, to: &Side) -> Diff {
    let before: std::collections::HashMap<InitiativeId, &Initiative> = from
        .portfolio
        .initiatives
        .iter()
        .map(|initiative| (initiative.id, initiative))
        .collect();
    let after_ids: std::collections::HashSet<InitiativeId> = to
        .portfolio
        .initiatives
        .iter()
        .map(|initiative| initiative.id)
        .collect();
    let mut result = Diff {
        from: from.label.clone(),
        to: to.label.clone(),
        initiatives_from: from.portfolio.initiatives.len(),
        initiatives_to: to.portfolio.initiatives.len(),
        new: Vec::new(),
        removed: Vec::new(),
        stopped: Vec::new(),
        phase_moves: Vec::new(),
        budget_changes: Vec::new(),
        readiness_changes: Vec::new(),
        health_changes: Vec::new(),
        assessed_from: from.portfolio.latest_assessment().map(|a| a.assessed_on),
        assessed_to: to.portfolio.latest_assessment().map(|a| a.assessed_on),
        assessment_changes: assessment_changes(
            from.portfolio.latest_assessment(),
            to.portfolio.latest_assessment(),
        )
        .into_iter()
        .map(|(assignment, old, new)| AssessmentChange {
            assignment: assignment.id(),
            from: old.map(AnswerStatus::id),
            to: new.map(AnswerStatus::id),
        })
        .collect(),
    };
    for initiative in &to.portfolio.initiatives {
        let Some(old) = before.get(&initiative.id) else {
            result.new.push(initiative.name.clone());
            continue;
        };
        if old.phase != initiative.phase {
            if initiative.phase == Phase::Stopped {
                result.stopped.push(initiative.name.clone());
            }
            result.phase_moves.push(PhaseMove {
                name: initiative.name.clone(),
                from: old.phase.id(),
                to: initiative.phase.id(),
            });
        }
        let amounts = |item: &Initiative| {
            (
                item.planned_cents(BudgetCategory::Innovation),
                item.planned_cents(BudgetCategory::Operation),
            )
        };
        let (innovation_from, operation_from) = amounts(old);
        let (innovation_to, operation_to) = amounts(initiative);
        if (innovation_from, operation_from) != (innovation_to, operation_to) {
            result.budget_changes.push(BudgetChange {
                name: initiative.name.clone(),
                innovation_from_cents: innovation_from,
                innovation_to_cents: innovation_to,
                operation_from_cents: operation_from,
                operation_to_cents: operation_to,
            });
        }
        let old_assessment = assess(&old.readiness, &from.portfolio.settings.readiness);
        let new_assessment = assess(&initiative.readiness, &to.portfolio.settings.readiness);
        if old_assessment.verdict != new_assessment.verdict
            || old_assessment.score_bp != new_assessment.score_bp
        {
            result.readiness_changes.push(VerdictChange {
                name: initiative.name.clone(),
                from: verdict_id(old_assessment.verdict),
                to: verdict_id(new_assessment.verdict),
                score_from_bp: old_assessment.score_bp,
                score_to_bp: new_assessment.score_bp,
            });
        }
        let old_health = old.latest_health();
        let new_health = initiative.latest_health();
        if old_health.map(|report| (report.status, &report.reason))
            != new_health.map(|report| (report.status, &report.reason))
        {
            result.health_changes.push(HealthChange {
                name: initiative.name.clone(),
                from: old_health.map(|report| report.status.id()),
                to: new_health.map(|report| report.status.id()),
                reason: new_health
                    .map(|report| report.reason.clone())
                    .unwrap_or_default(),
            });
        }
    }
    for initiative in &from.portfolio.initiatives {
        if !after_ids.contains(&initiative.id) {
            result.removed.push(initiative.name.clone());
        }
    }
    result
}

/// The comparison as text (what `proeftuin snapshot diff` prints), in `tr`'s language.
pub fn diff_text(diff: &Diff, tr: &crate::i18n::I18n) -> String {
    use crate::format::money_whole;
    use crate::i18n::arg;
    let language = tr.language();
    let money = |cents| money_whole(cents, language);
    let side = |label: &str| {
        if label == "now" {
            tr.t("snapshot-now").to_string()
        } else {
            label.to_string()
        }
    };
    let mut lines = vec![tr.f(
        "cli-diff-title",
        &[
            ("from", arg(side(&diff.from))),
            ("to", arg(side(&diff.to))),
            ("count_from", diff.initiatives_from.into()),
            ("count_to", diff.initiatives_to.into()),
        ],
    )];
    if diff.is_empty() {
        lines.push(tr.t("cli-diff-none").to_string());
    }
    let mut list = |title: &str, items: Vec<String>| {
        if !items.is_empty() {
            lines.push(tr.f(title, &[("count", items.len().into())]));
            lines.extend(items.into_iter().map(|item| format!("  {item}")));
        }
    };
    let phase = |id: &str| tr.name("phase", id);
    let verdict = |id: &str| tr.name("verdict", id);
    let health = |id: Option<&str>| {
        id.map_or_else(
            || tr.t("health-none").to_string(),
            |id| tr.name("health", id),
        )
    };
    list("cli-diff-new", diff.new.clone());
    list("cli-diff-removed", diff.removed.clone());
    list("cli-diff-stopped", diff.stopped.clone());
    list(
        "cli-diff-phase-moves",
        diff.phase_moves
            .iter()
            .map(|change| {
                format!(
                    "{}: {} -> {}",
                    change.name,
                    phase(change.from),
                    phase(change.to)
                )
            })
            .collect(),
    );
    list(
        "cli-diff-budget-changes",
        diff.budget_changes
            .iter()
            .map(|change| {
                tr.f(
                    "cli-diff-budget-line",
                    &[
                        ("name", arg(&change.name)),
                        ("innovation_from", arg(money(change.innovation_from_cents))),
                        ("innovation_to", arg(money(change.innovation_to_cents))),
                        ("operation_from", arg(money(change.operation_from_cents))),
                        ("operation_to", arg(money(change.operation_to_cents))),
                    ],
                )
            })
            .collect(),
    );
    list(
        "cli-diff-readiness-changes",
        diff.readiness_changes
            .iter()
            .map(|change| {
                let score = |bp: Option<u32>| {
                    bp.map_or_else(
                        || "-".to_string(),
                        |bp| crate::format::percent_bp(bp, language),
                    )
                };
                format!(
                    "{}: {} ({}) -> {} ({})",
                    change.name,
                    verdict(change.from),
                    score(change.score_from_bp),
                    verdict(change.to),
                    score(change.score_to_bp)
                )
            })
            .collect(),
    );
    list(
        "cli-diff-health-changes",
        diff.health_changes
            .iter()
            .map(|change| {
                format!(
                    "{}: {} -> {}{}",
                    change.name,
                    health(change.from),
                    health(change.to),
                    if change.reason.is_empty() {
                        String::new()
                    } else {
                        format!(" ({})", change.reason)
                    }
                )
            })
            .collect(),
    );
    let answer = |id: Option<&str>| {
        id.map_or_else(
            || tr.t("assessment-not-assessed").to_string(),
            |id| tr.name("answer", id),
        )
    };
    if !diff.assessment_changes.is_empty() {
        let date = |date: Option<NaiveDate>| {
            date.map_or_else(
                || "-".to_string(),
                |date| crate::format::date(date, language),
            )
        };
        lines.push(tr.f(
            "cli-diff-assessment-changes",
            &[
                ("count", diff.assessment_changes.len().into()),
                ("from", arg(date(diff.assessed_from))),
                ("to", arg(date(diff.assessed_to))),
            ],
        ));
        for change in &diff.assessment_changes {
            lines.push(format!(
                "  {}: {} -> {}",
                tr.name("assignment", change.assignment),
                answer(change.from),
                answer(change.to)
            ));
        }
    }
    lines.join("\n")
}

/// Validate a label the user typed.
pub fn check_label(label: &str) -> Result<&str> {
    let label = label.trim();
    if label.is_empty() {
        return Err(ExchangeError::Other(Message::new("snapshot-label-empty")));
    }
    if label.eq_ignore_ascii_case("now") {
        return Err(ExchangeError::Other(Message::new("snapshot-label-now")));
    }
    if label.chars().count() > 200 {
        return Err(ExchangeError::Other(
            Message::new("snapshot-label-long").with_number("max", 200),
        ));
    }
    Ok(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both sides read at once give what reading them one after the other gives, and a
    /// document that does not read is named by its own label, on either side.
    #[test]
    fn both_sides_read_at_once_as_one_after_the_other() {
        let mut before = crate::demo::demo_portfolio();
        for (index, initiative) in before.initiatives.iter_mut().enumerate() {
            initiative.id = i64::try_from(index).expect("an id") + 1;
        }
        let mut after = before.clone();
        after.initiatives[0].phase = Phase::Stopped;
        after.initiatives.remove(1);
        let q3 = NaiveDate::from_ymd_opt(2026, 9, 30).expect("date");
        let q4 = NaiveDate::from_ymd_opt(2026, 12, 31).expect("date");
        let stored = |label: &str,
                      as_of: NaiveDate,
                      portfolio: &Portfolio|
         -> Picture<'static, ExchangeError> {
            Picture::Stored {
                label: label.into(),
                as_of,
                content: content(portfolio, label, as_of),
            }
        };
        let (from, to) =
            sides(stored("Q3", q3, &before), stored("Q4", q4, &after)).expect("both read");
        let one_by_one = diff(
            &stored("Q3", q3, &before).into_side().expect("Q3"),
            &stored("Q4", q4, &after).into_side().expect("Q4"),
        );
        let together = diff(&from, &to);
        assert_eq!(together, one_by_one);
        assert_eq!((from.label.as_str(), to.as_of), ("Q3", q4));
        assert_eq!((together.stopped.len(), together.removed.len()), (1, 1));
        // Against the live portfolio: loaded on its own thread, or its error passed on.
        let now = Picture::Now {
            as_of: q4,
            load: Box::new(|| Ok(after.clone())),
        };
        let (_, live) = sides(stored("Q3", q3, &before), now).expect("read");
        assert_eq!((live.label.as_str(), &live.portfolio), ("now", &after));
        let broken = |label: &str| Picture::Stored {
            label: label.into(),
            as_of: q4,
            content: "{\"format\": \"proeftuin-portfolio\"".into(),
        };
        for (from, to) in [
            (stored("Q3", q3, &before), broken("kapot")),
            (broken("kapot"), stored("Q3", q3, &before)),
        ] {
            let error = sides(from, to).map(drop).err().map(|e| e.to_string());
            assert!(
                error.as_deref().is_some_and(|e| e.contains("\"kapot\"")),
                "{error:?}"
            );
        }
        let failing = Picture::Now {
            as_of: q4,
            load: Box::new(|| Err(ExchangeError::Other(Message::new("store-gone")))),
        };
        let error = sides(stored("Q3", q3, &before), failing).map(drop).err();
        assert!(
            matches!(&error, Some(ExchangeError::Other(message)) if message.key == "store-gone"),
            "{error:?}"
        );
    }

    /// What `content` wrote before it wrote the initiatives one at a time: the whole
    /// document as one value.
    fn as_one_value(portfolio: &Portfolio, label: &str, taken_on: NaiveDate) -> String {
        let mut document = PortfolioDocument::new(portfolio, taken_on);
        document.snapshot = Some(SnapshotInfo {
            id: 0,
            label: label.to_string(),
            taken_on,
        });
        let mut value = serde_json::to_value(&document).expect("value");
        let figures = summarize(portfolio, taken_on, chrono::Datelike::year(&taken_on));
        value.as_object_mut().expect("an object").insert(
            "figures".into(),
            serde_json::to_value(figures).expect("figures"),
        );
        value.to_string()
    }

    #[test]
    fn a_snapshot_is_written_byte_for_byte_as_one_value_would_be() {
        let taken_on = NaiveDate::from_ymd_opt(2026, 11, 30).expect("date");
        let mut hostile = crate::demo::synthetic_portfolio(400, 3);
        hostile.initiatives[0].name = "=HYPERLINK(\"x\") \u{0} \u{202e} \"{}[],:".into();
        hostile.initiatives[1].notes = "regel 1\nregel 2\t\u{1F600}".into();
        for portfolio in [crate::demo::demo_portfolio(), hostile, Portfolio::default()] {
            let written = content(&portfolio, "Kwartaal \"4\"", taken_on);
            assert_eq!(
                written,
                as_one_value(&portfolio, "Kwartaal \"4\"", taken_on)
            );
            let read = portfolio_of("Kwartaal 4", &written).expect("read back");
            assert_eq!(read.initiatives, portfolio.initiatives);
        }
    }
}
