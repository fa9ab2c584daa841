//! Carrying out one undo or redo step in the store.

use crate::app::undo::UndoStep;
use crate::domain::Initiative;
use crate::store::{Store, StoreError};

/// Whether `stored` is still exactly `expected` (the row version aside).
fn unchanged(stored: &Initiative, expected: &Initiative) -> bool {
    Initiative {
        row_version: expected.row_version,
        ..stored.clone()
    } == *expected
}

/// Undo (`redo == false`: from `after` back to `before`) or redo a step. The initiative
/// must still be as the step left it; a change made elsewhere since is a conflict, and is
/// never undone over. Returns the step with the state as stored now.
pub(super) fn carry_out(
    store: &mut dyn Store,
    mut step: UndoStep,
    redo: bool,
) -> crate::store::Result<UndoStep> {
    let (from, to) = if redo {
        (&step.before, &step.after)
    } else {
        (&step.after, &step.before)
    };
    let result = match (from, to) {
        (Some(from), to) => {
            let Some(stored) = store.load_initiative(from.id)? else {
                return Err(StoreError::Missing);
            };
            if !unchanged(&stored, from) {
                return Err(StoreError::Conflict { name: stored.name });
            }
            match to {
                // The row version read just now: a write in between is still refused.
                Some(to) => {
                    let state = Initiative {
                        id: stored.id,
                        row_version: stored.row_version,
                        ..to.clone()
                    };
                    let written = store.revert_initiative(&state)?;
                    store.load_initiative(written.id)?
                }
                None => {
                    store.delete_initiative(stored.id, stored.row_version)?;
                    None
                }
            }
        }
        (None, Some(to)) => {
            let restored = store.restore_from_trash(to.id)?;
            store.load_initiative(restored.id)?
        }
        (None, None) => None,
    };
    if redo {
        step.after = result;
    } else {
        step.before = result;
    }
    Ok(step)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::app::undo::History;
    use crate::domain::{GateDecision, Phase, PhaseChange};

    fn load(store: &dyn Store, id: i64) -> Option<Initiative> {
        store.load_initiative(id).expect("load")
    }

    /// Without the row version, which every write bumps.
    fn content(initiative: Option<Initiative>) -> Option<Initiative> {
        initiative.map(|initiative| Initiative {
            row_version: 0,
            ..initiative
        })
    }

    #[test]
    fn four_steps_are_undone_and_redone_in_order() {
        let dir = tempfile::tempdir().expect("dir");
        let mut store = crate::store::open(&dir.path().join("p.sqlite")).expect("open");
        let mut history = History::default();
        // Create, edit, decide, delete: each recorded as the app records it.
        let created = store
            .insert_initiative(&Initiative::new("Digitale balie"))
            .expect("insert");
        let created = load(store.as_ref(), created.id).expect("stored");
        let id = created.id;
        history.record(UndoStep {
            before: None,
            after: Some(created.clone()),
        });
        let mut edited = created.clone();
        edited.owner = "A. Bakker".into();
        store.update_initiative(&edited).expect("update");
        let edited = load(store.as_ref(), id).expect("stored");
        history.record(UndoStep {
            before: Some(created.clone()),
            after: Some(edited.clone()),
        });
        let change = PhaseChange {
            decided_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("date"),
            from_phase: Some(Phase::Idea),
            to_phase: Phase::Preparation,
            decision: GateDecision::Go,
            conditions: String::new(),
            decider: "Directie".into(),
            rationale: "Goed plan".into(),
        };
        store
            .change_phase(id, edited.row_version, &change)
            .expect("phase");
        let decided = load(store.as_ref(), id).expect("stored");
        history.record(UndoStep {
            before: Some(edited.clone()),
            after: Some(decided.clone()),
        });
        store
            .delete_initiative(id, decided.row_version)
            .expect("delete");
        history.record(UndoStep {
            before: Some(decided.clone()),
            after: None,
        });
        // Undo all four: back through every state to nothing.
        let expected = [
            Some(decided.clone()),
            Some(edited.clone()),
            Some(created.clone()),
            None,
        ];
        for want in &expected {
            let step = history.take(false).expect("a step to undo");
            let step = carry_out(store.as_mut(), step, false).expect("undo");
            history.done(step, false);
            assert_eq!(content(load(store.as_ref(), id)), content(want.clone()));
        }
        assert!(history.take(false).is_none());
        // Redo all four: forward to the deleted state again, in the trash.
        for want in [
            Some(created.clone()),
            Some(edited.clone()),
            Some(decided.clone()),
            None,
        ] {
            let step = history.take(true).expect("a step to redo");
            let step = carry_out(store.as_mut(), step, true).expect("redo");
            history.done(step, true);
            assert_eq!(content(load(store.as_ref(), id)), content(want));
        }
        assert_eq!(store.trash().expect("trash").len(), 1);
    }

    #[test]
    fn a_change_made_elsewhere_is_never_undone_over() {
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("p.sqlite");
        let mut store = crate::store::open(&path).expect("open");
        let mut other = crate::store::open(&path).expect("open again");
        let created = store
            .insert_initiative(&Initiative::new("Sensoren"))
            .expect("insert");
        let before = load(store.as_ref(), created.id).expect("stored");
        let mut mine = before.clone();
        mine.notes = "mijn notitie".into();
        store.update_initiative(&mine).expect("update");
        let after = load(store.as_ref(), created.id).expect("stored");
        // A colleague changes it afterwards.
        let mut theirs = after.clone();
        theirs.owner = "Collega".into();
        other.update_initiative(&theirs).expect("their update");
        let step = UndoStep {
            before: Some(before),
            after: Some(after),
        };
        assert!(matches!(
            carry_out(store.as_mut(), step, false),
            Err(StoreError::Conflict { .. })
        ));
        let now = load(store.as_ref(), created.id).expect("stored");
        assert_eq!(
            (now.owner.as_str(), now.notes.as_str()),
            ("Collega", "mijn notitie")
        );
    }
}
