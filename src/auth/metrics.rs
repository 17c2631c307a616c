//! Counts of refused tokens by reason and issuer (`unknown` before a token
//! is routed to one), served at `/metrics` in the Prometheus text format and
//! written to the log with each refusal.

use std::collections::BTreeMap;
use std::fmt::Write;
use std::sync::Mutex;

/// Refusals so far, per reason label (see `AuthFailure::reason`) and issuer.
#[derive(Default)]
pub struct AuthMetrics {
    refused: Mutex<BTreeMap<(&'static str, String), u64>>,
}

impl AuthMetrics {
    /// Counts one refusal and returns the new total for its reason and
    /// issuer.
    pub fn record(&self, reason: &'static str, issuer: &str) -> u64 {
        let mut refused = self.refused.lock().unwrap();
        let count = refused.entry((reason, issuer.to_owned())).or_default();
        *count += 1;
        *count
    }

    /// Refusals for `reason`, all issuers together.
    pub fn count(&self, reason: &str) -> u64 {
        self.refused
            .lock()
            .unwrap()
            .iter()
            .filter(|((r, _), _)| *r == reason)
            .map(|(_, n)| n)
            .sum()
    }

    /// The counters in the Prometheus text exposition format.
    pub fn render(&self) -> String {
        let mut out = String::from(
            "# HELP auth_tokens_refused_total Tokens refused by the request guard, by reason.\n\
             # TYPE auth_tokens_refused_total counter\n",
        );
        let refused = self.refused.lock().unwrap();
        let mut by_reason: BTreeMap<&str, u64> = BTreeMap::new();
        for ((reason, _), count) in refused.iter() {
            *by_reason.entry(reason).or_default() += count;
        }
        for (reason, count) in by_reason {
            let _ = writeln!(
                out,
                "auth_tokens_refused_total{{reason=\"{reason}\"}} {count}"
            );
        }
        out.push_str(
            "# HELP auth_tokens_refused_by_issuer_total Tokens refused, by the issuer they \
             were routed to (`unknown` before routing) and reason.\n\
             # TYPE auth_tokens_refused_by_issuer_total counter\n",
        );
        for ((reason, issuer), count) in refused.iter() {
            let issuer = issuer.replace(['"', '\\', '\n'], "_");
            let _ = writeln!(
                out,
                "auth_tokens_refused_by_issuer_total{{issuer=\"{issuer}\",reason=\"{reason}\"}} {count}"
            );
        }
        out
    }
}
