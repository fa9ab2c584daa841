//! Reading a shared portfolio into domain types, inside one read-only `REPEATABLE READ`
//! transaction (one consistent picture while others write). Names sort byte for byte
//! (`COLLATE "C"`), as in the file, so both give the same portfolio in the same order.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{NaiveDate, NaiveDateTime};
use postgres::fallible_iterator::FallibleIterator;
use postgres::types::ToSql;
use postgres::{GenericClient, Row};

use super::Result;
use super::write::int;
use crate::domain::*;
use crate::store::load::{Interned, distribute};
use crate::store::{
    AuditAction, AuditEntry, AuditFilter, Everything, SnapshotEntry, StoreError, StoredSnapshot,
    TrashEntry, TrashedInitiative,
};

fn enum_or<T>(text: Option<&str>, parse: fn(&str) -> Option<T>) -> Option<T> {
    text.and_then(parse)
}

fn level(value: Option<i32>) -> Option<u8> {
    value.and_then(|value| u8::try_from(value).ok())
}

fn unsigned(value: i32) -> u32 {
    u32::try_from(value).unwrap_or(0)
}

/// How the file writes a moment (`datetime('now')`), so both backends show the same.
pub(super) fn moment_text(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%d %H:%M:%S").to_string()
}

/// Stream the rows of `sql` into `each` (no list of all rows in memory).
fn each_row(
    client: &mut impl GenericClient,
    sql: &str,
    params: &[&(dyn ToSql + Sync)],
    mut each: impl FnMut(&Row) -> Result<()>,
) -> Result<()> {
    let statement = client.prepare(sql)?;
    let mut rows = client.query_raw(&statement, params.iter().copied())?;
    while let Some(row) = rows.next()? {
        each(&row)?;
    }
    Ok(())
}

/// A child table's rows (its first column the initiative's id): for one initiative in
/// `order`, or for all in the order they were written (by initiative, then row id). With
/// no `order` (a table whose rows have no order) the server's order is taken.
///
/// For the whole portfolio the server does not sort: sorting half a million rows there
/// cost more than the whole scan; here they are put in order by two integers, and the
/// caller puts each initiative's few rows in date order.
fn children(
    client: &mut impl GenericClient,
    select: &str,
    order: Option<&str>,
    only: Option<InitiativeId>,
    mut each: impl FnMut(&Row) -> Result<()>,
) -> Result<()> {
    match (only, order) {
        (Some(id), Some(order)) => each_row(
            client,
            &format!("{select} WHERE initiative_id = $1 ORDER BY {order}"),
            &[&id],
            each,
        ),
        (Some(id), None) => each_row(
            client,
            &format!("{select} WHERE initiative_id = $1"),
            &[&id],
            each,
        ),
        (None, None) => each_row(client, select, &[], each),
        (None, Some(_)) => {
            let with_id = select.replacen(" FROM", ", id FROM", 1);
            let statement = client.prepare(&with_id)?;
            let last = statement.columns().len() - 1;
            let mut rows: Vec<(i64, i64, Row)> = Vec::new();
            let mut stream = client.query_raw(&statement, std::iter::empty::<i64>())?;
            while let Some(row) = stream.next()? {
                // The baseline (no initiative) first.
                let initiative = row.try_get::<_, Option<i64>>(0)?.unwrap_or(i64::MIN);
                rows.push((initiative, row.try_get(last)?, row));
            }
            rows.sort_unstable_by_key(|(initiative, id, _)| (*initiative, *id));
            for (_, _, row) in &rows {
                each(row)?;
            }
            Ok(())
        }
    }
}

