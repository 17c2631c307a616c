//! The emulator's own inbox, `GET /emulator/inbox?identifier=`: the
//! one-time passcodes and magic links it would have sent by email or SMS,
//! newest first. Not a Passage route: the emulator sends nothing, and this
//! is where a developer (or a test) reads what would have arrived.

use std::collections::VecDeque;
use std::sync::Arc;

use axum::Json;
use axum::extract::{Query, State as AxumState};
use axum::response::IntoResponse;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::State;

/// Messages the inbox keeps (the oldest go first).
const INBOX_SIZE: usize = 200;

/// A message the emulator would have sent.
#[derive(Debug, Clone, Serialize)]
pub(super) struct Message {
    pub identifier: String,
    /// `register` or `login` (a passcode), or `magic_link`.
    pub purpose: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub otp_id: Option<String>,
    /// The link's URL, for a magic link.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub magic_link: Option<String>,
    pub sent_at: DateTime<Utc>,
}

#[derive(Default)]
pub(super) struct Inbox {
    messages: VecDeque<Message>,
}

impl Inbox {
    pub(super) fn deliver(&mut self, message: Message) {
        if self.messages.len() == INBOX_SIZE {
            self.messages.pop_front();
        }
        self.messages.push_back(message);
    }
}

#[derive(Deserialize)]
pub(super) struct InboxQuery {
    identifier: Option<String>,
}

/// `GET /emulator/inbox?identifier=`: what was "sent" (to this identifier,
/// or to anyone), newest first.
pub(super) async fn inbox(
    AxumState(state): AxumState<Arc<State>>,
    Query(query): Query<InboxQuery>,
) -> impl IntoResponse {
    let wanted = query.identifier.map(|i| i.trim().to_lowercase());
    let inbox = state.auth.inbox.lock().unwrap();
    let messages: Vec<&Message> = inbox
        .messages
        .iter()
        .rev()
        .filter(|m| {
            wanted
                .as_deref()
                .is_none_or(|w| m.identifier.to_lowercase() == w)
        })
        .collect();
    Json(json!({ "messages": messages }))
}
