//! The trash and the audit log (issue "Trust", items 4 and 7): a delete can be undone
//! until the trash is emptied, and every change says when, by whom and what.

use proeftuin::domain::{GateDecision, Initiative, Phase, PhaseChange, PortfolioSettings};
use proeftuin::store::{self, AuditAction, AuditFilter, Store, StoreError};

mod support;

fn demo_store(fresh: &support::Fresh) -> Box<dyn Store> {
    let mut store = fresh.open();
    store
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    store
}

fn actions(store: &dyn Store, id: i64) -> Vec<AuditAction> {
    store
        .audit(AuditFilter {
            initiative: Some(id),
            since: None,
        })
        .expect("audit")
        .into_iter()
        .map(|entry| entry.action)
        .collect()
}

#[test]
fn a_deleted_initiative_waits_in_the_trash_with_everything_it_carried() {
    for fresh in support::fresh_portfolios() {
        let mut store = demo_store(&fresh);
        let portfolio = store.load_portfolio().expect("load");
        // The richest initiative: budget lines, decisions, partners, reports.
        let rich = portfolio
            .initiatives
            .iter()
            .max_by_key(|i| i.budget_lines.len() + i.phase_history.len() + i.health_reports.len())
            .expect("initiatives")
            .clone();
        assert!(!rich.phase_history.is_empty() && !rich.budget_lines.is_empty());
        store
            .delete_initiative(rich.id, rich.row_version)
            .expect("delete");
        assert!(store.load_initiative(rich.id).expect("load").is_none());
        let trash = store.trash().expect("trash");
        assert_eq!(trash.len(), 1);
        assert_eq!(
            (trash[0].id, trash[0].name.as_str()),
            (rich.id, rich.name.as_str())
        );
        assert_eq!(trash[0].deleted_by, store.user());
        let back = store.restore_from_trash(rich.id).expect("restore");
        assert_eq!(back.id, rich.id, "its own id");
        let mut loaded = store.load_initiative(rich.id).expect("load").expect("back");
        loaded.row_version = rich.row_version;
        assert_eq!(loaded, rich, "nothing lost");
        assert!(store.trash().expect("trash").is_empty());
        assert!(matches!(
            store.restore_from_trash(rich.id),
            Err(StoreError::NotInTrash(_))
        ));
        assert_eq!(
            actions(store.as_ref(), rich.id),
            [AuditAction::Deleted, AuditAction::Restored]
        );
    }
}

#[test]
fn emptying_the_trash_is_for_good_and_recorded() {
    for fresh in support::fresh_portfolios() {
        let mut store = demo_store(&fresh);
        let portfolio = store.load_portfolio().expect("load");
        for initiative in &portfolio.initiatives[..3] {
            store
                .delete_initiative(initiative.id, initiative.row_version)
                .expect("delete");
        }
        assert_eq!(store.empty_trash().expect("empty"), 3);
        assert!(store.trash().expect("trash").is_empty());
        assert!(
            store
                .restore_from_trash(portfolio.initiatives[0].id)
                .is_err()
        );
        let log = store.audit(AuditFilter::default()).expect("audit");
        let last = log.last().expect("lines");
        assert_eq!(
            (last.action, last.new.as_str()),
            (AuditAction::EmptiedTrash, "3")
        );
        // A new initiative never takes a number of one that was deleted for good.
        let created = store
            .insert_initiative(&Initiative::new("Na het legen"))
            .expect("insert");
        assert!(portfolio.initiatives.iter().all(|old| old.id < created.id));
    }
}

