//! No lost update: two stores on one file (as two windows or two processes would have
//! it); a write based on what another has changed since is refused as a conflict.

use proeftuin::domain::Initiative;
use proeftuin::exchange::import::preview_file;
use proeftuin::store::{self, StoreError};

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 28).expect("date")
}

#[test]
fn a_stale_delete_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("p.sqlite");
    let mut first = store::open(&path).expect("open");
    let mut second = store::open(&path).expect("open again");
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

#[test]
fn an_import_applied_after_another_write_is_refused() {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("p.sqlite");
    let mut first = store::open(&path).expect("open");
    first
        .replace_portfolio(&proeftuin::demo::demo_portfolio())
        .expect("demo");
    let mut second = store::open(&path).expect("open again");
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
