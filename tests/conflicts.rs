//! No lost update: two stores on one file (as two windows or two processes would have
//! it); a write based on what another has changed since is refused as a conflict.

mod support;

use proeftuin::domain::Initiative;
use proeftuin::exchange::import::preview_file;
use proeftuin::store::{self, StoreError};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date")
}

#[test]
fn a_stale_delete_is_refused() {
    for fresh in support::fresh_portfolios() {
        let mut first = store::open_location(&fresh.location).expect("open");
        let mut second = store::open_location(&fresh.location).expect("open again");
        let seen = first
            .insert_initiative(&Initiative::new("Chatbot"))
            .expect("insert");
        // The other window edits it…
        let mut edited = second
            .load_initiative(seen.id)
            .expect("load")
            .expect("present");
        edited.description = "Nu met spraak".into();
        second.update_initiative(&edited).expect("update");
        // …so a delete of what the first window saw would lose that edit.
        assert!(matches!(
            first.delete_initiative(seen.id, seen.row_version),
            Err(StoreError::Conflict { .. })
        ));
        assert!(first.load_initiative(seen.id).expect("load").is_some());
    }
}

#[test]
fn an_import_applied_after_another_write_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    for fresh in support::fresh_portfolios() {
        let mut first = store::open_location(&fresh.location).expect("open");
        first
            .replace_portfolio(&proeftuin::demo::demo_portfolio())
            .expect("demo");
        let mut second = store::open_location(&fresh.location).expect("open again");
        let register = dir.path().join("r.csv");
        std::fs::write(
            &register,
            "Naam;Afdeling;Fase\nChatbot klantcontactcentrum;Dienstverlening;opschaling\n",
        )
        .expect("write");
        let preview = preview_file(
            &first.load_portfolio().expect("load"),
            &register,
            &Default::default(),
            today(),
        )
        .expect("preview");
        assert_eq!(preview.updated.len(), 1, "{:?}", preview.problem_messages());
        // Meanwhile the other window edits the same initiative.
        let portfolio = second.load_portfolio().expect("load");
        let mut chatbot = portfolio
            .initiatives
            .iter()
            .find(|initiative| initiative.name == "Chatbot klantcontactcentrum")
            .expect("chatbot")
            .clone();
        chatbot.notes = "Besproken in het MT".into();
        second.update_initiative(&chatbot).expect("update");
        let result = first.apply_import(&preview.batch, &mut |_| true);
        assert!(
            matches!(result, Err(StoreError::ChangedSincePreview)),
            "{result:?}"
        );
        let kept = first
            .load_initiative(chatbot.id)
            .expect("load")
            .expect("present");
        assert_eq!(kept.notes, "Besproken in het MT", "the other edit is kept");
        // Previewed again, the import goes through.
        let again = preview_file(
            &first.load_portfolio().expect("load"),
            &register,
            &Default::default(),
            today(),
        )
        .expect("preview");
        first
            .apply_import(&again.batch, &mut |_| true)
            .expect("import");
    }
}

#[test]
fn stale_settings_are_refused_and_fresh_ones_saved() {
    for fresh in support::fresh_portfolios() {
        let mut first = store::open_location(&fresh.location).expect("open");
        let mut second = store::open_location(&fresh.location).expect("open again");
        let read = first.load_portfolio().expect("load").settings;
        // The other window raises the target first.
        let mut theirs = read.clone();
        theirs.target_innovation_share_bp = 3000;
        second.save_settings(&read, &theirs).expect("their save");
        // A save based on what the first window read would undo it without anyone knowing.
        let mut mine = read.clone();
        mine.municipality = "Proefdorp".into();
        assert!(matches!(
            first.save_settings(&read, &mine),
            Err(StoreError::SettingsChanged)
        ));
        assert_eq!(first.load_portfolio().expect("load").settings, theirs);
        // Based on what is stored now, it goes through.
        mine.target_innovation_share_bp = theirs.target_innovation_share_bp;
        first.save_settings(&theirs, &mine).expect("save on top");
        assert_eq!(second.load_portfolio().expect("load").settings, mine);
    }
}

#[test]
fn a_stale_department_is_refused_but_others_are_not_blocked() {
    use proeftuin::domain::StartingPosition;
    for fresh in support::fresh_portfolios() {
        let mut first = store::open_location(&fresh.location).expect("open");
        first
            .replace_portfolio(&proeftuin::demo::demo_portfolio())
            .expect("demo");
        let mut second = store::open_location(&fresh.location).expect("open again");
        let read = first.load_portfolio().expect("load").departments;
        assert!(read.len() >= 2);
        let mut theirs = read.clone();
        theirs[0].starting_position = Some(StartingPosition::ConcretePlans);
        if theirs[0].starting_position == read[0].starting_position {
            theirs[0].starting_position = Some(StartingPosition::NoIdeaYet);
        }
        second.save_departments(&read, &theirs).expect("their save");
        // Changing another department on the old picture is fine: theirs is kept.
        let mut other = read.clone();
        other[1].starting_position = Some(StartingPosition::MustDoSomething);
        if other[1].starting_position == read[1].starting_position {
            other[1].starting_position = None;
        }
        first
            .save_departments(&read, &other)
            .expect("another department");
        let stored = first.load_portfolio().expect("load").departments;
        let position = |name: &str| {
            stored
                .iter()
                .find(|department| department.name == name)
                .expect("department")
                .starting_position
        };
        assert_eq!(position(&read[0].name), theirs[0].starting_position);
        assert_eq!(position(&read[1].name), other[1].starting_position);
        // Changing the same one on the old picture is a conflict that names it.
        let mut mine = read.clone();
        mine[0].starting_position = None;
        match first.save_departments(&read, &mine) {
            Err(StoreError::DepartmentChanged { name }) => assert_eq!(name, read[0].name),
            other => panic!("expected a conflict, got {other:?}"),
        }
        assert_eq!(position(&read[0].name), theirs[0].starting_position);
    }
}
