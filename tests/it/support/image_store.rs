//! Images built and unpacked by a test in a podman store of its own (so the
//! machine's images are neither used nor touched), removed with it; and what
//! a test checks an unpacked image against.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Output;

use tokio::process::Command;

use super::process_group::output_in_own_group;

/// Why this machine cannot build and run images here, if it cannot.
pub fn missing_tools() -> Option<String> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return Some("it must run as root (podman's own store, chroot)".into());
    }
    for tool in ["podman", "chroot", "ldd", "tar"] {
        let found = std::env::var_os("PATH")
            .is_some_and(|path| std::env::split_paths(&path).any(|dir| dir.join(tool).is_file()));
        if !found {
            return Some(format!(
                "`{tool}` is not installed (Debian: apt-get install podman)"
            ));
        }
    }
    None
}

/// A folder of the test's own: podman's store, and whatever the test
/// unpacks beside it. Removed when dropped.
pub struct ImageStore(pub PathBuf);

impl Drop for ImageStore {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl ImageStore {
    /// podman on this store.
    pub fn podman(&self) -> Command {
        let mut command = Command::new("podman");
        command.args(self.podman_opts().split(' '));
        command
    }

    /// podman's global options for this store (`PODMAN_OPTS` of
    /// `deploy/container/build`).
    pub fn podman_opts(&self) -> String {
        format!(
            "--root {} --runroot {} --storage-driver vfs",
            self.0.join("store").display(),
            self.0.join("run").display()
        )
    }
}

#[track_caller]
fn assert_success(output: &Output, what: &str) {
    assert!(
        output.status.success(),
        "{what} failed ({}):\n{}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// Runs `command` to the end, in a process group of its own; it must
/// succeed.
pub async fn run(command: &mut Command, what: &str) -> Output {
    let output = output_in_own_group(command)
        .await
        .unwrap_or_else(|e| panic!("{what}: {e}"));
    assert_success(&output, what);
    output
}

/// The files (not folders) under `root`, relative to it.
pub fn files_under(root: &Path) -> BTreeSet<String> {
    let mut files = BTreeSet::new();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).unwrap() {
            let entry = entry.unwrap();
            if entry.file_type().unwrap().is_dir() {
                folders.push(entry.path());
            } else {
                let relative = entry.path().strip_prefix(root).unwrap().to_owned();
                files.insert(relative.to_string_lossy().into_owned());
            }
        }
    }
    files
}

/// What `ldd` says `binary` loads, as paths without the leading `/`.
pub async fn loaded_libraries(binary: &Path) -> BTreeSet<String> {
    let output = run(Command::new("ldd").arg(binary), "ldd").await;
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .filter_map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                [_, "=>", path, ..] if path.starts_with('/') => Some(path.to_string()),
                [path, ..] if path.starts_with('/') => Some(path.to_string()),
                _ => None,
            }
        })
        .map(|path| path.trim_start_matches('/').to_owned())
        .collect()
}
