//! A second Postgres cluster, for the tests of `sslmode`: `ssl = on` with a
//! server certificate for [`SERVER_NAME`] signed by a CA made here (rcgen),
//! and a `pg_hba.conf` that lets in TLS connections only. One per test run,
//! started on first use, stopped when the test process ends.

use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use diesel_async::RunQueryDsl;
use passage_graphql::db::establish;
use passage_graphql::db::local_postgres::{Lifetime, LocalPostgres, TlsOnly};
use rcgen::{
    BasicConstraints, CertificateParams, CertifiedIssuer, DnType, ExtendedKeyUsagePurpose, IsCa,
    KeyPair, KeyUsagePurpose,
};

/// The host name in the server's certificate. It resolves nowhere: URLs
/// name it as the host and reach 127.0.0.1 through `hostaddr`, as libpq
/// allows, so TLS checks the name while TCP goes to the loopback.
pub const SERVER_NAME: &str = "db.passage-graphql.test";

pub struct TlsPostgres {
    port: u16,
    /// The CA that signed the server's certificate (PEM file).
    pub ca_file: PathBuf,
    /// A CA that signed nothing the server shows (PEM file).
    pub other_ca_file: PathBuf,
    _cluster: LocalPostgres,
}

static CLUSTER: OnceLock<TlsPostgres> = OnceLock::new();
static NEXT: AtomicUsize = AtomicUsize::new(0);

impl TlsPostgres {
    /// The run's TLS-only cluster.
    pub fn get() -> &'static TlsPostgres {
        CLUSTER.get_or_init(|| {
            // On a runtime of its own: the cluster outlives every test's.
            std::thread::spawn(|| {
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap()
                    .block_on(start())
            })
            .join()
            .expect("TLS Postgres for tests")
        })
    }

    /// A URL for `database` on this cluster, naming `host` (reached at
    /// 127.0.0.1), with the query `params` (e.g. `sslmode=require`).
    pub fn url(&self, host: &str, database: &str, params: &str) -> String {
        format!(
            "postgres://postgres@{host}:{}/{database}?hostaddr=127.0.0.1&{params}",
            self.port
        )
    }

    /// `sslmode=verify-full` against the right CA and host name.
    pub fn verified_url(&self, database: &str) -> String {
        self.url(
            SERVER_NAME,
            database,
            &format!("sslmode=verify-full&sslrootcert={}", self.ca_file.display()),
        )
    }

    /// A new, empty database; its name.
    pub async fn create_database(&self) -> String {
        let name = format!(
            "pgql_tls_{}_{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::SeqCst)
        );
        let mut conn = establish(&self.verified_url("postgres"))
            .await
            .expect("admin connection over TLS");
        diesel::sql_query(format!("CREATE DATABASE {name}"))
            .execute(&mut conn)
            .await
            .expect("create a database on the TLS cluster");
        name
    }
}

async fn start() -> TlsPostgres {
    let ca = make_ca("passage-graphql test CA");
    let other_ca = make_ca("passage-graphql unrelated CA");
    let server_key = KeyPair::generate().unwrap();
    let mut params = CertificateParams::new(vec![SERVER_NAME.to_owned()]).unwrap();
    params
        .distinguished_name
        .push(DnType::CommonName, SERVER_NAME);
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::ServerAuth];
    let server_cert = params.signed_by(&server_key, &ca).unwrap();
    let tls = TlsOnly {
        cert_chain_pem: server_cert.pem(),
        key_pem: server_key.serialize_pem(),
    };
    let dir = std::env::temp_dir().join(format!(
        "passage-graphql-tls-test-{}-{}",
        std::process::id(),
        super::random_name(6)
    ));
    let cluster = LocalPostgres::start_tls_only(&dir, Lifetime::Throwaway, &tls)
        .await
        .expect("a TLS-only local Postgres (install PostgreSQL)");
    // Beside the cluster's own files, so they go when it does.
    let ca_file = cluster.data_dir().join("test-ca.pem");
    let other_ca_file = cluster.data_dir().join("unrelated-ca.pem");
    std::fs::write(&ca_file, ca.pem()).unwrap();
    std::fs::write(&other_ca_file, other_ca.pem()).unwrap();
    TlsPostgres {
        port: cluster.port(),
        ca_file,
        other_ca_file,
        _cluster: cluster,
    }
}

fn make_ca(name: &str) -> CertifiedIssuer<'static, KeyPair> {
    let mut params = CertificateParams::new(Vec::<String>::new()).unwrap();
    params.is_ca = IsCa::Ca(BasicConstraints::Unconstrained);
    params.distinguished_name.push(DnType::CommonName, name);
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    CertifiedIssuer::self_signed(params, KeyPair::generate().unwrap()).unwrap()
}
