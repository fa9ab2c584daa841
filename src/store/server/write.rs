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
use crate::store::{NewSnapshot, StoreError};

/// Now, in UTC to the second (as the file keeps moments).
pub(super) const NOW: &str = "date_trunc('second', now() AT TIME ZONE 'utc')";

pub(super) fn int(value: u32) -> i32 {
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
pub(super) fn named_id(tx: &mut Transaction<'_>, table: &str, name: &str) -> Result<i64> {
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
const INITIATIVE_COLUMNS: &str = concat!(
    "name, description, kind, department_id, owner, contact,
    start_date, end_date, quadrant, phase, phase_since, readiness_level, use_level, degree,
    innovation_type, technology_from, target_group, tech_level, management_model, organised,
    stop_reason, lessons_learned, notes, algorithm_register_url, ",
    crate::store::rating_columns!()
);

/// One initiative's values for [`INITIATIVE_COLUMNS`].
pub(super) struct InitiativeValues<'a> {
    pub(super) text: [&'a str; 7],
    pub(super) enums: [Option<&'static str>; 7],
    pub(super) kind: &'static str,
    pub(super) quadrant: &'static str,
    pub(super) phase: &'static str,
    pub(super) department_id: Option<i64>,
    pub(super) dates: [Option<NaiveDate>; 3],
    pub(super) levels: [Option<i32>; 2],
    /// The readiness ratings, in the order of `Criterion::ALL`.
    pub(super) ratings: [Option<i32>; 8],
}

pub(super) fn initiative_values(
    initiative: &Initiative,
    department_id: Option<i64>,
) -> InitiativeValues<'_> {
    let c = &initiative.characteristics;
    InitiativeValues {
        text: [
            &initiative.name,
            &initiative.description,
            &initiative.owner,
            &initiative.contact,
            &initiative.stop_reason,
            &initiative.lessons_learned,
            &initiative.algorithm_register_url,
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
        ratings: initiative.readiness.0.map(|rating| rating.map(i32::from)),
    }
}

impl InitiativeValues<'_> {
    /// The parameters in [`INITIATIVE_COLUMNS`] order (`notes` given apart).
    fn params<'p>(&'p self, notes: &'p String) -> Vec<&'p (dyn ToSql + Sync)> {
        let mut params: Vec<&'p (dyn ToSql + Sync)> = vec![
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
            &self.text[6],
        ];
        params.extend(
            self.ratings
                .iter()
                .map(|rating| rating as &(dyn ToSql + Sync)),
        );
        params
    }
}

fn insert_initiative(
    tx: &mut Transaction<'_>,
    initiative: &Initiative,
    kept: Option<InitiativeId>,
) -> Result<(InitiativeId, i64)> {
    let department = department_id(tx, initiative.department.as_deref())?;
    let id = next_id(tx, kept.unwrap_or(0))?;
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
    Ok((id, row_version))
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
    for theme in theme_names(initiative) {
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
            &&*change.decider,
            &change.rationale,
        ],
    )?;
    Ok(())
}

pub(super) fn write_settings(tx: &mut Transaction<'_>, settings: &PortfolioSettings) -> Result<()> {
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
    tx.execute("DELETE FROM model_target", &[])?;
    if let Some(targets) = settings.model_targets_bp {
        for model in ManagementModel::ALL {
            tx.execute(
                "INSERT INTO model_target (model, share_bp) VALUES ($1, $2)",
                &[&model.id(), &int(targets[model.index()])],
            )?;
        }
    }
    Ok(())
}

