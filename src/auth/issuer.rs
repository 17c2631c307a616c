//! One issuer the server accepts tokens from: Passage (from `PASSAGE_*`) or
//! an OpenID Connect issuer (from the configuration file), each with its own
//! keys, audiences, algorithms, `typ` rule and profile claims.

use std::sync::Arc;

use jsonwebtoken::{Algorithm, Validation};
use serde_json::{Map, Value};

use super::jwks::JwksCache;
use super::{AuthFailure, LinkHints};
use crate::identity::IssuerName;
use crate::identity::{Identity, PassageUserId, Subject};
use crate::issuers::{IssuerSettings, KeySource, Preset, ProfileSource};
use crate::profile::ProfileFields;
use passage_wire::PassageSettings;

/// What kind of issuer, and what that changes.
enum Kind {
    /// Subjects are Passage user IDs; no profile claims (the Management API
    /// has them); `typ`, when present, is `JWT`.
    Passage,
    /// An issuer of the configuration file, with its settings.
    Oidc(Box<IssuerSettings>),
}

/// An issuer, ready to verify its tokens.
pub struct Issuer {
    /// The issuer as configured: what `User.identities` shows and what
    /// identities are stored under.
    pub name: IssuerName,
    /// The `iss` values routed to this issuer.
    pub iss_values: Vec<String>,
    pub jwks: Arc<JwksCache>,
    pub cookie: Option<String>,
    audiences: Vec<String>,
    algorithms: Vec<Algorithm>,
    kind: Kind,
    /// jsonwebtoken's checks, one per accepted algorithm.
    validations: Vec<(Algorithm, Validation)>,
}

impl Issuer {
    /// Passage, for one app: `iss` is `{auth_url}/v1/apps/{app}` or the
    /// bare app ID (Passage documents both), or absent.
    pub fn passage(http: reqwest::Client, settings: &PassageSettings, leeway: u64) -> Self {
        let name = format!("{}/v1/apps/{}", settings.auth_url, settings.app_id);
        let audiences = vec![settings.app_id.clone()];
        let algorithms = vec![Algorithm::RS256];
        Self {
            name: name.clone().into(),
            iss_values: vec![name, settings.app_id.clone()],
            jwks: Arc::new(JwksCache::passage(
                http,
                &settings.auth_url,
                &settings.app_id,
            )),
            cookie: Some(super::TOKEN_COOKIE.to_owned()),
            validations: validations(&algorithms, &audiences, leeway),
            audiences,
            algorithms,
            kind: Kind::Passage,
        }
    }

    /// An OpenID Connect issuer from the configuration file.
    pub fn oidc(http: reqwest::Client, settings: &IssuerSettings, leeway: u64) -> Self {
        let jwks = match &settings.keys {
            KeySource::Jwks(url) => KeySource::Jwks(url.clone()),
            KeySource::Discovery { issuer } => KeySource::Discovery {
                issuer: issuer.clone(),
            },
        };
        Self {
            name: settings.issuer.as_str().into(),
            iss_values: vec![settings.issuer.clone()],
            jwks: Arc::new(JwksCache::new(http, jwks, settings.algorithms.clone())),
            cookie: settings.cookie.clone(),
            validations: validations(&settings.algorithms, &settings.audiences, leeway),
            audiences: settings.audiences.clone(),
            algorithms: settings.algorithms.clone(),
            kind: Kind::Oidc(Box::new(settings.clone())),
        }
    }

    pub fn is_passage(&self) -> bool {
        matches!(self.kind, Kind::Passage)
    }

    /// The header's `alg` as one this issuer accepts.
    pub fn algorithm(&self, alg: &str) -> Result<Algorithm, AuthFailure> {
        alg.parse::<Algorithm>()
            .ok()
            .filter(|a| self.algorithms.contains(a))
            .ok_or_else(|| AuthFailure::UnsupportedAlgorithm {
                alg: alg.to_owned(),
                accepted: self.accepted_algorithms(),
            })
    }

    fn accepted_algorithms(&self) -> String {
        let names: Vec<String> = self.algorithms.iter().map(|a| format!("{a:?}")).collect();
        names.join(", ")
    }

