//! The TLS settings of a Postgres connection string, read as libpq reads
//! them: `sslmode` (`disable`, `prefer`, `require`, `verify-ca`,
//! `verify-full`) and `sslrootcert` (a PEM file, or `system`).
//!
//! tokio-postgres knows only `disable`, `prefer` and `require` and refuses
//! `sslrootcert` as an unknown option, so both are taken out of the string
//! here, and the rest goes to tokio-postgres unchanged. Both forms are read:
//! the URL (`postgres://…?sslmode=verify-full`) and key=value pairs
//! (`host=… sslmode=verify-full`).

use std::path::PathBuf;

/// How much TLS a connection insists on, as libpq's `sslmode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SslMode {
    /// Plain text only.
    Disable,
    /// TLS when the server offers it, else plain text; no certificate check.
    Prefer,
    /// TLS or nothing; the certificate is checked only when a root
    /// certificate is at hand (then as `verify-ca`).
    Require,
    /// TLS, with a certificate chain to a trusted root; any host name.
    VerifyCa,
    /// `verify-ca`, and the certificate names the host connected to.
    VerifyFull,
}

impl SslMode {
    /// The value as written in a connection string.
    pub fn as_str(self) -> &'static str {
        match self {
            SslMode::Disable => "disable",
            SslMode::Prefer => "prefer",
            SslMode::Require => "require",
            SslMode::VerifyCa => "verify-ca",
            SslMode::VerifyFull => "verify-full",
        }
    }

    fn parse(value: &str) -> Result<Self, ConnInfoError> {
        match value {
            "disable" => Ok(SslMode::Disable),
            "prefer" => Ok(SslMode::Prefer),
            "require" => Ok(SslMode::Require),
            "verify-ca" => Ok(SslMode::VerifyCa),
            "verify-full" => Ok(SslMode::VerifyFull),
            // libpq's `allow` tries plain text first; tokio-postgres cannot.
            "allow" => Err(ConnInfoError::AllowUnsupported),
            other => Err(ConnInfoError::BadSslMode(other.to_owned())),
        }
    }
}

/// Where trusted root certificates come from (`sslrootcert`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RootCert {
    /// A PEM file of one or more CA certificates.
    File(PathBuf),
    /// `sslrootcert=system`: the operating system's trusted roots.
    System,
}

/// A connection string split into what tokio-postgres reads and the TLS
/// settings it does not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConnInfo {
    /// The connection string without `sslmode` and `sslrootcert`.
    pub rest: String,
    /// `sslmode`, when given.
    pub ssl_mode: Option<SslMode>,
    /// `sslrootcert`, when given.
    pub root_cert: Option<RootCert>,
}

/// A connection string whose TLS settings cannot be used. The messages
/// quote setting values, never the string (it may hold a password).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConnInfoError {
    #[error(
        "sslmode={0:?} is not one of disable, prefer, require, verify-ca, verify-full \
         (in DATABASE_URL)"
    )]
    BadSslMode(String),
    #[error("sslmode=allow is not supported (in DATABASE_URL): use prefer or require")]
    AllowUnsupported,
    #[error("sslrootcert is empty (in DATABASE_URL)")]
    EmptyRootCert,
    #[error("{0} is given twice in DATABASE_URL")]
    Repeated(&'static str),
    #[error("DATABASE_URL has an unterminated quoted value")]
    UnterminatedQuote,
}

impl ConnInfo {
    /// Splits `conninfo` (a `postgres://` / `postgresql://` URL or
    /// key=value pairs).
    pub fn parse(conninfo: &str) -> Result<Self, ConnInfoError> {
        let mut found = Found::default();
        let rest = if conninfo.starts_with("postgres://") || conninfo.starts_with("postgresql://") {
            strip_from_url(conninfo, &mut found)?
        } else {
            strip_from_key_values(conninfo, &mut found)?
        };
        let ssl_mode = found.ssl_mode.as_deref().map(SslMode::parse).transpose()?;
        let root_cert = match found.root_cert.as_deref() {
            None => None,
            Some("") => return Err(ConnInfoError::EmptyRootCert),
            Some("system") => Some(RootCert::System),
            Some(path) => Some(RootCert::File(PathBuf::from(path))),
        };
        Ok(ConnInfo {
            rest,
            ssl_mode,
            root_cert,
        })
    }
}

#[derive(Default)]
struct Found {
    ssl_mode: Option<String>,
    root_cert: Option<String>,
}

impl Found {
    /// Takes `key=value` when it is one of ours; false for any other key.
    fn take(&mut self, key: &str, value: String) -> Result<bool, ConnInfoError> {
        let (slot, name) = match key {
            "sslmode" => (&mut self.ssl_mode, "sslmode"),
            "sslrootcert" => (&mut self.root_cert, "sslrootcert"),
            _ => return Ok(false),
        };
        if slot.replace(value).is_some() {
            return Err(ConnInfoError::Repeated(name));
        }
        Ok(true)
    }
}

fn strip_from_url(url: &str, found: &mut Found) -> Result<String, ConnInfoError> {
    let Some((base, query)) = url.split_once('?') else {
        return Ok(url.to_owned());
    };
    let mut kept = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        if !found.take(&percent_decode(key), percent_decode(value))? {
            kept.push(pair);
        }
    }
    Ok(if kept.is_empty() {
        base.to_owned()
    } else {
        format!("{base}?{}", kept.join("&"))
    })
}

