//! What both backends' loads share.

/// Child rows gathered as `(initiative index, row)` in rowid order, then handed to their
/// initiatives with each list allocated at its exact length: pushing row by row left room
/// for four in every list (a phase history of one change took 320 bytes), a third of the
/// memory a 100,000-initiative portfolio took.
pub(super) fn distribute<T, L: List<T>, S>(
    mut rows: Vec<(usize, T)>,
    initiatives: &mut [S],
    list: impl Fn(&mut S) -> &mut L,
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

/// An initiative's list of child rows: a `Vec`, or a `ThinVec` for the lists most
/// initiatives leave empty (8 bytes in the initiative instead of 24).
pub(super) trait List<T>: Extend<T> {
    fn reserve_exact(&mut self, additional: usize);
}

impl<T> List<T> for Vec<T> {
    fn reserve_exact(&mut self, additional: usize) {
        Vec::reserve_exact(self, additional);
    }
}

impl<T> List<T> for thin_vec::ThinVec<T> {
    fn reserve_exact(&mut self, additional: usize) {
        thin_vec::ThinVec::reserve_exact(self, additional);
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
