//! The command line: the subcommands and their arguments. The settings
//! ([`Config`], each a flag, a variable and a key of the configuration
//! file) are given to each subcommand by the groups it uses
//! ([`SUBCOMMAND_SETTINGS`]): `schema --help` lists none, the server's
//! `--help` all. [`parse_from`] reads the command line, the environment and the
//! configuration file into a [`Cli`]; [`mod@reference`] writes the settings'
//! reference from the same definitions.

mod parse;
pub mod reference;

use std::path::PathBuf;

use clap::{CommandFactory, Parser, Subcommand};

use crate::config::{Config, groups};

pub use parse::{CliError, parse_from};

/// A parsed command line: the command (`None`: serve) and its settings.
#[derive(Debug, Clone)]
pub struct Cli {
    pub command: Option<Command>,
    pub config: Config,
}

/// The tree of subcommands, as clap derives it; the settings are added by
/// [`command`].
#[derive(Debug, Clone, Parser)]
#[command(name = "passage-graphql", version, about)]
struct Tree {
    #[command(subcommand)]
    command: Option<Command>,
}

/// The settings each subcommand takes: whole groups, and single settings
/// (by id) of other groups. The server (no subcommand, or `serve`) and
/// `config` take them all.
pub const SUBCOMMAND_SETTINGS: &[(&str, &[&str], &[&str])] = &[
    ("serve", groups::ALL, &[]),
    (
        "migrate",
        &[groups::FILE, groups::DATABASE, groups::OBSERVABILITY],
        &[],
    ),
    ("schema", &[], &[]),
    (
        "dev-token",
        &[groups::FILE, groups::DEV, groups::OBSERVABILITY],
        &["data_dir", "passage_app_id"],
    ),
    (
        "emulator",
        &[groups::FILE, groups::DEV, groups::OBSERVABILITY],
        &[
            "passage_app_id",
            "passage_api_key",
            "passage_api_key_file",
            "cors_allowed_origins",
        ],
    ),
    (
        "admin",
        &[
            groups::FILE,
            groups::DATABASE,
            groups::PASSAGE,
            groups::REDIS,
            groups::OBSERVABILITY,
        ],
        &[],
    ),
    (
        "passage",
        &[
            groups::FILE,
            groups::DATABASE,
            groups::PASSAGE,
            groups::OBSERVABILITY,
        ],
        &[],
    ),
    (
        "identities",
        &[
            groups::FILE,
            groups::DATABASE,
            groups::PASSAGE,
            groups::ISSUERS,
            groups::REDIS,
            groups::OBSERVABILITY,
        ],
        &[],
    ),
    ("config", groups::ALL, &[]),
];

/// Whether the subcommand `name` (`None`: the server) takes the setting
/// `arg`.
pub fn takes(name: Option<&str>, arg: &clap::Arg) -> bool {
    let Some(name) = name else { return true };
    let Some((_, groups, extra)) = SUBCOMMAND_SETTINGS.iter().find(|(n, _, _)| *n == name) else {
        return true;
    };
    let id = arg.get_id().as_str();
    extra.contains(&id)
        || arg
            .get_help_heading()
            .is_some_and(|heading| groups.contains(&heading))
}

/// The whole command line: the subcommands, each with its settings (global
/// within it, so `admin grant 1 --database-url ...` works as
/// `admin --database-url ... grant 1`).
pub fn command() -> clap::Command {
    let settings: Vec<clap::Arg> = Config::settings_command()
        .get_arguments()
        .cloned()
        .collect();
    let mut command = Tree::command().args(settings.clone());
    for (name, _, _) in SUBCOMMAND_SETTINGS {
        let own: Vec<clap::Arg> = settings
            .iter()
            .filter(|arg| takes(Some(name), arg))
            .map(|arg| arg.clone().global(true))
            .collect();
        command = command.mut_subcommand(*name, |sub| sub.args(own));
    }
    command
}

