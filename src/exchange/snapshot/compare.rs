//! Comparing two pictures of the portfolio: what a comparison reads of each (the
//! [`Digest`], kept beside every snapshot's document), the comparison ([`diff`]) and its
//! text ([`diff_text`]).

use chrono::NaiveDate;
use serde::Serialize;

use super::super::{ExchangeError, Result};
use super::Side;
use crate::domain::*;
use crate::i18n::Message;

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
