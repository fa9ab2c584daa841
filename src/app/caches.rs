//! The caches the views draw from, refreshed after the commands of a frame: per-initiative
//! figures and search text, the sort order, the visible rows and their counts, the
//! overview's summary and the budget view — each recomputed only when what it depends on
//! (the data generation, filters, sort, language, period, ticks) changed.

use super::rows::compare_rows;
use super::{BudgetView, ProeftuinApp, View, filter_rows, search_index, sort_order};
use crate::domain::*;
use crate::figures::NameOrder;
use crate::figures::all_initiative_figures;

impl ProeftuinApp {
    /// Recompute figures and the table's rows when the data or the filters changed.
    pub(super) fn refresh_caches(&mut self) {
        let Some(portfolio) = &self.portfolio else {
            return;
        };
        // The settings view edits copies of the stored settings and departments.
        // A save is based on what the copies were made from.
        if self.drafts.settings.is_none() {
            self.drafts.settings = Some(portfolio.settings.clone());
            self.settings_base = Some(portfolio.settings.clone());
        }
        if self.drafts.departments.is_none() {
            self.drafts.departments = Some(portfolio.departments.clone());
            self.departments_base = Some(portfolio.departments.clone());
        }
        let sort = self.prefs.sort;
        let language = self.tr.language();
        // The overview's figures were made this frame and the rest is left to the next.
        let mut table_next_frame = false;
        if self.figures_generation != self.generation {
            let order_current = self
                .order_for
                .is_some_and(|(_, order_sort, order_language)| {
                    order_sort == sort && order_language == language
                });
            if self.full_rebuild || self.figures.len() != portfolio.initiatives.len() {
                let today = self.today;
                if self.view == View::Overview {
                    // Only the overview is drawn: its figures first, on two threads (the
                    // per-initiative figures and the summary on this one, the name order
                    // and the attention list on the other); the table's search index and
                    // the filters' names follow in the next frame. A portfolio just
                    // opened is shown that much sooner (about 30 ms at 100,000).
                    let year = chrono::Datelike::year(&today);
                    let ((figures, summary), (name_order, attention)) = on_two_threads(
                        || {
                            let figures = all_initiative_figures(portfolio, today);
                            let summary =
                                crate::figures::summarize_with(portfolio, &figures, today, year);
                            (figures, summary)
                        },
                        || {
                            let name_order = NameOrder::build(portfolio);
                            let attention =
                                crate::figures::needs_attention_in(portfolio, &name_order);
                            (name_order, attention)
                        },
                    );
                    self.figures = figures;
                    self.name_order = name_order;
                    self.summary = Some(summary);
                    self.attention = attention;
                    self.summary_for = Some((self.generation, year));
                    self.search_due = true;
                    table_next_frame = true;
                } else {
                    // Two halves of about the same work (30 ms each at 100,000
                    // initiatives), the second on another core: a new portfolio is shown
                    // that much sooner.
                    let ((figures, name_order), (search_index, (departments, themes))) =
                        on_two_threads(
                            || {
                                let figures = all_initiative_figures(portfolio, today);
                                (figures, NameOrder::build(portfolio))
                            },
                            || (search_index(portfolio), names_in_use(portfolio)),
                        );
                    self.figures = figures;
                    self.name_order = name_order;
                    self.search_index = search_index;
                    self.departments = departments;
                    self.themes = themes;
                    self.search_due = false;
                    give_back_freed_memory();
                }
            } else {
                // Edits to existing rows: update just those rows (a full rebuild costs
                // ~120 ms at 100,000 initiatives, a noticeable pause after every save).
                let kind_names: Vec<String> = Kind::ALL
                    .iter()
                    .map(|kind| self.tr.name("kind", kind.id()))
                    .collect();
                let quadrant_names: Vec<String> = Quadrant::ALL
                    .iter()
                    .map(|quadrant| self.tr.name("quadrant", quadrant.id()))
                    .collect();
                for &index in &self.changed_rows {
                    let Some(initiative) = portfolio.initiatives.get(index) else {
                        continue;
                    };
                    self.figures[index] = crate::figures::initiative_figures(
                        initiative,
                        &portfolio.settings,
                        self.today,
                    );
                    self.name_order.update(portfolio, index);
                    // While the search index and the filters' names are still to be made
                    // (below, whole), there is nothing to update in them.
                    if !self.search_due {
                        self.search_index.update(portfolio, index);
                        if let Some(name) = &initiative.department
                            && let Err(position) = self
                                .departments
                                .binary_search_by(|known| known.as_str().cmp(name))
                        {
                            self.departments.insert(position, name.to_string());
                        }
                        for name in &initiative.themes {
                            if let Err(position) = self
                                .themes
                                .binary_search_by(|known| known.as_str().cmp(name))
                            {
                                self.themes.insert(position, name.to_string());
                            }
                        }
                    }
                    if order_current
                        && let Some(position) = self.order.iter().position(|&row| row == index)
                    {
                        self.order.remove(position);
                        let folded = initiative.name.to_lowercase();
                        let insert_at = self.order.partition_point(|&other| {
                            let other_folded = portfolio.initiatives[other].name.to_lowercase();
                            compare_rows(
                                portfolio,
                                &self.figures,
                                sort,
                                (&kind_names, &quadrant_names),
                                (other, &other_folded),
                                (index, &folded),
                            ) == std::cmp::Ordering::Less
                        });
                        self.order.insert(insert_at, index);
                    }
                }
                if order_current {
                    self.order_for = Some((self.generation, sort, language));
                }
            }
            self.changed_rows.clear();
            self.full_rebuild = false;
            self.figures_generation = self.generation;
        }
        let year = chrono::Datelike::year(&self.today);
        if self.view == View::Overview && self.summary_for != Some((self.generation, year)) {
            self.summary = Some(crate::figures::summarize_with(
                portfolio,
                &self.figures,
                self.today,
                year,
            ));
            self.attention = crate::figures::needs_attention_in(portfolio, &self.name_order);
            self.summary_for = Some((self.generation, year));
        }
        if self.search_due {
            if table_next_frame {
                // The overview is drawn with what it needs; the next frame makes the rest.
                if let Some(ctx) = &self.repaint {
                    ctx.request_repaint();
                }
                return;
            }
            let (search_index, (departments, themes)) =
                on_two_threads(|| search_index(portfolio), || names_in_use(portfolio));
            self.search_index = search_index;
            self.departments = departments;
            self.themes = themes;
            self.search_due = false;
            give_back_freed_memory();
        }
        let order_key = (self.generation, self.prefs.sort, self.tr.language());
        if self.order_for != Some(order_key) {
            self.order = sort_order(
                portfolio,
                &self.figures,
                &self.name_order,
                self.prefs.sort,
                &self.tr,
            );
            self.order_for = Some(order_key);
            self.visible_for = None;
        }
        let key = (self.generation, self.prefs.filters.clone(), self.prefs.sort);
        if self.visible_for.as_ref() != Some(&key) {
            self.visible = filter_rows(
                portfolio,
                &self.figures,
                &self.search_index,
                &self.prefs.filters,
                &self.order,
            );
            self.shown = crate::figures::shown_figures(
                portfolio,
                &self.figures,
                &self.name_order,
                &self.visible,
            );
            self.visible_for = Some(key);
        }
        let balance_key = (self.generation, self.prefs.filters.clone(), self.prefs.sort);
        if self.view == View::Balance && self.balance_for.as_ref() != Some(&balance_key) {
            self.balance =
                crate::figures::balance::balance(portfolio, &self.figures, &self.visible);
            self.balance_for = Some(balance_key);
        }
        if self.view == View::Departments
            && self.department_figures_for != Some((self.generation, year))
        {
            self.department_figures =
                crate::figures::departments::department_figures(portfolio, &self.figures, year);
            self.department_figures_for = Some((self.generation, year));
        }
        if self.view == View::Activities {
            if self.activity_evidence_for != Some(self.generation) {
                self.activity_evidence = crate::figures::activities::register_evidence(portfolio);
                self.activity_evidence_for = Some(self.generation);
            }
            if self.drafts.assessment.is_none() {
                self.drafts.assessment = Some(super::AssessmentDraft::new(
                    portfolio.latest_assessment(),
                    self.today,
                    self.tr.language(),
                ));
            }
        }
        let budget_key = (
            self.generation,
            self.prefs.filters.clone(),
            self.budget_period,
            self.projection_generation,
        );
        if self.view == View::Budget && self.budget_for.as_ref() != Some(&budget_key) {
            self.budget = Some(BudgetView::compute(
                portfolio,
                &self.visible,
                &self.prefs.filters,
                self.budget_period,
                &self.projection_ticked,
                year,
            ));
            self.budget_for = Some(budget_key);
        }
    }