#[derive(Debug, Clone, Subcommand)]
pub enum Command {
    /// Run the server (the default).
    Serve,
    /// Apply pending database migrations and exit.
    Migrate,
    /// Print the GraphQL schema (SDL) and exit.
    Schema {
        /// Print the Apollo Federation v2 subgraph SDL instead (what
        /// `_service { sdl }` answers), for composing a supergraph.
        #[arg(long)]
        federation: bool,
    },
    /// Dev mode: print a token for an emulated user (created if new).
    DevToken {
        /// The user's email.
        #[arg(long, default_value = "demo@example.com")]
        email: String,
    },
    /// Run the Passage emulator alone on EMULATOR_LISTEN_ADDR (for load
    /// tests, or for another server speaking to "Passage").
    Emulator(EmulatorOptions),
    /// Grant or revoke the admin role of a registered user, named by local
    /// ID, verified email, `issuer:subject` or Passage ID. Refuses a
    /// database with migrations pending.
    #[command(after_help = ADMIN_USER_FORMS)]
    Admin {
        #[command(subcommand)]
        action: AdminAction,
    },
    /// Keep what only Passage knows in our own database.
    Passage {
        #[command(subcommand)]
        action: PassageAction,
    },
    /// Link users' identities from other issuers, and see how far it got.
    Identities {
        #[command(subcommand)]
        action: IdentitiesAction,
    },
    /// Check a configuration without serving: print every setting (secrets
    /// redacted) and where it came from, reach each issuer, the database
    /// and Redis.
    Config {
        #[command(subcommand)]
        action: ConfigAction,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum ConfigAction {
    /// Print the effective settings and check the issuers (their keys),
    /// the database (and pending migrations) and Redis. Exit status: 0 all
    /// passed, 1 a check failed, 2 the configuration is invalid.
    Check,
    /// Print the configuration reference (Markdown), generated from the
    /// settings' definitions: `docs/src/reference/configuration.md`.
    #[command(hide = true)]
    Reference,
}

#[derive(Debug, Clone, Subcommand)]
pub enum PassageAction {
    /// Store every local user's Passage email, phone and their verified
    /// flags, read through the Management API.
    Snapshot,
    /// The same, from the CSV export of Passage's dashboard (columns matched
    /// by header name).
    ImportExport {
        /// The dashboard's CSV export.
        file: PathBuf,
    },
}

#[derive(Debug, Clone, Subcommand)]
pub enum IdentitiesAction {
    /// Link identities of an issuer to Passage-era users in bulk, from a CSV
    /// of `passage_id,subject` rows (a header row with those names is
    /// optional); already linked ones are left as they are.
    Import {
        /// The issuer, exactly as configured in CONFIG_FILE.
        #[arg(long)]
        issuer: String,
        file: PathBuf,
    },
    /// Users linked per issuer and rule, and those still unlinked.
    Status,
    /// Catch up with a Clerk issuer's user list, for what its webhooks
    /// missed: create the missing local users (linked to Passage-era users
    /// by the issuer's rules), and report the local users Clerk no longer
    /// has. Resumes an interrupted run.
    Sync {
        /// The issuer, exactly as configured in CONFIG_FILE (a Clerk one).
        #[arg(long)]
        issuer: String,
        /// Change nothing; say what would be done.
        #[arg(long)]
        dry_run: bool,
        /// Apply the deletion (the issuer's `on_user_deleted`) of the local
        /// users Clerk no longer has.
        #[arg(long)]
        apply_deletes: bool,
    },
}

/// How `admin grant|revoke` name a user (their `--help` shows it).
pub const ADMIN_USER_FORMS: &str = "\
USER is one of:
  42, local:42               the local user ID (`User.id`)
  ada@example.com            the verified email of the user's Passage snapshot
                             (`passage snapshot`), compared trimmed and lower-cased
  https://issuer:subject     an identity: the issuer's URL as configured, `:`,
                             the subject (its `sub`); a subject or a port with a
                             `:` of its own is fine, unless two readings both name
                             a user
  passage:<id>, <id>         a Passage user ID (`passage:` for one of digits only)";

#[derive(Debug, Clone, Subcommand)]
pub enum AdminAction {
    /// Make a registered user an admin.
    #[command(after_help = ADMIN_USER_FORMS)]
    Grant {
        /// The user: a local ID, a verified email, `issuer:subject` or a
        /// Passage ID (below).
        user: String,
    },
    /// Make an admin a plain user again.
    #[command(after_help = ADMIN_USER_FORMS)]
    Revoke {
        /// The user: a local ID, a verified email, `issuer:subject` or a
        /// Passage ID (below).
        user: String,
    },
}

/// Options of `passage-graphql emulator`.
#[derive(Debug, Clone, PartialEq, Eq, clap::Args)]
pub struct EmulatorOptions {
    /// Delay added to every Management API call, in milliseconds.
    #[arg(long, default_value_t = 0)]
    pub latency_ms: u64,
    /// Users to create at start (user0@example.com, ...).
    #[arg(long, default_value_t = 0)]
    pub seed_users: usize,
    /// Where to write one `passage_id token` line per seeded user.
    #[arg(long)]
    pub seed_tokens_out: Option<PathBuf>,
    /// Keep users and the key in this file between runs.
    #[arg(long)]
    pub state_file: Option<PathBuf>,
}
