//! `passage-graphql admin grant|revoke <user>`: the admin role, for a user
//! named by whichever identity the operator has at hand (the forms:
//! [`ADMIN_USER_FORMS`](crate::cli::ADMIN_USER_FORMS)). A name that could
//! mean two users, or none, is refused ([`Refused`]): a role is never given
//! to a guess.

use crate::cli::AdminAction;
use crate::config::Config;
use crate::db::{
    self,
    users::{Role, User, UserRepo},
};
use crate::identity::{EmailKey, Identity, IssuerName, PassageUserId, Subject};

use super::{Refused, repository, tell_servers};
use crate::events::Event;

/// `passage-graphql admin grant|revoke <user>`.
pub async fn admin(
    config: &Config,
    migrations: &db::AppMigrations,
    action: AdminAction,
) -> anyhow::Result<()> {
    let (raw, role) = match &action {
        AdminAction::Grant { user } => (user.as_str(), Role::Admin),
        AdminAction::Revoke { user } => (user.as_str(), Role::User),
    };
    let named = NamedUser::parse(raw)?;
    let (repo, _local) = repository(config, migrations).await?;
    let id = named.resolve(&repo).await?;
    let user = repo
        .set_role_by_id(id, role)
        .await?
        .ok_or_else(|| Refused(format!("no user has local ID {id}")))?;
    println!(
        "{raw} (local ID {}, {}) is now {:?}",
        user.id, user.name, user.role
    );
    // Live updates: the user's `meChanged` hears the new role; a revoked
    // admin's sockets close on every server.
    let mut events = vec![Event::UserChanged { user: user.id }];
    if role == Role::User {
        events.push(Event::SignedOut {
            user: Some(user.id),
            issuer: None,
            subject: None,
        });
    }
    tell_servers(config, &repo, events).await
}

/// A user as the operator named them, before the database is asked.
#[derive(Debug, PartialEq, Eq)]
enum NamedUser {
    /// `42` or `local:42`. A `bare` number (no `local:`) could also be a
    /// Passage ID of digits, so that user is looked for too.
    Local {
        id: i64,
        bare: bool,
    },
    Email(EmailKey),
    /// `issuer:subject`, split where it names a user (see [`Self::readings`]).
    Identity(String),
    Passage(PassageUserId),
}

impl NamedUser {
    fn parse(raw: &str) -> Result<Self, Refused> {
        let raw = raw.trim();
        let unreadable = |why: String| {
            Refused(format!(
                "{raw:?} names no user: {why} (the forms: `admin grant --help`)"
            ))
        };
        if let Some(id) = raw.strip_prefix("local:") {
            return local_id(id)
                .map(|id| Self::Local { id, bare: false })
                .ok_or_else(|| unreadable(format!("{id:?} is not a local user ID")));
        }
        if let Some(id) = raw.strip_prefix("passage:") {
            return PassageUserId::parse(id)
                .map(Self::Passage)
                .map_err(|why| unreadable(format!("{id:?} is not a Passage user ID: it {why}")));
        }
        if raw.starts_with("https://") || raw.starts_with("http://") {
            return match Self::readings(raw).is_empty() {
                true => Err(unreadable("an identity is `issuer:subject`".into())),
                false => Ok(Self::Identity(raw.to_owned())),
            };
        }
        if raw.contains('@') {
            return EmailKey::parse(raw).map(Self::Email).ok_or_else(|| {
                unreadable(
                    "the email cannot be compared (control characters, too long, or \
                     characters that are not in Unicode NFKC form)"
                        .into(),
                )
            });
        }
        if let Some(id) = local_id(raw) {
            return Ok(Self::Local { id, bare: true });
        }
        PassageUserId::parse(raw)
            .map(Self::Passage)
            .map_err(|why| unreadable(format!("as a Passage user ID, it {why}")))
    }

    /// The ways to read `issuer:subject` as an issuer and a subject: at each
    /// `:` after the scheme's `://`, both sides non-empty.
    fn readings(raw: &str) -> Vec<(&str, &str)> {
        let Some(authority) = raw.find("://").map(|i| i + 3) else {
            return Vec::new();
        };
        raw.char_indices()
            .filter(|&(i, c)| c == ':' && i > authority && i + 1 < raw.len())
            .map(|(i, _)| (&raw[..i], &raw[i + 1..]))
            .collect()
    }

