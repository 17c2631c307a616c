//! The issuers file, read and refused.

use super::*;

#[test]
fn a_worked_entry_is_read_with_its_defaults() {
    let issuers = parse(
        r#"
        [[issuers]]
        issuer = "https://id.example.com/"
        audiences = ["https://api.example.com"]
        algorithms = ["ES256", "RS256"]
        cookie = "session"
        "#,
        "test.toml",
    )
    .unwrap();
    assert_eq!(issuers.len(), 1);
    let issuer = &issuers[0];
    assert_eq!(issuer.algorithms, [Algorithm::ES256, Algorithm::RS256]);
    assert_eq!(
        issuer.keys,
        KeySource::Discovery {
            issuer: "https://id.example.com/".into()
        }
    );
    assert_eq!(issuer.email_claim, "email");
    assert_eq!(issuer.phone_claim, "phone_number");
    assert_eq!(issuer.cookie.as_deref(), Some("session"));
}

#[test]
fn unsafe_or_unclear_entries_are_refused_with_a_reason() {
    let cases = [
        (
            "issuer = \"http://id.example.com\"\naudiences = [\"a\"]",
            "https",
        ),
        ("issuer = \"https://id.example.com\"", "audiences"),
        (
            "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nalgorithms = [\"HS256\"]",
            "HS256",
        ),
        (
            "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nalgorithms = [\"none\"]",
            "none",
        ),
        (
            "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\njwks_uri = \"http://keys.example.com/jwks\"",
            "jwks_uri",
        ),
        (
            "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nsurprise = 1",
            "surprise",
        ),
    ];
    for (entry, expected) in cases {
        let text = format!("[[issuers]]\n{entry}\n");
        let err = parse(&text, "test.toml").unwrap_err().to_string();
        assert!(err.contains(expected), "{entry}: {err}");
        assert!(err.contains("test.toml"), "{err}");
    }
    let twice = "[[issuers]]\nissuer = \"https://a.example\"\naudiences = [\"x\"]\n\
                 [[issuers]]\nissuer = \"https://a.example\"\naudiences = [\"x\"]\n";
    assert!(parse(twice, "t").unwrap_err().to_string().contains("twice"));
}

fn one(entry: &str) -> Result<IssuerSettings, String> {
    parse(&format!("[[issuers]]\n{entry}\n"), "t.toml")
        .map(|mut all| all.remove(0))
        .map_err(|e| e.to_string())
}

#[test]
fn each_preset_sets_its_providers_checks() {
    let clerk = one("issuer = \"https://clerk.example.com\"\npreset = \"clerk\"\nauthorized_parties = [\"https://app.example.com\"]").unwrap();
    assert!(clerk.audiences.is_empty());
    assert_eq!(clerk.cookie.as_deref(), Some("__session"));
    assert_eq!(clerk.profile, ProfileSource::Clerk);
    assert_eq!(
        clerk.keys,
        KeySource::Jwks("https://clerk.example.com/.well-known/jwks.json".into())
    );
    let supabase =
        one("issuer = \"https://abc.supabase.co/auth/v1\"\npreset = \"supabase\"").unwrap();
    assert_eq!(supabase.audiences, ["authenticated"]);
    assert_eq!(supabase.algorithms, [Algorithm::ES256, Algorithm::RS256]);
    assert_eq!(supabase.refused_roles, ["anon", "service_role"]);
    assert!(!supabase.allow_anonymous);
    assert_eq!(
        supabase.keys,
        KeySource::Jwks("https://abc.supabase.co/auth/v1/.well-known/jwks.json".into())
    );
    let firebase =
        one("issuer = \"https://securetoken.google.com/my-project\"\npreset = \"firebase\"")
            .unwrap();
    assert_eq!(firebase.audiences, ["my-project"]);
    assert_eq!(firebase.keys, KeySource::Jwks(FIREBASE_JWKS_URI.into()));
    let auth0 = one("issuer = \"https://tenant.auth0.com/\"\npreset = \"auth0\"\naudiences = [\"https://api\"]\nemail_claim = \"https://example.com/email\"").unwrap();
    assert_eq!(
        auth0.email_verified_claim,
        "https://example.com/email_verified"
    );
    assert_eq!(
        auth0.keys,
        KeySource::Discovery {
            issuer: "https://tenant.auth0.com/".into()
        }
    );
    let better = one("issuer = \"https://app.example.com\"\npreset = \"better-auth\"").unwrap();
    assert_eq!(better.audiences, ["https://app.example.com"]);
    assert_eq!(better.algorithms, [Algorithm::EdDSA]);
    assert_eq!(better.email_verified_claim, "emailVerified");
    assert_eq!(
        better.keys,
        KeySource::Jwks("https://app.example.com/api/auth/jwks".into())
    );
    // Each default is the entry's to override.
    let own = one("issuer = \"https://abc.supabase.co/auth/v1\"\npreset = \"supabase\"\naudiences = [\"mine\"]\nallow_anonymous = true\nprofile = \"snapshot\"").unwrap();
    assert_eq!(own.audiences, ["mine"]);
    assert!(own.allow_anonymous);
    assert_eq!(own.profile, ProfileSource::Snapshot);
}

#[test]
fn a_preset_whose_tokens_could_not_be_checked_is_refused_naming_the_setting() {
    let cases = [
        // Neither `aud` nor `azp` would be checked.
        (
            "issuer = \"https://clerk.example.com\"\npreset = \"clerk\"",
            "authorized_parties",
        ),
        (
            "issuer = \"https://id.example.com\"\naudiences = []",
            "authorized_parties",
        ),
        (
            "issuer = \"https://tenant.auth0.com\"\npreset = \"auth0\"\naudiences = [\"a\"]",
            "slash",
        ),
        (
            "issuer = \"https://abc.supabase.co/auth/v1\"\npreset = \"supabase\"\nalgorithms = [\"HS256\"]",
            "asymmetric",
        ),
        (
            "issuer = \"https://securetoken.google.com/\"\npreset = \"firebase\"",
            "project",
        ),
        (
            "issuer = \"https://id.example.com\"\npreset = \"okta\"\naudiences = [\"a\"]",
            "okta",
        ),
        (
            "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nprofile = \"ldap\"",
            "ldap",
        ),
        (
            "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nclerk_api_url = \"http://api.example.com\"",
            "clerk_api_url",
        ),
        (
            "issuer = \"https://id.example.com\"\naudiences = [\"a\"]\nuserinfo_url = \"http://id.example.com/me\"",
            "userinfo_url",
        ),
    ];
    for (entry, expected) in cases {
        let err = one(entry).unwrap_err();
        assert!(err.contains(expected), "{entry}: {err}");
    }
    // With an allow-list, no audience is fine.
    let azp_only =
        one("issuer = \"https://id.example.com\"\nauthorized_parties = [\"https://app\"]").unwrap();
    assert!(azp_only.audiences.is_empty());
}
