//! `proeftuin summary` as text: the figures a director reads, from `figures::summarize`.

use std::io::Write;

pub(super) fn write_summary_text(
    summary: &crate::figures::Summary,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use crate::format::{Language, money_whole, percent_bp};
    let english = Language::English;
    writeln!(
        out,
        "{} — {} initiatives, as of {}",
        summary.municipality, summary.initiatives, summary.today
    )?;
    writeln!(out, "\nBy phase (count, planned innovation budget):")?;
    for phase in crate::domain::Phase::ALL {
        let entry = summary
            .by_phase
            .get(phase.id())
            .copied()
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<12} {:>6}  {:>16}",
            phase.id(),
            entry.count,
            money_whole(entry.innovation_cents, english)
        )?;
    }
    writeln!(out, "\nBy quadrant:")?;
    for quadrant in crate::domain::Quadrant::ALL {
        let entry = summary
            .by_quadrant
            .get(quadrant.id())
            .copied()
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<20} {:>6}  {:>16}",
            quadrant.id(),
            entry.count,
            money_whole(entry.innovation_cents, english)
        )?;
    }
    writeln!(
        out,
        "\nBudget per year (planned; target innovation share {}):",
        percent_bp(summary.target_innovation_share_bp, english)
    )?;
    for year in &summary.budget {
        let share = year
            .innovation_share_bp
            .map_or_else(|| "-".to_string(), |bp| percent_bp(bp, english));
        let marker = if year.year == summary.year {
            "  <- this year"
        } else {
            ""
        };
        writeln!(
            out,
            "  {}  operation {:>16}  innovation {:>16}  share {:>7}{marker}",
            year.year,
            money_whole(year.operation_cents, english),
            money_whole(year.innovation_cents, english),
            share
        )?;
    }
    let readiness = summary.readiness;
    writeln!(
        out,
        "\nScaling readiness: {} ready, {} conditionally ready, {} not ready, {} blocked, {} not assessed",
        readiness.ready,
        readiness.conditionally_ready,
        readiness.not_ready,
        readiness.blocked,
        readiness.not_assessed
    )?;
    let health = summary.health;
    writeln!(
        out,
        "Health: {} green, {} amber, {} red, {} without a report",
        health.green, health.amber, health.red, health.none
    )?;
    writeln!(
        out,
        "Stuck (pilot or evaluation for {} months or more): {}",
        summary.stuck_threshold_months,
        summary.stuck.len()
    )?;
    for name in &summary.stuck {
        writeln!(out, "  - {name}")?;
    }
    Ok(())
}
