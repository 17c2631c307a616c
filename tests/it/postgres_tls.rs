//! Postgres over TLS, with `sslmode` and `sslrootcert` read as libpq reads
//! them, against a real cluster that takes TLS connections only and shows a
//! certificate made by the test's own CA (`support::tls_postgres`).

use std::time::Duration;

use diesel::QueryableByName;
use diesel_async::{AsyncPgConnection, RunQueryDsl};
use passage_graphql::db::{self, SessionLimits, establish};
use serde_json::json;

use crate::support::cli::Cli;
use crate::support::tls_postgres::{SERVER_NAME, TlsPostgres};
use crate::support::{TestDatabase, spawn_app_on_database};

#[derive(QueryableByName)]
struct Ssl {
    #[diesel(sql_type = diesel::sql_types::Bool)]
    ssl: bool,
}

/// Whether the server sees this session as encrypted.
async fn encrypted(conn: &mut AsyncPgConnection) -> bool {
    let row: Ssl = diesel::sql_query("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")
        .get_result(conn)
        .await
        .expect("pg_stat_ssl answers");
    row.ssl
}

/// The message of a connection that must fail.
async fn refusal(url: &str) -> String {
    match establish(url).await {
        Ok(_) => panic!("connected, but should not have: {url}"),
        Err(err) => err.to_string(),
    }
}

#[tokio::test]
async fn require_encrypts_without_checking_the_certificate() {
    let pg = TlsPostgres::get();
    // No CA given, and 127.0.0.1 is not a name the certificate has: libpq's
    // `require` encrypts and checks nothing.
    let mut conn = establish(&pg.url("127.0.0.1", "postgres", "sslmode=require"))
        .await
        .expect("sslmode=require connects");
    assert!(encrypted(&mut conn).await);
}

#[tokio::test]
async fn verify_full_connects_with_the_right_ca_and_host_name() {
    let pg = TlsPostgres::get();
    let mut conn = establish(&pg.verified_url("postgres"))
        .await
        .expect("verify-full with the right CA connects");
    assert!(encrypted(&mut conn).await);
}

#[tokio::test]
async fn a_certificate_from_another_ca_is_refused_naming_the_ca_file() {
    let pg = TlsPostgres::get();
    let other = pg.other_ca_file.display().to_string();
    // `require` with a root certificate checks the chain too, as libpq does.
    for mode in ["verify-full", "verify-ca", "require"] {
        let message = refusal(&pg.url(
            SERVER_NAME,
            "postgres",
            &format!("sslmode={mode}&sslrootcert={other}"),
        ))
        .await;
        assert!(
            message.contains(&format!(
                "the server's certificate is not signed by a CA in sslrootcert {other}"
            )),
            "{mode}: {message}"
        );
        assert!(
            message.contains(&format!("(sslmode={mode})")),
            "{mode}: {message}"
        );
    }
}

#[tokio::test]
async fn verify_full_refuses_a_host_name_the_certificate_does_not_have() {
    let pg = TlsPostgres::get();
    let ca = format!("sslrootcert={}", pg.ca_file.display());
    let wrong_host = "other.passage-graphql.test";
    let message =
        refusal(&pg.url(wrong_host, "postgres", &format!("sslmode=verify-full&{ca}"))).await;
    assert!(
        message.contains(&format!(
            "the server's certificate is not valid for host name {wrong_host}"
        )),
        "{message}"
    );
    assert!(
        message.contains(&format!("(it names {SERVER_NAME};")),
        "names what it is valid for: {message}"
    );

    // verify-ca checks the chain only, so the same host name passes.
    let mut conn = establish(&pg.url(wrong_host, "postgres", &format!("sslmode=verify-ca&{ca}")))
        .await
        .expect("verify-ca ignores the host name");
    assert!(encrypted(&mut conn).await);
}

#[tokio::test]
async fn disable_is_refused_by_a_server_that_takes_only_tls() {
    let pg = TlsPostgres::get();
    let message = refusal(&pg.url(SERVER_NAME, "postgres", "sslmode=disable")).await;
    assert!(
        message.contains("no encryption"),
        "the server's word: {message}"
    );
    assert!(
        message.contains("this server accepts only TLS connections: use sslmode=require"),
        "{message}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pool_and_migrations_run_over_verified_tls_with_their_session_limits() {
    let pg = TlsPostgres::get();
    let url = pg.verified_url(&pg.create_database().await);
    let limits = SessionLimits {
        statement_cache: db::StatementCache::On,
        reconnect_wait: Duration::from_secs(5),
        statement_timeout: Duration::from_millis(1234),
        lock_timeout: Duration::from_millis(567),
    };
    let pool = db::connect(&url, 1, limits).unwrap();
    let mut conn = db::conn(&pool).await.expect("a pooled connection over TLS");
    assert!(encrypted(&mut conn).await);
    #[derive(QueryableByName)]
    struct Setting {
        #[diesel(sql_type = diesel::sql_types::Text)]
        setting: String,
    }
    let row: Setting = diesel::sql_query(
        "SELECT current_setting('statement_timeout') || ' ' || current_setting('lock_timeout') AS setting",
    )
    .get_result(&mut conn)
    .await
    .unwrap();
    assert_eq!(row.setting, "1234ms 567ms");
    drop(conn);

    // The server: startup migrations and a request's queries, all over TLS.
    let app = spawn_app_on_database(TestDatabase { url }).await;
    let (_, token) = app.passage_user("tls@example.com");
    app.register(&token, "Over TLS").await;
    let me = app.gql(Some(&token), "{ me { name } }", json!({})).await;
    assert_eq!(me.data()["me"]["name"], "Over TLS");
}

#[tokio::test]
async fn the_migrate_command_connects_over_tls_and_names_a_wrong_ca() {
    let pg = TlsPostgres::get();
    let database = pg.create_database().await;
    let migrate = |url: String| {
        Cli::new()
            .arg("migrate")
            .env("DATABASE_URL", url)
            .env("LOG_FORMAT", "text")
            .output()
    };
    let wrong_ca = pg.url(
        SERVER_NAME,
        &database,
        &format!(
            "sslmode=verify-full&sslrootcert={}",
            pg.other_ca_file.display()
        ),
    );
    let out = migrate(wrong_ca).await;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{stderr}");
    assert!(
        stderr.contains("cannot connect to run migrations")
            && stderr.contains("not signed by a CA in sslrootcert"),
        "{stderr}"
    );

    let out = migrate(pg.verified_url(&database)).await;
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
