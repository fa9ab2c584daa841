//! Writing a shared portfolio: PostgreSQL's steps for `store::ops` (`READ COMMITTED`,
//! with `SELECT … FOR UPDATE` where a read decides the write, so two users' writes queue
//! instead of overwriting), and bulk writes (a whole portfolio, a copy) as one statement
//! per table with arrays, not one round trip per row.

use chrono::NaiveDate;
use postgres::Transaction;
use postgres::types::ToSql;

use super::read::load;
use super::{Error, Result};
use crate::domain::*;
use crate::store::ops::{self, Record, Tx};
use crate::store::{Everything, StoreError};

/// Now, in UTC to the second (as the file keeps moments).
const NOW: &str = "date_trunc('second', now() AT TIME ZONE 'utc')";

fn int(value: u32) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

fn id_of<T: Copy>(value: Option<T>, id: fn(T) -> &'static str) -> Option<&'static str> {
    value.map(id)
}

/// The id of a department by name, created when new; a blank name is no department.
fn department_id(tx: &mut Transaction<'_>, name: Option<&str>) -> Result<Option<i64>> {
    let Some(name) = ops::department_name(name) else {
        return Ok(None);
    };
    named_id(tx, "department", &name).map(Some)
}

/// The id of a row of `table` (department, theme) by its unique name, created when new.
/// Two users adding the same name at once both get the one row.
fn named_id(tx: &mut Transaction<'_>, table: &str, name: &str) -> Result<i64> {
    let select = format!("SELECT id FROM {table} WHERE name = $1");
    if let Some(row) = tx.query_opt(&select, &[&name])? {
        return Ok(row.try_get(0)?);
    }
    let insert = format!(
        "INSERT INTO {table} (name) VALUES ($1) ON CONFLICT (name) DO NOTHING RETURNING id"
    );
    if let Some(row) = tx.query_opt(&insert, &[&name])? {
        return Ok(row.try_get(0)?);
    }
    Ok(tx.query_one(&select, &[&name])?.try_get(0)?)
}

/// The id for a new initiative (never one given before), or the sequence raised to a
/// kept one. The sequence's row lock makes two users' inserts take turns.
fn next_id(tx: &mut Transaction<'_>, kept: InitiativeId) -> Result<InitiativeId> {
    if kept > 0 {
        tx.execute(
            "UPDATE id_sequence SET last_id = greatest(last_id, $1) WHERE name = 'initiative'",
            &[&kept],
        )?;
        return Ok(kept);
    }
    Ok(tx
        .query_one(
            "UPDATE id_sequence
             SET last_id = greatest(last_id, (SELECT coalesce(max(id), 0) FROM initiative)) + 1
             WHERE name = 'initiative' RETURNING last_id",
            &[],
        )?
        .try_get(0)?)
}

/// The initiative columns after `id, row_version`, in the order of [`initiative_values`].
const INITIATIVE_COLUMNS: &str = "name, description, kind, department_id, owner, contact,
    start_date, end_date, quadrant, phase, phase_since, readiness_level, use_level, degree,
    innovation_type, technology_from, target_group, tech_level, management_model, organised,
    stop_reason, lessons_learned, notes";

/// One initiative's values for [`INITIATIVE_COLUMNS`].
struct InitiativeValues<'a> {
    text: [&'a str; 6],
    enums: [Option<&'static str>; 7],
    kind: &'static str,
    quadrant: &'static str,
    phase: &'static str,
    department_id: Option<i64>,
    dates: [Option<NaiveDate>; 3],
    levels: [Option<i32>; 2],
}

fn initiative_values(initiative: &Initiative, department_id: Option<i64>) -> InitiativeValues<'_> {
    let c = &initiative.characteristics;
    InitiativeValues {
        text: [
            &initiative.name,
            &initiative.description,
            &initiative.owner,
            &initiative.contact,
            &initiative.stop_reason,
            &initiative.lessons_learned,
        ],
        enums: [
            id_of(c.degree, Degree::id),
            id_of(c.innovation_type, InnovationType::id),
            id_of(c.technology_from, InsideOutside::id),
            id_of(c.target_group, InsideOutside::id),
            id_of(c.tech_level, TechLevel::id),
            id_of(c.management_model, ManagementModel::id),
            id_of(c.organised, Organised::id),
        ],
        kind: initiative.kind.id(),
        quadrant: initiative.quadrant.id(),
        phase: initiative.phase.id(),
        department_id,
        dates: [
            initiative.start_date,
            initiative.end_date,
            initiative.phase_since,
        ],
        levels: [
            initiative.readiness_level.map(i32::from),
            initiative.use_level.map(i32::from),
        ],
    }
}

impl InitiativeValues<'_> {
    /// The parameters in [`INITIATIVE_COLUMNS`] order (`notes` last, given apart).
    fn params<'p>(&'p self, notes: &'p String) -> Vec<&'p (dyn ToSql + Sync)> {
        vec![
            &self.text[0],
            &self.text[1],
            &self.kind,
            &self.department_id,
            &self.text[2],
            &self.text[3],
            &self.dates[0],
            &self.dates[1],
            &self.quadrant,
            &self.phase,
            &self.dates[2],
            &self.levels[0],
            &self.levels[1],
            &self.enums[0],
            &self.enums[1],
            &self.enums[2],
            &self.enums[3],
            &self.enums[4],
            &self.enums[5],
            &self.enums[6],
            &self.text[4],
            &self.text[5],
            notes,
        ]
    }
}

