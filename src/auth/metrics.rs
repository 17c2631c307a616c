//! Counts of refused tokens by reason, served at `/metrics` in the
//! Prometheus text format and written to the log with each refusal.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;

/// Refusals so far, per reason label (see `AuthFailure::reason`).
#[derive(Default)]
pub struct AuthMetrics {
    refused: Mutex<BTreeMap<&'static str, u64>>,
}

impl AuthMetrics {
    /// Counts one refusal and returns the new total for its reason.
    pub fn record(&self, reason: &'static str) -> u64 {
        let mut refused = self.refused.lock().unwrap();
        let count = refused.entry(reason).or_default();
        *count += 1;
        *count
    }

    pub fn count(&self, reason: &str) -> u64 {
        self.refused
            .lock()
            .unwrap()
            .get(reason)
            .copied()
            .unwrap_or(0)
    }

    /// The counters in the Prometheus text exposition format.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# HELP auth_tokens_refused_total Tokens refused by the request guard, by reason.\n\
             # TYPE auth_tokens_refused_total counter\n",
        );
        for (reason, count) in self.refused.lock().unwrap().iter() {
            let _ = writeln!(
                out,
                "auth_tokens_refused_total{{reason=\"{reason}\"}} {count}"
            );
        }
        out
    }
}
