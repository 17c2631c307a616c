//! `recent_events`: what a user's sign-ins and registrations leave in their
//! Passage record (`UserRecentEvent`), with the caller's address and
//! browser, newest first. The auth API records one for each sign-in that
//! succeeds; the Management API shows them.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;
use chrono::Utc;

use super::random_id;
use passage_wire::{PassageUser, RecentEvent};

/// Events a user record keeps; older ones give way.
pub const MAX_RECENT_EVENTS: usize = 20;

/// Who made a request: address and `User-Agent`.
#[derive(Debug, Clone)]
pub(super) struct Caller {
    ip: String,
    user_agent: String,
}

impl Caller {
    /// The emulator itself (seeded users, the sign-in shortcuts' callers
    /// when nothing else is known).
    pub(super) fn emulator() -> Self {
        Self {
            ip: "127.0.0.1".into(),
            user_agent: "passage-emulator".into(),
        }
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Caller {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|ConnectInfo(addr)| addr.ip().to_string())
            .unwrap_or_default();
        let user_agent = parts
            .headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .chars()
            .take(512)
            .collect();
        Ok(Self { ip, user_agent })
    }
}

/// How a user proved who they are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Method {
    Passkey,
    Otp,
    MagicLink,
    /// The emulator's shortcuts and seeds: no proof at all.
    Emulator,
}

impl Method {
    fn as_str(self) -> &'static str {
        match self {
            Self::Passkey => "passkey",
            Self::Otp => "otp",
            Self::MagicLink => "magic_link",
            Self::Emulator => "emulator",
        }
    }
}

/// Adds a completed sign-in (`register` when the user was still pending,
/// else `login`) to `user`'s recent events.
pub(super) fn record_sign_in(
    user: &mut PassageUser,
    method: Method,
    caller: &Caller,
    register: bool,
) {
    let now = Utc::now();
    let action = if register { "register" } else { "login" };
    let event = RecentEvent {
        id: random_id(24),
        kind: format!("{}_{action}", method.as_str()),
        action: action.into(),
        status: "complete".into(),
        created_at: Some(now),
        completed_at: Some(now),
        ip_addr: caller.ip.clone(),
        user_agent: caller.user_agent.clone(),
        user_agent_display: display_name(&caller.user_agent),
        social_login_type: None,
    };
    user.recent_events.insert(0, event);
    user.recent_events.truncate(MAX_RECENT_EVENTS);
}

/// "Chrome on Linux" from a browser's `User-Agent`; the first product token
/// for anything else (`node`, `curl/8.5.0`).
fn display_name(user_agent: &str) -> String {
    const BROWSERS: [(&str, &str); 5] = [
        ("Edg/", "Edge"),
        ("Firefox/", "Firefox"),
        ("Chromium/", "Chromium"),
        ("Chrome/", "Chrome"),
        ("Safari/", "Safari"),
    ];
    const SYSTEMS: [(&str, &str); 6] = [
        ("Android", "Android"),
        ("iPhone", "iOS"),
        ("iPad", "iPadOS"),
        ("Mac OS X", "macOS"),
        ("Windows", "Windows"),
        ("Linux", "Linux"),
    ];
    let browser = BROWSERS
        .iter()
        .find(|(token, _)| user_agent.contains(token))
        .map(|(_, name)| *name);
    let system = SYSTEMS
        .iter()
        .find(|(token, _)| user_agent.contains(token))
        .map(|(_, name)| *name);
    match (browser, system) {
        (Some(browser), Some(system)) => format!("{browser} on {system}"),
        (Some(browser), None) => browser.to_owned(),
        _ => user_agent
            .split_whitespace()
            .next()
            .unwrap_or("unknown")
            .to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browsers_get_a_readable_name() {
        let chrome = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \
                      HeadlessChrome/140.0.0.0 Safari/537.36";
        assert_eq!(display_name(chrome), "Chrome on Linux");
        assert_eq!(display_name("curl/8.5.0"), "curl/8.5.0");
        assert_eq!(display_name(""), "unknown");
    }

    #[test]
    fn events_are_newest_first_and_bounded() {
        let mut user = PassageUser::default();
        for i in 0..MAX_RECENT_EVENTS + 3 {
            record_sign_in(&mut user, Method::Otp, &Caller::emulator(), i == 0);
        }
        assert_eq!(user.recent_events.len(), MAX_RECENT_EVENTS);
        assert_eq!(user.recent_events[0].kind, "otp_login");
        assert_eq!(user.recent_events[0].status, "complete");
    }
}
