//! The real `passage-graphql` binary as a process of its own, in production
//! mode on a test app's database and emulator, its stdout and stderr kept:
//! for what only the binary does (signals, log output).

use std::process::{ExitStatus, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::AsyncReadExt;

use tokio::task::JoinHandle;

use super::TestApp;
use super::cli::{Cli, Running};

pub struct ServerProcess {
    child: Running,
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    stdout: Captured,
    stderr: Captured,
}

/// One output stream, read as it comes.
struct Captured {
    text: Arc<Mutex<Vec<u8>>>,
    reader: JoinHandle<()>,
}

impl Captured {
    fn start(mut stream: impl tokio::io::AsyncRead + Unpin + Send + 'static) -> Self {
        let text = Arc::new(Mutex::new(Vec::new()));
        let sink = text.clone();
        let reader = tokio::spawn(async move {
            let mut buf = [0u8; 4096];
            while let Ok(n) = stream.read(&mut buf).await {
                if n == 0 {
                    break;
                }
                sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        Self { text, reader }
    }

    async fn finish(self) -> String {
        let _ = self.reader.await;
        String::from_utf8_lossy(&self.text.lock().unwrap()).into_owned()
    }
}

/// What the process wrote, once it has exited.
pub struct Exited {
    pub status: ExitStatus,
    pub stdout: String,
    pub stderr: String,
}

impl ServerProcess {
    /// Starts `passage-graphql serve` on a free port for `app`'s database
    /// and emulator (through [`Cli`], so nothing of the test's own
    /// configuration, `LOG_FORMAT`, `RUST_LOG` or `NO_COLOR` included, leaks
    /// in), with `env` on top (a drain of 0 s unless `env` sets one), and
    /// waits until `/ready` answers 200.
    pub async fn start(app: &TestApp, env: &[(&str, &str)]) -> Self {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let mut child = Cli::new()
            .arg("serve")
            .on(app)
            .env("LISTEN_ADDR", format!("127.0.0.1:{port}"))
            .env("SHUTDOWN_DRAIN_SECS", "0")
            .envs(env.iter().copied())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn();
        let stdout = Captured::start(child.stdout.take().unwrap());
        let stderr = Captured::start(child.stderr.take().unwrap());
        let server = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
            stdout,
            stderr,
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            let ready = app.http.get(server.url("/ready")).send().await;
            if ready.is_ok_and(|r| r.status() == 200) {
                return server;
            }
            assert!(
                Instant::now() < deadline,
                "the server process never became ready; stderr:\n{}",
                String::from_utf8_lossy(&server.stderr.text.lock().unwrap())
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Sends SIGTERM, as an orchestrator does.
    pub fn sigterm(&self) {
        let pid = self.child.id().expect("still running") as i32;
        // SAFETY: signalling our own child process.
        assert_eq!(unsafe { libc::kill(pid, libc::SIGTERM) }, 0);
    }

    /// Waits (at most `within`) for the process to exit.
    pub async fn exited(mut self, within: Duration) -> Exited {
        let status = tokio::time::timeout(within, self.child.wait())
            .await
            .unwrap_or_else(|_| panic!("the server process did not exit within {within:?}"))
            .unwrap();
        Exited {
            status,
            stdout: self.stdout.finish().await,
            stderr: self.stderr.finish().await,
        }
    }
}