/// `%XX` escapes decoded (as URL query values are); invalid ones kept.
fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        if bytes[i] == b'%'
            && let (Some(hi), Some(lo)) = (
                bytes.get(i + 1).copied().and_then(hex),
                bytes.get(i + 2).copied().and_then(hex),
            )
        {
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// libpq's key=value form: `key = value`, values optionally single-quoted
/// with backslash escapes. Our two keys are removed, the rest kept verbatim.
fn strip_from_key_values(conninfo: &str, found: &mut Found) -> Result<String, ConnInfoError> {
    let mut kept = String::with_capacity(conninfo.len());
    let mut rest = conninfo.trim_start();
    while !rest.is_empty() {
        let key_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let key = &rest[..key_end];
        let after_key = rest[key_end..].trim_start();
        let Some(after_eq) = after_key.strip_prefix('=') else {
            // Not a pair: leave it for tokio-postgres to complain about.
            kept.push_str(rest);
            break;
        };
        let after_eq = after_eq.trim_start();
        let (value, consumed) = key_value(after_eq)?;
        let pair_len = rest.len() - after_eq.len() + consumed;
        if !found.take(key, value)? {
            if !kept.is_empty() {
                kept.push(' ');
            }
            kept.push_str(&rest[..pair_len]);
        }
        rest = rest[pair_len..].trim_start();
    }
    Ok(kept)
}

/// One value at the start of `text`: unescaped, and how many bytes it took.
fn key_value(text: &str) -> Result<(String, usize), ConnInfoError> {
    let mut value = String::new();
    if let Some(quoted) = text.strip_prefix('\'') {
        let mut chars = quoted.char_indices();
        while let Some((i, c)) = chars.next() {
            match c {
                '\\' => {
                    if let Some((_, escaped)) = chars.next() {
                        value.push(escaped);
                    }
                }
                '\'' => return Ok((value, 1 + i + 1)),
                c => value.push(c),
            }
        }
        return Err(ConnInfoError::UnterminatedQuote);
    }
    let mut chars = text.char_indices();
    while let Some((i, c)) = chars.next() {
        match c {
            c if c.is_whitespace() => return Ok((value, i)),
            '\\' => {
                if let Some((_, escaped)) = chars.next() {
                    value.push(escaped);
                }
            }
            c => value.push(c),
        }
    }
    Ok((value, text.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_settings_are_taken_out_and_the_rest_kept() {
        let info = ConnInfo::parse(
            "postgres://u:p@db.example:5432/app?application_name=x&sslmode=verify-full&sslrootcert=%2Fetc%2Fca%20b.pem&connect_timeout=3",
        )
        .unwrap();
        assert_eq!(
            info.rest,
            "postgres://u:p@db.example:5432/app?application_name=x&connect_timeout=3"
        );
        assert_eq!(info.ssl_mode, Some(SslMode::VerifyFull));
        assert_eq!(info.root_cert, Some(RootCert::File("/etc/ca b.pem".into())));
    }

    #[test]
    fn a_url_with_only_tls_settings_loses_its_query() {
        let info = ConnInfo::parse("postgresql://h/db?sslmode=require").unwrap();
        assert_eq!(info.rest, "postgresql://h/db");
        assert_eq!(info.ssl_mode, Some(SslMode::Require));
        assert_eq!(info.root_cert, None);
        let plain = ConnInfo::parse("postgres://h/db").unwrap();
        assert_eq!(
            (plain.rest.as_str(), plain.ssl_mode),
            ("postgres://h/db", None)
        );
    }

    #[test]
    fn key_value_settings_are_taken_out_quotes_and_all() {
        let info = ConnInfo::parse(
            "host=db.example sslmode = verify-ca password='a \\'b' sslrootcert='/a dir/ca\\'s.pem' dbname=app",
        )
        .unwrap();
        assert_eq!(info.ssl_mode, Some(SslMode::VerifyCa));
        assert_eq!(
            info.root_cert,
            Some(RootCert::File("/a dir/ca's.pem".into()))
        );
        assert!(!info.rest.contains("sslmode") && !info.rest.contains("sslrootcert"));
        assert!(info.rest.starts_with("host=db.example password='a \\'b'"));
        assert!(info.rest.ends_with("dbname=app"));
    }

    #[test]
    fn system_roots_and_bad_values() {
        let info = ConnInfo::parse("host=h sslrootcert=system").unwrap();
        assert_eq!(info.root_cert, Some(RootCert::System));
        assert_eq!(info.rest, "host=h");
        assert_eq!(
            ConnInfo::parse("postgres://h/db?sslmode=allow"),
            Err(ConnInfoError::AllowUnsupported)
        );
        assert_eq!(
            ConnInfo::parse("postgres://h/db?sslmode=verify_full"),
            Err(ConnInfoError::BadSslMode("verify_full".into()))
        );
        assert_eq!(
            ConnInfo::parse("postgres://h/db?sslmode=require&sslmode=disable"),
            Err(ConnInfoError::Repeated("sslmode"))
        );
        assert_eq!(
            ConnInfo::parse("host=h sslrootcert='/x"),
            Err(ConnInfoError::UnterminatedQuote)
        );
        assert_eq!(
            ConnInfo::parse("host=h sslrootcert="),
            Err(ConnInfoError::EmptyRootCert)
        );
    }
}
