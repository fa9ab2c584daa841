//! What both backends' loads share.

use crate::domain::Initiative;

/// Child rows gathered as `(initiative index, row)` in rowid order, then handed to their
/// initiatives with each list allocated at its exact length: pushing row by row left room
/// for four in every list (a phase history of one change took 320 bytes), a third of the
/// memory a 100,000-initiative portfolio took.
pub(super) fn distribute<T>(
    mut rows: Vec<(usize, T)>,
    initiatives: &mut [Initiative],
    list: impl Fn(&mut Initiative) -> &mut Vec<T>,
) {
    // Stable, so each initiative's rows keep their rowid order.
    rows.sort_by_key(|(index, _)| *index);
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (index, _) in &rows {
        match runs.last_mut() {
            Some((last, length)) if last == index => *length += 1,
            _ => runs.push((*index, 1)),
        }
    }
    let mut rows = rows.into_iter().map(|(_, row)| row);
    for (index, length) in runs {
        let target = list(&mut initiatives[index]);
        target.reserve_exact(length);
        target.extend(rows.by_ref().take(length));
    }
}

/// Names that recur across rows (who decided a phase change), kept once and shared:
/// a few hundred deciders for 100,000 changes.
#[derive(Default)]
pub(super) struct Interned {
    known: std::collections::HashSet<std::sync::Arc<str>>,
}

impl Interned {
    pub(super) fn get(&mut self, text: &str) -> std::sync::Arc<str> {
        if let Some(known) = self.known.get(text) {
            return known.clone();
        }
        let new: std::sync::Arc<str> = text.into();
        self.known.insert(new.clone());
        new
    }
}
