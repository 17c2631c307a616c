//! A real PgBouncer (Debian's package `pgbouncer`) in front of the run's
//! Postgres: a process of the test's own on a free loopback port, in
//! transaction mode with a few server connections, killed when dropped. As
//! root it runs as the `postgres` user (PgBouncer refuses root). A machine
//! without it skips these tests with a message, except in CI (`CI` set),
//! where they fail.

use std::net::{Ipv4Addr, SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use tokio::process::{Child, Command};

use super::process_group::{OwnProcessGroup, ProcessGroup};
use super::proxy::{url_addr, url_via};

const STARTUP: Duration = Duration::from_secs(10);

pub struct PgBouncer {
    child: Child,
    _group: ProcessGroup,
    addr: SocketAddr,
    dir: PathBuf,
}

impl Drop for PgBouncer {
    fn drop(&mut self) {
        let _ = self.child.start_kill();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

impl PgBouncer {
    /// PgBouncer in `pool_mode = transaction` before the server of
    /// `database_url`, with at most `server_connections` to it; `None`
    /// (having said why) when this machine has no `pgbouncer`.
    pub fn start_or_skip(test: &str, database_url: &str, server_connections: u32) -> Option<Self> {
        let Some(binary) = binary() else {
            let why = "no pgbouncer (Debian: apt-get install pgbouncer)";
            if std::env::var_os("CI").is_some() {
                panic!("{test} must run in CI: {why}");
            }
            eprintln!("skipping {test}: {why}");
            return None;
        };
        let mut last_error = String::new();
        for _ in 0..5 {
            match Self::start(&binary, database_url, server_connections) {
                Ok(bouncer) => return Some(bouncer),
                Err(err) => last_error = err,
            }
        }
        panic!("pgbouncer did not start: {last_error}");
    }

    fn start(binary: &Path, database_url: &str, server_connections: u32) -> Result<Self, String> {
        let server = url_addr(database_url);
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let dir = std::env::temp_dir().join(format!(
            "passage-graphql-pgbouncer-{}-{}",
            std::process::id(),
            super::random_name(6)
        ));
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        // Any database name is passed on to the server (`*`); clients are
        // trusted, but their user must be in the auth file.
        let ini = format!(
            "[databases]\n\
             * = host={host} port={server_port} user=postgres\n\
             [pgbouncer]\n\
             listen_addr = 127.0.0.1\n\
             listen_port = {port}\n\
             unix_socket_dir =\n\
             auth_type = trust\n\
             auth_file = {dir}/users.txt\n\
             pool_mode = transaction\n\
             default_pool_size = {server_connections}\n\
             max_db_connections = {server_connections}\n\
             max_client_conn = 1000\n\
             logfile = {dir}/pgbouncer.log\n",
            host = server.ip(),
            server_port = server.port(),
            dir = dir.display(),
        );
        std::fs::write(dir.join("pgbouncer.ini"), ini).map_err(|e| e.to_string())?;
        std::fs::write(dir.join("users.txt"), "\"postgres\" \"\"\n").map_err(|e| e.to_string())?;
        let mut command = Command::new(binary);
        command
            .own_process_group()
            .arg(dir.join("pgbouncer.ini"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .kill_on_drop(true);
        if let Some((uid, gid)) = postgres_user_if_root() {
            std::process::Command::new("chown")
                .arg("-R")
                .arg(format!("{uid}:{gid}"))
                .arg(&dir)
                .status()
                .map_err(|e| e.to_string())?;
            command.uid(uid).gid(gid);
        }
        let mut child = command.spawn().map_err(|e| e.to_string())?;
        let group = ProcessGroup::of(child.id());
        let addr = SocketAddr::from((Ipv4Addr::LOCALHOST, port));
        let deadline = Instant::now() + STARTUP;
        while TcpStream::connect(addr).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                let log = std::fs::read_to_string(dir.join("pgbouncer.log")).unwrap_or_default();
                return Err(format!("pgbouncer exited ({status}): {log}"));
            }
            if Instant::now() > deadline {
                return Err(format!(
                    "pgbouncer not listening on {addr} within {STARTUP:?}"
                ));
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        Ok(Self {
            child,
            _group: group,
            addr,
            dir,
        })
    }

    /// `database_url` (on the server behind this PgBouncer) through it.
    pub fn url(&self, database_url: &str) -> String {
        url_via(database_url, self.addr)
    }

    /// PgBouncer's log so far (for failure messages).
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("pgbouncer.log")).unwrap_or_default()
    }
}

fn binary() -> Option<PathBuf> {
    [
        "/usr/sbin/pgbouncer",
        "/usr/bin/pgbouncer",
        "/usr/local/bin/pgbouncer",
    ]
    .into_iter()
    .map(PathBuf::from)
    .find(|path| path.is_file())
}

/// The `postgres` user's IDs, when this process runs as root.
fn postgres_user_if_root() -> Option<(u32, u32)> {
    let id = |flag: &str| -> Option<u32> {
        let out = std::process::Command::new("id")
            .args([flag])
            .output()
            .ok()?;
        String::from_utf8(out.stdout).ok()?.trim().parse().ok()
    };
    if id("-u")? != 0 {
        return None;
    }
    let of_postgres = |flag: &str| -> Option<u32> {
        let out = std::process::Command::new("id")
            .args([flag, "postgres"])
            .output()
            .ok()?;
        String::from_utf8(out.stdout).ok()?.trim().parse().ok()
    };
    Some((of_postgres("-u")?, of_postgres("-g")?))
}
