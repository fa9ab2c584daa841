//! One write transaction ([`Writing`]): the statements it runs per row, held for the
//! whole write, and the steps that insert an initiative with everything it carries.

use std::collections::HashMap;

use rusqlite::types::{Null, ToSqlOutput};
use rusqlite::{CachedStatement, Connection, OptionalExtension, Transaction, params};

use super::Result;
use super::read::date_text;
use crate::domain::*;

/// The statements a write may run once per initiative or per row, held by [`Writing`].
#[derive(Clone, Copy)]
pub(super) enum Held {
    DepartmentId,
    NewDepartment,
    ThemeId,
    NewTheme,
    NextId,
    Initiative,
    ThemeLink,
    Partner,
    Risk,
    BudgetLine,
    HealthReport,
    PhaseChange,
    Audit,
    ClearThemes,
    ClearPartners,
    ClearRisks,
    ClearBudgetLines,
    ClearHealthReports,
}

impl Held {
    pub(super) const COUNT: usize = Held::ClearHealthReports as usize + 1;

    fn sql(self) -> &'static str {
        match self {
            Held::DepartmentId => "SELECT id FROM department WHERE name = ?1",
            Held::NewDepartment => "INSERT INTO department (name) VALUES (?1)",
            Held::ThemeId => "SELECT id FROM theme WHERE name = ?1",
            Held::NewTheme => "INSERT INTO theme (name) VALUES (?1)",
            Held::NextId => {
                "SELECT max(last_id, (SELECT COALESCE(MAX(id), 0) FROM initiative))
                 FROM id_sequence WHERE name = 'initiative'"
            }
            Held::Initiative => concat!(
                "INSERT INTO initiative (id, row_version, name, description, kind, department_id, owner, contact,
                     start_date, end_date, quadrant, phase, phase_since, readiness_level, use_level, degree,
                     innovation_type, technology_from, target_group, tech_level, management_model, organised,
                     stop_reason, lessons_learned, notes, algorithm_register_url, ",
                crate::store::rating_columns!(),
                ", created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,
                         ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?35)"
            ),
            Held::ThemeLink => {
                "INSERT INTO initiative_theme (initiative_id, theme_id) VALUES (?1, ?2)"
            }
            Held::Partner => {
                "INSERT INTO partner (initiative_id, name, helix_role) VALUES (?1, ?2, ?3)"
            }
            Held::Risk => {
                "INSERT INTO risk (initiative_id, category, level, description, mitigation)
                 VALUES (?1, ?2, ?3, ?4, ?5)"
            }
            Held::BudgetLine => {
                "INSERT INTO budget_line (initiative_id, department_id, year, category, planned_cents,
                     actual_cents, description)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
            }
            Held::HealthReport => {
                "INSERT INTO health_report (initiative_id, period, reported_on, status, reason)
                 VALUES (?1, ?2, ?3, ?4, ?5)"
            }
            Held::PhaseChange => {
                "INSERT INTO phase_change (initiative_id, decided_on, from_phase, to_phase, decision,
                     conditions, decider, rationale)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
            }
            Held::Audit => {
                "INSERT INTO audit (at, user_name, initiative_id, subject, action, field, old_value,
                     new_value, source)
                 VALUES (?9, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
            }
            Held::ClearThemes => "DELETE FROM initiative_theme WHERE initiative_id = ?1",
            Held::ClearPartners => "DELETE FROM partner WHERE initiative_id = ?1",
            Held::ClearRisks => "DELETE FROM risk WHERE initiative_id = ?1",
            Held::ClearBudgetLines => "DELETE FROM budget_line WHERE initiative_id = ?1",
            Held::ClearHealthReports => "DELETE FROM health_report WHERE initiative_id = ?1",
        }
    }
}

/// One write transaction as `store::ops` sees it ([`Tx`]). It holds each statement the
/// write runs per initiative or per row, prepared once for the whole write: looked up by
/// its text in rusqlite's cache every time, they had cost a tenth of an import of 100,000
/// initiatives. It also keeps the ids of the departments and themes it has looked up, and
/// the highest initiative id it has given, which goes into the id sequence once, when the
/// write finishes.
pub(crate) struct Writing<'t> {
    pub(super) conn: &'t Connection,
    pub(super) held: [Option<CachedStatement<'t>>; Held::COUNT],
    departments: HashMap<Box<str>, i64>,
    themes: HashMap<Box<str>, i64>,
    /// The id sequence as read by this write's first new initiative (`None` before).
    sequence: Option<i64>,
    /// The highest id this write gave an initiative (0: none).
    given: i64,
    /// When this write began, in UTC as SQLite's `datetime('now')` writes it: the moment
    /// of every initiative it creates and every audit line it records (asking SQLite for
    /// the time per row took a tenth of an import).
    pub(super) now: String,
}

