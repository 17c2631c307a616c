//! The command line: the subcommands and their arguments. The settings every
//! subcommand shares (each flag with its environment variable) are
//! [`Config`], flattened in; each subcommand runs in [`crate::commands`].

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::Config;

/// Command line and environment.
#[derive(Debug, Clone, Parser)]
#[command(name = "passage-graphql", version, about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub config: Config,
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
