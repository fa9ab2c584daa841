//! The conflict dialog's draft: a save met a newer version stored by someone else. Every
//! field where the two differ is listed with both values; the user keeps theirs, takes
//! the other, or merges field by field (the merge proposes whoever changed a field).

use crate::domain::{
    Department, Difference, Fielded, Initiative, PortfolioSettings, StartingPosition, Take,
};

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

/// The departments' starting positions: one row per department both sides changed
/// differently.
#[derive(Debug, Clone)]
pub struct DepartmentsMerge {
    pub mine: Vec<Department>,
    pub theirs: Vec<Department>,
    pub rows: Vec<Difference<String>>,
    pub choices: Vec<Take>,
}

impl DepartmentsMerge {
    pub fn new(base: &[Department], mine: Vec<Department>, theirs: Vec<Department>) -> Self {
        let position = |list: &[Department], name: &str| -> Option<Option<StartingPosition>> {
            list.iter()
                .find(|department| department.name.trim() == name)
                .map(|department| department.starting_position)
        };
        let text = |position: Option<StartingPosition>| {
            position.map(StartingPosition::id).unwrap_or("").to_string()
        };
        let rows: Vec<Difference<String>> = mine
            .iter()
            .filter_map(|department| {
                let name = department.name.trim();
                let ours = department.starting_position;
                let stored = position(&theirs, name)?;
                if ours == stored {
                    return None;
                }
                let read = position(base, name).flatten();
                let i_changed = ours != read;
                Some(Difference {
                    field: name.to_string(),
                    mine: text(ours),
                    theirs: text(stored),
                    changed_by_both: i_changed && stored != read,
                    proposed: if i_changed { Take::Mine } else { Take::Theirs },
                })
            })
            .collect();
        let choices = rows.iter().map(|row| row.proposed).collect();
        Self {
            mine,
            theirs,
            rows,
            choices,
        }
    }

    /// The stored departments with the positions chosen as mine, plus the user's new ones.
    pub fn merged(&self) -> Vec<Department> {
        let mut merged = self.theirs.clone();
        for (row, take) in self.rows.iter().zip(&self.choices) {
            if *take == Take::Mine
                && let (Some(target), Some(mine)) = (
                    merged.iter_mut().find(|d| d.name.trim() == row.field),
                    self.mine.iter().find(|d| d.name.trim() == row.field),
                )
            {
                target.starting_position = mine.starting_position;
            }
        }
        for department in &self.mine {
            if !merged
                .iter()
                .any(|d| d.name.trim() == department.name.trim())
            {
                merged.push(department.clone());
            }
        }
        merged
    }
}

/// What the conflict is about.
#[derive(Debug, Clone)]
pub enum ConflictDialog {
    Initiative(Box<Merge<Initiative>>),
    Settings(Box<Merge<PortfolioSettings>>),
    Departments(Box<DepartmentsMerge>),
}

/// One row of the dialog, as the view draws it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConflictRow {
    /// The field's stable id (its label, and how its values are shown).
    pub field: &'static str,
    /// A department's name, shown instead of the field's label.
    pub name: Option<String>,
    pub mine: String,
    pub theirs: String,
    pub changed_by_both: bool,
}

impl ConflictDialog {
    /// The rows where the user's and the stored version differ.
    pub fn rows(&self) -> Vec<ConflictRow> {
        fn of<T: Fielded>(merge: &Merge<T>) -> Vec<ConflictRow> {
            merge
                .rows
                .iter()
                .map(|row| ConflictRow {
                    field: T::field_id(row.field),
                    name: None,
                    mine: row.mine.clone(),
                    theirs: row.theirs.clone(),
                    changed_by_both: row.changed_by_both,
                })
                .collect()
        }
        match self {
            ConflictDialog::Initiative(merge) => of(merge),
            ConflictDialog::Settings(merge) => of(merge),
            ConflictDialog::Departments(merge) => merge
                .rows
                .iter()
                .map(|row| ConflictRow {
                    field: "starting_position",
                    name: Some(row.field.clone()),
                    mine: row.mine.clone(),
                    theirs: row.theirs.clone(),
                    changed_by_both: row.changed_by_both,
                })
                .collect(),
        }
    }

    pub fn choices_mut(&mut self) -> &mut Vec<Take> {
        match self {
            ConflictDialog::Initiative(merge) => &mut merge.choices,
            ConflictDialog::Settings(merge) => &mut merge.choices,
            ConflictDialog::Departments(merge) => &mut merge.choices,
        }
    }

    pub fn choices(&self) -> &[Take] {
        match self {
            ConflictDialog::Initiative(merge) => &merge.choices,
            ConflictDialog::Settings(merge) => &merge.choices,
            ConflictDialog::Departments(merge) => &merge.choices,
        }
    }

    /// The key and argument of the dialog's heading.
    pub fn heading(&self) -> (&'static str, Option<&str>) {
        match self {
            ConflictDialog::Initiative(merge) => ("conflict-found", Some(&merge.theirs.name)),
            ConflictDialog::Settings(_) => ("conflict-settings-found", None),
            ConflictDialog::Departments(_) => ("conflict-departments-found", None),
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
    fn departments_merge_per_department() {
        let department = |name: &str, position| Department {
            name: name.into(),
            starting_position: position,
        };
        let base = vec![
            department("Milieu", None),
            department("Economie", Some(StartingPosition::NoIdeaYet)),
        ];
        let mine = vec![
            department("Milieu", Some(StartingPosition::ConcretePlans)),
            department("Economie", Some(StartingPosition::NoIdeaYet)),
            department("Cultuur", None),
        ];
        let theirs = vec![
            department("Milieu", None),
            department("Economie", Some(StartingPosition::MustDoSomething)),
        ];
        let mut merge = DepartmentsMerge::new(&base, mine, theirs);
        assert_eq!(merge.rows.len(), 2);
        let merged = merge.merged();
        let position = |list: &[Department], name: &str| {
            list.iter()
                .find(|d| d.name == name)
                .map(|d| d.starting_position)
        };
        assert_eq!(
            position(&merged, "Milieu"),
            Some(Some(StartingPosition::ConcretePlans))
        );
        assert_eq!(
            position(&merged, "Economie"),
            Some(Some(StartingPosition::MustDoSomething))
        );
        assert_eq!(
            position(&merged, "Cultuur"),
            Some(None),
            "a new one is kept"
        );
        merge.choices.fill(Take::Theirs);
        assert_eq!(position(&merge.merged(), "Milieu"), Some(None));
    }

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