fn insert_initiative(tx: &mut Transaction<'_>, initiative: &Initiative) -> Result<Initiative> {
    let department = department_id(tx, initiative.department.as_deref())?;
    let id = next_id(tx, initiative.id)?;
    let row_version = initiative.row_version.max(1);
    let values = initiative_values(initiative, department);
    let mut params: Vec<&(dyn ToSql + Sync)> = vec![&id, &row_version];
    params.extend(values.params(&initiative.notes));
    let placeholders: Vec<String> = (1..=params.len()).map(|n| format!("${n}")).collect();
    tx.execute(
        &format!(
            "INSERT INTO initiative (id, row_version, {INITIATIVE_COLUMNS}, created_at, updated_at)
             VALUES ({}, {NOW}, {NOW})",
            placeholders.join(", ")
        ),
        &params,
    )?;
    insert_children(tx, id, initiative, true)?;
    let mut stored = initiative.clone();
    stored.id = id;
    stored.row_version = row_version;
    stored.department = ops::department_name(initiative.department.as_deref());
    Ok(stored)
}

fn update_initiative(tx: &mut Transaction<'_>, initiative: &Initiative) -> Result<Initiative> {
    let department = department_id(tx, initiative.department.as_deref())?;
    let values = initiative_values(initiative, department);
    let mut params: Vec<&(dyn ToSql + Sync)> = vec![&initiative.id, &initiative.row_version];
    params.extend(values.params(&initiative.notes));
    let assignments: Vec<String> = INITIATIVE_COLUMNS
        .split(',')
        .map(str::trim)
        .enumerate()
        .map(|(index, column)| format!("{column} = ${}", index + 3))
        .collect();
    let changed = tx.execute(
        &format!(
            "UPDATE initiative SET row_version = row_version + 1, {}, updated_at = {NOW}
             WHERE id = $1 AND row_version = $2",
            assignments.join(", ")
        ),
        &params,
    )?;
    if changed == 0 {
        let exists = tx
            .query_opt("SELECT id FROM initiative WHERE id = $1", &[&initiative.id])?
            .is_some();
        return Err(if exists {
            StoreError::Conflict {
                name: initiative.name.clone(),
            }
        } else {
            StoreError::Missing
        }
        .into());
    }
    for table in [
        "initiative_theme",
        "partner",
        "risk",
        "budget_line",
        "readiness_rating",
        "health_report",
    ] {
        tx.execute(
            &format!("DELETE FROM {table} WHERE initiative_id = $1"),
            &[&initiative.id],
        )?;
    }
    insert_children(tx, initiative.id, initiative, false)?;
    let mut stored = initiative.clone();
    stored.row_version += 1;
    stored.department = ops::department_name(initiative.department.as_deref());
    Ok(stored)
}

