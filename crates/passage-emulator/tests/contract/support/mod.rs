//! An emulator on a random port for each test, and the runner of the
//! passage-node scenarios (`node`, shared with the server's tests).

pub mod node;
/// Processes the tests start end with them: the server's tests' copy.
#[path = "../../../../../tests/it/support/process_group.rs"]
pub mod process_group;

use passage_emulator::Emulator;

pub const APP_ID: &str = "test-app-0123456789abcdef";
pub const API_KEY: &str = "test-api-key";

/// A fresh emulator for [`APP_ID`].
pub async fn start_emulator() -> Emulator {
    Emulator::start(APP_ID, API_KEY)
        .await
        .expect("emulator starts")
}
