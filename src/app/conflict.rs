//! The conflict dialog's draft: a save met a newer version stored by someone else. Every
//! field where the two differ is listed with both values; the user keeps theirs, takes
//! the other, or merges field by field (the merge proposes whoever changed a field).

use crate::domain::{Difference, Fielded, Initiative, PortfolioSettings, Take};

/// Both versions and the user's choice per differing field.
#[derive(Debug, Clone)]
pub struct Merge<T: Fielded> {
    pub mine: T,
    pub theirs: T,
    pub rows: Vec<Difference<T::Field>>,
    /// Per row, whose value the merge takes.
    pub choices: Vec<Take>,
}

impl<T: Fielded> Merge<T> {
    /// `base` is what the user read before typing `mine`; `theirs` is stored now.
    pub fn new(base: &T, mine: T, theirs: T) -> Self {
        let rows = crate::domain::differences(base, &mine, &theirs);
        let choices = rows.iter().map(|row| row.proposed).collect();
        Self {
            mine,
            theirs,
            rows,
            choices,
        }
    }

    /// `theirs` with the rows chosen as mine taken from `mine`.
    pub fn merged(&self) -> T {
        let choices: Vec<_> = self
            .rows
            .iter()
            .zip(&self.choices)
            .map(|(row, &take)| (row.field, take))
            .collect();
        crate::domain::merge(&self.mine, &self.theirs, &choices)
    }

    /// Choose one side for every row.
    pub fn choose_all(&mut self, take: Take) {
        self.choices.fill(take);
    }
}

/// What the conflict is about.
#[derive(Debug, Clone)]
pub enum ConflictDialog {
    Initiative(Box<Merge<Initiative>>),
    Settings(Box<Merge<PortfolioSettings>>),
}

impl ConflictDialog {
    /// The field ids, the user's and the stored value, and the choice per row (for the
    /// view, which draws both kinds alike).
    pub fn rows(&self) -> Vec<(&'static str, &str, &str, bool)> {
        fn of<T: Fielded>(merge: &Merge<T>) -> Vec<(&'static str, &str, &str, bool)> {
            merge
                .rows
                .iter()
                .map(|row| {
                    (
                        T::field_id(row.field),
                        row.mine.as_str(),
                        row.theirs.as_str(),
                        row.changed_by_both,
                    )
                })
                .collect()
        }
        match self {
            ConflictDialog::Initiative(merge) => of(merge),
            ConflictDialog::Settings(merge) => of(merge),
        }
    }

    pub fn choices_mut(&mut self) -> &mut Vec<Take> {
        match self {
            ConflictDialog::Initiative(merge) => &mut merge.choices,
            ConflictDialog::Settings(merge) => &mut merge.choices,
        }
    }

    pub fn choices(&self) -> &[Take] {
        match self {
            ConflictDialog::Initiative(merge) => &merge.choices,
            ConflictDialog::Settings(merge) => &merge.choices,
        }
    }

    /// The initiative's name, or `None` for the settings.
    pub fn subject(&self) -> Option<&str> {
        match self {
            ConflictDialog::Initiative(merge) => Some(&merge.theirs.name),
            ConflictDialog::Settings(_) => None,
        }
    }
}

/// The trash dialog: the deleted initiatives, restorable until the trash is emptied.
#[derive(Debug, Clone, Default)]
pub struct TrashDialog {
    pub entries: Vec<crate::store::TrashEntry>,
    pub loading: bool,
    /// The "empty the trash for good?" question is open.
    pub asking_empty: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_merge_keeps_both_sides_changes_and_follows_the_choices() {
        let base = crate::demo::demo_portfolio().initiatives[1].clone();
        let mut mine = base.clone();
        mine.owner = "Ik".into();
        let mut theirs = base.clone();
        theirs.notes = "Van een collega".into();
        theirs.row_version += 1;
        let mut dialog = Merge::new(&base, mine, theirs.clone());
        let merged = dialog.merged();
        assert_eq!(
            (merged.owner.as_str(), merged.notes.as_str()),
            ("Ik", "Van een collega")
        );
        assert_eq!(merged.row_version, theirs.row_version, "saved over theirs");
        dialog.choose_all(Take::Theirs);
        assert_eq!(dialog.merged(), theirs);
        dialog.choose_all(Take::Mine);
        assert_eq!(
            dialog.merged().notes,
            base.notes,
            "all mine: their note undone"
        );
    }
}
