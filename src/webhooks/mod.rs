//! The database follows the provider: each issuer's signed user webhook
//! (`webhook_path`, `/webhooks/clerk` for the clerk preset) creates,
//! refreshes and removes local users with no browser involved.
//!
//! A delivery is checked before anything else is read (`signature`), then
//! read (`events`), then each event applied once and in the provider's
//! order ([`crate::db::provider_users`]):
//! - `user.created` / `user.updated`: the issuer's link rules run first, as
//!   at a first sign-in (a verified email that one Passage snapshot has, under
//!   `link_verified_email`); then the identity has a local user, made if
//!   needed; a later `createUser` returns that user. The provider's cached
//!   fields for the user go, here, in Redis and on every replica, so the
//!   next `email` is the new one.
//! - `user.deleted`: `on_user_deleted = "delete"` removes the user (the
//!   app's hook in the same transaction), `"deactivate"` keeps them with
//!   their tokens refused (`USER_DEACTIVATED`); either way the identity
//!   cannot register again (`USER_DELETED`).
//! - Any other type: acknowledged and counted.
//!
//! Answers: 2xx when the delivery is done (applied, or a redelivery of one
//! that was); 401 for any failed check, saying nothing of which; 400 for a
//! signed body that cannot be read; 413 over [`MAX_BODY_BYTES`]; 503 when
//! the database failed, so the provider retries and nothing half done was
//! kept.

pub mod events;
pub mod signature;

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use axum::Router;
use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use serde_json::json;

use crate::db::provider_users::{Applied, Change, DeletionMode, ProviderEvent};
use crate::events::{Event as LiveEvent, EventBus};
use crate::identity::{IssuerName, Subject};
use crate::issuers::{EmailLinkExclusions, IssuerSettings, WebhookFormat};
use crate::moving::FirstSight;
use crate::observability::metrics::{Telemetry, WebhookLabels};
use crate::profile::{ClerkUsers, ProfileSources, Source};
use events::{Event, Kind};
use signature::Secrets;

/// Largest delivery read: a Clerk user with every field and its metadata
/// is far smaller.
pub const MAX_BODY_BYTES: usize = 256 * 1024;

/// Seconds between sweeps of old message ids.
const SWEEP_EVERY_SECS: i64 = 3600;

/// One issuer's webhook, ready to receive.
pub struct Endpoint {
    issuer: IssuerName,
    path: String,
    format: WebhookFormat,
    secrets: Secrets,
    on_deleted: DeletionMode,
    /// `link_verified_email`, with its excluded connections.
    link_email: Option<EmailLinkExclusions>,
    /// The issuer's Clerk profiles, whose copies a change drops.
    clerk: Option<ClerkUsers>,
}

/// Every issuer's webhook, and what applying their events takes.
pub struct Webhooks {
    endpoints: Vec<Arc<Endpoint>>,
    /// Links identities by the issuers' rules; its repository applies the
    /// events.
    first_sight: Arc<FirstSight>,
    telemetry: Arc<Telemetry>,
    /// Live updates: who changed, who registered, whose sockets close.
    events: EventBus,
    last_sweep: AtomicI64,
}

