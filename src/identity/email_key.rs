//! The one normalisation under which two email addresses are "the same" for
//! linking a new issuer's identity to a Passage-era user: surrounding
//! whitespace trimmed, the whole address lower-cased (Unicode lower case,
//! local part included). An address that is not already in Unicode NFKC form
//! (full-width letters, ligatures, compatibility characters that display like
//! others) has no key at all, so it never links: look-alikes are refused, not
//! folded together.

use std::fmt;

use unicode_normalization::UnicodeNormalization;

/// Longest address given a key (RFC 5321's path limit).
const MAX_LEN: usize = 254;

/// A normalised email address; only [`EmailKey::parse`] makes one.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct EmailKey(String);

impl EmailKey {
    /// The key of `raw`, or `None` when it must not be matched: empty, no
    /// `@`, too long, control characters, or not in NFKC form.
    pub fn parse(raw: &str) -> Option<Self> {
        let trimmed = raw.trim();
        if trimmed.is_empty()
            || trimmed.len() > MAX_LEN
            || !trimmed.contains('@')
            || trimmed.chars().any(char::is_control)
            || !trimmed.nfkc().eq(trimmed.chars())
        {
            return None;
        }
        Some(Self(trimmed.to_lowercase()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for EmailKey {
    // An address is personal data: debug output never shows it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EmailKey(..)")
    }
}

#[cfg(test)]
mod tests {
    use super::EmailKey;

    fn key(raw: &str) -> Option<String> {
        EmailKey::parse(raw).map(|k| k.as_str().to_owned())
    }

    #[test]
    fn trims_and_folds_the_whole_address() {
        assert_eq!(
            key("  Ada.Lovelace@Example.COM\t").as_deref(),
            Some("ada.lovelace@example.com")
        );
        assert_eq!(
            key("ÉLODIE@exemple.fr").as_deref(),
            Some("élodie@exemple.fr")
        );
    }

    #[test]
    fn look_alikes_and_non_addresses_have_no_key() {
        // Full-width "ａ", the "ﬁ" ligature, a non-breaking space inside.
        for raw in [
            "ａda@example.com",
            "ﬁle@example.com",
            "ada\u{a0}x@example.com",
            "",
            "   ",
            "no-at-sign",
            "a\u{0}@x.y",
        ] {
            assert_eq!(key(raw), None, "{raw:?}");
        }
        // Decomposed "é" (e + combining acute) is not NFKC either.
        assert_eq!(key("e\u{301}lodie@exemple.fr"), None);
    }
}
