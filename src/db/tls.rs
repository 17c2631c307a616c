//! Connecting to Postgres over TLS on rustls, with libpq's `sslmode`
//! semantics (the settings are read by [`super::conninfo`]).
//!
//! | `sslmode` | TLS | certificate checked |
//! |---|---|---|
//! | `disable` | never | no |
//! | `prefer` (default) | when the server offers it | chain, only when a root certificate is at hand |
//! | `require` | always | chain, only when a root certificate is at hand (libpq's compatibility rule) |
//! | `verify-ca` | always | chain to `sslrootcert`, any host name |
//! | `verify-full` | always | chain to `sslrootcert`, and the certificate names the host |
//!
//! Root certificates: `sslrootcert` (a PEM file, or `system` for the
//! operating system's trusted roots, which then requires `verify-full`),
//! else `~/.postgresql/root.crt` when it exists, as libpq does. They are read
//! once, when the [`PgConnector`] is made.
//!
//! tokio-postgres itself knows only disable/prefer/require: the verify modes
//! are `require` to it, with the checks done by our own certificate verifier.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::{Context, bail};
use diesel::connection::CacheSize;
use diesel::{ConnectionError, ConnectionResult};
use diesel_async::{AsyncConnection, AsyncPgConnection, SimpleAsyncConnection};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use rustls::{CertificateError, RootCertStore};
use tokio_postgres_rustls::MakeRustlsConnect;

use super::StatementCache;
use super::conninfo::{ConnInfo, RootCert, SslMode};

mod verifier;

use verifier::PgServerCertVerifier;

/// Makes connections for one connection string: parsed, and its root
/// certificates loaded, once.
pub struct PgConnector {
    config: tokio_postgres::Config,
    tls: MakeRustlsConnect,
    policy: TlsPolicy,
    statement_cache: StatementCache,
}

/// What a connection asks of TLS, kept to explain failures.
#[derive(Debug, Clone)]
struct TlsPolicy {
    mode: SslMode,
    /// Where the trusted roots come from, when the chain is checked.
    roots: Option<String>,
    /// `host:port` of each host, for messages.
    targets: String,
}

impl PgConnector {
    /// Reads `database_url`; fails on settings that cannot work (a verify
    /// mode with no root certificate, an unreadable `sslrootcert`). Errors
    /// never quote the URL, which may hold a password.
    pub fn new(database_url: &str) -> anyhow::Result<Self> {
        let default_root = default_root_cert().filter(|path| path.is_file());
        Self::with_default_root(database_url, default_root)
    }

