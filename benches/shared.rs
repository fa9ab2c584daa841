//! A shared portfolio against the file (issue "One portfolio for the whole team"): the
//! load of 100,000 initiatives from PostgreSQL on the same machine beside the same load
//! from SQLite (goal: within 2×), and how long a change takes to reach a second client
//! (NOTIFY; goal: within 2 s, the app polls every 750 ms).
//!
//! Needs a server: `PROEFTUIN_TEST_PG` (start one with `scripts/pg-test-server.sh`).
//! Run with `cargo bench --bench shared`; `PROEFTUIN_BENCH_SIZE` sets another size.

use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use proeftuin::domain::Initiative;
use proeftuin::store::{self, Location};

/// A new database on the test server, as an address.
fn fresh_database(admin: &postgres::Config) -> (String, Location) {
    let database = format!("proeftuin_bench_{}", std::process::id());
    let mut client = admin.connect(postgres::NoTls).expect("connect");
    // One statement each: neither may run inside a transaction block.
    client
        .batch_execute(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"))
        .expect("drop");
    client
        .batch_execute(&format!("CREATE DATABASE {database}"))
        .expect("a database of its own");
    let host = match admin.get_hosts().first() {
        Some(postgres::config::Host::Unix(path)) => path.display().to_string(),
        Some(postgres::config::Host::Tcp(host)) => host.clone(),
        None => "localhost".into(),
    };
    let port = admin.get_ports().first().copied().unwrap_or(5432);
    let user = admin.get_user().unwrap_or("postgres");
    let url = format!("postgres://{user}@/{database}?host={host}&port={port}");
    (database, Location::parse(&url).expect("address"))
}

fn shared(c: &mut Criterion) {
    let Ok(server) = std::env::var("PROEFTUIN_TEST_PG") else {
        eprintln!("skipped: no PostgreSQL server (set PROEFTUIN_TEST_PG)");
        return;
    };
    let admin: postgres::Config = server.parse().expect("PROEFTUIN_TEST_PG");
    let size: usize = std::env::var("PROEFTUIN_BENCH_SIZE")
        .ok()
        .and_then(|size| size.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("bench.sqlite");
    let mut local = store::open(&file).expect("open");
    local
        .replace_portfolio(&proeftuin::demo::synthetic_portfolio(size, 1))
        .expect("write");
    let (database, location) = fresh_database(&admin);
    let mut remote = store::open_location(&location).expect("open the server");
    let started = Instant::now();
    store::copy_portfolio(local.as_ref(), remote.as_mut(), true).expect("copy");
    eprintln!(
        "copied {size} initiatives onto the server in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let mut group = c.benchmark_group(format!("load_{size}"));
    group.bench_function("sqlite", |b| {
        b.iter(|| local.load_portfolio().expect("load"))
    });
    group.bench_function("postgresql", |b| {
        b.iter(|| remote.load_portfolio().expect("load"))
    });
    group.finish();

    // A save by one client, seen by another (what the app's worker polls).
    let mut writer = store::open_location(&location).expect("writer");
    let reader = store::open_location(&location).expect("reader");
    let mut initiative = writer
        .insert_initiative(&Initiative::new("Gezien door een ander"))
        .expect("insert");
    c.bench_function("change_seen_by_another_client", |b| {
        b.iter_custom(|iterations| {
            let mut total = Duration::ZERO;
            for _ in 0..iterations {
                let before = reader.data_version().expect("version");
                let started = Instant::now();
                initiative.owner = format!("{:?}", started);
                initiative = writer.update_initiative(&initiative).expect("save");
                while reader.data_version().expect("version") == before {}
                total += started.elapsed();
            }
            total
        })
    });
    drop((local, remote, writer, reader));
    if let Ok(mut client) = admin.connect(postgres::NoTls) {
        let _ = client.batch_execute(&format!("DROP DATABASE IF EXISTS {database} WITH (FORCE)"));
    }
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(Duration::from_secs(5)).warm_up_time(Duration::from_secs(1));
    targets = shared
}
criterion_main!(benches);
