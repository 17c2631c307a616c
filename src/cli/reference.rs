//! The configuration reference, `docs/src/reference/configuration.md`,
//! written from the settings' own definitions (the clap arguments of
//! [`Config`], their doc comments, defaults and groups) and the
//! subcommands that take them: `passage-graphql config reference` prints
//! it, and a test keeps the file equal to it.

use std::fmt::Write;

use super::{SUBCOMMAND_SETTINGS, takes};
use crate::config::{Config, groups};

/// The page's header; the rest is generated.
const INTRO: &str = "\
# Configuration reference

<!-- Generated from the code by `passage-graphql config reference`; do not edit.
     `UPDATE_REFERENCE=1 cargo test --test it -- configuration_reference` rewrites it. -->

Every setting is a command-line flag, an environment variable and a key of the
configuration file (`CONFIG_FILE`, TOML: the key is the variable in lower case).
A flag beats the environment, which beats the file, which beats the default; see
[Configuration](../configuration.md) for the file, secrets from files, `config
check` and dev mode. A secret (marked below) can also come from a file named by
its `_FILE` variant, and is never printed.

Each subcommand takes only the settings it uses (its `--help` lists them); the
environment variables of the others are not read.
";

/// The reference page (Markdown).
pub fn markdown() -> String {
    let settings = Config::settings_command();
    let mut out = String::from(INTRO);
    for group in groups::ALL {
        let args: Vec<&clap::Arg> = settings
            .get_arguments()
            .filter(|arg| arg.get_help_heading() == Some(group))
            .collect();
        if args.is_empty() {
            continue;
        }
        let _ = write!(
            out,
            "\n## {group}\n\n| Variable | Flag | File key | Default | Meaning | Commands |\n\
             |---|---|---|---|---|---|\n"
        );
        for arg in args {
            let _ = writeln!(out, "{}", row(arg, &settings));
        }
    }
    out
}

fn row(arg: &clap::Arg, settings: &clap::Command) -> String {
    let id = arg.get_id().as_str();
    let env = arg.get_env().map_or_else(
        || "(none)".to_owned(),
        |e| format!("`{}`", e.to_string_lossy()),
    );
    let long = arg.get_long().unwrap_or(id);
    let flag = if arg.get_action().takes_values() {
        format!("`--{long} <{}>`", value_name(arg))
    } else {
        format!("`--{long}`")
    };
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    let default = if defaults.is_empty() {
        "unset".to_owned()
    } else {
        format!("`{}`", defaults.join(","))
    };
    let mut meaning = arg
        .get_long_help()
        .or(arg.get_help())
        .map(|h| h.to_string())
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    if !meaning.is_empty() && !meaning.ends_with('.') {
        meaning.push('.');
    }
    let values: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| format!("`{}`", v.get_name()))
        .collect();
    if !values.is_empty() && !matches!(arg.get_action(), clap::ArgAction::SetTrue) {
        let _ = write!(meaning, " Values: {}.", values.join(", "));
    }
    let file_variant = format!("{id}_file");
    if settings
        .get_arguments()
        .any(|a| a.get_id() == file_variant.as_str())
    {
        let _ = write!(
            meaning,
            " **Secret**: or from a file, `{}_FILE`.",
            arg.get_env()
                .map(|e| e.to_string_lossy().into_owned())
                .unwrap_or_default()
        );
    }
    let commands: Vec<String> = SUBCOMMAND_SETTINGS
        .iter()
        .filter(|(name, _, _)| takes(Some(name), arg))
        .map(|(name, _, _)| match *name {
            "config" => "`config check`".to_owned(),
            name => format!("`{name}`"),
        })
        .collect();
    format!(
        "| {env} | {flag} | `{id}` | {default} | {} | {} |",
        meaning.replace('|', "\\|"),
        commands.join(", ")
    )
}

fn value_name(arg: &clap::Arg) -> String {
    arg.get_value_names()
        .and_then(|names| names.first())
        .map_or_else(|| arg.get_id().as_str().to_uppercase(), |n| n.to_string())
}
