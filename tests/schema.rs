//! The SQLite schema (`schema.sql` and `migrations/`) and the PostgreSQL schema
//! (`schema.postgres.sql`) describe one portfolio: the same tables, the same columns, the
//! same NOT NULL rules and the same values for every enumeration. And the PostgreSQL one
//! is accepted by a real server and enforces its rules there.
//!
//! The server test needs `PROEFTUIN_TEST_PG` (a connection string; `.ci/run` starts a
//! throwaway cluster with `scripts/pg-test-server.sh`). Without it the test says so and
//! passes, except under CI (`CI` set), where a missing server is a failure.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// One table as the schema text declares it.
#[derive(Debug, Default, PartialEq, Eq)]
struct Table {
    /// Column name → NOT NULL (a PRIMARY KEY column counts as NOT NULL).
    columns: BTreeMap<String, bool>,
    /// Column name → the values its `IN (…)` CHECK allows (in SQLite since schema version 7
    /// written as comparisons, `(x = 'a' OR x = 'b')`).
    enumerations: BTreeMap<String, BTreeSet<String>>,
}

/// The body of each `CREATE TABLE name ( … )`, split at its top-level commas.
fn tables(sql: &str) -> BTreeMap<String, Table> {
    let sql: String = sql
        .lines()
        .map(|line| line.split("--").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n");
    let mut found = BTreeMap::new();
    let mut rest = sql.as_str();
    while let Some(start) = rest.find("CREATE TABLE ") {
        rest = &rest[start + "CREATE TABLE ".len()..];
        // SQLite writes a renamed table's name in quotes.
        let name: String = rest
            .trim_start_matches('"')
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let open = rest.find('(').expect("a table body");
        let mut depth = 0;
        let mut parts = Vec::new();
        let mut current = String::new();
        let mut end = open;
        for (index, c) in rest[open..].char_indices() {
            match c {
                '(' => {
                    depth += 1;
                    if depth == 1 {
                        continue;
                    }
                }
                ')' => {
                    depth -= 1;
                    if depth == 0 {
                        end = open + index;
                        break;
                    }
                }
                ',' if depth == 1 => {
                    parts.push(std::mem::take(&mut current));
                    continue;
                }
                _ => {}
            }
            current.push(c);
        }
        parts.push(current);
        rest = &rest[end..];
        let mut table = Table::default();
        for part in parts {
            let part = part.split_whitespace().collect::<Vec<_>>().join(" ");
            let first = part.split(' ').next().unwrap_or_default();
            if first.is_empty()
                || ["CHECK", "PRIMARY", "UNIQUE", "FOREIGN", "CONSTRAINT"].contains(&first)
            {
                continue;
            }
            let upper = part.to_uppercase();
            let not_null = upper.contains("NOT NULL") || upper.contains("PRIMARY KEY");
            table.columns.insert(first.to_string(), not_null);
            if let Some(at) = part.find(&format!("{first} IN (")) {
                let list = &part[at + first.len() + 5..];
                let list = &list[..list.find(')').unwrap_or(list.len())];
                table.enumerations.insert(
                    first.to_string(),
                    list.split(',')
                        .map(|value| value.trim().trim_matches('\'').to_string())
                        .collect(),
                );
            } else if let Some(at) = part.find(&format!("(({first} = '")) {
                let list = &part[at + 2..];
                let list = &list[..list.find("))").unwrap_or(list.len())];
                table.enumerations.insert(
                    first.to_string(),
                    list.split(" OR ")
                        .filter_map(|comparison| comparison.split_once(" = "))
                        .map(|(_, value)| value.trim().trim_matches('\'').to_string())
                        .collect(),
                );
            }
        }
        found.insert(name, table);
    }
    // `ALTER TABLE name ADD COLUMN definition;` (a later version's new column).
    let mut rest = sql.as_str();
    while let Some(start) = rest.find("ALTER TABLE ") {
        rest = &rest[start + "ALTER TABLE ".len()..];
        let statement = &rest[..rest.find(';').unwrap_or(rest.len())];
        let statement = statement.split_whitespace().collect::<Vec<_>>().join(" ");
        let Some((name, column)) = statement.split_once(" ADD COLUMN ") else {
            continue;
        };
        let column_name = column.split(' ').next().unwrap_or_default().to_string();
        let upper = column.to_uppercase();
        let table: &mut Table = found.get_mut(name).expect("ALTER TABLE of a known table");
        table
            .columns
            .insert(column_name, upper.contains("NOT NULL"));
    }
    // `DROP TABLE name;` (a later version's table gone).
    let mut rest = sql.as_str();
    while let Some(start) = rest.find("DROP TABLE ") {
        rest = &rest[start + "DROP TABLE ".len()..];
        let name: String = rest
            .trim_start_matches("IF EXISTS ")
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        assert!(found.remove(&name).is_some(), "DROP TABLE of a known table");
    }
    found
}

/// The SQLite schema as a new portfolio has it: every migration applied, read back from
/// SQLite itself (an `ALTER TABLE … ADD COLUMN` shows in the table's text).
fn sqlite_schema() -> String {
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("p.sqlite");
    drop(proeftuin::store::open(&path).expect("a new portfolio"));
    let conn = rusqlite::Connection::open(&path).expect("open");
    let mut statement = conn
        .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .expect("schema");
    statement
        .query_map([], |row| row.get::<_, String>(0))
        .expect("rows")
        .map(|sql| sql.expect("sql") + ";\n")
        .collect()
}

/// The PostgreSQL schema as a new shared portfolio has it: `schema.postgres.sql`, then
/// every file of `migrations/postgres/` in order.
fn postgres_schema() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut sql =
        std::fs::read_to_string(root.join("schema.postgres.sql")).expect("schema.postgres.sql");
    let mut migrations: Vec<_> = std::fs::read_dir(root.join("migrations/postgres"))
        .expect("migrations/postgres")
        .map(|entry| entry.expect("entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
        .collect();
    migrations.sort();
    assert!(!migrations.is_empty(), "the server's migrations are read");
    for path in migrations {
        sql.push_str(&std::fs::read_to_string(&path).expect("a migration"));
        sql.push('\n');
    }
    sql
}

#[test]
fn the_two_schemas_have_the_same_tables_columns_and_enumerations() {
    let sqlite = tables(&sqlite_schema());
    let mut postgres = tables(&postgres_schema());
    // The file keeps its schema version in `PRAGMA user_version`; the server in a table.
    assert!(postgres.remove("schema_version").is_some());
    assert!(sqlite.len() >= 17, "{:?}", sqlite.keys());
    assert_eq!(
        sqlite.keys().collect::<Vec<_>>(),
        postgres.keys().collect::<Vec<_>>(),
        "the same tables"
    );
    for (name, table) in &sqlite {
        let other = &postgres[name];
        assert_eq!(
            table.columns, other.columns,
            "columns and NOT NULL of {name}"
        );
        assert_eq!(
            table.enumerations, other.enumerations,
            "enumerations of {name}"
        );
    }
    // The parser sees what it should: a sample the test can name.
    assert_eq!(sqlite["initiative"].enumerations["phase"].len(), 7);
    assert_eq!(sqlite["audit"].enumerations["action"].len(), 11);
    assert_eq!(sqlite["portfolio"].columns.get("backups_kept"), Some(&true));
    assert_eq!(
        postgres["initiative"].columns.get("algorithm_register_url"),
        Some(&true),
        "a migration's new column"
    );
    assert_eq!(sqlite["model_target"].enumerations["model"].len(), 3);
    assert!(
        !postgres.contains_key("readiness_rating"),
        "a migration's dropped table"
    );
    assert_eq!(
        postgres["initiative"]
            .columns
            .get("rating_collaboration_adoption"),
        Some(&false),
        "a rating column, NULL when not rated"
    );
}

#[test]
fn the_postgres_schema_is_accepted_and_enforces_its_rules() {
    let Some(server) = support::test_server() else {
        return;
    };
    let mut client = server.connect(postgres::NoTls).expect("connect");
    // A schema of its own, dropped afterwards: tests may run side by side.
    let namespace = format!("schema_test_{}", std::process::id());
    client
        .batch_execute(&format!(
            "DROP SCHEMA IF EXISTS {namespace} CASCADE; CREATE SCHEMA {namespace}; SET search_path TO {namespace};"
        ))
        .expect("a schema to test in");
    client
        .batch_execute(&postgres_schema())
        .expect("the PostgreSQL schema is accepted");
    client
        .batch_execute(
            "INSERT INTO initiative (id, name, kind, quadrant, phase, created_at, updated_at)
             VALUES (1, 'Chatbot', 'pilot', 'smart_government', 'pilot', now(), now());",
        )
        .expect("a sound row");
    for (rule, sql) in [
        (
            "an unknown phase",
            "UPDATE initiative SET phase = 'bijna klaar' WHERE id = 1",
        ),
        (
            "an empty name",
            "UPDATE initiative SET name = '  ' WHERE id = 1",
        ),
        (
            "a negative amount",
            "INSERT INTO budget_line (initiative_id, year, category, planned_cents) VALUES (1, 2026, 'innovation', -1)",
        ),
        (
            "an end before the start",
            "UPDATE initiative SET start_date = '2026-02-01', end_date = '2026-01-01' WHERE id = 1",
        ),
        (
            "a snapshot that is not JSON",
            "INSERT INTO snapshot (label, taken_on, created_at, format_version, content) VALUES ('x', '2026-01-01', now(), 1, '{niet')",
        ),
        (
            "an amber report without a reason",
            "INSERT INTO health_report (initiative_id, period, reported_on, status) VALUES (1, 'Q1', '2026-01-01', 'amber')",
        ),
        (
            "an unknown audit action",
            "INSERT INTO audit (at, user_name, subject, action) VALUES (now(), 'jan', '', 'vandalised')",
        ),
    ] {
        let mut transaction = client.transaction().expect("transaction");
        assert!(transaction.batch_execute(sql).is_err(), "{rule} is refused");
        transaction.rollback().expect("rollback");
    }
    client
        .batch_execute(&format!("DROP SCHEMA {namespace} CASCADE"))
        .expect("clean up");
}

fn roles_sql() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("roles.postgres.sql"))
        .expect("roles.postgres.sql")
}