impl Webhooks {
    /// The webhooks of `issuers`, their secrets read with `env`. A webhook
    /// the entry asked for must have its secret; a preset's default one is
    /// served only when its variable is set.
    pub fn configure(
        issuers: &[IssuerSettings],
        env: impl Fn(&str) -> Option<String>,
        sources: &ProfileSources,
        first_sight: Arc<FirstSight>,
        telemetry: Arc<Telemetry>,
        events: EventBus,
    ) -> anyhow::Result<Arc<Self>> {
        let mut endpoints: Vec<Arc<Endpoint>> = Vec::new();
        for issuer in issuers {
            let Some(webhook) = &issuer.webhook else {
                continue;
            };
            let Some(value) = env(&webhook.secret_env).filter(|v| !v.trim().is_empty()) else {
                anyhow::ensure!(
                    !webhook.required,
                    "issuer {:?} has a webhook at {} but {} is not set: set it to the \
                     webhook's secret (several separated by spaces during a rotation)",
                    issuer.issuer,
                    webhook.path,
                    webhook.secret_env
                );
                continue;
            };
            let secrets = match webhook.format {
                WebhookFormat::Svix | WebhookFormat::Standard => Secrets::hmac(&value),
                WebhookFormat::Auth0EventStream => Secrets::bearer(&value),
            }
            .map_err(|why| anyhow::anyhow!("{} cannot be used: {why}", webhook.secret_env))?;
            anyhow::ensure!(
                !endpoints.iter().any(|e| e.path == webhook.path),
                "two issuers' webhooks are at {}: give each its own `webhook_path`",
                webhook.path
            );
            let clerk = match sources.of(&issuer.issuer) {
                Source::Clerk(users) => Some(users.clone()),
                _ => None,
            };
            tracing::info!(
                issuer = %issuer.issuer,
                path = %webhook.path,
                format = webhook.format.as_str(),
                "user webhook served"
            );
            endpoints.push(Arc::new(Endpoint {
                issuer: IssuerName::from(issuer.issuer.as_str()),
                path: webhook.path.clone(),
                format: webhook.format,
                secrets,
                on_deleted: issuer.on_user_deleted,
                link_email: issuer
                    .link_verified_email
                    .then(|| issuer.link_email_exclusions.clone()),
                clerk,
            }));
        }
        Ok(Arc::new(Self {
            endpoints,
            first_sight,
            telemetry,
            events,
            last_sweep: AtomicI64::new(0),
        }))
    }

    /// The routes, one per webhook.
    pub fn router(self: &Arc<Self>) -> Router {
        self.endpoints
            .iter()
            .fold(Router::new(), |router, endpoint| {
                let endpoint = endpoint.clone();
                router.route(
                    &endpoint.path.clone(),
                    post(
                        move |State(hooks): State<Arc<Webhooks>>,
                              headers: HeaderMap,
                              body: Body| {
                            receive(hooks, endpoint, headers, body)
                        },
                    ),
                )
            })
            .with_state(self.clone())
    }
}

fn answer(status: StatusCode, message: &str) -> Response {
    (status, axum::Json(json!({ "message": message }))).into_response()
}

fn count(hooks: &Webhooks, endpoint: &Endpoint, event: &str, outcome: &'static str) {
    hooks
        .telemetry
        .webhook_events
        .get_or_create(&WebhookLabels {
            issuer: endpoint.issuer.to_string(),
            event: event.to_owned(),
            outcome,
        })
        .inc();
}

/// One delivery (see the module).
async fn receive(
    hooks: Arc<Webhooks>,
    endpoint: Arc<Endpoint>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Ok(body) = axum::body::to_bytes(body, MAX_BODY_BYTES).await else {
        count(&hooks, &endpoint, "unknown", "refused");
        return answer(StatusCode::PAYLOAD_TOO_LARGE, "the delivery is too large");
    };
    let now = chrono::Utc::now().timestamp();
    let signed = match signature::verify(&endpoint.secrets, &headers, &body, now) {
        Ok(signed) => signed,
        Err(why) => {
            tracing::warn!(
                issuer = %endpoint.issuer,
                reason = why.as_str(),
                "a webhook delivery was refused"
            );
            count(&hooks, &endpoint, "unknown", "refused");
            return answer(
                StatusCode::UNAUTHORIZED,
                "the delivery could not be verified",
            );
        }
    };
    let events = match events::read(endpoint.format, &body) {
        Ok(events) => events,
        Err(why) => {
            tracing::warn!(issuer = %endpoint.issuer, reason = %why, "a signed webhook delivery could not be read");
            count(&hooks, &endpoint, "unknown", "refused");
            return answer(StatusCode::BAD_REQUEST, &why.to_string());
        }
    };
    sweep_old_messages(&hooks, now).await;
    for event in &events {
        let message_id = signed.message_id.as_deref().or(event.body_id.as_deref());
        count(&hooks, &endpoint, &event.type_name, "received");
        match apply(&hooks, &endpoint, event, message_id).await {
            Ok(outcome) => count(&hooks, &endpoint, &event.type_name, outcome),
            Err(err) => {
                tracing::error!(
                    issuer = %endpoint.issuer,
                    event = %event.type_name,
                    error = %err,
                    "a webhook event could not be applied; the provider will retry"
                );
                return answer(
                    StatusCode::SERVICE_UNAVAILABLE,
                    "the event could not be applied now; retry later",
                );
            }
        }
    }
    answer(StatusCode::OK, "ok")
}

