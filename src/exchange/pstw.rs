//! Publishing for peers in the column layout of the European Commission's Public Sector
//! Tech Watch (PSTW) case dataset (CC-BY 4.0; docs/exchange-formats.md): the PSTW
//! headers first, in their order, then what PSTW has no column for in columns prefixed
//! `proeftuin_`. Semicolon-separated UTF-8 with a byte-order mark, as Dutch Excel reads
//! it. Personal fields (owner, contact, deciders) are written as the portfolio holds them:
//! the caller leaves them out (`Portfolio::without_personal_data`) unless asked for.

use std::io::Write;

use chrono::NaiveDate;

use super::{ExchangeError, Progress, Result, neutralise_formula};
use crate::domain::{InsideOutside, Phase, Portfolio};
use crate::i18n::Message;

/// The PSTW case dataset's columns, in its order (spelling as in its releases).
pub const PSTW_HEADERS: [&str; 21] = [
    "PSTW ID",
    "Name",
    "Description",
    "Geographical coverage (country)",
    "Geographical extent",
    "Responsible organisation",
    "Responsible organisation category",
    "Status",
    "Start Year",
    "End Year",
    "Date-updated",
    "Primary Technology",
    "Secondary Technology",
    "Application type",
    "Process type",
    "Functions of Government (COFOG level I/II)",
    "Interaction",
    "Cross Border",
    "Cross-sector",
    "Collaboration type",
    "Funding source",
];

/// What PSTW has no column for, after its columns.
pub const EXTRA_HEADERS: [&str; 22] = [
    "proeftuin_id",
    "proeftuin_kind",
    "proeftuin_quadrant",
    "proeftuin_phase",
    "proeftuin_phase_since",
    "proeftuin_department",
    "proeftuin_themes",
    "proeftuin_partners",
    "proeftuin_management_model",
    "proeftuin_innovation_planned_eur",
    "proeftuin_operation_planned_eur",
    "proeftuin_readiness_verdict",
    "proeftuin_readiness_score_pct",
    "proeftuin_gate_decisions",
    "proeftuin_latest_health",
    "proeftuin_lessons_learned",
    "proeftuin_stop_reason",
    "proeftuin_algoritmeregister",
    "proeftuin_owner",
    "proeftuin_contact",
    "proeftuin_published_by",
    "proeftuin_published_on",
];

/// The PSTW status of a phase.
pub fn status_of(phase: Phase) -> &'static str {
    match phase {
        Phase::Idea => "Planned",
        Phase::Preparation => "In development",
        Phase::Pilot | Phase::Evaluation => "Pilot",
        Phase::Scaling | Phase::Anchored => "Implemented",
        Phase::Stopped => "Not in use",
    }
}

/// The phase a PSTW status stands for (case and spacing ignored): the first phase of
/// those it covers, so pilot and evaluation read back as pilot, scaling and anchored as
/// scaling. A Proeftuin publication carries the exact phase in `proeftuin_phase`.
pub fn phase_of(status: &str) -> Option<Phase> {
    let folded: String = status
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    Some(match folded.as_str() {
        "planned" => Phase::Idea,
        "in development" | "in progress" => Phase::Preparation,
        "pilot" => Phase::Pilot,
        "implemented" | "in use" => Phase::Scaling,
        "not in use" | "discontinued" => Phase::Stopped,
        _ => return None,
    })
}

fn euros(cents: i64) -> String {
    let sign = if cents < 0 { "-" } else { "" };
    let cents = cents.unsigned_abs();
    format!("{sign}{}.{:02}", cents / 100, cents % 100)
}

fn year(date: Option<NaiveDate>) -> String {
    date.map(|date| chrono::Datelike::year(&date).to_string())
        .unwrap_or_default()
}

