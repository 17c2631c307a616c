//! Every process a test starts ends when the test binary does. A process
//! that starts processes of its own (the Clerk mock's `node` starts Prism,
//! browser scripts start Chromium) used to be killed alone, with SIGKILL, and
//! left those behind, orphaned. So each one runs in a process group of its
//! own ([`OwnProcessGroup`]), and [`ProcessGroup`] kills the whole group:
//! when dropped, and, for whatever is still alive when the binary exits (a
//! static is never dropped), from an `atexit` hook. On Linux each one also
//! gets SIGKILL if the thread that started it dies (`PR_SET_PDEATHSIG`):
//! that covers a test binary killed outright, which runs no hook; start
//! long-lived processes from the test's own thread (or the runtime's
//! workers), never from a short-lived one.
//!
//! The Postgres clusters need none of this: their supervisor stops Postgres
//! when the pipe from this process closes, however it ends
//! (`passage_graphql::db::local_postgres`).

use std::process::Output;
use std::sync::{Mutex, Once};

/// The groups alive now, by group ID.
static LIVE: Mutex<Vec<i32>> = Mutex::new(Vec::new());

/// A command set up to start in a new process group of its own.
pub trait OwnProcessGroup {
    /// Its own group (its process ID as the group ID) and, on Linux,
    /// SIGKILL when the thread that starts it dies.
    fn own_process_group(&mut self) -> &mut Self;
}

impl OwnProcessGroup for std::process::Command {
    fn own_process_group(&mut self) -> &mut Self {
        use std::os::unix::process::CommandExt;
        self.process_group(0);
        let parent = std::process::id();
        // SAFETY: the hook only makes async-signal-safe calls.
        unsafe { self.pre_exec(move || die_with_parent(parent)) }
    }
}

impl OwnProcessGroup for tokio::process::Command {
    fn own_process_group(&mut self) -> &mut Self {
        self.process_group(0);
        let parent = std::process::id();
        // SAFETY: the hook only makes async-signal-safe calls.
        unsafe { self.pre_exec(move || die_with_parent(parent)) }
    }
}

/// Runs in the child between fork and exec; `parent` is the test binary.
fn die_with_parent(parent: u32) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        // SAFETY: prctl, getppid and _exit have no memory-safety
        // preconditions.
        unsafe {
            if libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL, 0, 0, 0) != 0 {
                return Err(std::io::Error::last_os_error());
            }
            // The parent died before the setting took: another adopted us.
            if u32::try_from(libc::getppid()).ok() != Some(parent) {
                libc::_exit(1);
            }
        }
    }
    #[cfg(not(target_os = "linux"))]
    let _ = parent;
    Ok(())
}

/// The process group of a child started with [`OwnProcessGroup`]: every
/// process in it is killed when this is dropped, or when the test binary
/// exits.
pub struct ProcessGroup(Option<i32>);

impl ProcessGroup {
    /// The group of the child with process ID `pid` (`None`: it has exited
    /// already, nothing to watch).
    pub fn of(pid: Option<u32>) -> Self {
        static HOOK: Once = Once::new();
        HOOK.call_once(|| {
            // SAFETY: registers a plain `extern "C" fn` to run at exit.
            unsafe { libc::atexit(kill_live_groups) };
        });
        let pgid = pid.and_then(|pid| i32::try_from(pid).ok());
        if let Some(pgid) = pgid {
            lock().push(pgid);
        }
        Self(pgid)
    }

    /// Kills every process in the group (now, not when dropped).
    pub fn kill(&mut self) {
        if let Some(pgid) = self.0.take() {
            // SAFETY: signals a group this process created.
            unsafe { libc::killpg(pgid, libc::SIGKILL) };
            lock().retain(|&live| live != pgid);
        }
    }
}

impl Drop for ProcessGroup {
    fn drop(&mut self) {
        self.kill();
    }
}

fn lock() -> std::sync::MutexGuard<'static, Vec<i32>> {
    LIVE.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// At exit: what no drop ended. `try_lock`, since a thread still running
/// may hold the lock, and exit must not wait for it.
extern "C" fn kill_live_groups() {
    if let Ok(live) = LIVE.try_lock() {
        for &pgid in live.iter() {
            // SAFETY: signals groups this process created.
            unsafe { libc::killpg(pgid, libc::SIGKILL) };
        }
    }
}

/// `command.output()` in a group of its own: what the program started is
/// killed with it when the run is cancelled (a timeout) or once it has
/// exited (a browser it left behind).
pub async fn output_in_own_group(command: &mut tokio::process::Command) -> std::io::Result<Output> {
    let child = command
        .own_process_group()
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true)
        .spawn()?;
    let _group = ProcessGroup::of(child.id());
    child.wait_with_output().await
}