fn insert_children(
    tx: &mut Transaction<'_>,
    id: InitiativeId,
    initiative: &Initiative,
    with_history: bool,
) -> Result<()> {
    let mut themes: Vec<&str> = initiative
        .themes
        .iter()
        .map(|theme| theme.trim())
        .filter(|theme| !theme.is_empty())
        .collect();
    themes.sort_unstable();
    themes.dedup();
    for theme in themes {
        let theme_id = named_id(tx, "theme", theme)?;
        tx.execute(
            "INSERT INTO initiative_theme (initiative_id, theme_id) VALUES ($1, $2)",
            &[&id, &theme_id],
        )?;
    }
    for partner in &initiative.partners {
        tx.execute(
            "INSERT INTO partner (initiative_id, name, helix_role) VALUES ($1, $2, $3)",
            &[&id, &partner.name, &partner.helix_role.id()],
        )?;
    }
    for risk in &initiative.risks {
        tx.execute(
            "INSERT INTO risk (initiative_id, category, level, description, mitigation)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &id,
                &risk.category.id(),
                &risk.level.id(),
                &risk.description,
                &risk.mitigation,
            ],
        )?;
    }
    for line in &initiative.budget_lines {
        insert_budget_line(tx, Some(id), None, line)?;
    }
    for criterion in Criterion::ALL {
        if let Some(rating) = initiative.readiness.get(criterion) {
            tx.execute(
                "INSERT INTO readiness_rating (initiative_id, criterion, rating) VALUES ($1, $2, $3)",
                &[&id, &criterion.id(), &i32::from(rating)],
            )?;
        }
    }
    for report in &initiative.health_reports {
        tx.execute(
            "INSERT INTO health_report (initiative_id, period, reported_on, status, reason)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &id,
                &report.period,
                &report.reported_on,
                &report.status.id(),
                &report.reason,
            ],
        )?;
    }
    if with_history {
        for change in &initiative.phase_history {
            insert_phase_change(tx, id, change)?;
        }
    }
    Ok(())
}

fn insert_budget_line(
    tx: &mut Transaction<'_>,
    initiative_id: Option<i64>,
    department_id: Option<i64>,
    line: &BudgetLine,
) -> Result<()> {
    tx.execute(
        "INSERT INTO budget_line (initiative_id, department_id, year, category, planned_cents, actual_cents, description)
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        &[
            &initiative_id,
            &department_id,
            &line.year,
            &line.category.id(),
            &line.planned_cents,
            &line.actual_cents,
            &line.description,
        ],
    )?;
    Ok(())
}

fn insert_phase_change(
    tx: &mut Transaction<'_>,
    id: InitiativeId,
    change: &PhaseChange,
) -> Result<()> {
    tx.execute(
        "INSERT INTO phase_change (initiative_id, decided_on, from_phase, to_phase, decision, conditions, decider, rationale)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        &[
            &id,
            &change.decided_on,
            &change.from_phase.map(Phase::id),
            &change.to_phase.id(),
            &change.decision.id(),
            &change.conditions,
            &change.decider,
            &change.rationale,
        ],
    )?;
    Ok(())
}