/// Write `portfolio`'s initiatives in the PSTW layout.
pub fn write(
    portfolio: &Portfolio,
    today: NaiveDate,
    progress: &Progress,
    out: &mut dyn Write,
) -> Result<()> {
    let failed = |error: csv::Error| {
        ExchangeError::Other(Message::new("io-other").with("detail", error.to_string()))
    };
    out.write_all("\u{feff}".as_bytes()).map_err(|error| {
        ExchangeError::Other(Message::new("io-other").with("detail", error.to_string()))
    })?;
    let mut writer = csv::WriterBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_writer(out);
    writer
        .write_record(PSTW_HEADERS.iter().chain(EXTRA_HEADERS.iter()))
        .map_err(failed)?;
    progress.set_total(portfolio.initiatives.len().max(1));
    let organisation = portfolio.settings.municipality.trim();
    for (index, initiative) in portfolio.initiatives.iter().enumerate() {
        if index % 1024 == 0 {
            progress.check()?;
        }
        progress.advance(1);
        let figures = crate::figures::initiative_figures(initiative, &portfolio.settings, today);
        let interaction = match initiative.characteristics.target_group {
            Some(InsideOutside::Outside) => "G2C",
            Some(InsideOutside::Inside) => "G2G",
            None => "",
        };
        let decisions: Vec<String> = initiative
            .phase_history
            .iter()
            .map(|change| {
                let mut text = format!(
                    "{} {}→{} {}",
                    change.decided_on,
                    change.from_phase.map_or("", Phase::id),
                    change.to_phase.id(),
                    change.decision.id()
                );
                if !change.decider.trim().is_empty() {
                    text.push_str(&format!(" ({})", change.decider.trim()));
                }
                if !change.rationale.trim().is_empty() {
                    text.push_str(&format!(": {}", change.rationale.trim()));
                }
                text
            })
            .collect();
        let partners: Vec<String> = initiative
            .partners
            .iter()
            .map(|partner| format!("{} ({})", partner.name.trim(), partner.helix_role.id()))
            .collect();
        let health = initiative
            .latest_health()
            .map(|report| {
                let mut text = format!("{} {}", report.period.trim(), report.status.id());
                if !report.reason.trim().is_empty() {
                    text.push_str(&format!(": {}", report.reason.trim()));
                }
                text
            })
            .unwrap_or_default();
        let cells: [String; 43] = [
            String::new(),
            initiative.name.clone(),
            initiative.description.clone(),
            "Netherlands".into(),
            "Local".into(),
            organisation.to_string(),
            "Local Government".into(),
            status_of(initiative.phase).into(),
            year(initiative.start_date),
            year(initiative.end_date),
            today.to_string(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            interaction.into(),
            "No".into(),
            String::new(),
            String::new(),
            String::new(),
            initiative.id.to_string(),
            initiative.kind.id().into(),
            initiative.quadrant.id().into(),
            initiative.phase.id().into(),
            initiative
                .phase_since
                .map(|date| date.to_string())
                .unwrap_or_default(),
            initiative
                .department
                .as_deref()
                .unwrap_or_default()
                .to_string(),
            initiative.themes.join(" | "),
            partners.join(" | "),
            initiative
                .characteristics
                .management_model
                .map_or("", |model| model.id())
                .into(),
            euros(figures.innovation_planned_cents),
            euros(figures.operation_planned_cents),
            figures.assessment.verdict.id().into(),
            figures
                .assessment
                .score_bp
                .map(|bp| format!("{}.{:02}", bp / 100, bp % 100))
                .unwrap_or_default(),
            decisions.join(" | "),
            health,
            initiative.lessons_learned.clone(),
            initiative.stop_reason.clone(),
            initiative.algorithm_register_url.clone(),
            initiative.owner.trim().to_string(),
            initiative.contact.trim().to_string(),
            organisation.to_string(),
            today.to_string(),
        ];
        writer
            .write_record(
                cells
                    .iter()
                    .map(|cell| neutralise_formula(cell).into_owned()),
            )
            .map_err(failed)?;
    }
    writer.flush().map_err(|error| {
        ExchangeError::Other(Message::new("io-other").with("detail", error.to_string()))
    })?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_phase_has_a_status_that_maps_back_to_its_group() {
        for phase in Phase::ALL {
            let back = phase_of(status_of(*phase)).expect("a known status");
            assert_eq!(status_of(back), status_of(*phase), "{phase:?}");
        }
        assert_eq!(phase_of("  IN   Development "), Some(Phase::Preparation));
        assert_eq!(phase_of("Pilot"), Some(Phase::Pilot));
        assert_eq!(phase_of("Implemented"), Some(Phase::Scaling));
        assert_eq!(phase_of("Not in use"), Some(Phase::Stopped));
        assert_eq!(phase_of("bijna klaar"), None);
    }

    #[test]
    fn the_header_is_pstw_first_then_proeftuin() {
        assert_eq!(PSTW_HEADERS.len() + EXTRA_HEADERS.len(), 43);
        assert!(EXTRA_HEADERS.iter().all(|h| h.starts_with("proeftuin_")));
        assert!(PSTW_HEADERS.iter().all(|h| !h.starts_with("proeftuin_")));
    }
}
