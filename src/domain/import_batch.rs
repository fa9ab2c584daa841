//! What an import writes: built by `exchange::import` from a previewed file, written by
//! the store in one transaction.

use super::{Department, Initiative, Portfolio};

/// What an import writes, all in one transaction.
#[derive(Debug, Clone, Default)]
pub struct ImportBatch {
    /// Replace the whole portfolio (an import into an empty one, keeping ids).
    pub replace: Option<Portfolio>,
    /// New initiatives (their ids are assigned by the store).
    pub create: Vec<Initiative>,
    /// Existing initiatives, complete, by id, each with the row version the preview saw:
    /// a change made elsewhere since then refuses the import.
    pub update: Vec<Initiative>,
    /// Also replace the updated initiatives' phase history (a lossless JSON import).
    pub replace_history: bool,
    /// Departments to add when missing.
    pub departments: Vec<Department>,
    /// Where it comes from (the file's name), for the audit log.
    pub source: String,
}

impl ImportBatch {
    pub fn len(&self) -> usize {
        self.replace
            .as_ref()
            .map_or(0, |portfolio| portfolio.initiatives.len())
            + self.create.len()
            + self.update.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0 && self.departments.is_empty()
    }
}