    /// The local ID of the one user this names; refused when it names none
    /// or several.
    async fn resolve(self, repo: &UserRepo) -> anyhow::Result<i64> {
        match self {
            Self::Local { id, bare: false } => Ok(id),
            Self::Local { id, bare: true } => {
                let as_local = repo.find_by_id(id).await?;
                let as_passage = match PassageUserId::parse(&id.to_string()) {
                    Ok(passage_id) => {
                        repo.find_by_identity(&Identity::Passage(passage_id))
                            .await?
                    }
                    Err(_) => None,
                };
                match (as_local, as_passage) {
                    (Some(_), Some(other)) if other.id != id => Err(Refused(format!(
                        "{id} is the local ID of a user and the Passage ID of another \
                         (local ID {}): name one as local:{id} or passage:{id}",
                        other.id
                    ))
                    .into()),
                    (None, Some(other)) => Err(Refused(format!(
                        "no user has local ID {id}, but local user {} has Passage ID {id}: \
                         name them as passage:{id}",
                        other.id
                    ))
                    .into()),
                    _ => Ok(id),
                }
            }
            Self::Email(key) => {
                let found = repo.users_with_snapshot_email(&key).await?;
                match found.as_slice() {
                    [] => Err(Refused(
                        "no user's Passage snapshot has that email (emails are known only \
                         from `passage snapshot` or `passage import-export`): name the user \
                         by local ID or identity"
                            .into(),
                    )
                    .into()),
                    [(id, true)] => Ok(*id),
                    [(id, false)] => Err(Refused(format!(
                        "that email is in the Passage snapshot of local user {id}, but \
                         Passage had not verified it: name the user by local ID if it is them"
                    ))
                    .into()),
                    several => Err(Refused(format!(
                        "{} users have that email in their Passage snapshots (local IDs {}): \
                         name one by local ID",
                        several.len(),
                        list(several.iter().map(|(id, _)| id))
                    ))
                    .into()),
                }
            }
            Self::Identity(raw) => {
                let mut found: Vec<(&str, &str, User)> = Vec::new();
                for (issuer, subject) in Self::readings(&raw) {
                    let Ok(subject_ok) = Subject::parse(subject) else {
                        continue;
                    };
                    let identity = Identity::Issuer {
                        issuer: IssuerName::new(issuer),
                        subject: subject_ok,
                    };
                    if let Some(user) = repo.find_by_identity(&identity).await? {
                        found.push((issuer, subject, user));
                    }
                }
                match found.as_slice() {
                    [(_, _, user)] => Ok(user.id),
                    [] => Err(Refused(format!(
                        "no user has that identity; read as {}",
                        list(
                            Self::readings(&raw)
                                .iter()
                                .map(|(i, s)| format!("issuer {i} and subject {s:?}"))
                        )
                    ))
                    .into()),
                    several => Err(Refused(format!(
                        "that names {} identities: {}; name the user by local ID",
                        several.len(),
                        list(several.iter().map(|(issuer, subject, user)| format!(
                            "issuer {issuer} and subject {subject:?} (local ID {})",
                            user.id
                        )))
                    ))
                    .into()),
                }
            }
            Self::Passage(passage_id) => {
                let user = repo
                    .find_by_identity(&Identity::Passage(passage_id.clone()))
                    .await?;
                Ok(user
                    .ok_or_else(|| {
                        Refused(format!(
                            "no registered user has Passage ID {passage_id}: they must call \
                             createUser first"
                        ))
                    })?
                    .id)
            }
        }
    }
}

/// A local user ID: digits only, positive, within `BIGINT`.
fn local_id(raw: &str) -> Option<i64> {
    if raw.is_empty() || !raw.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    raw.parse().ok().filter(|&id| id > 0)
}

fn list<T: std::fmt::Display>(items: impl IntoIterator<Item = T>) -> String {
    items
        .into_iter()
        .map(|item| item.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(raw: &str) -> NamedUser {
        NamedUser::parse(raw).unwrap_or_else(|why| panic!("{raw}: {why}"))
    }

    #[test]
    fn a_number_is_a_local_id_and_says_so_with_local() {
        assert_eq!(parse("42"), NamedUser::Local { id: 42, bare: true });
        assert_eq!(
            parse(" local:42 "),
            NamedUser::Local {
                id: 42,
                bare: false
            }
        );
        for bad in [
            "local:",
            "local:-1",
            "local:0",
            "local:x",
            "local:99999999999999999999",
        ] {
            assert!(NamedUser::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn an_address_is_an_email_compared_by_its_key() {
        assert_eq!(
            parse(" Ada@Example.COM"),
            NamedUser::Email(EmailKey::parse("ada@example.com").unwrap())
        );
        let refused = NamedUser::parse("ａda@example.com")
            .unwrap_err()
            .to_string();
        assert!(refused.contains("NFKC"), "{refused}");
    }

    #[test]
    fn an_identity_is_read_at_every_colon_after_the_scheme() {
        let raw = "https://id.example.com:8443/realm:urn:user:7";
        assert_eq!(parse(raw), NamedUser::Identity(raw.to_owned()));
        assert_eq!(
            NamedUser::readings(raw),
            vec![
                ("https://id.example.com", "8443/realm:urn:user:7"),
                ("https://id.example.com:8443/realm", "urn:user:7"),
                ("https://id.example.com:8443/realm:urn", "user:7"),
                ("https://id.example.com:8443/realm:urn:user", "7"),
            ]
        );
        assert_eq!(
            NamedUser::readings("https://clerk.example.com:user_2x"),
            vec![("https://clerk.example.com", "user_2x")]
        );
        for bad in ["https://clerk.example.com", "https://clerk.example.com:"] {
            assert!(NamedUser::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn anything_else_is_a_passage_id_or_refused_with_the_forms() {
        let id = "AbCdEfGhIjKlMnOpQrStUvWx";
        assert_eq!(
            parse(id),
            NamedUser::Passage(PassageUserId::parse(id).unwrap())
        );
        assert_eq!(
            parse("passage:123"),
            NamedUser::Passage(PassageUserId::parse("123").unwrap())
        );
        let refused = NamedUser::parse("urn:x:y").unwrap_err().to_string();
        assert!(refused.contains("--help"), "{refused}");
    }
}
