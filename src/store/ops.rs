//! What each write does, once for every backend: the checks that make a write safe (the
//! row version the user read, the settings and departments as they were read), what is
//! recorded in the audit log, and the trash. A backend supplies the primitive steps inside
//! one of its transactions ([`Tx`]); the SQL for them lives in the backend's own module.

use super::{AuditAction, StoreError};
use crate::domain::{
    Department, ImportBatch, Initiative, InitiativeId, Phase, PhaseChange, Portfolio,
    PortfolioSettings, StartingPosition,
};

/// One line of the audit log, as a write records it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Record<'a> {
    pub initiative_id: Option<InitiativeId>,
    pub subject: &'a str,
    pub action: AuditAction,
    pub field: &'a str,
    pub old: &'a str,
    pub new: &'a str,
    pub source: &'a str,
}

impl<'a> Record<'a> {
    /// A line about a whole initiative (created, deleted, restored, imported).
    pub fn about(initiative: &'a Initiative, action: AuditAction) -> Self {
        Record {
            initiative_id: Some(initiative.id),
            subject: &initiative.name,
            action,
            field: "",
            old: "",
            new: "",
            source: "",
        }
    }

    /// A line about the portfolio as a whole.
    pub fn portfolio(action: AuditAction) -> Self {
        Record {
            initiative_id: None,
            subject: "",
            action,
            field: "",
            old: "",
            new: "",
            source: "",
        }
    }
}

/// The primitive steps of a write, inside one open transaction of a backend. A server
/// backend locks what a step reads (`SELECT … FOR UPDATE`) so the read still holds when
/// the write follows.
pub(crate) trait Tx {
    type Error: From<StoreError>;

