//! A real `redis-server` (Debian's package `redis-server`) for the tests of
//! several replicas: a process of the test's own on a free loopback port,
//! saving nothing to disk, killed when dropped. A machine without it skips
//! these tests with a message, except in CI (`CI` set), where they fail.

use std::io::{Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use super::process_group::{OwnProcessGroup, ProcessGroup};

const STARTUP: Duration = Duration::from_secs(10);

pub struct RedisServer {
    child: Child,
    group: ProcessGroup,
    port: u16,
}

impl Drop for RedisServer {
    fn drop(&mut self) {
        self.kill();
    }
}

impl RedisServer {
    /// A fresh server; `None` (having said why) when this machine has no
    /// `redis-server`, except in CI, where that fails the test.
    pub fn start_or_skip(test: &str) -> Option<Self> {
        let Some(binary) = redis_server_binary() else {
            let why = "no redis-server on PATH (Debian: apt-get install redis-server)";
            if std::env::var_os("CI").is_some() {
                panic!("{test} must run in CI: {why}");
            }
            eprintln!("skipping {test}: {why}");
            return None;
        };
        // The port is free when picked, but another process may take it
        // before the server binds it: then try another.
        let mut last_error = String::new();
        for _ in 0..5 {
            match Self::start_on_free_port(&binary) {
                Ok(server) => return Some(server),
                Err(err) => last_error = err,
            }
        }
        panic!("redis-server did not start: {last_error}");
    }

    fn start_on_free_port(binary: &PathBuf) -> Result<Self, String> {
        let port = TcpListener::bind((Ipv4Addr::LOCALHOST, 0))
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        Self::start_on(binary, port)
    }

    /// Starts a new, empty server on the same port as this one (killed
    /// first if it still runs).
    pub fn restart(&mut self) {
        self.kill();
        let binary = redis_server_binary().expect("redis-server was there");
        *self = Self::start_on(&binary, self.port).expect("redis-server starts again");
    }

    fn start_on(binary: &PathBuf, port: u16) -> Result<Self, String> {
        let child = Command::new(binary)
            .own_process_group()
            .args(["--port", &port.to_string(), "--bind", "127.0.0.1"])
            .args(["--save", "", "--appendonly", "no"])
            .args(["--dir", &std::env::temp_dir().to_string_lossy()])
            .args(["--loglevel", "warning", "--daemonize", "no"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| format!("cannot run {}: {e}", binary.display()))?;
        let group = ProcessGroup::of(Some(child.id()));
        let mut server = Self { child, group, port };
        let deadline = Instant::now() + STARTUP;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = server.child.try_wait() {
                return Err(format!("redis-server on port {port} exited: {status}"));
            }
            if server.ping() {
                return Ok(server);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        server.kill();
        Err(format!(
            "redis-server on port {port} did not answer in {STARTUP:?}"
        ))
    }

    /// `redis://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    /// True when the server answers `PING` within a second.
    pub fn ping(&self) -> bool {
        let Ok(mut stream) = TcpStream::connect((Ipv4Addr::LOCALHOST, self.port)) else {
            return false;
        };
        let _ = stream.set_read_timeout(Some(Duration::from_secs(1)));
        let mut answer = [0u8; 7];
        stream.write_all(b"PING\r\n").is_ok()
            && stream.read_exact(&mut answer).is_ok()
            && &answer == b"+PONG\r\n"
    }

    /// How many times the server has run `command` (from `INFO commandstats`).
    pub fn calls_of(&self, command: &str) -> u64 {
        let info = self.command(&["INFO", "commandstats"]);
        let prefix = format!("cmdstat_{}:calls=", command.to_ascii_lowercase());
        info.lines()
            .find_map(|line| line.strip_prefix(&prefix))
            .and_then(|rest| rest.split(',').next())
            .map_or(0, |calls| calls.parse().expect("a count"))
    }

    /// Runs one command; its answer (the text of a bulk string, or the line).
    pub fn command(&self, args: &[&str]) -> String {
        let mut stream =
            TcpStream::connect((Ipv4Addr::LOCALHOST, self.port)).expect("redis-server answers");
        stream
            .set_read_timeout(Some(Duration::from_secs(5)))
            .unwrap();
        let mut request = format!("*{}\r\n", args.len());
        for arg in args {
            request.push_str(&format!("${}\r\n{arg}\r\n", arg.len()));
        }
        stream.write_all(request.as_bytes()).unwrap();
        let mut reader = std::io::BufReader::new(stream);
        let mut line = String::new();
        std::io::BufRead::read_line(&mut reader, &mut line).unwrap();
        let Some(len) = line.strip_prefix('$') else {
            return line.trim_end().to_owned();
        };
        let len: i64 = len.trim().parse().expect("a length");
        if len < 0 {
            return String::new();
        }
        let mut body = vec![0u8; usize::try_from(len).unwrap() + 2];
        reader.read_exact(&mut body).unwrap();
        String::from_utf8_lossy(&body[..body.len() - 2]).into_owned()
    }

    /// Kills the server (SIGKILL): connections drop, nothing is kept.
    pub fn kill(&mut self) {
        self.group.kill();
        let _ = self.child.wait();
    }

    /// Freezes the server (SIGSTOP): connections stay open, nothing answers.
    pub fn freeze(&self) {
        self.signal(libc::SIGSTOP);
    }

    /// Lets a frozen server go on (SIGCONT).
    pub fn thaw(&self) {
        self.signal(libc::SIGCONT);
    }

    fn signal(&self, signal: libc::c_int) {
        let pid = libc::pid_t::try_from(self.child.id()).expect("a pid");
        // SAFETY: signals our own child process, which we have not reaped.
        let sent = unsafe { libc::kill(pid, signal) };
        assert_eq!(sent, 0, "cannot signal redis-server");
    }
}

fn redis_server_binary() -> Option<PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .chain(["/usr/bin".into(), "/usr/sbin".into()])
        .map(|dir| dir.join("redis-server"))
        .find(|candidate| candidate.is_file())
}
