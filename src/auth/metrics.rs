//! Counts of refused tokens by reason and issuer (`unknown` before a token
//! is routed to one): served at `/metrics` (the families are named in
//! [`crate::observability::metrics`]) and written to the log with each
//! refusal.

use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::registry::Registry;

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
    /// Puts the refusal families on `registry`.
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "auth_tokens_refused",
            "Tokens refused by the request guard, by reason",
            self.by_reason.clone(),
        );
        registry.register(
        "auth_tokens_refused_by_issuer",
        "Tokens refused, by the issuer they were routed to (`unknown` before routing) and reason",
        self.by_issuer.clone(),
    );
    }

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::observability::metrics::render_with as render;

    #[test]
    fn refusals_keep_their_series_names_and_labels() {
        let refusals = AuthMetrics::default();
        assert_eq!(refusals.record("expired", "https://a.example"), 1);
        assert_eq!(refusals.record("expired", "https://a.example"), 2);
        refusals.record("expired", "odd\"issuer");
        let text = render(|r| refusals.register(r));
        assert!(
            text.contains("\nauth_tokens_refused_total{reason=\"expired\"} 3\n"),
            "{text}"
        );
        assert!(
            text.contains(
                "\nauth_tokens_refused_by_issuer_total{issuer=\"https://a.example\",reason=\"expired\"} 2\n"
            ),
            "{text}"
        );
        assert!(
            text.contains("{issuer=\"odd_issuer\",reason=\"expired\"} 1\n"),
            "{text}"
        );
        assert_eq!(text.matches("# TYPE").count(), 2, "{text}");
    }
}
