//! The PostgreSQL backend: a shared portfolio on a server, with the synchronous
//! `postgres` client on the store worker. The same domain rules as the file
//! (`store::ops`), the schema of `schema.postgres.sql` (kept in step with `schema.sql` by
//! `tests/schema.rs`), roles enforced by the server (`roles.postgres.sql`), and every
//! write announced with `NOTIFY` so other open apps reload within a second. No `postgres`
//! type leaves this module.

mod address;
mod bulk;
mod read;
mod write;

use std::cell::{Cell, RefCell};
use std::path::{Path, PathBuf};

use postgres::error::SqlState;
use postgres::{Client, IsolationLevel};

pub use address::{ServerAddress, is_server_address};

use super::{SnapshotEntry, Store, StoreError};
use crate::domain::{
    Department, ImportBatch, Initiative, InitiativeId, PhaseChange, Portfolio, PortfolioSettings,
};

/// The PostgreSQL schema versions, in order: index + 1 is the version after applying it.
/// Version 1 is `schema.postgres.sql`; later ones are files in `migrations/postgres/`.
const MIGRATIONS: &[&str] = &[
    include_str!("../../../schema.postgres.sql"),
    include_str!("../../../migrations/postgres/0002_model_targets_and_algorithm_links.sql"),
    include_str!("../../../migrations/postgres/0003_peer_library.sql"),
    include_str!("../../../migrations/postgres/0004_self_assessment.sql"),
    include_str!("../../../migrations/postgres/0005_drop_unused_indexes.sql"),
    include_str!("../../../migrations/postgres/0006_ratings_in_the_initiative_row.sql"),
    include_str!("../../../migrations/postgres/0007_snapshot_count.sql"),
    include_str!("../../../migrations/postgres/0008_snapshot_digest.sql"),
];

/// The PostgreSQL schema version this build writes.
pub const SERVER_SCHEMA_VERSION: i32 = MIGRATIONS.len() as i32;

/// The channel every write announces itself on.
const CHANNEL: &str = "proeftuin";

/// How often a write is tried again when the server chose it as the victim of a deadlock
/// or a serialization failure (another user's write at the same moment).
const ATTEMPTS: usize = 5;

/// Inside this backend: a store error, or the server's own.
#[derive(Debug)]
pub(crate) enum Error {
    Store(StoreError),
    Sql(postgres::Error),
}

impl From<StoreError> for Error {
    fn from(error: StoreError) -> Self {
        Error::Store(error)
    }
}

impl From<postgres::Error> for Error {
    fn from(error: postgres::Error) -> Self {
        Error::Sql(error)
    }
}

type Result<T, E = Error> = std::result::Result<T, E>;

/// The server's words for an error: its message, without the client's prefix.
fn reason(error: &postgres::Error) -> String {
    match error.as_db_error() {
        Some(db) => db.message().to_string(),
        None => {
            let mut text = error.to_string();
            let mut source = std::error::Error::source(error);
            while let Some(inner) = source {
                text = inner.to_string();
                source = inner.source();
            }
            text
        }
    }
}

/// Whether the server is gone or cannot be reached, or refused the login (not a refusal
/// of a statement, nor a value this build cannot read). The client's kinds of error are
/// private; its own words for them are not.
fn is_offline(error: &postgres::Error) -> bool {
    const UNREACHABLE: [&str; 6] = [
        "error connecting to server",
        "error communicating with the server",
        "error performing TLS handshake",
        "timeout waiting for server",
        "connection closed",
        "authentication error",
    ];
    let words = error.to_string();
    error.is_closed()
        || UNREACHABLE.iter().any(|start| words.starts_with(start))
        || error.as_db_error().is_some_and(|db| {
            db.code() == &SqlState::INVALID_PASSWORD
                || db.code() == &SqlState::INVALID_AUTHORIZATION_SPECIFICATION
        })
}

/// An open shared portfolio.
pub struct PgStore {
    client: RefCell<Client>,
    address: ServerAddress,
    /// The database user (the audit log's user).
    user: String,
    /// A viewer's connection: the server refuses writes, and the app does not try.
    read_only: bool,
    /// This connection's server process, to tell its own notifications from others'.
    backend_pid: i32,
    /// How many commits of other connections have been announced so far.
    seen_elsewhere: Cell<i64>,
    /// The connection is encrypted (TLS).
    encrypted: bool,
}

