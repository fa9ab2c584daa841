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

/// What a new snapshot keeps: its document ([`content`]), its [`Digest`]'s text, and how
/// many initiatives it holds.
pub struct Taken {
    pub content: String,
    pub digest: String,
    pub initiatives: usize,
}

/// Take a snapshot of `portfolio`: what the store keeps of it.
pub fn take(portfolio: &Portfolio, label: &str, taken_on: NaiveDate) -> Taken {
    Taken {
        content: content(portfolio, label, taken_on),
        digest: Digest::of(portfolio).text(),
        initiatives: portfolio.initiatives.len(),
    }
}

/// Read a stored snapshot back into a portfolio.
pub fn portfolio_of(label: &str, content: &str) -> Result<Portfolio> {
    json::from_bytes(&format!("snapshot {label:?}"), content.as_bytes())
        .map(PortfolioDocument::into_portfolio)
}

/// The version of a [`Digest`] as kept beside a snapshot's document. A snapshot whose
/// digest was kept with another version (or with none: taken before the digests, schema
/// version 11) is compared by reading its document. Raise it whenever what a digest
/// holds, or how it is made from a portfolio, changes.
pub const DIGEST_VERSION: u32 = 1;

/// What a comparison ([`diff`]) reads of one picture of the portfolio: the readiness
/// model's settings, the latest self-assessment of the five activities, and per
/// initiative what is compared. A snapshot keeps it beside its document (a tenth of the
/// document's size), so that comparing two snapshots of 100,000 initiatives reads two
/// texts of 11 MB instead of two of 112 MB.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
pub struct Digest {
    pub readiness: ReadinessSettings,
    pub assessment: Option<SelfAssessment>,
    pub initiatives: Vec<Glance>,
}

/// One initiative in a [`Digest`]. Kept as a JSON array of its values, in this order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, serde::Deserialize)]
#[serde(from = "GlanceValues", into = "GlanceValues")]
pub struct Glance {
    pub id: InitiativeId,
    pub name: String,
    pub phase: Phase,
    /// Planned innovation over all years ([`Initiative::planned_cents`]).
    pub innovation_cents: i64,
    /// Planned operation over all years.
    pub operation_cents: i64,
    pub readiness: ReadinessRatings,
    /// The latest health report's status and reason ([`Initiative::latest_health`]).
    pub health: Option<(Health, String)>,
}

/// A [`Glance`] as kept: its values without their names.
#[derive(Serialize, serde::Deserialize)]
struct GlanceValues(
    InitiativeId,
    String,
    Phase,
    i64,
    i64,
    ReadinessRatings,
    Option<(Health, String)>,
);

impl From<GlanceValues> for Glance {
    fn from(values: GlanceValues) -> Self {
        let GlanceValues(id, name, phase, innovation_cents, operation_cents, readiness, health) =
            values;
        Self {
            id,
            name,
            phase,
            innovation_cents,
            operation_cents,
            readiness,
            health,
        }
    }
}

impl From<Glance> for GlanceValues {
    fn from(glance: Glance) -> Self {
        Self(
            glance.id,
            glance.name,
            glance.phase,
            glance.innovation_cents,
            glance.operation_cents,
            glance.readiness,
            glance.health,
        )
    }
}

impl Glance {
    pub fn of(initiative: &Initiative) -> Self {
        Self::with_texts(initiative, initiative.name.clone(), |reason| reason.clone())
    }

    /// As [`Glance::of`], taking the name and the latest health report's reason out of
    /// `initiative` instead of copying them.
    fn taking(initiative: &mut Initiative) -> Self {
        let name = std::mem::take(&mut initiative.name);
        let reason = initiative
            .latest_health_index()
            .map(|index| std::mem::take(&mut initiative.health_reports[index].reason));
        let mut glance = Self::with_texts(initiative, name, |_| String::new());
        if let (Some((_, kept)), Some(reason)) = (glance.health.as_mut(), reason) {
            *kept = reason;
        }
        glance
    }