/// Applies one event; the metric's outcome.
async fn apply(
    hooks: &Webhooks,
    endpoint: &Endpoint,
    event: &Event,
    message_id: Option<&str>,
) -> anyhow::Result<&'static str> {
    let repo = hooks.first_sight.repo();
    let change = match event.kind {
        Kind::Other => return Ok("ignored"),
        Kind::Deleted => Change::Deleted(endpoint.on_deleted),
        Kind::Created | Kind::Updated => {
            let user = event
                .user
                .as_ref()
                .ok_or_else(|| anyhow::anyhow!("a user event without its user"))?;
            Change::Exists {
                name: user.name.clone(),
            }
        }
    };
    if let (Kind::Created | Kind::Updated, Some(user)) = (event.kind, &event.user) {
        link_first(hooks, endpoint, &event.subject, user).await;
    }
    let applied = repo
        .apply_provider_event(
            &ProviderEvent {
                issuer: &endpoint.issuer,
                subject: &event.subject,
                at: event.at,
                message_id,
                change,
            },
            repo.deletion_hook(),
        )
        .await?;
    if let Applied::Created(id) | Applied::Deleted(Some(id)) | Applied::Deactivated(Some(id)) =
        applied
    {
        tracing::info!(issuer = %endpoint.issuer, user = id, outcome = applied.label(), "provider webhook applied");
    }
    // Whatever the provider changed, the copies of its old fields go (a
    // redelivery or an overtaken event changed nothing).
    let changed = !matches!(
        applied,
        Applied::Duplicate | Applied::Stale | Applied::AlreadyDeleted
    );
    if changed
        && matches!(event.kind, Kind::Updated | Kind::Deleted)
        && let Some(clerk) = &endpoint.clerk
    {
        clerk.forget(&event.subject).await;
    }
    if let Some(event) = live_update(endpoint, event, applied) {
        hooks.events.publish(event).await;
    }
    Ok(match applied {
        Applied::Duplicate => "duplicate",
        Applied::Stale | Applied::AlreadyDeleted => "stale",
        _ => "applied",
    })
}

/// What subscribers hear of an applied event.
fn live_update(endpoint: &Endpoint, event: &Event, applied: Applied) -> Option<LiveEvent> {
    match applied {
        Applied::Created(user) => Some(LiveEvent::UserRegistered { user }),
        Applied::Refreshed(user) if event.kind == Kind::Updated => {
            Some(LiveEvent::UserChanged { user })
        }
        Applied::Deleted(user) | Applied::Deactivated(user) => Some(LiveEvent::SignedOut {
            user,
            issuer: Some(endpoint.issuer.to_string()),
            subject: Some(event.subject.clone()),
        }),
        _ => None,
    }
}

/// The issuer's link rules, as at a first sign-in, before a user is made:
/// a verified email that one Passage snapshot has links the identity to
/// that user (only under `link_verified_email`, never on ambiguity).
async fn link_first(
    hooks: &Webhooks,
    endpoint: &Endpoint,
    subject: &str,
    user: &events::ProviderUser,
) {
    let Some(exclusions) = &endpoint.link_email else {
        return;
    };
    let Some(email) = &user.verified_email else {
        return;
    };
    if exclusions.excludes(&user.claims) {
        return;
    }
    let Ok(subject) = Subject::parse(subject) else {
        return;
    };
    hooks
        .first_sight
        .link_verified_email(&endpoint.issuer, subject, email)
        .await;
}

/// Forgets message ids past their keeping, at most once an hour.
async fn sweep_old_messages(hooks: &Webhooks, now: i64) {
    let last = hooks.last_sweep.load(Ordering::Relaxed);
    if now - last < SWEEP_EVERY_SECS
        || hooks
            .last_sweep
            .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
            .is_err()
    {
        return;
    }
    match hooks.first_sight.repo().forget_old_webhook_messages().await {
        Ok(n) if n > 0 => tracing::info!(forgotten = n, "old webhook message ids forgotten"),
        Ok(_) => {}
        Err(err) => tracing::warn!(error = %err, "cannot forget old webhook message ids now"),
    }
}
