//! Databases for tests: `TEST_DATABASE_URL` (or `DATABASE_URL`) when set,
//! else a throwaway Postgres cluster started from the machine's binaries.
//! One migrated template per test run; each test gets
//! `CREATE DATABASE .. TEMPLATE` of its own, so tests run in parallel.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use diesel::QueryableByName;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use passage_graphql::db::establish;
use passage_graphql::db::local_postgres::{Lifetime, LocalPostgres};

/// The server every test database lives on, with the run's template.
struct Server {
    admin_url: String,
    template: String,
    _local: Option<LocalPostgres>,
}

static SERVER: OnceLock<Server> = OnceLock::new();
static NEXT: AtomicUsize = AtomicUsize::new(0);

/// A database of one test's own.
pub struct TestDatabase {
    pub url: String,
}

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = diesel::sql_types::BigInt)]
    n: i64,
}

fn server() -> &'static Server {
    SERVER.get_or_init(|| {
        // Set up on a runtime of its own: the cluster must outlive whichever
        // test's runtime happens to come first.
        std::thread::spawn(|| {
            tokio::runtime::Builder::new_multi_thread()
                .enable_all()
                .build()
                .unwrap()
                .block_on(start_server())
        })
        .join()
        .expect("test database setup")
    })
}

async fn start_server() -> Server {
    let external = std::env::var("TEST_DATABASE_URL")
        .or_else(|_| std::env::var("DATABASE_URL"))
        .ok()
        .filter(|u| !u.trim().is_empty());
    let (admin_url, local) = match external {
        Some(url) => (url, None),
        None => {
            let dir = std::env::temp_dir().join(format!(
                "passage-graphql-test-{}-{}",
                std::process::id(),
                super::random_name(6)
            ));
            let cluster = LocalPostgres::start(&dir, Lifetime::Throwaway)
                .await
                .expect("local Postgres for tests (install PostgreSQL or set TEST_DATABASE_URL)");
            (cluster.url(), Some(cluster))
        }
    };
    let template = format!("pgql_tpl_{}", std::process::id());
    let mut conn = establish(&admin_url)
        .await
        .expect("test database server reachable");
    diesel::sql_query(format!("DROP DATABASE IF EXISTS {template}"))
        .execute(&mut conn)
        .await
        .unwrap();
    diesel::sql_query(format!("CREATE DATABASE {template}"))
        .execute(&mut conn)
        .await
        .unwrap();
    passage_graphql::db::run_migrations(&with_database(&admin_url, &template))
        .await
        .expect("migrations apply to the template");
    Server {
        admin_url,
        template,
        _local: local,
    }
}

/// `url` with its database name replaced.
fn with_database(url: &str, database: &str) -> String {
    let (base, query) = url
        .split_once('?')
        .map_or((url, None), |(b, q)| (b, Some(q)));
    let authority_end = base.find("://").map_or(0, |i| i + 3);
    let path_start = base[authority_end..]
        .find('/')
        .map_or(base.len(), |i| authority_end + i);
    let mut out = format!("{}/{database}", &base[..path_start]);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

impl TestDatabase {
    /// A database of the run's migrated template.
    pub async fn create() -> Self {
        Self::new_database(Some(&server().template)).await
    }

    /// A new database on the run's server, copied from `template` or empty.
    async fn new_database(template: Option<&str>) -> Self {
        let server = server();
        let name = format!(
            "pgql_t_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let mut conn = establish(&server.admin_url).await.unwrap();
        let from = template.map_or_else(String::new, |t| format!(" TEMPLATE {t}"));
        diesel::sql_query(format!("CREATE DATABASE {name}{from}"))
            .execute(&mut conn)
            .await
            .expect("create a test database");
        Self {
            url: with_database(&server.admin_url, &name),
        }
    }

    /// A database with no tables, migrated only up to the migration named
    /// `through` (e.g. `2026-11-26-000001_create_users`), as an older server
    /// left it.
    pub async fn at_migration(through: &str) -> Self {
        use diesel_migrations::MigrationHarness;
        let url = Self::new_database(None).await.url;
        let through = through.to_owned();
        let conn = establish(&url).await.unwrap();
        tokio::task::spawn_blocking(move || {
            use diesel_async::async_connection_wrapper::AsyncConnectionWrapper;
            let mut conn = AsyncConnectionWrapper::<AsyncPgConnection>::from(conn);
            loop {
                let applied = conn
                    .run_next_migration(passage_graphql::db::MIGRATIONS)
                    .expect("migration applies");
                // Versions print without the name (and, in some diesel
                // versions, without dashes).
                let digits = |v: &str| v.chars().filter(char::is_ascii_digit).collect::<String>();
                let version = through.split('_').next().unwrap_or_default();
                if digits(&applied.to_string()) == digits(version) {
                    break;
                }
            }
        })
        .await
        .unwrap();
        Self { url }
    }

    async fn conn(&self) -> AsyncPgConnection {
        establish(&self.url).await.unwrap()
    }

    /// Runs one SQL statement.
    pub async fn execute(&self, sql: &str) {
        diesel::sql_query(sql)
            .execute(&mut self.conn().await)
            .await
            .unwrap();
    }

    /// Takes `ACCESS EXCLUSIVE` on `users` in an open transaction; every
    /// query on the table waits until the returned connection is dropped.
    pub async fn lock_users(&self) -> AsyncPgConnection {
        self.in_open_transaction("LOCK TABLE users IN ACCESS EXCLUSIVE MODE")
            .await
    }

    /// Locks every row of `users` in an open transaction: updates wait
    /// until the returned connection is dropped, reads do not.
    pub async fn lock_user_rows(&self) -> AsyncPgConnection {
        self.in_open_transaction("SELECT 1 FROM users FOR UPDATE")
            .await
    }

    /// A connection that has run `sql` in a transaction it leaves open
    /// (its locks held until `COMMIT`, `ROLLBACK` or the drop).
    pub async fn in_open_transaction(&self, sql: &str) -> AsyncPgConnection {
        use diesel_async::SimpleAsyncConnection;
        let mut conn = self.conn().await;
        conn.batch_execute(&format!("BEGIN; {sql}")).await.unwrap();
        conn
    }

    /// Runs a `SELECT count(*) AS n ...` style query.
    pub async fn count(&self, sql: &str) -> i64 {
        let row: Count = diesel::sql_query(sql)
            .get_result(&mut self.conn().await)
            .await
            .unwrap();
        row.n
    }
}

#[test]
fn database_urls_are_rewritten() {
    assert_eq!(
        with_database("postgres://u@h:5/db?sslmode=disable", "x"),
        "postgres://u@h:5/x?sslmode=disable"
    );
    assert_eq!(with_database("postgres://u@h:5", "x"), "postgres://u@h:5/x");
}
