//! `passage-graphql config check|reference`: a configuration checked
//! without serving, and the settings' reference.
//!
//! `check` prints every setting (secrets redacted) with where it came
//! from, then one line per check: the issuers reached and their keys
//! fetched (as the server would), the webhooks' secrets present, the
//! database connected (and whether migrations are pending), Redis pinged. Exit status: 0 when every check
//! passed, 1 when one failed, 2 when the configuration itself is invalid.

use std::time::Duration;

use crate::auth::Issuer;
use crate::cli::ConfigAction;
use crate::config::{Config, ExposeSecret, Mode, Origin, groups};
use crate::db;
use crate::passage;

/// How long one check may take (a key fetch, a connection, a ping).
const CHECK_TIMEOUT: Duration = Duration::from_secs(10);

/// The configuration cannot start the server: exit status 2.
#[derive(Debug, thiserror::Error)]
#[error("invalid configuration: {0}")]
pub struct InvalidConfiguration(pub String);

/// Some checks failed (each said why above): exit status 1.
#[derive(Debug, thiserror::Error)]
#[error("{0} of the configuration's checks failed")]
pub struct ChecksFailed(pub usize);

/// `passage-graphql config ...`.
pub async fn config(
    config: &Config,
    migrations: &db::AppMigrations,
    action: ConfigAction,
) -> anyhow::Result<()> {
    match action {
        ConfigAction::Check => check(config, migrations).await,
        ConfigAction::Reference => {
            print!("{}", crate::cli::reference::markdown());
            Ok(())
        }
    }
}

async fn check(config: &Config, migrations: &db::AppMigrations) -> anyhow::Result<()> {
    print_settings(config);
    let invalid = |err: &dyn std::fmt::Display| InvalidConfiguration(err.to_string());
    let mode = config.mode().map_err(|e| invalid(&e))?;
    let file_issuers = config.issuers().map_err(|e| invalid(&e))?;
    println!("\nChecks:");
    let mut failed = 0;
    let mut report = |what: &str, outcome: Result<String, String>| match outcome {
        Ok(note) if note.is_empty() => println!("  {what}: ok"),
        Ok(note) => println!("  {what}: ok ({note})"),
        Err(reason) => {
            failed += 1;
            println!("  {what}: failed: {reason}");
        }
    };
    let dev = if config.is_dev() {
        "dev mode"
    } else {
        "production"
    };
    let http = passage::http_client(config.passage_timeout());
    let leeway = config.jwt_leeway().as_secs();
    let mut issuers = Vec::new();
    match &mode {
        Mode::Dev => report(
            "mode",
            Ok(format!(
                "{dev}; the built-in Passage emulator starts with the server"
            )),
        ),
        Mode::Production(passage) => {
            report("mode", Ok(dev.to_owned()));
            if let Some(settings) = passage {
                issuers.push(Issuer::passage(http.clone(), settings, leeway));
            }
        }
    }
    issuers.extend(
        file_issuers
            .iter()
            .map(|settings| Issuer::oidc(http.clone(), settings, leeway)),
    );
    for issuer in &issuers {
        let loaded = tokio::time::timeout(CHECK_TIMEOUT, issuer.jwks.refresh()).await;
        let outcome = match loaded {
            Ok(_) if issuer.jwks.is_loaded() => Ok("signing keys fetched".to_owned()),
            Ok(_) => Err("its signing keys could not be fetched (the log says why)".to_owned()),
            Err(_) => Err(format!("no keys within {}s", CHECK_TIMEOUT.as_secs())),
        };
        report(&format!("issuer {}", issuer.name.as_str()), outcome);
    }
    for webhook in file_issuers.iter().filter_map(|i| i.webhook.as_ref()) {
        let secret = config
            .webhook_secret(&webhook.secret_env)
            .map_err(|e| invalid(&e))?;
        let name = &webhook.secret_env;
        let outcome = match secret {
            Some(_) => Ok(format!("its secret is set ({name} or {name}_FILE)")),
            None if webhook.required => Err(format!("{name} (or {name}_FILE) is not set")),
            None => Ok(format!("not served: {name} is unset")),
        };
        report(&format!("webhook {}", webhook.path), outcome);
    }
    match config.database_url() {
        Some(url) => report("database", check_database(url, migrations).await),
        None if config.is_dev() => report(
            "database",
            Ok("DATABASE_URL unset: dev mode starts a local Postgres under DATA_DIR".to_owned()),
        ),
        None => report("database", Err("DATABASE_URL is not set".to_owned())),
    }
    if let Some(url) = config.redis_url() {
        report("redis", ping_redis(url, config.redis_timeout()).await);
    }
    if failed > 0 {
        return Err(ChecksFailed(failed).into());
    }
    println!("\nAll checks passed.");
    Ok(())
}

