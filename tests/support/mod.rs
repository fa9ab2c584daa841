//! Fresh portfolios on every backend, for the tests that hold for both: a portfolio file,
//! and (when a PostgreSQL server is available) a database of its own on the test server.
//!
//! The server comes from `PROEFTUIN_TEST_PG` (`scripts/pg-test-server.sh start DIR`
//! prints it; `.ci/run` sets it). Without it only the file backend runs and the skip is
//! printed, except under CI (`CI` set), where a missing server fails the test.

#![allow(dead_code)]

pub mod ods;
pub mod xls;

use std::sync::atomic::{AtomicUsize, Ordering};

use proeftuin::store::{self, Location, Store};

/// A portfolio made for one test, removed when dropped.
pub struct Fresh {
    pub location: Location,
    /// Which backend, for assertion messages.
    pub backend: &'static str,
    _dir: Option<tempfile::TempDir>,
    database: Option<(postgres::Config, String)>,
}

impl Fresh {
    /// The server database's name (a file portfolio has none).
    pub fn database(&self) -> Option<&str> {
        self.database.as_ref().map(|(_, name)| name.as_str())
    }

    pub fn open(&self) -> Box<dyn Store> {
        store::open_location(&self.location)
            .unwrap_or_else(|error| panic!("{}: open: {error}", self.backend))
    }
}

impl Drop for Fresh {
    fn drop(&mut self) {
        if let Some((admin, database)) = self.database.take()
            && let Ok(mut client) = admin.connect(postgres::NoTls)
        {
            let _ =
                client.batch_execute(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"));
        }
    }
}

/// The test server's admin connection, or `None` with the reason printed (a failure
/// under CI).
pub fn test_server() -> Option<postgres::Config> {
    match std::env::var("PROEFTUIN_TEST_PG") {
        Ok(connection) => Some(connection.parse().expect("PROEFTUIN_TEST_PG")),
        Err(_) => {
            assert!(
                std::env::var_os("CI").is_none(),
                "CI must start a PostgreSQL server (scripts/pg-test-server.sh) and set PROEFTUIN_TEST_PG"
            );
            eprintln!(
                "skipped the PostgreSQL backend: no server (set PROEFTUIN_TEST_PG; see scripts/pg-test-server.sh)"
            );
            None
        }
    }
}

/// A new, empty portfolio file.
pub fn fresh_file() -> Fresh {
    let dir = tempfile::tempdir().expect("a temporary folder");
    Fresh {
        location: Location::File(dir.path().join("portfolio.sqlite")),
        backend: "sqlite",
        _dir: Some(dir),
        database: None,
    }
}

/// A new, empty database on the test server (as `user`, default the server's own), or
/// `None` when there is no server.
pub fn fresh_server() -> Option<Fresh> {
    let admin = test_server()?;
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let database = format!(
        "proeftuin_t{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::SeqCst)
    );
    let mut client = admin
        .connect(postgres::NoTls)
        .expect("connect to the test server");
    client
        .batch_execute(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        .expect("drop");
    client
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .expect("a database of its own");
    let location = Location::parse(&address(
        &admin,
        admin.get_user().unwrap_or("postgres"),
        &database,
    ))
    .expect("an address");
    Some(Fresh {
        location,
        backend: "postgresql",
        _dir: None,
        database: Some((admin, database)),
    })
}

/// The `postgres://` address of `database` on the test server, as `user`.
pub fn address(server: &postgres::Config, user: &str, database: &str) -> String {
    let host = match server.get_hosts().first() {
        Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        None => "localhost".to_string(),
    };
    let port = server.get_ports().first().copied().unwrap_or(5432);
    format!("postgres://{user}@/{database}?host={host}&port={port}")
}

/// A fresh portfolio on each backend there is.
pub fn fresh_portfolios() -> Vec<Fresh> {
    let mut all = vec![fresh_file()];
    all.extend(fresh_server());
    all
}

/// Keep `taken` (a snapshot as the app takes it) under `label`, with its digest: its id.
pub fn keep_snapshot(
    store: &mut dyn Store,
    label: &str,
    taken_on: chrono::NaiveDate,
    taken: &proeftuin::exchange::snapshot::Taken,
) -> store::Result<i64> {
    store.create_snapshot(store::NewSnapshot {
        label,
        taken_on,
        format_version: proeftuin::exchange::json::VERSION,
        content: &taken.content,
        initiatives: taken.initiatives,
        digest: &taken.digest,
        digest_version: proeftuin::exchange::snapshot::DIGEST_VERSION,
    })
}