#[test]
fn a_viewer_cannot_write_even_with_its_own_sql_and_an_editor_cannot_rewrite_the_audit_log() {
    let Some(server) = support::test_server() else {
        return;
    };
    let admin_user = server.get_user().unwrap_or("postgres").to_string();
    let connect = |user: &str, database: &str| {
        let mut config = server.clone();
        config.user(user).dbname(database);
        config.connect(postgres::NoTls).expect("connect")
    };
    let id = std::process::id();
    let database = format!("proeftuin_roles_{id}");
    let (viewer, editor) = (format!("viewer_{id}"), format!("editor_{id}"));
    let mut admin = connect(&admin_user, "postgres");
    // One statement each: DROP and CREATE DATABASE refuse a transaction block.
    for sql in [
        format!("DROP DATABASE IF EXISTS {database}"),
        format!("CREATE DATABASE {database}"),
    ] {
        admin.batch_execute(&sql).expect("a database of its own");
    }
    {
        let mut owner = connect(&admin_user, &database);
        owner.batch_execute(&postgres_schema()).expect("schema");
        owner.batch_execute(&roles_sql()).expect("roles");
        owner.batch_execute(&roles_sql()).expect("roles, run again");
        owner
            .batch_execute(&format!(
                "DROP ROLE IF EXISTS {viewer}; DROP ROLE IF EXISTS {editor};
                 CREATE ROLE {viewer} LOGIN IN ROLE proeftuin_viewer;
                 CREATE ROLE {editor} LOGIN IN ROLE proeftuin_editor;"
            ))
            .expect("two people");
    }
    {
        let mut as_editor = connect(&editor, &database);
        as_editor
            .batch_execute(
                "INSERT INTO initiative (id, name, kind, quadrant, phase, created_at, updated_at)
                 VALUES (1, 'Chatbot', 'pilot', 'smart_government', 'pilot', now(), now());
                 UPDATE initiative SET owner = 'J. Jansen' WHERE id = 1;
                 INSERT INTO audit (at, user_name, initiative_id, subject, action, field, old_value, new_value)
                 VALUES (now(), current_user, 1, 'Chatbot', 'changed', 'owner', '', 'J. Jansen');",
            )
            .expect("an editor writes");
        for sql in [
            "UPDATE audit SET new_value = 'iemand anders'",
            "DELETE FROM audit",
            "TRUNCATE audit",
            "CREATE TABLE eigen_tabel (x int)",
        ] {
            let mut transaction = as_editor.transaction().expect("transaction");
            assert!(
                transaction.batch_execute(sql).is_err(),
                "an editor may not: {sql}"
            );
            transaction.rollback().expect("rollback");
        }
    }
    {
        let mut as_viewer = connect(&viewer, &database);
        let count: i64 = as_viewer
            .query_one("SELECT count(*) FROM initiative", &[])
            .expect("a viewer reads")
            .get(0);
        assert_eq!(count, 1);
        for sql in [
            "UPDATE initiative SET owner = 'ik'",
            "DELETE FROM initiative",
            "INSERT INTO audit (at, user_name, subject, action) VALUES (now(), 'x', '', 'changed')",
            "UPDATE portfolio SET municipality = 'Elders'",
            "TRUNCATE trash",
        ] {
            let mut transaction = as_viewer.transaction().expect("transaction");
            assert!(
                transaction.batch_execute(sql).is_err(),
                "a viewer may not: {sql}"
            );
            transaction.rollback().expect("rollback");
        }
    }
    for sql in [
        format!("DROP DATABASE {database}"),
        format!("DROP ROLE {viewer}"),
        format!("DROP ROLE {editor}"),
    ] {
        admin.batch_execute(&sql).expect("clean up");
    }
}