    fn with_default_root(
        database_url: &str,
        default_root: Option<PathBuf>,
    ) -> anyhow::Result<Self> {
        let info = ConnInfo::parse(database_url)?;
        let mut config: tokio_postgres::Config = info
            .rest
            .parse()
            .context("DATABASE_URL is not a Postgres connection string")?;
        let mode = match (info.ssl_mode, &info.root_cert) {
            (Some(mode), _) => mode,
            (None, Some(RootCert::System)) => SslMode::VerifyFull,
            (None, _) => SslMode::Prefer,
        };
        if info.root_cert == Some(RootCert::System) && mode != SslMode::VerifyFull {
            bail!(
                "sslmode={} may not be used with sslrootcert=system (in DATABASE_URL): the system's \
                 roots vouch for any host name they have signed, so only verify-full protects \
                 anything; use sslmode=verify-full",
                mode.as_str()
            );
        }
        let root_cert = info.root_cert.or(default_root.map(RootCert::File));
        let verify_chain = mode != SslMode::Disable && root_cert.is_some();
        if matches!(mode, SslMode::VerifyCa | SslMode::VerifyFull) && root_cert.is_none() {
            bail!(
                "sslmode={} needs the CA certificate to check the server's against: set \
                 sslrootcert in DATABASE_URL to the CA's PEM file (or sslrootcert=system for the \
                 system's trusted roots); {} does not exist",
                mode.as_str(),
                default_root_cert().map_or_else(
                    || "~/.postgresql/root.crt".to_owned(),
                    |p| p.display().to_string()
                )
            );
        }
        let (roots, roots_label) = match root_cert.filter(|_| verify_chain) {
            Some(source) => {
                let (store, label) = load_roots(&source)?;
                (Some(Arc::new(store)), Some(label))
            }
            None => (None, None),
        };
        config.ssl_mode(match mode {
            SslMode::Disable => tokio_postgres::config::SslMode::Disable,
            SslMode::Prefer => tokio_postgres::config::SslMode::Prefer,
            SslMode::Require | SslMode::VerifyCa | SslMode::VerifyFull => {
                tokio_postgres::config::SslMode::Require
            }
        });
        let provider = Arc::new(rustls::crypto::aws_lc_rs::default_provider());
        let verifier = PgServerCertVerifier {
            roots,
            check_host_name: mode == SslMode::VerifyFull,
            provider: provider.clone(),
        };
        let mut client_config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .context("TLS setup for Postgres")?
            .dangerous()
            .with_custom_certificate_verifier(Arc::new(verifier))
            .with_no_client_auth();
        // What libpq 17 sends; required by servers that take direct TLS.
        client_config.alpn_protocols = vec![b"postgresql".to_vec()];
        let targets = targets(&config);
        Ok(PgConnector {
            config,
            tls: MakeRustlsConnect::new(client_config),
            policy: TlsPolicy {
                mode,
                roots: roots_label,
                targets,
            },
            statement_cache: StatementCache::On,
        })
    }

    /// Connections that keep prepared statements, or (`Off`) none beyond a
    /// transaction: see [`StatementCache`].
    pub fn with_statement_cache(mut self, statement_cache: StatementCache) -> Self {
        self.statement_cache = statement_cache;
        self
    }

    /// A new connection, with a message that names what went wrong.
    pub async fn connect(&self) -> ConnectionResult<AsyncPgConnection> {
        let (client, connection) = self
            .config
            .connect(self.tls.clone())
            .await
            .map_err(|err| ConnectionError::BadConnection(self.policy.explain(&err)))?;
        if self.statement_cache == StatementCache::On {
            return AsyncPgConnection::try_from_client_and_connection(client, connection).await;
        }
        // diesel-async's own setup (time zone, encoding) runs prepared
        // statements: in a transaction here, so that a transaction pooler
        // keeps them on one server connection. That needs the connection
        // driven before diesel-async gets the client, so it is driven here.
        tokio::spawn(async move {
            if let Err(err) = connection.await {
                tracing::debug!(%err, "database connection ended");
            }
        });
        client
            .batch_execute("BEGIN")
            .await
            .map_err(|err| ConnectionError::BadConnection(err.to_string()))?;
        let mut conn = AsyncPgConnection::try_from(client).await?;
        conn.set_prepared_statement_cache_size(CacheSize::Disabled);
        conn.batch_execute("COMMIT")
            .await
            .map_err(ConnectionError::CouldntSetupConfiguration)?;
        Ok(conn)
    }
}

impl PgConnector {
    /// A plain tokio-postgres client (its connection driven on a task of
    /// its own), for what diesel cannot ask (see [`super::pooler`]).
    pub async fn connect_client(&self) -> Result<tokio_postgres::Client, tokio_postgres::Error> {
        let (client, connection) = self.config.connect(self.tls.clone()).await?;
        tokio::spawn(async move {
            let _ = connection.await;
        });
        Ok(client)
    }
}

/// `PgConnector::new(url)?.connect()`, for one-off connections.
pub async fn establish(database_url: &str) -> ConnectionResult<AsyncPgConnection> {
    PgConnector::new(database_url)
        .map_err(|err| ConnectionError::BadConnection(format!("{err:#}")))?
        .connect()
        .await
}

/// libpq's default root certificate file.
fn default_root_cert() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|home| Path::new(&home).join(".postgresql/root.crt"))
}