pub(super) fn load_settings(
    client: &mut impl GenericClient,
    lock: bool,
) -> Result<PortfolioSettings> {
    let row = client.query_one(
        &format!(
            "SELECT municipality, is_demo, target_innovation_share_bp, stuck_threshold_months,
                    ready_threshold_pct, conditional_threshold_pct, backups_kept
             FROM portfolio WHERE id = 1{}",
            if lock { " FOR UPDATE" } else { "" }
        ),
        &[],
    )?;
    let mut settings = PortfolioSettings {
        municipality: row.try_get(0)?,
        is_demo: row.try_get::<_, i32>(1)? != 0,
        target_innovation_share_bp: unsigned(row.try_get(2)?),
        stuck_threshold_months: unsigned(row.try_get(3)?),
        readiness: ReadinessSettings {
            weights: [1; 8],
            ready_threshold_pct: unsigned(row.try_get(4)?),
            conditional_threshold_pct: unsigned(row.try_get(5)?),
        },
        quadrant_targets_bp: [2500; 4],
        backups_kept: unsigned(row.try_get(6)?),
        model_targets_bp: None,
    };
    for row in client.query("SELECT criterion, weight FROM readiness_weight", &[])? {
        if let Some(criterion) = enum_or(row.try_get(0)?, Criterion::from_id) {
            settings.readiness.weights[criterion.index()] = unsigned(row.try_get(1)?);
        }
    }
    for row in client.query("SELECT quadrant, share_bp FROM quadrant_target", &[])? {
        if let Some(quadrant) = enum_or(row.try_get(0)?, Quadrant::from_id) {
            settings.quadrant_targets_bp[quadrant.index()] = unsigned(row.try_get(1)?);
        }
    }
    let mut models = [0u32; 3];
    let mut found = 0;
    for row in client.query("SELECT model, share_bp FROM model_target", &[])? {
        if let Some(model) = enum_or(row.try_get(0)?, ManagementModel::from_id) {
            models[model.index()] = unsigned(row.try_get(1)?);
            found += 1;
        }
    }
    // The target is set as a whole (all three rows) or not at all.
    settings.model_targets_bp = (found == ManagementModel::ALL.len()).then_some(models);
    Ok(settings)
}