    /// The peers view: the library asked for once, the cases the search shows, and the
    /// cases most like the initiative compared.
    pub(super) fn refresh_peers(&mut self) {
        if self.view != View::Peers {
            return;
        }
        let Some(portfolio) = &self.portfolio else {
            return;
        };
        let Some(library) = &self.peers else {
            if !self.peers_requested {
                self.peers_requested = true;
                self.worker.send(super::worker::Request::LoadPeers);
            }
            return;
        };
        let search = self.drafts.peer_search.trim().to_lowercase();
        let key = (self.peers_generation, search.clone());
        if self.peer_shown_for.as_ref() != Some(&key) {
            self.peer_shown = library
                .cases
                .iter()
                .enumerate()
                .filter(|(_, case)| {
                    search.is_empty()
                        || [
                            &case.organisation,
                            &case.name,
                            &case.description,
                            &case.status,
                            &case.country,
                        ]
                        .iter()
                        .any(|text| text.to_lowercase().contains(&search))
                })
                .map(|(index, _)| index)
                .collect();
            self.peer_shown_for = Some(key);
        }
        // The initiative chosen, else the one open in the editor, else the first shown.
        let chosen = self
            .peer_choice
            .filter(|id| portfolio.initiative(*id).is_some())
            .or_else(|| {
                self.drafts
                    .editor
                    .as_ref()
                    .map(|editor| editor.draft.id)
                    .filter(|id| portfolio.initiative(*id).is_some())
            })
            .or_else(|| {
                self.visible
                    .first()
                    .and_then(|&row| portfolio.initiatives.get(row))
                    .map(|initiative| initiative.id)
            });
        self.peer_for = chosen;
        let Some(id) = chosen else {
            self.peer_matches.clear();
            return;
        };
        let key = (self.peers_generation, self.generation, id);
        if self.peer_matches_for != Some(key) {
            self.peer_matches = portfolio
                .initiative(id)
                .map(|initiative| {
                    crate::figures::peers::similar(&library.index, &library.cases, initiative, 10)
                })
                .unwrap_or_default();
            self.peer_matches_for = Some(key);
        }
    }
}

