//! [`Server`]: the whole `passage-graphql` program (its command line,
//! configuration, dev mode, `migrate` and `schema`) for an app that adds its
//! own types, migrations and routes. `passage-graphql`'s own `main` is
//! `Server::new().run()`.

use async_graphql::{ObjectType, SubscriptionType};
use axum::Router;
use diesel_migrations::EmbeddedMigrations;

use crate::cli::{self, Cli, CliError, Command};
use crate::commands;
use crate::config::Config;
use crate::db;
use crate::db::user_deletion::{DeletionHook, OnUserDeleted};
use crate::graphql::{Graph, Mutation, Query, Subscription, UserFields};
use crate::observability::logs::{self, LogFormat};
use crate::startup::{self, Additions, BuiltApp};

/// A server to run: ours, plus what an app adds.
///
/// `Q`, `M` and `S` are the schema's `Query`, `Mutation` and
/// `Subscription`: ours by default, or the app's, usually a
/// `#[derive(MergedObject)]` (`MergedSubscription`) of ours
/// ([`Query<X>`](crate::Query), [`Mutation<X>`](crate::Mutation),
/// [`Subscription<X>`](crate::Subscription)) and its own, where `X` is the
/// app's [`UserFields`] on `User`.
pub struct Server<Q = Query, M = Mutation, S = Subscription> {
    query: Q,
    mutation: M,
    subscription: S,
    migrations: db::AppMigrations,
    routes: Option<Router>,
    on_user_deleted: DeletionHook,
}

impl Default for Server {
    fn default() -> Self {
        Self::new()
    }
}

impl Server {
    /// The server alone (what `passage-graphql` runs).
    pub fn new() -> Self {
        Server {
            query: Query::default(),
            mutation: Mutation::default(),
            subscription: Subscription::default(),
            migrations: db::AppMigrations::default(),
            routes: None,
            on_user_deleted: None,
        }
    }
}