    fn with_texts(
        initiative: &Initiative,
        name: String,
        reason: impl Fn(&String) -> String,
    ) -> Self {
        Self {
            id: initiative.id,
            name,
            phase: initiative.phase,
            innovation_cents: initiative.planned_cents(BudgetCategory::Innovation),
            operation_cents: initiative.planned_cents(BudgetCategory::Operation),
            readiness: initiative.readiness,
            health: initiative
                .latest_health()
                .map(|report| (report.status, reason(&report.reason))),
        }
    }
}

impl Digest {
    /// What a comparison reads of `portfolio`.
    pub fn of(portfolio: &Portfolio) -> Self {
        Self {
            readiness: portfolio.settings.readiness.clone(),
            assessment: portfolio.latest_assessment().cloned(),
            initiatives: portfolio.initiatives.iter().map(Glance::of).collect(),
        }
    }

    /// What a comparison reads of `portfolio`, taking its names and reasons instead of
    /// copying them (100,000 names); the rest is let go ([`crate::memory::done_with`]).
    pub fn taking(mut portfolio: Portfolio) -> Self {
        let digest = Self {
            readiness: portfolio.settings.readiness.clone(),
            assessment: portfolio.latest_assessment().cloned(),
            initiatives: portfolio
                .initiatives
                .iter_mut()
                .map(Glance::taking)
                .collect(),
        };
        crate::memory::done_with(portfolio);
        digest
    }

    /// The text kept beside a snapshot's document (compact JSON).
    pub fn text(&self) -> String {
        // Writing plain data into a String cannot fail.
        serde_json::to_string(self).unwrap_or_default()
    }

    /// A kept digest read back; `label` names the snapshot when it does not read.
    pub fn read(label: &str, text: &str) -> Result<Self> {
        serde_json::from_str(text).map_err(|error| {
            ExchangeError::Other(
                Message::new("snapshot-digest-unreadable")
                    .with("label", label.to_string())
                    .with("error", error.to_string()),
            )
        })
    }
}

/// One side of a comparison.
#[derive(Debug, Clone)]
pub struct Side {
    /// "now", or the snapshot's label.
    pub label: String,
    /// The day its figures are computed for (the snapshot's date, or today).
    pub as_of: NaiveDate,
    pub digest: Digest,
}

/// How the live side of a comparison is loaded (on its own thread, while the other
/// side's document is read).
pub type Load<'a, E> = Box<dyn FnOnce() -> std::result::Result<Portfolio, E> + Send + 'a>;

/// What one side of a comparison is made from: the live portfolio, loaded when the
/// sides are read, or a stored snapshot's digest or document still to be read. `E` is
/// the caller's error, which the load gives and a refused text becomes.
pub enum Picture<'a, E> {
    Now {
        as_of: NaiveDate,
        load: Load<'a, E>,
    },
    Stored {
        label: String,
        as_of: NaiveDate,
        /// The snapshot's [`Digest`] as kept (`is_digest`), or else its JSON document.
        text: String,
        is_digest: bool,
    },
}

impl<E: From<ExchangeError>> Picture<'_, E> {
    /// The side: the portfolio loaded, or a stored text read (and let go of once read).
    pub fn into_side(self) -> std::result::Result<Side, E> {
        match self {
            Self::Now { as_of, load } => {
                let digest = Digest::taking(load()?);
                Ok(Side {
                    label: "now".into(),
                    as_of,
                    digest,
                })
            }
            Self::Stored {
                label,
                as_of,
                text,
                is_digest,
            } => {
                let digest = if is_digest {
                    Digest::read(&label, &text)?
                } else {
                    Digest::taking(portfolio_of(&label, &text)?)
                };
                crate::memory::done_with(text);
                Ok(Side {
                    digest,
                    label,
                    as_of,
                })
            }
        }
    }
}