    /// One initiative as stored (locked until the transaction ends).
    fn initiative(&mut self, id: InitiativeId) -> Result<Option<Initiative>, Self::Error>;
    /// Insert an initiative with its lists and phase history under `id` (an undone
    /// delete, a restore) or, when `None`, a new id above any ever given. Its id and row
    /// version as stored come back (see [`stored`]).
    fn insert_initiative(
        &mut self,
        initiative: &Initiative,
        id: Option<InitiativeId>,
    ) -> Result<(InitiativeId, i64), Self::Error>;
    /// Replace an initiative's fields and lists (not its phase history) when its row
    /// version is still `initiative.row_version`: else `Conflict` or `Missing`.
    fn update_initiative(&mut self, initiative: &Initiative) -> Result<Initiative, Self::Error>;
    /// Replace an initiative's phase history.
    fn replace_phase_history(
        &mut self,
        id: InitiativeId,
        history: &[PhaseChange],
    ) -> Result<(), Self::Error>;
    /// Append one gate decision to an initiative's phase history.
    fn insert_phase_change(
        &mut self,
        id: InitiativeId,
        change: &PhaseChange,
    ) -> Result<(), Self::Error>;
    /// Raise the row version; with `Some(change)` also move to its phase (and keep the
    /// rationale as stop reason when it stops and has none).
    fn touch_phase(
        &mut self,
        id: InitiativeId,
        change: Option<&PhaseChange>,
    ) -> Result<(), Self::Error>;
    /// The stored row version, when the initiative exists.
    fn row_version(&mut self, id: InitiativeId) -> Result<Option<i64>, Self::Error>;
    fn initiative_count(&mut self) -> Result<i64, Self::Error>;
    fn record(&mut self, user: &str, line: &Record<'_>) -> Result<(), Self::Error>;
    /// Keep `content` (the initiative as JSON) in the trash and delete the initiative.
    fn put_in_trash(
        &mut self,
        user: &str,
        initiative: &Initiative,
        content: &str,
    ) -> Result<(), Self::Error>;
    /// Take an initiative's JSON out of the trash.
    fn take_from_trash(&mut self, id: InitiativeId) -> Result<Option<String>, Self::Error>;
    fn clear_trash(&mut self) -> Result<usize, Self::Error>;
    /// The settings as stored (locked until the transaction ends).
    fn settings(&mut self) -> Result<PortfolioSettings, Self::Error>;
    fn write_settings(&mut self, settings: &PortfolioSettings) -> Result<(), Self::Error>;
    /// A department's stored starting position; `None` when there is no such department.
    fn department_position(
        &mut self,
        name: &str,
    ) -> Result<Option<Option<StartingPosition>>, Self::Error>;
    /// Add a department; with `overwrite` an existing one takes the given position.
    fn put_department(
        &mut self,
        department: &Department,
        overwrite: bool,
    ) -> Result<(), Self::Error>;
    /// Replace every initiative, department, theme and baseline line with `portfolio`'s
    /// (its ids kept), and its settings.
    fn replace_portfolio(&mut self, portfolio: &Portfolio) -> Result<(), Self::Error>;
    /// Keep a self-assessment, replacing the one of its date.
    fn write_assessment(
        &mut self,
        assessment: &crate::domain::SelfAssessment,
    ) -> Result<(), Self::Error>;
    /// Remove the self-assessment of a date; whether there was one.
    fn delete_assessment(&mut self, on: chrono::NaiveDate) -> Result<bool, Self::Error>;
    /// The keys of the peer library's cases.
    fn peer_keys(&mut self) -> Result<std::collections::HashSet<String>, Self::Error>;
    /// Add a peer case, or update the one with its key.
    fn put_peer_case(&mut self, case: &crate::domain::PeerCase) -> Result<(), Self::Error>;
    fn snapshot_exists(&mut self, label: &str) -> Result<bool, Self::Error>;
    /// Keep `snapshot` under `label` (trimmed).
    fn insert_snapshot(
        &mut self,
        label: &str,
        snapshot: super::NewSnapshot<'_>,
    ) -> Result<i64, Self::Error>;
    /// Delete a snapshot; how many were deleted (0 or 1).
    fn delete_snapshot(&mut self, id: i64) -> Result<usize, Self::Error>;
    /// Keep `digest` beside snapshot `id` in place of any it had; how many snapshots got
    /// it (0 when there is no snapshot `id`).
    fn put_snapshot_digest(
        &mut self,
        id: i64,
        version: u32,
        digest: &str,
    ) -> Result<usize, Self::Error>;
}

/// Trimmed, or `None` when blank: how a department name is stored.
pub(crate) fn department_name(name: Option<&str>) -> Option<std::sync::Arc<str>> {
    name.map(str::trim)
        .filter(|name| !name.is_empty())
        .map(Into::into)
}

/// An initiative as [`Tx::insert_initiative`] stored it.
pub(crate) fn stored(
    initiative: &Initiative,
    (id, row_version): (InitiativeId, i64),
) -> Initiative {
    let mut stored = initiative.clone();
    stored.id = id;
    stored.row_version = row_version;
    stored.department = department_name(initiative.department.as_deref());
    stored
}

/// A new initiative, or (a non-zero id) one put back under its own id.
pub(crate) fn insert<T: Tx>(
    tx: &mut T,
    user: &str,
    initiative: &Initiative,
) -> Result<Initiative, T::Error> {
    let id = (initiative.id > 0).then_some(initiative.id);
    let stored = stored(initiative, tx.insert_initiative(initiative, id)?);
    tx.record(user, &Record::about(&stored, AuditAction::Created))?;
    Ok(stored)
}

/// An edit (or with `with_history` an undo, which also puts the phase history back),
/// recorded field by field in the audit log (old → new as stored).
pub(crate) fn write_initiative<T: Tx>(
    tx: &mut T,
    user: &str,
    initiative: &Initiative,
    with_history: bool,
) -> Result<Initiative, T::Error> {
    let old = tx.initiative(initiative.id)?;
    let stored = tx.update_initiative(initiative)?;
    if with_history {
        tx.replace_phase_history(initiative.id, &initiative.phase_history)?;
    }
    if let (Some(old), Some(new)) = (old, tx.initiative(initiative.id)?) {
        for change in crate::domain::changes(&old, &new) {
            tx.record(
                user,
                &Record {
                    initiative_id: Some(new.id),
                    subject: &new.name,
                    action: AuditAction::Changed,
                    field: change.field,
                    old: &change.old,
                    new: &change.new,
                    source: "",
                },
            )?;
        }
    }
    Ok(stored)
}

/// A gate decision: recorded in the phase history, and the initiative moves to the
/// decision's phase (a "hold" keeps the phase but is recorded all the same).
pub(crate) fn change_phase<T: Tx>(
    tx: &mut T,
    user: &str,
    id: InitiativeId,
    row_version: i64,
    change: &PhaseChange,
) -> Result<(), T::Error> {
    let Some(current) = tx.initiative(id)? else {
        return Err(StoreError::Missing.into());
    };
    if current.row_version != row_version {
        return Err(StoreError::Conflict { name: current.name }.into());
    }
    let from = current.phase;
    let moves = change.to_phase != from;
    if moves && !from.can_move_to(change.to_phase) {
        return Err(StoreError::PhaseChangeNotAllowed {
            from: from.id().into(),
            to: change.to_phase.id().into(),
        }
        .into());
    }
    tx.insert_phase_change(id, change)?;
    tx.record(
        user,
        &Record {
            initiative_id: Some(id),
            subject: &current.name,
            action: AuditAction::Phase,
            field: "phase",
            old: from.id(),
            new: change.to_phase.id(),
            source: change.decision.id(),
        },
    )?;
    tx.touch_phase(id, moves.then_some(change))
}

/// Whether a stop moves the stop reason: used by backends in `touch_phase`.
pub(crate) fn stops(change: &PhaseChange) -> bool {
    change.to_phase == Phase::Stopped
}

/// Move an initiative still at `row_version` to the trash.
pub(crate) fn delete<T: Tx>(
    tx: &mut T,
    user: &str,
    id: InitiativeId,
    row_version: i64,
) -> Result<(), T::Error> {
    let Some(current) = tx.initiative(id)? else {
        return Err(StoreError::Missing.into());
    };
    if current.row_version != row_version {
        return Err(StoreError::Conflict { name: current.name }.into());
    }
    move_to_trash(tx, user, &current)
}

/// Move an initiative (with everything it carries) to the trash.
pub(crate) fn move_to_trash<T: Tx>(
    tx: &mut T,
    user: &str,
    initiative: &Initiative,
) -> Result<(), T::Error> {
    let content = serde_json::to_string(initiative)
        .map_err(|error| StoreError::Database(error.to_string()))?;
    tx.put_in_trash(user, initiative, &content)?;
    tx.record(user, &Record::about(initiative, AuditAction::Deleted))
}

/// Put an initiative back from the trash, under its own id.
pub(crate) fn restore_from_trash<T: Tx>(
    tx: &mut T,
    user: &str,
    id: InitiativeId,
) -> Result<Initiative, T::Error> {
    let Some(content) = tx.take_from_trash(id)? else {
        return Err(StoreError::NotInTrash(id).into());
    };
    let initiative: Initiative =
        serde_json::from_str(&content).map_err(|error| StoreError::Database(error.to_string()))?;
    let stored = stored(&initiative, tx.insert_initiative(&initiative, Some(id))?);
    tx.record(user, &Record::about(&stored, AuditAction::Restored))?;
    Ok(stored)
}

pub(crate) fn empty_trash<T: Tx>(tx: &mut T, user: &str) -> Result<usize, T::Error> {
    let emptied = tx.clear_trash()?;
    if emptied > 0 {
        let count = emptied.to_string();
        tx.record(
            user,
            &Record {
                new: &count,
                ..Record::portfolio(AuditAction::EmptiedTrash)
            },
        )?;
    }
    Ok(emptied)
}

pub(crate) fn record_backup_restored<T: Tx>(
    tx: &mut T,
    user: &str,
    from: &str,
) -> Result<(), T::Error> {
    tx.record(
        user,
        &Record {
            source: from,
            ..Record::portfolio(AuditAction::BackupRestored)
        },
    )
}

/// Save the settings when they are still as the user read them (`base`); each changed
/// setting is recorded.
pub(crate) fn save_settings<T: Tx>(
    tx: &mut T,
    user: &str,
    base: &PortfolioSettings,
    settings: &PortfolioSettings,
) -> Result<(), T::Error> {
    let stored = tx.settings()?;
    if &stored != base {
        return Err(StoreError::SettingsChanged.into());
    }
    // A spread that is changed must add up (one stored before this rule may stay).
    let quadrants = settings.quadrant_targets_total();
    if quadrants != 10_000 && settings.quadrant_targets_bp != stored.quadrant_targets_bp {
        return Err(StoreError::TargetsDoNotAddUp {
            spread: "quadrants",
            total: quadrants,
        }
        .into());
    }
    if let Some(models) = settings.model_targets_total()
        && models != 10_000
        && settings.model_targets_bp != stored.model_targets_bp
    {
        return Err(StoreError::TargetsDoNotAddUp {
            spread: "models",
            total: models,
        }
        .into());
    }
    tx.write_settings(settings)?;
    for change in crate::domain::changes(&stored, settings) {
        tx.record(
            user,
            &Record {
                field: change.field,
                old: &change.old,
                new: &change.new,
                ..Record::portfolio(AuditAction::Settings)
            },
        )?;
    }
    Ok(())
}

/// Save the departments' starting positions (new names are added). A department the
/// user changed must still be stored as they read it (`base`).
pub(crate) fn save_departments<T: Tx>(
    tx: &mut T,
    user: &str,
    base: &[Department],
    departments: &[Department],
) -> Result<(), T::Error> {
    let position_text =
        |position: Option<StartingPosition>| position.map(StartingPosition::id).unwrap_or("");
    for department in departments {
        let name = department.name.trim();
        let read = base
            .iter()
            .find(|read| read.name.trim() == name)
            .map(|read| read.starting_position);
        if read == Some(department.starting_position) {
            continue; // not changed by this user
        }
        let stored = tx.department_position(name)?;
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
            tx.record(
                user,
                &Record {
                    subject: name,
                    field: "starting_position",
                    old,
                    new,
                    ..Record::portfolio(AuditAction::Department)
                },
            )?;
        }
        tx.put_department(
            &Department {
                name: name.to_string(),
                starting_position: department.starting_position,
            },
            true,
        )?;
    }
    Ok(())
}