impl<'t> Writing<'t> {
    pub(super) fn new(tx: &'t Transaction<'_>) -> Self {
        Writing {
            conn: tx,
            held: [const { None }; Held::COUNT],
            departments: HashMap::new(),
            themes: HashMap::new(),
            sequence: None,
            given: 0,
            now: chrono::Utc::now().format("%Y-%m-%d %H:%M:%S").to_string(),
        }
    }

    pub(super) fn statement(&mut self, which: Held) -> Result<&mut CachedStatement<'t>> {
        Self::hold(&mut self.held, self.conn, which)
    }

    /// [`Writing::statement`] borrowing only the statements (so a call may also read the
    /// writing's other fields).
    pub(super) fn hold<'h>(
        held: &'h mut [Option<CachedStatement<'t>>; Held::COUNT],
        conn: &'t Connection,
        which: Held,
    ) -> Result<&'h mut CachedStatement<'t>> {
        let slot = &mut held[which as usize];
        let statement = match slot.take() {
            Some(statement) => statement,
            None => conn.prepare_cached(which.sql())?,
        };
        Ok(slot.insert(statement))
    }

    /// Raise the id sequence to the highest id this write gave (before the commit).
    pub(super) fn finish(&mut self) -> Result<()> {
        if self.given > 0 {
            self.conn.execute(
                "UPDATE id_sequence SET last_id = max(last_id, ?1) WHERE name = 'initiative'",
                [self.given],
            )?;
        }
        Ok(())
    }

    /// Departments and themes were deleted: the ids kept no longer hold.
    pub(super) fn forget_names(&mut self) {
        self.departments.clear();
        self.themes.clear();
    }
}

impl std::ops::Deref for Writing<'_> {
    type Target = Connection;

    fn deref(&self) -> &Connection {
        self.conn
    }
}

/// An initiative's columns from `name` to `algorithm_register_url` and its eight ratings
/// (`?3` to `?34` of both the insert and the update), borrowing its texts.
pub(super) fn initiative_columns(
    initiative: &Initiative,
    department_id: Option<i64>,
) -> [ToSqlOutput<'_>; 32] {
    let id = |id: Option<&'static str>| id.map_or(ToSqlOutput::from(Null), ToSqlOutput::from);
    let date = |date: Option<chrono::NaiveDate>| {
        date_text(date).map_or(ToSqlOutput::from(Null), ToSqlOutput::from)
    };
    let level = |level: Option<u8>| level.map_or(ToSqlOutput::from(Null), ToSqlOutput::from);
    let characteristics = &initiative.characteristics;
    [
        ToSqlOutput::from(initiative.name.as_str()),
        ToSqlOutput::from(initiative.description.as_str()),
        ToSqlOutput::from(initiative.kind.id()),
        department_id.map_or(ToSqlOutput::from(Null), ToSqlOutput::from),
        ToSqlOutput::from(initiative.owner.as_str()),
        ToSqlOutput::from(initiative.contact.as_str()),
        date(initiative.start_date),
        date(initiative.end_date),
        ToSqlOutput::from(initiative.quadrant.id()),
        ToSqlOutput::from(initiative.phase.id()),
        date(initiative.phase_since),
        level(initiative.readiness_level),
        level(initiative.use_level),
        id(characteristics.degree.map(Degree::id)),
        id(characteristics.innovation_type.map(InnovationType::id)),
        id(characteristics.technology_from.map(InsideOutside::id)),
        id(characteristics.target_group.map(InsideOutside::id)),
        id(characteristics.tech_level.map(TechLevel::id)),
        id(characteristics.management_model.map(ManagementModel::id)),
        id(characteristics.organised.map(Organised::id)),
        ToSqlOutput::from(initiative.stop_reason.as_str()),
        ToSqlOutput::from(initiative.lessons_learned.as_str()),
        ToSqlOutput::from(initiative.notes.as_str()),
        ToSqlOutput::from(initiative.algorithm_register_url.as_str()),
        level(initiative.readiness.0[0]),
        level(initiative.readiness.0[1]),
        level(initiative.readiness.0[2]),
        level(initiative.readiness.0[3]),
        level(initiative.readiness.0[4]),
        level(initiative.readiness.0[5]),
        level(initiative.readiness.0[6]),
        level(initiative.readiness.0[7]),
    ]
}

