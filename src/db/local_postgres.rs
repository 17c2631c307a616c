//! A Postgres cluster started from the machine's own PostgreSQL binaries, for
//! dev mode (`DATABASE_URL` unset) and the tests.
//!
//! The postmaster runs under a small `sh` supervisor whose standard input is
//! a pipe from this process: when this process ends, however it ends, the
//! pipe closes and the supervisor stops Postgres (and, for a throwaway
//! cluster, removes its folder). Nothing is left running.
//!
//! `initdb` and `postgres` refuse to run as root, so as root they run as the
//! `postgres` user, and the cluster lives under the system temp directory
//! (that user cannot enter a root home, mode 700).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

/// How long to wait for a started cluster to accept connections.
const START_TIMEOUT: Duration = Duration::from_secs(30);

/// Common install locations, searched after `pg_config --bindir` and `PATH`.
const COMMON_BINDIRS: &[&str] = &[
    "/usr/lib/postgresql/*/bin",
    "/usr/pgsql-*/bin",
    "/usr/local/pgsql/bin",
    "/opt/homebrew/opt/postgresql*/bin",
    "/usr/local/opt/postgresql*/bin",
    "/opt/homebrew/bin",
    "/usr/local/bin",
    "/usr/bin",
];

/// Supervisor: runs postgres, stops it when stdin closes, removes a
/// throwaway data folder afterwards. Arguments: postgres binary, data dir,
/// port, "ephemeral" or "keep", durability "on" or "off", ssl "on" or "off".
const SUPERVISOR: &str = r#"
postgres_bin=$1; data=$2; port=$3; lifetime=$4
exec 3<&0
"$postgres_bin" -D "$data" -p "$port" -c unix_socket_directories= -c listen_addresses=127.0.0.1 \
    -c fsync=$5 -c synchronous_commit=$5 -c full_page_writes=$5 -c max_connections=200 \
    -c ssl=$6 >>"$data/postgres.log" 2>&1 </dev/null &
pg=$!
( read -r _ <&3; kill -INT "$pg" 2>/dev/null ) &
wait "$pg"
status=$?
[ "$lifetime" = ephemeral ] && rm -rf "$data"
exit $status
"#;

/// Whether the cluster's folder outlives the process.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lifetime {
    /// Kept between runs (dev mode), durable writes.
    Kept,
    /// Removed when stopped; fsync off (tests).
    Throwaway,
}

/// A certificate for a cluster that takes only TLS connections (the tests of
/// `sslmode`): PEM texts of the server's certificate chain and private key.
#[derive(Debug, Clone)]
pub struct TlsOnly {
    pub cert_chain_pem: String,
    pub key_pem: String,
}

/// A running cluster; dropping it stops Postgres.
pub struct LocalPostgres {
    supervisor: Child,
    stdin: Option<ChildStdin>,
    port: u16,
    data_dir: PathBuf,
}

impl LocalPostgres {
    /// Starts a cluster in `data_dir` (created and initialised when new). As
    /// root, a `data_dir` the `postgres` user could not enter is moved under
    /// the system temp directory; [`LocalPostgres::data_dir`] says where.
    pub async fn start(data_dir: &Path, lifetime: Lifetime) -> anyhow::Result<Self> {
        Self::start_with(data_dir, lifetime, None).await
    }

    /// [`LocalPostgres::start`] with `ssl = on` and the given certificate,
    /// and a `pg_hba.conf` that lets in TLS connections only (`hostssl`).
    pub async fn start_tls_only(
        data_dir: &Path,
        lifetime: Lifetime,
        tls: &TlsOnly,
    ) -> anyhow::Result<Self> {
        Self::start_with(data_dir, lifetime, Some(tls)).await
    }