/// The whole portfolio, or (`only`) one initiative with what it carries.
pub(super) fn load(
    client: &mut impl GenericClient,
    only: Option<InitiativeId>,
) -> Result<Portfolio> {
    let settings = load_settings(client, false)?;
    let mut departments = Vec::new();
    // Each name once, shared by its initiatives.
    let mut department_names: HashMap<i64, Arc<str>> = HashMap::new();
    each_row(
        client,
        "SELECT id, name, starting_position FROM department ORDER BY name COLLATE \"C\"",
        &[],
        |row| {
            let name: String = row.try_get(1)?;
            department_names.insert(row.try_get(0)?, name.as_str().into());
            departments.push(Department {
                name,
                starting_position: enum_or(row.try_get(2)?, StartingPosition::from_id),
            });
            Ok(())
        },
    )?;
    let mut themes = Vec::new();
    let mut theme_names: HashMap<i64, Arc<str>> = HashMap::new();
    each_row(
        client,
        "SELECT id, name FROM theme ORDER BY name COLLATE \"C\"",
        &[],
        |row| {
            let name: String = row.try_get(1)?;
            theme_names.insert(row.try_get(0)?, name.as_str().into());
            themes.push(name);
            Ok(())
        },
    )?;

    let mut initiatives: Vec<Initiative> = Vec::new();
    let mut ids: Vec<i64> = Vec::new();
    let select = concat!(
        "SELECT id, row_version, name, description, kind, department_id, owner, contact,
                start_date, end_date, quadrant, phase, phase_since, readiness_level, use_level,
                degree, innovation_type, technology_from, target_group, tech_level,
                management_model, organised, stop_reason, lessons_learned, notes,
                algorithm_register_url, ",
        crate::store::rating_columns!(),
        " FROM initiative"
    );
    let each = |row: &Row| -> Result<()> {
        let initiative = initiative_from_row(row, &department_names)?;
        ids.push(initiative.id);
        initiatives.push(initiative);
        Ok(())
    };
    match only {
        Some(id) => each_row(client, &format!("{select} WHERE id = $1"), &[&id], each)?,
        None => each_row(client, &format!("{select} ORDER BY id"), &[], each)?,
    }
    let index_of = |id: i64| ids.binary_search(&id).ok();

    let mut gathered = Vec::new();
    children(
        client,
        "SELECT initiative_id, theme_id FROM initiative_theme",
        None,
        only,
        |row| {
            if let (Some(index), Some(name)) = (
                index_of(row.try_get(0)?),
                theme_names.get(&row.try_get::<_, i64>(1)?),
            ) {
                gathered.push((index, name.clone()));
            }
            Ok(())
        },
    )?;
    distribute(gathered, &mut initiatives, |initiative| {
        &mut initiative.themes
    });
    for initiative in &mut initiatives {
        initiative.themes.sort();
    }

    let mut gathered = Vec::new();
    let mut deciders = Interned::default();
    children(
        client,
        "SELECT initiative_id, decided_on, from_phase, to_phase, decision, conditions, decider, rationale
         FROM phase_change",
        Some("decided_on, id"),
        only,
        |row| {
            let Some(index) = index_of(row.try_get(0)?) else {
                return Ok(());
            };
            let (Some(to_phase), Some(decision)) = (
                enum_or(row.try_get(3)?, Phase::from_id),
                enum_or(row.try_get(4)?, GateDecision::from_id),
            ) else {
                return Ok(());
            };
            gathered.push((index, PhaseChange {
                decided_on: row.try_get(1)?,
                from_phase: enum_or(row.try_get(2)?, Phase::from_id),
                to_phase,
                decision,
                conditions: row.try_get(5)?,
                decider: deciders.get(row.try_get(6)?),
                rationale: row.try_get(7)?,
            }));
            Ok(())
        },
    )?;
    distribute(gathered, &mut initiatives, |initiative| {
        &mut initiative.phase_history
    });

    let mut baseline = Vec::new();
    let mut lines = Vec::new();
    let budget_select = "SELECT initiative_id, department_id, year, category, planned_cents, actual_cents, description
         FROM budget_line";
    let mut each_line = |row: &Row| -> Result<()> {
        let Some(category) = enum_or(row.try_get(3)?, BudgetCategory::from_id) else {
            return Ok(());
        };
        let line = BudgetLine {
            year: row.try_get(2)?,
            category,
            planned_cents: row.try_get(4)?,
            actual_cents: row.try_get(5)?,
            description: row.try_get(6)?,
        };
        match row.try_get::<_, Option<i64>>(0)? {
            Some(initiative_id) => {
                if let Some(index) = index_of(initiative_id) {
                    lines.push((index, line));
                }
            }
            None => {
                let department = row
                    .try_get::<_, Option<i64>>(1)?
                    .and_then(|id| department_names.get(&id).map(|name| name.to_string()))
                    .unwrap_or_default();
                baseline.push(BaselineLine { department, line });
            }
        }
        Ok(())
    };
    // The baseline (no initiative) only belongs in a load of the whole portfolio.
    children(
        client,
        budget_select,
        Some("year, category, id"),
        only,
        &mut each_line,
    )?;
    distribute(lines, &mut initiatives, |initiative| {
        &mut initiative.budget_lines
    });

    let mut gathered = Vec::new();
    children(
        client,
        "SELECT initiative_id, name, helix_role FROM partner",
        Some("id"),
        only,
        |row| {
            if let (Some(index), Some(helix_role)) = (
                index_of(row.try_get(0)?),
                enum_or(row.try_get(2)?, HelixRole::from_id),
            ) {
                gathered.push((
                    index,
                    Partner {
                        name: row.try_get(1)?,
                        helix_role,
                    },
                ));
            }
            Ok(())
        },
    )?;
    distribute(gathered, &mut initiatives, |initiative| {
        &mut initiative.partners
    });

    let mut gathered = Vec::new();
    children(
        client,
        "SELECT initiative_id, category, level, description, mitigation FROM risk",
        Some("id"),
        only,
        |row| {
            if let (Some(index), Some(category), Some(level)) = (
                index_of(row.try_get(0)?),
                enum_or(row.try_get(1)?, RiskCategory::from_id),
                enum_or(row.try_get(2)?, RiskLevel::from_id),
            ) {
                gathered.push((
                    index,
                    Risk {
                        category,
                        level,
                        description: row.try_get(3)?,
                        mitigation: row.try_get(4)?,
                    },
                ));
            }
            Ok(())
        },
    )?;
    distribute(gathered, &mut initiatives, |initiative| {
        &mut initiative.risks
    });

    let mut gathered = Vec::new();
    children(
        client,
        "SELECT initiative_id, period, reported_on, status, reason FROM health_report",
        Some("reported_on, id"),
        only,
        |row| {
            if let (Some(index), Some(status)) = (
                index_of(row.try_get(0)?),
                enum_or(row.try_get(3)?, Health::from_id),
            ) {
                gathered.push((
                    index,
                    HealthReport {
                        period: row.try_get(1)?,
                        reported_on: row.try_get(2)?,
                        status,
                        reason: row.try_get(4)?,
                    },
                ));
            }
            Ok(())
        },
    )?;
    distribute(gathered, &mut initiatives, |initiative| {
        &mut initiative.health_reports
    });

    // In the order written: stable sorts give (date, id) order, as in the file.
    let key = |line: &BudgetLine| (line.year, line.category.id());
    for initiative in &mut initiatives {
        initiative
            .phase_history
            .sort_by_key(|change| change.decided_on);
        initiative.budget_lines.sort_by(|a, b| key(a).cmp(&key(b)));
        initiative
            .health_reports
            .sort_by_key(|report| report.reported_on);
    }
    baseline.sort_by(|a, b| key(&a.line).cmp(&key(&b.line)));
    // The self-assessments, like the baseline, belong in a load of the whole portfolio.
    let assessments = if only.is_none() {
        let rows = client
            .query(
                "SELECT assessed_on, assignment, status, note, evidence FROM self_assessment",
                &[],
            )?
            .iter()
            .map(|row| {
                Ok((
                    row.try_get(0)?,
                    row.try_get(1)?,
                    row.try_get(2)?,
                    row.try_get(3)?,
                    row.try_get(4)?,
                ))
            })
            .collect::<Result<Vec<_>>>()?;
        crate::domain::assessments_from_rows(rows)
    } else {
        Vec::new()
    };
    Ok(Portfolio {
        settings,
        departments,
        themes,
        initiatives,
        baseline,
        assessments,
    })
}