/// After a whole portfolio was loaded and its caches built, hand the memory freed on the
/// way (the previous portfolio and caches; on the store's thread, SQLite's statements and
/// page cache) back to the system: the allocators keep it otherwise, and the window would
/// hold on to tens of MB it does not use. A few milliseconds, once per load.
/// The departments and themes in use or known, sorted, each name copied once (not once
/// per initiative).
fn names_in_use(portfolio: &crate::domain::Portfolio) -> (Vec<String>, Vec<String>) {
    let mut departments: std::collections::BTreeSet<&str> = portfolio
        .departments
        .iter()
        .map(|department| department.name.as_str())
        .collect();
    let mut themes: std::collections::BTreeSet<&str> =
        portfolio.themes.iter().map(String::as_str).collect();
    let (mut last_department, mut last_themes): (Option<&str>, &[std::sync::Arc<str>]) =
        (None, &[]);
    for initiative in &portfolio.initiatives {
        if let Some(name) = initiative.department.as_deref()
            && last_department != Some(name)
        {
            departments.insert(name);
            last_department = Some(name);
        }
        if initiative.themes != last_themes {
            themes.extend(initiative.themes.iter().map(|theme| &**theme));
            last_themes = &initiative.themes;
        }
    }
    (
        departments.into_iter().map(str::to_string).collect(),
        themes.into_iter().map(str::to_string).collect(),
    )
}

/// `here` on this thread while `there` runs on `proeftuin-caches`; without a second
/// thread, both here. A panic on the other thread goes on here.
fn on_two_threads<A, B: Send>(here: impl FnOnce() -> A, there: impl Fn() -> B + Sync) -> (A, B) {
    std::thread::scope(|scope| {
        let other = std::thread::Builder::new()
            .name("proeftuin-caches".into())
            .spawn_scoped(scope, &there);
        let mine = here();
        let theirs = match other.map(std::thread::ScopedJoinHandle::join) {
            Ok(Ok(theirs)) => theirs,
            Ok(Err(panic)) => std::panic::resume_unwind(panic),
            Err(_) => there(),
        };
        (mine, theirs)
    })
}

fn give_back_freed_memory() {
    crate::memory::give_back();
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory at the top of glibc's heaps and
    // unused pages inside them to the system; it touches no live allocation.
    unsafe {
        libc::malloc_trim(0);
    }
}
