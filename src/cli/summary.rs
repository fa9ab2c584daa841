//! `proeftuin summary` as text: the figures a director reads, from `figures::summarize`.

use std::io::Write;

use crate::i18n::{I18n, arg};

pub(super) fn write_summary_text(
    summary: &crate::figures::Summary,
    tr: &I18n,
    out: &mut dyn Write,
) -> anyhow::Result<()> {
    use crate::format::{date, money_whole, percent_bp};
    let language = tr.language();
    writeln!(
        out,
        "{}",
        tr.f(
            "summary-title",
            &[
                ("municipality", arg(&summary.municipality)),
                ("count", summary.initiatives.into()),
                ("date", arg(date(summary.today, language))),
            ]
        )
    )?;
    writeln!(out, "\n{}", tr.t("summary-by-phase"))?;
    for phase in crate::domain::Phase::ALL {
        let entry = summary
            .by_phase
            .get(phase.id())
            .copied()
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<16} {:>6}  {:>16}",
            tr.name("phase", phase.id()),
            entry.count,
            money_whole(entry.innovation_cents, language)
        )?;
    }
    writeln!(out, "\n{}", tr.t("summary-by-quadrant"))?;
    for quadrant in crate::domain::Quadrant::ALL {
        let entry = summary
            .by_quadrant
            .get(quadrant.id())
            .copied()
            .unwrap_or_default();
        writeln!(
            out,
            "  {:<20} {:>6}  {:>16}",
            tr.name("quadrant", quadrant.id()),
            entry.count,
            money_whole(entry.innovation_cents, language)
        )?;
    }
    writeln!(
        out,
        "\n{}",
        tr.f(
            "summary-budget",
            &[(
                "target",
                arg(percent_bp(summary.target_innovation_share_bp, language))
            )]
        )
    )?;
    for year in &summary.budget {
        let share = year
            .innovation_share_bp
            .map_or_else(|| "-".to_string(), |bp| percent_bp(bp, language));
        let marker = if year.year == summary.year {
            format!("  {}", tr.t("summary-this-year"))
        } else {
            String::new()
        };
        writeln!(
            out,
            "  {}{marker}",
            tr.f(
                "summary-year",
                &[
                    ("year", arg(year.year.to_string())),
                    (
                        "operation",
                        arg(format!(
                            "{:>16}",
                            money_whole(year.operation_cents, language)
                        ))
                    ),
                    (
                        "innovation",
                        arg(format!(
                            "{:>16}",
                            money_whole(year.innovation_cents, language)
                        ))
                    ),
                    ("share", arg(format!("{share:>7}"))),
                ]
            )
        )?;
    }
    let readiness = summary.readiness;
    writeln!(
        out,
        "\n{}",
        tr.f(
            "summary-readiness",
            &[
                ("ready", readiness.ready.into()),
                ("conditional", readiness.conditionally_ready.into()),
                ("not_ready", readiness.not_ready.into()),
                ("blocked", readiness.blocked.into()),
                ("not_assessed", readiness.not_assessed.into()),
            ]
        )
    )?;
    let health = summary.health;
    writeln!(
        out,
        "{}",
        tr.f(
            "summary-health",
            &[
                ("green", health.green.into()),
                ("amber", health.amber.into()),
                ("red", health.red.into()),
                ("none", health.none.into()),
            ]
        )
    )?;
    writeln!(
        out,
        "{}",
        tr.f(
            "summary-stuck",
            &[
                ("months", summary.stuck_threshold_months.into()),
                ("count", summary.stuck.len().into()),
            ]
        )
    )?;
    for name in &summary.stuck {
        writeln!(out, "  - {name}")?;
    }
    Ok(())
}