impl std::fmt::Debug for PgStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PgStore")
            .field("address", &self.address)
            .finish()
    }
}

impl PgStore {
    /// Connect to the portfolio at `address` (a password, when given, only for this
    /// connection). An empty database the user may create tables in gets the schema; a
    /// database of another program is refused untouched.
    pub fn open(address: &ServerAddress, password: Option<&str>) -> super::Result<Self> {
        Self::open_inner(address, password).map_err(|error| Self::error(address, error))
    }

    fn open_inner(address: &ServerAddress, password: Option<&str>) -> Result<Self> {
        let config = address
            .config(password)
            .map_err(|reason| StoreError::Server {
                server: address.server(),
                reason,
            })?;
        let tls = address.tls().map_err(|reason| StoreError::Server {
            server: address.server(),
            reason,
        })?;
        let mut client = config.connect(tls)?;
        let row = client.query_one(
            "SELECT session_user::text, pg_backend_pid(),
                    to_regclass('schema_version') IS NOT NULL,
                    to_regclass('portfolio') IS NOT NULL,
                    coalesce((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), false)",
            &[],
        )?;
        let user: String = row.try_get(0)?;
        let backend_pid: i32 = row.try_get(1)?;
        let (versioned, has_portfolio): (bool, bool) = (row.try_get(2)?, row.try_get(3)?);
        let encrypted: bool = row.try_get(4)?;
        if !versioned {
            if has_portfolio {
                return Err(not_a_portfolio(address).into());
            }
            let other_tables: i64 = client
                .query_one(
                    "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()",
                    &[],
                )?
                .try_get(0)?;
            if other_tables > 0 {
                return Err(not_a_portfolio(address).into());
            }
            create_schema(&mut client, address)?;
        }
        let version: i32 = client
            .query_one("SELECT max(version) FROM schema_version", &[])?
            .try_get::<_, Option<i32>>(0)?
            .unwrap_or(0);
        if version > SERVER_SCHEMA_VERSION {
            return Err(StoreError::TooNew {
                path: PathBuf::from(address.describe()),
                found: version,
                known: SERVER_SCHEMA_VERSION,
            }
            .into());
        }
        if version < SERVER_SCHEMA_VERSION {
            match migrate(&mut client, version) {
                Err(Error::Sql(error))
                    if error.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) =>
                {
                    return Err(StoreError::ServerNeedsUpdate {
                        server: address.describe(),
                        found: version,
                        known: SERVER_SCHEMA_VERSION,
                    }
                    .into());
                }
                result => result?,
            }
        }
        let may_write: bool = client
            .query_one(
                "SELECT has_table_privilege('initiative', 'UPDATE')
                    AND has_table_privilege('audit', 'INSERT')",
                &[],
            )?
            .try_get(0)?;
        client.batch_execute(&format!("LISTEN {CHANNEL}"))?;
        Ok(PgStore {
            client: RefCell::new(client),
            address: address.clone(),
            user,
            read_only: !may_write,
            backend_pid,
            seen_elsewhere: Cell::new(0),
            encrypted,
        })
    }

    /// Put a backend error in words, naming the server when it cannot be reached.
    fn error(address: &ServerAddress, error: Error) -> StoreError {
        match error {
            Error::Store(error) => error,
            Error::Sql(error) if error.is_closed() => StoreError::ServerLost {
                server: address.server(),
            },
            Error::Sql(error) if is_offline(&error) => StoreError::Server {
                server: address.server(),
                reason: reason(&error),
            },
            Error::Sql(error) => StoreError::Database(reason(&error)),
        }
    }

    fn read<T>(
        &self,
        op: impl FnOnce(&mut postgres::Transaction<'_>) -> Result<T>,
    ) -> super::Result<T> {
        let mut client = self.client.borrow_mut();
        let result = (|| {
            // One consistent picture, even while others write.
            let mut tx = client
                .build_transaction()
                .isolation_level(IsolationLevel::RepeatableRead)
                .read_only(true)
                .start()?;
            let value = op(&mut tx)?;
            tx.commit()?;
            Ok(value)
        })();
        result.map_err(|error| Self::error(&self.address, error))
    }

    /// Run `op` as one write transaction, announced to the other apps at its commit; tried
    /// again when the server picked it as a deadlock's or serialization failure's victim.
    fn write<T>(
        &mut self,
        mut op: impl FnMut(&mut postgres::Transaction<'_>, &str) -> Result<T>,
    ) -> super::Result<T> {
        if self.read_only {
            return Err(StoreError::ViewerOnly {
                server: self.address.describe(),
            });
        }
        let user = self.user.clone();
        let mut attempt = 0;
        loop {
            attempt += 1;
            let result = (|| {
                let mut client = self.client.borrow_mut();
                let mut tx = client.transaction()?;
                let value = op(&mut tx, &user)?;
                tx.execute("SELECT pg_notify($1, '')", &[&CHANNEL])?;
                tx.commit()?;
                Ok(value)
            })();
            match result {
                Err(Error::Sql(error))
                    if attempt < ATTEMPTS
                        && matches!(
                            error.code(),
                            Some(&SqlState::T_R_SERIALIZATION_FAILURE)
                                | Some(&SqlState::T_R_DEADLOCK_DETECTED)
                        ) =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(20 * attempt as u64));
                }
                result => return result.map_err(|error| Self::error(&self.address, error)),
            }
        }
    }

    /// The schema version and what the shared portfolio holds, for `proeftuin check`.
    pub fn check(&self) -> super::Result<super::CheckReport> {
        self.read(|tx| {
            let row = tx.query_one(
                "SELECT (SELECT max(version) FROM schema_version), (SELECT count(*) FROM initiative)",
                &[],
            )?;
            Ok(super::CheckReport {
                schema_version: row.try_get::<_, Option<i32>>(0)?.unwrap_or(0),
                expected_version: SERVER_SCHEMA_VERSION,
                integrity: Vec::new(),
                foreign_key_violations: 0,
                initiatives: usize::try_from(row.try_get::<_, i64>(1)?).unwrap_or(0),
            })
        })
    }

    /// Whether the connection is encrypted (TLS).
    pub fn is_encrypted(&self) -> bool {
        self.encrypted
    }

    /// The address this store is connected to.
    pub fn address(&self) -> &ServerAddress {
        &self.address
    }
}