    async fn start_with(
        data_dir: &Path,
        lifetime: Lifetime,
        tls: Option<&TlsOnly>,
    ) -> anyhow::Result<Self> {
        let bindir = find_bindir()?;
        let as_root = is_root();
        let data_dir = if as_root {
            root_safe_data_dir(data_dir)?
        } else {
            std::fs::create_dir_all(data_dir)
                .with_context(|| format!("cannot create {}", data_dir.display()))?;
            std::path::absolute(data_dir)?
        };
        if !data_dir.join("PG_VERSION").exists() {
            init_cluster(&bindir, &data_dir, as_root)?;
        }
        if let Some(tls) = tls {
            require_tls(&data_dir, tls, as_root)?;
        }
        let port = free_port()?;
        let durable = match lifetime {
            Lifetime::Kept => "on",
            Lifetime::Throwaway => "off",
        };
        let keep = match lifetime {
            Lifetime::Kept => "keep",
            Lifetime::Throwaway => "ephemeral",
        };
        let mut cmd = postgres_user_command(as_root, "sh");
        cmd.args(["-c", SUPERVISOR, "supervisor"])
            .arg(bindir.join("postgres"))
            .arg(&data_dir)
            .arg(port.to_string())
            .args([keep, durable, if tls.is_some() { "on" } else { "off" }])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        let mut supervisor = cmd.spawn().context("cannot start postgres")?;
        let stdin = supervisor.stdin.take();
        let mut pg = LocalPostgres {
            supervisor,
            stdin,
            port,
            data_dir,
        };
        pg.wait_until_accepting().await?;
        Ok(pg)
    }

    /// URL of the cluster's `postgres` database.
    pub fn url(&self) -> String {
        self.url_for("postgres")
    }

