//! Bulk writes to a shared portfolio: a whole portfolio (the demo, an import into an
//! empty one) and a copy from another backend, as one `INSERT … SELECT FROM unnest(…)`
//! per table instead of one round trip per row (100,000 initiatives in seconds, not
//! minutes).

use chrono::NaiveDate;
use postgres::Transaction;
use postgres::types::ToSql;

use super::Result;
use super::write::{NOW, initiative_values, int, named_id, write_settings};
use crate::domain::*;
use crate::store::Everything;
use crate::store::ops;
/// Columns gathered row by row, written as one `INSERT … SELECT FROM unnest(…)`.
struct Bulk<'a> {
    table: &'a str,
    columns: &'a str,
    /// The array type of each column, in order (`bigint[]`, `text[]`, …).
    types: &'a [&'a str],
    /// Also set `created_at` and `updated_at` to now.
    stamped: bool,
}

impl Bulk<'_> {
    fn write(&self, tx: &mut Transaction<'_>, arrays: &[&(dyn ToSql + Sync)]) -> Result<()> {
        let casts: Vec<String> = self
            .types
            .iter()
            .enumerate()
            .map(|(index, kind)| format!("${}::{kind}", index + 1))
            .collect();
        let (columns, values) = if self.stamped {
            (", created_at, updated_at", format!(", {NOW}, {NOW}"))
        } else {
            ("", String::new())
        };
        tx.execute(
            &format!(
                "INSERT INTO {} ({}{columns}) SELECT rows.*{values} FROM unnest({}) AS rows",
                self.table,
                self.columns,
                casts.join(", ")
            ),
            arrays,
        )?;
        Ok(())
    }
}

/// Replace everything in the portfolio: one statement per table for the initiatives and
/// what they carry (100,000 initiatives in seconds, not minutes of round trips).
pub(super) fn replace_portfolio(tx: &mut Transaction<'_>, portfolio: &Portfolio) -> Result<()> {
    // What belongs to an initiative goes with it (ON DELETE CASCADE).
    tx.batch_execute(
        "DELETE FROM budget_line; DELETE FROM initiative; DELETE FROM theme; DELETE FROM department;
         DELETE FROM self_assessment;",
    )?;
    for assessment in &portfolio.assessments {
        super::write::write_assessment(tx, &assessment.normalised())?;
    }
    write_settings(tx, &portfolio.settings)?;
    let mut departments: std::collections::HashMap<String, i64> = Default::default();
    for department in &portfolio.departments {
        let id: i64 = tx
            .query_one(
                "INSERT INTO department (name, starting_position) VALUES ($1, $2) RETURNING id",
                &[
                    &department.name,
                    &department.starting_position.map(StartingPosition::id),
                ],
            )?
            .try_get(0)?;
        departments.insert(department.name.clone(), id);
    }
    let mut themes: std::collections::HashMap<String, i64> = Default::default();
    let mut theme_id = |tx: &mut Transaction<'_>, name: &str| -> Result<i64> {
        if let Some(id) = themes.get(name) {
            return Ok(*id);
        }
        let id = named_id(tx, "theme", name)?;
        themes.insert(name.to_string(), id);
        Ok(id)
    };
    for theme in &portfolio.themes {
        theme_id(tx, theme)?;
    }
    let mut department_of = |tx: &mut Transaction<'_>, name: Option<&str>| -> Result<Option<i64>> {
        let Some(name) = ops::department_name(name) else {
            return Ok(None);
        };
        if let Some(id) = departments.get(&*name) {
            return Ok(Some(*id));
        }
        let id = named_id(tx, "department", &name)?;
        departments.insert(name.to_string(), id);
        Ok(Some(id))
    };

    // Ids are kept; an initiative without one gets the next free.
    let mut next = portfolio
        .initiatives
        .iter()
        .map(|initiative| initiative.id)
        .max()
        .unwrap_or(0)
        .max(0);
    let mut initiative_rows = InitiativeColumns::default();
    let mut children = ChildColumns::default();
    for initiative in &portfolio.initiatives {
        let id = if initiative.id > 0 {
            initiative.id
        } else {
            next += 1;
            next
        };
        let department = department_of(tx, initiative.department.as_deref())?;
        initiative_rows.push(id, initiative, department);
        for name in super::write::theme_names(initiative) {
            let theme = theme_id(tx, name)?;
            children.themes.0.push(id);
            children.themes.1.push(theme);
        }
        children.push(id, initiative);
    }
    for baseline in &portfolio.baseline {
        let department = department_of(tx, Some(&baseline.department))?;
        children.budget.push(None, department, &baseline.line);
    }
    initiative_rows.write(tx)?;
    children.write(tx)?;
    tx.execute(
        "UPDATE id_sequence SET last_id = greatest(last_id, $1) WHERE name = 'initiative'",
        &[&next],
    )?;
    Ok(())
}