fn not_a_portfolio(address: &ServerAddress) -> StoreError {
    StoreError::NotAPortfolio {
        path: PathBuf::from(address.describe()),
        what: super::ForeignFile::OtherProgram,
    }
}

/// Give an empty database the portfolio's tables (the user must own the database or may
/// create tables in it; otherwise IT runs `schema.postgres.sql`, see
/// `docs/shared-portfolio.md`).
fn create_schema(client: &mut Client, address: &ServerAddress) -> Result<()> {
    let mut tx = client.transaction()?;
    // Two apps creating the schema at the same moment: the second waits, then finds it.
    tx.execute("SELECT pg_advisory_xact_lock(5052544)", &[])?;
    let exists: bool = tx
        .query_one("SELECT to_regclass('schema_version') IS NOT NULL", &[])?
        .try_get(0)?;
    if exists {
        return Ok(());
    }
    match tx.batch_execute(MIGRATIONS[0]) {
        Err(error) if error.code() == Some(&SqlState::INSUFFICIENT_PRIVILEGE) => {
            return Err(StoreError::NoPortfolioOnServer {
                server: address.describe(),
            }
            .into());
        }
        result => result?,
    }
    tx.commit()?;
    Ok(())
}

/// Bring the schema up to date (each later version is one transaction).
fn migrate(client: &mut Client, from: i32) -> Result<()> {
    for (index, migration) in MIGRATIONS
        .iter()
        .enumerate()
        .skip(usize::try_from(from).unwrap_or(0))
    {
        let mut tx = client.transaction()?;
        tx.execute("SELECT pg_advisory_xact_lock(5052544)", &[])?;
        let version: i32 = tx
            .query_one("SELECT max(version) FROM schema_version", &[])?
            .try_get::<_, Option<i32>>(0)?
            .unwrap_or(0);
        if usize::try_from(version).unwrap_or(0) > index {
            continue;
        }
        tx.batch_execute(migration)?;
        // Each file records its version itself (so IT may also run them with psql).
        let next = i32::try_from(index + 1).unwrap_or(i32::MAX);
        tx.execute(
            "INSERT INTO schema_version (version) VALUES ($1) ON CONFLICT (version) DO NOTHING",
            &[&next],
        )?;
        tx.commit()?;
    }
    Ok(())
}