/// Write an import: all or nothing (the caller's transaction). `progress` is called with
/// the number written; when it returns `false` the write is cancelled.
pub(crate) fn apply_import<T: Tx>(
    tx: &mut T,
    user: &str,
    batch: &ImportBatch,
    progress: &mut dyn FnMut(usize) -> bool,
) -> Result<(), T::Error> {
    let imported = |tx: &mut T, initiative: &Initiative| {
        tx.record(
            user,
            &Record {
                source: &batch.source,
                ..Record::about(initiative, AuditAction::Imported)
            },
        )
    };
    if let Some(portfolio) = &batch.replace {
        // Previewed against an empty portfolio: it must still be empty.
        if tx.initiative_count()? > 0 {
            return Err(StoreError::ChangedSincePreview.into());
        }
        tx.replace_portfolio(portfolio)?;
        for initiative in &portfolio.initiatives {
            imported(tx, initiative)?;
        }
        if !progress(portfolio.initiatives.len()) {
            return Err(StoreError::Cancelled.into());
        }
    }
    for department in &batch.departments {
        tx.put_department(department, false)?;
    }
    let mut written = 0usize;
    for initiative in &batch.create {
        let (id, _) = tx.insert_initiative(initiative, None)?;
        tx.record(
            user,
            &Record {
                initiative_id: Some(id),
                source: &batch.source,
                ..Record::about(initiative, AuditAction::Imported)
            },
        )?;
        written += 1;
        if written.is_multiple_of(256) && !progress(written) {
            return Err(StoreError::Cancelled.into());
        }
    }
    for initiative in &batch.update {
        // Previewed against this version: a change made elsewhere since the preview
        // refuses the whole import (it is previewed again).
        let Some(row_version) = tx.row_version(initiative.id)? else {
            return Err(StoreError::ChangedSincePreview.into());
        };
        if row_version != initiative.row_version {
            return Err(StoreError::ChangedSincePreview.into());
        }
        let mut updated = initiative.clone();
        updated.row_version = row_version;
        tx.update_initiative(&updated)?;
        imported(tx, &updated)?;
        if batch.replace_history {
            tx.replace_phase_history(initiative.id, &initiative.phase_history)?;
        }
        written += 1;
        if written.is_multiple_of(256) && !progress(written) {
            return Err(StoreError::Cancelled.into());
        }
    }
    if !progress(written) {
        return Err(StoreError::Cancelled.into());
    }
    Ok(())
}

