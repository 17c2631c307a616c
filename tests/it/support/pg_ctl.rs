//! A Postgres cluster of one test's own, run by `pg_ctl` (as the `postgres`
//! user under root), so that the test can restart it as an operator would
//! (`pg_ctl restart -m fast`). Stopped (immediate) and removed when dropped.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use passage_graphql::db::local_postgres::find_bindir;

pub struct PgCtlCluster {
    bindir: PathBuf,
    data: PathBuf,
    port: u16,
}

impl PgCtlCluster {
    /// A new cluster on a free loopback port, started.
    pub fn start() -> Self {
        let bindir = find_bindir().expect("PostgreSQL server binaries (install postgresql)");
        let data = std::env::temp_dir().join(format!(
            "passage-graphql-pgctl-{}-{}",
            std::process::id(),
            super::random_name(6)
        ));
        std::fs::create_dir_all(&data).unwrap();
        if as_root() {
            let status = Command::new("chown")
                .args(["postgres:"])
                .arg(&data)
                .status()
                .unwrap();
            assert!(status.success(), "chown the data folder to postgres");
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let cluster = Self { bindir, data, port };
        cluster.run(
            "initdb",
            &[
                "-U",
                "postgres",
                "--auth=trust",
                "--no-sync",
                "-E",
                "UTF8",
                "--locale=C",
                "-D",
            ],
            true,
        );
        let options = format!(
            "-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories= -c fsync=off \
             -c synchronous_commit=off -c full_page_writes=off"
        );
        let log = cluster.data.join("server.log");
        cluster.pg_ctl(&["-w", "-l", log.to_str().unwrap(), "-o", &options, "start"]);
        cluster
    }

    /// `postgres://postgres@127.0.0.1:<port>/<database>`.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// `pg_ctl restart -m fast`, waiting until it accepts connections again;
    /// how long Postgres was away.
    pub fn restart_fast(&self) -> Duration {
        let started = Instant::now();
        self.pg_ctl(&["-w", "-m", "fast", "restart"]);
        started.elapsed()
    }

    fn pg_ctl(&self, args: &[&str]) {
        let mut all = vec!["-D"];
        let data = self.data.to_str().unwrap().to_owned();
        all.push(&data);
        all.extend_from_slice(args);
        self.run("pg_ctl", &all, false);
    }

    /// Runs `program` of the PostgreSQL binaries (the data folder last when
    /// `data_last`), as `postgres` under root.
    fn run(&self, program: &str, args: &[&str], data_last: bool) {
        let binary = self.bindir.join(program);
        let mut command = if as_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&binary);
            c
        } else {
            Command::new(&binary)
        };
        command.args(args);
        if data_last {
            command.arg(&self.data);
        }
        // No pipes: the postmaster that `pg_ctl start` leaves running would
        // hold them open, and reading them would never end.
        let status = command
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(
            status.success(),
            "{program} {args:?} failed ({status}); see {}",
            self.data.join("server.log").display()
        );
    }
}

impl Drop for PgCtlCluster {
    fn drop(&mut self) {
        let data = self.data.to_str().unwrap().to_owned();
        let binary = self.bindir.join("pg_ctl");
        let args = ["-D", data.as_str(), "-m", "immediate", "stop"];
        let mut command = if as_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&binary);
            c
        } else {
            Command::new(&binary)
        };
        let _ = command
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status();
        let _ = std::fs::remove_dir_all(Path::new(&self.data));
    }
}

fn as_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|out| String::from_utf8_lossy(&out.stdout).trim() == "0")
}