/// Both sides of a comparison, read at once on two threads: reading a document of
/// 100,000 initiatives (112 MB of text) takes half a second on one thread, a digest of
/// them 11 MB and a tenth of that, loading the live portfolio a sixth of a second on two.
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
    let (before, after) = (&from.digest, &to.digest);
    let (matched, gone) = matched(&before.initiatives, &after.initiatives);
    let same_model = before.readiness == after.readiness;
    let mut result = Diff {
        from: from.label.clone(),
        to: to.label.clone(),
        initiatives_from: before.initiatives.len(),
        initiatives_to: after.initiatives.len(),
        new: Vec::new(),
        removed: Vec::new(),
        stopped: Vec::new(),
        phase_moves: Vec::new(),
        budget_changes: Vec::new(),
        readiness_changes: Vec::new(),
        health_changes: Vec::new(),
        assessed_from: before.assessment.as_ref().map(|a| a.assessed_on),
        assessed_to: after.assessment.as_ref().map(|a| a.assessed_on),
        assessment_changes: assessment_changes(
            before.assessment.as_ref(),
            after.assessment.as_ref(),
        )
        .into_iter()
        .map(|(assignment, old, new)| AssessmentChange {
            assignment: assignment.id(),
            from: old.map(AnswerStatus::id),
            to: new.map(AnswerStatus::id),
        })
        .collect(),
    };
    for (old, glance) in matched {
        let Some(old) = old else {
            result.new.push(glance.name.clone());
            continue;
        };
        if old.phase != glance.phase {
            if glance.phase == Phase::Stopped {
                result.stopped.push(glance.name.clone());
            }
            result.phase_moves.push(PhaseMove {
                name: glance.name.clone(),
                from: old.phase.id(),
                to: glance.phase.id(),
            });
        }
        if (old.innovation_cents, old.operation_cents)
            != (glance.innovation_cents, glance.operation_cents)
        {
            result.budget_changes.push(BudgetChange {
                name: glance.name.clone(),
                innovation_from_cents: old.innovation_cents,
                innovation_to_cents: glance.innovation_cents,
                operation_from_cents: old.operation_cents,
                operation_to_cents: glance.operation_cents,
            });
        }
        // The same ratings under the same model give the same verdict and score.
        let old_assessment = (!same_model || old.readiness != glance.readiness)
            .then(|| assess(&old.readiness, &before.readiness));
        let new_assessment = old_assessment
            .as_ref()
            .map(|_| assess(&glance.readiness, &after.readiness));
        if let (Some(old_assessment), Some(new_assessment)) = (old_assessment, new_assessment)
            && (old_assessment.verdict != new_assessment.verdict
                || old_assessment.score_bp != new_assessment.score_bp)
        {
            result.readiness_changes.push(VerdictChange {
                name: glance.name.clone(),
                from: verdict_id(old_assessment.verdict),
                to: verdict_id(new_assessment.verdict),
                score_from_bp: old_assessment.score_bp,
                score_to_bp: new_assessment.score_bp,
            });
        }
        if old.health != glance.health {
            result.health_changes.push(HealthChange {
                name: glance.name.clone(),
                from: old.health.as_ref().map(|(status, _)| status.id()),
                to: glance.health.as_ref().map(|(status, _)| status.id()),
                reason: glance
                    .health
                    .as_ref()
                    .map(|(_, reason)| reason.clone())
                    .unwrap_or_default(),
            });
        }
    }
    result.removed = gone.into_iter().map(|glance| glance.name.clone()).collect();
    result
}

