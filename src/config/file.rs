//! The settings of the configuration file (`CONFIG_FILE`): beside its
//! `[[issuers]]`, any setting, as a top-level key named as the setting's
//! variable in lower case (`database_pool_size = 16`,
//! `cors_allowed_origins = ["https://app.example.com"]`).
//!
//! The file sits below the command line and the environment: its values
//! become the defaults of clap's arguments, so clap applies the precedence
//! (flag > environment > file > default) and each value goes through its
//! argument's own parser. Each is parsed once more here first, so that a
//! bad value is an error naming the file and the key; an unknown key is
//! one too.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The key of the file's issuers, which are not a setting.
const ISSUERS_KEY: &str = "issuers";

/// The settings a configuration file gives, by id (the file key).
#[derive(Debug, Clone, Default)]
pub struct SettingsFile {
    pub path: PathBuf,
    values: BTreeMap<String, Vec<String>>,
}

/// A configuration file whose settings cannot be used.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum FileError {
    #[error("cannot read CONFIG_FILE {path}: {reason}")]
    Unreadable { path: String, reason: String },
    #[error("CONFIG_FILE {path} is not valid TOML: {reason}")]
    NotToml { path: String, reason: String },
    #[error(
        "CONFIG_FILE {path}: unknown key `{key}` (a key is a setting's variable in lower case, \
         such as `database_url`, or `[[issuers]]`; see docs/src/reference/configuration.md)"
    )]
    UnknownKey { path: String, key: String },
    #[error("CONFIG_FILE {path}: `{key}`: {reason}")]
    BadValue {
        path: String,
        key: String,
        reason: String,
    },
}

impl SettingsFile {
    /// Reads the settings of the file at `path`, each checked by its
    /// argument in `settings` (`Config::settings_command`).
    pub fn read(path: &Path, settings: &clap::Command) -> Result<Self, FileError> {
        let shown = path.display().to_string();
        let text = std::fs::read_to_string(path).map_err(|err| FileError::Unreadable {
            path: shown.clone(),
            reason: err.kind().to_string(),
        })?;
        Self::parse(&text, path, settings)
    }

    /// [`Self::read`] for the file's text.
    pub fn parse(text: &str, path: &Path, settings: &clap::Command) -> Result<Self, FileError> {
        let shown = path.display().to_string();
        let table: toml::Table = toml::from_str(text).map_err(|err| FileError::NotToml {
            path: shown.clone(),
            reason: err.message().to_owned(),
        })?;
        let mut values = BTreeMap::new();
        for (key, value) in table {
            if key == ISSUERS_KEY {
                continue;
            }
            let Some(arg) = settings
                .get_arguments()
                .find(|arg| arg.get_id() == key.as_str() && key != "config_file")
            else {
                return Err(FileError::UnknownKey { path: shown, key });
            };
            let bad = |reason: String| FileError::BadValue {
                path: shown.clone(),
                key: key.clone(),
                reason,
            };
            let texts = texts_of(&value, arg).map_err(bad)?;
            check_with_parser(arg, &texts).map_err(|err| bad(clap_reason(&err)))?;
            values.insert(key, texts);
        }
        Ok(Self {
            path: path.to_owned(),
            values,
        })
    }

    /// The ids of the settings the file gives.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.values.keys().map(String::as_str)
    }

    /// `settings` with the file's values as the defaults of the arguments
    /// that `takes` (the others keep theirs: the command does not read them).
    pub fn apply(
        &self,
        mut settings: clap::Command,
        takes: impl Fn(&str) -> bool,
    ) -> clap::Command {
        for (id, texts) in &self.values {
            if !takes(id) {
                continue;
            }
            let texts: Vec<clap::builder::OsStr> = texts
                .iter()
                .map(|t| clap::builder::OsStr::from(t.clone()))
                .collect();
            settings = settings.mut_arg(id.as_str(), |arg| arg.default_values(texts));
        }
        settings
    }
}

/// A TOML value as the text(s) clap parses: strings as they are, numbers
/// and booleans written out, a list only for a setting that takes several.
fn texts_of(value: &toml::Value, arg: &clap::Arg) -> Result<Vec<String>, String> {
    let one = |value: &toml::Value| match value {
        toml::Value::String(s) => Ok(s.clone()),
        toml::Value::Integer(i) => Ok(i.to_string()),
        toml::Value::Float(f) => Ok(f.to_string()),
        toml::Value::Boolean(b) => Ok(b.to_string()),
        _ => Err("must be a string, a number or a boolean".to_owned()),
    };
    match value {
        toml::Value::Array(items) if matches!(arg.get_action(), clap::ArgAction::Append) => {
            items.iter().map(one).collect()
        }
        toml::Value::Array(_) => Err("takes one value, not a list".to_owned()),
        value => one(value).map(|text| vec![text]),
    }
}

/// Parses `texts` as `arg`'s flag would be (its own value parser, a
/// switch's `true`/`false` too).
fn check_with_parser(arg: &clap::Arg, texts: &[String]) -> Result<(), clap::Error> {
    let mut arg = arg.clone().env(None::<&'static str>);
    if !arg.get_action().takes_values() {
        arg = arg.action(clap::ArgAction::Set).num_args(1);
    }
    let long = arg.get_long().unwrap_or_default().to_owned();
    let args = texts.iter().map(|text| format!("--{long}={text}"));
    clap::Command::new("CONFIG_FILE")
        .no_binary_name(true)
        .arg(arg)
        .try_get_matches_from(args)
        .map(drop)
}

/// The reason in clap's error, without its `error:` prefix and advice.
fn clap_reason(err: &clap::Error) -> String {
    let text = err.to_string();
    let first = text.lines().next().unwrap_or_default();
    first.trim_start_matches("error: ").to_owned()
}