/// PostgreSQL's steps of a write (`READ COMMITTED`; what a step reads to decide is
/// locked with `FOR UPDATE` until the commit).
impl Tx for Transaction<'_> {
    type Error = Error;

    fn write_assessment(&mut self, assessment: &crate::domain::SelfAssessment) -> Result<()> {
        write_assessment(self, assessment)
    }

    fn delete_assessment(&mut self, on: chrono::NaiveDate) -> Result<bool> {
        Ok(self.execute("DELETE FROM self_assessment WHERE assessed_on = $1", &[&on])? > 0)
    }

    fn peer_keys(&mut self) -> Result<std::collections::HashSet<String>> {
        Ok(self
            .query("SELECT case_key FROM peer_case", &[])?
            .into_iter()
            .map(|row| row.try_get::<_, String>(0))
            .collect::<std::result::Result<_, _>>()?)
    }

    fn put_peer_case(&mut self, case: &crate::domain::PeerCase) -> Result<()> {
        let themes = case.themes.join("|");
        self.execute(
            &format!(
                "INSERT INTO peer_case (case_key, source, organisation, country, name, description,
                     status, phase, quadrant, themes, start_year, end_year, technology, stop_reason,
                     lessons_learned, contact, imported_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, {NOW})
                 ON CONFLICT (case_key) DO UPDATE SET source = excluded.source,
                     organisation = excluded.organisation, country = excluded.country,
                     name = excluded.name, description = excluded.description,
                     status = excluded.status, phase = excluded.phase, quadrant = excluded.quadrant,
                     themes = excluded.themes, start_year = excluded.start_year,
                     end_year = excluded.end_year, technology = excluded.technology,
                     stop_reason = excluded.stop_reason, lessons_learned = excluded.lessons_learned,
                     contact = excluded.contact, imported_at = excluded.imported_at"
            ),
            &[
                &case.key,
                &case.source,
                &case.organisation,
                &case.country,
                &case.name,
                &case.description,
                &case.status,
                &case.phase.map(Phase::id),
                &case.quadrant.map(Quadrant::id),
                &themes,
                &case.start_year,
                &case.end_year,
                &case.technology,
                &case.stop_reason,
                &case.lessons_learned,
                &case.contact,
            ],
        )?;
        Ok(())
    }

    fn initiative(&mut self, id: InitiativeId) -> Result<Option<Initiative>> {
        if self
            .query_opt("SELECT id FROM initiative WHERE id = $1 FOR UPDATE", &[&id])?
            .is_none()
        {
            return Ok(None);
        }
        Ok(load(self, Some(id))?.initiatives.into_iter().next())
    }

    fn insert_initiative(
        &mut self,
        initiative: &Initiative,
        id: Option<InitiativeId>,
    ) -> Result<(InitiativeId, i64)> {
        insert_initiative(self, initiative, id)
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
        super::bulk::replace_portfolio(self, portfolio)
    }

    fn snapshot_exists(&mut self, label: &str) -> Result<bool> {
        Ok(self
            .query_opt("SELECT id FROM snapshot WHERE label = $1", &[&label])?
            .is_some())
    }

    fn insert_snapshot(&mut self, label: &str, snapshot: NewSnapshot<'_>) -> Result<i64> {
        let id: i64 = self
            .query_one(
                &format!(
                    "INSERT INTO snapshot
                         (label, taken_on, created_at, format_version, content, initiatives)
                     VALUES ($1, $2, {NOW}, $3, $4, $5) RETURNING id"
                ),
                &[
                    &label,
                    &snapshot.taken_on,
                    &int(snapshot.format_version),
                    &snapshot.content,
                    &i32::try_from(snapshot.initiatives).unwrap_or(i32::MAX),
                ],
            )?
            .try_get(0)?;
        self.execute(
            "INSERT INTO snapshot_digest (snapshot_id, version, digest) VALUES ($1, $2, $3)",
            &[&id, &int(snapshot.digest_version), &snapshot.digest],
        )?;
        Ok(id)
    }

    fn put_snapshot_digest(&mut self, id: i64, version: u32, digest: &str) -> Result<usize> {
        Ok(usize::try_from(self.execute(
            "INSERT INTO snapshot_digest (snapshot_id, version, digest)
             SELECT id, $2, $3 FROM snapshot WHERE id = $1
             ON CONFLICT (snapshot_id) DO UPDATE SET version = excluded.version,
                                                     digest = excluded.digest",
            &[&id, &int(version), &digest],
        )?)
        .unwrap_or(0))
    }

    fn delete_snapshot(&mut self, id: i64) -> Result<usize> {
        Ok(
            usize::try_from(self.execute("DELETE FROM snapshot WHERE id = $1", &[&id])?)
                .unwrap_or(0),
        )
    }
}

/// Keep a self-assessment, replacing the one of its date.
pub(super) fn write_assessment(
    tx: &mut Transaction<'_>,
    assessment: &crate::domain::SelfAssessment,
) -> Result<()> {
    tx.execute(
        "DELETE FROM self_assessment WHERE assessed_on = $1",
        &[&assessment.assessed_on],
    )?;
    for answer in &assessment.answers {
        tx.execute(
            "INSERT INTO self_assessment (assessed_on, assignment, status, note, evidence)
             VALUES ($1, $2, $3, $4, $5)",
            &[
                &assessment.assessed_on,
                &answer.assignment.id(),
                &answer.status.id(),
                &answer.note,
                &crate::domain::evidence_text(&answer.evidence),
            ],
        )?;
    }
    Ok(())
}

/// An initiative's themes as stored: trimmed, without empty ones, each once, in order.
pub(super) fn theme_names(initiative: &Initiative) -> Vec<&str> {
    let mut names: Vec<&str> = initiative
        .themes
        .iter()
        .map(|theme| theme.trim())
        .filter(|theme| !theme.is_empty())
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}