#[derive(Default)]
struct InitiativeColumns {
    ids: Vec<i64>,
    versions: Vec<i64>,
    texts: [Vec<String>; 8],
    enums: [Vec<Option<&'static str>>; 7],
    required: [Vec<&'static str>; 3],
    departments: Vec<Option<i64>>,
    dates: [Vec<Option<NaiveDate>>; 3],
    levels: [Vec<Option<i32>>; 2],
    ratings: [Vec<Option<i32>>; 8],
}

impl InitiativeColumns {
    fn push(&mut self, id: i64, initiative: &Initiative, department: Option<i64>) {
        let values = initiative_values(initiative, department);
        self.ids.push(id);
        self.versions.push(initiative.row_version.max(1));
        for (column, text) in self.texts.iter_mut().zip(values.text) {
            column.push(text.to_string());
        }
        self.texts[7].push(initiative.notes.clone());
        for (column, value) in self.enums.iter_mut().zip(values.enums) {
            column.push(value);
        }
        for (column, value) in
            self.required
                .iter_mut()
                .zip([values.kind, values.quadrant, values.phase])
        {
            column.push(value);
        }
        self.departments.push(department);
        for (column, value) in self.dates.iter_mut().zip(values.dates) {
            column.push(value);
        }
        for (column, value) in self.levels.iter_mut().zip(values.levels) {
            column.push(value);
        }
        for (column, value) in self.ratings.iter_mut().zip(values.ratings) {
            column.push(value);
        }
    }

    fn write(&self, tx: &mut Transaction<'_>) -> Result<()> {
        if self.ids.is_empty() {
            return Ok(());
        }
        Bulk {
            table: "initiative",
            columns: "id, row_version, name, description, owner, contact, stop_reason, lessons_learned,
                algorithm_register_url, notes,
                degree, innovation_type, technology_from, target_group, tech_level, management_model, organised,
                kind, quadrant, phase, department_id, start_date, end_date, phase_since,
                readiness_level, use_level, rating_public_value, rating_ethics_privacy,
                rating_structural_funding, rating_knowledge_capacity, rating_ownership,
                rating_integration_standards, rating_regulation, rating_collaboration_adoption",
            types: &[
                "bigint[]", "bigint[]", "text[]", "text[]", "text[]", "text[]", "text[]",
                "text[]", "text[]", "text[]", "text[]", "text[]", "text[]", "text[]", "text[]", "text[]",
                "text[]", "text[]", "text[]", "text[]", "bigint[]", "date[]", "date[]",
                "date[]", "int[]", "int[]", "int[]", "int[]", "int[]", "int[]", "int[]",
                "int[]", "int[]", "int[]",
            ],
            stamped: true,
        }
        .write(
            tx,
            &[
                &self.ids,
                &self.versions,
                &self.texts[0],
                &self.texts[1],
                &self.texts[2],
                &self.texts[3],
                &self.texts[4],
                &self.texts[5],
                &self.texts[6],
                &self.texts[7],
                &self.enums[0],
                &self.enums[1],
                &self.enums[2],
                &self.enums[3],
                &self.enums[4],
                &self.enums[5],
                &self.enums[6],
                &self.required[0],
                &self.required[1],
                &self.required[2],
                &self.departments,
                &self.dates[0],
                &self.dates[1],
                &self.dates[2],
                &self.levels[0],
                &self.levels[1],
                &self.ratings[0],
                &self.ratings[1],
                &self.ratings[2],
                &self.ratings[3],
                &self.ratings[4],
                &self.ratings[5],
                &self.ratings[6],
                &self.ratings[7],
            ],
        )?;
        Ok(())
    }
}

#[derive(Default)]
struct BudgetColumns {
    initiatives: Vec<Option<i64>>,
    departments: Vec<Option<i64>>,
    years: Vec<i32>,
    categories: Vec<&'static str>,
    planned: Vec<i64>,
    actual: Vec<Option<i64>>,
    descriptions: Vec<String>,
}

impl BudgetColumns {
    fn push(&mut self, initiative: Option<i64>, department: Option<i64>, line: &BudgetLine) {
        self.initiatives.push(initiative);
        self.departments.push(department);
        self.years.push(line.year);
        self.categories.push(line.category.id());
        self.planned.push(line.planned_cents);
        self.actual.push(line.actual_cents);
        self.descriptions.push(line.description.clone());
    }
}

/// One column per field of a child table: `(initiative ids, codes, …)`.
type Ids = Vec<i64>;
type Codes = Vec<&'static str>;
type Texts = Vec<String>;

#[derive(Default)]
struct PhaseColumns {
    initiatives: Ids,
    decided_on: Vec<NaiveDate>,
    from: Vec<Option<&'static str>>,
    to: Codes,
    decisions: Codes,
    conditions: Texts,
    deciders: Texts,
    rationales: Texts,
}

#[derive(Default)]
struct RiskColumns {
    initiatives: Ids,
    categories: Codes,
    levels: Codes,
    descriptions: Texts,
    mitigations: Texts,
}

#[derive(Default)]
struct HealthColumns {
    initiatives: Ids,
    periods: Texts,
    reported_on: Vec<NaiveDate>,
    statuses: Codes,
    reasons: Texts,
}

#[derive(Default)]
struct ChildColumns {
    themes: (Ids, Ids),
    budget: BudgetColumns,
    phases: PhaseColumns,
    partners: (Ids, Texts, Codes),
    risks: RiskColumns,
    health: HealthColumns,
}

impl ChildColumns {
    fn push(&mut self, id: i64, initiative: &Initiative) {
        for line in &initiative.budget_lines {
            self.budget.push(Some(id), None, line);
        }
        for change in &initiative.phase_history {
            let phases = &mut self.phases;
            phases.initiatives.push(id);
            phases.decided_on.push(change.decided_on);
            phases.from.push(change.from_phase.map(Phase::id));
            phases.to.push(change.to_phase.id());
            phases.decisions.push(change.decision.id());
            phases.conditions.push(change.conditions.clone());
            phases.deciders.push(change.decider.to_string());
            phases.rationales.push(change.rationale.clone());
        }
        for partner in &initiative.partners {
            self.partners.0.push(id);
            self.partners.1.push(partner.name.clone());
            self.partners.2.push(partner.helix_role.id());
        }
        for risk in &initiative.risks {
            let risks = &mut self.risks;
            risks.initiatives.push(id);
            risks.categories.push(risk.category.id());
            risks.levels.push(risk.level.id());
            risks.descriptions.push(risk.description.clone());
            risks.mitigations.push(risk.mitigation.clone());
        }
        for report in &initiative.health_reports {
            let health = &mut self.health;
            health.initiatives.push(id);
            health.periods.push(report.period.clone());
            health.reported_on.push(report.reported_on);
            health.statuses.push(report.status.id());
            health.reasons.push(report.reason.clone());
        }
    }

    fn write(&self, tx: &mut Transaction<'_>) -> Result<()> {
        Bulk {
            table: "initiative_theme",
            columns: "initiative_id, theme_id",
            types: &["bigint[]", "bigint[]"],
            stamped: false,
        }
        .write(tx, &[&self.themes.0, &self.themes.1])?;
        let b = &self.budget;
        Bulk {
            table: "budget_line",
            columns: "initiative_id, department_id, year, category, planned_cents, actual_cents, description",
            types: &["bigint[]", "bigint[]", "int[]", "text[]", "bigint[]", "bigint[]", "text[]"],
            stamped: false,
        }
        .write(
            tx,
            &[&b.initiatives, &b.departments, &b.years, &b.categories, &b.planned, &b.actual, &b.descriptions],
        )?;
        let p = &self.phases;
        Bulk {
            table: "phase_change",
            columns: "initiative_id, decided_on, from_phase, to_phase, decision, conditions, decider, rationale",
            types: &["bigint[]", "date[]", "text[]", "text[]", "text[]", "text[]", "text[]", "text[]"],
            stamped: false,
        }
        .write(
            tx,
            &[
                &p.initiatives,
                &p.decided_on,
                &p.from,
                &p.to,
                &p.decisions,
                &p.conditions,
                &p.deciders,
                &p.rationales,
            ],
        )?;
        Bulk {
            table: "partner",
            columns: "initiative_id, name, helix_role",
            types: &["bigint[]", "text[]", "text[]"],
            stamped: false,
        }
        .write(tx, &[&self.partners.0, &self.partners.1, &self.partners.2])?;
        let r = &self.risks;
        Bulk {
            table: "risk",
            columns: "initiative_id, category, level, description, mitigation",
            types: &["bigint[]", "text[]", "text[]", "text[]", "text[]"],
            stamped: false,
        }
        .write(
            tx,
            &[
                &r.initiatives,
                &r.categories,
                &r.levels,
                &r.descriptions,
                &r.mitigations,
            ],
        )?;
        let h = &self.health;
        Bulk {
            table: "health_report",
            columns: "initiative_id, period, reported_on, status, reason",
            types: &["bigint[]", "text[]", "date[]", "text[]", "text[]"],
            stamped: false,
        }
        .write(
            tx,
            &[
                &h.initiatives,
                &h.periods,
                &h.reported_on,
                &h.statuses,
                &h.reasons,
            ],
        )?;
        Ok(())
    }
}

/// Replace everything (a copy from another backend): the portfolio, its snapshots, trash
/// and audit log, the id sequence and the portfolio's creation moment, ids kept.
pub(super) fn put_everything(tx: &mut Transaction<'_>, all: &Everything) -> Result<()> {
    tx.batch_execute("DELETE FROM snapshot; DELETE FROM trash; DELETE FROM peer_case;")?;
    for case in &all.peers {
        crate::store::ops::Tx::put_peer_case(tx, case)?;
    }
    // The audit log is append-only for editors: a copy needs a target without one, or
    // the owner's rights.
    let logged: i64 = tx
        .query_one("SELECT count(*) FROM audit", &[])?
        .try_get(0)?;
    if logged > 0 {
        tx.execute("DELETE FROM audit", &[])?;
    }
    replace_portfolio(tx, &all.portfolio)?;
    tx.execute(
        "UPDATE portfolio SET created_at = $1 WHERE id = 1",
        &[&all.created_at],
    )?;
    tx.execute(
        "UPDATE id_sequence SET last_id = greatest(last_id, $1) WHERE name = 'initiative'",
        &[&all.last_id],
    )?;
    for snapshot in &all.snapshots {
        tx.execute(
            "INSERT INTO snapshot
                 (id, label, taken_on, created_at, format_version, content, initiatives)
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            &[
                &snapshot.id,
                &snapshot.label,
                &snapshot.taken_on,
                &snapshot.created_at,
                &int(snapshot.format_version),
                &snapshot.content,
                &i32::try_from(snapshot.initiatives).unwrap_or(i32::MAX),
            ],
        )?;
        if let Some((version, digest)) = &snapshot.digest {
            tx.execute(
                "INSERT INTO snapshot_digest (snapshot_id, version, digest) VALUES ($1, $2, $3)",
                &[&snapshot.id, &int(*version), digest],
            )?;
        }
    }
    for trashed in &all.trash {
        tx.execute(
            "INSERT INTO trash (initiative_id, name, deleted_at, deleted_by, content)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &trashed.entry.id,
                &trashed.entry.name,
                &trashed.entry.deleted_at,
                &trashed.entry.deleted_by,
                &trashed.content,
            ],
        )?;
    }
    let a = &all.audit;
    let column =
        |get: fn(&crate::store::AuditEntry) -> &str| -> Vec<&str> { a.iter().map(get).collect() };
    Bulk {
        table: "audit",
        columns: "id, at, user_name, initiative_id, subject, action, field, old_value, new_value, source",
        types: &["bigint[]", "timestamp[]", "text[]", "bigint[]", "text[]", "text[]", "text[]", "text[]", "text[]", "text[]"],
        stamped: false,
    }
    .write(
        tx,
        &[
            &a.iter().map(|entry| entry.id).collect::<Vec<_>>(),
            &a.iter().map(|entry| entry.at).collect::<Vec<_>>(),
            &column(|entry| &entry.user),
            &a.iter().map(|entry| entry.initiative_id).collect::<Vec<_>>(),
            &column(|entry| &entry.subject),
            &a.iter().map(|entry| entry.action.id()).collect::<Vec<_>>(),
            &column(|entry| &entry.field),
            &column(|entry| &entry.old),
            &column(|entry| &entry.new),
            &column(|entry| &entry.source),
        ],
    )?;
    // Identity columns continue after the ids copied in.
    for table in ["snapshot", "audit"] {
        tx.execute(
            &format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'),
                               greatest((SELECT coalesce(max(id), 0) FROM {table}), 1))"
            ),
            &[],
        )?;
    }
    Ok(())
}
