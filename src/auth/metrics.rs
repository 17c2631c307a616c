//! Counts of refused tokens by reason and issuer (`unknown` before a token
//! is routed to one): served at `/metrics` (the families are named in
//! [`crate::observability::metrics`]) and written to the log with each
//! refusal.

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;

use crate::observability::metrics::{IssuerReasonLabels, ReasonLabels, label_value};

/// Refusals so far, per reason label (see `AuthFailure::reason`), all
/// issuers together and per issuer.
#[derive(Default)]
pub struct AuthMetrics {
    /// `auth_tokens_refused_total`.
    pub(crate) by_reason: Family<ReasonLabels, Counter>,
    /// `auth_tokens_refused_by_issuer_total`.
    pub(crate) by_issuer: Family<IssuerReasonLabels, Counter>,
}

impl AuthMetrics {
    /// Counts one refusal and returns the new total for its reason and
    /// issuer.
    pub fn record(&self, reason: &'static str, issuer: &str) -> u64 {
        self.by_reason.get_or_create(&ReasonLabels { reason }).inc();
        let labels = IssuerReasonLabels {
            issuer: label_value(issuer),
            reason,
        };
        self.by_issuer.get_or_create(&labels).inc() + 1
    }
}
