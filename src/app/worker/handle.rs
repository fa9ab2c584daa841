//! What the store worker does for each request: one store call (one transaction), then
//! the answer — the data as stored, or a typed failure.

use crate::store::Location;
use std::path::PathBuf;

use super::{ActionKind, Failure, IfMissing, Reply, Request};
use crate::domain::*;
use crate::i18n::Message;
use crate::store::{self, Store, StoreError};

fn no_store() -> Reply {
    Reply::Failed {
        action: ActionKind::Save,
        error: Failure::Message(Message::new("worker-no-portfolio")),
    }
}

/// Answer a write with the initiative exactly as stored (read back after the commit).
fn saved_reply(
    store: &dyn Store,
    written: crate::store::Result<Initiative>,
    created: bool,
    before: Option<Initiative>,
) -> Reply {
    match written.and_then(|stored| store.load_initiative(stored.id)) {
        Ok(Some(initiative)) => Reply::Saved {
            initiative,
            created,
            before,
        },
        Ok(None) => Reply::Failed {
            action: ActionKind::Save,
            error: Failure::Message(Message::new("worker-vanished")),
        },
        Err(error) => Reply::Failed {
            action: ActionKind::Save,
            error: error.into(),
        },
    }
}

/// Answer an open or create: keep the store and report the portfolio, or say what failed.
fn opened_reply(
    store: &mut Option<Box<dyn Store>>,
    location: Location,
    result: crate::store::Result<(Box<dyn Store>, Portfolio)>,
    action: ActionKind,
) -> Reply {
    match result {
        Ok((opened, portfolio)) => {
            let on_network_share = location
                .file()
                .is_some_and(crate::store::is_on_network_share);
            let read_only = opened.is_read_only();
            // What a crashed export left beside the portfolio goes at the next start.
            if let Some(folder) = location
                .file()
                .and_then(std::path::Path::parent)
                .filter(|parent| !parent.as_os_str().is_empty())
            {
                crate::exchange::remove_stale_partials(folder);
            }
            *store = Some(opened);
            Reply::Opened {
                location,
                portfolio,
                on_network_share,
                read_only,
            }
        }
        Err(error) if is_damage(&error) && location.file().is_some() => damaged_reply(
            location
                .file()
                .map(std::path::Path::to_path_buf)
                .unwrap_or_default(),
            &error,
        ),
        Err(error) => Reply::Failed {
            action,
            error: error.into(),
        },
    }
}

/// Whether an error says the file is damaged (not busy, not foreign).
fn is_damage(error: &StoreError) -> bool {
    matches!(
        error,
        StoreError::Damaged { .. }
            | StoreError::NotAPortfolio {
                what: crate::store::ForeignFile::Damaged,
                ..
            }
    )
}

/// A damaged portfolio: what is wrong, and the newest sound backup to offer.
fn damaged_reply(path: PathBuf, error: &StoreError) -> Reply {
    let details = match error {
        StoreError::Damaged { details, .. } => details.clone(),
        other => vec![other.to_string()],
    };
    let backup = store::backup::newest_sound(&path);
    Reply::Damaged {
        path,
        details,
        backup,
    }
}

