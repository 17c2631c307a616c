//! Where each setting's value came from, for `config check`: a flag, the
//! environment, the configuration file, or its default.

use std::collections::BTreeMap;

/// Where one setting's value came from, highest precedence first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// A command-line flag.
    Flag,
    /// An environment variable.
    Env,
    /// The configuration file (`CONFIG_FILE`).
    File,
    /// The setting's default.
    Default,
    /// Not set, and no default.
    Unset,
}

impl Origin {
    /// What `config check` prints.
    pub fn label(self) -> &'static str {
        match self {
            Origin::Flag => "flag",
            Origin::Env => "env",
            Origin::File => "file",
            Origin::Default => "default",
            Origin::Unset => "unset",
        }
    }

    /// Where clap found a value; `from_file`: the configuration file gave
    /// it (the file's values are clap's defaults, see `file`).
    pub fn of(source: Option<clap::parser::ValueSource>, from_file: bool) -> Self {
        use clap::parser::ValueSource;
        match source {
            Some(ValueSource::CommandLine) => Origin::Flag,
            Some(ValueSource::EnvVariable) => Origin::Env,
            Some(ValueSource::DefaultValue) if from_file => Origin::File,
            Some(ValueSource::DefaultValue) => Origin::Default,
            _ => Origin::Unset,
        }
    }
}

/// Each setting's origin by its id (the field's name, also its file key),
/// and its value as given, except for secrets. Empty for a `Config` built
/// in code: every setting reads as unset.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sources(BTreeMap<String, (Origin, Option<String>)>);

impl Sources {
    pub fn insert(&mut self, id: &str, origin: Origin, shown: Option<String>) {
        self.0.insert(id.to_owned(), (origin, shown));
    }

    pub fn origin(&self, id: &str) -> Origin {
        self.0.get(id).map_or(Origin::Unset, |(origin, _)| *origin)
    }

    /// The value as given (comma-separated when several); `None` for a
    /// secret, or a setting not set.
    pub fn shown(&self, id: &str) -> Option<&str> {
        self.0.get(id).and_then(|(_, shown)| shown.as_deref())
    }

    /// The origins of all the settings of `matches` (a parse of
    /// `settings`, `Config::settings_command`), with `file_keys` those the
    /// file gave. A secret's value (an argument that hides its environment
    /// value) is not kept.
    pub fn of_matches(
        matches: &clap::ArgMatches,
        settings: &clap::Command,
        file_keys: &[String],
    ) -> Self {
        let mut sources = Self::default();
        for arg in settings.get_arguments() {
            let id = arg.get_id().as_str();
            let from_file = file_keys.iter().any(|k| k == id);
            let origin = Origin::of(matches.value_source(id), from_file);
            let shown = if arg.is_hide_env_values_set() {
                None
            } else {
                matches.get_raw(id).map(|values| {
                    values
                        .map(|v| v.to_string_lossy().into_owned())
                        .collect::<Vec<_>>()
                        .join(",")
                })
            };
            sources.insert(id, origin, shown);
        }
        sources
    }
}