    /// The header's `typ` against this issuer's rule (compared without
    /// case or an `application/` prefix, as media types are).
    pub fn check_typ(&self, typ: Option<&str>) -> Result<(), AuthFailure> {
        let normalise = |t: &str| {
            let t = t.trim().to_ascii_lowercase();
            t.strip_prefix("application/")
                .map(str::to_owned)
                .unwrap_or(t)
        };
        let (allowed, required, expected) = match &self.kind {
            Kind::Passage => (vec!["jwt".to_owned()], false, "JWT".to_owned()),
            Kind::Oidc(settings) if settings.typ.is_some() => {
                let want = settings.typ.clone().unwrap_or_default();
                (vec![normalise(&want)], true, want)
            }
            Kind::Oidc(_) => (
                vec!["jwt".to_owned(), "at+jwt".to_owned()],
                false,
                "JWT and at+jwt".to_owned(),
            ),
        };
        match typ {
            None if !required => Ok(()),
            Some(t) if allowed.contains(&normalise(t)) => Ok(()),
            found => Err(AuthFailure::WrongType {
                found: found.map_or_else(|| "missing".to_owned(), |t| format!("{t:?}")),
                expected,
            }),
        }
    }

    /// jsonwebtoken's checks for tokens signed with `alg`.
    pub fn validation(&self, alg: Algorithm) -> &Validation {
        &self
            .validations
            .iter()
            .find(|(a, _)| *a == alg)
            .expect("a validation per accepted algorithm")
            .1
    }

    /// The `aud` claim holds one of this issuer's audiences.
    pub fn audiences(&self) -> &[String] {
        &self.audiences
    }

    /// Who a verified token speaks for.
    pub fn identity(&self, claims: &Map<String, Value>) -> Result<Identity, AuthFailure> {
        let sub = match claims.get("sub") {
            None => return Err(AuthFailure::MissingClaim("sub".into())),
            Some(Value::String(sub)) => sub,
            Some(_) => return Err(AuthFailure::BadSubject("is not a string")),
        };
        match self.kind {
            Kind::Passage => PassageUserId::parse(sub)
                .map(Identity::Passage)
                .map_err(AuthFailure::BadSubject),
            Kind::Oidc(_) => Subject::parse(sub)
                .map(|subject| Identity::Issuer {
                    issuer: self.name.clone(),
                    subject,
                })
                .map_err(AuthFailure::BadSubject),
        }
    }

    /// The profile claims this issuer is trusted for.
    pub fn profile(&self, claims: &Map<String, Value>) -> ProfileFields {
        let Kind::Oidc(settings) = &self.kind else {
            return ProfileFields::default();
        };
        let text = |name: &str| {
            claims
                .get(name)
                .and_then(Value::as_str)
                .map(str::trim)
                .filter(|v| !v.is_empty() && v.len() <= 320)
                .map(str::to_owned)
        };
        let flag = |name: &str| claims.get(name).and_then(Value::as_bool);
        ProfileFields {
            email: text(&settings.email_claim),
            email_verified: flag(&settings.email_verified_claim),
            phone: text(&settings.phone_claim),
            phone_verified: flag(&settings.phone_verified_claim),
        }
    }
}

impl Issuer {
    /// Where this issuer's users' provider-owned fields come from (Passage's:
    /// its Management API).
    pub fn profile_source(&self) -> ProfileSource {
        match &self.kind {
            Kind::Passage => ProfileSource::Passage,
            Kind::Oidc(settings) => settings.profile,
        }
    }

    /// This issuer's settings, for an issuer of the configuration file.
    pub fn settings(&self) -> Option<&IssuerSettings> {
        match &self.kind {
            Kind::Passage => None,
            Kind::Oidc(settings) => Some(settings),
        }
    }