fn load_roots(source: &RootCert) -> anyhow::Result<(RootCertStore, String)> {
    let mut store = RootCertStore::empty();
    match source {
        RootCert::File(path) => {
            let label = format!("sslrootcert {}", path.display());
            let certs = CertificateDer::pem_file_iter(path)
                .and_then(|certs| certs.collect::<Result<Vec<_>, _>>())
                .with_context(|| format!("cannot read {label}"))?;
            if certs.is_empty() {
                bail!("{label} holds no PEM certificate");
            }
            for cert in certs {
                store.add(cert).with_context(|| {
                    format!("{label} holds a certificate that is not a usable CA")
                })?;
            }
            Ok((store, label))
        }
        RootCert::System => {
            let found = rustls_native_certs::load_native_certs();
            let (added, _) = store.add_parsable_certificates(found.certs);
            if added == 0 {
                bail!(
                    "sslrootcert=system, but no trusted root certificates were found on this \
                     system (Debian: the ca-certificates package)"
                );
            }
            Ok((
                store,
                "the system's trusted roots (sslrootcert=system)".to_owned(),
            ))
        }
    }
}

fn targets(config: &tokio_postgres::Config) -> String {
    let ports = config.get_ports();
    config
        .get_hosts()
        .iter()
        .enumerate()
        .map(|(i, host)| {
            let port = ports.get(i).or(ports.first()).copied().unwrap_or(5432);
            match host {
                tokio_postgres::config::Host::Tcp(name) => format!("{name}:{port}"),
                tokio_postgres::config::Host::Unix(dir) => format!("{}:{port}", dir.display()),
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

impl TlsPolicy {
    /// The connection error, with what it means under this `sslmode`.
    fn explain(&self, err: &tokio_postgres::Error) -> String {
        let mode = self.mode.as_str();
        let what = if let Some(tls) = rustls_error(err) {
            match tls {
                rustls::Error::InvalidCertificate(CertificateError::UnknownIssuer) => format!(
                    "the server's certificate is not signed by a CA in {}",
                    self.roots.as_deref().unwrap_or("the trusted roots")
                ),
                rustls::Error::InvalidCertificate(CertificateError::NotValidForName) => {
                    "the server's certificate does not name the host connected to \
                     (sslmode=verify-full checks it; verify-ca does not)"
                        .to_owned()
                }
                rustls::Error::InvalidCertificate(CertificateError::NotValidForNameContext {
                    expected,
                    presented,
                }) => format!(
                    "the server's certificate is not valid for host name {} (it names {}; \
                     sslmode=verify-full checks the host name, verify-ca does not)",
                    expected.to_str(),
                    if presented.is_empty() {
                        "no host".to_owned()
                    } else {
                        presented
                            .iter()
                            .map(|name| bare_name(name))
                            .collect::<Vec<_>>()
                            .join(", ")
                    }
                ),
                rustls::Error::InvalidCertificate(other) => {
                    format!("the server's certificate was refused: {other}")
                }
                other => format!("the TLS handshake failed: {other}"),
            }
        } else if let Some(db) = err.as_db_error() {
            let mut message = format!("the server refused the connection: {}", db.message());
            if self.mode == SslMode::Disable && db.message().contains("no encryption") {
                message.push_str(
                    " (this server accepts only TLS connections: use sslmode=require or stronger)",
                );
            }
            message
        } else {
            err.to_string()
        };
        format!(
            "cannot connect to Postgres at {} (sslmode={mode}): {what}",
            self.targets
        )
    }
}

/// `DnsName("db.example")` (as rustls lists a certificate's names) as
/// `db.example`.
fn bare_name(presented: &str) -> &str {
    presented
        .split_once('(')
        .and_then(|(_, inner)| inner.strip_suffix(')'))
        .map_or(presented, |inner| inner.trim_matches('"'))
}

/// The rustls error under a tokio-postgres one. `io::Error` hides the error
/// it wraps from `source()`, so it is opened by hand.
fn rustls_error(err: &tokio_postgres::Error) -> Option<&rustls::Error> {
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(err);
    while let Some(err) = next {
        if let Some(tls) = err.downcast_ref::<rustls::Error>() {
            return Some(tls);
        }
        if let Some(io) = err.downcast_ref::<std::io::Error>()
            && let Some(tls) = io.get_ref().and_then(|e| e.downcast_ref::<rustls::Error>())
        {
            return Some(tls);
        }
        next = err.source();
    }
    None
}

impl PgConnector {
    /// A session that `LISTEN`s on `channel`, and the payloads of its
    /// notifications; the stream ends when the connection does. Needs a
    /// direct or session-mode connection: a transaction pooler hands each
    /// transaction to any server connection and drops the `LISTEN`.
    pub async fn listen(
        &self,
        channel: &str,
    ) -> Result<(tokio_postgres::Client, tokio::sync::mpsc::Receiver<String>), tokio_postgres::Error>
    {
        let (client, mut connection) = self.config.connect(self.tls.clone()).await?;
        let (sender, receiver) = tokio::sync::mpsc::channel(1024);
        tokio::spawn(async move {
            let mut messages = futures::stream::poll_fn(move |cx| connection.poll_message(cx));
            while let Some(message) = futures::StreamExt::next(&mut messages).await {
                match message {
                    Ok(tokio_postgres::AsyncMessage::Notification(note)) => {
                        if sender.send(note.payload().to_owned()).await.is_err() {
                            return;
                        }
                    }
                    Ok(_) => {}
                    Err(err) => {
                        tracing::debug!(%err, "listening connection ended");
                        return;
                    }
                }
            }
        });
        client
            .batch_execute(&format!("LISTEN \"{}\"", channel.replace('"', "")))
            .await?;
        Ok((client, receiver))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn refusal(url: &str, default_root: Option<PathBuf>) -> String {
        match PgConnector::with_default_root(url, default_root) {
            Ok(_) => panic!("{url} was accepted"),
            Err(err) => format!("{err:#}"),
        }
    }

    #[test]
    fn verify_modes_need_a_root_certificate() {
        let message = refusal("postgres://u:secret@h/db?sslmode=verify-full", None);
        assert!(
            message.contains("sslmode=verify-full needs the CA"),
            "{message}"
        );
        assert!(message.contains("sslrootcert"), "{message}");
        assert!(!message.contains("secret"), "{message}");
        let message = refusal("host=h sslmode=verify-ca", None);
        assert!(
            message.contains("sslmode=verify-ca needs the CA"),
            "{message}"
        );
    }

    #[test]
    fn modes_without_a_root_certificate_need_none() {
        for mode in ["disable", "prefer", "require"] {
            PgConnector::with_default_root(&format!("postgres://h/db?sslmode={mode}"), None)
                .unwrap_or_else(|e| panic!("{mode}: {e:#}"));
        }
        PgConnector::with_default_root("postgres://h/db", None).expect("default: prefer");
    }

    #[test]
    fn system_roots_allow_only_verify_full() {
        let message = refusal("postgres://h/db?sslrootcert=system&sslmode=require", None);
        assert!(message.contains("use sslmode=verify-full"), "{message}");
    }

    #[test]
    fn an_unreadable_or_empty_root_file_is_named() {
        let message = refusal(
            "postgres://h/db?sslmode=verify-full&sslrootcert=/nonexistent/ca.pem",
            None,
        );
        assert!(
            message.contains("cannot read sslrootcert /nonexistent/ca.pem"),
            "{message}"
        );
        let empty = std::env::temp_dir().join(format!("pgql-empty-{}.pem", std::process::id()));
        std::fs::write(&empty, "not a certificate\n").unwrap();
        let message = refusal(
            &format!(
                "postgres://h/db?sslmode=verify-ca&sslrootcert={}",
                empty.display()
            ),
            None,
        );
        std::fs::remove_file(&empty).ok();
        assert!(message.contains("holds no PEM certificate"), "{message}");
    }
}