async fn check_database(url: &str, migrations: &db::AppMigrations) -> Result<String, String> {
    let pending = tokio::time::timeout(CHECK_TIMEOUT, db::pending_migrations_with(url, migrations))
        .await
        .map_err(|_| format!("no answer within {}s", CHECK_TIMEOUT.as_secs()))?
        .map_err(|err| format!("{err:#}"))?;
    Ok(match pending.len() {
        0 => "connected; migrated".to_owned(),
        n => format!("connected; {n} migrations pending (`serve` applies them, or run `migrate`)"),
    })
}

async fn ping_redis(url: &str, timeout: Duration) -> Result<String, String> {
    use fred::prelude::ClientLike;
    let client =
        crate::passage::shared_cache::redis_client(url, timeout).map_err(|e| e.to_string())?;
    let answered = tokio::time::timeout(CHECK_TIMEOUT, async {
        let _connection = client.connect();
        client.wait_for_connect().await?;
        client.ping::<String>(None).await
    })
    .await;
    let _ = client.quit().await;
    match answered {
        Ok(Ok(_)) => Ok("PING answered".to_owned()),
        Ok(Err(err)) => Err(format!("Redis refused: {}", err.kind().to_str())),
        Err(_) => Err(format!("no answer within {}s", CHECK_TIMEOUT.as_secs())),
    }
}

/// Every setting, grouped as in the reference: its variable, its value
/// (secrets redacted) and where it came from.
fn print_settings(config: &Config) {
    let settings = Config::settings_command();
    println!("Settings (flag > env > file > default):");
    for group in groups::ALL {
        println!("  {group}");
        for arg in settings
            .get_arguments()
            .filter(|arg| arg.get_help_heading() == Some(group))
        {
            let id = arg.get_id().as_str();
            let name = arg
                .get_env()
                .map_or_else(|| format!("--{id}"), |e| e.to_string_lossy().into_owned());
            match shown(config, id) {
                (value, origin) if origin == Origin::Unset.label() => {
                    println!("    {name:<34} {value}")
                }
                (value, origin) => println!("    {name:<34} {value}  ({origin})"),
            }
        }
    }
}

/// A setting's value as `config check` shows it, and where it came from
/// (a secret from its `_FILE` variant says so).
fn shown(config: &Config, id: &str) -> (String, String) {
    let sources = &config.sources;
    let secret_url = match id {
        "database_url" => Some(&config.database_url),
        "database_listen_url" => Some(&config.database_listen_url),
        "redis_url" => Some(&config.redis_url),
        _ => None,
    };
    let secret_key = match id {
        "passage_api_key" => Some(&config.passage_api_key),
        "clerk_secret_key" => Some(&config.clerk_secret_key),
        _ => None,
    };
    let file_origin = || {
        let file_id = format!("{id}_file");
        match sources.origin(&file_id) {
            Origin::Unset | Origin::Default => None,
            origin => Some(format!("{}_FILE, {}", id.to_uppercase(), origin.label())),
        }
    };
    let origin = |own: Origin| file_origin().unwrap_or_else(|| own.label().to_owned());
    if let Some(url) = secret_url {
        let value = url
            .as_ref()
            .map_or_else(|| "(unset)".to_owned(), |u| u.redacted());
        return (value, origin(sources.origin(id)));
    }
    if let Some(key) = secret_key {
        let value = match key {
            Some(key) if !key.expose_secret().is_empty() => "<redacted>",
            _ => "(unset)",
        };
        return (value.to_owned(), origin(sources.origin(id)));
    }
    let value = sources
        .shown(id)
        .map_or_else(|| "(unset)".to_owned(), str::to_owned);
    (value, sources.origin(id).label().to_owned())
}
