//! `passage-graphql admin grant|revoke <passage_id>`: the admin role.

use crate::cli::AdminAction;
use crate::config::Config;
use crate::db::{
    self,
    users::{Role, UserRepo},
};
use crate::passage::PassageUserId;
use crate::startup::database::database_url;

/// `passage-graphql admin grant|revoke <passage_id>`.
pub async fn admin(
    config: &Config,
    migrations: &db::AppMigrations,
    action: AdminAction,
) -> anyhow::Result<()> {
    let (raw_id, role) = match &action {
        AdminAction::Grant { passage_id } => (passage_id, Role::Admin),
        AdminAction::Revoke { passage_id } => (passage_id, Role::User),
    };
    let passage_id = PassageUserId::parse(raw_id)
        .map_err(|why| anyhow::anyhow!("{raw_id:?} is not a Passage user ID: it {why}"))?;
    let (url, _local) = database_url(config).await?;
    db::run_migrations_with(&url, migrations).await?;
    let repo = UserRepo::new(db::connect(&url, 1, config.database_session_limits())?);
    let user = repo.set_role(&passage_id, role).await?.ok_or_else(|| {
        anyhow::anyhow!(
            "no registered user has Passage ID {passage_id}: they must call createUser first"
        )
    })?;
    println!("{passage_id} ({}) is now {:?}", user.name, user.role);
    Ok(())
}