fn initiative_from_row(row: &Row, departments: &HashMap<i64, Arc<str>>) -> Result<Initiative> {
    let department_id: Option<i64> = row.try_get(5)?;
    let date = |index: usize| row.try_get::<_, Option<NaiveDate>>(index);
    let mut readiness = ReadinessRatings::default();
    for criterion in Criterion::ALL {
        readiness.set(criterion, level(row.try_get(26 + criterion.index())?));
    }
    Ok(Initiative {
        id: row.try_get(0)?,
        row_version: row.try_get(1)?,
        name: row.try_get(2)?,
        description: row.try_get(3)?,
        kind: enum_or(row.try_get(4)?, Kind::from_id).unwrap_or(Kind::Pilot),
        department: department_id.and_then(|id| departments.get(&id).cloned()),
        owner: row.try_get(6)?,
        contact: row.try_get(7)?,
        start_date: date(8)?,
        end_date: date(9)?,
        quadrant: enum_or(row.try_get(10)?, Quadrant::from_id)
            .unwrap_or(Quadrant::DigitalGovernment),
        phase: enum_or(row.try_get(11)?, Phase::from_id).unwrap_or(Phase::Idea),
        phase_since: date(12)?,
        readiness,
        readiness_level: level(row.try_get(13)?),
        use_level: level(row.try_get(14)?),
        characteristics: Characteristics {
            degree: enum_or(row.try_get(15)?, Degree::from_id),
            innovation_type: enum_or(row.try_get(16)?, InnovationType::from_id),
            technology_from: enum_or(row.try_get(17)?, InsideOutside::from_id),
            target_group: enum_or(row.try_get(18)?, InsideOutside::from_id),
            tech_level: enum_or(row.try_get(19)?, TechLevel::from_id),
            management_model: enum_or(row.try_get(20)?, ManagementModel::from_id),
            organised: enum_or(row.try_get(21)?, Organised::from_id),
        },
        themes: thin_vec::ThinVec::new(),
        partners: thin_vec::ThinVec::new(),
        risks: thin_vec::ThinVec::new(),
        budget_lines: Vec::new(),
        phase_history: Vec::new(),
        health_reports: thin_vec::ThinVec::new(),
        stop_reason: row.try_get(22)?,
        lessons_learned: row.try_get(23)?,
        notes: row.try_get(24)?,
        algorithm_register_url: row.try_get(25)?,
    })
}

/// How many initiatives a snapshot's document holds: its own column, kept with the
/// document when the snapshot was written.
const SNAPSHOT_COUNT: &str = "initiatives";