    /// The claims beyond signature, time and audience that this issuer's
    /// settings require: the authorised party, the role, anonymous users,
    /// `auth_time`.
    pub fn check_claims(
        &self,
        claims: &Map<String, Value>,
        leeway: f64,
    ) -> Result<(), AuthFailure> {
        let Kind::Oidc(settings) = &self.kind else {
            return Ok(());
        };
        if !settings.authorized_parties.is_empty() {
            // RFC 9068 access tokens name the client in `client_id`.
            let party = match claims.get("azp").or_else(|| claims.get("client_id")) {
                None => return Err(AuthFailure::MissingClaim("azp".into())),
                Some(Value::String(party)) => party,
                Some(_) => return Err(AuthFailure::WrongAuthorizedParty),
            };
            if !settings.authorized_parties.iter().any(|p| p == party) {
                return Err(AuthFailure::WrongAuthorizedParty);
            }
        }
        if !settings.refused_roles.is_empty()
            && let Some(role) = claims.get("role").and_then(Value::as_str)
            && settings.refused_roles.iter().any(|r| r == role)
        {
            return Err(AuthFailure::RefusedRole(role.chars().take(32).collect()));
        }
        // Supabase says `is_anonymous`, better-auth's anonymous plugin
        // `isAnonymous`; Firebase names the sign-in provider.
        let firebase_anonymous = claims
            .get("firebase")
            .and_then(|f| f.get("sign_in_provider"))
            .and_then(Value::as_str)
            == Some("anonymous");
        let flagged = |name: &str| claims.get(name) == Some(&Value::Bool(true));
        if !settings.allow_anonymous
            && (flagged("is_anonymous") || flagged("isAnonymous") || firebase_anonymous)
        {
            return Err(AuthFailure::Anonymous);
        }
        if settings.preset == Some(Preset::Clerk) {
            check_clerk_session(claims, settings.allow_pending_sessions)?;
        }
        if let Some(auth_time) = super::policy::numeric_date(claims, "auth_time")?
            && auth_time > super::policy::now() + leeway
        {
            return Err(AuthFailure::AuthenticatedInFuture);
        }
        Ok(())
    }

    /// What this issuer's link rules may attach the token's subject by.
    pub fn link_hints(&self, claims: &Map<String, Value>, profile: &ProfileFields) -> LinkHints {
        let Kind::Oidc(settings) = &self.kind else {
            return LinkHints::default();
        };
        let link_verified_email = settings.link_verified_email;
        LinkHints {
            passage_id: settings
                .link_claim
                .as_deref()
                .and_then(|claim| claims.get(claim)?.as_str())
                .and_then(|id| PassageUserId::parse(id).ok()),
            // A connection that vouches for unproved addresses links nobody.
            verified_email: profile.email.clone().filter(|_| {
                link_verified_email
                    && profile.email_verified == Some(true)
                    && !settings.link_email_exclusions.excludes(claims)
            }),
        }
    }
}

/// A Clerk session token names its session (`sid`), which a JWT-template
/// token minted for an integration need not; a session with steps left to
/// complete (`sts: "pending"`, e.g. choosing an organization) is not a
/// sign-in unless allowed.
fn check_clerk_session(
    claims: &Map<String, Value>,
    allow_pending: bool,
) -> Result<(), AuthFailure> {
    match claims.get("sid") {
        Some(Value::String(sid)) if !sid.is_empty() => {}
        _ => return Err(AuthFailure::MissingClaim("sid".into())),
    }
    if !allow_pending && claims.get("sts").and_then(Value::as_str) == Some("pending") {
        return Err(AuthFailure::PendingSession);
    }
    Ok(())
}

fn validations(
    algorithms: &[Algorithm],
    audiences: &[String],
    leeway: u64,
) -> Vec<(Algorithm, Validation)> {
    algorithms
        .iter()
        .map(|alg| {
            let mut validation = Validation::new(*alg);
            validation.leeway = leeway;
            if audiences.is_empty() {
                // Checked instead by the authorised party (`azp`).
                validation.validate_aud = false;
                validation.set_required_spec_claims(&["exp"]);
            } else {
                validation.set_audience(audiences);
                validation.set_required_spec_claims(&["exp", "aud"]);
            }
            (*alg, validation)
        })
        .collect()
}