/// Each initiative of `after` with the one of `before` of its id (`None`: new), in
/// `after`'s order, and those of `before` that `after` no longer holds, in `before`'s
/// order. Both in ascending id order (as loads and snapshots keep them): one pass side by
/// side; otherwise by a map of ids.
fn matched<'a>(
    before: &'a [Glance],
    after: &'a [Glance],
) -> (Vec<(Option<&'a Glance>, &'a Glance)>, Vec<&'a Glance>) {
    let ascending = |glances: &[Glance]| glances.is_sorted_by(|a, b| a.id < b.id);
    let mut matched = Vec::with_capacity(after.len());
    let mut gone = Vec::new();
    if ascending(before) && ascending(after) {
        let mut olds = before.iter().peekable();
        for glance in after {
            while let Some(old) = olds.next_if(|old| old.id < glance.id) {
                gone.push(old);
            }
            matched.push((olds.next_if(|old| old.id == glance.id), glance));
        }
        gone.extend(olds);
    } else {
        let by_id: std::collections::HashMap<InitiativeId, &Glance> =
            before.iter().map(|glance| (glance.id, glance)).collect();
        let after_ids: std::collections::HashSet<InitiativeId> =
            after.iter().map(|glance| glance.id).collect();
        matched.extend(
            after
                .iter()
                .map(|glance| (by_id.get(&glance.id).copied(), glance)),
        );
        gone.extend(
            before
                .iter()
                .filter(|glance| !after_ids.contains(&glance.id)),
        );
    }
    (matched, gone)
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
                text: content(portfolio, label, as_of),
                is_digest: false,
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
        assert_eq!(
            (live.label.as_str(), &live.digest),
            ("now", &Digest::of(&after))
        );
        let broken = |label: &str, is_digest: bool| Picture::Stored {
            label: label.into(),
            as_of: q4,
            text: "{\"format\": \"proeftuin-portfolio\"".into(),
            is_digest,
        };
        for (from, to) in [
            (stored("Q3", q3, &before), broken("kapot", false)),
            (broken("kapot", false), stored("Q3", q3, &before)),
            (stored("Q3", q3, &before), broken("kapot", true)),
            (broken("kapot", true), stored("Q3", q3, &before)),
        ] {
            let error = sides(from, to).map(drop).err().map(|e| e.to_string());
            assert!(
                error.as_deref().is_some_and(|e| e.contains("kapot")),
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

    /// A snapshot's digest compares as its document does: the digest taken with the
    /// snapshot is what its document gives when read back, and every kind of change is
    /// found the same from either.
    #[test]
    fn a_digest_compares_as_its_document_does() {
        let mut before = crate::demo::synthetic_portfolio(600, 7);
        for (index, initiative) in before.initiatives.iter_mut().enumerate() {
            initiative.id = i64::try_from(index).expect("an id") + 1;
        }
        let answer = |assignment, status| Answer {
            assignment,
            status,
            note: "zie \"verslag\"".into(),
            evidence: vec![1, 2],
        };
        before.assessments = vec![SelfAssessment {
            assessed_on: NaiveDate::from_ymd_opt(2026, 6, 30).expect("date"),
            answers: Assignment::ALL
                .iter()
                .map(|assignment| answer(*assignment, AnswerStatus::ALL[0]))
                .collect(),
        }];
        let mut after = before.clone();
        let mut next_id = after.initiatives.iter().map(|i| i.id).max().unwrap_or(0);
        // One change of each kind the comparison reports, and some of several.
        after.initiatives[0].phase = Phase::Stopped;
        after.initiatives[1].phase = Phase::Scaling;
        after.initiatives[2].budget_lines.push(BudgetLine {
            year: 2027,
            category: BudgetCategory::Innovation,
            planned_cents: 123_456,
            actual_cents: None,
            description: String::new(),
        });
        after.initiatives[3].readiness = ReadinessRatings([Some(2); 8]);
        after.initiatives[4].health_reports.push(HealthReport {
            period: "2026-K4".into(),
            reported_on: NaiveDate::from_ymd_opt(2026, 12, 1).expect("date"),
            status: Health::Red,
            reason: "leverancier failliet; \"nieuw\" contract\nnodig =1+1".into(),
        });
        after.initiatives.remove(5);
        let mut new = after.initiatives[6].clone();
        next_id += 1;
        new.id = next_id;
        new.name = "Nieuw: \u{1F600} \u{202e}".into();
        after.initiatives.push(new);
        after.settings.readiness.ready_threshold_pct = 60;
        let mut later = before.assessments[0].clone();
        later.assessed_on = NaiveDate::from_ymd_opt(2026, 12, 1).expect("date");
        later.answers.pop();
        later.answers[0] = answer(Assignment::ALL[0], AnswerStatus::ALL[1]);
        after.assessments.push(later);
        let q3 = NaiveDate::from_ymd_opt(2026, 9, 30).expect("date");
        let q4 = NaiveDate::from_ymd_opt(2026, 12, 31).expect("date");
        let picture = |label: &str, as_of, portfolio: &Portfolio, digest: bool| {
            let taken = take(portfolio, label, as_of);
            // The digest kept is the one its document gives when read back.
            let from_document =
                Digest::of(&portfolio_of(label, &taken.content).expect("the document reads"));
            assert_eq!(
                Digest::read(label, &taken.digest).expect("the digest reads"),
                from_document
            );
            assert_eq!(taken.initiatives, portfolio.initiatives.len());
            let side: Picture<'static, ExchangeError> = Picture::Stored {
                label: label.into(),
                as_of,
                text: if digest { taken.digest } else { taken.content },
                is_digest: digest,
            };
            side
        };
        let compare = |from_digest, to_digest| {
            let (from, to) = sides(
                picture("Q3", q3, &before, from_digest),
                picture("Q4", q4, &after, to_digest),
            )
            .expect("both read");
            diff(&from, &to)
        };
        let by_documents = compare(false, false);
        for (from_digest, to_digest) in [(true, true), (true, false), (false, true)] {
            assert_eq!(compare(from_digest, to_digest), by_documents);
        }
        assert_eq!(by_documents.stopped.len(), 1);
        assert!(by_documents.phase_moves.len() >= 2);
        assert!(!by_documents.budget_changes.is_empty());
        assert!(!by_documents.readiness_changes.is_empty());
        assert!(
            by_documents
                .health_changes
                .iter()
                .any(|change| change.reason.contains("failliet"))
        );
        assert_eq!((by_documents.new.len(), by_documents.removed.len()), (1, 1));
        assert_eq!(by_documents.new[0], "Nieuw: \u{1F600} \u{202e}");
        assert!(!by_documents.assessment_changes.is_empty());
        // Under the same readiness model only the initiative rated anew changes verdict.
        let mut same_model = after.clone();
        same_model.settings.readiness = before.settings.readiness.clone();
        let rated = &same_model.initiatives[3];
        assert_ne!(rated.readiness, before.initiatives[3].readiness);
        let (from, to) = sides(
            picture("Q3", q3, &before, true),
            picture("Q4", q4, &same_model, true),
        )
        .expect("both read");
        let changes = diff(&from, &to).readiness_changes;
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(
            (changes[0].name.as_str(), changes[0].to),
            (rated.name.as_str(), "ready")
        );
        // Taking the texts out of a portfolio gives the digest copying them gives.
        for portfolio in [&before, &after] {
            assert_eq!(Digest::taking(portfolio.clone()), Digest::of(portfolio));
        }
        // Initiatives out of id order are matched by id all the same, in their order.
        let side = |label: &str, portfolio: &Portfolio, reversed: bool| {
            let mut digest = Digest::of(portfolio);
            if reversed {
                digest.initiatives.reverse();
            }
            Side {
                label: label.into(),
                as_of: q4,
                digest,
            }
        };
        let in_order = diff(&side("Q3", &before, false), &side("Q4", &after, false));
        assert_eq!(in_order, by_documents);
        let mut reversed = diff(&side("Q3", &before, true), &side("Q4", &after, true));
        for list in [
            &mut reversed.new,
            &mut reversed.removed,
            &mut reversed.stopped,
        ] {
            list.reverse();
        }
        reversed.phase_moves.reverse();
        reversed.budget_changes.reverse();
        reversed.readiness_changes.reverse();
        reversed.health_changes.reverse();
        assert_eq!(reversed, by_documents);
        // The digest is a small part of the document.
        let taken = take(&before, "Q3", q3);
        assert!(
            taken.digest.len() * 4 < taken.content.len(),
            "{} of {}",
            taken.digest.len(),
            taken.content.len()
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
