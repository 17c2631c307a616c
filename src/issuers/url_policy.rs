//! Where the server may fetch signing keys from, and send Passage's API key
//! to: https, or http on loopback only ([`is_secure_url`]); and which
//! `jwks_uri` an OpenID discovery document may name. The document is
//! the provider's, but the fetch is ours: a `jwks_uri` on loopback or inside
//! the network (`http://127.0.0.1:6379/`) would make the server request what
//! the document's author chose (SSRF). So a discovered `jwks_uri` must be
//! https on the issuer's own host; only a loopback issuer (dev) may name
//! other keys, https or on loopback.

use reqwest::Url;

/// `Ok` when the server may fetch `jwks_uri`, named by the discovery
/// document of `issuer` (as configured); else why not.
pub fn check_discovered_jwks_uri(issuer: &str, jwks_uri: &str) -> Result<(), &'static str> {
    let issuer = Url::parse(issuer).map_err(|_| "the issuer is not a URL")?;
    let jwks = Url::parse(jwks_uri).map_err(|_| "jwks_uri is not a URL")?;
    if !matches!(jwks.scheme(), "https" | "http") {
        return Err("jwks_uri is not https");
    }
    let jwks_host = jwks.host_str().ok_or("jwks_uri has no host")?;
    if issuer.host_str().is_some_and(is_loopback_host) {
        return match jwks.scheme() {
            "https" => Ok(()),
            "http" if is_loopback_host(jwks_host) => Ok(()),
            _ => Err("jwks_uri is not https (nor http on loopback)"),
        };
    }
    if jwks.scheme() != "https" {
        return Err("jwks_uri is not https");
    }
    if issuer.host() != jwks.host() {
        return Err("jwks_uri is not on the issuer's host");
    }
    Ok(())
}

/// True for an https URL, or an http one whose host is loopback: where
/// signing keys may be fetched from.
pub fn is_secure_url(value: &str) -> bool {
    reqwest::Url::parse(value).is_ok_and(|url| match (url.scheme(), url.host_str()) {
        ("https", Some(_)) => true,
        ("http", Some(host)) => is_loopback_host(host),
        _ => false,
    })
}

/// `localhost`, 127.0.0.0/8 or `[::1]` (as the URL parser normalises them).
pub fn is_loopback_host(host: &str) -> bool {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || bare
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
mod tests {
    use super::*;

    const REMOTE: &str = "https://id.example.com/";

    #[test]
    fn a_remote_issuer_names_keys_only_over_https_on_its_own_host() {
        for uri in [
            "https://id.example.com/.well-known/jwks.json",
            "https://ID.Example.com/keys",
            "https://id.example.com:8443/keys",
        ] {
            assert_eq!(check_discovered_jwks_uri(REMOTE, uri), Ok(()), "{uri}");
        }
        for (uri, reason) in [
            ("http://127.0.0.1:6379/", "not https"),
            ("https://127.0.0.1:6379/", "issuer's host"),
            ("https://localhost/jwks", "issuer's host"),
            ("https://[::1]/jwks", "issuer's host"),
            ("https://id.example.com@127.0.0.1/jwks", "issuer's host"),
            ("https://0x7f.1/jwks", "issuer's host"),
            ("https://169.254.169.254/latest/meta-data", "issuer's host"),
            ("https://keys.example.com/jwks", "issuer's host"),
            ("https://id.example.com.evil.test/jwks", "issuer's host"),
            ("http://id.example.com/jwks", "not https"),
            ("file:///etc/passwd", "not https"),
            ("/jwks", "not a URL"),
        ] {
            let refused = check_discovered_jwks_uri(REMOTE, uri).expect_err(uri);
            assert!(refused.contains(reason), "{uri}: {refused}");
        }
    }

    #[test]
    fn a_loopback_issuer_may_name_keys_on_loopback_or_over_https() {
        for issuer in [
            "http://127.0.0.1:4000",
            "http://localhost:4000/",
            "http://[::1]:4000",
        ] {
            for uri in [
                "http://127.0.0.1:4000/jwks",
                "http://localhost:5000/jwks",
                "https://keys.example.com/jwks",
            ] {
                assert_eq!(
                    check_discovered_jwks_uri(issuer, uri),
                    Ok(()),
                    "{issuer} {uri}"
                );
            }
            let refused = check_discovered_jwks_uri(issuer, "http://keys.example.com/jwks");
            assert!(refused.is_err(), "{issuer}");
        }
    }
}
