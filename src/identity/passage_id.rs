//! [`PassageUserId`]: the only way a Passage user ID enters the program.

use std::fmt;

/// Longest ID accepted. Passage's own IDs are 24 characters; the bound leaves
/// room for other services that speak the contract while keeping IDs safe to
/// put in a URL path and a log line.
pub const MAX_LEN: usize = 64;

/// A Passage user ID (a token's `sub`), checked to be 1-64 characters of
/// `[A-Za-z0-9_-]`, so it can go into a Management API path unescaped.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct PassageUserId(String);

impl PassageUserId {
    pub fn parse(raw: &str) -> Result<Self, &'static str> {
        if raw.is_empty() {
            return Err("is empty");
        }
        if raw.len() > MAX_LEN {
            return Err("is longer than 64 characters");
        }
        if !raw
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
        {
            return Err("has characters other than letters, digits, '_' and '-'");
        }
        Ok(Self(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for PassageUserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for PassageUserId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PassageUserId({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_passage_shaped_ids_only() {
        assert!(PassageUserId::parse("dXNlcl9pZF8xMjM0NTY3ODkw").is_ok());
        assert!(PassageUserId::parse("").is_err());
        assert!(PassageUserId::parse("../admin").is_err());
        assert!(PassageUserId::parse("a b").is_err());
        assert!(PassageUserId::parse(&"a".repeat(65)).is_err());
    }
}