    pub fn url_for(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// The loopback port it listens on.
    pub fn port(&self) -> u16 {
        self.port
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    async fn wait_until_accepting(&mut self) -> anyhow::Result<()> {
        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Some(status) = self.supervisor.try_wait()? {
                bail!(
                    "postgres exited ({status}) before accepting connections; see {}",
                    self.data_dir.join("postgres.log").display()
                );
            }
            if accepts_connections(&self.url()).await {
                return Ok(());
            }
            if Instant::now() > deadline {
                bail!(
                    "postgres did not accept connections within {START_TIMEOUT:?}; see {}",
                    self.data_dir.join("postgres.log").display()
                );
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    /// Stops Postgres and waits for it (fast shutdown).
    pub fn stop(&mut self) {
        if let Some(mut stdin) = self.stdin.take() {
            let _ = stdin.write_all(b"stop\n");
        }
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.supervisor.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        tracing::warn!("local postgres did not stop within 10 s");
    }
}

impl Drop for LocalPostgres {
    fn drop(&mut self) {
        self.stop();
    }
}

async fn accepts_connections(url: &str) -> bool {
    // sslmode=prefer (the default): a cluster that takes only TLS answers too.
    super::establish(url).await.is_ok()
}

fn is_root() -> bool {
    // SAFETY: geteuid has no preconditions and cannot fail.
    unsafe { libc::geteuid() == 0 }
}

/// A command that runs as the `postgres` user when we are root.
fn postgres_user_command(as_root: bool, program: &str) -> Command {
    if as_root {
        let mut cmd = Command::new("runuser");
        cmd.args(["-u", "postgres", "--", program]);
        cmd
    } else {
        Command::new(program)
    }
}

/// As root: a folder under the system temp directory, owned by `postgres`,
/// named after the requested one so each project checkout keeps its own.
fn root_safe_data_dir(requested: &Path) -> anyhow::Result<PathBuf> {
    std::fs::create_dir_all(requested).ok();
    let absolute = std::path::absolute(requested)?;
    let tag: String = absolute
        .to_string_lossy()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    let dir = std::env::temp_dir().join(format!("passage-graphql-pg{tag}"));
    std::fs::create_dir_all(&dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let status = Command::new("chown")
        .args(["postgres:", "--"])
        .arg(&dir)
        .status()
        .context("cannot run chown")?;
    if !status.success() {
        bail!(
            "running as root, the cluster must belong to the `postgres` user, but `chown postgres: {}` failed: create that user (Debian's postgresql package does) or set DATABASE_URL",
            dir.display()
        );
    }
    std::fs::set_permissions(&dir, std::os::unix::fs::PermissionsExt::from_mode(0o700))?;
    Ok(dir)
}

fn init_cluster(bindir: &Path, data_dir: &Path, as_root: bool) -> anyhow::Result<()> {
    let output = postgres_user_command(as_root, &bindir.join("initdb").to_string_lossy())
        .arg("-D")
        .arg(data_dir)
        .args([
            "-U",
            "postgres",
            "--auth=trust",
            "--encoding=UTF8",
            "--no-sync",
        ])
        .args(["--locale=C"])
        .output()
        .context("cannot run initdb")?;
    if !output.status.success() {
        bail!(
            "initdb failed in {}: {}",
            data_dir.display(),
            String::from_utf8_lossy(&output.stderr).trim()
        );
    }
    Ok(())
}

/// Writes the server's certificate and key (`server.crt`, `server.key`, the
/// names `ssl = on` looks for) and a `pg_hba.conf` of `hostssl` lines only.
/// Postgres refuses a key that others can read, and as root the files must
/// belong to the `postgres` user.
fn require_tls(data_dir: &Path, tls: &TlsOnly, as_root: bool) -> anyhow::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let files = [
        ("server.crt", tls.cert_chain_pem.as_str()),
        ("server.key", tls.key_pem.as_str()),
        (
            "pg_hba.conf",
            "hostssl all all 127.0.0.1/32 trust\nhostssl all all ::1/128 trust\n",
        ),
    ];
    for (name, text) in files {
        let path = data_dir.join(name);
        std::fs::write(&path, text).with_context(|| format!("cannot write {}", path.display()))?;
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600))?;
        if as_root {
            let status = Command::new("chown")
                .args(["postgres:", "--"])
                .arg(&path)
                .status()
                .context("cannot run chown")?;
            if !status.success() {
                bail!("`chown postgres: {}` failed", path.display());
            }
        }
    }
    Ok(())
}

/// Finds the folder holding `initdb` and `postgres`: `PG_BINDIR`, then
/// `pg_config --bindir`, then `PATH`, then common install locations.
pub fn find_bindir() -> anyhow::Result<PathBuf> {
    let has_server = |dir: &Path| dir.join("initdb").is_file() && dir.join("postgres").is_file();
    let mut candidates: Vec<PathBuf> = Vec::new();
    if let Some(dir) = std::env::var_os("PG_BINDIR") {
        candidates.push(dir.into());
    }
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output()
        && out.status.success()
    {
        candidates.push(String::from_utf8_lossy(&out.stdout).trim().into());
    }
    if let Some(path) = std::env::var_os("PATH") {
        candidates.extend(std::env::split_paths(&path));
    }
    for pattern in COMMON_BINDIRS {
        candidates.extend(expand_glob(pattern));
    }
    candidates.into_iter().find(|d| has_server(d)).ok_or_else(|| {
        anyhow::anyhow!(
            "no PostgreSQL server binaries (initdb, postgres) found via PG_BINDIR, pg_config, PATH or the usual install folders. Install them (Debian/Ubuntu: `apt-get install postgresql`; macOS: `brew install postgresql`) or set DATABASE_URL to an existing database"
        )
    })
}

/// Expands one `*` in a path, newest version first.
fn expand_glob(pattern: &str) -> Vec<PathBuf> {
    let Some((head, tail)) = pattern.split_once('*') else {
        return vec![PathBuf::from(pattern)];
    };
    let (parent, prefix) = head.rsplit_once('/').unwrap_or(("", head));
    let (suffix, rest) = tail.split_once('/').map_or((tail, ""), |(s, r)| (s, r));
    let Ok(entries) = std::fs::read_dir(if parent.is_empty() { "/" } else { parent }) else {
        return Vec::new();
    };
    let mut found: Vec<(u32, PathBuf)> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let middle = name.strip_prefix(prefix)?.strip_suffix(suffix)?.to_owned();
            let version = middle
                .trim_start_matches(|c: char| !c.is_ascii_digit())
                .split(|c: char| !c.is_ascii_digit())
                .next()
                .and_then(|v| v.parse().ok())
                .unwrap_or(0);
            Some((version, e.path().join(rest)))
        })
        .collect();
    found.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    found.into_iter().map(|(_, p)| p).collect()
}

fn free_port() -> anyhow::Result<u16> {
    let listener = std::net::TcpListener::bind("127.0.0.1:0")?;
    Ok(listener.local_addr()?.port())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_without_star_is_the_path_itself() {
        assert_eq!(expand_glob("/usr/bin"), vec![PathBuf::from("/usr/bin")]);
    }
}
