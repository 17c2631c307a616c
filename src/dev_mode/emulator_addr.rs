//! `DATA_DIR/emulator.addr`: where the emulator of the dev server using this
//! `DATA_DIR` listens. That is `EMULATOR_LISTEN_ADDR` unless another process
//! holds it, so `dev-token` reads this record instead of guessing.
//!
//! Written atomically when the emulator starts, removed at shutdown. A record
//! left behind by a crash names an address where no one, or someone else,
//! answers: readers must check who answers there.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use anyhow::Context;

fn record_path(data_dir: &Path) -> PathBuf {
    data_dir.join("emulator.addr")
}

/// The address recorded in `data_dir`, if there is a readable record.
pub fn recorded(data_dir: &Path) -> Option<SocketAddr> {
    recorded_at(&record_path(data_dir))
}

/// The record of a running emulator; dropping it removes the file.
pub struct EmulatorAddrRecord {
    path: PathBuf,
    addr: SocketAddr,
}

impl EmulatorAddrRecord {
    /// Records `addr` in `data_dir` (written whole, then renamed into place,
    /// so a reader never sees half an address).
    pub fn write(data_dir: &Path, addr: SocketAddr) -> anyhow::Result<Self> {
        let path = record_path(data_dir);
        let partial = path.with_extension(format!("addr.{}.partial", std::process::id()));
        std::fs::create_dir_all(data_dir)
            .and_then(|()| std::fs::write(&partial, format!("{addr}\n")))
            .and_then(|()| std::fs::rename(&partial, &path))
            .with_context(|| {
                format!("cannot record the emulator's address in {}", path.display())
            })?;
        Ok(Self { path, addr })
    }
}

impl Drop for EmulatorAddrRecord {
    fn drop(&mut self) {
        // Only our own record: a server sharing the DATA_DIR may have
        // replaced it.
        if recorded_at(&self.path) == Some(self.addr) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

fn recorded_at(path: &Path) -> Option<SocketAddr> {
    std::fs::read_to_string(path).ok()?.trim().parse().ok()
}