fn snapshot_entry(row: &Row) -> Result<SnapshotEntry> {
    Ok(SnapshotEntry {
        id: row.try_get(0)?,
        label: row.try_get(1)?,
        taken_on: row.try_get(2)?,
        created_at: moment_text(row.try_get(3)?),
        initiatives: usize::try_from(row.try_get::<_, i32>(4)?).unwrap_or(0),
    })
}

pub(super) fn snapshots(client: &mut postgres::Transaction<'_>) -> Result<Vec<SnapshotEntry>> {
    client
        .query(
            &format!(
                "SELECT id, label, taken_on, created_at, {SNAPSHOT_COUNT}
                 FROM snapshot ORDER BY taken_on DESC, id DESC"
            ),
            &[],
        )?
        .iter()
        .map(snapshot_entry)
        .collect()
}

pub(super) fn snapshot(
    client: &mut postgres::Transaction<'_>,
    id_or_label: &str,
) -> Result<(SnapshotEntry, String)> {
    let entry = find_snapshot(client, id_or_label)?;
    let content = client
        .query_one("SELECT content FROM snapshot WHERE id = $1", &[&entry.id])?
        .try_get(0)?;
    Ok((entry, content))
}

/// A snapshot as a comparison reads it: its digest of `digest_version` when one is kept,
/// otherwise its document (in the caller's one read transaction).
pub(super) fn snapshot_for_comparison(
    client: &mut postgres::Transaction<'_>,
    id_or_label: &str,
    digest_version: u32,
) -> Result<crate::store::SnapshotForComparison> {
    let entry = find_snapshot(client, id_or_label)?;
    let digest = client.query_opt(
        "SELECT digest FROM snapshot_digest WHERE snapshot_id = $1 AND version = $2",
        &[&entry.id, &int(digest_version)],
    )?;
    let (text, is_digest) = match digest {
        Some(row) => (row.try_get(0)?, true),
        None => (
            client
                .query_one("SELECT content FROM snapshot WHERE id = $1", &[&entry.id])?
                .try_get(0)?,
            false,
        ),
    };
    Ok(crate::store::SnapshotForComparison {
        entry,
        text,
        is_digest,
    })
}

/// A snapshot's entry by label, or else by id (a label that reads as another snapshot's
/// id finds the labelled one).
fn find_snapshot(
    client: &mut postgres::Transaction<'_>,
    id_or_label: &str,
) -> Result<SnapshotEntry> {
    let by_id: Option<i64> = id_or_label.trim().parse().ok();
    let label = id_or_label.trim();
    let row = client
        .query_opt(
            &format!(
                "SELECT id, label, taken_on, created_at, {SNAPSHOT_COUNT}
                 FROM snapshot WHERE label = $1 OR id = $2
                 ORDER BY (label = $1) DESC LIMIT 1"
            ),
            &[&label, &by_id],
        )?
        .ok_or_else(|| StoreError::NoSnapshot(id_or_label.to_string()))?;
    snapshot_entry(&row)
}

pub(super) fn trash(client: &mut postgres::Transaction<'_>) -> Result<Vec<TrashEntry>> {
    client
        .query(
            "SELECT initiative_id, name, deleted_at, deleted_by FROM trash
             ORDER BY deleted_at DESC, initiative_id DESC",
            &[],
        )?
        .iter()
        .map(|row| {
            Ok(TrashEntry {
                id: row.try_get(0)?,
                name: row.try_get(1)?,
                deleted_at: row.try_get(2)?,
                deleted_by: row.try_get(3)?,
            })
        })
        .collect()
}

pub(super) fn audit(
    client: &mut postgres::Transaction<'_>,
    filter: AuditFilter,
) -> Result<Vec<AuditEntry>> {
    let since = filter.since.and_then(|day| day.and_hms_opt(0, 0, 0));
    let mut entries = Vec::new();
    each_row(
        client,
        "SELECT id, at, user_name, initiative_id, subject, action, field, old_value, new_value, source
         FROM audit
         WHERE ($1::bigint IS NULL OR initiative_id = $1) AND ($2::timestamp IS NULL OR at >= $2)
         ORDER BY id",
        &[&filter.initiative, &since],
        |row| {
            entries.push(AuditEntry {
                id: row.try_get(0)?,
                at: row.try_get(1)?,
                user: row.try_get(2)?,
                initiative_id: row.try_get(3)?,
                subject: row.try_get(4)?,
                action: AuditAction::from_id(row.try_get(5)?).unwrap_or(AuditAction::Changed),
                field: row.try_get(6)?,
                old: row.try_get(7)?,
                new: row.try_get(8)?,
                source: row.try_get(9)?,
            });
            Ok(())
        },
    )?;
    Ok(entries)
}

