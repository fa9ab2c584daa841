//! Status snapshots: a frozen, dated copy of the whole portfolio with its figures, and
//! the comparison of two of them (or of one with the live portfolio).

use crate::i18n::Message;
use chrono::NaiveDate;

use super::json::{self, PortfolioDocument, SnapshotInfo};
use super::{ExchangeError, Result};
use crate::domain::*;
use crate::figures::summarize;

mod compare;
pub use compare::{
    AssessmentChange, BudgetChange, DIGEST_VERSION, Diff, Digest, Glance, HealthChange, PhaseMove,
    VerdictChange, diff, diff_text,
};

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