/// Replace the whole portfolio (the demo, `demo --force`), recorded in the log.
pub(crate) fn replace_portfolio<T: Tx>(
    tx: &mut T,
    user: &str,
    portfolio: &Portfolio,
) -> Result<(), T::Error> {
    tx.replace_portfolio(portfolio)?;
    let count = portfolio.initiatives.len().to_string();
    tx.record(
        user,
        &Record {
            subject: &portfolio.settings.municipality,
            new: &count,
            ..Record::portfolio(AuditAction::Replaced)
        },
    )
}

/// Freeze a copy of the portfolio under `label`; `content` is the JSON document.
pub(crate) fn create_snapshot<T: Tx>(
    tx: &mut T,
    snapshot: super::NewSnapshot<'_>,
) -> Result<i64, T::Error> {
    let label = snapshot.label.trim();
    if tx.snapshot_exists(label)? {
        return Err(StoreError::SnapshotExists(label.to_string()).into());
    }
    tx.insert_snapshot(label, snapshot)
}

/// Keep a digest beside a snapshot (one taken before the digests, whose document a
/// comparison has read).
pub(crate) fn keep_snapshot_digest<T: Tx>(
    tx: &mut T,
    id: i64,
    version: u32,
    digest: &str,
) -> Result<(), T::Error> {
    if tx.put_snapshot_digest(id, version, digest)? == 0 {
        return Err(StoreError::NoSnapshot(id.to_string()).into());
    }
    Ok(())
}

