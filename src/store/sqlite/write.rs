//! Writing: one transaction per user action, `BEGIN IMMEDIATE` so two processes on one
//! file wait for each other instead of failing at the upgrade to a write. What each write
//! checks and records is `store::ops`, shared with the server backend; this module gives
//! it SQLite's steps ([`Tx`] for a [`Writing`], one rusqlite transaction).

use rusqlite::{Connection, OptionalExtension, Transaction, TransactionBehavior, params};

use super::history::initiative_in;
use super::read::date_text;
use super::writing::{Held, Writing, initiative_columns};
use super::{Error, Result, SqliteStore, StoreError};
use crate::domain::*;
use crate::store::NewSnapshot;
use crate::store::ops::{self, Record, Tx};

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

    /// Run `op` as one write transaction: committed when it succeeds, rolled back when not.
    pub(super) fn write<T>(
        &mut self,
        op: impl FnOnce(&mut Writing<'_>, &str) -> Result<T>,
    ) -> Result<T> {
        let user = self.user.clone();
        let tx = self.begin()?;
        let value = {
            let mut writing = Writing::new(&tx);
            let value = op(&mut writing, &user)?;
            writing.finish()?;
            value
        };
        tx.commit()?;
        Ok(value)
    }

    /// A bulk write with a larger page cache for its one transaction (SQLite's default
    /// 2 MB spills many times over at 100,000 initiatives).
    pub(super) fn write_bulk<T>(
        &mut self,
        op: impl FnOnce(&mut Writing<'_>, &str) -> Result<T>,
    ) -> Result<T> {
        self.conn.execute_batch("PRAGMA cache_size = -16384")?;
        let result = self.write(op);
        self.conn.execute_batch("PRAGMA cache_size = -2000")?;
        result
    }

    pub(super) fn insert_initiative(&mut self, initiative: &Initiative) -> Result<Initiative> {
        self.write(|tx, user| ops::insert(tx, user, initiative))
    }

    pub(super) fn update_initiative(&mut self, initiative: &Initiative) -> Result<Initiative> {
        self.write(|tx, user| ops::write_initiative(tx, user, initiative, false))
    }

    pub(super) fn revert_initiative(&mut self, state: &Initiative) -> Result<Initiative> {
        self.write(|tx, user| ops::write_initiative(tx, user, state, true))
    }

    pub(super) fn change_phase(
        &mut self,
        id: InitiativeId,
        row_version: i64,
        change: &PhaseChange,
    ) -> Result<()> {
        self.write(|tx, user| ops::change_phase(tx, user, id, row_version, change))
    }

    pub(super) fn delete_initiative(&mut self, id: InitiativeId, row_version: i64) -> Result<()> {
        self.write(|tx, user| ops::delete(tx, user, id, row_version))
    }

    pub(super) fn save_settings(
        &mut self,
        base: &PortfolioSettings,
        settings: &PortfolioSettings,
    ) -> Result<()> {
        self.write(|tx, user| ops::save_settings(tx, user, base, settings))
    }

    pub(super) fn save_departments(
        &mut self,
        base: &[Department],
        departments: &[Department],
    ) -> Result<()> {
        self.write(|tx, user| ops::save_departments(tx, user, base, departments))
    }

    pub(super) fn apply_import(
        &mut self,
        batch: &ImportBatch,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> Result<()> {
        self.write_bulk(|tx, user| ops::apply_import(tx, user, batch, progress))
    }

    pub(super) fn create_snapshot(&mut self, snapshot: NewSnapshot<'_>) -> Result<i64> {
        self.write(|tx, _| ops::create_snapshot(tx, snapshot))
    }

    pub(super) fn delete_snapshot(&mut self, id: i64) -> Result<()> {
        self.write(|tx, _| ops::delete_snapshot(tx, id))
    }

    pub(super) fn keep_snapshot_digest(
        &mut self,
        id: i64,
        version: u32,
        digest: &str,
    ) -> Result<()> {
        self.write(|tx, _| ops::keep_snapshot_digest(tx, id, version, digest))
    }

    pub(super) fn replace_portfolio(&mut self, portfolio: &Portfolio) -> Result<()> {
        self.write_bulk(|tx, user| ops::replace_portfolio(tx, user, portfolio))
    }

    pub(super) fn restore_from_trash(&mut self, id: InitiativeId) -> Result<Initiative> {
        self.write(|tx, user| ops::restore_from_trash(tx, user, id))
    }

    pub(super) fn empty_trash(&mut self) -> Result<usize> {
        self.write(|tx, user| ops::empty_trash(tx, user))
    }

    pub(super) fn record_backup_restored(&mut self, from: &str) -> Result<()> {
        self.write(|tx, user| ops::record_backup_restored(tx, user, from))
    }

    pub(super) fn save_assessment(
        &mut self,
        assessment: &crate::domain::SelfAssessment,
    ) -> Result<()> {
        self.write(|tx, user| ops::save_assessment(tx, user, assessment))
    }

    pub(super) fn delete_assessment(&mut self, on: chrono::NaiveDate) -> Result<bool> {
        self.write(|tx, user| ops::delete_assessment(tx, user, on))
    }

    pub(super) fn import_peer_cases(
        &mut self,
        cases: &[crate::domain::PeerCase],
        source: &str,
    ) -> Result<(usize, usize)> {
        self.write(|tx, user| ops::import_peer_cases(tx, user, cases, source))
    }
}

/// SQLite's steps of a write, inside a `BEGIN IMMEDIATE` transaction (which already holds
/// the file's write lock, so a read decides a write safely).
impl Tx for Writing<'_> {
    type Error = Error;

    fn write_assessment(&mut self, assessment: &crate::domain::SelfAssessment) -> Result<()> {
        write_assessment_in(self, assessment)
    }

    fn delete_assessment(&mut self, on: chrono::NaiveDate) -> Result<bool> {
        Ok(self.execute(
            "DELETE FROM self_assessment WHERE assessed_on = ?1",
            [on.format("%Y-%m-%d").to_string()],
        )? > 0)
    }

    fn peer_keys(&mut self) -> Result<std::collections::HashSet<String>> {
        let mut statement = self.prepare("SELECT case_key FROM peer_case")?;
        let keys = statement
            .query_map([], |row| row.get::<_, String>(0))?
            .collect::<rusqlite::Result<_>>()?;
        Ok(keys)
    }

    fn put_peer_case(&mut self, case: &crate::domain::PeerCase) -> Result<()> {
        self.prepare_cached(
            "INSERT INTO peer_case (case_key, source, organisation, country, name, description,
                 status, phase, quadrant, themes, start_year, end_year, technology, stop_reason,
                 lessons_learned, contact, imported_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16,
                 datetime('now'))
             ON CONFLICT (case_key) DO UPDATE SET source = excluded.source,
                 organisation = excluded.organisation, country = excluded.country,
                 name = excluded.name, description = excluded.description,
                 status = excluded.status, phase = excluded.phase, quadrant = excluded.quadrant,
                 themes = excluded.themes, start_year = excluded.start_year,
                 end_year = excluded.end_year, technology = excluded.technology,
                 stop_reason = excluded.stop_reason, lessons_learned = excluded.lessons_learned,
                 contact = excluded.contact, imported_at = excluded.imported_at",
        )?
        .execute(params![
            case.key,
            case.source,
            case.organisation,
            case.country,
            case.name,
            case.description,
            case.status,
            case.phase.map(Phase::id),
            case.quadrant.map(Quadrant::id),
            case.themes.join("|"),
            case.start_year,
            case.end_year,
            case.technology,
            case.stop_reason,
            case.lessons_learned,
            case.contact,
        ])?;
        Ok(())
    }

    fn initiative(&mut self, id: InitiativeId) -> Result<Option<Initiative>> {
        initiative_in(self, id)
    }

    fn insert_initiative(
        &mut self,
        initiative: &Initiative,
        id: Option<InitiativeId>,
    ) -> Result<(InitiativeId, i64)> {
        self.insert_initiative_row(initiative, id)
    }

    fn update_initiative(&mut self, initiative: &Initiative) -> Result<Initiative> {
        update_initiative_tx(self, initiative)
    }

    fn replace_phase_history(&mut self, id: InitiativeId, history: &[PhaseChange]) -> Result<()> {
        self.execute("DELETE FROM phase_change WHERE initiative_id = ?1", [id])?;
        for change in history {
            Writing::insert_phase_change(self, id, change)?;
        }
        Ok(())
    }

    fn insert_phase_change(&mut self, id: InitiativeId, change: &PhaseChange) -> Result<()> {
        Writing::insert_phase_change(self, id, change)
    }

    fn touch_phase(&mut self, id: InitiativeId, change: Option<&PhaseChange>) -> Result<()> {
        match change {
            Some(change) => self.execute(
                "UPDATE initiative SET phase = ?2, phase_since = ?3, row_version = row_version + 1,
                     stop_reason = CASE WHEN ?5 AND stop_reason = '' THEN ?4 ELSE stop_reason END,
                     updated_at = datetime('now')
                 WHERE id = ?1",
                params![
                    id,
                    change.to_phase.id(),
                    date_text(Some(change.decided_on)),
                    change.rationale,
                    ops::stops(change)
                ],
            )?,
            None => self.execute(
                "UPDATE initiative SET row_version = row_version + 1, updated_at = datetime('now') WHERE id = ?1",
                [id],
            )?,
        };
        Ok(())
    }

    fn row_version(&mut self, id: InitiativeId) -> Result<Option<i64>> {
        Ok(self
            .query_row(
                "SELECT row_version FROM initiative WHERE id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?)
    }

    fn initiative_count(&mut self) -> Result<i64> {
        Ok(self.query_row("SELECT count(*) FROM initiative", [], |row| row.get(0))?)
    }

    fn record(&mut self, user: &str, line: &Record<'_>) -> Result<()> {
        Writing::hold(&mut self.held, self.conn, Held::Audit)?.execute(params![
            user,
            line.initiative_id,
            line.subject,
            line.action.id(),
            line.field,
            line.old,
            line.new,
            line.source,
            self.now,
        ])?;
        Ok(())
    }

    fn put_in_trash(&mut self, user: &str, initiative: &Initiative, content: &str) -> Result<()> {
        self.execute(
            "INSERT OR REPLACE INTO trash (initiative_id, name, deleted_at, deleted_by, content)
             VALUES (?1, ?2, datetime('now'), ?3, ?4)",
            params![initiative.id, initiative.name, user, content],
        )?;
        self.execute("DELETE FROM initiative WHERE id = ?1", [initiative.id])?;
        Ok(())
    }

    fn take_from_trash(&mut self, id: InitiativeId) -> Result<Option<String>> {
        let content: Option<String> = self
            .query_row(
                "SELECT content FROM trash WHERE initiative_id = ?1",
                [id],
                |row| row.get(0),
            )
            .optional()?;
        if content.is_some() {
            self.execute("DELETE FROM trash WHERE initiative_id = ?1", [id])?;
        }
        Ok(content)
    }

    fn clear_trash(&mut self) -> Result<usize> {
        Ok(self.execute("DELETE FROM trash", [])?)
    }

    fn settings(&mut self) -> Result<PortfolioSettings> {
        super::read::load_settings(self)
    }

    fn write_settings(&mut self, settings: &PortfolioSettings) -> Result<()> {
        save_settings_tx(self, settings)
    }

    fn department_position(&mut self, name: &str) -> Result<Option<Option<StartingPosition>>> {
        let stored: Option<Option<String>> = self
            .query_row(
                "SELECT starting_position FROM department WHERE name = ?1",
                [name],
                |row| row.get(0),
            )
            .optional()?;
        Ok(stored.map(|text| text.as_deref().and_then(StartingPosition::from_id)))
    }

    fn put_department(&mut self, department: &Department, overwrite: bool) -> Result<()> {
        let sql = if overwrite {
            "INSERT INTO department (name, starting_position) VALUES (?1, ?2)
             ON CONFLICT (name) DO UPDATE SET starting_position = excluded.starting_position"
        } else {
            "INSERT INTO department (name, starting_position) VALUES (?1, ?2)
             ON CONFLICT (name) DO NOTHING"
        };
        self.execute(
            sql,
            params![
                department.name.trim(),
                department.starting_position.map(StartingPosition::id)
            ],
        )?;
        Ok(())
    }

    fn replace_portfolio(&mut self, portfolio: &Portfolio) -> Result<()> {
        replace_portfolio_in(self, portfolio)
    }

    fn snapshot_exists(&mut self, label: &str) -> Result<bool> {
        let exists: Option<i64> = self
            .query_row("SELECT id FROM snapshot WHERE label = ?1", [label], |row| {
                row.get(0)
            })
            .optional()?;
        Ok(exists.is_some())
    }

    fn insert_snapshot(&mut self, label: &str, snapshot: NewSnapshot<'_>) -> Result<i64> {
        self.execute(
            "INSERT INTO snapshot (label, taken_on, created_at, format_version, initiatives, content)
             VALUES (?1, ?2, datetime('now'), ?3, ?4, ?5)",
            params![
                label,
                date_text(Some(snapshot.taken_on)),
                snapshot.format_version,
                i64::try_from(snapshot.initiatives).unwrap_or(i64::MAX),
                snapshot.content
            ],
        )?;
        let id = self.last_insert_rowid();
        self.execute(
            "INSERT INTO snapshot_digest (snapshot_id, version, digest) VALUES (?1, ?2, ?3)",
            params![id, snapshot.digest_version, snapshot.digest],
        )?;
        Ok(id)
    }

    fn delete_snapshot(&mut self, id: i64) -> Result<usize> {
        Ok(self.execute("DELETE FROM snapshot WHERE id = ?1", [id])?)
    }

    fn put_snapshot_digest(&mut self, id: i64, version: u32, digest: &str) -> Result<usize> {
        Ok(self.execute(
            "INSERT INTO snapshot_digest (snapshot_id, version, digest)
             SELECT id, ?2, ?3 FROM snapshot WHERE id = ?1
             ON CONFLICT (snapshot_id) DO UPDATE SET version = excluded.version,
                                                     digest = excluded.digest",
            params![id, version, digest],
        )?)
    }
}

/// Keep a self-assessment, replacing the one of its date.
fn write_assessment_in(tx: &Connection, assessment: &crate::domain::SelfAssessment) -> Result<()> {
    let date = assessment.assessed_on.format("%Y-%m-%d").to_string();
    tx.execute(
        "DELETE FROM self_assessment WHERE assessed_on = ?1",
        [&date],
    )?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO self_assessment (assessed_on, assignment, status, note, evidence)
         VALUES (?1, ?2, ?3, ?4, ?5)",
    )?;
    for answer in &assessment.answers {
        insert.execute(params![
            date,
            answer.assignment.id(),
            answer.status.id(),
            answer.note,
            crate::domain::evidence_text(&answer.evidence),
        ])?;
    }
    Ok(())
}

/// From this many initiatives a whole-portfolio write rebuilds the indexes afterwards.
const BULK_INDEX_REBUILD: usize = 10_000;

/// Replace everything in the portfolio inside the caller's transaction.
pub(super) fn replace_portfolio_in(tx: &mut Writing<'_>, portfolio: &Portfolio) -> Result<()> {
    for table in [
        "initiative_theme",
        "phase_change",
        "budget_line",
        "partner",
        "risk",
        "health_report",
        "initiative",
        "theme",
        "department",
        "self_assessment",
    ] {
        tx.execute(&format!("DELETE FROM {table}"), [])?;
    }
    tx.forget_names();
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
    // A large portfolio goes in faster with the tables' own indexes built once afterwards
    // than kept up to date row by row: take them out (their definitions as stored) and
    // put them back, inside this transaction.
    let indexes: Vec<String> = if portfolio.initiatives.len() >= BULK_INDEX_REBUILD {
        let mut statement = tx.prepare(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL",
        )?;
        let found = statement
            .query_map([], |row| {
                Ok((row.get::<_, String>(0)?, row.get::<_, String>(1)?))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        for (name, _) in &found {
            tx.execute_batch(&format!("DROP INDEX \"{}\"", name.replace('"', "\"\"")))?;
        }
        found.into_iter().map(|(_, sql)| sql).collect()
    } else {
        Vec::new()
    };
    for initiative in &portfolio.initiatives {
        tx.insert_initiative_row(initiative, (initiative.id > 0).then_some(initiative.id))?;
    }
    for sql in &indexes {
        tx.execute_batch(sql)?;
    }
    for baseline in &portfolio.baseline {
        let department_id = tx.department_id(Some(&baseline.department))?;
        tx.insert_budget_line(None, department_id, &baseline.line)?;
    }
    for assessment in &portfolio.assessments {
        write_assessment_in(tx, &assessment.normalised())?;
    }
    Ok(())
}

/// Update an initiative inside the caller's transaction (see `update_initiative`).
fn update_initiative_tx(tx: &mut Writing<'_>, initiative: &Initiative) -> Result<Initiative> {
    let department_id = tx.department_id(initiative.department.as_deref())?;
    let changed = tx.execute(
        "UPDATE initiative SET row_version = row_version + 1, name = ?3, description = ?4, kind = ?5,
             department_id = ?6, owner = ?7, contact = ?8, start_date = ?9, end_date = ?10, quadrant = ?11,
             phase = ?12, phase_since = ?13, readiness_level = ?14, use_level = ?15, degree = ?16,
             innovation_type = ?17, technology_from = ?18, target_group = ?19, tech_level = ?20,
             management_model = ?21, organised = ?22, stop_reason = ?23, lessons_learned = ?24, notes = ?25,
             algorithm_register_url = ?26, rating_public_value = ?27, rating_ethics_privacy = ?28,
             rating_structural_funding = ?29, rating_knowledge_capacity = ?30, rating_ownership = ?31,
             rating_integration_standards = ?32, rating_regulation = ?33,
             rating_collaboration_adoption = ?34, updated_at = datetime('now')
         WHERE id = ?1 AND row_version = ?2",
        rusqlite::params_from_iter(
            [initiative.id.into(), initiative.row_version.into()]
                .into_iter()
                .chain(initiative_columns(initiative, department_id)),
        ),
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
    for clear in [
        Held::ClearThemes,
        Held::ClearPartners,
        Held::ClearRisks,
        Held::ClearBudgetLines,
        Held::ClearHealthReports,
    ] {
        tx.statement(clear)?.execute([initiative.id])?;
    }
    tx.insert_children(initiative.id, initiative, false)?;
    let mut stored = initiative.clone();
    stored.row_version += 1;
    stored.department = crate::store::ops::department_name(initiative.department.as_deref());
    Ok(stored)
}

fn save_settings_tx(tx: &Connection, settings: &PortfolioSettings) -> Result<()> {
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
    tx.execute("DELETE FROM model_target", [])?;
    if let Some(targets) = settings.model_targets_bp {
        for model in ManagementModel::ALL {
            tx.execute(
                "INSERT INTO model_target (model, share_bp) VALUES (?1, ?2)",
                params![model.id(), targets[model.index()]],
            )?;
        }
    }
    Ok(())
}