impl Store for PgStore {
    fn load_portfolio(&self) -> super::Result<Portfolio> {
        self.read(|tx| read::load(tx, None))
    }

    fn load_initiative(&self, id: InitiativeId) -> super::Result<Option<Initiative>> {
        self.read(|tx| Ok(read::load(tx, Some(id))?.initiatives.into_iter().next()))
    }

    fn insert_initiative(&mut self, initiative: &Initiative) -> super::Result<Initiative> {
        self.write(|tx, user| super::ops::insert(tx, user, initiative))
    }

    fn update_initiative(&mut self, initiative: &Initiative) -> super::Result<Initiative> {
        self.write(|tx, user| super::ops::write_initiative(tx, user, initiative, false))
    }

    fn change_phase(
        &mut self,
        id: InitiativeId,
        row_version: i64,
        change: &PhaseChange,
    ) -> super::Result<()> {
        self.write(|tx, user| super::ops::change_phase(tx, user, id, row_version, change))
    }

    fn revert_initiative(&mut self, state: &Initiative) -> super::Result<Initiative> {
        self.write(|tx, user| super::ops::write_initiative(tx, user, state, true))
    }

    fn delete_initiative(&mut self, id: InitiativeId, row_version: i64) -> super::Result<()> {
        self.write(|tx, user| super::ops::delete(tx, user, id, row_version))
    }

    fn restore_from_trash(&mut self, id: InitiativeId) -> super::Result<Initiative> {
        self.write(|tx, user| super::ops::restore_from_trash(tx, user, id))
    }

    fn trash(&self) -> super::Result<Vec<super::TrashEntry>> {
        self.read(read::trash)
    }

    fn empty_trash(&mut self) -> super::Result<usize> {
        self.write(|tx, user| super::ops::empty_trash(tx, user))
    }

    fn save_settings(
        &mut self,
        base: &PortfolioSettings,
        settings: &PortfolioSettings,
    ) -> super::Result<()> {
        self.write(|tx, user| super::ops::save_settings(tx, user, base, settings))
    }

    fn save_departments(
        &mut self,
        base: &[Department],
        departments: &[Department],
    ) -> super::Result<()> {
        self.write(|tx, user| super::ops::save_departments(tx, user, base, departments))
    }

    fn audit(&self, filter: super::AuditFilter) -> super::Result<Vec<super::AuditEntry>> {
        self.read(|tx| read::audit(tx, filter))
    }

    fn record_backup_restored(&mut self, from: &str) -> super::Result<()> {
        self.write(|tx, user| super::ops::record_backup_restored(tx, user, from))
    }

    fn apply_import(
        &mut self,
        batch: &ImportBatch,
        progress: &mut dyn FnMut(usize) -> bool,
    ) -> super::Result<()> {
        self.write(|tx, user| super::ops::apply_import(tx, user, batch, progress))
    }

    fn replace_portfolio(&mut self, portfolio: &Portfolio) -> super::Result<()> {
        self.write(|tx, user| super::ops::replace_portfolio(tx, user, portfolio))
    }

    fn list_snapshots(&self) -> super::Result<Vec<SnapshotEntry>> {
        self.read(read::snapshots)
    }

    fn load_snapshot(&self, id_or_label: &str) -> super::Result<(SnapshotEntry, String)> {
        self.read(|tx| read::snapshot(tx, id_or_label))
    }

    fn load_snapshot_for_comparison(
        &self,
        id_or_label: &str,
        digest_version: u32,
    ) -> super::Result<super::SnapshotForComparison> {
        self.read(|tx| read::snapshot_for_comparison(tx, id_or_label, digest_version))
    }