pub(crate) fn delete_snapshot<T: Tx>(tx: &mut T, id: i64) -> Result<(), T::Error> {
    if tx.delete_snapshot(id)? == 0 {
        return Err(StoreError::NoSnapshot(id.to_string()).into());
    }
    Ok(())
}

/// Add peer cases to the library, or update those already there (by key): (added,
/// updated). The import is recorded in the audit log with the file it came from.
pub(crate) fn import_peer_cases<T: Tx>(
    tx: &mut T,
    user: &str,
    cases: &[crate::domain::PeerCase],
    source: &str,
) -> Result<(usize, usize), T::Error> {
    let mut known = tx.peer_keys()?;
    let (mut added, mut updated) = (0, 0);
    for case in cases {
        if known.insert(case.key.clone()) {
            added += 1;
        } else {
            updated += 1;
        }
        tx.put_peer_case(case)?;
    }
    let summary = format!("{added} added, {updated} updated");
    tx.record(
        user,
        &Record {
            subject: "peer library",
            field: "peer_cases",
            new: &summary,
            source,
            ..Record::portfolio(AuditAction::Imported)
        },
    )?;
    Ok((added, updated))
}

/// Keep a self-assessment of the five activities (the one of its date is replaced),
/// recorded in the audit log.
pub(crate) fn save_assessment<T: Tx>(
    tx: &mut T,
    user: &str,
    assessment: &crate::domain::SelfAssessment,
) -> Result<(), T::Error> {
    let assessment = assessment.normalised();
    tx.write_assessment(&assessment)?;
    let date = assessment.assessed_on.to_string();
    let summary: Vec<String> = assessment
        .answers
        .iter()
        .map(|answer| format!("{}={}", answer.assignment.id(), answer.status.id()))
        .collect();
    tx.record(
        user,
        &Record {
            subject: "self-assessment",
            field: "self_assessment",
            old: &date,
            new: &summary.join(", "),
            ..Record::portfolio(AuditAction::Settings)
        },
    )
}

/// Remove the self-assessment of a date (recorded); whether there was one.
pub(crate) fn delete_assessment<T: Tx>(
    tx: &mut T,
    user: &str,
    on: chrono::NaiveDate,
) -> Result<bool, T::Error> {
    let removed = tx.delete_assessment(on)?;
    if removed {
        let date = on.to_string();
        tx.record(
            user,
            &Record {
                subject: "self-assessment",
                field: "self_assessment",
                old: &date,
                ..Record::portfolio(AuditAction::Settings)
            },
        )?;
    }
    Ok(removed)
}