fn write_settings(tx: &mut Transaction<'_>, settings: &PortfolioSettings) -> Result<()> {
    tx.execute(
        "UPDATE portfolio SET municipality = $1, is_demo = $2, target_innovation_share_bp = $3,
             stuck_threshold_months = $4, ready_threshold_pct = $5, conditional_threshold_pct = $6,
             backups_kept = $7 WHERE id = 1",
        &[
            &settings.municipality,
            &i32::from(settings.is_demo),
            &int(settings.target_innovation_share_bp),
            &int(settings.stuck_threshold_months),
            &int(settings.readiness.ready_threshold_pct),
            &int(settings.readiness.conditional_threshold_pct),
            &int(settings.backups_kept.clamp(1, 365)),
        ],
    )?;
    for criterion in Criterion::ALL {
        tx.execute(
            "INSERT INTO readiness_weight (criterion, weight) VALUES ($1, $2)
             ON CONFLICT (criterion) DO UPDATE SET weight = excluded.weight",
            &[
                &criterion.id(),
                &int(settings.readiness.weights[criterion.index()]),
            ],
        )?;
    }
    for quadrant in Quadrant::ALL {
        tx.execute(
            "INSERT INTO quadrant_target (quadrant, share_bp) VALUES ($1, $2)
             ON CONFLICT (quadrant) DO UPDATE SET share_bp = excluded.share_bp",
            &[
                &quadrant.id(),
                &int(settings.quadrant_targets_bp[quadrant.index()]),
            ],
        )?;
    }
    Ok(())
}

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
fn replace_portfolio(tx: &mut Transaction<'_>, portfolio: &Portfolio) -> Result<()> {
    // What belongs to an initiative goes with it (ON DELETE CASCADE).
    tx.batch_execute(
        "DELETE FROM budget_line; DELETE FROM initiative; DELETE FROM theme; DELETE FROM department;",
    )?;
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
        if let Some(id) = departments.get(&name) {
            return Ok(Some(*id));
        }
        let id = named_id(tx, "department", &name)?;
        departments.insert(name, id);
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
        let mut names: Vec<&str> = initiative
            .themes
            .iter()
            .map(|theme| theme.trim())
            .filter(|theme| !theme.is_empty())
            .collect();
        names.sort_unstable();
        names.dedup();
        for name in names {
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
    texts: [Vec<String>; 7],
    enums: [Vec<Option<&'static str>>; 7],
    required: [Vec<&'static str>; 3],
    departments: Vec<Option<i64>>,
    dates: [Vec<Option<NaiveDate>>; 3],
    levels: [Vec<Option<i32>>; 2],
}

impl InitiativeColumns {
    fn push(&mut self, id: i64, initiative: &Initiative, department: Option<i64>) {
        let values = initiative_values(initiative, department);
        self.ids.push(id);
        self.versions.push(initiative.row_version.max(1));
        for (column, text) in self.texts.iter_mut().zip(values.text) {
            column.push(text.to_string());
        }
        self.texts[6].push(initiative.notes.clone());
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
    }

    fn write(&self, tx: &mut Transaction<'_>) -> Result<()> {
        if self.ids.is_empty() {
            return Ok(());
        }
        Bulk {
            table: "initiative",
            columns: "id, row_version, name, description, owner, contact, stop_reason, lessons_learned, notes,
                degree, innovation_type, technology_from, target_group, tech_level, management_model, organised,
                kind, quadrant, phase, department_id, start_date, end_date, phase_since,
                readiness_level, use_level",
            types: &[
                "bigint[]", "bigint[]", "text[]", "text[]", "text[]", "text[]", "text[]",
                "text[]", "text[]", "text[]", "text[]", "text[]", "text[]", "text[]", "text[]",
                "text[]", "text[]", "text[]", "text[]", "bigint[]", "date[]", "date[]",
                "date[]", "int[]", "int[]",
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
    ratings: (Ids, Codes, Vec<i32>),
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
            phases.deciders.push(change.decider.clone());
            phases.rationales.push(change.rationale.clone());
        }
        for criterion in Criterion::ALL {
            if let Some(rating) = initiative.readiness.get(criterion) {
                self.ratings.0.push(id);
                self.ratings.1.push(criterion.id());
                self.ratings.2.push(i32::from(rating));
            }
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
            table: "readiness_rating",
            columns: "initiative_id, criterion, rating",
            types: &["bigint[]", "text[]", "int[]"],
            stamped: false,
        }
        .write(tx, &[&self.ratings.0, &self.ratings.1, &self.ratings.2])?;
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
    tx.batch_execute("DELETE FROM snapshot; DELETE FROM trash;")?;
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
            "INSERT INTO snapshot (id, label, taken_on, created_at, format_version, content)
             VALUES ($1, $2, $3, $4, $5, $6)",
            &[
                &snapshot.id,
                &snapshot.label,
                &snapshot.taken_on,
                &snapshot.created_at,
                &int(snapshot.format_version),
                &snapshot.content,
            ],
        )?;
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

/// PostgreSQL's steps of a write (`READ COMMITTED`; what a step reads to decide is
/// locked with `FOR UPDATE` until the commit).
impl Tx for Transaction<'_> {
    type Error = Error;

    fn initiative(&mut self, id: InitiativeId) -> Result<Option<Initiative>> {
        if self
            .query_opt("SELECT id FROM initiative WHERE id = $1 FOR UPDATE", &[&id])?
            .is_none()
        {
            return Ok(None);
        }
        Ok(load(self, Some(id))?.initiatives.into_iter().next())
    }

    fn insert_initiative(&mut self, initiative: &Initiative) -> Result<Initiative> {
        insert_initiative(self, initiative)
    }

    fn update_initiative(&mut self, initiative: &Initiative) -> Result<Initiative> {
        update_initiative(self, initiative)
    }

    fn replace_phase_history(&mut self, id: InitiativeId, history: &[PhaseChange]) -> Result<()> {
        self.execute("DELETE FROM phase_change WHERE initiative_id = $1", &[&id])?;
        for change in history {
            insert_phase_change(self, id, change)?;
        }
        Ok(())
    }

    fn insert_phase_change(&mut self, id: InitiativeId, change: &PhaseChange) -> Result<()> {
        insert_phase_change(self, id, change)
    }

    fn touch_phase(&mut self, id: InitiativeId, change: Option<&PhaseChange>) -> Result<()> {
        match change {
            Some(change) => self.execute(
                &format!(
                    "UPDATE initiative SET phase = $2, phase_since = $3, row_version = row_version + 1,
                         stop_reason = CASE WHEN $5 AND stop_reason = '' THEN $4 ELSE stop_reason END,
                         updated_at = {NOW}
                     WHERE id = $1"
                ),
                &[
                    &id,
                    &change.to_phase.id(),
                    &change.decided_on,
                    &change.rationale,
                    &ops::stops(change),
                ],
            )?,
            None => self.execute(
                &format!(
                    "UPDATE initiative SET row_version = row_version + 1, updated_at = {NOW} WHERE id = $1"
                ),
                &[&id],
            )?,
        };
        Ok(())
    }

    fn row_version(&mut self, id: InitiativeId) -> Result<Option<i64>> {
        Ok(self
            .query_opt(
                "SELECT row_version FROM initiative WHERE id = $1 FOR UPDATE",
                &[&id],
            )?
            .map(|row| row.try_get(0))
            .transpose()?)
    }

    fn initiative_count(&mut self) -> Result<i64> {
        Ok(self
            .query_one("SELECT count(*) FROM initiative", &[])?
            .try_get(0)?)
    }

    fn record(&mut self, user: &str, line: &Record<'_>) -> Result<()> {
        self.execute(
            &format!(
                "INSERT INTO audit (at, user_name, initiative_id, subject, action, field, old_value, new_value, source)
                 VALUES ({NOW}, $1, $2, $3, $4, $5, $6, $7, $8)"
            ),
            &[
                &user,
                &line.initiative_id,
                &line.subject,
                &line.action.id(),
                &line.field,
                &line.old,
                &line.new,
                &line.source,
            ],
        )?;
        Ok(())
    }

    fn put_in_trash(&mut self, user: &str, initiative: &Initiative, content: &str) -> Result<()> {
        self.execute(
            &format!(
                "INSERT INTO trash (initiative_id, name, deleted_at, deleted_by, content)
                 VALUES ($1, $2, {NOW}, $3, $4)
                 ON CONFLICT (initiative_id) DO UPDATE SET name = excluded.name,
                     deleted_at = excluded.deleted_at, deleted_by = excluded.deleted_by,
                     content = excluded.content"
            ),
            &[&initiative.id, &initiative.name, &user, &content],
        )?;
        self.execute("DELETE FROM initiative WHERE id = $1", &[&initiative.id])?;
        Ok(())
    }

    fn take_from_trash(&mut self, id: InitiativeId) -> Result<Option<String>> {
        Ok(self
            .query_opt(
                "DELETE FROM trash WHERE initiative_id = $1 RETURNING content",
                &[&id],
            )?
            .map(|row| row.try_get(0))
            .transpose()?)
    }

    fn clear_trash(&mut self) -> Result<usize> {
        Ok(usize::try_from(self.execute("DELETE FROM trash", &[])?).unwrap_or(0))
    }

    fn settings(&mut self) -> Result<PortfolioSettings> {
        super::read::load_settings(self, true)
    }

    fn write_settings(&mut self, settings: &PortfolioSettings) -> Result<()> {
        write_settings(self, settings)
    }

    fn department_position(&mut self, name: &str) -> Result<Option<Option<StartingPosition>>> {
        Ok(self
            .query_opt(
                "SELECT starting_position FROM department WHERE name = $1 FOR UPDATE",
                &[&name],
            )?
            .map(|row| {
                row.try_get::<_, Option<&str>>(0)
                    .map(|text| text.and_then(StartingPosition::from_id))
            })
            .transpose()?)
    }

    fn put_department(&mut self, department: &Department, overwrite: bool) -> Result<()> {
        let sql = if overwrite {
            "INSERT INTO department (name, starting_position) VALUES ($1, $2)
             ON CONFLICT (name) DO UPDATE SET starting_position = excluded.starting_position"
        } else {
            "INSERT INTO department (name, starting_position) VALUES ($1, $2)
             ON CONFLICT (name) DO NOTHING"
        };
        self.execute(
            sql,
            &[
                &department.name.trim(),
                &department.starting_position.map(StartingPosition::id),
            ],
        )?;
        Ok(())
    }

    fn replace_portfolio(&mut self, portfolio: &Portfolio) -> Result<()> {
        replace_portfolio(self, portfolio)
    }

    fn snapshot_exists(&mut self, label: &str) -> Result<bool> {
        Ok(self
            .query_opt("SELECT id FROM snapshot WHERE label = $1", &[&label])?
            .is_some())
    }

    fn insert_snapshot(
        &mut self,
        label: &str,
        taken_on: NaiveDate,
        format_version: u32,
        content: &str,
    ) -> Result<i64> {
        Ok(self
            .query_one(
                &format!(
                    "INSERT INTO snapshot (label, taken_on, created_at, format_version, content)
                     VALUES ($1, $2, {NOW}, $3, $4) RETURNING id"
                ),
                &[&label, &taken_on, &int(format_version), &content],
            )?
            .try_get(0)?)
    }

    fn delete_snapshot(&mut self, id: i64) -> Result<usize> {
        Ok(
            usize::try_from(self.execute("DELETE FROM snapshot WHERE id = $1", &[&id])?)
                .unwrap_or(0),
        )
    }
}