/// Everything the portfolio holds, for a copy to another backend.
pub(super) fn everything(client: &mut postgres::Transaction<'_>) -> Result<Everything> {
    let portfolio = load(client, None)?;
    let snapshots = client
        .query(
            "SELECT s.id, s.label, s.taken_on, s.created_at, s.format_version, s.initiatives,
                    s.content, d.version, d.digest
             FROM snapshot s LEFT JOIN snapshot_digest d ON d.snapshot_id = s.id
             ORDER BY s.id",
            &[],
        )?
        .iter()
        .map(|row| {
            Ok(StoredSnapshot {
                id: row.try_get(0)?,
                label: row.try_get(1)?,
                taken_on: row.try_get(2)?,
                created_at: row.try_get(3)?,
                format_version: u32::try_from(row.try_get::<_, i32>(4)?).unwrap_or(1),
                initiatives: usize::try_from(row.try_get::<_, i32>(5)?).unwrap_or(0),
                content: row.try_get(6)?,
                digest: match row.try_get::<_, Option<i32>>(7)? {
                    Some(version) => Some((u32::try_from(version).unwrap_or(0), row.try_get(8)?)),
                    None => None,
                },
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let trash = client
        .query(
            "SELECT initiative_id, name, deleted_at, deleted_by, content FROM trash ORDER BY initiative_id",
            &[],
        )?
        .iter()
        .map(|row| {
            Ok(TrashedInitiative {
                entry: TrashEntry {
                    id: row.try_get(0)?,
                    name: row.try_get(1)?,
                    deleted_at: row.try_get(2)?,
                    deleted_by: row.try_get(3)?,
                },
                content: row.try_get(4)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let audit = audit(client, AuditFilter::default())?;
    let last_id: i64 = client
        .query_opt(
            "SELECT last_id FROM id_sequence WHERE name = 'initiative'",
            &[],
        )?
        .map(|row| row.try_get(0))
        .transpose()?
        .unwrap_or(0);
    let created_at: NaiveDateTime = client
        .query_one("SELECT created_at FROM portfolio WHERE id = 1", &[])?
        .try_get(0)?;
    let peers = peer_cases(client)?;
    Ok(Everything {
        portfolio,
        snapshots,
        trash,
        audit,
        last_id,
        created_at,
        peers,
    })
}

/// The peer library, by organisation, then name (sorted here, byte for byte, as the file
/// backend sorts it).
pub(super) fn peer_cases(client: &mut impl GenericClient) -> Result<Vec<PeerCase>> {
    let mut cases = client
        .query(
            "SELECT case_key, source, organisation, country, name, description, status, phase,
                    quadrant, themes, start_year, end_year, technology, stop_reason,
                    lessons_learned, contact
             FROM peer_case",
            &[],
        )?
        .iter()
        .map(|row| {
            let themes: String = row.try_get(9)?;
            Ok(PeerCase {
                key: row.try_get(0)?,
                source: row.try_get(1)?,
                organisation: row.try_get(2)?,
                country: row.try_get(3)?,
                name: row.try_get(4)?,
                description: row.try_get(5)?,
                status: row.try_get(6)?,
                phase: enum_or(row.try_get(7)?, Phase::from_id),
                quadrant: enum_or(row.try_get(8)?, Quadrant::from_id),
                themes: crate::domain::split_peer_themes(&themes),
                start_year: row.try_get(10)?,
                end_year: row.try_get(11)?,
                technology: row.try_get(12)?,
                stop_reason: row.try_get(13)?,
                lessons_learned: row.try_get(14)?,
                contact: row.try_get(15)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    crate::domain::sort_peer_cases(&mut cases);
    Ok(cases)
}