    fn create_snapshot(&mut self, snapshot: super::NewSnapshot<'_>) -> super::Result<i64> {
        self.write(|tx, _| super::ops::create_snapshot(tx, snapshot))
    }

    fn keep_snapshot_digest(&mut self, id: i64, version: u32, digest: &str) -> super::Result<()> {
        self.write(|tx, _| super::ops::keep_snapshot_digest(tx, id, version, digest))
    }

    fn delete_snapshot(&mut self, id: i64) -> super::Result<()> {
        self.write(|tx, _| super::ops::delete_snapshot(tx, id))
    }

    fn peer_cases(&self) -> super::Result<Vec<crate::domain::PeerCase>> {
        self.read(|tx| read::peer_cases(tx))
    }

    fn save_assessment(&mut self, assessment: &crate::domain::SelfAssessment) -> super::Result<()> {
        self.write(|tx, user| super::ops::save_assessment(tx, user, assessment))
    }

    fn delete_assessment(&mut self, on: chrono::NaiveDate) -> super::Result<bool> {
        self.write(|tx, user| super::ops::delete_assessment(tx, user, on))
    }

    fn import_peer_cases(
        &mut self,
        cases: &[crate::domain::PeerCase],
        source: &str,
    ) -> super::Result<(usize, usize)> {
        self.write(|tx, user| super::ops::import_peer_cases(tx, user, cases, source))
    }

    fn everything(&self) -> super::Result<super::Everything> {
        self.read(read::everything)
    }

    fn put_everything(&mut self, everything: &super::Everything) -> super::Result<()> {
        self.write(|tx, _| bulk::put_everything(tx, everything))
    }

    fn copy_to(&self, target: &Path) -> super::Result<()> {
        // A copy of a shared portfolio is a portfolio file with everything in it.
        let everything = self.everything()?;
        let mut file = super::SqliteStore::open(target)?;
        file.put_everything(&everything)
    }

    fn checkpoint(&self) -> super::Result<()> {
        Ok(())
    }

    fn take_backup(&self, _: super::backup::Occasion) -> super::Result<super::backup::Backup> {
        Err(StoreError::BackupOnServer {
            server: self.address.describe(),
        })
    }

    fn take_daily_backup(&self) -> super::Result<Option<super::backup::Backup>> {
        // The server's own backups (pg_dump, docs/shared-portfolio.md) keep a shared one.
        Ok(None)
    }

    fn backups(&self) -> super::Result<Vec<super::backup::Backup>> {
        Ok(Vec::new())
    }

    fn backups_kept(&self) -> usize {
        super::backup::KEEP
    }

    fn is_read_only(&self) -> bool {
        self.read_only
    }

    fn quick_check(&self) -> super::Result<Vec<String>> {
        // The server keeps its own files sound; a query shows it is there and answering.
        self.read(|tx| {
            tx.query_one("SELECT 1", &[])?;
            Ok(Vec::new())
        })
    }

    fn location(&self) -> Option<&Path> {
        None
    }

    fn address(&self) -> super::Location {
        super::Location::Server(self.address.clone())
    }

    fn user(&self) -> &str {
        &self.user
    }

    fn data_version(&self) -> super::Result<i64> {
        let mut client = self.client.borrow_mut();
        if client.is_closed() {
            return Err(StoreError::ServerLost {
                server: self.address.server(),
            });
        }
        let mut notifications = client.notifications();
        // A short wait, not none: the client only learns what arrived on the socket when
        // it gets a turn to read it.
        let mut iter = notifications.timeout_iter(std::time::Duration::from_millis(2));
        let mut elsewhere = 0;
        loop {
            match postgres::fallible_iterator::FallibleIterator::next(&mut iter) {
                Ok(Some(notification)) => {
                    if notification.process_id() != self.backend_pid {
                        elsewhere += 1;
                    }
                }
                Ok(None) => break,
                Err(error) => return Err(Self::error(&self.address, error.into())),
            }
        }
        self.seen_elsewhere
            .set(self.seen_elsewhere.get() + elsewhere);
        Ok(self.seen_elsewhere.get())
    }
}