#[test]
fn the_audit_log_records_who_changed_which_field_from_what_to_what() {
    for fresh in support::fresh_portfolios() {
        let mut store = demo_store(&fresh);
        let created = store
            .insert_initiative(&Initiative::new("Slimme lantaarnpalen"))
            .expect("insert");
        let mut edited = created.clone();
        edited.owner = "J. de Vries".into();
        edited.notes = "Eerste wijk gekozen".into();
        let edited = store.update_initiative(&edited).expect("update");
        store
            .change_phase(
                created.id,
                edited.row_version,
                &PhaseChange {
                    decided_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("date"),
                    from_phase: Some(Phase::Idea),
                    to_phase: Phase::Preparation,
                    decision: GateDecision::Go,
                    conditions: String::new(),
                    decider: "Stuurgroep".into(),
                    rationale: "Wijk doet mee".into(),
                },
            )
            .expect("phase");
        let log = store
            .audit(AuditFilter {
                initiative: Some(created.id),
                since: None,
            })
            .expect("audit");
        let lines: Vec<_> = log
            .iter()
            .map(|entry| {
                (
                    entry.action,
                    entry.field.as_str(),
                    entry.old.as_str(),
                    entry.new.as_str(),
                )
            })
            .collect();
        assert_eq!(
            lines,
            [
                (AuditAction::Created, "", "", ""),
                (AuditAction::Changed, "owner", "", "J. de Vries"),
                (AuditAction::Changed, "notes", "", "Eerste wijk gekozen"),
                (AuditAction::Phase, "phase", "idea", "preparation"),
            ]
        );
        // The user: the operating system's for a file, the database user for a server.
        let user = match &fresh.location {
            store::Location::File(_) => store::os_user(),
            store::Location::Server(_) => "proeftuin".to_string(),
        };
        assert_eq!(store.user(), user);
        assert!(log.iter().all(|entry| entry.user == user), "{log:?}");
        assert!(
            log.iter()
                .all(|entry| entry.subject == "Slimme lantaarnpalen")
        );
        assert_eq!(log[3].source, "go");
        // Settings are recorded per setting.
        let base = store.load_portfolio().expect("load").settings;
        let settings = PortfolioSettings {
            stuck_threshold_months: 18,
            ..base.clone()
        };
        store.save_settings(&base, &settings).expect("settings");
        let all = store.audit(AuditFilter::default()).expect("audit");
        let last = all.last().expect("line");
        assert_eq!(
            (
                last.action,
                last.field.as_str(),
                last.old.as_str(),
                last.new.as_str()
            ),
            (AuditAction::Settings, "stuck_threshold", "12", "18")
        );
        // Only today's and later lines from today on; none from tomorrow on.
        let today = chrono::Utc::now().date_naive();
        let since_today = store
            .audit(AuditFilter {
                initiative: None,
                since: Some(today),
            })
            .expect("audit");
        assert_eq!(since_today.len(), all.len());
        let tomorrow = store
            .audit(AuditFilter {
                initiative: None,
                since: today.succ_opt(),
            })
            .expect("audit");
        assert!(tomorrow.is_empty());
    }
}

#[test]
fn an_import_names_its_file_in_the_audit_log() {
    let dir = tempfile::tempdir().expect("dir");
    for fresh in support::fresh_portfolios() {
        let mut store = demo_store(&fresh);
        let register = dir.path().join("register-2026.csv");
        std::fs::write(
        &register,
        "Naam;Afdeling;Fase\nDeelfietsen;Mobiliteit;idee\nChatbot klantcontactcentrum;Dienstverlening;opschaling\n",
    )
    .expect("write");
        let portfolio = store.load_portfolio().expect("load");
        let preview = proeftuin::exchange::import::preview_file(
            &portfolio,
            &register,
            &Default::default(),
            chrono::NaiveDate::from_ymd_opt(2026, 11, 29).expect("date"),
        )
        .expect("preview");
        store
            .apply_import(&preview.batch, &mut |_| true)
            .expect("import");
        let imported: Vec<_> = store
            .audit(AuditFilter::default())
            .expect("audit")
            .into_iter()
            .filter(|entry| entry.action == AuditAction::Imported)
            .collect();
        assert_eq!(imported.len(), 2, "{imported:?}");
        assert!(
            imported
                .iter()
                .all(|entry| entry.source.ends_with("register-2026.csv")),
            "{imported:?}"
        );
    }
}

#[test]
fn a_revert_puts_back_fields_lists_and_decisions_and_checks_the_version() {
    for fresh in support::fresh_portfolios() {
        let mut store = demo_store(&fresh);
        let portfolio = store.load_portfolio().expect("load");
        let before = portfolio
            .initiatives
            .iter()
            .find(|i| !i.phase_history.is_empty())
            .expect("one with decisions")
            .clone();
        let mut changed = before.clone();
        changed.phase_history.clear();
        changed.partners.clear();
        changed.name = "Anders".into();
        let changed = store.revert_initiative(&changed).expect("write");
        let stale = Initiative {
            row_version: before.row_version,
            ..before.clone()
        };
        assert!(matches!(
            store.revert_initiative(&stale),
            Err(StoreError::Conflict { .. })
        ));
        let back = Initiative {
            row_version: changed.row_version,
            ..before.clone()
        };
        store.revert_initiative(&back).expect("revert");
        let mut loaded = store
            .load_initiative(before.id)
            .expect("load")
            .expect("present");
        loaded.row_version = before.row_version;
        assert_eq!(loaded, before);
    }
}
