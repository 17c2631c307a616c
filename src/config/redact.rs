//! URLs that may hold a password (Postgres', Redis'), as [`SecretUrl`]:
//! shown (`Debug`, `config check`) with the password replaced, host,
//! database and options kept, which is what an operator needs to see. Keys
//! that are secret whole are `secrecy::SecretString`.

use secrecy::{ExposeSecret, SecretString};

/// A URL whose password is a secret: `Debug` shows it redacted
/// ([`redacted_url`]); [`Self::expose_secret`] gives it whole.
#[derive(Clone)]
pub struct SecretUrl(SecretString);

impl SecretUrl {
    /// The URL, password included: for connecting, never for showing.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// The URL with its passwords replaced (Redis' query parameters that
    /// name one too).
    pub fn redacted(&self) -> String {
        redacted_redis_url(self.expose_secret())
    }
}

impl std::fmt::Debug for SecretUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.redacted(), f)
    }
}

impl From<String> for SecretUrl {
    fn from(url: String) -> Self {
        Self(url.into())
    }
}

impl From<&str> for SecretUrl {
    fn from(url: &str) -> Self {
        Self(url.into())
    }
}

/// What `Debug` output shows in place of a secret.
pub const REDACTED: &str = "<redacted>";

/// A Postgres connection string with its password replaced by
/// `<redacted>`, user, host, database and other options kept. Handles the URL
/// form (`postgres://user:pass@host/db?password=...`) and the key=value form
/// (`host=... password=...`).
pub fn redacted_url(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return redacted_key_values(url);
    };
    // The password may hold an unescaped `/` or `@`: the userinfo ends at the
    // last `@` before the query.
    let (main, query) = rest.split_at(rest.find('?').unwrap_or(rest.len()));
    let main = match main.rsplit_once('@') {
        Some((userinfo, host_and_path)) => match userinfo.split_once(':') {
            Some((user, _password)) => format!("{user}:{REDACTED}@{host_and_path}"),
            None => main.to_owned(),
        },
        None => main.to_owned(),
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.trim_start_matches('?').eq_ignore_ascii_case("password") => {
                format!("{key}={REDACTED}")
            }
            _ => pair.to_owned(),
        })
        .collect();
    format!("{scheme}://{main}{}", query.join("&"))
}

/// A Redis URL with its passwords replaced by `<redacted>`: the one after
/// the user (`redis://user:pass@host`, `redis://:pass@host`, as for
/// Postgres) and any query parameter naming one (`?sentinelPassword=`).
fn redacted_redis_url(url: &str) -> String {
    let redacted = redacted_url(url);
    let Some((main, query)) = redacted.split_once('?') else {
        return redacted;
    };
    let query: Vec<String> = query
        .split('&')
        .map(|pair| match pair.split_once('=') {
            Some((key, _)) if key.to_ascii_lowercase().contains("password") => {
                format!("{key}={REDACTED}")
            }
            _ => pair.to_owned(),
        })
        .collect();
    format!("{main}?{}", query.join("&"))
}

/// The key=value form: `password=secret` or `password='a secret'`.
fn redacted_key_values(conninfo: &str) -> String {
    let mut out = String::with_capacity(conninfo.len());
    let mut rest = conninfo;
    while let Some(at) = rest.find("password") {
        let (before, from_key) = rest.split_at(at);
        out.push_str(before);
        let after_key = from_key["password".len()..].trim_start();
        let Some(value) = after_key.strip_prefix('=') else {
            out.push_str("password");
            rest = &from_key["password".len()..];
            continue;
        };
        let value = value.trim_start();
        let end = if let Some(quoted) = value.strip_prefix('\'') {
            // Up to the closing quote; `\'` escapes one inside.
            let mut escaped = false;
            let close = quoted
                .char_indices()
                .find(|&(_, c)| {
                    let closes = c == '\'' && !escaped;
                    escaped = c == '\\' && !escaped;
                    closes
                })
                .map_or(quoted.len(), |(i, _)| i + 1);
            1 + close
        } else {
            value.find(char::is_whitespace).unwrap_or(value.len())
        };
        out.push_str("password=");
        out.push_str(REDACTED);
        rest = &value[end..];
    }
    out.push_str(rest);
    out
}
