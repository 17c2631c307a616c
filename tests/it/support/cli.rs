//! The real `passage-graphql` binary, run as a process of its own: the one
//! way every test runs it. Each run starts from the test's environment with
//! every variable the binary reads as configuration removed (so a
//! developer's `DATABASE_URL`, `PASSAGE_*`, `CONFIG_FILE`, `RUST_LOG`...
//! never leak in), then gets only what the test gives: [`Cli::on`] for a
//! [`TestApp`]'s database and emulator, [`Cli::env`] for the rest.

use std::ffi::OsStr;
use std::process::{Output, Stdio};

use tokio::process::{Child, Command};

use super::TestApp;
use super::process_group::{self, OwnProcessGroup, ProcessGroup};

/// Prefixes of the variables the binary reads (`src/config.rs`, logging).
const CLEARED_PREFIXES: &[&str] = &[
    "DATABASE_",
    "PASSAGE_",
    "REDIS_",
    "GRAPHQL_",
    "SHUTDOWN_",
    "EMULATOR_",
    "OTEL_",
    "CLERK_",
];

/// The other variables the binary reads.
const CLEARED: &[&str] = &[
    "CONFIG_FILE",
    "MODE",
    "EMULATOR",
    "JWT_LEEWAY_SECS",
    "REQUEST_TIMEOUT_MS",
    "LISTEN_ADDR",
    "METRICS_LISTEN_ADDR",
    "CORS_ALLOWED_ORIGINS",
    "DATA_DIR",
    "LOG_FORMAT",
    "RUST_LOG",
    "NO_COLOR",
];

fn cleared(name: &OsStr) -> bool {
    name.to_str().is_some_and(|name| {
        CLEARED.contains(&name) || CLEARED_PREFIXES.iter().any(|p| name.starts_with(p))
    })
}

/// A run of the binary being built: `Cli::new().args([...]).on(&app)...`.
pub struct Cli {
    command: Command,
}

impl Default for Cli {
    fn default() -> Self {
        Self::new()
    }
}

impl Cli {
    /// The binary with no arguments, the configuration variables of the
    /// test's own environment removed; killed when dropped, with whatever
    /// it started.
    pub fn new() -> Self {
        let mut command = Command::new(env!("CARGO_BIN_EXE_passage-graphql"));
        command.own_process_group();
        for (name, _) in std::env::vars_os() {
            if cleared(&name) {
                command.env_remove(name);
            }
        }
        command.kill_on_drop(true);
        Self { command }
    }

    pub fn arg(mut self, arg: impl AsRef<OsStr>) -> Self {
        self.command.arg(arg);
        self
    }

    pub fn args<S: AsRef<OsStr>>(mut self, args: impl IntoIterator<Item = S>) -> Self {
        self.command.args(args);
        self
    }

    pub fn env(mut self, key: impl AsRef<OsStr>, value: impl AsRef<OsStr>) -> Self {
        self.command.env(key, value);
        self
    }

    pub fn envs<K: AsRef<OsStr>, V: AsRef<OsStr>>(
        mut self,
        vars: impl IntoIterator<Item = (K, V)>,
    ) -> Self {
        self.command.envs(vars);
        self
    }

    /// `app`'s database (`DATABASE_URL`) and Passage, its emulator
    /// (`PASSAGE_APP_ID`, `PASSAGE_API_KEY`, `PASSAGE_AUTH_URL`,
    /// `PASSAGE_API_URL`).
    pub fn on(self, app: &TestApp) -> Self {
        let passage = app.emulator.passage_settings();
        self.env("DATABASE_URL", &app.db.url)
            .env("PASSAGE_APP_ID", passage.app_id)
            .env("PASSAGE_API_KEY", passage.api_key)
            .env("PASSAGE_AUTH_URL", passage.auth_url)
            .env("PASSAGE_API_URL", passage.api_url)
    }

    pub fn stdout(mut self, stdout: Stdio) -> Self {
        self.command.stdout(stdout);
        self
    }

    pub fn stderr(mut self, stderr: Stdio) -> Self {
        self.command.stderr(stderr);
        self
    }

    /// Runs it to the end; its status, stdout and stderr.
    pub async fn output(mut self) -> Output {
        process_group::output_in_own_group(&mut self.command)
            .await
            .expect("the server binary runs")
    }

    /// Runs it expecting it to refuse to start (exit non-zero within 30 s
    /// instead of serving); its stderr.
    pub async fn refused_start(self) -> String {
        let output = tokio::time::timeout(std::time::Duration::from_secs(30), self.output())
            .await
            .expect("the server exits instead of serving");
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(!output.status.success(), "it started: {stderr}");
        stderr
    }

    /// Starts it (stdin, stdout and stderr inherited unless set).
    pub fn spawn(mut self) -> Running {
        let child = self.command.spawn().expect("the server binary starts");
        let group = ProcessGroup::of(child.id());
        Running {
            child,
            _group: group,
        }
    }
}

/// A started binary: its [`Child`] (through `Deref`), and its process
/// group, killed when this is dropped.
pub struct Running {
    child: Child,
    _group: ProcessGroup,
}

impl std::ops::Deref for Running {
    type Target = Child;

    fn deref(&self) -> &Child {
        &self.child
    }
}

impl std::ops::DerefMut for Running {
    fn deref_mut(&mut self) -> &mut Child {
        &mut self.child
    }
}