impl Writing<'_> {
    /// The id of a department by name, created when new. Blank names mean "no department".
    pub(super) fn department_id(&mut self, name: Option<&str>) -> Result<Option<i64>> {
        match name.map(str::trim).filter(|name| !name.is_empty()) {
            Some(name) => self.name_id(Held::DepartmentId, name).map(Some),
            None => Ok(None),
        }
    }

    fn theme_id(&mut self, name: &str) -> Result<i64> {
        self.name_id(Held::ThemeId, name)
    }

    /// The id of a department (`Held::DepartmentId`) or theme (`Held::ThemeId`) by name,
    /// created when new, kept for the rest of the write.
    fn name_id(&mut self, table: Held, name: &str) -> Result<i64> {
        let (known, insert) = match table {
            Held::DepartmentId => (&self.departments, Held::NewDepartment),
            _ => (&self.themes, Held::NewTheme),
        };
        if let Some(&id) = known.get(name) {
            return Ok(id);
        }
        let found = self
            .statement(table)?
            .query_row([name], |row| row.get(0))
            .optional()?;
        let id = match found {
            Some(id) => id,
            None => {
                self.statement(insert)?.execute([name])?;
                self.conn.last_insert_rowid()
            }
        };
        match table {
            Held::DepartmentId => self.departments.insert(name.into(), id),
            _ => self.themes.insert(name.into(), id),
        };
        Ok(id)
    }

    /// Insert an initiative with everything it carries under `id`, or a new id when
    /// `None`; its id and row version come back.
    pub(super) fn insert_initiative_row(
        &mut self,
        initiative: &Initiative,
        id: Option<InitiativeId>,
    ) -> Result<(InitiativeId, i64)> {
        let department_id = self.department_id(initiative.department.as_deref())?;
        // Ids are never given twice: a new initiative gets one above any ever given (the
        // sequence, raised when the write finishes), a restored one keeps its own.
        let id = if let Some(id) = id {
            id
        } else {
            let sequence = match self.sequence {
                Some(sequence) => sequence,
                None => {
                    let read = self
                        .statement(Held::NextId)?
                        .query_row([], |row| row.get::<_, i64>(0))?;
                    *self.sequence.insert(read)
                }
            };
            sequence.max(self.given) + 1
        };
        self.given = self.given.max(id);
        let row_version = initiative.row_version.max(1);
        let now = ToSqlOutput::from(self.now.as_str());
        Self::hold(&mut self.held, self.conn, Held::Initiative)?.execute(
            rusqlite::params_from_iter(
                [id.into(), row_version.into()]
                    .into_iter()
                    .chain(initiative_columns(initiative, department_id))
                    .chain([now]),
            ),
        )?;
        self.insert_children(id, initiative, true)?;
        Ok((id, row_version))
    }

    pub(super) fn insert_children(
        &mut self,
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
            let theme_id = self.theme_id(theme)?;
            self.statement(Held::ThemeLink)?
                .execute(params![id, theme_id])?;
        }
        for partner in &initiative.partners {
            self.statement(Held::Partner)?.execute(params![
                id,
                partner.name,
                partner.helix_role.id()
            ])?;
        }
        for risk in &initiative.risks {
            self.statement(Held::Risk)?.execute(params![
                id,
                risk.category.id(),
                risk.level.id(),
                risk.description,
                risk.mitigation
            ])?;
        }
        for line in &initiative.budget_lines {
            self.insert_budget_line(Some(id), None, line)?;
        }
        for report in &initiative.health_reports {
            self.statement(Held::HealthReport)?.execute(params![
                id,
                report.period,
                date_text(Some(report.reported_on)),
                report.status.id(),
                report.reason
            ])?;
        }
        if with_history {
            for change in &initiative.phase_history {
                self.insert_phase_change(id, change)?;
            }
        }
        Ok(())
    }

    pub(super) fn insert_budget_line(
        &mut self,
        initiative_id: Option<i64>,
        department_id: Option<i64>,
        line: &BudgetLine,
    ) -> Result<()> {
        self.statement(Held::BudgetLine)?.execute(params![
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

    pub(super) fn insert_phase_change(
        &mut self,
        id: InitiativeId,
        change: &PhaseChange,
    ) -> Result<()> {
        self.statement(Held::PhaseChange)?.execute(params![
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
}