pub(super) fn handle(store: &mut Option<Box<dyn Store>>, request: Request) -> Reply {
    match request {
        #[cfg(test)]
        Request::Panic => panic!("a request that panics, to test that the worker survives it"),
        #[cfg(test)]
        Request::Exit => no_store(),
        Request::Open {
            location,
            password,
            if_missing,
        } => {
            // A server's database is there (opening says more); a new file gets the demo.
            let existed = location.file().is_none_or(std::path::Path::exists);
            if let (false, IfMissing::Ask, Some(path)) = (existed, if_missing, location.file()) {
                return Reply::DoesNotExist(path.to_path_buf());
            }
            let result =
                store::open_with_password(&location, password.as_deref()).and_then(|mut opened| {
                    // An existing portfolio's daily backup is taken once it is shown
                    // (`take_daily_backup` in the worker's loop).
                    if !existed {
                        opened.replace_portfolio(&crate::demo::demo_portfolio())?;
                    }
                    let portfolio = opened.load_portfolio()?;
                    Ok((opened, portfolio))
                });
            opened_reply(store, location, result, ActionKind::Open)
        }
        Request::TestConnection { location, password } => {
            let tested =
                store::open_with_password(&location, password.as_deref()).and_then(|opened| {
                    let initiatives = opened.load_portfolio()?.initiatives.len();
                    Ok(super::ConnectionReport {
                        describe: location.describe(),
                        user: opened.user().to_string(),
                        initiatives,
                        read_only: opened.is_read_only(),
                    })
                });
            Reply::ConnectionTested(tested.map_err(Failure::from))
        }
        Request::CopyTo {
            target,
            password,
            replace,
        } => {
            let Some(source) = store.as_ref() else {
                return no_store();
            };
            if source.address() == target {
                return Reply::Failed {
                    action: ActionKind::Backup,
                    error: Failure::Message(Message::new("copy-onto-itself")),
                };
            }
            let copied =
                store::open_with_password(&target, password.as_deref()).and_then(|mut opened| {
                    store::copy_portfolio(source.as_ref(), opened.as_mut(), replace)
                });
            match copied {
                Ok(everything) => Reply::Copied {
                    target,
                    initiatives: everything.portfolio.initiatives.len(),
                    snapshots: everything.snapshots.len(),
                },
                Err(error) => Reply::Failed {
                    action: ActionKind::Backup,
                    error: error.into(),
                },
            }
        }
        Request::QuickCheck => {
            let Some(open) = store.as_ref() else {
                return no_store();
            };
            match open.quick_check() {
                Ok(damage) if damage.is_empty() => Reply::Sound,
                Ok(details) => {
                    // Nothing more is written into it: the requests after this one fail.
                    let path = open.location().map(std::path::Path::to_path_buf);
                    *store = None;
                    let path = path.unwrap_or_default();
                    damaged_reply(path.clone(), &StoreError::Damaged { path, details })
                }
                Err(error) => Reply::Failed {
                    action: ActionKind::Open,
                    error: error.into(),
                },
            }
        }
        Request::RestoreDamaged { path, from } => {
            *store = None;
            let restored = store::backup::restore(&path, &from);
            let reopened = restored.and_then(|from| {
                let opened = store::open(&path)?;
                let portfolio = opened.load_portfolio()?;
                Ok((from, opened, portfolio))
            });
            match reopened {
                Ok((from, opened, portfolio)) => {
                    *store = Some(opened);
                    Reply::Restored {
                        path,
                        portfolio,
                        from,
                    }
                }
                Err(error) => Reply::Failed {
                    action: ActionKind::Backup,
                    error: error.into(),
                },
            }
        }
        Request::Create { path, municipality } => {
            if path.exists() {
                return Reply::Failed {
                    action: ActionKind::Create,
                    error: Failure::Message(
                        Message::new("worker-file-exists").with("path", path.display().to_string()),
                    ),
                };
            }
            let result = store::open(&path).and_then(|mut opened| {
                let base = opened.load_portfolio()?.settings;
                let settings = PortfolioSettings {
                    municipality,
                    ..base.clone()
                };
                opened.save_settings(&base, &settings)?;
                let portfolio = opened.load_portfolio()?;
                Ok((opened, portfolio))
            });
            opened_reply(store, Location::File(path), result, ActionKind::Create)
        }
        Request::Insert(initiative) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let stored = store.insert_initiative(&initiative);
            saved_reply(store.as_ref(), stored, true, None)
        }
        Request::RestoreFromTrash(id) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store.restore_from_trash(id) {
                Ok(stored) => saved_reply(store.as_ref(), Ok(stored), true, None),
                Err(error) => Reply::Failed {
                    action: ActionKind::Trash,
                    error: error.into(),
                },
            }
        }
        Request::Update(initiative) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let before = match store.load_initiative(initiative.id) {
                Ok(before) => before,
                Err(error) => {
                    return Reply::Failed {
                        action: ActionKind::Save,
                        error: error.into(),
                    };
                }
            };
            match (store.update_initiative(&initiative), before) {
                // Saved over a newer version: show both, for the user to choose.
                (Err(StoreError::Conflict { .. }), Some(theirs)) => Reply::Conflict {
                    mine: initiative,
                    theirs,
                },
                (written, before) => saved_reply(store.as_ref(), written, false, before),
            }
        }
        Request::Step { step, redo } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match super::step::carry_out(store.as_mut(), *step, redo) {
                Ok(step) => Reply::Stepped { step, redo },
                Err(error) => Reply::Failed {
                    action: ActionKind::Undo,
                    error: error.into(),
                },
            }
        }
        Request::SaveAssessment(assessment) => {
            let assessment = assessment.normalised();
            match store
                .as_mut()
                .map(|store| store.save_assessment(&assessment))
            {
                None => no_store(),
                Some(Ok(())) => Reply::AssessmentSaved(assessment),
                Some(Err(error)) => Reply::Failed {
                    action: ActionKind::Settings,
                    error: error.into(),
                },
            }
        }
        Request::LoadPeers => match store.as_ref().map(|store| store.peer_cases()) {
            None => no_store(),
            Some(Ok(cases)) => Reply::Peers(Box::new(super::PeerLibrary::new(cases))),
            Some(Err(error)) => Reply::Failed {
                action: ActionKind::Import,
                error: error.into(),
            },
        },
        Request::ImportPeers(path) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let read = crate::exchange::read_input_file(&path)
                .and_then(|bytes| crate::exchange::peers::read(&path, &bytes));
            let file = match read {
                Ok(file) => file,
                Err(error) => {
                    return Reply::Failed {
                        action: ActionKind::Import,
                        error: Failure::Message(error.message()),
                    };
                }
            };
            let source = path.file_name().map_or_else(
                || path.display().to_string(),
                |name| name.to_string_lossy().into_owned(),
            );
            match store
                .import_peer_cases(&file.cases, &source)
                .and_then(|counts| Ok((counts, store.peer_cases()?)))
            {
                Ok(((added, updated), cases)) => Reply::PeersImported {
                    path,
                    added,
                    updated,
                    other_levels: file.skipped_not_local,
                    library: Box::new(super::PeerLibrary::new(cases)),
                },
                Err(error) => Reply::Failed {
                    action: ActionKind::Import,
                    error: error.into(),
                },
            }
        }
        Request::ListTrash => match store.as_ref().map(|store| store.trash()) {
            None => no_store(),
            Some(Ok(entries)) => Reply::Trash(entries),
            Some(Err(error)) => Reply::Failed {
                action: ActionKind::Trash,
                error: error.into(),
            },
        },
        Request::EmptyTrash => match store.as_mut().map(|store| store.empty_trash()) {
            None => no_store(),
            Some(Ok(count)) => Reply::TrashEmptied(count),
            Some(Err(error)) => Reply::Failed {
                action: ActionKind::Trash,
                error: error.into(),
            },
        },
        Request::LoadHistory(id) => match store.as_ref().map(|store| {
            store.audit(crate::store::AuditFilter {
                initiative: Some(id),
                since: None,
            })
        }) {
            None => no_store(),
            Some(Ok(entries)) => Reply::History { id, entries },
            Some(Err(error)) => Reply::Failed {
                action: ActionKind::Save,
                error: error.into(),
            },
        },
        Request::ChangePhase {
            id,
            row_version,
            change,
        } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let before = store.load_initiative(id).ok().flatten();
            match store
                .change_phase(id, row_version, &change)
                .and_then(|()| store.load_initiative(id))
            {
                Ok(Some(initiative)) => Reply::Saved {
                    initiative,
                    created: false,
                    before,
                },
                Ok(None) => Reply::Failed {
                    action: ActionKind::Phase,
                    error: StoreError::Missing.into(),
                },
                Err(error) => Reply::Failed {
                    action: ActionKind::Phase,
                    error: error.into(),
                },
            }
        }
        Request::Delete { id, row_version } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let result = store.load_initiative(id).and_then(|initiative| {
                store.delete_initiative(id, row_version)?;
                Ok(initiative)
            });
            match result {
                Ok(Some(initiative)) => Reply::Deleted { initiative },
                Ok(None) => Reply::Failed {
                    action: ActionKind::Delete,
                    error: StoreError::Missing.into(),
                },
                Err(error) => Reply::Failed {
                    action: ActionKind::Delete,
                    error: error.into(),
                },
            }
        }
        Request::SaveDepartments { base, departments } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store
                .save_departments(&base, &departments)
                .and_then(|()| store.load_portfolio())
            {
                Ok(portfolio) => Reply::DepartmentsSaved(portfolio.departments),
                Err(StoreError::DepartmentChanged { .. }) => match store.load_portfolio() {
                    Ok(portfolio) => Reply::DepartmentsConflict {
                        mine: departments,
                        theirs: portfolio.departments,
                    },
                    Err(error) => Reply::Failed {
                        action: ActionKind::Settings,
                        error: error.into(),
                    },
                },
                Err(error) => Reply::Failed {
                    action: ActionKind::Settings,
                    error: error.into(),
                },
            }
        }
        Request::PreviewImport {
            path,
            overrides,
            values,
            today,
        } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let result = store
                .load_portfolio()
                .map_err(Failure::from)
                .and_then(|portfolio| {
                    crate::exchange::import::preview_file_with(
                        &portfolio, &path, &overrides, &values, today,
                    )
                    .map_err(Failure::from)
                });
            match result {
                Ok(preview) => Reply::ImportPreview(Box::new(preview)),
                Err(error) => Reply::Failed {
                    action: ActionKind::Import,
                    error,
                },
            }
        }
        Request::ApplyImport {
            batch,
            progress,
            summary,
        } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            progress.set_total(batch.len().max(1));
            // No import without a backup to go back to.
            if let Err(error) = store.take_backup(store::backup::Occasion::BeforeImport) {
                return Reply::Failed {
                    action: ActionKind::Import,
                    error: error.into(),
                };
            }
            let mut reported = 0usize;
            let result = store
                .apply_import(&batch, &mut |written| {
                    progress.advance(written.saturating_sub(reported));
                    reported = written;
                    !progress.is_cancelled()
                })
                .and_then(|()| store.load_portfolio());
            match result {
                Ok(portfolio) => Reply::Imported { portfolio, summary },
                Err(error) => Reply::Failed {
                    action: ActionKind::Import,
                    error: error.into(),
                },
            }
        }
        Request::WriteTemplate {
            path,
            language,
            format,
        } => {
            let result = crate::exchange::template(language, format).and_then(|bytes| {
                crate::exchange::write_atomically(&path, &crate::exchange::Progress::new(), |out| {
                    out.write_all(&bytes)
                        .map_err(crate::exchange::write_error(&path))
                })
            });
            match result {
                Ok(()) => Reply::TemplateWritten(path),
                Err(error) => Reply::Failed {
                    action: ActionKind::Import,
                    error: error.into(),
                },
            }
        }
        Request::ListSnapshots => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store.list_snapshots() {
                Ok(entries) => Reply::Snapshots(entries),
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error: error.into(),
                },
            }
        }
        Request::CreateSnapshot { label, taken_on } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let result = crate::exchange::snapshot::check_label(&label)
                .map(str::to_string)
                .map_err(Failure::from)
                .and_then(|label| {
                    let portfolio = store.load_portfolio().map_err(Failure::from)?;
                    let taken = crate::exchange::snapshot::take(&portfolio, &label, taken_on);
                    // Given back now: SQLite's copies of the document come from the
                    // system's malloc, which cannot reuse what this allocator keeps.
                    drop(portfolio);
                    crate::memory::give_back();
                    let id = store
                        .create_snapshot(crate::store::NewSnapshot {
                            label: &label,
                            taken_on,
                            format_version: crate::exchange::json::VERSION,
                            content: &taken.content,
                            initiatives: taken.initiatives,
                            digest: &taken.digest,
                            digest_version: crate::exchange::snapshot::DIGEST_VERSION,
                        })
                        .map_err(Failure::from)?;
                    let snapshots = store.list_snapshots().map_err(Failure::from)?;
                    let entry = snapshots
                        .iter()
                        .find(|entry| entry.id == id)
                        .cloned()
                        .ok_or_else(|| {
                            Failure::Message(Message::new("worker-snapshot-vanished"))
                        })?;
                    Ok((entry, snapshots))
                });
            match result {
                Ok((entry, snapshots)) => Reply::SnapshotCreated { entry, snapshots },
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error,
                },
            }
        }
        Request::DeleteSnapshot(id) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store
                .delete_snapshot(id)
                .and_then(|()| store.list_snapshots())
            {
                Ok(entries) => Reply::Snapshots(entries),
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error: error.into(),
                },
            }
        }
        Request::OpenSnapshot(id) => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            let result = snapshot_label(store.as_ref(), id)
                .and_then(|label| Ok(store.load_snapshot(&label)?))
                .and_then(|(entry, content)| {
                    crate::exchange::snapshot::portfolio_of(&entry.label, &content)
                        .map(|portfolio| (entry, portfolio))
                        .map_err(Failure::from)
                });
            match result {
                Ok((entry, portfolio)) => Reply::SnapshotOpened { entry, portfolio },
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error,
                },
            }
        }
        Request::DiffSnapshots { from, to, today } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            use crate::exchange::snapshot::{DIGEST_VERSION, Picture, sides};
            // The digests (or, kept without one, the documents) from their rows first;
            // the live portfolio is then loaded while they are read. The ids of the
            // snapshots read by their documents, to keep their digests afterwards.
            let mut by_document = Vec::new();
            let mut stored = |id: i64| -> Result<Picture<'static, Failure>, Failure> {
                let label = snapshot_label(store.as_ref(), id)?;
                let kept = store.load_snapshot_for_comparison(&label, DIGEST_VERSION)?;
                if !kept.is_digest {
                    by_document.push((kept.entry.label.clone(), kept.entry.id));
                }
                Ok(Picture::Stored {
                    label: kept.entry.label,
                    as_of: kept.entry.taken_on,
                    text: kept.text,
                    is_digest: kept.is_digest,
                })
            };
            let pictures = from
                .map(&mut stored)
                .transpose()
                .and_then(|from| Ok((from, to.map(&mut stored).transpose()?)));

            fn now(store: &mut Box<dyn Store>, as_of: chrono::NaiveDate) -> Picture<'_, Failure> {
                Picture::Now {
                    as_of,
                    // Only what a comparison reads of it.
                    load: Box::new(move || Ok(store.load_for_comparison()?)),
                }
            }
            let sides = pictures.and_then(|pictures| match pictures {
                (Some(from), Some(to)) => sides(from, to),
                (Some(from), None) => sides(from, now(store, today)),
                (None, Some(to)) => sides(now(store, today), to),
                // Now against now: one load, the same on both sides.
                (None, None) => {
                    let portfolio = store.load_for_comparison()?;
                    let ready = |portfolio: Portfolio| Picture::Now {
                        as_of: today,
                        load: Box::new(move || Ok(portfolio)),
                    };
                    sides(ready(portfolio.clone()), ready(portfolio))
                }
            });
            match sides {
                Ok((from, to)) => {
                    // A snapshot taken before the digests keeps the digest made from its
                    // document, for the next comparison (not where the file or the
                    // server's role is read-only; a failure only costs that).
                    if !store.is_read_only() {
                        for side in [&from, &to] {
                            if let Some((_, id)) =
                                by_document.iter().find(|(label, _)| *label == side.label)
                            {
                                let _ = store.keep_snapshot_digest(
                                    *id,
                                    DIGEST_VERSION,
                                    &side.digest.text(),
                                );
                            }
                        }
                    }
                    Reply::Diff(Box::new(crate::exchange::snapshot::diff(&from, &to)))
                }
                Err(error) => Reply::Failed {
                    action: ActionKind::Snapshot,
                    error,
                },
            }
        }
        Request::ListBackups => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store.backups() {
                Ok(backups) => Reply::Backups(backups),
                Err(error) => Reply::Failed {
                    action: ActionKind::Backup,
                    error: error.into(),
                },
            }
        }
        Request::TakeBackup => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store
                .take_backup(store::backup::Occasion::ByHand)
                .and_then(|_| store.backups())
            {
                Ok(backups) => Reply::Backups(backups),
                Err(error) => Reply::Failed {
                    action: ActionKind::Backup,
                    error: error.into(),
                },
            }
        }
        Request::RestoreBackup(from) => {
            let Some(path) = store
                .as_ref()
                .and_then(|open| open.location())
                .map(std::path::Path::to_path_buf)
            else {
                return no_store();
            };
            // The connection is closed while the file is replaced, then opened again.
            *store = None;
            let restored = store::backup::restore(&path, &from);
            let reopened = store::open(&path).and_then(|opened| {
                let portfolio = opened.load_portfolio()?;
                Ok((opened, portfolio))
            });
            match (restored, reopened) {
                (Ok(from), Ok((opened, portfolio))) => {
                    *store = Some(opened);
                    Reply::Restored {
                        path,
                        portfolio,
                        from,
                    }
                }
                (Err(error), Ok((opened, _))) => {
                    *store = Some(opened);
                    Reply::Failed {
                        action: ActionKind::Backup,
                        error: error.into(),
                    }
                }
                (_, Err(error)) => Reply::Failed {
                    action: ActionKind::Open,
                    error: error.into(),
                },
            }
        }
        Request::SaveSettings { base, settings } => {
            let Some(store) = store.as_mut() else {
                return no_store();
            };
            match store.save_settings(&base, &settings) {
                Ok(()) => Reply::SettingsSaved(settings),
                Err(StoreError::SettingsChanged) => match store.load_portfolio() {
                    Ok(portfolio) => Reply::SettingsConflict {
                        mine: settings,
                        theirs: portfolio.settings,
                    },
                    Err(error) => Reply::Failed {
                        action: ActionKind::Settings,
                        error: error.into(),
                    },
                },
                Err(error) => Reply::Failed {
                    action: ActionKind::Settings,
                    error: error.into(),
                },
            }
        }
    }
}

/// The label of snapshot `id`: the window asks for snapshots by id, and a lookup by the id
/// as text would find a snapshot labelled with those digits first.
fn snapshot_label(store: &dyn Store, id: i64) -> Result<String, Failure> {
    store
        .list_snapshots()?
        .into_iter()
        .find(|entry| entry.id == id)
        .map(|entry| entry.label)
        .ok_or_else(|| Failure::from(crate::store::StoreError::NoSnapshot(id.to_string())))
}
