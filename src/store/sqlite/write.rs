//! Writing: one transaction per user action, `BEGIN IMMEDIATE` so two processes on one
//! file wait for each other instead of failing at the upgrade to a write.

use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

use super::history::{Record, initiative_in, move_to_trash, record, record_changes};
use super::read::date_text;
use super::{Result, SqliteStore, StoreError};
use crate::domain::*;
use crate::store::AuditAction;

impl SqliteStore {
    pub(super) fn begin(&mut self) -> Result<Transaction<'_>> {
        if self.read_only {
            return Err(StoreError::ReadOnly {
                path: self.path.clone(),
            }
            .into());
        }
        Ok(self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?)
    }

    /// Store a new initiative with everything it carries (history included); returns it
    /// with its new id and row version. A non-zero `id` is kept (used to undo a delete).
    pub(super) fn insert_initiative(&mut self, initiative: &Initiative) -> Result<Initiative> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let stored = insert_initiative_tx(&tx, initiative)?;
        record(&tx, &user, &Record::about(&stored, AuditAction::Created))?;
        tx.commit()?;
        Ok(stored)
    }

    /// Update an initiative's fields and lists (not its phase history, which only gate
    /// decisions extend). Refused when its row version changed since it was read.
    pub(super) fn update_initiative(&mut self, initiative: &Initiative) -> Result<Initiative> {
        self.write_initiative(initiative, false)
    }

    /// Put an initiative back as `state` (undo, redo): fields, lists and phase history.
    pub(super) fn revert_initiative(&mut self, state: &Initiative) -> Result<Initiative> {
        self.write_initiative(state, true)
    }

    /// An edit, recorded field by field in the audit log (old → new as stored).
    fn write_initiative(
        &mut self,
        initiative: &Initiative,
        with_history: bool,
    ) -> Result<Initiative> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let old = initiative_in(&tx, initiative.id)?;
        let stored = update_initiative_tx(&tx, initiative)?;
        if with_history {
            tx.execute(
                "DELETE FROM phase_change WHERE initiative_id = ?1",
                [initiative.id],
            )?;
            for change in &initiative.phase_history {
                insert_phase_change(&tx, initiative.id, change)?;
            }
        }
        if let (Some(old), Some(new)) = (old, initiative_in(&tx, initiative.id)?) {
            record_changes(&tx, &user, &old, &new)?;
        }
        tx.commit()?;
        Ok(stored)
    }

    /// A gate decision: record it in the phase history and move the initiative to the
    /// decision's phase (a "hold" keeps the phase but is recorded all the same).
    pub(super) fn change_phase(
        &mut self,
        id: InitiativeId,
        row_version: i64,
        change: &PhaseChange,
    ) -> Result<()> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let current: Option<(String, i64, String)> = tx
            .query_row(
                "SELECT phase, row_version, name FROM initiative WHERE id = ?1",
                [id],
                |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
            )
            .optional()?;
        let Some((phase_text, version, name)) = current else {
            return Err(StoreError::Missing.into());
        };
        if version != row_version {
            return Err(StoreError::Conflict { name }.into());
        }
        let from = Phase::from_id(&phase_text).unwrap_or(Phase::Idea);
        let moves = change.to_phase != from;
        if moves && !from.can_move_to(change.to_phase) {
            return Err(StoreError::PhaseChangeNotAllowed {
                from: from.id().into(),
                to: change.to_phase.id().into(),
            }
            .into());
        }
        insert_phase_change(&tx, id, change)?;
        record(
            &tx,
            &user,
            &Record {
                initiative_id: Some(id),
                subject: &name,
                action: AuditAction::Phase,
                field: "phase",
                old: from.id(),
                new: change.to_phase.id(),
                source: change.decision.id(),
            },
        )?;
        if moves {
            tx.execute(
                "UPDATE initiative SET phase = ?2, phase_since = ?3, row_version = row_version + 1,
                     stop_reason = CASE WHEN ?2 = 'stopped' AND stop_reason = '' THEN ?4 ELSE stop_reason END,
                     updated_at = datetime('now')
                 WHERE id = ?1",
                params![id, change.to_phase.id(), date_text(Some(change.decided_on)), change.rationale],
            )?;
        } else {
            tx.execute(
                "UPDATE initiative SET row_version = row_version + 1, updated_at = datetime('now') WHERE id = ?1",
                [id],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Move an initiative and everything that belongs to it to the trash, when it is
    /// still as it was at `row_version` (a change made elsewhere in between is a conflict).
    pub(super) fn delete_initiative(&mut self, id: InitiativeId, row_version: i64) -> Result<()> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let Some(current) = initiative_in(&tx, id)? else {
            return Err(StoreError::Missing.into());
        };
        if current.row_version != row_version {
            return Err(StoreError::Conflict { name: current.name }.into());
        }
        move_to_trash(&tx, &user, &current)?;
        tx.commit()?;
        Ok(())
    }

    /// Save the portfolio-wide settings and targets, when they are still as the user read
    /// them (`base`); each changed setting is recorded in the audit log.
    pub(super) fn save_settings(
        &mut self,
        base: &PortfolioSettings,
        settings: &PortfolioSettings,
    ) -> Result<()> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let stored = super::read::load_settings(&tx)?;
        if &stored != base {
            return Err(StoreError::SettingsChanged.into());
        }
        save_settings_tx(&tx, settings)?;
        for change in crate::domain::changes(&stored, settings) {
            record(
                &tx,
                &user,
                &Record {
                    initiative_id: None,
                    subject: "",
                    action: AuditAction::Settings,
                    field: change.field,
                    old: &change.old,
                    new: &change.new,
                    source: "",
                },
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Save the departments' starting positions (new names are added). A department the
    /// user changed must still be stored as they read it (`base`).
    pub(super) fn save_departments(
        &mut self,
        base: &[Department],
        departments: &[Department],
    ) -> Result<()> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let position_text = |position: Option<StartingPosition>| {
            position.map(StartingPosition::id).unwrap_or("").to_string()
        };
        for department in departments {
            let name = department.name.trim();
            let read = base
                .iter()
                .find(|read| read.name.trim() == name)
                .map(|read| read.starting_position);
            if read == Some(department.starting_position) {
                continue; // not changed by this user
            }
            let stored: Option<Option<String>> = tx
                .query_row(
                    "SELECT starting_position FROM department WHERE name = ?1",
                    [name],
                    |row| row.get(0),
                )
                .optional()?;
            let stored = stored.map(|text| text.as_deref().and_then(StartingPosition::from_id));
            // Changed elsewhere since it was read (or added elsewhere with its own position).
            let unchanged = match (read, stored) {
                (Some(read), Some(stored)) => read == stored,
                (None, Some(stored)) => stored.is_none() || stored == department.starting_position,
                (_, None) => true,
            };
            if !unchanged {
                return Err(StoreError::DepartmentChanged {
                    name: name.to_string(),
                }
                .into());
            }
            let old = position_text(stored.flatten());
            let new = position_text(department.starting_position);
            if old != new || stored.is_none() {
                record(
                    &tx,
                    &user,
                    &Record {
                        initiative_id: None,
                        subject: name,
                        action: AuditAction::Department,
                        field: "starting_position",
                        old: &old,
                        new: &new,
                        source: "",
                    },
                )?;
            }
            tx.execute(
                "INSERT INTO department (name, starting_position) VALUES (?1, ?2)
                 ON CONFLICT (name) DO UPDATE SET starting_position = excluded.starting_position",
                params![
                    department.name.trim(),
                    department.starting_position.map(StartingPosition::id)
                ],
            )?;
        }
        tx.commit()?;
        Ok(())
    }

    /// Write an import: one transaction, all or nothing. `progress` is called after each
    /// initiative with the number written; when it returns `false` (the user cancelled)
    /// the transaction is rolled back and nothing is written.
    pub(super) fn apply_import(
        &mut self,
        batch: &ImportBatch,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> Result<()> {
        self.conn.execute_batch("PRAGMA cache_size = -131072")?;
        let user = self.user.clone();
        let imported = |tx: &Transaction<'_>, initiative: &Initiative| {
            record(
                tx,
                &user,
                &Record {
                    source: &batch.source,
                    ..Record::about(initiative, AuditAction::Imported)
                },
            )
        };
        let result = (|| {
            let tx = self.begin()?;
            if let Some(portfolio) = &batch.replace {
                // Previewed against an empty portfolio: it must still be empty.
                let present: i64 =
                    tx.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?;
                if present > 0 {
                    return Err(StoreError::ChangedSincePreview.into());
                }
                replace_portfolio_in(&tx, portfolio)?;
                for initiative in &portfolio.initiatives {
                    imported(&tx, initiative)?;
                }
                if !progress(portfolio.initiatives.len()) {
                    return Err(StoreError::Cancelled.into());
                }
            }
            for department in &batch.departments {
                tx.execute(
                    "INSERT INTO department (name, starting_position) VALUES (?1, ?2)
                     ON CONFLICT (name) DO NOTHING",
                    params![
                        department.name.trim(),
                        department.starting_position.map(StartingPosition::id)
                    ],
                )?;
            }
            let mut written = 0usize;
            for initiative in &batch.create {
                let mut fresh = initiative.clone();
                fresh.id = 0;
                let stored = insert_initiative_tx(&tx, &fresh)?;
                imported(&tx, &stored)?;
                written += 1;
                if written.is_multiple_of(256) && !progress(written) {
                    return Err(StoreError::Cancelled.into());
                }
            }
            for initiative in &batch.update {
                let current: Option<i64> = tx
                    .query_row(
                        "SELECT row_version FROM initiative WHERE id = ?1",
                        [initiative.id],
                        |row| row.get(0),
                    )
                    .optional()?;
                // Previewed against this version: a change made elsewhere since the
                // preview refuses the whole import (it is previewed again).
                let Some(row_version) = current else {
                    return Err(StoreError::ChangedSincePreview.into());
                };
                if row_version != initiative.row_version {
                    return Err(StoreError::ChangedSincePreview.into());
                }
                let mut updated = initiative.clone();
                updated.row_version = row_version;
                update_initiative_tx(&tx, &updated)?;
                imported(&tx, &updated)?;
                if batch.replace_history {
                    tx.execute(
                        "DELETE FROM phase_change WHERE initiative_id = ?1",
                        [initiative.id],
                    )?;
                    for change in &initiative.phase_history {
                        insert_phase_change(&tx, initiative.id, change)?;
                    }
                }
                written += 1;
                if written.is_multiple_of(256) && !progress(written) {
                    return Err(StoreError::Cancelled.into());
                }
            }
            if !progress(written) {
                return Err(StoreError::Cancelled.into());
            }
            tx.commit()?;
            Ok(())
        })();
        self.conn.execute_batch("PRAGMA cache_size = -2000")?;
        result
    }

    /// Freeze a copy of the portfolio under `label`; `content` is the JSON document.
    pub(super) fn create_snapshot(
        &mut self,
        label: &str,
        taken_on: chrono::NaiveDate,
        format_version: u32,
        content: &str,
    ) -> Result<i64> {
        let label = label.trim();
        let tx = self.begin()?;
        let exists: Option<i64> = tx
            .query_row("SELECT id FROM snapshot WHERE label = ?1", [label], |row| {
                row.get(0)
            })
            .optional()?;
        if exists.is_some() {
            return Err(StoreError::SnapshotExists(label.to_string()).into());
        }
        tx.execute(
            "INSERT INTO snapshot (label, taken_on, created_at, format_version, content)
             VALUES (?1, ?2, datetime('now'), ?3, ?4)",
            params![label, date_text(Some(taken_on)), format_version, content],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Delete a snapshot.
    pub(super) fn delete_snapshot(&mut self, id: i64) -> Result<()> {
        let tx = self.begin()?;
        let changed = tx.execute("DELETE FROM snapshot WHERE id = ?1", [id])?;
        if changed == 0 {
            return Err(StoreError::NoSnapshot(id.to_string()).into());
        }
        tx.commit()?;
        Ok(())
    }

    /// Replace the whole portfolio (demo data, tests): one transaction, all or nothing.
    pub(super) fn replace_portfolio(&mut self, portfolio: &Portfolio) -> Result<()> {
        // A bulk write spills SQLite's default 2 MB page cache many times over; a larger
        // cache for this one transaction keeps the work in memory until the commit.
        self.conn.execute_batch("PRAGMA cache_size = -131072")?;
        let result = self.replace_portfolio_tx(portfolio);
        self.conn.execute_batch("PRAGMA cache_size = -2000")?;
        result
    }

    fn replace_portfolio_tx(&mut self, portfolio: &Portfolio) -> Result<()> {
        let user = self.user.clone();
        let tx = self.begin()?;
        replace_portfolio_in(&tx, portfolio)?;
        let count = portfolio.initiatives.len().to_string();
        record(
            &tx,
            &user,
            &Record {
                initiative_id: None,
                subject: &portfolio.settings.municipality,
                action: AuditAction::Replaced,
                field: "",
                old: "",
                new: &count,
                source: "",
            },
        )?;
        tx.commit()?;
        Ok(())
    }
}

/// Replace everything in the portfolio inside the caller's transaction.
fn replace_portfolio_in(tx: &Transaction<'_>, portfolio: &Portfolio) -> Result<()> {
    for table in [
        "initiative_theme",
        "phase_change",
        "budget_line",
        "readiness_rating",
        "partner",
        "risk",
        "health_report",
        "initiative",
        "theme",
        "department",
    ] {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    save_settings_tx(tx, &portfolio.settings)?;
    for department in &portfolio.departments {
        tx.execute(
            "INSERT INTO department (name, starting_position) VALUES (?1, ?2)",
            params![
                department.name,
                department.starting_position.map(StartingPosition::id)
            ],
        )?;
    }
    for theme in &portfolio.themes {
        tx.execute("INSERT OR IGNORE INTO theme (name) VALUES (?1)", [theme])?;
    }
    for initiative in &portfolio.initiatives {
        insert_initiative_tx(tx, initiative)?;
    }
    for baseline in &portfolio.baseline {
        let department_id = department_id(tx, Some(&baseline.department))?;
        insert_budget_line(tx, None, department_id, &baseline.line)?;
    }
    Ok(())
}

/// Update an initiative inside the caller's transaction (see `update_initiative`).
fn update_initiative_tx(tx: &Transaction<'_>, initiative: &Initiative) -> Result<Initiative> {
    let department_id = department_id(tx, initiative.department.as_deref())?;
    let changed = tx.execute(
        "UPDATE initiative SET row_version = row_version + 1, name = ?3, description = ?4, kind = ?5,
             department_id = ?6, owner = ?7, contact = ?8, start_date = ?9, end_date = ?10, quadrant = ?11,
             phase = ?12, phase_since = ?13, readiness_level = ?14, use_level = ?15, degree = ?16,
             innovation_type = ?17, technology_from = ?18, target_group = ?19, tech_level = ?20,
             management_model = ?21, organised = ?22, stop_reason = ?23, lessons_learned = ?24, notes = ?25,
             updated_at = datetime('now')
         WHERE id = ?1 AND row_version = ?2",
        params![
            initiative.id,
            initiative.row_version,
            initiative.name,
            initiative.description,
            initiative.kind.id(),
            department_id,
            initiative.owner,
            initiative.contact,
            date_text(initiative.start_date),
            date_text(initiative.end_date),
            initiative.quadrant.id(),
            initiative.phase.id(),
            date_text(initiative.phase_since),
            initiative.readiness_level,
            initiative.use_level,
            initiative.characteristics.degree.map(Degree::id),
            initiative.characteristics.innovation_type.map(InnovationType::id),
            initiative.characteristics.technology_from.map(InsideOutside::id),
            initiative.characteristics.target_group.map(InsideOutside::id),
            initiative.characteristics.tech_level.map(TechLevel::id),
            initiative.characteristics.management_model.map(ManagementModel::id),
            initiative.characteristics.organised.map(Organised::id),
            initiative.stop_reason,
            initiative.lessons_learned,
            initiative.notes,
        ],
    )?;
    if changed == 0 {
        let exists: Option<i64> = tx
            .query_row(
                "SELECT id FROM initiative WHERE id = ?1",
                [initiative.id],
                |row| row.get(0),
            )
            .optional()?;
        return Err(match exists {
            Some(_) => StoreError::Conflict {
                name: initiative.name.clone(),
            },
            None => StoreError::Missing,
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
            &format!("DELETE FROM {table} WHERE initiative_id = ?1"),
            [initiative.id],
        )?;
    }
    insert_children(tx, initiative.id, initiative, false)?;
    let mut stored = initiative.clone();
    stored.row_version += 1;
    stored.department = initiative
        .department
        .as_ref()
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty());
    Ok(stored)
}

fn save_settings_tx(tx: &Transaction<'_>, settings: &PortfolioSettings) -> Result<()> {
    tx.execute(
        "UPDATE portfolio SET municipality = ?1, is_demo = ?2, target_innovation_share_bp = ?3,
             stuck_threshold_months = ?4, ready_threshold_pct = ?5, conditional_threshold_pct = ?6,
             backups_kept = ?7 WHERE id = 1",
        params![
            settings.municipality,
            settings.is_demo,
            settings.target_innovation_share_bp,
            settings.stuck_threshold_months,
            settings.readiness.ready_threshold_pct,
            settings.readiness.conditional_threshold_pct,
            settings.backups_kept.clamp(1, 365),
        ],
    )?;
    for criterion in Criterion::ALL {
        tx.execute(
            "INSERT INTO readiness_weight (criterion, weight) VALUES (?1, ?2)
             ON CONFLICT (criterion) DO UPDATE SET weight = excluded.weight",
            params![
                criterion.id(),
                settings.readiness.weights[criterion.index()]
            ],
        )?;
    }
    for quadrant in Quadrant::ALL {
        tx.execute(
            "INSERT INTO quadrant_target (quadrant, share_bp) VALUES (?1, ?2)
             ON CONFLICT (quadrant) DO UPDATE SET share_bp = excluded.share_bp",
            params![
                quadrant.id(),
                settings.quadrant_targets_bp[quadrant.index()]
            ],
        )?;
    }
    Ok(())
}

/// The id of a department by name, created when new. Blank names mean "no department".
fn department_id(tx: &Transaction<'_>, name: Option<&str>) -> Result<Option<i64>> {
    let Some(name) = name.map(str::trim).filter(|name| !name.is_empty()) else {
        return Ok(None);
    };
    let mut select = tx.prepare_cached("SELECT id FROM department WHERE name = ?1")?;
    if let Some(id) = select.query_row([name], |row| row.get(0)).optional()? {
        return Ok(Some(id));
    }
    tx.prepare_cached("INSERT INTO department (name) VALUES (?1)")?
        .execute([name])?;
    Ok(Some(tx.last_insert_rowid()))
}

fn theme_id(tx: &Transaction<'_>, name: &str) -> Result<i64> {
    let mut select = tx.prepare_cached("SELECT id FROM theme WHERE name = ?1")?;
    if let Some(id) = select.query_row([name], |row| row.get(0)).optional()? {
        return Ok(id);
    }
    tx.prepare_cached("INSERT INTO theme (name) VALUES (?1)")?
        .execute([name])?;
    Ok(tx.last_insert_rowid())
}

pub(super) fn insert_initiative_tx(
    tx: &Transaction<'_>,
    initiative: &Initiative,
) -> Result<Initiative> {
    let department_id = department_id(tx, initiative.department.as_deref())?;
    // Ids are never given twice: a new initiative gets one above any ever given (the
    // sequence), a restored one keeps its own and raises the sequence to it.
    let id = if initiative.id > 0 {
        initiative.id
    } else {
        tx.prepare_cached(
            "SELECT max(last_id, (SELECT COALESCE(MAX(id), 0) FROM initiative)) + 1
             FROM id_sequence WHERE name = 'initiative'",
        )?
        .query_row([], |row| row.get::<_, i64>(0))?
    };
    tx.prepare_cached(
        "UPDATE id_sequence SET last_id = max(last_id, ?1) WHERE name = 'initiative'",
    )?
    .execute([id])?;
    let row_version = initiative.row_version.max(1);
    tx.prepare_cached(
        "INSERT INTO initiative (id, row_version, name, description, kind, department_id, owner, contact,
             start_date, end_date, quadrant, phase, phase_since, readiness_level, use_level, degree,
             innovation_type, technology_from, target_group, tech_level, management_model, organised,
             stop_reason, lessons_learned, notes, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                 ?21, ?22, ?23, ?24, ?25, datetime('now'), datetime('now'))",
    )?
    .execute(params![
        id,
        row_version,
        initiative.name,
        initiative.description,
        initiative.kind.id(),
        department_id,
        initiative.owner,
        initiative.contact,
        date_text(initiative.start_date),
        date_text(initiative.end_date),
        initiative.quadrant.id(),
        initiative.phase.id(),
        date_text(initiative.phase_since),
        initiative.readiness_level,
        initiative.use_level,
        initiative.characteristics.degree.map(Degree::id),
        initiative.characteristics.innovation_type.map(InnovationType::id),
        initiative.characteristics.technology_from.map(InsideOutside::id),
        initiative.characteristics.target_group.map(InsideOutside::id),
        initiative.characteristics.tech_level.map(TechLevel::id),
        initiative.characteristics.management_model.map(ManagementModel::id),
        initiative.characteristics.organised.map(Organised::id),
        initiative.stop_reason,
        initiative.lessons_learned,
        initiative.notes,
    ])?;
    let new_id = tx.last_insert_rowid();
    insert_children(tx, new_id, initiative, true)?;
    let mut stored = initiative.clone();
    stored.id = new_id;
    stored.row_version = row_version;
    stored.department = initiative
        .department
        .as_ref()
        .map(|name| name.trim().to_string())
        .filter(|name| !name.is_empty());
    Ok(stored)
}

fn insert_children(
    tx: &Transaction<'_>,
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
        let theme_id = theme_id(tx, theme)?;
        tx.prepare_cached(
            "INSERT INTO initiative_theme (initiative_id, theme_id) VALUES (?1, ?2)",
        )?
        .execute(params![id, theme_id])?;
    }
    for partner in &initiative.partners {
        tx.prepare_cached(
            "INSERT INTO partner (initiative_id, name, helix_role) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![id, partner.name, partner.helix_role.id()])?;
    }
    for risk in &initiative.risks {
        tx.prepare_cached(
            "INSERT INTO risk (initiative_id, category, level, description, mitigation) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![id, risk.category.id(), risk.level.id(), risk.description, risk.mitigation])?;
    }
    for line in &initiative.budget_lines {
        insert_budget_line(tx, Some(id), None, line)?;
    }
    for criterion in Criterion::ALL {
        if let Some(rating) = initiative.readiness.get(criterion) {
            tx.prepare_cached("INSERT INTO readiness_rating (initiative_id, criterion, rating) VALUES (?1, ?2, ?3)")?
                .execute(params![id, criterion.id(), rating])?;
        }
    }
    for report in &initiative.health_reports {
        tx.prepare_cached(
            "INSERT INTO health_report (initiative_id, period, reported_on, status, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?
        .execute(params![id, report.period, date_text(Some(report.reported_on)), report.status.id(), report.reason])?;
    }
    if with_history {
        for change in &initiative.phase_history {
            insert_phase_change(tx, id, change)?;
        }
    }
    Ok(())
}

fn insert_budget_line(
    tx: &Transaction<'_>,
    initiative_id: Option<i64>,
    department_id: Option<i64>,
    line: &BudgetLine,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO budget_line (initiative_id, department_id, year, category, planned_cents, actual_cents, description)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![
        initiative_id,
        department_id,
        line.year,
        line.category.id(),
        line.planned_cents,
        line.actual_cents,
        line.description,
    ])?;
    Ok(())
}

fn insert_phase_change(tx: &Transaction<'_>, id: InitiativeId, change: &PhaseChange) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO phase_change (initiative_id, decided_on, from_phase, to_phase, decision, conditions, decider, rationale)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?
    .execute(params![
        id,
        date_text(Some(change.decided_on)),
        change.from_phase.map(Phase::id),
        change.to_phase.id(),
        change.decision.id(),
        change.conditions,
        change.decider,
        change.rationale,
    ])?;
    Ok(())
}