impl<Q, M, S> Server<Q, M, S>
where
    Q: ObjectType + Clone + 'static,
    M: ObjectType + Clone + 'static,
    S: SubscriptionType + Clone + 'static,
{
    /// Our `Query`, `Mutation` and `Subscription` with the app's fields `X`
    /// on `User` (replacing any given before).
    pub fn user_fields<X: UserFields>(self) -> Server<Query<X>, Mutation<X>, Subscription<X>> {
        Server {
            query: Query::default(),
            mutation: Mutation::default(),
            subscription: Subscription::default(),
            migrations: self.migrations,
            routes: self.routes,
            on_user_deleted: self.on_user_deleted,
        }
    }

    /// The schema's `Query`: the app's, which must include ours (a
    /// `MergedObject` of [`Query<X>`](crate::Query) and its own).
    pub fn query<Q2>(self, query: Q2) -> Server<Q2, M, S>
    where
        Q2: ObjectType + Clone + 'static,
    {
        Server {
            query,
            mutation: self.mutation,
            subscription: self.subscription,
            migrations: self.migrations,
            routes: self.routes,
            on_user_deleted: self.on_user_deleted,
        }
    }

    /// The schema's `Mutation`: the app's, which must include ours (a
    /// `MergedObject` of [`Mutation<X>`](crate::Mutation) and its own).
    pub fn mutation<M2>(self, mutation: M2) -> Server<Q, M2, S>
    where
        M2: ObjectType + Clone + 'static,
    {
        Server {
            query: self.query,
            mutation,
            subscription: self.subscription,
            migrations: self.migrations,
            routes: self.routes,
            on_user_deleted: self.on_user_deleted,
        }
    }

    /// The schema's `Subscription`: the app's, which must include ours (a
    /// `MergedSubscription` of [`Subscription<X>`](crate::Subscription) and
    /// its own). Its resolvers hear events through
    /// [`ContextExt::events`](crate::ContextExt::events); its mutations
    /// publish them through [`ContextExt::publish`](crate::ContextExt::publish).
    pub fn subscription<S2>(self, subscription: S2) -> Server<Q, M, S2>
    where
        S2: SubscriptionType + Clone + 'static,
    {
        Server {
            query: self.query,
            mutation: self.mutation,
            subscription,
            migrations: self.migrations,
            routes: self.routes,
            on_user_deleted: self.on_user_deleted,
        }
    }

    /// The app's migrations (`diesel_migrations::embed_migrations!`), run
    /// after ours by `migrate`, at startup and in dev mode, in the same
    /// transaction. A version that one of ours has is refused.
    pub fn migrations(mut self, migrations: &'static EmbeddedMigrations) -> Self {
        self.migrations.push(migrations);
        self
    }

    /// Routes of the app's, merged into the server's router (under its
    /// layers: request IDs, spans, CORS, body limit). Our paths (`/graphql`,
    /// `/health`, `/ready`, `/metrics`, dev mode's `/`) are taken.
    pub fn routes(mut self, routes: Router) -> Self {
        self.routes = Some(match self.routes.take() {
            Some(before) => before.merge(routes),
            None => routes,
        });
        self
    }

    /// What the app does when one of its users is deleted (`deleteMe`, or
    /// the provider's `user.deleted` webhook): `hook` runs in the deleting
    /// transaction, before the user's row goes (see [`OnUserDeleted`]).
    /// Tables whose rows simply go with their user need no hook: `REFERENCES
    /// users (id) ON DELETE CASCADE` does it.
    pub fn on_user_deleted(mut self, hook: impl OnUserDeleted) -> Self {
        self.on_user_deleted = Some(std::sync::Arc::new(hook));
        self
    }

    /// The schema's SDL (with `federation`, the subgraph SDL), as the
    /// `schema` command prints it.
    pub fn sdl(&self, federation: bool) -> String {
        self.additions().graph.sdl(federation)
    }

    /// Applies our migrations and then the app's to `database_url`; how
    /// many ran.
    pub async fn migrate(&self, database_url: &str) -> anyhow::Result<usize> {
        db::run_migrations_with(database_url, &self.migrations).await
    }

    /// Builds the server for a production-mode `config` (a database URL and
    /// an issuer), without serving it: for tests, which serve
    /// [`BuiltApp::router`] on a port of their own. Run [`Self::migrate`]
    /// first.
    pub fn build(&self, config: &Config) -> anyhow::Result<BuiltApp> {
        startup::build_app_for(config, None, &self.additions())
    }

    /// Runs the program: parses the command line (`serve` by default,
    /// `migrate`, `schema`, `dev-token`, ...; every setting also an
    /// environment variable), sets up logging, and runs the command. Dev
    /// mode (no `PASSAGE_APP_ID`) starts the Passage emulator and a local
    /// Postgres as `passage-graphql` does.
    pub fn run(self) -> std::process::ExitCode {
        let cli = parse_command_line();
        let additions = self.additions();
        if let Some(Command::Schema { federation }) = cli.command {
            print!("{}", additions.graph.sdl(federation));
            return std::process::ExitCode::SUCCESS;
        }
        let quiet = matches!(cli.command, Some(Command::DevToken { .. }));
        let log_format = cli.config.log_format;
        let traces = match logs::init(
            log_format,
            if quiet {
                "warn"
            } else {
                "info,tower_http=info"
            },
            cli.config.otel_exporter_otlp_endpoint.as_deref(),
        ) {
            Ok(traces) => traces,
            Err(err) => {
                // No subscriber yet: written by hand, still one JSON object.
                match log_format {
                    LogFormat::Text => eprintln!("error: {err:#}"),
                    LogFormat::Json => eprintln!(
                        "{}",
                        serde_json::json!({ "level": "ERROR", "message": format!("{err:#}") })
                    ),
                }
                return std::process::ExitCode::FAILURE;
            }
        };
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()
            .expect("tokio runtime");
        let outcome = runtime.block_on(commands::run_with(cli.command, cli.config, &additions));
        // The runtime goes first: the exporter's blocking client must not be
        // dropped inside it.
        drop(runtime);
        if let Some(traces) = traces {
            traces.shutdown();
        }
        match outcome {
            Ok(()) => std::process::ExitCode::SUCCESS,
            Err(err) => {
                tracing::error!("{err:#}");
                // JSON logs are read by machines: every stderr line stays JSON.
                if log_format == LogFormat::Text {
                    eprintln!("error: {err:#}");
                }
                if err.downcast_ref::<commands::Refused>().is_some()
                    || err
                        .downcast_ref::<commands::InvalidConfiguration>()
                        .is_some()
                {
                    // As for a usage error: the command was given a bad name.
                    std::process::ExitCode::from(2)
                } else {
                    std::process::ExitCode::FAILURE
                }
            }
        }
    }

    fn additions(&self) -> Additions {
        Additions {
            graph: Graph::of(
                self.query.clone(),
                self.mutation.clone(),
                self.subscription.clone(),
            ),
            migrations: self.migrations.clone(),
            routes: self.routes.clone(),
            on_user_deleted: self.on_user_deleted.clone(),
        }
    }
}

/// The command line (with the environment and the configuration file),
/// with `--help` and errors naming the binary that runs (`todos` for an app
/// built on the crate), not `passage-graphql`. A usage error, or a
/// configuration file or secret file that cannot be used, exits with
/// status 2.
fn parse_command_line() -> Cli {
    let mut command = cli::command();
    if let Some(program) = std::env::current_exe()
        .ok()
        .and_then(|exe| Some(exe.file_stem()?.to_string_lossy().into_owned()))
    {
        command = command.bin_name(program);
    }
    match cli::parse_from(command, std::env::args_os()) {
        Ok(cli) => cli,
        Err(CliError::Usage(err)) => err.exit(),
        Err(err) => {
            eprintln!("error: {err}");
            std::process::exit(2)
        }
    }
}
