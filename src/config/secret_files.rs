//! Secrets from files, as Kubernetes and Docker mount them: each secret
//! setting `X` has a variant `X_FILE` (flag `--x-file`, file key `x_file`)
//! naming a file that holds it; a trailing newline is dropped. Setting
//! both is an error, and so is a file that cannot be read (the error names
//! the path, never the content). The webhook secrets named by issuers'
//! `webhook_secret_env` have the same `_FILE` variant in the environment.

use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret, SecretString};

use super::{Config, SecretUrl};

/// A secret that could not be taken from its file.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum SecretFileError {
    #[error("{name} and {name}_FILE are both set: keep one")]
    BothSet { name: String },
    #[error("cannot read {name}_FILE {path}: {reason}")]
    Unreadable {
        name: String,
        path: String,
        reason: String,
    },
}

/// Fills in each secret whose `_FILE` variant is set, from its file.
pub fn resolve(config: &mut Config) -> Result<(), SecretFileError> {
    let url = |secret: SecretString| SecretUrl::from(secret.expose_secret());
    fill(
        "PASSAGE_API_KEY",
        &mut config.passage_api_key,
        &config.passage_api_key_file,
        |s| s,
    )?;
    fill(
        "CLERK_SECRET_KEY",
        &mut config.clerk_secret_key,
        &config.clerk_secret_key_file,
        |s| s,
    )?;
    fill(
        "DATABASE_URL",
        &mut config.database_url,
        &config.database_url_file,
        url,
    )?;
    fill(
        "DATABASE_LISTEN_URL",
        &mut config.database_listen_url,
        &config.database_listen_url_file,
        url,
    )?;
    fill(
        "REDIS_URL",
        &mut config.redis_url,
        &config.redis_url_file,
        url,
    )
}

/// Sets `slot` from the file of `name`'s `_FILE` variant, when that is set.
fn fill<T>(
    name: &str,
    slot: &mut Option<T>,
    file: &Option<PathBuf>,
    from: impl Fn(SecretString) -> T,
) -> Result<(), SecretFileError> {
    if let Some(secret) = take(name, slot.is_some(), file)? {
        *slot = Some(from(secret));
    }
    Ok(())
}

/// The secret of `name`'s `_FILE` variant, when that is set (and `name`
/// is not: `set`).
fn take(
    name: &str,
    set: bool,
    file: &Option<PathBuf>,
) -> Result<Option<SecretString>, SecretFileError> {
    match file {
        None => Ok(None),
        Some(_) if set => Err(SecretFileError::BothSet {
            name: name.to_owned(),
        }),
        Some(path) => read(name, path).map(Some),
    }
}

/// The secret held by the environment variable `name`, or by the file its
/// `name_FILE` names.
pub fn from_environment(name: &str) -> Result<Option<SecretString>, SecretFileError> {
    let value = std::env::var(name).ok();
    let file = std::env::var_os(format!("{name}_FILE")).map(PathBuf::from);
    if let Some(secret) = take(name, value.is_some(), &file)? {
        return Ok(Some(secret));
    }
    Ok(value.map(SecretString::from))
}

/// The file's content without its trailing newline (`echo` and most
/// editors write one; a secret never ends with one).
fn read(name: &str, path: &Path) -> Result<SecretString, SecretFileError> {
    let text = std::fs::read_to_string(path).map_err(|err| SecretFileError::Unreadable {
        name: name.to_owned(),
        path: path.display().to_string(),
        reason: err.kind().to_string(),
    })?;
    Ok(text.trim_end_matches(['\n', '\r']).into())
}
