//! What the tests that run real Node software share: checking Node is
//! there, `npm ci` of a test folder once per run, and starting a script
//! that prints one JSON ready line on stdout and exits when its stdin
//! closes (`tests/oidc`, `tests/federation`, `tests/better-auth`).

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use serde::de::DeserializeOwned;
use serde_json::Value;
use tokio::io::{AsyncBufReadExt, AsyncRead, BufReader};
use tokio::process::{Child, ChildStdin, Command};

use super::process_group::{OwnProcessGroup, ProcessGroup};

const NPM_CI_TIMEOUT: Duration = Duration::from_secs(300);
const READY_TIMEOUT: Duration = Duration::from_secs(60);

/// `tests/{folder}` of the repository.
pub fn test_dir(folder: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join(folder)
}

/// Ok when `node` runs.
pub async fn node_available() -> Result<(), String> {
    let run = Command::new("node")
        .arg("--version")
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(Duration::from_secs(30), run).await {
        Ok(Ok(output)) if output.status.success() => Ok(()),
        _ => Err("no Node.js on PATH (apt-get install nodejs npm)".into()),
    }
}

/// `npm ci` in `tests/{folder}` once per test run, when its `node_modules`
/// lacks the version of `package` its package.json pins (parallel tests
/// wait for the first one's install).
pub async fn ensure_installed(folder: &'static str, package: &'static str) {
    static INSTALLED: Mutex<Option<HashMap<&'static str, Result<(), String>>>> = Mutex::new(None);
    let result = tokio::task::spawn_blocking(move || {
        let mut installed = INSTALLED.lock().unwrap();
        installed
            .get_or_insert_with(HashMap::new)
            .entry(folder)
            .or_insert_with(|| {
                let dir = test_dir(folder);
                let pinned = read_json(&dir.join("package.json"))
                    .and_then(|p| p["dependencies"][package].as_str().map(str::to_owned));
                let present =
                    read_json(&dir.join("node_modules").join(package).join("package.json"))
                        .and_then(|p| p["version"].as_str().map(str::to_owned));
                if pinned.is_some() && present == pinned {
                    return Ok(());
                }
                tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .unwrap()
                    .block_on(npm_ci(folder))
            })
            .clone()
    })
    .await
    .unwrap();
    if let Err(why) = result {
        panic!("{why}");
    }
}

async fn npm_ci(folder: &str) -> Result<(), String> {
    let run = Command::new("npm")
        .args(["ci", "--no-audit", "--no-fund", "--prefix"])
        .arg(test_dir(folder))
        .kill_on_drop(true)
        .output();
    match tokio::time::timeout(NPM_CI_TIMEOUT, run).await {
        Ok(Ok(output)) if output.status.success() => Ok(()),
        Ok(Ok(output)) => Err(format!(
            "npm ci in tests/{folder} failed: {}",
            String::from_utf8_lossy(&output.stderr)
        )),
        Ok(Err(e)) => Err(format!("npm does not run: {e}")),
        Err(_) => Err(format!(
            "npm ci in tests/{folder} took over {NPM_CI_TIMEOUT:?}"
        )),
    }
}

pub fn read_json(path: &Path) -> Option<Value> {
    serde_json::from_slice(&std::fs::read(path).ok()?).ok()
}

/// A running script: its ready line, what it wrote to stderr so far (for
/// error messages), and its stdin (the script exits when it closes, so
/// keep it as long as the script is wanted). The process, and every process
/// it started, ends when this is dropped.
pub struct NodeScript<R> {
    pub ready: R,
    pub stderr: Arc<Mutex<String>>,
    /// Held: the script exits when its stdin closes.
    pub _stdin: ChildStdin,
    /// Held: killed on drop.
    pub _child: Child,
    /// Held: what the script started (Prism, a browser) is killed with it.
    pub _group: ProcessGroup,
}

/// `true` when Node.js runs; else `false` after saying why `test` is
/// skipped, outside CI only (in CI, `what` must run: a panic).
pub async fn available_or_skip(test: &str, what: &str) -> bool {
    let Err(why) = node_available().await else {
        return true;
    };
    assert!(
        std::env::var_os("CI").is_none(),
        "{what} must run in CI: {why}"
    );
    eprintln!("SKIPPED {test}: {why}");
    false
}

/// A client for a script's HTTP endpoints (no proxy; 30 s a request).
pub fn http_client() -> reqwest::Client {
    reqwest::Client::builder()
        .no_proxy()
        .timeout(std::time::Duration::from_secs(30))
        .build()
        .unwrap()
}

/// Starts `command` with piped stdio in a process group of its own, killed
/// with the returned group.
fn spawn_in_group(command: &mut Command) -> (Child, ProcessGroup) {
    let child = command
        .own_process_group()
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .kill_on_drop(true)
        .spawn()
        .expect("node starts");
    let group = ProcessGroup::of(child.id());
    (child, group)
}

/// Starts `command` (`node script.mjs ...`) and waits for its JSON ready
/// line; `what` names it in a panic.
pub async fn start<R: DeserializeOwned>(command: &mut Command, what: &str) -> NodeScript<R> {
    let (mut child, group) = spawn_in_group(command);
    let stderr = Arc::new(Mutex::new(String::new()));
    tokio::spawn(collect(child.stderr.take().unwrap(), Some(stderr.clone())));
    let mut stdout = BufReader::new(child.stdout.take().unwrap()).lines();
    let line = tokio::time::timeout(READY_TIMEOUT, stdout.next_line()).await;
    let ready = match line {
        Ok(Ok(Some(line))) => {
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("not a ready line ({e}): {line}"))
        }
        other => panic!(
            "{what} never became ready ({other:?}); stderr:\n{}",
            stderr.lock().unwrap()
        ),
    };
    tokio::spawn(collect(stdout.into_inner(), None));
    NodeScript {
        ready,
        stderr,
        _stdin: child.stdin.take().unwrap(),
        _child: child,
        _group: group,
    }
}

/// Reads a child's output to the end so it never blocks on a full pipe,
/// keeping it when asked (for error messages).
async fn collect(output: impl AsyncRead + Unpin, keep: Option<Arc<Mutex<String>>>) {
    let mut lines = BufReader::new(output).lines();
    while let Ok(Some(line)) = lines.next_line().await {
        if let Some(keep) = &keep {
            let mut kept = keep.lock().unwrap();
            kept.push_str(&line);
            kept.push('\n');
        }
    }
}

/// Runs `tests/{folder}/{script}` to its end with `args` and `input` on its
/// stdin (a minute at most), and reads the JSON of its last stdout line.
pub async fn run_once(folder: &str, script: &str, args: &[&str], input: &str) -> Value {
    use tokio::io::AsyncWriteExt;
    let mut command = Command::new("node");
    command.arg(test_dir(folder).join(script)).args(args);
    let (mut child, _group) = spawn_in_group(&mut command);
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).await.unwrap();
    drop(stdin);
    let output = tokio::time::timeout(Duration::from_secs(60), child.wait_with_output())
        .await
        .unwrap_or_else(|_| panic!("{script} ends within a minute"))
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{script} failed: {}{stdout}",
        String::from_utf8_lossy(&output.stderr)
    );
    let last = stdout.lines().last().unwrap_or_default();
    serde_json::from_str(last)
        .unwrap_or_else(|e| panic!("{script} printed no JSON ({e}): {stdout}"))
}
