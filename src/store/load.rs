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

/// Child rows placed in their initiatives' lists while they are read, for a load that
/// reads a table in rowid order: the rows of one initiative mostly come one after the
/// other (a file is written initiative by initiative), so a run of them is kept aside and
/// moved into its list, allocated at the run's exact length, when a row of another
/// initiative comes. An initiative whose rows come in several runs (a phase change
/// decided after other initiatives' rows were written) gets each appended in the order
/// it came, as [`distribute`] would: its list grows as a vector grows, so rows of
/// initiatives taking turns cost no more than pushing them one by one, and is cut to its
/// length at the end. Gathering every row in one vector and placing them afterwards
/// touched a second copy of the rows (about 24 MB at 100,000 initiatives), memory a new
/// process has to fault in.
pub(super) struct Runs<T> {
    index: usize,
    rows: Vec<T>,
    /// The initiatives whose lists got more than one run.
    regrown: Vec<usize>,
}

impl<T> Runs<T> {
    pub(super) fn new() -> Self {
        Self {
            index: 0,
            rows: Vec::new(),
            regrown: Vec::new(),
        }
    }

    /// A row of the initiative at `index` in `targets`.
    pub(super) fn push<S, L: List<T>>(
        &mut self,
        index: usize,
        row: T,
        targets: &mut [S],
        list: impl Fn(&mut S) -> &mut L,
    ) {
        if index != self.index {
            self.place(targets, list);
            self.index = index;
        }
        self.rows.push(row);
    }

    /// Places the last run: call it when every row has been pushed.
    pub(super) fn finish<S, L: List<T>>(
        mut self,
        targets: &mut [S],
        list: impl Fn(&mut S) -> &mut L,
    ) {
        self.place(targets, &list);
        for index in self.regrown {
            list(&mut targets[index]).shrink_to_fit();
        }
    }

    fn place<S, L: List<T>>(&mut self, targets: &mut [S], list: impl Fn(&mut S) -> &mut L) {
        if self.rows.is_empty() {
            return;
        }
        let target = list(&mut targets[self.index]);
        if target.is_empty() {
            target.reserve_exact(self.rows.len());
        } else {
            target.reserve(self.rows.len());
            self.regrown.push(self.index);
        }
        target.extend(self.rows.drain(..));
    }
}

/// An initiative's list of child rows: a `Vec`, or a `ThinVec` for the lists most
/// initiatives leave empty (8 bytes in the initiative instead of 24).
pub(super) trait List<T>: Extend<T> + std::ops::Deref<Target = [T]> {
    fn reserve_exact(&mut self, additional: usize);
    fn reserve(&mut self, additional: usize);
    fn shrink_to_fit(&mut self);
}

impl<T> List<T> for Vec<T> {
    fn reserve_exact(&mut self, additional: usize) {
        Vec::reserve_exact(self, additional);
    }
    fn reserve(&mut self, additional: usize) {
        Vec::reserve(self, additional);
    }
    fn shrink_to_fit(&mut self) {
        Vec::shrink_to_fit(self);
    }
}

impl<T> List<T> for thin_vec::ThinVec<T> {
    fn reserve_exact(&mut self, additional: usize) {
        thin_vec::ThinVec::reserve_exact(self, additional);
    }
    fn reserve(&mut self, additional: usize) {
        thin_vec::ThinVec::reserve(self, additional);
    }
    fn shrink_to_fit(&mut self) {
        thin_vec::ThinVec::shrink_to_fit(self);
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
