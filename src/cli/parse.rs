//! Reading the command line, the environment and the configuration file
//! into a [`Cli`].
//!
//! The command line is parsed by the whole tree ([`super::command`]), so
//! that each subcommand refuses the flags it does not take. Its settings
//! are then read again by [`Config::settings_command`] alone: from the
//! flags given, the environment (of the settings the subcommand takes) and
//! the configuration file, whose values become the arguments' defaults
//! (see `config::file`).

use std::collections::BTreeMap;
use std::ffi::OsString;

use clap::FromArgMatches;
use clap::parser::ValueSource;

use super::{Cli, Tree, takes};
use crate::config::file::{FileError, SettingsFile};
use crate::config::secret_files::{self, SecretFileError};
use crate::config::{Config, Sources};

/// Why a command line cannot run.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// clap's: a usage error, or `--help` / `--version` (print it with
    /// `exit`).
    #[error(transparent)]
    Usage(#[from] clap::Error),
    #[error(transparent)]
    File(#[from] FileError),
    #[error(transparent)]
    Secret(#[from] SecretFileError),
}

/// The command and settings of `args` (`args[0]` is the program); `command`
/// is [`super::command`], perhaps renamed.
pub fn parse_from<I, T>(command: clap::Command, args: I) -> Result<Cli, CliError>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let matches = command.try_get_matches_from(args)?;
    let tree = Tree::from_arg_matches(&matches)?;
    let name = matches.subcommand_name();
    let mut settings = Config::settings_command();
    let all: Vec<clap::Arg> = settings.get_arguments().cloned().collect();
    // The settings given as flags, before the subcommand and after it (a
    // subcommand's global settings reach the top level's matches too: each
    // is taken once, the subcommand's first).
    let mut given = BTreeMap::new();
    if let Some((_, sub)) = matches.subcommand() {
        given_flags(sub, &all, &mut given);
    }
    given_flags(&matches, &all, &mut given);
    let flags: Vec<OsString> = std::iter::once(OsString::from("passage-graphql"))
        .chain(given.into_values().flatten())
        .collect();
    // What the subcommand does not take, it does not read either.
    for arg in all.iter().filter(|arg| !takes(name, arg)) {
        settings = settings.mut_arg(arg.get_id().clone(), |arg| arg.env(None::<&'static str>));
    }
    let first = settings.clone().try_get_matches_from(&flags)?;
    let file = match first.get_one::<std::path::PathBuf>("config_file") {
        Some(path) => Some(SettingsFile::read(path, &settings)?),
        None => None,
    };
    let mut file_keys = Vec::new();
    if let Some(file) = &file {
        let taken = |id: &str| all.iter().any(|a| a.get_id() == id && takes(name, a));
        file_keys = file
            .keys()
            .filter(|k| taken(k))
            .map(str::to_owned)
            .collect();
        settings = file.apply(settings, taken);
    }
    let matches = settings.clone().try_get_matches_from(&flags)?;
    let mut config = Config::from_arg_matches(&matches)?;
    config.sources = Sources::of_matches(&matches, &settings, &file_keys);
    secret_files::resolve(&mut config)?;
    Ok(Cli {
        command: tree.command,
        config,
    })
}

/// Adds the settings of `all` that `matches` found on the command line
/// (unless `out` has them already), as `--flag=value` (a flag alone for
/// one that takes no value).
fn given_flags(
    matches: &clap::ArgMatches,
    all: &[clap::Arg],
    out: &mut BTreeMap<String, Vec<OsString>>,
) {
    for id in matches.ids() {
        let id = id.as_str();
        if matches.value_source(id) != Some(ValueSource::CommandLine) || out.contains_key(id) {
            continue;
        }
        let Some(arg) = all.iter().find(|arg| arg.get_id() == id) else {
            continue;
        };
        let Some(long) = arg.get_long() else { continue };
        let flags = out.entry(id.to_owned()).or_default();
        if !arg.get_action().takes_values() {
            flags.push(format!("--{long}").into());
            continue;
        }
        for value in matches.get_raw(id).into_iter().flatten() {
            let mut flag = OsString::from(format!("--{long}="));
            flag.push(value);
            flags.push(flag);
        }
    }
}
