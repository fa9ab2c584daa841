//! Multi-level undo and redo of the user's own edits, gate decisions, creations and
//! deletes, for as long as the app is open. A step is the initiative before and after the
//! action (`None`: not in the portfolio — in the trash). Undo and redo are carried out by
//! the store worker, which first checks that the initiative is still exactly as the step
//! left it: a change made elsewhere in between is never undone over.

use crate::domain::Initiative;

/// How many steps are kept (the oldest go first).
pub const MAX_STEPS: usize = 500;

/// One action that can be undone and redone.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UndoStep {
    pub before: Option<Initiative>,
    pub after: Option<Initiative>,
}

/// What a step did, for the menu and the status bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepKind {
    Create,
    Edit,
    Delete,
}

impl UndoStep {
    pub fn kind(&self) -> StepKind {
        match (&self.before, &self.after) {
            (None, _) => StepKind::Create,
            (Some(_), None) => StepKind::Delete,
            (Some(_), Some(_)) => StepKind::Edit,
        }
    }

    /// The initiative's name (as after the step, else as before it).
    pub fn name(&self) -> &str {
        self.after
            .as_ref()
            .or(self.before.as_ref())
            .map_or("", |initiative| initiative.name.as_str())
    }

    /// The translation key of what the step did ("the change to 'X'").
    pub fn key(&self) -> &'static str {
        match self.kind() {
            StepKind::Create => "step-create",
            StepKind::Edit => "step-edit",
            StepKind::Delete => "step-delete",
        }
    }
}

/// The two stacks.
#[derive(Debug, Default)]
pub struct History {
    pub undo: Vec<UndoStep>,
    pub redo: Vec<UndoStep>,
    /// A step sent to the worker and not yet answered (no second one meanwhile).
    pub in_flight: bool,
}

impl History {
    /// A new action of the user: it can be undone, and what was undone cannot be redone.
    pub fn record(&mut self, step: UndoStep) {
        if step.before == step.after {
            return;
        }
        self.undo.push(step);
        if self.undo.len() > MAX_STEPS {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    /// Take the step to undo (or redo) now, if any and none is on its way.
    pub fn take(&mut self, redo: bool) -> Option<UndoStep> {
        if self.in_flight {
            return None;
        }
        let step = if redo {
            self.redo.pop()
        } else {
            self.undo.pop()
        }?;
        self.in_flight = true;
        Some(step)
    }

    /// A step was carried out: it moves to the other stack.
    pub fn done(&mut self, step: UndoStep, redo: bool) {
        self.in_flight = false;
        if redo {
            self.undo.push(step);
        } else {
            self.redo.push(step);
        }
    }

    /// A step could not be carried out (changed elsewhere, emptied trash): it is dropped.
    pub fn failed(&mut self) {
        self.in_flight = false;
    }

    pub fn clear(&mut self) {
        *self = History::default();
    }

    pub fn next_undo(&self) -> Option<&UndoStep> {
        self.undo.last().filter(|_| !self.in_flight)
    }

    pub fn next_redo(&self) -> Option<&UndoStep> {
        self.redo.last().filter(|_| !self.in_flight)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(name: &str) -> Option<Initiative> {
        Some(Initiative::new(name))
    }

    #[test]
    fn steps_move_between_the_stacks_and_a_new_action_clears_redo() {
        let mut history = History::default();
        history.record(UndoStep {
            before: None,
            after: named("a"),
        });
        history.record(UndoStep {
            before: named("a"),
            after: named("b"),
        });
        let step = history.take(false).expect("undo");
        assert_eq!(step.kind(), StepKind::Edit);
        assert!(history.take(false).is_none(), "one at a time");
        history.done(step, false);
        assert_eq!(history.next_redo().map(UndoStep::name), Some("b"));
        let step = history.take(true).expect("redo");
        history.done(step, true);
        assert_eq!(history.undo.len(), 2);
        let step = history.take(false).expect("undo");
        history.done(step, false);
        history.record(UndoStep {
            before: named("a"),
            after: None,
        });
        assert!(history.redo.is_empty());
        assert_eq!(
            history.next_undo().map(UndoStep::kind),
            Some(StepKind::Delete)
        );
    }

    #[test]
    fn a_step_that_changes_nothing_is_not_kept() {
        let mut history = History::default();
        history.record(UndoStep {
            before: named("a"),
            after: named("a"),
        });
        assert!(history.undo.is_empty());
    }
}
